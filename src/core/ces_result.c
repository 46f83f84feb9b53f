/*
 * ces_result.c
 *		ces_result (core): checks, text and binary forms.
 */
#include "ces_result.h"

#include "sx_counts.h"

bool
sx_ces_result_check(const SxCesResult *r, SxError *err)
{
	static const char invalid[] = "invalid ces_result value";
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	return sx_counts_check(r->answers, SX_CES_MAX, invalid, "answer counts",
						   &n, err);
}

bool
sx_ces_result_parse(const char *s, size_t len, SxCesResult *r, SxError *err)
{
	r->flags = 0;
	return sx_hist_parse(s, len, r->answers, SX_CES_MAX,
						 "invalid input syntax for type ces_result",
						 "The text form is \"answers=<7 counts, answer 1..7>\".",
						 err) &&
		sx_ces_result_check(r, err);
}

void
sx_ces_result_encode(const SxCesResult *r, uint8_t *buf)
{
	sx_hist_encode(r->answers, SX_CES_MAX, buf);
}

bool
sx_ces_result_decode(const uint8_t *buf, size_t len, SxCesResult *r,
					  SxError *err)
{
	r->flags = 0;
	return sx_hist_decode(buf, len, r->answers, SX_CES_MAX,
						  "invalid binary ces_result value", err) &&
		sx_ces_result_check(r, err);
}
