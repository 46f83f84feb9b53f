/*
 * kano_chart.c
 *		The Better-Worse diagram (core; see kano_chart.h).
 *
 * Labels are placed greedily, largest points first: eight positions next
 * to the point, then sixteen further out with a leader line; a label that
 * fits nowhere is replaced by a number listed under the chart, and a point
 * where even the number does not fit keeps its name in its tooltip and in
 * the description.  Every position is tested against the boxes of all
 * points, of the quadrant names and of the labels placed before, so no
 * two ever overlap.
 */
#include "kano_chart_layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kano_category.h"
#include "sx_counts.h"
#include "sx_stats.h"
#include "sx_svg.h"

/* Colours by category rank (M, O, A, I, R, Q): points, names, quadrants */
const char *const sx_kano_point_colour[SX_CATEGORIES] = {
	"#D55E00", "#0072B2", "#009E73", "#8C8C8C", "#CC79A7", "#E69F00"
};
static const char *const name_colour[SX_CATEGORIES] = {
	"#8F3F00", "#00507D", "#006B4F", "#5C5C5C", NULL, NULL
};
static const char *const tint_colour[SX_CATEGORIES] = {
	"#FBEDE4", "#E6EFF7", "#E5F4EE", "#F2F2F2", NULL, NULL
};

static const int quad_cat[4] = {SX_CAT_A, SX_CAT_O, SX_CAT_M, SX_CAT_I};

static inline size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

bool
sx_kano_chart_points(const SxChartItem *const *items, size_t nitems,
					 const SxScheme *scheme, SxKanoChartPoint *points,
					 size_t *npoints, SxError *err)
{
	size_t		n = 0;
	size_t		i = 0;

	while (i < nitems)
	{
		SxKanoResult r;
		int64_t		total;
		size_t		j;

		memset(&r, 0, sizeof(r));
		memcpy(r.pairs, items[i]->slot, sizeof(r.pairs));
		for (j = i + 1; j < nitems && items[j]->label_len == items[i]->label_len &&
			 memcmp(sx_chart_item_label(items[j]), sx_chart_item_label(items[i]),
					(size_t) items[i]->label_len) == 0; j++)
		{
			if (!sx_add_counts(r.pairs, items[j]->slot, SX_CELLS))
				return sx_fail(err, SX_ERR_RANGE, false,
							   "kano_chart counts out of range",
							   "A label given on many rows adds up their results.",
							   "A count of one label exceeds %lld.",
							   (long long) INT64_MAX);
		}
		if (!sx_sum_counts(r.pairs, SX_CELLS, &total))
			return sx_fail(err, SX_ERR_RANGE, false,
						   "kano_chart counts out of range", NULL,
						   "The answer pairs of one label add up to more than %lld.",
						   (long long) INT64_MAX);
		points[n].label = sx_chart_item_label(items[i]);
		points[n].label_len = (size_t) items[i]->label_len;
		sx_kano_tally(&r, scheme, &points[n].tally);
		n++;
		i = j;
	}
	*npoints = n;
	return true;
}

size_t
sx_kano_chart_scratch(size_t npoints)
{
	/* boxes: a point, its two whiskers and its label; the quadrant names */
	return align8(sizeof(KanoLayout)) + npoints * sizeof(PointLayout) +
		npoints * sizeof(OrderEntry) + (4 * npoints + 4) * sizeof(SxBox);
}

static inline double
x_of(double worse)
{
	return PLOT_X + worse * PLOT;
}

static inline double
y_of(double better)
{
	return PLOT_Y + (1.0 - better) * PLOT;
}

static int
order_cmp(const void *x, const void *y)
{
	const OrderEntry *a = x;
	const OrderEntry *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return (a->index > b->index) - (a->index < b->index);
}

static int
digits(int64_t v)
{
	int			n = 1;

	while (v >= 10)
		v /= 10, n++;
	return n;
}

