/*
 * sx_compat_1_0.c
 *		C entry points that sx--1.0.sql names and that 1.1 renamed after
 *		their SQL functions.
 *
 * A database still at extension version 1.0 (installed with VERSION
 * '1.0', or between installing this library and ALTER EXTENSION sx
 * UPDATE) calls these; each forwards to the function of the new name.
 * The update to 1.1 points the SQL functions at the new names, so nothing
 * else uses these symbols.
 */
#include "sx_fmgr.h"

#include "nps_result.h"
#include "pyramid_result.h"

extern Datum kano_answer(PG_FUNCTION_ARGS);
extern Datum kano_answer_code(PG_FUNCTION_ARGS);
extern Datum kano_category(PG_FUNCTION_ARGS);
extern Datum pyramid_level(PG_FUNCTION_ARGS);
extern Datum pyramid_level_int4(PG_FUNCTION_ARGS);
extern Datum pyramid_level_number(PG_FUNCTION_ARGS);
extern Datum pyramid_agg_trans_level(PG_FUNCTION_ARGS);
extern Datum pyramid_agg_inv_level(PG_FUNCTION_ARGS);
extern Datum pyramid_agg_trans_flags(PG_FUNCTION_ARGS);
extern Datum pyramid_agg_inv_flags(PG_FUNCTION_ARGS);
extern Datum pyramid_result_cmp(PG_FUNCTION_ARGS);
extern Datum pyramid_result_eq(PG_FUNCTION_ARGS);
extern Datum pyramid_result_ne(PG_FUNCTION_ARGS);
extern Datum pyramid_result_lt(PG_FUNCTION_ARGS);
extern Datum pyramid_result_le(PG_FUNCTION_ARGS);
extern Datum pyramid_result_gt(PG_FUNCTION_ARGS);
extern Datum pyramid_result_ge(PG_FUNCTION_ARGS);
extern Datum pyramid_result_hash(PG_FUNCTION_ARGS);
extern Datum pyramid_result_hash_extended(PG_FUNCTION_ARGS);
extern Datum nps_result_cmp(PG_FUNCTION_ARGS);
extern Datum nps_result_eq(PG_FUNCTION_ARGS);
extern Datum nps_result_ne(PG_FUNCTION_ARGS);
extern Datum nps_result_lt(PG_FUNCTION_ARGS);
extern Datum nps_result_le(PG_FUNCTION_ARGS);
extern Datum nps_result_gt(PG_FUNCTION_ARGS);
extern Datum nps_result_ge(PG_FUNCTION_ARGS);
extern Datum nps_result_hash(PG_FUNCTION_ARGS);
extern Datum nps_result_hash_extended(PG_FUNCTION_ARGS);

/* 1.0: kano_answer(integer) */
PG_FUNCTION_INFO_V1(kano_answer_from_int4);
Datum
kano_answer_from_int4(PG_FUNCTION_ARGS)
{
	return kano_answer(fcinfo);
}

/* 1.0: kano_answer_code(kano_answer) */
PG_FUNCTION_INFO_V1(kano_answer_to_int4);
Datum
kano_answer_to_int4(PG_FUNCTION_ARGS)
{
	return kano_answer_code(fcinfo);
}

/* 1.0: kano_category(kano_result, text, text) */
PG_FUNCTION_INFO_V1(kano_result_category);
Datum
kano_result_category(PG_FUNCTION_ARGS)
{
	return kano_category(fcinfo);
}

/* 1.0: pyramid_level(boolean, boolean, boolean, boolean) */
PG_FUNCTION_INFO_V1(pyramid_level_of);
Datum
pyramid_level_of(PG_FUNCTION_ARGS)
{
	return pyramid_level(fcinfo);
}

/* 1.0: pyramid_level(integer) */
PG_FUNCTION_INFO_V1(pyramid_level_from_int4);
Datum
pyramid_level_from_int4(PG_FUNCTION_ARGS)
{
	return pyramid_level_int4(fcinfo);
}

/* 1.0: pyramid_level_number(pyramid_level) */
PG_FUNCTION_INFO_V1(pyramid_level_to_int4);
Datum
pyramid_level_to_int4(PG_FUNCTION_ARGS)
{
	return pyramid_level_number(fcinfo);
}

