# bench/: benchmarks, run by "make bench", never by "make check".  Each
# script in BENCHMARKS prints its figures, with a baseline measured in
# the same run, as ratios: these machines are noisy.
BENCHMARKS =
BENCH_BINARIES =
EXTRA_PROGRAMS = $(BENCH_BINARIES)
CLEANFILES += $(BENCH_BINARIES)

bench: all $(BENCH_BINARIES)
	@set -e; for b in $(BENCHMARKS); do \
	  echo "== $$b"; \
	  TRIPREPORT='$(abs_top_builddir)/tripreport' \
	  TRIPREPORT_TEMPLATES='$(abs_top_srcdir)/templates' \
	  BENCH_SRCDIR='$(abs_top_srcdir)/bench' \
	  BENCH_BUILDDIR='$(abs_top_builddir)/bench' \
	  TESTS_SRCDIR='$(abs_top_srcdir)/tests' \
	  $(SHELL) $(srcdir)/$$b; \
	done
.PHONY: bench

# Printing: copies per second, against loading the draft.
BENCHMARKS += bench/print.sh
BENCH_BINARIES += bench/print_bench
bench_print_bench_LDADD = $(TRIPREPORT_LIBS) $(YAML_LIBS) $(LIBICONV) \
	$(LIBINTL)
EXTRA_DIST += bench/print.sh

# The form through a pseudo-terminal, beside nano.
BENCH_BINARIES += bench/ptydrive
bench_ptydrive_SOURCES = bench/ptydrive.c
bench_ptydrive_LDADD = -lutil
BENCHMARKS += bench/tui.sh
EXTRA_DIST += bench/tui.sh

# Validation: drafts per second, against a bare libyaml parse.
BENCHMARKS += bench/validate.sh
BENCH_BINARIES += bench/bare_parse
bench_bare_parse_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)
bench_bare_parse_LDADD = $(YAML_LIBS)
EXTRA_DIST += bench/validate.sh
