/*
 * kano_change.c
 *		The statistics of change between Kano groups (core; see
 *		kano_change.h).
 */
#include "kano_change.h"

#include <math.h>
#include <stdio.h>				/* sprintf of the text form */
#include <stdlib.h>				/* qsort */
#include <string.h>

#include "sx_result.h"

static const char invalid[] = "invalid kano_homogeneity_state value";

void
sx_kano_groups_init(SxKanoGroups *g)
{
	memset((char *) g + sizeof(int32_t), 0,
		   SX_KANO_GROUPS_HEADER - sizeof(int32_t));
}

bool
sx_kano_groups_check(const SxKanoGroups *g, size_t room, SxError *err)
{
	bool		reserved = g->flags == 0 && g->has_scheme <= 1;

	for (int i = 0; i < 6; i++)
		reserved = reserved && g->reserved[i] == 0;
	if (!reserved)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved fields are not 0.");
	if (g->groups < 0 || (uint64_t) g->groups > room ||
		g->groups > SX_KANO_GROUPS_MAX || (!g->has_scheme && g->groups > 0))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "%lld groups, with room for %zu (at most %d), %s.",
					   (long long) g->groups, room, SX_KANO_GROUPS_MAX,
					   g->has_scheme ? "with a scheme" : "without a scheme");
	for (int i = 0; i < SX_CELLS; i++)
	{
		if (g->has_scheme ? !sx_kano_category_valid(g->scheme[i]) : g->scheme[i] != 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "Cell %d of the scheme is not a category.", i + 1);
	}
	for (int64_t k = 0; k < g->groups; k++)
	{
		int64_t		n;

		if (!sx_counts_check(g->tally[k], SX_CATEGORIES, invalid,
							 "category counts of a group", &n, err))
			return false;
	}
	return true;
}

bool
sx_kano_groups_scheme(SxKanoGroups *g, const SxScheme *scheme, SxError *err)
{
	if (!g->has_scheme)
	{
		memcpy(g->scheme, scheme->cell, SX_CELLS);
		g->has_scheme = 1;
		return true;
	}
	if (memcmp(g->scheme, scheme->cell, SX_CELLS) == 0)
		return true;
	return sx_fail(err, SX_ERR_PARAMETER, false,
				   "kano_homogeneity needs the same scheme on every row",
				   "Compare groups under one evaluation scheme at a time.",
				   NULL);
}

void
sx_kano_groups_add(SxKanoGroups *g, const SxKanoTally *t)
{
	memcpy(g->tally[g->groups], t->cat, SX_KANO_GROUP_BYTES);
	g->groups++;
}

bool
sx_kano_groups_append(SxKanoGroups *g, const SxKanoGroups *other, SxError *err)
{
	SxScheme	scheme;

	if (!other->has_scheme)
		return true;
	memcpy(scheme.cell, other->scheme, SX_CELLS);
	if (!sx_kano_groups_scheme(g, &scheme, err))
		return false;
	memcpy(g->tally[g->groups], other->tally,
		   SX_KANO_GROUP_BYTES * (size_t) other->groups);
	g->groups += other->groups;
	return true;
}

static int
kano_group_order(const void *a, const void *b)
{
	const int64_t *x = a;
	const int64_t *y = b;

	for (int c = 0; c < SX_CATEGORIES; c++)
	{
		if (x[c] != y[c])
			return x[c] < y[c] ? -1 : 1;
	}
	return 0;
}

void
sx_kano_groups_sort(SxKanoGroups *g)
{
	qsort(g->tally, (size_t) g->groups, SX_KANO_GROUP_BYTES, kano_group_order);
}

/*
 * The sum over categories, each the sum over groups of (O - E)^2 / E with
 * E = column total * group total / total: with two groups the very
 * operations of kano_compare, in the same order (the two terms of a
 * category added, then the category to the statistic).
 */
bool
sx_kano_chisq(const int64_t (*tally)[SX_CATEGORIES], int64_t k,
			  SxHomogeneity *h)
{
	double		col[SX_CATEGORIES] = {0};
	double		total = 0;
	int			categories = 0;

	h->groups = 0;
	h->statistic = 0;
	for (int64_t g = 0; g < k; g++)
	{
		int64_t		n = 0;

		for (int c = 0; c < SX_CATEGORIES; c++)
			n += tally[g][c];
		if (n == 0)
			continue;
		h->groups++;
		total += (double) n;
		for (int c = 0; c < SX_CATEGORIES; c++)
			col[c] += (double) tally[g][c];
	}
	for (int c = 0; c < SX_CATEGORIES; c++)
		categories += col[c] > 0;
	if (h->groups < 2 || categories < 2)
		return false;
	for (int c = 0; c < SX_CATEGORIES; c++)
	{
		double		sum = 0;

		if (col[c] == 0)
			continue;
		for (int64_t g = 0; g < k; g++)
		{
			int64_t		n = 0;
			double		e;

			for (int j = 0; j < SX_CATEGORIES; j++)
				n += tally[g][j];
			if (n == 0)
				continue;
			e = col[c] * n / total;
			sum += (tally[g][c] - e) * (tally[g][c] - e) / e;
		}
		h->statistic += sum;
	}
	h->df = (int) ((h->groups - 1) * (categories - 1));
	h->p_value = sx_chisq_upper(h->statistic, h->df);
	return true;
}

