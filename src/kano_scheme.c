/*
 * kano_scheme.c
 *		Kano evaluation schemes: resolving the scheme argument once per call
 *		site, and classifying answer pairs.
 */
#include "sx.h"

#include "utils/builtins.h"

/*
 * The scheme named or described by text argument argno (the slow path of
 * sx_scheme_arg).  The resolved table is kept in fn_extra with the text it
 * came from, so a JSON document is parsed (and json-c's memory released)
 * once per call site.  When the argument is a constant (the default, a
 * literal, a parameter) later rows skip this function; otherwise they cost
 * a length check and a memcmp.
 */
const SxScheme *
sx_scheme_arg_slow(FunctionCallInfo fcinfo, int argno)
{
	SxCallCache *cache = sx_call_cache(fcinfo);
	text	   *t;
	const char *s;
	int			len;
	SxScheme	scheme;
	SxError		err;

	if (cache->scheme_fixed)
		return &cache->scheme;
	t = PG_GETARG_TEXT_PP(argno);
	s = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (cache->scheme_len == len && memcmp(cache->scheme_text, s, len) == 0)
		return &cache->scheme;
	if (!sx_parse_scheme(s, len, &scheme, &err))
		sx_report(&err, text_to_cstring(t));
	if (cache->scheme_text)
		pfree(cache->scheme_text);
	cache->scheme_text = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(cache->scheme_text, s, len);
	cache->scheme_len = len;
	cache->scheme = scheme;
	cache->scheme_fixed = get_fn_expr_arg_stable(fcinfo->flinfo, argno);
	return &cache->scheme;
}

static inline Datum
sx_classify(const SxScheme *scheme, int functional, int dysfunctional)
{
	if (functional < 1 || functional > SX_ANSWERS ||
		dysfunctional < 1 || dysfunctional > SX_ANSWERS)
		elog(ERROR, "corrupt kano_answer value");
	return KanoCategoryGetDatum(scheme->cell[(functional - 1) * SX_ANSWERS +
											 dysfunctional - 1]);
}

/* kano_classify(functional, dysfunctional, scheme): the pair's category */
PG_FUNCTION_INFO_V1(kano_classify);
Datum
kano_classify(PG_FUNCTION_ARGS)
{
	const SxScheme *scheme = sx_scheme_arg(fcinfo, 2);

	PG_RETURN_DATUM(sx_classify(scheme, PG_GETARG_KANO_ANSWER(0),
								PG_GETARG_KANO_ANSWER(1)));
}

/* kano_classify(integer, integer, scheme): the same on raw codes 1..5 */
PG_FUNCTION_INFO_V1(kano_classify_int4);
Datum
kano_classify_int4(PG_FUNCTION_ARGS)
{
	int			functional = sx_answer_code(PG_GETARG_INT32(0));
	int			dysfunctional = sx_answer_code(PG_GETARG_INT32(1));
	const SxScheme *scheme = sx_scheme_arg(fcinfo, 2);

	PG_RETURN_DATUM(sx_classify(scheme, functional, dysfunctional));
}
