/*
 * pyramid_level.c
 *		The pyramid_level type in SQL: text and binary I/O, the casts, the
 *		level names and the level of one observation.
 *
 * Comparison and hashing reuse the built-in "char" functions in SQL, as
 * kano_answer's do.
 */
#include "pyramid_level.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"

/* pyramid_level_in(cstring): 0..4, L0..L4 or a level name */
PG_FUNCTION_INFO_V1(pyramid_level_in);
Datum
pyramid_level_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			level;
	SxError		err;

	if (!sx_pyramid_level_parse(s, strlen(s), &level, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* pyramid_level_out(pyramid_level): L0..L4 */
PG_FUNCTION_INFO_V1(pyramid_level_out);
Datum
pyramid_level_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(psprintf("L%d", pyramid_level_arg(fcinfo, 0)));
}

/* pyramid_level_recv(internal): one byte 0..4 */
PG_FUNCTION_INFO_V1(pyramid_level_recv);
Datum
pyramid_level_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			level = pq_getmsgbyte(buf);

	if (!sx_pyramid_level_valid(level))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary pyramid_level value %d", level),
				 errdetail("The binary form is one byte holding 0..4.")));
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* pyramid_level_send(pyramid_level): one byte 0..4 */
PG_FUNCTION_INFO_V1(pyramid_level_send);
Datum
pyramid_level_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, pyramid_level_arg(fcinfo, 0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* pyramid_level(integer): the cast from a number 0..4 (22003 outside) */
PG_FUNCTION_INFO_V1(pyramid_level_int4);
Datum
pyramid_level_int4(PG_FUNCTION_ARGS)
{
	int32		level = PG_GETARG_INT32(0);

	if (!sx_pyramid_level_valid(level))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pyramid level %d is out of range 0..4", level),
				 errhint("Levels are 0 (promise not kept) to 4 (surprisingly "
						 "excellent service provision).")));
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* pyramid_level_number(pyramid_level): the cast to the number */
PG_FUNCTION_INFO_V1(pyramid_level_number);
Datum
pyramid_level_number(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pyramid_level_arg(fcinfo, 0));
}

/* pyramid_level_name(pyramid_level): the level's name in ISO 23592 */
PG_FUNCTION_INFO_V1(pyramid_level_name);
Datum
pyramid_level_name(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(sx_pyramid_level_name(pyramid_level_arg(fcinfo, 0))));
}

/* A boolean argument as evidence: SX_UNKNOWN for NULL */
static inline int
evidence_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? SX_UNKNOWN : (PG_GETARG_BOOL(argno) ? 1 : 0);
}

/*
 * pyramid_level(promise_kept boolean, issue_resolved boolean, felt_valued
 * boolean, surprised boolean): the level of one observation
 */
PG_FUNCTION_INFO_V1(pyramid_level);
Datum
pyramid_level(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(PyramidLevelGetDatum(sx_pyramid_level_rule(evidence_arg(fcinfo, 0),
															   evidence_arg(fcinfo, 1),
															   evidence_arg(fcinfo, 2),
															   evidence_arg(fcinfo, 3))));
}
