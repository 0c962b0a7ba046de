/* strbuf.c — a growing string (see strbuf.h). */
#include <config.h>

#include "storage/strbuf.h"

#include <string.h>

#include "lib/xalloc.h"

void
strbuf_reserve(struct strbuf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	while (b->len + n + 1 > b->cap)
		b->cap = b->cap < 64 ? 64 : b->cap * 2;
	b->data = xreallocarray(b->data, b->cap, 1);
}

void
strbuf_add(struct strbuf *b, const char *s, size_t len)
{
	strbuf_reserve(b, len);
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
strbuf_str(struct strbuf *b, const char *s)
{
	strbuf_add(b, s, strlen(s));
}

char *
strbuf_take(struct strbuf *b)
{
	char *s = b->data != NULL ? b->data : xstrdup("");

	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}
