/*
 * pyramid_chart.c
 *		pyramid_chart in SQL: the transition functions (with and without
 *		thresholds) and the final function.
 */
#include "chart_points.h"

#include "core/pyramid_chart.h"
#include "pyramid_result.h"

/* The default thresholds of pyramid_attained */
static const double default_thresholds[SX_THRESHOLDS] = {0.9, 0.8, 0.5, 0.2};

/* One row: label, result (NULL: a label without data), thresholds */
static Datum
pyramid_chart_accum(FunctionCallInfo fcinfo)
{
	ChartRow	row;

	memset(&row, 0, sizeof(row));
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("pyramid_chart thresholds must not be NULL"),
					 errhint("Pass 4 shares, e.g. '{0.9,0.8,0.5,0.2}'.")));
		pyramid_thresholds_arg(fcinfo, 3, row.params.param);
	}
	else
		memcpy(row.params.param, default_thresholds, sizeof(default_thresholds));
	row.params.scheme = "";
	if (!PG_ARGISNULL(1))
	{
		SxPyramidResult *r;

		sx_text_arg(fcinfo, 1, &row.label, &row.label_len);
		if (!PG_ARGISNULL(2))
		{
			r = PG_GETARG_PYRAMID_RESULT_P(2);
			memcpy(row.slot, r->levels, sizeof(r->levels));
			row.slot[SX_LEVELS] = r->unfounded;
		}
	}
	return chart_points_add_row(fcinfo, SX_CHART_PYRAMID, &row);
}

/* pyramid_chart_trans(chart_points, text, pyramid_result) */
PG_FUNCTION_INFO_V1(pyramid_chart_trans);
Datum
pyramid_chart_trans(PG_FUNCTION_ARGS)
{
	return pyramid_chart_accum(fcinfo);
}

/* pyramid_chart_trans(chart_points, text, pyramid_result, double precision[]) */
PG_FUNCTION_INFO_V1(pyramid_chart_trans_thresholds);
Datum
pyramid_chart_trans_thresholds(PG_FUNCTION_ARGS)
{
	return pyramid_chart_accum(fcinfo);
}

/* pyramid_chart_final(chart_points): the SVG document */
PG_FUNCTION_INFO_V1(pyramid_chart_final);
Datum
pyramid_chart_final(PG_FUNCTION_ARGS)
{
	const SxChartItem **items;
	const SxChartPoints *s = chart_points_final_arg(fcinfo, SX_CHART_PYRAMID, &items);
	SxPyramidChartRow *rows = palloc(sizeof(SxPyramidChartRow) * Max(s->nitems, 1));
	SxPyramidChart chart;
	SxError		err;

	memset(&chart, 0, sizeof(chart));
	if (!sx_pyramid_chart_rows(items, (size_t) s->nitems, rows, &chart.nrows, &err))
		sx_report(&err, NULL);
	chart.rows = rows;
	/* over no rows, the default thresholds */
	memcpy(chart.thresholds, s->nitems > 0 ? s->param : default_thresholds,
		   sizeof(chart.thresholds));
	return chart_svg(sx_pyramid_chart_write, &chart);
}
