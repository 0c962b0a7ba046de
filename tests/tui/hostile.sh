#!/bin/sh
# Hostile text on screen: the drafts of tests/data/hostile, and one with a
# line of 200 KB, are drawn with every control shown escaped (^[ for ESC,
# <U+XXXX> for C1 and bidi controls), as each field takes the focus and in
# the problems list; the terminal is never driven: its title stays, no
# bell rings, it stays on the alternate screen, the form stays drawn.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"
. "$TESTS_SRCDIR/tui/browser-lib.sh"

hostile=$TESTS_SRCDIR/data/hostile

# undriven WHEN: the terminal's title, bell and screen are still the form's.
undriven() {
  _state=$(tmux_ display-message -p -t "$TUI_TARGET" \
    '#{pane_title}|#{window_bell_flag}|#{alternate_on}')
  case $_state in
    *pwned*) ok 1 "$1: the title is unchanged ($_state)" ;;
    *) ok 0 "$1: the title is unchanged" ;;
  esac
  is "${_state#*|}" "0|1" "$1: no bell, still on the alternate screen"
}

# visit_all N: press Tab N times, checking the terminal after each.
visit_all() {
  _bad=0 _i=0
  while [ "$_i" -lt "$1" ]; do
    tui_keys Tab
    sleep 0.05
    case $(tmux_ display-message -p -t "$TUI_TARGET" \
      '#{pane_title}|#{window_bell_flag}|#{alternate_on}') in
      *pwned*|*"|1|"*|*"|0") _bad=$((_bad + 1)) ;;
    esac
    _i=$((_i + 1))
  done
  is "$_bad" 0 "no field, as it took the focus, drove the terminal"
}

# quit_form: end the form, answering No when it asks to save (Tab past a
# table's filled last row adds a row); print the exit status.
quit_form() {
  tui_keys C-x
  _deadline=$(( $(date +%s) + TUI_TIMEOUT ))
  while [ ! -f "$TUI_STATUS_FILE" ] && [ "$(date +%s)" -lt "$_deadline" ]; do
    case $(tui_screen) in *"Save the changes?"*) tui_keys n ;; esac
    sleep 0.05
  done
  tui_wait_exit 1
}

cp "$hostile/controls.yaml" "$TEST_DIR/controls.yaml"
form_start "$TEST_DIR/controls.yaml"; ok $? "the form opens controls.yaml"
screen=$(tui_screen)
contains "$screen" "^[]0;pwned^G臺中市政府出席" "ESC and BEL show as ^[ and ^G"
contains "$screen" "秘書處^G^G^G" "a run of BEL shows as ^G^G^G"
contains "$screen" "任珮諤^?^H^H^H" "DEL and backspaces show as ^? and ^H"
contains "$screen" "出國計畫主辦機關" "the form is still drawn"
undriven "controls.yaml opened"
visit_all 24
tui_keys C-v
tui_wait_for "04-22289111^[[H^[[2J"; ok $? "the problems list shows the phone escaped"
undriven "problems of controls.yaml listed"
tui_keys Escape
is "$(quit_form)" 0 "the form ends"
cmp -s "$hostile/controls.yaml" "$TEST_DIR/controls.yaml"
ok $? "controls.yaml is untouched"
tui_stop

cp "$hostile/bidi.yaml" "$TEST_DIR/bidi.yaml"
form_start "$TEST_DIR/bidi.yaml"; ok $? "the form opens bidi.yaml"
screen=$(tui_screen)
contains "$screen" "<U+202B>右<U+202D>強<U+202C>" "bidi embeddings and overrides show as <U+XXXX>"
contains "$screen" "府<U+202E>本部" "a right-to-left override shows as <U+202E>"
contains "$screen" "04<U+2066>-2228<U+2069>9111" "isolates show as <U+2066>, <U+2069>"
undriven "bidi.yaml opened"
visit_all 24
is "$(quit_form)" 0 "the form ends"
tui_stop

# The drafts browser lists hostile titles and file names escaped.
# One change time for all three, so the list is in name order whatever
# second each copy lands in.
add_draft controls.yaml hostile/controls.yaml 202601010000
add_draft bidi.yaml hostile/bidi.yaml 202601010000
add_draft "$(printf 'n\033]0;pwned\007.yaml')" hostile/controls.yaml 202601010000
browser_start; ok $? "the browser opens on the hostile drafts"
screen=$(tui_screen)
contains "$screen" "^[]0;pwned^G臺中市政府" "titles show ESC and BEL as ^[ and ^G"
contains "$screen" "出國報告<U+202E>" "titles show a bidi override as <U+202E>"
undriven "the browser opened"
tui_keys Down Down
tui_wait_for "n^[]0;pwned^G.yaml"; ok $? "a file name with ESC and BEL shows escaped"
undriven "the browser on every draft"
is "$(quit_form)" 0 "the browser ends"
tui_stop

# 200 KB on one line, with no space to break at.
long=$TEST_DIR/long.yaml
awk 'BEGIN {
  printf "format: tripreport/1\ntemplate: taichung\nfields:\n"
  printf "  title: \""
  for (i = 0; i < 20000; i++) printf "x"
  printf "\\e]0;pwned\\a\"\n  summary: \""
  for (i = 0; i < 40000; i++) printf "長"
  for (i = 0; i < 60000; i++) printf "a"
  printf "\\e[2J\"\n" }' >"$long"
form_start "$long"; ok $? "the form opens a draft with a line of 200 KB"
contains "$(tui_screen)" "出國計畫主辦機關" "the form is drawn"
undriven "the long draft opened"
visit_all 20
is "$(quit_form)" 0 "the form ends"
done_testing
