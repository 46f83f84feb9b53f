/*
 * trend_chart.c
 *		Lines over periods (core; see trend_chart.h).
 *
 * A NULL value is skipped: the line joins the values on either side of
 * it, and every value has a dot, so a gap shows as a missing dot.  A
 * band is drawn over consecutive periods that have both bounds; a single
 * one is an error bar.
 */
#include "trend_chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sx_svg.h"

#define WIDTH 820.0
#define PLOT_X 70.0
#define PLOT_Y 24.0
#define PLOT_W 530.0
#define PLOT_H 320.0
#define LEGEND_X (PLOT_X + PLOT_W + 26.0)
#define LEGEND_W (WIDTH - LEGEND_X - 10.0)
#define LEGEND_ROW 18.0
#define MAX_TICKS 8

/* Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch of dates */
#define UNIX_TO_PG_DAYS 10957

typedef struct Axes
{
	double		d0,				/* the dates and values at the edges */
				d1;
	double		v0,
				v1;
	double		step;			/* between value ticks */
	int			decimals;
	bool		any;			/* any figure at all */
} Axes;

void
sx_civil_from_days(int64_t days, int64_t *year, int *month, int *day)
{
	int64_t		z = days + UNIX_TO_PG_DAYS + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t		mp = (5 * doy + 2) / 153;

	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = (int) (mp < 10 ? mp + 3 : mp - 9);
	*year = yoe + era * 400 + (*month <= 2);
}

int64_t
sx_days_from_civil(int64_t year, int month, int day)
{
	int64_t		y = year - (month <= 2);
	int64_t		era = (y >= 0 ? y : y - 399) / 400;
	int64_t		yoe = y - era * 400;
	int64_t		doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468 - UNIX_TO_PG_DAYS;
}

/* A date as YYYY-MM-DD, or its first `parts` fields (1: year, 2: month) */
static void
write_date(SxBuf *b, int64_t days, int parts)
{
	int64_t		year;
	int			month;
	int			day;
	char		tmp[32];

	sx_civil_from_days(days, &year, &month, &day);
	if (parts == 1)
		snprintf(tmp, sizeof(tmp), "%04lld", (long long) year);
	else if (parts == 2)
		snprintf(tmp, sizeof(tmp), "%04lld-%02d", (long long) year, month);
	else
		snprintf(tmp, sizeof(tmp), "%04lld-%02d-%02d", (long long) year, month, day);
	sx_buf_str(b, tmp);
}

bool
sx_trend_chart_series(const SxChartItem *const *items, size_t nitems,
					  SxTrendSeries *series, SxTrendPoint *points,
					  size_t *nseries, SxError *err)
{
	size_t		n = 0;

	for (size_t i = 0; i < nitems; i++)
	{
		const SxChartItem *it = items[i];
		SxTrendPoint *p = &points[i];
		bool		same = n > 0 && series[n - 1].label_len == (size_t) it->label_len &&
			memcmp(series[n - 1].label, sx_chart_item_label(it), (size_t) it->label_len) == 0;

		if (same && items[i - 1]->period == it->period)
			return sx_fail(err, SX_ERR_PARAMETER, false,
						   "trend_chart has two rows for one series and period",
						   "Aggregate the figures of a period first: one row per series and period.",
						   "The period is day %d after 2000-01-01.", (int) it->period);
		if (!same)
		{
			series[n].label = sx_chart_item_label(it);
			series[n].label_len = (size_t) it->label_len;
			series[n].points = p;
			series[n].npoints = 0;
			n++;
		}
		p->period = it->period;
		p->value = sx_chart_item_value(it, SX_TREND_VALUE);
		p->low = sx_chart_item_value(it, SX_TREND_LOW);
		p->high = sx_chart_item_value(it, SX_TREND_HIGH);
		series[n - 1].npoints++;
	}
	*nseries = n;
	return true;
}

static inline double
x_of(const Axes *a, double day)
{
	return PLOT_X + (day - a->d0) / (a->d1 - a->d0) * PLOT_W;
}

static inline double
y_of(const Axes *a, double v)
{
	return PLOT_Y + PLOT_H - (v - a->v0) / (a->v1 - a->v0) * PLOT_H;
}

/* 1, 2 or 5 times a power of ten, at least x */
static double
nice_step(double x, int *decimals)
{
	double		e = floor(log10(x));
	double		f = x / pow(10, e);
	double		nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;

	if (nf == 10)
		nf = 1, e += 1;
	*decimals = e < 0 ? (int) -e : 0;
	return nf * pow(10, e);
}

