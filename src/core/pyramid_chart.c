/*
 * pyramid_chart.c
 *		Pyramid levels per label (core; see pyramid_chart.h).
 *
 * The bars shrink to fit when there are many labels; below 12 pixels a
 * row has no room for its label, and the labels are left to the
 * description and the tooltips.
 */
#include "pyramid_chart.h"

#include <math.h>
#include <string.h>

#include "sx_counts.h"
#include "sx_svg.h"

#define MARGIN 16.0
#define BAR_W 440.0
#define ATT_W 140.0
#define LABEL_MIN_W 60.0
#define LABEL_MAX_W 220.0
/* height the rows shrink into when there are more than fit at 26 pixels */
#define ROWS_ROOM 1040.0
#define ROW_PITCH 26.0

/* By level 0..4: segment colours, the ink on them, legend names */
static const char *const level_colour[SX_LEVELS] = {
	"#FCAE91", "#C6DBEF", "#6BAED6", "#3182BD", "#08519C"
};
static const char *const level_ink[SX_LEVELS] = {
	SX_SVG_INK, SX_SVG_INK, SX_SVG_INK, "#ffffff", "#ffffff"
};
static const char *const level_short[SX_LEVELS] = {
	"promise not kept", "promise kept", "feedback handled",
	"individual service", "surprise"
};

typedef struct Geometry
{
	double		label_w;
	double		bar_x;
	double		att_x;
	double		width;
	double		tick_y[SX_THRESHOLDS];
	double		top;
	double		pitch;
	double		bar_h;
	double		font;			/* of the row labels; 0: none drawn */
	double		axis_y;
	double		legend_y;
	int			legend_rows;
	double		height;
} Geometry;

bool
sx_pyramid_chart_rows(const SxChartItem *const *items, size_t nitems,
					  SxPyramidChartRow *rows, size_t *nrows, SxError *err)
{
	size_t		n = 0;
	size_t		j;

	for (size_t i = 0; i < nitems; i = j)
	{
		SxPyramidChartRow *row = &rows[n++];

		row->label = sx_chart_item_label(items[i]);
		row->label_len = (size_t) items[i]->label_len;
		row->result.flags = 0;
		memcpy(row->result.levels, items[i]->slot, sizeof(row->result.levels));
		row->result.unfounded = items[i]->slot[SX_LEVELS];
		for (j = i + 1; j < nitems && items[j]->label_len == items[i]->label_len &&
			 memcmp(sx_chart_item_label(items[j]), row->label, row->label_len) == 0; j++)
		{
			if (!sx_add_counts(row->result.levels, items[j]->slot, SX_LEVELS) ||
				__builtin_add_overflow(row->result.unfounded, items[j]->slot[SX_LEVELS],
									   &row->result.unfounded))
				return sx_fail(err, SX_ERR_RANGE, false,
							   "pyramid_chart counts out of range",
							   "A label given on many rows adds up their results.",
							   "A count of one label exceeds %lld.",
							   (long long) INT64_MAX);
		}
		if (!sx_pyramid_result_check(&row->result, err))
			return false;
	}
	*nrows = n;
	return true;
}

/* Share of level k or above, NaN without observations */
static double
share(const SxPyramidResult *r, int k)
{
	int64_t		n = sx_pyramid_result_n(r);

	return n > 0 ? sx_pyramid_share(r, k, n) : NAN;
}

static void
geometry(const SxPyramidChart *c, Geometry *g)
{
	SxBox		placed[SX_THRESHOLDS];
	int			rows_used = 0;
	double		x = MARGIN;

	g->label_w = LABEL_MIN_W;
	for (size_t i = 0; i < c->nrows; i++)
		g->label_w = fmax(g->label_w, sx_svg_text_width(c->rows[i].label,
														c->rows[i].label_len,
														12, false));
	g->label_w = fmin(g->label_w, LABEL_MAX_W);
	g->bar_x = MARGIN + g->label_w + 12;
	g->att_x = g->bar_x + BAR_W + 16;
	g->width = g->att_x + ATT_W;

	/* each threshold's name on the first row where it overlaps none */
	for (int k = 0; k < SX_THRESHOLDS; k++)
	{
		double		tx = g->bar_x + c->thresholds[k] * BAR_W;
		int			row = 0;

		for (;; row++)
		{
			bool		clear = true;

			placed[k] = sx_svg_text_box(tx, 20 + 13 * row, 48, 11, 'm');
			for (int j = 0; j < k; j++)
				clear = clear && !sx_box_overlap(&placed[k], &placed[j]);
			if (clear)
				break;
		}
		g->tick_y[k] = 20 + 13 * row;
		rows_used = row + 1 > rows_used ? row + 1 : rows_used;
	}
	g->top = 20 + 13 * rows_used;
	g->pitch = c->nrows * ROW_PITCH <= ROWS_ROOM ? ROW_PITCH :
		ROWS_ROOM / (double) c->nrows;
	g->bar_h = g->pitch >= 20 ? 16 : fmax(1, 0.75 * g->pitch);
	g->font = g->pitch >= 20 ? 12 : g->pitch >= 12 ? g->pitch - 3 : 0;
	g->axis_y = g->top + fmax(1, (double) c->nrows) * g->pitch + 4;

	/* the legend wraps to the width */
	g->legend_y = g->axis_y + 58;
	g->legend_rows = 1;
	for (int k = SX_LEVEL_TOP; k >= 0; k--)
	{
		double		w = 18 + sx_svg_text_width(level_short[k], strlen(level_short[k]),
											   11, false) + 6 + 22;

		if (x + w > g->width - MARGIN)
		{
			g->legend_rows++;
			x = MARGIN;
		}
		x += w;
	}
	g->height = g->legend_y + 18 * g->legend_rows + 40 + (g->font == 0 ? 16 : 0);
}

