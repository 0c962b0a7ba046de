/* text.c — unit tests of forms/text.c: decoding, widths, fit, counts,
 * sanitizing and trimming. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "tests/tap.h"

/* A decode case: bytes (with their length, as they may hold NUL), the
 * return value and the code point wanted. */
struct decode_case {
	const char *title;
	const char *bytes;
	size_t len;
	int ret;
	uint32_t cp;
};

/* Decoding, with some of Markus Kuhn's UTF-8 stress cases. */
static const struct decode_case decode_cases[] = {
	{"empty", "", 0, 0, 0},
	{"NUL", "\0", 1, 1, 0},
	{"ASCII", "A", 1, 1, 'A'},
	{"2 bytes: é", "\xC3\xA9", 2, 2, 0xE9},
	{"3 bytes: 中", "\xE4\xB8\xAD", 3, 3, 0x4E2D},
	{"4 bytes: 𠀀", "\xF0\xA0\x80\x80", 4, 4, 0x20000},
	{"first 2-byte U+0080", "\xC2\x80", 2, 2, 0x80},
	{"last 2-byte U+07FF", "\xDF\xBF", 2, 2, 0x7FF},
	{"first 3-byte U+0800", "\xE0\xA0\x80", 3, 3, 0x800},
	{"last 3-byte U+FFFF", "\xEF\xBF\xBF", 3, 3, 0xFFFF},
	{"U+D7FF before the surrogates", "\xED\x9F\xBF", 3, 3, 0xD7FF},
	{"U+E000 after the surrogates", "\xEE\x80\x80", 3, 3, 0xE000},
	{"U+FFFD", "\xEF\xBF\xBD", 3, 3, 0xFFFD},
	{"last code point U+10FFFF", "\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF},
	{"U+110000 is past the end", "\xF4\x90\x80\x80", 4, -1, 0xFFFD},
	{"5-byte form", "\xF8\x88\x80\x80\x80", 5, -1, 0xFFFD},
	{"6-byte form", "\xFC\x84\x80\x80\x80\x80", 6, -1, 0xFFFD},
	{"lone continuation 0x80", "\x80", 1, -1, 0xFFFD},
	{"lone continuation 0xBF", "\xBF", 1, -1, 0xFFFD},
	{"lead byte then space", "\xC3 ", 2, -1, 0xFFFD},
	{"truncated 2-byte", "\xC3", 1, -1, 0xFFFD},
	{"truncated 3-byte", "\xE4\xB8", 2, -1, 0xFFFD},
	{"truncated 4-byte", "\xF0\xA0\x80", 3, -1, 0xFFFD},
	{"0xFE", "\xFE", 1, -1, 0xFFFD},
	{"0xFF", "\xFF", 1, -1, 0xFFFD},
	{"overlong '/' in 2 bytes", "\xC0\xAF", 2, -1, 0xFFFD},
	{"overlong '/' in 3 bytes", "\xE0\x80\xAF", 3, -1, 0xFFFD},
	{"overlong '/' in 4 bytes", "\xF0\x80\x80\xAF", 4, -1, 0xFFFD},
	{"overlong NUL", "\xC0\x80", 2, -1, 0xFFFD},
	{"largest overlong 2-byte", "\xC1\xBF", 2, -1, 0xFFFD},
	{"largest overlong 3-byte", "\xE0\x9F\xBF", 3, -1, 0xFFFD},
	{"largest overlong 4-byte", "\xF0\x8F\xBF\xBF", 4, -1, 0xFFFD},
	{"surrogate U+D800", "\xED\xA0\x80", 3, -1, 0xFFFD},
	{"surrogate U+DFFF", "\xED\xBF\xBF", 3, -1, 0xFFFD},
	{"paired surrogates", "\xED\xA0\x80\xED\xB0\x80", 6, -1, 0xFFFD},
};

/* A width case: a string, its display width and its 字數 counts. */
struct width_case {
	const char *title;
	const char *text;
	size_t width;
	size_t nonspace;
	size_t han;
	size_t chars;
};

static const struct width_case width_cases[] = {
	{"empty", "", 0, 0, 0, 0},
	{"ASCII", "Hello, world", 12, 11, 0, 12},
	{"CJK", "出國報告", 8, 4, 4, 4},
	{"CJK punctuation", "「新南向」。", 12, 6, 3, 6},
	{"ideographic space", "臺中\u3000市", 8, 3, 3, 4},
	{"full-width digits", "１０７", 6, 3, 0, 3},
	{"half-width katakana", "\uFF76\uFF85", 2, 2, 0, 2},
	{"hiragana and katakana", "ひらカタ", 8, 4, 0, 4},
	{"Hangul", "한국", 4, 2, 0, 2},
	{"combining acute", "e\u0301", 1, 1, 0, 2},
	{"combining enclosing circle", "1\u20DD", 1, 1, 0, 2},
	{"zero-width space", "a\u200Bb", 2, 2, 0, 3},
	{"BOM", "\uFEFFa", 1, 1, 0, 2},
	{"variation selector", "\u2764\uFE0F", 1, 1, 0, 2},
	{"emoji", "\U0001F600", 2, 1, 0, 1},
	{"emoji with skin tone", "\U0001F44D\U0001F3FD", 4, 2, 0, 2},
	{"extension B ideograph", "\U00020000", 2, 1, 1, 1},
	{"extension A ideograph", "\u3400", 2, 1, 1, 1},
	{"compatibility ideograph", "\uF900", 2, 1, 1, 1},
	{"ideographic zero", "\u3007", 2, 1, 1, 1},
	{"CJK symbols are wide, not Han", "\u3001\u3002", 4, 2, 0, 2},
	{"invalid byte as U+FFFD", "a\xFF" "b", 3, 3, 0, 3},
	{"truncated sequence", "\xE4\xB8", 2, 2, 0, 2},
	{"truncated full-width comma", "\xEF\xBC" "a", 3, 3, 0, 3},
	{"encoded surrogate", "\xED\xA0\x80", 3, 3, 0, 3},
	{"overlong slash", "\xE0\x80\xAF", 3, 3, 0, 3},
	{"full-width punctuation", "\uFF0C\uFF1A\uFF08\uFF09", 8, 4, 0, 4},
	{"combining tone mark", "\u5B57\u302A", 2, 1, 1, 2},
	{"tab as ^I", "a\tb", 4, 2, 0, 3},
	{"ESC as ^[", "\x1B[31m", 6, 5, 0, 5},
	{"DEL as ^?", "\x7F", 2, 1, 0, 1},
	{"C1 NEL as <U+0085>", "a\xC2\x85", 9, 1, 0, 2},
	{"bidi override as <U+202E>", "\u202Eabc", 11, 4, 0, 4},
	{"no-break space", "a\u00A0b", 3, 2, 0, 3},
	{"mixed", "WCS 2018世界城市峰會", 20, 13, 6, 14},
};

/* A fit case: text, columns, bytes that fit, columns used. */
struct fit_case {
	const char *title;
	const char *text;
	size_t cols;
	size_t bytes;
	size_t used;
};

static const struct fit_case fit_cases[] = {
	{"all fits", "abc", 10, 3, 3},
	{"ASCII cut", "abcdef", 4, 4, 4},
	{"zero columns", "abc", 0, 0, 0},
	{"CJK even", "出國報告", 4, 6, 4},
	{"CJK odd never halves", "出國報告", 5, 6, 4},
	{"CJK in 1 column", "出", 1, 0, 0},
	{"combining mark stays", "e\u0301x", 1, 3, 1},
	{"mixed", "a出b", 3, 4, 3},
	{"invalid byte is one column", "\xFF\xFF\xFF", 2, 2, 2},
	{"control takes 2", "\x1B" "a", 1, 0, 0},
};

/* A sanitize or trim case: input and output. */
struct str_case {
	const char *title;
	const char *in;
	const char *out;
};

static const struct str_case sanitize_cases[] = {
	{"plain text unchanged", "臺中市 WCS", "臺中市 WCS"},
	{"ESC", "\x1B[2J", "^[[2J"},
	{"BEL and NUL-free C0", "a\x07\x01", "a^G^A"},
	{"tab and newline", "a\tb\nc", "a^Ib^Jc"},
	{"DEL", "x\x7F", "x^?"},
	{"C1 NEL", "a\xC2\x85" "b", "a<U+0085>b"},
	{"C1 CSI", "\xC2\x9B" "2J", "<U+009B>2J"},
	{"RLO", "abc\u202Edef", "abc<U+202E>def"},
	{"LRE and PDF", "\u202Ax\u202C", "<U+202A>x<U+202C>"},
	{"RLI and PDI", "\u2067x\u2069", "<U+2067>x<U+2069>"},
	{"LRM and RLM", "\u200E\u200F", "<U+200E><U+200F>"},
	{"Arabic letter mark", "\u061C", "<U+061C>"},
	{"ZWJ kept", "a\u200Db", "a\u200Db"},
	{"invalid byte", "a\xFF" "b", "a\uFFFDb"},
	{"overlong", "\xC0\xAF", "\uFFFD\uFFFD"},
	{"surrogate", "\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},
	{"truncated at the end", "中\xE6\x96", "中\uFFFD\uFFFD"},
};

static const struct str_case trim_cases[] = {
	{"nothing to trim", "abc", "abc"},
	{"ASCII spaces", "  a b \n", "a b"},
	{"ideographic spaces", "\u3000臺中\u3000", "臺中"},
	{"no-break space", "\u00A0x\u00A0", "x"},
	{"only spaces", " \t\u3000 ", ""},
	{"empty", "", ""},
	{"invalid byte is kept", " \xFF ", "\xFF"},
};

/* Check text_decode() against the table. */
static void
test_decode(void)
{
	size_t i;

	for (i = 0; i < sizeof decode_cases / sizeof decode_cases[0]; i++) {
		const struct decode_case *c = &decode_cases[i];
		uint32_t cp = 12345;
		int ret = text_decode(c->bytes, c->len, &cp);

		tap_is_int(ret, c->ret, "decode %s: length", c->title);
		tap_is_int(cp, c->cp, "decode %s: code point", c->title);
	}
}

/* Check that text_encode() reverses text_decode() and refuses
 * non-scalars. */
static void
test_encode(void)
{
	static const uint32_t cps[] = {0, 'A', 0x7F, 0x80, 0x7FF, 0x800,
	    0x4E2D, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x20000, 0x10FFFF};
	char buf[4];
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		uint32_t back;
		int n = text_encode(cps[i], buf);

		if (n <= 0 || text_decode(buf, (size_t)n, &back) != n
		    || back != cps[i])
			bad++;
	}
	tap_is_int(bad, 0, "encode then decode gives the code point back");
	tap_is_int(text_encode(0xD800, buf), 0, "encode refuses a surrogate");
	tap_is_int(text_encode(0x110000, buf), 0,
	    "encode refuses U+110000");
}

/* Check text_valid_utf8() and the offset of the first bad byte. */
static void
test_valid(void)
{
	const char ok[] = "臺中 ok";
	const char bad[] = "ab\xE4\xB8" "c";
	size_t at = 99;

	tap_ok(text_valid_utf8(ok, sizeof ok - 1, &at), "valid UTF-8");
	tap_ok(!text_valid_utf8(bad, sizeof bad - 1, &at),
	    "invalid UTF-8 is found");
	tap_is_int(at, 2, "the first bad byte is at offset 2");
	tap_ok(!text_valid_utf8("\xED\xA0\x80", 3, NULL),
	    "a surrogate is invalid (NULL offset pointer)");
}

/* Check widths and counts against the table. */
static void
test_widths(void)
{
	size_t i;

	for (i = 0; i < sizeof width_cases / sizeof width_cases[0]; i++) {
		const struct width_case *c = &width_cases[i];
		char *safe = text_sanitize(c->text);

		tap_is_int(text_width(c->text), c->width, "width: %s",
		    c->title);
		tap_is_int(text_width(safe), c->width,
		    "width of the sanitized form: %s", c->title);
		tap_is_int(text_count_nonspace(c->text), c->nonspace,
		    "nonspace count: %s", c->title);
		tap_is_int(text_count_han(c->text), c->han, "han count: %s",
		    c->title);
		tap_is_int(text_count_chars(c->text), c->chars,
		    "chars: %s", c->title);
		free(safe);
	}
}

/* Check single characters at the edges of the tables. */
static void
test_char_width(void)
{
	static const struct {
		uint32_t cp;
		int width;
	} cases[] = {
		{' ', 1}, {'~', 1}, {0x00, 2}, {0x1F, 2}, {0x7F, 2},
		{0x85, 8}, {0xE9, 1}, {0x300, 0}, {0x36F, 0}, {0x370, 1},
		{0x10FF, 1}, {0x1100, 2}, {0x115F, 2}, {0x1160, 0},
		{0x200B, 0}, {0x2060, 0}, {0x2064, 0}, {0x3000, 2},
		{0x303E, 2}, {0x303F, 1}, {0x3041, 2}, {0x4E00, 2},
		{0x9FFF, 2}, {0xAC00, 2}, {0xD7A3, 2}, {0xFE0F, 0},
		{0xFF01, 2}, {0xFF60, 2}, {0xFF61, 1}, {0xFFE0, 2},
		{0x1F600, 2}, {0x1F64F, 2}, {0x2FFFD, 2}, {0x30000, 2},
		{0xE0100, 0}, {0x10FFFF, 1},
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		tap_is_int(text_char_width(cases[i].cp), cases[i].width,
		    "width of U+%04X", (unsigned)cases[i].cp);
}

/* Check that the nonspace count of each code point alone agrees with
 * the classes it is defined by: not white space, not of zero width. */
static void
test_count_every_char(void)
{
	uint32_t cp;
	size_t wrong = 0;
	char buf[5];

	for (cp = 1; cp <= 0x10FFFF; cp++) {
		size_t want;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		buf[text_encode(cp, buf)] = '\0';
		want = !text_is_space(cp) && text_char_width(cp) != 0;
		if (text_count_nonspace(buf) != want && wrong++ < 5)
			tap_diag("U+%04X counted %zu", (unsigned)cp,
			    text_count_nonspace(buf));
	}
	tap_is_int(wrong, 0, "the nonspace count of every code point");
}

/* Check text_fit() against the table. */
static void
test_fit(void)
{
	size_t i;

	for (i = 0; i < sizeof fit_cases / sizeof fit_cases[0]; i++) {
		const struct fit_case *c = &fit_cases[i];
		size_t used = 999;

		tap_is_int(text_fit(c->text, c->cols, &used), c->bytes,
		    "fit %s: bytes", c->title);
		tap_is_int(used, c->used, "fit %s: columns", c->title);
	}
	tap_is_int(text_fit("abc", 2, NULL), 2, "fit without USED");
}

/* Check the Han and space classes at their edges. */
static void
test_classes(void)
{
	tap_ok(text_is_han(0x4E00) && text_is_han(0x9FFF), "URO is Han");
	tap_ok(text_is_han(0x2A700) && text_is_han(0x31350),
	    "extensions C and H are Han");
	tap_ok(text_is_han(0x2F800), "compatibility supplement is Han");
	tap_ok(!text_is_han(0x3005) && !text_is_han(0x3001)
	    && !text_is_han('A') && !text_is_han(0xFF10),
	    "々, 、, A and ０ are not Han");
	tap_ok(text_is_space(' ') && text_is_space('\n')
	    && text_is_space(0x3000) && text_is_space(0x2003),
	    "spaces");
	tap_ok(!text_is_space(0x200B) && !text_is_space('x')
	    && !text_is_space(0xFFFD), "not spaces");
}

/* Check text_sanitize() and text_trim() against their tables. */
static void
test_strings(void)
{
	size_t i;

	for (i = 0; i < sizeof sanitize_cases / sizeof sanitize_cases[0];
	    i++) {
		char *got = text_sanitize(sanitize_cases[i].in);

		tap_is_str(got, sanitize_cases[i].out, "sanitize: %s",
		    sanitize_cases[i].title);
		free(got);
	}
	for (i = 0; i < sizeof trim_cases / sizeof trim_cases[0]; i++) {
		char *got = text_trim(trim_cases[i].in);

		tap_is_str(got, trim_cases[i].out, "trim: %s",
		    trim_cases[i].title);
		free(got);
	}
}

int
main(void)
{
	test_decode();
	test_encode();
	test_valid();
	test_char_width();
	test_widths();
	test_count_every_char();
	test_fit();
	test_classes();
	test_strings();
	return tap_done();
}
