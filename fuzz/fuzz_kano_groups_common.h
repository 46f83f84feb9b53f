/*
 * fuzz_kano_groups_common.h
 *		The properties of a kano_homogeneity_state that parsed or decoded:
 *		both forms give it back byte for byte, and the test on it (sorted)
 *		gives a p-value in [0, 1] and the groups it holds at most.
 */
#ifndef FUZZ_KANO_GROUPS_COMMON_H
#define FUZZ_KANO_GROUPS_COMMON_H

#include <math.h>

#include "fuzz_common.h"
#include "kano_change.h"

static inline void
fuzz_kano_groups_properties(const SxKanoGroups *g, size_t groups)
{
	SxError		err;
	size_t		size = SX_KANO_GROUPS_SIZE(groups);
	size_t		wire_len = SX_KANO_GROUPS_WIRE(groups);
	uint8_t    *wire = malloc(wire_len);
	char	   *text = malloc(SX_KANO_GROUPS_TEXT_MAX(groups));
	SxKanoGroups *back = malloc(size);
	size_t		n;
	SxHomogeneity h;

	CHECK(wire && text && back);
	CHECK((size_t) g->groups == groups);
	CHECK(sx_kano_groups_check(g, groups, &err));
	sx_kano_groups_encode(g, wire);
	CHECK(sx_kano_groups_wire_groups(wire_len, &n, &err) && n == groups);
	CHECK(sx_kano_groups_decode(wire, wire_len, back, groups, &err));
	CHECK(memcmp((const char *) g + 4, (const char *) back + 4, size - 4) == 0);
	sx_kano_groups_format(g, text);
	CHECK(strlen(text) < SX_KANO_GROUPS_TEXT_MAX(groups));
	CHECK(sx_kano_groups_measure(text, strlen(text), &n, &err) && n == groups);
	CHECK(sx_kano_groups_parse(text, strlen(text), back, groups, &err));
	CHECK(memcmp((const char *) g + 4, (const char *) back + 4, size - 4) == 0);
	sx_kano_groups_sort(back);
	if (sx_kano_chisq((const int64_t (*)[SX_CATEGORIES]) back->tally, back->groups, &h))
	{
		CHECK(h.groups >= 2 && h.groups <= back->groups && h.df >= 1);
		CHECK(isnan(h.p_value) || (h.p_value >= 0 && h.p_value <= 1));
	}
	free(wire);
	free(text);
	free(back);
}

#endif							/* FUZZ_KANO_GROUPS_COMMON_H */
