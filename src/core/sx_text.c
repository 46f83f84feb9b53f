/*
 * sx_text.c
 *		Name tables and the text cursor of the core (see sx_text.h).
 */
#include "sx_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Normalize a name into out (SX_NAME_MAX + 1 bytes).  False when it is too
 * long to be one, holds a NUL, or starts or ends with a hyphen (which
 * would make "-1" look like "1").
 */
static bool
sx_normalize(const char *s, size_t len, char *out)
{
	size_t		n = 0;
	bool		pending_sep = false;

	while (len > 0 && sx_is_blank(s[0]))
		s++, len--;
	while (len > 0 && sx_is_blank(s[len - 1]))
		len--;
	if (len > SX_NAME_MAX)
		return false;
	if (len > 0 && (s[0] == '-' || s[len - 1] == '-'))
		return false;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == '\0')
			return false;
		if (sx_is_blank(c) || c == '-')
		{
			pending_sep = true;
			continue;
		}
		if (pending_sep && n > 0)
			out[n++] = ' ';
		pending_sep = false;
		out[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	out[n] = '\0';
	return true;
}

bool
sx_name_lookup(const SxName *names, const char *s, size_t len, int *value)
{
	char		buf[SX_NAME_MAX + 1];

	if (!sx_normalize(s, len, buf))
		return false;
	for (const SxName *e = names; e->name; e++)
	{
		if (strcmp(e->name, buf) == 0)
		{
			*value = e->value;
			return true;
		}
	}
	return false;
}

bool
sx_name_is(const char *s, size_t len, const char *name)
{
	char		buf[SX_NAME_MAX + 1];

	return sx_normalize(s, len, buf) && strcmp(buf, name) == 0;
}

void
sx_skip_blanks(SxCursor *c)
{
	while (c->p < c->end && sx_is_blank(*c->p))
		c->p++;
}

bool
sx_accept(SxCursor *c, const char *literal)
{
	size_t		n = strlen(literal);

	if ((size_t) (c->end - c->p) < n || memcmp(c->p, literal, n) != 0)
		return false;
	c->p += n;
	return true;
}

/* Only blanks are left */
bool
sx_at_end(SxCursor *c)
{
	sx_skip_blanks(c);
	return c->p == c->end;
}

bool
sx_read_count(SxCursor *c, int64_t *v)
{
	int64_t		x = 0;
	const char *start = c->p;

	while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
	{
		int			d = *c->p - '0';

		if (x > (INT64_MAX - d) / 10)
			return false;
		x = x * 10 + d;
		c->p++;
	}
	*v = x;
	return c->p > start;
}

bool
sx_read_counts(SxCursor *c, int64_t *out, int n, int per_group, char group_sep)
{
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
		{
			char		sep = (per_group > 0 && i % per_group == 0) ? group_sep : ',';

			if (c->p >= c->end || *c->p != sep)
				return false;
			c->p++;
		}
		if (!sx_read_count(c, &out[i]))
			return false;
	}
	return true;
}

/* Characters a decimal number in the text forms is made of */
static inline bool
sx_is_number_char(char ch)
{
	return (ch >= '0' && ch <= '9') || ch == '.' || ch == 'e' || ch == 'E' ||
		ch == '+' || ch == '-';
}

bool
sx_read_double(SxCursor *c, double *v)
{
	char		buf[64];
	size_t		n = 0;
	char	   *endp;

	while (c->p + n < c->end && n < sizeof(buf) - 1 && sx_is_number_char(c->p[n]))
	{
		buf[n] = c->p[n];
		n++;
	}
	/* a number that does not fit the buffer is longer than any we write */
	if (n == 0 || (n == sizeof(buf) - 1 && c->p + n < c->end &&
				   sx_is_number_char(c->p[n])))
		return false;
	buf[n] = '\0';
	/* overflow gives HUGE_VAL, refused; underflow is still a faithful value */
	*v = strtod(buf, &endp);
	if (endp != buf + n || !isfinite(*v))
		return false;
	c->p += n;
	return true;
}
