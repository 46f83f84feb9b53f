/*
 * sx_result.c
 *		Shared pieces of the result types' text forms (see sx_result.h).
 */
#include "sx_result.h"

#include "sx_text.h"

bool
sx_is_empty_text(const char *s, size_t len)
{
	SxCursor	c = {s, s + len};

	sx_skip_blanks(&c);
	return sx_accept(&c, SX_EMPTY_TEXT) && sx_at_end(&c);
}
