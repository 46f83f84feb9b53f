/*
 * make_seeds.c
 *		Write the binary seeds of the *_binary harnesses: valid values
 *		encoded with sx_*_encode, and a few invalid ones (wrong length,
 *		unknown format, negative counts, overflowing sums, bad doubles).
 *
 *		make -C fuzz seeds     (writes corpus/fuzz_*_binary/)
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ces_result.h"
#include "csat_result.h"
#include "duration_state.h"
#include "kano_change.h"
#include "experience_result.h"
#include "kano_result.h"
#include "sx_wire.h"
#include "nps_result.h"
#include "pyramid_result.h"

static const char *outdir;

static void
put(const char *harness, const char *name, const uint8_t *buf, size_t len)
{
	char		path[512];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s", outdir, harness);
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
	{
		perror(path);
		exit(1);
	}
	snprintf(path, sizeof(path), "%s/%s/%s", outdir, harness, name);
	f = fopen(path, "wb");
	if (f == NULL || fwrite(buf, 1, len, f) != len || fclose(f) != 0)
	{
		perror(path);
		exit(1);
	}
}

static void
kano(const char *name, const SxKanoResult *r, size_t len, int format)
{
	uint8_t		buf[SX_KANO_RESULT_WIRE + 8] = {0};

	sx_kano_result_encode(r, buf);
	buf[0] = (uint8_t) format;
	put("fuzz_kano_binary", name, buf, len);
}

/* The binary form sx 1.0 wrote: counts as in form 2, then two doubles */
static void
kano10(const char *name, const SxKanoResult *r, double sum, double sumsq)
{
	uint8_t		buf[SX_KANO_RESULT_WIRE] = {0};
	uint64_t	bits;

	sx_kano_result_encode(r, buf);
	buf[0] = SX_WIRE_FORMAT;
	memcpy(&bits, &sum, 8);
	for (int i = 0; i < 8; i++)
		buf[217 + i] = (uint8_t) (bits >> (56 - 8 * i));
	memcpy(&bits, &sumsq, 8);
	for (int i = 0; i < 8; i++)
		buf[225 + i] = (uint8_t) (bits >> (56 - 8 * i));
	put("fuzz_kano_binary", name, buf, SX_KANO_RESULT_WIRE_1_0);
}

static void
pyramid(const char *name, const SxPyramidResult *r, size_t len, int format)
{
	uint8_t		buf[SX_PYRAMID_RESULT_WIRE + 8] = {0};

	sx_pyramid_result_encode(r, buf);
	buf[0] = (uint8_t) format;
	put("fuzz_pyramid_binary", name, buf, len);
}

static void
nps(const char *name, const SxNpsResult *r, size_t len, int format)
{
	uint8_t		buf[SX_NPS_RESULT_WIRE + 8] = {0};

	sx_nps_result_encode(r, buf);
	buf[0] = (uint8_t) format;
	put("fuzz_nps_binary", name, buf, len);
}

static void
csat_ces(const char *name, const int64_t *h, int bins, size_t len, int format)
{
	uint8_t		buf[1 + 8 * SX_CES_MAX + 8] = {0};

	sx_hist_encode(h, bins, buf);
	buf[0] = (uint8_t) format;
	put("fuzz_csat_ces_binary", name, buf, len);
}

/* A duration_result of the given durations, encoded (cut 0: the whole form) */
static void
duration(const char *name, double alpha, const int64_t *us, int n, size_t cut)
{
	double		lg = sx_duration_log_gamma(alpha);
	SxDurationState *s = calloc(1, SX_DURATION_STATE_SIZE(0));
	size_t		span = 0;
	size_t		buckets;
	SxDurationResult *r;
	uint8_t    *buf;

	sx_duration_state_init(s);
	for (int i = 0; i < n; i++)
	{
		int64_t		k = us[i] > 0 ? sx_duration_bucket(us[i], lg) : 0;
		int64_t		first;
		size_t		need;

		if (us[i] > 0 && !sx_duration_state_covers(s, span, k, &first, &need))
		{
			SxDurationState *w = calloc(1, SX_DURATION_STATE_SIZE(need));

			sx_duration_state_widen(w, first, need, s, span);
			free(s);
			s = w;
			span = need;
		}
		sx_duration_state_add(s, alpha, us[i], k);
	}
	buckets = sx_duration_state_bytes(s, span);
	r = calloc(1, SX_DURATION_SIZE(buckets));
	sx_duration_state_result(s, span, r);
	buf = calloc(1, SX_DURATION_WIRE(buckets));
	sx_duration_result_encode(r, buckets, buf);
	put("fuzz_duration_binary", name, buf, cut ? cut : SX_DURATION_WIRE(buckets));
	free(buf);
	free(r);
	free(s);
}

