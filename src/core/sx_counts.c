/*
 * sx_counts.c
 *		Count arrays (see sx_counts.h).
 */
#include "sx_counts.h"

bool
sx_sum_counts(const int64_t *c, int n, int64_t *total)
{
	int64_t		t = 0;

	for (int i = 0; i < n; i++)
	{
		if (c[i] < 0 || c[i] > INT64_MAX - t)
			return false;
		t += c[i];
	}
	*total = t;
	return true;
}

bool
sx_counts_check(const int64_t *c, int n, const char *message, const char *what,
				int64_t *total, SxError *err)
{
	for (int i = 0; i < n; i++)
	{
		if (c[i] < 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
						   "Count %d of %s is negative.", i + 1, what);
	}
	if (!sx_sum_counts(c, n, total))
		return sx_fail(err, SX_ERR_RANGE, false, message, NULL,
					   "The %s add up to more than %lld.", what,
					   (long long) INT64_MAX);
	return true;
}

bool
sx_add_counts(int64_t *into, const int64_t *more, int n)
{
	for (int i = 0; i < n; i++)
	{
		if (__builtin_add_overflow(into[i], more[i], &into[i]))
			return false;
	}
	return true;
}

bool
sx_sub_counts(int64_t *from, const int64_t *less, int n)
{
	for (int i = 0; i < n; i++)
	{
		if (less[i] < 0 || from[i] < less[i])
			return false;
		from[i] -= less[i];
	}
	return true;
}
