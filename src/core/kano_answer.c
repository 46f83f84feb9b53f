/*
 * kano_answer.c
 *		Kano answers (core): their names in and out.
 */
#include "kano_answer.h"

#include "sx_text.h"

static const SxName answer_names[] = {
	{"1", SX_ANSWER_LIKE}, {"like", SX_ANSWER_LIKE},
	{"i like it", SX_ANSWER_LIKE},
	{"2", SX_ANSWER_EXPECT}, {"expect", SX_ANSWER_EXPECT},
	{"must be", SX_ANSWER_EXPECT}, {"i expect it", SX_ANSWER_EXPECT},
	{"3", SX_ANSWER_NEUTRAL}, {"neutral", SX_ANSWER_NEUTRAL},
	{"i am neutral", SX_ANSWER_NEUTRAL},
	{"4", SX_ANSWER_LIVE_WITH}, {"live with", SX_ANSWER_LIVE_WITH},
	{"tolerate", SX_ANSWER_LIVE_WITH}, {"i live with it", SX_ANSWER_LIVE_WITH},
	{"i can tolerate it", SX_ANSWER_LIVE_WITH},
	{"5", SX_ANSWER_DISLIKE}, {"dislike", SX_ANSWER_DISLIKE},
	{"i dislike it", SX_ANSWER_DISLIKE},
	{NULL, 0}
};

static const char *const answer_out[SX_ANSWERS + 1] = {
	NULL, "like", "expect", "neutral", "live-with", "dislike"
};

bool
sx_kano_answer_parse(const char *s, size_t len, int *answer, SxError *err)
{
	if (sx_name_lookup(answer_names, s, len, answer))
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

const char *
sx_kano_answer_name(int answer)
{
	return sx_kano_answer_valid(answer) ? answer_out[answer] : NULL;
}
