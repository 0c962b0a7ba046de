# storage/: bytes to model and back — YAML, text, encodings, files.
# Uses forms/ and lib/; never curses.
noinst_LIBRARIES += storage/libstorage.a
storage_libstorage_a_SOURCES = \
	storage/draft_file.h \
	storage/draft_yaml.h \
	storage/file.h \
	storage/lock.c storage/lock.h \
	storage/template_yaml.h \
	storage/templates.h
storage_libstorage_a_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)
