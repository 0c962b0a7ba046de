/* locale.h — start-up of the locale: a UTF-8 character set is required.
 *
 * Owns the decision of which locale the program runs in; nothing else
 * calls setlocale().
 */
#ifndef TRIPREPORT_CLI_LOCALE_H
#define TRIPREPORT_CLI_LOCALE_H

/* Set the locale from the environment and bind the message catalogue.
 * When the user's locale is missing on this machine, fall back to
 * C.UTF-8 for the character type and keep the user's language for
 * messages.  Return 0, or -1 after printing how to fix a character set
 * that is not UTF-8. */
int cli_locale_init(void);

#endif
