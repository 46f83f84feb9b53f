/*
 * radar_chart.c
 *		A radar chart (core; see radar_chart.h).
 *
 * A series that lacks a value on some axis is drawn as the segments
 * between the axes it has, unfilled, so a missing value never reads as
 * a zero.  Beyond 40 axes the axis labels would overlap: they are left
 * to the description and the tooltips.
 */
#include "radar_chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sx_svg.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define WIDTH 760.0
#define CX (WIDTH / 2)
#define RADIUS 190.0
#define CY (24.0 + 64.0 + RADIUS)
#define LABEL_W 150.0
#define LABEL_LINES 3
#define AXES_LABELLED 40
#define LEGEND_COLUMNS 4
#define LEGEND_ROWS 6
#define LEGEND_ROW 18.0

static int
by_series_cmp(const void *x, const void *y)
{
	const SxChartItem *a = *(const SxChartItem *const *) x;
	const SxChartItem *b = *(const SxChartItem *const *) y;
	int			c = sx_label_compare(sx_chart_item_sub(a), (size_t) a->sub_len,
									 sx_chart_item_sub(b), (size_t) b->sub_len);

	if (c == 0)
		c = sx_label_compare(sx_chart_item_label(a), (size_t) a->label_len,
							 sx_chart_item_label(b), (size_t) b->label_len);
	return c;
}

static inline bool
same_text(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && memcmp(a, b, alen) == 0;
}