/* ---- text form ---- */

static bool
kano_groups_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type kano_homogeneity_state",
				   "The text form is \"scheme=<5 rows of 5 letters split by /> "
				   "groups=<M,O,A,I,R,Q counts of each group split by />\", or \"empty\".",
				   NULL);
}

/* Five rows of five category letters */
static bool
kano_groups_read_scheme(SxCursor *c, uint8_t *cells)
{
	for (int i = 0; i < SX_CELLS; i++)
	{
		int			cat;
		SxError		ignored;

		if (i > 0 && i % SX_ANSWERS == 0 && !sx_accept(c, "/"))
			return false;
		if (c->p >= c->end || !sx_kano_category_parse(c->p, 1, &cat, &ignored))
			return false;
		cells[i] = (uint8_t) cat;
		c->p++;
	}
	return true;
}

/* Both passes: g NULL counts the groups into *groups, else fills them */
static bool
kano_groups_read(const char *s, size_t len, SxKanoGroups *g, size_t room,
				 size_t *groups, SxError *err)
{
	SxCursor	c = {s, s + len};
	uint8_t		cells[SX_CELLS];
	int64_t		counts[SX_CATEGORIES];
	const char *before;

	*groups = 0;
	if (g)
		sx_kano_groups_init(g);
	if (sx_is_empty_text(s, len))
		return true;
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "scheme=") || !kano_groups_read_scheme(&c, cells))
		return kano_groups_syntax(err);
	before = c.p;
	sx_skip_blanks(&c);
	if (c.p == before || !sx_accept(&c, "groups="))
		return kano_groups_syntax(err);
	while (c.p < c.end && !sx_is_blank(*c.p))
	{
		if ((*groups > 0 && !sx_accept(&c, "/")) ||
			!sx_read_counts(&c, counts, SX_CATEGORIES, 0, ','))
			return kano_groups_syntax(err);
		if (*groups >= SX_KANO_GROUPS_MAX)
			return sx_fail(err, SX_ERR_RANGE, false, invalid, NULL,
						   "More than %d groups.", SX_KANO_GROUPS_MAX);
		if (g && *groups < room)
			memcpy(g->tally[*groups], counts, sizeof(counts));
		(*groups)++;
	}
	if (!sx_at_end(&c))
		return kano_groups_syntax(err);
	if (g)
	{
		memcpy(g->scheme, cells, SX_CELLS);
		g->has_scheme = 1;
		g->groups = (int64_t) *groups;
	}
	return true;
}

bool
sx_kano_groups_measure(const char *s, size_t len, size_t *groups, SxError *err)
{
	return kano_groups_read(s, len, NULL, 0, groups, err);
}

bool
sx_kano_groups_parse(const char *s, size_t len, SxKanoGroups *g, size_t groups,
					 SxError *err)
{
	size_t		found;

	if (!kano_groups_read(s, len, g, groups, &found, err))
		return false;
	return sx_kano_groups_check(g, groups, err);
}

void
sx_kano_groups_format(const SxKanoGroups *g, char *buf)
{
	char	   *p = buf;

	if (!g->has_scheme)
	{
		strcpy(buf, SX_EMPTY_TEXT);
		return;
	}
	p += sprintf(p, "scheme=");
	for (int i = 0; i < SX_CELLS; i++)
		p += sprintf(p, "%s%s", i > 0 && i % SX_ANSWERS == 0 ? "/" : "",
					 sx_kano_category_letter(g->scheme[i]));
	p += sprintf(p, " groups=");
	for (int64_t k = 0; k < g->groups; k++)
	{
		for (int cat = 0; cat < SX_CATEGORIES; cat++)
			p += sprintf(p, "%s%lld", cat > 0 ? "," : (k > 0 ? "/" : ""),
						 (long long) g->tally[k][cat]);
	}
}

/* ---- binary form: the groups held, not the room ---- */

