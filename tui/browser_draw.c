/* browser_draw.c — the drafts browser on screen: the title line, the
 * header, one line a draft fitted to the width, the status line and the
 * help bar (see browser_priv.h). */
#include <config.h>

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "forms/date.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/browser_priv.h"
#include "tui/draw.h"
#include "tui/helpbar.h"
#include "tui/screen.h"

/* Keys of the drafts list, two rows of five. */
#define BAR_SLOTS 5
static const struct bar_item drafts_bar[2 * BAR_SLOTS] = {
	/* TRANSLATORS: the browser's help bar labels: at most 8 columns
	 * each (4 CJK characters), as the form's. */
	{ "Enter", N_("Open"), false },
	{ "^N", N_("New"), false },
	{ "^D", N_("Copy"), false },
	{ "^R", N_("Rename"), false },
	{ "^K", N_("Delete"), false },
	{ "/", N_("Filter"), false },
	{ "^T", N_("Sort"), false },
	{ "^W", N_("Trash"), false },
	{ "^P", N_("Profile"), false },
	{ "^X", N_("Exit"), false },
};

/* Keys of the trash. */
static const struct bar_item trash_bar[2 * BAR_SLOTS] = {
	{ "Enter", N_("Restore"), false },
	{ "", "", false },
	{ "", "", false },
	{ "", "", false },
	{ "", "", false },
	{ "/", N_("Filter"), false },
	{ "^T", N_("Sort"), false },
	{ "^W", N_("Drafts"), false },
	{ "", "", false },
	{ "^X", N_("Back"), false },
};

/* The columns of the list as laid out for the terminal's width. */
struct columns {
	int title;		/* columns of the title */
	int tmpl;		/* of the template (0: left out) */
	int period;
	int status;
	int change;		/* (0: left out) */
};

/* The columns of the last change: 11-26 05:20, or 2025-11-26. */
#define CHANGE_COLUMNS 11

/* The gap between two columns. */
#define GAP 2

/* The least a title is given before other columns are left out. */
#define TITLE_MIN 16

/* Write into BUF (DATE_BUFSIZE bytes) the ROC date D short: 107/7/7, or
 * without the year when SHORT: 7/11.  Return BUF. */
static char *
roc_short(struct date d, bool short_form, char *buf)
{
	if (short_form)
		snprintf(buf, DATE_BUFSIZE, "%d/%d", d.month, d.day);
	else
		snprintf(buf, DATE_BUFSIZE, "%d/%d/%d", d.year - 1911, d.month,
		    d.day);
	return buf;
}

/* Return the period of E in ROC form, 107/7/7-7/11 (the year left out of
 * the end in the same year), or "".  Caller frees. */
static char *
period_text(const struct drafts_entry *e)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	struct drafts_period p;

	if (!drafts_entry_period(e, &p))
		return xstrdup("");
	if (!p.has_to)
		return xasprintf("%s-", roc_short(p.from, false, a));
	if (!p.has_from)
		return xasprintf("-%s", roc_short(p.to, false, b));
	return xasprintf("%s-%s", roc_short(p.from, false, a),
	    roc_short(p.to, p.from.year == p.to.year, b));
}

/* Return the status of E for the list: ready, N problems, or that it
 * cannot be read.  Caller frees. */
static char *
status_text(const struct drafts_entry *e)
{
	size_t n = e->errors + e->warnings;

	if (e->load_error != NULL)
		/* TRANSLATORS: the status of a draft that cannot be read;
		 * at most 12 columns. */
		return xstrdup(_("unreadable"));
	if (n == 0)
		return xstrdup(_("ready"));
	return xasprintf(P_("%zu problem", "%zu problems", n), n);
}

/* Write into BUF (SIZE bytes) the time of E's last change: the month,
 * day and time in the current year, else the date. */
