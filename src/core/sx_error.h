/*
 * sx_error.h
 *		How the server-free core reports a problem.
 *
 * Core functions never throw: they return false and fill an SxError, which
 * the fmgr layer (sx_fmgr.c) turns into ereport(ERROR) with the SQLSTATE
 * of the error class.  Message and hint are static strings written where
 * the error is detected, so they are never copied or cut; only the detail
 * is formatted, from arguments of bounded length.
 */
#ifndef SX_ERROR_H
#define SX_ERROR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Error classes, mapped to SQLSTATEs by sx_report() */
typedef enum SxErrorClass
{
	SX_ERR_SYNTAX,				/* 22P02 invalid_text_representation */
	SX_ERR_PARAMETER,			/* 22023 invalid_parameter_value */
	SX_ERR_RANGE,				/* 22003 numeric_value_out_of_range */
	SX_ERR_BINARY,				/* 22P03 invalid_binary_representation */
	SX_ERR_MEMORY				/* 53200 out_of_memory */
} SxErrorClass;

/*
 * Room for the longest detail the core formats: every argument is a number
 * or a string cut to SX_NAME_MAX bytes, so none comes close; detail_cut
 * says otherwise, and the fuzzers check that it never does.
 */
#define SX_DETAIL_MAX 256

typedef struct SxError
{
	SxErrorClass class;
	bool		quote_input;	/* the message is followed by the input */
	bool		detail_cut;		/* the detail did not fit (a bug) */
	const char *message;
	const char *hint;			/* NULL: none */
	char		detail[SX_DETAIL_MAX];	/* "": none */
} SxError;

/* Fill err and return false, so that a parser can "return sx_fail(...)" */
extern bool sx_fail(SxError *err, SxErrorClass class, bool quote_input,
					const char *message, const char *hint,
					const char *detail_fmt,...)
			__attribute__((format(printf, 6, 7)));

/* The same with a va_list, for a concept's own "invalid X" helper */
extern bool sx_failv(SxError *err, SxErrorClass class, bool quote_input,
					 const char *message, const char *hint,
					 const char *detail_fmt, va_list ap)
			__attribute__((format(printf, 6, 0)));

#endif							/* SX_ERROR_H */
