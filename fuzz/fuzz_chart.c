/*
 * fuzz_chart.c
 *		sx_chart_points_parse and the chart writers: a state that parses
 *		writes a text form that parses back to the same text, and draws,
 *		whatever its labels and figures, an SVG document that is plain
 *		ASCII, well-formed (every tag closed, attributes quoted, only the
 *		five entities and character references) and the same length when
 *		counted as when written.
 */
#include "fuzz_common.h"

#include <stdbool.h>

#include "chart_points.h"
#include "kano_chart.h"
#include "pyramid_chart.h"
#include "radar_chart.h"
#include "sx_buf.h"
#include "trend_chart.h"

/* Write a document twice, counting then writing; check it and free it */
static void
check_svg(void (*write) (const void *, SxBuf *), const void *chart)
{
	SxBuf		b;
	char	   *out;
	size_t		len;
	char		stack[64][16];
	int			depth = 0;
	size_t		i = 0;

	sx_buf_init(&b, NULL, 0);
	write(chart, &b);
	len = b.len;
	out = malloc(len ? len : 1);
	CHECK(out != NULL);
	sx_buf_init(&b, out, len);
	write(chart, &b);
	CHECK(b.len == len && sx_buf_complete(&b));
	CHECK(len > 5 && memcmp(out, "<svg ", 5) == 0);
	while (i < len)
	{
		char		c = out[i];

		CHECK(c == '\n' || (c >= 0x20 && c <= 0x7E));
		if (c == '&')
		{
			size_t		j = i + 1;

			if (j < len && out[j] == '#')
			{
				j++;
				if (j < len && out[j] == 'x')
					j++;
				while (j < len && ((out[j] >= '0' && out[j] <= '9') ||
								   (out[j] >= 'A' && out[j] <= 'F')))
					j++;
				CHECK(j < len && out[j] == ';' && j > i + 2);
			}
			else
			{
				CHECK(strncmp(out + j, "amp;", 4) == 0 || strncmp(out + j, "lt;", 3) == 0 ||
					  strncmp(out + j, "gt;", 3) == 0 || strncmp(out + j, "quot;", 5) == 0);
			}
			i++;
			continue;
		}
		/* >, " and ' are characters like any other in text */
		if (c != '<')
		{
			i++;
			continue;
		}
		/* a tag: <name attr="v" ...> or </name> or <name .../> */
		{
			bool		closing = i + 1 < len && out[i + 1] == '/';
			size_t		j = i + 1 + closing;
			size_t		n = 0;
			char		name[16];

			while (j < len && out[j] >= 'a' && out[j] <= 'z' && n < sizeof(name) - 1)
				name[n++] = out[j++];
			name[n] = '\0';
			CHECK(n > 0);
			while (j < len && out[j] != '>')
			{
				if (out[j] == '"')
				{
					j++;
					while (j < len && out[j] != '"')
					{
						CHECK(out[j] != '<' && out[j] != '>');
						j++;
					}
					CHECK(j < len);
				}
				CHECK(out[j] != '<');
				j++;
			}
			CHECK(j < len);
			if (closing)
			{
				CHECK(depth > 0 && strcmp(stack[depth - 1], name) == 0);
				depth--;
			}
			else if (out[j - 1] != '/')
			{
				CHECK(depth < 64);
				strcpy(stack[depth++], name);
			}
			i = j + 1;
		}
	}
	CHECK(depth == 0);
	free(out);
}

