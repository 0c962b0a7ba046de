#!/bin/sh
# The terminal is resized in the middle of typing: to 60x20 (still
# usable), to 30x10 (too small: the form says so and waits) and back to
# 80x24; nothing typed is lost, in a one-line field or in a multi-line one.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/resize.yaml

form_start "$draft"
tui_keys Tab; tui_type "臺中市政府出席新加坡"
tui_wait_for "臺中市政府出席新加坡"
tui_resize 60 20
tui_wait_for "Tab Next"; ok $? "at 60x20 the form is drawn again"
tui_type "世界城市峰會"
tui_wait_for "臺中市政府出席新加坡世界城市峰會"; ok $? "typing goes on at 60x20"
contains "$(tui_screen)" "^S Save" "the help bar is there at 60x20"

tui_resize 30 10
tui_wait_for "too small"; ok $? "at 30x10 the form says the terminal is too small"
tui_resize 80 24
tui_wait_for "臺中市政府出席新加坡世界城市峰會"; ok $? "back at 80x24 the text is all there"
wait_focus 出國報告提要名稱; ok $? "the cursor is still in the field"
tui_type "市長論壇"

# Down to the summary, then type, resize, type.
tui_keys Down Down Down Down Down Down Down Down Down Down
wait_focus 內容摘要; ok $? "Down reaches the summary"
tui_type "本府應新加坡國家發展部部長黃循財邀請，由林依瑩副市長率團出席"
tui_wait_for "率團出席"
tui_resize 60 20
tui_wait_for "Tab Next"
tui_type "由新加坡政府主辦之世界城市峰會市長論壇"
tui_wait_for "論壇"; ok $? "the summary wraps at 60 columns as it is typed"
tui_resize 30 10
tui_wait_for "too small"
tui_resize 80 24
tui_wait_for "Tab Next"
tui_keys Enter; tui_type "第二段。"
tui_wait_for "第二段。"
tui_keys C-s; tui_wait_for "Saved"; ok $? "saved after the resizes"

is "$(yaml_field "$draft" title)" "  title: 臺中市政府出席新加坡世界城市峰會市長論壇" "the title has every character typed"
is "$(yaml_block "$draft" summary)" "本府應新加坡國家發展部部長黃循財邀請，由林依瑩副市長率團出席由新加坡政府主辦之世界城市峰會市長論壇
第二段。" "the summary has every character typed"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
done_testing
