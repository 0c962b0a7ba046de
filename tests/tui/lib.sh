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
# terminal.  The pane stays after the program exits, so its last screen and
# exit status can still be read.
tui_start() {
  _cols=$1 _rows=$2
  shift 2
  test_cleanup_hooks="$test_cleanup_hooks tui_stop;"
  tmux_ -f /dev/null new-session -d -s "$TUI_TARGET" -x "$_cols" -y "$_rows" \
    "$@" || return 1
  tmux_ set-option -g window-size manual >/dev/null
  tmux_ set-option -g remain-on-exit on >/dev/null
  tmux_ set-option -g status off >/dev/null
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

# tui_wait_for TEXT [SECONDS]: wait until TEXT is on the screen; return 1
# (and print the screen as diagnostics) when it never comes.
tui_wait_for() {
  _deadline=$(( $(date +%s) + ${2:-$TUI_TIMEOUT} ))
  while :; do
    case $(tui_screen) in *"$1"*) return 0 ;; esac
    [ "$(date +%s)" -lt "$_deadline" ] || break
    sleep 0.05
  done
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

# tui_pid: print the pid of the program in the terminal.
tui_pid() { tmux_ display-message -p -t "$TUI_TARGET" '#{pane_pid}'; }

# tui_wait_exit [SECONDS]: wait for the program to end; print its exit
# status, or "timeout".  tmux may see the terminal close before it has
# reaped the process, so wait for the status itself.
tui_wait_exit() {
  _deadline=$(( $(date +%s) + ${1:-$TUI_TIMEOUT} ))
  while :; do
    _st=$(tmux_ display-message -p -t "$TUI_TARGET" '#{pane_dead}:#{pane_dead_status}')
    case $_st in 1:?*) echo "${_st#1:}"; return 0 ;; esac
    if [ "$(date +%s)" -ge "$_deadline" ]; then echo timeout; return 1; fi
    sleep 0.05
  done
}
