# lib.sh — shared by the shell tests: a TAP writer, a hermetic environment
# and a way to run a command and keep its output and status.
# Source it first thing: . "$TESTS_SRCDIR/lib.sh"

set -u

: "${TRIPREPORT:?run the tests through make check}"
: "${TESTS_SRCDIR:?run the tests through make check}"

tap_count=0
tap_failed=0

# The test's own scratch folder, removed on exit.
TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tripreport-test.XXXXXX") || exit 99
test_cleanup_hooks=
trap 'eval "$test_cleanup_hooks"; rm -rf "$TEST_DIR"' EXIT

# A hermetic environment: the same locale, zone and home for everybody.
LC_ALL=C.UTF-8
LANG=C.UTF-8
TZ=UTC
HOME=$TEST_DIR/home
mkdir -p "$HOME"
unset LANGUAGE LC_MESSAGES XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR \
      XDG_STATE_HOME XDG_CACHE_HOME NO_COLOR VISUAL EDITOR TRIPREPORT_DRAFTS
export LC_ALL LANG TZ HOME

# ok COND-STATUS DESCRIPTION: pass when the status is 0.
ok() {
  tap_count=$((tap_count + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $tap_count - $2"
  else
    echo "not ok $tap_count - $2"
    tap_failed=$((tap_failed + 1))
  fi
}

# is GOT WANT DESCRIPTION: pass when the two strings are equal.
is() {
  if [ "$1" = "$2" ]; then
    ok 0 "$3"
  else
    ok 1 "$3"
    printf '%s\n' "$1" | sed 's/^/#   got:  /'
    printf '%s\n' "$2" | sed 's/^/#   want: /'
  fi
}

# contains HAYSTACK NEEDLE DESCRIPTION: pass when NEEDLE occurs in HAYSTACK.
contains() {
  case $1 in
    *"$2"*) ok 0 "$3" ;;
    *) ok 1 "$3"; printf '%s\n' "$1" | sed 's/^/#   in:   /'
       printf '#   want: %s\n' "$2" ;;
  esac
}

# skip_all REASON: the whole script cannot run here; say so, never pass.
skip_all() {
  echo "1..0 # SKIP $1"
  exit 0
}

diag() { printf '# %s\n' "$*"; }

# run CMD...: run with no terminal input; keep stdout in $out, stderr in
# $err and the exit status in $status.
run() {
  "$@" >"$TEST_DIR/.out" 2>"$TEST_DIR/.err" </dev/null
  status=$?
  out=$(cat "$TEST_DIR/.out")
  err=$(cat "$TEST_DIR/.err")
}

# done_testing: print the plan and exit with the number of failures.
done_testing() {
  echo "1..$tap_count"
  [ "$tap_failed" -eq 0 ] || echo "# $tap_failed of $tap_count checks failed"
  [ "$tap_failed" -lt 255 ] || tap_failed=255
  exit "$tap_failed"
}
