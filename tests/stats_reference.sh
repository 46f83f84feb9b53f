#!/usr/bin/env bash
# The statistics against R: every interval and test sx computes is
# compared with R's own (prop.test's Wilson interval, chisq.test, t.test,
# qt, quantile type 1) or, for the intervals R has no function for, with a
# direct computation in R from R's pieces (Newcombe's method 10 from two
# prop.test intervals, Rocks's adjusted Wald NPS).  R draws the cases
# (seeded), sx computes its figures in the running cluster, R compares:
# 1e-9 relative (p-values: 1e-9 relative or 1e-300 absolute), and the
# duration quantiles within their relative accuracy alpha of R's type-1
# quantile, which is percentile_disc's.
#
# R is needed (r-base-core, installed by tools/deps.sh): without Rscript
# the test says so and fails, rather than passing without checking.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Rscript >/dev/null 2>&1; then
	echo "  FAILED: Rscript not found; install r-base-core (make deps does) to run the R reference checks"
	exit 1
fi
db=sx_stats_ref_$$
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'dropdb --if-exists "$db"; rm -rf "$tmp"' EXIT
createdb "$db"
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
q -c 'CREATE EXTENSION sx'

# 1. The cases, drawn by R
Rscript --vanilla - "$tmp" <<'R'
dir <- commandArgs(TRUE)[1]
set.seed(20261202)
options(scipen = 100)
w <- function(x, f) write.csv(x, file.path(dir, f), row.names = FALSE)
conf <- c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999)
# proportions: x of n, small to large, edges included
n <- c(1, 2, 5, 10, 30, 100, 1000, 12345, sample(2:5000, 40))
props <- do.call(rbind, lapply(n, function(n) data.frame(n = n, x = unique(c(0, n, sample(0:n, 3, TRUE))))))
props$conf <- sample(conf, nrow(props), TRUE)
w(props, "props.csv")
# pairs of proportions
k <- 150
pairs <- data.frame(n1 = sample(c(1:20, 50, 200, 3000), k, TRUE), n2 = sample(c(1:20, 80, 500, 7000), k, TRUE))
pairs$x1 <- sapply(pairs$n1, function(n) sample(0:n, 1))
pairs$x2 <- sapply(pairs$n2, function(n) sample(0:n, 1))
pairs$conf <- sample(conf, k, TRUE)
w(pairs, "pairs.csv")
# Kano groups: 2 to 6 groups of 6 category counts, some zero
tables <- do.call(rbind, lapply(1:120, function(t) {
	g <- sample(2:6, 1)
	m <- matrix(rpois(6 * g, sample(c(0.5, 3, 20, 400), 1)), g, 6)
	m[, sample(1:6, sample(0:2, 1))] <- 0
	if (t > 110)		# degenerate: one category left, or one group
		m[, -1] <- 0
	if (t > 115)
		m[-1, ] <- 0
	data.frame(t = t, g = 1:g, m = m)
}))
w(tables, "tables.csv")
# CES samples: one group and two groups of answers 1..7
ces <- do.call(rbind, lapply(1:120, function(s) {
	n <- sample(c(2:12, 40, 300, 5000), 1)
	p <- runif(7)^2
	data.frame(s = s, a = sample(1:7, n, TRUE, p))
}))
ces$i <- ave(ces$s, ces$s, FUN = seq_along)
w(ces, "ces.csv")
ces_conf <- data.frame(s = 1:120, conf = sample(conf, 120, TRUE))
w(ces_conf, "ces_conf.csv")
# large CES groups as counts (up to 10^7 answers), for qt at large df
big <- data.frame(s = 1:30, conf = sample(conf, 30, TRUE))
big <- cbind(big, t(sapply(1:30, function(i) rpois(7, sample(c(10, 1e3, 1e5, 1e6), 1)) + 1)))
names(big)[3:9] <- paste0("c", 1:7)
w(big, "big.csv")
# NPS pairs as counts of 0..10
nps <- data.frame(k = rep(1:60, each = 2), side = rep(1:2, 60))
nps <- cbind(nps, t(sapply(1:120, function(i) rpois(11, sample(c(0.3, 2, 50), 1)))))
names(nps)[3:13] <- paste0("a", 0:10)
nps$conf <- rep(sample(conf, 60, TRUE), each = 2)
w(nps, "nps.csv")
# durations in microseconds: log-normal, heavy-tailed, equal, one value, with zeros
dur <- rbind(
	data.frame(kind = "lognormal", us = round(exp(rnorm(50000, log(3e7), 1.8)))),
	data.frame(kind = "pareto", us = round(1e5 / runif(50000)^(1 / 1.2))),
	data.frame(kind = "equal", us = rep(123456789, 2000)),
	data.frame(kind = "one", us = 86400000001),
	data.frame(kind = "zeros", us = c(rep(0, 300), round(rexp(700, 1e-6)))))