/* Index of an axis label among the sorted axes */
static size_t
axis_index(const SxRadarLabel *axes, size_t naxes, const char *s, size_t len)
{
	size_t		lo = 0;
	size_t		hi = naxes;

	while (lo + 1 < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (sx_label_compare(axes[mid].s, axes[mid].len, s, len) <= 0)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

bool
sx_radar_chart_build(const SxChartItem *const *items, size_t nitems,
					 const SxChartItem **by_series, SxRadarLabel *axes,
					 SxRadarSeries *series, SxRadarValue *values,
					 SxRadarChart *c, SxError *err)
{
	size_t		naxes = 0;
	size_t		nseries = 0;

	for (size_t i = 0; i < nitems; i++)
	{
		const char *label = sx_chart_item_label(items[i]);
		size_t		len = (size_t) items[i]->label_len;

		if (naxes > 0 && same_text(axes[naxes - 1].s, axes[naxes - 1].len, label, len))
		{
			if (same_text(sx_chart_item_sub(items[i - 1]), (size_t) items[i - 1]->sub_len,
						  sx_chart_item_sub(items[i]), (size_t) items[i]->sub_len))
				return sx_fail(err, SX_ERR_PARAMETER, false,
							   "radar_chart has two rows for one axis and series",
							   "Aggregate the values first: one row per axis and series.",
							   NULL);
			continue;
		}
		axes[naxes].s = label;
		axes[naxes].len = len;
		naxes++;
	}
	memcpy(by_series, items, nitems * sizeof(*items));
	if (nitems > 1)
		qsort(by_series, nitems, sizeof(*by_series), by_series_cmp);
	for (size_t i = 0; i < nitems; i++)
	{
		const char *name = sx_chart_item_sub(by_series[i]);
		size_t		len = (size_t) by_series[i]->sub_len;

		if (nseries == 0 || !same_text(series[nseries - 1].name.s,
									   series[nseries - 1].name.len, name, len))
		{
			series[nseries].name.s = name;
			series[nseries].name.len = len;
			series[nseries].values = &values[i];
			series[nseries].nvalues = 0;
			nseries++;
		}
		values[i].axis = axis_index(axes, naxes, sx_chart_item_label(by_series[i]),
									(size_t) by_series[i]->label_len);
		values[i].value = sx_chart_item_value(by_series[i], 0);
		series[nseries - 1].nvalues++;
	}
	c->axes = axes;
	c->naxes = naxes;
	c->series = series;
	c->nseries = nseries;
	return true;
}

static inline double
angle(const SxRadarChart *c, double axis)
{
	return -M_PI / 2 + 2 * M_PI * axis / (double) c->naxes;
}

static inline double
px(const SxRadarChart *c, double axis, double r)
{
	return CX + r * cos(angle(c, axis));
}

static inline double
py(const SxRadarChart *c, double axis, double r)
{
	return CY + r * sin(angle(c, axis));
}

static double
height(const SxRadarChart *c)
{
	size_t		rows = (c->nseries + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;

	if (rows > LEGEND_ROWS)
		rows = LEGEND_ROWS;
	return CY + RADIUS + 60 + (double) rows * LEGEND_ROW + 16;
}

static void
write_desc(SxBuf *b, const SxRadarChart *c)
{
	sx_svg_printf(b, "<desc>Radar chart of %L axes and %L series, values from 0 at the"
				  " centre to %g at the outer ring; axes clockwise from the top in the"
				  " natural order of their labels.", (int64_t) c->naxes,
				  (int64_t) c->nseries, c->max);
	for (size_t s = 0; s < c->nseries; s++)
	{
		const SxRadarSeries *se = &c->series[s];

		sx_buf_char(b, '\n');
		sx_svg_text_fit(b, se->name.s, se->name.len, 11, false, 2000);
		sx_buf_char(b, ':');
		for (size_t i = 0; i < se->nvalues; i++)
		{
			const SxRadarLabel *axis = &c->axes[se->values[i].axis];

			sx_buf_str(b, i > 0 ? "; " : " ");
			sx_svg_text_fit(b, axis->s, axis->len, 11, false, 2000);
			if (isnan(se->values[i].value))
				sx_buf_str(b, " no value");
			else
				sx_svg_printf(b, " %g", se->values[i].value);
		}
		sx_buf_str(b, ".");
	}
	sx_buf_str(b, "</desc>\n");
}

/* Rings at a quarter of max each, axis lines and axis labels */
static void
write_web(SxBuf *b, const SxRadarChart *c)
{
	/* fewer than three axes make no polygon: the rings are round */
	size_t		corners = c->naxes >= 3 ? c->naxes : 48;

	sx_buf_str(b, "<g class=\"web\" fill=\"none\" stroke=\"#d0d0d0\">\n");
	for (int k = 1; k <= 4; k++)
	{
		double		r = RADIUS * k / 4;

		sx_buf_str(b, "<polygon class=\"ring\" points=\"");
		for (size_t i = 0; i < corners; i++)
		{
			double		t = -M_PI / 2 + 2 * M_PI * (double) i / (double) corners;

			sx_svg_printf(b, "%s%f,%f", i ? " " : "", CX + r * cos(t), CY + r * sin(t));
		}
		sx_buf_str(b, "\"/>\n");
	}
	for (size_t i = 0; i < c->naxes; i++)
		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>", CX, CY,
					  px(c, (double) i, RADIUS), py(c, (double) i, RADIUS));
	sx_buf_str(b, "</g>\n");
	if (c->naxes > AXES_LABELLED)
	{
		sx_svg_printf(b, "<text x=\"16\" y=\"20\" font-size=\"11\" fill=\"%s\">%L axes,"
					  " too many to name: they are in the tooltips and the description."
					  "</text>\n", SX_SVG_MUTED, (int64_t) c->naxes);
		return;
	}
	sx_buf_str(b, "<g class=\"axis-labels\" font-size=\"11\">\n");
	for (size_t i = 0; i < c->naxes; i++)
	{
		double		ca = cos(angle(c, (double) i));
		double		sa = sin(angle(c, (double) i));
		double		x = px(c, (double) i, RADIUS + 10);
		double		y = py(c, (double) i, RADIUS + 10);
		char		anchor = fabs(ca) < 0.26 ? 'm' : ca > 0 ? 's' : 'e';
		size_t		start[LABEL_LINES];
		size_t		len[LABEL_LINES];
		bool		cut;
		size_t		lines = sx_svg_wrap(c->axes[i].s, c->axes[i].len, 11, LABEL_W,
										LABEL_LINES, start, len, &cut);
		double		first;

		/* above the top, below the bottom, centred at the sides */
		if (sa < -0.5)
			first = y - 4 - 13.0 * (double) (lines ? lines - 1 : 0);
		else if (sa > 0.5)
			first = y + 11;
		else
			first = y + 4 - 6.5 * (double) (lines ? lines - 1 : 0);
		sx_svg_printf(b, "<text text-anchor=\"%s\"><title>%t</title>", sx_svg_anchor(anchor),
					  c->axes[i].s, c->axes[i].len);
		for (size_t k = 0; k < lines; k++)
		{
			sx_svg_printf(b, "<tspan x=\"%f\" y=\"%f\">%t", x, first + 13.0 * (double) k,
						  c->axes[i].s + start[k], len[k]);
			sx_buf_str(b, cut && k + 1 == lines ? "&#x2026;</tspan>" : "</tspan>");
		}
		sx_buf_str(b, "</text>\n");
	}
	sx_buf_str(b, "</g>\n");
}

/* The values of the rings, over the polygons */
static void
write_ring_values(SxBuf *b, const SxRadarChart *c)
{
	sx_svg_printf(b, "<g font-size=\"10\" fill=\"%s\" stroke=\"#ffffff\""
				  " stroke-width=\"3\" paint-order=\"stroke\">", SX_SVG_MUTED);
	for (int k = 1; k <= 4; k++)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\">%g</text>", CX + 4,
					  CY - RADIUS * k / 4 + 11, c->max * k / 4);
	sx_buf_str(b, "</g>\n");
}

/* The fill of a complete series, under every series' lines */
static void
write_fill(SxBuf *b, const SxRadarChart *c, size_t k)
{
	const SxRadarSeries *s = &c->series[k];
	size_t		present = 0;

	for (size_t i = 0; i < s->nvalues; i++)
		present += !isnan(s->values[i].value);
	if (present != c->naxes || c->naxes < 3)
		return;
	sx_buf_str(b, "<polygon class=\"fill\" points=\"");
	for (size_t i = 0; i < s->nvalues; i++)
	{
		double		r = RADIUS * s->values[i].value / c->max;

		sx_svg_printf(b, "%s%f,%f", i ? " " : "", px(c, (double) s->values[i].axis, r),
					  py(c, (double) s->values[i].axis, r));
	}
	sx_svg_printf(b, "\" fill=\"%s\" fill-opacity=\"0.1\"/>\n",
				  sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS]);
}

