/*
 * experience_result.c
 *		The experience_result type in SQL: text and binary I/O, comparison
 *		and hashing, merging and subtracting, the transition functions of
 *		experience_agg, the stored form (its figures are in
 *		experience_figures.c).
 */
#include "experience_result.h"

#include "common/hashfn.h"
#include "core/leverage.h"
#include "core/sx_wide.h"
#include "libpq/pqformat.h"
#include "pyramid_result.h"

/*
 * Two forms of one value (core/experience_result.h): aggregates keep the
 * fixed layout as their state, updated in place; a value they return, or
 * the input functions make, is the stored form, about a sixth of the size.
 * Every function reads either.
 */

/* Argument argno in the fixed layout: the datum itself, or read into buf */
const SxExperienceResult *
experience_result_arg(FunctionCallInfo fcinfo, int argno, SxExperienceResult *buf)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));
	const uint8 *body = (const uint8 *) VARDATA(v);
	size_t		len = VARSIZE(v) - VARHDRSZ;
	SxError		err;

	if (!sx_experience_result_is_packed(body, len))
	{
		if (VARSIZE(v) != EXPERIENCE_RESULT_SIZE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid experience_result value"),
					 errdetail("A state of %zu bytes, expected %zu.", (Size) VARSIZE(v),
							   (Size) EXPERIENCE_RESULT_SIZE)));
		return (const SxExperienceResult *) v;
	}
	if (!sx_experience_result_unpack(body, len, buf, &err))
		sx_report(&err, NULL);
	return buf;
}

/* The stored form of r, as a datum */
static Datum
experience_result_stored(const SxExperienceResult *r)
{
	bytea	   *out = palloc(VARHDRSZ + SX_EXPERIENCE_PACKED_MAX);

	SET_VARSIZE(out, VARHDRSZ + sx_experience_result_pack(r, (uint8 *) VARDATA(out)));
	PG_RETURN_POINTER(out);
}

/*
 * The transition state in argument 0, in the fixed layout, ready to be
 * updated: in place when an aggregate passes its own state, else a copy
 * (in the aggregate's memory when there is one) of whatever form it is in.
 */
static SxExperienceResult *
experience_state(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;
	SxExperienceResult *st;

	if (likely(!PG_ARGISNULL(0) && sx_in_aggregate(fcinfo)))
	{
		struct varlena *v = (struct varlena *) PG_GETARG_POINTER(0);

		if (likely(!VARATT_IS_EXTENDED(v) && VARSIZE(v) == EXPERIENCE_RESULT_SIZE &&
				   !sx_experience_result_is_packed((const uint8 *) VARDATA(v),
												   VARSIZE(v) - VARHDRSZ)))
			return (SxExperienceResult *) v;
	}
	if (!AggCheckCallContext(fcinfo, &aggcontext))
		aggcontext = CurrentMemoryContext;
	st = MemoryContextAlloc(aggcontext, EXPERIENCE_RESULT_SIZE);
	if (PG_ARGISNULL(0))
		sx_experience_result_init(st);
	else
	{
		const SxExperienceResult *r = experience_result_arg(fcinfo, 0, st);

		if (r != st)
			memcpy(st, r, EXPERIENCE_RESULT_SIZE);
	}
	SET_VARSIZE(st, EXPERIENCE_RESULT_SIZE);
	return st;
}

/* experience_result_in(cstring): levels=... unfounded=... nps=... (see core) */
PG_FUNCTION_INFO_V1(experience_result_in);
Datum
experience_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxExperienceResult r;
	SxError		err;

	if (!sx_experience_result_parse(s, strlen(s), &r, &err))
		sx_report(&err, s);
	return experience_result_stored(&r);
}

/* experience_result_out(experience_result): read back to the same value */
PG_FUNCTION_INFO_V1(experience_result_out);
Datum
experience_result_out(PG_FUNCTION_ARGS)
{
	char	   *buf = palloc(SX_EXPERIENCE_RESULT_TEXT_MAX);
	SxExperienceResult r;

	sx_experience_result_format(experience_result_arg(fcinfo, 0, &r), buf);
	PG_RETURN_CSTRING(buf);
}

