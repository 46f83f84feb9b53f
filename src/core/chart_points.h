/*
 * chart_points.h
 *		chart_points (core): the state of the chart aggregates.  It holds
 *		the chart's parameters and one item per input row, a label and
 *		what the row gave (answer-pair counts, level counts, a value and
 *		its interval, or a radar value), in the order the rows came.
 *
 * States merge by concatenation, so the combine function of a parallel
 * plan costs a copy; the final function sorts the items by label (and
 * adds up the items of a label given twice), so that a chart never
 * depends on the order of the rows or on the plan.  Counts are integers
 * and values are stored as given, never summed in floating point.
 *
 * The layout: a fixed header, then (once an item is stored) the text
 * parameters padded to 8 bytes, then the items, each a multiple of 8
 * bytes.  The varlena size is the room allocated; `used` says how much
 * of it holds the state.
 */
#ifndef CORE_CHART_POINTS_H
#define CORE_CHART_POINTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kano_result.h"
#include "pyramid_result.h"
#include "sx_buf.h"
#include "sx_error.h"

typedef enum SxChartKind
{
	SX_CHART_KANO = 1,			/* label, 25 answer-pair counts */
	SX_CHART_PYRAMID = 2,		/* label, 5 level counts and unfounded */
	SX_CHART_TREND = 3,			/* series, period, value, low, high */
	SX_CHART_RADAR = 4			/* axis, series, value */
} SxChartKind;

/* Numeric parameters: kano divider; pyramid thresholds; radar max */
#define SX_CHART_PARAMS 4

typedef struct SxChartPoints
{
	int32_t		vl_len_;		/* varlena header: the room allocated */
	int32_t		flags;			/* 0: the layout version */
	int32_t		kind;			/* SxChartKind */
	int32_t		nitems;
	uint32_t	used;			/* bytes holding the state, header included */
	int32_t		title_len;		/* kano: bytes of the title, -1 for none */
	int32_t		scheme_len;		/* kano: bytes of the scheme text */
	int32_t		reserved;		/* 0 */
	double		param[SX_CHART_PARAMS];
} SxChartPoints;

/* One item; label and sub-label bytes follow the payload slots */
typedef struct SxChartItem
{
	uint32_t	size;			/* bytes of the item, a multiple of 8 */
	int32_t		label_len;
	int32_t		sub_len;		/* radar: the series; else 0 */
	int32_t		period;			/* trend: days since 2000-01-01; else 0 */
	int32_t		nslots;			/* sx_chart_slots(kind) */
	int32_t		reserved;		/* 0 */
	int64_t		slot[];			/* counts, or doubles (NaN for NULL) */
} SxChartItem;

/* Payload slots of a trend item, and the most any kind has */
#define SX_TREND_VALUE 0
#define SX_TREND_LOW 1
#define SX_TREND_HIGH 2
#define SX_CHART_SLOTS_MAX SX_CELLS

/* The dates PostgreSQL's date type holds, as days since 2000-01-01 */
#define SX_DATE_MIN (-2451545)
#define SX_DATE_END 2145031949

/* A state's parameters as the aggregates' arguments give them */
typedef struct SxChartParams
{
	double		param[SX_CHART_PARAMS];
	const char *scheme;
	size_t		scheme_len;
	const char *title;			/* NULL: no title */
	size_t		title_len;
} SxChartParams;

/* Longest label, sub-label or title a state holds, and longest scheme */
#define SX_CHART_TEXT_MAX (1 << 20)
#define SX_CHART_SCHEME_MAX 4096

extern int	sx_chart_slots(int kind);
extern const char *sx_chart_kind_name(int kind);

/* An empty state of a kind (vl_len_ is the caller's) */
extern void sx_chart_points_init(SxChartPoints *s, int kind);

/* Bytes an item, the parameters, or both take */
extern size_t sx_chart_item_size(int kind, size_t label_len, size_t sub_len);
extern size_t sx_chart_params_size(const SxChartParams *p);

/* Parameters in range (a scheme that reads, a divider in (0, 1), ...) */
extern bool sx_chart_params_check(int kind, const SxChartParams *p,
								  SxError *err);

