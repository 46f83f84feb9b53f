/*
 * sx_svg.c
 *		Writing SVG in the core (see sx_svg.h).
 */
#include "sx_svg.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/*
 * Advance widths of DejaVu Sans for ASCII 32..126, in thousandths of an
 * em.  DejaVu Sans is the default sans-serif font of Debian and close to
 * Verdana; both are wider than Arial and Helvetica, so a box measured with
 * these widths holds the text in any of the fonts the charts ask for.
 */
static const unsigned short ascii_width[95] = {
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
	636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
	1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
	603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
	500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
	635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
};

/* Width of the ellipsis that ends a cut text, and of other characters */
#define ELLIPSIS_WIDTH 1000
#define OTHER_WIDTH 650
#define WIDE_WIDTH 1000

const char *const sx_svg_series_colour[SX_SVG_SERIES_COLOURS] = {
	"#0072B2", "#D55E00", "#009E73", "#CC79A7",
	"#E69F00", "#56B4E9", "#000000", "#8C564B"
};

const char *
sx_svg_series_dash(size_t series)
{
	static const char *const dash[4] = {"", "6 3", "2 3", "8 3 2 3"};

	return dash[(series / SX_SVG_SERIES_COLOURS) % 4];
}

/*
 * The code point at s[*i], moving *i past it.  A byte that does not start
 * a well-formed UTF-8 sequence (overlong, a surrogate, beyond U+10FFFF,
 * cut short) is U+FFFD and consumes that byte alone.
 */
