/* template.h — the model of an official form: its fields and its rules.
 *
 * A template lists the fields of the sheet and the body in print order,
 * each with its kind, labels and rules, and names the sheet-level rules
 * that apply.  Templates are data (the YAML files under templates/, read by storage/);
 * this module only holds them.  A template owns all its strings and
 * arrays; template_free() frees them.
 */
#ifndef TRIPREPORT_FORMS_TEMPLATE_H
#define TRIPREPORT_FORMS_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

enum field_kind {
	FIELD_TEXT,		/* one line of text */
	FIELD_MULTILINE,	/* paragraphs */
	FIELD_CHOICE,		/* one of the options */
	FIELD_CHOICES,		/* any of the options, plus free-text "other" */
	FIELD_BOOL,		/* 是/否 */
	FIELD_INTEGER,
	FIELD_DATE,
	FIELD_DATERANGE,	/* {from, to} */
	FIELD_PHONE,
	FIELD_TABLE		/* rows of typed columns */
};

/* How a length rule counts characters (字數). */
enum count_mode {
	COUNT_NONE,		/* no length rule */
	COUNT_NONSPACE,		/* every character but white space */
	COUNT_HAN		/* Han ideographs only */
};

/* A field, or a column of a table field. */
struct template_field {
	char *id;		/* fixed: drafts and scripts rely on it */
	char *label;		/* as printed on the official sheet: 出國期間 */
	char *label_en;		/* English label: Period */
	enum field_kind kind;
	bool required;
	/* "required unless FIELD is VALUE": both NULL when not used. */
	char *unless_field;
	char *unless_value;
	bool body;		/* part of the body, not the summary sheet */
	enum count_mode count;	/* length rule, with min_count/max_count */
	long min_count;		/* -1: no minimum */
	long max_count;		/* -1: no maximum */
	long min_value;		/* FIELD_INTEGER bounds; LONG_MIN/LONG_MAX */
	long max_value;
	char **options;		/* FIELD_CHOICE(S): the options, in order */
	size_t n_options;
	bool allow_other;	/* FIELD_CHOICES: free text besides options */
	char *default_value;	/* text of a new draft's value, or NULL */
	char *pattern;		/* POSIX extended regex a given value must
				   match, or NULL */
	char *example;		/* a value that matches pattern, for messages */
	char *separators;	/* FIELD_TEXT lists (keywords): the UTF-8
				   characters that separate items, or NULL */
	struct template_field *columns; /* FIELD_TABLE: the columns */
	size_t n_columns;
	long min_rows;		/* FIELD_TABLE: at least this many rows */
};

/* A section of the printed body: a heading and the fields under it. */
struct template_section {
	char *heading;		/* 目的 (the number 參、 is added in print) */
	char **fields;		/* field ids, in order */
	size_t n_fields;
	bool on_sheet;		/* numbered, but its text stands on the sheet
				   (Taichung's 壹、摘要 is the 內容摘要), so
				   the body does not print it again */
};

struct template {
	char *id;		/* taichung */
	char *name;		/* 臺中市政府公務出國或赴大陸地區報告提要 */
	char *name_en;
	char *title;		/* the sheet's printed title */
	struct template_field *fields;	/* print order */
	size_t n_fields;
	char **rules;		/* sheet-level rule names, see validate.h */
	size_t n_rules;
	struct template_section *sections;	/* the printed body */
	size_t n_sections;
};

/* Return a new, empty template.  Caller frees with template_free(). */
struct template *template_new(void);

/* Free T and all it owns.  T may be NULL. */
void template_free(struct template *t);

/* Free what field F owns (not F itself), columns included. */
void template_field_clear(struct template_field *f);

/* Return the field of T with id ID, or NULL. */
const struct template_field *template_field(const struct template *t,
    const char *id);

/* Return the index of the field with id ID in T, or -1. */
long template_field_index(const struct template *t, const char *id);

/* Return the column of table field F with id ID, or NULL. */
const struct template_field *template_column(const struct template_field *f,
    const char *id);

/* Return true when T names the sheet-level rule NAME. */
bool template_has_rule(const struct template *t, const char *name);

/* Return true when OPTION is one of F's options. */
bool template_field_has_option(const struct template_field *f,
    const char *option);

/* Return the kind named NAME ("text", "daterange" ...) in *KIND: 0, or -1
 * for an unknown name. */
int field_kind_from_name(const char *name, enum field_kind *kind);

/* Return the name of KIND, as templates spell it. */
const char *field_kind_name(enum field_kind kind);

#endif
