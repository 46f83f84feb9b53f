/*
 * sx_buf.c
 *		The bounded byte builder (see sx_buf.h).
 */
#include "sx_buf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
sx_buf_put(SxBuf *b, const void *p, size_t n)
{
	if (b->data && n <= b->cap && b->len <= b->cap - n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
}

void
sx_buf_str(SxBuf *b, const char *s)
{
	sx_buf_put(b, s, strlen(s));
}

void
sx_buf_char(SxBuf *b, char c)
{
	sx_buf_put(b, &c, 1);
}

void
sx_buf_int(SxBuf *b, int64_t v)
{
	char		tmp[24];
	int			n = 0;
	uint64_t	u = v < 0 ? (uint64_t) 0 - (uint64_t) v : (uint64_t) v;

	do
	{
		tmp[sizeof(tmp) - 1 - n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		tmp[sizeof(tmp) - 1 - n++] = '-';
	sx_buf_put(b, tmp + sizeof(tmp) - n, n);
}

/*
 * Written from a rounded integer rather than with printf, so that the
 * digits never depend on the C library or on the locale, and a chart is
 * the same bytes wherever it is drawn.  Coordinates and figures are far
 * below the clamp.
 */
static void
buf_scaled(SxBuf *b, double x, int decimals, bool trim)
{
	static const double scale[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
	int64_t		v;
	int64_t		unit;
	int64_t		frac;
	char		digits[8];

	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	if (!isfinite(x))
		x = 0;
	if (x > 1e12)
		x = 1e12;
	if (x < -1e12)
		x = -1e12;
	v = llround(x * scale[decimals]);
	unit = (int64_t) scale[decimals];
	if (v < 0)
	{
		sx_buf_char(b, '-');
		v = -v;
	}
	sx_buf_int(b, v / unit);
	frac = v % unit;
	if (decimals == 0 || (trim && frac == 0))
		return;
	for (int i = decimals - 1; i >= 0; i--)
	{
		digits[i] = (char) ('0' + frac % 10);
		frac /= 10;
	}
	while (trim && decimals > 0 && digits[decimals - 1] == '0')
		decimals--;
	sx_buf_char(b, '.');
	sx_buf_put(b, digits, decimals);
}

void
sx_buf_fixed(SxBuf *b, double x, int decimals)
{
	/* a value that rounds to zero is printed without a sign */
	if (fabs(x) < 0.5 / pow(10, decimals < 0 ? 0 : decimals))
		x = 0;
	buf_scaled(b, x, decimals, false);
}

void
sx_buf_num(SxBuf *b, double x, int decimals)
{
	if (fabs(x) < 0.5 / pow(10, decimals < 0 ? 0 : decimals))
		x = 0;
	buf_scaled(b, x, decimals, true);
}

void
sx_buf_double(SxBuf *b, double x)
{
	char		tmp[40];
	int			n = snprintf(tmp, sizeof(tmp), "%.15g", x);

	if (strtod(tmp, NULL) != x)
		n = snprintf(tmp, sizeof(tmp), "%.17g", x);
	sx_buf_put(b, tmp, (size_t) n);
}