static void
change_text(const struct drafts_entry *e, char *buf, size_t size)
{
	time_t now = time(NULL);
	struct tm tm, today;
	const char *format = "%Y-%m-%d";

	if (localtime_r(&now, &today) != NULL
	    && localtime_r(&e->mtime, &tm) != NULL
	    && tm.tm_year == today.tm_year)
		format = "%m-%d %H:%M";
	if (localtime_r(&e->mtime, &tm) == NULL
	    || strftime(buf, size, format, &tm) == 0)
		snprintf(buf, size, "-");
}

/* Return the display columns of S. */
static int
width_of(const char *s)
{
	return (int) tui_text_width(s, strlen(s));
}

/* Return the wider of A and B. */
static int
wider(int a, int b)
{
	return a > b ? a : b;
}

/* The headers of the columns. */
/* TRANSLATORS: the browser's column headers; keep them short. */
static const char *const header_title = N_("Title");
static const char *const header_tmpl = N_("Template");
static const char *const header_period = N_("Period");
static const char *const header_status = N_("Status");
static const char *const header_change = N_("Changed");

/* Lay the columns of B's shown drafts out in the terminal's width. */
static void
lay_out(const struct browser *b, struct columns *c)
{
	size_t i;

	c->tmpl = width_of(_(header_tmpl));
	c->period = width_of(_(header_period));
	c->status = width_of(_(header_status));
	c->change = wider(width_of(_(header_change)), CHANGE_COLUMNS);
	for (i = 0; i < b->n_shown; i++) {
		const struct drafts_entry *e = &b->list.items[b->shown[i]];
		char *p = period_text(e), *s = status_text(e);

		if (e->template_id != NULL)
			c->tmpl = wider(c->tmpl, width_of(e->template_id));
		c->period = wider(c->period, width_of(p));
		c->status = wider(c->status, width_of(s));
		free(p);
		free(s);
	}
	if (c->tmpl > 12)
		c->tmpl = 12;
	c->title = COLS - 2 - c->tmpl - c->period - c->status - c->change
	    - 4 * GAP;
	if (c->title < TITLE_MIN) {
		c->title += c->change + GAP;
		c->change = 0;
	}
	if (c->title < TITLE_MIN) {
		c->title += c->tmpl + GAP;
		c->tmpl = 0;
	}
}

/* Draw the texts of one line at row Y: title, template, period, status,
 * change, in the columns C, with attributes ATTR. */
static void
draw_cells(int y, const struct columns *c, const char *title,
    const char *tmpl, const char *period, const char *status,
    const char *change, attr_t attr)
{
	int x = 2;

	tui_draw_text(stdscr, y, x, c->title, title, attr);
	x += c->title + GAP;
	if (c->tmpl > 0) {
		tui_draw_text(stdscr, y, x, c->tmpl, tmpl, attr);
		x += c->tmpl + GAP;
	}
	tui_draw_text(stdscr, y, x, c->period, period, attr);
	x += c->period + GAP;
	tui_draw_text(stdscr, y, x, c->status, status, attr);
	x += c->status + GAP;
	if (c->change > 0)
		tui_draw_text(stdscr, y, x, c->change, change, attr);
}

/* Draw the entry E at row Y in the columns C, chosen when SELECTED. */
static void
draw_entry(int y, const struct columns *c, const struct drafts_entry *e,
    bool selected)
{
	attr_t attr = selected ? tui_attr(TUI_PART_SELECTED) : 0;
	const char *title = e->title != NULL && e->title[0] != '\0' ? e->title
	    : e->name;
	char *period = period_text(e), *status = status_text(e), when[64];

	change_text(e, when, sizeof when);
	if (selected) {
		/* The whole line shows the choice, not only its texts. */
		wmove(stdscr, y, 0);
		wattron(stdscr, attr);
		whline(stdscr, ' ', COLS);
		wattroff(stdscr, attr);
		mvwaddch(stdscr, y, 0, '>' | attr);
	}
	if (e->recovery)
		mvwaddch(stdscr, y, 1, '*' | attr | tui_attr(TUI_PART_MARK));
	draw_cells(y, c, title, e->template_id != NULL ? e->template_id : "-",
	    period, status, when, attr);
	free(period);
	free(status);
}