static void
extend(double *lo, double *hi, double v)
{
	if (isnan(v))
		return;
	if (isnan(*lo) || v < *lo)
		*lo = v;
	if (isnan(*hi) || v > *hi)
		*hi = v;
}

static void
axes(const SxTrendChart *c, Axes *a)
{
	double		dmin = NAN;
	double		dmax = NAN;
	double		vmin = NAN;
	double		vmax = NAN;
	double		pad;

	for (size_t s = 0; s < c->nseries; s++)
	{
		for (size_t i = 0; i < c->series[s].npoints; i++)
		{
			const SxTrendPoint *p = &c->series[s].points[i];

			if (isnan(p->value) && (isnan(p->low) || isnan(p->high)))
				continue;
			extend(&dmin, &dmax, p->period);
			extend(&vmin, &vmax, p->value);
			if (!isnan(p->low) && !isnan(p->high))
			{
				extend(&vmin, &vmax, p->low);
				extend(&vmin, &vmax, p->high);
			}
		}
	}
	a->any = !isnan(dmin);
	if (!a->any)
		dmin = dmax = 0, vmin = 0, vmax = 1;
	if (dmax - dmin < 2)
		dmin -= 15, dmax += 15;
	pad = (dmax - dmin) * 0.03;
	a->d0 = dmin - pad;
	a->d1 = dmax + pad;
	if (vmax - vmin < 1e-12 * fmax(1, fabs(vmax)))
	{
		double		half = fmax(1, fabs(vmax) * 0.1);

		vmin -= half;
		vmax += half;
	}
	a->step = nice_step((vmax - vmin) / 5, &a->decimals);
	a->v0 = floor(vmin / a->step) * a->step;
	a->v1 = ceil(vmax / a->step) * a->step;
}

/* 1, 2 or 5 times a power of ten years, for at most MAX_TICKS ticks */
static int64_t
year_step(double years)
{
	for (int64_t base = 1;; base *= 10)
	{
		if (years / base <= MAX_TICKS)
			return base;
		if (years / (2 * base) <= MAX_TICKS)
			return 2 * base;
		if (years / (5 * base) <= MAX_TICKS)
			return 5 * base;
	}
}

/* Ticks of the date axis: days, months or years, at most MAX_TICKS */
static void
write_date_ticks(SxBuf *b, const Axes *a)
{
	static const int day_steps[] = {1, 2, 3, 7, 14};
	static const int month_steps[] = {1, 2, 3, 6, 12};
	double		span = a->d1 - a->d0;
	int64_t		year;
	int			month;
	int			day;
	int			step = 1;

	sx_civil_from_days((int64_t) ceil(a->d0), &year, &month, &day);
	sx_svg_printf(b, "<g class=\"x-axis\" font-size=\"11\" fill=\"%s\" text-anchor=\"middle\">",
				  SX_SVG_MUTED);
	if (span <= 60)
	{
		/* whole dates are wide: two ticks fewer */
		for (int k = 0; k < 5; k++)
		{
			step = day_steps[k];
			if (span / step <= MAX_TICKS - 2)
				break;
		}
		for (int64_t d = (int64_t) ceil(a->d0); d <= a->d1; d++)
		{
			if (((d % step) + step) % step != 0)
				continue;
			sx_svg_printf(b, "<text x=\"%f\" y=\"%f\">", x_of(a, (double) d),
						  PLOT_Y + PLOT_H + 16);
			write_date(b, d, 3);
			sx_buf_str(b, "</text>");
		}
	}
	else if (span <= 3 * 366)
	{
		for (int k = 0; k < 5; k++)
		{
			step = month_steps[k];
			if (span / 30.44 / step <= MAX_TICKS)
				break;
		}
		/* the first month start at or after d0 that is a multiple of step */
		for (;;)
		{
			int64_t		d = sx_days_from_civil(year, month, 1);

			if (d >= a->d0 && (month - 1) % step == 0)
				break;
			month++;
			if (month > 12)
				month = 1, year++;
		}
		for (int64_t d = sx_days_from_civil(year, month, 1); d <= a->d1;
			 d = sx_days_from_civil(year, month, 1))
		{
			sx_svg_printf(b, "<text x=\"%f\" y=\"%f\">", x_of(a, (double) d),
						  PLOT_Y + PLOT_H + 16);
			write_date(b, d, step == 12 ? 1 : 2);
			sx_buf_str(b, "</text>");
			month += step;
			while (month > 12)
				month -= 12, year++;
		}
	}
	else
	{
		int64_t		ystep = year_step(span / 365.25);
		int64_t		r;

		year += (day > 1 || month > 1);
		r = ((year % ystep) + ystep) % ystep;
		if (r != 0)
			year += ystep - r;
		for (; sx_days_from_civil(year, 1, 1) <= a->d1; year += ystep)
		{
			sx_svg_printf(b, "<text x=\"%f\" y=\"%f\">",
						  x_of(a, (double) sx_days_from_civil(year, 1, 1)),
						  PLOT_Y + PLOT_H + 16);
			write_date(b, sx_days_from_civil(year, 1, 1), 1);
			sx_buf_str(b, "</text>");
		}
	}
	sx_buf_str(b, "</g>\n");
}

