/*
 * pyramid_chart.h
 *		Pyramid levels per label (core): one bar per label, stacked from
 *		the left L4, L3, L2, L1, L0, so that the end of the Lk segment is
 *		the share of observations at level k or above; the thresholds are
 *		dashed lines across all bars, and the level each label attains is
 *		named beside its bar.
 */
#ifndef CORE_PYRAMID_CHART_H
#define CORE_PYRAMID_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "chart_points.h"
#include "pyramid_result.h"
#include "sx_buf.h"

typedef struct SxPyramidChartRow
{
	const char *label;
	size_t		label_len;
	SxPyramidResult result;
} SxPyramidChartRow;

typedef struct SxPyramidChart
{
	const SxPyramidChartRow *rows;	/* in label order, labels distinct */
	size_t		nrows;
	double		thresholds[SX_THRESHOLDS];
} SxPyramidChart;

/* The rows of sorted chart items, the items of one label added up */
extern bool sx_pyramid_chart_rows(const SxChartItem *const *items,
								  size_t nitems, SxPyramidChartRow *rows,
								  size_t *nrows, SxError *err);

/* The SVG document of a chart (an SxPyramidChart) */
extern void sx_pyramid_chart_write(const void *chart, SxBuf *b);

#endif							/* CORE_PYRAMID_CHART_H */
