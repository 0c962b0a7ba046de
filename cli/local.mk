# cli/: the command line and its sub-commands.
bin_PROGRAMS += tripreport
tripreport_SOURCES = \
	cli/main.c \
	cli/cmd_list.c \
	cli/cmd_new.c \
	cli/cmd_templates.c \
	cli/cmd_validate.c \
	cli/commands.c cli/commands.h \
	cli/cmd_import.c cli/cmd_print.c \
	cli/locale.c cli/locale.h \
	cli/report.c cli/report.h
tripreport_LDADD = $(TRIPREPORT_LIBS) $(NCURSESW_LIBS) $(YAML_LIBS) \
	$(LIBICONV) $(LIBINTL)
