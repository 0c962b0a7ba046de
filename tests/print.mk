# tests/print.mk: the tests of plain-text copies, encodings and import
# (storage/print_*.c, storage/import_*.c, storage/encoding.c, cli print
# and import), kept apart from tests/local.mk.
PRINT_TEST_LIBS = tests/libtap.a storage/libstorage.a forms/libforms.a \
	lib/libcommon.a $(YAML_LIBS) $(LIBICONV) $(LIBINTL)
check_PROGRAMS += tests/unit/encoding
TESTS += tests/unit/encoding
tests_unit_encoding_LDADD = $(PRINT_TEST_LIBS)
check_PROGRAMS += tests/unit/print
TESTS += tests/unit/print
tests_unit_print_LDADD = $(PRINT_TEST_LIBS)
check_PROGRAMS += tests/unit/import
TESTS += tests/unit/import
tests_unit_import_SOURCES = tests/unit/import.c \
	tests/unit/fixture.c tests/unit/fixture.h
tests_unit_import_LDADD = $(PRINT_TEST_LIBS)
EXTRA_DIST += tests/data/taichung-2018-wcs.txt
check_PROGRAMS += tests/textwidth
tests_textwidth_LDADD = forms/libforms.a lib/libcommon.a
TESTS += tests/cli/print.sh tests/cli/import.sh
EXTRA_DIST += tests/cli/print.sh tests/cli/import.sh \
	tests/data/print-full.yaml tests/data/print-empty.yaml \
	tests/data/taichung-2018-80.txt tests/data/taichung-2018-60.txt \
	tests/data/taichung-2018-80.big5.txt tests/data/taichung-2018-60.big5.txt
