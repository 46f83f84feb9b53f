/*
 * sx_util.c
 *		Helpers shared by the sx server code: error reporting, call caches,
 *		aggregate states and lossless number formatting.
 */
#include "sx.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

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

/* Longest part of a bad input quoted in an error message, in bytes */
#define SX_QUOTE_MAX 100

static int
sx_errcode(SxErrorClass class)
{
	switch (class)
	{
		case SX_ERR_SYNTAX:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case SX_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case SX_ERR_BINARY:
			return ERRCODE_INVALID_BINARY_REPRESENTATION;
		case SX_ERR_MEMORY:
			return ERRCODE_OUT_OF_MEMORY;
		case SX_ERR_PARAMETER:
			break;
	}
	return ERRCODE_INVALID_PARAMETER_VALUE;
}

/*
 * Raise the error a core parser described.  The input text, when the
 * parser asks for it, is quoted here rather than in the core so that it is
 * never cut in the middle of a multibyte character.
 */
void
sx_report(const SxError *err, const char *input)
{
	char	   *quoted = NULL;

	if (err->quote_input && input)
	{
		int			len = strlen(input);
		int			clip = pg_mbcliplen(input, len, SX_QUOTE_MAX);

		quoted = clip < len ? psprintf("%.*s...", clip, input) : pstrdup(input);
	}
	ereport(ERROR,
			(errcode(sx_errcode(err->class)),
			 quoted ? errmsg("%s: \"%s\"", err->message, quoted) :
			 errmsg("%s", err->message),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 err->hint[0] ? errhint("%s", err->hint) : 0));
	pg_unreachable();
}

/* The per-call-site cache, created on first use in the function's context */
SxCallCache *
sx_call_cache(FunctionCallInfo fcinfo)
{
	SxCallCache *cache = (SxCallCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(SxCallCache));
		cache->scheme_len = -1;
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* The blessed descriptor of the record this function returns, made once */
TupleDesc
sx_result_tupdesc(FunctionCallInfo fcinfo)
{
	SxCallCache *cache = sx_call_cache(fcinfo);

	if (cache->tupdesc == NULL)
	{
		TupleDesc	desc;
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("function returning record called in context "
							"that cannot accept type record")));
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
	}
	return cache->tupdesc;
}

/*
 * The transition state in argument 0, ready to be updated (the slow path of
 * sx_agg_state).  Called as an aggregate, the state is our own copy in the
 * aggregate's context and is updated in place, which saves a palloc and a
 * copy per row; called as a plain function, it is copied first, since
 * arguments are read-only.  A NULL state is an empty one.
 */
void *
sx_agg_state_slow(FunctionCallInfo fcinfo, Size size)
{
	MemoryContext aggcontext;
	struct varlena *state;

	if (PG_ARGISNULL(0))
	{
		if (!AggCheckCallContext(fcinfo, &aggcontext))
			aggcontext = CurrentMemoryContext;
		state = MemoryContextAllocZero(aggcontext, size);
		SET_VARSIZE(state, size);
		return state;
	}
	if (AggCheckCallContext(fcinfo, NULL))
		state = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	else
		state = PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
	/* reachable only by calling a support function directly */
	if (VARSIZE(state) != size)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid aggregate state: %zu bytes, expected %zu",
						(Size) VARSIZE(state), size)));
	return state;
}

/*
 * A support function called directly (not by an aggregate) worked on a
 * state that came from its caller: the result must pass the same checks as
 * an input value, or a later dump would not restore.
 */
void
sx_check_direct_result(bool ok, const SxError *err)
{
	if (!ok)
		sx_report(err, NULL);
}

/* The error of an inverse transition asked to remove what was never added */
void
sx_inverse_underflow(const char *aggregate)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s inverse transition removes a row the state does not hold",
					aggregate)));
	pg_unreachable();
}

/* Shortest text that reads back as the same double (as float8out does) */
char *
sx_double_text(double d, char *buf)
{
	double_to_shortest_decimal_buf(d, buf);
	return buf;
}

/* The error of a merge whose counts would overflow */
void
sx_count_overflow(const char *type)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s counts out of range", type),
			 errdetail("Merging would count more than " INT64_FORMAT " rows.",
					   PG_INT64_MAX)));
	pg_unreachable();
}

/*
 * Add n counts into another n, with an out-of-range error instead of
 * overflow (merging results from many sources can get there; rows cannot).
 */
void
sx_add_counts(int64 *into, const int64 *more, int n, const char *type)
{
	for (int i = 0; i < n; i++)
	{
		if (pg_add_s64_overflow(into[i], more[i], &into[i]))
			sx_count_overflow(type);
	}
}

/*
 * Comparison and hashing of results made of counts only (pyramid_result,
 * nps_result): an 8-byte header, then int64 fields.  The order is field by
 * field, for sorting and grouping; equality is equality of every count.
 */
static int
sx_counts_cmp_args(FunctionCallInfo fcinfo)
{
	struct varlena *a = PG_GETARG_VARLENA_P(0);
	struct varlena *b = PG_GETARG_VARLENA_P(1);
	const int64 *x = (const int64 *) ((const char *) a + 8);
	const int64 *y = (const int64 *) ((const char *) b + 8);
	int			n = (VARSIZE(a) - 8) / sizeof(int64);

	if (VARSIZE(a) != VARSIZE(b))
		elog(ERROR, "comparing results of different sizes");
	for (int i = 0; i < n; i++)
	{
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	}
	return 0;
}

SX_COMPARISON_FUNCTIONS(sx_counts, sx_counts_cmp_args)

static uint64
sx_counts_hash_arg(FunctionCallInfo fcinfo, uint64 seed)
{
	struct varlena *v = PG_GETARG_VARLENA_P(0);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) v + 8,
											VARSIZE(v) - 8, seed));
}

SX_HASH_FUNCTIONS(sx_counts, sx_counts_hash_arg)
