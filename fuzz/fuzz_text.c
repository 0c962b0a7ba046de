/* fuzz_text.c — the text measures and the line breaker on any bytes:
 * never crash; sanitised text is valid UTF-8 without control bytes;
 * wrapped lines cover the text in order, never split a character and
 * never exceed the columns (but for one character wider than them). */
#include <config.h>

#include <string.h>

#include "fuzz/fuzz.h"
#include "forms/text.h"
#include "forms/wrap.h"

/* Check that the sanitised form of S can go to a terminal as it is. */
static void
check_sanitize(const char *s)
{
	char *safe = text_sanitize(s);
	size_t i, len = strlen(safe);

	FUZZ_CHECK(text_valid_utf8(safe, len, NULL));
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)safe[i];

		FUZZ_CHECK(c >= 0x20 && c != 0x7f);
	}
	free(safe);
}

/* Check the lines of S wrapped at COLS against the rules of wrap.h. */
static void
check_wrap(const char *s, size_t cols)
{
	size_t n = 0, i, pos = 0, len = strlen(s);
	struct wrap_line *lines = wrap_text(s, cols, &n);

	FUZZ_CHECK(n >= 1);
	for (i = 0; i < n; i++) {
		uint32_t cp;

		FUZZ_CHECK(lines[i].start == pos);
		FUZZ_CHECK(lines[i].start + lines[i].len <= len);
		if (lines[i].len > 0 && lines[i].start + lines[i].len < len)
			FUZZ_CHECK(text_decode(s + lines[i].start + lines[i].len,
			    len - lines[i].start - lines[i].len, &cp) != 0);
		if (lines[i].width > cols) {
			/* Only a character whose shown form (<U+200F>, say)
			 * is wider than the line may overflow it. */
			char *one = fuzz_string((const uint8_t *)s
			    + lines[i].start, lines[i].len);

			FUZZ_CHECK(text_fit(one, cols, NULL) == 0);
			free(one);
		}
		pos = lines[i].start + lines[i].len + (lines[i].hard_end ? 1 : 0);
	}
	FUZZ_CHECK(pos == len);
	free(lines);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cols, used, fit;
	char *s;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	cols = 2 + data[0] % 100;
	s = fuzz_string(data + 1, size - 1);
	(void)text_width(s);
	(void)text_count_nonspace(s);
	(void)text_count_han(s);
	fit = text_fit(s, cols, &used);
	FUZZ_CHECK(fit <= strlen(s) && used <= cols);
	check_sanitize(s);
	check_wrap(s, cols);
	free(s);
	return 0;
}
