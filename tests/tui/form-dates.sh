#!/bin/sh
# Dates are typed in ROC form (1070707, 107/7/7, 107年7月7日), shown with
# their weekday, flagged at once when no such day exists, and saved ISO.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/dates.yaml
form_start "$draft"
tui_keys Down Down Down Down Down Down Down Down
wait_focus 出國期間; ok $? "Down reaches the period"
tui_type "1070707"; tui_wait_for "(六)"; ok $? "1070707 is a Saturday"
tui_keys Enter; tui_type "107年7月11日"
tui_wait_for "107年7月11日 (三)"; ok $? "107年7月11日 is a Wednesday"
tui_keys Enter Enter
wait_focus 報告日期; ok $? "Enter goes on from the second date"
tui_type "1070230"
tui_wait_for "! no such date"; ok $? "107年2月30日 is flagged at once"
tui_keys C-u; tui_type "107/9/26"
tui_wait_for "107/9/26 (三)"; ok $? "107/9/26 is a Wednesday"
tui_wait_gone "! no such date"; ok $? "the flag goes when the date is right"
tui_keys Up
wait_focus 出國地區
tui_wait_for "107年9月26日 (三)"; ok $? "a date left is shown in ROC form"
tui_keys C-s; tui_wait_for "Saved"
is "$(yaml_field "$draft" period)" "  period: {from: 2018-07-07, to: 2018-07-11}" "the period is saved ISO"
is "$(yaml_field "$draft" report_date)" "  report_date: 2018-09-26" "the report date is saved ISO"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
