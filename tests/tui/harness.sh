#!/bin/sh
# The terminal harness itself: a fixed 80x24 UTF-8 terminal, CJK typed in
# and read back byte for byte, a resize, and the exit status of what ran.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"

tui_start 80 24 sh -c 'printf "ready\n"; IFS= read -r line; printf "got:%s\n" "$line"; exit 3'
tui_wait_for ready; ok $? "the program starts in the terminal"
is "$(tui_size)" "80x24" "the terminal is 80x24"

pid=$(tui_pid)
kill -0 "$pid" 2>/dev/null; ok $? "tui_pid names the running program ($pid)"

tui_type "臺中市政府出國報告"
tui_keys Enter
tui_wait_for "got:臺中市政府出國報告"; ok $? "CJK typed in comes back byte for byte"

is "$(tui_wait_exit)" 3 "the exit status of the program is read"

tui_resize 60 20
is "$(tui_size)" "60x20" "the terminal resizes to 60x20"

done_testing
