/*
 * kano_chart_legend.c
 *		The Better-Worse diagram's words (core): the description, the
 *		legend panel and the lists under the plot (see kano_chart.h).
 */
#include "kano_chart_layout.h"

#include <math.h>
#include <string.h>

#include "kano_category.h"

/* The legend's order: the quadrants' categories first */
static const int legend_order[SX_CATEGORIES] = {
	SX_CAT_A, SX_CAT_O, SX_CAT_M, SX_CAT_I, SX_CAT_R, SX_CAT_Q
};

/* The scheme as the legend and description name it */
static void
write_scheme(SxBuf *b, const SxKanoChart *c)
{
	if (memchr(c->scheme, '{', c->scheme_len))
		sx_buf_str(b, "a custom table");
	else
		sx_svg_text_fit(b, c->scheme, c->scheme_len, 11, false, 120);
}

/* One point in words, for its tooltip and the description */
void
sx_kano_chart_point_words(SxBuf *b, const SxKanoChartPoint *pt,
						  const PointLayout *p)
{
	sx_svg_text_fit(b, pt->label, pt->label_len, LABEL_SIZE, false, 2000);
	sx_svg_printf(b, ": dominant %s (%s), quadrant %s; Better %g (%g to %g), "
				  "|Worse| %g (%g to %g); n %L",
				  sx_kano_category_letter(p->category),
				  sx_kano_category_name(p->category, SX_VOCABULARY_KANO),
				  sx_kano_category_name(p->quadrant, SX_VOCABULARY_KANO),
				  p->better, p->better_lo, p->better_hi,
				  p->worse, p->worse_lo, p->worse_hi, pt->tally.n);
}

void
sx_kano_chart_write_desc(SxBuf *b, const SxKanoChart *c, const KanoLayout *l)
{
	sx_svg_printf(b, "<desc>Better-Worse diagram (Kano) of %L labels, scheme ",
				  (int64_t) c->npoints);
	write_scheme(b, c);
	sx_svg_printf(b, ", quadrants divided at %g: x is |Worse|, y is Better; "
				  "a point's area is its number of answer pairs, its colour its "
				  "dominant category (mode), its whiskers the 95%% Wilson "
				  "intervals.", c->divider);
	for (size_t i = 0; i < c->npoints; i++)
	{
		if (l->pt[i].category < 0)
			continue;
		sx_buf_char(b, '\n');
		sx_kano_chart_point_words(b, &c->points[i], &l->pt[i]);
		sx_buf_char(b, '.');
	}
	if (l->nnodata)
	{
		bool		first = true;

		sx_buf_str(b, "\nNot plotted, no A, O, M or I answers: ");
		for (size_t i = 0; i < c->npoints; i++)
		{
			if (l->pt[i].category >= 0)
				continue;
			if (!first)
				sx_buf_str(b, ", ");
			first = false;
			sx_svg_text_fit(b, c->points[i].label, c->points[i].label_len,
							LABEL_SIZE, false, 2000);
		}
		sx_buf_char(b, '.');
	}
	sx_buf_str(b, "</desc>\n");
}

