/* Unit tests of storage/drafts.c and drafts_files.c: the drafts folder,
 * its listing, and the browser's actions on its files. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "forms/date.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/drafts.h"
#include "storage/lock.h"
#include "storage/recovery.h"
#include "storage/templates.h"
#include "tests/tap.h"
#include "tests/unit/testfs.h"

/* The scratch folder of this run, and the drafts folder inside it. */
static char folder[] = "/tmp/tripreport-drafts.XXXXXX";
static char *dir;

/* A day to name drafts by. */
static const struct date today = {2018, 9, 26};

/* Return the path of NAME in the drafts folder.  Caller frees. */
static char *
in_dir(const char *name)
{
	return testfs_path(dir, name);
}

/* Return true when NAME exists in the drafts folder. */
static bool
exists_in_dir(const char *name)
{
	char *path = in_dir(name);
	bool e = testfs_exists(path);

	free(path);
	return e;
}

/* Set the time of change of the draft NAME to SECONDS. */
static void
set_mtime(const char *name, long seconds)
{
	char *path = in_dir(name);
	struct timeval tv[2] = {{seconds, 0}, {seconds, 0}};

	utimes(path, tv);
	free(path);
}

/* Copy the sample draft to NAME in the drafts folder, with TITLE and the
 * period FROM to TO when given. */
static void
put_sample(const char *name, const char *title, const char *from,
    const char *to)
{
	char *src = xasprintf("%s/data/taichung-2018.yaml",
	    getenv("TESTS_SRCDIR"));
	char *path = in_dir(name), *error = NULL;
	struct problem_list errors;
	struct template *t = NULL;
	struct draft *d = NULL;

	problem_list_init(&errors);
	if (draft_file_load(src, &d, &t, &errors) != 0)
		exit(99);
	if (title != NULL)
		value_set_text(draft_put(d, t, "title"), title);
	if (from != NULL) {
		struct value *p = draft_put(d, t, "period");

		value_set_text(value_map_put(p, "from"), from);
		value_set_text(value_map_put(p, "to"), to);
	}
	if (draft_file_save(path, d, t, &error) != 0)
		exit(99);
	problem_list_free(&errors);
	draft_free(d);
	template_free(t);
	free(path);
	free(src);
}

static void
test_dir_from_env(void)
{
	char *d;

	setenv("TRIPREPORT_DRAFTS", "/x/drafts", 1);
	setenv("XDG_DATA_HOME", "/x/data", 1);
	setenv("HOME", "/x/home", 1);
	d = drafts_dir();
	tap_is_str(d, "/x/drafts", "TRIPREPORT_DRAFTS comes first");
	free(d);
	setenv("TRIPREPORT_DRAFTS", "", 1);
	d = drafts_dir();
	tap_is_str(d, "/x/data/tripreport/drafts", "then XDG_DATA_HOME");
	free(d);
	unsetenv("XDG_DATA_HOME");
	d = drafts_dir();
	tap_is_str(d, "/x/home/.local/share/tripreport/drafts",
	    "then HOME");
	free(d);
	unsetenv("HOME");
	unsetenv("TRIPREPORT_DRAFTS");
	tap_ok(drafts_dir() == NULL, "none of them: no folder");
}

static void
test_prepare(void)
{
	char *warning = NULL, *error = NULL;
	char *file = xasprintf("%s/a-file", folder);
	char *under = xasprintf("%s/a-file/drafts", folder);
	char *open = xasprintf("%s/open", folder);

	tap_is_int(drafts_dir_prepare(dir, &warning, &error), 0,
	    "a missing folder is made, parents included");
	tap_is_int(testfs_mode_of(dir), 0700, "mode 0700");
	tap_ok(warning == NULL, "with no warning");
	tap_is_int(drafts_dir_prepare(dir, &warning, &error), 0,
	    "an existing private folder is fine");
	mkdir(open, 0755);
	chmod(open, 0755);
	tap_is_int(drafts_dir_prepare(open, &warning, &error), 0,
	    "a folder open to others is used");
	tap_ok(warning != NULL && strstr(warning, "0755") != NULL,
	    "but reported: %s", warning != NULL ? warning : "(none)");
	tap_is_int(testfs_mode_of(open), 0755, "and left alone");
	free(warning);
	testfs_write_text(file, "x");
	tap_is_int(drafts_dir_prepare(file, &warning, &error), -1,
	    "a file is no drafts folder");
	tap_ok(error != NULL && strstr(error, file) != NULL,
	    "the message names it");
	free(error);
	error = NULL;
	tap_is_int(drafts_dir_prepare(under, &warning, &error), -1,
	    "nor a path through a file");
	free(error);
	unlink(file);
	rmdir(open);
	free(file);
	free(under);
	free(open);
}

