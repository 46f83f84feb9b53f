/*
 * sx_core.c
 *		Server-independent parsers and validators (see sx_core.h).
 *
 * Every function here checks every length and every value it reads and
 * reports problems through SxError; none allocates memory that outlives
 * the call, and the JSON parser releases json-c's objects on every path.
 */
#include "sx_core.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json.h>

#define M SX_CAT_M
#define O SX_CAT_O
#define A SX_CAT_A
#define I SX_CAT_I
#define R SX_CAT_R
#define Q SX_CAT_Q

/* ISO/TS 24082 Table B.1 (Pouliot): rows functional, columns dysfunctional */
const SxScheme sx_scheme_iso24082 = {{
		Q, A, A, A, O,
		R, Q, I, I, M,
		R, I, I, I, M,
		R, I, I, Q, M,
		R, R, R, R, Q
}};

/* Kano et al. 1984 / Berger et al. 1993: (2,2) and (4,4) are I, not Q */
const SxScheme sx_scheme_kano1984 = {{
		Q, A, A, A, O,
		R, I, I, I, M,
		R, I, I, I, M,
		R, I, I, I, M,
		R, R, R, R, Q
}};

#undef M
#undef O
#undef A
#undef I
#undef R
#undef Q

static bool sx_fail(SxError *err, SxErrorClass class, bool quote_input,
					const char *message, const char *hint,
					const char *detail_fmt,...)
			__attribute__((format(printf, 6, 7)));

/* Fill err and return false, so parsers can "return sx_fail(...)" */
static bool
sx_fail(SxError *err, SxErrorClass class, bool quote_input,
		const char *message, const char *hint, const char *detail_fmt,...)
{
	va_list		ap;

	err->class = class;
	err->quote_input = quote_input;
	snprintf(err->message, SX_MSG_LEN, "%s", message);
	snprintf(err->hint, SX_MSG_LEN, "%s", hint ? hint : "");
	err->detail[0] = '\0';
	if (detail_fmt)
	{
		va_start(ap, detail_fmt);
		vsnprintf(err->detail, SX_MSG_LEN, detail_fmt, ap);
		va_end(ap);
	}
	return false;
}

/* ---------------------------------------------------------------------
 * Names
 * ---------------------------------------------------------------------
 */

typedef struct SxName
{
	const char *name;
	int			value;
} SxName;

static const SxName answer_names[] = {
	{"1", 1}, {"like", 1}, {"i like it", 1},
	{"2", 2}, {"expect", 2}, {"must be", 2}, {"i expect it", 2},
	{"3", 3}, {"neutral", 3}, {"i am neutral", 3},
	{"4", 4}, {"live with", 4}, {"tolerate", 4}, {"i live with it", 4},
	{"i can tolerate it", 4},
	{"5", 5}, {"dislike", 5}, {"i dislike it", 5},
	{NULL, 0}
};

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

static const SxName level_names[] = {
	{"0", 0}, {"l0", 0}, {"promise not kept", 0},
	{"1", 1}, {"l1", 1}, {"core service proposition", 1},
	{"2", 2}, {"l2", 2}, {"customer feedback management", 2},
	{"3", 3}, {"l3", 3}, {"individual excellent service provision", 3},
	{"4", 4}, {"l4", 4}, {"surprisingly excellent service provision", 4},
	{NULL, 0}
};

static const SxName vocabulary_names[] = {
	{"kano", 0}, {"iso16355", 1}, {"iso 16355", 1},
	{NULL, 0}
};

static const SxName rule_names[] = {
	{"mode", SX_RULE_MODE}, {"berger", SX_RULE_BERGER},
	{NULL, 0}
};

static const char *const answer_out[] = {
	NULL, "like", "expect", "neutral", "live-with", "dislike"
};

static const char *const category_letters[] = {"M", "O", "A", "I", "R", "Q"};

static const char *const category_words[2][SX_CATEGORIES] = {
	{"must-be", "one-dimensional", "attractive", "indifferent", "reverse",
	"questionable"},
	{"expected", "desired", "exciting", "indifferent", "reverse",
	"questionable"}
};

static const char *const level_out[] = {
	"promise not kept", "core service proposition",
	"customer feedback management", "individual excellent service provision",
	"surprisingly excellent service provision"
};

