/* Unit tests of storage/profile.c: the user's details, loaded, saved
 * privately, and filled into new drafts. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "storage/profile.h"
#include "storage/templates.h"
#include "tests/tap.h"
#include "tests/unit/testfs.h"

/* The scratch folder of this run. */
static char folder[] = "/tmp/tripreport-profile.XXXXXX";

/* Return the path of NAME in the scratch folder.  Caller frees. */
static char *
scratch(const char *name)
{
	return testfs_path(folder, name);
}

static void
test_path(void)
{
	char *p;

	setenv("XDG_CONFIG_HOME", "/x/config", 1);
	setenv("HOME", "/x/home", 1);
	p = profile_path();
	tap_is_str(p, "/x/config/tripreport/profile.yaml",
	    "XDG_CONFIG_HOME comes first");
	free(p);
	unsetenv("XDG_CONFIG_HOME");
	p = profile_path();
	tap_is_str(p, "/x/home/.config/tripreport/profile.yaml", "then HOME");
	free(p);
	unsetenv("HOME");
	tap_ok(profile_path() == NULL, "neither: no profile");
}

/* Files that are refused, with the line of the error. */
static const struct {
	const char *title;
	const char *text;
	int line;
} bad_cases[] = {
	{"a list", "- name\n- phone\n", 1},
	{"a scalar", "任珮諤\n", 1},
	{"a value that is a list", "name: 任珮諤\nphone: [1, 2]\n", 2},
	{"a value that is a map", "name: {first: a}\n", 1},
	{"broken YAML", "name: \"任珮諤\n", 2},
	{"two documents", "name: a\n---\nname: b\n", 2},
	{"an anchor", "name: &a x\nunit: *a\n", 1},
};

static void
test_load(void)
{
	char *path = scratch("profile.yaml");
	struct problem_list errors;
	struct profile p;
	size_t i;

	problem_list_init(&errors);
	tap_is_int(profile_load(path, &p, &errors), 0,
	    "a missing file is an empty profile");
	tap_ok(p.name == NULL && p.template_id == NULL && errors.n == 0,
	    "with nothing in it");
	testfs_write_text(path, "# mine\nname: 任珮諤\nagency: 臺中市政府秘書處\n"
	    "unit: 國際事務科\ntitle: 科員\nphone: 04-22289111分機11414\n"
	    "template: national\nshoe_size: 42\nemail:\n");
	tap_is_int(profile_load(path, &p, &errors), 0, "a profile loads");
	tap_is_str(p.name, "任珮諤", "name");
	tap_is_str(p.agency, "臺中市政府秘書處", "agency");
	tap_is_str(p.unit, "國際事務科", "unit");
	tap_is_str(p.title, "科員", "title");
	tap_is_str(p.phone, "04-22289111分機11414", "phone");
	tap_is_str(p.template_id, "national", "template");
	profile_clear(&p);
	testfs_write_text(path, "");
	tap_is_int(profile_load(path, &p, &errors), 0,
	    "an empty file is an empty profile");
	for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		problem_list_free(&errors);
		testfs_write_text(path, bad_cases[i].text);
		tap_is_int(profile_load(path, &p, &errors), -1, "%s is refused",
		    bad_cases[i].title);
		tap_is_int(errors.n > 0 ? errors.items[0].line : -1,
		    bad_cases[i].line, "%s: the line of the error",
		    bad_cases[i].title);
		tap_ok(p.name == NULL, "%s: the profile is left empty",
		    bad_cases[i].title);
	}
	problem_list_free(&errors);
	unlink(path);
	free(path);
}

