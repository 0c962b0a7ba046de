/* widget.h — one field of the form on screen, and the operations every
 * kind of field provides.
 *
 * Each field kind has its own file and its own operations table (text,
 * integer and phone in w_text.c; multiline, choice, choices, bool, date,
 * daterange and table each in their w_KIND.c).  The form lays widgets out
 * one under another: an inline widget has its label on its first row and
 * its value to the right; a block widget (multi-line text, table) has its
 * label alone on the first row and its content below.  A widget edits the
 * draft's value in place: the value stays where the draft keeps it.
 */
#ifndef TRIPREPORT_TUI_WIDGET_H
#define TRIPREPORT_TUI_WIDGET_H

#include <curses.h>
#include <stdbool.h>

#include "forms/template.h"
#include "forms/value.h"
#include "tui/input.h"
#include "tui/lineedit.h"

/* Where a widget sits, as the form lays it out. */
struct widget_geom {
	int value_x;		/* first column of an inline value */
	int block_x;		/* first column of a block's content */
	int cols;		/* screen columns */
	int page;		/* rows of the form area (PgUp/PgDn) */
	int want;		/* rows the form needs to know of (INT_MAX:
				   all); a long widget may lay out only
				   those, and report that many */
};

/* The part of a widget that is on the screen now. */
struct widget_view {
	WINDOW *win;
	int top;		/* screen row of the widget's row 0 (may be
				   above the form area) */
	int first, last;	/* screen rows the widget may draw on */
	bool focused;
};

/* What a widget did with a key. */
enum widget_result {
	WIDGET_IGNORED,		/* not its key: the form acts on it */
	WIDGET_USED,		/* handled; the draft did not change */
	WIDGET_CHANGED,		/* handled; the draft changed */
	WIDGET_NEXT,		/* go on to the next field */
	WIDGET_PREV,		/* go back to the previous field */
	WIDGET_ASK		/* ask the question in widget.question, then
				   call answer() */
};

struct widget;

struct widget_ops {
	/* Lay the widget out in G; return the rows it takes (at least 1). */
	int (*measure)(struct widget *w, const struct widget_geom *g);
	/* Draw the value (not the label) into the rows of V. */
	void (*draw)(struct widget *w, const struct widget_view *v);
	/* Act on key K; return what happened. */
	enum widget_result (*handle_key)(struct widget *w,
	    const struct tui_key *k);
	/* The widget gets the cursor: DIR is 1 coming forward, -1 coming
	 * back, 0 on a jump. */
	void (*focus)(struct widget *w, int dir);
	/* The widget loses the cursor. */
	void (*blur)(struct widget *w);
	/* Store the cursor's row (from the widget's row 0) and column. */
	void (*cursor)(struct widget *w, int *row, int *col);
	/* Return the widget's part of the status line (its rule, its
	 * count), translated, or NULL.  Caller frees. */
	char *(*status)(struct widget *w);
	/* Put the cursor on the part named by SUB ("[2].name": row 2,
	 * column name); NULL or "" for the start. */
	void (*jump)(struct widget *w, const char *sub);
	/* The user answered the question asked by WIDGET_ASK. */
	enum widget_result (*answer)(struct widget *w, bool yes);
	/* Free the widget's own state (the value stays in the draft). */
	void (*free)(struct widget *w);
};

struct widget {
	const struct widget_ops *ops;
	const struct template_field *field;	/* not owned */
	struct value *value;	/* the draft's value, not owned */
	bool block;		/* label on a row of its own, content below */
	struct widget_geom geom;	/* as last measured */
	const char *question;	/* for WIDGET_ASK, translated, not owned */
};

/* Return a new widget for field F editing V (a value of the draft), by
 * F's kind.  Caller frees with widget_free(). */
struct widget *widget_new(const struct template_field *f, struct value *v);

/* Free W.  W may be NULL. */
void widget_free(struct widget *w);

/* Return the screen row of widget row R in V, or -1 when not shown. */
int widget_row(const struct widget_view *v, int r);

/* Return the status text for a field with the rules of F (required,
 * length), or NULL when it has none.  Caller frees. */
char *widget_rule_text(const struct template_field *f);

/* Return the length rule of F as "(at least 500)" and the like, or NULL
 * when it has none.  Caller frees. */
char *widget_length_text(const struct template_field *f);

/* Return the rule text of F followed by HINT (translated) for the status
 * line.  Caller frees. */
char *widget_status_with_hint(const struct template_field *f,
    const char *hint);

/* Return what the line editor's result R means for the form: changed,
 * used (the cursor moved) or ignored. */
enum widget_result widget_result_of_edit(enum lineedit_result r);

/* Lay W out in G on one row; return 1 (widget_ops measure of the one-row
 * widgets). */
int widget_measure_one_row(struct widget *w, const struct widget_geom *g);

/* Put the cursor at the start of W whatever SUB names (widget_ops jump of
 * the widgets with one part). */
void widget_jump_start(struct widget *w, const char *sub);

/* Return WIDGET_USED: the answer of a widget that asks nothing
 * (widget_ops). */
enum widget_result widget_answer_none(struct widget *w, bool yes);

/* Constructors, one per kind (in the w_*.c files). */
struct widget *w_text_new(const struct template_field *f, struct value *v);
struct widget *w_multiline_new(const struct template_field *f,
    struct value *v);
struct widget *w_choice_new(const struct template_field *f, struct value *v);
struct widget *w_choices_new(const struct template_field *f,
    struct value *v);
struct widget *w_bool_new(const struct template_field *f, struct value *v);
struct widget *w_date_new(const struct template_field *f, struct value *v);
struct widget *w_daterange_new(const struct template_field *f,
    struct value *v);
struct widget *w_table_new(const struct template_field *f, struct value *v);

#endif