static inline bool
sx_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v';
}

/*
 * Normalize a name: trim blanks, lowercase ASCII, and fold every run of
 * blanks and hyphens into one space, so "Live-With", "live with" and
 * " LIVE  WITH " are the same name.  False when it is too long to be one.
 */
static bool
sx_normalize(const char *s, size_t len, char *out)
{
	size_t		n = 0;
	bool		pending_sep = false;

	while (len > 0 && sx_is_blank(s[0]))
		s++, len--;
	while (len > 0 && sx_is_blank(s[len - 1]))
		len--;
	if (len > SX_NAME_MAX)
		return false;
	/* a hyphen joins words; one at either end makes "-1" look like "1" */
	if (len > 0 && (s[0] == '-' || s[len - 1] == '-'))
		return false;
	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == '\0')
			return false;		/* never part of a name; stops strcmp early */
		if (sx_is_blank(c) || c == '-')
		{
			pending_sep = true;
			continue;
		}
		if (pending_sep && n > 0)
			out[n++] = ' ';
		pending_sep = false;
		out[n++] = (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
	}
	out[n] = '\0';
	return true;
}

static bool
sx_lookup(const SxName *names, const char *s, size_t len, int *value)
{
	char		buf[SX_NAME_MAX + 1];

	if (!sx_normalize(s, len, buf))
		return false;
	for (const SxName *e = names; e->name; e++)
	{
		if (strcmp(e->name, buf) == 0)
		{
			*value = e->value;
			return true;
		}
	}
	return false;
}

bool
sx_parse_answer(const char *s, size_t len, int *answer, SxError *err)
{
	if (sx_lookup(answer_names, s, len, answer))
		return true;
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type kano_answer",
				   "Use 1..5, like, expect (must-be), neutral, live-with "
				   "(live with, tolerate), dislike, or the ISO wordings "
				   "\"I like it\", \"I expect it\", \"I am neutral\", "
				   "\"I live with it\", \"I can tolerate it\", \"I dislike it\".",
				   "A Kano answer is one of the five answers of a functional "
				   "or dysfunctional question.");
}

bool
sx_parse_category(const char *s, size_t len, int *cat, SxError *err)
{
	if (sx_lookup(category_names, s, len, cat))
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
sx_parse_level(const char *s, size_t len, int *level, SxError *err)
{
	if (sx_lookup(level_names, s, len, level))
		return true;
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type pyramid_level",
				   "Use 0..4, L0..L4, or a level name such as "
				   "\"core service proposition\".",
				   "A pyramid level is 0 (promise not kept) to 4 (surprisingly "
				   "excellent service provision).");
}

bool
sx_parse_vocabulary(const char *s, size_t len, int *vocabulary, SxError *err)
{
	if (sx_lookup(vocabulary_names, s, len, vocabulary))
		return true;
	return sx_fail(err, SX_ERR_PARAMETER, true,
				   "unknown Kano category vocabulary",
				   "Use 'kano' or 'iso16355'.", NULL);
}

bool
sx_parse_rule(const char *s, size_t len, int *rule, SxError *err)
{
	if (sx_lookup(rule_names, s, len, rule))
		return true;
	return sx_fail(err, SX_ERR_PARAMETER, true,
				   "unknown Kano dominance rule",
				   "Use 'mode' (the largest count) or 'berger' (Berger et "
				   "al.: O, A, M against I, R, Q first).", NULL);
}

const char *
sx_answer_name(int answer)
{
	return (answer >= 1 && answer <= SX_ANSWERS) ? answer_out[answer] : NULL;
}

const char *
sx_category_letter(int cat)
{
	return (cat >= 0 && cat < SX_CATEGORIES) ? category_letters[cat] : NULL;
}

const char *
sx_category_name(int cat, int vocabulary)
{
	if (cat < 0 || cat >= SX_CATEGORIES || vocabulary < 0 || vocabulary > 1)
		return NULL;
	return category_words[vocabulary][cat];
}

const char *
sx_level_name(int level)
{
	return (level >= 0 && level < SX_LEVELS) ? level_out[level] : NULL;
}

/* ---------------------------------------------------------------------
 * Pyramid level of an observation
 * ---------------------------------------------------------------------
 */

