#!/bin/sh
# tripreport templates: the ids and names of the known templates.
. "$TESTS_SRCDIR/lib.sh"

run "$TRIPREPORT" templates
is "$status" 0 "templates exits 0"
is "$out" "national  行政院及所屬各機關出國報告提要
taichung  臺中市政府公務出國或赴大陸地區報告提要" "lists the ids and names"

mkdir "$TEST_DIR/t"
cp "$TOP_SRCDIR/templates/taichung.yaml" "$TEST_DIR/t/"
printf 'format: tripreport-template/1\nid: broken\n' > "$TEST_DIR/t/broken.yaml"
run "$TRIPREPORT" --templates "$TEST_DIR/t" templates
is "$status" 2 "a broken template exits 2"
contains "$out" "taichung  臺中市政府" "the good ones are still listed"
contains "$err" "broken.yaml:1:1: name: the key 'name' is missing" "the broken one is named with its place"

run env TRIPREPORT_TEMPLATES="$TEST_DIR/t" "$TRIPREPORT" templates
contains "$out" "taichung" "TRIPREPORT_TEMPLATES chooses the folder"
run "$TRIPREPORT" --templates "$TEST_DIR/none" templates
is "$status" 2 "a missing folder exits 2"
contains "$err" "$TEST_DIR/none" "naming it"
run "$TRIPREPORT" --templates
is "$status" 2 "--templates without a folder is a usage error"

run "$TRIPREPORT" templates extra
is "$status" 2 "an argument is a usage error"
run "$TRIPREPORT" templates --help
is "$status" 0 "templates --help exits 0"

done_testing