/* Quadrant names in the outer corners, shortened to a letter if need be */
static void
layout_quadrants(KanoLayout *l, double divider)
{
	static const char *const names[4] = {
		"Attractive", "One-dimensional", "Must-be", "Indifferent"
	};
	double		xd = x_of(divider);
	double		yd = y_of(divider);
	const double qx0[4] = {PLOT_X, xd, xd, PLOT_X};
	const double qx1[4] = {xd, PLOT_X + PLOT, PLOT_X + PLOT, xd};
	const double qy0[4] = {PLOT_Y, PLOT_Y, yd, yd};
	const double qy1[4] = {yd, yd, PLOT_Y + PLOT, PLOT_Y + PLOT};

	for (int q = 0; q < 4; q++)
	{
		QuadrantName *n = &l->quad[q];
		bool		left = q == 0 || q == 3;
		double		w;
		SxBox		box;

		n->text = names[q];
		n->len = strlen(names[q]);
		w = sx_svg_text_width(n->text, n->len, 13, true);
		if (w + 14 > qx1[q] - qx0[q] || qy1[q] - qy0[q] < 26)
		{
			n->len = 1;
			w = sx_svg_text_width(n->text, 1, 13, true);
		}
		if (w + 14 > qx1[q] - qx0[q] || qy1[q] - qy0[q] < 26)
		{
			n->text = NULL;
			continue;
		}
		n->x = left ? qx0[q] + 7 : qx1[q] - 7;
		n->y = q < 2 ? qy0[q] + 19 : qy1[q] - 9;
		n->anchor = left ? 's' : 'e';
		box = sx_svg_text_box(n->x, n->y, w, 13, n->anchor);
		box.x0 -= 2;
		box.x1 += 2;
		l->placer.box[l->placer.nboxes++] = box;
	}
}

/* Figures, sizes and positions of the points */
static void
layout_points(SxKanoChart *c, KanoLayout *l)
{
	double		z = sx_confidence_z(0.95);

	for (size_t i = 0; i < c->npoints; i++)
	{
		const SxKanoTally *t = &c->points[i].tally;
		PointLayout *p = &l->pt[i];
		double		lo;
		double		hi;

		memset(p, 0, sizeof(*p));
		p->category = -1;
		if (sx_kano_tally_d(t) == 0)
		{
			l->nnodata++;
			continue;
		}
		p->category = sx_kano_dominant(t, SX_RULE_MODE);
		p->quadrant = sx_kano_quadrant(t, c->divider);
		p->better = sx_kano_better(t);
		sx_kano_better_interval(t, z, &p->better_lo, &p->better_hi);
		p->worse = -sx_kano_worse(t);
		sx_kano_worse_interval(t, z, &lo, &hi);
		p->worse_lo = -hi;
		p->worse_hi = -lo;
		l->present[p->category] = true;
		l->order[l->nplotted].n = t->n;
		l->order[l->nplotted].index = i;
		l->nplotted++;
		if (t->n > l->nmax)
			l->nmax = t->n;
	}
	qsort(l->order, l->nplotted, sizeof(OrderEntry), order_cmp);
	/* area ~ n; points shrink as they get many */
	l->rmax = l->nplotted <= 30 ? 16 : fmax(5, 16 * sqrt(30.0 / l->nplotted));
	for (size_t k = 0; k < l->nplotted; k++)
	{
		PointLayout *p = &l->pt[l->order[k].index];

		p->cx = x_of(p->worse);
		p->cy = y_of(p->better);
		p->r = fmax(2.5, l->rmax * sqrt((double) l->order[k].n / (double) l->nmax));
		l->placer.box[k].x0 = p->cx - p->r - 1;
		l->placer.box[k].y0 = p->cy - p->r - 1;
		l->placer.box[k].x1 = p->cx + p->r + 1;
		l->placer.box[k].y1 = p->cy + p->r + 1;
	}
	l->placer.nboxes = l->nplotted;
	/* labels keep off the whiskers too, their own included */
	for (size_t k = 0; k < l->nplotted; k++)
	{
		PointLayout *p = &l->pt[l->order[k].index];
		SxBox		v = {p->cx - 3, y_of(p->better_hi), p->cx + 3, y_of(p->better_lo)};
		SxBox		h = {x_of(p->worse_lo), p->cy - 3, x_of(p->worse_hi), p->cy + 3};

		l->placer.box[l->placer.nboxes++] = v;
		l->placer.box[l->placer.nboxes++] = h;
	}
}

