#!/bin/sh
# Enter the sample's whole summary sheet from the keyboard — CJK text, the
# two-row travellers table, a tick, ROC dates — save, and compare the
# saved draft with tests/data/taichung-2018.yaml field by field.  Counts
# the keys pressed beyond the characters of the values.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

sample=$TESTS_SRCDIR/data/taichung-2018.yaml
draft=$TEST_DIR/draft.yaml
yaml_block "$sample" summary >"$TEST_DIR/summary.txt"
[ -s "$TEST_DIR/summary.txt" ] || skip_all "no summary in $sample"

form_start "$draft"; ok $? "a missing draft opens as a new one"
contains "$(tui_screen)" "(*) 其他" "類別 starts as 其他"

nav Tab
tui_type "臺中市政府出席新加坡「2018世界城市峰會市長論壇」(新南向)"; nav Enter
tui_type "否"; nav Enter
tui_type "秘書處"; nav Enter
tui_type "任珮諤"; nav Enter
tui_type "04-22289111分機11414"; nav Enter
for cell in 林依瑩 臺中市政府 府本部 副市長 任珮諤 臺中市政府秘書處 國際事務科 科員; do
  tui_type "$cell"; nav Tab
done
nav Tab                                 # leave the new, empty row
nav Space Enter                         # 出國類別: tick 其他
tui_type "1070707"; nav Enter
tui_type "107/7/11"; nav Enter
tui_type "新加坡"; nav Enter
tui_type "1070926"; nav Enter
type_lines "$TEST_DIR/summary.txt"
case $(yaml_field "$sample" summary | head -1) in
  *'|-'*) ;;
  *) tui_keys Enter ;;                   # the text ends with a newline
esac
count=$(sed 's/[[:space:]]//g' "$TEST_DIR/summary.txt" | tr -d '\n' | wc -m)
tui_wait_for "內容摘要  $count characters (at least 500)"
ok $? "the status line shows the summary's live count ($count) and rule"
nav C-s
tui_wait_for "Saved"; ok $? "the draft is saved"
diag "keys pressed beyond the characters of the values: $nav_count"
[ "$nav_count" -le 30 ]; ok $? "the sheet takes at most 30 keys beyond its values ($nav_count)"


for id in category title attachments organizer contact phone travellers \
          trip_type period destination report_date summary; do
  is "$(yaml_field "$draft" "$id")" "$(yaml_field "$sample" "$id")" "field $id as in the sample"
done
mode=$(stat -c %a "$draft")
is "$mode" 600 "a new draft is created mode 0600"

nav C-x
is "$(tui_wait_exit)" 0 "it leaves at once after a save"
done_testing
