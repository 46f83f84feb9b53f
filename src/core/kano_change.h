/*
 * kano_change.h
 *		The statistics of change between Kano groups (core): the chi-square
 *		test of homogeneity of any number of groups, with the state that
 *		kano_homogeneity collects them in, and the drift between two groups
 *		(periods or segments) along A -> O -> M.
 */
#ifndef CORE_KANO_CHANGE_H
#define CORE_KANO_CHANGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kano_figures.h"
#include "sx_stats.h"

/*
 * The state of kano_homogeneity: the category counts of each group, in
 * the order they came, with the scheme they were counted under.  Unlike a
 * result it grows by a group per row, so it keeps room for more: groups
 * says how many it holds, the datum's length how many it has room for.
 * The order of its groups is the order rows and partial states arrived
 * in, which depends on the plan; the test sorts them first
 * (sx_kano_groups_sort), so its result does not.
 */
typedef struct SxKanoGroups
{
	int32_t		vl_len_;		/* varlena header, set by the fmgr layer */
	int32_t		flags;			/* reserved, always 0 */
	int64_t		groups;			/* groups held */
	uint8_t		scheme[SX_CELLS];	/* the scheme's categories, if has_scheme */
	uint8_t		has_scheme;		/* 0 until the first row */
	uint8_t		reserved[6];	/* always 0 */
	int64_t		tally[][SX_CATEGORIES];	/* per group, by SxCategory */
} SxKanoGroups;

#define SX_KANO_GROUPS_HEADER offsetof(SxKanoGroups, tally)
#define SX_KANO_GROUP_BYTES (8 * SX_CATEGORIES)
#define SX_KANO_GROUPS_SIZE(room) \
	(SX_KANO_GROUPS_HEADER + SX_KANO_GROUP_BYTES * (size_t) (room))

/* The most groups one test compares (480 MB of state) */
#define SX_KANO_GROUPS_MAX 10000000

/* Binary form: format byte, has_scheme, 25 cells, groups, 6 counts each */
#define SX_KANO_GROUPS_WIRE_HEADER (1 + 1 + SX_CELLS + 8)
#define SX_KANO_GROUPS_WIRE(groups) \
	(SX_KANO_GROUPS_WIRE_HEADER + SX_KANO_GROUP_BYTES * (size_t) (groups))

/* The empty state: no scheme, no groups */
extern void sx_kano_groups_init(SxKanoGroups *g);

/*
 * Consistent, in a datum with room for room groups: at most room groups
 * (and SX_KANO_GROUPS_MAX), reserved fields 0, a scheme of valid
 * categories once a row has been seen and none before, counts
 * non-negative and each group's adding up without overflow.
 */
extern bool sx_kano_groups_check(const SxKanoGroups *g, size_t room,
								 SxError *err);

/*
 * Whether a group counted under scheme can join g: false (22023) when g
 * holds groups counted under another scheme.  Sets g's scheme otherwise.
 */
extern bool sx_kano_groups_scheme(SxKanoGroups *g, const SxScheme *scheme,
								  SxError *err);

/* Append a group (g has room for it) */
extern void sx_kano_groups_add(SxKanoGroups *g, const SxKanoTally *t);

/*
 * Append every group of other (g has room for them); false (22023) when
 * the two were counted under different schemes.
 */
extern bool sx_kano_groups_append(SxKanoGroups *g, const SxKanoGroups *other,
								  SxError *err);

/*
 * Sort the groups by their counts, so that the sums of the test, which
 * floating point makes depend on their order, depend only on which
 * groups there are.
 */
extern void sx_kano_groups_sort(SxKanoGroups *g);

/*
 * Chi-square test of homogeneity of k groups (rows of 6 category counts)
 * x categories: groups without pairs and categories empty in every group
 * are left out.  False when fewer than two of either remain.  For two
 * groups it is exactly the test of kano_compare (sx_kano_compare).
 */
typedef struct SxHomogeneity
{
	double		statistic;
	int			df;
	double		p_value;
	int64_t		groups;			/* groups compared */
} SxHomogeneity;

extern bool sx_kano_chisq(const int64_t (*tally)[SX_CATEGORIES], int64_t k,
						  SxHomogeneity *h);

/*
 * "empty", or "scheme=<5 rows of 5 letters split by /> groups=<the M, O,
 * A, I, R, Q counts of each group, split by />".  Parsing measures first
 * (how many groups, bounded by SX_KANO_GROUPS_MAX), then fills a value
 * with room for exactly that many and checks it.
 */
extern bool sx_kano_groups_measure(const char *s, size_t len, size_t *groups,
								   SxError *err);
extern bool sx_kano_groups_parse(const char *s, size_t len, SxKanoGroups *g,
								 size_t groups, SxError *err);

/* Longest text sx_kano_groups_format writes, NUL included */
#define SX_KANO_GROUPS_TEXT_MAX(groups) (64 + 6 * 21 * (size_t) (groups))
extern void sx_kano_groups_format(const SxKanoGroups *g, char *buf);

/* The binary form: the groups a length holds, then encode and decode */
extern bool sx_kano_groups_wire_groups(size_t len, size_t *groups,
									   SxError *err);
extern void sx_kano_groups_encode(const SxKanoGroups *g, uint8_t *buf);
extern bool sx_kano_groups_decode(const uint8_t *buf, size_t len,
								  SxKanoGroups *g, size_t groups, SxError *err);

/* Verdicts of the drift, in the order of their SQL texts */
typedef enum SxDriftVerdict
{
	SX_DRIFT_UNKNOWN = -1,		/* a group has no A, O, M or I pair */
	SX_DRIFT_NONE = 0,			/* "no significant change" */
	SX_DRIFT_TOWARD_MUST_BE = 1,	/* "toward must-be" */
	SX_DRIFT_TOWARD_ATTRACTIVE = 2	/* "toward attractive" */
} SxDriftVerdict;

extern const char *sx_drift_verdict_text(int verdict);

/*
 * The drift from before to after.  Shares are of D = A + O + M + I, as
 * Better and Worse are (Q and R say nothing about the A -> O -> M life
 * cycle); the change is that of the net share (A - M) / D, after minus
 * before, with the adjusted-Wald interval of a net score of each group
 * (Rocks 2016; A and M are a trinomial's two outer cells, as promoters and
 * detractors are) and the variances added.  Toward attractive when the
 * interval lies above 0 and the change exceeds the threshold, toward
 * must-be when it lies below 0 and the change is below minus the
 * threshold, otherwise no significant change.
 */
typedef struct SxKanoDrift
{
	int			before;			/* dominant category (mode), -1 empty */
	int			after;
	double		a_before, o_before, m_before;	/* NaN when D = 0 */
	double		a_after, o_after, m_after;
	SxDifference change;		/* NaN when a D is 0 */
	double		p_value;		/* kano_compare of the two; NaN if none */
	int			verdict;		/* SxDriftVerdict */
} SxKanoDrift;

extern void sx_kano_drift(const SxKanoTally *before, const SxKanoTally *after,
						  double z, double threshold, SxKanoDrift *d);

#endif							/* CORE_KANO_CHANGE_H */
