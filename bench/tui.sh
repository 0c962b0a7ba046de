#!/bin/sh
# bench/tui.sh — the form through a pseudo-terminal of 80x24 (bench/
# ptydrive), beside nano in the same run: bytes of the first paint, per
# typed CJK character, per move to the next field; start-to-first-paint
# time; peak memory; and, with valgrind, the instructions per keystroke
# at 1 KB and at 100 KB of summary.
set -u

: "${TRIPREPORT:?run through make bench}" "${BENCH_BUILDDIR:?}" "${TESTS_SRCDIR:?}"
drive=$BENCH_BUILDDIR/ptydrive
sample=$TESTS_SRCDIR/data/taichung-2018.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/tripreport-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
TERM=xterm-256color LC_ALL=C.UTF-8 LANG=C.UTF-8
export TERM LC_ALL LANG
unset NO_COLOR LANGUAGE

if [ ! -f "$sample" ]; then
  echo "tui: $sample is missing; nothing measured"
  exit 0
fi
cp "$sample" "$work/sample.yaml"
have_nano=yes
command -v nano >/dev/null 2>&1 || have_nano=no
[ "$have_nano" = yes ] || echo "nano not installed: its column is left empty"

# drive SCRIPT PROG ARG...: run PROG under ptydrive with SCRIPT (a string).
drive() {
  _s=$1; shift
  printf '%s\n' "$_s" >"$work/script"
  "$drive" -s 80x24 -q "${QUIET_MS:-150}" -t 20000 "$work/script" -- "$@"
}

# figure OUTPUT LABEL NAME: print the value of LABEL NAME from OUTPUT.
figure() { printf '%s\n' "$1" | awk -v l="$2" -v n="$3" '$1 == l && $2 == n { print $3; exit }'; }

# median: the middle of the numbers on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# Keys: Down, PgDn, End, Ctrl-X, and 40 CJK characters to type.
DOWN='\e[B' PGDN='\e[6~' END='\e[F' CTRLX='\x18'
CJK=本府應新加坡國家發展部部長黃循財邀請由林依瑩副市長率團出席由新加坡政府主辦之世界城市峰會市長論壇本次論壇

# downs N: N Downs, as one key each.
repeat() { _i=0; _r=; while [ "$_i" -lt "$2" ]; do _r=$_r$1; _i=$((_i + 1)); done; printf '%s' "$_r"; }
to_summary=$(repeat "$DOWN" 12)
to_end=$(repeat "$PGDN" 80)$END

