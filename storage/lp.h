/* lp.h — handing a printed copy to the print spooler.
 *
 * The copy goes to the standard input of CUPS's lp (or of the program
 * named by $TRIPREPORT_PRINT_COMMAND), started with fork and exec, never
 * through a shell, so no file name or printer name is ever read as shell
 * syntax.
 */
#ifndef TRIPREPORT_STORAGE_LP_H
#define TRIPREPORT_STORAGE_LP_H

#include <stddef.h>

/* Send LEN bytes at DATA to the spooler, on PRINTER (lp -d PRINTER) or
 * the default one when PRINTER is NULL; TITLE names the job (lp -t).
 * Return 0 when the spooler took it, or -1 after storing a translated
 * message in *ERROR (caller frees). */
int lp_send(const char *printer, const char *title, const char *data,
    size_t len, char **error);

#endif
