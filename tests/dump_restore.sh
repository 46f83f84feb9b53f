#!/usr/bin/env bash
# Dump and restore: a database holding sx types in user tables, rows in the
# sx tables and views over sx functions is dumped with pg_dump -Fc and
# restored with pg_restore into a new database; every row of every table
# and every report view must come back identical, and the identity
# sequences must go on from where they were.
set -euo pipefail
cd "$(dirname "$0")/.."
src=sx_dump_src_$$
dst=sx_dump_dst_$$
tmp=$(mktemp -d)
trap 'dropdb --if-exists "$src"; dropdb --if-exists "$dst"; rm -rf "$tmp"' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb "$src"
q -d "$src" -c 'CREATE EXTENSION sx' \
	-f demo/common.sql -f demo/hotel_kano.sql -f demo/hotel_journey.sql
q -d "$src" <<'SQL'
-- user tables with every sx type, and views over sx functions
CREATE TABLE public.kano_daily AS
SELECT r.feature_id, r.answered_at::date AS day,
	   sx.kano_agg(r.functional, r.dysfunctional, r.importance) AS result
FROM cx.kano_response r GROUP BY 1, 2;
CREATE TABLE public.journey_daily AS
SELECT o.touchpoint_id, o.observed_at::date AS day,
	   sx.pyramid_agg(o.promise_kept, o.issue_resolved, o.felt_valued, o.surprised) AS pyramid,
	   sx.nps_agg(o.nps) AS nps, sx.csat_agg(o.csat) AS csat, sx.ces_agg(o.ces) AS ces,
	   sx.duration_agg(o.observed_at - date_trunc('day', o.observed_at)) AS time_of_day
FROM cx.observation o GROUP BY 1, 2;
CREATE TABLE public.scalars (id serial PRIMARY KEY, a sx.kano_answer, c sx.kano_category,
							 l sx.pyramid_level);
INSERT INTO public.scalars (a, c, l)
SELECT (1 + g % 5)::sx.kano_answer, sx.kano_classify(1 + g % 5, 1 + (g * 3) % 5),
	   (g % 5)::sx.pyramid_level
FROM generate_series(1, 100) g;
CREATE INDEX scalars_a ON public.scalars (a);
CREATE INDEX scalars_c ON public.scalars USING hash (c);
CREATE VIEW public.my_kano AS
SELECT d.feature_id, k.*
FROM (SELECT feature_id, sx.kano_merge(result) AS result FROM public.kano_daily GROUP BY 1) d,
	 LATERAL sx.kano_report(d.result, 'kano1984', 'berger', 0.9) k;
CREATE VIEW public.my_pyramid AS
SELECT touchpoint_id, p.*, sx.nps(sx.nps_merge(nps)) AS nps_figure, sx.csat(sx.csat_merge(csat)) AS csat_figure,
	   sx.ces_mean(sx.ces_merge(ces)) AS ces_figure, sx.duration_quantile(sx.duration_merge(time_of_day), 0.5) AS median_time
FROM public.journey_daily, LATERAL sx.pyramid_report(pyramid) p
GROUP BY touchpoint_id, p.n, p.l0, p.l1, p.l2, p.l3, p.l4, p.share_l1, p.share_l2,
		 p.share_l3, p.share_l4, p.attained, p.unfounded;
-- rows deleted and added after loading move the sequences on
DELETE FROM cx.observation WHERE observation_id % 1000 = 0;
SQL

pg_dump -Fc -f "$tmp/sx.dump" "$src"
createdb "$dst"
pg_restore --exit-on-error -d "$dst" "$tmp/sx.dump"

# The same content, relation by relation, as an md5 of its ordered rows
relations="cx.survey cx.feature cx.kano_response cx.journey cx.touchpoint cx.observation
	cx.kano_feature_report cx.touchpoint_report cx.journey_report cx.experience_rollup
	public.kano_daily public.journey_daily public.scalars public.my_kano public.my_pyramid"
fail=0
for rel in $relations; do
	sql="SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM $rel t"
	a=$(psql -X -At -d "$src" -c "$sql")
	b=$(psql -X -At -d "$dst" -c "$sql")
	if [ "$a" = "$b" ]; then
		echo "  $rel: ${a%% *} rows, identical"
	else
		echo "  $rel: DIFFERS ($a against $b)"
		fail=1
	fi
done
# sequences continue: new rows get fresh identities in both databases alike
for db in "$src" "$dst"; do
	psql -X -q -At -d "$db" -c "INSERT INTO cx.observation (touchpoint_id) SELECT min(touchpoint_id) FROM cx.touchpoint RETURNING observation_id"
done > "$tmp/ids"
if [ "$(sort -u "$tmp/ids" | wc -l)" -eq 1 ]; then
	echo "  identity sequences: restored (next observation_id $(head -1 "$tmp/ids") in both)"
else
	echo "  identity sequences: DIFFER ($(tr '\n' ' ' < "$tmp/ids"))"
	fail=1
fi
# the extension itself was not dumped as objects, only created
objs=$(pg_restore -l "$tmp/sx.dump" > "$tmp/toc"; grep -c -E 'FUNCTION sx |TYPE sx ' "$tmp/toc" || true)
echo "  sx functions and types in the dump: $objs (CREATE EXTENSION recreates them)"
[ "$objs" -eq 0 ] || fail=1
exit $fail
