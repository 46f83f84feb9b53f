/*
 * trend_chart.h
 *		Lines over periods (core): one line per series through its values
 *		in date order, the interval low..high as a band around it, NULL
 *		figures skipped, and axes with dates and values.
 */
#ifndef CORE_TREND_CHART_H
#define CORE_TREND_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "chart_points.h"
#include "sx_buf.h"

typedef struct SxTrendPoint
{
	int32_t		period;			/* days since 2000-01-01 */
	double		value;			/* NaN: NULL */
	double		low;
	double		high;
} SxTrendPoint;

typedef struct SxTrendSeries
{
	const char *label;
	size_t		label_len;
	const SxTrendPoint *points; /* in date order, dates distinct */
	size_t		npoints;
} SxTrendSeries;

typedef struct SxTrendChart
{
	const SxTrendSeries *series;	/* in label order */
	size_t		nseries;
} SxTrendChart;

/*
 * The series of sorted chart items, into series[] and points[] (room for
 * nitems each); false when a series has two rows for one period.
 */
extern bool sx_trend_chart_series(const SxChartItem *const *items,
								  size_t nitems, SxTrendSeries *series,
								  SxTrendPoint *points, size_t *nseries,
								  SxError *err);

/* The SVG document of a chart (an SxTrendChart) */
extern void sx_trend_chart_write(const void *chart, SxBuf *b);

/* Days since 2000-01-01 as a proleptic Gregorian date, and back */
extern void sx_civil_from_days(int64_t days, int64_t *year, int *month,
							   int *day);
extern int64_t sx_days_from_civil(int64_t year, int month, int day);

#endif							/* CORE_TREND_CHART_H */
