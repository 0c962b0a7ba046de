#!/bin/sh
# Crash consistency: a saver that writes versions A and B of a draft in
# turn, through the same atomic save as the form, is killed with SIGKILL
# at random moments, 200 times in a row.  After every kill the draft is
# byte for byte the whole of A or the whole of B (both of which load);
# the only files beside it
# are the temporary files of saves cut short (DRAFT.tmp.XXXXXX, at most
# one more per kill, private 0600 files), and they do not stop the next
# save.
. "$TESTS_SRCDIR/lib.sh"

saver=$TESTS_BUILDDIR/crash_saver
kills=200
dir=$TEST_DIR/drafts
draft=$dir/draft.yaml
mkdir -p "$dir" "$TEST_DIR/expected"
source=$TESTS_SRCDIR/data/taichung-2018.yaml
a=$TEST_DIR/expected/a.yaml
b=$TEST_DIR/expected/b.yaml

"$saver" emit "$source" "$a" "$b"; ok $? "the two versions are written out"
cmp -s "$a" "$b"; [ $? -ne 0 ]; ok $? "A and B differ"
cp "$a" "$draft" && chmod 600 "$draft"
"$saver" save-b "$source" "$draft" && cmp -s "$draft" "$b"; ok $? "one save writes B"
"$saver" check "$draft"; ok $? "B loads"
"$saver" check "$a"; ok $? "A loads"
cp "$a" "$draft"

# Random pauses of 0 to 39 ms, from a seed shown for a rerun.
seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
diag "seed $seed"
pauses=$(awk -v seed="$seed" -v n="$kills" 'BEGIN { srand(seed);
  for (i = 0; i < n; i++) printf "0.%03d\n", int(rand() * 40) }')

n_a=0 n_b=0 torn=0 strays=0 bad_temps=0 grew=0 left=0
for pause in $pauses; do
  "$saver" loop "$source" "$draft" 2>>"$TEST_DIR/saver.err" &
  pid=$!
  sleep "$pause"
  kill -KILL "$pid"
  wait "$pid" 2>/dev/null
  if cmp -s "$draft" "$a"; then n_a=$((n_a + 1))
  elif cmp -s "$draft" "$b"; then n_b=$((n_b + 1))
  else torn=$((torn + 1)); fi
  # One look at the folder: "NOW BAD STRAYS" for the temporary files,
  # those that are not private regular files, and any other file.
  set -- $(cd "$dir" && stat -c '%a:%F:%n' * .[!.]* 2>/dev/null | awk -F: '
    $3 == "draft.yaml" { next }
    $3 ~ /^draft\.yaml\.tmp\./ && length($3) == 21 { now++
      if ($1 != "600" || $2 !~ /^regular (empty )?file$/) bad++; next }
    { strays++; print "# stray " $3 > "/dev/stderr" }
    END { print now + 0, bad + 0, strays + 0 }')
  now=$1 bad_temps=$((bad_temps + $2)) strays=$((strays + $3))
  [ "$now" -le $((left + 1)) ] || grew=$((grew + 1))
  left=$now
done
diag "$kills kills: $n_a times A, $n_b times B, $left temporary files left"

is "$((n_a + n_b))" "$kills" "after each kill the draft is all of A or all of B"
is "$torn" 0 "no kill left a mix"
is "$strays" 0 "no file but the draft and its temporary files in the folder"
is "$bad_temps" 0 "temporary files are private (0600) regular files"
is "$grew" 0 "a kill leaves at most the one temporary file it cut short"
is "$(cat "$TEST_DIR/saver.err")" "" "no save failed before its kill"

"$saver" save-b "$source" "$draft" && cmp -s "$draft" "$b"
ok $? "the next save goes through beside the leftovers"
is "$(stat -c %a "$draft")" 600 "the saved draft is still 0600"
run "$TRIPREPORT" validate "$draft"
[ "$status" -le 1 ]; ok $? "validate reads the draft (exit $status)"
done_testing
