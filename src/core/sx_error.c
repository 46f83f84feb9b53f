/*
 * sx_error.c
 *		Filling an SxError (see sx_error.h).
 */
#include "sx_error.h"

#include <stdarg.h>
#include <stdio.h>

bool
sx_failv(SxError *err, SxErrorClass class, bool quote_input,
		 const char *message, const char *hint, const char *detail_fmt,
		 va_list ap)
{
	err->class = class;
	err->quote_input = quote_input;
	err->message = message;
	err->hint = hint;
	err->detail[0] = '\0';
	err->detail_cut = false;
	if (detail_fmt)
	{
		int			len = vsnprintf(err->detail, SX_DETAIL_MAX, detail_fmt, ap);

		err->detail_cut = (len < 0 || len >= SX_DETAIL_MAX);
	}
	return false;
}

bool
sx_fail(SxError *err, SxErrorClass class, bool quote_input,
		const char *message, const char *hint, const char *detail_fmt,...)
{
	va_list		ap;

	va_start(ap, detail_fmt);
	sx_failv(err, class, quote_input, message, hint, detail_fmt, ap);
	va_end(ap);
	return false;
}
