#!/bin/sh
# Nothing typed is lost: text typed into the summary goes to the recovery
# file when the program gets SIGHUP (every character, the draft file
# untouched), or after a pause in typing; the next open offers it —
# restore (the exact text), look at what differs, discard (asked first),
# or quit leaving both files alone.  A save removes the recovery file.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/trip.yaml
recover=$TEST_DIR/.trip.yaml.recover
lock=$TEST_DIR/.trip.yaml.lock
cp "$TESTS_SRCDIR/data/taichung-2018.yaml" "$draft"
chmod 600 "$draft"
cp "$draft" "$TEST_DIR/before.yaml"
yaml_block "$draft" summary >"$TEST_DIR/summary.txt"
typed='甲乙丙丁 typed before the hangup, 每一個字都在。'

# wait_file PATH [gone]: wait until PATH exists (or is gone).
wait_file() {
  _deadline=$(( $(date +%s) + TUI_TIMEOUT ))
  while :; do
    if [ "${2:-}" = gone ]; then [ ! -e "$1" ] && return 0
    else [ -e "$1" ] && return 0; fi
    [ "$(date +%s)" -lt "$_deadline" ] || return 1
    sleep 0.05
  done
}

# go_to_summary: move the cursor into the summary.
go_to_summary() {
  tui_keys Down Down Down Down Down Down Down Down Down Down Down Down
  wait_focus 內容摘要
}

form_start "$draft"
test -f "$lock"; ok $? "opening the draft takes its lock"
go_to_summary; ok $? "the cursor reaches the summary"
tui_type "$typed"
tui_wait_for "typed before the hangup"; ok $? "the typed text is on the screen"
kill -HUP "$(tui_pid)"
is "$(tui_wait_exit)" 129 "SIGHUP ends the program with status 128+1"
test -f "$recover"; ok $? "the recovery file is written"
is "$(stat -c %a "$recover")" 600 "the recovery file is private (0600)"
test ! -e "$lock"; ok $? "the lock is released"
cmp -s "$draft" "$TEST_DIR/before.yaml"; ok $? "the draft file is untouched"
{ printf '%s' "$typed"; cat "$TEST_DIR/summary.txt"; } >"$TEST_DIR/want.txt"
yaml_block "$recover" summary >"$TEST_DIR/got.txt"
cmp -s "$TEST_DIR/got.txt" "$TEST_DIR/want.txt"
ok $? "the recovery file holds every character typed"

# Quit at the question: both files stay as they are.
cp "$recover" "$TEST_DIR/recover.yaml"
form_reopen "$draft"
tui_wait_for "Recovered changes"; ok $? "the next open offers the recovered changes"
screen=$(tui_screen)
contains "$screen" "R Restore" "restore is offered"
contains "$screen" "D Differences" "the differences are offered"
contains "$screen" "X Discard" "discarding is offered"
tui_keys q
is "$(tui_wait_exit)" 0 "quitting at the question ends the program"
cmp -s "$recover" "$TEST_DIR/recover.yaml"; ok $? "quitting leaves the recovery file"
cmp -s "$draft" "$TEST_DIR/before.yaml"; ok $? "quitting leaves the draft file"
test ! -e "$lock"; ok $? "quitting releases the lock"

# Look at what differs, come back, restore, save.
form_reopen "$draft"
tui_wait_for "Recovered changes"
tui_keys d
tui_wait_for "Fields that differ"; ok $? "D lists the fields that differ"
screen=$(tui_screen)
contains "$screen" "內容摘要 (summary)" "the summary is listed, by its label"
case $screen in *"出國人員"*) ok 1 "only the changed field is listed" ;;
  *) ok 0 "only the changed field is listed" ;; esac
tui_keys q
tui_wait_for "R Restore"; ok $? "back to the choice"
tui_keys r
tui_wait_for "restored"; ok $? "the recovered changes are restored"
contains "$(tui_screen | head -1)" "Modified" "the restored draft counts as changed"
cmp -s "$draft" "$TEST_DIR/before.yaml"; ok $? "restoring does not write the draft file"
go_to_summary
tui_wait_for "甲乙丙丁 typed"; ok $? "the restored text is in the summary"
tui_keys C-s; tui_wait_for "Saved"
yaml_block "$draft" summary >"$TEST_DIR/saved.txt"
cmp -s "$TEST_DIR/saved.txt" "$TEST_DIR/want.txt"; ok $? "the saved summary is exactly the text typed"
test ! -e "$recover"; ok $? "a save removes the recovery file"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
cp "$draft" "$TEST_DIR/saved.yaml"

# Autosave after a pause in typing; leaving without keeping removes it.
form_restart "$draft"
go_to_summary
tui_type "XYZ"
wait_file "$recover"; ok $? "a pause in typing writes the recovery file"
grep -q "XYZ" "$recover"; ok $? "it holds the new text"
cmp -s "$draft" "$TEST_DIR/saved.yaml"; ok $? "the draft file is unchanged"
tui_keys C-x; tui_wait_for "Save the changes?"; tui_keys n
is "$(tui_wait_exit)" 0 "leaving without saving ends the program"
test ! -e "$recover"; ok $? "leaving without keeping the changes removes the recovery file"
cmp -s "$draft" "$TEST_DIR/saved.yaml"; ok $? "the draft file is still unchanged"

# The terminal itself goes away (as when an SSH connection drops).
rm -f "$recover"
form_restart "$draft"
go_to_summary
tui_type "terminal gone"
tui_wait_for "terminal gone"
tui_stop
wait_file "$recover"; ok $? "closing the terminal writes the recovery file"
wait_file "$lock" gone; ok $? "and releases the lock"
grep -q "terminal gone" "$recover"; ok $? "with the text typed"
cmp -s "$draft" "$TEST_DIR/saved.yaml"; ok $? "the draft file is unchanged"
rm -f "$recover"

# Discard, asked first.
form_restart "$draft"
go_to_summary
tui_type "QQQ"
tui_wait_for "QQQ"
kill -TERM "$(tui_pid)"
is "$(tui_wait_exit)" 143 "SIGTERM ends the program with status 128+15"
grep -q "QQQ" "$recover"; ok $? "SIGTERM writes the recovery file too"
form_reopen "$draft"
tui_wait_for "Recovered changes"
tui_keys x
tui_wait_for "Discard the recovered changes for good?"; ok $? "discarding asks first"
tui_keys n
tui_wait_for "R Restore"
test -f "$recover"; ok $? "No keeps the recovery file"
tui_keys x; tui_wait_for "for good?"; tui_keys y
tui_wait_for "^G"; ok $? "after discarding, the form opens"
test ! -e "$recover"; ok $? "the recovery file is gone"
go_to_summary
case $(tui_screen) in *QQQ*) ok 1 "the discarded text is not in the form" ;;
  *) ok 0 "the discarded text is not in the form" ;; esac
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
cmp -s "$draft" "$TEST_DIR/saved.yaml"; ok $? "the draft file changed only on the save"

# A recovery file that cannot be read is said so, and can be discarded.
printf 'format: [broken\n' >"$recover"
chmod 600 "$recover"
form_reopen "$draft"
tui_wait_for "Recovered changes"
tui_wait_for "$recover"; ok $? "the broken recovery file is named with its error"
tui_keys r
tui_wait_for "X Discard"; ok $? "R cannot restore it: the choice stays"
tui_keys x; tui_wait_for "for good?"; tui_keys y
tui_wait_for "^G"; ok $? "it can be discarded"
test ! -e "$recover"; ok $? "the broken recovery file is gone"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
