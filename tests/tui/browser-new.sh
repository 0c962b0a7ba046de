#!/bin/sh
# A new draft from the browser: the template chosen, the file name
# suggested and edited, the profile's details filled in, the form opened
# and the browser back afterwards; then the profile edited in its form.
. "$TESTS_SRCDIR/lib.sh"
. "$TESTS_SRCDIR/tui/lib.sh"
. "$TESTS_SRCDIR/tui/browser-lib.sh"

cat >"$PROFILE" <<'YAML'
name: 任珮諤
agency: 臺中市政府秘書處
unit: 國際事務科
title: 科員
phone: 04-22289111分機11414
template: taichung
YAML

rmdir "$DRAFTS"
browser_start
tui_wait_for "No drafts yet"; ok $? "an empty folder says how to start"
is "$(stat -c %a "$DRAFTS")" 700 "the missing drafts folder was made mode 0700"
tui_keys C-n
tui_wait_for "Template of the new draft"; ok $? "^N asks for the template"
screen=$(tui_screen)
contains "$screen" "national" "the national template is offered"
contains "$(printf '%s\n' "$screen" | grep '^>')" "taichung" "the profile's template is chosen first"
tui_keys Enter
tui_wait_for "File name of the new draft: $(date +%Y-%m-%d)"
ok $? "the file name is suggested from today's date"
case $(tui_screen) in *"draft: $(date +%Y-%m-%d).yaml"*) r=1 ;; *) r=0 ;; esac
ok "$r" "without its .yaml, which comes back by itself"
tui_keys C-u; tui_type "新加坡峰會"; tui_keys Enter
tui_wait_for "^S Save"; ok $? "the new draft opens in the form"
draft=$DRAFTS/新加坡峰會.yaml
ok "$([ -f "$draft" ] && echo 0 || echo 1)" "the draft was created with .yaml added"
is "$(stat -c %a "$draft")" 600 "readable by its owner alone"
is "$(sed -n 2p "$draft")" "template: taichung" "of the chosen template"
is "$(yaml_field "$draft" contact)" "  contact: 任珮諤" "the contact comes from the profile"
is "$(yaml_field "$draft" phone)" "  phone: 04-22289111分機11414" "so does the phone"
is "$(yaml_field "$draft" travellers)" "  travellers:
    - {name: 任珮諤, agency: 臺中市政府秘書處, unit: 國際事務科, title: 科員}" \
  "and the first traveller row"
contains "$(tui_screen)" "任珮諤" "the form shows the profile's name"

tui_keys Tab; tui_type "出席新加坡世界城市峰會"; tui_keys C-s
tui_wait_for "Saved"
tui_keys C-x
tui_wait_for "^P Profile"; ok $? "leaving the form comes back to the browser"
tui_wait_for "出席新加坡世界城市峰會"; ok $? "the list was read again: the new title shows"
contains "$(chosen_row)" "taichung" "the new draft is chosen"

tui_keys Enter
tui_wait_for "^S Save"; ok $? "Enter opens it again"
contains "$(tui_screen | sed -n 1p)" "新加坡峰會.yaml" "the form names the file"
tui_keys C-x
tui_wait_for "^P Profile"; ok $? "and ^X comes back"

# A second new draft of the other template, cancelled at the name.
tui_keys C-n
tui_wait_for "Template of the new draft"
tui_keys Escape
tui_wait_for "^P Profile"; ok $? "Esc at the template cancels"
is "$(ls "$DRAFTS" | wc -l | tr -d ' ')" 1 "and makes nothing"

# The profile in its own form.
tui_keys C-p
tui_wait_for "New drafts start with these details"; ok $? "^P opens the profile"
contains "$(tui_screen)" "臺中市政府秘書處" "with the saved agency"
tui_keys Tab Tab Tab Tab C-u; tui_type "04-2228-9111"
tui_keys Tab Space
tui_wait_for "< (none) >"; ok $? "Space chooses another template"
tui_keys Space
tui_wait_for "< national >"
tui_keys C-s
tui_wait_for "Saved"; ok $? "^S saves the profile"
contains "$(cat "$PROFILE")" "phone: 04-2228-9111" "the new phone is in profile.yaml"
contains "$(cat "$PROFILE")" "template: national" "and the new template"
contains "$(cat "$PROFILE")" "name: 任珮諤" "the rest is kept"
tui_keys C-x
tui_wait_for "The profile was saved."; ok $? "^X goes back to the list"

tui_keys C-n
tui_wait_for "Template of the new draft"
contains "$(tui_screen | grep '^>')" "national" "the new default template is chosen first"
tui_keys Escape
tui_wait_for "^P Profile"
tui_keys q
is "$(tui_wait_exit)" 0 "q leaves the browser"
done_testing
