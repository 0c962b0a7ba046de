# fuzz/: libFuzzer targets, built with ./configure CC=clang --enable-fuzzing
# and run by "make fuzz" (FUZZ_SECONDS each, default 60).  Each target
# starts from the seeds in fuzz/seeds/NAME and keeps what it finds in
# fuzz/corpus/NAME of the build tree; crashes land in fuzz/crashes/.
FUZZ_SECONDS = 60
FUZZ_COMMON = fuzz/fuzz.c fuzz/fuzz.h
FUZZ_FORMS_LIBS = forms/libforms.a lib/libcommon.a $(LIBINTL)
FUZZ_STORAGE_SOURCES = $(FUZZ_COMMON) fuzz/fuzz_templates.c
FUZZ_STORAGE_LIBS = storage/libstorage.a $(FUZZ_FORMS_LIBS) $(YAML_LIBS) \
	$(LIBICONV)
FUZZ_STORAGE_CPPFLAGS = $(AM_CPPFLAGS) \
	-DFUZZ_TEMPLATES_DIR='"$(abs_top_srcdir)/templates"'

EXTRA_DIST += fuzz/yaml.dict fuzz/seeds

if ENABLE_FUZZING
FUZZ_TARGETS = fuzz/fuzz_date fuzz/fuzz_text fuzz/fuzz_draft \
	fuzz/fuzz_template fuzz/fuzz_import
noinst_PROGRAMS = $(FUZZ_TARGETS)

fuzz_fuzz_date_SOURCES = fuzz/fuzz_date.c $(FUZZ_COMMON)
fuzz_fuzz_date_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_date_LDADD = $(FUZZ_FORMS_LIBS)

fuzz_fuzz_text_SOURCES = fuzz/fuzz_text.c $(FUZZ_COMMON)
fuzz_fuzz_text_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_text_LDADD = $(FUZZ_FORMS_LIBS)

fuzz_fuzz_draft_SOURCES = fuzz/fuzz_draft.c $(FUZZ_STORAGE_SOURCES)
fuzz_fuzz_draft_CPPFLAGS = $(FUZZ_STORAGE_CPPFLAGS)
fuzz_fuzz_draft_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_draft_LDADD = $(FUZZ_STORAGE_LIBS)

fuzz_fuzz_template_SOURCES = fuzz/fuzz_template.c $(FUZZ_STORAGE_SOURCES)
fuzz_fuzz_template_CPPFLAGS = $(FUZZ_STORAGE_CPPFLAGS)
fuzz_fuzz_template_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_template_LDADD = $(FUZZ_STORAGE_LIBS)

fuzz_fuzz_import_SOURCES = fuzz/fuzz_import.c $(FUZZ_STORAGE_SOURCES)
fuzz_fuzz_import_CPPFLAGS = $(FUZZ_STORAGE_CPPFLAGS)
fuzz_fuzz_import_LDFLAGS = $(FUZZ_LDFLAGS)
fuzz_fuzz_import_LDADD = $(FUZZ_STORAGE_LIBS)

fuzz: $(FUZZ_TARGETS)
	@set -e; mkdir -p fuzz/crashes; \
	for t in $(FUZZ_TARGETS); do \
	  name=$${t#fuzz/fuzz_}; \
	  mkdir -p fuzz/corpus/$$name; \
	  dict=; case $$name in draft|template) \
	    dict=-dict=$(srcdir)/fuzz/yaml.dict;; esac; \
	  echo "== $$name ($(FUZZ_SECONDS) s)"; \
	  ./$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	    -artifact_prefix=fuzz/crashes/$$name- -print_final_stats=1 \
	    $$dict fuzz/corpus/$$name $(srcdir)/fuzz/seeds/$$name 2>&1 | \
	    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|.*ERROR)' ; \
	done; \
	if ls fuzz/crashes/* >/dev/null 2>&1; then \
	  echo "make fuzz: crashes found:"; ls fuzz/crashes; exit 1; fi
else
fuzz:
	@echo "make fuzz: configure with CC=clang --enable-fuzzing first" >&2; \
	exit 2
endif
.PHONY: fuzz
