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

#endif
