# tests/: the test suite, run by "make check" through automake's TAP driver.
# C unit tests are programs that print TAP; shell tests are *.sh scripts.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) \
	$(top_srcdir)/build-aux/tap-driver.sh
TEST_EXTENSIONS = .sh
SH_LOG_DRIVER = $(LOG_DRIVER)
SH_LOG_COMPILER = $(SHELL)

# Every test sees the build tree, not an installed copy, and a catalogue
# compiled from po/zh_TW.po, so translations are tested before install.
AM_TESTS_ENVIRONMENT = \
	TRIPREPORT='$(abs_top_builddir)/tripreport'; \
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
clean-local: clean-local-tests
clean-local-tests:
	-rm -rf tests/locale
.PHONY: clean-local-tests

TESTS += \
	tests/cli/basics.sh \
	tests/cli/manpage.sh \
	tests/po-check.sh \
	tests/tui/harness.sh

EXTRA_DIST += \
	tests/lib.sh \
	tests/tui/lib.sh \
	tests/cli/basics.sh \
	tests/cli/manpage.sh \
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

# The form on screen, driven through tmux (tests/tui/lib.sh).
TUI_FORM_TESTS = \
	tests/tui/form-sheet.sh \
	tests/tui/form-keys.sh \
	tests/tui/form-check.sh \
	tests/tui/form-resize.sh \
	tests/tui/form-escape.sh
TESTS += $(TUI_FORM_TESTS)
EXTRA_DIST += $(TUI_FORM_TESTS) tests/tui/form-lib.sh
