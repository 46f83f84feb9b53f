/*
 * radar_chart.c
 *		radar_chart in SQL: the transition functions (with and without
 *		max) and the final function.
 */
#include "chart_points.h"

#include <math.h>

#include "core/radar_chart.h"

/* The value at the outer ring when none is given: the maturity scale 0..4 */
#define RADAR_DEFAULT_MAX 4.0

/* One row: axis, series, value (NULL: none), max; NULL axis or series adds nothing */
static Datum
radar_chart_accum(FunctionCallInfo fcinfo)
{
	ChartRow	row;

	memset(&row, 0, sizeof(row));
	row.params.scheme = "";
	row.params.param[0] = PG_NARGS() > 4 ?
		chart_float8_arg(fcinfo, 4, "radar_chart max") : RADAR_DEFAULT_MAX;
	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		double		value = PG_ARGISNULL(3) ? NAN : PG_GETARG_FLOAT8(3);

		sx_text_arg(fcinfo, 1, &row.label, &row.label_len);
		sx_text_arg(fcinfo, 2, &row.sub, &row.sub_len);
		if (isnan(value))
			value = NAN;
		memcpy(&row.slot[0], &value, sizeof(value));
	}
	return chart_points_add_row(fcinfo, SX_CHART_RADAR, &row);
}

/* radar_chart_trans(chart_points, text, text, double precision) */
PG_FUNCTION_INFO_V1(radar_chart_trans);
Datum
radar_chart_trans(PG_FUNCTION_ARGS)
{
	return radar_chart_accum(fcinfo);
}

/* radar_chart_trans(chart_points, text, text, double precision, double precision) */
PG_FUNCTION_INFO_V1(radar_chart_trans_max);
Datum
radar_chart_trans_max(PG_FUNCTION_ARGS)
{
	return radar_chart_accum(fcinfo);
}

/* radar_chart_final(chart_points): the SVG document */
PG_FUNCTION_INFO_V1(radar_chart_final);
Datum
radar_chart_final(PG_FUNCTION_ARGS)
{
	const SxChartItem **items;
	const SxChartPoints *s = chart_points_final_arg(fcinfo, SX_CHART_RADAR, &items);
	size_t		room = Max(s->nitems, 1);
	SxRadarChart chart;
	SxError		err;

	if (!sx_radar_chart_build(items, (size_t) s->nitems,
							  palloc(sizeof(SxChartItem *) * room),
							  palloc(sizeof(SxRadarLabel) * room),
							  palloc(sizeof(SxRadarSeries) * room),
							  palloc(sizeof(SxRadarValue) * room), &chart, &err))
		sx_report(&err, NULL);
	chart.max = s->nitems > 0 ? s->param[0] : RADAR_DEFAULT_MAX;
	return chart_svg(sx_radar_chart_write, &chart);
}
