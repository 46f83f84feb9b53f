/*
 * kano_category.h
 *		Kano categories (core): A, O, M, I, Q, R, stored as their tie-break
 *		rank, so that byte order is the documented sort order
 *		M < O < A < I < R < Q and a category indexes count arrays directly.
 */
#ifndef CORE_KANO_CATEGORY_H
#define CORE_KANO_CATEGORY_H

#include <stdbool.h>
#include <stddef.h>

#include "sx_error.h"

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

/* The vocabularies a category can be named in */
typedef enum SxVocabulary
{
	SX_VOCABULARY_KANO = 0,		/* attractive, one-dimensional, must-be */
	SX_VOCABULARY_ISO16355 = 1	/* exciting, desired, expected */
} SxVocabulary;

#define SX_VOCABULARIES 2

static inline bool
sx_kano_category_valid(int cat)
{
	return cat >= 0 && cat < SX_CATEGORIES;
}

/* A letter or a name from either vocabulary, any case; 22P02 otherwise */
extern bool sx_kano_category_parse(const char *s, size_t len, int *cat,
								   SxError *err);
extern bool sx_kano_vocabulary_parse(const char *s, size_t len,
									 int *vocabulary, SxError *err);

/* The letter, or the name in a vocabulary; NULL for a bad argument */
extern const char *sx_kano_category_letter(int cat);
extern const char *sx_kano_category_name(int cat, int vocabulary);

#endif							/* CORE_KANO_CATEGORY_H */