/* experience_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(experience_result_recv);
Datum
experience_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxExperienceResult r;
	SxError		err;

	if (!sx_experience_result_decode((const uint8 *) data, len, &r, &err))
		sx_report(&err, NULL);
	return experience_result_stored(&r);
}

/* experience_result_send(experience_result): format byte, big-endian fields */
PG_FUNCTION_INFO_V1(experience_result_send);
Datum
experience_result_send(PG_FUNCTION_ARGS)
{
	bytea	   *out = palloc(VARHDRSZ + SX_EXPERIENCE_RESULT_WIRE);
	SxExperienceResult r;

	SET_VARSIZE(out, VARHDRSZ + SX_EXPERIENCE_RESULT_WIRE);
	sx_experience_result_encode(experience_result_arg(fcinfo, 0, &r),
								(uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/*
 * A total order, field by field in the order of the layout (the data
 * scale sum as a signed number); equality of every field
 */
static int
experience_result_compare(FunctionCallInfo fcinfo)
{
	SxExperienceResult abuf;
	SxExperienceResult bbuf;
	const SxExperienceResult *a = experience_result_arg(fcinfo, 0, &abuf);
	const SxExperienceResult *b = experience_result_arg(fcinfo, 1, &bbuf);
	const int64 *ca = a->levels;
	const int64 *cb = b->levels;
	sx_int128	sa;
	sx_int128	sb;

	for (int i = 0; i < SX_EXPERIENCE_COUNTS; i++)
	{
		if (ca[i] != cb[i])
			return ca[i] < cb[i] ? -1 : 1;
	}
	sa = sx_int128_load(a->scale_sum);
	sb = sx_int128_load(b->scale_sum);
	if (sa != sb)
		return sa < sb ? -1 : 1;
	return 0;
}

/* experience_result_cmp(experience_result, experience_result): btree support */
PG_FUNCTION_INFO_V1(experience_result_cmp);
Datum
experience_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(experience_result_compare(fcinfo));
}

/* experience_result_eq(experience_result, experience_result): operator = */
PG_FUNCTION_INFO_V1(experience_result_eq);
Datum
experience_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) == 0);
}

/* experience_result_ne(experience_result, experience_result): operator <> */
PG_FUNCTION_INFO_V1(experience_result_ne);
Datum
experience_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) != 0);
}

/* experience_result_lt(experience_result, experience_result): operator < */
PG_FUNCTION_INFO_V1(experience_result_lt);
Datum
experience_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) < 0);
}

/* experience_result_le(experience_result, experience_result): operator <= */
PG_FUNCTION_INFO_V1(experience_result_le);
Datum
experience_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) <= 0);
}

/* experience_result_gt(experience_result, experience_result): operator > */
PG_FUNCTION_INFO_V1(experience_result_gt);
Datum
experience_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) > 0);
}

/* experience_result_ge(experience_result, experience_result): operator >= */
PG_FUNCTION_INFO_V1(experience_result_ge);
Datum
experience_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(experience_result_compare(fcinfo) >= 0);
}

/* Hash of every field after the varlena header and flags */
static uint64
experience_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	SxExperienceResult buf;
	const SxExperienceResult *r = experience_result_arg(fcinfo, 0, &buf);
	const char *start = (const char *) r->levels;

	return DatumGetUInt64(hash_any_extended((const unsigned char *) start,
											EXPERIENCE_RESULT_SIZE -
											(start - (const char *) r),
											seed));
}

/* experience_result_hash(experience_result): low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(experience_result_hash);
Datum
experience_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) experience_result_hash_seeded(fcinfo, 0));
}

/* experience_result_hash_extended(experience_result, bigint) */
PG_FUNCTION_INFO_V1(experience_result_hash_extended);
Datum
experience_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) experience_result_hash_seeded(fcinfo,
														  PG_GETARG_INT64(1)));
}

/* A state a support function returns; see kano_result_checked */
static pg_noinline void
experience_result_checked(SxExperienceResult *st)
{
	SxError		err;

	if (!sx_experience_result_check(st, &err))
		sx_report(&err, NULL);
}

/*
 * What a support function returns: to an aggregate, its state; called
 * directly, a value in the stored form
 */