static void
write_desc(SxBuf *b, const SxPyramidChart *c)
{
	sx_svg_printf(b, "<desc>Service excellence pyramid levels of %L labels, against"
				  " thresholds %p, %p, %p and %p for levels 1 to 4. Each bar is the"
				  " share of observations at each level, from level 4 on the left;"
				  " the end of the Lk segment is the share at level k or above.",
				  (int64_t) c->nrows, c->thresholds[0], c->thresholds[1],
				  c->thresholds[2], c->thresholds[3]);
	for (size_t i = 0; i < c->nrows; i++)
	{
		const SxPyramidResult *r = &c->rows[i].result;
		int64_t		n = sx_pyramid_result_n(r);

		sx_buf_char(b, '\n');
		sx_svg_text_fit(b, c->rows[i].label, c->rows[i].label_len, 12, false, 2000);
		if (n == 0)
		{
			sx_buf_str(b, ": no data.");
			continue;
		}
		sx_svg_printf(b, ": n %L; level 1 or above %p, 2 or above %p, 3 or above %p,"
					  " 4 or above %p; attains L%d (%s); %L unfounded.", n, share(r, 1),
					  share(r, 2), share(r, 3), share(r, 4),
					  sx_pyramid_attained(r, c->thresholds, n),
					  sx_pyramid_level_name(sx_pyramid_attained(r, c->thresholds, n)),
					  r->unfounded);
	}
	sx_buf_str(b, "</desc>\n");
}

static void
write_row(SxBuf *b, const SxPyramidChart *c, const Geometry *g, size_t i)
{
	const SxPyramidResult *r = &c->rows[i].result;
	int64_t		n = sx_pyramid_result_n(r);
	double		y = g->top + (double) i * g->pitch + (g->pitch - g->bar_h) / 2;
	double		x = g->bar_x;
	int			attained;

	sx_buf_str(b, "<g class=\"row\"><title>");
	sx_svg_text_fit(b, c->rows[i].label, c->rows[i].label_len, 12, false, 2000);
	if (n == 0)
		sx_buf_str(b, ": no data");
	else
		sx_svg_printf(b, ": n %L; level 1 or above %p, 2 or above %p, 3 or above %p,"
					  " 4 or above %p; %L unfounded", n, share(r, 1), share(r, 2),
					  share(r, 3), share(r, 4), r->unfounded);
	sx_buf_str(b, "</title>");
	if (g->font > 0)
	{
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"end\" font-size=\"%f\">",
					  g->bar_x - 8, y + g->bar_h / 2 + 0.35 * g->font, g->font);
		sx_svg_text_fit(b, c->rows[i].label, c->rows[i].label_len, g->font, false,
						g->label_w);
		sx_buf_str(b, "</text>");
	}
	if (n == 0)
	{
		sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\" fill=\"none\""
					  " stroke=\"#b3b3b3\" stroke-dasharray=\"3 3\"/>", g->bar_x, y, BAR_W,
					  g->bar_h);
		if (g->font > 0)
			sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" font-size=\"%f\" fill=\"%s\">no data"
						  "</text>", g->att_x, y + g->bar_h / 2 + 0.35 * g->font,
						  g->font, SX_SVG_MUTED);
		sx_buf_str(b, "</g>\n");
		return;
	}
	for (int k = SX_LEVEL_TOP; k >= 0; k--)
	{
		double		w = BAR_W * (double) r->levels[k] / (double) n;

		if (r->levels[k] > 0)
			sx_svg_printf(b, "<rect class=\"segment\" x=\"%f\" y=\"%f\" width=\"%f\""
						  " height=\"%f\" fill=\"%s\"/>", x, y, w, g->bar_h, level_colour[k]);
		x += w;
	}
	/* an outline would cover bars a few pixels high */
	if (g->bar_h >= 6)
		sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\" fill=\"none\""
					  " stroke=\"#8c8c8c\" stroke-width=\"0.6\"/>", g->bar_x, y, BAR_W,
					  g->bar_h);
	attained = sx_pyramid_attained(r, c->thresholds, n);
	sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"26\" height=\"%f\" rx=\"%f\""
				  " fill=\"%s\"/>", g->att_x, y, g->bar_h, g->bar_h >= 6 ? 3.0 : 0.0,
				  level_colour[attained]);
	if (g->font > 0)
	{
		double		ty = y + g->bar_h / 2 + 0.35 * g->font;

		sx_svg_printf(b, "<text class=\"attained\" x=\"%f\" y=\"%f\""
					  " text-anchor=\"middle\" font-size=\"%f\" font-weight=\"bold\""
					  " fill=\"%s\">L%d</text>", g->att_x + 13, ty, g->font,
					  level_ink[attained], attained);
		if (r->unfounded > 0)
			sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" font-size=\"%f\" fill=\"#B03A2E\">"
						  "%L unfounded</text>", g->att_x + 34, ty, g->font - 1,
						  r->unfounded);
	}
	sx_buf_str(b, "</g>\n");
}

