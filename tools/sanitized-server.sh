#!/usr/bin/env bash
# For make test SANITIZE=1, inside pg_virtualenv: prepare the directory the
# sanitizer runtimes report to, and check that the server really loads the
# sanitized sx.so (from the staging directory) with both runtimes.  Prints
# the report directory.
#
# The AddressSanitizer runtime is not preloaded into the server: on Debian
# 12, preloading it into any program linked with p11-kit (postgres, psql,
# curl) deadlocks in glibc's locale locks before main.  It comes in with
# sx.so instead (verify_asan_link_order=0, set in src/sx.c).  Loaded that
# way it does not replace the server's malloc or see its siglongjmp error
# unwinding, so the server build checks every global access of sx's code
# (stack instrumentation is off, see Makefile) and UBSan checks everything;
# the stack and heap accesses of the parsers are checked by the fuzzers,
# which run entirely under ASan (make fuzz).
set -euo pipefail
reports=${SX_SANITIZE_REPORTS:-/tmp/sx-sanitizer-reports}
so=${SX_STAGE:-}$(pg_config --pkglibdir)/sx.so
if ! nm -D "$so" | grep __asan_init >/dev/null; then
	echo "$so is not built with SANITIZE=1" >&2
	exit 1
fi
rm -rf "$reports"
mkdir -p "$reports"
chmod 1777 "$reports"
db=sx_sanity_$$
createdb "$db"
maps=$(psql -X -q -At -d "$db" -c "CREATE EXTENSION sx" \
	-c "SELECT sx.kano_classify(1, 5)::text || ' ' ||
		   (pg_read_file('/proc/self/maps') ~ 'libasan') || ' ' ||
		   (pg_read_file('/proc/self/maps') ~ 'libubsan') || ' ' ||
		   (pg_read_file('/proc/self/maps') ~ '${SX_STAGE:-}.*sx\.so')")
dropdb "$db"
if [ "$maps" != "O true true true" ]; then
	echo "the backend does not run the sanitized sx.so with its runtimes: $maps" >&2
	exit 1
fi
echo "$reports"
