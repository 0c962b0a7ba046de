/* datepart.c — one date as it is typed (see datepart.h). */
#include <config.h>

#include "tui/datepart.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/date.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"

char *
datepart_shown(const struct value *v)
{
	const char *t = value_text(v);
	char buf[DATE_BUFSIZE];
	struct date d;

	if (t == NULL)
		return xstrdup("");
	if (date_parse_iso(t, &d) == 0)
		return xstrdup(date_to_roc(d, buf));
	return xstrdup(t);
}

void
datepart_begin(struct datepart *d, const struct value *v)
{
	free(d->buf);
	d->buf = datepart_shown(v);
	lineedit_attach(&d->edit, &d->buf);
}

void
datepart_clear(struct datepart *d)
{
	free(d->buf);
	d->buf = NULL;
}

enum lineedit_result
datepart_key(struct datepart *d, const struct tui_key *k, struct value *v)
{
	enum lineedit_result r;
	char iso[DATE_BUFSIZE];
	struct date day;

	if (d->buf == NULL)
		datepart_begin(d, v);
	r = lineedit_key(&d->edit, k, NULL);
	if (r != LINEEDIT_CHANGED)
		return r;
	if (*d->buf != '\0' && date_parse_roc(d->buf, &day) == 0)
		value_set_text(v, date_to_iso(day, iso));
	else
		value_set_text(v, d->buf);
	return r;
}

/* Draw the note after a date: "(六)" for a date, a bold flag for a text
 * that is none; nothing for an empty one.  Return the columns used. */
static int
draw_note(const struct value *v, WINDOW *win, int y, int x, int cols)
{
	const char *t = value_text(v);
	char note[32];
	struct date d;

	if (cols <= 0 || t == NULL || *t == '\0')
		return 0;
	if (date_parse_iso(t, &d) == 0) {
		snprintf(note, sizeof note, "(%s)",
		    date_weekday_name(date_weekday(d)));
		return tui_draw_text(win, y, x, cols, note, 0);
	}
	/* TRANSLATORS: beside a date that does not exist, as soon as it is
	 * typed; keep it short (at most 12 columns). */
	return tui_draw_text(win, y, x, cols, _("! no such date"), A_BOLD);
}

int
datepart_draw(struct datepart *d, const struct value *v, bool editing,
    WINDOW *win, int y, int x, int text_cols, int cols)
{
	int col = 0, used;

	if (editing && d->buf != NULL) {
		col = lineedit_draw(&d->edit, win, y, x, text_cols, 0);
		used = (int) tui_text_width(d->buf, strlen(d->buf));
	} else {
		char *shown = datepart_shown(v);

		used = tui_draw_text(win, y, x, text_cols, shown, 0);
		free(shown);
	}
	if (used > text_cols)
		used = text_cols;
	draw_note(v, win, y, x + used + 1, cols - used - 1);
	return col;
}
