# storage/: bytes to model and back — YAML, text, encodings, files.
# Uses forms/ and lib/; never curses.
noinst_LIBRARIES += storage/libstorage.a
storage_libstorage_a_SOURCES = \
	storage/draft_file.h \
	storage/draft_yaml.h \
	storage/encoding.c storage/encoding.h \
	storage/file.h \
	storage/import.c storage/import.h storage/import_util.h \
	storage/import_lines.c storage/import_own.c storage/import_value.c \
	storage/import_web.c \
	storage/print.c storage/print.h storage/print_layout.h \
	storage/print_body.c storage/print_buf.c storage/print_sheet.c \
	storage/print_table.c storage/print_text.c \
	storage/template_yaml.h \
	storage/templates.h
storage_libstorage_a_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)