/*
 * The highest level k whose conditions 1..k all hold.  An unknown promise
 * stops at 0; an unknown issue_resolved means no problem was raised, so
 * level 2 holds vacuously; any other unknown stops below it.
 */
int
sx_pyramid_level(int promise_kept, int issue_resolved, int felt_valued,
				 int surprised)
{
	if (promise_kept != 1)
		return 0;
	if (issue_resolved == 0)
		return 1;
	if (felt_valued != 1)
		return 2;
	if (surprised != 1)
		return 3;
	return 4;
}

/* ---------------------------------------------------------------------
 * Kano evaluation schemes
 * ---------------------------------------------------------------------
 */

/* Scheme letters in rank order, upper then lower case */
static const char scheme_letters[] = "MOAIRQmoairq";

#define SCHEME_HINT "A custom scheme is {\"table\": [\"QAAAO\", \"RQIIM\", " \
	"\"RIIIM\", \"RIIQM\", \"RRRRQ\"]}: five rows (functional like..dislike) " \
	"of five letters from AOMIQR (dysfunctional like..dislike)."

static bool
sx_scheme_row(json_object *row, int r, SxScheme *scheme, SxError *err)
{
	const char *s;
	int			len;
	int			n = 0;

	if (!json_object_is_type(row, json_type_string))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "Row %d is not a string.", r + 1);
	s = json_object_get_string(row);
	len = json_object_get_string_len(row);
	for (int i = 0; i < len; i++)
	{
		char		c = s[i];
		const char *hit;
		int			cat;

		if (c == ' ')
			continue;
		hit = (c != '\0') ? strchr(scheme_letters, c) : NULL;
		if (hit == NULL)
			return sx_fail(err, SX_ERR_PARAMETER, false,
						   "invalid Kano scheme", SCHEME_HINT,
						   "Row %d holds a character that is not one of "
						   "A, O, M, I, Q, R (byte 0x%02x at position %d).",
						   r + 1, (unsigned char) c, i + 1);
		cat = (int) ((hit - scheme_letters) % SX_CATEGORIES);
		if (n == SX_ANSWERS)
			return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
						   SCHEME_HINT, "Row %d has more than 5 letters.",
						   r + 1);
		scheme->cell[r * SX_ANSWERS + n++] = (uint8_t) cat;
	}
	if (n != SX_ANSWERS)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "Row %d has %d letters, not 5.", r + 1, n);
	return true;
}

/*
 * The number of keys of the top-level object in a JSON text that json-c has
 * already accepted.  json-c keeps the last of duplicated keys silently; a
 * count above the parsed object's size means a key was given twice.
 */
static int
sx_json_top_keys(const char *s, size_t len)
{
	int			depth = 0;
	int			keys = 0;

	for (size_t i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == '"')
		{
			size_t		j = i + 1;

			while (j < len && s[j] != '"')
				j += (s[j] == '\\') ? 2 : 1;
			i = j;				/* the closing quote */
			if (depth == 1)
			{
				size_t		k = j + 1;

				while (k < len && sx_is_blank(s[k]))
					k++;
				if (k < len && s[k] == ':')
					keys++;
			}
		}
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']')
			depth--;
	}
	return keys;
}

static bool
sx_scheme_from_json(json_object *doc, const char *text, size_t len,
					SxScheme *scheme, SxError *err)
{
	json_object *table = NULL;
	struct json_object_iterator it;
	struct json_object_iterator end;
	size_t		nrows;

	if (!json_object_is_type(doc, json_type_object))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "The document is not a JSON object.");
	it = json_object_iter_begin(doc);
	end = json_object_iter_end(doc);
	for (; !json_object_iter_equal(&it, &end); json_object_iter_next(&it))
	{
		const char *key = json_object_iter_peek_name(&it);

		if (strcmp(key, "table") != 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
						   SCHEME_HINT, "Unknown key \"%.64s\"; the only key "
						   "is \"table\".", key);
	}
	if (sx_json_top_keys(text, len) != json_object_object_length(doc))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "A key appears more than once.");
	if (!json_object_object_get_ex(doc, "table", &table))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "The key \"table\" is missing.");
	if (!json_object_is_type(table, json_type_array))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "\"table\" is not an array.");
	nrows = json_object_array_length(table);
	if (nrows != SX_ANSWERS)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "\"table\" has %zu row%s, not 5.", nrows,
					   nrows == 1 ? "" : "s");
	for (int r = 0; r < SX_ANSWERS; r++)
	{
		if (!sx_scheme_row(json_object_array_get_idx(table, r), r, scheme, err))
			return false;
	}
	return true;
}

