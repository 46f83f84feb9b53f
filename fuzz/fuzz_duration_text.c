/*
 * fuzz_duration_text.c
 *		sx_duration_result_measure and _parse: a measured text parses into
 *		exactly that many bytes of buckets (never more than SX_DURATION_BYTES_MAX),
 *		and a value that parses has the properties of
 *		fuzz_duration_properties.
 */
#include "fuzz_duration_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	size_t		buckets;
	SxDurationResult *r;

	fuzz_err_init(&err);
	if (!sx_duration_result_measure(s, size, &buckets, &err))
	{
		fuzz_err_check(&err);
		free(s);
		return 0;
	}
	CHECK(buckets <= SX_DURATION_BYTES_MAX);
	r = malloc(SX_DURATION_SIZE(buckets));
	CHECK(r != NULL);
	fuzz_err_init(&err);
	if (sx_duration_result_parse(s, size, r, buckets, &err))
		fuzz_duration_properties(r, buckets);
	else
		fuzz_err_check(&err);
	free(r);
	free(s);
	return 0;
}
