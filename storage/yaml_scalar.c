/* yaml_scalar.c — how a piece of text may be written as a YAML scalar
 * (see yaml_scalar.h). */
#include <config.h>

#include "storage/yaml_scalar.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* The characters that may not begin a plain scalar. */
static const char indicators[] = "-?:,[]{}#&*!|>'\"%@`";

/* Return the code point at *S (advancing *S), or UINT32_MAX for an
 * invalid byte (skipped). */
static uint32_t
next_char(const unsigned char **s)
{
	const unsigned char *p = *s;
	uint32_t cp;
	int n, i;

	if (p[0] < 0x80) {
		*s = p + 1;
		return p[0];
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 1;
		cp = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 2;
		cp = p[0] & 0x0F;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 3;
		cp = p[0] & 0x07;
	} else {
		*s = p + 1;
		return UINT32_MAX;
	}
	for (i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*s = p + 1;
			return UINT32_MAX;
		}
		cp = cp << 6 | (p[i] & 0x3F);
	}
	if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000
	    || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
		*s = p + 1;
		return UINT32_MAX;
	}
	*s = p + n + 1;
	return cp;
}

/* Return true when CP can stand unescaped in a YAML scalar other than a
 * double-quoted one (tab and line feed included). */
static bool
char_printable(uint32_t cp)
{
	if (cp == '\t' || cp == '\n')
		return true;
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return false;
	if (cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)
		return false;
	if (cp == 0xFFFE || cp == 0xFFFF || cp == UINT32_MAX)
		return false;
	return true;
}

bool
yaml_scalar_needs_escapes(const char *text)
{
	const unsigned char *p = (const unsigned char *)text;

	while (*p != '\0') {
		if (*p >= 0x20 && *p < 0x7F) {
			p++;
			continue;
		}
		if (!char_printable(next_char(&p)))
			return true;
	}
	return false;
}

bool
yaml_scalar_plain_ok(const char *text, bool flow)
{
	size_t len = strlen(text);
	const char *p;

	if (len == 0 || strchr(indicators, text[0]) != NULL)
		return false;
	if (text[0] == ' ' || text[len - 1] == ' ' || text[len - 1] == ':')
		return false;
	if (strncmp(text, "...", 3) == 0)
		return false;
	for (p = text; *p != '\0'; p++) {
		if (*p == '\n' || *p == '\t' || *p == '\r')
			return false;
		if (*p == ':' && (p[1] == ' ' || flow))
			return false;
		if (*p == ' ' && p[1] == '#')
			return false;
		if (flow && strchr(",[]{}?#", *p) != NULL)
			return false;
	}
	return !yaml_scalar_needs_escapes(text);
}

/* Return true when TEXT is one of the words YAML 1.1 reads as a bool or
 * null, or the merge and value keys. */
static bool
is_reserved_word(const char *text)
{
	static const char *const words[] = {
		"y", "yes", "n", "no", "true", "false", "on", "off",
		"null", "~", "<<", "=",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(text, words[i]) == 0)
			return true;
	return false;
}

/* Return true when TEXT starts as a YAML date does: YYYY-M-D, the month
 * and day of one or two digits. */
static bool
looks_like_date(const char *text)
{
	size_t month, day;

	if (strspn(text, "0123456789") != 4 || text[4] != '-')
		return false;
	month = strspn(text + 5, "0123456789");
	if (month < 1 || month > 2 || text[5 + month] != '-')
		return false;
	day = strspn(text + 6 + month, "0123456789");
	return day >= 1 && day <= 2;
}

/* Return true when TEXT looks like a number, date or time to some YAML
 * reader: a sign or point, a digit, then only digits, letters of
 * hexadecimal, exponents and separators, a sign only in an exponent;
 * or a date. */
static bool
looks_numeric(const char *text)
{
	const char *p = text;

	if (*p == '+' || *p == '-')
		p++;
	if (strcasecmp(p, ".inf") == 0 || strcasecmp(p, ".nan") == 0)
		return true;
	if (*p == '.')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	if (looks_like_date(text))
		return true;
	if (strspn(p, "0123456789abcdefABCDEFxXoO_.:+-") != strlen(p))
		return false;
	/* A sign inside a number only follows an exponent's e: so a phone
	 * number such as 02-81959119 is text. */
	for (p++; *p != '\0'; p++)
		if ((*p == '-' || *p == '+') && p[-1] != 'e' && p[-1] != 'E')
			return false;
	return true;
}

bool
yaml_scalar_resolves(const char *text)
{
	return is_reserved_word(text) || looks_numeric(text);
}

bool
yaml_scalar_literal_ok(const char *text)
{
	const char *p, *last;
	bool content = false;

	if (strchr(text, '\n') == NULL || yaml_scalar_needs_escapes(text))
		return false;
	for (p = text; *p != '\0'; p++)
		if (*p != '\n')
			content = true;
	if (!content)
		return false;
	/* A last line of only blanks would read as the block's end. */
	last = strrchr(text, '\n') + 1;
	if (*last != '\0' && strspn(last, " \t") == strlen(last))
		return false;
	return true;
}

bool
yaml_scalar_is_iso_date(const char *text)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	for (i = 0; shape[i] != '\0'; i++) {
		if (shape[i] == 'd' ? (text[i] < '0' || text[i] > '9')
		    : text[i] != shape[i])
			return false;
	}
	return text[i] == '\0';
}

bool
yaml_scalar_is_integer(const char *text)
{
	const char *p = text;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return false;
	if (*p == '0' && p[1] != '\0')
		return false;	/* 0123 reads as octal to YAML 1.1 */
	return strspn(p, "0123456789") == strlen(p);
}
