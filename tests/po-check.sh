#!/bin/sh
# Every message that the sources mark for translation has a zh_TW
# translation, none is fuzzy, and the catalogue passes msgfmt -c.
. "$TESTS_SRCDIR/lib.sh"

for tool in "$MSGFMT" "$XGETTEXT" "$MSGMERGE"; do
  [ -n "$tool" ] && [ -x "$tool" ] || skip_all "gettext tools are missing (apt-get install gettext)"
done

po=$TOP_SRCDIR/po/zh_TW.po
run "$MSGFMT" -c -o /dev/null "$po"
is "$status" 0 "msgfmt -c accepts po/zh_TW.po"
[ -n "$err" ] && printf '%s\n' "$err" | sed 's/^/# /'

# A fresh template from the sources, so a message added without a
# translation is caught even before anyone runs update-po.
cd "$TOP_SRCDIR" || exit 99
files=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
run "$XGETTEXT" --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=P_:1,2 \
    --add-comments=TRANSLATORS: -o "$TEST_DIR/fresh.pot" $files
is "$status" 0 "xgettext reads every file in po/POTFILES.in"
run "$MSGMERGE" --quiet -o "$TEST_DIR/merged.po" "$po" "$TEST_DIR/fresh.pot"
is "$status" 0 "msgmerge merges the catalogue with the sources"
run "$MSGFMT" -c --statistics -o /dev/null "$TEST_DIR/merged.po"
diag "zh_TW: $err"
case $err in
  *untranslated*|*fuzzy*) ok 1 "every message has a zh_TW translation"
    "$MSGFMT" -o /dev/null --statistics "$TEST_DIR/merged.po" 2>&1 | sed 's/^/# /'
    grep -B1 -A1 '^msgstr ""$' "$TEST_DIR/merged.po" | sed 's/^/# /' | head -n 40 ;;
  *) ok 0 "every message has a zh_TW translation" ;;
esac

# Every source file with _() or N_() is listed in POTFILES.in.
for f in $(find lib forms storage tui cli -name "*.c" 2>/dev/null | xargs grep -l -E "\b(_|N_|P_)\(\"" 2>/dev/null); do
  case $f in tests/*|bench/*) continue ;; esac
  grep -qx "$f" po/POTFILES.in
  ok $? "po/POTFILES.in lists $f"
done

done_testing