w(dur, "durations.csv")
R

# 2. sx's figures
q <<SQL
SET search_path = public, sx;
CREATE TABLE props (n int, x int, conf float8);
\copy props FROM '$tmp/props.csv' CSV HEADER
CREATE TABLE pairs (n1 int, n2 int, x1 int, x2 int, conf float8);
\copy pairs FROM '$tmp/pairs.csv' CSV HEADER
CREATE TABLE tables (t int, g int, m1 int, m2 int, m3 int, m4 int, m5 int, m6 int);
\copy tables FROM '$tmp/tables.csv' CSV HEADER
CREATE TABLE ces (s int, a int, i int);
\copy ces FROM '$tmp/ces.csv' CSV HEADER
CREATE TABLE ces_conf (s int, conf float8);
\copy ces_conf FROM '$tmp/ces_conf.csv' CSV HEADER
CREATE TABLE big (s int, conf float8, c1 bigint, c2 bigint, c3 bigint, c4 bigint, c5 bigint, c6 bigint, c7 bigint);
\copy big FROM '$tmp/big.csv' CSV HEADER
CREATE TABLE nps (k int, side int, a0 int, a1 int, a2 int, a3 int, a4 int, a5 int, a6 int, a7 int, a8 int,
				  a9 int, a10 int, conf float8);
\copy nps FROM '$tmp/nps.csv' CSV HEADER
CREATE TABLE durations (kind text, us bigint);
\copy durations FROM '$tmp/durations.csv' CSV HEADER

-- Wilson: the CSAT interval of x top-2 answers out of n
\copy (SELECT n, x, conf, csat_low(r, conf) / 100 AS low, csat_high(r, conf) / 100 AS high FROM (SELECT *, format('answers=%s,0,0,0,%s', n - x, x)::csat_result AS r FROM props) p) TO '$tmp/sx_wilson.csv' CSV HEADER
-- Newcombe, through Better, a pyramid share and CSAT (second minus first)
\copy (SELECT p.*, b.estimate, b.low, b.high, s.low AS share_low, s.high AS share_high, c.low / 100 AS csat_low, c.high / 100 AS csat_high FROM pairs p, LATERAL kano_better_diff(format('pairs=0,%s,0,0,0/0,0,0,0,0/0,0,%s,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0', p.x1, p.n1 - p.x1)::kano_result, format('pairs=0,%s,0,0,0/0,0,0,0,0/0,0,%s,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0', p.x2, p.n2 - p.x2)::kano_result, 'iso24082', p.conf) b, LATERAL pyramid_share_diff(format('levels=0,%s,0,%s,0 unfounded=0', p.n1 - p.x1, p.x1)::pyramid_result, format('levels=0,%s,0,%s,0 unfounded=0', p.n2 - p.x2, p.x2)::pyramid_result, 'L3', p.conf) s, LATERAL csat_diff(format('answers=%s,0,0,%s,0', p.n1 - p.x1, p.x1)::csat_result, format('answers=%s,0,0,%s,0', p.n2 - p.x2, p.x2)::csat_result, p.conf) c) TO '$tmp/sx_newcombe.csv' CSV HEADER
-- chi-square: each table's groups as kano_results (M, O, A, I, R, Q cells)
CREATE TABLE groups AS
SELECT t, g, format('pairs=%s,%s,0,0,%s/0,0,0,0,%s/0,0,%s,0,0/0,0,0,0,0/%s,0,0,0,0 incomplete=0 importance=0,0,0',
					m6, m3, m2, m1, m4, m5)::kano_result AS r, m1, m2, m3, m4, m5, m6
