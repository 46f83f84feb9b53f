/*
 * csat_result.c
 *		csat_result (core): checks, text and binary forms.
 */
#include "csat_result.h"

#include "sx_counts.h"

bool
sx_csat_result_check(const SxCsatResult *r, SxError *err)
{
	static const char invalid[] = "invalid csat_result value";
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	return sx_counts_check(r->answers, SX_CSAT_MAX, invalid, "answer counts",
						   &n, err);
}

bool
sx_csat_result_parse(const char *s, size_t len, SxCsatResult *r, SxError *err)
{
	r->flags = 0;
	return sx_hist_parse(s, len, r->answers, SX_CSAT_MAX,
						 "invalid input syntax for type csat_result",
						 "The text form is \"answers=<5 counts, answer 1..5>\".",
						 err) &&
		sx_csat_result_check(r, err);
}

void
sx_csat_result_encode(const SxCsatResult *r, uint8_t *buf)
{
	sx_hist_encode(r->answers, SX_CSAT_MAX, buf);
}

bool
sx_csat_result_decode(const uint8_t *buf, size_t len, SxCsatResult *r,
					  SxError *err)
{
	r->flags = 0;
	return sx_hist_decode(buf, len, r->answers, SX_CSAT_MAX,
						  "invalid binary csat_result value", err) &&
		sx_csat_result_check(r, err);
}
