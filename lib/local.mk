# lib/: the base every part stands on (allocation, translation macros).
noinst_LIBRARIES += lib/libcommon.a
lib_libcommon_a_SOURCES = \
	lib/i18n.h \
	lib/xalloc.c lib/xalloc.h
