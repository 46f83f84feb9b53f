/*
 * chart_points.c
 *		chart_points (core): the state of the chart aggregates (see
 *		chart_points.h).
 */
#include "chart_points.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kano_figures.h"
#include "sx_counts.h"
#include "sx_text.h"

static const char CHART_POINTS_INVALID[] = "invalid chart_points value";

#define HEADER_SIZE sizeof(SxChartPoints)
#define ITEM_HEADER_SIZE offsetof(SxChartItem, slot)

static inline size_t
pad8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

int
sx_chart_slots(int kind)
{
	switch (kind)
	{
		case SX_CHART_KANO:
			return SX_CELLS;
		case SX_CHART_PYRAMID:
			return SX_LEVELS + 1;
		case SX_CHART_TREND:
			return 3;
		case SX_CHART_RADAR:
			return 1;
	}
	return -1;
}

const char *
sx_chart_kind_name(int kind)
{
	static const char *const names[] = {NULL, "kano", "pyramid", "trend", "radar"};

	return kind >= SX_CHART_KANO && kind <= SX_CHART_RADAR ? names[kind] : NULL;
}

void
sx_chart_points_init(SxChartPoints *s, int kind)
{
	s->flags = 0;
	s->kind = kind;
	s->nitems = 0;
	s->used = HEADER_SIZE;
	s->title_len = -1;
	s->scheme_len = 0;
	s->reserved = 0;
	for (int k = 0; k < SX_CHART_PARAMS; k++)
		s->param[k] = 0;
}

size_t
sx_chart_item_size(int kind, size_t label_len, size_t sub_len)
{
	return pad8(ITEM_HEADER_SIZE + 8 * (size_t) sx_chart_slots(kind) +
				label_len + sub_len);
}

size_t
sx_chart_params_size(const SxChartParams *p)
{
	return pad8(p->scheme_len + (p->title ? p->title_len : 0));
}

static inline char *
params_area(const SxChartPoints *s)
{
	return (char *) s + HEADER_SIZE;
}

size_t
sx_chart_points_items_offset(const SxChartPoints *s)
{
	return HEADER_SIZE + pad8((size_t) s->scheme_len +
							  (s->title_len > 0 ? (size_t) s->title_len : 0));
}

static const char *shortest(double x, char *buf);

bool
sx_chart_params_check(int kind, const SxChartParams *p, SxError *err)
{
	char		t1[40];

	switch (kind)
	{
		case SX_CHART_KANO:
			{
				SxScheme	scheme;

				if (p->scheme_len > SX_CHART_SCHEME_MAX)
					return sx_fail(err, SX_ERR_PARAMETER, false,
								   "kano_chart scheme is too long",
								   "Use 'iso24082', 'kano1984' or a JSON table.",
								   "The scheme text has %zu bytes, more than %d.",
								   p->scheme_len, SX_CHART_SCHEME_MAX);
				if (p->title && p->title_len > SX_CHART_TEXT_MAX)
					return sx_fail(err, SX_ERR_PARAMETER, false,
								   "kano_chart title is too long", NULL,
								   "The title has %zu bytes, more than %d.",
								   p->title_len, SX_CHART_TEXT_MAX);
				if (!(p->param[0] > 0.0 && p->param[0] < 1.0))
					return sx_fail(err, SX_ERR_PARAMETER, false,
								   "kano_chart divider must be between 0 and 1 exclusive",
								   "The dividing lines of the quadrants are usually at 0.5.",
								   "Got %s.", shortest(p->param[0], t1));
				return sx_kano_scheme_parse(p->scheme, p->scheme_len, &scheme, err);
			}
		case SX_CHART_PYRAMID:
			for (int k = 0; k < SX_THRESHOLDS; k++)
			{
				if (!(p->param[k] >= 0.0 && p->param[k] <= 1.0))
					return sx_fail(err, SX_ERR_PARAMETER, false,
								   "pyramid threshold must be between 0 and 1",
								   "Thresholds are shares of observations, e.g. 0.9.",
								   "Threshold %d is %s.", k + 1, shortest(p->param[k], t1));
			}
			return true;
		case SX_CHART_TREND:
			return true;
		case SX_CHART_RADAR:
			if (!(p->param[0] > 0.0 && isfinite(p->param[0])))
				return sx_fail(err, SX_ERR_PARAMETER, false,
							   "radar_chart max must be a positive number",
							   "max is the value at the outer ring, e.g. 4 for the maturity scale 0..4.",
							   "Got %s.", shortest(p->param[0], t1));
			return true;
	}
	return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID, NULL,
				   "Unknown chart kind %d.", kind);
}

