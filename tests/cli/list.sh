#!/bin/sh
# tripreport list: the drafts of the drafts folder, one a line.
. "$TESTS_SRCDIR/lib.sh"

cd "$TEST_DIR" || exit 99
umask 022

run "$TRIPREPORT" list
is "$status" 0 "an empty folder lists nothing"
is "$out" "" "nothing at all"
drafts=$HOME/.local/share/tripreport/drafts
is "$(stat -c %a "$drafts")" "700" "the missing folder is made mode 0700 under HOME"

run env XDG_DATA_HOME="$TEST_DIR/xdg" "$TRIPREPORT" list
is "$(stat -c %a "$TEST_DIR/xdg/tripreport/drafts")" "700" "XDG_DATA_HOME is used when set"

TRIPREPORT_DRAFTS=$TEST_DIR/d
export TRIPREPORT_DRAFTS
mkdir -m 755 d
cp "$TESTS_SRCDIR/data/taichung-2018.yaml" d/wcs.yaml
sed 's/^  title: .*/  title: 東京 Smart City 考察/; s/from: 2018-07-07/from: 2019-03-01/; s/to: 2018-07-11/to: 2019-03-05/' \
  "$TESTS_SRCDIR/data/taichung-2018.yaml" > d/tokyo.yaml
"$TRIPREPORT" new d/empty.yaml
printf 'format: tripreport/1\ntemplate: taichung\nfields: [\n' > d/broken.yaml
printf 'x' > d/.hidden.yaml
printf 'x' > d/notes.txt
touch -d '2020-01-01 10:00' d/wcs.yaml
touch -d '2020-01-03 10:00' d/tokyo.yaml
touch -d '2020-01-02 10:00' d/broken.yaml
touch -d '2019-12-31 10:00' d/empty.yaml

run "$TRIPREPORT" list
is "$status" 0 "list exits 0"
is "$(printf '%s\n' "$out" | cut -f 1)" "tokyo.yaml
broken.yaml
wcs.yaml
empty.yaml" "every draft, last changed first; hidden and other files left out"
is "$(printf '%s\n' "$out" | grep '^wcs' | cut -f 1-5)" \
  "wcs.yaml	taichung	107年7月7日～107年7月11日	ready	2020-01-01 10:00" \
  "name, template, ROC period, status and time, tab-separated"
contains "$(printf '%s\n' "$out" | grep '^wcs' | cut -f 6)" "2018世界城市峰會" "then the title"
contains "$(printf '%s\n' "$out" | grep '^empty' | cut -f 4)" " errors" "a new draft has errors"
is "$(printf '%s\n' "$out" | grep '^broken' | cut -f 2-4)" "-	-	cannot be read" \
  "a broken draft is listed"
contains "$err" "d/broken.yaml:4:1: " "and its error is told with its place"
contains "$err" "may be read by others (mode 0755)" "a folder open to others is reported"

run "$TRIPREPORT" list --sort=period
is "$(printf '%s\n' "$out" | cut -f 1)" "tokyo.yaml
wcs.yaml
broken.yaml
empty.yaml" "--sort=period: latest trip first, none last"
run "$TRIPREPORT" list -f smart
is "$(printf '%s\n' "$out" | cut -f 1)" "tokyo.yaml" "-f matches the title without case"
run "$TRIPREPORT" list --filter=WCS
is "$(printf '%s\n' "$out" | cut -f 1)" "wcs.yaml" "--filter matches the file name"

run "$TRIPREPORT" list --trash
is "$status" 0 "an empty trash"
is "$out" "" "lists nothing"
mkdir -m 700 d/.trash
mv d/wcs.yaml d/.trash/
run "$TRIPREPORT" list --trash
is "$(printf '%s\n' "$out" | cut -f 1)" "wcs.yaml" "--trash lists the deleted drafts"

run env LANGUAGE=zh_TW "$TRIPREPORT" list -f smart
is "$(printf '%s\n' "$out" | cut -f 4)" "1 個錯誤、5 個警告" "the status in zh_TW"

printf 'x' > file
run env TRIPREPORT_DRAFTS="$TEST_DIR/file" "$TRIPREPORT" list
is "$status" 2 "a drafts folder that is a file exits 2"
contains "$err" "is not a folder" "and says so"
run "$TRIPREPORT" list -s size
is "$status" 2 "an unknown order is a usage error"
run "$TRIPREPORT" list extra
is "$status" 2 "an argument is a usage error"
run "$TRIPREPORT" list --help
is "$status" 0 "list --help exits 0"

done_testing
