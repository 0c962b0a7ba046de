# tui/form-lib.sh — helpers for the form's terminal tests.  Source after
# lib.sh and tui/lib.sh.

# The keys pressed that are not characters of a value.
nav_count=0

# nav KEY...: press keys that move or command (they are counted).
nav() { tui_keys "$@"; nav_count=$((nav_count + $#)); }

# form_start FILE [COLS ROWS]: open FILE in the form and wait for it.
form_start() {
  tui_start "${2:-80}" "${3:-24}" "$TRIPREPORT" "$1" || return 1
  tui_wait_for "^G"
}

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
