/*
 * fuzz_csat_ces_text.c
 *		sx_csat_result_parse and sx_ces_result_parse on the same input: on
 *		success the check passes and encode + decode gives back the same
 *		counts; the figures of a value stay within their scales.
 */
#include <math.h>

#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxCsatResult c;
	SxCsatResult c2;
	SxCesResult e;
	SxCesResult e2;
	uint8_t		cw[SX_CSAT_RESULT_WIRE];
	uint8_t		ew[SX_CES_RESULT_WIRE];
	double		low;
	double		high;

	fuzz_err_init(&err);
	if (sx_csat_result_parse(s, size, &c, &err))
	{
		CHECK(sx_csat_result_check(&c, &err));
		sx_csat_result_encode(&c, cw);
		CHECK(sx_csat_result_decode(cw, sizeof(cw), &c2, &err));
		CHECK(memcmp(c.answers, c2.answers, sizeof(c.answers)) == 0);
		if (sx_csat_interval(c.answers, 1.96, &low, &high))
			CHECK(low >= 0 && low <= high && high <= 100);
	}
	else
		fuzz_err_check(&err);
	fuzz_err_init(&err);
	if (sx_ces_result_parse(s, size, &e, &err))
	{
		CHECK(sx_ces_result_check(&e, &err));
		sx_ces_result_encode(&e, ew);
		CHECK(sx_ces_result_decode(ew, sizeof(ew), &e2, &err));
		CHECK(memcmp(e.answers, e2.answers, sizeof(e.answers)) == 0);
		if (sx_ces_interval(e.answers, 0.95, &low, &high))
			CHECK(low >= 1 && low <= high && high <= 7);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
