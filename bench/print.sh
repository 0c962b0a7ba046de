#!/bin/sh
# Printing the filed sample 1,000 times: in process (layout alone, and
# layout with Big5 conversion) against loading the draft 1,000 times; then
# the whole command 1,000 times against "tripreport --version" 1,000 times
# (the cost of starting the program), all in the same run.
set -eu
draft=$TESTS_SRCDIR/data/taichung-2018.yaml
n=1000

"$BENCH_BUILDDIR/print_bench" "$draft" "$n"

# Return the seconds (with decimals) that running "$@" N times takes.
seconds() {
  start=$(date +%s.%N)
  i=0
  while [ "$i" -lt "$n" ]; do
    "$@" >/dev/null
    i=$((i + 1))
  done
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

base=$(seconds "$TRIPREPORT" --version)
full=$(seconds "$TRIPREPORT" print "$draft")
big5=$(seconds "$TRIPREPORT" print -e BIG5 "$draft")
awk -v n="$n" -v b="$base" -v f="$full" -v g="$big5" 'BEGIN {
  printf "%-30s %8.3f s  %7.0f /s        (baseline)\n", "tripreport --version", b, n / b
  printf "%-30s %8.3f s  %7.0f copies/s  %.2f x the baseline\n", "tripreport print", f, n / f, f / b
  printf "%-30s %8.3f s  %7.0f copies/s  %.2f x the baseline\n", "tripreport print -e BIG5", g, n / g, g / b
}'