/* Return the entry named NAME of L, or NULL. */
static const struct drafts_entry *
entry(const struct drafts_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->items[i].name, name) == 0)
			return &l->items[i];
	return NULL;
}

/* Return the names of L joined by spaces.  Caller frees. */
static char *
names(const struct drafts_list *l)
{
	char *out = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < l->n; i++) {
		next = xasprintf("%s%s%s", out, i > 0 ? " " : "",
		    l->items[i].name);
		free(out);
		out = next;
	}
	return out;
}

static void
test_listing(struct template_cache *cache)
{
	struct drafts_list l;
	const struct drafts_entry *e;
	char *error = NULL, *s, *path;

	put_sample("wcs.yaml", NULL, NULL, NULL);
	put_sample("tokyo.yaml", "東京 Smart City 考察", "2019-03-01",
	    "2019-03-05");
	path = in_dir("broken.yaml");
	testfs_write_text(path, "format: tripreport/1\ntemplate: taichung\n"
	    "fields: [\n");
	free(path);
	path = in_dir("empty.yaml");
	testfs_write_text(path, "format: tripreport/1\ntemplate: taichung\n"
	    "fields:\n  title: 空白\n");
	free(path);
	path = in_dir(".hidden.yaml");
	testfs_write_text(path, "x");
	free(path);
	path = in_dir("notes.txt");
	testfs_write_text(path, "x");
	free(path);
	set_mtime("wcs.yaml", 1000);
	set_mtime("tokyo.yaml", 3000);
	set_mtime("broken.yaml", 2000);
	set_mtime("empty.yaml", 500);
	tap_is_int(drafts_list_read(dir, cache, &l, &error), 0,
	    "the folder is listed");
	s = names(&l);
	tap_is_str(s, "tokyo.yaml broken.yaml wcs.yaml empty.yaml",
	    "every draft, hidden and other files left out, last changed "
	    "first");
	free(s);
	e = entry(&l, "wcs.yaml");
	tap_ok(e != NULL && e->title != NULL
	    && strstr(e->title, "世界城市峰會") != NULL, "its title");
	tap_is_str(e != NULL ? e->template_id : NULL, "taichung",
	    "its template");
	tap_is_str(e != NULL ? e->period_from : NULL, "2018-07-07",
	    "its period, from");
	tap_is_str(e != NULL ? e->period_to : NULL, "2018-07-11", "and to");
	tap_ok(e != NULL && e->mtime == 1000, "its time of change");
	s = e != NULL ? drafts_entry_status(e) : NULL;
	tap_is_str(s, "ready", "a draft without problems is ready");
	free(s);
	e = entry(&l, "empty.yaml");
	s = e != NULL ? drafts_entry_status(e) : NULL;
	tap_ok(e != NULL && e->errors > 1 && s != NULL
	    && strstr(s, "errors") != NULL, "an empty draft: %s",
	    s != NULL ? s : "(none)");
	free(s);
	e = entry(&l, "broken.yaml");
	tap_ok(e != NULL && e->load_error != NULL
	    && strncmp(e->load_error, "4:", 2) == 0,
	    "a broken draft is listed with its error and place: %s",
	    e != NULL && e->load_error != NULL ? e->load_error : "(none)");
	s = e != NULL ? drafts_entry_status(e) : NULL;
	tap_is_str(s, "cannot be read", "and its status says so");
	free(s);
	drafts_list_sort(&l, DRAFTS_BY_PERIOD);
	s = names(&l);
	tap_is_str(s, "tokyo.yaml wcs.yaml broken.yaml empty.yaml",
	    "by period: latest trip first, none last");
	free(s);
	tap_ok(drafts_entry_matches(entry(&l, "tokyo.yaml"), "smart"),
	    "a filter matches the title without ASCII case");
	tap_ok(drafts_entry_matches(entry(&l, "tokyo.yaml"), "東京"),
	    "and CJK text");
	tap_ok(drafts_entry_matches(entry(&l, "broken.yaml"), "BROK"),
	    "and the file name");
	tap_ok(!drafts_entry_matches(entry(&l, "wcs.yaml"), "東京"),
	    "not what neither holds");
	tap_ok(drafts_entry_matches(entry(&l, "wcs.yaml"), ""),
	    "an empty filter matches all");
	drafts_list_clear(&l);
	drafts_list_clear(&l);
	path = in_dir("broken.yaml");
	unlink(path);
	free(path);
	path = in_dir("empty.yaml");
	unlink(path);
	free(path);
	tap_is_int(drafts_list_read("/nonexistent-tripreport", cache, &l,
	    &error), -1, "a missing folder cannot be listed");
	free(error);
}

