# bench/: benchmarks, run by "make bench", never by "make check".  Each
# script in BENCH_SCRIPTS prints its figures, with a baseline measured in
# the same run, as ratios: these machines are noisy.
BENCH_SCRIPTS =
BENCH_PROGRAMS =
EXTRA_PROGRAMS = $(BENCH_PROGRAMS)
CLEANFILES += $(BENCH_PROGRAMS)

bench: all $(BENCH_PROGRAMS)
	@set -e; for b in $(BENCH_SCRIPTS); do \
	  echo "== $$b"; \
	  TRIPREPORT='$(abs_top_builddir)/tripreport' \
	  TRIPREPORT_TEMPLATES='$(abs_top_srcdir)/templates' \
	  BENCH_SRCDIR='$(abs_top_srcdir)/bench' \
	  BENCH_BUILDDIR='$(abs_top_builddir)/bench' \
	  TESTS_SRCDIR='$(abs_top_srcdir)/tests' \
	  $(SHELL) $(srcdir)/$$b; \
	done
.PHONY: bench
