/*
 * duration_result.h
 *		duration_result in SQL: reading the datum.
 */
#ifndef DURATION_RESULT_H
#define DURATION_RESULT_H

#include "sx_fmgr.h"

#include "core/duration_result.h"

/*
 * A duration_result (and a duration_state) may be large, so it is stored
 * toastable and compressible (STORAGE = extended) and always read through
 * pg_detoast_datum.  The bytes of a result's buckets are what its length
 * leaves after the header; a shorter datum is corrupt.
 */
static inline size_t
duration_result_bytes(const struct varlena *v)
{
	size_t		size = VARSIZE(v);

	if (unlikely(size < SX_DURATION_HEADER))
		elog(ERROR, "corrupt duration_result value of %zu bytes", size);
	return size - SX_DURATION_HEADER;
}

/* Argument argno and the bytes of its buckets */
static inline SxDurationResult *
duration_result_arg(FunctionCallInfo fcinfo, int argno, size_t *bytes)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	*bytes = duration_result_bytes(v);
	return (SxDurationResult *) v;
}

/* The I/O functions, which duration_state's reuse */
extern Datum duration_result_in(PG_FUNCTION_ARGS);
extern Datum duration_result_out(PG_FUNCTION_ARGS);
extern Datum duration_result_recv(PG_FUNCTION_ARGS);
extern Datum duration_result_send(PG_FUNCTION_ARGS);

#endif							/* DURATION_RESULT_H */
