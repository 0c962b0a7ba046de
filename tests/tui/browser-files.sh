#!/bin/sh
# The browser's actions on files: duplicate (a new draft for a similar
# trip: period, report date and body cleared, the sheet kept), rename,
# delete to the trash (asked first) and restore from it.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/browser-lib.sh"

add_draft wcs.yaml taichung-2018.yaml 202401010900
chmod 755 "$DRAFTS"
browser_start
tui_wait_for "may be read by others"; ok $? "a drafts folder others may enter is reported"
wait_chosen 臺中市政府出席新加坡

# Duplicate.
tui_keys C-d
tui_wait_for "Copied to"; ok $? "^D copies the chosen draft"
is "$(ls "$DRAFTS" | wc -l | tr -d ' ')" 2 "a second draft is in the folder"
copy=$(ls "$DRAFTS" | grep -v '^wcs.yaml$')
contains "$(tui_screen | sed -n 22p)" "$copy" "the message names the copy"
copy_row=$(chosen_row)
contains "$copy_row" "taichung" "the copy is chosen, of the same template"
case $copy_row in *107/7/7*) r=1 ;; *) r=0 ;; esac
ok "$r" "the copy has no period on screen"
is "$(yaml_field "$DRAFTS/$copy" period)" "  period: {from: '', to: ''}" "its period is cleared"
is "$(yaml_field "$DRAFTS/$copy" report_date)" "  report_date: ''" "its report date is cleared"
is "$(yaml_field "$DRAFTS/$copy" summary)" "  summary: ''" "its summary is cleared"
is "$(yaml_field "$DRAFTS/$copy" title)" "$(yaml_field "$DRAFTS/wcs.yaml" title)" "its title is kept"
is "$(yaml_field "$DRAFTS/$copy" contact)" "$(yaml_field "$DRAFTS/wcs.yaml" contact)" "its contact is kept"
is "$(stat -c %a "$DRAFTS/$copy")" 600 "the copy is private"

# Rename the copy.
tui_keys C-r
tui_wait_for "Rename $copy to:"; ok $? "^R asks for the new name"
tui_keys C-u; tui_type "新南向-2019"; tui_keys Enter
tui_wait_for "Renamed to 新南向-2019.yaml"; ok $? "the draft is renamed, .yaml added"
ok "$([ -f "$DRAFTS/新南向-2019.yaml" ] && [ ! -e "$DRAFTS/$copy" ] && echo 0 || echo 1)" "the file has its new name"
tui_keys C-r; tui_keys C-u; tui_type "../escape"; tui_keys Enter
tui_wait_for "not a plain file name"; ok $? "a name with a / is refused"
ok "$([ ! -e "$TEST_DIR/escape.yaml" ] && [ -f "$DRAFTS/新南向-2019.yaml" ] && echo 0 || echo 1)" "and nothing is moved"

# Delete it: asked first; No keeps it.
tui_keys Escape
tui_wait_gone "not a plain file name"
contains "$(tui_screen | sed -n 22p)" "新南向-2019.yaml" "the renamed draft is still chosen"
tui_keys C-k
tui_wait_for "Move 新南向-2019.yaml to the trash?"; ok $? "^K asks first"
tui_keys n
tui_wait_gone "to the trash?"
ok "$([ -f "$DRAFTS/新南向-2019.yaml" ] && echo 0 || echo 1)" "No keeps the draft"
tui_keys C-k
tui_wait_for "to the trash?"
tui_keys y
tui_wait_for "Moved to $DRAFTS/.trash/新南向-2019.yaml"; ok $? "Yes moves it and says where"
ok "$([ ! -e "$DRAFTS/新南向-2019.yaml" ] && [ -f "$DRAFTS/.trash/新南向-2019.yaml" ] && echo 0 || echo 1)" "the file is in .trash"
is "$(list_rows | wc -l | tr -d ' ')" 1 "the list has one draft left"

# The trash, and restoring from it.
tui_keys C-w
tui_wait_for "Trash: $DRAFTS/.trash"; ok $? "^W shows the trash"
contains "$(list_rows)" "taichung" "the deleted draft is listed there"
tui_wait_for "Enter Restore"; ok $? "the help bar offers Restore"
tui_keys Enter
tui_wait_for "Restored as $DRAFTS/新南向-2019.yaml"; ok $? "Enter restores it"
ok "$([ -f "$DRAFTS/新南向-2019.yaml" ] && [ ! -e "$DRAFTS/.trash/新南向-2019.yaml" ] && echo 0 || echo 1)" "the file is back"
tui_wait_for "The trash is empty."
tui_keys C-x
tui_wait_for "Drafts: $DRAFTS"; ok $? "^X in the trash goes back to the drafts"
is "$(list_rows | wc -l | tr -d ' ')" 2 "both drafts are listed"
tui_keys F10
is "$(tui_wait_exit)" 0 "F10 leaves"
done_testing
