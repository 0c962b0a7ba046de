#!/bin/sh
# Ctrl-V (and F3) lists the problems of the draft; Enter on one goes to
# its field; fields with errors are marked in the form.  A table row is
# added with Ctrl-N and deleted with Ctrl-K after a question.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/check.yaml

form_start "$draft"
tui_keys C-v; tui_wait_for "Problems:"; ok $? "Ctrl-V lists the problems"
screen=$(tui_screen)
contains "$screen" "出國報告提要名稱" "a problem names its field by its label"
# Go down to the problem of 聯絡人 and jump to it.
row=$(row_of "聯絡人:")
i=1
while [ "$i" -lt "${row:-1}" ]; do tui_keys Down; i=$((i + 1)); done
selected() { tmux_ capture-pane -p -e -t "$TUI_TARGET" | grep -F "聯絡人:" | grep -q '\[7m'; }
n=0
until selected || [ $n -ge 100 ]; do sleep 0.05; n=$((n + 1)); done
selected; ok $? "Down moves through the list"
tui_keys Enter; tui_wait_gone "Problems:"; ok $? "Enter leaves the list"
case $(focused_line) in *聯絡人*) ok 0 "Enter went to the problem's field" ;;
  *) ok 1 "Enter went to the problem's field"; diag "$(focused_line)" ;; esac
case $(tui_screen | grep 出國計畫主辦機關) in
  " !"*) ok 0 "a field with an error is marked" ;;
  *) ok 1 "a field with an error is marked" ;;
esac

# The mark goes when the field is fixed and left.
tui_type "任珮諤"; tui_keys Enter
wait_focus 電話
case $(tui_screen | grep 聯絡人) in
  ?"!"*) ok 1 "a fixed field loses its mark" ;;
  *) ok 0 "a fixed field loses its mark" ;;
esac

tui_keys F3; tui_wait_for "Problems:"; ok $? "F3 lists them too"
tui_keys Escape; tui_wait_gone "Problems:"; ok $? "Esc goes back to the form"

# The travellers table: Ctrl-N adds rows, Ctrl-K deletes after asking.
tui_keys Tab; wait_focus 出國人員; ok $? "Tab goes to the table"
tui_type "甲"; tui_keys C-n; tui_type "乙"; tui_keys Insert; tui_type "丙"
tui_wait_for "丙"; ok $? "Ctrl-N and Insert add rows"
tui_keys Up C-k; tui_wait_for "Delete this row?"; ok $? "Ctrl-K asks first"
tui_keys n; tui_wait_gone "Delete this row?"
contains "$(tui_screen)" "乙" "N keeps the row"
tui_keys C-k; tui_wait_for "Delete this row?"; tui_keys y
tui_wait_gone "乙"; ok $? "Y deletes the row"
tui_keys C-s; tui_wait_for "Saved"
travellers=$(yaml_field "$draft" travellers)
contains "$travellers" "name: 甲" "the first row is saved"
contains "$travellers" "name: 丙" "the third row is saved"
case $travellers in *乙*) ok 1 "the deleted row is gone from the file" ;;
  *) ok 0 "the deleted row is gone from the file" ;; esac
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
