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
# the variables in $FORM_ENV (TERM=vt100 ...) set.  A
# shell around the program writes its exit status to a file: tmux does
# not always collect the status of a pane's process (seen with 3.3a).
form_status=
form_start() {
  form_open "$@" || return 1
  tui_wait_for "^G"
}

# form_open FILE [COLS ROWS]: as form_start, without waiting for the
# form (a question may come first).
form_open() {
  form_status=$TEST_DIR/.status.$form_sessions
  rm -f "$form_status"
  tui_start "${2:-80}" "${3:-24}" env ${FORM_ENV:-} sh -c \
    '"$0" "$1"; echo $? >"$2"' "$TRIPREPORT" "$1" "$form_status"
}

# form_reopen FILE: end the terminal and open FILE in a new one without
# waiting for the form.
form_reopen() {
  tui_stop
  form_sessions=$((form_sessions + 1))
  TUI_SOCKET=tr$$.$form_sessions
  form_open "$1"
}

# form_wait_exit: wait for the program to end; print its exit status, or
# "timeout".
form_wait_exit() {
  _deadline=$(( $(date +%s) + TUI_TIMEOUT ))
  until [ -s "$form_status" ]; do
    if [ "$(date +%s)" -ge "$_deadline" ]; then echo timeout; return 1; fi
    sleep 0.05
  done
  cat "$form_status"
}

# form_pid: print the pid of the program (the child of the shell).
form_pid() { ps -o pid= --ppid "$(tui_pid)" | tr -d ' ' | head -1; }

# yaml_field FILE ID: print the lines of field ID of the draft FILE, from
# its key to the next field's.
yaml_field() {
  awk -v id="$2" '
    /^fields:/ { infields = 1; next }
    infields && /^[^ ]/ { infields = 0 }
    infields && /^  [^ ]/ { on = ($0 ~ "^  " id ":") }
    infields && on { print }
  ' "$1"
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
  _deadline=$(( $(date +%s) + TUI_TIMEOUT ))
  while :; do
    case $(focused_line) in *"$1"*) return 0 ;; esac
    [ "$(date +%s)" -lt "$_deadline" ] || break
    sleep 0.05
  done
  diag "the focus is not on $1: $(focused_line)"
  return 1
}
