/*
 * pyramid_level.c
 *		Pyramid levels (core): names and the rule of one observation.
 */
#include "pyramid_level.h"

#include "sx_text.h"

static const SxName level_names[] = {
	{"0", 0}, {"l0", 0}, {"promise not kept", 0},
	{"1", 1}, {"l1", 1}, {"core service proposition", 1},
	{"2", 2}, {"l2", 2}, {"customer feedback management", 2},
	{"3", 3}, {"l3", 3}, {"individual excellent service provision", 3},
	{"4", 4}, {"l4", 4}, {"surprisingly excellent service provision", 4},
	{NULL, 0}
};

static const char *const level_out[SX_LEVELS] = {
	"promise not kept", "core service proposition",
	"customer feedback management", "individual excellent service provision",
	"surprisingly excellent service provision"
};

bool
sx_pyramid_level_parse(const char *s, size_t len, int *level, SxError *err)
{
	if (sx_name_lookup(level_names, s, len, level))
		return true;
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type pyramid_level",
				   "Use 0..4, L0..L4, or a level name such as "
				   "\"core service proposition\".",
				   "A pyramid level is 0 (promise not kept) to 4 (surprisingly "
				   "excellent service provision).");
}

const char *
sx_pyramid_level_name(int level)
{
	return sx_pyramid_level_valid(level) ? level_out[level] : NULL;
}

int
sx_pyramid_level_rule(int promise_kept, int issue_resolved, int felt_valued,
					  int surprised)
{
	if (promise_kept != 1)
		return SX_LEVEL_NOT_KEPT;
	if (issue_resolved == 0)
		return SX_LEVEL_PROMISE;
	if (felt_valued != 1)
		return SX_LEVEL_FEEDBACK;
	if (surprised != 1)
		return SX_LEVEL_INDIVIDUAL;
	return SX_LEVEL_SURPRISE;
}

/* Built from sx_pyramid_level_rule, so the two cannot disagree */
void
sx_pyramid_flag_table(unsigned char table[SX_FLAG_COMBINATIONS])
{
	static const int value[3] = {0, 1, SX_UNKNOWN};

	for (int i = 0; i < SX_FLAG_COMBINATIONS; i++)
		table[i] = 0;
	for (int pk = 0; pk < 3; pk++)
		for (int ir = 0; ir < 3; ir++)
			for (int fv = 0; fv < 3; fv++)
				for (int su = 0; su < 3; su++)
				{
					int			level = sx_pyramid_level_rule(value[pk], value[ir],
															  value[fv], value[su]);
					int			unfounded = (value[su] == 1 && level < SX_LEVEL_FEEDBACK);

					table[pk | (ir << 2) | (fv << 4) | (su << 6)] =
						(unsigned char) (level | (unfounded << 3));
				}
}
