/* print_text.c — values as a printed copy shows them: clean text, ROC
 * dates, numerals, boxes (see print_layout.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/date.h"
#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "storage/print_layout.h"
#include "storage/strbuf.h"

/* Return the LEN bytes at S as one clean line: tabs as spaces, '\r'
 * dropped, other control characters escaped.  Caller frees. */
static char *
clean_line(const char *s, size_t len)
{
	char *raw = xmalloc(len + 1), *clean;
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r')
			continue;
		raw[n++] = s[i] == '\t' ? ' ' : s[i];
	}
	raw[n] = '\0';
	clean = text_sanitize(raw);
	free(raw);
	return clean;
}

/* Make every run of spaces in S one space: where a line of one-line
 * text breaks its spaces are dropped, and a single one can be told
 * back. */
static void
squeeze_spaces(char *s)
{
	char *start = s, *q = s;

	for (; *s != '\0'; s++)
		if (*s != ' ' || q == start || q[-1] != ' ')
			*q++ = *s;
	*q = '\0';
}

char *
layout_clean(const char *s, bool keep_newlines)
{
	struct strbuf b = { NULL, 0, 0 };
	const char *p = s, *nl;
	char *joined, *trimmed;

	for (;;) {
		char *line;

		nl = strchr(p, '\n');
		line = clean_line(p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		if (p != s)
			strbuf_str(&b, keep_newlines ? "\n" : " ");
		strbuf_str(&b, line);
		free(line);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	joined = strbuf_take(&b);
	if (!keep_newlines)
		squeeze_spaces(joined);
	trimmed = text_trim(joined);
	free(joined);
	return trimmed;
}

char *
layout_date(const char *s)
{
	char buf[DATE_BUFSIZE];
	struct date d;

	if (date_parse_iso(s, &d) == 0)
		return xstrdup(date_to_roc(d, buf));
	return layout_clean(s, false);
}

/* Return the text of a daterange value V: from 至 to. */
static char *
range_text(const struct value *v)
{
	const char *from = value_text(value_map_get(v, "from"));
	const char *to = value_text(value_map_get(v, "to"));
	char *a = layout_date(from != NULL ? from : "");
	char *b = layout_date(to != NULL ? to : "");
	char *r;

	if (*a == '\0' && *b == '\0')
		r = xstrdup("");
	else
		r = xasprintf("%s%s%s", a, LAYOUT_RANGE, b);
	free(a);
	free(b);
	return r;
}

/* Return the items of list V joined by 、. */
static char *
list_text(const struct value *v)
{
	struct strbuf b = { NULL, 0, 0 };
	size_t i;

	for (i = 0; v->type == VALUE_LIST && i < v->n_items; i++) {
		const char *item = value_text(&v->items[i]);
		char *clean;

		if (item == NULL)
			continue;
		clean = layout_clean(item, false);
		if (b.len > 0 && *clean != '\0')
			strbuf_str(&b, LAYOUT_LIST_SEP);
		strbuf_str(&b, clean);
		free(clean);
	}
	return strbuf_take(&b);
}

char *
layout_value_text(const struct value *v, const struct template_field *f)
{
	const char *text = value_text(v);

	if (v == NULL)
		return xstrdup("");
	switch (f->kind) {
	case FIELD_DATERANGE:
		return v->type == VALUE_MAP ? range_text(v)
		    : layout_clean(text != NULL ? text : "", false);
	case FIELD_CHOICES:
		return v->type == VALUE_LIST ? list_text(v)
		    : layout_clean(text != NULL ? text : "", false);
	default:
		break;
	}
	if (text == NULL)
		return xstrdup("");
	switch (f->kind) {
	case FIELD_DATE:
		return layout_date(text);
	case FIELD_BOOL:
		if (strcmp(text, "true") == 0)
			return xstrdup(LAYOUT_YES);
		if (strcmp(text, "false") == 0)
			return xstrdup(LAYOUT_NO);
		return layout_clean(text, false);
	case FIELD_MULTILINE:
		return layout_clean(text, true);
	default:
		return layout_clean(text, false);
	}
}

/* Return the numeral I + 1 (1 to 99) written with the ten DIGITS (one to
 * ten, 3-byte UTF-8 characters each).  Caller frees. */
static char *
numeral(size_t i, const char *digits)
{
	size_t n = i + 1, tens = n / 10 % 10, ones = n % 10;
	char buf[32];
	size_t len = 0;

#define DIGIT(k) (memcpy(buf + len, digits + ((k) - 1) * 3, 3), len += 3)
	if (tens > 1)
		DIGIT(tens);
	if (tens > 0)
		DIGIT(10);
	if (ones > 0)
		DIGIT(ones);
#undef DIGIT
	return xstrndup(buf, len);
}

char *
layout_section_numeral(size_t i)
{
	return numeral(i, "壹貳參肆伍陸柒捌玖拾");
}

char *
layout_item_numeral(size_t i)
{
	return numeral(i, "一二三四五六七八九十");
}

const char *
layout_box(bool checked, bool ascii)
{
	if (ascii)
		return checked ? LAYOUT_ASCII_BOX_ON : LAYOUT_ASCII_BOX_OFF;
	return checked ? LAYOUT_BOX_ON : LAYOUT_BOX_OFF;
}

struct wrap_line *
layout_wrap(const char *text, size_t cols, size_t *n)
{
	struct wrap_line *lines = wrap_text(text, cols, n);
	size_t i, k = 0;
	bool soft_before = false;

	for (i = 0; i < *n; i++) {
		struct wrap_line l = lines[i];

		/* Spaces that start a line after a soft break, or make up
		 * all of it, are where the text broke: not printed. */
		while (soft_before && l.len > 0 && text[l.start] == ' ') {
			l.start++;
			l.len--;
			l.width--;
		}
		soft_before = !l.hard_end;
		if (l.len == 0 && lines[i].len > 0 && !l.hard_end)
			continue;
		lines[k++] = l;
	}
	*n = k;
	return lines;
}
