# sx: PGXS build, plus the two commands of the README (make demo, make test).

EXTENSION = sx
MODULE_big = sx
OBJS = src/sx_core.o src/sx_stats.o src/sx_util.o src/kano_answer.o \
	src/kano_scheme.o src/kano_result.o src/kano_figures.o src/pyramid.o \
	src/leverage.o src/cx_metrics.o
DATA = $(wildcard sx--*.sql)
REGRESS = setup kano_answer kano_category kano_classify kano_result kano_agg \
	kano_figures kano_parallel pyramid leverage cx_metrics data_model catalog
REGRESS_OPTS = --inputdir=. --outputdir=results-regress
EXTRA_CLEAN = results-regress

# PostgreSQL 15 by default, whatever else is installed
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PKG_CONFIG ?= pkg-config
PG_CPPFLAGS = $(shell $(PKG_CONFIG) --cflags json-c 2>/dev/null)
SHLIB_LINK = $(shell $(PKG_CONFIG) --libs json-c 2>/dev/null || echo -ljson-c)

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
else
all install installcheck:
	@echo "PostgreSQL server headers not found (no pg_config)." >&2
	@echo "Run 'make demo' or 'make test' to install them, or:" >&2
	@echo "  apt-get install postgresql-15 postgresql-server-dev-15 libjson-c-dev postgresql-common pkg-config" >&2
	@exit 1
endif

# PGXS knows nothing of our headers: every object depends on both
$(OBJS): src/sx.h src/sx_core.h

.PHONY: deps demo test bench

# Install what is missing (Debian packages), or say the exact apt-get line
deps:
	@tools/deps.sh

# Build, install, and run the demo in a throwaway cluster
demo: deps
	$(MAKE) all
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 tools/demo.sh

# Build, install, and run every test in a throwaway cluster
test: deps
	$(MAKE) all
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 tools/run-tests.sh $(MAKE)

# Benchmarks (not part of make test): BENCH_ROWS (default 10 million),
# BENCH_RUNS (default 5), BENCH_ONLY (a workload file name substring)
bench: deps
	$(MAKE) all
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 -o shared_buffers=2GB -o work_mem=256MB bench/run.sh