/* A kano_homogeneity_state of n groups of counts (len 0: the whole form) */
static void
groups(const char *name, const int64_t (*t)[SX_CATEGORIES], int n, size_t cut)
{
	SxKanoGroups *g = calloc(1, SX_KANO_GROUPS_SIZE(n));
	uint8_t    *buf = calloc(1, SX_KANO_GROUPS_WIRE(n));
	SxError		err;

	sx_kano_groups_init(g);
	if (n > 0)
		(void) sx_kano_groups_scheme(g, &sx_scheme_iso24082, &err);
	for (int i = 0; i < n; i++)
	{
		SxKanoTally tally;

		memcpy(tally.cat, t[i], sizeof(tally.cat));
		sx_kano_groups_add(g, &tally);
	}
	sx_kano_groups_encode(g, buf);
	put("fuzz_kano_groups_binary", name, buf, cut ? cut : SX_KANO_GROUPS_WIRE(n));
	free(buf);
	free(g);
}

static void
experience(const char *name, const SxExperienceResult *r, size_t len, int format)
{
	uint8_t		buf[SX_EXPERIENCE_RESULT_WIRE + 8] = {0};

	sx_experience_result_encode(r, buf);
	buf[0] = (uint8_t) format;
	put("fuzz_experience_binary", name, buf, len);
}

/* the stored (packed) form of r, cut to len bytes when len is shorter */
static void
experience_packed(const char *name, const SxExperienceResult *r, size_t cut)
{
	uint8_t		buf[SX_EXPERIENCE_PACKED_MAX];
	size_t		len = sx_experience_result_pack(r, buf);

	put("fuzz_experience_binary", name, buf, cut && cut < len ? cut : len);
}