static void
write_series(SxBuf *b, const SxRadarChart *c, size_t k)
{
	const SxRadarSeries *s = &c->series[k];
	const char *colour = sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS];
	size_t		present = 0;

	for (size_t i = 0; i < s->nvalues; i++)
		present += !isnan(s->values[i].value);
	if (present == c->naxes && c->naxes >= 3)
	{
		sx_buf_str(b, "<polygon class=\"series\" points=\"");
		for (size_t i = 0; i < s->nvalues; i++)
		{
			double		r = RADIUS * s->values[i].value / c->max;

			sx_svg_printf(b, "%s%f,%f", i ? " " : "", px(c, (double) s->values[i].axis, r),
						  py(c, (double) s->values[i].axis, r));
		}
		sx_svg_printf(b, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
					  " stroke-dasharray=\"%s\"/>\n", colour, sx_svg_series_dash(k));
	}
	else if (present > 1)
	{
		/* segments between neighbouring axes that both have a value */
		sx_buf_str(b, "<path class=\"series\" d=\"");
		for (size_t i = 0; i < s->nvalues; i++)
		{
			const SxRadarValue *v = &s->values[i];
			const SxRadarValue *w = &s->values[(i + 1) % s->nvalues];

			if (isnan(v->value) || isnan(w->value) || s->nvalues < 2 ||
				(w->axis != v->axis + 1 && !(w->axis == 0 && v->axis == c->naxes - 1)) ||
				(c->naxes == 2 && i == 1))
				continue;
			sx_svg_printf(b, "M %f %f L %f %f ",
						  px(c, (double) v->axis, RADIUS * v->value / c->max),
						  py(c, (double) v->axis, RADIUS * v->value / c->max),
						  px(c, (double) w->axis, RADIUS * w->value / c->max),
						  py(c, (double) w->axis, RADIUS * w->value / c->max));
		}
		sx_svg_printf(b, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
					  " stroke-dasharray=\"%s\"/>\n", colour, sx_svg_series_dash(k));
	}
	for (size_t i = 0; i < s->nvalues; i++)
	{
		const SxRadarValue *v = &s->values[i];
		double		r = RADIUS * v->value / c->max;

		if (isnan(v->value))
			continue;
		sx_svg_printf(b, "<circle class=\"point\" cx=\"%f\" cy=\"%f\" r=\"3.5\" fill=\"%s\">"
					  "<title>", px(c, (double) v->axis, r), py(c, (double) v->axis, r),
					  colour);
		sx_svg_text_fit(b, s->name.s, s->name.len, 11, false, 2000);
		sx_buf_str(b, ", ");
		sx_svg_text_fit(b, c->axes[v->axis].s, c->axes[v->axis].len, 11, false, 2000);
		sx_svg_printf(b, ": %g</title></circle>\n", v->value);
	}
}

