/* text.c — UTF-8 decoding, display width and character counts (see
 * text.h).  The width of one character is in text_width.c. */
#include <config.h>

#include "forms/text.h"

#include <stdio.h>
#include <string.h>

#include "lib/xalloc.h"

/* Return true when B is a UTF-8 continuation byte (10xxxxxx). */
static bool
is_cont(unsigned char b)
{
	return (b & 0xC0) == 0x80;
}

/* Return the length that the lead byte B announces (2 to 4), and store
 * the lowest and highest allowed second byte, which exclude overlong
 * forms, surrogates and code points above U+10FFFF; 0 for a byte that
 * cannot start a multi-byte sequence. */
static int
lead_length(unsigned char b, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (b >= 0xC2 && b <= 0xDF)
		return 2;
	if (b >= 0xE0 && b <= 0xEF) {
		if (b == 0xE0)
			*lo = 0xA0;	/* below is overlong */
		else if (b == 0xED)
			*hi = 0x9F;	/* above is a surrogate */
		return 3;
	}
	if (b >= 0xF0 && b <= 0xF4) {
		if (b == 0xF0)
			*lo = 0x90;	/* below is overlong */
		else if (b == 0xF4)
			*hi = 0x8F;	/* above is past U+10FFFF */
		return 4;
	}
	return 0;
}

int
text_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char lo, hi;
	uint32_t c;
	int n, i;

	if (len == 0) {
		*cp = 0;
		return 0;
	}
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	n = lead_length(u[0], &lo, &hi);
	if (n == 0 || (size_t)n > len || u[1] < lo || u[1] > hi)
		goto bad;
	c = u[0] & (0x7F >> n);
	for (i = 1; i < n; i++) {
		if (!is_cont(u[i]))
			goto bad;
		c = (c << 6) | (u[i] & 0x3F);
	}
	*cp = c;
	return n;
bad:
	*cp = TEXT_REPLACEMENT;
	return -1;
}

int
text_encode(uint32_t cp, char *buf)
{
	unsigned char *u = (unsigned char *)buf;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp > 0x10FFFF)
		return 0;
	u[0] = (unsigned char)(0xF0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	u[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

bool
text_valid_utf8(const char *s, size_t len, size_t *bad)
{
	size_t i = 0;
	uint32_t cp;

	while (i < len) {
		int n = text_decode(s + i, len - i, &cp);

		if (n < 0) {
			if (bad != NULL)
				*bad = i;
			return false;
		}
		i += (size_t)n;
	}
	return true;
}

/* Return the byte length of the character at S (LEN > 0 bytes left),
 * always at least 1, and store its code point (U+FFFD when invalid). */
static size_t
next_char(const char *s, size_t len, uint32_t *cp)
{
	int n = text_decode(s, len, cp);

	return n > 0 ? (size_t)n : 1;
}

size_t
text_width(const char *s)
{
	size_t len = strlen(s), i = 0, width = 0;
	uint32_t cp;

	while (i < len) {
		i += next_char(s + i, len - i, &cp);
		width += (size_t)text_char_width(cp);
	}
	return width;
}

size_t
text_fit(const char *s, size_t cols, size_t *used)
{
	size_t len = strlen(s), i = 0, width = 0;

	while (i < len) {
		uint32_t cp;
		size_t n = next_char(s + i, len - i, &cp);
		size_t w = (size_t)text_char_width(cp);

		if (width + w > cols)
			break;
		width += w;
		i += n;
	}
	if (used != NULL)
		*used = width;
	return i;
}

/* Return true when CP counts as a character of a nonspace count: not
 * white space and not of zero width.  The CJK ideographs and the CJK and
 * full-width punctuation, most of a report, are answered before the
 * width tables. */
static bool
counts_nonspace(uint32_t cp)
{
	if (cp < 0x80)
		return !text_is_space(cp);	/* each has a width */
	if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3001 && cp <= 0x3029)
	    || (cp >= 0xFF01 && cp <= 0xFF60))
		return true;
	return !text_is_space(cp) && text_char_width(cp) != 0;
}

