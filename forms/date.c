/* date.c — Gregorian dates, and their ROC (民國) form (see date.h). */
#include <config.h>

#include "forms/date.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"

/* The difference between a Gregorian and an ROC year: 民國元年 is 1912. */
#define ROC_OFFSET 1911

/* Return true when YEAR is a Gregorian leap year. */
static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
date_days_in_month(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && is_leap(year))
		return 29;
	return days[month - 1];
}

bool
date_valid(struct date d)
{
	return d.year >= 1 && d.year <= 9999 && d.month >= 1
	    && d.month <= 12 && d.day >= 1
	    && d.day <= date_days_in_month(d.year, d.month);
}

bool
date_is_unset(struct date d)
{
	return d.year == 0 && d.month == 0 && d.day == 0;
}

/* Return true when C is ASCII white space. */
static bool
is_blank(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Read exactly N ASCII digits at *P into *OUT and move *P past them;
 * return false when there are not N digits. */
static bool
read_fixed(const char **p, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return false;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return true;
}

int
date_parse_iso(const char *s, struct date *out)
{
	struct date d;

	while (is_blank(*s))
		s++;
	if (!read_fixed(&s, 4, &d.year) || *s++ != '-'
	    || !read_fixed(&s, 2, &d.month) || *s++ != '-'
	    || !read_fixed(&s, 2, &d.day))
		return -1;
	while (is_blank(*s))
		s++;
	if (*s != '\0' || !date_valid(d))
		return -1;
	*out = d;
	return 0;
}

/* Return a copy of S for the ROC parser: without the white space around
 * it, with full-width digits and separators (０-９ ／ ． －) made ASCII.
 * Caller frees. */
static char *
normalize(const char *s)
{
	char *trimmed = text_trim(s);
	size_t len = strlen(trimmed), i = 0, o = 0;
	char *out = xmalloc(len + 1);

	while (i < len) {
		uint32_t cp;
		int n = text_decode(trimmed + i, len - i, &cp);

		if (n <= 0) {
			out[o++] = trimmed[i++];
			continue;
		}
		if ((cp >= 0xFF10 && cp <= 0xFF19) || cp == 0xFF0F
		    || cp == 0xFF0E || cp == 0xFF0D)
			out[o++] = (char)(cp - 0xFF00 + 0x20);
		else {
			memcpy(out + o, trimmed + i, (size_t)n);
			o += (size_t)n;
		}
		i += (size_t)n;
	}
	out[o] = '\0';
	free(trimmed);
	return out;
}

/* Read 1 to MAX ASCII digits at *P into *OUT, move *P past them and
 * return how many there were: 0 when none or more than MAX. */
static int
read_digits(const char **p, int max, int *out)
{
	int n = 0, v = 0;

	while ((*p)[n] >= '0' && (*p)[n] <= '9') {
		if (n == max)
			return 0;
		v = v * 10 + ((*p)[n] - '0');
		n++;
	}
	*p += n;
	*out = v;
	return n;
}

/* Return true and move *P past the string WORD when *P starts with it. */
static bool
skip(const char **p, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(*p, word, n) != 0)
		return false;
	*p += n;
	return true;
}

/* How the year of a typed date is to be read. */
enum era {
	ERA_ANY,	/* no prefix: ROC, or Gregorian with 4 digits */
	ERA_ROC,	/* 民國 (or 中華民國) */
	ERA_BEFORE	/* 民前 */
};

/* Read the era prefix at *P, moving past it. */
static enum era
read_era(const char **p)
{
	if (skip(p, "中華民國") || skip(p, "民國"))
		return ERA_ROC;
	if (skip(p, "民前"))
		return ERA_BEFORE;
	return ERA_ANY;
}

/* Return the Gregorian year of YEAR written with DIGITS digits in ERA,
 * or 0 when there is none (年 0, 民前 0). */
static int
gregorian_year(enum era era, int year, int digits)
{
	if (year < 1)
		return 0;
	if (era == ERA_BEFORE)
		return year <= ROC_OFFSET ? ROC_OFFSET + 1 - year : 0;
	if (era == ERA_ANY && digits == 4)
		return year;
	return year + ROC_OFFSET;
}

/* Read the month and day after the year of a 年月日 date at P (past
 * 年) into *D; return false when they are not there or more follows. */
