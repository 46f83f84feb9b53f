/*
 * chart_points.h
 *		chart_points in SQL: the state of the chart aggregates, grown in
 *		place by their transition functions and read by their final
 *		functions, which hand the core a sorted view of it.
 */
#ifndef CHART_POINTS_H
#define CHART_POINTS_H

#include "sx_fmgr.h"

#include "core/chart_points.h"
#include "core/sx_buf.h"

/* What the transition function of a chart read from one row */
typedef struct ChartRow
{
	SxChartParams params;
	const char *label;			/* NULL: the row adds no item */
	size_t		label_len;
	const char *sub;
	size_t		sub_len;
	int32		period;
	int64		slot[SX_CHART_SLOTS_MAX];
} ChartRow;

/*
 * Add a row to the state in argument 0 and return the state: in place
 * when an aggregate calls, on a copy otherwise.  The row's parameters
 * must be valid and, once the state holds items, equal to theirs.
 */
extern Datum chart_points_add_row(FunctionCallInfo fcinfo, int kind,
								  const ChartRow *row);

/*
 * The state in argument 0 of a final function: checked, its labels in
 * UTF-8, its items sorted into *items (palloc'd).
 */
extern const SxChartPoints *chart_points_final_arg(FunctionCallInfo fcinfo,
												   int kind,
												   const SxChartItem ***items);

/* A text argument of a chart that must not be NULL (22023) */
extern void chart_text_arg(FunctionCallInfo fcinfo, int argno,
						   const char *what, const char **s, size_t *len);
extern double chart_float8_arg(FunctionCallInfo fcinfo, int argno,
							   const char *what);

/* The SVG document a core writer makes, as a text datum */
extern Datum chart_svg(void (*write) (const void *chart, SxBuf *b),
					   const void *chart);

#endif							/* CHART_POINTS_H */