void
sx_kano_chart_layout(SxKanoChart *c, void *scratch)
{
	char	   *mem = scratch;
	KanoLayout *l = (KanoLayout *) mem;
	double		y;

	memset(l, 0, sizeof(*l));
	mem += align8(sizeof(KanoLayout));
	l->pt = (PointLayout *) mem;
	mem += c->npoints * sizeof(PointLayout);
	l->order = (OrderEntry *) mem;
	mem += c->npoints * sizeof(OrderEntry);
	l->placer.box = (SxBox *) mem;
	l->placer.bounds.x0 = PLOT_X + 1;
	l->placer.bounds.y0 = PLOT_Y + 1;
	l->placer.bounds.x1 = PLOT_X + PLOT - 1;
	l->placer.bounds.y1 = PLOT_Y + PLOT - 1;
	c->layout = l;

	layout_points(c, l);
	layout_quadrants(l, c->divider);
	l->placer.first_text = l->placer.nboxes;
	for (size_t k = 0; k < l->nplotted; k++)
	{
		size_t		i = l->order[k].index;
		PointLayout *p = &l->pt[i];
		double		w;

		if (k >= LABELS_TRIED)
		{
			l->nunlabelled++;
			continue;
		}
		p->text_bytes = sx_svg_fit(c->points[i].label, c->points[i].label_len,
								   LABEL_SIZE, false, LABEL_MAX_WIDTH, &p->cut);
		w = sx_svg_text_width(c->points[i].label, p->text_bytes, LABEL_SIZE, false) +
			(p->cut ? LABEL_SIZE : 0);
		if (sx_place_text(&l->placer, p->cx, p->cy, p->r, k, w, LABEL_SIZE, &p->place))
		{
			p->mark = MARK_LABEL;
			continue;
		}
		w = digits((int64_t) l->nnumbered + 1) * 0.636 * NUMBER_SIZE * 1.1;
		if (sx_place_text(&l->placer, p->cx, p->cy, p->r, k, w, NUMBER_SIZE, &p->place))
		{
			p->mark = MARK_NUMBER;
			p->number = (int) ++l->nnumbered;
			continue;
		}
		l->nunlabelled++;
	}

	y = PLOT_Y + PLOT + 64;
	l->list_y = y;
	if (l->nnumbered)
		y += 18 + ceil(l->nnumbered / (double) LIST_COLUMNS) * LIST_ROW + 8;
	l->nodata_y = y;
	if (l->nnodata)
		y += 18 + ceil(l->nnodata / (double) LIST_COLUMNS) * LIST_ROW + 8;
	l->note_y = y;
	if (l->nunlabelled)
		y += 22;
	l->height = y + 8;
}

