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
