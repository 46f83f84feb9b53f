/*
 * experience_result.c
 *		experience_result (core): checks, text and binary forms, merging.
 */
#include "experience_result.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "leverage.h"
#include "sx_result.h"
#include "sx_wide.h"

static const char EXPERIENCE_INVALID[] = "invalid experience_result value";

/* The counts of the layout, from levels to scale_n, as one array */
static inline int64_t *
counts_of(SxExperienceResult *r)
{
	return r->levels;
}

static inline const int64_t *
const_counts_of(const SxExperienceResult *r)
{
	return r->levels;
}

void
sx_experience_result_init(SxExperienceResult *r)
{
	r->flags = 0;
	memset(counts_of(r), 0, SX_EXPERIENCE_COUNTS * sizeof(int64_t));
	memset(r->scale_sum, 0, sizeof(r->scale_sum));
}

/* An answer array: counts non-negative, their total at most n */
static bool
answers_check(const int64_t *c, int bins, int64_t n, const char *what,
			  SxError *err)
{
	int64_t		total;

	if (!sx_counts_check(c, bins, EXPERIENCE_INVALID, what, &total, err))
		return false;
	if (total > n)
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "There are %lld %s for %lld observations.",
					   (long long) total, what, (long long) n);
	return true;
}

/* A level sum of values 1..6: count at most n, sum within [count, 6 count] */
static bool
level_sum_check(int64_t count, int64_t sum, int64_t n, const char *what,
				SxError *err)
{
	/* count <= n, so 6 count fits in 128 bits whatever n is */
	if (count < 0 || count > n || sum < count ||
		(sx_int128) sum > (sx_int128) count * (sx_int128) SX_LEVEL_MAX)
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "%s counts %lld values summing to %lld: a count of at "
					   "most %lld observations, levels 1..6.", what,
					   (long long) count, (long long) sum, (long long) n);
	return true;
}

/* A yes/no figure: known count at most n, yes count at most known */
static bool
share_check(int64_t known, int64_t yes, int64_t n, const char *what, SxError *err)
{
	if (known < 0 || known > n || yes < 0 || yes > known)
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "The %s counts %lld of %lld known are not within %lld "
					   "observations.", what, (long long) yes, (long long) known,
					   (long long) n);
	return true;
}

bool
sx_experience_result_check(const SxExperienceResult *r, SxError *err)
{
	int64_t		n;
	sx_int128	sum = sx_int128_load(r->scale_sum);
	sx_uint128	mag = sum < 0 ? -(sx_uint128) sum : (sx_uint128) sum;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	if (!sx_counts_check(r->levels, SX_LEVELS, EXPERIENCE_INVALID,
						 "level counts", &n, err))
		return false;
	if (r->unfounded < 0 || r->unfounded > r->levels[0] + r->levels[1])
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "Delight without foundation counts %lld, outside 0..%lld "
					   "(the observations below level 2).",
					   (long long) r->unfounded,
					   (long long) (r->levels[0] + r->levels[1]));
	if (!answers_check(r->nps, SX_NPS_ANSWERS, n, "NPS answers", err) ||
		!answers_check(r->csat, SX_CSAT_MAX, n, "CSAT answers", err) ||
		!answers_check(r->ces, SX_CES_MAX, n, "CES answers", err) ||
		!level_sum_check(r->centricity_n, r->centricity_sum, n, "centricity", err) ||
		!level_sum_check(r->participation_n, r->participation_sum, n,
						 "participation", err) ||
		!share_check(r->complaint_n, r->complaints, n, "complaint", err) ||
		!share_check(r->fcr_n, r->fcr, n, "first-contact resolution", err))
		return false;
	if (r->scale_n < 0 || r->scale_n > n ||
		mag > (sx_uint128) r->scale_n * (sx_uint128) SX_SCALE_UNITS_MAX ||
		(r->scale_n == 0 && mag != 0))
		return sx_fail(err, SX_ERR_PARAMETER, false, EXPERIENCE_INVALID, NULL,
					   "%lld data scale values cannot have that sum (each is "
					   "at most 1e12 in size; there are %lld observations).",
					   (long long) r->scale_n, (long long) n);
	return true;
}

static bool
experience_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type experience_result",
				   "The text form is \"levels=<5 counts> unfounded=<count> "
				   "nps=<11 counts> csat=<5 counts> ces=<7 counts> "
				   "centricity=<count>,<sum> participation=<count>,<sum> "
				   "complaints=<count>,<yes> fcr=<count>,<yes> "
				   "data_scale=<count>,<sum>\".",
				   "Counts are unsigned integers up to %lld; the data scale "
				   "sum is a decimal number.", (long long) INT64_MAX);
}

/* One section "name=" followed by n counts */
static bool
read_section(SxCursor *c, const char *name, int64_t *out, int n)
{
	sx_skip_blanks(c);
	return sx_accept(c, name) && sx_read_counts(c, out, n, 0, ',');
}