static inline bool
sx_name_is(const char *s, size_t len, const char *name)
{
	char		buf[SX_NAME_MAX + 1];

	return sx_normalize(s, len, buf) && strcmp(buf, name) == 0;
}

/*
 * Resolve a scheme argument: a built-in name or a JSON document.  json-c's
 * objects and tokener are released before returning, whatever happens.
 */
bool
sx_parse_scheme(const char *s, size_t len, SxScheme *scheme, SxError *err)
{
	struct json_tokener *tok;
	json_object *doc;
	size_t		start = 0;
	bool		ok;

	if (sx_name_is(s, len, "iso24082") || sx_name_is(s, len, "pouliot"))
	{
		*scheme = sx_scheme_iso24082;
		return true;
	}
	if (sx_name_is(s, len, "kano1984"))
	{
		*scheme = sx_scheme_kano1984;
		return true;
	}
	while (start < len && sx_is_blank(s[start]))
		start++;
	if (start == len || s[start] != '{')
		return sx_fail(err, SX_ERR_PARAMETER, true, "unknown Kano scheme",
					   "Use 'iso24082' (the default, also 'pouliot'), 'kano1984' "
					   "or a JSON "
					   "document {\"table\": [five rows of five letters]}.",
					   NULL);
	if (len > INT32_MAX)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					   SCHEME_HINT, "The document is too long.");

	/* A scheme is flat: depth 4 leaves room for nothing deeper than ours. */
	tok = json_tokener_new_ex(4);
	if (tok == NULL)
		return sx_fail(err, SX_ERR_MEMORY, false, "out of memory",
					   NULL, "json-c could not allocate a tokener.");
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	doc = json_tokener_parse_ex(tok, s + start, (int) (len - start));
	if (doc == NULL || json_tokener_get_error(tok) != json_tokener_success)
	{
		enum json_tokener_error jerr = json_tokener_get_error(tok);

		/* A complete document can't be "continue": it ended too soon */
		ok = sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					 SCHEME_HINT, "The scheme is not valid JSON: %s.",
					 jerr == json_tokener_continue ? "unexpected end of input"
					 : json_tokener_error_desc(jerr));
	}
	else if (start + json_tokener_get_parse_end(tok) < len)
	{
		size_t		i = start + json_tokener_get_parse_end(tok);

		while (i < len && sx_is_blank(s[i]))
			i++;
		ok = (i == len) ? sx_scheme_from_json(doc, s + start, len - start, scheme, err)
			: sx_fail(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
					  SCHEME_HINT, "Text follows the JSON document.");
	}
	else
		ok = sx_scheme_from_json(doc, s + start, len - start, scheme, err);

	if (doc)
		json_object_put(doc);
	json_tokener_free(tok);
	return ok;
}

/* ---------------------------------------------------------------------
 * Result values
 * ---------------------------------------------------------------------
 */

bool
sx_sum_counts(const int64_t *c, int n, int64_t *total)
{
	int64_t		t = 0;

	for (int i = 0; i < n; i++)
	{
		if (c[i] < 0 || c[i] > INT64_MAX - t)
			return false;
		t += c[i];
	}
	*total = t;
	return true;
}

static bool
sx_counts_ok(const int64_t *c, int n, const char *type, const char *what,
			 int64_t *total, SxError *err)
{
	char		msg[SX_MSG_LEN];

	snprintf(msg, sizeof(msg), "invalid %s value", type);
	for (int i = 0; i < n; i++)
	{
		if (c[i] < 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, msg, NULL,
						   "Count %d of %s is negative.", i + 1, what);
	}
	if (!sx_sum_counts(c, n, total))
		return sx_fail(err, SX_ERR_RANGE, false, msg, NULL,
					   "The %s add up to more than %lld.", what,
					   (long long) INT64_MAX);
	return true;
}

/*
 * A kano_result is consistent when its counts are non-negative and add up
 * without overflow, importance was seen on at most the complete pairs, and
 * the importance moments are finite and could come from real numbers.
 */