static inline Datum
experience_result_state(FunctionCallInfo fcinfo, SxExperienceResult *st, bool trusted)
{
	if (unlikely(!trusted))
		experience_result_checked(st);
	if (likely(sx_in_aggregate(fcinfo)))
		return PointerGetDatum(st);
	return experience_result_stored(st);
}

/* The arguments of experience_agg after the state, in order */
enum
{
	EXP_ARG_FLAGS = 1,			/* promise_kept, then the other three flags */
	EXP_ARG_NPS = EXP_ARG_FLAGS + 4,
	EXP_ARG_CSAT,
	EXP_ARG_CES,
	EXP_ARG_CENTRICITY,
	EXP_ARG_PARTICIPATION,
	EXP_ARG_DATA_SCALE,
	EXP_ARG_COMPLAINT,
	EXP_ARG_FCR
};

/*
 * An answer argument in lo..hi as an index from 0, -1 when NULL, or
 * 22003 naming the figure
 */
static inline int
experience_answer_arg(FunctionCallInfo fcinfo, int argno, int lo, int hi,
					  const char *what)
{
	int32		v;

	if (PG_ARGISNULL(argno))
		return -1;
	v = PG_GETARG_INT32(argno);
	if (unlikely(v < lo || v > hi))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s %d is out of range %d..%d", what, v, lo, hi)));
	return v - lo;
}

/* What one observation adds, read from the arguments */
typedef struct ExperienceRow
{
	int			level;
	int			unfounded;
	int			nps;			/* index of each answer; -1 when NULL */
	int			csat;
	int			ces;
	int			centricity;		/* the level 1..6; 0 when NULL */
	int			participation;
	bool		has_scale;
	int64		scale_units;
	int			complaint;		/* 1 yes, 0 no, -1 NULL */
	int			fcr;
} ExperienceRow;

/* A yes/no argument: 1, 0, or -1 when NULL */
static inline int
experience_flag_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? -1 : (PG_GETARG_BOOL(argno) ? 1 : 0);
}

static void
experience_row(FunctionCallInfo fcinfo, ExperienceRow *row)
{
	unsigned char e = pyramid_observation_entry(fcinfo, EXP_ARG_FLAGS);
	SxError		err;

	row->level = sx_flags_level(e);
	row->unfounded = sx_flags_unfounded(e);
	row->nps = experience_answer_arg(fcinfo, EXP_ARG_NPS, 0, SX_NPS_MAX,
									 "NPS answer");
	row->csat = experience_answer_arg(fcinfo, EXP_ARG_CSAT, 1, SX_CSAT_MAX,
									  "CSAT answer");
	row->ces = experience_answer_arg(fcinfo, EXP_ARG_CES, 1, SX_CES_MAX,
									 "CES answer");
	row->centricity = 1 + experience_answer_arg(fcinfo, EXP_ARG_CENTRICITY, 1,
												(int) SX_LEVEL_MAX, "centricity");
	row->participation = 1 + experience_answer_arg(fcinfo, EXP_ARG_PARTICIPATION,
												   1, (int) SX_LEVEL_MAX,
												   "participation");
	row->complaint = experience_flag_arg(fcinfo, EXP_ARG_COMPLAINT);
	row->fcr = experience_flag_arg(fcinfo, EXP_ARG_FCR);
	row->has_scale = !PG_ARGISNULL(EXP_ARG_DATA_SCALE);
	row->scale_units = 0;
	if (row->has_scale &&
		!sx_experience_scale_units(PG_GETARG_FLOAT8(EXP_ARG_DATA_SCALE),
								   &row->scale_units, &err))
		sx_report(&err, NULL);
}

/*
 * experience_agg_trans(experience_result, promise_kept, issue_resolved,
 * felt_valued, surprised boolean, nps, csat, ces, centricity,
 * participation integer, data_scale double precision, complaint,
 * first_contact_resolution boolean): not strict, a NULL leaves its figure out
 */
