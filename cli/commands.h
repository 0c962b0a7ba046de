/* commands.h — the table of sub-commands and the exit statuses they share.
 *
 * Each sub-command lives in its own cli/cmd_NAME.c and is reached only
 * through this table: main.c looks the name up and calls run().
 */
#ifndef TRIPREPORT_CLI_COMMANDS_H
#define TRIPREPORT_CLI_COMMANDS_H

/* Exit statuses, as DESIGN.md fixes them. */
enum cli_exit {
	CLI_EXIT_OK = 0,	/* done; every draft passed */
	CLI_EXIT_PROBLEMS = 1,	/* a draft has problems */
	CLI_EXIT_TROUBLE = 2	/* usage or I/O error */
};

/* One sub-command. */
struct cli_command {
	const char *name;	/* as typed: "validate" */
	const char *usage;	/* arguments after the name, N_()-marked */
	const char *summary;	/* one line for --help, N_()-marked */
	/* Run with ARGV[0] = the sub-command's name; return an exit status. */
	int (*run)(int argc, char **argv);
};

/* The sub-commands, ended by an entry whose name is NULL. */
extern const struct cli_command cli_commands[];

/* The sub-commands, each in its cli/cmd_NAME.c. */
int cmd_new(int argc, char **argv);
int cmd_templates(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_print(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_list(int argc, char **argv);

/* Return the sub-command called NAME, or NULL. */
const struct cli_command *cli_command_find(const char *name);

/* Print "Try 'tripreport COMMAND --help'." after a usage error and return
 * CLI_EXIT_TROUBLE.  COMMAND may be NULL for the program itself. */
int cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Print the standard "--help" trailer (how to report bugs). */
void cli_print_help_trailer(void);

#endif
