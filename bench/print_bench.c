/* print_bench.c — how fast a draft is printed: N copies of a draft laid
 * out, and converted to Big5, against loading the draft N times, all in
 * the same run. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "forms/problem.h"
#include "storage/draft_file.h"
#include "storage/encoding.h"
#include "storage/print.h"

/* Return the seconds of the monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Load PATH N times; return the seconds taken, or -1. */
static double
time_loads(const char *path, long n)
{
	double start = now();
	long i;

	for (i = 0; i < n; i++) {
		struct problem_list errors;
		struct draft *d;
		struct template *t;

		problem_list_init(&errors);
		if (draft_file_load(path, &d, &t, &errors) != 0)
			return -1;
		problem_list_free(&errors);
		draft_free(d);
		template_free(t);
	}
	return now() - start;
}

/* Print D N times, converting each copy to CHARSET unless NULL; return
 * the seconds taken, or -1. */
static double
time_prints(const struct draft *d, const struct template *t, long n,
    const char *charset)
{
	struct print_options o;
	double start = now();
	long i;

	print_options_init(&o);
	for (i = 0; i < n; i++) {
		struct print_copy *c = print_layout(d, t, &o);
		struct encoding_error err;
		char *out;
		size_t len;

		if (charset != NULL) {
			if (encoding_from_utf8(charset, c->text, c->len, false,
			    &out, &len, &err) != ENCODING_OK)
				return -1;
			free(out);
		}
		print_copy_free(c);
	}
	return now() - start;
}

int
main(int argc, char **argv)
{
	struct problem_list errors;
	struct draft *d;
	struct template *t;
	double load, print, big5;
	long n = argc > 2 ? atol(argv[2]) : 1000;

	if (argc < 2 || n <= 0) {
		fprintf(stderr, "usage: print_bench DRAFT [N]\n");
		return 2;
	}
	problem_list_init(&errors);
	if (draft_file_load(argv[1], &d, &t, &errors) != 0) {
		fprintf(stderr, "print_bench: cannot load %s\n", argv[1]);
		return 2;
	}
	problem_list_free(&errors);
	printf("%ld times each:\n", n);
	load = time_loads(argv[1], n);
	print = time_prints(d, t, n, NULL);
	big5 = time_prints(d, t, n, "BIG5");
	if (load < 0 || print < 0 || big5 < 0) {
		fprintf(stderr, "print_bench: a run failed\n");
		return 2;
	}
	printf("%-30s %8.3f s  %7.0f /s        (baseline)\n",
	    "load the draft", load, n / load);
	printf("%-30s %8.3f s  %7.0f copies/s  %.2f x the load\n",
	    "lay out the copy", print, n / print, print / load);
	printf("%-30s %8.3f s  %7.0f copies/s  %.2f x the load\n",
	    "lay out and convert to BIG5", big5, n / big5, big5 / load);
	draft_free(d);
	template_free(t);
	encoding_cache_free();
	return 0;
}