int
main(int argc, char **argv)
{
	const size_t KW = SX_KANO_RESULT_WIRE;
	const size_t PW = SX_PYRAMID_RESULT_WIRE;
	const size_t NW = SX_NPS_RESULT_WIRE;
	SxKanoResult k;
	SxPyramidResult p;
	SxNpsResult n;
	const size_t EW = SX_EXPERIENCE_RESULT_WIRE;
	SxExperienceResult e;

	if (argc != 2)
	{
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	outdir = argv[1];

	/* kano_result, the 1.1 form (format 2) */
	sx_kano_result_init(&k);
	kano("valid_zero", &k, KW, 2);
	kano("empty", &k, 0, 2);
	kano("short", &k, KW - 1, 2);
	kano("long", &k, KW + 1, 2);
	kano("format_0", &k, KW, 0);
	kano("format_3", &k, KW, 3);
	for (int i = 0; i < SX_CELLS; i++)
		k.pairs[i] = i + 1;
	k.incomplete = 3;
	k.imp_n = 2;
	sx_int128_store(k.imp_sum, 3500000);	/* 1.5 and 2 */
	k.imp_sumsq[0] = 6250000000000ULL;
	kano("valid_counts", &k, KW, 2);
	k.imp_sumsq[0] = 1;
	kano("moments_impossible", &k, KW, 2);
	k.imp_sumsq[2] = 1;
	kano("sumsq_too_big", &k, KW, 2);
	k.imp_sumsq[2] = 0;
	k.imp_sumsq[0] = 6250000000000ULL;
	k.imp_n = 400;
	kano("imp_n_too_big", &k, KW, 2);
	k.imp_n = -1;
	kano("imp_n_negative", &k, KW, 2);
	k.imp_n = 2;
	k.pairs[7] = -1;
	kano("pair_negative", &k, KW, 2);
	sx_kano_result_init(&k);
	k.pairs[0] = INT64_MAX;
	kano("valid_max_pair", &k, KW, 2);
	k.pairs[24] = 1;
	kano("pairs_overflow", &k, KW, 2);
	k.pairs[24] = 0;
	k.incomplete = 1;
	kano("rows_overflow", &k, KW, 2);
	k.incomplete = -1;
	kano("incomplete_negative", &k, KW, 2);
	sx_kano_result_init(&k);
	sx_int128_store(k.imp_sum, 1);
	kano("sum_without_n", &k, KW, 2);
	sx_kano_result_init(&k);
	k.pairs[0] = 1;
	k.imp_n = 1;
	sx_int128_store(k.imp_sum, -1000000000000000000LL);	/* -1e12 */
	k.imp_sumsq[0] = 0;
	k.imp_sumsq[1] = 54210108624275ULL;		/* (1e18)^2 = 1e36 */
	k.imp_sumsq[2] = 0;
	{
		sx_uint128	sq = (sx_uint128) 1000000000000000000ULL * 1000000000000000000ULL;

		k.imp_sumsq[0] = (uint64_t) sq;
		k.imp_sumsq[1] = (uint64_t) (sq >> 64);
	}
	kano("valid_extreme", &k, KW, 2);

	/* kano_result, sx 1.0's form (format 1, sums as doubles) */
	sx_kano_result_init(&k);
	kano10("v1_valid_zero", &k, 0.0, 0.0);
	k.pairs[0] = 2;
	k.imp_n = 2;
	kano10("v1_valid_float", &k, 0.30000000000000004, 0.05000000000000001);
	kano10("v1_nan", &k, NAN, 1.0);
	kano10("v1_huge", &k, 1e150, 1e300);
	kano10("v1_impossible", &k, 10.0, 1.0);

	/* pyramid_result */
	memset(&p, 0, sizeof(p));
	pyramid("valid_zero", &p, PW, 1);
	pyramid("empty", &p, 0, 1);
	pyramid("short", &p, PW - 1, 1);
	pyramid("long", &p, PW + 1, 1);
	pyramid("format_0", &p, PW, 0);
	for (int i = 0; i < SX_LEVELS; i++)
		p.levels[i] = i + 1;
	p.unfounded = 2;
	pyramid("valid_counts", &p, PW, 1);
	p.unfounded = 3;
	pyramid("valid_unfounded_max", &p, PW, 1);
	p.unfounded = 4;
	pyramid("unfounded_too_big", &p, PW, 1);
	p.unfounded = -1;
	pyramid("unfounded_negative", &p, PW, 1);
	p.unfounded = 0;
	p.levels[3] = -5;
	pyramid("level_negative", &p, PW, 1);
	memset(&p, 0, sizeof(p));
	p.levels[0] = INT64_MAX;
	p.unfounded = INT64_MAX;
	pyramid("valid_max", &p, PW, 1);
	p.levels[1] = 1;
	pyramid("levels_overflow", &p, PW, 1);

	/* nps_result */
	memset(&n, 0, sizeof(n));
	nps("valid_zero", &n, NW, 1);
	nps("empty", &n, 0, 1);
	nps("short", &n, NW - 1, 1);
	nps("long", &n, NW + 1, 1);
	nps("format_0", &n, NW, 0);
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		n.answers[i] = i * 7;
	nps("valid_counts", &n, NW, 1);
	n.answers[10] = -1;
	nps("answer_negative", &n, NW, 1);
	memset(&n, 0, sizeof(n));
	n.answers[5] = INT64_MAX;
	nps("valid_max", &n, NW, 1);
	n.answers[6] = 1;
	nps("answers_overflow", &n, NW, 1);

	/* csat_result and ces_result, through the one harness */
	{
		int64_t		h[SX_CES_MAX] = {0};

		csat_ces("csat_zero", h, SX_CSAT_MAX, 1 + 8 * SX_CSAT_MAX, 1);
		csat_ces("ces_zero", h, SX_CES_MAX, 1 + 8 * SX_CES_MAX, 1);
		csat_ces("format_0", h, SX_CSAT_MAX, 1 + 8 * SX_CSAT_MAX, 0);
		csat_ces("short", h, SX_CSAT_MAX, 8 * SX_CSAT_MAX, 1);
		for (int i = 0; i < SX_CES_MAX; i++)
			h[i] = 3 * i + 1;
		csat_ces("csat_counts", h, SX_CSAT_MAX, 1 + 8 * SX_CSAT_MAX, 1);
		csat_ces("ces_counts", h, SX_CES_MAX, 1 + 8 * SX_CES_MAX, 1);
		h[2] = -1;
		csat_ces("negative", h, SX_CES_MAX, 1 + 8 * SX_CES_MAX, 1);
		h[2] = INT64_MAX;
		csat_ces("overflow", h, SX_CES_MAX, 1 + 8 * SX_CES_MAX, 1);
	}

	/* duration_result */
	{
		static const int64_t one[] = {1500000};
		static const int64_t spread[] = {0, 1, 2, 1000, 999999, 3600000000LL, 0, 42};
		static const int64_t zeros[] = {0, 0, 0};
		static const int64_t longest[] = {1, INT64_MAX};

		duration("empty", 0.01, NULL, 0, 0);
		duration("one", 0.01, one, 1, 0);
		duration("spread", 0.01, spread, 8, 0);
		duration("spread_alpha_005", 0.05, spread, 8, 0);
		duration("spread_alpha_05", 0.5, spread, 8, 0);
		duration("zeros", 0.01, zeros, 3, 0);
		duration("longest", 0.2, longest, 2, 0);
		duration("cut_header", 0.01, one, 1, SX_DURATION_WIRE_HEADER - 1);
		duration("cut_bucket", 0.01, one, 1, SX_DURATION_WIRE_HEADER + 4);
		duration("header_only", 0.01, one, 1, SX_DURATION_WIRE_HEADER);
	}

	/* kano_homogeneity_state */
	{
		static const int64_t t[3][SX_CATEGORIES] = {
			{1, 2, 3, 4, 5, 6}, {0, 0, 0, 0, 0, 1}, {INT64_MAX, 0, 0, 0, 0, 0}
		};

		groups("empty", t, 0, 0);
		groups("one", t, 1, 0);
		groups("three", t, 3, 0);
		groups("cut", t, 2, SX_KANO_GROUPS_WIRE(2) - 8);
	}

	/* experience_result */
	sx_experience_result_init(&e);
	experience("valid_zero", &e, EW, 1);
	experience_packed("packed_zero", &e, 0);
	experience("empty", &e, 0, 1);
	experience("short", &e, EW - 1, 1);
	experience("long", &e, EW + 1, 1);
	experience("format_0", &e, EW, 0);
	for (int i = 0; i < SX_LEVELS; i++)
		e.levels[i] = 10 * (i + 1);
	e.unfounded = 5;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		e.nps[i] = i;
	for (int i = 0; i < SX_CSAT_MAX; i++)
		e.csat[i] = 2 * i;
	for (int i = 0; i < SX_CES_MAX; i++)
		e.ces[i] = i + 1;
	e.centricity_n = 100;
	e.centricity_sum = 321;
	e.participation_n = 7;
	e.participation_sum = 42;
	e.scale_n = 3;
	sx_int128_store(e.scale_sum, -12345678);	/* -12.345678 */
	experience("valid_counts", &e, EW, 1);
	experience_packed("packed_counts", &e, 0);
	experience_packed("packed_counts_cut", &e, 20);
	e.unfounded = 31;
	experience("unfounded_too_big", &e, EW, 1);
	e.unfounded = -1;
	experience("unfounded_negative", &e, EW, 1);
	e.unfounded = 5;
	e.nps[10] = 200;
	experience("nps_above_n", &e, EW, 1);
	e.nps[10] = 10;
	e.csat[2] = -1;
	experience("csat_negative", &e, EW, 1);
	e.csat[2] = 4;
	e.centricity_sum = 99;
	experience("centricity_sum_below_count", &e, EW, 1);
	e.centricity_sum = 601;
	experience("centricity_sum_above_6", &e, EW, 1);
	e.centricity_sum = 321;
	e.participation_n = 151;
	experience("participation_above_n", &e, EW, 1);
	e.participation_n = 7;
	e.scale_n = 0;
	experience("scale_sum_without_values", &e, EW, 1);
	e.scale_n = 3;
	sx_int128_store(e.scale_sum, (sx_int128) 3000000000000000001LL);
	experience("scale_sum_too_big", &e, EW, 1);
	sx_int128_store(e.scale_sum, -(sx_int128) 3000000000000000000LL);
	experience("valid_scale_min", &e, EW, 1);
	sx_experience_result_init(&e);
	e.levels[4] = INT64_MAX;
	e.nps[0] = INT64_MAX;
	e.csat[4] = INT64_MAX;
	e.ces[6] = INT64_MAX;
	e.centricity_n = e.participation_n = e.centricity_sum = INT64_MAX;
	e.participation_sum = INT64_MAX;
	e.scale_n = INT64_MAX;
	sx_int128_store(e.scale_sum, (sx_int128) INT64_MAX * 1000000000000000000LL);
	experience("valid_max", &e, EW, 1);
	experience_packed("packed_max", &e, 0);
	sx_int128_store(e.scale_sum, -(sx_int128) INT64_MAX * 1000000000000000000LL);
	experience("valid_max_negative", &e, EW, 1);
	experience_packed("packed_max_negative", &e, 0);
	e.scale_sum[1] = UINT64_C(0x8000000000000000);
	e.scale_sum[0] = 0;
	experience("scale_sum_int128_min", &e, EW, 1);
	e.levels[0] = 1;
	experience("levels_overflow", &e, EW, 1);
	return 0;
}
