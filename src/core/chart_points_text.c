/*
 * chart_points_text.c
 *		chart_points (core): the text form of the chart aggregates' state
 *		(see chart_points.h).
 */
#include "chart_points.h"

#include <math.h>
#include <string.h>

#include "sx_text.h"

#define HEADER_SIZE sizeof(SxChartPoints)

static const char CHART_POINTS_INVALID[] = "invalid chart_points value";

static void
format_string(SxBuf *b, const char *s, size_t len)
{
	sx_buf_char(b, '"');
	for (size_t i = 0; i < len; i++)
	{
		if (s[i] == '"' || s[i] == '\\')
			sx_buf_char(b, '\\');
		sx_buf_char(b, s[i]);
	}
	sx_buf_char(b, '"');
}

static void
format_value(SxBuf *b, double x)
{
	if (isnan(x))
		sx_buf_str(b, "null");
	else
		sx_buf_double(b, x);
}

static void
format_payload(SxBuf *b, int kind, const SxChartItem *it)
{
	switch (kind)
	{
		case SX_CHART_KANO:
			for (int i = 0; i < SX_CELLS; i++)
			{
				if (i > 0)
					sx_buf_char(b, i % SX_ANSWERS == 0 ? '/' : ',');
				sx_buf_int(b, it->slot[i]);
			}
			break;
		case SX_CHART_PYRAMID:
			for (int i = 0; i < SX_LEVELS; i++)
			{
				if (i > 0)
					sx_buf_char(b, ',');
				sx_buf_int(b, it->slot[i]);
			}
			sx_buf_char(b, '/');
			sx_buf_int(b, it->slot[SX_LEVELS]);
			break;
		case SX_CHART_TREND:
			sx_buf_char(b, '@');
			sx_buf_int(b, it->period);
			sx_buf_char(b, ' ');
			for (int k = 0; k < 3; k++)
			{
				if (k > 0)
					sx_buf_char(b, ',');
				format_value(b, sx_chart_item_value(it, k));
			}
			break;
		case SX_CHART_RADAR:
			format_string(b, sx_chart_item_sub(it), (size_t) it->sub_len);
			sx_buf_char(b, ' ');
			format_value(b, sx_chart_item_value(it, 0));
			break;
	}
}

void
sx_chart_points_format(const SxChartPoints *s, SxBuf *b)
{
	size_t		off = sx_chart_points_items_offset(s);
	SxChartParams p;

	sx_buf_str(b, sx_chart_kind_name(s->kind));
	if (s->nitems == 0)
		return;
	sx_chart_points_params(s, &p);
	if (s->kind == SX_CHART_KANO)
	{
		sx_buf_str(b, " divider=");
		sx_buf_double(b, p.param[0]);
		sx_buf_str(b, " scheme=");
		format_string(b, p.scheme, p.scheme_len);
		sx_buf_str(b, " title=");
		if (p.title)
			format_string(b, p.title, p.title_len);
		else
			sx_buf_str(b, "null");
	}
	else if (s->kind == SX_CHART_PYRAMID)
	{
		for (int k = 0; k < SX_THRESHOLDS; k++)
		{
			sx_buf_str(b, k == 0 ? " thresholds=" : ",");
			sx_buf_double(b, p.param[k]);
		}
	}
	else if (s->kind == SX_CHART_RADAR)
	{
		sx_buf_str(b, " max=");
		sx_buf_double(b, p.param[0]);
	}
	for (int i = 0; i < s->nitems; i++)
	{
		const SxChartItem *it = (const SxChartItem *) ((const char *) s + off);

		sx_buf_char(b, ' ');
		format_string(b, sx_chart_item_label(it), (size_t) it->label_len);
		sx_buf_char(b, ' ');
		format_payload(b, s->kind, it);
		off += it->size;
	}
}

static bool
chart_points_syntax(SxError *err, const char *what)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type chart_points",
				   "The text form is a chart kind (kano, pyramid, trend, radar), "
				   "then its parameters and items, as chart_points output writes them.",
				   "Expected %s.", what);
}

