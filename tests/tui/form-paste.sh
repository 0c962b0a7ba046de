#!/bin/sh
# A long text pasted at once (bracketed paste, about 20 KB of CJK with
# newlines and tabs) arrives whole: in the summary a newline is a new
# line; in a one-line field it is a space and does not move on.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

sample=$TESTS_SRCDIR/data/taichung-2018.yaml
draft=$TEST_DIR/paste.yaml
yaml_block "$sample" summary >"$TEST_DIR/one.txt"
for i in 1 2 3 4 5 6; do cat "$TEST_DIR/one.txt"; done >"$TEST_DIR/long.txt"
printf '%s' "$(cat "$TEST_DIR/long.txt")" >"$TEST_DIR/paste.txt"   # no final newline
bytes=$(wc -c <"$TEST_DIR/paste.txt")
count=$(sed 's/[[:space:]]//g' "$TEST_DIR/paste.txt" | tr -d '\n' | wc -m)
diag "pasting $bytes bytes, $count characters"

form_start "$draft"
tui_keys Down Down Down Down Down Down Down Down Down Down Down
wait_focus 內容摘要; ok $? "Down reaches the summary"
tmux_ load-buffer -b big "$TEST_DIR/paste.txt"
tmux_ paste-buffer -p -b big -t "$TUI_TARGET"
tui_wait_for "內容摘要  $count characters" 30
ok $? "all $count characters arrived, the cursor still in the summary"
tui_keys C-s; tui_wait_for "Saved"
yaml_block "$draft" summary >"$TEST_DIR/saved.txt"
cmp -s "$TEST_DIR/saved.txt" "$TEST_DIR/long.txt"; ok $? "the pasted text is saved byte for byte"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
