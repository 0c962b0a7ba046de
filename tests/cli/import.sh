#!/bin/sh
# tripreport import: the filed sample in the official web layout, UTF-8
# and Big5; print -> import -> print giving the same text for the sample
# and for drafts with empty and with full optional fields, at 80 and 60
# columns; what could not be placed; never overwriting without --force.
. "$TESTS_SRCDIR/lib.sh"

data=$TESTS_SRCDIR/data
web=$data/taichung-2018-wcs.txt

run "$TRIPREPORT" import "$web" -o "$TEST_DIR/wcs.yaml"
is "$status" 0 "the web sample imports"
is "$err" "" "every line of the web sample is placed"
if "$TRIPREPORT" validate --help >/dev/null 2>&1; then
  run "$TRIPREPORT" validate "$TEST_DIR/wcs.yaml"
  is "$status" 0 "the imported sample validates without errors"
else
  tap_count=$((tap_count + 1))
  echo "ok $tap_count - the imported sample validates # SKIP no validate command"
fi
"$TRIPREPORT" print --sheet-only "$TEST_DIR/wcs.yaml" >"$TEST_DIR/a.txt"
"$TRIPREPORT" print --sheet-only "$data/taichung-2018.yaml" >"$TEST_DIR/b.txt"
cmp -s "$TEST_DIR/a.txt" "$TEST_DIR/b.txt"
ok $? "the imported sample's sheet prints as the sample draft's"

iconv -f UTF-8 -t BIG5 "$web" >"$TEST_DIR/wcs.big5"
run "$TRIPREPORT" import "$TEST_DIR/wcs.big5" -o "$TEST_DIR/wcs-big5.yaml"
is "$status" 0 "the sample in Big5 imports"
cmp -s "$TEST_DIR/wcs.yaml" "$TEST_DIR/wcs-big5.yaml"
ok $? "Big5 is told by itself and gives the same draft"
run "$TRIPREPORT" import -e BIG5 "$TEST_DIR/wcs.big5" -o "$TEST_DIR/e.yaml"
is "$status" 0 "-e BIG5 imports"

# print -> import -> print gives the same text.
n=0
for draft in "$data/taichung-2018.yaml" "$data/print-full.yaml" \
             "$data/print-empty.yaml"; do
  for opts in "-w 80" "-w 60" "-w 60 --ascii" "-w 80 --sheet-only" \
              "-w 80 -e BIG5"; do
    n=$((n + 1))
    enc=
    case $opts in *BIG5*) enc="-e BIG5" ;; esac
    "$TRIPREPORT" print $opts "$draft" >"$TEST_DIR/a.txt"
    rm -f "$TEST_DIR/r$n.yaml"
    "$TRIPREPORT" import $enc "$TEST_DIR/a.txt" -o "$TEST_DIR/r$n.yaml" \
      2>"$TEST_DIR/import.err"
    st=$?
    "$TRIPREPORT" print $opts "$TEST_DIR/r$n.yaml" >"$TEST_DIR/b.txt"
    [ "$st" -eq 0 ] && cmp -s "$TEST_DIR/a.txt" "$TEST_DIR/b.txt"
    ok $? "$(basename "$draft") $opts: print, import, print is the same"
  done
done

# The text of a draft comes back as it was.
"$TRIPREPORT" print -w 60 "$data/print-full.yaml" >"$TEST_DIR/full.txt"
"$TRIPREPORT" import "$TEST_DIR/full.txt" -o "$TEST_DIR/full.yaml"
grep -q '^  trip_type: \[國際會議, 業務接洽, 參訪研習\]$' "$TEST_DIR/full.yaml" ||
  grep -q '參訪研習' "$TEST_DIR/full.yaml"
ok $? "the free-text other comes back"

# Never overwrite without --force.
printf 'keep\n' >"$TEST_DIR/exists.yaml"
run "$TRIPREPORT" import "$web" -o "$TEST_DIR/exists.yaml"
is "$status" 2 "an existing draft is not overwritten"
contains "$err" "--force" "the message points to --force"
is "$(cat "$TEST_DIR/exists.yaml")" "keep" "the existing file is untouched"
run "$TRIPREPORT" import --force "$web" -o "$TEST_DIR/exists.yaml"
is "$status" 0 "--force overwrites"

# Lines that cannot be placed are named with their line; the draft holds
# the rest.
{ head -5 "$web"; printf '這一行不屬於任何欄位\n'; tail -n +6 "$web"; } \
  >"$TEST_DIR/extra.txt"
run "$TRIPREPORT" import "$TEST_DIR/extra.txt" -o "$TEST_DIR/extra.yaml"
is "$status" 1 "a line that cannot be placed exits 1"
contains "$err" "extra.txt:6:" "the line is named"
contains "$err" "這一行不屬於任何欄位" "the line is shown"
[ -s "$TEST_DIR/extra.yaml" ]
ok $? "the draft is written with the rest"

printf 'nothing to see here\n' >"$TEST_DIR/junk.txt"
run "$TRIPREPORT" import "$TEST_DIR/junk.txt" -o "$TEST_DIR/junk.yaml"
is "$status" 2 "a text that is no report exits 2"
[ ! -e "$TEST_DIR/junk.yaml" ]
ok $? "and writes no draft"

printf '\377\376\375\n' >"$TEST_DIR/bin.txt"
run "$TRIPREPORT" import "$TEST_DIR/bin.txt" -o "$TEST_DIR/bin.yaml"
is "$status" 2 "a text neither UTF-8 nor Big5 exits 2"
run "$TRIPREPORT" import "$web"
is "$status" 2 "import without -o exits 2"

done_testing
