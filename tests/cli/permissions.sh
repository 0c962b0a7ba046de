#!/bin/sh
# Permissions: drafts are private (0600) when new, imported or saved,
# whatever the umask; a save writes its temporary file beside the draft
# and nowhere else (through a symbolic link, beside the draft it points
# to); new never creates a file through a link; and no source file runs
# a shell (programs are started with exec only).
. "$TESTS_SRCDIR/lib.sh"

saver=$TESTS_BUILDDIR/crash_saver
data=$TESTS_SRCDIR/data
mode() { stat -c %a "$1"; }

for mask in 022 000; do
  umask $mask
  d=$TEST_DIR/u$mask
  mkdir -p "$d"
  "$TRIPREPORT" new "$d/new.yaml" >/dev/null 2>&1
  is "$(mode "$d/new.yaml")" 600 "umask $mask: new makes a 0600 draft"
  "$TRIPREPORT" import "$data/taichung-2018-80.txt" -o "$d/imported.yaml" \
    >/dev/null 2>&1
  is "$(mode "$d/imported.yaml")" 600 "umask $mask: import makes a 0600 draft"
  "$TRIPREPORT" import --force "$data/taichung-2018-80.txt" \
    -o "$d/imported.yaml" >/dev/null 2>&1
  is "$(mode "$d/imported.yaml")" 600 "umask $mask: import --force keeps 0600"
  "$saver" save-b "$data/taichung-2018.yaml" "$d/saved.yaml"
  is "$(mode "$d/saved.yaml")" 600 "umask $mask: a first save makes 0600"
  "$saver" save-b "$data/taichung-2018.yaml" "$d/saved.yaml"
  is "$(mode "$d/saved.yaml")" 600 "umask $mask: a second save keeps 0600"
  is "$(ls -A "$d" | tr '\n' ' ')" "imported.yaml new.yaml saved.yaml " \
    "umask $mask: no temporary file is left"
done
umask 022

# A save, run from another folder, writes only in the draft's folder.
mkdir -p "$TEST_DIR/here" "$TEST_DIR/drafts" "$TEST_DIR/outside"
(cd "$TEST_DIR/here" &&
  "$saver" save-b "$data/taichung-2018.yaml" ../drafts/d.yaml)
is "$(ls -A "$TEST_DIR/here")" "" "nothing is written in the working folder"
is "$(ls -A "$TEST_DIR/drafts")" "d.yaml" "the draft's folder holds the draft alone"

# A symbolic link in the drafts folder to a draft elsewhere: the save
# replaces the draft it points to and keeps the link; the temporary file
# is made beside that draft, and nothing is left in either folder.
cp "$data/taichung-2018.yaml" "$TEST_DIR/outside/target.yaml"
chmod 600 "$TEST_DIR/outside/target.yaml"
ln -s ../outside/target.yaml "$TEST_DIR/drafts/link.yaml"
"$saver" save-b "$data/taichung-2018.yaml" "$TEST_DIR/drafts/link.yaml"
[ -L "$TEST_DIR/drafts/link.yaml" ]; ok $? "a save through a link keeps the link"
"$saver" emit "$data/taichung-2018.yaml" "$TEST_DIR/a.yaml" "$TEST_DIR/b.yaml"
cmp -s "$TEST_DIR/outside/target.yaml" "$TEST_DIR/b.yaml"
ok $? "and replaces the draft it points to"
is "$(mode "$TEST_DIR/outside/target.yaml")" 600 "which stays 0600"
is "$(ls -A "$TEST_DIR/outside")" "target.yaml" "no temporary file is left beside it"
is "$(ls -A "$TEST_DIR/drafts" | tr '\n' ' ')" "d.yaml link.yaml " \
  "nor in the link's folder"

# new never follows a link, even a dangling one, to create a file.
ln -s ../outside/made.yaml "$TEST_DIR/drafts/dangling.yaml"
run "$TRIPREPORT" new "$TEST_DIR/drafts/dangling.yaml"
is "$status" 2 "new refuses a name that is a dangling link"
[ ! -e "$TEST_DIR/outside/made.yaml" ]; ok $? "and creates nothing elsewhere"

# No shell: the C sources start programs with exec only.
shells=$(cd "$TOP_SRCDIR" && grep -n -E '\b(system|popen)[[:space:]]*\(|"/bin/sh"|"sh -c|execl[[:space:]]*\([^,]*"sh"' \
  cli/*.c storage/*.c forms/*.c tui/*.c lib/*.c 2>/dev/null)
is "$shells" "" "no system(), popen() or sh -c in the sources"
done_testing
