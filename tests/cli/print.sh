#!/bin/sh
# tripreport print: golden copies of the filed sample (UTF-8 and Big5, at
# 80 and 60 columns) compared byte for byte, no line wider than the width,
# --ascii, --sheet-only, characters Big5 cannot hold, and --lp.
. "$TESTS_SRCDIR/lib.sh"

data=$TESTS_SRCDIR/data
sample=$data/taichung-2018.yaml
textwidth=$TESTS_BUILDDIR/textwidth

# golden ARGS... -- FILE: the copy printed with ARGS is FILE, byte for byte.
golden() {
  want=$1; shift
  "$TRIPREPORT" print "$@" >"$TEST_DIR/copy" 2>"$TEST_DIR/err"
  st=$?
  if [ "$st" -eq 0 ] && cmp -s "$TEST_DIR/copy" "$data/$want"; then
    ok 0 "print $* is $want"
  else
    ok 1 "print $* is $want (exit $st)"
    diff "$data/$want" "$TEST_DIR/copy" | head -20 | sed 's/^/#   /'
  fi
}

golden taichung-2018-80.txt "$sample"
golden taichung-2018-60.txt -w 60 "$sample"
golden taichung-2018-80.big5.txt -e BIG5 "$sample"
golden taichung-2018-60.big5.txt -e BIG5 -w 60 "$sample"
golden taichung-2018-80.big5.txt -e CP950 "$sample"
golden taichung-2018-60.txt --width=60 "$sample"

# The Big5 copy is the UTF-8 one converted.
iconv -f BIG5 -t UTF-8 "$data/taichung-2018-80.big5.txt" >"$TEST_DIR/back"
cmp -s "$TEST_DIR/back" "$data/taichung-2018-80.txt"
ok $? "the Big5 golden copy is the UTF-8 one in Big5"

# No line is ever wider than the width, whatever the draft.
for draft in "$sample" "$data/print-full.yaml" "$data/print-empty.yaml"; do
  for w in 40 47 60 80 120; do
    run "$TRIPREPORT" print -w "$w" "$draft"
    widest=$(printf '%s\n' "$out" | "$textwidth")
    [ "$status" -eq 0 ] && [ "$widest" -le "$w" ]
    ok $? "$(basename "$draft") at $w: widest line $widest"
  done
done

run "$TRIPREPORT" print --ascii "$sample"
is "$status" 0 "--ascii exits 0"
case $out in
  *■*|*□*|*─*) ok 1 "--ascii has no box or rule symbols" ;;
  *) ok 0 "--ascii has no box or rule symbols" ;;
esac
contains "$out" "含附件：[ ]是 [x]否" "--ascii writes [x] and [ ]"

run "$TRIPREPORT" print --sheet-only "$sample"
is "$status" 0 "--sheet-only exits 0"
contains "$out" "內容摘要：" "--sheet-only has the sheet"
case $out in
  *壹、出國人員名單*) ok 1 "--sheet-only leaves out the body" ;;
  *) ok 0 "--sheet-only leaves out the body" ;;
esac

# A character Big5 cannot hold: exit 2, the field and the character named,
# nothing half-printed; --replace prints with a marker.
sed 's/^  organizer: 秘書處$/  organizer: 秘書處𠮷/' "$sample" >"$TEST_DIR/odd.yaml"
run "$TRIPREPORT" print -e BIG5 "$TEST_DIR/odd.yaml"
is "$status" 2 "an unencodable character exits 2"
is "$out" "" "nothing is printed"
contains "$err" "organizer" "the message names the field"
contains "$err" "出國計畫主辦機關" "the message names the field's label"
contains "$err" "U+20BB7" "the message names the character's code"
contains "$err" "𠮷" "the message shows the character"
run "$TRIPREPORT" print -e BIG5 --replace "$TEST_DIR/odd.yaml"
is "$status" 0 "--replace exits 0"
printf '%s\n' "$out" | iconv -f BIG5 -t UTF-8 >"$TEST_DIR/replaced"
grep -q '出國計畫主辦機關：秘書處?$' "$TEST_DIR/replaced"
ok $? "--replace puts ? in place of the character"

