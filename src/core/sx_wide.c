/*
 * sx_wide.c
 *		Exact wide integers (see sx_wide.h).
 */
#include "sx_wide.h"

#include <math.h>
#include <string.h>

bool
sx_u192_add(uint64_t sum[3], const uint64_t v[3])
{
	uint64_t	carry = 0;

	for (int i = 0; i < 3; i++)
	{
		sx_uint128 t = (sx_uint128) sum[i] + v[i] + carry;

		sum[i] = (uint64_t) t;
		carry = (uint64_t) (t >> 64);
	}
	return carry == 0;
}

bool
sx_u192_sub(uint64_t sum[3], const uint64_t v[3])
{
	uint64_t	borrow = 0;

	for (int i = 0; i < 3; i++)
	{
		sx_uint128 t = (sx_uint128) sum[i] - v[i] - borrow;

		sum[i] = (uint64_t) t;
		borrow = (uint64_t) (t >> 64) & 1;
	}
	return borrow == 0;
}

bool
sx_u192_add_u128(uint64_t sum[3], sx_uint128 v)
{
	uint64_t	words[3] = {(uint64_t) v, (uint64_t) (v >> 64), 0};

	return sx_u192_add(sum, words);
}

void
sx_u256_mul_128(sx_uint128 a, sx_uint128 b, SxU256 *r)
{
	uint64_t	x[2] = {(uint64_t) a, (uint64_t) (a >> 64)};
	uint64_t	y[2] = {(uint64_t) b, (uint64_t) (b >> 64)};

	memset(r, 0, sizeof(*r));
	for (int i = 0; i < 2; i++)
	{
		uint64_t	carry = 0;

		for (int j = 0; j < 2; j++)
		{
			sx_uint128 t = (sx_uint128) x[i] * y[j] + r->w[i + j] + carry;

			r->w[i + j] = (uint64_t) t;
			carry = (uint64_t) (t >> 64);
		}
		r->w[i + 2] = carry;
	}
}

void
sx_u256_mul_192(const uint64_t a[3], uint64_t b, SxU256 *r)
{
	uint64_t	carry = 0;

	for (int i = 0; i < 3; i++)
	{
		sx_uint128 t = (sx_uint128) a[i] * b + carry;

		r->w[i] = (uint64_t) t;
		carry = (uint64_t) (t >> 64);
	}
	r->w[3] = carry;
}

void
sx_u256_from_192(const uint64_t a[3], SxU256 *r)
{
	r->w[0] = a[0];
	r->w[1] = a[1];
	r->w[2] = a[2];
	r->w[3] = 0;
}

int
sx_u256_cmp(const SxU256 *a, const SxU256 *b)
{
	for (int i = 3; i >= 0; i--)
	{
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	}
	return 0;
}

void
sx_u256_sub(SxU256 *a, const SxU256 *b)
{
	uint64_t	borrow = 0;

	for (int i = 0; i < 4; i++)
	{
		uint64_t	bi = b->w[i] + borrow;
		uint64_t	next = (bi < borrow) || (a->w[i] < bi);

		a->w[i] -= bi;
		borrow = next;
	}
}

bool
sx_u256_is_zero(const SxU256 *a)
{
	return (a->w[0] | a->w[1] | a->w[2] | a->w[3]) == 0;
}

/* Rounded to nearest from the top 64 significant bits and a sticky bit */
double
sx_u256_to_double(const SxU256 *a)
{
	int			top = 3;
	int			shift;
	uint64_t	hi;
	bool		sticky = false;

	while (top > 0 && a->w[top] == 0)
		top--;
	if (top == 0)
		return (double) a->w[0];
	shift = __builtin_clzll(a->w[top]);
	hi = shift ? (a->w[top] << shift) | (a->w[top - 1] >> (64 - shift))
		: a->w[top];
	if (shift && (a->w[top - 1] << shift) != 0)
		sticky = true;
	for (int i = top - 2; i >= 0 && !sticky; i--)
		sticky = a->w[i] != 0;
	/* hi holds 64 bits, double keeps 53: fold the sticky bit into bit 0 */
	hi |= sticky ? 1 : 0;
	return ldexp((double) hi, 64 * (top - 1) + (64 - shift));
}

