# tui/: the ncursesw form.  Uses storage/, forms/ and lib/.
noinst_LIBRARIES += tui/libtui.a
tui_libtui_a_SOURCES = \
	tui/app.c tui/app.h \
	tui/browser.c tui/browser.h tui/browser_priv.h \
	tui/browser_act.c \
	tui/browser_draw.c \
	tui/datepart.c tui/datepart.h \
	tui/draw.c tui/draw.h \
	tui/flow.c tui/flow.h \
	tui/extedit.c tui/extedit.h \
	tui/form.c tui/form.h \
	tui/guard.c tui/guard.h \
	tui/helpbar.c tui/helpbar.h \
	tui/input.c tui/input.h \
	tui/lineedit.c tui/lineedit.h \
	tui/opening.c tui/opening.h \
	tui/pager.c tui/pager.h \
	tui/pick.c tui/pick.h \
	tui/preview.c tui/preview.h \
	tui/problems.c tui/problems.h \
	tui/profile_edit.c tui/profile_edit.h \
	tui/prompt.c tui/prompt.h \
	tui/screen.c tui/screen.h \
	tui/signals.c tui/signals.h \
	tui/textlines.c tui/textlines.h \
	tui/widget.c tui/widget.h \
	tui/w_bool.c \
	tui/w_choice.c \
	tui/w_choices.c \
	tui/w_date.c \
	tui/w_daterange.c \
	tui/w_multiline.c \
	tui/w_table.c \
	tui/w_text.c