FROM tables;
\copy (SELECT t, (kano_homogeneity(r)).* FROM groups GROUP BY t ORDER BY t) TO '$tmp/sx_chisq.csv' CSV HEADER
-- Student t of the mean CES, and Welch between the two halves of a sample
\copy (SELECT s, c.conf, ces_mean(r) AS mean, ces_mean_low(r, c.conf) AS low, ces_mean_high(r, c.conf) AS high FROM (SELECT s, ces_agg(a) AS r FROM ces GROUP BY s) x JOIN ces_conf c USING (s) ORDER BY s) TO '$tmp/sx_t.csv' CSV HEADER
\copy (SELECT s, c.conf, d.* FROM (SELECT s, ces_agg(a) FILTER (WHERE i % 2 = 0) AS e1, ces_agg(a) FILTER (WHERE i % 2 = 1) AS e2 FROM ces GROUP BY s) x JOIN ces_conf c USING (s), LATERAL ces_diff(e1, e2, c.conf) d ORDER BY s) TO '$tmp/sx_welch.csv' CSV HEADER
\copy (SELECT s, conf, ces_mean(r) AS mean, ces_mean_low(r, conf) AS low, ces_mean_high(r, conf) AS high FROM (SELECT s, conf, format('answers=%s,%s,%s,%s,%s,%s,%s', c1, c2, c3, c4, c5, c6, c7)::ces_result AS r FROM big) x ORDER BY s) TO '$tmp/sx_big.csv' CSV HEADER
-- NPS differences
\copy (SELECT k, a.conf, d.* FROM (SELECT k, conf, format('answers=%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)::nps_result AS r FROM nps WHERE side = 1) a JOIN (SELECT k, format('answers=%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10)::nps_result AS r FROM nps WHERE side = 2) b USING (k), LATERAL nps_diff(a.r, b.r, a.conf) d ORDER BY k) TO '$tmp/sx_nps.csv' CSV HEADER
-- duration quantiles, and percentile_disc's
CREATE TABLE qs AS SELECT unnest('{0,0.0001,0.001,0.01,0.05,0.1,0.2,0.25,0.3,0.333,0.4,0.5,0.6,0.667,0.7,0.75,0.8,0.9,0.95,0.99,0.999,0.9999,1}'::float8[]) AS q;
CREATE TABLE sketches AS
SELECT kind, a.alpha, duration_agg(us / 1e6, a.alpha) AS r
FROM durations, unnest('{0.01,0.001,0.05}'::float8[]) a(alpha) GROUP BY kind, a.alpha;
\copy (SELECT kind, alpha, q, duration_quantile_seconds(r, q) * 1e6 AS est, (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY us) FROM durations d WHERE d.kind = s.kind) AS disc FROM sketches s, qs ORDER BY 1, 2, 3) TO '$tmp/sx_quantiles.csv' CSV HEADER
SQL

# 3. R's references, and the comparison
Rscript --vanilla - "$tmp" <<'R'
dir <- commandArgs(TRUE)[1]
r <- function(f) read.csv(file.path(dir, f))
failures <- 0
report <- function(what, ok, n, detail = "") {
	cat(sprintf("  %s: %s (%d cases)%s\n", if (all(ok)) "ok" else "FAILED", what, n, detail))
	if (!all(ok)) failures <<- failures + 1
}
rel <- function(a, b) abs(a - b) / pmax(abs(b), 1e-300)
close <- function(a, b, tol = 1e-9) (is.na(a) & is.na(b)) | (!is.na(a) & !is.na(b) & (abs(a - b) <= tol * pmax(1, abs(b))))
wilson <- function(x, n, conf) {
	ci <- mapply(function(x, n, c) prop.test(x, n, conf.level = c, correct = FALSE)$conf.int, x, n, conf)
	list(low = ci[1, ], high = ci[2, ])
}