bool
sx_experience_result_parse(const char *s, size_t len, SxExperienceResult *r,
						   SxError *err)
{
	SxCursor	c = {s, s + len};
	const char *sum;
	SxU256		v;
	bool		negative;
	bool		inexact;
	sx_uint128	mag;

	sx_experience_result_init(r);
	if (sx_is_empty_text(s, len))
		return true;
	if (!read_section(&c, "levels=", r->levels, SX_LEVELS) ||
		!read_section(&c, "unfounded=", &r->unfounded, 1) ||
		!read_section(&c, "nps=", r->nps, SX_NPS_ANSWERS) ||
		!read_section(&c, "csat=", r->csat, SX_CSAT_MAX) ||
		!read_section(&c, "ces=", r->ces, SX_CES_MAX) ||
		!read_section(&c, "centricity=", &r->centricity_n, 2) ||
		!read_section(&c, "participation=", &r->participation_n, 2) ||
		!read_section(&c, "complaints=", &r->complaint_n, 2) ||
		!read_section(&c, "fcr=", &r->fcr_n, 2) ||
		!read_section(&c, "data_scale=", &r->scale_n, 1) || !sx_accept(&c, ","))
		return experience_syntax(err);
	sum = c.p;
	while (c.p < c.end && !sx_is_blank(*c.p))
		c.p++;
	if (sx_u256_parse_decimal(sum, (size_t) (c.p - sum), SX_SCALE_DIGITS, &v,
							  &negative, &inexact) != SX_DECIMAL_OK ||
		inexact || v.w[2] || v.w[3] || (v.w[1] >> 63) || !sx_at_end(&c))
		return experience_syntax(err);
	mag = ((sx_uint128) v.w[1] << 64) | v.w[0];
	sx_int128_store(r->scale_sum, negative ? -(sx_int128) mag : (sx_int128) mag);
	return sx_experience_result_check(r, err);
}

/* "name=c,c,...,c" into p; returns the end */
static char *
write_section(char *p, const char *name, const int64_t *c, int n)
{
	p += sprintf(p, " %s=", name);
	for (int i = 0; i < n; i++)
		p += sprintf(p, i ? ",%lld" : "%lld", (long long) c[i]);
	return p;
}

void
sx_experience_result_format(const SxExperienceResult *r, char *buf)
{
	sx_int128	sum = sx_int128_load(r->scale_sum);
	sx_uint128	mag = sum < 0 ? -(sx_uint128) sum : (sx_uint128) sum;
	SxU256		u = {{(uint64_t) mag, (uint64_t) (mag >> 64), 0, 0}};
	char	   *p = buf;

	p = write_section(p, "levels", r->levels, SX_LEVELS);
	p = write_section(p, "unfounded", &r->unfounded, 1);
	p = write_section(p, "nps", r->nps, SX_NPS_ANSWERS);
	p = write_section(p, "csat", r->csat, SX_CSAT_MAX);
	p = write_section(p, "ces", r->ces, SX_CES_MAX);
	p = write_section(p, "centricity", &r->centricity_n, 2);
	p = write_section(p, "participation", &r->participation_n, 2);
	p = write_section(p, "complaints", &r->complaint_n, 2);
	p = write_section(p, "fcr", &r->fcr_n, 2);
	p = write_section(p, "data_scale", &r->scale_n, 1);
	*p++ = ',';
	if (sum < 0)
		*p++ = '-';
	(void) sx_u256_text(&u, SX_SCALE_DIGITS, p);
	memmove(buf, buf + 1, strlen(buf));	/* the leading blank */
}

void
sx_experience_result_encode(const SxExperienceResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;
	const int64_t *c = const_counts_of(r);

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_EXPERIENCE_COUNTS; i++)
		sx_put64(&p, (uint64_t) c[i]);
	sx_put64(&p, r->scale_sum[1]);
	sx_put64(&p, r->scale_sum[0]);
}

bool
sx_experience_result_decode(const uint8_t *buf, size_t len,
							SxExperienceResult *r, SxError *err)
{
	const uint8_t *p = buf + 1;
	int64_t    *c = counts_of(r);

	if (!sx_wire_check(buf, len, SX_EXPERIENCE_RESULT_WIRE,
					   "invalid binary experience_result value", err))
		return false;
	r->flags = 0;
	for (int i = 0; i < SX_EXPERIENCE_COUNTS; i++)
		c[i] = (int64_t) sx_get64(&p);
	r->scale_sum[1] = sx_get64(&p);
	r->scale_sum[0] = sx_get64(&p);
	return sx_experience_result_check(r, err);
}

size_t
sx_experience_result_pack(const SxExperienceResult *r, uint8_t *body)
{
	uint8_t    *p = body;
	const int64_t *c = const_counts_of(r);
	sx_int128	sum = sx_int128_load(r->scale_sum);
	/* zigzag: 0, -1, 1, -2, ... as 0, 1, 2, 3, ... */
	sx_uint128	z = ((sx_uint128) sum << 1) ^ (sx_uint128) (sum >> 127);

	*p++ = SX_EXPERIENCE_PACKED;
	for (int i = 0; i < SX_EXPERIENCE_COUNTS; i++)
		sx_put_varint(&p, (uint64_t) c[i]);
	sx_put_varint(&p, (uint64_t) z);
	sx_put_varint(&p, (uint64_t) (z >> 64));
	return (size_t) (p - body);
}

