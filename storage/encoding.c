/* encoding.c — UTF-8 to other charsets and back, over iconv (see
 * encoding.h). */
#include <config.h>

#include "storage/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/strbuf.h"

#ifndef ICONV_CONST
# define ICONV_CONST
#endif

/* One open conversion, kept for the life of the program. */
struct conversion {
	char *charset;		/* the other side; owned */
	bool from_utf8;		/* UTF-8 -> charset, or charset -> UTF-8 */
	iconv_t cd;
	int marker_known;	/* 0 until the marker has been worked out */
	char marker[8];		/* replacement in the charset's bytes */
	size_t marker_len;
};

static struct conversion *cache;
static size_t cache_n;

bool
encoding_is_utf8(const char *charset)
{
	return strcasecmp(charset, "UTF-8") == 0
	    || strcasecmp(charset, "UTF8") == 0;
}

/* Return the cached conversion to or from CHARSET, opening it when
 * needed, or NULL when iconv does not know CHARSET. */
static struct conversion *
conversion_get(const char *charset, bool from_utf8)
{
	struct conversion *c;
	iconv_t cd;
	size_t i;

	for (i = 0; i < cache_n; i++)
		if (cache[i].from_utf8 == from_utf8
		    && strcasecmp(cache[i].charset, charset) == 0)
			return &cache[i];
	cd = from_utf8 ? iconv_open(charset, "UTF-8")
	    : iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return NULL;
	cache = xreallocarray(cache, cache_n + 1, sizeof *cache);
	c = &cache[cache_n++];
	memset(c, 0, sizeof *c);
	c->charset = xstrdup(charset);
	c->from_utf8 = from_utf8;
	c->cd = cd;
	return c;
}

void
encoding_cache_free(void)
{
	size_t i;

	for (i = 0; i < cache_n; i++) {
		iconv_close(cache[i].cd);
		free(cache[i].charset);
	}
	free(cache);
	cache = NULL;
	cache_n = 0;
}

/* Record in ERR an unmappable or invalid input at OFFSET of IN. */
static enum encoding_status
fail_at(struct encoding_error *err, enum encoding_status status,
    const char *in, size_t len, size_t offset)
{
	uint32_t cp = 0;
	int n;

	memset(err, 0, sizeof *err);
	err->status = status;
	err->offset = offset;
	if (status == ENCODING_UNMAPPABLE) {
		n = text_decode(in + offset, len - offset, &cp);
		err->cp = cp;
		if (n > 0)
			memcpy(err->glyph, in + offset, (size_t)n);
	}
	return status;
}

/* Run the reset of C's state into B (stateful charsets end in their
 * initial shift state). */
static void
flush_state(struct conversion *c, struct strbuf *b)
{
	for (;;) {
		char *op = b->data + b->len;
		size_t oleft = b->cap - b->len - 1;
		size_t r = iconv(c->cd, NULL, NULL, &op, &oleft);

		b->len = (size_t)(op - b->data);
		if (r != (size_t)-1 || errno != E2BIG)
			return;
		strbuf_reserve(b, b->cap);
	}
}

static enum encoding_status convert(struct conversion *c, const char *in,
    size_t len, bool replace, struct strbuf *b, struct encoding_error *err);

/* Work out C's marker for unmappable characters: 〓 when the charset has
 * it, else '?'. */
static void
conversion_marker(struct conversion *c)
{
	static const char geta[] = "\xe3\x80\x93";	/* 〓 U+3013 */
	struct encoding_error err;
	struct strbuf b = { NULL, 0, 0 };

	c->marker_known = 1;
	if (convert(c, geta, sizeof geta - 1, false, &b, &err) == ENCODING_OK
	    && b.len < sizeof c->marker) {
		memcpy(c->marker, b.data, b.len);
		c->marker_len = b.len;
	} else {
		c->marker[0] = '?';
		c->marker_len = 1;
	}
	free(b.data);
}

/* Handle the character at IP that C cannot convert: in REPLACE mode
 * write the marker and return its length in the input; else 0. */
static size_t
replace_char(struct conversion *c, const char *ip, size_t ileft,
    struct strbuf *b)
{
	uint32_t cp;
	int n;

