/*
 * kano_category.c
 *		The kano_category type: text and binary I/O, its names, and the
 *		pyramid level a category supports.
 *
 * Comparison and hashing reuse the built-in "char" functions in SQL, as
 * kano_answer's do: the stored rank's byte order is the sort order.
 */
#include "kano_category.h"

#include "libpq/pqformat.h"
#include "pyramid_level.h"
#include "utils/builtins.h"

/* kano_category_in(cstring): a letter or a name, any vocabulary */
PG_FUNCTION_INFO_V1(kano_category_in);
Datum
kano_category_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			cat;
	SxError		err;

	if (!sx_kano_category_parse(s, strlen(s), &cat, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
}

/* kano_category_out(kano_category): the letter */
PG_FUNCTION_INFO_V1(kano_category_out);
Datum
kano_category_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(pstrdup(sx_kano_category_letter(kano_category_arg(fcinfo, 0))));
}

/* kano_category_recv(internal): one byte, the letter in ASCII */
PG_FUNCTION_INFO_V1(kano_category_recv);
Datum
kano_category_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			byte = pq_getmsgbyte(buf);
	int			cat = 0;

	while (cat < SX_CATEGORIES && byte != sx_kano_category_letter(cat)[0])
		cat++;
	if (cat == SX_CATEGORIES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary kano_category value %d", byte),
				 errdetail("The binary form is one byte holding the ASCII letter "
						   "A, O, M, I, Q or R.")));
	PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
}

/* kano_category_send(kano_category): one byte, the letter in ASCII */
PG_FUNCTION_INFO_V1(kano_category_send);
Datum
kano_category_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, sx_kano_category_letter(kano_category_arg(fcinfo, 0))[0]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* kano_category_name(kano_category, vocabulary text) */
PG_FUNCTION_INFO_V1(kano_category_name);
Datum
kano_category_name(PG_FUNCTION_ARGS)
{
	int			cat = kano_category_arg(fcinfo, 0);
	const char *s;
	size_t		len;
	int			vocabulary;
	SxError		err;

	sx_text_arg(fcinfo, 1, &s, &len);
	if (!sx_kano_vocabulary_parse(s, len, &vocabulary, &err))
		sx_report(&err, text_to_cstring(PG_GETARG_TEXT_PP(1)));
	PG_RETURN_TEXT_P(cstring_to_text(sx_kano_category_name(cat, vocabulary)));
}

/*
 * kano_pyramid_role(kano_category): the level a Kano category supports
 * (DOMAIN: M carries the level 1 promise, O at high performance supports
 * level 3, A is a candidate for level 4); NULL for I, R and Q.
 */
PG_FUNCTION_INFO_V1(kano_pyramid_role);
Datum
kano_pyramid_role(PG_FUNCTION_ARGS)
{
	switch (PG_GETARG_KANO_CATEGORY(0))
	{
		case SX_CAT_M:
			PG_RETURN_DATUM(PyramidLevelGetDatum(SX_LEVEL_PROMISE));
		case SX_CAT_O:
			PG_RETURN_DATUM(PyramidLevelGetDatum(SX_LEVEL_INDIVIDUAL));
		case SX_CAT_A:
			PG_RETURN_DATUM(PyramidLevelGetDatum(SX_LEVEL_SURPRISE));
		default:
			PG_RETURN_NULL();
	}
}
