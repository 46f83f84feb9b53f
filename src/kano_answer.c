/*
 * kano_answer.c
 *		The kano_answer type: text and binary I/O and the casts to and from
 *		its integer code.
 *
 * Comparison and hashing reuse the built-in "char" functions in SQL (as
 * contrib/isn reuses int8's), because a kano_answer is one unsigned byte
 * whose byte order is the documented sort order.
 */
#include "kano_answer.h"

#include "libpq/pqformat.h"

/* kano_answer_in(cstring): a code, a short name or an ISO wording */
PG_FUNCTION_INFO_V1(kano_answer_in);
Datum
kano_answer_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			answer;
	SxError		err;

	if (!sx_kano_answer_parse(s, strlen(s), &answer, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(KanoAnswerGetDatum(answer));
}

/* kano_answer_out(kano_answer): like, expect, neutral, live-with, dislike */
PG_FUNCTION_INFO_V1(kano_answer_out);
Datum
kano_answer_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(pstrdup(sx_kano_answer_name(kano_answer_arg(fcinfo, 0))));
}

/* kano_answer_recv(internal): one byte holding the code */
PG_FUNCTION_INFO_V1(kano_answer_recv);
Datum
kano_answer_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			code = pq_getmsgbyte(buf);

	if (!sx_kano_answer_valid(code))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary kano_answer value %d", code),
				 errdetail("The binary form is one byte holding 1..5.")));
	PG_RETURN_DATUM(KanoAnswerGetDatum(code));
}

/* kano_answer_send(kano_answer): one byte holding the code */
PG_FUNCTION_INFO_V1(kano_answer_send);
Datum
kano_answer_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, PG_GETARG_KANO_ANSWER(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* kano_answer(integer): the cast from a code 1..5 (22003 outside) */
PG_FUNCTION_INFO_V1(kano_answer);
Datum
kano_answer(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(KanoAnswerGetDatum(kano_answer_from_code(PG_GETARG_INT32(0))));
}

/* kano_answer_code(kano_answer): the cast to the code */
PG_FUNCTION_INFO_V1(kano_answer_code);
Datum
kano_answer_code(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_KANO_ANSWER(0));
}