static bool
read_chinese_md(const char *p, struct date *d)
{
	if (read_digits(&p, 2, &d->month) == 0 || !skip(&p, "月")
	    || read_digits(&p, 2, &d->day) == 0)
		return false;
	if (!skip(&p, "日"))
		(void)skip(&p, "號");
	return *p == '\0';
}

/* Read the month and day after a separator SEP at P into *D. */
static bool
read_separated_md(const char *p, char sep, struct date *d)
{
	return read_digits(&p, 2, &d->month) > 0 && *p++ == sep
	    && read_digits(&p, 2, &d->day) > 0 && *p == '\0';
}

/* Split the digits of a compact date (YYYMMDD or YYMMDD) of N digits in
 * V into *D, the year still in the ROC calendar; false for other N. */
static bool
split_compact(long v, int n, struct date *d)
{
	if (n != 6 && n != 7)
		return false;
	d->day = (int)(v % 100);
	d->month = (int)(v / 100 % 100);
	d->year = (int)(v / 10000);
	return true;
}

/* Parse the normalized date text P into *OUT: 0, or -1. */
static int
parse_normalized(const char *p, struct date *out)
{
	enum era era = read_era(&p);
	struct date d = {0, 0, 0};
	const char *start = p;
	int digits;
	bool ok;

	if (era != ERA_BEFORE && skip(&p, "元年")) {
		d.year = 1;
		digits = 1;
		ok = read_chinese_md(p, &d);
	} else if ((digits = read_digits(&p, 7, &d.year)) == 0) {
		return -1;
	} else if (skip(&p, "年")) {
		ok = read_chinese_md(p, &d);
	} else if (*p == '/' || *p == '.' || *p == '-') {
		ok = digits <= 4 && read_separated_md(p + 1, *p, &d);
	} else {
		ok = *p == '\0' && split_compact(strtol(start, NULL, 10),
		    digits, &d);
		digits = digits - 4;
	}
	if (!ok || digits > 4)
		return -1;
	d.year = gregorian_year(era, d.year, digits);
	if (!date_valid(d))
		return -1;
	*out = d;
	return 0;
}

int
date_parse_roc(const char *s, struct date *out)
{
	char *norm = normalize(s);
	int ret = parse_normalized(norm, out);

	free(norm);
	return ret;
}

char *
date_to_iso(struct date d, char *buf)
{
	snprintf(buf, DATE_BUFSIZE, "%04d-%02d-%02d", d.year, d.month, d.day);
	return buf;
}

char *
date_to_roc(struct date d, char *buf)
{
	if (d.year - ROC_OFFSET >= 1000)	/* 4 digits alone are Gregorian */
		snprintf(buf, DATE_BUFSIZE, "民國%d年%d月%d日",
		    d.year - ROC_OFFSET, d.month, d.day);
	else if (d.year > ROC_OFFSET)
		snprintf(buf, DATE_BUFSIZE, "%d年%d月%d日",
		    d.year - ROC_OFFSET, d.month, d.day);
	else
		snprintf(buf, DATE_BUFSIZE, "民前%d年%d月%d日",
		    ROC_OFFSET + 1 - d.year, d.month, d.day);
	return buf;
}

long
date_to_days(struct date d)
{
	long y = d.year - 1;
	long days = 365 * y + y / 4 - y / 100 + y / 400;
	int m;

	for (m = 1; m < d.month; m++)
		days += date_days_in_month(d.year, m);
	return days + d.day - 1;
}

int
date_weekday(struct date d)
{
	/* 0001-01-01 of the proleptic Gregorian calendar is a Monday. */
	return (int)((date_to_days(d) + 1) % 7);
}

const char *
date_weekday_name(int w)
{
	static const char *const names[7] = {"日", "一", "二", "三", "四",
	    "五", "六"};

	return w >= 0 && w < 7 ? names[w] : "?";
}

struct date
date_add_months(struct date d, int months)
{
	long index = (long)d.year * 12 + (d.month - 1) + months;
	struct date r = {0, 0, 0};
	int last;

	if (index < 12 || index >= 10000L * 12)
		return r;	/* outside years 1 to 9999 */
	r.year = (int)(index / 12);
	r.month = (int)(index % 12) + 1;
	last = date_days_in_month(r.year, r.month);
	r.day = d.day > last ? last : d.day;
	return r;
}

int
date_compare(struct date a, struct date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}