run "$TRIPREPORT" print -e NO-SUCH-CHARSET "$sample"
is "$status" 2 "an unknown encoding exits 2"
contains "$err" "NO-SUCH-CHARSET" "the message names the encoding"
run "$TRIPREPORT" print -w 20 "$sample"
is "$status" 2 "a width below 40 exits 2"
run "$TRIPREPORT" print "$TEST_DIR/missing.yaml"
is "$status" 2 "a missing draft exits 2"

# Control characters in a draft never reach the copy.
printf 'format: tripreport/1\ntemplate: taichung\nfields:\n  title: "a\\e[2Jb\\tc"\n' \
  >"$TEST_DIR/ctl.yaml"
run "$TRIPREPORT" print "$TEST_DIR/ctl.yaml"
is "$status" 0 "a draft with control characters prints"
case $out in
  *"$(printf '\033')"*) ok 1 "no escape byte in the copy" ;;
  *) ok 0 "no escape byte in the copy" ;;
esac
contains "$out" "出國報告提要名稱：a^[[2Jb c" "controls shown escaped"

# --lp: the copy on the spooler's standard input, the printer as -d.
cat >"$TEST_DIR/fake-lp" <<EOS
#!/bin/sh
printf '%s\n' "\$@" >"$TEST_DIR/lp-args"
cat >"$TEST_DIR/lp-stdin"
EOS
chmod +x "$TEST_DIR/fake-lp"
run env TRIPREPORT_PRINT_COMMAND=$TEST_DIR/fake-lp "$TRIPREPORT" print --lp "$sample"
is "$status" 0 "--lp exits 0"
is "$out" "" "--lp writes nothing on standard output"
cmp -s "$TEST_DIR/lp-stdin" "$data/taichung-2018-80.txt"
ok $? "--lp sends the copy on standard input"
is "$(cat "$TEST_DIR/lp-args")" "-t
taichung-2018.yaml" "--lp names the job after the draft"
run env TRIPREPORT_PRINT_COMMAND=$TEST_DIR/fake-lp "$TRIPREPORT" print -e BIG5 \
  --lp office-2F "$sample"
is "$status" 0 "--lp PRINTER exits 0"
is "$(head -2 "$TEST_DIR/lp-args")" "-d
office-2F" "--lp PRINTER passes -d PRINTER"
cmp -s "$TEST_DIR/lp-stdin" "$data/taichung-2018-80.big5.txt"
ok $? "--lp sends the Big5 copy"
run env TRIPREPORT_PRINT_COMMAND=$TEST_DIR/fake-lp "$TRIPREPORT" print \
  --lp='a;touch pwned' "$sample"
[ ! -e pwned ] && [ ! -e "$TEST_DIR/pwned" ]
ok $? "the printer name never reaches a shell"
run env TRIPREPORT_PRINT_COMMAND=$TEST_DIR/no-such-lp "$TRIPREPORT" print --lp \
  "$sample"
is "$status" 2 "a missing spooler exits 2"
contains "$err" "no-such-lp" "the message names the missing program"
mkdir -p "$TEST_DIR/empty-path"
run env PATH="$TEST_DIR/empty-path" "$TRIPREPORT" print --lp "$sample"
is "$status" 2 "no lp on the PATH exits 2"
contains "$err" "'lp'" "the message names lp"
contains "$err" "cups-client" "the message names the package that provides lp"
printf '#!/bin/sh\ncat >/dev/null\nexit 3\n' >"$TEST_DIR/bad-lp"
chmod +x "$TEST_DIR/bad-lp"
run env TRIPREPORT_PRINT_COMMAND=$TEST_DIR/bad-lp "$TRIPREPORT" print --lp \
  "$sample"
is "$status" 2 "a failing spooler exits 2"
contains "$err" "3" "the message gives its exit status"

# The body's headings are numbered as in the filed sample: its 壹、摘要 is
# the sheet's summary, so the body goes on from 貳.
headings() { grep -E '^(壹|貳|參|肆|伍|陸|柒)、' "$1"; }
run "$TRIPREPORT" print "$sample"
printf '%s\n' "$out" >"$TEST_DIR/copy.txt"
is "$(headings "$TEST_DIR/copy.txt")" \
   "$(headings "$TESTS_SRCDIR/data/taichung-2018-wcs.txt")" \
   "the body's headings are the filed sample's, 貳 to 陸"

done_testing