static void
write_scale(SxBuf *b, const SxPyramidChart *c, const Geometry *g)
{
	double		bottom = g->axis_y - 4;

	for (int k = 0; k < SX_THRESHOLDS; k++)
	{
		double		tx = g->bar_x + c->thresholds[k] * BAR_W;

		sx_svg_printf(b, "<line class=\"threshold\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\""
					  " stroke=\"#333333\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"
					  "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"11\">"
					  "<tspan font-weight=\"bold\">L%d</tspan> %p</text>\n", tx,
					  g->tick_y[k] + 4, tx, bottom, tx, g->tick_y[k], k + 1,
					  c->thresholds[k]);
	}
	sx_svg_printf(b, "<g font-size=\"11\" fill=\"%s\">", SX_SVG_MUTED);
	for (int k = 0; k <= 4; k++)
	{
		double		tx = g->bar_x + k * BAR_W / 4;

		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\" stroke=\"#8c8c8c\"/>"
					  "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\">%d%%</text>", tx,
					  g->axis_y, tx, g->axis_y + 4, tx, g->axis_y + 16, 25 * k);
	}
	sx_svg_printf(b, "</g>\n<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"11\">"
				  "share of observations, level 4 first</text>\n"
				  "<text x=\"%f\" y=\"%f\" font-size=\"11\" font-weight=\"bold\">attained"
				  "</text>\n", g->bar_x + BAR_W / 2, g->axis_y + 32, g->att_x, g->top - 8);
}

static void
write_legend(SxBuf *b, const Geometry *g, size_t nrows)
{
	double		x = MARGIN;
	double		y = g->legend_y;

	sx_buf_str(b, "<g class=\"legend\" font-size=\"11\">\n");
	for (int k = SX_LEVEL_TOP; k >= 0; k--)
	{
		size_t		len = strlen(level_short[k]);
		double		w = 18 + sx_svg_text_width(level_short[k], len, 11, false) + 6 + 22;

		if (x + w > g->width - MARGIN)
		{
			x = MARGIN;
			y += 18;
		}
		sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"14\" height=\"12\" fill=\"%s\""
					  " stroke=\"#8c8c8c\" stroke-width=\"0.6\"/><text x=\"%f\" y=\"%f\">"
					  "<tspan font-weight=\"bold\">L%d</tspan> %s</text>\n", x, y - 10,
					  level_colour[k], x + 18, y, k, level_short[k]);
		x += w;
	}
	y += 22;
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" fill=\"%s\">Dashed lines: the share each"
				  " level needs. A label attains level k when the end of every segment"
				  " L1..Lk</text>\n<text x=\"%f\" y=\"%f\" fill=\"%s\">reaches its line;"
				  " unfounded: surprised without levels 1 and 2.</text>\n", MARGIN, y,
				  SX_SVG_MUTED, MARGIN, y + 14, SX_SVG_MUTED);
	if (g->font == 0)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" fill=\"%s\">%L labels, too many to name"
					  " beside their bars: they are in the tooltips and the description."
					  "</text>\n", MARGIN, y + 30, SX_SVG_MUTED, (int64_t) nrows);
	sx_buf_str(b, "</g>\n");
}

void
sx_pyramid_chart_write(const void *chart, SxBuf *b)
{
	const SxPyramidChart *c = chart;
	Geometry	g;
	static const char title[] = "Service excellence pyramid levels";

	geometry(c, &g);
	sx_svg_begin(b, g.width, g.height, title, strlen(title));
	write_desc(b, c);
	sx_svg_background(b, g.width, g.height);
	for (size_t i = 0; i < c->nrows; i++)
		write_row(b, c, &g, i);
	if (c->nrows == 0)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"14\""
					  " fill=\"%s\">No data</text>\n", g.bar_x + BAR_W / 2, g.top + 18,
					  SX_SVG_MUTED);
	write_scale(b, c, &g);
	write_legend(b, &g, c->nrows);
	sx_svg_end(b);
}
