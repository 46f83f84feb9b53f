/*
 * sx_fmgr.h
 *		The fmgr glue every SQL-callable file of sx uses: raising the
 *		errors the core describes, the per-call-site cache, aggregate
 *		states, and arguments every concept reads the same way.
 */
#ifndef SX_FMGR_H
#define SX_FMGR_H

#include "postgres.h"

#include <math.h>

#include "access/tupdesc.h"
#include "fmgr.h"
#include "nodes/execnodes.h"

#include "core/kano_scheme.h"
#include "core/sx_error.h"

#if PG_VERSION_NUM < 180000
#define pg_noreturn pg_attribute_noreturn()
#endif

/* Raise the error a core function described; input is quoted if asked */
pg_noreturn extern void sx_report(const SxError *err, const char *input);

/*
 * What a function keeps between calls in fn_extra: the last scheme it
 * resolved (so that a JSON scheme is parsed once per call site, not per
 * row) and, for functions returning a composite, the blessed descriptor.
 */
/* Who calls an aggregate support function (see sx_trusted_caller) */
typedef enum SxCaller
{
	SX_CALLER_UNKNOWN = 0,		/* not looked at yet */
	SX_CALLER_SX_AGGREGATE,		/* one of sx's own aggregates */
	SX_CALLER_OTHER				/* a direct call or anyone else's aggregate */
} SxCaller;

typedef struct SxCallCache
{
	SxCaller	caller;
	TupleDesc	tupdesc;
	bool		scheme_fixed;	/* scheme argument is a constant: no checks */
	int			scheme_len;		/* -1: nothing cached */
	char	   *scheme_text;
	SxScheme	scheme;
} SxCallCache;

extern SxCallCache *sx_call_cache(FunctionCallInfo fcinfo);

/*
 * Whether argument argno is a constant of the expression that calls the
 * function, so that it is the same on every call sharing this fn_extra.
 * Only a Const is: a Param (a PL/pgSQL variable, a trigger's NEW.col, a
 * parameter of a prepared statement or of a SQL function) is "stable" by
 * get_fn_expr_arg_stable's test but changes from call to call.
 */
extern bool sx_arg_is_const(FmgrInfo *flinfo, int argno);

/* The blessed descriptor of the composite this function returns */
extern TupleDesc sx_result_tupdesc(FunctionCallInfo fcinfo);

/* A text argument as the core reads it */
static inline void
sx_text_arg(FunctionCallInfo fcinfo, int argno, const char **s, size_t *len)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);

	*s = VARDATA_ANY(t);
	*len = VARSIZE_ANY_EXHDR(t);
}

/* A figure the core computed, NULL where it found no data (NaN) */
static inline Datum
sx_float8_or_null(FunctionCallInfo fcinfo, double x)
{
	if (isnan(x))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(x);
}

/* The shortest text of a double that reads back the same (palloc'd) */
extern char *sx_double_text(double d);

/* The normal quantile of a confidence argument in (0, 1), or 22023 */
extern double sx_confidence_arg(FunctionCallInfo fcinfo, int argno);

/*
 * Aggregate states.  Called by an aggregate or window aggregate, a
 * support function updates its state in place; called directly, it works
 * on a copy.
 */
static inline bool
sx_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context && (IsA(fcinfo->context, AggState) ||
							   IsA(fcinfo->context, WindowAggState));
}

/*
 * Whether what a support function returns needs no check: true when one
 * of sx's own aggregates calls it, since those start from 'empty' and
 * only add (or, in a moving frame, remove) the rows they were given, so
 * every state is a valid value by construction.  That includes a wrapper
 * in C that runs one of them, naming it in a constant first argument
 * (Citus's worker_partial_agg on its workers).  Called directly or by
 * any other aggregate (CREATE AGGREGATE with an sx support function and
 * an INITCOND of its own), the state may be anything a caller made, and
 * the result is checked like an input value, so that no sequence of calls
 * makes a value the type's input would refuse.  Decided once per call
 * site; the hot path is one load and a compare.  A wrapper sets the
 * function up afresh for every row; its decision is kept per backend.
 */
extern bool sx_trusted_caller_slow(FunctionCallInfo fcinfo);

static inline bool
sx_trusted_caller(FunctionCallInfo fcinfo)
{
	SxCallCache *cache = (SxCallCache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && cache->caller != SX_CALLER_UNKNOWN))
		return cache->caller == SX_CALLER_SX_AGGREGATE;
	return sx_trusted_caller_slow(fcinfo);
}

extern void *sx_agg_state_slow(FunctionCallInfo fcinfo, Size size);

/*
 * The transition state in argument 0, ready to be updated.  The hot path:
 * called as an aggregate with our own untoasted state.
 */
static inline void *
sx_agg_state(FunctionCallInfo fcinfo, Size size)
{
	if (likely(!PG_ARGISNULL(0) && sx_in_aggregate(fcinfo)))
	{
		struct varlena *state = (struct varlena *) PG_GETARG_POINTER(0);

		if (likely(!VARATT_IS_EXTENDED(state) && VARSIZE(state) == size))
			return state;
	}
	return sx_agg_state_slow(fcinfo, size);
}

extern struct varlena *sx_agg_state_var_slow(FunctionCallInfo fcinfo);

/*
 * The same for a state of no fixed size (duration_result, the state of
 * kano_homogeneity): in place when an aggregate calls the function with
 * its own untoasted state, a copy otherwise.  Argument 0 is never NULL:
 * these functions are strict and their aggregates have an INITCOND.  A
 * state that must grow is a new datum, returned as the function's result,
 * which the executor copies into the aggregate's context (freeing the old
 * one), so it is allocated in the current, per-row context.
 */
static inline struct varlena *
sx_agg_state_var(FunctionCallInfo fcinfo)
{
	struct varlena *state = (struct varlena *) PG_GETARG_POINTER(0);

	if (likely(sx_in_aggregate(fcinfo) && !VARATT_IS_EXTENDED(state)))
		return state;
	return sx_agg_state_var_slow(fcinfo);
}

/* The errors of merging and of removing what was never added */
pg_noreturn extern void sx_count_overflow(const char *type);
pg_noreturn extern void sx_inverse_underflow(const char *aggregate);

#endif							/* SX_FMGR_H */
