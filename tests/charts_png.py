#!/usr/bin/env python3
"""tests/charts_png.py DIR: check the PNGs tests/charts.sh rendered.

For every DIR/NAME.png (rendered from DIR/NAME.svg or DIR/page.html) the
checks are pixels a broken chart would not have: the picture is the size
the SVG says and not blank, its text is drawn, and the colours of what was
planted are where they belong (the attractive feature's colour in the
attractive quadrant, the five pyramid levels, every series).  Plain
Python: the PNG is decoded with zlib and struct.  Exit 1 on any failure.
"""
import re
import struct
import sys
import zlib


def read_png(path):
    """Width, height and rows of RGB(A) bytes of an 8-bit PNG."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', chunk)
        elif kind == b'IDAT':
            idat.append(chunk)
        elif kind == b'IEND':
            break
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or interlace != 0 or colour not in (2, 6):
        raise ValueError('unexpected PNG format %r' % (header,))
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if kind == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif kind == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 255
        elif kind == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


class Picture:
    def __init__(self, path):
        self.width, self.height, self.bpp, self.rows = read_png(path)

    def pixels(self, box=None):
        x0, y0, x1, y1 = box or (0, 0, self.width, self.height)
        x0, y0 = max(0, int(x0)), max(0, int(y0))
        x1, y1 = min(self.width, int(x1)), min(self.height, int(y1))
        bpp = self.bpp
        for y in range(y0, y1):
            row = self.rows[y]
            for x in range(x0, x1):
                k = x * bpp
                yield row[k], row[k + 1], row[k + 2]

    def count(self, colour, box=None, tolerance=10):
        r0, g0, b0 = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(1 for r, g, b in self.pixels(box)
                   if abs(r - r0) <= tolerance and abs(g - g0) <= tolerance
                   and abs(b - b0) <= tolerance)

    def ink(self, box=None):
        """Dark grey pixels: text (black or grey) and axis lines."""
        return sum(1 for r, g, b in self.pixels(box)
                   if r + g + b < 450 and max(r, g, b) - min(r, g, b) < 24)

    def not_white(self):
        return sum(1 for r, g, b in self.pixels() if r + g + b < 750)


failures = []


def check(name, ok, what):
    print('  %s %s: %s' % ('ok  ' if ok else 'FAIL', name, what))
    if not ok:
        failures.append('%s: %s' % (name, what))


def svg_size(svg):
    m = re.search(r'<svg [^>]*width="([0-9.]+)" height="([0-9.]+)"', svg)
    return float(m.group(1)), float(m.group(2))


def attribute_box(svg, cls):
    m = re.search(r'<rect class="%s" x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)"'
                  r' height="([0-9.]+)"' % cls, svg)
    x, y, w, h = (float(v) for v in m.groups())
    return x, y, x + w, y + h


def common(name, pic, svg):
    width, height = svg_size(svg)
    check(name, (pic.width, pic.height) == (int(width), int(height)),
          'rendered at the SVG size %dx%d (got %dx%d)' % (width, height, pic.width, pic.height))
    share = pic.not_white() / float(pic.width * pic.height)
    check(name, share > 0.005, 'not blank (%.1f %% of the pixels drawn)' % (100 * share))
    ink = pic.ink()
    check(name, ink > 200, 'text and lines drawn (%d dark grey pixels)' % ink)


def kano(name, pic, svg, planted=True):
    """The quadrants from the plot frame and the dividing lines."""
    x0, y0, x1, y1 = attribute_box(svg, 'plot')
    m = re.search(r'class="divider" d="M ([0-9.]+) [0-9.]+ V [0-9.]+ M [0-9.]+ ([0-9.]+) H', svg)
    xd, yd = float(m.group(1)), float(m.group(2))
    inner = 2    # keep off the frame and the dividing lines
    quadrant = {
        'A': (x0 + inner, y0 + inner, xd - inner, yd - inner),
        'O': (xd + inner, y0 + inner, x1 - inner, yd - inner),
        'M': (xd + inner, yd + inner, x1 - inner, y1 - inner),
        'I': (x0 + inner, yd + inner, xd - inner, y1 - inner),
    }
    colour = {'A': '#009E73', 'O': '#0072B2', 'M': '#D55E00', 'I': '#8C8C8C'}
    check(name, pic.count('#E5F4EE', quadrant['A']) > 1000,
          'the attractive quadrant is tinted (top left)')
    if not planted:
        # the grey of I is also the frame's: the coloured points only
        points = sum(pic.count(colour[q], (x0, y0, x1, y1)) for q in 'AOM')
        check(name, points == 0, 'no point drawn in the plot (%d point pixels)' % points)
        return
    for q in 'AOMI':
        n = pic.count(colour[q], quadrant[q])
        check(name, n > 150, 'the %s point colour %s is in the %s quadrant (%d pixels)'
              % (q, colour[q], q, n))
    stray = pic.count(colour['A'], quadrant['M'])
    check(name, stray < 5, 'no attractive colour in the must-be quadrant (%d pixels)' % stray)
    grey = pic.count(colour['I'], quadrant['A'])
    check(name, grey > 150, "the mostly indifferent 'Rooftop yoga' is grey in the attractive"
          " quadrant (%d pixels)" % grey)
    check(name, pic.ink((0, 0, pic.width, 50)) > 200, 'the heading is drawn')


def colours(name, pic, wanted, least=100):
    for colour in wanted:
        n = pic.count(colour)
        check(name, n >= least, 'colour %s drawn (%d pixels)' % (colour, n))


LEVELS = ['#FCAE91', '#C6DBEF', '#6BAED6', '#3182BD', '#08519C']
SERIES = ['#0072B2', '#D55E00', '#009E73']


def main(directory):
    import os
    names = sorted(f[:-4] for f in os.listdir(directory) if f.endswith('.png'))
    for name in names:
        print(name)
        pic = Picture(os.path.join(directory, name + '.png'))
        if name == 'report':
            # the demo's report page: charts drawn, and tables with text
            share = pic.not_white() / float(pic.width * pic.height)
            check(name, share > 0.05, 'the report page is not blank (%.1f %% drawn)' % (100 * share))
            colours(name, pic, ['#009E73', '#0072B2'] + LEVELS[2:], least=500)
            check(name, pic.ink((0, 0, pic.width, 80)) > 500, 'the report page has its heading')
            continue
        if name == 'page':
            share = pic.not_white() / float(pic.width * pic.height)
            check(name, share > 0.05, 'the page is not blank (%.1f %% drawn)' % (100 * share))
            colours(name, pic, ['#009E73', '#08519C', '#D55E00', '#0072B2'], least=500)
            continue
        with open(os.path.join(directory, name + '.svg')) as f:
            svg = f.read()
        common(name, pic, svg)
        if name == 'kano_chart':
            kano(name, pic, svg)
        elif name == 'edge_kano_empty':
            kano(name, pic, svg, planted=False)
        elif name in ('pyramid_chart', 'edge_pyramid_1000'):
            colours(name, pic, LEVELS if name == 'pyramid_chart' else LEVELS[1:])
        elif name in ('trend_chart', 'radar_chart'):
            colours(name, pic, SERIES[:2] if name == 'trend_chart' else SERIES)
        elif name.startswith('edge_kano'):
            colours(name, pic, ['#009E73'], least=20)
    if not names:
        failures.append('no PNG was rendered')
    if failures:
        print('FAILED:\n  ' + '\n  '.join(failures))
        return 1
    print('%d pictures checked' % len(names))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