/* A quoted string: its bounds in the text and its length unescaped */
typedef struct QuotedText
{
	const char *start;
	const char *end;
	size_t		len;
} QuotedText;

static bool
read_string(SxCursor *c, QuotedText *q)
{
	if (c->p >= c->end || *c->p != '"')
		return false;
	q->start = ++c->p;
	q->len = 0;
	while (c->p < c->end && *c->p != '"')
	{
		if (*c->p == '\\')
		{
			if (c->end - c->p < 2 || (c->p[1] != '"' && c->p[1] != '\\'))
				return false;
			c->p++;
		}
		c->p++;
		q->len++;
	}
	if (c->p >= c->end || q->len > SX_CHART_TEXT_MAX)
		return false;
	q->end = c->p++;
	return true;
}

static void
unescape(char *dst, const QuotedText *q)
{
	for (const char *p = q->start; p < q->end; p++)
	{
		if (*p == '\\')
			p++;
		*dst++ = *p;
	}
}

static bool
read_value(SxCursor *c, int64_t *slot)
{
	double		x;

	if (sx_accept(c, "null"))
		x = NAN;
	else if (!sx_read_double(c, &x))
		return false;
	memcpy(slot, &x, sizeof(x));
	return true;
}

static bool
read_doubles(SxCursor *c, double *out, int n)
{
	for (int k = 0; k < n; k++)
	{
		if (k > 0 && !sx_accept(c, ","))
			return false;
		if (!sx_read_double(c, &out[k]))
			return false;
	}
	return true;
}

static bool
read_day(SxCursor *c, int32_t *day)
{
	bool		negative = sx_accept(c, "-");
	int64_t		v;

	if (!sx_read_count(c, &v) || v > (int64_t) SX_DATE_END + 1)
		return false;
	if (negative)
		v = -v;
	if (v < SX_DATE_MIN || v >= SX_DATE_END)
		return false;
	*day = (int32_t) v;
	return true;
}

/* An item's key and payload after its label */
static bool
read_payload(SxCursor *c, int kind, QuotedText *sub, int32_t *period,
			 int64_t *slot, SxError *err)
{
	switch (kind)
	{
		case SX_CHART_KANO:
			if (!sx_read_counts(c, slot, SX_CELLS, SX_ANSWERS, '/'))
				return chart_points_syntax(err, "25 answer-pair counts");
			return true;
		case SX_CHART_PYRAMID:
			if (!sx_read_counts(c, slot, SX_LEVELS, 0, ',') || !sx_accept(c, "/") ||
				!sx_read_count(c, &slot[SX_LEVELS]))
				return chart_points_syntax(err, "5 level counts and the unfounded count");
			return true;
		case SX_CHART_TREND:
			if (!sx_accept(c, "@") || !read_day(c, period) || !sx_accept(c, " ") ||
				!read_value(c, &slot[0]) || !sx_accept(c, ",") ||
				!read_value(c, &slot[1]) || !sx_accept(c, ",") ||
				!read_value(c, &slot[2]))
				return chart_points_syntax(err, "@day value,low,high");
			return true;
		case SX_CHART_RADAR:
			if (!read_string(c, sub) || !sx_accept(c, " ") || !read_value(c, &slot[0]))
				return chart_points_syntax(err, "a quoted series and a value");
			return true;
	}
	return false;
}

/* The parameters of a state with items, into p (strings still quoted) */
static bool
read_params(SxCursor *c, int kind, SxChartParams *p, QuotedText *scheme,
			QuotedText *title, SxError *err)
{
	memset(p, 0, sizeof(*p));
	memset(scheme, 0, sizeof(*scheme));
	memset(title, 0, sizeof(*title));
	if (kind == SX_CHART_KANO)
	{
		if (!sx_accept(c, " divider=") || !read_doubles(c, p->param, 1) ||
			!sx_accept(c, " scheme=") || !read_string(c, scheme) ||
			!sx_accept(c, " title="))
			return chart_points_syntax(err, "divider=D scheme=\"S\" title=\"T\"");
		if (!sx_accept(c, "null") && !read_string(c, title))
			return chart_points_syntax(err, "a quoted title or null");
	}
	else if (kind == SX_CHART_PYRAMID)
	{
		if (!sx_accept(c, " thresholds=") || !read_doubles(c, p->param, SX_THRESHOLDS))
			return chart_points_syntax(err, "thresholds=D,D,D,D");
	}
	else if (kind == SX_CHART_RADAR)
	{
		if (!sx_accept(c, " max=") || !read_doubles(c, p->param, 1))
			return chart_points_syntax(err, "max=D");
	}
	p->scheme_len = scheme->len;
	p->title_len = title->len;
	return true;
}

