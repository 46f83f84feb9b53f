/*
 * sx_result.c
 *		Shared pieces of the result types' text forms (see sx_result.h).
 */
#include "sx_result.h"

#include "sx_text.h"

/* Any case, blanks around it, as names are read */
bool
sx_is_empty_text(const char *s, size_t len)
{
	return sx_name_is(s, len, SX_EMPTY_TEXT);
}
