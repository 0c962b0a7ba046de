# tui/form-lib.sh — helpers for the form's terminal tests.  Source after
# lib.sh and tui/lib.sh.

# The keys pressed that are not characters of a value.
nav_count=0

# nav KEY...: press keys that move or command (they are counted).
nav() { tui_keys "$@"; nav_count=$((nav_count + $#)); }

# form_restart FILE: end the terminal and open FILE in a new one, on a
# socket of its own, so that the old server's end cannot race the new.
form_sessions=0
form_restart() {
  tui_stop
  form_sessions=$((form_sessions + 1))
  TUI_SOCKET=tr$$.$form_sessions
  form_start "$1"
}

# form_start FILE [COLS ROWS]: open FILE in the form and wait for it, with
# the variables in $FORM_ENV (TERM=vt100 ...) set.  Its exit status is
# recorded by tui_start (see tui_wait_exit).
form_start() {
  form_open "$@" || return 1
  tui_wait_for "^G"
}

# form_open FILE [COLS ROWS]: as form_start, without waiting for the
# form (a question may come first).
form_open() {
  tui_start "${2:-80}" "${3:-24}" env ${FORM_ENV:-} "$TRIPREPORT" "$1"
}

# form_reopen FILE: end the terminal and open FILE in a new one without
# waiting for the form.
form_reopen() {
  tui_stop
  form_sessions=$((form_sessions + 1))
  TUI_SOCKET=tr$$.$form_sessions
  form_open "$1"
}

# yaml_block FILE ID: print the text of the literal block of field ID,
# without its four spaces of indentation.
yaml_block() {
  yaml_field "$1" "$2" | sed '1d; s/^    //'
}

# type_lines FILE: type the lines of FILE, Enter between them (a newline
# is a character of the value, so it is not counted).
type_lines() {
  _first=1
  while IFS= read -r _line || [ -n "$_line" ]; do
    [ "$_first" = 1 ] || tui_keys Enter
    _first=0
    [ -z "$_line" ] || tui_type "$_line"
  done <"$1"
}

# row_of TEXT: print the screen row (from 0) where TEXT first stands.
row_of() { tui_screen | grep -n -F -- "$1" | head -1 | cut -d: -f1 | awk '{print $1 - 1}'; }

# focused_label: print the label on the row with the focus mark '>'.
focused_line() { tui_screen | grep '^>' | head -1; }

# wait_focus LABEL: wait until the focus mark stands on LABEL's row.
wait_focus() {
  tui_poll "$TUI_TIMEOUT" "$1" focused_line && return 0
  diag "the focus is not on $1: $(focused_line)"
  return 1
}
