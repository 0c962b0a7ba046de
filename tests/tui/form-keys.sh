#!/bin/sh
# Moving between fields (Tab, Enter, Down, Shift-Tab, Up), the help
# screen, and the exit prompt: each answer (yes saves, no discards, cancel
# goes back), with the Ctrl and the function-key forms.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/keys.yaml

form_start "$draft"; ok $? "the form opens"
wait_focus 類別; ok $? "the cursor starts on the first field"
tui_keys Tab;    wait_focus 出國報告提要名稱; ok $? "Tab goes to the next field"
tui_keys Enter;  wait_focus 含附件; ok $? "Enter in a one-line field goes on"
tui_keys Down;   wait_focus 出國計畫主辦機關; ok $? "Down goes on"
tui_keys BTab;   wait_focus 含附件; ok $? "Shift-Tab goes back"
tui_keys Up;     wait_focus 出國報告提要名稱; ok $? "Up goes back"
tui_keys Up Up;  wait_focus 建議; ok $? "back from the first field is the last"
tui_keys Tab;    wait_focus 類別; ok $? "on from the last field is the first"

tui_keys C-g; tui_wait_for "Keys"; ok $? "Ctrl-G shows the help"
contains "$(tui_screen)" "^S  F2" "the help lists both forms of a key"
tui_keys Space; tui_wait_gone "Keys"; ok $? "a key leaves the help"
tui_keys F1; tui_wait_for "Keys"; ok $? "F1 shows the help too"
tui_keys Escape; tui_wait_gone "Keys"

# Nothing changed: exit does not ask.
tui_keys C-x
is "$(tui_wait_exit)" 0 "exit without changes does not ask"
[ ! -e "$draft" ]; ok $? "and writes nothing"

# Cancel goes back to the form, with the text kept.
form_restart "$draft"
tui_keys Tab; tui_type "出席會議"
tui_wait_for "Modified"; ok $? "a change marks the draft modified"
tui_keys C-x; tui_wait_for "Save the changes?"; ok $? "exit with changes asks"
tui_keys c; tui_wait_gone "Save the changes?"; ok $? "C cancels the question"
tui_type "報告"; tui_wait_for "出席會議報告"; ok $? "the form goes on where it was"

# No discards.
tui_keys F10; tui_wait_for "Save the changes?"; ok $? "F10 asks too"
tui_keys n
is "$(tui_wait_exit)" 0 "N leaves"
[ ! -e "$draft" ]; ok $? "N discards the changes"

# Yes saves.
form_restart "$draft"
tui_keys Tab; tui_type "考察報告"
tui_keys C-c; tui_wait_for "Save the changes?"; ok $? "Ctrl-C asks before quitting"
tui_keys y
is "$(tui_wait_exit)" 0 "Y leaves"
contains "$(cat "$draft" 2>/dev/null)" "title: 考察報告" "Y saves the changes"

# F2 saves, and the form stays.
form_restart "$draft"
tui_keys Tab End; tui_type "（續）"; tui_keys F2
tui_wait_for "Saved"; ok $? "F2 saves"
contains "$(cat "$draft")" "title: 考察報告（續）" "F2 wrote the text"
tui_keys C-x
is "$(tui_wait_exit)" 0 "after a save, exit does not ask"

# A paste is text: its newline does not move on to the next field.
form_restart "$TEST_DIR/paste.yaml"
tui_keys Tab; wait_focus 出國報告提要名稱
tmux_ set-buffer -b p "第一行
第二行"
tmux_ paste-buffer -p -b p -t "$TUI_TARGET"
tui_wait_for "第一行 第二行"; ok $? "a pasted newline is a space in a one-line field"
wait_focus 出國報告提要名稱; ok $? "and the cursor stays in the field"

# A hangup ends the form and gives the terminal back.
kill -HUP "$(tui_pid)"
is "$(tui_wait_exit)" 129 "SIGHUP ends the form (128 + 1)"

done_testing
