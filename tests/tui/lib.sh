# tui/lib.sh — drive a program in a real terminal: tmux on a private
# socket, a fixed-size window, keys in, screen text out, with a timeout on
# every wait.  Source after lib.sh.  Where tmux is missing the whole script
# is a SKIP, never a pass.

[ -n "${TMUX_PROGRAM:-}" ] && [ -x "$TMUX_PROGRAM" ] ||
  skip_all "tmux is missing (apt-get install tmux)"

unset TMUX TMUX_PANE
TUI_SOCKET=tr$$
TUI_TARGET=tui
TUI_TIMEOUT=${TUI_TIMEOUT:-10}
TERM=${TUI_TERM:-xterm-256color}
export TERM

tmux_() { "$TMUX_PROGRAM" -L "$TUI_SOCKET" "$@"; }

# tui_start COLS ROWS COMMAND...: run COMMAND in a detached COLSxROWS
# terminal.  The pane stays after the program exits, so its last screen can
# still be read; its exit status is written to a file for tui_wait_exit.
tui_start() {
  _cols=$1 _rows=$2
  shift 2
  test_cleanup_hooks="$test_cleanup_hooks tui_stop;"
  # One file per server, so an old server's wrapper never writes into
  # the file of a new one.
  TUI_STATUS_FILE=$TEST_DIR/.tui-status.$TUI_SOCKET
  rm -f "$TUI_STATUS_FILE"
  # Options come from a file read before the program starts.
  cat >"$TEST_DIR/tmux.conf" <<CONF
set-option -g remain-on-exit on
set-option -g status off
set-option -g default-terminal "$TERM"
set-option -sg escape-time 0
CONF
  # The wrapper records the status itself: tmux may be slow to reap.
  _cmd='"$@"; echo $? >"$TUI_STATUS_FILE.tmp"; mv "$TUI_STATUS_FILE.tmp" "$TUI_STATUS_FILE"'
  TUI_STATUS_FILE=$TUI_STATUS_FILE tmux_ -f "$TEST_DIR/tmux.conf" \
    new-session -d -s "$TUI_TARGET" -x "$_cols" -y "$_rows" \
    -e "TUI_STATUS_FILE=$TUI_STATUS_FILE" sh -c "$_cmd" tui "$@" || return 1
  # Set here, not in the file: tmux 3.3a dies when it reads it there.
  tmux_ set-option -g window-size manual >/dev/null
  tmux_ resize-window -t "$TUI_TARGET" -x "$_cols" -y "$_rows"
}

# tui_stop: end the terminal and everything in it.
tui_stop() { tmux_ kill-server >/dev/null 2>&1; return 0; }

# tui_keys KEY...: send keys by tmux name (Enter, Tab, C-s, F2, Up ...).
tui_keys() { tmux_ send-keys -t "$TUI_TARGET" "$@"; }

# tui_type TEXT: type TEXT literally (UTF-8, CJK included).
tui_type() { tmux_ send-keys -t "$TUI_TARGET" -l -- "$1"; }

# tui_screen: print the screen as text, one line per row.
tui_screen() { tmux_ capture-pane -p -t "$TUI_TARGET"; }

# tui_poll SECONDS TEXT COMMAND...: wait until what COMMAND prints holds
# TEXT; return 1 when it does not within SECONDS.
tui_poll() {
  _deadline=$(( $(date +%s) + $1 ))
  _text=$2
  shift 2
  while :; do
    case $("$@") in *"$_text"*) return 0 ;; esac
    [ "$(date +%s)" -lt "$_deadline" ] || return 1
    sleep 0.05
  done
}

# tui_wait_for TEXT [SECONDS]: wait until TEXT is on the screen; return 1
# (and print the screen as diagnostics) when it never comes.
tui_wait_for() {
  tui_poll "${2:-$TUI_TIMEOUT}" "$1" tui_screen && return 0
  diag "timed out waiting for: $1"
  tui_screen | sed 's/^/#   | /'
  return 1
}

# tui_wait_gone TEXT [SECONDS]: wait until TEXT has left the screen.
tui_wait_gone() {
  _deadline=$(( $(date +%s) + ${2:-$TUI_TIMEOUT} ))
  while :; do
    case $(tui_screen) in *"$1"*) ;; *) return 0 ;; esac
    [ "$(date +%s)" -lt "$_deadline" ] || break
    sleep 0.05
  done
  diag "timed out waiting for this to go: $1"
  return 1
}

# tui_resize COLS ROWS: resize the terminal, as a user dragging a window.
tui_resize() { tmux_ resize-window -t "$TUI_TARGET" -x "$1" -y "$2"; }

# tui_size: print "COLSxROWS" of the terminal.
tui_size() { tmux_ display-message -p -t "$TUI_TARGET" '#{pane_width}x#{pane_height}'; }

# tui_wait_exit [SECONDS]: wait for the program to end; print its exit
# status, or "timeout".
tui_wait_exit() {
  _deadline=$(( $(date +%s) + ${1:-$TUI_TIMEOUT} ))
  while [ ! -f "$TUI_STATUS_FILE" ]; do
    if [ "$(date +%s)" -ge "$_deadline" ]; then echo timeout; return 1; fi
    sleep 0.05
  done
  cat "$TUI_STATUS_FILE"
}

# tui_pid: print the pid of the program in the terminal (the wrapper's
# child: the program itself).
tui_pid() {
  _shell=$(tmux_ display-message -p -t "$TUI_TARGET" '#{pane_pid}')
  pgrep -P "$_shell" | head -n 1
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
