# tests/: the test suite, run by "make check" through automake's TAP driver.
# C unit tests are programs that print TAP; shell tests are *.sh scripts.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) \
	$(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)

# Every test sees the build tree, not an installed copy, and a catalogue
# compiled from po/zh_TW.po, so translations are tested before install.
TRIPREPORT_UNDER_TEST = $(abs_top_builddir)/tripreport
AM_TESTS_ENVIRONMENT = \
	TRIPREPORT='$(TRIPREPORT_UNDER_TEST)'; \
	TRIPREPORT_TEMPLATES='$(abs_top_srcdir)/templates'; \
	TRIPREPORT_LOCALEDIR='$(abs_top_builddir)/tests/locale'; \
	TESTS_SRCDIR='$(abs_top_srcdir)/tests'; \
	TESTS_BUILDDIR='$(abs_top_builddir)/tests'; \
	TOP_SRCDIR='$(abs_top_srcdir)'; \
	TMUX_PROGRAM='$(TMUX)'; \
	MSGFMT='$(MSGFMT_CHECK)'; XGETTEXT='$(XGETTEXT_CHECK)'; \
	MSGMERGE='$(MSGMERGE_CHECK)'; \
	export TRIPREPORT TRIPREPORT_TEMPLATES TRIPREPORT_LOCALEDIR \
	TESTS_SRCDIR TESTS_BUILDDIR TOP_SRCDIR TMUX_PROGRAM MSGFMT XGETTEXT \
	MSGMERGE;

check_LIBRARIES += tests/libtap.a
tests_libtap_a_SOURCES = tests/tap.c tests/tap.h

check_DATA = tests/locale/zh_TW/LC_MESSAGES/tripreport.mo
tests/locale/zh_TW/LC_MESSAGES/tripreport.mo: $(top_srcdir)/po/zh_TW.po
	$(AM_V_GEN)$(MKDIR_P) $(@D) && $(MSGFMT_CHECK) -c -o $@ $(top_srcdir)/po/zh_TW.po
