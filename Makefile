# sx: PGXS build, plus the two commands of the README (make demo, make test).

EXTENSION = sx
MODULE_big = sx
# The server-free core (also linked by the fuzzers), then the fmgr layer
CORE_OBJS = $(patsubst %.c,%.o,$(wildcard src/core/*.c))
OBJS = $(CORE_OBJS) $(patsubst %.c,%.o,$(wildcard src/*.c))
# sx--1.0.sql and sx--1.1.sql are written by hand; each update script is
# built from its template in update/ and the marked blocks of the full
# script (tools/build-update.sh, ARCHITECTURE.md)
DATA = sx--1.0.sql sx--1.1.sql
DATA_built = sx--1.0--1.1.sql
REGRESS = setup kano_answer kano_category kano_classify kano_result kano_agg \
	kano_figures kano_parallel pyramid leverage cx_metrics csat_ces_result duration_result \
	kano_change experience_result data_model rollups rollup_durations excellence_model \
	charts catalog
REGRESS_OPTS = --inputdir=. --outputdir=results-regress
# Concurrent writers and readers of the data model's rollups (specs/)
ISOLATION = rollups_concurrency
ISOLATION_OPTS = --inputdir=. --outputdir=results-isolation
EXTRA_CLEAN = results-regress results-isolation

# The server to build for: the pg_config on PATH, or PG_CONFIG=... (the two
# commands, make demo and make test, pass Debian's PostgreSQL 15)
PG_CONFIG ?= pg_config
PKG_CONFIG ?= pkg-config
PG_CPPFLAGS = -I$(srcdir)/src $(shell $(PKG_CONFIG) --cflags json-c 2>/dev/null)
SHLIB_LINK = $(shell $(PKG_CONFIG) --libs json-c 2>/dev/null || echo -ljson-c) $(SANITIZE_LINK)

# SANITIZE=1: AddressSanitizer and UBSan (make test SANITIZE=1 runs the
# suite in a server that preloads the ASan runtime; see README)
# The server's errors unwind with siglongjmp, which an ASan runtime that is
# not preloaded cannot see, so stack poisoning would go stale: the server
# build checks globals (and UBSan everything); make fuzz checks the stack
# and heap of the parsers.
SANITIZE_REPORTS = /tmp/sx-sanitizer-reports
ifeq ($(SANITIZE),1)
PG_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	--param asan-stack=0 -fno-sanitize-address-use-after-scope \
	-DSX_SANITIZE -DSX_SANITIZE_LOG='"$(SANITIZE_REPORTS)"'
SANITIZE_LINK = -fsanitize=address,undefined
endif
BUILD_MODE := $(if $(filter 1,$(SANITIZE)),sanitize,normal)

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


# PGXS knows nothing of our headers or of the build mode: every object
# depends on every header and is rebuilt when the mode changes
$(OBJS): $(wildcard src/*.h src/core/*.h) .build-mode
.build-mode: FORCE
	@echo $(BUILD_MODE) | cmp -s - $@ || echo $(BUILD_MODE) > $@
.PHONY: FORCE
EXTRA_CLEAN += .build-mode .sanitize-stage .stage .build.log demo/out

sx--1.0--1.1.sql: update/sx--1.0--1.1.sql sx--1.1.sql tools/build-update.sh
	tools/build-update.sh $< > $@.tmp && mv $@.tmp $@

.PHONY: deps demo test bench bench-rollups bench-fdw-rollups fuzz

# Install what is missing (Debian packages), or say the exact apt-get line
deps:
	@tools/deps.sh

# The two commands (and make bench) build for and run Debian's PostgreSQL
# 15, whatever pg_config is first on PATH.  They install the build into a
# staging directory of the build tree, which only their throwaway servers
# read (extension_destdir): nothing is written to the system's PostgreSQL
# directories, and builds in other trees do not see each other.
PG15_CONFIG = /usr/lib/postgresql/15/bin/pg_config
PG15 = PG_CONFIG=$(PG15_CONFIG)
STAGE = $(CURDIR)/$(if $(filter 1,$(SANITIZE)),.sanitize-stage,.stage)
PRIVATE_SERVER = pg_virtualenv -t -v 15 -o extension_destdir=$(STAGE)

.PHONY: stage
stage:
	@$(MAKE) -s all $(PG15) >.build.log 2>&1 || { cat .build.log; exit 1; }
	@! grep -q 'warning:' .build.log || { grep -A3 'warning:' .build.log; \
		echo 'sx: the build has compiler warnings (above; all of it in .build.log)'; }
	@rm -rf $(STAGE)
	@$(MAKE) -s install $(PG15) DESTDIR=$(STAGE) >>.build.log 2>&1 || { cat .build.log; exit 1; }
	@chmod -R a+rX $(STAGE)
	@tools/check-stage.sh $(STAGE)

# Build, and run the demo in a throwaway cluster; KEEP=1 keeps the cluster
# (in .demo-cluster/) running for exploring, until make demo-stop
demo: deps stage
ifeq ($(KEEP),1)
	@$(PG15) tools/demo-keep.sh $(STAGE)
else
	@$(PG15) $(PRIVATE_SERVER) tools/demo.sh
endif

.PHONY: demo-stop
demo-stop:
	@if [ -d .demo-cluster/data ]; then \
		if [ "$$(id -u)" -eq 0 ]; then as="runuser -u postgres --"; else as=""; fi; \
		$$as /usr/lib/postgresql/15/bin/pg_ctl -D .demo-cluster/data -m fast -w stop >/dev/null || true; \
		rm -rf .demo-cluster; echo "Stopped the demo cluster and removed .demo-cluster/."; \
	else echo "No kept demo cluster (.demo-cluster/) here."; fi

# Build, and run every test in a throwaway cluster.  With SANITIZE=1 the
# build is sanitized (its own staging directory, see above).
test: deps stage
ifeq ($(SANITIZE),1)
	$(PG15) SANITIZE=1 SX_STAGE=$(STAGE) SX_SANITIZE_REPORTS=$(SANITIZE_REPORTS) \
		$(PRIVATE_SERVER) -o jit=off tools/run-tests.sh $(MAKE)
else
	$(PG15) SX_STAGE=$(STAGE) $(PRIVATE_SERVER) tools/run-tests.sh $(MAKE)
endif

# Benchmarks (not part of make test): BENCH_ROWS (default 10 million),
# BENCH_RUNS (default 5), BENCH_ONLY (a workload file name substring)
bench: deps stage
	$(PG15) $(PRIVATE_SERVER) -o shared_buffers=2GB -o work_mem=256MB bench/run.sh

# The data model's rollups against the raw rows (not part of make test):
# BENCH_OBSERVATIONS (default 20 million), BENCH_RUNS (default 5),
# BENCH_PGBENCH_SECONDS (default 30), BENCH_PGBENCH_ROUNDS (default 2)
bench-rollups: deps stage
	$(PG15) $(PRIVATE_SERVER) -o shared_buffers=2GB -o work_mem=256MB bench/rollups.sh

# The data model's period reports behind postgres_fdw, 3 shards against one
# node (not part of make test): BENCH_OBSERVATIONS (default 3 million),
# BENCH_RUNS (default 5)
bench-fdw-rollups: deps stage
	$(PG15) $(PRIVATE_SERVER) -o shared_buffers=1GB -o work_mem=256MB bench/fdw-rollups.sh

# libFuzzer harnesses of the parsers, FUZZ_SECONDS each (default 60),
# FUZZ_JOBS at a time (default 1); see fuzz/README.md
fuzz: deps
	$(MAKE) -C fuzz run FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) FUZZ_JOBS=$(or $(FUZZ_JOBS),1)