/* The shortest text of x that reads back the same, for error details */
static const char *
shortest(double x, char *buf)
{
	SxBuf		b;

	sx_buf_init(&b, buf, 39);
	if (isnan(x))
		sx_buf_str(&b, "NaN");
	else if (isinf(x))
		sx_buf_str(&b, x > 0 ? "Infinity" : "-Infinity");
	else
		sx_buf_double(&b, x);
	buf[b.len < 39 ? b.len : 39] = '\0';
	return buf;
}

static inline double
slot_double(const int64_t *slot, int k)
{
	double		x;

	memcpy(&x, &slot[k], sizeof(x));
	return x;
}

double
sx_chart_item_value(const SxChartItem *it, int k)
{
	return slot_double(it->slot, k);
}

bool
sx_chart_item_check(int kind, const int64_t *slot, const double *param,
					SxError *err)
{
	int64_t		total;
	char		t1[40];
	char		t2[40];

	switch (kind)
	{
		case SX_CHART_KANO:
			return sx_counts_check(slot, SX_CELLS, CHART_POINTS_INVALID,
								   "answer-pair counts", &total, err);
		case SX_CHART_PYRAMID:
			{
				SxPyramidResult r;

				r.flags = 0;
				memcpy(r.levels, slot, sizeof(r.levels));
				r.unfounded = slot[SX_LEVELS];
				return sx_pyramid_result_check(&r, err);
			}
		case SX_CHART_TREND:
			{
				double		v[3];

				for (int k = 0; k < 3; k++)
				{
					v[k] = slot_double(slot, k);
					if (isinf(v[k]))
						return sx_fail(err, SX_ERR_RANGE, false,
									   "trend_chart values must be finite",
									   "Pass NULL for a period without a figure.", NULL);
				}
				if (v[SX_TREND_LOW] > v[SX_TREND_HIGH])
					return sx_fail(err, SX_ERR_PARAMETER, false,
								   "trend_chart low is greater than high",
								   "low and high are the bounds of the interval drawn around the value.",
								   "low is %s, high %s.", shortest(v[SX_TREND_LOW], t1),
								   shortest(v[SX_TREND_HIGH], t2));
				return true;
			}
		case SX_CHART_RADAR:
			{
				double		v = slot_double(slot, 0);

				if (isinf(v) || v < 0 || v > param[0])
					return sx_fail(err, SX_ERR_RANGE, false,
								   "radar_chart value is outside 0..max",
								   "Pass max, the value at the outer ring, as the fourth argument.",
								   "Value %s, max %s.", shortest(v, t1), shortest(param[0], t2));
				return true;
			}
	}
	return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID, NULL,
				   "Unknown chart kind %d.", kind);
}

void
sx_chart_points_params(const SxChartPoints *s, SxChartParams *p)
{
	const char *area = params_area(s);

	for (int k = 0; k < SX_CHART_PARAMS; k++)
		p->param[k] = s->param[k];
	p->scheme = area;
	p->scheme_len = (size_t) s->scheme_len;
	p->title = s->title_len >= 0 ? area + s->scheme_len : NULL;
	p->title_len = s->title_len >= 0 ? (size_t) s->title_len : 0;
}

bool
sx_chart_params_equal(int kind, const SxChartParams *a, const SxChartParams *b)
{
	int			nparam = kind == SX_CHART_PYRAMID ? SX_THRESHOLDS :
		kind == SX_CHART_TREND ? 0 : 1;

	for (int k = 0; k < nparam; k++)
	{
		if (a->param[k] != b->param[k])
			return false;
	}
	if (kind != SX_CHART_KANO)
		return true;
	if (a->scheme_len != b->scheme_len ||
		memcmp(a->scheme, b->scheme, a->scheme_len) != 0)
		return false;
	if ((a->title == NULL) != (b->title == NULL))
		return false;
	return a->title == NULL || (a->title_len == b->title_len &&
								memcmp(a->title, b->title, a->title_len) == 0);
}

