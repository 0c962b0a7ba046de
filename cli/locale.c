/* locale.c — locale start-up (see locale.h). */
#include <config.h>

#include "cli/locale.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"

/* Return the locale name the user asked for, as setlocale would read it. */
static const char *
requested_locale(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0')
			return v;
	}
	return NULL;
}

/* Keep the user's language for messages when their locale is missing:
 * gettext reads LANGUAGE whatever LC_MESSAGES says (unless it is "C"). */
static void
keep_language(const char *wanted)
{
	char lang[64];
	size_t n;

	if (wanted == NULL || getenv("LANGUAGE") != NULL)
		return;
	n = strcspn(wanted, ".@");
	if (n == 0 || n >= sizeof lang)
		return;
	memcpy(lang, wanted, n);
	lang[n] = '\0';
	if (strcmp(lang, "C") == 0 || strcmp(lang, "POSIX") == 0)
		return;
	setenv("LANGUAGE", lang, 0);
}

static void
bind_catalogue(void)
{
#if ENABLE_NLS
	const char *dir = getenv("TRIPREPORT_LOCALEDIR");

	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
}

int
cli_locale_init(void)
{
	const char *codeset;

	const char *ctype;

	if (setlocale(LC_ALL, "") == NULL) {
		keep_language(requested_locale());
		if (setlocale(LC_ALL, "C.UTF-8") == NULL)
			setlocale(LC_ALL, "C");
	}
	/* No locale chosen at all: drafts are UTF-8 whatever the locale, so
	 * take C.UTF-8 for the character type rather than refuse. */
	ctype = setlocale(LC_CTYPE, NULL);
	if (ctype != NULL && (strcmp(ctype, "C") == 0
	    || strcmp(ctype, "POSIX") == 0))
		setlocale(LC_CTYPE, "C.UTF-8");
	bind_catalogue();
	codeset = nl_langinfo(CODESET);
	if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0
	    && strcmp(codeset, "utf8") != 0)) {
		fprintf(stderr, _("%s: the character set is %s, but UTF-8 is "
		    "needed.\nSet a UTF-8 locale, for example: export "
		    "LANG=C.UTF-8\n"), PACKAGE, codeset ? codeset : "?");
		return -1;
	}
	return 0;
}
