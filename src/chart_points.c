/*
 * chart_points.c
 *		The chart_points type in SQL: text I/O, the states of the chart
 *		aggregates (grown in place, merged by concatenation), and what
 *		every final function needs: the sorted items, and the SVG text.
 *
 * A state's varlena size is the room allocated, so appending costs no
 * copy until the room is full; then the state is copied into twice the
 * room, in the current (per-row) memory context, and the executor moves
 * that copy into the aggregate's context and frees the old state, as it
 * does for any transition function that returns a new value.
 */
#include "chart_points.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/* Room of a state when it first grows */
#define CHART_POINTS_MIN_ROOM 1024

static void
chart_points_kind_check(const SxChartPoints *s, int kind)
{
	if (s->kind != kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a chart_points state of a %s chart cannot be used for a %s chart",
						sx_chart_kind_name(s->kind), sx_chart_kind_name(kind))));
}

/* A state that is not ours to change: a checked copy */
static SxChartPoints *
chart_points_copy(Datum d)
{
	SxChartPoints *s = (SxChartPoints *) PG_DETOAST_DATUM_COPY(d);
	SxError		err;

	if (!sx_chart_points_check(s, VARSIZE(s), &err))
		sx_report(&err, NULL);
	return s;
}

/*
 * The state in argument 0, ready to be updated: the aggregate's own state
 * in place, a copy when called directly, a new one for NULL.
 */
static SxChartPoints *
chart_points_state(FunctionCallInfo fcinfo, int kind, bool *in_place)
{
	SxChartPoints *s;

	*in_place = false;
	if (PG_ARGISNULL(0))
	{
		s = palloc(sizeof(SxChartPoints));
		SET_VARSIZE(s, sizeof(SxChartPoints));
		sx_chart_points_init(s, kind);
		return s;
	}
	if (sx_in_aggregate(fcinfo) && !VARATT_IS_EXTENDED(PG_GETARG_POINTER(0)))
	{
		s = (SxChartPoints *) PG_GETARG_POINTER(0);
		*in_place = true;
	}
	else
		s = chart_points_copy(PG_GETARG_DATUM(0));
	chart_points_kind_check(s, kind);
	return s;
}

/* s with room for need bytes: s itself, or a larger copy */
static SxChartPoints *
chart_points_room(SxChartPoints *s, size_t need, bool in_place)
{
	Size		room = VARSIZE(s);
	SxChartPoints *grown;

	if (need <= room)
		return s;
	if (need > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chart has too many points"),
				 errdetail("Its state would take more than %zu bytes.",
						   (size_t) MaxAllocSize)));
	room = Max(need, Min(Max(2 * room, CHART_POINTS_MIN_ROOM), MaxAllocSize));
	grown = palloc0(room);
	memcpy(grown, s, s->used);
	SET_VARSIZE(grown, room);
	/* an aggregate's own state is freed by the executor */
	if (!in_place)
		pfree(s);
	return grown;
}

Datum
chart_points_add_row(FunctionCallInfo fcinfo, int kind, const ChartRow *row)
{
	bool		in_place;
	SxChartPoints *s = chart_points_state(fcinfo, kind, &in_place);
	bool		same = false;
	SxError		err;

	/* parameters equal to those of the items before are valid already */
	if (s->nitems > 0)
	{
		SxChartParams stored;

		sx_chart_points_params(s, &stored);
		same = sx_chart_params_equal(kind, &stored, &row->params);
	}
	/* only a scheme's error quotes the input: the scheme */
	if (!same && !sx_chart_params_check(kind, &row->params, &err))
		sx_report(&err, pnstrdup(row->params.scheme, row->params.scheme_len));
	if (row->label == NULL)
		PG_RETURN_POINTER(s);
	if (s->nitems > 0 && !same)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the rows of a %s chart give different parameters",
						sx_chart_kind_name(kind)),
				 errhint("Give every row of one chart the same divider, scheme, "
						 "title, thresholds or max: one chart has one of each.")));
	if (!sx_chart_item_check(kind, row->slot, row->params.param, &err))
		sx_report(&err, NULL);
	if (row->label_len > SX_CHART_TEXT_MAX || row->sub_len > SX_CHART_TEXT_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s chart labels are limited to %d bytes",
						sx_chart_kind_name(kind), SX_CHART_TEXT_MAX)));
	s = chart_points_room(s, sx_chart_points_need(s, &row->params,
												  sx_chart_item_size(kind, row->label_len,
																	 row->sub_len)),
						  in_place);
	sx_chart_points_add(s, &row->params, row->label, row->label_len, row->sub,
						row->sub_len, row->period, row->slot);
	PG_RETURN_POINTER(s);
}

/* chart_points_in(cstring): a chart kind, its parameters and items */
PG_FUNCTION_INFO_V1(chart_points_in);
Datum
chart_points_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	size_t		len = strlen(s);
	size_t		size;
	SxChartPoints *st;
	SxError		err;

	/* a bad text is quoted; a bad parameter inside it is not the text */
	if (!sx_chart_points_parse(s, len, NULL, 0, &size, &err))
		sx_report(&err, err.class == SX_ERR_SYNTAX ? s : NULL);
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chart_points value too large")));
	st = palloc0(size);
	if (!sx_chart_points_parse(s, len, st, size, &size, &err))
		sx_report(&err, s);
	SET_VARSIZE(st, size);
	PG_RETURN_POINTER(st);
}

