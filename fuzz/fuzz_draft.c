/* fuzz_draft.c — the draft reader and writer: never crash, and whatever
 * reads as a draft is written so that it reads back as the same tree,
 * and writing that again gives the same bytes. */
#include <config.h>

#include <string.h>

#include "fuzz/fuzz.h"
#include "storage/draft_yaml.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problem_list errors;
	struct draft *d, *again;
	char *out, *out2;
	size_t len, len2;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	problem_list_init(&errors);
	d = draft_yaml_load((const char *)data, size, &errors);
	FUZZ_CHECK(d != NULL || errors.n > 0);
	if (d != NULL) {
		out = draft_yaml_emit(d, NULL, &len);
		again = draft_yaml_load(out, len, &errors);
		FUZZ_CHECK(again != NULL);
		FUZZ_CHECK(value_equal(&again->top, &d->top));
		out2 = draft_yaml_emit(again, NULL, &len2);
		FUZZ_CHECK(len == len2 && memcmp(out, out2, len) == 0);
		free(out);
		free(out2);
		draft_free(again);
		draft_free(d);
	}
	problem_list_free(&errors);
	return 0;
}
