/*
 * kano_change.c
 *		The statistics of change between Kano groups in SQL: the
 *		kano_homogeneity aggregate over any number of groups with its state
 *		type, and kano_drift between two groups.
 */
#include "kano_result.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "core/kano_change.h"
#include "kano_category.h"
#include "kano_scheme.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* A state datum and the groups it has room for; a bad length is corruption */
static inline size_t
kano_groups_room(const struct varlena *v)
{
	size_t		size = VARSIZE(v);

	if (unlikely(size < SX_KANO_GROUPS_HEADER ||
				 (size - SX_KANO_GROUPS_HEADER) % SX_KANO_GROUP_BYTES != 0))
		elog(ERROR, "corrupt kano_homogeneity_state value of %zu bytes", size);
	return (size - SX_KANO_GROUPS_HEADER) / SX_KANO_GROUP_BYTES;
}

static inline SxKanoGroups *
kano_groups_arg(FunctionCallInfo fcinfo, int argno, size_t *room)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	*room = kano_groups_room(v);
	return (SxKanoGroups *) v;
}

/* kano_homogeneity_state_in(cstring): scheme=QAAAO/... groups=m,o,a,i,r,q/... */
PG_FUNCTION_INFO_V1(kano_homogeneity_state_in);
Datum
kano_homogeneity_state_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	size_t		len = strlen(s);
	size_t		groups;
	SxKanoGroups *g;
	SxError		err;

	if (!sx_kano_groups_measure(s, len, &groups, &err))
		sx_report(&err, s);
	g = palloc(SX_KANO_GROUPS_SIZE(groups));
	if (!sx_kano_groups_parse(s, len, g, groups, &err))
		sx_report(&err, s);
	SET_VARSIZE(g, SX_KANO_GROUPS_SIZE(groups));
	PG_RETURN_POINTER(g);
}

/* kano_homogeneity_state_out(kano_homogeneity_state): the groups held, in order */
PG_FUNCTION_INFO_V1(kano_homogeneity_state_out);
Datum
kano_homogeneity_state_out(PG_FUNCTION_ARGS)
{
	size_t		room;
	SxKanoGroups *g = kano_groups_arg(fcinfo, 0, &room);
	char	   *buf;
	SxError		err;

	if (!sx_kano_groups_check(g, room, &err))
		sx_report(&err, NULL);
	buf = palloc(SX_KANO_GROUPS_TEXT_MAX(g->groups));

	sx_kano_groups_format(g, buf);
	PG_RETURN_CSTRING(buf);
}

