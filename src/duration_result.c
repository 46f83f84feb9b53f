/*
 * duration_result.c
 *		The duration_result type in SQL: text and binary I/O, comparison
 *		and hashing, the jsonb cast, merging, the transition functions of
 *		duration_agg, and the figures: count, least, greatest, exact mean
 *		and quantiles.
 *
 * Durations are kept in whole microseconds, the resolution of interval;
 * an interval's months count 30 days and its days 24 hours, as interval
 * comparison (and so percentile_disc) counts them.  A negative duration
 * is an error: a time to respond or resolve cannot be negative, and one
 * that is comes from a data error that a quantile must not hide.
 */
#include "duration_result.h"

#include "common/hashfn.h"
#include "datatype/timestamp.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

/* duration_result_in(cstring): alpha=a zeros=n min=us max=us sum=us buckets=k:c,... */
PG_FUNCTION_INFO_V1(duration_result_in);
Datum
duration_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	size_t		len = strlen(s);
	size_t		buckets;
	SxDurationResult *r;
	SxError		err;

	if (!sx_duration_result_measure(s, len, &buckets, &err))
		sx_report(&err, s);
	r = palloc(SX_DURATION_SIZE(buckets));
	if (!sx_duration_result_parse(s, len, r, buckets, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, SX_DURATION_SIZE(buckets));
	PG_RETURN_POINTER(r);
}

/* duration_result_out(duration_result): read back to the same value */
PG_FUNCTION_INFO_V1(duration_result_out);
Datum
duration_result_out(PG_FUNCTION_ARGS)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);
	char	   *buf = palloc(SX_DURATION_TEXT_MAX(buckets));

	sx_duration_result_format(r, buckets, buf);
	PG_RETURN_CSTRING(buf);
}

/* duration_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(duration_result_recv);
Datum
duration_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	size_t		buckets;
	SxDurationResult *r;
	SxError		err;

	if (!sx_duration_wire_buckets(len, &buckets, &err))
		sx_report(&err, NULL);
	r = palloc(SX_DURATION_SIZE(buckets));
	if (!sx_duration_result_decode((const uint8 *) data, len, r, buckets, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, SX_DURATION_SIZE(buckets));
	PG_RETURN_POINTER(r);
}

/* duration_result_send(duration_result): format byte, header fields, bucket counts */
PG_FUNCTION_INFO_V1(duration_result_send);
Datum
duration_result_send(PG_FUNCTION_ARGS)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);
	bytea	   *out = palloc(VARHDRSZ + SX_DURATION_WIRE(buckets));

	SET_VARSIZE(out, VARHDRSZ + SX_DURATION_WIRE(buckets));
	sx_duration_result_encode(r, buckets, (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* -1, 0 or 1 as x is below, equal to or above y */
static inline int
duration_order(int64 x, int64 y)
{
	return (x > y) - (x < y);
}

/*
 * A total order, field by field and then bucket by bucket, for sorting
 * and grouping; it means nothing beyond that.  A value has one layout, so
 * equality is equality of every field and bucket.
 */
static int
duration_result_compare(FunctionCallInfo fcinfo)
{
	size_t		na;
	size_t		nb;
	const SxDurationResult *a = duration_result_arg(fcinfo, 0, &na);
	const SxDurationResult *b = duration_result_arg(fcinfo, 1, &nb);
	int			c = (a->alpha > b->alpha) - (a->alpha < b->alpha);

	if (c == 0)
		c = duration_order(a->zeros, b->zeros);
	if (c == 0)
		c = duration_order(a->min_us, b->min_us);
	if (c == 0)
		c = duration_order(a->max_us, b->max_us);
	for (int w = 1; w >= 0 && c == 0; w--)
		c = (a->sum_us[w] > b->sum_us[w]) - (a->sum_us[w] < b->sum_us[w]);
	if (c == 0)
		c = duration_order(a->first, b->first);
	if (c == 0)
		c = duration_order((int64) na, (int64) nb);
	for (size_t i = 0; i < na && c == 0; i++)
		c = duration_order(a->counts[i], b->counts[i]);
	return c;
}

/* duration_result_cmp(duration_result, duration_result): the btree support function */
PG_FUNCTION_INFO_V1(duration_result_cmp);
Datum
duration_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(duration_result_compare(fcinfo));
}

/* duration_result_eq(duration_result, duration_result): operator = */
PG_FUNCTION_INFO_V1(duration_result_eq);
Datum
duration_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) == 0);
}