PG_FUNCTION_INFO_V1(experience_agg_trans);
Datum
experience_agg_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxExperienceResult *st = experience_state(fcinfo);
	ExperienceRow row;

	experience_row(fcinfo, &row);
	st->levels[row.level]++;
	st->unfounded += row.unfounded;
	if (row.nps >= 0)
		st->nps[row.nps]++;
	if (row.csat >= 0)
		st->csat[row.csat]++;
	if (row.ces >= 0)
		st->ces[row.ces]++;
	if (row.centricity > 0)
	{
		st->centricity_n++;
		st->centricity_sum += row.centricity;
	}
	if (row.participation > 0)
	{
		st->participation_n++;
		st->participation_sum += row.participation;
	}
	if (row.complaint >= 0)
	{
		st->complaint_n++;
		st->complaints += row.complaint;
	}
	if (row.fcr >= 0)
	{
		st->fcr_n++;
		st->fcr += row.fcr;
	}
	if (row.has_scale)
	{
		st->scale_n++;
		sx_int128_store(st->scale_sum,
						sx_int128_load(st->scale_sum) + row.scale_units);
	}
	return experience_result_state(fcinfo, st, trusted);
}

/* experience_agg_inv(experience_result, ...): the same arguments */
PG_FUNCTION_INFO_V1(experience_agg_inv);
Datum
experience_agg_inv(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxExperienceResult *st = experience_state(fcinfo);
	ExperienceRow row;

	experience_row(fcinfo, &row);
	if (st->levels[row.level] <= 0 || st->unfounded < row.unfounded ||
		(row.nps >= 0 && st->nps[row.nps] <= 0) ||
		(row.csat >= 0 && st->csat[row.csat] <= 0) ||
		(row.ces >= 0 && st->ces[row.ces] <= 0) ||
		(row.centricity > 0 && st->centricity_n <= 0) ||
		(row.participation > 0 && st->participation_n <= 0) ||
		(row.complaint >= 0 && (st->complaint_n <= 0 || st->complaints < row.complaint)) ||
		(row.fcr >= 0 && (st->fcr_n <= 0 || st->fcr < row.fcr)) ||
		(row.has_scale && st->scale_n <= 0))
		sx_inverse_underflow("experience_agg");
	st->levels[row.level]--;
	st->unfounded -= row.unfounded;
	if (row.nps >= 0)
		st->nps[row.nps]--;
	if (row.csat >= 0)
		st->csat[row.csat]--;
	if (row.ces >= 0)
		st->ces[row.ces]--;
	if (row.centricity > 0)
	{
		st->centricity_n--;
		st->centricity_sum -= row.centricity;
	}
	if (row.participation > 0)
	{
		st->participation_n--;
		st->participation_sum -= row.participation;
	}
	if (row.complaint >= 0)
	{
		st->complaint_n--;
		st->complaints -= row.complaint;
	}
	if (row.fcr >= 0)
	{
		st->fcr_n--;
		st->fcr -= row.fcr;
	}
	if (row.has_scale)
	{
		st->scale_n--;
		sx_int128_store(st->scale_sum,
						sx_int128_load(st->scale_sum) - row.scale_units);
	}
	return experience_result_state(fcinfo, st, trusted);
}

/* experience_result_merge(experience_result, experience_result): a + b */
PG_FUNCTION_INFO_V1(experience_result_merge);
Datum
experience_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxExperienceResult *st = experience_state(fcinfo);
	SxExperienceResult buf;
	SxError		err;

	if (!sx_experience_result_add(st, experience_result_arg(fcinfo, 1, &buf), &err))
		sx_report(&err, NULL);
	return experience_result_state(fcinfo, st, trusted);
}

/*
 * experience_result_subtract(experience_result, experience_result): a - b,
 * b being part of a; also experience_merge's inverse in moving windows
 */
PG_FUNCTION_INFO_V1(experience_result_subtract);
Datum
experience_result_subtract(PG_FUNCTION_ARGS)
{
	SxExperienceResult *st = experience_state(fcinfo);
	SxExperienceResult buf;
	SxError		err;

	if (!sx_experience_result_subtract(st, experience_result_arg(fcinfo, 1, &buf), &err))
		sx_report(&err, NULL);
	return experience_result_state(fcinfo, st, true);
}

/* experience_result_pack(experience_result): the stored form, the aggregates' final function */
PG_FUNCTION_INFO_V1(experience_result_pack);
Datum
experience_result_pack(PG_FUNCTION_ARGS)
{
	SxExperienceResult buf;

	return experience_result_stored(experience_result_arg(fcinfo, 0, &buf));
}