/* kano_homogeneity_state_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(kano_homogeneity_state_recv);
Datum
kano_homogeneity_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	size_t		groups;
	SxKanoGroups *g;
	SxError		err;

	if (!sx_kano_groups_wire_groups(len, &groups, &err))
		sx_report(&err, NULL);
	g = palloc(SX_KANO_GROUPS_SIZE(groups));
	if (!sx_kano_groups_decode((const uint8 *) data, len, g, groups, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(g, SX_KANO_GROUPS_SIZE(groups));
	PG_RETURN_POINTER(g);
}

/* kano_homogeneity_state_send(kano_homogeneity_state): format, scheme, groups */
PG_FUNCTION_INFO_V1(kano_homogeneity_state_send);
Datum
kano_homogeneity_state_send(PG_FUNCTION_ARGS)
{
	size_t		room;
	SxKanoGroups *g = kano_groups_arg(fcinfo, 0, &room);
	bytea	   *out;
	SxError		err;

	if (!sx_kano_groups_check(g, room, &err))
		sx_report(&err, NULL);
	out = palloc(VARHDRSZ + SX_KANO_GROUPS_WIRE(g->groups));

	SET_VARSIZE(out, VARHDRSZ + SX_KANO_GROUPS_WIRE(g->groups));
	sx_kano_groups_encode(g, (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* What a support function returns, checked unless sx's own aggregate called it */
static pg_noinline Datum
kano_groups_checked(SxKanoGroups *st, size_t room)
{
	SxError		err;

	if (!sx_kano_groups_check(st, room, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

/*
 * The state in argument 0 with room for more groups: in place when there
 * is room, else a copy with twice the room (or what more needs), so that
 * a state of k groups is copied O(log k) times, not k.
 */
static SxKanoGroups *
kano_groups_state(FunctionCallInfo fcinfo, int64 more, size_t *room)
{
	SxKanoGroups *st = (SxKanoGroups *) sx_agg_state_var(fcinfo);
	size_t		need;
	SxKanoGroups *grown;

	*room = kano_groups_room((struct varlena *) st);
	if (unlikely(st->groups < 0 || (size_t) st->groups > *room))
		elog(ERROR, "corrupt kano_homogeneity_state value of " INT64_FORMAT
			 " groups in room for %zu", st->groups, *room);
	need = (size_t) st->groups + (size_t) more;
	if (likely(need <= *room))
		return st;
	if (need > SX_KANO_GROUPS_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("kano_homogeneity compares at most %d groups",
						SX_KANO_GROUPS_MAX)));
	need = Max(need, Min(2 * *room + 8, (size_t) SX_KANO_GROUPS_MAX));
	grown = palloc0(SX_KANO_GROUPS_SIZE(need));
	memcpy(grown, st, SX_KANO_GROUPS_SIZE(st->groups));
	SET_VARSIZE(grown, SX_KANO_GROUPS_SIZE(need));
	*room = need;
	return grown;
}

/* Append the group of argument 1 counted under scheme */
static Datum
kano_homogeneity_accum(FunctionCallInfo fcinfo, const SxScheme *scheme)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoTally t;
	size_t		room;
	SxKanoGroups *st;
	SxError		err;

	sx_kano_tally(PG_GETARG_KANO_RESULT_P(1), scheme, &t);
	/* a group without pairs is left out of the test: no need to keep it */
	st = kano_groups_state(fcinfo, t.n > 0, &room);
	if (!sx_kano_groups_scheme(st, scheme, &err))
		sx_report(&err, NULL);
	if (t.n > 0)
		sx_kano_groups_add(st, &t);
	if (unlikely(!trusted))
		return kano_groups_checked(st, room);
	return PointerGetDatum(st);
}

/* kano_homogeneity_trans(kano_homogeneity_state, kano_result): scheme iso24082 */
PG_FUNCTION_INFO_V1(kano_homogeneity_trans);
Datum
kano_homogeneity_trans(PG_FUNCTION_ARGS)
{
	return kano_homogeneity_accum(fcinfo, &sx_scheme_iso24082);
}

/* kano_homogeneity_trans(kano_homogeneity_state, kano_result, scheme text) */
PG_FUNCTION_INFO_V1(kano_homogeneity_trans_scheme);
Datum
kano_homogeneity_trans_scheme(PG_FUNCTION_ARGS)
{
	return kano_homogeneity_accum(fcinfo, kano_scheme_arg(fcinfo, 2));
}

/* kano_homogeneity_combine(kano_homogeneity_state, kano_homogeneity_state): both lists */
PG_FUNCTION_INFO_V1(kano_homogeneity_combine);
Datum
kano_homogeneity_combine(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	size_t		other_room;
	SxKanoGroups *other = kano_groups_arg(fcinfo, 1, &other_room);
	size_t		room;
	SxKanoGroups *st = kano_groups_state(fcinfo, other->groups, &room);
	SxError		err;

	if (!sx_kano_groups_append(st, other, &err))
		sx_report(&err, NULL);
	if (unlikely(!trusted))
		return kano_groups_checked(st, room);
	return PointerGetDatum(st);
}

/*
 * kano_homogeneity_final(kano_homogeneity_state): the test, on a sorted
 * copy (a final function must leave its state as it is).
 */
PG_FUNCTION_INFO_V1(kano_homogeneity_final);
Datum
kano_homogeneity_final(PG_FUNCTION_ARGS)
{
	size_t		room;
	SxKanoGroups *st = kano_groups_arg(fcinfo, 0, &room);
	SxKanoGroups *sorted = palloc(SX_KANO_GROUPS_SIZE(st->groups));
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[4];
	bool		nulls[4] = {0};
	SxHomogeneity h;
	SxError		err;

	if (!sx_kano_groups_check(st, room, &err))
		sx_report(&err, NULL);
	memcpy(sorted, st, SX_KANO_GROUPS_SIZE(st->groups));
	sx_kano_groups_sort(sorted);
	if (!sx_kano_chisq((const int64 (*)[SX_CATEGORIES]) sorted->tally,
					   sorted->groups, &h))
		PG_RETURN_NULL();
	Assert(desc->natts == 4);
	values[0] = Float8GetDatum(h.statistic);
	values[1] = Int32GetDatum(h.df);
	values[2] = Float8GetDatum(h.p_value);
	values[3] = Int64GetDatum(h.groups);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* The columns of kano_drift, in order */
enum
{
	DRIFT_BEFORE, DRIFT_AFTER, DRIFT_A_BEFORE, DRIFT_O_BEFORE, DRIFT_M_BEFORE,
	DRIFT_A_AFTER, DRIFT_O_AFTER, DRIFT_M_AFTER, DRIFT_CHANGE, DRIFT_CHANGE_LOW,
	DRIFT_CHANGE_HIGH, DRIFT_P_VALUE, DRIFT_VERDICT, DRIFT_COLUMNS
};

static inline void
drift_float(Datum *values, bool *nulls, int col, double x)
{
	nulls[col] = isnan(x);
	values[col] = nulls[col] ? (Datum) 0 : Float8GetDatum(x);
}

static inline void
drift_category(Datum *values, bool *nulls, int col, int cat)
{
	nulls[col] = cat < 0;
	values[col] = cat < 0 ? (Datum) 0 : KanoCategoryGetDatum(cat);
}

/*
 * kano_drift(before kano_result, after kano_result, scheme text,
 * confidence double precision, threshold double precision)
 */
PG_FUNCTION_INFO_V1(kano_drift);
Datum
kano_drift(PG_FUNCTION_ARGS)
{
	const SxScheme *scheme = kano_scheme_arg(fcinfo, 2);
	double		z = sx_confidence_arg(fcinfo, 3);
	double		threshold = PG_GETARG_FLOAT8(4);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[DRIFT_COLUMNS];
	bool		nulls[DRIFT_COLUMNS] = {0};
	SxKanoTally before;
	SxKanoTally after;
	SxKanoDrift d;
	const char *verdict;

	if (!(threshold >= 0.0 && isfinite(threshold)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("threshold must be a finite number of at least 0"),
				 errdetail("Got %s.", sx_double_text(threshold)),
				 errhint("It is a change in the share (A - M) / D, e.g. 0.05.")));
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), scheme, &before);
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(1), scheme, &after);
	sx_kano_drift(&before, &after, z, threshold, &d);
	Assert(desc->natts == DRIFT_COLUMNS);
	drift_category(values, nulls, DRIFT_BEFORE, d.before);
	drift_category(values, nulls, DRIFT_AFTER, d.after);
	drift_float(values, nulls, DRIFT_A_BEFORE, d.a_before);
	drift_float(values, nulls, DRIFT_O_BEFORE, d.o_before);
	drift_float(values, nulls, DRIFT_M_BEFORE, d.m_before);
	drift_float(values, nulls, DRIFT_A_AFTER, d.a_after);
	drift_float(values, nulls, DRIFT_O_AFTER, d.o_after);
	drift_float(values, nulls, DRIFT_M_AFTER, d.m_after);
	drift_float(values, nulls, DRIFT_CHANGE, d.change.estimate);
	drift_float(values, nulls, DRIFT_CHANGE_LOW, d.change.low);
	drift_float(values, nulls, DRIFT_CHANGE_HIGH, d.change.high);
	drift_float(values, nulls, DRIFT_P_VALUE, d.p_value);
	verdict = sx_drift_verdict_text(d.verdict);
	nulls[DRIFT_VERDICT] = verdict == NULL;
	values[DRIFT_VERDICT] = verdict ? CStringGetTextDatum(verdict) : (Datum) 0;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
