/*
 * radar_chart.h
 *		A radar (spider) chart (core): one axis per axis label, in the
 *		natural order of the labels, clockwise from the top; one polygon
 *		per series, values from the centre (0) to the outer ring (max).
 */
#ifndef CORE_RADAR_CHART_H
#define CORE_RADAR_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "chart_points.h"
#include "sx_buf.h"

typedef struct SxRadarLabel
{
	const char *s;
	size_t		len;
} SxRadarLabel;

typedef struct SxRadarValue
{
	size_t		axis;			/* index into the chart's axes */
	double		value;			/* NaN: NULL */
} SxRadarValue;

typedef struct SxRadarSeries
{
	SxRadarLabel name;
	const SxRadarValue *values; /* in axis order, axes distinct */
	size_t		nvalues;
} SxRadarSeries;

typedef struct SxRadarChart
{
	const SxRadarLabel *axes;	/* in natural order */
	size_t		naxes;
	const SxRadarSeries *series;	/* in natural order */
	size_t		nseries;
	double		max;			/* the value at the outer ring */
} SxRadarChart;

/*
 * Build a chart from chart items sorted by axis and series: by_series,
 * axes, series and values each have room for nitems; false when an axis
 * has two rows for one series.
 */
extern bool sx_radar_chart_build(const SxChartItem *const *items,
								 size_t nitems, const SxChartItem **by_series,
								 SxRadarLabel *axes, SxRadarSeries *series,
								 SxRadarValue *values, SxRadarChart *c,
								 SxError *err);

/* The SVG document of a chart (an SxRadarChart) */
extern void sx_radar_chart_write(const void *chart, SxBuf *b);

#endif							/* CORE_RADAR_CHART_H */
