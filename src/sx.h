/*
 * sx.h
 *		Shared declarations of the sx server code.
 */
#ifndef SX_H
#define SX_H

#include "postgres.h"

#include "access/tupdesc.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "nodes/execnodes.h"

#include "sx_core.h"

/* The 1-byte pass-by-value types */
#define DatumGetKanoAnswer(d)		((int) DatumGetChar(d))
#define KanoAnswerGetDatum(a)		CharGetDatum((char) (a))
#define PG_GETARG_KANO_ANSWER(n)	DatumGetKanoAnswer(PG_GETARG_DATUM(n))
#define DatumGetKanoCategory(d)		((int) DatumGetChar(d))
#define KanoCategoryGetDatum(c)		CharGetDatum((char) (c))
#define PG_GETARG_KANO_CATEGORY(n)	DatumGetKanoCategory(PG_GETARG_DATUM(n))
#define DatumGetPyramidLevel(d)		((int) DatumGetChar(d))
#define PyramidLevelGetDatum(l)		CharGetDatum((char) (l))
#define PG_GETARG_PYRAMID_LEVEL(n)	DatumGetPyramidLevel(PG_GETARG_DATUM(n))

/*
 * The result types are fixed-size varlenas that are never toasted or
 * compressed (STORAGE = plain), but may arrive with a short header from a
 * tuple, so they are always read through pg_detoast_datum.
 */
#define DatumGetKanoResultP(d)		((SxKanoResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_KANO_RESULT_P(n)	DatumGetKanoResultP(PG_GETARG_DATUM(n))
#define DatumGetPyramidResultP(d)	((SxPyramidResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_PYRAMID_RESULT_P(n) DatumGetPyramidResultP(PG_GETARG_DATUM(n))
#define DatumGetNpsResultP(d)		((SxNpsResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_NPS_RESULT_P(n)	DatumGetNpsResultP(PG_GETARG_DATUM(n))

/*
 * What a function keeps between calls in fn_extra: the last scheme it
 * resolved (so a JSON scheme is parsed once per call site, not per row)
 * and, for functions returning a record, the blessed tuple descriptor.
 */
typedef struct SxCallCache
{
	TupleDesc	tupdesc;
	bool		scheme_fixed;	/* scheme argument is a constant: no checks */
	int			scheme_len;		/* -1: nothing cached */
	char	   *scheme_text;
	SxScheme	scheme;
} SxCallCache;

typedef struct KanoTally
{
	int64		cat[SX_CATEGORIES]; /* indexed by rank M, O, A, I, R, Q */
	int64		n;				/* complete pairs */
} KanoTally;

/* Category counts of a kano_result under a scheme */
static inline void
kano_tally(const SxKanoResult *r, const SxScheme *scheme, KanoTally *t)
{
	memset(t, 0, sizeof(*t));
	for (int i = 0; i < SX_CELLS; i++)
		t->cat[scheme->cell[i]] += r->pairs[i];
	for (int k = 0; k < SX_CATEGORIES; k++)
		t->n += t->cat[k];
}

/* A raw answer code 1..5, or an out-of-range error */
static inline int
sx_answer_code(int64 code)
{
	if (code < 1 || code > SX_ANSWERS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("Kano answer code %lld is out of range 1..5",
						(long long) code),
				 errhint("Codes are 1 like, 2 expect, 3 neutral, 4 live-with, "
						 "5 dislike.")));
	return (int) code;
}

/*
 * The transition state in argument 0, ready to be updated.  The hot path:
 * called as an aggregate with our own untoasted state, which is updated in
 * place.  Everything else goes through sx_agg_state_slow.
 */
extern void *sx_agg_state_slow(FunctionCallInfo fcinfo, Size size);

/* Called by an aggregate or window aggregate, rather than directly? */
static inline bool
sx_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context && (IsA(fcinfo->context, AggState) ||
							   IsA(fcinfo->context, WindowAggState));
}

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

