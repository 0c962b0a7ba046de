#!/bin/sh
# validate over 10,000 drafts the size of the sample: drafts per second,
# and the ratio to a bare libyaml parse of the same files in the same run
# (bench/bare_parse).  Each is run three times and the best run counts;
# the ratio is of CPU time (user + system), which other load on the
# machine disturbs less than the wall clock.
set -eu

: "${TRIPREPORT:?run through make bench}"
count=${BENCH_DRAFTS:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/tripreport-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Drafts the size of the sample, each a little different.
sample=$TESTS_SRCDIR/data/taichung-2018.yaml
i=0
while [ "$i" -lt "$count" ]; do
  sed "s/^  title: .*/  title: 第 $i 號出國報告/" "$sample" > "$work/d$i.yaml"
  i=$((i + 1))
done
bytes=$(cat "$work"/d*.yaml | wc -c)

# seconds: the wall clock, in seconds with fractions.
seconds() { date +%s.%N; }

# measure COMMAND...: run it three times; print the best wall time and
# the best CPU time (user + system of the children), in seconds.
measure() {
  for _ in 1 2 3; do
    start=$(seconds)
    cpu=$( ("$@" >/dev/null; times) | awk 'NR == 2 {
      t = 0
      for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
      print t }')
    end=$(seconds)
    echo "$start $end $cpu"
  done | awk '{ w = $2 - $1; if (NR == 1 || w < bw) bw = w
                if (NR == 1 || $3 < bc) bc = $3 }
              END { printf "%.4f %.4f\n", bw, bc }'
}

cd "$work"
files=$(ls d*.yaml)
# shellcheck disable=SC2086
bare=$(measure "$BENCH_BUILDDIR/bare_parse" $files)
# shellcheck disable=SC2086
full=$(measure "$TRIPREPORT" validate $files)

echo "$count $bytes $bare $full" | awk '{
  n = $1; size = $2 / n; bw = $3; bc = $4; fw = $5; fc = $6
  printf "drafts: %d of %d bytes each\n", n, size
  printf "bare libyaml parse:  %.3f s wall, %.3f s CPU, %.0f drafts/s\n", bw, bc, n / bw
  printf "tripreport validate: %.3f s wall, %.3f s CPU, %.0f drafts/s\n", fw, fc, n / fw
  printf "ratio validate / bare parse: %.2f CPU, %.2f wall (goal: at most 1.5)\n", fc / bc, fw / bw
}'
