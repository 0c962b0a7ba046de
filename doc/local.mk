# doc/: the man page, kept in step with --help by tests/cli/manpage.sh.
dist_man_MANS += doc/tripreport.1
