/*
 * trend_chart.c
 *		trend_chart in SQL: the transition function and the final
 *		function.
 */
#include "chart_points.h"

#include <math.h>

#include "core/trend_chart.h"
#include "utils/date.h"

/* A figure of a row: NULL and NaN are no figure, an infinity is 22003 */
static int64
trend_figure(FunctionCallInfo fcinfo, int argno)
{
	double		x = PG_ARGISNULL(argno) ? NAN : PG_GETARG_FLOAT8(argno);
	int64		slot;

	if (isnan(x))
		x = NAN;
	memcpy(&slot, &x, sizeof(slot));
	return slot;
}

/* trend_chart_trans(chart_points, text, date, double precision, double precision, double precision) */
PG_FUNCTION_INFO_V1(trend_chart_trans);
Datum
trend_chart_trans(PG_FUNCTION_ARGS)
{
	ChartRow	row;

	memset(&row, 0, sizeof(row));
	row.params.scheme = "";
	/* a NULL series or period adds nothing */
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		DateADT		period = PG_GETARG_DATEADT(2);

		if (DATE_NOT_FINITE(period))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("trend_chart period must be a finite date")));
		sx_text_arg(fcinfo, 1, &row.label, &row.label_len);
		row.period = period;
		row.slot[SX_TREND_VALUE] = trend_figure(fcinfo, 3);
		row.slot[SX_TREND_LOW] = trend_figure(fcinfo, 4);
		row.slot[SX_TREND_HIGH] = trend_figure(fcinfo, 5);
	}
	return chart_points_add_row(fcinfo, SX_CHART_TREND, &row);
}

/* trend_chart_final(chart_points): the SVG document */
PG_FUNCTION_INFO_V1(trend_chart_final);
Datum
trend_chart_final(PG_FUNCTION_ARGS)
{
	const SxChartItem **items;
	const SxChartPoints *s = chart_points_final_arg(fcinfo, SX_CHART_TREND, &items);
	size_t		room = Max(s->nitems, 1);
	SxTrendSeries *series = palloc(sizeof(SxTrendSeries) * room);
	SxTrendPoint *points = palloc(sizeof(SxTrendPoint) * room);
	SxTrendChart chart;
	SxError		err;

	if (!sx_trend_chart_series(items, (size_t) s->nitems, series, points,
							   &chart.nseries, &err))
		sx_report(&err, NULL);
	chart.series = series;
	return chart_svg(sx_trend_chart_write, &chart);
}
