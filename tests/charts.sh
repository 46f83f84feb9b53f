#!/usr/bin/env bash
# The charts, looked at.  The charts the README shows must be what this
# build draws (docs/*.svg, written by tools/charts-docs.sh); they and the
# edge cases (no rows, one point, labels without data, 1,000 labels, a
# label <script>) are rendered to PNG with headless Chromium, each on its
# own and all of them on one HTML page, with the demo's report page
# (demo/report-page.sql), and tests/charts_png.py checks
# pixels a broken chart would not have.  Chromium and python3 are installed
# (Debian's packages) when missing and this runs as root or with sudo;
# otherwise the test says SKIP and passes.  CHARTS_PNG_DIR=dir keeps the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
	echo "SKIP: $*"
	exit 0
}

# chromium renders the SVG as a browser would, python3 reads its PNGs; both
# are test dependencies only (Debian packages chromium, python3)
have_tools() {
	local missing=()
	command -v chromium >/dev/null 2>&1 || missing+=(chromium)
	command -v python3 >/dev/null 2>&1 || missing+=(python3)
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -eq 0 ]; then
		sudo=()
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo=(sudo)
	else
		return 1
	fi
	echo "charts: installing the Debian packages ${missing[*]} to render and read the charts"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
		{ "${sudo[@]}" apt-get update >/dev/null 2>&1 &&
			"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; } ||
		return 1
	command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1
}
have_tools || skip "chromium or python3 is missing and cannot be installed here (as root: apt-get install chromium python3)"

work=$(mktemp -d -t sx_charts.XXXXXX)
db=sx_charts_$$
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
fail=0

# 1. docs/ holds what this build draws, and nothing else
tools/charts-docs.sh "$work/docs" >/dev/null
for name in $( (ls "$work/docs"; ls docs) | grep '\.svg$' | sort -u); do
	if ! cmp -s "$work/docs/$name" "docs/$name"; then
		echo "FAIL: docs/$name is not what this build draws: run tools/charts-docs.sh inside pg_virtualenv"
		fail=1
	fi
