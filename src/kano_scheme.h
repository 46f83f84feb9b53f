/*
 * kano_scheme.h
 *		Scheme arguments: the evaluation scheme a function is called with,
 *		resolved once per call site.
 */
#ifndef KANO_SCHEME_H
#define KANO_SCHEME_H

#include "sx_fmgr.h"

#include "core/kano_scheme.h"

extern const SxScheme *kano_scheme_arg_slow(FunctionCallInfo fcinfo, int argno);

/*
 * The evaluation scheme in text argument argno.  Hot path: a constant
 * scheme already resolved at this call site costs two loads.
 */
static inline const SxScheme *
kano_scheme_arg(FunctionCallInfo fcinfo, int argno)
{
	SxCallCache *cache = (SxCallCache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && cache->scheme_fixed))
		return &cache->scheme;
	return kano_scheme_arg_slow(fcinfo, argno);
}

#endif							/* KANO_SCHEME_H */
