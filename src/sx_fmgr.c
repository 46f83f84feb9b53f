/*
 * sx_fmgr.c
 *		The fmgr glue (see sx_fmgr.h).
 */
#include "sx_fmgr.h"

#include "catalog/dependency.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "common/int.h"
#include "common/shortest_dec.h"
#include "core/sx_stats.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/pg_list.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

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

/* Shortest text that reads back as the same double, as float8out writes */
char *
sx_double_text(double d)
{
	char	   *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(d, buf);
	return buf;
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
				 errdetail("Got %s.", sx_double_text(confidence)),
				 errhint("Use 0.95 for a 95 %% interval.")));
	return z;
}

bool
sx_arg_is_const(FmgrInfo *flinfo, int argno)
{
	Node	   *expr = flinfo->fn_expr;
	List	   *args;

	if (expr == NULL)
		return false;
	if (IsA(expr, FuncExpr))
		args = ((FuncExpr *) expr)->args;
	else if (IsA(expr, OpExpr))
		args = ((OpExpr *) expr)->args;
	else
		return false;
	return argno >= 0 && argno < list_length(args) &&
		IsA(list_nth(args, argno), Const);
}

/*
 * One of sx's own functions: a member of the extension sx (the one
 * installed in this database) owned by a superuser.  The owner matters in
 * a trusted install, where the extension belongs to a database owner who
 * is not a superuser: that role could ALTER EXTENSION sx ADD an aggregate
 * of its own (with an INITCOND of its choosing), but the objects of sx's
 * script belong to the bootstrap superuser, and such an aggregate does not.
 */
static bool
sx_member(Oid function)
{
	Oid			sx = get_extension_oid("sx", true);
	HeapTuple	tup;
	bool		member = false;

	if (!OidIsValid(sx) ||
		getExtensionOfObject(ProcedureRelationId, function) != sx)
		return false;
	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(function));
	if (HeapTupleIsValid(tup))
	{
		member = superuser_arg(((Form_pg_proc) GETSTRUCT(tup))->proowner);
		ReleaseSysCache(tup);
	}
	return member;
}

/* Does aggregate agg use function fn for any of its state steps? */
static bool
aggregate_uses(Oid agg, Oid fn)
{
	HeapTuple	tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(agg));
	bool		uses = false;

	if (HeapTupleIsValid(tup))
	{
		Form_pg_aggregate a = (Form_pg_aggregate) GETSTRUCT(tup);

		uses = a->aggtransfn == fn || a->aggcombinefn == fn ||
			a->aggmtransfn == fn || a->aggminvtransfn == fn;
		ReleaseSysCache(tup);
	}
	return uses;
}

/* The transition function of aggregate agg, or InvalidOid */
static Oid
aggregate_transfn(Oid agg)
{
	HeapTuple	tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(agg));
	Oid			fn = InvalidOid;

	if (HeapTupleIsValid(tup))
	{
		fn = ((Form_pg_aggregate) GETSTRUCT(tup))->aggtransfn;
		ReleaseSysCache(tup);
	}
	return fn;
}

/* Is function fn written in C (so that a superuser installed it)? */
static bool
function_in_c(Oid fn)
{
	HeapTuple	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn));
	bool		c = false;

	if (HeapTupleIsValid(tup))
	{
		c = ((Form_pg_proc) GETSTRUCT(tup))->prolang == ClanguageId;
		ReleaseSysCache(tup);
	}
	return c;
}

/*
 * The aggregate that a wrapper aggregate runs on its behalf, named by a
 * constant first argument, or InvalidOid.  Citus computes an aggregate of
 * an extension on its workers so: worker_partial_agg(
 * 'sx.kano_agg(integer,integer)'::regprocedure, ROW(f, d)) starts from
 * the named aggregate's INITCOND and calls its transition function, from
 * C, with a function set up afresh for every row.
 */
static Oid
wrapped_aggregate(Aggref *aggref)
{
	TargetEntry *first;
	Const	   *c;

	if (aggref == NULL || list_length(aggref->args) < 2)
		return InvalidOid;
	first = linitial_node(TargetEntry, aggref->args);
	if (!IsA(first->expr, Const))
		return InvalidOid;
	c = (Const *) first->expr;
	if (c->constisnull ||
		(c->consttype != OIDOID && c->consttype != REGPROCEDUREOID &&
		 c->consttype != REGPROCOID))
		return InvalidOid;
	return DatumGetObjectId(c->constvalue);
}

/*
 * Whether function fn, called by aggregate agg, returns a valid value by
 * construction: agg is one of sx's aggregates, or a wrapper written in C
 * that names one whose transition function is fn.  A user's aggregate
 * can name one too, but only a superuser can write its transition
 * function in C, and one written in SQL calls fn as a plain function.
 */