	n = text_decode(ip, ileft, &cp);
	if (n <= 0)
		return 0;
	strbuf_reserve(b, c->marker_len);
	memcpy(b->data + b->len, c->marker, c->marker_len);
	b->len += c->marker_len;
	return (size_t)n;
}

/* Convert LEN bytes at IN with C, appending to B. */
static enum encoding_status
convert(struct conversion *c, const char *in, size_t len, bool replace,
    struct strbuf *b, struct encoding_error *err)
{
	ICONV_CONST char *ip = (ICONV_CONST char *)in;
	size_t ileft = len, skip;
	uint32_t cp;

	iconv(c->cd, NULL, NULL, NULL, NULL);
	strbuf_reserve(b, len + len / 2 + 16);
	while (ileft > 0) {
		char *op = b->data + b->len;
		size_t oleft = b->cap - b->len - 1;
		size_t r = iconv(c->cd, &ip, &ileft, &op, &oleft);
		size_t at = (size_t)(ip - (ICONV_CONST char *)in);

		b->len = (size_t)(op - b->data);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG) {
			strbuf_reserve(b, b->cap);
			continue;
		}
		if (errno != EILSEQ || !c->from_utf8
		    || text_decode(in + at, ileft, &cp) <= 0)
			return fail_at(err, ENCODING_INVALID, in, len, at);
		skip = replace ? replace_char(c, in + at, ileft, b) : 0;
		if (skip == 0)
			return fail_at(err, ENCODING_UNMAPPABLE, in, len, at);
		ip += skip;
		ileft -= skip;
	}
	flush_state(c, b);
	return ENCODING_OK;
}

/* Run a conversion to or from CHARSET and hand over the result. */
static enum encoding_status
run(const char *charset, bool from_utf8, const char *in, size_t len,
    bool replace, char **out, size_t *out_len, struct encoding_error *err)
{
	struct conversion *c = conversion_get(charset, from_utf8);
	struct strbuf b = { NULL, 0, 0 };
	enum encoding_status s;

	if (c == NULL) {
		memset(err, 0, sizeof *err);
		err->status = ENCODING_UNKNOWN;
		return ENCODING_UNKNOWN;
	}
	/* The marker is worked out with the same descriptor, so before the
	 * conversion starts, never in its middle. */
	if (replace && !c->marker_known)
		conversion_marker(c);
	s = convert(c, in, len, replace, &b, err);
	if (s != ENCODING_OK) {
		free(b.data);
		return s;
	}
	strbuf_reserve(&b, 0);
	b.data[b.len] = '\0';
	*out = b.data;
	*out_len = b.len;
	return ENCODING_OK;
}

enum encoding_status
encoding_from_utf8(const char *charset, const char *in, size_t len,
    bool replace, char **out, size_t *out_len, struct encoding_error *err)
{
	return run(charset, true, in, len, replace, out, out_len, err);
}

enum encoding_status
encoding_to_utf8(const char *charset, const char *in, size_t len,
    char **out, size_t *out_len, struct encoding_error *err)
{
	return run(charset, false, in, len, false, out, out_len, err);
}

const char *
encoding_detect(const char *data, size_t len)
{
	static const char *const candidates[] = { "CP950", "BIG5" };
	struct encoding_error err;
	size_t i, out_len;
	char *out;

	if (text_valid_utf8(data, len, NULL))
		return "UTF-8";
	for (i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
		if (encoding_to_utf8(candidates[i], data, len, &out, &out_len,
		    &err) == ENCODING_OK) {
			free(out);
			return candidates[i];
		}
	}
	return NULL;
}

char *
encoding_error_message(const struct encoding_error *err, const char *charset)
{
	switch (err->status) {
	case ENCODING_UNMAPPABLE:
		return xasprintf(_("the character %s (U+%04lX) cannot be "
		    "written in %s"), err->glyph, (unsigned long)err->cp,
		    charset);
	case ENCODING_INVALID:
		return xasprintf(_("bytes at offset %zu are not valid %s"),
		    err->offset, charset);
	case ENCODING_UNKNOWN:
		return xasprintf(_("unknown character encoding '%s'"),
		    charset);
	case ENCODING_OK:
		break;
	}
	return xstrdup("");
}
