/* i18n.h — the message-translation macros used by every part.
 *
 * _() translates a message at the point of use; N_() marks a message kept
 * in a table, translated later when it is shown; P_() picks a plural form.
 * With NLS disabled they fall back to the English text.
 */
#ifndef TRIPREPORT_I18N_H
#define TRIPREPORT_I18N_H

#include <config.h>

#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext(msgid)
# define P_(singular, plural, n) ngettext(singular, plural, n)
#else
# define _(msgid) ((char *) (msgid))
# define P_(singular, plural, n) ((n) == 1 ? (char *) (singular) : (char *) (plural))
#endif
#define N_(msgid) msgid

#endif