/* chart_points_out(chart_points): read back by chart_points_in to the same state */
PG_FUNCTION_INFO_V1(chart_points_out);
Datum
chart_points_out(PG_FUNCTION_ARGS)
{
	SxChartPoints *s = (SxChartPoints *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	SxBuf		b;
	char	   *out;
	size_t		len;
	SxError		err;

	if (!sx_chart_points_check(s, VARSIZE(s), &err))
		sx_report(&err, NULL);
	sx_buf_init(&b, NULL, 0);
	sx_chart_points_format(s, &b);
	len = b.len;
	if (len >= MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chart_points value too large for its text form")));
	out = palloc(len + 1);
	sx_buf_init(&b, out, len);
	sx_chart_points_format(s, &b);
	out[len] = '\0';
	PG_RETURN_CSTRING(out);
}

/* chart_points_merge(chart_points, chart_points): the items of both */
PG_FUNCTION_INFO_V1(chart_points_merge);
Datum
chart_points_merge(PG_FUNCTION_ARGS)
{
	SxChartPoints *from = (SxChartPoints *) PG_DETOAST_DATUM(PG_GETARG_DATUM(1));
	SxChartPoints *s;
	bool		in_place;
	SxError		err;

	if (!sx_in_aggregate(fcinfo) && !sx_chart_points_check(from, VARSIZE(from), &err))
		sx_report(&err, NULL);
	s = chart_points_state(fcinfo, from->kind, &in_place);
	s = chart_points_room(s, sx_chart_points_concat_need(s, from), in_place);
	if (!sx_chart_points_concat(s, from, &err))
		sx_report(&err, NULL);
	PG_RETURN_POINTER(s);
}

/* Text in the database encoding as UTF-8 (s itself when it is already) */
static const char *
chart_utf8(const char *s, size_t len, size_t *out_len)
{
	char	   *u = pg_server_to_any(s, (int) len, PG_UTF8);

	*out_len = u == s ? len : strlen(u);
	return u;
}

/* The state with its texts in UTF-8, for a database in another encoding */
static SxChartPoints *
chart_points_utf8(const SxChartPoints *s)
{
	const SxChartItem **items = palloc(sizeof(SxChartItem *) * s->nitems);
	SxChartPoints *u = palloc(sizeof(SxChartPoints));
	SxChartParams p;

	SET_VARSIZE(u, sizeof(SxChartPoints));
	sx_chart_points_init(u, s->kind);
	sx_chart_points_params(s, &p);
	p.scheme = chart_utf8(p.scheme, p.scheme_len, &p.scheme_len);
	if (p.title)
		p.title = chart_utf8(p.title, p.title_len, &p.title_len);
	sx_chart_points_sorted(s, items);
	for (int i = 0; i < s->nitems; i++)
	{
		size_t		label_len;
		size_t		sub_len;
		const char *label = chart_utf8(sx_chart_item_label(items[i]),
									   (size_t) items[i]->label_len, &label_len);
		const char *sub = chart_utf8(sx_chart_item_sub(items[i]),
									 (size_t) items[i]->sub_len, &sub_len);

		u = chart_points_room(u, sx_chart_points_need(u, &p,
													  sx_chart_item_size(s->kind, label_len,
																		 sub_len)),
							  false);
		sx_chart_points_add(u, &p, label, label_len, sub, sub_len,
							items[i]->period, items[i]->slot);
	}
	return u;
}

const SxChartPoints *
chart_points_final_arg(FunctionCallInfo fcinfo, int kind,
					   const SxChartItem ***items)
{
	SxChartPoints *s = (SxChartPoints *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	int			encoding = GetDatabaseEncoding();
	SxError		err;

	if (!sx_chart_points_check(s, VARSIZE(s), &err))
		sx_report(&err, NULL);
	chart_points_kind_check(s, kind);
	if (s->nitems > 0 && encoding != PG_UTF8 && encoding != PG_SQL_ASCII)
		s = chart_points_utf8(s);
	*items = palloc(sizeof(SxChartItem *) * Max(s->nitems, 1));
	sx_chart_points_sorted(s, *items);
	return s;
}

void
chart_text_arg(FunctionCallInfo fcinfo, int argno, const char *what,
			   const char **s, size_t *len)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be NULL", what)));
	sx_text_arg(fcinfo, argno, s, len);
}

double
chart_float8_arg(FunctionCallInfo fcinfo, int argno, const char *what)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be NULL", what)));
	return PG_GETARG_FLOAT8(argno);
}

Datum
chart_svg(void (*write) (const void *chart, SxBuf *b), const void *chart)
{
	SxBuf		b;
	text	   *t;
	size_t		len;

	sx_buf_init(&b, NULL, 0);
	write(chart, &b);
	len = b.len;
	if (len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("chart too large: its SVG would take %zu bytes", len)));
	t = palloc(VARHDRSZ + len);
	sx_buf_init(&b, VARDATA(t), len);
	write(chart, &b);
	if (b.len != len)
		elog(ERROR, "chart written in %zu bytes after counting %zu", b.len, len);
	SET_VARSIZE(t, VARHDRSZ + len);
	PG_RETURN_TEXT_P(t);
}
