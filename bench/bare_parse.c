/* bare_parse.c — the baseline of bench/validate.sh: read each file named
 * and run libyaml's event parser over it, doing nothing with the events.
 * Prints the number of files parsed; exits 1 when one fails. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* Read the file PATH whole into *DATA (caller frees) and *LEN.  Return
 * 0, or -1. */
static int
read_file(const char *path, unsigned char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 65536, n = 0, got;
	unsigned char *buf;

	if (f == NULL)
		return -1;
	buf = malloc(cap);
	while (buf != NULL && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			unsigned char *bigger = realloc(buf, cap *= 2);

			if (bigger == NULL) {
				free(buf);
				buf = NULL;
			}
			buf = bigger;
		}
	}
	fclose(f);
	if (buf == NULL)
		return -1;
	*data = buf;
	*len = n;
	return 0;
}

/* Parse the LEN bytes at DATA to the end of the stream.  Return 0, or -1
 * on a parse error. */
static int
parse(const unsigned char *data, size_t len)
{
	yaml_parser_t parser;
	yaml_event_t event;
	int done = 0, r = 0;

	if (!yaml_parser_initialize(&parser))
		return -1;
	yaml_parser_set_input_string(&parser, data, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			r = -1;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	return r;
}

int
main(int argc, char **argv)
{
	unsigned char *data;
	size_t len;
	int i, parsed = 0, status = 0;

	for (i = 1; i < argc; i++) {
		if (read_file(argv[i], &data, &len) != 0 || parse(data, len)
		    != 0) {
			fprintf(stderr, "bare_parse: %s: cannot parse\n",
			    argv[i]);
			status = 1;
		} else {
			parsed++;
			free(data);
		}
	}
	printf("%d\n", parsed);
	return status;
}