size_t
sx_chart_points_need(const SxChartPoints *s, const SxChartParams *p,
					 size_t item_size)
{
	return (size_t) s->used + item_size +
		(s->nitems == 0 ? sx_chart_params_size(p) : 0);
}

size_t
sx_chart_points_concat_need(const SxChartPoints *into, const SxChartPoints *from)
{
	if (into->nitems == 0)
		return from->used;
	return (size_t) into->used + (from->used - sx_chart_points_items_offset(from));
}

void
sx_chart_points_put_params(SxChartPoints *s, const SxChartParams *p)
{
	char	   *area = params_area(s);
	size_t		size = sx_chart_params_size(p);

	/* the parser passes text already in place: memmove */
	memmove(area, p->scheme, p->scheme_len);
	if (p->title)
		memmove(area + p->scheme_len, p->title, p->title_len);
	memset(area + p->scheme_len + p->title_len, 0,
		   size - p->scheme_len - p->title_len);
	for (int k = 0; k < SX_CHART_PARAMS; k++)
		s->param[k] = p->param[k] + 0.0;	/* no -0 */
	s->scheme_len = (int32_t) p->scheme_len;
	s->title_len = p->title ? (int32_t) p->title_len : -1;
	s->used = (uint32_t) (HEADER_SIZE + size);
}

SxChartItem *
sx_chart_points_put_item(SxChartPoints *s, size_t label_len, size_t sub_len,
						 int32_t period, const int64_t *slot)
{
	SxChartItem *it = (SxChartItem *) ((char *) s + s->used);
	size_t		size = sx_chart_item_size(s->kind, label_len, sub_len);

	memset(it, 0, size);
	it->size = (uint32_t) size;
	it->label_len = (int32_t) label_len;
	it->sub_len = (int32_t) sub_len;
	it->period = period;
	it->nslots = sx_chart_slots(s->kind);
	memcpy(it->slot, slot, 8 * (size_t) it->nslots);
	s->used += (uint32_t) size;
	s->nitems++;
	return it;
}

void
sx_chart_points_add(SxChartPoints *s, const SxChartParams *p,
					const char *label, size_t label_len,
					const char *sub, size_t sub_len, int32_t period,
					const int64_t *slot)
{
	SxChartItem *it;

	if (s->nitems == 0)
		sx_chart_points_put_params(s, p);
	it = sx_chart_points_put_item(s, label_len, sub_len, period, slot);
	memcpy((char *) sx_chart_item_label(it), label, label_len);
	if (sub_len)
		memcpy((char *) sx_chart_item_sub(it), sub, sub_len);
}

bool
sx_chart_points_concat(SxChartPoints *into, const SxChartPoints *from,
					   SxError *err)
{
	SxChartParams a;
	SxChartParams b;
	size_t		start;

	if (into->kind != from->kind)
		return sx_fail(err, SX_ERR_PARAMETER, false,
					   "cannot merge the states of two kinds of chart", NULL,
					   "A %s chart and a %s chart.", sx_chart_kind_name(into->kind),
					   sx_chart_kind_name(from->kind));
	if (from->nitems == 0)
		return true;
	if (into->nitems == 0)
	{
		int32_t		vl_len = into->vl_len_;

		memcpy(into, from, from->used);
		into->vl_len_ = vl_len;
		return true;
	}
	sx_chart_points_params(into, &a);
	sx_chart_points_params(from, &b);
	if (!sx_chart_params_equal(into->kind, &a, &b))
		return sx_fail(err, SX_ERR_PARAMETER, false,
					   "the rows of a chart give different parameters",
					   "Give every row of one chart the same divider, scheme, "
					   "title, thresholds or max.", NULL);
	start = sx_chart_points_items_offset(from);
	memcpy((char *) into + into->used, (const char *) from + start,
		   from->used - start);
	into->used += (uint32_t) (from->used - start);
	into->nitems += from->nitems;
	return true;
}

