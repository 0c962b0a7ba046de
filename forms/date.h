/* date.h — calendar dates, and the ROC (民國) form in which they are shown.
 *
 * Dates are stored ISO 8601 (2018-07-07) and shown and typed in the ROC
 * calendar: 民國元年 is 1912, so ROC year = Gregorian year - 1911; years
 * before 1912 are 民前 N年 (1911 is 民前1年).  Only the proleptic Gregorian
 * calendar is used.
 */
#ifndef TRIPREPORT_FORMS_DATE_H
#define TRIPREPORT_FORMS_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* A day of the Gregorian calendar.  A zeroed struct is "no date". */
struct date {
	int year;	/* Gregorian year, 1 to 9999 */
	int month;	/* 1 to 12 */
	int day;	/* 1 to the length of the month */
};

/* Room for any formatted date, ISO or ROC, with its NUL. */
#define DATE_BUFSIZE 40

/* Return true when D is a real day (leap years included). */
bool date_valid(struct date d);

/* Return true when D is the zeroed "no date". */
bool date_is_unset(struct date d);

/* Return the number of days in MONTH of YEAR. */
int date_days_in_month(int year, int month);

/* Parse ISO 8601 YYYY-MM-DD (exactly, surrounding white space allowed).
 * Return 0 and store the date, or -1 when S is not a valid date. */
int date_parse_iso(const char *s, struct date *out);

/* Parse a date as a user types it: 107年7月7日, 民國107年7月7日, 民前1年1月1日,
 * 107/7/7, 107.7.7, 107-7-7, 1070707 (7 digits: YYYMMDD) or 970707 (6:
 * YYMMDD), with full-width digits too; an ISO date (4-digit year
 * 2018-07-07) is also accepted.  元年 is year 1 (民國元年7月7日); a year of
 * 4 digits without 民國 is Gregorian in every form (2018年7月7日,
 * 2018/7/7); white space around the date is ignored.  Return 0 and store
 * the date, or -1 when it is not a valid date (for example 107年2月30日). */
int date_parse_roc(const char *s, struct date *out);

/* Write D as ISO YYYY-MM-DD into BUF (DATE_BUFSIZE bytes); return BUF. */
char *date_to_iso(struct date d, char *buf);

/* Write D in ROC form into BUF (DATE_BUFSIZE bytes): 107年7月7日, or
 * 民前1年1月1日 before 1912, or 民國1000年1月1日 from 2911 on (so that it
 * does not read as a Gregorian year); return BUF. */
char *date_to_roc(struct date d, char *buf);

/* Return the day of the week of D: 0 for Sunday to 6 for Saturday. */
int date_weekday(struct date d);

/* Return the Chinese name of weekday W (0 to 6): 日, 一, ... 六. */
const char *date_weekday_name(int w);

/* Return D moved by MONTHS months (negative goes back); a month without
 * that day ends on its last day (2018-11-30 + 3 months = 2019-02-28).
 * Return the zeroed "no date" when the result falls outside years 1 to
 * 9999. */
struct date date_add_months(struct date d, int months);

/* Return the number of days from 0001-01-01 to D. */
long date_to_days(struct date d);

/* Return <0, 0 or >0 as A is before, the same as or after B. */
int date_compare(struct date a, struct date b);

#endif
