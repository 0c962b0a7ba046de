/* date.c — unit tests of forms/date.c: ROC and ISO parsing and
 * formatting, leap days, weekdays and month arithmetic. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/date.h"
#include "tests/tap.h"

/* A typed date and the ISO date it means (NULL: rejected). */
struct parse_case {
	const char *input;
	const char *iso;
};

static const struct parse_case roc_cases[] = {
	{"107年7月7日", "2018-07-07"},
	{"民國107年7月7日", "2018-07-07"},
	{"中華民國107年7月7日", "2018-07-07"},
	{"107年07月07日", "2018-07-07"},
	{"107年7月7", "2018-07-07"},
	{"107年7月7號", "2018-07-07"},
	{"107/7/7", "2018-07-07"},
	{"107.7.7", "2018-07-07"},
	{"107-7-7", "2018-07-07"},
	{"107/07/07", "2018-07-07"},
	{"民國107/7/7", "2018-07-07"},
	{"1070707", "2018-07-07"},
	{"0990101", "2010-01-01"},
	{"970707", "2008-07-07"},
	{"990101", "2010-01-01"},
	{"１０７年７月７日", "2018-07-07"},
	{"１０７／７／７", "2018-07-07"},
	{"１０７．７．７", "2018-07-07"},
	{"１０７０７０７", "2018-07-07"},
	{"  107/7/7  ", "2018-07-07"},
	{"\u3000107年7月7日\u3000", "2018-07-07"},
	{"\t107.7.7\n", "2018-07-07"},
	{"2018-07-07", "2018-07-07"},
	{"2018/7/7", "2018-07-07"},
	{"2018年7月7日", "2018-07-07"},
	{"民國元年1月1日", "1912-01-01"},
	{"元年1月1日", "1912-01-01"},
	{"1年1月1日", "1912-01-01"},
	{"民國1年1月1日", "1912-01-01"},
	{"1/1/1", "1912-01-01"},
	{"民前1年1月1日", "1911-01-01"},
	{"民前1年12月31日", "1911-12-31"},
	{"民前12年2月28日", "1900-02-28"},
	{"民前1911年1月1日", "0001-01-01"},
	{"38年12月7日", "1949-12-07"},
	{"9/9/9", "1920-09-09"},
	{"109年2月29日", "2020-02-29"},
	{"1090229", "2020-02-29"},
	{"89年2月29日", "2000-02-29"},
	{"113年12月31日", "2024-12-31"},
	{"107年2月29日", NULL},
	{"民前12年2月29日", NULL},
	{"107年2月30日", NULL},
	{"107年4月31日", NULL},
	{"107年13月1日", NULL},
	{"107年0月1日", NULL},
	{"107年1月0日", NULL},
	{"0年1月1日", NULL},
	{"民國0年1月1日", NULL},
	{"民前0年1月1日", NULL},
	{"民前元年1月1日", NULL},
	{"民前1912年1月1日", NULL},
	{"107/7", NULL},
	{"107/7/7/7", NULL},
	{"107-7/7", NULL},
	{"107//7", NULL},
	{"107年7月", NULL},
	{"107年7月7日 上午", NULL},
	{"107 年 7 月 7 日", NULL},
	{"10707", NULL},
	{"12345678", NULL},
	{"1070230", NULL},
	{"107/123/1", NULL},
	{"", NULL},
	{"   ", NULL},
	{"abc", NULL},
	{"民國", NULL},
	{"-107/7/7", NULL},
	{"107/7/7\xFF", NULL},
};

static const struct parse_case iso_cases[] = {
	{"2018-07-07", "2018-07-07"},
	{" 2018-07-07\n", "2018-07-07"},
	{"0001-01-01", "0001-01-01"},
	{"9999-12-31", "9999-12-31"},
	{"2020-02-29", "2020-02-29"},
	{"2000-02-29", "2000-02-29"},
	{"1900-02-29", NULL},
	{"2018-02-29", NULL},
	{"2018-7-7", NULL},
	{"18-07-07", NULL},
	{"2018/07/07", NULL},
	{"0000-01-01", NULL},
	{"2018-07-07x", NULL},
	{"107年7月7日", NULL},
	{"", NULL},
};

/* An ISO date and its ROC form. */
static const struct {
	const char *iso;
	const char *roc;
} format_cases[] = {
	{"2018-07-07", "107年7月7日"},
	{"2018-12-25", "107年12月25日"},
	{"1912-01-01", "1年1月1日"},
	{"1911-12-31", "民前1年12月31日"},
	{"1900-01-01", "民前12年1月1日"},
	{"2020-02-29", "109年2月29日"},
	{"0001-01-01", "民前1911年1月1日"},
	{"2910-12-31", "999年12月31日"},
	{"2911-01-01", "民國1000年1月1日"},
	{"9999-12-31", "民國8088年12月31日"},
};

/* A date, a number of months, and the date it gives. */
static const struct {
	const char *from;
	int months;
	const char *to;
} month_cases[] = {
	{"2018-07-11", 3, "2018-10-11"},
	{"2018-09-25", 3, "2018-12-25"},
	{"2018-11-30", 3, "2019-02-28"},
	{"2019-11-30", 3, "2020-02-29"},
	{"2018-01-31", 1, "2018-02-28"},
	{"2018-03-31", 1, "2018-04-30"},
	{"2018-12-31", 2, "2019-02-28"},
	{"2018-10-31", 12, "2019-10-31"},
	{"2018-05-15", 0, "2018-05-15"},
	{"2018-03-31", -1, "2018-02-28"},
	{"2018-01-15", -1, "2017-12-15"},
	{"2018-01-15", -25, "2015-12-15"},
	{"2020-02-29", 12, "2021-02-28"},
	{"2020-02-29", 48, "2024-02-29"},
};

