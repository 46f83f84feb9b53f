/*
 * kano_chart_layout.h
 *		The Better-Worse diagram's geometry and layout, shared by the two
 *		files that draw it (kano_chart.c: points, labels, plot;
 *		kano_chart_legend.c: description, legend, lists).  Private to
 *		them: nothing else includes this header.
 */
#ifndef CORE_KANO_CHART_LAYOUT_H
#define CORE_KANO_CHART_LAYOUT_H

#include "kano_chart.h"
#include "sx_svg.h"

#define WIDTH 820.0
#define PLOT_X 72.0
#define PLOT_Y 64.0
#define PLOT 520.0
#define PANEL_X (PLOT_X + PLOT + 28.0)
#define PANEL_W (WIDTH - PANEL_X - 8.0)
#define LABEL_SIZE 11.0
#define NUMBER_SIZE 10.0
#define LABEL_MAX_WIDTH 150.0
/* labels tried, largest points first: beyond, placement costs too much */
#define LABELS_TRIED 400
#define LIST_COLUMNS 4
#define LIST_COLUMN ((WIDTH - 32.0) / LIST_COLUMNS)
#define LIST_ROW 15.0

/* Colours of the points, by category rank (M, O, A, I, R, Q) */
extern const char *const sx_kano_point_colour[SX_CATEGORIES];

enum
{
	MARK_NONE, MARK_LABEL, MARK_NUMBER
};

typedef struct PointLayout
{
	int			category;		/* dominant (mode); -1: not plotted */
	int			quadrant;
	double		better,
				better_lo,
				better_hi;
	double		worse,			/* |Worse| and its interval */
				worse_lo,
				worse_hi;
	double		cx,
				cy,
				r;
	int			mark;
	int			number;
	SxPlacement place;
	size_t		text_bytes;		/* of the label, as drawn */
	bool		cut;
} PointLayout;

typedef struct OrderEntry
{
	int64_t		n;
	size_t		index;
} OrderEntry;

typedef struct QuadrantName
{
	const char *text;
	size_t		len;
	double		x,
				y;
	char		anchor;
} QuadrantName;

typedef struct KanoLayout
{
	PointLayout *pt;
	OrderEntry *order;			/* plotted points, largest first */
	size_t		nplotted;
	size_t		nnodata;
	size_t		nnumbered;
	size_t		nunlabelled;
	SxPlacer	placer;			/* points, quadrant names, labels */
	int64_t		nmax;
	double		rmax;
	QuadrantName quad[4];		/* A, O, M, I */
	bool		present[SX_CATEGORIES];
	double		list_y;
	double		nodata_y;
	double		note_y;
	double		height;
} KanoLayout;

/* Parts of the document written by kano_chart_legend.c */
extern void sx_kano_chart_point_words(SxBuf *b, const SxKanoChartPoint *pt,
									  const PointLayout *p);
extern void sx_kano_chart_write_desc(SxBuf *b, const SxKanoChart *c,
									 const KanoLayout *l);
extern void sx_kano_chart_write_panel(SxBuf *b, const SxKanoChart *c,
									  const KanoLayout *l);
extern void sx_kano_chart_write_list(SxBuf *b, const SxKanoChart *c,
									 const KanoLayout *l, double y,
									 size_t count, bool numbered);

#endif							/* CORE_KANO_CHART_LAYOUT_H */
