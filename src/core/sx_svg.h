/*
 * sx_svg.h
 *		Writing SVG in the core: text made safe for XML, its estimated
 *		width, markup with numbers written the same on every platform, and
 *		the pieces every chart shares (document, colours, boxes).
 *
 * Every chart is a complete standalone SVG document in plain ASCII:
 * characters beyond ASCII are written as character references, so the
 * bytes are the same in every database encoding, and nothing refers to a
 * font, script, style sheet or link outside the document.
 */
#ifndef SX_SVG_H
#define SX_SVG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sx_buf.h"

/* The fonts asked for: common system fonts, no downloads */
#define SX_SVG_FONTS "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"

/* Text colours */
#define SX_SVG_INK "#1a1a1a"
#define SX_SVG_MUTED "#595959"

/*
 * Text content or an attribute value: &, <, >, " and ' escaped, control
 * characters dropped (tab, newline and carriage return become a blank),
 * characters beyond ASCII as &#x...; and bytes that are not UTF-8 as
 * U+FFFD, so that any label gives well-formed XML.
 */
extern void sx_svg_text(SxBuf *b, const char *s, size_t len);

/*
 * Estimated width in pixels of the text at a font size, from the advance
 * widths of DejaVu Sans (wider than most sans-serif fonts, so boxes err on
 * the large side); bold adds a tenth.
 */
extern double sx_svg_text_width(const char *s, size_t len, double size,
								bool bold);

/*
 * The bytes of the longest prefix of s (whole characters) that fits in
 * max_width followed by an ellipsis; *cut is false when all of s fits
 * without one.
 */
extern size_t sx_svg_fit(const char *s, size_t len, double size, bool bold,
						 double max_width, bool *cut);

/* Escaped text cut to max_width with an ellipsis */
extern void sx_svg_text_fit(SxBuf *b, const char *s, size_t len,
							double size, bool bold, double max_width);

/*
 * Break text into at most max_lines lines of at most max_width, at
 * blanks where it can: start[k] and len[k] are the bytes of line k; the
 * last line is cut with an ellipsis (*cut) when the text does not fit.
 * Returns the number of lines (0 for an empty text).
 */
extern size_t sx_svg_wrap(const char *s, size_t len, double size,
						  double max_width, size_t max_lines, size_t *start,
						  size_t *line_len, bool *cut);

/*
 * Markup from a format: %s a C string written as is (markup, never
 * data), %d an int, %L an int64_t, %f a double with one decimal at most,
 * %g with three at most, %p a share 0..1 as a percentage with one
 * decimal at most, %t text given as (const char *, size_t) and escaped,
 * %% a percent sign.
 */
extern void sx_svg_printf(SxBuf *b, const char *fmt,...);

/*
 * <svg ...> with width, height and viewBox, a white background, and the
 * <title>; the caller writes <desc> next, then the drawing, then
 * sx_svg_end.
 */
extern void sx_svg_begin(SxBuf *b, double width, double height,
						 const char *title, size_t title_len);
extern void sx_svg_end(SxBuf *b);

/* Colours of series (lines, polygons), in order; they repeat after 8 */
#define SX_SVG_SERIES_COLOURS 8
extern const char *const sx_svg_series_colour[SX_SVG_SERIES_COLOURS];

/* A dash pattern for the k-th repetition of the colours ("" for the first) */
extern const char *sx_svg_series_dash(size_t series);

/* An axis-aligned box, for placing labels without overlaps */
typedef struct SxBox
{
	double		x0,
				y0,
				x1,
				y1;
} SxBox;

static inline bool
sx_box_overlap(const SxBox *a, const SxBox *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static inline bool
sx_box_inside(const SxBox *inner, const SxBox *outer)
{
	return inner->x0 >= outer->x0 && inner->x1 <= outer->x1 &&
		inner->y0 >= outer->y0 && inner->y1 <= outer->y1;
}

/*
 * Placing texts next to points so that nothing overlaps: the boxes of
 * what texts must not cover (points, names, texts placed before), and
 * the bounds texts must stay in.  Boxes from first_text on are texts,
 * which leader lines must not cross either.
 */
typedef struct SxPlacer
{
	SxBox	   *box;			/* room for every box the caller adds */
	size_t		nboxes;
	size_t		first_text;
	SxBox		bounds;
} SxPlacer;

typedef struct SxPlacement
{
	double		x,				/* where the text starts, at its baseline */
				y;
	char		anchor;			/* 's' start, 'm' middle, 'e' end */
	bool		leader;			/* drawn away from the point, with a line */
	double		lx0,
				ly0,
				lx1,
				ly1;
} SxPlacement;

/*
 * Place a text of width w at a font size next to the disc (cx, cy, r):
 * eight positions around it, then sixteen further out with a leader line
 * that crosses no text.  Box `own` (the disc's) is not an obstacle.  On
 * success the text's box is added to the placer.
 */
extern bool sx_place_text(SxPlacer *pl, double cx, double cy, double r,
						  size_t own, double w, double size,
						  SxPlacement *out);

/* The text-anchor of 's', 'm' or 'e' */
static inline const char *
sx_svg_anchor(char anchor)
{
	return anchor == 's' ? "start" : anchor == 'e' ? "end" : "middle";
}

/* A white rectangle under the drawing, so that no viewer shows it on black */
extern void sx_svg_background(SxBuf *b, double width, double height);

/*
 * The box of a line of text at baseline y: anchor 's' start, 'm' middle,
 * 'e' end at x.
 */
extern SxBox sx_svg_text_box(double x, double y, double width, double size,
							 char anchor);

#endif							/* SX_SVG_H */
