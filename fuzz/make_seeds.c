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

#include "kano_result.h"
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

int
main(int argc, char **argv)
{
	const size_t KW = SX_KANO_RESULT_WIRE;
	const size_t PW = SX_PYRAMID_RESULT_WIRE;
	const size_t NW = SX_NPS_RESULT_WIRE;
	SxKanoResult k;
	SxPyramidResult p;
	SxNpsResult n;

	if (argc != 2)
	{
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	outdir = argv[1];

	/* kano_result */
	memset(&k, 0, sizeof(k));
	kano("valid_zero", &k, KW, 1);
	kano("empty", &k, 0, 1);
	kano("short", &k, KW - 1, 1);
	kano("long", &k, KW + 1, 1);
	kano("format_0", &k, KW, 0);
	kano("format_2", &k, KW, 2);
	for (int i = 0; i < SX_CELLS; i++)
		k.pairs[i] = i + 1;
	k.incomplete = 3;
	k.imp_n = 10;
	k.imp_sum = 35.5;
	k.imp_sumsq = 140.25;
	kano("valid_counts", &k, KW, 1);
	k.imp_sumsq = 1.0;
	kano("moments_impossible", &k, KW, 1);
	k.imp_sumsq = NAN;
	kano("sumsq_nan", &k, KW, 1);
	k.imp_sumsq = INFINITY;
	kano("sumsq_inf", &k, KW, 1);
	k.imp_sumsq = -1.0;
	kano("sumsq_negative", &k, KW, 1);
	k.imp_sumsq = 140.25;
	k.imp_n = 400;
	kano("imp_n_too_big", &k, KW, 1);
	k.imp_n = -1;
	kano("imp_n_negative", &k, KW, 1);
	k.imp_n = 10;
	k.pairs[7] = -1;
	kano("pair_negative", &k, KW, 1);
	memset(&k, 0, sizeof(k));
	k.pairs[0] = INT64_MAX;
	k.imp_sum = -0.0;
	kano("valid_max_pair", &k, KW, 1);
	k.pairs[24] = 1;
	kano("pairs_overflow", &k, KW, 1);
	k.pairs[24] = 0;
	k.incomplete = 1;
	kano("rows_overflow", &k, KW, 1);
	k.incomplete = -1;
	kano("incomplete_negative", &k, KW, 1);
	memset(&k, 0, sizeof(k));
	k.imp_sum = 1.0;
	kano("sum_without_n", &k, KW, 1);
	memset(&k, 0, sizeof(k));
	k.pairs[0] = 1;
	k.imp_n = 1;
	k.imp_sum = 4.9406564584124654e-324;	/* smallest subnormal */
	k.imp_sumsq = 0.0;
	kano("valid_subnormal", &k, KW, 1);

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
	return 0;
}
