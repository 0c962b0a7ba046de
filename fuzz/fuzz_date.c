/* fuzz_date.c — the date parsers: never crash, and a parsed date printed
 * in ROC or ISO form parses back to the same day. */
#include <config.h>

#include "fuzz/fuzz.h"
#include "forms/date.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date d, again;
	char buf[DATE_BUFSIZE];
	char *s;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	s = fuzz_string(data, size);
	if (date_parse_roc(s, &d) == 0) {
		FUZZ_CHECK(date_valid(d));
		/* A 4-digit year is read as Gregorian, so the ROC form
		 * reads back only for ROC years below 1000 (before 2911). */
		if (d.year < 2911) {
			FUZZ_CHECK(date_parse_roc(date_to_roc(d, buf),
			    &again) == 0);
			FUZZ_CHECK(date_compare(d, again) == 0);
		}
		FUZZ_CHECK(date_parse_iso(date_to_iso(d, buf), &again) == 0);
		FUZZ_CHECK(date_compare(d, again) == 0);
		FUZZ_CHECK(date_weekday(d) >= 0 && date_weekday(d) <= 6);
		again = date_add_months(d, 3);
		FUZZ_CHECK(!date_valid(again) || date_compare(again, d) > 0);
	}
	if (date_parse_iso(s, &d) == 0)
		FUZZ_CHECK(date_valid(d));
	free(s);
	return 0;
}
