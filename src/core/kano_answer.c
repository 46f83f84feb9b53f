/*
 * kano_answer.c
 *		Kano answers (core): their names in and out.
 */
#include "kano_answer.h"

#include "sx_text.h"

/*
 * Codes, short names, the ISO/TS 24082 wordings and the wordings of the
 * classic questionnaire of Berger et al. (1993)
 */
static const SxName answer_names[] = {
	{"1", SX_ANSWER_LIKE}, {"like", SX_ANSWER_LIKE},
	{"i like it", SX_ANSWER_LIKE}, {"i like it that way", SX_ANSWER_LIKE},
	{"2", SX_ANSWER_EXPECT}, {"expect", SX_ANSWER_EXPECT},
	{"must be", SX_ANSWER_EXPECT}, {"i expect it", SX_ANSWER_EXPECT},
	{"it must be that way", SX_ANSWER_EXPECT},
	{"3", SX_ANSWER_NEUTRAL}, {"neutral", SX_ANSWER_NEUTRAL},
	{"i am neutral", SX_ANSWER_NEUTRAL},
	{"4", SX_ANSWER_LIVE_WITH}, {"live with", SX_ANSWER_LIVE_WITH},
	{"tolerate", SX_ANSWER_LIVE_WITH}, {"i live with it", SX_ANSWER_LIVE_WITH},
	{"i can tolerate it", SX_ANSWER_LIVE_WITH},
	{"i can live with it", SX_ANSWER_LIVE_WITH},
	{"i can live with it that way", SX_ANSWER_LIVE_WITH},
	{"5", SX_ANSWER_DISLIKE}, {"dislike", SX_ANSWER_DISLIKE},
	{"i dislike it", SX_ANSWER_DISLIKE}, {"i dislike it that way", SX_ANSWER_DISLIKE},
	{NULL, 0}
};

static const char *const answer_out[SX_ANSWERS + 1] = {
	NULL, "like", "expect", "neutral", "live-with", "dislike"
};

bool
sx_kano_answer_parse(const char *s, size_t len, int *answer, SxError *err)
{
	size_t		i = 0;

	if (sx_name_lookup(answer_names, s, len, answer))
		return true;
	while (i < len && sx_is_blank(s[i]))
		i++;
	/*
	 * An empty field of a CSV file is no answer, but a type's input
	 * function cannot return NULL: say how to load it as one.
	 */
	if (i == len)
		return sx_fail(err, SX_ERR_SYNTAX, true,
					   "invalid input syntax for type kano_answer",
					   "Load empty answers as NULL: in COPY ... (FORMAT csv) an "
					   "unquoted empty field is NULL, and FORCE_NULL (functional, "
					   "dysfunctional) makes a quoted one NULL too; in a query, "
					   "use NULLIF(answer, '').",
					   "An empty text is no answer, and an input function cannot "
					   "return NULL.");
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type kano_answer",
				   "Use 1..5, like, expect (must-be), neutral, live-with "
				   "(live with, tolerate), dislike, the ISO wordings "
				   "\"I like it\", \"I expect it\", \"I am neutral\", "
				   "\"I live with it\", \"I can tolerate it\", \"I dislike it\", "
				   "or Berger's \"I like it that way\", \"It must be that way\", "
				   "\"I am neutral\", \"I can live with it that way\", "
				   "\"I dislike it that way\".",
				   "A Kano answer is one of the five answers of a functional "
				   "or dysfunctional question.");
}

const char *
sx_kano_answer_name(int answer)
{
	return sx_kano_answer_valid(answer) ? answer_out[answer] : NULL;
}
