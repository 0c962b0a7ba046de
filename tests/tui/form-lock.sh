#!/bin/sh
# Two openers of one draft: the second is told who holds it and since
# when, and may read it only (typing and saving are refused, the file is
# unchanged) or quit.  A lock left by a process that died is taken over,
# with a notice that names the old holder.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/trip.yaml
lock=$TEST_DIR/.trip.yaml.lock
recover=$TEST_DIR/.trip.yaml.recover
cp "$TESTS_SRCDIR/data/taichung-2018.yaml" "$draft"
chmod 600 "$draft"
cp "$draft" "$TEST_DIR/before.yaml"
me=$(id -un)

# on_socket NAME: drive the terminal of the tmux server NAME from now on
# (each opener has a server of its own; every one ends with the test).
on_socket() {
  TUI_SOCKET=tr$$.$1
  test_cleanup_hooks="$test_cleanup_hooks \"\$TMUX_PROGRAM\" -L $TUI_SOCKET kill-server >/dev/null 2>&1;"
}

# The first opener, in a terminal of its own.
on_socket first
form_start "$draft"
test -f "$lock"; ok $? "the first opener takes the lock"
first=$(tui_pid)
first_status=$TUI_STATUS_FILE

# The second opener, in another terminal.
form_sessions=1
on_socket second
form_open "$draft"
tui_wait_for "The draft is in use"; ok $? "the second opener is told the draft is in use"
screen=$(tui_screen)
contains "$screen" "$me on $(hostname)" "it names the user and the host"
contains "$screen" "(pid $first)" "it names the holder's process"
year=$(( $(date +%Y) - 1911 ))
contains "$screen" "since ${year}年$(date +%-m)月$(date +%-d)日" "it says since when, as a ROC date"
contains "$screen" "R Open read-only" "read-only is offered"
tui_keys r
tui_wait_for "^G"; ok $? "R opens the draft"
contains "$(tui_screen | head -1)" "Read-only" "the title line says read-only"
tui_keys Left Space
tui_wait_for "Read-only: the draft cannot be changed."; ok $? "ticking a choice is refused with a message"
contains "$(tui_screen)" "(*) 其他" "the choice stays as it was"
tui_keys Tab; wait_focus 出國報告提要名稱
tui_type "xyz"
tui_wait_for "Read-only: the draft cannot be changed."; ok $? "typing is refused with a message"
case $(tui_screen) in *xyz*) ok 1 "the typed text is not in the field" ;;
  *) ok 0 "the typed text is not in the field" ;; esac
tui_keys C-s
tui_wait_for "Read-only: the draft cannot be saved here."; ok $? "saving is refused with a message"
case $(tui_screen | head -1) in *Modified*) ok 1 "the draft is not marked changed" ;;
  *) ok 0 "the draft is not marked changed" ;; esac
tui_keys C-x
is "$(tui_wait_exit)" 0 "the read-only form ends without a question"
cmp -s "$draft" "$TEST_DIR/before.yaml"; ok $? "the draft file is unchanged"
test ! -e "$recover"; ok $? "no recovery file was written"
test -f "$lock"; ok $? "the first opener still holds the lock"

# Quit at the question.
form_sessions=2
on_socket third
form_open "$draft"
tui_wait_for "The draft is in use"
tui_keys q
is "$(tui_wait_exit)" 0 "Q quits"
test -f "$lock"; ok $? "quitting leaves the holder's lock"

# The first opener dies without a word: its lock is stale.
kill -KILL "$first"
_deadline=$(( $(date +%s) + TUI_TIMEOUT ))
until [ -s "$first_status" ] || [ "$(date +%s)" -ge "$_deadline" ]; do sleep 0.05; done
test -f "$lock"; ok $? "a killed opener leaves its lock behind"
form_sessions=3
on_socket fourth
form_open "$draft"
tui_wait_for "Took over the lock left by $me on $(hostname) (pid $first)"
ok $? "the stale lock is taken over, with a notice naming the old holder"
contains "$(tui_screen | head -1)" "trip.yaml" "the form is open"
case $(tui_screen | head -1) in *Read-only*) ok 1 "not read-only" ;;
  *) ok 0 "not read-only" ;; esac
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
test ! -e "$lock"; ok $? "the lock is released on exit"
done_testing