/* Quadrants, grid, dividers, axes and their names */
static void
write_frame(SxBuf *b, const SxKanoChart *c, const KanoLayout *l)
{
	double		xd = x_of(c->divider);
	double		yd = y_of(c->divider);
	const double qx[4] = {PLOT_X, xd, xd, PLOT_X};
	const double qy[4] = {PLOT_Y, PLOT_Y, yd, yd};
	const double qw[4] = {xd - PLOT_X, PLOT_X + PLOT - xd, PLOT_X + PLOT - xd, xd - PLOT_X};
	const double qh[4] = {yd - PLOT_Y, yd - PLOT_Y, PLOT_Y + PLOT - yd, PLOT_Y + PLOT - yd};

	for (int q = 0; q < 4; q++)
		sx_svg_printf(b, "<rect class=\"quadrant\" x=\"%f\" y=\"%f\" width=\"%f\""
					  " height=\"%f\" fill=\"%s\"/>\n", qx[q], qy[q], qw[q], qh[q],
					  tint_colour[quad_cat[q]]);
	sx_buf_str(b, "<g stroke=\"#ffffff\" stroke-width=\"1\">");
	for (int k = 1; k < 10; k++)
		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>"
					  "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>",
					  x_of(k / 10.0), PLOT_Y, x_of(k / 10.0), PLOT_Y + PLOT,
					  PLOT_X, y_of(k / 10.0), PLOT_X + PLOT, y_of(k / 10.0));
	sx_buf_str(b, "</g>\n");
	sx_svg_printf(b, "<rect class=\"plot\" x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\""
				  " fill=\"none\" stroke=\"#8c8c8c\"/>\n", PLOT_X, PLOT_Y, PLOT, PLOT);
	sx_svg_printf(b, "<path class=\"divider\" d=\"M %f %f V %f M %f %f H %f\""
				  " stroke=\"#6b6b6b\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>\n",
				  xd, PLOT_Y, PLOT_Y + PLOT, PLOT_X, yd, PLOT_X + PLOT);
	sx_svg_printf(b, "<g font-size=\"11\" fill=\"%s\">", SX_SVG_MUTED);
	for (int k = 0; k <= 5; k++)
	{
		double		v = k / 5.0;

		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\">%g</text>"
					  "<text x=\"%f\" y=\"%f\" text-anchor=\"end\">%g</text>",
					  x_of(v), PLOT_Y + PLOT + 16, v, PLOT_X - 7, y_of(v) + 4, v);
	}
	sx_buf_str(b, "</g>\n");
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\">|Worse|:"
				  " dissatisfaction when the feature is absent</text>\n",
				  PLOT_X + PLOT / 2, PLOT_Y + PLOT + 38);
	sx_svg_printf(b, "<text transform=\"translate(%f %f) rotate(-90)\""
				  " text-anchor=\"middle\">Better: satisfaction when the feature"
				  " is present</text>\n", PLOT_X - 40, PLOT_Y + PLOT / 2);
	for (int q = 0; q < 4; q++)
	{
		const QuadrantName *n = &l->quad[q];

		if (n->text)
			sx_svg_printf(b, "<text class=\"quadrant-name\" x=\"%f\" y=\"%f\""
						  " text-anchor=\"%s\" font-size=\"13\" font-weight=\"bold\""
						  " fill=\"%s\">%t</text>\n", n->x, n->y, sx_svg_anchor(n->anchor),
						  name_colour[quad_cat[q]], n->text, n->len);
	}
}

