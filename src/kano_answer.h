/*
 * kano_answer.h
 *		kano_answer, the 1-byte type of one Kano answer (code 1..5).
 */
#ifndef KANO_ANSWER_H
#define KANO_ANSWER_H

#include "sx_fmgr.h"

#include "core/kano_answer.h"

#define DatumGetKanoAnswer(d)		((int) DatumGetChar(d))
#define KanoAnswerGetDatum(a)		CharGetDatum((char) (a))
#define PG_GETARG_KANO_ANSWER(n)	DatumGetKanoAnswer(PG_GETARG_DATUM(n))

/* A raw answer code 1..5, or 22003 */
static inline int
kano_answer_from_code(int64 code)
{
	if (unlikely(!sx_kano_answer_valid(code)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("Kano answer code %lld is out of range 1..5",
						(long long) code),
				 errhint("Codes are 1 like, 2 expect, 3 neutral, 4 live-with, "
						 "5 dislike.")));
	return (int) code;
}

/*
 * A kano_answer argument: the type's input guarantees 1..5, so anything
 * else is a corrupt datum.
 */
static inline int
kano_answer_arg(FunctionCallInfo fcinfo, int argno)
{
	int			answer = PG_GETARG_KANO_ANSWER(argno);

	if (unlikely(!sx_kano_answer_valid(answer)))
		elog(ERROR, "corrupt kano_answer value %d", answer);
	return answer;
}

#endif							/* KANO_ANSWER_H */
