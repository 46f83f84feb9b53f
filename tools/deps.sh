#!/usr/bin/env bash
# Install the Debian packages sx needs to build and test, when missing.
# As root it installs them; with sudo it asks sudo; otherwise it stops and
# prints the exact apt-get line.  Nothing is installed that is present.
set -euo pipefail

# postgresql-15: the server the throwaway clusters run
# postgresql-server-dev-15: headers and PGXS; postgresql-common: pg_virtualenv
# libjson-c-dev: JSON scheme documents; pkg-config: finds json-c
# gcc, make: the build
# clang, libclang-rt-14-dev: the libFuzzer harnesses (make fuzz, and the
#   short fuzz pass of make test)
# r-base-core: Rscript, the reference the statistics are checked against
#   (tests/stats_reference.sh: prop.test, chisq.test, t.test, qt, quantile)
packages=(postgresql-15 postgresql-server-dev-15 postgresql-common libjson-c-dev
	pkg-config gcc make clang libclang-rt-14-dev r-base-core)

missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
	sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=(sudo)
else
	echo "sx needs these Debian packages: ${missing[*]}" >&2
	echo "Install them as root, then run make again:" >&2
	echo "  apt-get update && $line" >&2
	exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet: update once, then install
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
	"${sudo[@]}" apt-get update
	"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