static void
test_names(void)
{
	static const struct {
		const char *title;
		const char *want;
	} cases[] = {
		{"東京 Smart City 考察", "東京-Smart-City-考察.yaml"},
		{"../../etc/passwd", "etc-passwd.yaml"},
		{"臺中市政府出席新加坡「2018世界城市峰會市長論壇」(新南向)",
		    "臺中市政府出席新加坡-2018世界城市峰會市長論壇-新南向.yaml"},
		{"  ", "2018-09-26.yaml"},
		{NULL, "2018-09-26.yaml"},
		{"a\x1b[31mb", "a-31mb.yaml"},
		{".hidden", "hidden.yaml"},
		{"wcs", "wcs-2.yaml"},
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = drafts_suggest_name(dir, cases[i].title, today);

		tap_is_str(got, cases[i].want, "a name from a title: %s",
		    cases[i].want);
		free(got);
	}
	tap_ok(drafts_name_ok("wcs.yaml") && drafts_name_ok("東京.yaml"),
	    "plain names are fine");
	tap_ok(!drafts_name_ok("a/b.yaml") && !drafts_name_ok("..")
	    && !drafts_name_ok(".") && !drafts_name_ok(".x.yaml")
	    && !drafts_name_ok("") && !drafts_name_ok("a\nb")
	    && !drafts_name_ok("\xff.yaml") && !drafts_name_ok(NULL),
	    "names with '/', hidden ones, '..', controls and bad UTF-8 "
	    "are refused");
}

static void
test_duplicate(struct template_cache *cache)
{
	char *name = NULL, *error = NULL, *path;
	struct problem_list errors;
	const struct template *t;
	struct draft *d;

	tap_is_int(drafts_duplicate(dir, "wcs.yaml", cache, today, &name,
	    &error), 0, "a draft is duplicated");
	tap_ok(name != NULL && strncmp(name, "臺中市政府", 15) == 0,
	    "under a name from its title: %s", name != NULL ? name : "(none)");
	path = name != NULL ? in_dir(name) : xstrdup("");
	tap_is_int(testfs_mode_of(path), 0600, "mode 0600");
	problem_list_init(&errors);
	d = draft_file_read(path, cache, &t, &errors);
	tap_ok(d != NULL, "the copy loads");
	if (d != NULL) {
		tap_ok(draft_get_text(d, "title") != NULL
		    && strstr(draft_get_text(d, "title"), "世界城市") != NULL,
		    "the sheet stays: title");
		tap_ok(!value_is_empty(draft_get(d, "travellers")),
		    "the sheet stays: travellers");
		tap_is_str(draft_get_text(d, "contact"), "任珮諤",
		    "the sheet stays: contact");
		tap_ok(value_is_empty(value_map_get(draft_get(d, "period"),
		    "from")), "the period is cleared");
		tap_ok(value_is_empty(draft_get(d, "report_date")),
		    "the report date is cleared");
		tap_ok(value_is_empty(draft_get(d, "itinerary")),
		    "the itinerary is cleared");
		tap_ok(value_is_empty(draft_get(d, "summary"))
		    && value_is_empty(draft_get(d, "process")),
		    "the summary and the body are cleared");
	}
	draft_free(d);
	problem_list_free(&errors);
	unlink(path);
	free(path);
	free(name);
	name = NULL;
	tap_is_int(drafts_duplicate(dir, "../wcs.yaml", cache, today, &name,
	    &error), -1, "a name with a folder is refused");
	free(error);
	error = NULL;
	tap_is_int(drafts_duplicate(dir, "none.yaml", cache, today, &name,
	    &error), -1, "a missing draft cannot be duplicated");
	free(error);
}

/* Plant a lock on DRAFT held by a process that runs: our parent. */
static void
plant_live_lock(const char *name)
{
	char *draft = in_dir(name), *path = lock_path_for(draft), *text;
	char host[256];

	if (gethostname(host, sizeof host) != 0)
		strcpy(host, "localhost");
	host[sizeof host - 1] = '\0';
	text = xasprintf("user: someone\nhost: %s\npid: %ld\nsince: 1\n",
	    host, (long)getppid());
	testfs_write_text(path, text);
	free(text);
	free(path);
	free(draft);
}

