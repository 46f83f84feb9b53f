/*
 * garbage.c: feed random and mutated garbage to every text input, binary
 * receive and text-parsing argument of sx, through a real server.
 *
 * A libpq client, run by tests/garbage.sh against a database with sx
 * installed (connection from the usual PG* environment).  For every target
 * it sends edge cases, random strings and bytes, and mutations of valid
 * values; each call must either succeed or fail with an ordinary error
 * (SQLSTATE class 22, 23 or 54, 08P01, 42883, 42804).  A success of a type's
 * input or receive function must also round-trip (output reads back equal;
 * send gives back the bytes received).  An internal error (XX000, XX001),
 * any other SQLSTATE (classes 57 and 58 included; a hang ends as 57014 via
 * statement_timeout), a lost connection, or a target where nothing
 * succeeded is a failure: it is printed with the input, and the run goes on
 * and exits 1 at the end.
 *
 * A crashed backend makes the postmaster reinitialize, which does not change
 * pg_postmaster_start_time(); so besides that, the run checks that the
 * checkpointer, background writer and walwriter are the same processes at
 * the end, that a sentinel connection opened at the start still works, and
 * greps the server log (when found) for crash lines.
 *
 * Environment:
 *   GARBAGE_SEED        PRNG seed (default below; printed at start)
 *   GARBAGE_CASES       random and mutated cases per target (default 2000),
 *                       on top of each target's fixed edge cases
 *   GARBAGE_ONLY        comma-separated substrings: run only matching targets
 *   GARBAGE_EXTRA=0     leave out the "extra:" targets: aggregate support
 *                       functions (transition, inverse, combine, final)
 *                       called directly (run by default)
 *   GARBAGE_SERVER_LOG  the server's log file, grepped for crashes (garbage.sh
 *                       finds it with pg_lsclusters)
 *
 * Every target has its own PRNG stream derived from the seed and its name,
 * so a failing case reproduces with the same seed whatever GARBAGE_ONLY and
 * (for the cases before it) GARBAGE_CASES are.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#define DEFAULT_SEED 20261123ULL
#define DEFAULT_CASES 2000
#define BIG (100 * 1024)		/* "very long" inputs */
#define TEXTOID 25
#define FLOAT8OID 701
#define FLOAT8ARRAYOID 1022

/* ------------------------------------------------------------------ */
/* Small utilities                                                      */
/* ------------------------------------------------------------------ */