static void
write_legend(SxBuf *b, const SxRadarChart *c)
{
	double		col = (WIDTH - 32) / LEGEND_COLUMNS;
	size_t		room = LEGEND_COLUMNS * LEGEND_ROWS;
	size_t		shown = c->nseries <= room ? c->nseries : room - 1;

	sx_buf_str(b, "<g class=\"legend\" font-size=\"11\">\n");
	for (size_t k = 0; k < shown; k++)
	{
		double		x = 16 + (double) (k % LEGEND_COLUMNS) * col;
		double		y = CY + RADIUS + 60 + (double) (k / LEGEND_COLUMNS) * LEGEND_ROW;

		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\" stroke=\"%s\""
					  " stroke-width=\"2\" stroke-dasharray=\"%s\"/><text x=\"%f\" y=\"%f\">",
					  x, y - 4, x + 20, y - 4, sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS],
					  sx_svg_series_dash(k), x + 26, y);
		sx_svg_text_fit(b, c->series[k].name.s, c->series[k].name.len, 11, false, col - 32);
		sx_buf_str(b, "</text>\n");
	}
	if (shown < c->nseries)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" fill=\"%s\">and %L more series</text>\n",
					  16 + (double) (shown % LEGEND_COLUMNS) * col,
					  CY + RADIUS + 60 + (double) (shown / LEGEND_COLUMNS) * LEGEND_ROW,
					  SX_SVG_MUTED, (int64_t) (c->nseries - shown));
	sx_buf_str(b, "</g>\n");
}

void
sx_radar_chart_write(const void *chart, SxBuf *b)
{
	const SxRadarChart *c = chart;
	double		h = height(c);
	static const char title[] = "Radar chart";

	sx_svg_begin(b, WIDTH, h, title, strlen(title));
	write_desc(b, c);
	sx_svg_background(b, WIDTH, h);
	write_web(b, c);
	for (size_t k = 0; k < c->nseries; k++)
		write_fill(b, c, k);
	for (size_t k = 0; k < c->nseries; k++)
		write_series(b, c, k);
	write_ring_values(b, c);
	if (c->naxes == 0)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"14\""
					  " fill=\"%s\">No data</text>\n", CX, CY - RADIUS / 2 - 10, SX_SVG_MUTED);
	write_legend(b, c);
	sx_svg_end(b);
}