done
cp "$work"/docs/*.svg "$work/"

# 2. the edge cases
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' \
	-c "ALTER DATABASE $db SET search_path = public, sx"
edge() {
	psql -X -At -d "$db" -v ON_ERROR_STOP=1 -c "$2" | head -c -1 > "$work/edge_$1.svg"
}
edge kano_empty "SELECT kano_chart(f, r) FROM (SELECT 'x'::text f, 'empty'::kano_result r WHERE false) s"
edge kano_one "SELECT kano_chart(f, r, 0.5, 'iso24082', NULL)
	FROM (SELECT 'Spa' AS f, kano_agg(1, 3) AS r FROM generate_series(1, 20)
		  UNION ALL SELECT '<script>alert(1)</script>', NULL) s"
edge kano_crowded "SELECT kano_chart(CASE WHEN g = 7 THEN '<script>alert(\"x\") & more</script>'
	ELSE 'Feature ' || g END, r, 0.5, 'iso24082', 'Sixty features & a <script>')
	FROM (SELECT g, kano_agg(CASE WHEN k % 3 = 0 THEN 1 ELSE 1 + (g + k) % 3 END,
							 CASE WHEN g % 4 = 0 THEN 3 ELSE 3 + (g * k) % 3 END) AS r
		  FROM generate_series(1, 60) g, generate_series(1, 5 + g % 40) k GROUP BY g) s"
edge kano_1000 "SELECT kano_chart('feature ' || g, r) FROM (SELECT g, kano_agg(1, 2 + (g + k) % 4) AS r
	FROM generate_series(1, 1000) g, generate_series(1, 1 + g % 9) k GROUP BY g) s"
edge pyramid_1000 "SELECT pyramid_chart('touchpoint ' || g,
	('levels=' || g % 7 || ',' || g % 5 || ',20,' || g % 50 || ',9 unfounded=0')::pyramid_result)
	FROM generate_series(1, 1000) g"
edge trend_one "SELECT trend_chart('NPS', '2024-06-01', 12.5, 3, 22)"
edge radar_open "SELECT radar_chart(a, s, CASE WHEN s = 'b' AND a = '3 c' THEN NULL ELSE (ascii(a) * ascii(s)) % 5 END)
	FROM unnest(ARRAY['1 a', '2 b', '3 c', '4 d', '5 e']) a, unnest(ARRAY['a', 'b']) s"
edge radar_1000 "SELECT radar_chart('axis ' || g, 's', g % 5) FROM generate_series(1, 1000) g"

# the same characters in a database of another encoding: the SVG is ASCII
latin=${db}_latin1
if createdb -E LATIN1 -T template0 --locale=C "$latin" 2>/dev/null; then
	psql -X -q -d "$latin" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx'
	got=$(psql -X -At -d "$latin" -v ON_ERROR_STOP=1 -c "SELECT position('Caf&#xE9; &#xE0; la carte'
		IN sx.kano_chart(convert_from('\x436166e920e0206c61206361727465', 'LATIN1'),
						 (SELECT sx.kano_agg(1, 3)))) > 0")
	dropdb "$latin"
	if [ "$got" != t ]; then
		echo "FAIL: a LATIN1 label is not drawn as its characters"
		fail=1
	fi
fi

# 3. every chart on one page, as a report would show them
{
	echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>sx charts</title></head>'
	echo '<body style="margin:8px;background:#fff">'
	for f in "$work"/docs/*.svg; do
		echo "<h2 style=\"font:16px sans-serif\">$(basename "$f" .svg)</h2><img src=\"$(basename "$f")\">"
	done
	echo '</body></html>'
} > "$work/page.html"

# and the demo's report page (demo/report-page.sql) over the demo's data
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -f demo/common.sql -f demo/hotel_kano.sql \
	-f demo/hotel_journey.sql
psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 -v schema=cx -v touchpoint='Mobile check-in' \
	-f demo/report-page.sql -o "$work/report.html"
for part in '<svg' 'Kano diagram, wave 2025' 'Kano diagram, wave 2026' 'Monthly NPS' '</html>'; do
	grep -q -- "$part" "$work/report.html" || { echo "FAIL: the report page lacks $part"; fail=1; }
done
[ "$(grep -c '<svg' "$work/report.html")" -ge 4 ] ||
	{ echo "FAIL: the report page does not hold its four charts"; fail=1; }

# 4. render: each SVG at its own size, the pages at a fixed width
shot() {
	local profile
	profile=$(mktemp -d -t sx_chromium.XXXXXX)
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
		--screenshot="$2" --window-size="$3,$4" "file://$1" >/dev/null 2>&1 || true
	rm -rf "$profile"
	[ -s "$2" ] || { echo "FAIL: chromium rendered nothing for $(basename "$1")"; fail=1; }
}
page_height=0
for f in "$work"/*.svg; do
	size=$(sed -n 's/^<svg [^>]* width="\([0-9.]*\)" height="\([0-9.]*\)".*/\1 \2/p' "$f" | head -1)
	w=${size% *}
	h=${size#* }
	shot "$f" "${f%.svg}.png" "${w%.*}" "${h%.*}"
	case $f in */edge_*) ;; *) page_height=$((page_height + ${h%.*} + 60)) ;; esac
done
shot "$work/page.html" "$work/page.png" 900 "$page_height"
shot "$work/report.html" "$work/report.png" 1200 5200

# 5. the pixels
python3 tests/charts_png.py "$work" || fail=1
if [ -n "${CHARTS_PNG_DIR:-}" ]; then
	mkdir -p "$CHARTS_PNG_DIR"
	cp "$work"/*.png "$work"/*.svg "$work"/page.html "$work"/report.html "$CHARTS_PNG_DIR"/
	echo "charts: pictures kept in $CHARTS_PNG_DIR"
fi
exit $fail
