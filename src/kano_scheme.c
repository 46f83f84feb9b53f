/*
 * kano_scheme.c
 *		Evaluation schemes in SQL: resolving the scheme argument once per
 *		call site, and kano_classify.
 */
#include "kano_scheme.h"

#include "kano_answer.h"
#include "kano_category.h"
#include "utils/builtins.h"

/*
 * The slow path of kano_scheme_arg.  The resolved table is kept in
 * fn_extra with the text it came from, so a JSON document is parsed (and
 * json-c's memory released) once per call site.  When the argument is a
 * Const (a literal or the default) later calls skip this function;
 * otherwise (a column, a PL/pgSQL variable, a parameter) every call
 * compares the text with the cached one, a length check and a memcmp, and
 * resolves it again when it differs.
 */
const SxScheme *
kano_scheme_arg_slow(FunctionCallInfo fcinfo, int argno)
{
	SxCallCache *cache = sx_call_cache(fcinfo);
	const char *s;
	size_t		len;
	SxScheme	scheme;
	SxError		err;

	if (cache->scheme_fixed)
		return &cache->scheme;
	sx_text_arg(fcinfo, argno, &s, &len);
	if (cache->scheme_len == (int) len && memcmp(cache->scheme_text, s, len) == 0)
		return &cache->scheme;
	if (!sx_kano_scheme_parse(s, len, &scheme, &err))
		sx_report(&err, text_to_cstring(PG_GETARG_TEXT_PP(argno)));
	if (cache->scheme_text)
		pfree(cache->scheme_text);
	cache->scheme_text = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(cache->scheme_text, s, len);
	cache->scheme_len = (int) len;
	cache->scheme = scheme;
	cache->scheme_fixed = sx_arg_is_const(fcinfo->flinfo, argno);
	return &cache->scheme;
}

/* kano_classify(kano_answer, kano_answer, scheme text) */
PG_FUNCTION_INFO_V1(kano_classify);
Datum
kano_classify(PG_FUNCTION_ARGS)
{
	const SxScheme *scheme = kano_scheme_arg(fcinfo, 2);
	int			functional = kano_answer_arg(fcinfo, 0);
	int			dysfunctional = kano_answer_arg(fcinfo, 1);

	PG_RETURN_DATUM(KanoCategoryGetDatum(scheme->cell[sx_kano_cell(functional,
																	 dysfunctional)]));
}

/* kano_classify(integer, integer, scheme text): raw codes 1..5 */
PG_FUNCTION_INFO_V1(kano_classify_int4);
Datum
kano_classify_int4(PG_FUNCTION_ARGS)
{
	int			functional = kano_answer_from_code(PG_GETARG_INT32(0));
	int			dysfunctional = kano_answer_from_code(PG_GETARG_INT32(1));
	const SxScheme *scheme = kano_scheme_arg(fcinfo, 2);

	PG_RETURN_DATUM(KanoCategoryGetDatum(scheme->cell[sx_kano_cell(functional,
																	 dysfunctional)]));
}
