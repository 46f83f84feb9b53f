/*
 * kano_answer.c
 *		The 1-byte types kano_answer (code 1..5) and kano_category (rank
 *		0..5 in the order M, O, A, I, R, Q).
 *
 * Comparison and hashing reuse the built-in "char" functions in SQL (as
 * contrib/isn reuses int8's), because both types are one unsigned byte whose
 * byte order is the documented sort order.
 */
#include "sx.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* Text input: a code, a short name or an ISO wording, any case */
PG_FUNCTION_INFO_V1(kano_answer_in);
Datum
kano_answer_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			answer;
	SxError		err;

	if (!sx_parse_answer(s, strlen(s), &answer, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(KanoAnswerGetDatum(answer));
}

/* Text output: like, expect, neutral, live-with or dislike */
PG_FUNCTION_INFO_V1(kano_answer_out);
Datum
kano_answer_out(PG_FUNCTION_ARGS)
{
	const char *name = sx_answer_name(PG_GETARG_KANO_ANSWER(0));

	if (name == NULL)
		elog(ERROR, "corrupt kano_answer value %d", PG_GETARG_KANO_ANSWER(0));
	PG_RETURN_CSTRING(pstrdup(name));
}

/* Binary input: one byte holding the code */
PG_FUNCTION_INFO_V1(kano_answer_recv);
Datum
kano_answer_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			code = pq_getmsgbyte(buf);

	if (code < 1 || code > SX_ANSWERS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary kano_answer value %d", code),
				 errdetail("The binary form is one byte holding 1..5.")));
	PG_RETURN_DATUM(KanoAnswerGetDatum(code));
}

/* Binary output: one byte holding the code */
PG_FUNCTION_INFO_V1(kano_answer_send);
Datum
kano_answer_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, PG_GETARG_KANO_ANSWER(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Cast integer -> kano_answer (assignment): codes 1..5 */
PG_FUNCTION_INFO_V1(kano_answer_from_int4);
Datum
kano_answer_from_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(KanoAnswerGetDatum(sx_answer_code(PG_GETARG_INT32(0))));
}

/* Cast kano_answer -> integer: the code */
PG_FUNCTION_INFO_V1(kano_answer_to_int4);
Datum
kano_answer_to_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_KANO_ANSWER(0));
}

/* Text input: a letter or a name from the Kano or ISO 16355 vocabulary */
PG_FUNCTION_INFO_V1(kano_category_in);
Datum
kano_category_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			cat;
	SxError		err;

	if (!sx_parse_category(s, strlen(s), &cat, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
}

/* Text output: the letter */
PG_FUNCTION_INFO_V1(kano_category_out);
Datum
kano_category_out(PG_FUNCTION_ARGS)
{
	const char *letter = sx_category_letter(PG_GETARG_KANO_CATEGORY(0));

	if (letter == NULL)
		elog(ERROR, "corrupt kano_category value %d",
			 PG_GETARG_KANO_CATEGORY(0));
	PG_RETURN_CSTRING(pstrdup(letter));
}

/* Binary input: one byte, the letter in ASCII (as the text form) */
PG_FUNCTION_INFO_V1(kano_category_recv);
Datum
kano_category_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			byte = pq_getmsgbyte(buf);

	for (int cat = 0; cat < SX_CATEGORIES; cat++)
	{
		if (byte == sx_category_letter(cat)[0])
			PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary kano_category value %d", byte),
			 errdetail("The binary form is one byte holding the ASCII letter "
					   "A, O, M, I, Q or R.")));
	PG_RETURN_NULL();
}

/* Binary output: one byte, the letter in ASCII */
PG_FUNCTION_INFO_V1(kano_category_send);
Datum
kano_category_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	const char *letter = sx_category_letter(PG_GETARG_KANO_CATEGORY(0));

	if (letter == NULL)
		elog(ERROR, "corrupt kano_category value %d",
			 PG_GETARG_KANO_CATEGORY(0));
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, letter[0]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* kano_category_name(c, vocabulary): the category's name in a vocabulary */
PG_FUNCTION_INFO_V1(kano_category_name);
Datum
kano_category_name(PG_FUNCTION_ARGS)
{
	int			cat = PG_GETARG_KANO_CATEGORY(0);
	text	   *voc = PG_GETARG_TEXT_PP(1);
	int			vocabulary;
	const char *name;
	SxError		err;

	if (!sx_parse_vocabulary(VARDATA_ANY(voc), VARSIZE_ANY_EXHDR(voc),
							 &vocabulary, &err))
		sx_report(&err, text_to_cstring(voc));
	name = sx_category_name(cat, vocabulary);
	if (name == NULL)
		elog(ERROR, "corrupt kano_category value %d", cat);
	PG_RETURN_TEXT_P(cstring_to_text(name));
}
