/*
 * kano_category.c
 *		Kano categories (core): letters, names and vocabularies.
 */
#include "kano_category.h"

#include "sx_text.h"

static const SxName category_names[] = {
	{"m", SX_CAT_M}, {"must be", SX_CAT_M}, {"expected", SX_CAT_M},
	{"dissatisfier", SX_CAT_M},
	{"o", SX_CAT_O}, {"one dimensional", SX_CAT_O}, {"desired", SX_CAT_O},
	{"satisfier", SX_CAT_O},
	{"a", SX_CAT_A}, {"attractive", SX_CAT_A}, {"exciting", SX_CAT_A},
	{"delighter", SX_CAT_A},
	{"i", SX_CAT_I}, {"indifferent", SX_CAT_I},
	{"r", SX_CAT_R}, {"reverse", SX_CAT_R},
	{"q", SX_CAT_Q}, {"questionable", SX_CAT_Q},
	{NULL, 0}
};

static const SxName vocabulary_names[] = {
	{"kano", SX_VOCABULARY_KANO},
	{"iso16355", SX_VOCABULARY_ISO16355}, {"iso 16355", SX_VOCABULARY_ISO16355},
	{NULL, 0}
};

static const char *const category_letters[SX_CATEGORIES] = {
	"M", "O", "A", "I", "R", "Q"
};

static const char *const category_words[SX_VOCABULARIES][SX_CATEGORIES] = {
	[SX_VOCABULARY_KANO] = {"must-be", "one-dimensional", "attractive",
	"indifferent", "reverse", "questionable"},
	[SX_VOCABULARY_ISO16355] = {"expected", "desired", "exciting",
	"indifferent", "reverse", "questionable"}
};

bool
sx_kano_category_parse(const char *s, size_t len, int *cat, SxError *err)
{
	if (sx_name_lookup(category_names, s, len, cat))
		return true;
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type kano_category",
				   "Use A, O, M, I, Q, R or attractive, one-dimensional, "
				   "must-be, indifferent, questionable, reverse, exciting, "
				   "desired, expected, delighter, satisfier, dissatisfier.",
				   "A Kano category is one of the six classes of the "
				   "evaluation table.");
}

bool
sx_kano_vocabulary_parse(const char *s, size_t len, int *vocabulary,
						 SxError *err)
{
	if (sx_name_lookup(vocabulary_names, s, len, vocabulary))
		return true;
	return sx_fail(err, SX_ERR_PARAMETER, true,
				   "unknown Kano category vocabulary",
				   "Use 'kano' or 'iso16355'.", NULL);
}

const char *
sx_kano_category_letter(int cat)
{
	return sx_kano_category_valid(cat) ? category_letters[cat] : NULL;
}

const char *
sx_kano_category_name(int cat, int vocabulary)
{
	if (!sx_kano_category_valid(cat) || vocabulary < 0 ||
		vocabulary >= SX_VOCABULARIES)
		return NULL;
	return category_words[vocabulary][cat];
}
