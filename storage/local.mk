# storage/: bytes to model and back — YAML, text, encodings, files.
# Uses forms/ and lib/; never curses.
noinst_LIBRARIES += storage/libstorage.a
storage_libstorage_a_SOURCES = \
	storage/draft_emit.c \
	storage/draft_file.c \
	storage/draft_file.h \
	storage/draft_yaml.c \
	storage/draft_yaml.h \
	storage/drafts.c \
	storage/drafts.h \
	storage/drafts_files.c \
	storage/encoding.c \
	storage/encoding.h \
	storage/file.c \
	storage/file.h \
	storage/folder.c \
	storage/folder.h \
	storage/import.c \
	storage/import.h \
	storage/import_lines.c \
	storage/import_own.c \
	storage/import_util.h \
	storage/import_value.c \
	storage/import_web.c \
	storage/lock.c \
	storage/lp.c \
	storage/lp.h \
	storage/lock.h \
	storage/print.c \
	storage/print.h \
	storage/print_body.c \
	storage/print_buf.c \
	storage/print_layout.h \
	storage/print_sheet.c \
	storage/print_table.c \
	storage/print_text.c \
	storage/profile.c \
	storage/profile.h \
	storage/recovery.c \
	storage/recovery.h \
	storage/template_field_yaml.c \
	storage/template_schema.c \
	storage/template_schema.h \
	storage/template_yaml.c \
	storage/template_yaml.h \
	storage/strbuf.c \
	storage/strbuf.h \
	storage/templates.c \
	storage/templates.h \
	storage/yaml_scalar.c \
	storage/yaml_scalar.h \
	storage/yaml_tree.c \
	storage/yaml_tree.h
storage_libstorage_a_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)
