/* profile.c — the user's own details (see profile.h). */
#include <config.h>

#include "storage/profile.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/file.h"
#include "storage/folder.h"
#include "storage/strbuf.h"
#include "storage/yaml_scalar.h"
#include "storage/yaml_tree.h"

/* The profile is a flat map: nothing nests deeper than this. */
#define PROFILE_MAX_DEPTH 4

/* The largest profile read. */
#define PROFILE_MAX_SIZE (64u * 1024u)

/* The keys of the file and where their values go in struct profile. */
static const struct {
	const char *key;
	size_t offset;
} keys[] = {
	{"name", offsetof(struct profile, name)},
	{"agency", offsetof(struct profile, agency)},
	{"unit", offsetof(struct profile, unit)},
	{"title", offsetof(struct profile, title)},
	{"phone", offsetof(struct profile, phone)},
	{"template", offsetof(struct profile, template_id)},
};

#define N_KEYS (sizeof keys / sizeof keys[0])

/* Return the slot of key I in P. */
static char **
slot(struct profile *p, size_t i)
{
	return (char **)(void *)((char *)p + keys[i].offset);
}

/* Return the value of key I in P. */
static const char *
get(const struct profile *p, size_t i)
{
	return *(char *const *)(const void *)((const char *)p
	    + keys[i].offset);
}

char *
profile_path(void)
{
	const char *v = getenv("XDG_CONFIG_HOME");

	if (v != NULL && *v != '\0')
		return xasprintf("%s/tripreport/profile.yaml", v);
	v = getenv("HOME");
	if (v != NULL && *v != '\0')
		return xasprintf("%s/.config/tripreport/profile.yaml", v);
	return NULL;
}

void
profile_clear(struct profile *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < N_KEYS; i++)
		free(*slot(p, i));
	memset(p, 0, sizeof *p);
}

/* Store the known keys of the map TOP in P.  Return 0, or -1 after
 * appending an error about a value that is not text. */
static int
read_keys(const struct value *top, struct profile *p,
    struct problem_list *errors)
{
	size_t i;

	for (i = 0; i < N_KEYS; i++) {
		const struct value *v = value_map_get(top, keys[i].key);

		if (v == NULL || v->type == VALUE_NULL)
			continue;
		if (v->type != VALUE_SCALAR) {
			problem_add(errors, PROBLEM_ERROR, keys[i].key,
			    v->line, v->col, _("%s must be text"),
			    keys[i].key);
			return -1;
		}
		*slot(p, i) = xstrdup(v->text);
	}
	return 0;
}

int
profile_load(const char *path, struct profile *p,
    struct problem_list *errors)
{
	struct value top;
	char *data, *error;
	size_t len;
	int rc;

	memset(p, 0, sizeof *p);
	if (file_read(path, PROFILE_MAX_SIZE, &data, &len, &error) != 0) {
		struct stat st;

		if (stat(path, &st) != 0 && errno == ENOENT) {
			free(error);
			return 0;
		}
		problem_add(errors, PROBLEM_ERROR, NULL, 0, 0, "%s", error);
		free(error);
		return -1;
	}
	value_init(&top);
	rc = len == 0 ? 0
	    : yaml_tree_parse(data, len, PROFILE_MAX_DEPTH, &top, errors);
	if (rc == 0 && top.type != VALUE_MAP && top.type != VALUE_NULL) {
		problem_add(errors, PROBLEM_ERROR, NULL, top.line, top.col,
		    _("the profile must be a map of keys (name, agency, unit, "
		    "title, phone, template)"));
		rc = -1;
	}
	if (rc == 0)
		rc = read_keys(&top, p, errors);
	if (rc != 0)
		profile_clear(p);
	value_free(&top);
	free(data);
	return rc;
}

/* libyaml's writer: append SIZE bytes at BUF to the strbuf DATA. */
static int
write_to_strbuf(void *data, unsigned char *buf, size_t size)
{
	strbuf_add(data, (const char *)buf, size);
	return 1;
}

/* Emit the scalar TEXT (PLAIN: a key, always plain) with E.  Return 1,
 * or 0 on failure, as libyaml does. */
static int
emit_scalar(yaml_emitter_t *e, const char *text, int plain)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	yaml_event_t ev;

	if (plain)
		style = YAML_PLAIN_SCALAR_STYLE;
	else if (yaml_scalar_resolves(text))
		style = YAML_SINGLE_QUOTED_SCALAR_STYLE;	/* 'yes' */
	yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)text, (int)strlen(text), 1, 1, style);
	return yaml_emitter_emit(e, &ev);
}

