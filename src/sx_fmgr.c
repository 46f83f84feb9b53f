/*
 * sx_fmgr.c
 *		The fmgr glue (see sx_fmgr.h).
 */
#include "sx_fmgr.h"

#include "common/int.h"
#include "core/sx_stats.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

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
 * The input text, when the core asks for it, is quoted here rather than in
 * the core, so that it is never cut in the middle of a multibyte character.
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
	Assert(!err->detail_cut);
	ereport(ERROR,
			(errcode(sx_errcode(err->class)),
			 quoted ? errmsg("%s: \"%s\"", err->message, quoted) :
			 errmsg("%s", err->message),
			 err->detail[0] ? errdetail("%s", err->detail) : 0,
			 err->hint ? errhint("%s", err->hint) : 0));
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

/* Made once per call site, in the function's context */
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

double
sx_confidence_arg(FunctionCallInfo fcinfo, int argno)
{
	double		confidence = PG_GETARG_FLOAT8(argno);
	double		z = sx_confidence_z(confidence);

	if (isnan(z))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence must be between 0 and 1 exclusive"),
				 errdetail("Got %g.", confidence),
				 errhint("Use 0.95 for a 95 %% interval.")));
	return z;
}

/*
 * The slow path of sx_agg_state.  Called as an aggregate, the state is our
 * own copy in the aggregate's context and is updated in place, which saves
 * a palloc and a copy per row; called as a plain function, it is copied
 * first, since arguments are read-only.  A NULL state is an empty one.
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

void
sx_inverse_underflow(const char *aggregate)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s inverse transition removes a row the state does not hold",
					aggregate)));
	pg_unreachable();
}
