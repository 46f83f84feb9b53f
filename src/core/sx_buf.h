/*
 * sx_buf.h
 *		A bounded byte builder for the core: the text forms and the SVG
 *		documents the charts write.
 *
 * The core never allocates, so a text of unknown length is written twice:
 * first into a builder without memory, which only counts the bytes, then
 * into a buffer of that size which the caller allocated.  A builder never
 * writes past its capacity; sx_buf_complete says whether everything fit.
 */
#ifndef SX_BUF_H
#define SX_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct SxBuf
{
	char	   *data;			/* NULL: count only */
	size_t		cap;
	size_t		len;			/* bytes written, or that would have been */
} SxBuf;

static inline void
sx_buf_init(SxBuf *b, char *data, size_t cap)
{
	b->data = data;
	b->cap = data ? cap : 0;
	b->len = 0;
}

/* Everything written fit (a counting builder always "fits") */
static inline bool
sx_buf_complete(const SxBuf *b)
{
	return b->data == NULL || b->len <= b->cap;
}

extern void sx_buf_put(SxBuf *b, const void *p, size_t n);
extern void sx_buf_str(SxBuf *b, const char *s);
extern void sx_buf_char(SxBuf *b, char c);
extern void sx_buf_int(SxBuf *b, int64_t v);

/* x with exactly `decimals` decimals (0..6), no exponent; -0 is 0 */
extern void sx_buf_fixed(SxBuf *b, double x, int decimals);

/* The same with trailing zeros (and a trailing point) left out */
extern void sx_buf_num(SxBuf *b, double x, int decimals);

/* The shortest of %.15g and %.17g that reads back as x (finite x) */
extern void sx_buf_double(SxBuf *b, double x);

#endif							/* SX_BUF_H */
