/*
 * pyramid_result.c
 *		pyramid_result (core): checks, text and binary forms, figures.
 */
#include "pyramid_result.h"

#include "sx_result.h"

#include <stdio.h>

static const char PYRAMID_RESULT_INVALID[] = "invalid pyramid_result value";

bool
sx_pyramid_result_check(const SxPyramidResult *r, SxError *err)
{
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, PYRAMID_RESULT_INVALID,
					   NULL, "Reserved flags are %d, not 0.", (int) r->flags);
	if (!sx_counts_check(r->levels, SX_LEVELS, PYRAMID_RESULT_INVALID,
						 "level counts", &n, err))
		return false;
	if (r->unfounded < 0 || r->unfounded > r->levels[0] + r->levels[1])
		return sx_fail(err, SX_ERR_PARAMETER, false, PYRAMID_RESULT_INVALID,
					   NULL,
					   "Delight without foundation counts %lld, outside 0..%lld "
					   "(the observations below level 2).",
					   (long long) r->unfounded,
					   (long long) (r->levels[0] + r->levels[1]));
	return true;
}

static bool
pyramid_result_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type pyramid_result",
				   "The text form is \"levels=<5 counts, level 0..4> "
				   "unfounded=<count>\".",
				   "Counts are unsigned integers up to %lld.",
				   (long long) INT64_MAX);
}

bool
sx_pyramid_result_parse(const char *s, size_t len, SxPyramidResult *r,
						SxError *err)
{
	SxCursor	c = {s, s + len};

	r->flags = 0;
	if (sx_is_empty_text(s, len))
	{
		for (int k = 0; k < SX_LEVELS; k++)
			r->levels[k] = 0;
		r->unfounded = 0;
		return true;
	}
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "levels=") ||
		!sx_read_counts(&c, r->levels, SX_LEVELS, 0, ','))
		return pyramid_result_syntax(err);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "unfounded=") || !sx_read_count(&c, &r->unfounded))
		return pyramid_result_syntax(err);
	if (!sx_at_end(&c))
		return pyramid_result_syntax(err);
	return sx_pyramid_result_check(r, err);
}

void
sx_pyramid_result_encode(const SxPyramidResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_LEVELS; i++)
		sx_put64(&p, (uint64_t) r->levels[i]);
	sx_put64(&p, (uint64_t) r->unfounded);
}

bool
sx_pyramid_result_decode(const uint8_t *buf, size_t len, SxPyramidResult *r,
						 SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, SX_PYRAMID_RESULT_WIRE,
					   "invalid binary pyramid_result value", err))
		return false;
	r->flags = 0;
	for (int i = 0; i < SX_LEVELS; i++)
		r->levels[i] = (int64_t) sx_get64(&p);
	r->unfounded = (int64_t) sx_get64(&p);
	return sx_pyramid_result_check(r, err);
}

int64_t
sx_pyramid_result_n(const SxPyramidResult *r)
{
	int64_t		n = 0;

	(void) sx_sum_counts(r->levels, SX_LEVELS, &n);
	return n;
}

double
sx_pyramid_share(const SxPyramidResult *r, int k, int64_t n)
{
	int64_t		above = 0;

	for (int j = k; j < SX_LEVELS; j++)
		above += r->levels[j];
	return (double) above / (double) n;
}

int
sx_pyramid_attained(const SxPyramidResult *r, const double t[SX_THRESHOLDS],
					int64_t n)
{
	int			k = 0;

	while (k < SX_LEVEL_TOP && sx_pyramid_share(r, k + 1, n) >= t[k])
		k++;
	return k;
}

bool
sx_pyramid_result_subtract(SxPyramidResult *from, const SxPyramidResult *part,
						   SxError *err)
{
	if (!sx_sub_counts(from->levels, part->levels, SX_LEVELS) ||
		!sx_sub_counts(&from->unfounded, &part->unfounded, 1))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "cannot subtract a pyramid_result that is not part of the other",
					   NULL, "Some count of the second is larger than the first's.");
	return sx_pyramid_result_check(from, err);
}

/* What the share at level k >= 1 counts, for a group's label */
static const char *const level_share_words[SX_LEVELS] = {
	NULL, "of promises kept", "with issues handled well", "felt valued",
	"surprised"
};

/*
 * The share at level k >= 1 in percent, rounded down to a tenth, exactly
 * (from the counts): a share short of its threshold never reads as the
 * threshold itself, as 89.97 % would rounded to 90.0 %.
 */
static double
share_tenths_down(const SxPyramidResult *r, int k, int64_t n)
{
	__int128	above = 0;

	for (int j = k; j < SX_LEVELS; j++)
		above += r->levels[j];
	return (double) (int64_t) (above * 1000 / n) / 10.0;
}

void
sx_pyramid_group_label(const SxPyramidResult *r, const double t[SX_THRESHOLDS],
					   int64_t n, char *buf)
{
	int			k = sx_pyramid_attained(r, t, n);

	if (k == SX_LEVEL_NOT_KEPT)
		snprintf(buf, SX_PYRAMID_LABEL_MAX,
				 "below level 1: %.1f %% %s, %.4g %% needed",
				 share_tenths_down(r, 1, n), level_share_words[1], 100.0 * t[0]);
	else if (k == SX_LEVEL_TOP)
		snprintf(buf, SX_PYRAMID_LABEL_MAX, "level %d (%s)", k,
				 sx_pyramid_level_name(k));
	else
		snprintf(buf, SX_PYRAMID_LABEL_MAX,
				 "level %d (%s): %.1f %% %s, %.4g %% needed for level %d", k,
				 sx_pyramid_level_name(k), share_tenths_down(r, k + 1, n),
				 level_share_words[k + 1], 100.0 * t[k], k + 1);
}
