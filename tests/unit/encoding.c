/* encoding.c — unit tests of storage/encoding.c: conversions both ways,
 * the error that names an unmappable character and its place, replace
 * mode, growth of the output, and the detection of UTF-8 and Big5. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "storage/encoding.h"
#include "tests/tap.h"

/* A conversion from UTF-8 and what it must give. */
struct from_case {
	const char *title;
	const char *charset;
	const char *in;
	int replace;
	enum encoding_status status;
	const char *out;	/* ENCODING_OK: the bytes */
	size_t offset;		/* else: where it stopped */
	unsigned long cp;	/* ENCODING_UNMAPPABLE: the character */
};

static const struct from_case from_cases[] = {
	{"ASCII to BIG5", "BIG5", "abc", 0, ENCODING_OK, "abc", 0, 0},
	{"CJK to BIG5", "BIG5", "中文", 0, ENCODING_OK, "\xa4\xa4\xa4\xe5",
	    0, 0},
	{"CJK to CP950", "CP950", "臺中", 0, ENCODING_OK,
	    "\xbb\x4f\xa4\xa4", 0, 0},
	{"boxes to BIG5", "BIG5", "■□", 0, ENCODING_OK, "\xa1\xbd\xa1\xbc",
	    0, 0},
	{"emoji cannot be BIG5", "BIG5", "ab😀c", 0, ENCODING_UNMAPPABLE,
	    NULL, 2, 0x1F600},
	{"extension B cannot be BIG5", "BIG5", "中𠮷", 0, ENCODING_UNMAPPABLE,
	    NULL, 3, 0x20BB7},
	{"replace uses ? where 〓 is missing", "BIG5", "a😀b😀", 1,
	    ENCODING_OK, "a?b?", 0, 0},
	{"replace uses 〓 where the charset has it", "EUC-JP", "a😀b", 1,
	    ENCODING_OK, "a\xa2\xae" "b", 0, 0},
	{"invalid UTF-8 input", "BIG5", "ab\xff", 0, ENCODING_INVALID, NULL,
	    2, 0},
	{"cut-short UTF-8 input", "BIG5", "ab\xe4\xb8", 0, ENCODING_INVALID,
	    NULL, 2, 0},
	{"unknown charset", "NO-SUCH-CHARSET", "abc", 0, ENCODING_UNKNOWN,
	    NULL, 0, 0},
};

/* Run one conversion case. */
static void
check_from(const struct from_case *c)
{
	struct encoding_error err;
	char *out = NULL;
	size_t len = 0;
	enum encoding_status s;

	s = encoding_from_utf8(c->charset, c->in, strlen(c->in),
	    c->replace != 0, &out, &len, &err);
	tap_is_int(s, c->status, "%s: status", c->title);
	if (c->status == ENCODING_OK && s == ENCODING_OK) {
		tap_is_mem(out, len, c->out, strlen(c->out), "%s: bytes",
		    c->title);
		tap_is_int(out[len], 0, "%s: NUL-terminated", c->title);
	}
	if (c->status != ENCODING_OK && c->status != ENCODING_UNKNOWN)
		tap_is_int((long long)err.offset, (long long)c->offset,
		    "%s: offset", c->title);
	if (c->status == ENCODING_UNMAPPABLE) {
		char *msg = encoding_error_message(&err, c->charset);
		char want[16];

		tap_is_int((long long)err.cp, (long long)c->cp, "%s: character",
		    c->title);
		snprintf(want, sizeof want, "U+%04lX", c->cp);
		tap_ok(strstr(msg, want) != NULL
		    && strstr(msg, err.glyph) != NULL
		    && *err.glyph != '\0', "%s: the message names %s and its "
		    "glyph", c->title, want);
		free(msg);
	}
	free(out);
}

/* Back from BIG5 and CP950, and a long text that makes the output grow. */
static void
check_to_utf8(void)
{
	struct encoding_error err;
	char *out, *big, *back, *in;
	size_t len, blen, i, n = 20000;

	tap_is_int(encoding_to_utf8("BIG5", "\xa4\xa4\xa4\xe5", 4, &out, &len,
	    &err), ENCODING_OK, "BIG5 to UTF-8");
	tap_is_str(out, "中文", "BIG5 to UTF-8: text");
	free(out);
	tap_is_int(encoding_to_utf8("BIG5", "\xa4", 1, &out, &len, &err),
	    ENCODING_INVALID, "a cut-short Big5 character is invalid");
	in = xmalloc(n * 3 + 1);
	for (i = 0; i < n; i++)
		memcpy(in + i * 3, "臺", 3);
	in[n * 3] = '\0';
	tap_is_int(encoding_from_utf8("CP950", in, n * 3, false, &big, &blen,
	    &err), ENCODING_OK, "a long text to CP950");
	tap_is_int((long long)blen, (long long)(n * 2),
	    "a long text: two bytes a character");
	tap_is_int(encoding_to_utf8("CP950", big, blen, &back, &len, &err),
	    ENCODING_OK, "a long text back from CP950");
	tap_is_mem(back, len, in, n * 3, "a long text comes back the same");
	free(in);
	free(big);
	free(back);
}

/* Detection of the charset of imported text. */
static void
check_detect(void)
{
	const char *d;

	tap_is_str(encoding_detect("中文 abc", strlen("中文 abc")), "UTF-8",
	    "UTF-8 text is UTF-8");
	tap_is_str(encoding_detect("abc", 3), "UTF-8", "ASCII is UTF-8");
	d = encoding_detect("\xa4\xa4\xa4\xe5\n", 5);
	tap_ok(d != NULL && (strcmp(d, "CP950") == 0
	    || strcmp(d, "BIG5") == 0), "Big5 bytes are Big5 (%s)",
	    d != NULL ? d : "NULL");
	tap_is_str(encoding_detect("\xa4", 1), NULL,
	    "a cut-short character is neither");
	tap_ok(encoding_is_utf8("utf-8") && encoding_is_utf8("UTF8")
	    && !encoding_is_utf8("BIG5"), "UTF-8 is known by its names");
}

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof from_cases / sizeof from_cases[0]; i++)
		check_from(&from_cases[i]);
	check_to_utf8();
	check_detect();
	encoding_cache_free();
	return tap_done();
}
