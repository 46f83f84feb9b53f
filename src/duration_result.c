/*
 * duration_result.c
 *		The duration_result type in SQL: text and binary I/O, comparison
 *		and hashing, the jsonb cast, the + operator, and the figures: count,
 *		least, greatest, exact mean and quantiles.  The aggregates, which
 *		work on the dense duration_state, are in duration_state.c.
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
	size_t		bytes;
	SxDurationResult *r;
	SxError		err;

	if (!sx_duration_result_measure(s, len, &bytes, &err))
		sx_report(&err, s);
	r = palloc(SX_DURATION_SIZE(bytes));
	if (!sx_duration_result_parse(s, len, r, bytes, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, SX_DURATION_SIZE(bytes));
	PG_RETURN_POINTER(r);
}

/* duration_result_out(duration_result): read back to the same value */
PG_FUNCTION_INFO_V1(duration_result_out);
Datum
duration_result_out(PG_FUNCTION_ARGS)
{
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);
	char	   *buf = palloc(SX_DURATION_TEXT_MAX(bytes));

	sx_duration_result_format(r, bytes, buf);
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
	size_t		bytes;
	SxDurationResult *r;
	SxError		err;

	if (!sx_duration_wire_bytes(len, &bytes, &err))
		sx_report(&err, NULL);
	r = palloc(SX_DURATION_SIZE(bytes));
	if (!sx_duration_result_decode((const uint8 *) data, len, r, bytes, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, SX_DURATION_SIZE(bytes));
	PG_RETURN_POINTER(r);
}

/* duration_result_send(duration_result): format byte, header fields, bucket counts */
PG_FUNCTION_INFO_V1(duration_result_send);
Datum
duration_result_send(PG_FUNCTION_ARGS)
{
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);
	bytea	   *out = palloc(VARHDRSZ + SX_DURATION_WIRE(bytes));

	SET_VARSIZE(out, VARHDRSZ + SX_DURATION_WIRE(bytes));
	sx_duration_result_encode(r, bytes, (uint8 *) VARDATA(out));
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
	int			c = (a->h.alpha > b->h.alpha) - (a->h.alpha < b->h.alpha);

	if (c == 0)
		c = duration_order(a->h.zeros, b->h.zeros);
	if (c == 0)
		c = duration_order(a->h.min_us, b->h.min_us);
	if (c == 0)
		c = duration_order(a->h.max_us, b->h.max_us);
	for (int w = 1; w >= 0 && c == 0; w--)
		c = (a->h.sum_us[w] > b->h.sum_us[w]) - (a->h.sum_us[w] < b->h.sum_us[w]);
	if (c == 0)
		c = duration_order((int64) na, (int64) nb);
	if (c == 0 && na > 0)
		c = memcmp(a->data, b->data, na);
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
	size_t		bytes;
	const SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) &r->h,
											SX_DURATION_SIZE(bytes) -
											offsetof(SxDurationResult, h),
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
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);
	int64		n = sx_duration_n(r, bytes);
	char		sum[SX_U256_TEXT_MAX];
	SxU256		wide = {{r->h.sum_us[0], r->h.sum_us[1], 0, 0}};
	StringInfoData buf;
	SxDurationReader rd;
	SxDurationBucket b;
	bool		listed = false;

	sx_u256_text(&wide, 0, sum);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"alpha\": %s, \"zeros\": "
					 INT64_FORMAT ", \"min_us\": " INT64_FORMAT ", \"max_us\": "
					 INT64_FORMAT ", \"sum_us\": %s, \"buckets\": [", n,
					 n ? sx_double_text(r->h.alpha) : "null", r->h.zeros, r->h.min_us,
					 r->h.max_us, sum);
	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
	{
		appendStringInfo(&buf, "%s[" INT64_FORMAT ", " INT64_FORMAT "]", listed ? ", " : "",
						 b.index, b.count);
		listed = true;
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* duration_result_merge(duration_result, duration_result): a + b, the + operator */
PG_FUNCTION_INFO_V1(duration_result_merge);
Datum
duration_result_merge(PG_FUNCTION_ARGS)
{
	size_t		na;
	size_t		nb;
	SxDurationResult *a = duration_result_arg(fcinfo, 0, &na);
	SxDurationResult *b = duration_result_arg(fcinfo, 1, &nb);
	size_t		n = sx_duration_sum_bytes(a, na, b, nb);
	SxDurationResult *r = palloc(SX_DURATION_SIZE(n));
	SxError		err;

	if (!sx_duration_result_add(r, a, na, b, nb, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, SX_DURATION_SIZE(n));
	PG_RETURN_POINTER(r);
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
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);

	PG_RETURN_INT64(sx_duration_n(r, bytes));
}

/* duration_alpha(duration_result): the relative accuracy, NULL when empty */
PG_FUNCTION_INFO_V1(duration_alpha);
Datum
duration_alpha(PG_FUNCTION_ARGS)
{
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);

	return sx_float8_or_null(fcinfo, sx_duration_n(r, bytes) ? r->h.alpha : NAN);
}

/* One exact figure in microseconds (min, max, mean), NULL when empty */
typedef enum DurationFigure
{
	DURATION_MIN, DURATION_MAX, DURATION_MEAN
} DurationFigure;

static Datum
duration_figure(FunctionCallInfo fcinfo, DurationFigure figure)
{
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);

	if (sx_duration_n(r, bytes) == 0)
		PG_RETURN_NULL();
	if (figure == DURATION_MEAN)
		return duration_interval_datum(sx_duration_mean_us(r, bytes));
	return duration_interval_datum(figure == DURATION_MIN ? r->h.min_us : r->h.max_us);
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
	size_t		bytes;
	SxDurationResult *r = duration_result_arg(fcinfo, 0, &bytes);
	double		q = PG_GETARG_FLOAT8(1);

	/* the error of percentile_disc */
	if (!(q >= 0.0 && q <= 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("percentile value %s is not between 0 and 1",
						sx_double_text(q))));
	return sx_duration_quantile(r, bytes, q);
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