/* duration_result_ne(duration_result, duration_result): operator <> */
PG_FUNCTION_INFO_V1(duration_result_ne);
Datum
duration_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) != 0);
}

/* duration_result_lt(duration_result, duration_result): operator < */
PG_FUNCTION_INFO_V1(duration_result_lt);
Datum
duration_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) < 0);
}

/* duration_result_le(duration_result, duration_result): operator <= */
PG_FUNCTION_INFO_V1(duration_result_le);
Datum
duration_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) <= 0);
}

/* duration_result_gt(duration_result, duration_result): operator > */
PG_FUNCTION_INFO_V1(duration_result_gt);
Datum
duration_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) > 0);
}

/* duration_result_ge(duration_result, duration_result): operator >= */
PG_FUNCTION_INFO_V1(duration_result_ge);
Datum
duration_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(duration_result_compare(fcinfo) >= 0);
}

/*
 * Hash of every byte after the header and flags.  Equal values have equal
 * bytes: one layout per value, and an empty value's alpha is +0.
 */
static uint64
duration_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	size_t		buckets;
	const SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) &r->alpha,
											SX_DURATION_SIZE(buckets) -
											offsetof(SxDurationResult, alpha),
											seed));
}

/* duration_result_hash(duration_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(duration_result_hash);
Datum
duration_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) duration_result_hash_seeded(fcinfo, 0));
}

/* duration_result_hash_extended(duration_result, bigint) */
PG_FUNCTION_INFO_V1(duration_result_hash_extended);
Datum
duration_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) duration_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* duration_result_to_jsonb(duration_result): the fields, microseconds, buckets as [index, count] */
PG_FUNCTION_INFO_V1(duration_result_to_jsonb);
Datum
duration_result_to_jsonb(PG_FUNCTION_ARGS)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);
	int64		n = sx_duration_n(r, buckets);
	char		sum[SX_U256_TEXT_MAX];
	SxU256		wide = {{r->sum_us[0], r->sum_us[1], 0, 0}};
	StringInfoData buf;
	bool		listed = false;

	sx_u256_text(&wide, 0, sum);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"alpha\": %s, \"zeros\": "
					 INT64_FORMAT ", \"min_us\": " INT64_FORMAT ", \"max_us\": "
					 INT64_FORMAT ", \"sum_us\": %s, \"buckets\": [", n,
					 n ? sx_double_text(r->alpha) : "null", r->zeros, r->min_us,
					 r->max_us, sum);
	for (size_t i = 0; i < buckets; i++)
	{
		if (r->counts[i] == 0)
			continue;
		appendStringInfo(&buf, "%s[" INT64_FORMAT ", " INT64_FORMAT "]",
						 listed ? ", " : "", r->first + (int64) i, r->counts[i]);
		listed = true;
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* What a support function returns, checked unless sx's own aggregate called it */
static pg_noinline Datum
duration_result_checked(SxDurationResult *st, size_t buckets)
{
	SxError		err;

	if (!sx_duration_result_check(st, buckets, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
duration_result_state(SxDurationResult *st, size_t buckets, bool trusted)
{
	if (unlikely(!trusted))
		return duration_result_checked(st, buckets);
	return PointerGetDatum(st);
}

/* The state in argument 0, ready to be updated (sx_agg_state_var) */
static inline SxDurationResult *
duration_state_arg(FunctionCallInfo fcinfo, size_t *buckets)
{
	struct varlena *v = sx_agg_state_var(fcinfo);

	*buckets = duration_result_buckets(v);
	return (SxDurationResult *) v;
}

/*
 * A copy of st with span buckets from first: a new datum in the current
 * (per-row) context, which the executor copies into the aggregate's.  The
 * range only grows when a duration falls outside every bucket seen, which
 * for durations in random order happens about 2 ln(n) times per group.
 */
static pg_noinline SxDurationResult *
duration_widened(const SxDurationResult *st, size_t buckets, int64 first,
				 size_t span)
{
	SxDurationResult *w = palloc(SX_DURATION_SIZE(span));

	sx_duration_widen(w, first, span, st, buckets);
	SET_VARSIZE(w, SX_DURATION_SIZE(span));
	return w;
}

/* log(gamma) of the last alpha seen by this backend: one log1p per alpha */
static double
duration_log_gamma(double alpha)
{
	static double last_alpha = 0.0;
	static double last_log_gamma = 0.0;

	if (unlikely(alpha != last_alpha))
	{
		last_log_gamma = sx_duration_log_gamma(alpha);
		last_alpha = alpha;
	}
	return last_log_gamma;
}

/* An alpha for a state: the state's own, or the first (valid) for an empty one */
static pg_noinline void
duration_check_alpha(const SxDurationResult *st, double alpha)
{
	SxError		err;

	if (st->alpha != 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("duration_agg needs the same alpha on every row"),
				 errdetail("Alpha %s, then %s.", sx_double_text(st->alpha),
						   sx_double_text(alpha))));
	if (!sx_duration_alpha_check(alpha, &err))
		sx_report(&err, NULL);
}

/* Count a duration of us microseconds under alpha */
static inline Datum
duration_accum(FunctionCallInfo fcinfo, int64 us, double alpha)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		buckets;
	SxDurationResult *st = duration_state_arg(fcinfo, &buckets);
	int64		k = 0;
	int64		first;
	size_t		span;

	/* an empty state's alpha is 0, which no row may pass */
	if (unlikely(st->alpha != alpha || alpha == 0.0))
		duration_check_alpha(st, alpha);
	if (us > 0)
	{
		k = sx_duration_bucket(us, duration_log_gamma(alpha));
		if (unlikely(!sx_duration_covers(st, buckets, k, &first, &span)))
		{
			st = duration_widened(st, buckets, first, span);
			buckets = span;
		}
	}
	sx_duration_add(st, buckets, alpha, us, k);
	return duration_result_state(st, buckets, trusted);
}

/* An interval in microseconds: 30-day months, 24-hour days, never negative */
static inline int64
duration_interval_us(FunctionCallInfo fcinfo, int argno)
{
	Interval   *iv = PG_GETARG_INTERVAL_P(argno);
	int128		us = ((int128) iv->month * DAYS_PER_MONTH + iv->day) * USECS_PER_DAY +
		iv->time;

	if (unlikely(us < 0 || us > PG_INT64_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg(us < 0 ? "duration %s is negative" : "duration %s is out of range",
						DatumGetCString(DirectFunctionCall1(interval_out,
															IntervalPGetDatum(iv)))),
				 errhint("Durations are from 0 to 2^63 - 1 microseconds.")));
	return (int64) us;
}

/* Seconds in microseconds, rounded to the nearest; never negative */
static inline int64
duration_seconds_us(FunctionCallInfo fcinfo, int argno)
{
	double		seconds = PG_GETARG_FLOAT8(argno);
	double		us = rint(seconds * 1e6);

	if (unlikely(!(seconds >= 0.0 && us < 9223372036854775808.0)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg(seconds < 0.0 ? "duration of %s seconds is negative" :
						"duration of %s seconds is out of range",
						sx_double_text(seconds)),
				 errhint("Durations are from 0 to 2^63 - 1 microseconds.")));
	return (int64) us;
}

/* duration_agg_trans(duration_result, interval): alpha 0.01 */
PG_FUNCTION_INFO_V1(duration_agg_trans);
Datum
duration_agg_trans(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_interval_us(fcinfo, 1),
						  SX_DURATION_ALPHA_DEFAULT);
}

/* duration_agg_trans(duration_result, interval, double precision) */
PG_FUNCTION_INFO_V1(duration_agg_trans_alpha);
Datum
duration_agg_trans_alpha(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_interval_us(fcinfo, 1),
						  PG_GETARG_FLOAT8(2));
}

