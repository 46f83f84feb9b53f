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
# depends on both headers and is rebuilt when the mode changes
$(OBJS): src/sx.h src/sx_core.h .build-mode
.build-mode: FORCE
	@echo $(BUILD_MODE) | cmp -s - $@ || echo $(BUILD_MODE) > $@
.PHONY: FORCE
EXTRA_CLEAN += .build-mode .sanitize-stage

.PHONY: deps demo test bench fuzz

# Install what is missing (Debian packages), or say the exact apt-get line
deps:
	@tools/deps.sh

# Build, install, and run the demo in a throwaway cluster
demo: deps
	$(MAKE) all
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 tools/demo.sh

# Build, install, and run every test in a throwaway cluster
# With SANITIZE=1 the sanitized build is installed into a staging
# directory that only the throwaway server looks in (extension_destdir), so
# the build installed for everyone else is left alone.
SANITIZE_STAGE = $(CURDIR)/.sanitize-stage
test: deps
	$(MAKE) all
ifeq ($(SANITIZE),1)
	rm -rf $(SANITIZE_STAGE)
	$(MAKE) install DESTDIR=$(SANITIZE_STAGE)
	SANITIZE=1 SX_STAGE=$(SANITIZE_STAGE) SX_SANITIZE_REPORTS=$(SANITIZE_REPORTS) \
		pg_virtualenv -t -v 15 -o jit=off \
		-o extension_destdir=$(SANITIZE_STAGE) tools/run-tests.sh $(MAKE)
else
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 tools/run-tests.sh $(MAKE)
endif

# Benchmarks (not part of make test): BENCH_ROWS (default 10 million),
# BENCH_RUNS (default 5), BENCH_ONLY (a workload file name substring)
bench: deps
	$(MAKE) all
	tools/install.sh $(MAKE)
	pg_virtualenv -t -v 15 -o shared_buffers=2GB -o work_mem=256MB bench/run.sh

# libFuzzer harnesses of the parsers, FUZZ_SECONDS each (default 60),
# FUZZ_JOBS at a time (default 1); see fuzz/README.md
fuzz: deps
	$(MAKE) -C fuzz run FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) FUZZ_JOBS=$(or $(FUZZ_JOBS),1)