bool
sx_experience_result_unpack(const uint8_t *body, size_t len, SxExperienceResult *r,
							SxError *err)
{
	const uint8_t *p = body + 1;
	const uint8_t *end = body + len;
	int64_t    *c = counts_of(r);
	uint64_t	low;
	uint64_t	high;
	sx_uint128	z;

	sx_experience_result_init(r);
	if (!sx_experience_result_is_packed(body, len))
		return sx_fail(err, SX_ERR_BINARY, false, EXPERIENCE_INVALID, NULL,
					   "The stored form starts with %d, not %d.",
					   len > 0 ? (int) body[0] : -1, SX_EXPERIENCE_PACKED);
	for (int i = 0; i < SX_EXPERIENCE_COUNTS; i++)
	{
		uint64_t	v;

		if (!sx_get_varint(&p, end, 63, &v))
			return sx_fail(err, SX_ERR_BINARY, false, EXPERIENCE_INVALID, NULL,
						   "Count %d of the stored form is cut off or too long.", i + 1);
		c[i] = (int64_t) v;
	}
	if (!sx_get_varint(&p, end, 64, &low) || !sx_get_varint(&p, end, 64, &high) ||
		p != end)
		return sx_fail(err, SX_ERR_BINARY, false, EXPERIENCE_INVALID, NULL,
					   "The data scale sum of the stored form is cut off, too long, "
					   "or followed by %d bytes.", (int) (end - p));
	z = ((sx_uint128) high << 64) | low;
	sx_int128_store(r->scale_sum, (sx_int128) (z >> 1) ^ -(sx_int128) (z & 1));
	return sx_experience_result_check(r, err);
}

bool
sx_experience_result_add(SxExperienceResult *into,
						 const SxExperienceResult *other, SxError *err)
{
	sx_int128	sum = sx_int128_load(into->scale_sum);
	int64_t		n;

	if (!sx_add_counts(counts_of(into), const_counts_of(other), SX_EXPERIENCE_COUNTS) ||
		!sx_sum_counts(into->levels, SX_LEVELS, &n) ||
		__builtin_add_overflow(sum, sx_int128_load(other->scale_sum), &sum))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "experience_result counts out of range", NULL,
					   "Merging would count more than %lld observations.",
					   (long long) INT64_MAX);
	sx_int128_store(into->scale_sum, sum);
	return true;
}

bool
sx_experience_result_subtract(SxExperienceResult *from,
							  const SxExperienceResult *part, SxError *err)
{
	sx_int128	sum = sx_int128_load(from->scale_sum);

	if (!sx_sub_counts(counts_of(from), const_counts_of(part), SX_EXPERIENCE_COUNTS))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "cannot subtract an experience_result that is not part of the other",
					   NULL, "Some count of the second is larger than the first's.");
	sx_int128_store(from->scale_sum, sum - sx_int128_load(part->scale_sum));
	return sx_experience_result_check(from, err);
}

bool
sx_experience_scale_units(double x, int64_t *units, SxError *err)
{
	if (!(isfinite(x) && fabs(x) <= SX_SCALE_MAX))
		return sx_fail(err, SX_ERR_RANGE, false, "data scale is out of range",
					   "The data scale is kept exactly, in millionths, for "
					   "values between -1e12 and 1e12.", NULL);
	*units = (int64_t) round(x * SX_SCALE_UNIT);
	return true;
}

void
sx_experience_pyramid(const SxExperienceResult *r, SxPyramidResult *p)
{
	p->flags = 0;
	memcpy(p->levels, r->levels, sizeof(p->levels));
	p->unfounded = r->unfounded;
}

void
sx_experience_nps(const SxExperienceResult *r, SxNpsResult *n)
{
	n->flags = 0;
	memcpy(n->answers, r->nps, sizeof(n->answers));
}

void
sx_experience_csat(const SxExperienceResult *r, SxCsatResult *c)
{
	c->flags = 0;
	memcpy(c->answers, r->csat, sizeof(c->answers));
}

void
sx_experience_ces(const SxExperienceResult *r, SxCesResult *c)
{
	c->flags = 0;
	memcpy(c->answers, r->ces, sizeof(c->answers));
}

double
sx_experience_mean(int64_t n, int64_t sum)
{
	return n > 0 ? (double) sum / (double) n : NAN;
}

double
sx_experience_scale_mean(const SxExperienceResult *r)
{
	sx_int128	sum = sx_int128_load(r->scale_sum);

	if (r->scale_n == 0)
		return NAN;
	/* in extended precision, so that the result is rounded (about) once */
	return (double) ((long double) sum / ((long double) r->scale_n * SX_SCALE_UNIT));
}
