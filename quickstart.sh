#!/bin/sh
# quickstart.sh — set up a fresh Debian machine, build tripreport, and run it.
#
#   ./quickstart.sh               build, install under ./_install, open the
#                                 drafts browser on the drafts folder
#   ./quickstart.sh FILE.yaml     the same, then open FILE.yaml in the form
#   ./quickstart.sh check         build and run the whole test suite
#
# It installs only the Debian packages that are missing, runs autoreconf and
# configure only when their inputs changed, and builds in ./_build.
set -eu

top=$(cd "$(dirname "$0")" && pwd)
build=$top/_build
prefix=$top/_install

packages="gcc make autoconf automake autopoint gettext pkg-config
libncurses-dev libyaml-dev tmux groff-base procps"

say() { printf 'quickstart: %s\n' "$*" >&2; }

# Install whatever Debian packages are missing, as root or through sudo.
install_packages() {
  missing=
  for p in $packages; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
      missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  say "installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

# Regenerate configure when configure.ac or a Makefile.am is newer.
bootstrap() {
  if [ ! -x "$top/configure" ] || [ "$top/configure.ac" -nt "$top/configure" ]; then
    say "autoreconf"
    (cd "$top" && autoreconf -fi)
  fi
}

# Configure in ./_build when there is no configured tree or configure changed.
configure_build() {
  mkdir -p "$build"
  if [ ! -f "$build/config.status" ] || [ "$top/configure" -nt "$build/config.status" ]; then
    say "configure"
    (cd "$build" && "$top/configure" --prefix="$prefix" --enable-werror -q)
  fi
}

install_packages
bootstrap
configure_build
jobs=$(nproc 2>/dev/null || echo 2)
make -C "$build" -s -j"$jobs"

case ${1-} in
  check)
    shift
    make -C "$build" -s -j"$jobs" check "$@"
    ;;
  *)
    make -C "$build" -s install >/dev/null
    exec "$prefix/bin/tripreport" "$@"
    ;;
esac
