/*
 * kano_answer.h
 *		Kano answers (core): the five answers to a functional or
 *		dysfunctional question, stored as their code 1..5.
 */
#ifndef CORE_KANO_ANSWER_H
#define CORE_KANO_ANSWER_H

#include <stdbool.h>
#include <stddef.h>

#include "sx_error.h"

typedef enum SxAnswer
{
	SX_ANSWER_LIKE = 1,
	SX_ANSWER_EXPECT = 2,
	SX_ANSWER_NEUTRAL = 3,
	SX_ANSWER_LIVE_WITH = 4,
	SX_ANSWER_DISLIKE = 5
} SxAnswer;

#define SX_ANSWERS 5

static inline bool
sx_kano_answer_valid(long long code)
{
	return code >= SX_ANSWER_LIKE && code <= SX_ANSWER_DISLIKE;
}

/*
 * A code, a short name, an ISO or a Berger et al. wording, any case;
 * 22P02 otherwise (an empty text with a hint on loading it as NULL)
 */
extern bool sx_kano_answer_parse(const char *s, size_t len, int *answer,
								 SxError *err);

/* like, expect, neutral, live-with, dislike; NULL for a bad code */
extern const char *sx_kano_answer_name(int answer);

#endif							/* CORE_KANO_ANSWER_H */