static void
write_points(SxBuf *b, const SxKanoChart *c, const KanoLayout *l)
{
	for (size_t i = 0; i < c->npoints; i++)
	{
		const PointLayout *p = &l->pt[i];
		double		x0 = x_of(p->worse_lo);
		double		x1 = x_of(p->worse_hi);
		double		y0 = y_of(p->better_lo);
		double		y1 = y_of(p->better_hi);

		if (p->category < 0)
			continue;
		sx_svg_printf(b, "<path class=\"whisker\" d=\"M %f %f V %f M %f %f H %f"
					  " M %f %f V %f M %f %f V %f M %f %f H %f M %f %f H %f\""
					  " stroke=\"%s\" stroke-width=\"1.4\" fill=\"none\"/>\n",
					  p->cx, y0, y1, x0, p->cy, x1,
					  x0, p->cy - 3, p->cy + 3, x1, p->cy - 3, p->cy + 3,
					  p->cx - 3, y0, p->cx + 3, p->cx - 3, y1, p->cx + 3,
					  sx_kano_point_colour[p->category]);
	}
	for (size_t k = 0; k < l->nplotted; k++)
	{
		size_t		i = l->order[k].index;
		const PointLayout *p = &l->pt[i];

		sx_svg_printf(b, "<circle class=\"point\" cx=\"%f\" cy=\"%f\" r=\"%f\""
					  " fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"><title>",
					  p->cx, p->cy, p->r, sx_kano_point_colour[p->category]);
		sx_kano_chart_point_words(b, &c->points[i], p);
		sx_buf_str(b, "</title></circle>\n");
	}
	sx_buf_str(b, "<g stroke=\"#6b6b6b\" stroke-width=\"0.8\">");
	for (size_t i = 0; i < c->npoints; i++)
	{
		const PointLayout *p = &l->pt[i];

		if (p->mark != MARK_NONE && p->place.leader)
			sx_svg_printf(b, "<line class=\"leader\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>",
						  p->place.lx0, p->place.ly0, p->place.lx1, p->place.ly1);
	}
	sx_buf_str(b, "</g>\n<g font-size=\"11\" stroke=\"#ffffff\" stroke-width=\"3\""
			   " stroke-linejoin=\"round\" paint-order=\"stroke\">\n");
	for (size_t i = 0; i < c->npoints; i++)
	{
		const PointLayout *p = &l->pt[i];

		if (p->mark == MARK_LABEL)
		{
			sx_svg_printf(b, "<text class=\"label\" x=\"%f\" y=\"%f\" text-anchor=\"%s\">%t",
						  p->place.x, p->place.y, sx_svg_anchor(p->place.anchor), c->points[i].label,
						  p->text_bytes);
			sx_buf_str(b, p->cut ? "&#x2026;</text>\n" : "</text>\n");
		}
		else if (p->mark == MARK_NUMBER)
			sx_svg_printf(b, "<text class=\"number\" x=\"%f\" y=\"%f\" text-anchor=\"%s\""
						  " font-size=\"10\" font-weight=\"bold\">%d</text>\n",
						  p->place.x, p->place.y, sx_svg_anchor(p->place.anchor), p->number);
	}
	sx_buf_str(b, "</g>\n");
	if (l->nplotted == 0)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"14\""
					  " fill=\"%s\">No data</text>\n", PLOT_X + PLOT / 2,
					  PLOT_Y + PLOT / 2 - 30, SX_SVG_MUTED);
}

void
sx_kano_chart_write(const void *chart, SxBuf *b)
{
	const SxKanoChart *c = chart;
	const KanoLayout *l = c->layout;

	if (c->title)
		sx_svg_begin(b, WIDTH, l->height, c->title, c->title_len);
	else
		sx_svg_begin(b, WIDTH, l->height, SX_KANO_CHART_TITLE,
					 strlen(SX_KANO_CHART_TITLE));
	sx_kano_chart_write_desc(b, c, l);
	sx_svg_background(b, WIDTH, l->height);
	if (c->title)
	{
		sx_svg_printf(b, "<text class=\"heading\" x=\"16\" y=\"36\" font-size=\"17\""
					  " font-weight=\"bold\">");
		sx_svg_text_fit(b, c->title, c->title_len, 17, true, WIDTH - 32);
		sx_buf_str(b, "</text>\n");
	}
	write_frame(b, c, l);
	write_points(b, c, l);
	sx_kano_chart_write_panel(b, c, l);
	if (l->nnumbered)
		sx_kano_chart_write_list(b, c, l, l->list_y, l->nnumbered, true);
	if (l->nnodata)
		sx_kano_chart_write_list(b, c, l, l->nodata_y, l->nnodata, false);
	if (l->nunlabelled)
		sx_svg_printf(b, "<text x=\"16\" y=\"%f\" font-size=\"11\" fill=\"%s\">%L points"
					  " too crowded to label: their names are in their tooltips and in"
					  " the description.</text>\n", l->note_y, SX_SVG_MUTED,
					  (int64_t) l->nunlabelled);
	sx_svg_end(b);
}
