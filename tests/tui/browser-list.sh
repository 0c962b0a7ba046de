#!/bin/sh
# The drafts browser lists the drafts folder: title, template, ROC
# period, status (a broken draft shown as such, with its error on the
# status line), a mark for a recovery file; sorting by change or period,
# the filter, and resizing.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/browser-lib.sh"

add_draft wcs.yaml taichung-2018.yaml 202401010900
add_draft tokyo.yaml national-example.yaml 202301010900
printf 'format: tripreport/1\ntemplate: [\n' >"$DRAFTS/broken.yaml"
touch -t 202201010900 "$DRAFTS/broken.yaml"
printf 'not a draft\n' >"$DRAFTS/notes.txt"

browser_start
screen=$(tui_screen)
contains "$screen" "Title" "the header names the title column"
contains "$screen" "Period" "and the period column"
is "$(list_rows | wc -l | tr -d ' ')" 3 "three drafts are listed, notes.txt is not"
wcs=$(list_rows | grep -F '臺中市政府出席新加坡')
contains "$wcs" "taichung" "the Taichung draft shows its template"
contains "$wcs" "107/7/7-7/11" "and its period in ROC form"
contains "$wcs" "ready" "and its status"
contains "$wcs" "2024-01-01" "and its last change"
contains "$(list_rows | grep -F tokyo)$(list_rows | grep -F '赴日本東京')" "107/10/15-10/19" "the national draft's period too"
contains "$(list_rows | grep -F broken.yaml)" "unreadable" "a broken draft is shown as unreadable"
# Long CJK titles are cut to their column by display width: the columns
# after them line up.
wcs_at=$(printf '%s' "${wcs%%taichung*}" | wc -L)
tokyo=$(list_rows | grep -F '赴日本東京')
tokyo_at=$(printf '%s' "${tokyo%%national*}" | wc -L)
is "$wcs_at" "$tokyo_at" "the template column lines up after cut CJK titles"
header=$(tui_screen | sed -n 2p)
is "$(printf '%s' "${header%%Template*}" | wc -L)" "$wcs_at" "under its header"

# By last change: wcs (2024), tokyo (2023), broken (2022).
is "$(row_number 臺中市政府出席新加坡)" 1 "by change, the last changed is first"
is "$(row_number broken.yaml)" 3 "and the oldest last"
wait_chosen 臺中市政府出席新加坡; ok $? "the first line is chosen"
contains "$(tui_screen | sed -n 22p)" "wcs.yaml" "the status line names the chosen file"

tui_keys Down Down
wait_chosen broken.yaml
tui_wait_for "broken.yaml: 3:1: YAML"; ok $? "the broken draft's error is on the status line"
tui_keys Enter
tui_wait_for "broken.yaml cannot be read"; ok $? "it is not opened"

tui_keys C-t
tui_wait_for "by period"; ok $? "^T sorts by period"
is "$(row_number 赴日本東京)" 1 "the latest trip comes first"
is "$(row_number 臺中市政府出席新加坡)" 2 "then the earlier one"
is "$(row_number broken.yaml)" 3 "a draft without a period comes last"
tui_keys C-t
tui_wait_for "by last change"; ok $? "^T again sorts by change"

tui_keys /
tui_wait_for "Filter:"
tui_type "新加坡"
tui_wait_gone "赴日本東京"; ok $? "typing a filter hides what does not match"
is "$(list_rows | wc -l | tr -d ' ')" 1 "one draft matches 新加坡"
tui_keys Enter Escape
tui_wait_for "赴日本東京"; ok $? "Esc clears the filter"
is "$(list_rows | wc -l | tr -d ' ')" 3 "all three are back"
tui_keys /; tui_type "TOKYO"; tui_keys Enter
tui_wait_gone "broken.yaml"
contains "$(list_rows)" "赴日本東京" "the filter matches file names, without case"
tui_keys Escape
tui_wait_for "broken.yaml"

# A recovery file beside a draft is marked.
tui_stop
TUI_SOCKET=tr$$.2
printf 'x\n' >"$DRAFTS/.wcs.yaml.recover"
browser_start
contains "$(list_rows | grep -F 臺中市政府出席新加坡)" "*" "a draft with a recovery file is marked *"
contains "$(tui_screen | sed -n 22p)" "unsaved changes were kept" "the status line says why"

tui_resize 50 15
tui_wait_for "^T Sort"; ok $? "at 50x15 the browser is drawn again"
wcs=$(list_rows | grep -F '107/7/7'); tokyo=$(list_rows | grep -F '107/10/15')
is "$(printf '%s' "${wcs%%107/7/7*}" | wc -L)" "$(printf '%s' "${tokyo%%107/10/15*}" | wc -L)" "at 50 columns the periods line up"
contains "$(tui_screen)" "107/7/7-7/11" "the period is still shown"
tui_resize 30 8
tui_wait_for "too small"; ok $? "at 30x8 the browser says the terminal is too small"
tui_resize 80 24
tui_wait_for "Changed"; ok $? "back at 80x24 the list is whole again"

tui_keys C-x
is "$(tui_wait_exit)" 0 "^X leaves with status 0"
done_testing
