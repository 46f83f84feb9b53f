/*
 * fuzz_scheme.c
 *		sx_kano_scheme_parse (built-in names and JSON via json-c): on success
 *		every cell is a category (< SX_CATEGORIES), and the scheme written
 *		back as {"table": [...]} parses to the same cells.  Leaks of json-c
 *		objects show through LeakSanitizer.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char letters[] = "MOAIRQ";
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxScheme	scheme;
	SxScheme	again;

	memset(&scheme, 0xA5, sizeof(scheme));
	fuzz_err_init(&err);
	if (sx_kano_scheme_parse(s, size, &scheme, &err))
	{
		char		doc[128];
		char	   *p = doc;

		for (int i = 0; i < SX_CELLS; i++)
			CHECK(scheme.cell[i] < SX_CATEGORIES);

		p += sprintf(p, "{\"table\": [");
		for (int r = 0; r < SX_ANSWERS; r++)
		{
			*p++ = '"';
			for (int c = 0; c < SX_ANSWERS; c++)
				*p++ = letters[scheme.cell[sx_kano_cell(r + 1, c + 1)]];
			p += sprintf(p, "\"%s", r < SX_ANSWERS - 1 ? ", " : "]}");
		}
		memset(&again, 0xA5, sizeof(again));
		fuzz_err_init(&err);
		CHECK(sx_kano_scheme_parse(doc, strlen(doc), &again, &err));
		CHECK(memcmp(&scheme, &again, sizeof(scheme)) == 0);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
