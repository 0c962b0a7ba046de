#!/bin/sh
# A multi-line field: Enter is a new line, the cursor moves by characters
# (Left/Right) and by display column (Up/Down keep the column, a CJK
# character being two), long lines wrap by display width without
# splitting a character, and the live count follows every key.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/multiline.yaml

# cursor_is X Y DESCRIPTION: the terminal's cursor is at column X, row Y.
cursor_is() {
  _deadline=$(( $(date +%s) + TUI_TIMEOUT ))
  while :; do
    _at=$(tmux_ display-message -p -t "$TUI_TARGET" '#{cursor_x} #{cursor_y}')
    [ "$_at" = "$1 $2" ] && break
    [ "$(date +%s)" -lt "$_deadline" ] || break
    sleep 0.05
  done
  is "$_at" "$1 $2" "$3"
}

form_start "$draft"
tui_keys Down Down Down Down Down Down Down Down Down Down Down
wait_focus 內容摘要; ok $? "Down reaches the summary"
y=$(row_of "內容摘要")
y1=$((y + 1)) y2=$((y + 2)) y3=$((y + 3))
tui_type "一二三四五"; tui_keys Enter; tui_type "abcdefghij"
tui_wait_for "abcdefghij"
cursor_is 12 "$y2" "after typing, the cursor ends the second line"
tui_keys Up;    cursor_is 12 "$y1" "Up keeps the display column (5 CJK = 10 columns)"
tui_keys Left;  cursor_is 10 "$y1" "Left moves back one character, two columns"
tui_keys Down;  cursor_is 10 "$y2" "Down keeps the column"
tui_keys Right; cursor_is 11 "$y2" "Right moves one character"
tui_keys Up;    cursor_is 10 "$y1" "Up lands before the character under the column"
tui_keys Home;  cursor_is 2 "$y1" "Home goes to the start of the line"
tui_keys End;   cursor_is 12 "$y1" "End goes to its end"
tui_type "〇"
tui_wait_for "內容摘要  16 characters"; ok $? "the live count follows the keys"
tui_keys BSpace
tui_wait_for "內容摘要  15 characters"; ok $? "and Backspace"

# 45 CJK characters wrap at 77 columns: 38 on the first line, 7 below.
tui_keys Down End Enter
long=字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字字
tui_type "$long"
cursor_is 16 "$((y3 + 1))" "a long line wraps: the cursor is on the next row"
screen=$(tui_screen)
row3=$(printf '%s\n' "$screen" | sed -n "$((y3 + 1))p")
row4=$(printf '%s\n' "$screen" | sed -n "$((y3 + 2))p")
is "$(printf '%s' "$row3" | sed 's/^  //' | wc -m)" 38 "the first row holds 38 characters (76 columns)"
is "$(printf '%s' "$row4" | sed 's/^  //' | wc -m)" 7 "the other 7 go to the next row, none split"
tui_keys C-s; tui_wait_for "Saved"
is "$(yaml_block "$draft" summary)" "一二三四五
abcdefghij
$long" "the text is saved as typed"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