/* Emit the events of P as one map document with E.  Return 1, or 0. */
static int
emit_profile(yaml_emitter_t *e, const struct profile *p)
{
	yaml_event_t ev;
	size_t i;
	int ok;

	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	ok = yaml_emitter_emit(e, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(e, &ev);
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
	    YAML_BLOCK_MAPPING_STYLE);
	ok = ok && yaml_emitter_emit(e, &ev);
	for (i = 0; ok && i < N_KEYS; i++)
		if (get(p, i) != NULL)
			ok = emit_scalar(e, keys[i].key, 1)
			    && emit_scalar(e, get(p, i), 0);
	yaml_mapping_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(e, &ev);
	yaml_document_end_event_initialize(&ev, 1);
	ok = ok && yaml_emitter_emit(e, &ev);
	yaml_stream_end_event_initialize(&ev);
	return ok && yaml_emitter_emit(e, &ev);
}

/* Return P as YAML text, its length in *LEN, or NULL when libyaml
 * refuses (text it cannot write).  Caller frees. */
static char *
profile_text(const struct profile *p, size_t *len)
{
	struct strbuf b = {NULL, 0, 0};
	yaml_emitter_t e;
	int ok;

	if (!yaml_emitter_initialize(&e))
		return NULL;
	yaml_emitter_set_output(&e, write_to_strbuf, &b);
	yaml_emitter_set_unicode(&e, 1);
	yaml_emitter_set_width(&e, -1);
	ok = emit_profile(&e, p);
	yaml_emitter_delete(&e);
	*len = b.len;
	if (!ok) {
		free(strbuf_take(&b));
		return NULL;
	}
	return strbuf_take(&b);
}

/* Make the folder of the file PATH, mode 0700 with its parents, when
 * missing.  Return 0, or -1 with a translated message in *ERROR (caller
 * frees). */
static int
make_folder_of(const char *path, char **error)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc = 0;

	if (slash == NULL || slash == path)
		return 0;
	dir = xstrndup(path, (size_t)(slash - path));
	if (folder_make(dir) != 0) {
		*error = xasprintf(_("cannot make the folder %s: %s"), dir,
		    strerror(errno));
		rc = -1;
	}
	free(dir);
	return rc;
}

int
profile_save(const char *path, const struct profile *p, char **error)
{
	size_t len;
	char *text;
	int rc;

	if (make_folder_of(path, error) != 0)
		return -1;
	text = profile_text(p, &len);
	if (text == NULL) {
		*error = xasprintf(_("cannot write the profile %s: a value "
		    "is not valid UTF-8 text"), path);
		return -1;
	}
	rc = file_save_atomic(path, text, len, 0600, error);
	free(text);
	return rc;
}

/* Set the empty value V (owned by a draft) to TEXT when TEXT is given. */
static void
fill(struct value *v, const char *text)
{
	if (v != NULL && text != NULL && *text != '\0' && value_is_empty(v))
		value_set_text(v, text);
}

/* Fill the first row of table field F of D from P: the columns T has. */
static void
fill_traveller(const struct profile *p, struct draft *d,
    const struct template *t, const struct template_field *f)
{
	struct value *rows = draft_put(d, t, f->id), *row;

	if (rows->type != VALUE_LIST) {
		if (!value_is_empty(rows))
			return;
		value_set_list(rows);
	}
	if (rows->n_items == 0)
		value_set_map(value_list_append(rows));
	row = &rows->items[0];
	if (row->type != VALUE_MAP)
		return;
	if (template_column(f, "name") != NULL)
		fill(value_map_put(row, "name"), p->name);
	if (template_column(f, "agency") != NULL)
		fill(value_map_put(row, "agency"), p->agency);
	if (template_column(f, "unit") != NULL)
		fill(value_map_put(row, "unit"), p->unit);
	if (template_column(f, "title") != NULL)
		fill(value_map_put(row, "title"), p->title);
	if (template_column(f, "phone") != NULL)
		fill(value_map_put(row, "phone"), p->phone);
}

void
profile_apply(const struct profile *p, struct draft *d,
    const struct template *t)
{
	const struct template_field *f;

	if (template_field(t, "contact") != NULL)
		fill(draft_put(d, t, "contact"), p->name);
	if (template_field(t, "phone") != NULL)
		fill(draft_put(d, t, "phone"), p->phone);
	f = template_field(t, "travellers");
	if (f != NULL && f->kind == FIELD_TABLE && (p->name != NULL
	    || p->agency != NULL || p->unit != NULL || p->title != NULL))
		fill_traveller(p, d, t, f);
}