/* duration_agg_trans(duration_result, double precision): seconds, alpha 0.01 */
PG_FUNCTION_INFO_V1(duration_agg_trans_float8);
Datum
duration_agg_trans_float8(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_seconds_us(fcinfo, 1),
						  SX_DURATION_ALPHA_DEFAULT);
}

/* duration_agg_trans(duration_result, double precision, double precision) */
PG_FUNCTION_INFO_V1(duration_agg_trans_float8_alpha);
Datum
duration_agg_trans_float8_alpha(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_seconds_us(fcinfo, 1),
						  PG_GETARG_FLOAT8(2));
}

/* duration_result_merge(duration_result, duration_result): a + b */
PG_FUNCTION_INFO_V1(duration_result_merge);
Datum
duration_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		buckets;
	size_t		other_buckets;
	SxDurationResult *st = duration_state_arg(fcinfo, &buckets);
	SxDurationResult *other = duration_result_arg(fcinfo, 1, &other_buckets);
	int64		first;
	size_t		span;
	SxError		err;

	sx_duration_union(st, buckets, other, other_buckets, &first, &span);
	if (span != buckets || (span > 0 && first != st->first))
	{
		st = duration_widened(st, buckets, first, span);
		buckets = span;
	}
	if (!sx_duration_merge(st, buckets, other, other_buckets, &err))
		sx_report(&err, NULL);
	return duration_result_state(st, buckets, trusted);
}

