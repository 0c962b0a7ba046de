# forms/: the model — templates, drafts, validation, text measures.
# Uses only lib/: no files, no terminal, no YAML.
noinst_LIBRARIES += forms/libforms.a
forms_libforms_a_SOURCES = \
	forms/date.c forms/date.h \
	forms/draft.c forms/draft.h \
	forms/draft_diff.c forms/draft_diff.h \
	forms/problem.c forms/problem.h \
	forms/template.c forms/template.h \
	forms/text.c forms/text.h forms/text_width.c \
	forms/sheet_rules.c \
	forms/validate.c forms/validate.h forms/validate_int.h \
	forms/validate_phone.c \
	forms/value.c forms/value.h \
	forms/wrap.c forms/wrap.h
