#!/bin/sh
# valgrind.sh — stands in for tripreport under "make check-valgrind": runs
# the real binary under memcheck.  Any memory error or leak makes the run
# exit 99 (so the test fails) and leaves its report in $VALGRIND_LOGDIR.
: "${TRIPREPORT_BINARY:?set by make check-valgrind}"
: "${VALGRIND_LOGDIR:?set by make check-valgrind}"
exec "${VALGRIND:-valgrind}" -q --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite,indirect,possible \
  --show-leak-kinds=definite,indirect,possible \
  --log-file="$VALGRIND_LOGDIR/%p.log" "$TRIPREPORT_BINARY" "$@"
