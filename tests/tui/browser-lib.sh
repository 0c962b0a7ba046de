# tui/browser-lib.sh — helpers for the drafts browser's terminal tests.
# Source after lib.sh and tui/lib.sh.  The drafts folder and the profile
# live in $TEST_DIR.

DRAFTS=$TEST_DIR/drafts
CONFIG=$TEST_DIR/config
PROFILE=$CONFIG/tripreport/profile.yaml
mkdir -p "$DRAFTS" "$CONFIG/tripreport"
chmod 700 "$DRAFTS"

# browser_start [COLS ROWS]: open the browser on $DRAFTS in a terminal and
# wait for its help bar.
browser_start() {
  tui_start "${1:-80}" "${2:-24}" env TRIPREPORT_DRAFTS="$DRAFTS" \
    XDG_CONFIG_HOME="$CONFIG" "$TRIPREPORT" || return 1
  tui_wait_for "^X Exit"
}

# add_draft NAME SOURCE [STAMP]: copy the draft SOURCE (in tests/data)
# into the drafts folder as NAME, last changed at STAMP (touch -t form).
add_draft() {
  cp "$TESTS_SRCDIR/data/$2" "$DRAFTS/$1"
  chmod 600 "$DRAFTS/$1"
  [ -z "${3:-}" ] || touch -t "$3" "$DRAFTS/$1"
}

# list_rows: print the rows of the list (below the header, above the
# status line), without the empty ones.
list_rows() { tui_screen | sed -n '3,21p' | grep -v '^ *$'; }

# chosen_row: print the list row with the choice mark '>'.
chosen_row() { list_rows | grep '^>' | head -1; }

# wait_chosen TEXT: wait until the chosen row holds TEXT.
wait_chosen() {
  tui_poll "$TUI_TIMEOUT" "$1" chosen_row && return 0
  diag "the chosen row is not $1: $(chosen_row)"
  return 1
}

# row_number TEXT: print the list row (from 1) where TEXT stands.
row_number() { list_rows | grep -n -F -- "$1" | head -1 | cut -d: -f1; }