/* A date and its weekday. */
static const struct {
	const char *iso;
	int weekday;
	const char *name;
} weekday_cases[] = {
	{"2018-07-07", 6, "六"},
	{"2018-07-08", 0, "日"},
	{"2018-07-09", 1, "一"},
	{"2018-07-11", 3, "三"},
	{"2000-02-29", 2, "二"},
	{"1912-01-01", 1, "一"},
	{"0001-01-01", 1, "一"},
	{"2024-12-31", 2, "二"},
	{"1970-01-01", 4, "四"},
};

/* Return the date of the ISO text S, which must be valid. */
static struct date
iso(const char *s)
{
	struct date d = {0, 0, 0};

	if (date_parse_iso(s, &d) != 0)
		tap_diag("bad test date %s", s);
	return d;
}

/* Check PARSE on the N cases of TABLE, named NAME. */
static void
check_parse(const char *name, int (*parse)(const char *, struct date *),
    const struct parse_case *table, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct date d = {0, 0, 0};
		char buf[DATE_BUFSIZE];
		int ret = parse(table[i].input, &d);

		if (table[i].iso == NULL) {
			tap_is_int(ret, -1, "%s rejects '%s'", name,
			    table[i].input);
			continue;
		}
		tap_is_int(ret, 0, "%s accepts '%s'", name, table[i].input);
		tap_is_str(date_to_iso(d, buf), table[i].iso, "%s '%s'", name,
		    table[i].input);
	}
}

/* Check date_to_roc() and that each ROC form reads back. */
static void
test_format(void)
{
	size_t i;

	for (i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
		char buf[DATE_BUFSIZE], back[DATE_BUFSIZE];
		struct date d = iso(format_cases[i].iso), r = {0, 0, 0};

		tap_is_str(date_to_roc(d, buf), format_cases[i].roc,
		    "ROC form of %s", format_cases[i].iso);
		tap_ok(date_parse_roc(buf, &r) == 0
		    && strcmp(date_to_iso(r, back), format_cases[i].iso) == 0,
		    "%s reads back as %s", buf, format_cases[i].iso);
	}
}

/* Check that every day from 1911 to 2030 goes to ROC and back. */
static void
test_round_trip(void)
{
	struct date d = {1911, 1, 1};
	long days = date_to_days(d), bad = 0, n = 0;

	while (d.year <= 2030) {
		char buf[DATE_BUFSIZE];
		struct date r = {0, 0, 0};

		if (date_parse_roc(date_to_roc(d, buf), &r) != 0
		    || date_compare(r, d) != 0 || date_to_days(d) != days)
			bad++;
		n++;
		days++;
		if (++d.day > date_days_in_month(d.year, d.month)) {
			d.day = 1;
			if (++d.month > 12) {
				d.month = 1;
				d.year++;
			}
		}
	}
	tap_is_int(bad, 0, "%ld days from 1911 to 2030 go to ROC and back, "
	    "one day apart", n);
}

/* Check weekdays, month arithmetic and comparison. */
static void
test_arithmetic(void)
{
	size_t i;
	struct date unset = {0, 0, 0};

	for (i = 0; i < sizeof weekday_cases / sizeof weekday_cases[0];
	    i++) {
		int w = date_weekday(iso(weekday_cases[i].iso));

		tap_is_int(w, weekday_cases[i].weekday, "weekday of %s",
		    weekday_cases[i].iso);
		tap_is_str(date_weekday_name(w), weekday_cases[i].name,
		    "weekday name of %s", weekday_cases[i].iso);
	}
	for (i = 0; i < sizeof month_cases / sizeof month_cases[0]; i++) {
		char buf[DATE_BUFSIZE];
		struct date d = date_add_months(iso(month_cases[i].from),
		    month_cases[i].months);

		tap_is_str(date_to_iso(d, buf), month_cases[i].to,
		    "%s %+d months", month_cases[i].from,
		    month_cases[i].months);
	}
	tap_ok(date_is_unset(date_add_months(iso("9999-12-01"), 1)),
	    "past 9999 gives no date");
	tap_ok(date_is_unset(date_add_months(iso("0001-01-01"), -1)),
	    "before year 1 gives no date");
	tap_ok(date_compare(iso("2018-07-07"), iso("2018-07-11")) < 0
	    && date_compare(iso("2018-08-01"), iso("2018-07-31")) > 0
	    && date_compare(iso("2019-01-01"), iso("2018-12-31")) > 0
	    && date_compare(iso("2018-07-07"), iso("2018-07-07")) == 0,
	    "date_compare orders days");
	tap_ok(date_is_unset(unset) && !date_valid(unset),
	    "the zeroed date is unset and not valid");
	tap_is_int(date_days_in_month(2018, 2), 28, "February 2018");
	tap_is_int(date_days_in_month(2020, 2), 29, "February 2020");
	tap_is_int(date_days_in_month(1900, 2), 28, "February 1900");
	tap_is_int(date_days_in_month(2000, 2), 29, "February 2000");
	tap_is_int(date_days_in_month(2018, 13), 0, "no month 13");
	tap_is_int(date_to_days(iso("2018-12-25")) - date_to_days(
	    iso("2018-09-25")), 91, "days from 107年9月25日 to 12月25日");
}

int
main(void)
{
	check_parse("ROC", date_parse_roc, roc_cases,
	    sizeof roc_cases / sizeof roc_cases[0]);
	check_parse("ISO", date_parse_iso, iso_cases,
	    sizeof iso_cases / sizeof iso_cases[0]);
	test_format();
	test_round_trip();
	test_arithmetic();
	return tap_done();
}