static bool
aggregate_trusted(Oid agg, Oid wrapped, Oid fn)
{
	if (sx_member(agg))
		return true;
	return OidIsValid(wrapped) && sx_member(wrapped) &&
		aggregate_transfn(wrapped) == fn &&
		function_in_c(aggregate_transfn(agg));
}

/*
 * The decisions of aggregate_trusted in this backend.  A wrapper sets fn
 * up afresh for every row, so nothing it keeps in fn_extra lasts to the
 * next row; without this cache each row would scan pg_depend.  Any change
 * to pg_proc or pg_aggregate empties it: a decision taken while one was
 * processed is not kept (generation).  Membership of the extension can
 * change without either (ALTER EXTENSION ADD or DROP), but that leaves
 * the aggregate's definition as it was, which is what the decision is
 * about.
 */
#define SX_TRUST_CACHE_SIZE 32

typedef struct SxTrustDecision
{
	Oid			agg;			/* the calling aggregate */
	Oid			wrapped;		/* the aggregate it names, or InvalidOid */
	Oid			fn;				/* the support function it calls */
	bool		trusted;
} SxTrustDecision;

static SxTrustDecision trust_cache[SX_TRUST_CACHE_SIZE];
static int	trust_cache_used = 0;
static int	trust_cache_next = 0;
static uint64 trust_cache_generation = 0;
static bool trust_cache_registered = false;

static void
trust_cache_reset(Datum arg, int cacheid, uint32 hashvalue)
{
	trust_cache_used = 0;
	trust_cache_next = 0;
	trust_cache_generation++;
}

static bool
aggregate_trusted_cached(Oid agg, Oid wrapped, Oid fn)
{
	uint64		generation;
	bool		trusted;
	int			i;

	for (i = 0; i < trust_cache_used; i++)
	{
		SxTrustDecision *d = &trust_cache[i];

		if (d->agg == agg && d->wrapped == wrapped && d->fn == fn)
			return d->trusted;
	}
	if (!trust_cache_registered)
	{
		CacheRegisterSyscacheCallback(PROCOID, trust_cache_reset, (Datum) 0);
		CacheRegisterSyscacheCallback(AGGFNOID, trust_cache_reset, (Datum) 0);
		trust_cache_registered = true;
	}
	generation = trust_cache_generation;
	trusted = aggregate_trusted(agg, wrapped, fn);
	if (generation == trust_cache_generation)
	{
		SxTrustDecision *d = &trust_cache[trust_cache_next];

		d->agg = agg;
		d->wrapped = wrapped;
		d->fn = fn;
		d->trusted = trusted;
		trust_cache_next = (trust_cache_next + 1) % SX_TRUST_CACHE_SIZE;
		if (trust_cache_used < SX_TRUST_CACHE_SIZE)
			trust_cache_used++;
	}
	return trusted;
}

/*
 * The slow path of sx_trusted_caller.  In an Agg node the calling
 * aggregate is known (AggGetAggref); a WindowAgg node gives no such
 * handle, so there every window aggregate of the node that could call
 * this function must be one of sx's.
 */
bool
sx_trusted_caller_slow(FunctionCallInfo fcinfo)
{
	SxCallCache *cache;
	bool		trusted = false;

	if (fcinfo->context && IsA(fcinfo->context, AggState))
	{
		Aggref	   *aggref = AggGetAggref(fcinfo);
		Oid			wrapped = wrapped_aggregate(aggref);

		trusted = aggref != NULL &&
			aggregate_trusted_cached(aggref->aggfnoid, wrapped,
									 fcinfo->flinfo->fn_oid);
		/* under a wrapper, fn_extra lasts one row: allocate nothing */
		if (OidIsValid(wrapped))
			return trusted;
	}
	else if (fcinfo->context && IsA(fcinfo->context, WindowAggState))
	{
		WindowAggState *win = (WindowAggState *) fcinfo->context;
		ListCell   *lc;
		int			callers = 0;

		trusted = true;
		foreach(lc, win->funcs)
		{
			WindowFunc *wfunc = ((WindowFuncExprState *) lfirst(lc))->wfunc;

			if (aggregate_uses(wfunc->winfnoid, fcinfo->flinfo->fn_oid))
			{
				callers++;
				trusted = trusted && sx_member(wfunc->winfnoid);
			}
		}
		trusted = trusted && callers > 0;
	}
	cache = sx_call_cache(fcinfo);
	cache->caller = trusted ? SX_CALLER_SX_AGGREGATE : SX_CALLER_OTHER;
	return trusted;
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

/* The slow path of sx_agg_state_var: detoasted, and a copy outside aggregates */
struct varlena *
sx_agg_state_var_slow(FunctionCallInfo fcinfo)
{
	if (AggCheckCallContext(fcinfo, NULL))
		return PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	return PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
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
