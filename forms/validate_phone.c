/* validate_phone.c — does a text read as a Taiwanese phone number (see
 * validate_phone() in validate.h)?
 *
 * The number is read as digits in groups, separated by one '-' or ' ',
 * the area code optionally in parentheses, optionally after +886 (then
 * without its leading 0); an extension may follow, written 分機, 轉, #
 * or ext (ext., EXT).  Full-width digits and punctuation count as their
 * ASCII forms.  The digits must then make a 09 mobile number of 10
 * digits, or a landline: 0, an area code digit 2 to 8, and 9 or 10
 * digits in all.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "forms/text.h"
#include "forms/validate.h"
#include "lib/xalloc.h"

/* The most digits a Taiwanese number and an extension have. */
#define MAX_DIGITS 10
#define MAX_EXTENSION 6

/* Return a copy of TEXT, trimmed, with full-width digits and ASCII
 * punctuation (U+FF01-U+FF5E) and the ideographic space made ASCII.
 * Caller frees. */
static char *
ascii_form(const char *text)
{
	char *trimmed = text_trim(text);
	size_t len = strlen(trimmed), i = 0, o = 0;
	char *out = xmalloc(len + 1);

	while (i < len) {
		uint32_t cp;
		int n = text_decode(trimmed + i, len - i, &cp);

		if (n > 0 && cp >= 0xFF01 && cp <= 0xFF5E)
			out[o++] = (char)(cp - 0xFF00 + 0x20);
		else if (n > 0 && cp == 0x3000)
			out[o++] = ' ';
		else {
			size_t k = n > 0 ? (size_t)n : 1;

			memcpy(out + o, trimmed + i, k);
			o += k;
		}
		i += n > 0 ? (size_t)n : 1;
	}
	out[o] = '\0';
	free(trimmed);
	return out;
}

/* Return the start of the extension marker in S, storing its length in
 * *LEN, or NULL when S has none. */
static char *
find_extension(char *s, size_t *len)
{
	static const char *const markers[] = {"分機", "轉", "#"};
	size_t i;
	char *p;

	for (i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		if ((p = strstr(s, markers[i])) != NULL) {
			*len = strlen(markers[i]);
			return p;
		}
	}
	for (p = s; *p != '\0'; p++) {
		if (strncasecmp(p, "ext", 3) == 0) {
			*len = 3;
			return p;
		}
	}
	return NULL;
}

/* Return true when S (after the marker) is an extension: an optional '.'
 * or ':', spaces, then 1 to MAX_EXTENSION digits. */
static bool
extension_ok(const char *s)
{
	size_t n = 0;

	if (*s == '.' || *s == ':')
		s++;
	while (*s == ' ')
		s++;
	while (s[n] >= '0' && s[n] <= '9')
		n++;
	return n >= 1 && n <= MAX_EXTENSION && s[n] == '\0';
}

/* Append the digits of groups at *P, separated by one '-' or ' ', to
 * DIGITS (of which *N are used); return false for any other character,
 * a doubled or final separator, or too many digits. */
static bool
read_groups(const char *p, char *digits, size_t *n)
{
	bool need_digit = true;

	for (; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9') {
			if (*n == MAX_DIGITS)
				return false;
			digits[(*n)++] = *p;
			need_digit = false;
		} else if ((*p == '-' || *p == ' ') && !need_digit) {
			need_digit = true;
		} else {
			return false;
		}
	}
	return !need_digit;
}

/* Read the number S (no extension) into DIGITS as dialled within Taiwan:
 * return false when it is not made of digit groups. */
static bool
read_number(const char *s, char *digits, size_t *n)
{
	bool intl = strncmp(s, "+886", 4) == 0;

	*n = 0;
	if (intl) {
		s += 4;
		if (*s == '-' || *s == ' ')
			s++;
		digits[(*n)++] = '0';
	}
	if (*s == '(') {
		const char *close = strchr(s, ')');

		if (close == NULL || close == s + 1 || close - s > 5)
			return false;
		for (s++; s < close; s++) {
			if (*s < '0' || *s > '9')
				return false;
			digits[(*n)++] = *s;
		}
		s++;
		if (*s == ' ' || *s == '-')
			s++;
	}
	/* After +886 the area code comes without its 0. */
	return read_groups(s, digits, n) && !(intl && digits[1] == '0');
}

/* Return true when the N digits D make a Taiwanese number. */
static bool
digits_ok(const char *d, size_t n)
{
	if (n < 2 || d[0] != '0')
		return false;
	if (d[1] == '9')
		return n == 10;
	return d[1] >= '2' && d[1] <= '8' && (n == 9 || n == 10);
}

bool
validate_phone(const char *text)
{
	char *s = ascii_form(text), *ext;
	char digits[MAX_DIGITS];
	size_t n, mlen;
	bool ok = true;

	ext = find_extension(s, &mlen);
	if (ext != NULL) {
		ok = extension_ok(ext + mlen);
		while (ext > s && (ext[-1] == ' ' || ext[-1] == ','))
			ext--;
		*ext = '\0';
	}
	ok = ok && read_number(s, digits, &n) && digits_ok(digits, n);
	free(s);
	return ok;
}