# The command-line tests again, with tripreport under valgrind memcheck:
# zero errors and zero leaks, or the tests fail and the reports are shown.
check-valgrind: all
	@test -n "$(VALGRIND)" || { echo "check-valgrind: apt-get install valgrind" >&2; exit 2; }
	@rm -rf tests/valgrind && mkdir -p tests/valgrind
	@tests=$$(for t in $(TESTS); do case $$t in tests/cli/*) echo $$t;; esac; done); \
	status=0; \
	$(MAKE) $(AM_MAKEFLAGS) check TESTS="$$tests" \
	  TRIPREPORT_UNDER_TEST='$(abs_top_srcdir)/tests/valgrind.sh' \
	  TRIPREPORT_BINARY='$(abs_top_builddir)/tripreport' \
	  VALGRIND_LOGDIR='$(abs_top_builddir)/tests/valgrind' \
	  VALGRIND='$(VALGRIND)' || status=$$?; \
	for log in tests/valgrind/*.log; do \
	  [ -s "$$log" ] || continue; echo "== $$log"; cat "$$log"; status=1; \
	done; \
	runs=$$(ls tests/valgrind | wc -l); \
	echo "check-valgrind: $$runs runs of tripreport under memcheck"; \
	exit $$status
.PHONY: check-valgrind

clean-local: clean-local-tests
clean-local-tests:
	-rm -rf tests/locale tests/valgrind
.PHONY: clean-local-tests

check_PROGRAMS += tests/unit/lock
tests_unit_lock_LDADD = tests/libtap.a storage/libstorage.a forms/libforms.a \
	lib/libcommon.a $(LIBINTL)

TESTS += \
	tests/unit/lock \
	tests/cli/basics.sh \
	tests/cli/list.sh \
	tests/cli/new.sh \
	tests/cli/templates.sh \
	tests/cli/validate.sh \
	tests/cli/manpage.sh \
	tests/po-check.sh \
	tests/tui/harness.sh

EXTRA_DIST += \
	tests/valgrind.sh \
	tests/lib.sh \
	tests/tui/lib.sh \
	tests/cli/basics.sh \
	tests/cli/list.sh \
	tests/cli/manpage.sh \
	tests/cli/new.sh \
	tests/cli/templates.sh \
	tests/cli/validate.sh \
	tests/po-check.sh \
	tests/tui/harness.sh

# Unit tests of forms/: each links the model and the base below it.
FORMS_TEST_LIBS = tests/libtap.a forms/libforms.a lib/libcommon.a
check_PROGRAMS += tests/unit/text
TESTS += tests/unit/text
tests_unit_text_LDADD = $(FORMS_TEST_LIBS)
check_PROGRAMS += tests/unit/wrap
TESTS += tests/unit/wrap
tests_unit_wrap_LDADD = $(FORMS_TEST_LIBS)
check_PROGRAMS += tests/unit/date
TESTS += tests/unit/date
tests_unit_date_LDADD = $(FORMS_TEST_LIBS)
check_PROGRAMS += tests/unit/validate
TESTS += tests/unit/validate
tests_unit_validate_SOURCES = tests/unit/validate.c \
	tests/unit/fixture.c tests/unit/fixture.h
tests_unit_validate_LDADD = $(FORMS_TEST_LIBS)
check_PROGRAMS += tests/unit/value
TESTS += tests/unit/value
tests_unit_value_SOURCES = tests/unit/value.c \
	tests/unit/fixture.c tests/unit/fixture.h
tests_unit_value_LDADD = $(FORMS_TEST_LIBS)


# The fuzz targets replayed on their seeds and on every input that once
# broke them (tests/data/hostile/fuzz/NAME), without libFuzzer.
REPLAY_COMMON = tests/fuzz/replay.c fuzz/fuzz.c fuzz/fuzz.h \
	fuzz/fuzz_templates.c
REPLAY_LIBS = tests/libtap.a storage/libstorage.a forms/libforms.a \
	lib/libcommon.a $(YAML_LIBS) $(LIBICONV) $(LIBINTL)
REPLAY_CPPFLAGS = $(AM_CPPFLAGS) -DREPLAY_TOP='"$(abs_top_srcdir)"' \
	-DFUZZ_TEMPLATES_DIR='"$(abs_top_srcdir)/templates"'
REPLAY_TESTS = tests/fuzz/replay_date tests/fuzz/replay_text \
	tests/fuzz/replay_draft tests/fuzz/replay_template \
	tests/fuzz/replay_import
check_PROGRAMS += $(REPLAY_TESTS)
TESTS += $(REPLAY_TESTS)
tests_fuzz_replay_date_SOURCES = fuzz/fuzz_date.c $(REPLAY_COMMON)
tests_fuzz_replay_date_CPPFLAGS = $(REPLAY_CPPFLAGS) -DREPLAY_NAME='"date"'
tests_fuzz_replay_date_LDADD = $(REPLAY_LIBS)
tests_fuzz_replay_text_SOURCES = fuzz/fuzz_text.c $(REPLAY_COMMON)
tests_fuzz_replay_text_CPPFLAGS = $(REPLAY_CPPFLAGS) -DREPLAY_NAME='"text"'
tests_fuzz_replay_text_LDADD = $(REPLAY_LIBS)
tests_fuzz_replay_draft_SOURCES = fuzz/fuzz_draft.c $(REPLAY_COMMON)
tests_fuzz_replay_draft_CPPFLAGS = $(REPLAY_CPPFLAGS) -DREPLAY_NAME='"draft"'
tests_fuzz_replay_draft_LDADD = $(REPLAY_LIBS)
tests_fuzz_replay_template_SOURCES = fuzz/fuzz_template.c $(REPLAY_COMMON)
tests_fuzz_replay_template_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DREPLAY_NAME='"template"'
tests_fuzz_replay_template_LDADD = $(REPLAY_LIBS)
tests_fuzz_replay_import_SOURCES = fuzz/fuzz_import.c $(REPLAY_COMMON)
tests_fuzz_replay_import_CPPFLAGS = $(REPLAY_CPPFLAGS) \
	-DREPLAY_NAME='"import"'
tests_fuzz_replay_import_LDADD = $(REPLAY_LIBS)
EXTRA_DIST += tests/data/hostile

# Crash consistency: tests/cli/crash-save.sh kills this saver.
check_PROGRAMS += tests/crash_saver
tests_crash_saver_LDADD = storage/libstorage.a forms/libforms.a \
	lib/libcommon.a $(YAML_LIBS) $(LIBICONV) $(LIBINTL)
TESTS += tests/cli/crash-save.sh
EXTRA_DIST += tests/cli/crash-save.sh

# Hostile text: tests/cli/hostile.sh and its checker of raw controls.
check_PROGRAMS += tests/rawcheck
tests_rawcheck_LDADD = forms/libforms.a lib/libcommon.a
TESTS += tests/cli/hostile.sh
EXTRA_DIST += tests/cli/hostile.sh

# Unit tests of storage/: each links storage, the model, the base and
# libyaml.
STORAGE_TEST_LIBS = tests/libtap.a storage/libstorage.a forms/libforms.a \
	lib/libcommon.a $(YAML_LIBS) $(LIBICONV) $(LIBINTL)
check_PROGRAMS += tests/unit/file
TESTS += tests/unit/file
tests_unit_file_SOURCES = tests/unit/file.c \
	tests/unit/testfs.c tests/unit/testfs.h
tests_unit_file_LDADD = $(STORAGE_TEST_LIBS)
check_PROGRAMS += tests/unit/draft_yaml
TESTS += tests/unit/draft_yaml
tests_unit_draft_yaml_SOURCES = tests/unit/draft_yaml.c \
	tests/unit/value_dump.c tests/unit/value_dump.h
tests_unit_draft_yaml_LDADD = $(STORAGE_TEST_LIBS)
EXTRA_DIST += \
	tests/data/national-example.yaml \
	tests/data/taichung-2018.dump \
	tests/data/taichung-2018.yaml
check_PROGRAMS += tests/unit/hostile
TESTS += tests/unit/hostile
tests_unit_hostile_LDADD = $(STORAGE_TEST_LIBS)
check_PROGRAMS += tests/unit/templates
TESTS += tests/unit/templates
tests_unit_templates_LDADD = $(STORAGE_TEST_LIBS)

# Permissions of drafts and temporary files; no shell in the sources.
TESTS += tests/cli/permissions.sh
EXTRA_DIST += tests/cli/permissions.sh

# Unit tests of the drafts browser's model and storage (issue 6).
check_PROGRAMS += tests/unit/draft_diff
TESTS += tests/unit/draft_diff
tests_unit_draft_diff_SOURCES = tests/unit/draft_diff.c \
	tests/unit/fixture.c tests/unit/fixture.h
tests_unit_draft_diff_LDADD = $(FORMS_TEST_LIBS)
check_PROGRAMS += tests/unit/recovery
TESTS += tests/unit/recovery
tests_unit_recovery_SOURCES = tests/unit/recovery.c \
	tests/unit/testfs.c tests/unit/testfs.h
tests_unit_recovery_LDADD = $(STORAGE_TEST_LIBS)
check_PROGRAMS += tests/unit/drafts
TESTS += tests/unit/drafts
tests_unit_drafts_SOURCES = tests/unit/drafts.c \
	tests/unit/testfs.c tests/unit/testfs.h
tests_unit_drafts_LDADD = $(STORAGE_TEST_LIBS)
check_PROGRAMS += tests/unit/profile
TESTS += tests/unit/profile
tests_unit_profile_SOURCES = tests/unit/profile.c \
	tests/unit/testfs.c tests/unit/testfs.h
tests_unit_profile_LDADD = $(STORAGE_TEST_LIBS)

# The form on screen, driven through tmux (tests/tui/lib.sh).
TUI_FORM_TESTS = \
	tests/tui/form-sheet.sh \
	tests/tui/form-keys.sh \
	tests/tui/form-check.sh \
	tests/tui/form-resize.sh \
	tests/tui/form-escape.sh \
	tests/tui/form-dates.sh \
	tests/tui/form-terms.sh \
	tests/tui/form-multiline.sh \
	tests/tui/form-paste.sh \
	tests/tui/form-recovery.sh \
	tests/tui/form-lock.sh \
	tests/tui/form-editor.sh \
	tests/tui/form-print.sh \
	tests/tui/helpbar-labels.sh \
	tests/tui/hostile.sh
TESTS += $(TUI_FORM_TESTS)
EXTRA_DIST += $(TUI_FORM_TESTS) tests/tui/form-lib.sh

# The drafts browser on screen.
TUI_BROWSER_TESTS = \
	tests/tui/browser-list.sh \
	tests/tui/browser-new.sh \
	tests/tui/browser-files.sh
TESTS += $(TUI_BROWSER_TESTS)
EXTRA_DIST += $(TUI_BROWSER_TESTS) tests/tui/browser-lib.sh

# Unit tests of tui/ parts that need no terminal.
check_PROGRAMS += tests/unit/textlines
TESTS += tests/unit/textlines
tests_unit_textlines_LDADD = tests/libtap.a tui/libtui.a forms/libforms.a \
	lib/libcommon.a $(NCURSESW_LIBS)

# The guard of an open draft (tui/guard.c): no terminal needed.
check_PROGRAMS += tests/unit/guard
TESTS += tests/unit/guard
tests_unit_guard_SOURCES = tests/unit/guard.c \
	tests/unit/fixture.c tests/unit/fixture.h
tests_unit_guard_LDADD = tests/libtap.a tui/libtui.a $(STORAGE_TEST_LIBS)
