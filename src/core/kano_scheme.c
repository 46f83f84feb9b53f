/*
 * kano_scheme.c
 *		Kano evaluation schemes (core): the built-in tables and the JSON
 *		parser of custom ones.
 *
 * A custom scheme is validated completely: a wrong shape, a wrong letter,
 * an unknown or repeated key is an error, never a silent guess.
 */
#include "kano_scheme.h"

#include <string.h>

#include <json.h>

#include "sx_text.h"

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

/* Scheme letters in rank order, upper then lower case */
static const char scheme_letters[] = "MOAIRQmoairq";

static bool scheme_invalid(SxError *err, const char *detail_fmt,...)
			__attribute__((format(printf, 2, 3)));

/* The error of a scheme document that is not a valid table */
static bool
scheme_invalid(SxError *err, const char *detail_fmt,...)
{
	va_list		ap;

	va_start(ap, detail_fmt);
	sx_failv(err, SX_ERR_PARAMETER, false, "invalid Kano scheme",
			 "A custom scheme is {\"table\": [\"QAAAO\", \"RQIIM\", "
			 "\"RIIIM\", \"RIIQM\", \"RRRRQ\"]}: five rows (functional "
			 "like..dislike) of five letters from AOMIQR (dysfunctional "
			 "like..dislike).", detail_fmt, ap);
	va_end(ap);
	return false;
}

static bool
scheme_row(json_object *row, int r, SxScheme *scheme, SxError *err)
{
	const char *s;
	int			len;
	int			n = 0;

	if (!json_object_is_type(row, json_type_string))
		return scheme_invalid(err, "Row %d is not a string.", r + 1);
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
			return scheme_invalid(err, "Row %d holds a character that is not one of "
						   "A, O, M, I, Q, R (byte 0x%02x at position %d).",
						   r + 1, (unsigned char) c, i + 1);
		cat = (int) ((hit - scheme_letters) % SX_CATEGORIES);
		if (n == SX_ANSWERS)
			return scheme_invalid(err, "Row %d has more than 5 letters.",
						   r + 1);
		scheme->cell[sx_kano_cell(r + 1, n + 1)] = (uint8_t) cat;
		n++;
	}
	if (n != SX_ANSWERS)
		return scheme_invalid(err, "Row %d has %d letters, not 5.", r + 1, n);
	return true;
}

/*
 * The number of keys of the top-level object in a JSON text that json-c has
 * already accepted.  json-c keeps the last of duplicated keys silently; a
 * count above the parsed object's size means a key was given twice.
 */
static int
json_top_keys(const char *s, size_t len)
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

/*
 * Whether a JSON text that json-c accepted holds the escape \u0000: json-c
 * keeps keys as C strings, so "table\u0000junk" would be read as "table".
 */
static bool
json_has_nul_escape(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
	{
		if (s[i] != '\\')
			continue;
		if (s[i + 1] == 'u' && i + 5 < len &&
			memcmp(s + i + 2, "0000", 4) == 0)
			return true;
		i++;					/* the escaped character */
	}
	return false;
}

static bool
scheme_from_json(json_object *doc, const char *text, size_t len,
					SxScheme *scheme, SxError *err)
{
	json_object *table = NULL;
	struct json_object_iterator it;
	struct json_object_iterator end;
	size_t		nrows;

	if (!json_object_is_type(doc, json_type_object))
		return scheme_invalid(err, "The document is not a JSON object.");
	if (json_has_nul_escape(text, len))
		return scheme_invalid(err, "The document holds the escape \\u0000, "
							  "which no key or row may contain.");
	it = json_object_iter_begin(doc);
	end = json_object_iter_end(doc);
	for (; !json_object_iter_equal(&it, &end); json_object_iter_next(&it))
	{
		const char *key = json_object_iter_peek_name(&it);

		if (strcmp(key, "table") != 0)
			return scheme_invalid(err, "Unknown key \"%.64s\"; the only key "
						   "is \"table\".", key);
	}
	if (json_top_keys(text, len) != json_object_object_length(doc))
		return scheme_invalid(err, "A key appears more than once.");
	if (!json_object_object_get_ex(doc, "table", &table))
		return scheme_invalid(err, "The key \"table\" is missing.");
	if (!json_object_is_type(table, json_type_array))
		return scheme_invalid(err, "\"table\" is not an array.");
	nrows = json_object_array_length(table);
	if (nrows != SX_ANSWERS)
		return scheme_invalid(err, "\"table\" has %zu row%s, not 5.", nrows,
					   nrows == 1 ? "" : "s");
	for (int r = 0; r < SX_ANSWERS; r++)
	{
		if (!scheme_row(json_object_array_get_idx(table, r), r, scheme, err))
			return false;
	}
	return true;
}

/*
 * Resolve a scheme argument: a built-in name or a JSON document.  json-c's
 * objects and tokener are released before returning, whatever happens.
 */
bool
sx_kano_scheme_parse(const char *s, size_t len, SxScheme *scheme, SxError *err)
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
		return scheme_invalid(err, "The document is too long.");

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
		ok = scheme_invalid(err, "The scheme is not valid JSON: %s.",
					 jerr == json_tokener_continue ? "unexpected end of input"
					 : json_tokener_error_desc(jerr));
	}
	else if (start + json_tokener_get_parse_end(tok) < len)
	{
		size_t		i = start + json_tokener_get_parse_end(tok);

		while (i < len && sx_is_blank(s[i]))
			i++;
		ok = (i == len) ? scheme_from_json(doc, s + start, len - start, scheme, err)
			: scheme_invalid(err, "Text follows the JSON document.");
	}
	else
		ok = scheme_from_json(doc, s + start, len - start, scheme, err);

	if (doc)
		json_object_put(doc);
	json_tokener_free(tok);
	return ok;
}