static void
draw(const SxChartPoints *s)
{
	size_t		n = (size_t) s->nitems;
	const SxChartItem **items = malloc(sizeof(*items) * (n + 1));
	SxChartParams p;
	SxError		err;

	CHECK(items != NULL);
	sx_chart_points_sorted(s, items);
	if (n > 0)
		sx_chart_points_params(s, &p);
	if (s->kind == SX_CHART_KANO)
	{
		SxKanoChartPoint *points = malloc(sizeof(*points) * (n + 1));
		SxKanoChart c;
		SxScheme	scheme;
		void	   *scratch;

		memset(&c, 0, sizeof(c));
		c.divider = n ? p.param[0] : 0.5;
		c.scheme = n ? p.scheme : "iso24082";
		c.scheme_len = n ? p.scheme_len : 8;
		c.title = n ? p.title : NULL;
		c.title_len = n ? p.title_len : 0;
		CHECK(sx_kano_scheme_parse(c.scheme, c.scheme_len, &scheme, &err));
		if (sx_kano_chart_points(items, n, &scheme, points, &c.npoints, &err))
		{
			c.points = points;
			scratch = malloc(sx_kano_chart_scratch(c.npoints) + 8);
			sx_kano_chart_layout(&c, scratch);
			check_svg(sx_kano_chart_write, &c);
			free(scratch);
		}
		free(points);
	}
	else if (s->kind == SX_CHART_PYRAMID)
	{
		SxPyramidChartRow *rows = malloc(sizeof(*rows) * (n + 1));
		SxPyramidChart c;

		memset(&c, 0, sizeof(c));
		for (int k = 0; k < SX_THRESHOLDS; k++)
			c.thresholds[k] = n ? p.param[k] : 0.5;
		if (sx_pyramid_chart_rows(items, n, rows, &c.nrows, &err))
		{
			c.rows = rows;
			check_svg(sx_pyramid_chart_write, &c);
		}
		free(rows);
	}
	else if (s->kind == SX_CHART_TREND)
	{
		SxTrendSeries *series = malloc(sizeof(*series) * (n + 1));
		SxTrendPoint *points = malloc(sizeof(*points) * (n + 1));
		SxTrendChart c;

		if (sx_trend_chart_series(items, n, series, points, &c.nseries, &err))
		{
			c.series = series;
			check_svg(sx_trend_chart_write, &c);
		}
		free(series);
		free(points);
	}
	else
	{
		const SxChartItem **by_series = malloc(sizeof(*by_series) * (n + 1));
		SxRadarLabel *axes = malloc(sizeof(*axes) * (n + 1));
		SxRadarSeries *series = malloc(sizeof(*series) * (n + 1));
		SxRadarValue *values = malloc(sizeof(*values) * (n + 1));
		SxRadarChart c;

		c.max = n ? p.param[0] : 4;
		if (sx_radar_chart_build(items, n, by_series, axes, series, values, &c, &err))
			check_svg(sx_radar_chart_write, &c);
		free(by_series);
		free(axes);
		free(series);
		free(values);
	}
	free(items);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	size_t		need;

	fuzz_err_init(&err);
	if (sx_chart_points_parse(s, size, NULL, 0, &need, &err))
	{
		SxChartPoints *st = malloc(need);
		SxBuf		b;
		char	   *text;
		size_t		again;

		CHECK(st != NULL && need >= sizeof(SxChartPoints));
		CHECK(sx_chart_points_parse(s, size, st, need, &again, &err) && again == need);
		st->vl_len_ = (int32_t) need;
		CHECK(st->used == need && sx_chart_points_check(st, need, &err));
		/* the text form reads back to a state that writes the same text */
		sx_buf_init(&b, NULL, 0);
		sx_chart_points_format(st, &b);
		text = malloc(b.len + 1);
		CHECK(text != NULL);
		sx_buf_init(&b, text, b.len);
		sx_chart_points_format(st, &b);
		{
			SxChartPoints *st2 = malloc(need);
			SxBuf		b2;
			char	   *text2 = malloc(b.len + 1);

			CHECK(st2 != NULL && text2 != NULL);
			CHECK(sx_chart_points_parse(text, b.len, st2, need, &again, &err) && again == need);
			sx_buf_init(&b2, text2, b.len);
			sx_chart_points_format(st2, &b2);
			CHECK(b2.len == b.len && memcmp(text, text2, b.len) == 0);
			free(st2);
			free(text2);
		}
		free(text);
		draw(st);
		free(st);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