bool
sx_kano_groups_wire_groups(size_t len, size_t *groups, SxError *err)
{
	if (len < SX_KANO_GROUPS_WIRE_HEADER ||
		(len - SX_KANO_GROUPS_WIRE_HEADER) % SX_KANO_GROUP_BYTES != 0 ||
		(len - SX_KANO_GROUPS_WIRE_HEADER) / SX_KANO_GROUP_BYTES > SX_KANO_GROUPS_MAX)
		return sx_fail(err, SX_ERR_BINARY, false,
					   "invalid binary kano_homogeneity_state value", NULL,
					   "Expected %d bytes and whole groups of %d (at most %d), got %zu bytes.",
					   SX_KANO_GROUPS_WIRE_HEADER, SX_KANO_GROUP_BYTES,
					   SX_KANO_GROUPS_MAX, len);
	*groups = (len - SX_KANO_GROUPS_WIRE_HEADER) / SX_KANO_GROUP_BYTES;
	return true;
}

void
sx_kano_groups_encode(const SxKanoGroups *g, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	*p++ = g->has_scheme;
	memcpy(p, g->scheme, SX_CELLS);
	p += SX_CELLS;
	sx_put64(&p, (uint64_t) g->groups);
	for (int64_t k = 0; k < g->groups; k++)
	{
		for (int cat = 0; cat < SX_CATEGORIES; cat++)
			sx_put64(&p, (uint64_t) g->tally[k][cat]);
	}
}

bool
sx_kano_groups_decode(const uint8_t *buf, size_t len, SxKanoGroups *g,
					  size_t groups, SxError *err)
{
	const uint8_t *p = buf + 2 + SX_CELLS;

	if (!sx_wire_check(buf, len, SX_KANO_GROUPS_WIRE(groups),
					   "invalid binary kano_homogeneity_state value", err))
		return false;
	sx_kano_groups_init(g);
	g->has_scheme = buf[1];
	memcpy(g->scheme, buf + 2, SX_CELLS);
	g->groups = (int64_t) sx_get64(&p);
	if ((uint64_t) g->groups != groups)
		return sx_fail(err, SX_ERR_BINARY, false,
					   "invalid binary kano_homogeneity_state value", NULL,
					   "It says %lld groups and holds %zu.",
					   (long long) g->groups, groups);
	for (size_t k = 0; k < groups; k++)
	{
		for (int cat = 0; cat < SX_CATEGORIES; cat++)
			g->tally[k][cat] = (int64_t) sx_get64(&p);
	}
	return sx_kano_groups_check(g, groups, err);
}

/* ---- drift ---- */

const char *
sx_drift_verdict_text(int verdict)
{
	switch (verdict)
	{
		case SX_DRIFT_NONE:
			return "no significant change";
		case SX_DRIFT_TOWARD_MUST_BE:
			return "toward must-be";
		case SX_DRIFT_TOWARD_ATTRACTIVE:
			return "toward attractive";
	}
	return NULL;
}

/* A, O and M as shares of D, NaN without D */
static void
kano_drift_shares(const SxKanoTally *t, double *a, double *o, double *m)
{
	double		d = (double) sx_kano_tally_d(t);

	*a = d > 0 ? t->cat[SX_CAT_A] / d : NAN;
	*o = d > 0 ? t->cat[SX_CAT_O] / d : NAN;
	*m = d > 0 ? t->cat[SX_CAT_M] / d : NAN;
}

void
sx_kano_drift(const SxKanoTally *before, const SxKanoTally *after, double z,
			  double threshold, SxKanoDrift *d)
{
	double		d1 = (double) sx_kano_tally_d(before);
	double		d2 = (double) sx_kano_tally_d(after);

	d->before = sx_kano_dominant(before, SX_RULE_MODE);
	d->after = sx_kano_dominant(after, SX_RULE_MODE);
	kano_drift_shares(before, &d->a_before, &d->o_before, &d->m_before);
	kano_drift_shares(after, &d->a_after, &d->o_after, &d->m_after);
	d->p_value = sx_kano_compare(before, after);
	d->change.estimate = d->change.low = d->change.high = NAN;
	d->verdict = SX_DRIFT_UNKNOWN;
	if (d1 == 0 || d2 == 0)
		return;
	sx_net_difference((double) before->cat[SX_CAT_A], (double) before->cat[SX_CAT_M], d1,
					  (double) after->cat[SX_CAT_A], (double) after->cat[SX_CAT_M], d2,
					  z, &d->change);
	if (d->change.low > 0 && d->change.estimate > threshold)
		d->verdict = SX_DRIFT_TOWARD_ATTRACTIVE;
	else if (d->change.high < 0 && d->change.estimate < -threshold)
		d->verdict = SX_DRIFT_TOWARD_MUST_BE;
	else
		d->verdict = SX_DRIFT_NONE;
}
