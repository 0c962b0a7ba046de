/* fuzz.h — what every libFuzzer target shares: the entry point's
 * prototype, an input cap, and a check that aborts (a crash the fuzzer
 * reports) when an invariant breaks. */
#ifndef TRIPREPORT_FUZZ_FUZZ_H
#define TRIPREPORT_FUZZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Inputs larger than this are skipped: the loaders refuse far smaller
 * files, and big inputs only slow the search. */
#define FUZZ_MAX_INPUT (64u * 1024u)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message when COND is false: the fuzzer saves the input. */
#define FUZZ_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, \
		    __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* Return a NUL-terminated copy of the input.  Caller frees. */
char *fuzz_string(const uint8_t *data, size_t size);

/* The shipped templates (taichung, national), read from the source tree. */
#define FUZZ_N_TEMPLATES 2
struct template;

/* Return shipped template I (modulo FUZZ_N_TEMPLATES), loaded on first
 * use and kept for the whole run (not to be freed). */
const struct template *fuzz_template(size_t i);

/* Check that the plain-text copy TEXT (LEN bytes) could go to a terminal
 * or printer: valid UTF-8, no control byte but newline, no line wider
 * than COLS. */
void fuzz_check_printable(const char *text, size_t len, size_t cols);

#endif
