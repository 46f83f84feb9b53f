/*
 * duration_state.c
 *		The duration aggregates in SQL: the duration_state type (a dense
 *		sketch, whose text and binary forms are a duration_result's), the
 *		transition functions of duration_agg (intervals and seconds) and of
 *		duration_merge, the combine function, and the final function that
 *		makes the duration_result.
 *
 * Durations are kept in whole microseconds, the resolution of interval;
 * an interval's months count 30 days and its days 24 hours, as interval
 * comparison (and so percentile_disc) counts them.  A negative duration
 * is an error: a time to respond or resolve cannot be negative, and one
 * that is comes from a data error that a quantile must not hide.
 */
#include "duration_result.h"

#include "core/duration_state.h"
#include "datatype/timestamp.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

/* The buckets a state datum holds; a length of no whole bucket is corruption */
static inline size_t
duration_state_span(const struct varlena *v)
{
	size_t		size = VARSIZE(v);

	if (unlikely(size < SX_DURATION_STATE_HEADER ||
				 (size - SX_DURATION_STATE_HEADER) % sizeof(int64) != 0))
		elog(ERROR, "corrupt duration_state value of %zu bytes", size);
	return (size - SX_DURATION_STATE_HEADER) / sizeof(int64);
}

static inline SxDurationState *
duration_state_datum(Datum d, size_t *span)
{
	struct varlena *v = PG_DETOAST_DATUM(d);

	*span = duration_state_span(v);
	return (SxDurationState *) v;
}

/* The state of a checked result, in a new datum */
static SxDurationState *
duration_state_from(const SxDurationResult *r, size_t bytes)
{
	SxDurationState empty = {0};
	int64		first;
	int64		last;
	size_t		span = 0;
	SxDurationState *s;

	sx_duration_range(r, bytes, &first, &last);
	(void) sx_duration_state_widens(&empty, 0, first, last, &first, &span);
	s = palloc(SX_DURATION_STATE_SIZE(span));
	sx_duration_state_of_result(s, first, span, r, bytes);
	SET_VARSIZE(s, SX_DURATION_STATE_SIZE(span));
	return s;
}

/* The result a state holds, in a new datum */
static SxDurationResult *
duration_state_to(const SxDurationState *s, size_t span)
{
	size_t		bytes = sx_duration_state_bytes(s, span);
	SxDurationResult *r = palloc(SX_DURATION_SIZE(bytes));

	sx_duration_state_result(s, span, r);
	SET_VARSIZE(r, SX_DURATION_SIZE(bytes));
	return r;
}

/* The state of the duration_result datum an I/O function of it made */
static Datum
duration_state_of(Datum result)
{
	SxDurationResult *r = (SxDurationResult *) DatumGetPointer(result);

	return PointerGetDatum(duration_state_from(r, duration_result_bytes((struct varlena *) r)));
}