bool
sx_chart_points_check(const SxChartPoints *s, size_t size, SxError *err)
{
	size_t		off;
	int			slots;

	if (size < HEADER_SIZE || s->flags != 0 || s->reserved != 0 ||
		sx_chart_kind_name(s->kind) == NULL || s->used < HEADER_SIZE ||
		s->used > size || s->nitems < 0 || s->scheme_len < 0 ||
		s->scheme_len > SX_CHART_TEXT_MAX || s->title_len < -1 ||
		s->title_len > SX_CHART_TEXT_MAX)
		return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID,
					   NULL, "The header is not one of a chart state.");
	slots = sx_chart_slots(s->kind);
	off = s->nitems > 0 ? sx_chart_points_items_offset(s) : HEADER_SIZE;
	for (int i = 0; i < s->nitems; i++)
	{
		const SxChartItem *it = (const SxChartItem *) ((const char *) s + off);

		if (off + ITEM_HEADER_SIZE > s->used || it->size % 8 != 0 ||
			it->nslots != slots || it->label_len < 0 || it->sub_len < 0 ||
			it->label_len > SX_CHART_TEXT_MAX || it->sub_len > SX_CHART_TEXT_MAX ||
			it->size != sx_chart_item_size(s->kind, (size_t) it->label_len,
										   (size_t) it->sub_len) ||
			it->size > s->used - off)
			return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID,
						   NULL, "Item %d is not well-formed.", i + 1);
		off += it->size;
	}
	if (off != s->used)
		return sx_fail(err, SX_ERR_PARAMETER, false, CHART_POINTS_INVALID,
					   NULL, "The items end at byte %zu, the state at %u.",
					   off, (unsigned) s->used);
	return true;
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int
sx_label_compare(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		i = 0;
	size_t		j = 0;
	int			c;

	while (i < alen && j < blen)
	{
		if (is_digit(a[i]) && is_digit(b[j]))
		{
			size_t		ai;
			size_t		bj;

			while (i < alen && a[i] == '0')
				i++;
			while (j < blen && b[j] == '0')
				j++;
			ai = i;
			bj = j;
			while (i < alen && is_digit(a[i]))
				i++;
			while (j < blen && is_digit(b[j]))
				j++;
			if (i - ai != j - bj)
				return i - ai < j - bj ? -1 : 1;
			c = memcmp(a + ai, b + bj, i - ai);
			if (c != 0)
				return c < 0 ? -1 : 1;
			continue;
		}
		if (a[i] != b[j])
			return (unsigned char) a[i] < (unsigned char) b[j] ? -1 : 1;
		i++;
		j++;
	}
	if (i < alen || j < blen)
		return i < alen ? 1 : -1;
	c = memcmp(a, b, alen < blen ? alen : blen);
	if (c != 0)
		return c < 0 ? -1 : 1;
	return (alen > blen) - (alen < blen);
}

int
sx_chart_item_compare(const SxChartItem *a, const SxChartItem *b)
{
	int			c = sx_label_compare(sx_chart_item_label(a), (size_t) a->label_len,
									 sx_chart_item_label(b), (size_t) b->label_len);

	if (c == 0)
		c = sx_label_compare(sx_chart_item_sub(a), (size_t) a->sub_len,
							 sx_chart_item_sub(b), (size_t) b->sub_len);
	if (c == 0)
		c = (a->period > b->period) - (a->period < b->period);
	return c;
}

static int
item_cmp(const void *x, const void *y)
{
	return sx_chart_item_compare(*(const SxChartItem *const *) x,
								 *(const SxChartItem *const *) y);
}

void
sx_chart_points_sorted(const SxChartPoints *s, const SxChartItem **items)
{
	size_t		off = sx_chart_points_items_offset(s);

	for (int i = 0; i < s->nitems; i++)
	{
		items[i] = (const SxChartItem *) ((const char *) s + off);
		off += items[i]->size;
	}
	if (s->nitems > 1)
		qsort(items, (size_t) s->nitems, sizeof(*items), item_cmp);
}

