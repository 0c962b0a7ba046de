#!/bin/sh
# A draft whose text holds escape sequences and other control characters
# is shown escaped (ESC as ^[): it cannot colour, clear or retitle the
# terminal.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/hostile.yaml
cat >"$draft" <<'YAML'
format: tripreport/1
template: taichung
fields:
  title: "\e[31mRED\e]2;pwned\a\e[0m"
  organizer: "秘書處\e[2J\e[H"
  summary: "first line\e[1;1Hgone\nsecond \x9b33m line\r\e[?1049l"
YAML
cp "$draft" "$TEST_DIR/original.yaml"

form_start "$draft"; ok $? "the form opens the draft"
screen=$(tui_screen)
contains "$screen" "^[[31mRED^[]2;pwned^G^[[0m" "ESC and BEL are shown as ^[ and ^G"
contains "$screen" "秘書處^[[2J^[[H" "a clear-screen sequence is shown, not run"
contains "$screen" "出國計畫主辦機關" "the form is still on the screen"
contains "$screen" "first line^[[1;1Hgone" "the summary's sequence is shown too"
esc=$(printf '\033')
colours=$(tmux_ capture-pane -p -e -t "$TUI_TARGET" | grep -F "RED" | grep -c "$esc\\[3[0-9]m")
is "$colours" 0 "the draft did not colour the terminal"
title=$(tmux_ display-message -p -t "$TUI_TARGET" '#{pane_title}')
case $title in *pwned*) ok 1 "the draft did not retitle the terminal" ;;
  *) ok 0 "the draft did not retitle the terminal" ;; esac

tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends without asking"
cmp -s "$draft" "$TEST_DIR/original.yaml"; ok $? "the draft is untouched"
done_testing