/* Return the length of the character at S (of LEN bytes) and store it in
 * *CP, as next_char() does; three-byte characters without a special
 * second-byte range (all of CJK) are decoded here, in line. */
static size_t
next_char_fast(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;

	/* A NUL ends the string, so no test reads past it. */
	if (((u[0] >= 0xE1 && u[0] <= 0xEC) || u[0] >= 0xEE) && u[0] <= 0xEF
	    && is_cont(u[1]) && is_cont(u[2])) {
		*cp = (uint32_t)(u[0] & 0x0F) << 12
		    | (uint32_t)(u[1] & 0x3F) << 6 | (uint32_t)(u[2] & 0x3F);
		return 3;
	}
	return next_char(s, len, cp);
}

size_t
text_count_nonspace(const char *s)
{
	size_t len = strlen(s), i = 0, count = 0;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			count += !text_is_space((unsigned char)s[i]);
			i++;
			continue;
		}
		i += next_char_fast(s + i, len - i, &cp);
		count += counts_nonspace(cp);
	}
	return count;
}

/* Return the characters of S for which KEEP (NULL: every one) is true. */
static size_t
count_chars_where(const char *s, bool (*keep)(uint32_t cp))
{
	size_t len = strlen(s), i = 0, count = 0;
	uint32_t cp;

	while (i < len) {
		i += next_char(s + i, len - i, &cp);
		if (keep == NULL || keep(cp))
			count++;
	}
	return count;
}

size_t
text_count_han(const char *s)
{
	return count_chars_where(s, text_is_han);
}

size_t
text_count_chars(const char *s)
{
	return count_chars_where(s, NULL);
}

bool
text_is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF)		/* unified */
	    || (cp >= 0x3400 && cp <= 0x4DBF)		/* extension A */
	    || (cp >= 0xF900 && cp <= 0xFAFF)		/* compatibility */
	    || (cp >= 0x20000 && cp <= 0x2FFFD)	/* B-F, compatibility */
	    || (cp >= 0x30000 && cp <= 0x323AF)	/* G and H */
	    || cp == 0x3007;				/* 〇 */
}

bool
text_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return cp == 0x85 || cp == 0xA0 || cp == 0x1680
	    || (cp >= 0x2000 && cp <= 0x200A)
	    || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
	    || cp == 0x3000;
}

/* Append the shown form of CP, of which the N bytes at SRC are the
 * source, to OUT; return the bytes written (at most 4 * N, and 3 for an
 * invalid byte). */
static size_t
sanitize_char(uint32_t cp, const char *src, size_t n, int valid, char *out)
{
	if (!valid)
		return (size_t)text_encode(TEXT_REPLACEMENT, out);
	if (cp < 0x20 || cp == 0x7F) {
		out[0] = '^';
		out[1] = (char)(cp ^ 0x40);	/* ESC -> ^[, DEL -> ^? */
		return 2;
	}
	if (text_shown_escaped(cp))
		return (size_t)sprintf(out, "<U+%04X>", (unsigned)cp);
	memcpy(out, src, n);
	return n;
}

char *
text_sanitize(const char *s)
{
	size_t len = strlen(s), i = 0, o = 0;
	char *out = xreallocarray(NULL, len + 1, 4);

	while (i < len) {
		uint32_t cp;
		int n = text_decode(s + i, len - i, &cp);
		size_t step = n > 0 ? (size_t)n : 1;

		o += sanitize_char(cp, s + i, step, n > 0, out + o);
		i += step;
	}
	out[o] = '\0';
	return out;
}

char *
text_trim(const char *s)
{
	size_t len = strlen(s), i = 0, start = len, end = 0;

	while (i < len) {
		uint32_t cp;
		size_t n = next_char(s + i, len - i, &cp);

		if (!text_is_space(cp)) {
			if (start == len)
				start = i;
			end = i + n;
		}
		i += n;
	}
	if (start == len)
		return xstrdup("");
	return xstrndup(s + start, end - start);
}