bool
sx_kano_result_check(const SxKanoResult *r, SxError *err)
{
	int64_t		n;
	int64_t		all;
	int64_t		both[2];
	double		tol;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "Reserved flags are %d, not 0.", (int) r->flags);
	if (!sx_counts_ok(r->pairs, SX_CELLS, "kano_result", "answer pairs", &n, err))
		return false;
	both[0] = n;
	both[1] = r->incomplete;
	if (r->incomplete < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "The count of incomplete rows is negative.");
	if (!sx_sum_counts(both, 2, &all))
		return sx_fail(err, SX_ERR_RANGE, false, "invalid kano_result value",
					   NULL, "Complete and incomplete rows add up to more "
					   "than %lld.", (long long) INT64_MAX);
	if (r->imp_n < 0 || r->imp_n > n)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "Importance count %lld is outside 0..%lld (the "
					   "complete pairs).", (long long) r->imp_n, (long long) n);
	if (!isfinite(r->imp_sum) || !isfinite(r->imp_sumsq) || r->imp_sumsq < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "Importance sums must be finite, and the sum of "
					   "squares not negative.");
	if (r->imp_n == 0 && (r->imp_sum != 0 || r->imp_sumsq != 0))
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "Importance sums are not 0 with no importance "
					   "seen.");

	/*
	 * Cauchy-Schwarz: mean^2 <= mean of squares for real numbers.  The slack
	 * covers the worst-case rounding of n floating-point additions, so a
	 * value this extension computed is never refused.
	 */
	tol = 1e-12 + 8.0 * (double) r->imp_n * DBL_EPSILON;
	if (r->imp_n > 0 &&
		(r->imp_sum / r->imp_n) * (r->imp_sum / r->imp_n) >
		(r->imp_sumsq / r->imp_n) * (1.0 + tol) + DBL_MIN)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid kano_result value",
					   NULL, "The importance sum of squares is too small for "
					   "the sum: no set of %lld numbers has these moments.",
					   (long long) r->imp_n);
	return true;
}

bool
sx_pyramid_result_check(const SxPyramidResult *r, SxError *err)
{
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false,
					   "invalid pyramid_result value", NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	if (!sx_counts_ok(r->levels, SX_LEVELS, "pyramid_result", "level counts",
					  &n, err))
		return false;
	if (r->unfounded < 0 || r->unfounded > r->levels[0] + r->levels[1])
		return sx_fail(err, SX_ERR_PARAMETER, false,
					   "invalid pyramid_result value", NULL,
					   "Delight without foundation counts %lld, outside 0..%lld "
					   "(the observations below level 2).",
					   (long long) r->unfounded,
					   (long long) (r->levels[0] + r->levels[1]));
	return true;
}

bool
sx_nps_result_check(const SxNpsResult *r, SxError *err)
{
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, "invalid nps_result value",
					   NULL, "Reserved flags are %d, not 0.", (int) r->flags);
	return sx_counts_ok(r->answers, SX_NPS_ANSWERS, "nps_result",
						"answer counts", &n, err);
}

/* A cursor over text being parsed */
typedef struct SxCursor
{
	const char *p;
	const char *end;
} SxCursor;

static inline void
sx_skip_blanks(SxCursor *c)
{
	while (c->p < c->end && sx_is_blank(*c->p))
		c->p++;
}

static inline bool
sx_accept(SxCursor *c, const char *lit)
{
	size_t		n = strlen(lit);

	if ((size_t) (c->end - c->p) < n || memcmp(c->p, lit, n) != 0)
		return false;
	c->p += n;
	return true;
}

/* An unsigned decimal count, no sign, no blanks, at most INT64_MAX */
static bool
sx_read_count(SxCursor *c, int64_t *v)
{
	int64_t		x = 0;
	const char *start = c->p;

	while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
	{
		int			d = *c->p - '0';

		if (x > (INT64_MAX - d) / 10)
			return false;
		x = x * 10 + d;
		c->p++;
	}
	*v = x;
	return c->p > start;
}