static void
write_frame(SxBuf *b, const Axes *a)
{
	sx_svg_printf(b, "<rect class=\"plot\" x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\""
				  " fill=\"#fafafa\" stroke=\"#8c8c8c\"/>\n", PLOT_X, PLOT_Y, PLOT_W, PLOT_H);
	sx_svg_printf(b, "<g class=\"y-axis\" font-size=\"11\" fill=\"%s\" text-anchor=\"end\">",
				  SX_SVG_MUTED);
	for (int k = 0; a->v0 + k * a->step <= a->v1 + a->step * 1e-9 && k <= 12; k++)
	{
		double		v = a->v0 + k * a->step;
		double		y = y_of(a, v);

		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\" stroke=\"#e3e3e3\"/>"
					  "<text x=\"%f\" y=\"%f\">", PLOT_X, y, PLOT_X + PLOT_W, y,
					  PLOT_X - 6, y + 4);
		sx_buf_fixed(b, v, a->decimals);
		sx_buf_str(b, "</text>");
	}
	sx_buf_str(b, "</g>\n");
	write_date_ticks(b, a);
}

/* One period of a series in words */
static void
write_point_words(SxBuf *b, const SxTrendSeries *s, const SxTrendPoint *p)
{
	sx_svg_text_fit(b, s->label, s->label_len, 11, false, 2000);
	sx_buf_char(b, ' ');
	write_date(b, p->period, 3);
	sx_buf_str(b, ": ");
	if (isnan(p->value))
		sx_buf_str(b, "no value");
	else
		sx_buf_num(b, p->value, 6);
	if (!isnan(p->low) && !isnan(p->high))
	{
		sx_buf_str(b, " (");
		sx_buf_num(b, p->low, 6);
		sx_buf_str(b, " to ");
		sx_buf_num(b, p->high, 6);
		sx_buf_char(b, ')');
	}
}

static void
write_desc(SxBuf *b, const SxTrendChart *c, const Axes *a)
{
	sx_svg_printf(b, "<desc>Trend of %L series over time, each value with its interval"
				  " (low to high) as a band", (int64_t) c->nseries);
	if (a->any)
	{
		sx_buf_str(b, ", from ");
		write_date(b, (int64_t) ceil(a->d0), 3);
		sx_buf_str(b, " to ");
		write_date(b, (int64_t) floor(a->d1), 3);
	}
	sx_buf_char(b, '.');
	for (size_t s = 0; s < c->nseries; s++)
	{
		for (size_t i = 0; i < c->series[s].npoints; i++)
		{
			sx_buf_char(b, '\n');
			write_point_words(b, &c->series[s], &c->series[s].points[i]);
			sx_buf_char(b, '.');
		}
	}
	sx_buf_str(b, "</desc>\n");
}

static inline bool
has_band(const SxTrendPoint *p)
{
	return !isnan(p->low) && !isnan(p->high);
}

static void
write_bands(SxBuf *b, const SxTrendSeries *s, const Axes *a, const char *colour)
{
	size_t		i = 0;

	while (i < s->npoints)
	{
		size_t		j = i;

		if (!has_band(&s->points[i]))
		{
			i++;
			continue;
		}
		while (j + 1 < s->npoints && has_band(&s->points[j + 1]))
			j++;
		if (j == i)
		{
			double		x = x_of(a, s->points[i].period);

			sx_svg_printf(b, "<path class=\"band\" d=\"M %f %f V %f M %f %f H %f M %f %f H %f\""
						  " stroke=\"%s\" stroke-opacity=\"0.6\" fill=\"none\"/>\n", x,
						  y_of(a, s->points[i].low), y_of(a, s->points[i].high), x - 4,
						  y_of(a, s->points[i].low), x + 4, x - 4, y_of(a, s->points[i].high),
						  x + 4, colour);
		}
		else
		{
			sx_buf_str(b, "<path class=\"band\" d=\"");
			for (size_t k = i; k <= j; k++)
				sx_svg_printf(b, "%s %f %f ", k == i ? "M" : "L",
							  x_of(a, s->points[k].period), y_of(a, s->points[k].high));
			for (size_t k = j + 1; k-- > i;)
				sx_svg_printf(b, "L %f %f ", x_of(a, s->points[k].period),
							  y_of(a, s->points[k].low));
			sx_svg_printf(b, "Z\" fill=\"%s\" fill-opacity=\"0.13\"/>\n", colour);
		}
		i = j + 1;
	}
}

