#!/bin/sh
# The form works on every terminal type the users have (TERM=xterm,
# xterm-256color, screen, tmux, linux, vt100), with and without colour
# (NO_COLOR), and stays readable without it: keys, CJK text, a save.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

for term in xterm xterm-256color screen tmux linux vt100; do
  if ! infocmp "$term" >/dev/null 2>&1; then
    ok 0 "# SKIP no terminfo entry for $term"
    continue
  fi
  for colour in "" NO_COLOR=1; do
    draft=$TEST_DIR/$term$colour.yaml
    FORM_ENV="TERM=$term $colour"
    form_restart "$draft"; ok $? "TERM=$term $colour: the form is drawn"
    tui_keys Tab; tui_type "出國報告"; tui_keys End Home Right; tui_type "（一）"
    tui_keys Down; tui_type "否"
    tui_wait_for "(*) 否"; ok $? "TERM=$term $colour: keys and CJK text arrive"
    tui_keys F2; tui_wait_for "Saved"
    is "$(yaml_field "$draft" title)" "  title: 出（一）國報告" "TERM=$term $colour: the text is saved"
    tui_keys C-x
    is "$(tui_wait_exit)" 0 "TERM=$term $colour: the form ends"
  done
done
done_testing