/* Draw the title line: the program, the folder, the order and the filter. */
static void
draw_title(const struct browser *b)
{
	/* TRANSLATORS: on the browser's title line; at most 20 columns. */
	const char *order = b->order == DRAFTS_BY_CHANGE ? _("by last change")
	    : _("by period");
	char *title = b->in_trash
	    ? xasprintf(_("%s  Trash: %s"), PACKAGE, b->trash)
	    : xasprintf(_("%s  Drafts: %s"), PACKAGE, b->dir);
	int ow = width_of(order);

	tui_draw_text(stdscr, 0, 1, COLS - ow - 3, title,
	    tui_attr(TUI_PART_TITLE));
	tui_draw_text(stdscr, 0, COLS - ow - 1, ow, order,
	    tui_attr(TUI_PART_TITLE));
	free(title);
}

/* Draw the list of B in rows 2 and on, scrolled to show the choice. */
static void
draw_list(struct browser *b, const struct columns *c)
{
	size_t rows = (size_t) browser_list_rows(), i;

	if (b->sel < b->top)
		b->top = b->sel;
	if (b->sel >= b->top + rows)
		b->top = b->sel - rows + 1;
	for (i = b->top; i < b->n_shown && i < b->top + rows; i++)
		draw_entry(2 + (int) (i - b->top), c,
		    &b->list.items[b->shown[i]], i == b->sel);
	if (b->n_shown == 0)
		tui_draw_text(stdscr, 2, 2, COLS - 3, b->list.n > 0
		    ? _("No draft matches the filter.")
		    : b->in_trash ? _("The trash is empty.")
		    : _("No drafts yet: ^N makes one."), 0);
}

/* Return the text of the status line when nothing else is said: the
 * chosen draft's file name, why it cannot be read, its recovery file.
 * Caller frees. */
static char *
idle_status(struct browser *b)
{
	const struct drafts_entry *e = browser_selected(b);

	if (e == NULL)
		return xstrdup("");
	if (e->load_error != NULL)
		return xasprintf("%s: %s", e->name, e->load_error);
	if (e->recovery)
		/* TRANSLATORS: the status line on a draft marked '*'. */
		return xasprintf(_("%s: * unsaved changes were kept; open it "
		    "to restore them"), e->name);
	return xstrdup(e->name);
}

/* Draw the status line: the filter being typed, a message, or the
 * chosen draft's file name. */
static void
draw_status(struct browser *b)
{
	int y = LINES - 3, x;
	char *idle;

	if (b->filtering) {
		const char *label = _("Filter:");

		x = 1 + tui_draw_text(stdscr, y, 1, COLS - 2, label,
		    tui_attr(TUI_PART_MESSAGE)) + 1;
		x += lineedit_draw(&b->filter_edit, stdscr, y, x, COLS - x - 1,
		    0);
		wmove(stdscr, y, x);
		return;
	}
	if (b->message != NULL) {
		tui_draw_text(stdscr, y, 1, COLS - 2, b->message,
		    tui_attr(TUI_PART_MESSAGE));
	} else {
		idle = idle_status(b);
		tui_draw_text(stdscr, y, 1, COLS - 2, idle, 0);
		free(idle);
	}
	wmove(stdscr, b->n_shown > 0 ? 2 + (int) (b->sel - b->top) : 2, 0);
}

int
browser_list_rows(void)
{
	return LINES - 5;
}

void
browser_draw(struct browser *b)
{
	struct columns c;

	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	werase(stdscr);
	lay_out(b, &c);
	draw_title(b);
	draw_cells(1, &c, _(header_title), _(header_tmpl), _(header_period),
	    _(header_status), _(header_change), A_BOLD);
	draw_list(b, &c);
	helpbar_draw_items(stdscr, b->in_trash ? trash_bar : drafts_bar,
	    BAR_SLOTS);
	draw_status(b);
}

void
browser_draw_cb(void *b)
{
	browser_draw(b);
}
