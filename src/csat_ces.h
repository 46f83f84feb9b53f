/*
 * csat_ces.h
 *		What csat_result and ces_result share in SQL: the answer argument
 *		and the text of a histogram.
 */
#ifndef CSAT_CES_H
#define CSAT_CES_H

#include "sx_fmgr.h"

#include "core/csat_ces.h"
#include "lib/stringinfo.h"

/* An answer 1..bins in argument argno, or 22003 naming the metric */
static inline int
csat_ces_answer_arg(FunctionCallInfo fcinfo, int argno, int bins,
					const char *metric)
{
	int32		answer = PG_GETARG_INT32(argno);

	if (unlikely(answer < 1 || answer > bins))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s answer %d is out of range %d..%d", metric, answer,
						1, bins)));
	return answer;
}

/* "c1,c2,...": the counts of a histogram, as the text forms write them */
extern void csat_ces_append_counts(StringInfo buf, const int64 *h, int bins,
								   const char *sep);

/* The jsonb of a histogram result: buf holds its leading fields */
extern Datum csat_ces_jsonb(StringInfo buf, const int64 *h, int bins);

#endif							/* CSAT_CES_H */
