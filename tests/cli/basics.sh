#!/bin/sh
# The command line itself: --help, --version, bad usage, languages.
. "$TESTS_SRCDIR/lib.sh"

run "$TRIPREPORT" --help
is "$status" 0 "--help exits 0"
contains "$out" "Usage: tripreport" "--help starts with the usage line"
contains "$out" "--version" "--help lists --version"
is "$err" "" "--help writes nothing on stderr"

run "$TRIPREPORT" -h
is "$status" 0 "-h exits 0"

run "$TRIPREPORT" --version
is "$status" 0 "--version exits 0"
contains "$out" "tripreport " "--version names the program"

run "$TRIPREPORT" --no-such-option
is "$status" 2 "an unknown option exits 2"
contains "$err" "--no-such-option" "the error names the option"
contains "$err" "Try 'tripreport --help'" "the error points to --help"
is "$out" "" "bad usage writes nothing on stdout"

run "$TRIPREPORT" -Q
is "$status" 2 "an unknown short option exits 2"
contains "$err" "-Q" "the error names the short option"

# No argument opens the drafts browser, which needs a terminal.
run env TRIPREPORT_DRAFTS="$TEST_DIR/drafts" "$TRIPREPORT" </dev/null
is "$status" 2 "no argument without a terminal exits 2"
contains "$err" "needs a terminal" "and says the browser needs a terminal"
contains "$err" "--help" "and points to --help"
is "$out" "" "and writes nothing on stdout"

run "$TRIPREPORT" frobnicate
is "$status" 2 "an unknown command exits 2"
contains "$err" "frobnicate" "the error names the command"

# Translations: this machine may lack zh_TW.UTF-8, so select by LANGUAGE.
run env LANGUAGE=zh_TW "$TRIPREPORT" --help
is "$status" 0 "--help in zh_TW exits 0"
contains "$out" "用法" "--help is translated to zh_TW"
run env LANGUAGE=zh_TW "$TRIPREPORT" --bogus
contains "$err" "未知的選項" "usage errors are translated to zh_TW"

# A user's locale missing on this machine: fall back to UTF-8 and keep the
# user's language for messages.
run env -u LC_ALL LANG=zh_TW.UTF-8 "$TRIPREPORT" --help
is "$status" 0 "a missing zh_TW.UTF-8 locale still runs"
contains "$out" "用法" "and keeps the zh_TW messages"

# No locale at all (LANG unset, the C locale): drafts are UTF-8 anyway.
run env -u LC_ALL -u LANG "$TRIPREPORT" --version
is "$status" 0 "the C locale falls back to UTF-8"

# A locale whose character set is not UTF-8 is refused before anything.
legacy=$(locale -a 2>/dev/null | grep -iv -e utf -e '^C$' -e '^POSIX$' | head -n 1)
if [ -n "$legacy" ]; then
  run env LC_ALL="$legacy" "$TRIPREPORT" --help
  is "$status" 2 "a non-UTF-8 locale ($legacy) exits 2"
  contains "$err" "UTF-8" "and says that UTF-8 is needed"
else
  tap_count=$((tap_count + 1))
  echo "ok $tap_count # SKIP no non-UTF-8 locale is installed here"
fi

done_testing