static void
test_rename(void)
{
	char *error = NULL, *draft, *lock;

	tap_is_int(drafts_rename(dir, "wcs.yaml", "../out.yaml", &error), -1,
	    "a new name with '..' and '/' is refused");
	tap_ok(error != NULL && exists_in_dir("wcs.yaml"),
	    "with a message, and nothing moves");
	free(error);
	error = NULL;
	tap_is_int(drafts_rename(dir, "wcs.yaml", "..", &error), -1,
	    "'..' is refused");
	free(error);
	error = NULL;
	tap_is_int(drafts_rename(dir, "wcs.yaml", "tokyo.yaml", &error), -1,
	    "an existing name is never overwritten");
	tap_ok(error != NULL && strstr(error, "tokyo.yaml") != NULL,
	    "the message names it");
	free(error);
	error = NULL;
	draft = in_dir("wcs.yaml");
	lock = recovery_path_for(draft);
	testfs_write_text(lock, "x");
	free(lock);
	tap_is_int(drafts_rename(dir, "wcs.yaml", "singapore", &error), 0,
	    "a draft is renamed, .yaml added");
	tap_ok(exists_in_dir("singapore.yaml") && !exists_in_dir("wcs.yaml"),
	    "the file moved");
	tap_ok(exists_in_dir(".singapore.yaml.recover")
	    && !exists_in_dir(".wcs.yaml.recover"),
	    "its recovery file moved along");
	lock = lock_path_for(draft);
	tap_ok(!testfs_exists(lock), "no lock is left behind");
	free(lock);
	free(draft);
	plant_live_lock("singapore.yaml");
	tap_is_int(drafts_rename(dir, "singapore.yaml", "x", &error), -1,
	    "a draft locked by a running process is not renamed");
	tap_ok(error != NULL && strstr(error, "someone") != NULL,
	    "the message says who holds it: %s", error != NULL ? error : "");
	free(error);
	error = NULL;
	draft = in_dir("singapore.yaml");
	lock = lock_path_for(draft);
	tap_ok(testfs_exists(lock) && testfs_exists(draft), "the lock and draft stay");
	unlink(lock);
	free(lock);
	free(draft);
}

static void
test_trash(void)
{
	char *error = NULL, *trashed = NULL, *again = NULL, *back = NULL;
	char *trash = drafts_trash_dir(dir), *path;

	tap_is_int(drafts_delete(dir, "singapore.yaml", &trashed, &error), 0,
	    "a draft is deleted");
	tap_is_str(trashed, "singapore.yaml", "into the trash, same name");
	tap_is_int(testfs_mode_of(trash), 0700, "the trash is mode 0700");
	path = xasprintf("%s/singapore.yaml", trash);
	tap_ok(testfs_exists(path) && !exists_in_dir("singapore.yaml"),
	    "the draft is in the trash, not in the folder");
	free(path);
	path = xasprintf("%s/.singapore.yaml.recover", trash);
	tap_ok(testfs_exists(path) && !exists_in_dir(".singapore.yaml.recover"),
	    "its recovery file went along");
	free(path);
	put_sample("singapore.yaml", NULL, NULL, NULL);
	tap_is_int(drafts_delete(dir, "singapore.yaml", &again, &error), 0,
	    "a second draft of the same name is deleted");
	tap_is_str(again, "singapore-2.yaml", "under a free name");
	put_sample("singapore.yaml", NULL, NULL, NULL);
	tap_is_int(drafts_restore(dir, trashed, &back, &error), 0,
	    "a deleted draft is restored");
	tap_is_str(back, "singapore-2.yaml",
	    "under a free name when its own is taken");
	tap_ok(exists_in_dir(".singapore-2.yaml.recover"),
	    "its recovery file came back along");
	free(trashed);
	plant_live_lock("tokyo.yaml");
	tap_is_int(drafts_delete(dir, "tokyo.yaml", &trashed, &error), -1,
	    "a locked draft is not deleted");
	free(error);
	error = NULL;
	tap_is_int(drafts_delete(dir, "../tokyo.yaml", &trashed, &error), -1,
	    "a name with a folder is refused");
	free(error);
	free(again);
	free(back);
	free(trash);
}

int
main(void)
{
	struct template_cache *cache = template_cache_new();
	char *cmd;

	if (mkdtemp(folder) == NULL)
		return 99;
	dir = xasprintf("%s/data/tripreport/drafts", folder);
	test_dir_from_env();
	test_prepare();
	test_listing(cache);
	test_names();
	test_duplicate(cache);
	test_rename();
	test_trash();
	template_cache_free(cache);
	cmd = xasprintf("rm -rf '%s'", folder);
	if (system(cmd) != 0)
		tap_diag("cannot remove %s", folder);
	free(cmd);
	free(dir);
	return tap_done();
}
