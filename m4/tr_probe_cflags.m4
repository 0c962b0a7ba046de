# TR_PROBE_CFLAGS(VARIABLE, FLAGS)
# Append to VARIABLE each of FLAGS that the C compiler accepts together with
# -Werror, so an unknown flag is left out rather than failing the build.
AC_DEFUN([TR_PROBE_CFLAGS], [
  for tr_flag in m4_normalize([$2]); do
    AC_MSG_CHECKING([whether $CC accepts $tr_flag])
    tr_saved_cflags=$CFLAGS
    tr_saved_ldflags=$LDFLAGS
    CFLAGS="$CFLAGS -Werror $tr_flag"
    LDFLAGS="$LDFLAGS $tr_flag"
    AC_LINK_IFELSE([AC_LANG_PROGRAM([], [return 0;])],
      [$1="$[$1] $tr_flag"; AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no])])
    CFLAGS=$tr_saved_cflags
    LDFLAGS=$tr_saved_ldflags
  done
])
