# templates/: the official forms as YAML data, installed for the program.
templatesdir = $(pkgdatadir)/templates
dist_templates_DATA = \
	templates/national.yaml \
	templates/taichung.yaml