static void
write_series(SxBuf *b, const SxTrendSeries *s, size_t k, const Axes *a)
{
	const char *colour = sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS];
	bool		first = true;
	size_t		values = 0;

	for (size_t i = 0; i < s->npoints; i++)
		values += !isnan(s->points[i].value);
	if (values > 1)
	{
		sx_buf_str(b, "<path class=\"line\" d=\"");
		for (size_t i = 0; i < s->npoints; i++)
		{
			if (isnan(s->points[i].value))
				continue;
			sx_svg_printf(b, "%s %f %f ", first ? "M" : "L", x_of(a, s->points[i].period),
						  y_of(a, s->points[i].value));
			first = false;
		}
		sx_svg_printf(b, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
					  " stroke-dasharray=\"%s\"/>\n", colour, sx_svg_series_dash(k));
	}
	for (size_t i = 0; i < s->npoints; i++)
	{
		if (isnan(s->points[i].value))
			continue;
		sx_svg_printf(b, "<circle class=\"point\" cx=\"%f\" cy=\"%f\" r=\"3\" fill=\"%s\">"
					  "<title>", x_of(a, s->points[i].period), y_of(a, s->points[i].value),
					  colour);
		write_point_words(b, s, &s->points[i]);
		sx_buf_str(b, "</title></circle>\n");
	}
}

static void
write_legend(SxBuf *b, const SxTrendChart *c)
{
	size_t		room = (size_t) (PLOT_H / LEGEND_ROW) - 2;
	size_t		shown = c->nseries <= room ? c->nseries : room - 1;
	double		y;

	sx_buf_str(b, "<g class=\"legend\" font-size=\"11\">\n");
	for (size_t k = 0; k < shown; k++)
	{
		double		row_y = PLOT_Y + 10 + (double) k * LEGEND_ROW;

		sx_svg_printf(b, "<line x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\" stroke=\"%s\""
					  " stroke-width=\"2\" stroke-dasharray=\"%s\"/><text x=\"%f\" y=\"%f\">",
					  LEGEND_X, row_y - 4, LEGEND_X + 20, row_y - 4,
					  sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS],
					  sx_svg_series_dash(k), LEGEND_X + 26, row_y);
		sx_svg_text_fit(b, c->series[k].label, c->series[k].label_len, 11, false,
						LEGEND_W - 26);
		sx_buf_str(b, "</text>\n");
	}
	if (shown < c->nseries)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" fill=\"%s\">and %L more series</text>\n",
					  LEGEND_X, PLOT_Y + 10 + (double) shown * LEGEND_ROW, SX_SVG_MUTED,
					  (int64_t) (c->nseries - shown));
	y = PLOT_Y + 10 + (double) (shown + (shown < c->nseries) + 1) * LEGEND_ROW;
	sx_svg_printf(b, "<rect x=\"%f\" y=\"%f\" width=\"20\" height=\"10\" fill=\"#808080\""
				  " fill-opacity=\"0.25\"/><text x=\"%f\" y=\"%f\" fill=\"%s\">band: low to"
				  " high</text>\n", LEGEND_X, y - 9, LEGEND_X + 26, y, SX_SVG_MUTED);
	sx_buf_str(b, "</g>\n");
}

void
sx_trend_chart_write(const void *chart, SxBuf *b)
{
	const SxTrendChart *c = chart;
	Axes		a;
	double		height = PLOT_Y + PLOT_H + 34;
	static const char title[] = "Trend over time";

	axes(c, &a);
	sx_svg_begin(b, WIDTH, height, title, strlen(title));
	write_desc(b, c, &a);
	sx_svg_background(b, WIDTH, height);
	write_frame(b, &a);
	/* every band under every line */
	for (size_t k = 0; k < c->nseries; k++)
		write_bands(b, &c->series[k], &a,
					sx_svg_series_colour[k % SX_SVG_SERIES_COLOURS]);
	for (size_t k = 0; k < c->nseries; k++)
		write_series(b, &c->series[k], k, &a);
	if (!a.any)
		sx_svg_printf(b, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"14\""
					  " fill=\"%s\">No data</text>\n", PLOT_X + PLOT_W / 2,
					  PLOT_Y + PLOT_H / 2, SX_SVG_MUTED);
	write_legend(b, c);
	sx_svg_end(b);
}