# --- first paint, time, memory ---------------------------------------
tr_ms= nano_ms=
for i in 1 2 3 4 5 6 7; do
  out=$(drive "paint p
hwm m
quit $CTRLX" "$TRIPREPORT" "$work/sample.yaml")
  tr_ms="$tr_ms $(figure "$out" p ms)"
  tr_bytes=$(figure "$out" p bytes); tr_kib=$(figure "$out" m peak_kib)
  if [ "$have_nano" = yes ]; then
    out=$(drive "paint p
hwm m
quit $CTRLX" nano --ignorercfile "$work/sample.yaml")
    nano_ms="$nano_ms $(figure "$out" p ms)"
    nano_bytes=$(figure "$out" p bytes); nano_kib=$(figure "$out" m peak_kib)
  fi
done
tr_ms=$(printf '%s\n' $tr_ms | median)
[ "$have_nano" = yes ] && nano_ms=$(printf '%s\n' $nano_ms | median)

# The text the first screen shows, as UTF-8 bytes (trailing blanks off).
shown=
if command -v tmux >/dev/null 2>&1; then
  tmux -L bench$$ -f /dev/null new-session -d -x 80 -y 24 "$TRIPREPORT '$work/sample.yaml'"
  sleep 1
  shown=$(tmux -L bench$$ capture-pane -p | sed 's/ *$//' | tr -d '\n' | wc -c)
  tmux -L bench$$ kill-server
fi

# --- bytes per CJK character typed at the end of the summary ---------
out=$(drive "paint p
send $to_summary
send $to_end
chars cjk $CJK
quit ${CTRLX}n" "$TRIPREPORT" "$work/sample.yaml")
tr_cjk=$(figure "$out" cjk bytes_per_char)
if [ "$have_nano" = yes ]; then
  out=$(drive "paint p
send \x05
chars cjk $CJK
quit ${CTRLX}n" nano --ignorercfile "$work/sample.yaml")
  nano_cjk=$(figure "$out" cjk bytes_per_char)
fi

# --- bytes per move to the next field (nano: to the next line) --------
out=$(drive "paint p
each move 6 \t
quit $CTRLX" "$TRIPREPORT" "$work/sample.yaml")
tr_move=$(figure "$out" move bytes_per_key)
if [ "$have_nano" = yes ]; then
  out=$(drive "paint p
each move 6 $DOWN
quit $CTRLX" nano --ignorercfile "$work/sample.yaml")
  nano_move=$(figure "$out" move bytes_per_key)
fi

# --- instructions per keystroke at 1 KB and 100 KB of summary --------
# draft_with BYTES FILE: the sample with a summary of about BYTES bytes,
# made of the sample's own paragraphs.
draft_with() {
  awk -v want="$1" '
    /^  summary: / { insum = 1; print "  summary: |"; next }
    insum && /^    / { para[++n] = $0; next }
    insum { insum = 0; total = 0
            while (total < want) for (i = 1; i <= n && total < want; i++) {
              print para[i]; total += length(para[i]) + 1 }
          }
    { print }
  ' "$work/sample.yaml" >"$2"
}
per_key=
if command -v valgrind >/dev/null 2>&1; then
  for size in 1024 102400; do
    draft_with "$size" "$work/s$size.yaml"
    for keys in 0 40; do
      typing=
      [ "$keys" -eq 0 ] || typing="chars cjk $CJK"
      QUIET_MS=1500 drive "paint p
send $to_summary
send $to_end
$typing
quit ${CTRLX}n" valgrind --tool=callgrind --callgrind-out-file="$work/cg.$size.$keys" \
        "$TRIPREPORT" "$work/s$size.yaml" >/dev/null 2>&1
    done
    ir0=$(awk '/^summary:/ { print $2 }' "$work/cg.$size.0")
    ir1=$(awk '/^summary:/ { print $2 }' "$work/cg.$size.40")
    per_key="$per_key $(( (ir1 - ir0) / 40 ))"
  done
else
  echo "valgrind not installed: instructions per keystroke not measured"
fi

# --- report --------------------------------------------------------------
row() { printf '%-36s %12s %12s   %s\n' "$1" "$2" "$3" "$4"; }
row "" tripreport nano goal
row "first paint, bytes" "$tr_bytes" "${nano_bytes:-}" ""
if [ -n "$shown" ]; then
  row "  text shown, UTF-8 bytes" "$shown" "" ""
  row "  ratio" "$(echo "$tr_bytes $shown" | awk '{ printf "%.2f", $1 / $2 }')" "" "<= 1.2"
fi
row "start to first paint, ms (median)" "$tr_ms" "${nano_ms:-}" "<= nano"
row "bytes per CJK character typed" "$tr_cjk" "${nano_cjk:-}" "<= 25"
row "bytes per move to the next field" "$tr_move" "${nano_move:-}" "<= 40 (nano: Down)"
row "peak memory, KiB" "$tr_kib" "${nano_kib:-}" "<= 3584"
if [ -n "$per_key" ]; then
  set -- $per_key
  row "instructions per key, 1 KB summary" "$1" "" ""
  row "instructions per key, 100 KB summary" "$2" "" ""
  row "  ratio 100 KB / 1 KB" "$(echo "$2 $1" | awk '{ printf "%.2f", $1 / $2 }')" "" "< 1.5"
fi
