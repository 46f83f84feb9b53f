/*
 * sx_text.h
 *		Reading text in the server-free core: names looked up in tables,
 *		and a cursor with readers for counts and numbers.
 */
#ifndef SX_TEXT_H
#define SX_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Longest text form any name table holds */
#define SX_NAME_MAX 64

/* One entry of a name table; a table ends with {NULL, 0} */
typedef struct SxName
{
	const char *name;			/* normalized: lowercase, single spaces */
	int			value;
} SxName;

static inline bool
sx_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v';
}

/*
 * Names are matched case-insensitively, with blanks trimmed and every run
 * of blanks and hyphens read as one space: "Live-With", "live with" and
 * " LIVE  WITH " are the same name.
 */
extern bool sx_name_lookup(const SxName *names, const char *s, size_t len,
						   int *value);
extern bool sx_name_is(const char *s, size_t len, const char *name);

/* A cursor over text being parsed */
typedef struct SxCursor
{
	const char *p;
	const char *end;
} SxCursor;

extern void sx_skip_blanks(SxCursor *c);
extern bool sx_accept(SxCursor *c, const char *literal);
extern bool sx_at_end(SxCursor *c);

/* An unsigned decimal count, no sign, no blanks, at most INT64_MAX */
extern bool sx_read_count(SxCursor *c, int64_t *v);

/* n counts split by ',', and by group_sep after every per_group of them */
extern bool sx_read_counts(SxCursor *c, int64_t *out, int n, int per_group,
						   char group_sep);

/* A finite decimal number as strtod reads it, without inf, nan or hex */
extern bool sx_read_double(SxCursor *c, double *v);

#endif							/* SX_TEXT_H */