bool
sx_chart_points_parse(const char *s, size_t len, SxChartPoints *out,
					  size_t cap, size_t *size, SxError *err)
{
	static const SxName kinds[] = {
		{"kano", SX_CHART_KANO}, {"pyramid", SX_CHART_PYRAMID},
		{"trend", SX_CHART_TREND}, {"radar", SX_CHART_RADAR}, {NULL, 0}
	};
	SxCursor	c = {s, s + len};
	const char *word;
	int			kind;
	SxChartParams p;
	QuotedText	scheme;
	QuotedText	title;
	char		scheme_text[SX_CHART_SCHEME_MAX];
	size_t		used = HEADER_SIZE;
	int			nitems = 0;
	bool		write = out != NULL && cap >= HEADER_SIZE;

	/* blanks around the text are ignored, as by every input of sx */
	sx_skip_blanks(&c);
	while (c.end > c.p && sx_is_blank(c.end[-1]))
		c.end--;
	word = c.p;
	while (c.p < c.end && *c.p >= 'a' && *c.p <= 'z')
		c.p++;
	if (!sx_name_lookup(kinds, word, (size_t) (c.p - word), &kind))
		return chart_points_syntax(err, "kano, pyramid, trend or radar");
	if (write)
		sx_chart_points_init(out, kind);
	if (c.p < c.end)
	{
		if (!read_params(&c, kind, &p, &scheme, &title, err))
			return false;
		if (scheme.len > SX_CHART_SCHEME_MAX)
			return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID,
						   NULL, "The scheme text is longer than %d bytes.",
						   SX_CHART_SCHEME_MAX);
		unescape(scheme_text, &scheme);
		p.scheme = scheme_text;
		p.title = title.start;	/* only its presence is checked */
		if (!sx_chart_params_check(kind, &p, err))
			return false;
		used += sx_chart_params_size(&p);
		write = write && used <= cap;
		if (write)
		{
			char	   *area = (char *) out + sizeof(SxChartPoints);

			memset(area, 0, used - HEADER_SIZE);
			if (title.start)
				unescape(area + scheme.len, &title);
			p.title = title.start ? area + scheme.len : NULL;
			sx_chart_points_put_params(out, &p);
		}
		if (c.p == c.end)
			return chart_points_syntax(err, "at least one item after the parameters");
	}
	while (c.p < c.end)
	{
		QuotedText	label;
		QuotedText	sub = {NULL, NULL, 0};
		int32_t		period = 0;
		int64_t		slot[SX_CHART_SLOTS_MAX];
		size_t		item_size;

		if (!sx_accept(&c, " ") || !read_string(&c, &label) || !sx_accept(&c, " "))
			return chart_points_syntax(err, "a quoted label");
		if (!read_payload(&c, kind, &sub, &period, slot, err))
			return false;
		if (!sx_chart_item_check(kind, slot, p.param, err))
			return false;
		item_size = sx_chart_item_size(kind, label.len, sub.len);
		if (used > UINT32_MAX / 2 - item_size || nitems == INT32_MAX)
			return sx_fail(err, SX_ERR_RANGE, false, CHART_POINTS_INVALID, NULL,
						   "The state would exceed 2 GB.");
		write = write && used + item_size <= cap;
		if (write)
		{
			SxChartItem *it = sx_chart_points_put_item(out, label.len, sub.len, period, slot);

			unescape((char *) sx_chart_item_label(it), &label);
			unescape((char *) sx_chart_item_sub(it), &sub);
		}
		used += item_size;
		nitems++;
	}
	*size = used;
	return true;
}