w <- r("sx_wilson.csv")
ref <- suppressWarnings(wilson(w$x, w$n, w$conf))
report("Wilson interval = prop.test(x, n, correct = FALSE)",
	   close(w$low, ref$low) & close(w$high, ref$high), nrow(w),
	   sprintf(", worst %.1e", max(abs(c(w$low - ref$low, w$high - ref$high)))))

p <- r("sx_newcombe.csv")
w1 <- suppressWarnings(wilson(p$x1, p$n1, p$conf))
w2 <- suppressWarnings(wilson(p$x2, p$n2, p$conf))
p1 <- p$x1 / p$n1
p2 <- p$x2 / p$n2
d <- p2 - p1
low <- pmax(-1, d - sqrt((p2 - w2$low)^2 + (w1$high - p1)^2))
high <- pmin(1, d + sqrt((w2$high - p2)^2 + (p1 - w1$low)^2))
report("Newcombe method 10 = formula on prop.test's Wilson limits (Better, pyramid share, CSAT)",
	   close(p$estimate, d) & close(p$low, low) & close(p$high, high) &
	   close(p$share_low, low) & close(p$share_high, high) & close(p$csat_low, low) &
	   close(p$csat_high, high), nrow(p),
	   sprintf(", worst %.1e", max(abs(c(p$low - low, p$high - high)))))

t <- r("tables.csv")
s <- r("sx_chisq.csv")
ref <- do.call(rbind, lapply(split(t, t$t), function(x) {
	m <- as.matrix(x[, paste0("m.", 1:6)])
	m <- m[rowSums(m) > 0, colSums(m) > 0, drop = FALSE]
	if (nrow(m) < 2 || ncol(m) < 2) return(data.frame(t = x$t[1], statistic = NA, df = NA, p_value = NA, groups = NA))
	c <- suppressWarnings(chisq.test(m, correct = FALSE))
	data.frame(t = x$t[1], statistic = unname(c$statistic), df = unname(c$parameter),
			   p_value = c$p.value, groups = nrow(m))
}))
m <- merge(ref, s, by = "t", suffixes = c(".r", ".sx"), all = TRUE)
ok_p <- (is.na(m$p_value.r) & is.na(m$p_value.sx)) |
	(!is.na(m$p_value.sx) & !is.na(m$p_value.r) &
	 (rel(m$p_value.sx, m$p_value.r) <= 1e-9 | abs(m$p_value.sx - m$p_value.r) <= 1e-300))
report("kano_homogeneity = chisq.test(correct = FALSE): statistic, df, p-value, groups",
	   close(m$statistic.sx, m$statistic.r) & ((is.na(m$df.r) & is.na(m$df.sx)) | m$df.r == m$df.sx) &
	   ok_p & ((is.na(m$groups.r) & is.na(m$groups.sx)) | m$groups.r == m$groups.sx), nrow(m),
	   sprintf(", %d NULL as R's is undefined; worst p relative error %.1e", sum(is.na(m$p_value.r)),
			   max(c(0, rel(m$p_value.sx, m$p_value.r)), na.rm = TRUE)))

ces <- r("ces.csv")
cc <- r("ces_conf.csv")
st <- r("sx_t.csv")
ref <- do.call(rbind, lapply(st$s, function(s) {
	a <- ces$a[ces$s == s]
	c <- cc$conf[cc$s == s]
	if (var(a) == 0) return(data.frame(s = s, low = mean(a), high = mean(a)))
	ci <- t.test(a, conf.level = c)$conf.int
	data.frame(s = s, low = max(1, ci[1]), high = min(7, ci[2]))
}))
report("CES mean interval = t.test, clipped to 1..7", close(st$low, ref$low) & close(st$high, ref$high),
	   nrow(st), sprintf(", worst %.1e", max(abs(c(st$low - ref$low, st$high - ref$high)))))

