#!/usr/bin/env bash
# tools/check-stage.sh STAGE: the throwaway servers run as the postgres
# user and load sx from STAGE, so every directory down to it must let that
# user in.  Says which one does not, and how to fix it.
set -euo pipefail
stage=$1
lib=$stage$(${PG_CONFIG:-pg_config} --pkglibdir)/sx.so
[ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 || exit 0
runuser -u postgres -- test -r "$lib" && exit 0
path=
IFS=/ read -ra parts <<< "${lib#/}"
for p in "${parts[@]}"; do
	path=$path/$p
	if ! runuser -u postgres -- test -x "$path" -o -f "$path" 2>/dev/null; then
		echo "The postgres user, which runs the test servers, cannot enter $path" >&2
		echo "to load the staged build $lib: chmod o+x $path, or build in another directory." >&2
		exit 1
	fi
done
echo "The postgres user cannot read $lib" >&2
exit 1
