/* preview.c — the print preview (see preview.h). */
#include <config.h>

#include "tui/preview.h"

#include <curses.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/encoding.h"
#include "storage/file.h"
#include "storage/lp.h"
#include "storage/print.h"
#include "tui/input.h"
#include "tui/pager.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

/* The preview of one draft. */
struct preview {
	struct print_copy *copy;	/* owned */
	const struct template *tmpl;	/* not owned */
	const char *path;		/* the draft's; not owned */
	struct pager pager;
};

/* Return the default name of the .txt copy: the draft's, its .yaml (or
 * .yml) ending replaced.  Caller frees. */
static char *
txt_name(const char *path)
{
	size_t n = strlen(path);

	if (n > 5 && strcmp(path + n - 5, ".yaml") == 0)
		n -= 5;
	else if (n > 4 && strcmp(path + n - 4, ".yml") == 0)
		n -= 4;
	return xasprintf("%.*s.txt", (int)n, path);
}

/* Ask about the character ERR found that CHARSET cannot hold.  Return
 * true when the user chose to put a marker in its place. */
static bool
ask_replace(struct preview *v, const struct encoding_error *err,
    const char *charset)
{
	const char *id = print_copy_field_at(v->copy, err->offset);
	const struct template_field *f = id != NULL
	    ? template_field(v->tmpl, id) : NULL;
	char *what = encoding_error_message(err, charset), *q;
	unsigned c;

	if (f != NULL)
		/* TRANSLATORS: a field's label, then why its text cannot be
		 * written. */
		q = xasprintf(_("%s: %s"), f->label, what);
	else
		q = xasprintf(_("Line %zu of the copy: %s"),
		    print_copy_line_at(v->copy, err->offset), what);
	c = pager_ask_key(&v->pager, q, _("R Replace it with a marker   "
	    "C Cancel"));
	free(q);
	free(what);
	return c == 'r';
}

/* Convert the copy to CHARSET into *OUT and *LEN, asking what to do with
 * a character it cannot hold.  Return 0, or -1 when nothing is to be
 * written. */
static int
convert(struct preview *v, const char *charset, char **out, size_t *len)
{
	struct encoding_error err;
	char *msg;

	if (encoding_is_utf8(charset)) {
		*out = xstrdup(v->copy->text);
		*len = v->copy->len;
		return 0;
	}
	if (encoding_from_utf8(charset, v->copy->text, v->copy->len, false,
	    out, len, &err) == ENCODING_OK)
		return 0;
	if (err.status == ENCODING_UNMAPPABLE) {
		if (!ask_replace(v, &err, charset)) {
			pager_message(&v->pager, _("Nothing was written."));
			return -1;
		}
		if (encoding_from_utf8(charset, v->copy->text, v->copy->len,
		    true, out, len, &err) == ENCODING_OK)
			return 0;
	}
	msg = encoding_error_message(&err, charset);
	pager_message(&v->pager, msg);
	free(msg);
	return -1;
}

/* Return true when the copy may be written to NAME: there is no such
 * file yet, or the user agrees to replace it. */
static bool
may_write(struct preview *v, const char *name)
{
	struct stat st;
	char *q;
	bool yes;

	if (stat(name, &st) != 0)
		return true;
	q = xasprintf(_("%s exists.  Replace it?"), name);
	yes = pager_ask_key(&v->pager, q, _("Y Yes   N No")) == 'y';
	free(q);
	return yes;
}

/* Ask for a file name and an encoding, and save the copy there. */
static void
save_txt(struct preview *v)
{
	char *def = txt_name(v->path), *name, *data = NULL, *error = NULL;
	const char *charset;
	size_t len;
	unsigned c;

	name = pager_ask_line(&v->pager, _("Save the copy as:"), def);
	free(def);
	if (name == NULL || *name == '\0') {
		pager_message(&v->pager, _("Nothing was written."));
		free(name);
		return;
	}
	c = pager_ask_key(&v->pager, _("Encoding of the copy?"),
	    _("U UTF-8   B Big5   C Cancel"));
	charset = c == 'u' ? "UTF-8" : c == 'b' ? "BIG5" : NULL;
	if (charset != NULL && !may_write(v, name))
		charset = NULL;
	if (charset == NULL)
		pager_message(&v->pager, _("Nothing was written."));
	else if (convert(v, charset, &data, &len) == 0) {
		if (file_save_atomic(name, data, len, 0600, &error) == 0) {
			char *msg = xasprintf(_("Wrote %s (%s)"), name,
			    charset);

			pager_message(&v->pager, msg);
			free(msg);
		} else {
			pager_message(&v->pager, error);
		}
	}
	free(error);
	free(data);
	free(name);
}

/* Send the copy to the print spooler, and say how it went. */
static void
send_lp(struct preview *v)
{
	const char *base = strrchr(v->path, '/');
	char *error = NULL;

	if (lp_send(NULL, base != NULL ? base + 1 : v->path, v->copy->text,
	    v->copy->len, &error) == 0)
		pager_message(&v->pager, _("The copy was sent to the "
		    "printer."));
	else
		pager_message(&v->pager, error);
	free(error);
}

/* Return true when K leaves the preview. */
static bool
leaves(const struct tui_key *k)
{
	return tui_key_is_char(k, 27) || tui_key_is_char(k, 'q')
	    || tui_key_is_char(k, 'Q') || tui_key_is_char(k, TUI_CTRL('X'))
	    || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_char(k, TUI_CTRL('P')) || tui_key_is_func(k, KEY_F(5))
	    || tui_key_is_func(k, KEY_F(10));
}

/* Act on key K; return false when the preview is to end. */
static bool
preview_key(struct preview *v, const struct tui_key *k)
{
	if (leaves(k))
		return false;
	if (pager_scroll(&v->pager, k))
		return true;
	pager_message(&v->pager, NULL);
	if (tui_key_is_char(k, 's') || tui_key_is_char(k, 'S'))
		save_txt(v);
	else if (tui_key_is_char(k, 'l') || tui_key_is_char(k, 'L'))
		send_lp(v);
	return true;
}

void
preview_run(const struct draft *d, const struct template *t,
    const char *path)
{
	struct print_options o;
	struct preview v;
	struct tui_key k;
	enum tui_key_type kt;

	print_options_init(&o);
	v.copy = print_layout(d, t, &o);
	v.tmpl = t;
	v.path = path;
	/* TRANSLATORS: the foot of the print preview; at most 78
	 * columns. */
	pager_init(&v.pager, v.copy->text, _("Print preview"),
	    _("S Save as .txt   L Send to lp   PgUp PgDn Home End   Q Back"));
	for (;;) {
		pager_draw(&v.pager);
		kt = tui_read_key(&k, POLL_MS);
		if (kt == TUI_KEY_HANGUP)
			break;
		if (kt == TUI_KEY_NONE || tui_key_is_func(&k, KEY_RESIZE))
			continue;
		if (!preview_key(&v, &k))
			break;
	}
	pager_clear(&v.pager);
	print_copy_free(v.copy);
}
