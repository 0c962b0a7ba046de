#!/bin/sh
# Ctrl-P (and F5) shows the print preview: the plain-text copy that
# "tripreport print" makes, paged with PgDn, End and Home; S saves it as
# a .txt in UTF-8 or Big5 (a character Big5 lacks is named with its
# field, and replaced only when asked); L sends it to lp (here a fake one
# through TRIPREPORT_PRINT_COMMAND), saying how it went.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/trip.yaml
utf8=$TESTS_SRCDIR/data/taichung-2018-80.txt
big5=$TESTS_SRCDIR/data/taichung-2018-80.big5.txt
cp "$TESTS_SRCDIR/data/taichung-2018.yaml" "$draft"
chmod 600 "$draft"
n=$(wc -l <"$utf8")

# A fake lp: keeps its arguments and what it reads; fails when told to.
cat >"$TEST_DIR/fake-lp" <<'SH'
#!/bin/sh
[ -e "$LP_DIR/lp-fails" ] && exit 3
printf '%s\n' "$@" >"$LP_DIR/lp.args"
cat >"$LP_DIR/lp.data"
SH
chmod +x "$TEST_DIR/fake-lp"
LP_DIR=$TEST_DIR
TRIPREPORT_PRINT_COMMAND=$TEST_DIR/fake-lp
export LP_DIR TRIPREPORT_PRINT_COMMAND

form_start "$draft"
tui_keys C-p
tui_wait_for "Print preview"; ok $? "Ctrl-P opens the print preview"
screen=$(tui_screen)
contains "$screen" "$(head -n 1 "$utf8" | sed 's/^ *//')" "it shows the copy's title"
contains "$screen" "1-21/$n" "it shows the first page of $n lines"
contains "$screen" "S Save as .txt" "the keys are at the foot"
tui_keys PgDn
tui_wait_for "22-42/$n"; ok $? "PgDn shows the next page"
contains "$(tui_screen)" "$(sed -n 22p "$utf8" | cut -c1-20)" "line 22 of the copy is at the top"
tui_keys End
tui_wait_for "$((n - 20))-$n/$n"; ok $? "End shows the last page"
contains "$(tui_screen)" "$(tail -n 1 "$utf8" | cut -c1-30)" "the copy's last line is shown"
tui_keys Home
tui_wait_for "1-21/$n"; ok $? "Home goes back to the start"

# Save in UTF-8, under the default name.
tui_keys s
tui_wait_for "Save the copy as: $TEST_DIR/trip.txt"; ok $? "the default name is the draft's, with .txt"
tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; ok $? "the encoding is asked"
tui_keys u
tui_wait_for "Wrote $TEST_DIR/trip.txt (UTF-8)"; ok $? "the copy is written in UTF-8"
cmp -s "$TEST_DIR/trip.txt" "$utf8"; ok $? "the .txt is the copy that tripreport print makes"

# Save in Big5 under another name.
tui_keys s
tui_wait_for "Save the copy as:"
tui_keys C-u; tui_type "$TEST_DIR/big5.txt"; tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; tui_keys b
tui_wait_for "Wrote $TEST_DIR/big5.txt (BIG5)"; ok $? "the copy is written in Big5"
cmp -s "$TEST_DIR/big5.txt" "$big5"; ok $? "the bytes are Big5's"
iconv -f BIG5 -t UTF-8 "$TEST_DIR/big5.txt" >"$TEST_DIR/back.txt"
cmp -s "$TEST_DIR/back.txt" "$utf8"; ok $? "iconv reads the Big5 copy back as the UTF-8 one"

# An existing file is replaced only when the user agrees.
tui_keys s; tui_wait_for "Save the copy as:"
tui_keys C-u; tui_type "$TEST_DIR/big5.txt"; tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; tui_keys u
tui_wait_for "$TEST_DIR/big5.txt exists.  Replace it?"; ok $? "an existing file is not replaced without asking"
tui_keys n
tui_wait_for "Nothing was written."
cmp -s "$TEST_DIR/big5.txt" "$big5"; ok $? "N keeps the file"

# Cancelled: nothing written.
tui_keys s; tui_wait_for "Save the copy as:"
tui_keys C-u; tui_type "$TEST_DIR/none.txt"; tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; tui_keys c
tui_wait_for "Nothing was written."; ok $? "C cancels"
test ! -e "$TEST_DIR/none.txt"; ok $? "no file is written"

# Send to lp.
tui_keys l
tui_wait_for "The copy was sent to the printer."; ok $? "L sends the copy to lp"
cmp -s "$TEST_DIR/lp.data" "$utf8"; ok $? "lp read the whole copy"
is "$(cat "$TEST_DIR/lp.args")" "-t
trip.yaml" "the job is titled with the draft's name"
touch "$TEST_DIR/lp-fails"
tui_keys l
tui_wait_for "fake-lp' failed (exit status 3)"; ok $? "a failing lp is reported"
rm -f "$TEST_DIR/lp-fails"
tui_keys q
tui_wait_for "^G Help"; ok $? "Q goes back to the form"
tui_keys F5
tui_wait_for "Print preview"; ok $? "F5 opens the preview too"
tui_keys Escape
tui_wait_for "^G Help"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"

# A character Big5 cannot hold: named with its field; replaced when asked.
sed 's/^  organizer: 秘書處$/  organizer: 秘書處😀/' "$draft" >"$TEST_DIR/emoji.yaml"
form_restart "$TEST_DIR/emoji.yaml"
tui_keys C-p; tui_wait_for "Print preview"
tui_keys s; tui_wait_for "Save the copy as:"; tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; tui_keys b
tui_wait_for "出國計畫主辦機關: the character 😀 (U+1F600) cannot be written in BIG5"
ok $? "the character and its field are named"
contains "$(tui_screen)" "R Replace it with a marker" "replacing is offered"
tui_keys c
tui_wait_for "Nothing was written."; ok $? "C writes nothing"
test ! -e "$TEST_DIR/emoji.txt"; ok $? "no file is written"
tui_keys s; tui_wait_for "Save the copy as:"; tui_keys Enter
tui_wait_for "U UTF-8   B Big5"; tui_keys b
tui_wait_for "R Replace it"; tui_keys r
tui_wait_for "Wrote $TEST_DIR/emoji.txt (BIG5)"; ok $? "R writes the copy with a marker"
iconv -f BIG5 -t UTF-8 "$TEST_DIR/emoji.txt" | grep -q '^出國計畫主辦機關：秘書處?$'
ok $? "the marker stands in place of the character"
tui_keys q; tui_wait_for "^G Help"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
