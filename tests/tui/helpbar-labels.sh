#!/bin/sh
# The help bars' labels fit their column in both languages: at most 8
# display columns (a 15-column slot at 60 columns, less the key), as the
# TRANSLATORS comment in tui/helpbar.c says: the form's bar, the drafts
# browser's, the profile form's and the template list's.
. "$TESTS_SRCDIR/lib.sh"

po=$TOP_SRCDIR/po/zh_TW.po
labels=$(for f in helpbar.c browser_draw.c profile_edit.c pick.c; do
  sed -n '/^static const struct bar_item [a-z_]*\[/,/^};/p' "$TOP_SRCDIR/tui/$f"
done | sed -n 's/.*N_("\([^"]*\)").*/\1/p' | sort -u)
[ -n "$labels" ] || { ok 1 "the help bar's labels are found"; done_testing; }

printf '%s\n' "$labels" | {
  while IFS= read -r label; do
    zh=$(awk -v id="$label" '
      $0 == "msgid \"" id "\"" { getline; sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }
    ' "$po")
    ok "$([ "$(printf '%s' "$label" | wc -L)" -le 8 ] && echo 0 || echo 1)" "'$label' fits 8 columns"
    ok "$([ -n "$zh" ] && [ "$(printf '%s' "$zh" | wc -L)" -le 8 ] && echo 0 || echo 1)" "'$zh' ($label) fits 8 columns"
  done
  done_testing
}
