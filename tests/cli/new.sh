#!/bin/sh
# tripreport new: an empty draft, mode 0600, never over an existing file.
. "$TESTS_SRCDIR/lib.sh"

cd "$TEST_DIR" || exit 99
umask 022

run "$TRIPREPORT" new draft.yaml
is "$status" 0 "new creates a draft"
is "$err" "" "quietly"
is "$(stat -c %a draft.yaml)" "600" "readable by its owner alone"
is "$(head -n 2 draft.yaml)" "format: tripreport/1
template: taichung" "of the taichung template by default"
contains "$(cat draft.yaml)" "  category: 其他" "with the template's default"
run "$TRIPREPORT" validate draft.yaml
is "$status" 1 "an empty draft does not validate"
contains "$out" "draft.yaml:5:10: title: error:" "and says where"

sum=$(cksum < draft.yaml)
run "$TRIPREPORT" new -t national draft.yaml
is "$status" 2 "new refuses an existing file"
contains "$err" "draft.yaml exists already" "and says so"
is "$(cksum < draft.yaml)" "$sum" "the file is untouched"

run "$TRIPREPORT" new --template=national national.yaml
is "$status" 0 "--template names the template"
is "$(sed -n 2p national.yaml)" "template: national" "national"
contains "$(cat national.yaml)" "  system_id: ''" "with its fields"

run "$TRIPREPORT" new -t kaohsiung k.yaml
is "$status" 2 "an unknown template exits 2"
contains "$err" "the known templates are: national, taichung" "listing the known ones"
[ -e k.yaml ]; ok $((1 - $?)) "nothing is written"

run "$TRIPREPORT" new no-such-folder/x.yaml
is "$status" 2 "a missing folder exits 2"
contains "$err" "no-such-folder/x.yaml" "naming the file"

run "$TRIPREPORT" new
is "$status" 2 "no file is a usage error"
run "$TRIPREPORT" new a.yaml b.yaml
is "$status" 2 "two files are a usage error"
run "$TRIPREPORT" new -t
is "$status" 2 "-t without a template is a usage error"
run "$TRIPREPORT" new --help
is "$status" 0 "new --help exits 0"
contains "$out" "--template" "and lists --template"

done_testing
