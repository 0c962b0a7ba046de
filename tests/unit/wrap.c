/* wrap.c — unit tests of forms/wrap.c: exact breaks for chosen texts, and
 * the invariants (never over the columns, never a split character, every
 * byte on exactly one line, kinsoku) over many texts and widths. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "tests/tap.h"

/* A text, the columns, and its lines joined by '|' ('/' after a line
 * ended by '\n'). */
struct wrap_case {
	const char *title;
	const char *text;
	size_t cols;
	const char *lines;
};

static const struct wrap_case cases[] = {
	{"empty text is one empty line", "", 10, ""},
	{"short text", "abc", 10, "abc"},
	{"exact fit", "abcd", 4, "abcd"},
	{"CJK by two columns", "出國報告提要", 4, "出國|報告|提要"},
	{"CJK never split at an odd width", "出國報告", 5, "出國|報告"},
	{"hard newline", "ab\ncd", 10, "ab/cd"},
	{"trailing newline gives an empty line", "ab\n", 10, "ab/"},
	{"blank lines kept", "a\n\nb", 10, "a//b"},
	{"only a newline", "\n", 10, "/"},
	{"Latin words kept whole", "hello world foo", 11, "hello |world foo"},
	{"space stays at the end of its line", "ab cd", 3, "ab |cd"},
	{"long word broken by characters", "abcdefghij", 4, "abcd|efgh|ij"},
	{"long word starts where it is", "ab abcdefghij", 5,
	    "ab ab|cdefg|hij"},
	{"number kept whole", "出國2018年", 6, "出國|2018年"},
	{"closing comma not at a line start", "中文，好", 4, "中|文，|好"},
	{"full stop not at a line start", "中文。", 4, "中|文。"},
	{"closing bracket not at a line start", "「新南向」", 8,
	    "「新南|向」"},
	{"opening bracket not at a line end", "中文「好」", 6,
	    "中文|「好」"},
	{"ASCII comma after CJK", "中文,abc", 4, "中|文,|abc"},
	{"ASCII parenthesis after CJK", "中文(ab)", 5, "中文|(ab)"},
	{"Latin then CJK", "WCS世界", 5, "WCS世|界"},
	{"width 2 minimum", "abc", 1, "ab|c"},
	{"width 2 with CJK", "出國", 2, "出|國"},
	{"width 2 with punctuation runs", "中。。", 2, "中|。|。"},
	{"combining mark not split", "e\u0301e\u0301e\u0301", 2,
	    "e\u0301e\u0301|e\u0301"},
	{"zero-width space rides along", "ab\u200Bcd", 2, "ab\u200B|cd"},
	{"emoji is two columns", "\U0001F600\U0001F600", 3,
	    "\U0001F600|\U0001F600"},
	{"wide control taken alone", "\xC2\x85" "a", 2, "\xC2\x85|a"},
	{"spaces longer than a line", "a      b", 3, "a  |   | b"},
	{"ideographic space stays at the end", "中文\u3000中文", 6,
	    "中文\u3000|中文"},
};

/* Return the lines of TEXT wrapped at COLS, joined as in the table.
 * Caller frees. */
static char *
joined(const char *text, size_t cols)
{
	size_t n, i, o = 0;
	struct wrap_line *l = wrap_text(text, cols, &n);
	char *out = xmalloc(strlen(text) + n + 1);

	for (i = 0; i < n; i++) {
		memcpy(out + o, text + l[i].start, l[i].len);
		o += l[i].len;
		if (i + 1 < n)
			out[o++] = l[i].hard_end ? '/' : '|';
	}
	out[o] = '\0';
	free(l);
	return out;
}

/* Texts for the invariant checks: the sample's style, mixed scripts,
 * punctuation runs and hostile bytes.  In natural text kinsoku can always
 * be kept from 8 columns on, and is checked there. */
static const struct {
	const char *text;
	int natural;
} texts[] = {
	{"本府應新加坡國家發展部部長黃循財 (Mr. Lawrence Wong) 邀請，"
	    "由林副市長依瑩率團出席「2018世界城市峰會市長論壇」，"
	    "與各國城市首長交流城市治理經驗。\n\n"
	    "世界城市峰會（World Cities Summit，簡稱 WCS）為新加坡於2008年"
	    "發起之國際會議，每兩年舉辦一次。", 1},
	{"「『（【〈《〔」』）】〉》〕，。、；：！？「「「」」」，，，。。。", 0},
	{"a https://www.worldcitiessummit.com.sg/mayors-forum b", 0},
	{"e\u0301\u0302x \u200B\u200B 中\u0301 \U0001F44D\U0001F3FD "
	    "\U0001F468\u200D\U0001F469 \xFF\xFE \x1B[31m\t\xC2\x85\u202E",
	    0},
	{"   leading and trailing   \n\n  \n", 0},
	{"１０７年７月７日（星期六）搭乘班機（去程）抵達新加坡。", 1},
};

/* Return true when the line L of TEXT starts on a character boundary,
 * that is not with a continuation byte. */
static int
starts_whole(const char *text, const struct wrap_line *l)
{
	return ((unsigned char)text[l->start] & 0xC0) != 0x80
	    || l->len == 0;
}