static void
test_save(void)
{
	char *dir = scratch("config/tripreport");
	char *path = scratch("config/tripreport/profile.yaml");
	char *error = NULL;
	struct problem_list errors;
	struct profile p = {0}, back;

	p.name = xstrdup("任珮諤");
	p.phone = xstrdup("04-22289111 #114");
	p.title = xstrdup("yes");	/* a bool to YAML 1.1 unquoted */
	p.unit = xstrdup("科: 一");
	tap_is_int(profile_save(path, &p, &error), 0,
	    "a profile is saved, its folders made");
	tap_is_int(testfs_mode_of(path), 0600, "mode 0600");
	tap_is_int(testfs_mode_of(dir), 0700, "its folder mode 0700");
	problem_list_init(&errors);
	tap_is_int(profile_load(path, &back, &errors), 0, "and loads back");
	tap_is_str(back.name, p.name, "the same name");
	tap_is_str(back.phone, p.phone, "the same phone, # and all");
	tap_is_str(back.title, "yes", "text that looks like a bool");
	tap_is_str(back.unit, p.unit, "text with a colon");
	tap_ok(back.agency == NULL, "what was not given stays so");
	profile_clear(&back);
	profile_clear(&p);
	profile_clear(NULL);
	problem_list_free(&errors);
	free(error);
	free(path);
	free(dir);
	path = scratch("a-file");
	testfs_write_text(path, "x");
	free(path);
	path = scratch("a-file/tripreport/profile.yaml");
	tap_is_int(profile_save(path, &p, &error), -1,
	    "a folder that is a file is an error");
	tap_ok(error != NULL, "with a message");
	free(error);
	free(path);
}

/* The TEXT of cell COLUMN of the first row of table ID of D, or NULL. */
static const char *
first_cell(const struct draft *d, const char *id, const char *column)
{
	const struct value *rows = draft_get(d, id);

	if (rows == NULL || rows->type != VALUE_LIST || rows->n_items == 0)
		return NULL;
	return value_text(value_map_get(&rows->items[0], column));
}

static void
test_apply(void)
{
	struct profile p = {0};
	struct problem_list errors;
	struct template *t, *n;
	struct draft *d;

	problem_list_init(&errors);
	t = templates_load("taichung", &errors);
	n = templates_load("national", &errors);
	if (t == NULL || n == NULL)
		exit(99);
	p.name = xstrdup("任珮諤");
	p.agency = xstrdup("臺中市政府秘書處");
	p.unit = xstrdup("國際事務科");
	p.title = xstrdup("科員");
	p.phone = xstrdup("04-22289111分機11414");
	d = draft_new(t);
	profile_apply(&p, d, t);
	tap_is_str(draft_get_text(d, "contact"), "任珮諤", "contact <- name");
	tap_is_str(draft_get_text(d, "phone"), p.phone, "phone <- phone");
	tap_is_str(first_cell(d, "travellers", "name"), "任珮諤",
	    "first traveller: name");
	tap_is_str(first_cell(d, "travellers", "agency"), p.agency,
	    "first traveller: agency");
	tap_is_str(first_cell(d, "travellers", "unit"), p.unit,
	    "first traveller: unit");
	tap_is_str(first_cell(d, "travellers", "title"), p.title,
	    "first traveller: title");
	tap_ok(first_cell(d, "travellers", "phone") == NULL,
	    "no phone column where the template has none");
	draft_free(d);
	d = draft_new(n);
	profile_apply(&p, d, n);
	tap_is_str(first_cell(d, "travellers", "phone"), p.phone,
	    "the national sheet's traveller phone");
	value_set_text(draft_put(d, n, "contact"), "李四");
	profile_apply(&p, d, n);
	tap_is_str(draft_get_text(d, "contact"), "李四",
	    "what is filled in already stays");
	draft_free(d);
	profile_clear(&p);
	d = draft_new(t);
	profile_apply(&p, d, t);
	tap_ok(value_is_empty(draft_get(d, "travellers")),
	    "an empty profile adds no row");
	draft_free(d);
	template_free(t);
	template_free(n);
	problem_list_free(&errors);
}

int
main(void)
{
	char *cmd;

	if (mkdtemp(folder) == NULL)
		return 99;
	test_path();
	test_load();
	test_save();
	test_apply();
	cmd = xasprintf("rm -rf '%s'", folder);
	if (system(cmd) != 0)
		tap_diag("cannot remove %s", folder);
	free(cmd);
	return tap_done();
}