/* The duration_result of the state in argument 0, checked */
static Datum
duration_result_of(FunctionCallInfo fcinfo)
{
	size_t		span;
	SxDurationState *s = duration_state_datum(PG_GETARG_DATUM(0), &span);
	SxError		err;

	if (!sx_duration_state_check(s, span, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(duration_state_to(s, span));
}

/* duration_state_in(cstring): a duration_result's text */
PG_FUNCTION_INFO_V1(duration_state_in);
Datum
duration_state_in(PG_FUNCTION_ARGS)
{
	return duration_state_of(DirectFunctionCall1(duration_result_in, PG_GETARG_DATUM(0)));
}

/* duration_state_out(duration_state): the text of the result it holds */
PG_FUNCTION_INFO_V1(duration_state_out);
Datum
duration_state_out(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(duration_result_out, duration_result_of(fcinfo));
}

/* duration_state_recv(internal): a duration_result's binary form */
PG_FUNCTION_INFO_V1(duration_state_recv);
Datum
duration_state_recv(PG_FUNCTION_ARGS)
{
	return duration_state_of(DirectFunctionCall1(duration_result_recv, PG_GETARG_DATUM(0)));
}

/* duration_state_send(duration_state): the binary form of the result it holds */
PG_FUNCTION_INFO_V1(duration_state_send);
Datum
duration_state_send(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(duration_result_send, duration_result_of(fcinfo));
}

/* What a support function returns, checked unless sx's own aggregate called it */
static pg_noinline Datum
duration_state_checked(SxDurationState *st, size_t span)
{
	SxError		err;

	if (!sx_duration_state_check(st, span, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
duration_state_return(SxDurationState *st, size_t span, bool trusted)
{
	if (unlikely(!trusted))
		return duration_state_checked(st, span);
	return PointerGetDatum(st);
}

/* The state in argument 0, ready to be updated (sx_agg_state_var) */
static inline SxDurationState *
duration_state_arg(FunctionCallInfo fcinfo, size_t *span)
{
	struct varlena *v = sx_agg_state_var(fcinfo);

	*span = duration_state_span(v);
	return (SxDurationState *) v;
}

/*
 * A copy of st with need buckets from first: a new datum in the current
 * (per-row) context, which the executor copies into the aggregate's.
 */
static pg_noinline SxDurationState *
duration_widened(const SxDurationState *st, size_t span, int64 first,
				 size_t need)
{
	SxDurationState *w = palloc(SX_DURATION_STATE_SIZE(need));

	sx_duration_state_widen(w, first, need, st, span);
	SET_VARSIZE(w, SX_DURATION_STATE_SIZE(need));
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
duration_check_alpha(const SxDurationState *st, double alpha)
{
	SxError		err;

	if (st->h.alpha != 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("duration_agg needs the same alpha on every row"),
				 errdetail("Alpha %s, then %s.", sx_double_text(st->h.alpha),
						   sx_double_text(alpha))));
	if (!sx_duration_alpha_check(alpha, &err))
		sx_report(&err, NULL);
}

/* Count a duration of us microseconds under alpha */
static inline Datum
duration_accum(FunctionCallInfo fcinfo, int64 us, double alpha)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		span;
	SxDurationState *st = duration_state_arg(fcinfo, &span);
	int64		k = 0;
	int64		first;
	size_t		need;

	/* an empty state's alpha is 0, which no row may pass */
	if (unlikely(st->h.alpha != alpha || alpha == 0.0))
		duration_check_alpha(st, alpha);
	if (us > 0)
	{
		k = sx_duration_bucket(us, duration_log_gamma(alpha));
		if (unlikely(!sx_duration_state_covers(st, span, k, &first, &need)))
		{
			st = duration_widened(st, span, first, need);
			span = need;
		}
	}
	sx_duration_state_add(st, alpha, us, k);
	return duration_state_return(st, span, trusted);
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

/* duration_agg_trans(duration_state, interval): alpha 0.01 */
PG_FUNCTION_INFO_V1(duration_agg_trans);
Datum
duration_agg_trans(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_interval_us(fcinfo, 1),
						  SX_DURATION_ALPHA_DEFAULT);
}

/* duration_agg_trans(duration_state, interval, double precision) */
PG_FUNCTION_INFO_V1(duration_agg_trans_alpha);
Datum
duration_agg_trans_alpha(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_interval_us(fcinfo, 1),
						  PG_GETARG_FLOAT8(2));
}

/* duration_agg_trans(duration_state, double precision): seconds, alpha 0.01 */
PG_FUNCTION_INFO_V1(duration_agg_trans_float8);
Datum
duration_agg_trans_float8(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_seconds_us(fcinfo, 1),
						  SX_DURATION_ALPHA_DEFAULT);
}

/* duration_agg_trans(duration_state, double precision, double precision) */
PG_FUNCTION_INFO_V1(duration_agg_trans_float8_alpha);
Datum
duration_agg_trans_float8_alpha(PG_FUNCTION_ARGS)
{
	return duration_accum(fcinfo, duration_seconds_us(fcinfo, 1),
						  PG_GETARG_FLOAT8(2));
}

/* duration_state_combine(duration_state, duration_state): a + b */
PG_FUNCTION_INFO_V1(duration_state_combine);
Datum
duration_state_combine(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		span;
	size_t		other_span;
	SxDurationState *st = duration_state_arg(fcinfo, &span);
	SxDurationState *other = duration_state_datum(PG_GETARG_DATUM(1), &other_span);
	int64		first;
	size_t		need;
	SxError		err;

	if (other_span > 0 &&
		sx_duration_state_widens(st, span, other->first,
								 other->first + (int64) other_span - 1, &first, &need))
	{
		st = duration_widened(st, span, first, need);
		span = need;
	}
	if (!sx_duration_state_merge(st, other, other_span, &err))
		sx_report(&err, NULL);
	return duration_state_return(st, span, trusted);
}

/* duration_merge_trans(duration_state, duration_result): add a stored result */
PG_FUNCTION_INFO_V1(duration_merge_trans);
Datum
duration_merge_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		span;
	size_t		bytes;
	SxDurationState *st = duration_state_arg(fcinfo, &span);
	SxDurationResult *r = duration_result_arg(fcinfo, 1, &bytes);
	int64		first;
	int64		last;
	size_t		need;
	SxError		err;

	sx_duration_result_span(r, bytes, duration_log_gamma(r->h.alpha), &first, &last);
	if (sx_duration_state_widens(st, span, first, last, &first, &need))
	{
		st = duration_widened(st, span, first, need);
		span = need;
	}
	if (!sx_duration_state_merge_result(st, span, r, bytes, &err))
		sx_report(&err, NULL);
	return duration_state_return(st, span, trusted);
}

/* duration_state_final(duration_state): the duration_result, its non-empty buckets */
PG_FUNCTION_INFO_V1(duration_state_final);
Datum
duration_state_final(PG_FUNCTION_ARGS)
{
	return duration_result_of(fcinfo);
}