/* Return the first code point of the LEN bytes at S (0 when empty). */
static uint32_t
first_cp(const char *s, size_t len)
{
	uint32_t cp = 0;

	text_decode(s, len, &cp);
	return cp;
}

/* Return the last code point of the LEN bytes at S (0 when empty). */
static uint32_t
last_cp(const char *s, size_t len)
{
	size_t i = len;

	if (len == 0)
		return 0;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	return first_cp(s + (i > 0 ? i - 1 : 0), len - (i > 0 ? i - 1 : 0));
}

/* Return true when a soft break between the lines A and B of TEXT breaks
 * kinsoku: B starts with closing punctuation or A ends with an opening
 * bracket. */
static int
kinsoku_broken(const char *text, const struct wrap_line *a,
    const struct wrap_line *b)
{
	uint32_t first = first_cp(text + b->start, b->len);
	uint32_t last = last_cp(text + a->start, a->len);

	static const uint32_t closing[] = {0xFF0C, 0x3002, 0x3001, 0xFF1B,
	    0xFF1A, 0xFF01, 0xFF1F, 0x300D, 0x300F, 0xFF09, 0x3011, ',',
	    '.', ')'};
	static const uint32_t opening[] = {0x300C, 0x300E, 0xFF08, 0x3010,
	    '('};
	size_t i;

	for (i = 0; i < sizeof closing / sizeof closing[0]; i++)
		if (first == closing[i])
			return 1;
	for (i = 0; i < sizeof opening / sizeof opening[0]; i++)
		if (last == opening[i])
			return 1;
	return 0;
}

/* Return how many lines of TEXT wrapped at COLS break a rule (kinsoku
 * too when KINSOKU); print the first one. */
static int
check_invariants(const char *text, size_t cols, int kinsoku)
{
	size_t n, i, pos = 0, bad = 0;
	struct wrap_line *l = wrap_text(text, cols, &n);

	for (i = 0; i < n; i++) {
		char *span = xstrndup(text + l[i].start, l[i].len);
		int fail = 0;

		fail |= l[i].start != pos;
		fail |= !starts_whole(text, &l[i]);
		fail |= text_width(span) != l[i].width;
		fail |= l[i].width > (cols < 2 ? 2 : cols)
		    && text_count_chars(span) > 1;
		fail |= l[i].len == 0 && i + 1 < n && !l[i].hard_end;
		fail |= kinsoku && i > 0 && !l[i - 1].hard_end
		    && kinsoku_broken(text, &l[i - 1], &l[i]);
		if (fail && bad++ == 0)
			tap_diag("cols %zu, line %zu: '%s'", cols, i, span);
		pos = l[i].start + l[i].len + (l[i].hard_end ? 1 : 0);
		free(span);
	}
	if (pos != strlen(text) && bad++ == 0)
		tap_diag("cols %zu: lines end at %zu of %zu", cols, pos,
		    strlen(text));
	free(l);
	return (int)bad;
}

/* Check the wrapping of each text of the table. */
static void
test_cases(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = joined(cases[i].text, cases[i].cols);

		tap_is_str(got, cases[i].lines, "%s", cases[i].title);
		free(got);
	}
}

/* Check the invariants for every text at every width from 0 to 40. */
static void
test_invariants(void)
{
	size_t i, cols;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		int bad = 0;

		for (cols = 0; cols <= 40; cols++)
			bad += check_invariants(texts[i].text, cols,
			    texts[i].natural && cols >= 8);
		tap_is_int(bad, 0, "invariants hold for text %zu at 0-40 "
		    "columns", i + 1);
	}
}

/* Check wrap_line_end() on its own: width, progress, a bounded span. */
static void
test_line_end(void)
{
	size_t w = 99;
	const char text[] = "出國報告";

	tap_is_int(wrap_line_end(text, strlen(text), 4, &w), 6,
	    "line end of CJK at 4 columns");
	tap_is_int(w, 4, "and its width");
	tap_is_int(wrap_line_end("\nabc", 4, 10, &w), 0,
	    "a line that starts with a newline is empty");
	tap_is_int(w, 0, "and has no width");
	tap_is_int(wrap_line_end("abc", 0, 10, NULL), 0,
	    "no bytes, no line");
	tap_is_int(wrap_line_end("abcdef", 3, 10, NULL), 3,
	    "only LEN bytes are read");
	tap_is_int(wrap_line_end("\xE5\x87", 2, 10, &w), 2,
	    "a truncated character is two invalid bytes");
}

/* Check that a long text without a newline wraps into full lines. */
static void
test_long(void)
{
	size_t len = 3 * 20000, n, i, full = 0;
	char *text = xmalloc(len + 1);
	struct wrap_line *l;

	for (i = 0; i < len; i += 3)
		memcpy(text + i, "字", 3);
	text[len] = '\0';
	l = wrap_text(text, 80, &n);
	for (i = 0; i < n; i++)
		full += l[i].width == 80;
	tap_is_int(n, 500, "20000 CJK characters make 500 lines of 80");
	tap_is_int(full, 500, "each of them full");
	free(l);
	free(text);
}

int
main(void)
{
	test_cases();
	test_invariants();
	test_line_end();
	test_long();
	return tap_done();
}