/* A finite decimal number as strtod reads it, without inf, nan or hex */
static bool
sx_read_double(SxCursor *c, double *v)
{
	char		buf[64];
	size_t		n = 0;
	char	   *endp;

	while (c->p + n < c->end && n < sizeof(buf) - 1)
	{
		char		ch = c->p[n];

		if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == 'e' ||
			  ch == 'E' || ch == '+' || ch == '-'))
			break;
		buf[n] = ch;
		n++;
	}
	/* a number that does not fit the buffer is longer than any we write */
	if (n == 0 || (n == sizeof(buf) - 1 && c->p + n < c->end &&
				   strchr("0123456789.eE+-", c->p[n]) != NULL && c->p[n] != '\0'))
		return false;
	buf[n] = '\0';
	/* overflow gives HUGE_VAL, refused; underflow is still a faithful value */
	*v = strtod(buf, &endp);
	if (endp != buf + n || !isfinite(*v))
		return false;
	c->p += n;
	return true;
}

/* "c,c,...,c" with seps[i] between element i and i+1 */
static bool
sx_read_counts(SxCursor *c, int64_t *out, int n, int per_group, char group_sep)
{
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
		{
			char		sep = (per_group > 0 && i % per_group == 0) ? group_sep : ',';

			if (c->p >= c->end || *c->p != sep)
				return false;
			c->p++;
		}
		if (!sx_read_count(c, &out[i]))
			return false;
	}
	return true;
}

static bool
sx_syntax(SxError *err, const char *type, const char *form)
{
	char		msg[SX_MSG_LEN];
	char		hint[SX_MSG_LEN];

	snprintf(msg, sizeof(msg), "invalid input syntax for type %s", type);
	snprintf(hint, sizeof(hint), "The text form is \"%s\".", form);
	return sx_fail(err, SX_ERR_SYNTAX, true, msg, hint,
				   "Counts are unsigned integers up to %lld%s.",
				   (long long) INT64_MAX,
				   strcmp(type, "kano_result") == 0 ?
				   "; sums are finite decimal numbers" : "");
}

#define KANO_FORM "pairs=<5 rows of 5 counts, rows split by / > " \
	"incomplete=<count> importance=<count>,<sum>,<sum of squares>"

bool
sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r, SxError *err)
{
	SxCursor	c = {s, s + len};

	memset(r, 0, sizeof(*r));
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "pairs=") ||
		!sx_read_counts(&c, r->pairs, SX_CELLS, SX_ANSWERS, '/'))
		return sx_syntax(err, "kano_result", KANO_FORM);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "incomplete=") || !sx_read_count(&c, &r->incomplete))
		return sx_syntax(err, "kano_result", KANO_FORM);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "importance=") || !sx_read_count(&c, &r->imp_n) ||
		!sx_accept(&c, ",") || !sx_read_double(&c, &r->imp_sum) ||
		!sx_accept(&c, ",") || !sx_read_double(&c, &r->imp_sumsq))
		return sx_syntax(err, "kano_result", KANO_FORM);
	sx_skip_blanks(&c);
	if (c.p != c.end)
		return sx_syntax(err, "kano_result", KANO_FORM);
	return sx_kano_result_check(r, err);
}

#define PYRAMID_FORM "levels=<5 counts, level 0..4> unfounded=<count>"

bool
sx_pyramid_result_parse(const char *s, size_t len, SxPyramidResult *r,
						SxError *err)
{
	SxCursor	c = {s, s + len};

	memset(r, 0, sizeof(*r));
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "levels=") ||
		!sx_read_counts(&c, r->levels, SX_LEVELS, 0, ','))
		return sx_syntax(err, "pyramid_result", PYRAMID_FORM);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "unfounded=") || !sx_read_count(&c, &r->unfounded))
		return sx_syntax(err, "pyramid_result", PYRAMID_FORM);
	sx_skip_blanks(&c);
	if (c.p != c.end)
		return sx_syntax(err, "pyramid_result", PYRAMID_FORM);
	return sx_pyramid_result_check(r, err);
}

#define NPS_FORM "answers=<11 counts, answer 0..10>"

bool
sx_nps_result_parse(const char *s, size_t len, SxNpsResult *r, SxError *err)
{
	SxCursor	c = {s, s + len};

	memset(r, 0, sizeof(*r));
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "answers=") ||
		!sx_read_counts(&c, r->answers, SX_NPS_ANSWERS, 0, ','))
		return sx_syntax(err, "nps_result", NPS_FORM);
	sx_skip_blanks(&c);
	if (c.p != c.end)
		return sx_syntax(err, "nps_result", NPS_FORM);
	return sx_nps_result_check(r, err);
}

