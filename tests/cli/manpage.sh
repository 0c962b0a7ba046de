#!/bin/sh
# The man page is kept in step with --help: every command and every long
# option that --help names is documented in doc/tripreport.1.
. "$TESTS_SRCDIR/lib.sh"

page=$TOP_SRCDIR/doc/tripreport.1
[ -f "$page" ] || { ok 1 "doc/tripreport.1 exists"; done_testing; }
ok 0 "doc/tripreport.1 exists"

# Man sources escape the hyphen: "\-\-help".
plain=$(sed 's/\\-/-/g' "$page")
run "$TRIPREPORT" --help
for opt in $(printf '%s\n' "$out" | grep -o -e '--[a-z][a-z-]*' | sort -u); do
  contains "$plain" "$opt" "the man page documents $opt"
done
for cmd in $(printf '%s\n' "$out" | sed -n '/^Commands:/,/^$/p' |
             sed -n 's/^  \([a-z][a-z]*\) .*/\1/p'); do
  contains "$plain" ".B $cmd" "the man page documents the $cmd command"
  run "$TRIPREPORT" "$cmd" --help
  is "$status" 0 "$cmd --help exits 0"
  for opt in $(printf '%s\n' "$out" | grep -o -e '--[a-z][a-z-]*' | sort -u); do
    contains "$plain" "$opt" "the man page documents $cmd $opt"
  done
done

if command -v groff >/dev/null 2>&1; then
  warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1)
  is "$warnings" "" "groff reads the man page without warnings"
fi

done_testing
