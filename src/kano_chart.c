/*
 * kano_chart.c
 *		kano_chart in SQL: the transition functions of its four forms
 *		(the optional divider, scheme and title), and the final function,
 *		which sorts the labels, adds up a label given twice and has the
 *		core draw the Better-Worse diagram.
 */
#include "chart_points.h"

#include "core/kano_chart.h"
#include "kano_result.h"

/*
 * One row: label, result (NULL: a label without data) and the parameters
 * given; a NULL label adds nothing.
 */
static Datum
kano_chart_accum(FunctionCallInfo fcinfo)
{
	ChartRow	row;
	int			nargs = PG_NARGS();

	memset(&row, 0, sizeof(row));
	row.params.param[0] = nargs > 3 ? chart_float8_arg(fcinfo, 3, "kano_chart divider") : 0.5;
	if (nargs > 4)
		chart_text_arg(fcinfo, 4, "kano_chart scheme", &row.params.scheme,
					   &row.params.scheme_len);
	else
	{
		row.params.scheme = "iso24082";
		row.params.scheme_len = strlen(row.params.scheme);
	}
	/* a NULL title draws no heading */
	if (nargs <= 5)
	{
		row.params.title = SX_KANO_CHART_TITLE;
		row.params.title_len = strlen(SX_KANO_CHART_TITLE);
	}
	else if (!PG_ARGISNULL(5))
		sx_text_arg(fcinfo, 5, &row.params.title, &row.params.title_len);
	if (!PG_ARGISNULL(1))
	{
		sx_text_arg(fcinfo, 1, &row.label, &row.label_len);
		if (!PG_ARGISNULL(2))
			memcpy(row.slot, PG_GETARG_KANO_RESULT_P(2)->pairs,
				   sizeof(int64) * SX_CELLS);
	}
	return chart_points_add_row(fcinfo, SX_CHART_KANO, &row);
}

/* kano_chart_trans(chart_points, text, kano_result) */
PG_FUNCTION_INFO_V1(kano_chart_trans);
Datum
kano_chart_trans(PG_FUNCTION_ARGS)
{
	return kano_chart_accum(fcinfo);
}

/* kano_chart_trans(chart_points, text, kano_result, double precision) */
PG_FUNCTION_INFO_V1(kano_chart_trans_divider);
Datum
kano_chart_trans_divider(PG_FUNCTION_ARGS)
{
	return kano_chart_accum(fcinfo);
}

/* kano_chart_trans(chart_points, text, kano_result, double precision, text) */
PG_FUNCTION_INFO_V1(kano_chart_trans_scheme);
Datum
kano_chart_trans_scheme(PG_FUNCTION_ARGS)
{
	return kano_chart_accum(fcinfo);
}

/* kano_chart_trans(chart_points, text, kano_result, double precision, text, text) */
PG_FUNCTION_INFO_V1(kano_chart_trans_title);
Datum
kano_chart_trans_title(PG_FUNCTION_ARGS)
{
	return kano_chart_accum(fcinfo);
}

/* kano_chart_final(chart_points): the SVG document */
PG_FUNCTION_INFO_V1(kano_chart_final);
Datum
kano_chart_final(PG_FUNCTION_ARGS)
{
	const SxChartItem **items;
	const SxChartPoints *s = chart_points_final_arg(fcinfo, SX_CHART_KANO, &items);
	SxKanoChartPoint *points = palloc(sizeof(SxKanoChartPoint) * Max(s->nitems, 1));
	SxKanoChart chart;
	SxChartParams p;
	SxScheme	scheme;
	size_t		npoints;
	SxError		err;

	/* over no rows, the defaults of the aggregate's arguments */
	if (s->nitems > 0)
		sx_chart_points_params(s, &p);
	else
	{
		memset(&p, 0, sizeof(p));
		p.param[0] = 0.5;
		p.scheme = "iso24082";
		p.scheme_len = strlen(p.scheme);
		p.title = SX_KANO_CHART_TITLE;
		p.title_len = strlen(SX_KANO_CHART_TITLE);
	}
	if (!sx_kano_scheme_parse(p.scheme, p.scheme_len, &scheme, &err) ||
		!sx_kano_chart_points(items, (size_t) s->nitems, &scheme, points, &npoints, &err))
		sx_report(&err, NULL);
	memset(&chart, 0, sizeof(chart));
	chart.points = points;
	chart.npoints = npoints;
	chart.divider = p.param[0];
	chart.scheme = p.scheme;
	chart.scheme_len = p.scheme_len;
	chart.title = p.title;
	chart.title_len = p.title_len;
	sx_kano_chart_layout(&chart, palloc(sx_kano_chart_scratch(npoints)));
	return chart_svg(sx_kano_chart_write, &chart);
}