sw <- r("sx_welch.csv")
ref <- do.call(rbind, lapply(sw$s, function(s) {
	a <- ces$a[ces$s == s]
	c <- cc$conf[cc$s == s]
	i <- ces$i[ces$s == s]
	e1 <- a[i %% 2 == 0]
	e2 <- a[i %% 2 == 1]
	if (length(e1) < 2 || length(e2) < 2 || (var(e1) == 0 && var(e2) == 0))
		return(data.frame(s = s, estimate = mean(e2) - mean(e1), low = NA, high = NA))
	ci <- t.test(e2, e1, conf.level = c)$conf.int
	data.frame(s = s, estimate = mean(e2) - mean(e1), low = ci[1], high = ci[2])
}))
report("ces_diff = t.test(second, first) (Welch)",
	   ifelse(is.nan(ref$estimate), is.na(sw$estimate),
			  close(sw$estimate, ref$estimate) & close(sw$low, ref$low) & close(sw$high, ref$high)),
	   nrow(sw), sprintf(", %d without an interval", sum(is.na(ref$low))))

b <- r("big.csv")
sb <- r("sx_big.csv")
cnt <- as.matrix(b[, paste0("c", 1:7)])
n <- rowSums(cnt)
mean <- as.vector(cnt %*% (1:7)) / n
v <- (as.vector(cnt %*% (1:7)^2) - n * mean^2) / (n - 1)
half <- qt((1 + b$conf) / 2, n - 1) * sqrt(v / n)
report("CES mean interval, up to 10^7 answers = mean -+ qt(p, n - 1) s / sqrt(n)",
	   close(sb$mean, mean, 1e-12) & close(sb$low, pmax(1, mean - half), 1e-9) &
	   close(sb$high, pmin(7, mean + half), 1e-9), nrow(sb),
	   sprintf(", n up to %.0f", max(n)))

nps <- r("nps.csv")
sn <- r("sx_nps.csv")
cnt <- as.matrix(nps[, paste0("a", 0:10)])
nn <- rowSums(cnt)
pro <- rowSums(cnt[, 10:11])
det <- rowSums(cnt[, 1:7])
adj <- function(i) {
	n1 <- nn[i] + 3
	pp <- (pro[i] + 0.75) / n1
	dd <- (det[i] + 0.75) / n1
	list(net = pp - dd, var = (pp + dd - (pp - dd)^2) / n1, raw = (pro[i] - det[i]) / nn[i])
}
first <- adj(seq(1, nrow(nps), 2))
second <- adj(seq(2, nrow(nps), 2))
z <- qnorm((1 + nps$conf[seq(1, nrow(nps), 2)]) / 2)
half <- z * sqrt(first$var + second$var)
keep <- nn[seq(1, nrow(nps), 2)] > 0 & nn[seq(2, nrow(nps), 2)] > 0
report("nps_diff = Rocks 2016 adjusted Wald, variances added (points)",
	   ifelse(keep, close(sn$estimate, 100 * (second$raw - first$raw)) &
			  close(sn$low, 100 * pmax(-2, second$net - first$net - half)) &
			  close(sn$high, 100 * pmin(2, second$net - first$net + half)),
			  is.na(sn$estimate)), nrow(sn), sprintf(", %d NULL for an empty group", sum(!keep)))

d <- r("durations.csv")
sq <- r("sx_quantiles.csv")
type1 <- mapply(function(k, q) unname(quantile(d$us[d$kind == k], q, type = 1)), sq$kind, sq$q)
report("percentile_disc = R's quantile(type = 1), the exact value the sketch is held to",
	   sq$disc == type1, nrow(sq))
err <- abs(sq$est - sq$disc) / pmax(sq$disc, 1e-300)
ok <- ifelse(sq$disc == 0, sq$est == 0, err <= sq$alpha * (1 + 1e-12))
worst <- tapply(err, sq$alpha, max)
report("duration quantiles within alpha of the exact value (log-normal, heavy tail, equal, one value, zeros)",
	   ok, nrow(sq), paste0(", worst relative error at alpha ", paste(names(worst), signif(worst, 3), sep = ": ", collapse = ", ")))
if (failures > 0) {
	cat(sprintf("  FAILED: %d comparisons with R\n", failures))
	quit(status = 1)
}
cat("  all comparisons with R passed (", R.version.string, ")\n", sep = "")
R
