# cli/: the command line and its sub-commands.
bin_PROGRAMS += tripreport
tripreport_SOURCES = \
	cli/main.c \
	cli/commands.c cli/commands.h \
	cli/locale.c cli/locale.h
tripreport_LDADD = $(TRIPREPORT_LIBS) $(NCURSESW_LIBS) $(YAML_LIBS) \
	$(LIBICONV) $(LIBINTL)