static uint32_t
utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];
	uint32_t	cp;
	uint32_t	min;
	size_t		n;

	if (c < 0x80)
	{
		(*i)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 1, cp = c & 0x1F, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 2, cp = c & 0x0F, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 3, cp = c & 0x07, min = 0x10000;
	else
	{
		(*i)++;
		return 0xFFFD;
	}
	if (len - *i <= n)
	{
		(*i)++;
		return 0xFFFD;
	}
	for (size_t k = 1; k <= n; k++)
	{
		unsigned char b = s[*i + k];

		if ((b & 0xC0) != 0x80)
		{
			(*i)++;
			return 0xFFFD;
		}
		cp = (cp << 6) | (b & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
	{
		(*i)++;
		return 0xFFFD;
	}
	*i += n + 1;
	return cp;
}

/* What a code point becomes: -1 dropped, else the code point written */
static int32_t
svg_char(uint32_t cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r')
		return ' ';
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return -1;
	/* not characters in XML 1.0 */
	if (cp == 0xFFFE || cp == 0xFFFF)
		return 0xFFFD;
	return (int32_t) cp;
}

/* Width of a written character in thousandths of an em (0 if dropped) */
static int
char_width(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp >= 32 && cp <= 126)
		return ascii_width[cp - 32];
	/* combining marks take no room of their own */
	if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
		(cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
		cp == 0x200B || cp == 0x200C || cp == 0x200D)
		return 0;
	/* East Asian wide characters */
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
		(cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
		(cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
		cp >= 0x20000)
		return WIDE_WIDTH;
	return OTHER_WIDTH;
}

static void
svg_put_char(SxBuf *b, int32_t cp)
{
	static const char hex[] = "0123456789ABCDEF";
	char		tmp[12];
	int			n = 0;

	switch (cp)
	{
		case '&':
			sx_buf_str(b, "&amp;");
			return;
		case '<':
			sx_buf_str(b, "&lt;");
			return;
		case '>':
			sx_buf_str(b, "&gt;");
			return;
		case '"':
			sx_buf_str(b, "&quot;");
			return;
		case '\'':
			sx_buf_str(b, "&#39;");
			return;
	}
	if (cp < 0x80)
	{
		sx_buf_char(b, (char) cp);
		return;
	}
	sx_buf_str(b, "&#x");
	for (int shift = 20; shift >= 0; shift -= 4)
	{
		int			digit = (cp >> shift) & 0xF;

		if (digit || n || shift == 0)
			tmp[n++] = hex[digit];
	}
	sx_buf_put(b, tmp, (size_t) n);
	sx_buf_char(b, ';');
}

void
sx_svg_text(SxBuf *b, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	for (size_t i = 0; i < len;)
	{
		int32_t		cp = svg_char(utf8_next(u, len, &i));

		if (cp >= 0)
			svg_put_char(b, cp);
	}
}

double
sx_svg_text_width(const char *s, size_t len, double size, bool bold)
{
	const unsigned char *u = (const unsigned char *) s;
	long		w = 0;

	for (size_t i = 0; i < len;)
		w += char_width(svg_char(utf8_next(u, len, &i)));
	return w * size / 1000.0 * (bold ? 1.1 : 1.0);
}

size_t
sx_svg_fit(const char *s, size_t len, double size, bool bold,
		   double max_width, bool *cut)
{
	const unsigned char *u = (const unsigned char *) s;
	double		per_mille = size / 1000.0 * (bold ? 1.1 : 1.0);
	size_t		i = 0;
	size_t		fits = 0;
	long		w = 0;

	*cut = false;
	if (sx_svg_text_width(s, len, size, bold) <= max_width)
		return len;
	*cut = true;
	while (i < len)
	{
		w += char_width(svg_char(utf8_next(u, len, &i)));
		if ((w + ELLIPSIS_WIDTH) * per_mille > max_width)
			break;
		fits = i;
	}
	return fits;
}

void
sx_svg_text_fit(SxBuf *b, const char *s, size_t len, double size, bool bold,
				double max_width)
{
	bool		cut;
	size_t		n = sx_svg_fit(s, len, size, bold, max_width, &cut);

	sx_svg_text(b, s, n);
	if (cut)
		sx_buf_str(b, "&#x2026;");
}

/* Bytes of the UTF-8 sequence a byte starts (1 for a stray byte) */
static size_t
utf8_length(unsigned char c)
{
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

size_t
sx_svg_wrap(const char *s, size_t len, double size, double max_width,
			size_t max_lines, size_t *start, size_t *line_len, bool *cut)
{
	size_t		n = 0;
	size_t		pos = 0;

	*cut = false;
	/* no label needs more than this to fill its lines; keeps wrapping linear */
	if (len > 512)
	{
		len = 512;
		while (len > 0 && ((unsigned char) s[len] & 0xC0) == 0x80)
			len--;
	}
	while (n < max_lines)
	{
		size_t		take = 0;
		bool		c = false;

		while (pos < len && s[pos] == ' ')
			pos++;
		if (pos == len)
			break;
		if (n + 1 == max_lines)
			take = sx_svg_fit(s + pos, len - pos, size, false, max_width, &c);
		else
		{
			/* the longest run of whole words that fits */
			for (size_t end = pos; end <= len; end++)
			{
				if (end < len && s[end] != ' ')
					continue;
				if (sx_svg_text_width(s + pos, end - pos, size, false) > max_width)
					break;
				take = end - pos;
			}
			/* a word wider than a line is broken where it must */
			if (take == 0)
				take = sx_svg_fit(s + pos, len - pos, size, false, max_width, &c);
			c = false;
		}
		if (take == 0)
			take = utf8_length((unsigned char) s[pos]) < len - pos ?
				utf8_length((unsigned char) s[pos]) : len - pos;
		start[n] = pos;
		line_len[n] = take;
		n++;
		pos += take;
		*cut = c;
	}
	return n;
}

void
sx_svg_printf(SxBuf *b, const char *fmt,...)
{
	va_list		ap;
	const char *p = fmt;

	va_start(ap, fmt);
	while (*p)
	{
		const char *start = p;

		while (*p && *p != '%')
			p++;
		sx_buf_put(b, start, (size_t) (p - start));
		if (*p == '\0')
			break;
		p++;
		switch (*p)
		{
			case 's':
				sx_buf_str(b, va_arg(ap, const char *));
				break;
			case 'd':
				sx_buf_int(b, va_arg(ap, int));
				break;
			case 'L':
				sx_buf_int(b, va_arg(ap, int64_t));
				break;
			case 'f':
				sx_buf_num(b, va_arg(ap, double), 1);
				break;
			case 'g':
				sx_buf_num(b, va_arg(ap, double), 3);
				break;
			case 'p':
				sx_buf_num(b, 100.0 * va_arg(ap, double), 1);
				sx_buf_char(b, '%');
				break;
			case 't':
				{
					const char *s = va_arg(ap, const char *);
					size_t		n = va_arg(ap, size_t);

					sx_svg_text(b, s, n);
				}
				break;
			case '%':
				sx_buf_char(b, '%');
				break;
			default:
				/* a bug in a format of this file's callers: made visible */
				sx_buf_str(b, "%?");
				if (*p == '\0')
					p--;
				break;
		}
		p++;
	}
	va_end(ap);
}

void
sx_svg_begin(SxBuf *b, double width, double height, const char *title,
			 size_t title_len)
{
	sx_svg_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
				  " width=\"%f\" height=\"%f\" viewBox=\"0 0 %f %f\" role=\"img\""
				  " font-family=\"%s\" font-size=\"12\" fill=\"%s\">\n",
				  width, height, width, height, SX_SVG_FONTS, SX_SVG_INK);
	sx_svg_printf(b, "<title>%t</title>\n", title, title_len);
}

void
sx_svg_end(SxBuf *b)
{
	sx_buf_str(b, "</svg>\n");
}

SxBox
sx_svg_text_box(double x, double y, double width, double size, char anchor)
{
	SxBox		box;

	box.x0 = anchor == 'm' ? x - width / 2 : anchor == 'e' ? x - width : x;
	box.x1 = box.x0 + width;
	box.y0 = y - 0.8 * size - 1;
	box.y1 = y + 0.25 * size + 1;
	return box;
}

void
sx_svg_background(SxBuf *b, double width, double height)
{
	sx_svg_printf(b, "<rect x=\"0\" y=\"0\" width=\"%f\" height=\"%f\" fill=\"#ffffff\"/>\n",
				  width, height);
}

/* Box b is inside the bounds and clear of every box but own */
static bool
box_free(const SxPlacer *pl, const SxBox *b, size_t own)
{
	if (!sx_box_inside(b, &pl->bounds))
		return false;
	for (size_t i = 0; i < pl->nboxes; i++)
	{
		if (i != own && sx_box_overlap(b, &pl->box[i]))
			return false;
	}
	return true;
}

/* Does the segment cross a text placed before? */
static bool
segment_crosses(const SxPlacer *pl, double x0, double y0, double x1, double y1)
{
	for (size_t i = pl->first_text; i < pl->nboxes; i++)
	{
		const SxBox *b = &pl->box[i];
		double		t0 = 0;
		double		t1 = 1;
		double		p[4] = {-(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0};
		double		q[4] = {x0 - b->x0, b->x1 - x0, y0 - b->y0, b->y1 - y0};
		bool		inside = true;

		/* Liang-Barsky clipping of the segment to the box */
		for (int k = 0; k < 4 && inside; k++)
		{
			if (p[k] == 0)
				inside = q[k] >= 0;
			else if (p[k] < 0)
				t0 = fmax(t0, q[k] / p[k]);
			else
				t1 = fmin(t1, q[k] / p[k]);
		}
		if (inside && t0 <= t1)
			return true;
	}
	return false;
}

bool
sx_place_text(SxPlacer *pl, double cx, double cy, double r, size_t own,
			  double w, double size, SxPlacement *out)
{
	static const double dir[8][2] = {
		{1, 0}, {-1, 0}, {0, -1}, {0, 1},
		{0.7071, -0.7071}, {-0.7071, -0.7071}, {0.7071, 0.7071}, {-0.7071, 0.7071}
	};
	static const double gap[3] = {3, 14, 28};

	for (int ring = 0; ring < 3; ring++)
	{
		double		d = r + gap[ring];

		for (int k = 0; k < 8; k++)
		{
			double		ux = dir[k][0];
			double		uy = dir[k][1];
			char		anchor = ux > 0.5 ? 's' : ux < -0.5 ? 'e' : 'm';
			double		x = cx + ux * d;
			double		y;
			SxBox		box;
			double		lx1;
			double		ly1;

			/* the text's nearest edge or corner is d from the centre */
			if (uy < -0.5)
				y = cy + uy * d - 0.25 * size - 1;
			else if (uy > 0.5)
				y = cy + uy * d + 0.8 * size + 1;
			else
				y = cy + 0.275 * size;
			box = sx_svg_text_box(x, y, w, size, anchor);
			box.x0 -= 1;
			box.x1 += 1;
			if (!box_free(pl, &box, own))
				continue;
			lx1 = fmin(fmax(cx, box.x0), box.x1);
			ly1 = fmin(fmax(cy, box.y0), box.y1);
			if (ring > 0 && segment_crosses(pl, cx, cy, lx1, ly1))
				continue;
			out->x = x;
			out->y = y;
			out->anchor = anchor;
			out->leader = ring > 0;
			out->lx0 = cx + ux * (r + 1);
			out->ly0 = cy + uy * (r + 1);
			out->lx1 = lx1;
			out->ly1 = ly1;
			pl->box[pl->nboxes++] = box;
			return true;
		}
	}
	return false;
}
