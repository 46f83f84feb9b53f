/*
 * fuzz_category.c
 *		sx_kano_category_parse: on success the category is 0..5, its letter and
 *		its names in both vocabularies exist and parse back to it.
 *		sx_kano_vocabulary_parse and sx_kano_rule_parse run on the same input: on
 *		success 0..1, otherwise a well-formed SxError.
 */
#include "fuzz_common.h"

static void
reparse(const char *name, int cat)
{
	SxError		err;
	int			again = -1;

	CHECK(name != NULL);
	fuzz_err_init(&err);
	CHECK(sx_kano_category_parse(name, strlen(name), &again, &err));
	CHECK(again == cat);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	int			v = -1;

	fuzz_err_init(&err);
	if (sx_kano_category_parse(s, size, &v, &err))
	{
		CHECK(v >= 0 && v < SX_CATEGORIES);
		reparse(sx_kano_category_letter(v), v);
		reparse(sx_kano_category_name(v, 0), v);
		reparse(sx_kano_category_name(v, 1), v);
	}
	else
		fuzz_err_check(&err);

	v = -1;
	fuzz_err_init(&err);
	if (sx_kano_vocabulary_parse(s, size, &v, &err))
		CHECK(v == 0 || v == 1);
	else
		fuzz_err_check(&err);

	v = -1;
	fuzz_err_init(&err);
	if (sx_kano_rule_parse(s, size, &v, &err))
		CHECK(v == SX_RULE_MODE || v == SX_RULE_BERGER);
	else
		fuzz_err_check(&err);

	free(s);
	return 0;
}