/* 1.0: pyramid_agg_trans(pyramid_result, pyramid_level) */
PG_FUNCTION_INFO_V1(pyramid_agg_level_trans);
Datum
pyramid_agg_level_trans(PG_FUNCTION_ARGS)
{
	return pyramid_agg_trans_level(fcinfo);
}

/* 1.0: pyramid_agg_inv(pyramid_result, pyramid_level) */
PG_FUNCTION_INFO_V1(pyramid_agg_level_inv);
Datum
pyramid_agg_level_inv(PG_FUNCTION_ARGS)
{
	return pyramid_agg_inv_level(fcinfo);
}

/* 1.0: pyramid_agg_trans(pyramid_result, boolean x 4) */
PG_FUNCTION_INFO_V1(pyramid_agg_flags_trans);
Datum
pyramid_agg_flags_trans(PG_FUNCTION_ARGS)
{
	return pyramid_agg_trans_flags(fcinfo);
}

/* 1.0: pyramid_agg_inv(pyramid_result, boolean x 4) */
PG_FUNCTION_INFO_V1(pyramid_agg_flags_inv);
Datum
pyramid_agg_flags_inv(PG_FUNCTION_ARGS)
{
	return pyramid_agg_inv_flags(fcinfo);
}

/*
 * 1.0 served the comparison and hash functions of pyramid_result and
 * nps_result with one set of functions; the two types differ in size.
 */
static inline bool
arg_is_pyramid_result(FunctionCallInfo fcinfo)
{
	return VARSIZE_ANY_EXHDR(PG_GETARG_POINTER(0)) + VARHDRSZ ==
		PYRAMID_RESULT_SIZE;
}

/* 1.0: pyramid_result_cmp and nps_result_cmp */
PG_FUNCTION_INFO_V1(sx_counts_cmp);
Datum
sx_counts_cmp(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_cmp(fcinfo) :
		nps_result_cmp(fcinfo);
}

/* 1.0: pyramid_result_eq and nps_result_eq */
PG_FUNCTION_INFO_V1(sx_counts_eq);
Datum
sx_counts_eq(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_eq(fcinfo) :
		nps_result_eq(fcinfo);
}

/* 1.0: pyramid_result_ne and nps_result_ne */
PG_FUNCTION_INFO_V1(sx_counts_ne);
Datum
sx_counts_ne(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_ne(fcinfo) :
		nps_result_ne(fcinfo);
}

/* 1.0: pyramid_result_lt and nps_result_lt */
PG_FUNCTION_INFO_V1(sx_counts_lt);
Datum
sx_counts_lt(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_lt(fcinfo) :
		nps_result_lt(fcinfo);
}

/* 1.0: pyramid_result_le and nps_result_le */
PG_FUNCTION_INFO_V1(sx_counts_le);
Datum
sx_counts_le(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_le(fcinfo) :
		nps_result_le(fcinfo);
}

/* 1.0: pyramid_result_gt and nps_result_gt */
PG_FUNCTION_INFO_V1(sx_counts_gt);
Datum
sx_counts_gt(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_gt(fcinfo) :
		nps_result_gt(fcinfo);
}

/* 1.0: pyramid_result_ge and nps_result_ge */
PG_FUNCTION_INFO_V1(sx_counts_ge);
Datum
sx_counts_ge(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_ge(fcinfo) :
		nps_result_ge(fcinfo);
}

/* 1.0: pyramid_result_hash and nps_result_hash */
PG_FUNCTION_INFO_V1(sx_counts_hash);
Datum
sx_counts_hash(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_hash(fcinfo) :
		nps_result_hash(fcinfo);
}

/* 1.0: pyramid_result_hash_extended and nps_result_hash_extended */
PG_FUNCTION_INFO_V1(sx_counts_hash_extended);
Datum
sx_counts_hash_extended(PG_FUNCTION_ARGS)
{
	return arg_is_pyramid_result(fcinfo) ? pyramid_result_hash_extended(fcinfo) :
		nps_result_hash_extended(fcinfo);
}