static void
die(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	fprintf(stderr, "garbage: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	exit(2);
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die("out of memory");
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t		n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A growable byte buffer, always followed by a NUL (not counted in n) */
typedef struct Buf
{
	uint8_t    *d;
	size_t		n;
	size_t		cap;
} Buf;

static void
buf_reserve(Buf *b, size_t need)
{
	if (need + 1 > b->cap)
	{
		size_t		cap = b->cap ? b->cap : 64;

		while (cap < need + 1)
			cap *= 2;
		b->d = xrealloc(b->d, cap);
		b->cap = cap;
	}
}

static void
buf_clear(Buf *b)
{
	buf_reserve(b, 0);
	b->n = 0;
	b->d[0] = 0;
}

static void
buf_insert(Buf *b, size_t pos, const void *p, size_t n)
{
	if (pos > b->n)
		pos = b->n;
	buf_reserve(b, b->n + n);
	memmove(b->d + pos + n, b->d + pos, b->n - pos);
	memcpy(b->d + pos, p, n);
	b->n += n;
	b->d[b->n] = 0;
}

static void
buf_append(Buf *b, const void *p, size_t n)
{
	buf_insert(b, b->n, p, n);
}

static void
buf_puts(Buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

static void
buf_putc(Buf *b, int c)
{
	uint8_t		ch = (uint8_t) c;

	buf_append(b, &ch, 1);
}

static void
buf_set(Buf *b, const void *p, size_t n)
{
	buf_clear(b);
	buf_append(b, p, n);
}

static void
buf_delete(Buf *b, size_t pos, size_t n)
{
	if (pos >= b->n)
		return;
	if (n > b->n - pos)
		n = b->n - pos;
	memmove(b->d + pos, b->d + pos + n, b->n - pos - n);
	b->n -= n;
	b->d[b->n] = 0;
}

static void
buf_repeat(Buf *b, const char *s, size_t times)
{
	for (size_t i = 0; i < times; i++)
		buf_puts(b, s);
}

static void
put_be64(uint8_t *p, uint64_t v)
{
	for (int i = 7; i >= 0; i--)
		*p++ = (uint8_t) (v >> (8 * i));
}

static uint64_t
get_be64(const uint8_t *p)
{
	uint64_t	v = 0;

	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return v;
}

static uint64_t
dbits(double d)
{
	uint64_t	v;

	memcpy(&v, &d, 8);
	return v;
}

static double
bitsd(uint64_t v)
{
	double		d;

	memcpy(&d, &v, 8);
	return d;
}

static void
put_be32(Buf *b, uint32_t v)
{
	uint8_t		x[4] = {v >> 24, v >> 16, v >> 8, v};

	buf_append(b, x, 4);
}

/* Print bytes C-style: printable ASCII as is, the rest as \xHH */
static void
print_escaped(FILE *f, const uint8_t *d, size_t n, size_t max)
{
	fputc('"', f);
	for (size_t i = 0; i < n && i < max; i++)
	{
		uint8_t		c = d[i];

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, f);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else
			fprintf(f, "\\x%02x", c);
	}
	fputc('"', f);
	if (n > max)
		fprintf(f, "... (%zu bytes in all)", n);
}

/* ------------------------------------------------------------------ */
/* PRNG: xoshiro256** seeded by splitmix64                              */
/* ------------------------------------------------------------------ */

typedef struct Rng
{
	uint64_t	s[4];
} Rng;

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t	z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void
rng_seed(Rng *r, uint64_t seed, const char *name)
{
	uint64_t	h = 1469598103934665603ULL;	/* FNV-1a of the name */

	for (const char *p = name; *p; p++)
		h = (h ^ (uint8_t) *p) * 1099511628211ULL;
	seed ^= h;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&seed);
}

static inline uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t
rng_next(Rng *r)
{
	uint64_t   *s = r->s;
	uint64_t	result = rotl(s[1] * 5, 7) * 9;
	uint64_t	t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Uniform in 0..n-1 (n > 0) */
static size_t
rnd(Rng *r, size_t n)
{
	return n ? (size_t) (rng_next(r) % n) : 0;
}

static bool
chance(Rng *r, int percent)
{
	return (int) rnd(r, 100) < percent;
}

static double
rnd_unit(Rng *r)
{
	return (rng_next(r) >> 11) * 0x1.0p-53;
}

/* ------------------------------------------------------------------ */
/* Interesting values                                                   */
/* ------------------------------------------------------------------ */

static const int64_t interesting_i64[] = {
	0, 1, 2, 3, 5, 7, 11, 25, 127, 128, 255, 256, 65535, 65536,
	-1, -2, INT64_MAX, INT64_MAX - 1, INT64_MIN, INT64_MIN + 1,
	INT64_MAX / 2, INT64_MAX / 2 + 1, INT64_MAX / 5, INT64_MAX / 11,
	INT64_MAX / 25, INT64_MAX / 25 + 1, INT32_MAX, (int64_t) INT32_MAX + 1,
	INT32_MIN, (int64_t) 1 << 53, ((int64_t) 1 << 53) + 1, (int64_t) 1 << 62,
};

static double
interesting_double(Rng *r)
{
	static const double v[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 0.95, 0.99, 6.0, 3.0, 2.0, 4.0, 5.0,
		1e-300, 1e300, 1e308, -1e308, 1e-308, 1e154, 1e-154, 1e6, 1e-6,
		1e15, 1e16, 9007199254740993.0, 0.1, 0.9999999999999999,
		DBL_MAX, -DBL_MAX, DBL_MIN, -DBL_MIN, DBL_EPSILON,
		4.9406564584124654e-324, -4.9406564584124654e-324,
		2.2250738585072009e-308, 1.7976931348623157e308,
	};
	size_t		k = rnd(r, sizeof(v) / sizeof(v[0]) + 10);

	if (k < sizeof(v) / sizeof(v[0]))
		return v[k];
	switch (k - sizeof(v) / sizeof(v[0]))
	{
		case 0:
			return NAN;
		case 1:
			return -NAN;
		case 2:
			return INFINITY;
		case 3:
			return -INFINITY;
		case 4:
			return bitsd(0x7ff0000000000001ULL | (rng_next(r) & 0x000fffffffffffffULL));	/* NaN payloads */
		case 5:
			return nextafter(1.0, rnd(r, 2) ? 2.0 : 0.0);
		case 6:
			return nextafter(6.0, rnd(r, 2) ? 7.0 : 5.0);
		case 7:
			return bitsd(rng_next(r));	/* any bit pattern */
		case 8:
			return ldexp(rnd_unit(r), (int) rnd(r, 2200) - 1100);
		default:
			return bitsd(rng_next(r) & 0x000fffffffffffffULL);	/* denormal */
	}
}

/* A double for a parameter: mostly around the valid ranges, often special */
static double
gen_double(Rng *r)
{
	switch (rnd(r, 5))
	{
		case 0:
			return 1.0 + 5.0 * rnd_unit(r);
		case 1:
			return (double) rnd(r, 12) - 2.0;
		case 2:
			return -10.0 + 1000.0 * rnd_unit(r) * rnd_unit(r);
		default:
			return interesting_double(r);
	}
}

/* Tokens spliced into text inputs */
static const char *const tokens[] = {
	"pairs=", "incomplete=", "importance=", "levels=", "unfounded=", "answers=",
	"alpha=", " zeros=", " min=", " max=", " sum=", " buckets=", "scheme=", " groups=",
	"QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ", "0.01", "2184", "218341",
	"340282366920938463463374607431768211456",
	"nps=", "csat=", "ces=", "centricity=", "participation=", "complaints=", "fcr=", "data_scale=",
	",", "/", " ", "-", "+", "=", ".", "e", "E", "{", "}", "[", "]", "\"", ":",
	"\\", "\\u0000", "\\u0051", "\\ud800", "{\"table\": [", "\"table\"", "\"QAAAO\"",
	"\"RRRRQ\"", "], ", "null", "true", "1", "0", "NULL", "NaN", "nan", "Infinity",
	"-Infinity", "inf", "1e309", "-1e309", "1e-400", "4.9e-324", "-0", "0x1p3",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"18446744073709551615", "99999999999999999999999999999", "00000000000000000001",
	"like", "I like it", "live-with", "live with", "must-be", "one-dimensional",
	"L4", "l0", "promise not kept", "iso24082", "kano1984", "pouliot", "mode",
	"berger", "kano", "iso16355", "\t", "\n", "\r", "\v", "\f", "\xc3\xa9",
	"\xe2\x80\x8b", "\xef\xbc\x91", "\xc2\xa0", "\xef\xbb\xbf", "\xf0\x9f\x98\x80",
	"\xff", "\xc0\x80", "\xed\xa0\x80", "'", "%s", "%n", "$1", "\x01", "\x7f",
};
#define NTOKENS (sizeof(tokens) / sizeof(tokens[0]))

static const char *const huge_numbers[] = {
	"9223372036854775807", "9223372036854775808", "9223372036854775806",
	"18446744073709551615", "18446744073709551616", "-9223372036854775808",
	"-1", "-0", "0", "00", "1e309", "1e-400", "4.9e-324", "1.7976931348623157e308",
	"99999999999999999999999999999999999999999999999999", "368934881474191033",
	"838488366986797801", "NaN", "Infinity", "0.5", "1.", ".5", "5e", "+1",
	"0x7fffffffffffffff", "2147483648", "4294967296",
};
#define NHUGE (sizeof(huge_numbers) / sizeof(huge_numbers[0]))

/* ------------------------------------------------------------------ */
/* Seeds: valid values of each kind                                     */
/* ------------------------------------------------------------------ */

typedef enum SeedSet
{
	S_NONE = -1,
	S_ANSWER, S_ANSWER_BIN, S_CATEGORY, S_CATEGORY_BIN, S_LEVEL, S_LEVEL_BIN,
	S_KRES, S_KRES_BIN, S_PRES, S_PRES_BIN, S_NRES, S_NRES_BIN,
	S_CSAT, S_CSAT_BIN, S_CES, S_CES_BIN, S_DUR, S_DUR_BIN, S_KGS, S_KGS_BIN,
	S_SCHEME, S_VOCAB, S_RULE, S_THRESH, S_THRESH_BIN, S_CONF, S_LEVER,
	S_HIST, S_NUMS, S_BOOLS, S_CHART, S_ERES, S_ERES_BIN, S_EARGS,
	S_COUNT
} SeedSet;

typedef struct SeedList
{
	Buf		   *v;
	int			n;
} SeedList;

static SeedList seeds[S_COUNT];

static void
seed_add(SeedSet s, const void *p, size_t n)
{
	SeedList   *l = &seeds[s];

	for (int i = 0; i < l->n; i++)
		if (l->v[i].n == n && memcmp(l->v[i].d, p, n) == 0)
			return;
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(Buf));
	memset(&l->v[l->n], 0, sizeof(Buf));
	buf_set(&l->v[l->n], p, n);
	l->n++;
}

static const Buf *
seed_pick(Rng *r, SeedSet s)
{
	if (seeds[s].n == 0)
		die("no seeds in set %d", (int) s);
	return &seeds[s].v[rnd(r, seeds[s].n)];
}

/* ------------------------------------------------------------------ */
/* Connection and checking                                              */
/* ------------------------------------------------------------------ */

static PGconn *conn;

static void
connect_db(void)
{
	for (int attempt = 0; attempt < 60; attempt++)
	{
		PGresult   *res;

		conn = PQconnectdb("");
		if (PQstatus(conn) == CONNECTION_OK)
		{
			/* a hang is a failure too: 57014 after 20 s */
			res = PQexec(conn, "SET statement_timeout = '20s'");
			PQclear(res);
			return;
		}
		if (attempt == 0)
			fprintf(stderr, "garbage: connect: %s", PQerrorMessage(conn));
		PQfinish(conn);
		sleep(1);
	}
	die("cannot connect to the server");
}

/* Run a query with text parameters that must succeed */
static PGresult *
must_query(const char *sql, int nparams, const char *const *values)
{
	PGresult   *res = PQexecParams(conn, sql, nparams, NULL, values, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die("query failed: %s\n%s", sql, PQerrorMessage(conn));
	return res;
}

static char *
query_value(const char *sql)
{
	PGresult   *res = must_query(sql, 0, NULL);
	char	   *v;

	if (PQntuples(res) != 1)
		die("query returned %d rows: %s", PQntuples(res), sql);
	v = xstrdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return v;
}

static void
hex_decode(const char *hex, Buf *out)
{
	buf_clear(out);
	for (const char *p = hex; p[0] && p[1]; p += 2)
	{
		unsigned int c;

		if (sscanf(p, "%2x", &c) != 1)
			die("bad hex %s", hex);
		buf_putc(out, (int) c);
	}
}

/* ------------------------------------------------------------------ */
/* Targets                                                              */
/* ------------------------------------------------------------------ */

typedef enum Kind
{
	K_TEXT,						/* $1 text (NUL-free), optional $2 valid text */
	K_BIN,						/* $1 binary of type oid, optional $2 valid text */
	K_LEVER						/* 6 binary float8 parameters, each maybe NULL */
} Kind;

/* Checks of a successful call */
#define CK_NONE 0
#define CK_TEXT 1				/* column 1: output reads back equal ("t") */
#define CK_BIN 2				/* also column 2: send gives the input bytes */
#define CK_REPARSE 3			/* column 0 reads back as type typname */

typedef struct StateCount
{
	char		state[6];
	long		n;
} StateCount;

#define MAX_STATES 40

typedef struct Target
{
	const char *name;
	Kind		kind;
	const char *sql;
	SeedSet		set;			/* seeds of $1 */
	SeedSet		ctx;			/* seeds of $2, or S_NONE */
	unsigned int ptype;			/* type of $1 (0: inferred) */
	const char *typname;		/* K_BIN: the type whose OID ptype gets */
	int			check;			/* what a success must also show (CK_*) */
	bool		extra;			/* left out with GARBAGE_EXTRA=0 */
	/* statistics */
	long		calls,
				ok,
				ordinary,
				failures;
	double		seconds;
	StateCount	states[MAX_STATES];
	int			nstates;
} Target;

/* The valid values in $2 are drawn from seed sets filled at start */
static Target targets[] = {
	{"in:kano_answer", K_TEXT,
		"SELECT v::text, v::text::sx.kano_answer OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.kano_answer AS v) x",
		S_ANSWER, S_NONE, 0, NULL, CK_TEXT},
	{"in:kano_category", K_TEXT,
		"SELECT v::text, v::text::sx.kano_category OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.kano_category AS v) x",
		S_CATEGORY, S_NONE, 0, NULL, CK_TEXT},
	{"in:pyramid_level", K_TEXT,
		"SELECT v::text, v::text::sx.pyramid_level OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.pyramid_level AS v) x",
		S_LEVEL, S_NONE, 0, NULL, CK_TEXT},
	{"in:kano_result", K_TEXT,
		"SELECT v::text, v::text::sx.kano_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.kano_result AS v) x",
		S_KRES, S_NONE, 0, NULL, CK_TEXT},
	{"in:pyramid_result", K_TEXT,
		"SELECT v::text, v::text::sx.pyramid_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.pyramid_result AS v) x",
		S_PRES, S_NONE, 0, NULL, CK_TEXT},
	{"in:nps_result", K_TEXT,
		"SELECT v::text, v::text::sx.nps_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.nps_result AS v) x",
		S_NRES, S_NONE, 0, NULL, CK_TEXT},
	{"in:csat_result", K_TEXT,
		"SELECT v::text, v::text::sx.csat_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.csat_result AS v) x",
		S_CSAT, S_NONE, 0, NULL, CK_TEXT},
	{"in:ces_result", K_TEXT,
		"SELECT v::text, v::text::sx.ces_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.ces_result AS v) x",
		S_CES, S_NONE, 0, NULL, CK_TEXT},
	{"in:duration_result", K_TEXT,
		"SELECT v::text, v::text::sx.duration_result OPERATOR(sx.=) v,"
		" sx.duration_quantile(v, 0.5), sx.duration_mean(v)"
		" FROM (SELECT $1::sx.duration_result AS v) x",
		S_DUR, S_NONE, 0, NULL, CK_TEXT},
	{"in:duration_state", K_TEXT,
		"SELECT v::text, v::text::sx.duration_state::text = v::text, sx.duration_state_final(v)::text"
		" FROM (SELECT $1::sx.duration_state AS v) x",
		S_DUR, S_NONE, 0, NULL, CK_TEXT},
	/* a state, no comparison: its text must read back to the same text */
	{"in:kano_homogeneity_state", K_TEXT,
		"SELECT v::text, v::text::sx.kano_homogeneity_state::text = v::text, sx.kano_homogeneity_final(v)::text"
		" FROM (SELECT $1::sx.kano_homogeneity_state AS v) x",
		S_KGS, S_NONE, 0, NULL, CK_TEXT},
	{"in:experience_result", K_TEXT,
		"SELECT v::text, v::text::sx.experience_result OPERATOR(sx.=) v"
		" FROM (SELECT $1::sx.experience_result AS v) x",
		S_ERES, S_NONE, 0, NULL, CK_TEXT},
	{"recv:kano_answer", K_BIN,
		"SELECT $1::text, $1::text::sx.kano_answer OPERATOR(sx.=) $1,"
		" encode(sx.kano_answer_send($1), 'hex')",
		S_ANSWER_BIN, S_NONE, 0, "sx.kano_answer", CK_BIN},
	{"recv:kano_category", K_BIN,
		"SELECT $1::text, $1::text::sx.kano_category OPERATOR(sx.=) $1,"
		" encode(sx.kano_category_send($1), 'hex')",
		S_CATEGORY_BIN, S_NONE, 0, "sx.kano_category", CK_BIN},
	{"recv:pyramid_level", K_BIN,
		"SELECT $1::text, $1::text::sx.pyramid_level OPERATOR(sx.=) $1,"
		" encode(sx.pyramid_level_send($1), 'hex')",
		S_LEVEL_BIN, S_NONE, 0, "sx.pyramid_level", CK_BIN},
	{"recv:kano_result", K_BIN,
		"SELECT $1::text, $1::text::sx.kano_result OPERATOR(sx.=) $1,"
		" encode(sx.kano_result_send($1), 'hex')",
		S_KRES_BIN, S_NONE, 0, "sx.kano_result", CK_BIN},
	{"recv:pyramid_result", K_BIN,
		"SELECT $1::text, $1::text::sx.pyramid_result OPERATOR(sx.=) $1,"
		" encode(sx.pyramid_result_send($1), 'hex')",
		S_PRES_BIN, S_NONE, 0, "sx.pyramid_result", CK_BIN},
	{"recv:nps_result", K_BIN,
		"SELECT $1::text, $1::text::sx.nps_result OPERATOR(sx.=) $1,"
		" encode(sx.nps_result_send($1), 'hex')",
		S_NRES_BIN, S_NONE, 0, "sx.nps_result", CK_BIN},
	{"recv:csat_result", K_BIN,
		"SELECT $1::text, $1::text::sx.csat_result OPERATOR(sx.=) $1,"
		" encode(sx.csat_result_send($1), 'hex')",
		S_CSAT_BIN, S_NONE, 0, "sx.csat_result", CK_BIN},
	{"recv:ces_result", K_BIN,
		"SELECT $1::text, $1::text::sx.ces_result OPERATOR(sx.=) $1,"
		" encode(sx.ces_result_send($1), 'hex')",
		S_CES_BIN, S_NONE, 0, "sx.ces_result", CK_BIN},
	{"recv:duration_result", K_BIN,
		"SELECT $1::text, $1::text::sx.duration_result OPERATOR(sx.=) $1,"
		" encode(sx.duration_result_send($1), 'hex')",
		S_DUR_BIN, S_NONE, 0, "sx.duration_result", CK_BIN},
	{"recv:kano_homogeneity_state", K_BIN,
		"SELECT $1::text, $1::text::sx.kano_homogeneity_state::text = $1::text,"
		" encode(sx.kano_homogeneity_state_send($1), 'hex')",
		S_KGS_BIN, S_NONE, 0, "sx.kano_homogeneity_state", CK_BIN},
	{"recv:experience_result", K_BIN,
		"SELECT $1::text, $1::text::sx.experience_result OPERATOR(sx.=) $1,"
		" encode(sx.experience_result_send($1), 'hex')",
		S_ERES_BIN, S_NONE, 0, "sx.experience_result", CK_BIN},
	{"scheme:kano_classify", K_TEXT,
		"SELECT sx.kano_classify(1, 5, $1)::text", S_SCHEME, S_NONE, TEXTOID},
	/* the scheme changes from row to row: the per-call-site cache path */
	{"scheme:kano_classify/rows", K_TEXT,
		"SELECT string_agg(sx.kano_classify(1 + g % 5, 1 + (g / 5) % 5,"
		" CASE WHEN g % 2 = 0 THEN $1 ELSE 'kano1984' END)::text, '')"
		" FROM generate_series(0, 24) g", S_SCHEME, S_NONE, TEXTOID},
	{"scheme:kano_report", K_TEXT,
		"SELECT k.category::text, k.better_low FROM sx.kano_report($2::sx.kano_result, $1) k",
		S_SCHEME, S_KRES, TEXTOID},
	{"scheme:figures", K_TEXT,
		"SELECT sx.kano_count(r, 'A', $1), sx.kano_better(r, $1), sx.kano_worse(r, $1),"
		" sx.kano_total_strength(r, $1), sx.kano_category_strength(r, $1),"
		" sx.kano_significant(r, $1), sx.kano_compare(r, r, $1), sx.kano_category(r, $1),"
		" (SELECT count(*) FROM sx.kano_scheme_cells($1))"
		" FROM (SELECT $2::sx.kano_result AS r) x", S_SCHEME, S_KRES, TEXTOID},
	{"vocabulary:kano_category_name", K_TEXT,
		"SELECT sx.kano_category_name($2::sx.kano_category, $1)", S_VOCAB, S_CATEGORY, TEXTOID},
	{"rule:kano_category", K_TEXT,
		"SELECT sx.kano_category($2::sx.kano_result, 'iso24082', $1)::text",
		S_RULE, S_KRES, TEXTOID},
	{"thresholds:pyramid_attained", K_TEXT,
		"SELECT sx.pyramid_attained(x.r, x.t)::text, p.attained::text"
		" FROM (SELECT $2::sx.pyramid_result AS r, $1::float8[] AS t) x,"
		" LATERAL sx.pyramid_report(x.r, x.t) p", S_THRESH, S_PRES},
	{"thresholds:pyramid_attained/bin", K_BIN,
		"SELECT sx.pyramid_attained($2::sx.pyramid_result, $1)::text",
		S_THRESH_BIN, S_PRES, FLOAT8ARRAYOID},
	{"confidence:kano_report", K_TEXT,
		"SELECT k.better_low, k.better_high, k.worse_low, k.worse_high"
		" FROM sx.kano_report($2::sx.kano_result, 'iso24082', 'mode', $1::float8) k",
		S_CONF, S_KRES},
	{"confidence:nps_low", K_TEXT,
		"SELECT sx.nps_low($2::sx.nps_result, $1::float8),"
		" sx.nps_high($2::sx.nps_result, $1::float8)", S_CONF, S_NRES},
	{"scheme:change", K_TEXT,
		"SELECT d.verdict, b.low, w.high, (SELECT sx.kano_homogeneity(x, $1)::text"
		"  FROM (VALUES (r), (r OPERATOR(sx.+) r)) v(x))"
		" FROM (SELECT $2::sx.kano_result AS r) x, LATERAL sx.kano_drift(r, r OPERATOR(sx.+) r, $1) d,"
		" LATERAL sx.kano_better_diff(r, r, $1) b, LATERAL sx.kano_worse_diff(r, r, $1) w",
		S_SCHEME, S_KRES, TEXTOID},
	{"confidence:differences", K_TEXT,
		"SELECT sx.csat_low($2::sx.csat_result, $1::float8), sx.csat_diff($2, $2, $1::float8)::text,"
		" (sx.kano_drift('empty', 'empty', 'iso24082', $1::float8)).verdict,"
		" sx.nps_diff('answers=1,2,3,4,5,6,7,8,9,10,11', 'answers=0,0,0,0,0,0,0,0,0,0,1', $1::float8)::text,"
		" sx.pyramid_share_diff('levels=1,1,1,1,1 unfounded=0', 'levels=0,1,0,0,1 unfounded=0', 'L2', $1::float8)::text",
		S_CONF, S_CSAT},
	{"confidence:ces", K_TEXT,
		"SELECT sx.ces_mean_low($2::sx.ces_result, $1::float8), sx.ces_mean_high($2, $1::float8),"
		" sx.ces_diff($2, $2 OPERATOR(sx.+) 'answers=1,0,0,0,0,0,9', $1::float8)::text",
		S_CONF, S_CES},
	{"quantile:duration", K_TEXT,
		"SELECT sx.duration_quantile($2::sx.duration_result, $1::float8),"
		" sx.duration_quantile_seconds($2::sx.duration_result, $1::float8)",
		S_CONF, S_DUR},
	{"thresholds:experience_report", K_TEXT,
		"SELECT e.attained::text, e.attained_name, e.share_l4"
		" FROM sx.experience_report($2::sx.experience_result, $1::float8[]) e",
		S_THRESH, S_ERES},
	{"thresholds:experience_report/bin", K_BIN,
		"SELECT e.attained::text, e.attained_name"
		" FROM sx.experience_report($2::sx.experience_result, $1) e",
		S_THRESH_BIN, S_ERES, FLOAT8ARRAYOID},
	{"confidence:experience_report", K_TEXT,
		"SELECT e.nps_low, e.nps_high"
		" FROM sx.experience_report($2::sx.experience_result, '{0.9,0.8,0.5,0.2}', $1::float8) e",
		S_CONF, S_ERES},
	/* every figure of a garbage-derived value: extreme counts and sums */
	{"report:experience_report", K_TEXT,
		"SELECT e::text FROM sx.experience_report($1::sx.experience_result) e",
		S_ERES, S_NONE},
	/* the parts are values of their own types, and read back as such */
	{"parts:experience_pyramid/nps", K_TEXT,
		"SELECT sx.experience_pyramid(v)::text || ' ' || sx.experience_nps(v)::text,"
		" sx.experience_pyramid(v)::text::sx.pyramid_result OPERATOR(sx.=) sx.experience_pyramid(v)"
		" AND sx.experience_nps(v)::text::sx.nps_result OPERATOR(sx.=) sx.experience_nps(v)"
		" AND sx.pyramid_n(sx.experience_pyramid(v)) = sx.experience_n(v)"
		" FROM (SELECT $1::sx.experience_result AS v) x",
		S_ERES, S_NONE, 0, NULL, CK_TEXT},
	/* a difference that is allowed gives back the minuend when added again */
	{"experience_result_subtract", K_TEXT,
		"SELECT d::text, d::text::sx.experience_result OPERATOR(sx.+) v OPERATOR(sx.=) w"
		" FROM (SELECT v, w, sx.experience_result_subtract(w, v) AS d"
		"  FROM (SELECT $1::sx.experience_result AS v, $2::sx.experience_result AS w) x) y",
		S_ERES, S_ERES, 0, NULL, CK_TEXT},
	{"experience_result_subtract/minuend", K_TEXT,
		"SELECT d::text, d::text::sx.experience_result OPERATOR(sx.+) w OPERATOR(sx.=) v"
		" FROM (SELECT v, w, sx.experience_result_subtract(v, w) AS d"
		"  FROM (SELECT $1::sx.experience_result AS v, $2::sx.experience_result AS w) x) y",
		S_ERES, S_ERES, 0, NULL, CK_TEXT},
	{"in:chart_points", K_TEXT,
		"SELECT v::text, v::text::sx.chart_points::text = v::text"
		" FROM (SELECT $1::sx.chart_points AS v) x",
		S_CHART, S_NONE, 0, NULL, CK_TEXT},
	/* every state draws a chart of its kind, or fails with an ordinary error */
	{"chart:final", K_TEXT,
		"SELECT md5(CASE split_part(v::text, ' ', 1) WHEN 'kano' THEN sx.kano_chart_final(v)"
		" WHEN 'pyramid' THEN sx.pyramid_chart_final(v) WHEN 'trend' THEN sx.trend_chart_final(v)"
		" ELSE sx.radar_chart_final(v) END) FROM (SELECT $1::sx.chart_points AS v) x",
		S_CHART, S_NONE},
	{"leverage_score", K_LEVER,
		"SELECT l.* FROM sx.leverage_score($1, $2, $3, $4, $5, $6) l", S_LEVER, S_NONE},

	/*
	 * GARBAGE_EXTRA=1: aggregate support functions, which are plain SQL
	 * functions too, called directly on garbage-derived values; a value they
	 * return must read back through the type's input function.
	 */
	{"extra:hist:csat", K_TEXT,
		"SELECT sx.csat_accum($1::bigint[], 3)::text, sx.csat_final($1::bigint[])",
		S_HIST, S_NONE, 0, NULL, CK_NONE, true},
	{"extra:hist:ces", K_TEXT,
		"SELECT sx.ces_accum($1::bigint[], 7)::text, sx.ces_final($1::bigint[]),"
		" sx.ces_net_final($1::bigint[])", S_HIST, S_NONE, 0, NULL, CK_NONE, true},
	{"extra:hist:combine", K_TEXT,
		"SELECT sx.sx_hist_combine($2::bigint[], $1::bigint[])::text",
		S_HIST, S_HIST, 0, NULL, CK_NONE, true},
	{"extra:kano_agg_trans", K_TEXT,
		"SELECT sx.kano_agg_trans($2::sx.kano_result, a[1]::int, a[2]::int, a[3])::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_KRES, 0, "kano_result", CK_REPARSE, true},
	{"extra:kano_agg_inv", K_TEXT,
		"SELECT sx.kano_agg_inv($2::sx.kano_result, a[1]::int, a[2]::int)::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_KRES, 0, "kano_result", CK_REPARSE, true},
	{"extra:kano_result_merge", K_TEXT,
		"SELECT sx.kano_result_merge($2::sx.kano_result, $1::sx.kano_result)::text",
		S_KRES, S_KRES, 0, "kano_result", CK_REPARSE, true},
	{"extra:pyramid_agg_inv", K_TEXT,
		"SELECT sx.pyramid_agg_inv($2::sx.pyramid_result, b[1], b[2], b[3], b[4])::text"
		" FROM (SELECT $1::bool[] AS b) s", S_BOOLS, S_PRES, 0, "pyramid_result", CK_REPARSE, true},
	{"extra:pyramid_agg_trans", K_TEXT,
		"SELECT sx.pyramid_agg_trans($2::sx.pyramid_result, b[1], b[2], b[3], b[4])::text"
		" FROM (SELECT $1::bool[] AS b) s", S_BOOLS, S_PRES, 0, "pyramid_result", CK_REPARSE, true},
	{"extra:chart_points_merge", K_TEXT,
		"SELECT sx.chart_points_merge($2::sx.chart_points, $1::sx.chart_points)::text",
		S_CHART, S_CHART, 0, "chart_points", CK_REPARSE, true},
	{"extra:kano_chart_trans", K_TEXT,
		"SELECT sx.kano_chart_trans($2::sx.chart_points, 'label', $1::sx.kano_result)::text",
		S_KRES, S_CHART, 0, "chart_points", CK_REPARSE, true},
	{"extra:nps_agg_inv", K_TEXT,
		"SELECT sx.nps_agg_inv($2::sx.nps_result, a[1]::int)::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_NRES, 0, "nps_result", CK_REPARSE, true},
	{"extra:csat_agg_inv", K_TEXT,
		"SELECT sx.csat_agg_inv($2::sx.csat_result, a[1]::int)::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_CSAT, 0, "csat_result", CK_REPARSE, true},
	{"extra:ces_agg_trans", K_TEXT,
		"SELECT sx.ces_agg_trans($2::sx.ces_result, a[1]::int)::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_CES, 0, "ces_result", CK_REPARSE, true},
	{"extra:ces_result_merge", K_TEXT,
		"SELECT sx.ces_result_merge($2::sx.ces_result, $1::sx.ces_result)::text",
		S_CES, S_CES, 0, "ces_result", CK_REPARSE, true},
	{"extra:duration_agg_trans", K_TEXT,
		"SELECT sx.duration_agg_trans($2::sx.duration_state, a[1], a[2])::text"
		" FROM (SELECT $1::float8[] AS a) s", S_NUMS, S_DUR, 0, "duration_state", CK_REPARSE, true},
	{"extra:duration_merge_trans", K_TEXT,
		"SELECT sx.duration_merge_trans($2::sx.duration_state, $1::sx.duration_result)::text",
		S_DUR, S_DUR, 0, "duration_state", CK_REPARSE, true},
	{"extra:duration_state_combine", K_TEXT,
		"SELECT sx.duration_state_final(sx.duration_state_combine($2::sx.duration_state,"
		" $1::sx.duration_state))::text", S_DUR, S_DUR, 0, "duration_result", CK_REPARSE, true},
	{"extra:duration_result_merge", K_TEXT,
		"SELECT sx.duration_result_merge($2::sx.duration_result, $1::sx.duration_result)::text",
		S_DUR, S_DUR, 0, "duration_result", CK_REPARSE, true},
	{"extra:kano_homogeneity_trans", K_TEXT,
		"SELECT sx.kano_homogeneity_trans($1::sx.kano_homogeneity_state, $2::sx.kano_result)::text",
		S_KGS, S_KRES, 0, "kano_homogeneity_state", CK_REPARSE, true},
	{"extra:kano_homogeneity_combine", K_TEXT,
		"SELECT sx.kano_homogeneity_combine($2::sx.kano_homogeneity_state, $1::sx.kano_homogeneity_state)::text",
		S_KGS, S_KGS, 0, "kano_homogeneity_state", CK_REPARSE, true},

	/*
	 * experience_agg's support functions: garbage arguments on a valid
	 * state, and valid arguments on a garbage-derived state (what passes
	 * the input function: counts and sums at their limits).  The arguments
	 * are a text array: four flags, NPS, CSAT, CES, centricity,
	 * participation, data scale, complaint, first-contact resolution.
	 */
	{"extra:experience_agg_trans", K_TEXT,
		"SELECT sx.experience_agg_trans($2::sx.experience_result, a[1]::bool, a[2]::bool,"
		" a[3]::bool, a[4]::bool, a[5]::int, a[6]::int, a[7]::int, a[8]::int, a[9]::int,"
		" a[10]::float8, a[11]::bool, a[12]::bool)::text FROM (SELECT $1::text[] AS a) s",
		S_EARGS, S_ERES, 0, "experience_result", CK_REPARSE, true},
	{"extra:experience_agg_inv", K_TEXT,
		"SELECT sx.experience_agg_inv($2::sx.experience_result, a[1]::bool, a[2]::bool,"
		" a[3]::bool, a[4]::bool, a[5]::int, a[6]::int, a[7]::int, a[8]::int, a[9]::int,"
		" a[10]::float8, a[11]::bool, a[12]::bool)::text FROM (SELECT $1::text[] AS a) s",
		S_EARGS, S_ERES, 0, "experience_result", CK_REPARSE, true},
	{"extra:experience_agg_trans/state", K_TEXT,
		"SELECT sx.experience_agg_trans($1::sx.experience_result, a[1]::bool, a[2]::bool,"
		" a[3]::bool, a[4]::bool, a[5]::int, a[6]::int, a[7]::int, a[8]::int, a[9]::int,"
		" a[10]::float8, a[11]::bool, a[12]::bool)::text FROM (SELECT $2::text[] AS a) s",
		S_ERES, S_EARGS, 0, "experience_result", CK_REPARSE, true},
	{"extra:experience_agg_inv/state", K_TEXT,
		"SELECT sx.experience_agg_inv($1::sx.experience_result, a[1]::bool, a[2]::bool,"
		" a[3]::bool, a[4]::bool, a[5]::int, a[6]::int, a[7]::int, a[8]::int, a[9]::int,"
		" a[10]::float8, a[11]::bool, a[12]::bool)::text FROM (SELECT $2::text[] AS a) s",
		S_ERES, S_EARGS, 0, "experience_result", CK_REPARSE, true},
	/* a merge that is allowed reads back, and minus one part gives the other */
	{"extra:experience_result_merge", K_TEXT,
		"SELECT m::text, m::text::sx.experience_result OPERATOR(sx.-) v OPERATOR(sx.=) w"
		" FROM (SELECT v, w, sx.experience_result_merge(w, v) AS m"
		"  FROM (SELECT $1::sx.experience_result AS v, $2::sx.experience_result AS w) x) y",
		S_ERES, S_ERES, 0, NULL, CK_TEXT, true},
};
#define NTARGETS (sizeof(targets) / sizeof(targets[0]))

static long total_failures;
static const char *only;
static bool extra;
static uint64_t seed;

static void
count_state(Target *t, const char *st)
{
	for (int i = 0; i < t->nstates; i++)
		if (strcmp(t->states[i].state, st) == 0)
		{
			t->states[i].n++;
			return;
		}
	if (t->nstates < MAX_STATES)
	{
		snprintf(t->states[t->nstates].state, 6, "%s", st);
		t->states[t->nstates++].n = 1;
	}
}

/* Ordinary errors: what any bad input may legitimately give */
static bool
ordinary_state(const char *st)
{
	return strncmp(st, "22", 2) == 0 || strncmp(st, "23", 2) == 0 ||
		strncmp(st, "54", 2) == 0 || strcmp(st, "08P01") == 0 ||
		strcmp(st, "42883") == 0 || strcmp(st, "42804") == 0;
}

/* Lever cases are stored as 6 x (null flag byte, 8 bytes big-endian) */
#define LEVER_ARGS 6
#define LEVER_LEN (LEVER_ARGS * 9)

static void
lever_put(Buf *b, int i, bool isnull, double d)
{
	buf_reserve(b, LEVER_LEN);
	if (b->n < LEVER_LEN)
	{
		memset(b->d + b->n, 0, LEVER_LEN - b->n);
		b->n = LEVER_LEN;
	}
	b->d[i * 9] = isnull;
	put_be64(b->d + i * 9 + 1, dbits(d));
}

static void
report_failure(Target *t, long caseno, const Buf *in, const char *ctx,
			   const char *what, const char *state, const char *msg)
{
	total_failures++;
	printf("FAILURE %s case %ld (seed %llu): %s", t->name, caseno,
		   (unsigned long long) seed, what);
	if (state)
		printf(" [SQLSTATE %s]", state);
	printf("\n  input (%zu bytes): ", in->n);
	if (t->kind == K_LEVER)
	{
		for (int i = 0; i < LEVER_ARGS; i++)
		{
			if (in->d[i * 9])
				printf("%sNULL", i ? ", " : "");
			else
			{
				double		d = bitsd(get_be64(in->d + i * 9 + 1));

				printf("%s%.17g (%a)", i ? ", " : "", d, d);
			}
		}
	}
	else
		print_escaped(stdout, in->d, in->n, 600);
	if (ctx)
		printf("\n  $2: %s", ctx);
	printf("\n  message: %s\n", msg ? msg : "(none)");
	fflush(stdout);
}

/* The extra checks of a successful call; false with a reason if one fails */
static bool
check_success(const Target *t, const PGresult *res, const Buf *in, const char **why)
{
	static char msg[1024];

	if (t->check == CK_NONE)
		return true;
	if (t->check == CK_REPARSE)
	{
		char		sql[200];
		const char *v = PQgetvalue(res, 0, 0);
		PGresult   *again;
		bool		ok;

		if (PQntuples(res) != 1 || PQgetisnull(res, 0, 0))
			return true;
		snprintf(sql, sizeof(sql), "SELECT $1::sx.%s::text", t->typname);
		again = PQexecParams(conn, sql, 1, NULL, &v, NULL, NULL, 0);
		ok = PQresultStatus(again) == PGRES_TUPLES_OK;
		if (!ok)
		{
			snprintf(msg, sizeof(msg), "the returned value \"%.300s\" does not read back: %.300s",
					 v, PQresultErrorField(again, PG_DIAG_MESSAGE_PRIMARY) ?
					 PQresultErrorField(again, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(conn));
			*why = msg;
		}
		PQclear(again);
		return ok;
	}
	if (PQntuples(res) != 1 || PQnfields(res) < (t->check == CK_BIN ? 3 : 2))
	{
		*why = "unexpected result shape";
		return false;
	}
	if (strcmp(PQgetvalue(res, 0, 1), "t") != 0)
	{
		snprintf(msg, sizeof(msg), "the output \"%.400s\" does not read back to an equal value",
				 PQgetvalue(res, 0, 0));
		*why = msg;
		return false;
	}
	if (t->check == CK_BIN)
	{
		const char *hex = PQgetvalue(res, 0, 2);
		bool		same = strlen(hex) == 2 * in->n;

		for (size_t i = 0; same && i < in->n; i++)
		{
			char		two[3];

			snprintf(two, sizeof(two), "%02x", in->d[i]);
			same = memcmp(hex + 2 * i, two, 2) == 0;
		}
		if (!same)
		{
			snprintf(msg, sizeof(msg), "send gives other bytes than were received: %.400s "
					 "(text form \"%.60s\")", hex, PQgetvalue(res, 0, 0));
			*why = msg;
			return false;
		}
	}
	return true;
}

/* Send one case; classify the outcome */
static void
run_case(Target *t, long caseno, Buf *in, const char *ctx)
{
	const char *values[LEVER_ARGS];
	int			lengths[LEVER_ARGS] = {0};
	int			formats[LEVER_ARGS] = {0};
	unsigned int types[LEVER_ARGS] = {0};
	uint8_t		dbuf[LEVER_ARGS][8];
	int			nparams = 1;
	PGresult   *res;
	ExecStatusType status;
	const char *st;
	bool		lost;
	const char *why = NULL;
	double		t0 = now_seconds();

	if (t->kind == K_TEXT)
	{
		/* text parameters end at a NUL: replace each with another byte */
		for (size_t i = 0; i < in->n; i++)
			if (in->d[i] == 0)
				in->d[i] = (uint8_t) (1 + (i * 37) % 255);
		values[0] = (const char *) in->d;
		types[0] = t->ptype;
	}
	else if (t->kind == K_BIN)
	{
		values[0] = (const char *) in->d;	/* never NULL: NULL means SQL NULL */
		lengths[0] = (int) in->n;
		formats[0] = 1;
		types[0] = t->ptype;
	}
	else
	{
		nparams = LEVER_ARGS;
		for (int i = 0; i < LEVER_ARGS; i++)
		{
			memcpy(dbuf[i], in->d + i * 9 + 1, 8);
			values[i] = in->d[i * 9] ? NULL : (const char *) dbuf[i];
			lengths[i] = 8;
			formats[i] = 1;
			types[i] = FLOAT8OID;
		}
	}
	if (ctx)
	{
		values[1] = ctx;
		nparams = 2;
	}

	res = PQexecParams(conn, t->sql, nparams, types, values, lengths, formats, 0);
	status = PQresultStatus(res);
	st = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	lost = PQstatus(conn) != CONNECTION_OK;
	t->calls++;
	if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR)
		count_state(t, st ? st : "none");
	if (status == PGRES_TUPLES_OK && !lost && !check_success(t, res, in, &why))
	{
		t->failures++;
		count_state(t, "trip");
		report_failure(t, caseno, in, ctx, "round trip", NULL, why);
	}
	else if (status == PGRES_TUPLES_OK && !lost)
		t->ok++;
	else if (status == PGRES_FATAL_ERROR && st && ordinary_state(st) && !lost)
		t->ordinary++;
	else
	{
		const char *what = lost ? "connection lost" :
			status != PGRES_FATAL_ERROR ? PQresStatus(status) :
			st == NULL ? "error without SQLSTATE" :
			strncmp(st, "XX", 2) == 0 ? "internal error" : "unexpected SQLSTATE";
		const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

		t->failures++;
		report_failure(t, caseno, in, ctx, what, st, msg ? msg : PQerrorMessage(conn));
	}
	PQclear(res);
	if (lost)
	{
		PQfinish(conn);
		sleep(2);				/* let the postmaster restart */
		connect_db();
	}
	t->seconds += now_seconds() - t0;
}

/* ------------------------------------------------------------------ */
/* Generators                                                           */
/* ------------------------------------------------------------------ */

static bool
is_binary_set(SeedSet s)
{
	return s == S_ANSWER_BIN || s == S_CATEGORY_BIN || s == S_LEVEL_BIN ||
		s == S_KRES_BIN || s == S_PRES_BIN || s == S_NRES_BIN || s == S_ERES_BIN ||
		s == S_THRESH_BIN;
}

static const char *
alphabet(SeedSet s)
{
	switch (s)
	{
		case S_KRES:
			return "pairsincompletemportance=0123456789,/ .eE+-\t";
		case S_PRES:
			return "levelsunfounded=0123456789, \t-";
		case S_NRES:
			return "answers=0123456789, \t-";
		case S_ERES:
			return "levelsunfoundedpcsatricyidm_=0123456789,.eE \t-+";
		case S_EARGS:
			return "{}[]:=,tfTFNUL0123456789-.eE\" ";
		case S_SCHEME:
			return "{}[]\":, tableQAOMIRqaomir\\u0123456789";
		case S_THRESH:
			return "{}[]:=,.0123456789eE+-NULLnaINFinity\" \\";
		case S_CONF:
			return "0123456789.eE+-naNIinfity ";
		case S_HIST:
		case S_NUMS:
			return "{}[]:=,0123456789-.eENUL ";
		case S_BOOLS:
			return "{}[]:=,tfTFNUL ";
		case S_CHART:
			return "kanopyramidtrendradar divider=schemetitlethresholdsmaxnull\"\\@0123456789,./ -eE<&>";
		default:
			return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -\t";
	}
}

/* A random UTF-8 character (valid) */
static void
put_utf8(Rng *r, Buf *b)
{
	uint32_t	cp;

	switch (rnd(r, 4))
	{
		case 0:
			cp = 0x80 + rnd(r, 0x780);
			break;
		case 1:
			cp = 0x800 + rnd(r, 0xF800);
			if (cp >= 0xD800 && cp < 0xE000)
				cp = 0xFFFD;
			break;
		case 2:
			cp = 0x10000 + rnd(r, 0x100000);
			break;
		default:
			cp = 0x20 + rnd(r, 0x5f);
	}
	if (cp < 0x80)
		buf_putc(b, cp);
	else if (cp < 0x800)
	{
		buf_putc(b, 0xC0 | (cp >> 6));
		buf_putc(b, 0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		buf_putc(b, 0xE0 | (cp >> 12));
		buf_putc(b, 0x80 | ((cp >> 6) & 0x3F));
		buf_putc(b, 0x80 | (cp & 0x3F));
	}
	else
	{
		buf_putc(b, 0xF0 | (cp >> 18));
		buf_putc(b, 0x80 | ((cp >> 12) & 0x3F));
		buf_putc(b, 0x80 | ((cp >> 6) & 0x3F));
		buf_putc(b, 0x80 | (cp & 0x3F));
	}
}

/*
 * Make text valid UTF-8 (as the server's check sees it: no overlongs,
 * surrogates or code points above U+10FFFF) by replacing each byte of an
 * invalid sequence with an ASCII byte, so that most cases reach sx.
 */
static void
utf8_repair(Buf *b)
{
	size_t		i = 0;

	while (i < b->n)
	{
		uint8_t		c = b->d[i];
		size_t		len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 :
			(c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
		bool		ok = len > 0 && i + len <= b->n;

		for (size_t k = 1; ok && k < len; k++)
			ok = (b->d[i + k] & 0xC0) == 0x80;
		if (ok && len == 3)
		{
			uint8_t		c1 = b->d[i + 1];

			ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
		}
		if (ok && len == 4)
		{
			uint8_t		c1 = b->d[i + 1];

			ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
		}
		if (ok)
			i += len;
		else
		{
			b->d[i] = (c & 0x7f) ? (c & 0x7f) : ' ';
			i++;
		}
	}
}

static void
put_double_text(Rng *r, Buf *b, double d)
{
	char		num[64];

	switch (rnd(r, 4))
	{
		case 0:
			snprintf(num, sizeof(num), "%.17g", d);
			break;
		case 1:
			snprintf(num, sizeof(num), "%g", d);
			break;
		case 2:
			snprintf(num, sizeof(num), "%a", d);
			break;
		default:
			snprintf(num, sizeof(num), "%.3e", d);
	}
	buf_puts(b, num);
}

/* The random binary form of an array of float8 (array_recv's input) */
static void
gen_float8_array(Rng *r, Buf *b)
{
	int			ndim = chance(r, 70) ? 1 : (int) rnd(r, 8) - (chance(r, 10) ? 1 : 0);
	int64_t		nelems = 1;

	put_be32(b, (uint32_t) ndim);
	put_be32(b, chance(r, 80) ? (uint32_t) rnd(r, 2) : (uint32_t) rng_next(r));	/* has nulls */
	put_be32(b, chance(r, 90) ? FLOAT8OID : (uint32_t) rnd(r, 3000));
	for (int i = 0; i < ndim && i < 8; i++)
	{
		uint32_t	dim = chance(r, 70) ? (uint32_t) (ndim == 1 ? 4 : 1 + rnd(r, 3))
			: (uint32_t) interesting_i64[rnd(r, sizeof(interesting_i64) / 8)];
		uint32_t	lb = chance(r, 70) ? 1 : (uint32_t) interesting_i64[rnd(r, sizeof(interesting_i64) / 8)];

		put_be32(b, dim);
		put_be32(b, lb);
		nelems *= (dim < 64) ? dim : 1;
	}
	if (ndim <= 0)
		nelems = 0;
	for (int64_t i = 0; i < nelems && i < 64; i++)
	{
		if (chance(r, 8))
			put_be32(b, 0xFFFFFFFFu);	/* NULL */
		else
		{
			uint8_t		x[8];
			double		d = chance(r, 60) ? rnd_unit(r) : interesting_double(r);

			put_be32(b, chance(r, 95) ? 8 : (uint32_t) rnd(r, 16));
			put_be64(x, dbits(d));
			buf_append(b, x, 8);
		}
	}
	if (chance(r, 10))
		buf_delete(b, rnd(r, b->n), 1 + rnd(r, 8));
}

/* Structured random binary value: format byte, then fields */
static void
gen_structured_bin(Rng *r, SeedSet s, Buf *b)
{
	const Buf  *proto = seed_pick(r, s);
	size_t		nfields;

	if (s == S_THRESH_BIN)
	{
		gen_float8_array(r, b);
		return;
	}
	if (proto->n <= 1)
	{
		/* 1-byte types: every byte value, sometimes 0 or 2 bytes */
		size_t		len = chance(r, 90) ? 1 : (chance(r, 50) ? 0 : 2);

		for (size_t i = 0; i < len; i++)
			buf_putc(b, (int) rnd(r, 256));
		return;
	}
	nfields = (proto->n - 1) / 8;
	buf_putc(b, chance(r, 90) ? 1 : (int) rnd(r, 256));
	for (size_t i = 0; i < nfields; i++)
	{
		uint8_t		x[8];
		uint64_t	v;
		bool		dfield = (s == S_KRES_BIN && i >= nfields - 2);

		if (dfield && chance(r, 60))
			v = dbits(chance(r, 50) ? rnd_unit(r) * 100 : interesting_double(r));
		else if (chance(r, 55))
			v = rnd(r, 20);
		else if (chance(r, 60))
			v = (uint64_t) interesting_i64[rnd(r, sizeof(interesting_i64) / 8)];
		else
			v = rng_next(r);
		put_be64(x, v);
		buf_append(b, x, 8);
	}
	if (chance(r, 10))
	{
		if (chance(r, 50))
			buf_delete(b, rnd(r, b->n), 1 + rnd(r, 8));
		else
			buf_putc(b, (int) rnd(r, 256));
	}
}

/* (a) random input of random length */
static void
gen_random(Rng *r, SeedSet s, Buf *b)
{
	size_t		len = rnd(r, 301);

	buf_clear(b);
	if (is_binary_set(s))
	{
		if (chance(r, 60))
			gen_structured_bin(r, s, b);
		else
			for (size_t i = 0; i < len; i++)
				buf_putc(b, (int) rnd(r, 256));
		return;
	}
	switch (rnd(r, 7))
	{
		case 0:					/* any bytes (NULs are replaced later) */
			for (size_t i = 0; i < len; i++)
				buf_putc(b, (int) rnd(r, 256));
			break;
		case 1:					/* printable ASCII */
			for (size_t i = 0; i < len; i++)
				buf_putc(b, 0x20 + (int) rnd(r, 0x5f));
			break;
		case 2:					/* the characters the parser reads */
			{
				const char *a = alphabet(s);

				for (size_t i = 0; i < len; i++)
					buf_putc(b, a[rnd(r, strlen(a))]);
			}
			break;
		case 3:					/* tokens */
			for (size_t i = 0, n = 1 + rnd(r, 24); i < n; i++)
				buf_puts(b, tokens[rnd(r, NTOKENS)]);
			break;
		case 4:					/* valid UTF-8 */
			for (size_t i = 0, n = rnd(r, 100); i < n; i++)
				put_utf8(r, b);
			break;
		case 5:					/* short */
			for (size_t i = 0, n = rnd(r, 9); i < n; i++)
				buf_putc(b, chance(r, 50) ? (int) rnd(r, 256) : 0x20 + (int) rnd(r, 0x5f));
			break;
		default:				/* numbers, the way the float parsers see them */
			put_double_text(r, b, interesting_double(r));
			if (s == S_THRESH)
			{
				Buf			t = {0};

				buf_puts(&t, "{");
				for (int i = 0, n = (int) rnd(r, 7); i < n; i++)
				{
					if (i)
						buf_puts(&t, ",");
					if (chance(r, 5))
						buf_puts(&t, "NULL");
					else
						put_double_text(r, &t, chance(r, 50) ? rnd_unit(r) : interesting_double(r));
				}
				buf_puts(&t, "}");
				buf_set(b, t.d, t.n);
				free(t.d);
			}
	}
}

/* Replace a run of digits (text) with a huge or odd number */
static void
mutate_number(Rng *r, Buf *b)
{
	size_t		start,
				end;
	const char *h = huge_numbers[rnd(r, NHUGE)];

	if (b->n == 0)
	{
		buf_puts(b, h);
		return;
	}
	start = rnd(r, b->n);
	while (start < b->n && !isdigit(b->d[start]))
		start++;
	if (start == b->n)
	{
		buf_insert(b, rnd(r, b->n + 1), h, strlen(h));
		return;
	}
	while (start > 0 && isdigit(b->d[start - 1]))
		start--;
	end = start;
	while (end < b->n && (isdigit(b->d[end]) || b->d[end] == '.' || b->d[end] == 'e'))
		end++;
	buf_delete(b, start, end - start);
	buf_insert(b, start, h, strlen(h));
}

/* Overwrite an 8-byte field (binary) with an interesting value */
static void
mutate_field(Rng *r, Buf *b, bool as_double)
{
	uint8_t		x[8];
	size_t		pos;

	if (b->n < 9)
	{
		if (b->n)
			b->d[rnd(r, b->n)] = (uint8_t) interesting_i64[rnd(r, sizeof(interesting_i64) / 8)];
		return;
	}
	pos = chance(r, 80) ? 1 + 8 * rnd(r, (b->n - 1) / 8) : rnd(r, b->n - 7);
	put_be64(x, as_double ? dbits(interesting_double(r))
			 : (uint64_t) interesting_i64[rnd(r, sizeof(interesting_i64) / 8)]);
	memcpy(b->d + pos, x, 8);
}

/* (b) mutate a valid value: 1..5 stacked mutations */
static void
mutate(Rng *r, SeedSet s, Buf *b)
{
	static const uint8_t special_bytes[] = {
		0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0xc0, 0xe0, 0xf0, '-', '+', ',', '/',
		'=', ' ', '\t', '9', '0', '.', 'e', '{', '}', '[', ']', '"', '\\', 'A',
		'Q', 'z', 0x05, 0x06,
	};
	bool		bin = is_binary_set(s);
	int			rounds = chance(r, 50) ? 1 : 2 + (int) rnd(r, 4);

	for (int k = 0; k < rounds; k++)
	{
		size_t		pos = rnd(r, b->n + 1);

		switch (rnd(r, 13))
		{
			case 0:				/* bit flips */
				for (int i = 0, n = 1 + (int) rnd(r, 4); i < n && b->n; i++)
					b->d[rnd(r, b->n)] ^= (uint8_t) (1u << rnd(r, 8));
				break;
			case 1:				/* set a byte */
				if (b->n)
					b->d[rnd(r, b->n)] = chance(r, 50) ? (uint8_t) rnd(r, 256)
						: special_bytes[rnd(r, sizeof(special_bytes))];
				break;
			case 2:				/* insert bytes */
				for (int i = 0, n = 1 + (int) rnd(r, 8); i < n; i++)
				{
					uint8_t		c = chance(r, 50) ? (uint8_t) rnd(r, 256)
						: special_bytes[rnd(r, sizeof(special_bytes))];

					buf_insert(b, pos, &c, 1);
				}
				break;
			case 3:				/* delete a range */
				buf_delete(b, pos, 1 + rnd(r, chance(r, 70) ? 4 : 64));
				break;
			case 4:				/* truncate */
				if (b->n)
					b->n = rnd(r, b->n), b->d[b->n] = 0;
				break;
			case 5:				/* duplicate a chunk */
				if (b->n)
				{
					size_t		from = rnd(r, b->n);
					size_t		len = 1 + rnd(r, b->n - from);
					Buf			t = {0};

					buf_set(&t, b->d + from, len);
					for (int i = 0, n = 1 + (int) rnd(r, 3); i < n; i++)
						buf_insert(b, rnd(r, b->n + 1), t.d, t.n);
					free(t.d);
				}
				break;
			case 6:				/* splice two valid values */
				{
					const Buf  *o = seed_pick(r, s);
					size_t		keep = rnd(r, b->n + 1);
					size_t		from = rnd(r, o->n + 1);
					Buf			t = {0};

					buf_set(&t, o->d + from, o->n - from);
					b->n = keep;
					buf_append(b, t.d, t.n);
					free(t.d);
				}
				break;
			case 7:
			case 8:				/* numbers */
				if (bin)
					mutate_field(r, b, s == S_KRES_BIN && chance(r, 30));
				else
					mutate_number(r, b);
				break;
			case 9:				/* tokens */
				if (bin)
					mutate_field(r, b, true);
				else
					{
						const char *tk = tokens[rnd(r, NTOKENS)];

						buf_insert(b, pos, tk, strlen(tk));
					}
				break;
			case 10:			/* case flips / swap two bytes */
				if (b->n >= 2)
				{
					size_t		i = rnd(r, b->n);
					size_t		j = rnd(r, b->n);
					uint8_t		c = b->d[i];

					if (!bin && isalpha(c) && chance(r, 50))
						b->d[i] ^= 0x20;
					else
						b->d[i] = b->d[j], b->d[j] = c;
				}
				break;
			case 11:			/* repeat the whole value */
				if (b->n && b->n < 4096)
				{
					Buf			t = {0};

					buf_set(&t, b->d, b->n);
					for (int i = 0, n = 1 + (int) rnd(r, 5); i < n; i++)
						buf_append(b, t.d, t.n);
					free(t.d);
				}
				break;
			default:			/* blanks around or inside */
				if (!bin)
				{
					static const char *const blanks[] = {" ", "\t", "\n", "\r", "\v", "\f", "  "};
					const char *bl = blanks[rnd(r, 7)];

					buf_insert(b, chance(r, 50) ? pos : (chance(r, 50) ? 0 : b->n),
							   bl, strlen(bl));
				}
				else
					buf_putc(b, (int) rnd(r, 256));
		}
	}
}

/* ------------------------------------------------------------------ */
/* (c) Edge cases                                                       */
/* ------------------------------------------------------------------ */

typedef struct CaseList
{
	Buf		   *v;
	int			n;
} CaseList;

static Buf *
case_new(CaseList *l)
{
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(Buf));
	memset(&l->v[l->n], 0, sizeof(Buf));
	buf_clear(&l->v[l->n]);
	return &l->v[l->n++];
}

static void
case_str(CaseList *l, const char *s)
{
	buf_puts(case_new(l), s);
}

static void
case_bytes(CaseList *l, const void *p, size_t n)
{
	buf_append(case_new(l), p, n);
}

static void
edge_text(SeedSet s, CaseList *l)
{
	static const char *const fixed[] = {
		"", " ", " \t\n\r\f\v ", "-", "--", "+", "=", ",", "/", "{", "}", "[]",
		"{}", "\"\"", "null", "NULL", "0", "-0", "+0", "00", "-1", "1", "5", "6",
		"L5", "l-1", "-like", "like-", "like--with", "i  like   it",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551616", "1e309", "-1e309", "1e-400",
		"NaN", "nan", "Infinity", "-Infinity", "inf", "0x1p-1074", "4.9e-324",
		"2.2250738585072011e-308", "1.7976931348623157e308", "0.95", "1", "0.",
		"\xef\xbb\xbf", "\xc2\xa0", "\xc0\x80", "\xff", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xef\xbc\x91", "%s%s%s%n", "'; SELECT 1; --",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"], \"table\": 5}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]} x",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}{}",
		"{\"table\": [\"QAAAO\\u0000\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\\u0000x\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"\\u0000\": 1}", "{\"table\": [\"\\ud800QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\"]}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\", \"RRRRQ\"]}",
		"{\"table\": [\"QAAAOO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\": [1, 2, 3, 4, 5]}", "{\"table\": {}}", "{\"table\": null}", "{\"table\"",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]",
		"{'table': ['QAAAO', 'RQIIM', 'RIIIM', 'RIIQM', 'RRRRQ']}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\",]}",
		"{\"table\": [\"Q\\u0041AAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{}", "[]", "{\"a\": 1}", "{\"table\": [[[[[[[[[[]]]]]]]]]]}",
		"pairs=", "pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0 x",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,nan,0",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,inf",
		"pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,1e308,1e308",
		"pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,1e-400,1e-400",
		"pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,-0,-0",
		"pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,0x10,256",
		"pairs=9223372036854775807,1,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0",
		"pairs=9223372036854775807,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=1 importance=0,0,0",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=9223372036854775808 importance=0,0,0",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,0,0",
		"pairs=-1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0",
		"levels=0,0,0,0,0 unfounded=0", "levels=0,0,0,0,0 unfounded=1",
		"levels=9223372036854775807,9223372036854775807,0,0,0 unfounded=0",
		"levels=9223372036854775807,0,0,0,0 unfounded=9223372036854775807",
		"levels=4611686018427387904,4611686018427387904,0,0,0 unfounded=0",
		"levels=0,0,0,0 unfounded=0", "levels=0,0,0,0,0,0 unfounded=0", "levels=0,0,0,0,0",
		"answers=0,0,0,0,0,0,0,0,0,0,0", "answers=0,0,0,0,0,0,0,0,0,0",
		"answers=0,0,0,0,0,0,0,0,0,0,0,0", "answers=9223372036854775807,1,0,0,0,0,0,0,0,0,0",
		"answers=838488366986797801,838488366986797801,838488366986797801,838488366986797801,"
		"838488366986797801,838488366986797801,838488366986797801,838488366986797801,"
		"838488366986797801,838488366986797801,838488366986797801",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,1000000000000.000001",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,0.0000001",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,1",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=1,7 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0",
		"levels=1,0,0,0,0 unfounded=0 nps=1,1,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,1e99999",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,-0",
		"levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,",
		"levels=9223372036854775807,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=9223372036854775807,9223372036854775807000000000000.000001",
		"levels=0,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0",
		"{t,t,t,t,10,5,1,6,6,1e12}", "{t,t,t,t,10,5,1,6,6,1000000000000.0000002}",
		"{t,t,t,t,10,5,1,6,6,-1e12}", "{t,t,t,t,10,5,1,6,6,NaN}", "{t,t,t,t,10,5,1,6,6,Infinity}",
		"{t,t,t,t,11,5,1,6,6,0}", "{t,t,t,t,-1,5,1,6,6,0}", "{t,t,t,t,10,0,1,6,6,0}",
		"{t,t,t,t,10,6,1,6,6,0}", "{t,t,t,t,10,5,8,6,6,0}", "{t,t,t,t,10,5,1,7,6,0}",
		"{t,t,t,t,10,5,1,0,6,0}", "{t,t,t,t,10,5,1,6,2147483648,0}",
		"{t,t,t,t,10,5,1,6,6}", "{t,t,t,t,10,5,1,6,6,0,0}", "{f,f,f,t,NULL,NULL,NULL,NULL,NULL,NULL}",
		"{0.9,0.8,0.5,0.2}", "{0.9,0.8,0.5}", "{0.9,0.8,0.5,0.2,0.1}", "{{0.9,0.8},{0.5,0.2}}",
		"{NULL,0.8,0.5,0.2}", "{NaN,0.8,0.5,0.2}", "{Infinity,0,0,0}", "{-Infinity,0,0,0}",
		"{-0,-0,-0,-0}", "{4.9e-324,1,1,1}", "{1.0000000000000002,1,1,1}", "{-4.9e-324,0,0,0}",
		"[-2147483648:-2147483645]={1,1,1,1}", "[2147483647:2147483650]={1,1,1,1}",
		"[0:3]={0.9,0.8,0.5,0.2}", "[1:4][1:1]={{1},{1},{1},{1}}", "{{{{{{{1}}}}}}}",
		"{{{{{{1}}}}}}", "{}", "{1e309,0,0,0}", "{1e-400,0,0,0}",
		"0.9999999999999999", "0.99999999999999994", "0.99999999999999995", "1e-320",
		"1.0000000000000002", "-4.9e-324", "0.5000000000000001",
		"iso24082", "ISO24082", " pouliot ", "kano1984", "KANO-1984", "kano 1984", "kano",
		"iso16355", "iso 16355", "iso--16355", "iso-16355-", "mode", "berger", "MODE ",
		"bergerx", "mode\x01", "I like it", "i-like-it", "must be", "must--be", "live - with",
		"one dimensional", "one-dimensional", "promise not kept", "L4", "l0",
		"surprisingly excellent service provision",
		"surprisingly excellent service provision surprisingly excellent service provision",
	};
	const Buf  *s0 = &seeds[s].v[0];
	Buf		   *b;

	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		case_str(l, fixed[i]);
	/* very long */
	buf_repeat(case_new(l), " ", BIG);
	buf_repeat(case_new(l), "a", BIG);
	buf_repeat(case_new(l), "9", BIG);
	buf_repeat(case_new(l), "0", BIG);
	buf_repeat(case_new(l), "\xc3\xa9", BIG / 2);
	b = case_new(l);
	while (b->n < BIG)
		buf_append(b, s0->d, s0->n);
	b = case_new(l);
	buf_append(b, s0->d, s0->n);
	buf_repeat(b, " ", BIG);
	b = case_new(l);
	buf_repeat(b, " \t", BIG / 2);
	buf_append(b, s0->d, s0->n);
	b = case_new(l);
	buf_puts(b, "pairs=");
	buf_repeat(b, "0", BIG);
	b = case_new(l);
	buf_puts(b, "{");
	buf_repeat(b, "0.5,", BIG / 4);
	buf_puts(b, "0.5}");
	b = case_new(l);			/* a 64-byte name, and one byte more */
	buf_repeat(b, "like ", 12);
	buf_puts(b, "like");
	b = case_new(l);
	buf_repeat(b, "like ", 13);
	b = case_new(l);
	buf_repeat(b, "-", 64);
	/* deeply nested JSON and arrays */
	b = case_new(l);
	buf_repeat(b, "[", 50000);
	buf_repeat(b, "]", 50000);
	b = case_new(l);
	buf_repeat(b, "{\"a\":", 20000);
	buf_puts(b, "1");
	buf_repeat(b, "}", 20000);
	b = case_new(l);
	buf_puts(b, "{\"table\": ");
	buf_repeat(b, "[", 10000);
	b = case_new(l);
	buf_puts(b, "{\"table\": [\"");
	buf_repeat(b, "Q", BIG);
	buf_puts(b, "\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}");
	b = case_new(l);
	buf_puts(b, "{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]");
	buf_repeat(b, ", \"x\": 1", 5000);
	buf_puts(b, "}");
	b = case_new(l);
	buf_repeat(b, "{", 10000);
	buf_repeat(b, "}", 10000);
	/* the seed with each digit run in turn replaced by huge numbers */
	for (size_t i = 0, run = 0; i < s0->n && run < 40; i++)
	{
		if (isdigit(s0->d[i]) && (i == 0 || !isdigit(s0->d[i - 1])))
		{
			for (int h = 0; h < 3; h++)
			{
				static const char *const hs[] = {"9223372036854775807", "9223372036854775808", "-1"};
				size_t		end = i;

				while (end < s0->n && isdigit(s0->d[end]))
					end++;
				b = case_new(l);
				buf_append(b, s0->d, i);
				buf_puts(b, hs[h]);
				buf_append(b, s0->d + end, s0->n - end);
			}
			run++;
		}
	}
	/* every seed, in upper case and with blanks around */
	for (int i = 0; i < seeds[s].n; i++)
	{
		const Buf  *v = &seeds[s].v[i];

		b = case_new(l);
		for (size_t j = 0; j < v->n; j++)
			buf_putc(b, toupper(v->d[j]));
		b = case_new(l);
		buf_puts(b, "\t ");
		buf_append(b, v->d, v->n);
		buf_puts(b, " \n");
	}
}

static void
edge_bin(SeedSet s, CaseList *l)
{
	const Buf  *s0 = &seeds[s].v[0];
	Buf		   *b;
	uint8_t		x[8];

	case_bytes(l, "", 0);
	for (int c = 0; c < 256; c++)
	{
		uint8_t		ch = (uint8_t) c;

		case_bytes(l, &ch, 1);
	}
	case_bytes(l, "\x01\x01", 2);
	case_bytes(l, "\x41\x00", 2);
	case_bytes(l, s0->d, s0->n ? s0->n - 1 : 0);
	b = case_new(l);
	buf_append(b, s0->d, s0->n);
	buf_putc(b, 0);
	for (int fill = 0; fill < 4; fill++)
	{
		static const uint8_t fills[] = {0x00, 0xff, 0x7f, 0x80};

		b = case_new(l);
		for (size_t i = 0; i < s0->n; i++)
			buf_putc(b, fills[fill]);
		b = case_new(l);
		buf_putc(b, 1);
		for (size_t i = 1; i < s0->n; i++)
			buf_putc(b, fills[fill]);
	}
	for (int fmt = 0; fmt < 256; fmt += 51)
	{
		b = case_new(l);
		buf_append(b, s0->d, s0->n);
		if (b->n)
			b->d[0] = (uint8_t) fmt;
	}
	b = case_new(l);
	for (int i = 0; i < BIG; i++)
		buf_putc(b, 0);
	b = case_new(l);
	for (int i = 0; i < BIG; i++)
		buf_putc(b, 0xff);
	b = case_new(l);
	while (b->n < BIG)
		buf_append(b, s0->d, s0->n);
	/* every field of every seed set to each extreme, one at a time */
	for (int k = 0; k < seeds[s].n && k < 4; k++)
	{
		const Buf  *v = &seeds[s].v[k];

		for (size_t pos = 1; s != S_THRESH_BIN && pos + 8 <= v->n; pos += 8)
		{
			static const int64_t ext[] = {INT64_MAX, INT64_MIN, -1, INT64_MAX / 2 + 1};
			static const double dext[] = {NAN, INFINITY, -INFINITY, -0.0, DBL_MAX, 4.9e-324, -1.0, 1e200};

			for (size_t e = 0; e < sizeof(ext) / sizeof(ext[0]); e++)
			{
				b = case_new(l);
				buf_append(b, v->d, v->n);
				put_be64(x, (uint64_t) ext[e]);
				memcpy(b->d + pos, x, 8);
			}
			if (s == S_KRES_BIN && pos + 16 >= v->n)
				for (size_t e = 0; e < sizeof(dext) / sizeof(dext[0]); e++)
				{
					b = case_new(l);
					buf_append(b, v->d, v->n);
					put_be64(x, dbits(dext[e]));
					memcpy(b->d + pos, x, 8);
				}
		}
	}
	if (s == S_THRESH_BIN)
	{
		/* array headers: ndim out of range, huge dims, odd bounds, NULLs */
		static const int32_t hdr[][6] = {
			/* ndim, flags, elemtype, dim, lbound, elemlen */
			{1, 0, FLOAT8OID, 4, 1, 8}, {1, 1, FLOAT8OID, 4, 1, -1}, {0, 0, FLOAT8OID, 0, 0, 0},
			{-1, 0, FLOAT8OID, 4, 1, 8}, {7, 0, FLOAT8OID, 1, 1, 8}, {6, 0, FLOAT8OID, 1, 1, 8},
			{1, 0, 23, 4, 1, 4}, {1, 0, FLOAT8OID, 4, INT32_MAX, 8}, {1, 0, FLOAT8OID, 4, INT32_MIN, 8},
			{1, 0, FLOAT8OID, INT32_MAX, 1, 8}, {1, 0, FLOAT8OID, -1, 1, 8}, {1, 2, FLOAT8OID, 4, 1, 8},
			{1, 0, FLOAT8OID, 4, 1, 7}, {1, 0, FLOAT8OID, 4, 1, 9}, {1, 0, FLOAT8OID, 4, 1, INT32_MAX},
			{1, 0, FLOAT8OID, 3, 1, 8}, {1, 0, FLOAT8OID, 5, 1, 8}, {1, 0, 0, 4, 1, 8},
		};

		for (size_t h = 0; h < sizeof(hdr) / sizeof(hdr[0]); h++)
		{
			b = case_new(l);
			put_be32(b, hdr[h][0]);
			put_be32(b, hdr[h][1]);
			put_be32(b, hdr[h][2]);
			for (int d = 0; d < hdr[h][0] && d < 8; d++)
			{
				put_be32(b, d == 0 ? hdr[h][3] : 1);
				put_be32(b, hdr[h][4]);
			}
			for (int e = 0; e < 4; e++)
			{
				put_be32(b, (uint32_t) hdr[h][5]);
				if (hdr[h][5] > 0 && hdr[h][5] <= 16)
				{
					for (int i = 0; i < hdr[h][5]; i++)
						buf_putc(b, i == 0 ? 0x3f : (i == 1 ? 0xe0 : 0));	/* 0.5 */
				}
			}
		}
	}
}

static void
edge_lever(CaseList *l)
{
	static const double v[][LEVER_ARGS] = {
		{5, 4, 5, 1, 1, -1}, {5, 4, 12, 1, 1, -1}, {1, 1, 1, 1, 1, -1}, {6, 6, 6, 1, 1, -1},
		{NAN, NAN, NAN, NAN, NAN, NAN}, {INFINITY, INFINITY, INFINITY, INFINITY, INFINITY, INFINITY},
		{-0.0, -0.0, -0.0, -0.0, -0.0, -0.0}, {1, 1, 1, 4.9e-324, 1, -1},
		{6, 6, DBL_MAX, DBL_MAX, 1, -1}, {6, 6, 1e308, 1, 1e308, 1e-308}, {1, 1, 1, 1e-300, 1, -1},
		{6, 6, 1e300, 1e300, 1, 1}, {1, 6, 1e-300, 1, 1e-300, 4.9e-324}, {6, 1, 1, DBL_MAX, 1e-308, -1},
		{1, 1, DBL_MAX, 1, DBL_MAX, DBL_MAX}, {6, 6, 6, 1e308, 4.9e-324, 4.9e-324},
		{1, 1, 4.9e-324, 1, 4.9e-324, 1}, {6, 6, INFINITY, 1, 1, -1}, {5, 4, 5, INFINITY, 1, -1},
		{5, 4, 5, 1, INFINITY, -1}, {5, 4, 5, 1, 1, INFINITY}, {5, 4, 5, 1, 1, NAN},
		{5, 4, 5, 1, 1, 0}, {5, 4, 5, 0, 1, -1}, {5, 4, 5, 1, 0, -1}, {0.9999999999999999, 4, 5, 1, 1, -1},
		{6.000000000000001, 4, 5, 1, 1, -1}, {5, 4, 0.9999999999999999, 1, 1, -1},
		{1, 1, 1e16, 1e-16, 1, -1}, {6, 6, 2.5e-308, 1e308, 2.5e-308, -1},
	};

	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
	{
		Buf		   *b = case_new(l);

		for (int j = 0; j < LEVER_ARGS; j++)
			lever_put(b, j, j == 5 && v[i][j] == -1, v[i][j]);
	}
	for (int j = 0; j < LEVER_ARGS; j++)
	{
		Buf		   *b = case_new(l);

		for (int k = 0; k < LEVER_ARGS; k++)
			lever_put(b, k, k == j, 3.0);
	}
}

static void
gen_lever(Rng *r, Buf *b)
{
	buf_clear(b);
	for (int i = 0; i < LEVER_ARGS; i++)
		lever_put(b, i, chance(r, i == 5 ? 30 : 2), gen_double(r));
}

/* ------------------------------------------------------------------ */
/* Seeds from the server                                                */
/* ------------------------------------------------------------------ */

/* Add text values that the type accepts (and their binary forms) */
static void
add_valid(SeedSet txt, SeedSet bin, const char *typname, const char *const *lits, int n)
{
	char		sql[512];

	snprintf(sql, sizeof(sql),
			 "SELECT $1::sx.%s::text, encode(sx.%s_send($1::sx.%s), 'hex')",
			 typname, typname, typname);
	for (int i = 0; i < n; i++)
	{
		PGresult   *res = PQexecParams(conn, sql, 1, NULL, &lits[i], NULL, NULL, 0);

		if (PQresultStatus(res) == PGRES_TUPLES_OK)
		{
			Buf			b = {0};

			seed_add(txt, lits[i], strlen(lits[i]));
			seed_add(txt, PQgetvalue(res, 0, 0), strlen(PQgetvalue(res, 0, 0)));
			hex_decode(PQgetvalue(res, 0, 1), &b);
			seed_add(bin, b.d, b.n);
			free(b.d);
		}
		else
			fprintf(stderr, "garbage: note: seed %s '%s' refused: %s", typname, lits[i],
					PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
		PQclear(res);
	}
}

/* Add the values a query returns (text in column 0) as valid literals */
static void
add_valid_query(SeedSet txt, SeedSet bin, const char *typname, const char *sql)
{
	PGresult   *res = must_query(sql, 0, NULL);
	int			n = PQntuples(res);
	const char **lits = xrealloc(NULL, (n + 1) * sizeof(char *));

	for (int i = 0; i < n; i++)
		lits[i] = PQgetvalue(res, i, 0);
	add_valid(txt, bin, typname, lits, n);
	free(lits);
	PQclear(res);
}

/* Add values that a test query accepts as a parameter, else say so */
static void
add_checked(SeedSet s, const char *sql, const char *const *lits, int n)
{
	for (int i = 0; i < n; i++)
	{
		PGresult   *res = PQexecParams(conn, sql, 1, NULL, &lits[i], NULL, NULL, 0);

		if (PQresultStatus(res) == PGRES_TUPLES_OK)
			seed_add(s, lits[i], strlen(lits[i]));
		else
			fprintf(stderr, "garbage: note: seed '%s' refused: %s", lits[i],
					PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
		PQclear(res);
	}
}

#define N(a) ((int) (sizeof(a) / sizeof((a)[0])))

static void
load_seeds(void)
{
	static const char *const answers[] = {
		"1", "2", "3", "4", "5", "like", "expect", "neutral", "live-with", "dislike",
		"I like it", "must-be", "must be", "I expect it", "I am neutral", "live with",
		"tolerate", "I live with it", "I can tolerate it", "I dislike it", " LIVE WITH ",
	};
	static const char *const categories[] = {
		"A", "O", "M", "I", "R", "Q", "attractive", "one-dimensional", "must-be",
		"indifferent", "reverse", "questionable", "exciting", "desired", "expected",
		"delighter", "satisfier", "dissatisfier", "one dimensional", "m", "q",
	};
	static const char *const levels[] = {
		"0", "1", "2", "3", "4", "L0", "L1", "L2", "L3", "L4", "promise not kept",
		"core service proposition", "customer feedback management",
		"individual excellent service provision",
		"surprisingly excellent service provision", "l4",
	};
	static const char *const kres[] = {
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0",
		"pairs=9223372036854775807,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=9223372036854775807 importance=0,0,0",
		"pairs=368934881474191032,368934881474191032,368934881474191032,368934881474191032,368934881474191032"
		"/368934881474191032,368934881474191032,368934881474191032,368934881474191032,368934881474191032"
		"/368934881474191032,368934881474191032,368934881474191032,368934881474191032,368934881474191032"
		"/368934881474191032,368934881474191032,368934881474191032,368934881474191032,368934881474191032"
		"/368934881474191032,368934881474191032,368934881474191032,368934881474191032,368934881474191032"
		" incomplete=7 importance=368934881474191032,1e154,1e308",
		"pairs=0,4611686018427387903,0,0,4611686018427387904/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0"
		" incomplete=0 importance=1,-1e154,1e308",
		"pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,4.9e-324,1e-300",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,0,1e-320",
		"pairs=0,0,0,0,1/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/1,0,0,0,0 incomplete=3 importance=0,0,0",
		"  pairs=1,2,3,4,5/6,7,8,9,10/11,12,13,14,15/16,17,18,19,20/21,22,23,24,25 incomplete=26 importance=27,27.5,1000.25 \n",
		"pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,-0,0",
	};
	static const char *const pres[] = {
		"levels=0,0,0,0,0 unfounded=0",
		"levels=9223372036854775807,0,0,0,0 unfounded=9223372036854775807",
		"levels=0,0,0,0,9223372036854775807 unfounded=0",
		"levels=1,1,1,1,1 unfounded=2",
		"levels=4611686018427387903,4611686018427387904,0,0,0 unfounded=9223372036854775807",
		"levels=0,1,0,0,1 unfounded=1",
		" levels=10,20,30,40,50\tunfounded=30 ",
	};
	static const char *const nres[] = {
		"answers=0,0,0,0,0,0,0,0,0,0,0",
		"answers=9223372036854775807,0,0,0,0,0,0,0,0,0,0",
		"answers=0,0,0,0,0,0,0,0,0,0,9223372036854775807",
		"answers=838488366986797800,838488366986797800,838488366986797800,838488366986797800,"
		"838488366986797800,838488366986797800,838488366986797800,838488366986797800,"
		"838488366986797800,838488366986797800,838488366986797800",
		"answers=0,0,0,0,0,0,0,1,0,0,0", "answers=1,0,0,0,0,0,0,0,0,0,0",
		"answers=0,0,0,0,0,0,0,0,0,0,1", " answers=1,2,3,4,5,6,7,8,9,10,11 ",
	};
	static const char *const csats[] = {
		"answers=0,0,0,0,0", "answers=9223372036854775807,0,0,0,0", "answers=0,0,0,0,9223372036854775807",
		" answers=1,2,3,4,5 ", "empty", "answers=0,0,0,4611686018427387903,4611686018427387904",
	};
	static const char *const ceses[] = {
		"answers=0,0,0,0,0,0,0", "answers=0,0,0,0,0,0,9223372036854775807", "answers=1,2,3,4,5,6,7",
		"answers=92,0,0,0,0,0,9223370236854775807", "EMPTY",
	};
	static const char *const durs[] = {
		"empty", "alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1",
		"alpha=0.01 zeros=2 min=0 max=0 sum=0 buckets=",
		"alpha=0.01 zeros=1 min=0 max=4000 sum=10000 buckets=346:1,381:1,401:1,415:1",
		"alpha=0.01 zeros=0 min=1 max=9223372036854775807 sum=9223372036854775808 buckets=0:1,2184:1",
		"alpha=0.0001 zeros=0 min=1 max=9223372036854775807 sum=9223372036854775808 buckets=0:1,218341:1",
		"alpha=0.5 zeros=9223372036854775806 min=0 max=1 sum=1 buckets=0:1",
	};
	static const char *const kgss[] = {
		"empty", "scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=",
		"scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5,6/0,0,0,0,0,1",
		"scheme=AAAAA/OOOOO/MMMMM/IIIII/RRRRR groups=9223372036854775807,0,0,0,0,0/0,0,0,0,0,9223372036854775807",
	};
	static const char *const eres[] = {
		"empty",
		"levels=0,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0"
		" centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0",
		"levels=9223372036854775807,0,0,0,0 unfounded=9223372036854775807 nps=9223372036854775807,0,0,0,0,0,0,0,0,0,0"
		" csat=0,0,0,0,9223372036854775807 ces=9223372036854775807,0,0,0,0,0,0 centricity=9223372036854775807,9223372036854775807"
		" participation=1537228672809129302,9223372036854775807 complaints=0,0 fcr=0,0 data_scale=9223372036854775807,9223372036854775807000000000000",
		"levels=0,0,0,0,9223372036854775807 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,9223372036854775807"
		" csat=9223372036854775807,0,0,0,0 ces=0,0,0,0,0,0,9223372036854775807 centricity=1,6 participation=9223372036854775807,9223372036854775807"
		" data_scale=9223372036854775807,-9223372036854775807000000000000",
		"levels=4611686018427387903,4611686018427387904,0,0,0 unfounded=9223372036854775807"
		" nps=838488366986797800,838488366986797800,838488366986797800,838488366986797800,"
		"838488366986797800,838488366986797800,838488366986797800,838488366986797800,"
		"838488366986797800,838488366986797800,838488366986797800"
		" csat=1,1,1,1,1 ces=1,1,1,1,1,1,1 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,0.000001",
		"levels=1,0,0,0,0 unfounded=1 nps=1,0,0,0,0,0,0,0,0,0,0 csat=1,0,0,0,0 ces=0,0,0,0,0,0,1"
		" centricity=1,1 participation=1,6 complaints=0,0 fcr=0,0 data_scale=1,-1000000000000",
		"levels=0,1,0,0,1 unfounded=1 nps=0,0,0,0,0,0,0,1,0,0,0 csat=0,0,0,1,0 ces=0,0,0,1,0,0,0"
		" centricity=2,12 participation=2,2 complaints=0,0 fcr=0,0 data_scale=2,1000000000000",
		" levels=2,4,20,48,26\tunfounded=3 nps=1,0,2,3,5,6,10,20,30,13,10 csat=5,10,20,40,25"
		" ces=1,2,3,4,30,40,20 centricity=90,300 participation=80,250 complaints=0,0 fcr=0,0 data_scale=70,12345.678901 ",
	};
	static const char *const schemes[] = {
		"iso24082", "pouliot", "kano1984", " Kano1984 ", "ISO24082", "POULIOT\t",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\": [\"QAAAO\", \"RIIIM\", \"RIIIM\", \"RIIIM\", \"RRRRQ\"]}",
		"{\"table\":[\"qaaao\",\"rqiim\",\"riiim\",\"riiqm\",\"rrrrq\"]}",
		"  {\"table\": [\"Q A A A O\", \"R Q I I M\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}  ",
		"{\"table\": [\"AAAAA\", \"OOOOO\", \"MMMMM\", \"IIIII\", \"RRRRR\"]}",
		"{\"table\": [\"\\u0051AAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRQ\"]}",
		"{\"table\": [\"QAAAO\", \"RQIIM\", \"RIIIM\", \"RIIQM\", \"RRRRM\"]}\n",
	};
	static const char *const vocabs[] = {"kano", "iso16355", "iso 16355", "ISO-16355", " KANO "};
	static const char *const rules[] = {"mode", "berger", "MODE", " Berger\t"};
	static const char *const thresh[] = {
		"{0.9,0.8,0.5,0.2}", "{0,0,0,0}", "{1,1,1,1}", "{0.95,0.9,0.6,0.3}",
		"[0:3]={0.9,0.8,0.5,0.2}", "{ 1e-320 , 0.5, 0.5, 0.5 }", "{\"0.9\",\"0.8\",\"0.5\",\"0.2\"}",
		"{-0,-0,0,0}", "{0.5,0.5,0.5,0.5}",
	};
	static const char *const charts[] = {
		"kano", "pyramid", "trend", "radar", " kano ",
		"kano divider=0.5 scheme=\"iso24082\" title=\"Kano Better-Worse diagram\" \"Spa\""
		" 0,0,30,2,5/0,0,0,0,3/0,0,9,0,0/0,0,0,0,0/1,0,0,0,0 \"<script>\" 0,0,0,0,0/0,0,0,0,0"
		"/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0",
		"kano divider=0.25 scheme=\"kano1984\" title=null \"a \\\"b\\\" \\\\\""
		" 1,2,3,4,5/6,7,8,9,10/11,12,13,14,15/16,17,18,19,20/21,22,23,24,25 \"a \\\"b\\\" \\\\\""
		" 9223372036854775807,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0",
		"kano divider=0.5 scheme=\"{\\\"table\\\": [\\\"QAAAO\\\", \\\"RQIIM\\\","
		" \\\"RIIIM\\\", \\\"RIIQM\\\", \\\"RRRRQ\\\"]}\" title=\"T\" \"x\""
		" 0,0,1,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0",
		"pyramid thresholds=0.9,0.8,0.5,0.2 \"Room\" 2,4,20,48,26/0 \"Desk\" 12,10,30,38,10/4"
		" \"none\" 0,0,0,0,0/0 \"Room\" 1,1,1,1,1/1",
		"pyramid thresholds=0,0,1,1 \"a\" 4611686018427387903,4611686018427387904,0,0,0/0",
		"trend \"NPS\" @8766 10,5,15 \"NPS\" @8797 null,2,8 \"NPS\" @8826 12,null,null"
		" \"CSAT & co\" @8766 80,75,85",
		"trend \"s\" @-2451545 1,0,2 \"s\" @2145031948 -1e300,-1e300,1e300 \"s\" @0 0,0,0",
		"trend \"s\" @1 1,null,null \"s\" @1 2,null,null",
		"radar max=4 \"1.1 Vision\" \"current\" 2.5 \"1.1 Vision\" \"target\" 3.5"
		" \"2.1 Culture\" \"current\" null \"2.1 Culture\" \"target\" 4 \"3.1 Needs\" \"c\" 1",
		"radar max=1e-300 \"a\" \"b\" 1e-300 \"a\" \"b\" 0",
	};
	static const char *const confs[] = {
		"0.95", "0.5", "0.99", "0.999999", "1e-300", "4.9e-324", "0.9999999999999999",
		"0.1", "  0.95  ", "9.5e-1", "0.6826894921370859", "2.2250738585072014e-308",
	};
	PGresult   *res;

	add_valid(S_ANSWER, S_ANSWER_BIN, "kano_answer", answers, N(answers));
	add_valid(S_CATEGORY, S_CATEGORY_BIN, "kano_category", categories, N(categories));
	add_valid(S_LEVEL, S_LEVEL_BIN, "pyramid_level", levels, N(levels));
	add_valid_query(S_KRES, S_KRES_BIN, "kano_result",
					"SELECT sx.kano_agg(1 + g % 5, 1 + (g * 7) % 5, g % 9)::text"
					" FROM generate_series(1, 20) g");
	add_valid_query(S_KRES, S_KRES_BIN, "kano_result",
					"SELECT (SELECT sx.kano_agg(CASE WHEN g % 13 = 0 THEN NULL ELSE 1 + g % 5 END,"
					"  1 + (g * k) % 5, CASE WHEN g % 4 = 0 THEN NULL ELSE ((g * k) % 11) * 0.37 END)"
					"  FROM generate_series(1, n) g)::text"
					" FROM generate_series(1, 7) k, unnest('{0,1,2,5,20,300}'::int[]) n");
	add_valid(S_KRES, S_KRES_BIN, "kano_result", kres, N(kres));
	add_valid_query(S_PRES, S_PRES_BIN, "pyramid_result",
					"SELECT (SELECT sx.pyramid_agg(g % 20 <> 0, CASE WHEN g % k = 0 THEN g % 10 <> 0 END,"
					"  g % 3 <> 0, g % 7 = 0) FROM generate_series(1, n) g)::text"
					" FROM generate_series(2, 6) k, unnest('{0,1,3,50,400}'::int[]) n");
	add_valid(S_PRES, S_PRES_BIN, "pyramid_result", pres, N(pres));
	add_valid_query(S_NRES, S_NRES_BIN, "nps_result",
					"SELECT (SELECT sx.nps_agg((g * k) % 11) FROM generate_series(1, n) g)::text"
					" FROM generate_series(1, 5) k, unnest('{0,1,8,100}'::int[]) n");
	add_valid(S_NRES, S_NRES_BIN, "nps_result", nres, N(nres));
	add_valid_query(S_CSAT, S_CSAT_BIN, "csat_result",
					"SELECT (SELECT sx.csat_agg(1 + (g * k) % 5) FROM generate_series(1, n) g)::text"
					" FROM generate_series(1, 4) k, unnest('{0,1,7,100}'::int[]) n");
	add_valid(S_CSAT, S_CSAT_BIN, "csat_result", csats, N(csats));
	add_valid_query(S_CES, S_CES_BIN, "ces_result",
					"SELECT (SELECT sx.ces_agg(1 + (g * k) % 7) FROM generate_series(1, n) g)::text"
					" FROM generate_series(1, 4) k, unnest('{0,1,2,9,100}'::int[]) n");
	add_valid(S_CES, S_CES_BIN, "ces_result", ceses, N(ceses));
	add_valid_query(S_DUR, S_DUR_BIN, "duration_result",
					"SELECT (SELECT sx.duration_agg(((g * k) % 97) ^ 3 * interval '1 ms', a)"
					"  FROM generate_series(1, n) g)::text"
					" FROM generate_series(1, 3) k, unnest('{0,1,5,60}'::int[]) n,"
					" unnest('{0.01,0.2,0.0001}'::float8[]) a");
	add_valid(S_DUR, S_DUR_BIN, "duration_result", durs, N(durs));
	add_valid_query(S_KGS, S_KGS_BIN, "kano_homogeneity_state",
					"SELECT sx.kano_homogeneity_trans(sx.kano_homogeneity_trans('empty', r), r OPERATOR(sx.+) r)::text"
					" FROM (SELECT sx.kano_agg(1 + g % 5, 1 + (g * 7) % 5) AS r FROM generate_series(1, 20) g) x");
	add_valid(S_KGS, S_KGS_BIN, "kano_homogeneity_state", kgss, N(kgss));
	add_valid_query(S_ERES, S_ERES_BIN, "experience_result",
					"SELECT (SELECT sx.experience_agg(g % 20 <> 0, CASE WHEN g % k = 0 THEN g % 10 <> 0 END,"
					"  g % 3 <> 0, g % 7 = 0, CASE WHEN g % 4 <> 0 THEN (g * k) % 11 END,"
					"  CASE WHEN g % 3 <> 0 THEN 1 + g % 5 END, CASE WHEN g % 5 <> 0 THEN 1 + (g * k) % 7 END,"
					"  CASE WHEN g % 2 = 0 THEN 1 + g % 6 END, CASE WHEN g % k <> 0 THEN 1 + (g + k) % 6 END,"
					"  CASE WHEN g % 6 <> 0 THEN (g - 30) * 1234.5678915 * k END,"
					"  CASE WHEN g % 5 <> 0 THEN g % k = 0 END, CASE WHEN g % k = 0 THEN g % 2 = 0 END)"
					"  FROM generate_series(1, n) g)::text"
					" FROM generate_series(2, 5) k, unnest('{0,1,3,50,400}'::int[]) n");
	add_valid(S_ERES, S_ERES_BIN, "experience_result", eres, N(eres));
	add_checked(S_SCHEME, "SELECT sx.kano_classify(1, 5, $1::text)", schemes, N(schemes));
	add_checked(S_VOCAB, "SELECT sx.kano_category_name('A', $1::text)", vocabs, N(vocabs));
	add_checked(S_RULE, "SELECT sx.kano_category('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0"
				" incomplete=0 importance=0,0,0', 'iso24082', $1::text)", rules, N(rules));
	add_checked(S_THRESH, "SELECT sx.pyramid_attained('levels=1,1,1,1,1 unfounded=0', $1::float8[])",
				thresh, N(thresh));
	add_checked(S_CONF, "SELECT sx.nps_low('answers=1,1,1,1,1,1,1,1,1,1,1', $1::float8)",
				confs, N(confs));
	add_checked(S_CHART, "SELECT $1::sx.chart_points", charts, N(charts));
	for (int i = 0; i < seeds[S_THRESH].n; i++)
	{
		const char *v = (const char *) seeds[S_THRESH].v[i].d;
		Buf			b = {0};

		res = must_query("SELECT encode(array_send($1::float8[]), 'hex')", 1, &v);
		hex_decode(PQgetvalue(res, 0, 0), &b);
		seed_add(S_THRESH_BIN, b.d, b.n);
		free(b.d);
		PQclear(res);
	}
	seed_add(S_LEVER, "", 0);	/* unused: leverage cases are generated */
	{
		static const char *const hist[] = {
			"{0,0,0,0,0}", "{1,2,3,4,5}", "{0,0,0,0,0,0,0}", "{7,6,5,4,3,2,1}",
			"{9223372036854775807,0,0,0,0}", "{0,0,0,0,0,0,9223372036854775807}", "{1,1}", "{}",
		};
		static const char *const nums[] = {
			"{1,5}", "{3,3,7.5}", "{5,1,NULL}", "{2,2,0}", "{1,1,1e300}", "{4,4,-0}", "{10}",
			"{0}", "{9,2}",
		};
		static const char *const bools[] = {
			"{t,NULL,t,t}", "{t,f,t,t}", "{f,t,t,t}", "{t,t,t,f}", "{NULL,NULL,NULL,NULL}",
			"{t,NULL,NULL,t}", "{f,NULL,f,t}",
		};

		for (int i = 0; i < N(hist); i++)
			seed_add(S_HIST, hist[i], strlen(hist[i]));
		for (int i = 0; i < N(nums); i++)
			seed_add(S_NUMS, nums[i], strlen(nums[i]));
		for (int i = 0; i < N(bools); i++)
			seed_add(S_BOOLS, bools[i], strlen(bools[i]));
	}
	{
		/* four flags, NPS, CSAT, CES, centricity, participation, data scale */
		static const char *const eargs[] = {
			"{t,t,t,t,10,5,1,6,6,1e12,t,t}", "{t,NULL,t,f,0,1,7,1,1,-1e12,f,NULL}",
			"{f,f,f,t,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}", "{t,f,t,t,9,4,2,3,4,0.0000005,t,f}",
			"{NULL,NULL,NULL,NULL,5,3,4,2,5,-0,NULL,t}", "{t,t,f,f,7,2,6,4,3,123.4567894,t,t}",
			"{t,t,t,f,8,NULL,3,NULL,2,999999999999.9999,f,f}", "{f,NULL,NULL,NULL,0,1,1,1,1,NULL,t,NULL}",
		};
		for (int i = 0; i < N(eargs); i++)
			seed_add(S_EARGS, eargs[i], strlen(eargs[i]));
	}
	for (int s = 0; s < S_COUNT; s++)
		if (seeds[s].n == 0)
			die("no valid seeds for set %d", s);
}

/* ------------------------------------------------------------------ */
/* Server log                                                           */
/* ------------------------------------------------------------------ */

static char *server_log;
static long server_log_start = -1;

static void
find_server_log(void)
{
	const char *env = getenv("GARBAGE_SERVER_LOG");
	struct stat st;

	if (env && *env)
		server_log = xstrdup(env);
	else
	{
		/* only with logging_collector: a path relative to the data directory */
		PGresult   *res = PQexec(conn,
								 "SELECT CASE WHEN f LIKE '/%' THEN f"
								 " ELSE current_setting('data_directory') || '/' || f END"
								 " FROM pg_current_logfile() f WHERE f IS NOT NULL");

		if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
			server_log = xstrdup(PQgetvalue(res, 0, 0));
		PQclear(res);
	}
	if (server_log && stat(server_log, &st) == 0 && access(server_log, R_OK) == 0)
	{
		server_log_start = (long) st.st_size;
		printf("server log: %s (from byte %ld)\n", server_log, server_log_start);
	}
	else
	{
		printf("server log: not found%s%s; relying on the postmaster start time and the"
			   " connection checks\n", server_log ? " or not readable: " : "",
			   server_log ? server_log : "");
		server_log = NULL;
	}
}

/* Lines the server writes when a backend crashes or an assertion fails */
static long
grep_server_log(void)
{
	static const char *const patterns[] = {
		"terminated by signal", "was terminated by exception", "TRAP:", "PANIC:",
		"terminating any other active server processes", "all server processes terminated",
		"server process (PID", "stack depth limit exceeded",
	};
	FILE	   *f;
	char		line[4096];
	long		hits = 0;

	if (server_log == NULL)
		return 0;
	f = fopen(server_log, "r");
	if (f == NULL || fseek(f, server_log_start, SEEK_SET) != 0)
	{
		printf("server log: cannot read %s: %s\n", server_log, strerror(errno));
		if (f)
			fclose(f);
		return 0;
	}
	while (fgets(line, sizeof(line), f))
	{
		for (size_t i = 0; i < sizeof(patterns) / sizeof(patterns[0]); i++)
		{
			if (strstr(line, patterns[i]))
			{
				if (hits < 20)
					printf("server log: %s", line);
				hits++;
				break;
			}
		}
	}
	fclose(f);
	return hits;
}

/* ------------------------------------------------------------------ */
/* Main                                                                 */
/* ------------------------------------------------------------------ */

/* Processes the postmaster restarts when it reinitializes after a crash */
#define AUX_PIDS_SQL "SELECT coalesce(string_agg(backend_type || ' ' || pid, ', '" \
	" ORDER BY backend_type), 'none') FROM pg_stat_activity" \
	" WHERE backend_type IN ('checkpointer', 'background writer', 'walwriter')"

static bool
selected(const char *name)
{
	char	   *copy,
			   *tok,
			   *save;
	bool		hit = false;

	if (only == NULL || *only == '\0')
		return true;
	copy = xstrdup(only);
	for (tok = strtok_r(copy, ",", &save); tok && !hit; tok = strtok_r(NULL, ",", &save))
		hit = strstr(name, tok) != NULL;
	free(copy);
	return hit;
}

static void
run_target(Target *t, long ncases)
{
	Rng			r;
	CaseList	edges = {0};
	Buf			in = {0};
	long		caseno = 0;

	rng_seed(&r, seed, t->name);
	if (t->kind == K_LEVER)
		edge_lever(&edges);
	else if (t->kind == K_BIN)
		edge_bin(t->set, &edges);
	else
		edge_text(t->set, &edges);

	for (int i = 0; i < edges.n; i++, caseno++)
	{
		const char *ctx = t->ctx != S_NONE ? (const char *) seed_pick(&r, t->ctx)->d : NULL;

		run_case(t, caseno, &edges.v[i], ctx);
		free(edges.v[i].d);
	}
	free(edges.v);

	for (long i = 0; i < ncases; i++, caseno++)
	{
		const char *ctx;

		if (t->kind == K_LEVER)
			gen_lever(&r, &in);
		else if (chance(&r, 30))
			gen_random(&r, t->set, &in);
		else
		{
			const Buf  *s = seed_pick(&r, t->set);

			buf_set(&in, s->d, s->n);
			mutate(&r, t->set, &in);
		}
		/* most text cases valid UTF-8, so that they get past the server */
		if (t->kind == K_TEXT && chance(&r, 85))
			utf8_repair(&in);
		ctx = t->ctx != S_NONE ? (const char *) seed_pick(&r, t->ctx)->d : NULL;
		run_case(t, caseno, &in, ctx);
	}
	free(in.d);
}

static int
state_cmp(const void *a, const void *b)
{
	const StateCount *x = a;
	const StateCount *y = b;

	return (y->n > x->n) - (y->n < x->n);
}

int
main(void)
{
	const char *e;
	long		ncases = DEFAULT_CASES;
	char	   *start_time;
	char	   *start_time_after;
	char	   *aux_pids;
	char	   *aux_pids_after;
	bool		aux_same;
	bool		sentinel_ok;
	PGconn	   *sentinel;
	long		log_hits;
	long		calls = 0,
				ok = 0,
				ordinary = 0;
	double		t0 = now_seconds();

	setvbuf(stdout, NULL, _IOLBF, 0);
	seed = DEFAULT_SEED;
	if ((e = getenv("GARBAGE_SEED")) && *e)
		seed = strtoull(e, NULL, 0);
	if ((e = getenv("GARBAGE_CASES")) && *e)
		ncases = atol(e);
	only = getenv("GARBAGE_ONLY");
	extra = !((e = getenv("GARBAGE_EXTRA")) && strcmp(e, "0") == 0);
	printf("garbage: seed %llu (GARBAGE_SEED), %ld random/mutated cases per target"
		   " (GARBAGE_CASES)%s%s%s\n", (unsigned long long) seed, ncases,
		   only && *only ? ", targets matching " : "", only && *only ? only : "",
		   extra ? ", with the extra targets (GARBAGE_EXTRA)" : "");

	connect_db();
	start_time = query_value("SELECT pg_postmaster_start_time()::text");
	aux_pids = query_value(AUX_PIDS_SQL);
	/* a connection idle all along: a crashed backend makes the postmaster end it */
	sentinel = PQconnectdb("");
	if (PQstatus(sentinel) != CONNECTION_OK)
		die("sentinel connection: %s", PQerrorMessage(sentinel));
	{
		char	   *enc = query_value("SELECT current_setting('server_encoding')");
		char	   *db = query_value("SELECT current_database()");

		printf("database %s, encoding %s, postmaster started %s\n", db, enc, start_time);
		free(enc);
		free(db);
	}
	find_server_log();
	load_seeds();

	for (size_t i = 0; i < NTARGETS; i++)
	{
		Target	   *t = &targets[i];

		if (t->kind == K_BIN && t->typname)
		{
			char		sql[200];
			char	   *oid;

			snprintf(sql, sizeof(sql), "SELECT '%s'::regtype::oid", t->typname);
			oid = query_value(sql);
			t->ptype = (unsigned int) strtoul(oid, NULL, 10);
			free(oid);
		}
	}

	for (size_t i = 0; i < NTARGETS; i++)
	{
		if (!selected(targets[i].name) || (targets[i].extra && !extra))
			continue;
		run_target(&targets[i], ncases);
		/* every target has valid inputs among its cases: none passing is a broken test */
		if (targets[i].ok == 0)
		{
			printf("FAILURE %s: no call succeeded; is the test query broken?\n", targets[i].name);
			targets[i].failures++;
			total_failures++;
		}
	}

	/* the postmaster must not have restarted (it does after a backend crash) */
	if (PQstatus(conn) != CONNECTION_OK)
	{
		PQfinish(conn);
		connect_db();
	}
	start_time_after = query_value("SELECT pg_postmaster_start_time()::text");
	if (strcmp(start_time, start_time_after) != 0)
	{
		printf("FAILURE: the postmaster restarted: started %s, now %s\n",
			   start_time, start_time_after);
		total_failures++;
	}

	/*
	 * The start time survives a crash-restart (the postmaster itself lives
	 * on), so also: the auxiliary processes must be the same ones, and the
	 * sentinel connection must still work.
	 */
	aux_pids_after = query_value(AUX_PIDS_SQL);
	aux_same = strcmp(aux_pids, aux_pids_after) == 0;
	if (!aux_same)
	{
		printf("FAILURE: the server reinitialized after a crash: checkpointer, background"
			   " writer, walwriter were PIDs %s, now %s\n", aux_pids, aux_pids_after);
		total_failures++;
	}
	{
		PGresult   *res = PQexec(sentinel, "SELECT 1");

		sentinel_ok = PQresultStatus(res) == PGRES_TUPLES_OK;
		if (!sentinel_ok)
		{
			printf("FAILURE: the sentinel connection was terminated (a backend crashed): %s",
				   PQerrorMessage(sentinel));
			total_failures++;
		}
		PQclear(res);
		PQfinish(sentinel);
	}
	log_hits = grep_server_log();
	if (log_hits > 0)
	{
		printf("FAILURE: %ld crash lines in the server log\n", log_hits);
		total_failures++;
	}

	printf("\n%-32s %7s %7s %8s %5s %6s  %s\n", "target", "calls", "ok", "ordinary",
		   "fail", "secs", "top SQLSTATEs");
	for (size_t i = 0; i < NTARGETS; i++)
	{
		Target	   *t = &targets[i];

		if (t->calls == 0)
			continue;
		qsort(t->states, t->nstates, sizeof(StateCount), state_cmp);
		printf("%-32s %7ld %7ld %8ld %5ld %6.1f ", t->name, t->calls, t->ok,
			   t->ordinary, t->failures, t->seconds);
		for (int k = 0; k < t->nstates && k < 4; k++)
			printf(" %s:%ld", t->states[k].state, t->states[k].n);
		printf("\n");
		calls += t->calls;
		ok += t->ok;
		ordinary += t->ordinary;
	}
	printf("%-32s %7ld %7ld %8ld %5ld %6.1f\n", "total", calls, ok, ordinary,
		   total_failures, now_seconds() - t0);
	printf("postmaster start time unchanged: %s; auxiliary processes unchanged: %s;"
		   " sentinel connection alive: %s; server log: %s\n",
		   strcmp(start_time, start_time_after) == 0 ? "yes" : "NO",
		   aux_same ? "yes" : "NO", sentinel_ok ? "yes" : "NO",
		   server_log ? (log_hits ? "crash lines found" : "no crash lines") : "not checked");
	printf("garbage: %s (seed %llu)\n", total_failures ? "FAILED" : "ok",
		   (unsigned long long) seed);
	PQfinish(conn);
	return total_failures ? 1 : 0;
}
