/*
 * kano_chart.h
 *		The Better-Worse diagram of Kano results (core): one point per
 *		label at (|Worse|, Better), its area the number of answer pairs,
 *		its colour the dominant category (rule mode), 95 % Wilson
 *		intervals as whiskers, the four quadrants named, and labels placed
 *		so that they overlap neither each other nor the points.
 */
#ifndef CORE_KANO_CHART_H
#define CORE_KANO_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "chart_points.h"
#include "kano_figures.h"
#include "sx_buf.h"

typedef struct SxKanoChartPoint
{
	const char *label;
	size_t		label_len;
	SxKanoTally tally;
} SxKanoChartPoint;

typedef struct SxKanoChart
{
	const SxKanoChartPoint *points; /* in label order, labels distinct */
	size_t		npoints;
	double		divider;		/* in (0, 1) */
	const char *scheme;			/* the scheme as given: a name or JSON */
	size_t		scheme_len;
	const char *title;			/* NULL: no heading */
	size_t		title_len;
	void	   *layout;			/* sx_kano_chart_layout's work */
} SxKanoChart;

/* The title kano_chart draws when none is given */
#define SX_KANO_CHART_TITLE "Kano Better-Worse diagram"

/*
 * The points of sorted chart items: the items of one label added up, and
 * tallied under the scheme; false when the counts of a label overflow.
 */
extern bool sx_kano_chart_points(const SxChartItem *const *items,
								 size_t nitems, const SxScheme *scheme,
								 SxKanoChartPoint *points, size_t *npoints,
								 SxError *err);

/* Bytes of scratch memory sx_kano_chart_layout needs for npoints */
extern size_t sx_kano_chart_scratch(size_t npoints);

/* Place the points and labels, in scratch (8-byte aligned) */
extern void sx_kano_chart_layout(SxKanoChart *c, void *scratch);

/* The SVG document of a laid-out chart (an SxKanoChart) */
extern void sx_kano_chart_write(const void *chart, SxBuf *b);

#endif							/* CORE_KANO_CHART_H */
