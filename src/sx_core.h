/*
 * sx_core.h
 *		Server-independent core of sx: value layouts, parsers, validators.
 *
 * Nothing here includes postgres.h, so every parser can be linked into a
 * libFuzzer harness and driven outside the server.  Parsers never throw:
 * they return false and fill an SxError, which the server glue turns into
 * ereport(ERROR) with the SQLSTATE the error class maps to.
 */
#ifndef SX_CORE_H
#define SX_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Error classes, mapped to SQLSTATEs by the server glue. */
typedef enum SxErrorClass
{
	SX_ERR_SYNTAX,				/* 22P02 invalid_text_representation */
	SX_ERR_PARAMETER,			/* 22023 invalid_parameter_value */
	SX_ERR_RANGE,				/* 22003 numeric_value_out_of_range */
	SX_ERR_BINARY,				/* 22P03 invalid_binary_representation */
	SX_ERR_MEMORY				/* 53200 out_of_memory */
} SxErrorClass;

#define SX_MSG_LEN 256

typedef struct SxError
{
	SxErrorClass class;
	bool		quote_input;	/* glue appends the input text to message */
	char		message[SX_MSG_LEN];
	char		detail[SX_MSG_LEN];
	char		hint[SX_MSG_LEN];
} SxError;

/*
 * Kano answers are stored as their code 1..5.  Categories are stored as
 * their tie-break rank, so that byte order is the documented sort order
 * M < O < A < I < R < Q and a category indexes the count arrays directly.
 */
#define SX_ANSWERS 5
#define SX_CELLS (SX_ANSWERS * SX_ANSWERS)

typedef enum SxCategory
{
	SX_CAT_M = 0,
	SX_CAT_O = 1,
	SX_CAT_A = 2,
	SX_CAT_I = 3,
	SX_CAT_R = 4,
	SX_CAT_Q = 5
} SxCategory;

#define SX_CATEGORIES 6
#define SX_LEVELS 5				/* pyramid levels 0..4 */
#define SX_NPS_ANSWERS 11		/* NPS answers 0..10 */

/* An evaluation table: category rank of each (functional, dysfunctional) cell */
typedef struct SxScheme
{
	uint8_t		cell[SX_CELLS];
} SxScheme;

/*
 * On-disk layouts.  The first field is the varlena header, which the
 * server glue sets with SET_VARSIZE; the core never looks at it.  All are
 * fixed size, so no length inside them can disagree with the datum's.
 */
typedef struct SxKanoResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		pairs[SX_CELLS];	/* [(functional-1)*5 + dysfunctional-1] */
	int64_t		incomplete;		/* rows with exactly one answer NULL */
	int64_t		imp_n;			/* complete pairs with an importance */
	double		imp_sum;
	double		imp_sumsq;
} SxKanoResult;

typedef struct SxPyramidResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		levels[SX_LEVELS];	/* observations at exactly level k */
	int64_t		unfounded;		/* surprised, but level 2 not reached */
} SxPyramidResult;

typedef struct SxNpsResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		answers[SX_NPS_ANSWERS];	/* count of each answer 0..10 */
} SxNpsResult;

/* Sizes of the binary (send/recv) forms: a format byte, then big-endian fields */
#define SX_KANO_RESULT_WIRE (1 + 8 * (SX_CELLS + 2) + 8 * 2)
#define SX_PYRAMID_RESULT_WIRE (1 + 8 * (SX_LEVELS + 1))
#define SX_NPS_RESULT_WIRE (1 + 8 * SX_NPS_ANSWERS)
#define SX_WIRE_FORMAT 1

/* Longest text form any of the name parsers accepts */
#define SX_NAME_MAX 64

/* Name parsers: case-insensitive, blanks trimmed, '-' same as ' ' */
extern bool sx_parse_answer(const char *s, size_t len, int *answer, SxError *err);
extern bool sx_parse_category(const char *s, size_t len, int *cat, SxError *err);
extern bool sx_parse_level(const char *s, size_t len, int *level, SxError *err);
extern const char *sx_answer_name(int answer);
extern const char *sx_category_letter(int cat);
extern const char *sx_category_name(int cat, int vocabulary);
/* Dominant-category rules */
#define SX_RULE_MODE 0
#define SX_RULE_BERGER 1
extern bool sx_parse_rule(const char *s, size_t len, int *rule, SxError *err);
extern bool sx_parse_vocabulary(const char *s, size_t len, int *vocabulary, SxError *err);
extern const char *sx_level_name(int level);

/* Kano evaluation schemes (sx_core.c, JSON via json-c) */
extern const SxScheme sx_scheme_iso24082;
extern const SxScheme sx_scheme_kano1984;
extern bool sx_parse_scheme(const char *s, size_t len, SxScheme *scheme, SxError *err);

/* Result values: validation, text and binary forms */
extern bool sx_kano_result_check(const SxKanoResult *r, SxError *err);
extern bool sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r, SxError *err);
extern bool sx_kano_result_decode(const uint8_t *buf, size_t len, SxKanoResult *r, SxError *err);
extern void sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf);

extern bool sx_pyramid_result_check(const SxPyramidResult *r, SxError *err);
extern bool sx_pyramid_result_parse(const char *s, size_t len, SxPyramidResult *r, SxError *err);
extern bool sx_pyramid_result_decode(const uint8_t *buf, size_t len, SxPyramidResult *r, SxError *err);
extern void sx_pyramid_result_encode(const SxPyramidResult *r, uint8_t *buf);

extern bool sx_nps_result_check(const SxNpsResult *r, SxError *err);
extern bool sx_nps_result_parse(const char *s, size_t len, SxNpsResult *r, SxError *err);
extern bool sx_nps_result_decode(const uint8_t *buf, size_t len, SxNpsResult *r, SxError *err);
extern void sx_nps_result_encode(const SxNpsResult *r, uint8_t *buf);

/*
 * Pyramid level of one observation from its four evidence flags, each
 * SX_UNKNOWN (NULL), 0 or 1 (this product's rule, see README).
 */
#define SX_UNKNOWN (-1)
extern int	sx_pyramid_level(int promise_kept, int issue_resolved,
							 int felt_valued, int surprised);

/* Statistics (sx_stats.c) */
extern double sx_probit(double p);
extern void sx_wilson(double x, double n, double z, double *low, double *high);
extern double sx_chisq_upper(double x, int df);

/* Total of an int64 array, false on overflow */
extern bool sx_sum_counts(const int64_t *c, int n, int64_t *total);

#endif							/* SX_CORE_H */
