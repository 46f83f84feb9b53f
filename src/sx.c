/*
 * sx.c
 *		The module file of the sx library: its magic block and, in
 *		sanitized builds, the options of the sanitizer runtimes.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

#ifdef SX_SANITIZE

/*
 * Sanitized builds (make test SANITIZE=1) bring the ASan runtime in with
 * this library instead of preloading it (see tools/sanitized-server.sh).
 * The runtimes get their options here: in a backend they cannot read
 * ASAN_OPTIONS, because the postmaster writes its process title over the
 * environment block that the runtimes read from /proc/self/environ.
 */
extern const char *__asan_default_options(void);
extern const char *__ubsan_default_options(void);

const char *
__asan_default_options(void)
{
	return "verify_asan_link_order=0:detect_leaks=0:halt_on_error=1:"
		"abort_on_error=1:log_path=" SX_SANITIZE_LOG "/asan";
}

const char *
__ubsan_default_options(void)
{
	return "print_stacktrace=1:halt_on_error=0:log_path=" SX_SANITIZE_LOG "/ubsan";
}
#endif