/* An interval of us microseconds, in days and time (as justify_hours would) */
static Datum
duration_interval_datum(int64 us)
{
	Interval   *iv = palloc(sizeof(Interval));

	iv->month = 0;
	iv->day = (int32) (us / USECS_PER_DAY);
	iv->time = us % USECS_PER_DAY;
	return IntervalPGetDatum(iv);
}

/* duration_n(duration_result): durations, zeros included */
PG_FUNCTION_INFO_V1(duration_n);
Datum
duration_n(PG_FUNCTION_ARGS)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);

	PG_RETURN_INT64(sx_duration_n(r, buckets));
}

/* duration_alpha(duration_result): the relative accuracy, NULL when empty */
PG_FUNCTION_INFO_V1(duration_alpha);
Datum
duration_alpha(PG_FUNCTION_ARGS)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);

	return sx_float8_or_null(fcinfo, sx_duration_n(r, buckets) ? r->alpha : NAN);
}

/* One exact figure in microseconds (min, max, mean), NULL when empty */
typedef enum DurationFigure
{
	DURATION_MIN, DURATION_MAX, DURATION_MEAN
} DurationFigure;

static Datum
duration_figure(FunctionCallInfo fcinfo, DurationFigure figure)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);

	if (sx_duration_n(r, buckets) == 0)
		PG_RETURN_NULL();
	if (figure == DURATION_MEAN)
		return duration_interval_datum(sx_duration_mean_us(r, buckets));
	return duration_interval_datum(figure == DURATION_MIN ? r->min_us : r->max_us);
}

/* duration_min(duration_result): the least duration */
PG_FUNCTION_INFO_V1(duration_min);
Datum
duration_min(PG_FUNCTION_ARGS)
{
	return duration_figure(fcinfo, DURATION_MIN);
}

/* duration_max(duration_result): the greatest duration */
PG_FUNCTION_INFO_V1(duration_max);
Datum
duration_max(PG_FUNCTION_ARGS)
{
	return duration_figure(fcinfo, DURATION_MAX);
}

/* duration_mean(duration_result): the exact mean, to the microsecond */
PG_FUNCTION_INFO_V1(duration_mean);
Datum
duration_mean(PG_FUNCTION_ARGS)
{
	return duration_figure(fcinfo, DURATION_MEAN);
}

/* The quantile at the fraction in argument 1, in microseconds; NaN when empty */
static double
duration_quantile_us(FunctionCallInfo fcinfo)
{
	size_t		buckets;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &buckets);
	double		q = PG_GETARG_FLOAT8(1);

	/* the error of percentile_disc */
	if (!(q >= 0.0 && q <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("percentile value %s is not between 0 and 1",
						sx_double_text(q))));
	return sx_duration_quantile(r, buckets, q);
}

/*
 * duration_quantile(duration_result, q double precision): as an interval,
 * the estimate rounded to the microsecond
 */
PG_FUNCTION_INFO_V1(duration_quantile);
Datum
duration_quantile(PG_FUNCTION_ARGS)
{
	double		us = duration_quantile_us(fcinfo);

	if (isnan(us))
		PG_RETURN_NULL();
	return duration_interval_datum((int64) rint(us));
}

/* duration_quantile_seconds(duration_result, q double precision): unrounded */
PG_FUNCTION_INFO_V1(duration_quantile_seconds);
Datum
duration_quantile_seconds(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo, duration_quantile_us(fcinfo) / 1e6);
}