/* Big-endian wire helpers */
static inline void
sx_put64(uint8_t **p, uint64_t v)
{
	for (int i = 7; i >= 0; i--)
		*(*p)++ = (uint8_t) (v >> (8 * i));
}

static inline uint64_t
sx_get64(const uint8_t **p)
{
	uint64_t	v = 0;

	for (int i = 0; i < 8; i++)
		v = (v << 8) | *(*p)++;
	return v;
}

static inline void
sx_put_double(uint8_t **p, double d)
{
	uint64_t	v;

	memcpy(&v, &d, sizeof(v));
	sx_put64(p, v);
}

static inline double
sx_get_double(const uint8_t **p)
{
	uint64_t	v = sx_get64(p);
	double		d;

	memcpy(&d, &v, sizeof(d));
	return d;
}

static bool
sx_wire_ok(const uint8_t *buf, size_t len, size_t want, const char *type,
		   SxError *err)
{
	char		msg[SX_MSG_LEN];

	snprintf(msg, sizeof(msg), "invalid binary %s value", type);
	if (len != want)
		return sx_fail(err, SX_ERR_BINARY, false, msg, NULL,
					   "Expected %zu bytes, got %zu.", want, len);
	if (buf[0] != SX_WIRE_FORMAT)
		return sx_fail(err, SX_ERR_BINARY, false, msg, NULL,
					   "Unknown format %d (this version reads format %d).",
					   buf[0], SX_WIRE_FORMAT);
	return true;
}

void
sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_CELLS; i++)
		sx_put64(&p, (uint64_t) r->pairs[i]);
	sx_put64(&p, (uint64_t) r->incomplete);
	sx_put64(&p, (uint64_t) r->imp_n);
	sx_put_double(&p, r->imp_sum);
	sx_put_double(&p, r->imp_sumsq);
}

bool
sx_kano_result_decode(const uint8_t *buf, size_t len, SxKanoResult *r,
					  SxError *err)
{
	const uint8_t *p;

	memset(r, 0, sizeof(*r));
	if (!sx_wire_ok(buf, len, SX_KANO_RESULT_WIRE, "kano_result", err))
		return false;
	p = buf + 1;
	for (int i = 0; i < SX_CELLS; i++)
		r->pairs[i] = (int64_t) sx_get64(&p);
	r->incomplete = (int64_t) sx_get64(&p);
	r->imp_n = (int64_t) sx_get64(&p);
	r->imp_sum = sx_get_double(&p);
	r->imp_sumsq = sx_get_double(&p);
	return sx_kano_result_check(r, err);
}

void
sx_pyramid_result_encode(const SxPyramidResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_LEVELS; i++)
		sx_put64(&p, (uint64_t) r->levels[i]);
	sx_put64(&p, (uint64_t) r->unfounded);
}

bool
sx_pyramid_result_decode(const uint8_t *buf, size_t len, SxPyramidResult *r,
						 SxError *err)
{
	const uint8_t *p;

	memset(r, 0, sizeof(*r));
	if (!sx_wire_ok(buf, len, SX_PYRAMID_RESULT_WIRE, "pyramid_result", err))
		return false;
	p = buf + 1;
	for (int i = 0; i < SX_LEVELS; i++)
		r->levels[i] = (int64_t) sx_get64(&p);
	r->unfounded = (int64_t) sx_get64(&p);
	return sx_pyramid_result_check(r, err);
}

void
sx_nps_result_encode(const SxNpsResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		sx_put64(&p, (uint64_t) r->answers[i]);
}

bool
sx_nps_result_decode(const uint8_t *buf, size_t len, SxNpsResult *r,
					 SxError *err)
{
	const uint8_t *p;

	memset(r, 0, sizeof(*r));
	if (!sx_wire_ok(buf, len, SX_NPS_RESULT_WIRE, "nps_result", err))
		return false;
	p = buf + 1;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		r->answers[i] = (int64_t) sx_get64(&p);
	return sx_nps_result_check(r, err);
}
