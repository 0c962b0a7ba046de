#!/bin/sh
# Ctrl-E (and F4) edits the current multi-line field in $VISUAL, else
# $EDITOR, through a private temporary file that is removed afterwards;
# the text comes back into the field (the editor's final newline
# dropped), an editor command with arguments is split into words, text
# that is not UTF-8 is refused, and a one-line field says it cannot.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/form-lib.sh"

draft=$TEST_DIR/trip.yaml
cp "$TESTS_SRCDIR/data/taichung-2018.yaml" "$draft"
chmod 600 "$draft"
yaml_block "$draft" summary >"$TEST_DIR/summary.txt"
log=$TEST_DIR/editor.log

# The editor: appends a line (its arguments before the file name, when
# any, go into it), and notes the file's name and mode.
cat >"$TEST_DIR/append-line" <<'SH'
#!/bin/sh
for file; do :; done
words=
while [ $# -gt 1 ]; do words="$words[$1]"; shift; done
printf '%s %s\n' "$file" "$(stat -c %a "$file")" >>"$EDITOR_LOG"
printf '外部編輯器加的一行%s\n' "$words" >>"$file"
SH
printf '#!/bin/sh\nfor f; do :; done\nprintf "\\377bad\\n" >>"$f"\n' >"$TEST_DIR/bad-bytes"
chmod +x "$TEST_DIR/append-line" "$TEST_DIR/bad-bytes"
EDITOR_LOG=$log
export EDITOR_LOG

go_to_summary() {
  tui_keys Down Down Down Down Down Down Down Down Down Down Down Down
  wait_focus 內容摘要
}

EDITOR=$TEST_DIR/append-line
export EDITOR
form_start "$draft"
tui_keys F4
tui_wait_for "Only a multi-line field can be edited in the editor."
ok $? "F4 on a one-line field says it cannot"
test ! -e "$log"; ok $? "no editor was run"
# In a one-line field Ctrl-E is End of line, as in the line editor.
tui_keys Down; wait_focus 出國報告提要名稱
tui_keys Home; tui_type "甲"; tui_keys C-e; tui_type "乙"
test ! -e "$log"; ok $? "Ctrl-E in a one-line field runs no editor"
tui_keys C-s; tui_wait_for "Saved"
title=$(yaml_field "$draft" title)
case $title in *"甲"*"乙") ok 0 "Ctrl-E in a one-line field moved to its end" ;;
  *) ok 1 "Ctrl-E in a one-line field moved to its end"; diag "$title" ;; esac
tui_keys Up; wait_focus 類別
go_to_summary; ok $? "the cursor reaches the summary"
tui_keys C-e
tui_wait_for "Modified"; ok $? "the field changed through the editor"
tui_keys C-s; tui_wait_for "Saved"
{ cat "$TEST_DIR/summary.txt"; printf '外部編輯器加的一行\n'; } >"$TEST_DIR/want.txt"
yaml_block "$draft" summary >"$TEST_DIR/got.txt"
cmp -s "$TEST_DIR/got.txt" "$TEST_DIR/want.txt"
ok $? "the summary holds the appended line"
yaml_field "$draft" summary | head -n 1 | grep -q '^  summary: |$'
ok $? "one final newline, as before the edit (none added)"
set -- $(cat "$log")
is "$2" 600 "the temporary file was private (0600)"
test ! -e "$1"; ok $? "the temporary file is removed"
tui_wait_for "^G Help"; ok $? "the screen is drawn again"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"

# VISUAL comes first, and a command with arguments is split into words.
VISUAL="$TEST_DIR/append-line --tag 標記"
export VISUAL
EDITOR=$TEST_DIR/bad-bytes
form_restart "$draft"
go_to_summary
tui_keys F4
tui_wait_for "Modified"; ok $? "F4 edits the field in \$VISUAL"
tui_keys C-s; tui_wait_for "Saved"
yaml_block "$draft" summary | tail -n 1 | grep -q '外部編輯器加的一行\[--tag\]\[標記\]$'
ok $? "the arguments reached the editor one by one"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"

# An empty field: the newline the editor ends its file with is dropped.
new=$TEST_DIR/new.yaml
unset VISUAL
EDITOR=$TEST_DIR/append-line
form_restart "$new"
tui_keys Down Down Down Down Down Down Down Down Down Down Down
wait_focus 內容摘要
tui_keys C-e
tui_wait_for "Modified"
tui_keys C-s; tui_wait_for "Saved"
is "$(yaml_field "$new" summary)" "  summary: 外部編輯器加的一行" \
  "the editor's final newline is dropped"
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
EDITOR=$TEST_DIR/bad-bytes

# Bytes that are not UTF-8 are refused and the field stays.
cp "$draft" "$TEST_DIR/before.yaml"
form_restart "$draft"
go_to_summary
tui_keys C-e
tui_wait_for "not valid UTF-8"; ok $? "text that is not UTF-8 is refused"
case $(tui_screen | head -1) in *Modified*) ok 1 "the field is unchanged" ;;
  *) ok 0 "the field is unchanged" ;; esac
tui_keys C-x
is "$(tui_wait_exit)" 0 "the form ends"
cmp -s "$draft" "$TEST_DIR/before.yaml"; ok $? "the draft file is unchanged"
done_testing