bool
sx_u256_mul_add(SxU256 *a, uint64_t m, uint64_t add)
{
	uint64_t	carry = add;

	for (int i = 0; i < 4; i++)
	{
		sx_uint128 t = (sx_uint128) a->w[i] * m + carry;

		a->w[i] = (uint64_t) t;
		carry = (uint64_t) (t >> 64);
	}
	return carry == 0;
}

uint64_t
sx_u256_divmod(SxU256 *a, uint64_t d)
{
	sx_uint128 rem = 0;

	for (int i = 3; i >= 0; i--)
	{
		sx_uint128 cur = (rem << 64) | a->w[i];

		a->w[i] = (uint64_t) (cur / d);
		rem = cur % d;
	}
	return (uint64_t) rem;
}

int
sx_u256_text(const SxU256 *a, int scale, char *buf)
{
	char		digits[SX_U256_TEXT_MAX];
	int			n = 0;
	SxU256		v = *a;
	int			len = 0;
	int			frac_end;

	/* digits, least significant first; at least scale + 1 of them */
	do
	{
		digits[n++] = (char) ('0' + sx_u256_divmod(&v, 10));
	} while (!sx_u256_is_zero(&v) || n <= scale);
	for (int i = n - 1; i >= scale; i--)
		buf[len++] = digits[i];
	/* the fractional digits, without trailing zeros */
	frac_end = 0;
	while (frac_end < scale && digits[frac_end] == '0')
		frac_end++;
	if (frac_end < scale)
	{
		buf[len++] = '.';
		for (int i = scale - 1; i >= frac_end; i--)
			buf[len++] = digits[i];
	}
	buf[len] = '\0';
	return len;
}

SxDecimal
sx_u256_parse_decimal(const char *s, size_t len, int scale, SxU256 *value,
					  bool *negative, bool *inexact)
{
	size_t		i = 0;
	int			frac = 0;
	int			digits = 0;
	long		exp10 = 0;
	long		shift;
	bool		sticky = false;
	bool		overflow = false;

	memset(value, 0, sizeof(*value));
	*negative = false;
	*inexact = false;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		*negative = (s[i++] == '-');
	/* a mantissa beyond 256 bits is refused once the text is known good */
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
		overflow |= !sx_u256_mul_add(value, 10, (uint64_t) (s[i] - '0'));
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++, frac++)
			overflow |= !sx_u256_mul_add(value, 10, (uint64_t) (s[i] - '0'));
	}
	if (digits == 0)
		return SX_DECIMAL_SYNTAX;
	if (i < len && (s[i] == 'e' || s[i] == 'E'))
	{
		bool		eneg = false;
		int			edigits = 0;

		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			eneg = (s[i++] == '-');
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, edigits++)
		{
			if (exp10 < 100000)
				exp10 = exp10 * 10 + (s[i] - '0');
		}
		if (edigits == 0)
			return SX_DECIMAL_SYNTAX;
		if (eneg)
			exp10 = -exp10;
	}
	if (i != len)
		return SX_DECIMAL_SYNTAX;
	if (overflow)
		return SX_DECIMAL_RANGE;

	shift = exp10 - frac + scale;
	if (shift > 0)
	{
		for (long k = 0; k < shift; k++)
		{
			if (sx_u256_is_zero(value))
				break;
			if (!sx_u256_mul_add(value, 10, 0))
				return SX_DECIMAL_RANGE;
		}
	}
	else if (shift < 0)
	{
		uint64_t	last = 0;

		for (long k = 0; k < -shift && !sx_u256_is_zero(value); k++)
		{
			sticky = sticky || last != 0;
			last = sx_u256_divmod(value, 10);
		}
		*inexact = sticky || last != 0;
		/* half away from zero: the magnitude is rounded up at 5 */
		if (last >= 5 && !sx_u256_mul_add(value, 1, 1))
			return SX_DECIMAL_RANGE;
	}
	return SX_DECIMAL_OK;
}
