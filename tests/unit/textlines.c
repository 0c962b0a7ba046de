/* textlines.c — the wrapped lines of the form's multi-line fields, kept
 * up to date edit by edit, must always be the lines a whole rewrap gives.
 * Table-driven cases first, then a long run of pseudo-random edits of
 * CJK, punctuation the line-breaking rules care about, Latin words and
 * newlines, at several widths. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "tests/tap.h"
#include "tui/textlines.h"

/* The text being edited. */
static char *text;
static size_t text_len;

/* Replace OLD_N bytes at POS by S in the text. */
static void
edit(size_t pos, size_t old_n, const char *s)
{
	size_t new_n = strlen(s);
	char *t = xmalloc(text_len - old_n + new_n + 1);

	memcpy(t, text, pos);
	memcpy(t + pos, s, new_n);
	memcpy(t + pos + new_n, text + pos + old_n, text_len - pos - old_n + 1);
	free(text);
	text = t;
	text_len = text_len - old_n + new_n;
}

/* Return true when TL holds the lines a whole rewrap of the text gives. */
static int
same_as_whole(const struct textlines *tl)
{
	struct textlines whole;
	int same;

	memset(&whole, 0, sizeof whole);
	textlines_wrap(&whole, text, text_len, tl->cols, SIZE_MAX);
	same = whole.n == tl->n && memcmp(whole.lines, tl->lines,
	    tl->n * sizeof *tl->lines) == 0;
	textlines_clear(&whole);
	return same;
}

/* Apply one edit to both the text and TL: insert S at POS, or delete
 * DEL bytes there. */
static void
apply(struct textlines *tl, size_t pos, size_t del, const char *s)
{
	edit(pos, del, s);
	textlines_change(tl, text, text_len, pos, del, strlen(s));
}

static const struct {
	const char *title;
	const char *start;	/* the text before the edit */
	size_t pos, del;	/* the edit */
	const char *insert;
	size_t cols;
	size_t lines;		/* lines after it */
} cases[] = {
	{ "an empty text is one line", "", 0, 0, "", 10, 1 },
	{ "typing at the end", "本府應新加坡", 18, 0, "國家", 8, 2 },
	{ "a newline splits", "本府應新加坡", 9, 0, "\n", 20, 2 },
	{ "a final newline gives an empty line", "本府", 6, 0, "\n", 20, 2 },
	{ "deleting a newline joins", "本府\n應新", 6, 1, "", 20, 1 },
	{ "a word grows past the edge", "a Lawrence", 10, 0, "Wong", 10, 2 },
	{ "closing punctuation joins its line", "本府應新加", 15, 0, "。", 10, 2 },
	{ "inserting at the start shifts all", "本府應新加坡國家發展", 0, 0, "臺",
	    8, 3 },
};

int
main(void)
{
	static const char *const pieces[] = { "本", "府", "應", "，", "。",
	    "」", "「", "a", "word ", "Lawrence ", "\n", " ", "(", ")", "2018",
	    "、" };
	struct textlines tl;
	size_t i, cols;
	int bad = 0;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&tl, 0, sizeof tl);
		free(text);
		text = xstrdup(cases[i].start);
		text_len = strlen(text);
		textlines_wrap(&tl, text, text_len, cases[i].cols, SIZE_MAX);
		apply(&tl, cases[i].pos, cases[i].del, cases[i].insert);
		tap_ok(same_as_whole(&tl), "%s: as a whole rewrap",
		    cases[i].title);
		tap_is_int((long long) tl.n, (long long) cases[i].lines,
		    "%s: lines", cases[i].title);
		textlines_clear(&tl);
	}

	srand(5);
	for (cols = 6; cols <= 48 && !bad; cols += 6) {
		int step;

		memset(&tl, 0, sizeof tl);
		free(text);
		text = xstrdup("");
		text_len = 0;
		textlines_wrap(&tl, text, 0, cols, SIZE_MAX);
		for (step = 0; step < 4000 && !bad; step++) {
			size_t pos = text_len ? (size_t) rand() % (text_len + 1)
			    : 0, del = 0;

			while (pos < text_len && (text[pos] & 0xc0) == 0x80)
				pos++;	/* on a character's first byte */
			if (rand() % 10 < 6) {
				apply(&tl, pos, 0, pieces[rand() % 16]);
			} else {
				int k = rand() % 5;

				while (k-- > 0 && pos + del < text_len) {
					del++;
					while (pos + del < text_len
					    && (text[pos + del] & 0xc0) == 0x80)
						del++;
				}
				apply(&tl, pos, del, "");
			}
			if (!same_as_whole(&tl)) {
				bad = 1;
				tap_diag("at %zu columns, edit %d at byte %zu",
				    cols, step, pos);
			}
		}
		textlines_clear(&tl);
	}
	/* Wrapped a part at a time, the lines are the same. */
	memset(&tl, 0, sizeof tl);
	textlines_wrap(&tl, text, text_len, 12, 3);
	tap_is_int((long long) tl.n, 3, "a partial wrap makes the lines asked");
	tap_ok(!textlines_complete(&tl), "and knows it is not complete");
	textlines_more(&tl, text, text_len, 10);
	textlines_more(&tl, text, text_len, SIZE_MAX);
	tap_ok(textlines_complete(&tl) && same_as_whole(&tl),
	    "wrapped on in steps, the lines are a whole wrap's");
	textlines_clear(&tl);
	tap_ok(!bad, "32,000 random edits at 6 to 48 columns: always as a "
	    "whole rewrap");
	free(text);
	return tap_done();
}
