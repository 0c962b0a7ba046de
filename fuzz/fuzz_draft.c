/* fuzz_draft.c — the draft reader and writer on any bytes: never crash or
 * leak; a draft it accepts is written without a template (and reads back
 * as the same tree) and with each shipped template, and what is written
 * writes again as the same bytes once read (a fixed point); it is checked against
 * both templates, and validation and printing of it run clean. */
#include <config.h>

#include <string.h>

#include "fuzz/fuzz.h"
#include "forms/validate.h"
#include "storage/draft_yaml.h"
#include "storage/print.h"

/* Check that emitting D as a draft of T (or of none) gives text that loads and emits
 * the same again. */
static void
check_fixed_point(const struct draft *d, const struct template *t)
{
	struct problem_list errors;
	struct draft *again;
	size_t len1, len2;
	char *first, *second;

	first = draft_yaml_emit(d, t, &len1);
	FUZZ_CHECK(strlen(first) == len1);
	problem_list_init(&errors);
	again = draft_yaml_load(first, len1, &errors);
	if (again == NULL)
		fprintf(stderr, "emitted text does not load:\n%s\n%s\n", first,
		    errors.n > 0 ? errors.items[0].message : "");
	FUZZ_CHECK(again != NULL);
	/* A template puts the fields in its order; without one the tree
	 * comes back as it was. */
	if (t == NULL)
		FUZZ_CHECK(value_equal(&again->top, &d->top));
	second = draft_yaml_emit(again, t, &len2);
	if (len1 != len2 || memcmp(first, second, len1) != 0)
		fprintf(stderr, "first:\n%s\nsecond:\n%s\n", first, second);
	FUZZ_CHECK(len1 == len2 && memcmp(first, second, len1) == 0);
	free(second);
	draft_free(again);
	problem_list_free(&errors);
	free(first);
}

/* Validate D against T and, when its shapes fit T, print it at COLS. */
static void
check_template(const struct draft *d, const struct template *t, size_t cols)
{
	struct problem_list problems;
	struct print_options o;
	struct print_copy *c;
	int shapes;

	problem_list_init(&problems);
	shapes = draft_yaml_check_shapes(d, t, &problems);
	check_fixed_point(d, t);
	if (shapes == 0) {
		draft_validate(d, t, &problems);
		print_options_init(&o);
		o.columns = cols;
		c = print_layout(d, t, &o);
		fuzz_check_printable(c->text, c->len, cols);
		print_copy_free(c);
	}
	problem_list_free(&problems);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problem_list errors;
	struct draft *d;
	size_t i;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	problem_list_init(&errors);
	d = draft_yaml_load((const char *)data, size, &errors);
	FUZZ_CHECK(d != NULL || errors.n > 0);
	if (d != NULL) {
		check_fixed_point(d, NULL);
		for (i = 0; i < FUZZ_N_TEMPLATES; i++)
			check_template(d, fuzz_template(i),
			    PRINT_MIN_COLUMNS + size % 61);
		draft_free(d);
	}
	problem_list_free(&errors);
	return 0;
}
