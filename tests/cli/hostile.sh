#!/bin/sh
# Hostile text: drafts whose values hold escape sequences, C0 and C1
# controls, BEL, DEL, bidi overrides and isolates, zero-width and
# combining characters (tests/data/hostile/*.yaml), and a line of 200 KB
# without a space.  validate shows them escaped; print never lets a raw
# control character out and keeps every line within the width; widths
# count zero-width and combining characters as nothing.
. "$TESTS_SRCDIR/lib.sh"

hostile=$TESTS_SRCDIR/data/hostile
rawcheck=$TESTS_BUILDDIR/rawcheck
textwidth=$TESTS_BUILDDIR/textwidth

# clean WHAT FILE: FILE holds no raw control character.
clean() {
  "$rawcheck" <"$2" >"$TEST_DIR/raw"
  st=$?
  ok $st "$1: no raw control character"
  [ $st -eq 0 ] || sed 's/^/#   /' "$TEST_DIR/raw"
}

# A draft with a line of 200 KB that has no space: CJK, Latin, marks.
long=$TEST_DIR/long.yaml
awk 'BEGIN {
  printf "format: tripreport/1\ntemplate: taichung\nfields:\n"
  printf "  title: \""
  for (i = 0; i < 20000; i++) printf "x"
  printf "\\e]0;pwned\\a\"\n  summary: \""
  for (i = 0; i < 40000; i++) printf "長"
  for (i = 0; i < 60000; i++) printf "a"
  for (i = 0; i < 5000; i++) printf "e\\u0301\\u200b"
  printf "\\e[2J\"\n" }' >"$long"
[ "$(wc -c <"$long")" -gt 200000 ]; ok $? "the long draft has a line over 200 KB"

for draft in "$hostile/controls.yaml" "$hostile/bidi.yaml" "$long"; do
  name=${draft##*/}
  "$TRIPREPORT" validate "$draft" >"$TEST_DIR/v.out" 2>&1
  [ $? -le 1 ]; ok $? "$name: validate reads it"
  clean "validate $name" "$TEST_DIR/v.out"
  "$TRIPREPORT" validate --json "$draft" >"$TEST_DIR/v.out" 2>&1
  clean "validate --json $name" "$TEST_DIR/v.out"
  for cols in 40 80; do
    for opt in --width=$cols --ascii; do
      "$TRIPREPORT" print -w "$cols" $opt "$draft" >"$TEST_DIR/p.out" \
        2>"$TEST_DIR/p.err"
      ok $? "$name: print -w $cols $opt"
      clean "print -w $cols $opt $name" "$TEST_DIR/p.out"
      clean "print -w $cols $opt $name (errors)" "$TEST_DIR/p.err"
      w=$("$textwidth" <"$TEST_DIR/p.out")
      [ "$w" -le "$cols" ]; ok $? "$name: no printed line wider than $cols ($w)"
    done
  done
done

# What the messages show.
run "$TRIPREPORT" validate "$hostile/controls.yaml"
contains "$out" "「^[]0;pwned^G」" "validate shows ESC and BEL as ^[ and ^G"
contains "$out" "^?^H^H^H" "validate shows DEL and BS as ^? and ^H"
run "$TRIPREPORT" validate "$hostile/bidi.yaml"
contains "$out" "04<U+2066>-2228<U+2069>9111" "validate shows isolates as <U+XXXX>"
run "$TRIPREPORT" print -w 200 "$hostile/controls.yaml"
contains "$out" "<U+009D>0;pwned<U+009C>" "print shows C1 controls as <U+XXXX>"
contains "$out" "出國計畫主辦機關：秘書處^G^G^G" "print shows BEL as ^G"
run "$TRIPREPORT" print "$hostile/bidi.yaml"
contains "$out" "出國報告<U+202E>告報國" "print shows a bidi override as <U+202E>"

# A file name that carries a sequence is shown escaped too.
evil=$TEST_DIR/$(printf 'x\033]0;pwned\007.yaml')
cp "$hostile/controls.yaml" "$evil"
"$TRIPREPORT" validate "$evil" >"$TEST_DIR/v.out" 2>&1
clean "validate of a file named with ESC" "$TEST_DIR/v.out"
"$TRIPREPORT" print "$TEST_DIR/nothere$(printf '\033[2J')" \
  >"$TEST_DIR/p.out" 2>&1
clean "print of a missing file named with ESC" "$TEST_DIR/p.out"

# list shows the titles and file names of hostile drafts escaped (its
# fields are separated by tabs).
mkdir -m 700 "$TEST_DIR/drafts"
cp "$hostile/controls.yaml" "$hostile/bidi.yaml" "$TEST_DIR/drafts/"
cp "$hostile/controls.yaml" "$TEST_DIR/drafts/$(printf 'n\033]0;pwned\007.yaml')"
TRIPREPORT_DRAFTS=$TEST_DIR/drafts "$TRIPREPORT" list >"$TEST_DIR/l.out" 2>&1
ok $? "list reads the hostile drafts"
"$rawcheck" -t <"$TEST_DIR/l.out" >"$TEST_DIR/raw"
ok $? "list: no raw control character but tabs"
contains "$(cat "$TEST_DIR/l.out")" "n^[]0;pwned^G.yaml" "list shows a file name escaped"

# A text to import with sequences in it: the notes about lines that could
# not be placed show them escaped, and the draft made prints clean.
printf '%s\n' '臺中市政府公務出國或赴大陸地區報告提要' '' \
  "出國報告提要名稱：標題$(printf '\033[2J\302\233')x" \
  "怪行$(printf '\033]0;pwned\007\033[31m')紅" \
  "出國地區：$(printf '\342\200\256')新加坡" >"$TEST_DIR/in.txt"
"$TRIPREPORT" import "$TEST_DIR/in.txt" -o "$TEST_DIR/in.yaml" \
  >"$TEST_DIR/i.out" 2>&1
[ -s "$TEST_DIR/in.yaml" ]; ok $? "import makes a draft of the hostile text"
clean "import's notes" "$TEST_DIR/i.out"
contains "$(cat "$TEST_DIR/i.out")" "怪行^[]0;pwned^G^[[31m紅" \
  "import's note shows the line escaped"
"$TRIPREPORT" print "$TEST_DIR/in.yaml" >"$TEST_DIR/p.out" 2>&1
clean "print of the imported draft" "$TEST_DIR/p.out"

# Widths: "é" + U+200B take one column, so 60 of them fill two lines of
# 30 columns after the 10 columns of "出國地區：" at 40 (none cut short).
run "$TRIPREPORT" print -w 40 --sheet-only "$hostile/bidi.yaml"
lines=$(printf '%s\n' "$out" | awk '/^出國地區：/ { on = 1 }
  /^報告日期：/ { on = 0 } on')
is "$(printf '%s\n' "$lines" | wc -l)" 2 "60 marked letters take two lines"
is "$(printf '%s\n' "$lines" | "$textwidth")" 40 "each of them 40 columns wide"
done_testing