void
sx_kano_chart_write_panel(SxBuf *b, const SxKanoChart *c, const KanoLayout *l)
{
	double		y = PLOT_Y + 10;

	sx_svg_printf(b, "<g class=\"legend\" font-size=\"11\">\n"
				  "<text x=\"%f\" y=\"%f\" font-size=\"12\" font-weight=\"bold\">Colour: dominant"
				  " category</text>\n<text x=\"%f\" y=\"%f\" fill=\"%s\">the mode of its"
				  " answers</text>\n", PANEL_X, y, PANEL_X, y + 15, SX_SVG_MUTED);
	y += 34;
	for (int k = 0; k < SX_CATEGORIES; k++)
	{
		int			cat = legend_order[k];

		if (k >= 4 && !l->present[cat])
			continue;
		sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"12\" height=\"12\" rx=\"6\" fill=\"%s\"/>"
					  "<text x=\"%f\" y=\"%f\">%s %s</text>\n", PANEL_X, y - 10,
					  sx_kano_point_colour[cat], PANEL_X + 18, y, sx_kano_category_letter(cat),
					  sx_kano_category_name(cat, SX_VOCABULARY_KANO));
		y += 18;
	}
	y += 12;
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" font-size=\"12\" font-weight=\"bold\">Position:"
				  " quadrant</text>\n<text x=\"%f\" y=\"%f\" fill=\"%s\">where Better and"
				  " |Worse| put it</text>\n", PANEL_X, y, PANEL_X, y + 15, SX_SVG_MUTED);
	y += 40;
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" font-size=\"12\" font-weight=\"bold\">Area:"
				  " answer pairs (n)</text>\n", PANEL_X, y);
	if (l->nplotted > 0)
	{
		int64_t		small = l->nmax / 4;
		double		r = l->rmax;

		y += 8;
		sx_svg_printf(b, "<circle class=\"key\" cx=\"%f\" cy=\"%f\" r=\"%f\" fill=\"none\""
					  " stroke=\"#6b6b6b\"/><text x=\"%f\" y=\"%f\">n = %L</text>\n",
					  PANEL_X + l->rmax, y + r, r, PANEL_X + 2 * l->rmax + 8, y + r + 4,
					  l->nmax);
		y += 2 * r + 6;
		if (small >= 1)
		{
			double		rs = fmax(2.5, l->rmax * sqrt((double) small / (double) l->nmax));

			sx_svg_printf(b, "<circle class=\"key\" cx=\"%f\" cy=\"%f\" r=\"%f\" fill=\"none\""
						  " stroke=\"#6b6b6b\"/><text x=\"%f\" y=\"%f\">n = %L</text>\n",
						  PANEL_X + l->rmax, y + rs, rs, PANEL_X + 2 * l->rmax + 8,
						  y + rs + 4, small);
			y += 2 * rs + 6;
		}
	}
	y += 18;
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" font-size=\"12\" font-weight=\"bold\">Whiskers</text>\n"
				  "<text x=\"%f\" y=\"%f\" fill=\"%s\">95%% Wilson intervals of</text>\n"
				  "<text x=\"%f\" y=\"%f\" fill=\"%s\">Better and |Worse|</text>\n",
				  PANEL_X, y, PANEL_X, y + 15, SX_SVG_MUTED, PANEL_X, y + 29, SX_SVG_MUTED);
	y += 52;
	sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" fill=\"%s\">Dividers at %g</text>\n"
				  "<text x=\"%f\" y=\"%f\" fill=\"%s\">Scheme ", PANEL_X, y, SX_SVG_MUTED,
				  c->divider, PANEL_X, y + 15, SX_SVG_MUTED);
	write_scheme(b, c);
	sx_buf_str(b, "</text>\n</g>\n");
}

/* Entries in columns: the numbered labels, or the labels without data */
void
sx_kano_chart_write_list(SxBuf *b, const SxKanoChart *c, const KanoLayout *l, double y,
		   size_t count, bool numbered)
{
	size_t		rows = (count + LIST_COLUMNS - 1) / LIST_COLUMNS;
	size_t		k = 0;

	sx_svg_printf(b, "<g class=\"%s\" font-size=\"11\">\n<text x=\"16\" y=\"%f\""
				  " font-weight=\"bold\">%s</text>\n", numbered ? "numbered" : "no-data",
				  y, numbered ? "Numbered points" :
				  "Not plotted: no A, O, M or I answers");
	/* numbered points in the order of their numbers, the others by label */
	for (size_t want = 1; k < count; want++)
	{
		for (size_t i = 0; i < c->npoints && k < count; i++)
		{
			const PointLayout *p = &l->pt[i];
			double		x;
			double		ty;

			if (numbered ? (p->mark != MARK_NUMBER || (size_t) p->number != want) :
				(p->category >= 0 || want > 1))
				continue;
			x = 16 + (double) (k / rows) * LIST_COLUMN;
			ty = y + 18 + (double) (k % rows) * LIST_ROW;
			if (numbered)
				sx_svg_printf(b, "<text x=\"%f\" y=\"%f\"><tspan font-weight=\"bold\">%d"
							  "</tspan> ", x, ty, p->number);
			else
				sx_svg_printf(b, "<text x=\"%f\" y=\"%f\">", x, ty);
			sx_svg_text_fit(b, c->points[i].label, c->points[i].label_len, 11, false,
							LIST_COLUMN - (numbered ? 34 : 10));
			sx_buf_str(b, "</text>\n");
			k++;
		}
		if (!numbered)
			break;
	}
	sx_buf_str(b, "</g>\n");
}