/*
 * The SQL-callable comparison functions of a type, from a function that
 * compares the two arguments of fcinfo: prefix_cmp for the btree class and
 * the six operators.
 */
#define SX_COMPARISON_FUNCTIONS(prefix, cmpargs) \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum prefix##_cmp(PG_FUNCTION_ARGS) { PG_RETURN_INT32(cmpargs(fcinfo)); } \
PG_FUNCTION_INFO_V1(prefix##_eq); \
Datum prefix##_eq(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) == 0); } \
PG_FUNCTION_INFO_V1(prefix##_ne); \
Datum prefix##_ne(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) != 0); } \
PG_FUNCTION_INFO_V1(prefix##_lt); \
Datum prefix##_lt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) < 0); } \
PG_FUNCTION_INFO_V1(prefix##_le); \
Datum prefix##_le(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) <= 0); } \
PG_FUNCTION_INFO_V1(prefix##_gt); \
Datum prefix##_gt(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) > 0); } \
PG_FUNCTION_INFO_V1(prefix##_ge); \
Datum prefix##_ge(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(cmpargs(fcinfo) >= 0); }

/*
 * The hash support functions of a type, from hashfn(fcinfo, seed), which
 * hashes argument 0: prefix_hash gives the low 32 bits of the seed-0 hash,
 * as hash opclasses require of the two.
 */
#define SX_HASH_FUNCTIONS(prefix, hashfn) \
PG_FUNCTION_INFO_V1(prefix##_hash); \
Datum prefix##_hash(PG_FUNCTION_ARGS) { PG_RETURN_INT32((int32) hashfn(fcinfo, 0)); } \
PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
Datum prefix##_hash_extended(PG_FUNCTION_ARGS) \
{ PG_RETURN_INT64((int64) hashfn(fcinfo, PG_GETARG_INT64(1))); }

/* sx_util.c */
extern void sx_report(const SxError *err, const char *input) pg_attribute_noreturn();
extern SxCallCache *sx_call_cache(FunctionCallInfo fcinfo);
extern TupleDesc sx_result_tupdesc(FunctionCallInfo fcinfo);
extern char *sx_double_text(double d, char *buf);
extern void sx_add_counts(int64 *into, const int64 *more, int n, const char *type);
extern void sx_count_overflow(const char *type) pg_attribute_noreturn();
extern void sx_check_direct_result(bool ok, const SxError *err);
extern void sx_inverse_underflow(const char *aggregate) pg_attribute_noreturn();

/*
 * Return a result-typed state from a transition, inverse or merge function;
 * called directly (direct: !sx_in_aggregate, taken before the state is
 * updated, since the update may alias fcinfo for the compiler), it is first
 * checked like an input value by checked(st), a function made with
 * SX_STATE_CHECKER.  The check is a tail call out of line, so the hot path
 * of an aggregate saves no extra registers for it.
 */
#define SX_RETURN_STATE(direct, st, checked) \
	do { \
		if (unlikely(direct)) \
			return checked(st); \
		PG_RETURN_POINTER(st); \
	} while (0)

#define SX_STATE_CHECKER(checked, type, checkfn) \
static pg_noinline Datum \
checked(type *st) \
{ \
	SxError		err; \
	sx_check_direct_result(checkfn(st, &err), &err); \
	PG_RETURN_POINTER(st); \
}

/* kano_scheme.c */
extern const SxScheme *sx_scheme_arg_slow(FunctionCallInfo fcinfo, int argno);

/*
 * The evaluation scheme in text argument argno.  Hot path: a constant
 * scheme already resolved at this call site costs two loads.
 */
static inline const SxScheme *
sx_scheme_arg(FunctionCallInfo fcinfo, int argno)
{
	SxCallCache *cache = (SxCallCache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && cache->scheme_fixed))
		return &cache->scheme;
	return sx_scheme_arg_slow(fcinfo, argno);
}

#endif							/* SX_H */