/* A row's payload in range (counts, values, an interval low <= high) */
extern bool sx_chart_item_check(int kind, const int64_t *slot,
								const double *param, SxError *err);

/* The parameters of a state that holds items */
extern void sx_chart_points_params(const SxChartPoints *s, SxChartParams *p);
extern bool sx_chart_params_equal(int kind, const SxChartParams *a,
								  const SxChartParams *b);

/*
 * Bytes the state needs to take one more item (with the parameters when
 * it holds none yet), or the items of another state.
 */
extern size_t sx_chart_points_need(const SxChartPoints *s,
								   const SxChartParams *p, size_t item_size);
extern size_t sx_chart_points_concat_need(const SxChartPoints *into,
										  const SxChartPoints *from);

/*
 * Add an item, in room the caller made (sx_chart_points_need); the first
 * item stores the parameters, which every later one must equal (the
 * caller checks with sx_chart_params_equal).
 */
extern void sx_chart_points_add(SxChartPoints *s, const SxChartParams *p,
								const char *label, size_t label_len,
								const char *sub, size_t sub_len,
								int32_t period, const int64_t *slot);

/*
 * The steps of sx_chart_points_add, for the text form's parser, which
 * writes the texts in place: store the parameters (their texts may lie
 * where they go already), and an item whose texts the caller writes.
 */
extern void sx_chart_points_put_params(SxChartPoints *s, const SxChartParams *p);
extern SxChartItem *sx_chart_points_put_item(SxChartPoints *s, size_t label_len,
											 size_t sub_len, int32_t period,
											 const int64_t *slot);

/* Where the items of a state with items begin */
extern size_t sx_chart_points_items_offset(const SxChartPoints *s);

/* into += from's items, in room the caller made; false if they differ */
extern bool sx_chart_points_concat(SxChartPoints *into,
								   const SxChartPoints *from, SxError *err);

/*
 * The state is well-formed within size bytes: every item within `used`,
 * the counts as its header says.  Values were checked when they came in.
 */
extern bool sx_chart_points_check(const SxChartPoints *s, size_t size,
								  SxError *err);

/* The items of a checked state in items[], sorted by sx_chart_item_compare */
extern void sx_chart_points_sorted(const SxChartPoints *s,
								   const SxChartItem **items);

/* Label, sub-label, then period; labels in natural order */
extern int	sx_chart_item_compare(const SxChartItem *a, const SxChartItem *b);

static inline const char *
sx_chart_item_label(const SxChartItem *it)
{
	return (const char *) (it->slot + it->nslots);
}

static inline const char *
sx_chart_item_sub(const SxChartItem *it)
{
	return sx_chart_item_label(it) + it->label_len;
}

/* A payload slot of a trend or radar item as the double it holds */
extern double sx_chart_item_value(const SxChartItem *it, int k);

/*
 * The natural order of labels: runs of digits compare by their value
 * ("2 ..." before "10 ..."), other bytes by their value; labels equal in
 * that order compare byte by byte, so it is a total order.
 */
extern int	sx_label_compare(const char *a, size_t alen, const char *b,
							 size_t blen);

/*
 * The text form: the kind ("kano", "pyramid", "trend", "radar") alone for
 * a state with no items, else the kind, its parameters and its items:
 *   kano divider=D scheme="S" title="T"|null "label" c,c,c,c,c/.../c,c,c,c,c ...
 *   pyramid thresholds=D,D,D,D "label" l0,l1,l2,l3,l4/unfounded ...
 *   trend "series" @day V,V,V ...          (V a number or null)
 *   radar max=D "axis" "series" V ...
 * Strings are in double quotes, with \" and \\ inside.
 */
extern void sx_chart_points_format(const SxChartPoints *s, SxBuf *b);

/*
 * Parse the text form into out (cap bytes); with out NULL or too small,
 * only check it.  *size is the bytes the state needs (its `used`); out
 * holds the state only when *size <= cap.
 */
extern bool sx_chart_points_parse(const char *s, size_t len,
								  SxChartPoints *out, size_t cap,
								  size_t *size, SxError *err);

#endif							/* CORE_CHART_POINTS_H */
