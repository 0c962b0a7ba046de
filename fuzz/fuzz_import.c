/* fuzz_import.c — the text importer on any text, in both layouts: never
 * crash or leak; a draft it makes fits the template's shapes, emits and
 * loads back, and prints within the width without control characters.
 * The first byte picks the template and the width. */
#include <config.h>

#include <string.h>

#include "fuzz/fuzz.h"
#include "forms/validate.h"
#include "storage/draft_yaml.h"
#include "storage/import.h"
#include "storage/print.h"

/* Check that D, imported as a draft of T, saves, loads and prints. */
static void
check_imported(const struct draft *d, const struct template *t, size_t cols)
{
	struct problem_list problems;
	struct print_options o;
	struct print_copy *c;
	struct draft *again;
	char *text;
	size_t len;

	problem_list_init(&problems);
	FUZZ_CHECK(draft_yaml_check_shapes(d, t, &problems) == 0);
	text = draft_yaml_emit(d, t, &len);
	again = draft_yaml_load(text, len, &problems);
	FUZZ_CHECK(again != NULL);
	draft_validate(again, t, &problems);
	print_options_init(&o);
	o.columns = cols;
	c = print_layout(again, t, &o);
	fuzz_check_printable(c->text, c->len, cols);
	print_copy_free(c);
	draft_free(again);
	free(text);
	problem_list_free(&problems);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problem_list notes;
	const struct template *t;
	struct draft *d;
	size_t cols;
	char *s, *title;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	t = fuzz_template(data[0] & 1);
	cols = PRINT_MIN_COLUMNS + (data[0] >> 1) % 64;
	s = fuzz_string(data + 1, size - 1);
	(void)import_detect_layout(s);
	title = import_title(s);
	free(title);
	problem_list_init(&notes);
	d = import_text(s, t, &notes);
	if (d != NULL) {
		check_imported(d, t, cols);
		draft_free(d);
	}
	problem_list_free(&notes);
	free(s);
	return 0;
}
