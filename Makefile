# Tam Đại portal — the two commands of the README, and a few helpers.
#   make run    install, migrate, load demo content, serve on http://127.0.0.1:8000/
#               as residents see it (DEBUG off, gunicorn, tamdai_site.settings.local)
#   make test   the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)
#   make dev    for developers: the same, served by Django's debug server (DEBUG, autoreload)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve dev test setup migrate demo admin check help translations translations-check bench bench-restart bench-gallery bench-search

help:
	@echo "make run    - install, migrate, load demo content and serve on http://$(HOST):$(PORT)/ as residents see it"
	@echo "make dev    - the same, but Django's debug server (DEBUG on, reloads on code changes): for developers"
	@echo "make test   - run the test suite (set DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make check  - Django system checks and missing-migration check"
	@echo "make backup  - archive the database and media into $${BACKUP_DIR:-var/backups} (KEEP=N keeps the N newest; ENCRYPT_TO=age1... or a recipients file encrypts it)"
	@echo "make restore ARCHIVE=var/backups/tamdai-....tar.gz  - replace the database and media with an archive (asks first; IDENTITY=key.txt for a .age archive)"
	@echo "make translations        - extract our strings, merge the Wagtail catalogues, compile .mo files"
	@echo "make translations-check  - fail on any untranslated string or broken placeholder; print coverage"
	@echo "make bench  - production setup (gunicorn, PostgreSQL, Redis) under wrk: req/s, latency, CPU ms/request, soak"
	@echo "make bench-restart - only make bench's PostgreSQL restart under load (answers counted by status)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (set PYTHON=python3.x)")'
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changed: a second `make run` is fast.
$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

setup: $(STAMP)

migrate: setup
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content --skip-if-loaded

admin: migrate
	$(BIN)/python manage.py setup_editorial
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py ensure_admin

# `make run` = the setup steps, then `serve`: gunicorn (what production runs, the
# same wsgi.py) with tamdai_site.settings.local (DEBUG off, WhiteNoise, uploads
# served safely). One worker process with threads is plenty for a commune office;
# the cache is shared (files in var/cache) either way.
RUN_THREADS ?= 4
run: demo admin
	@$(MAKE) --no-print-directory serve

# The server of `make run` alone, without the install and setup steps.
# --graceful-timeout 3: Ctrl+C stops it within seconds. (gunicorn 27's gthread
# worker can deadlock when the signal lands while it hands a connection to its
# thread pool; the master then kills it once the graceful timeout is over.)
serve:
	@echo "Serving the portal on http://$(HOST):$(PORT)/ (Ctrl+C stops it)"
	DJANGO_SETTINGS_MODULE=tamdai_site.settings.local SITE_HOST=$(HOST) \
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) \
	$(BIN)/gunicorn -c gunicorn.conf.py --bind $(HOST):$(PORT) --workers 1 \
		--worker-class gthread --threads $(RUN_THREADS) --access-logfile - --no-control-socket \
		--graceful-timeout 3 tamdai_site.wsgi:application

# Developers: Django's debug server (tamdai_site.settings.dev: DEBUG, debug pages,
# reloads when code changes). Never show it to anyone else.
dev: demo admin
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# PYTEST_ARGS adds pytest options, e.g. PYTEST_ARGS="--ignore=tests/browser".
test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check: setup
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# Backup and restore (ops/backup.py, docs/recovery.md). They use the settings the
# environment gives (DJANGO_SETTINGS_MODULE, DATABASE_URL, MEDIA_ROOT, BACKUP_DIR).
.PHONY: backup restore
backup:
	$(BIN)/python manage.py backup_site $(if $(KEEP),--keep $(KEEP)) $(if $(ENCRYPT_TO),--encrypt-to "$(ENCRYPT_TO)")

restore:
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=var/backups/tamdai-YYYYmmdd-HHMMSS.tar.gz[.age] [IDENTITY=key.txt]"; exit 2; }
	$(BIN)/python manage.py restore_site "$(ARCHIVE)" $(if $(IDENTITY),--identity "$(IDENTITY)")

VENDOR := locale/vendor
VENDOR_PARTS := $(sort $(filter-out %djangojs.po,$(wildcard $(VENDOR)/parts/*.po)))

# Needs GNU gettext (apt-get install gettext). Translate new entries in
# locale/vi/LC_MESSAGES/django.po (ours) or locale/vendor/parts/*.po (Wagtail's).
translations: setup
	$(BIN)/python manage.py makemessages -l vi --no-location --no-obsolete $(foreach d,.venv tests locale media static_collected var,--ignore=$(d))
	msgcat --use-first --no-wrap -o $(VENDOR)/vi/LC_MESSAGES/django.po $(VENDOR_PARTS)
	msgcat --use-first --no-wrap -o $(VENDOR)/vi/LC_MESSAGES/djangojs.po $(VENDOR)/parts/admin-djangojs.po
	for po in locale/vi/LC_MESSAGES/*.po $(VENDOR)/vi/LC_MESSAGES/*.po; do msgfmt --check-format -o $${po%.po}.mo $$po || exit 1; done

translations-check: setup
	$(BIN)/python manage.py check_translations

# The production setup under load (bench/http_bench.py): gunicorn + PostgreSQL +
# Redis, Debian's wrk. SOAK_SECONDS=60 for a shorter soak; BENCH_REBUILD=1 to
# rebuild the database (demo content + BENCH_HTTP_ARTICLES articles).
BENCH_HTTP_ARTICLES ?= 5000
bench: setup
	@command -v wrk >/dev/null 2>&1 || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk)
	BENCH_ARTICLES=$(BENCH_HTTP_ARTICLES) $(BIN)/python bench/http_bench.py

# Only the PostgreSQL restart under load (restarts the local cluster: every
# other client of it loses its connections for a few seconds).
bench-restart: setup
	@command -v wrk >/dev/null 2>&1 || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk)
	BENCH_ONLY=restart BENCH_ARTICLES=$(BENCH_HTTP_ARTICLES) $(BIN)/python bench/http_bench.py

BENCH_SQLITE := /tmp/tamdai-bench.sqlite3
BENCH_PG ?= postgres://postgres@127.0.0.1:5432/tamdai_bench

# The sidebar's random photos over 100,000 photo rows, on a throwaway SQLite
# database and, when PostgreSQL answers, on a throwaway PostgreSQL database.
bench-gallery: setup
	rm -f $(BENCH_SQLITE)
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(BIN)/python manage.py migrate -v0
	DATABASE_URL=sqlite:///$(BENCH_SQLITE) $(BIN)/python manage.py bench_random_photos
	@if psql "$(dir $(BENCH_PG))postgres" -c "select 1" >/dev/null 2>&1; then \
		psql "$(dir $(BENCH_PG))postgres" -q -c "DROP DATABASE IF EXISTS tamdai_bench" -c "CREATE DATABASE tamdai_bench"; \
		DATABASE_URL=$(BENCH_PG) $(BIN)/python manage.py migrate -v0; \
		DATABASE_URL=$(BENCH_PG) $(BIN)/python manage.py bench_random_photos; \
	else echo "PostgreSQL not answering: skipped the PostgreSQL run"; fi

BENCH_ARTICLES ?= 10000
BENCH_SEARCH_SQLITE := /tmp/tamdai-bench-search.sqlite3
BENCH_SEARCH_PG ?= postgres://postgres@127.0.0.1:5432/tamdai_bench_search

# Search latency with the demo content plus $(BENCH_ARTICLES) generated articles,
# on SQLite and (when it answers) PostgreSQL. Building the data takes minutes.
bench-search: setup
	rm -f $(BENCH_SEARCH_SQLITE)
	DATABASE_URL=sqlite:///$(BENCH_SEARCH_SQLITE) $(BIN)/python manage.py migrate -v0
	DATABASE_URL=sqlite:///$(BENCH_SEARCH_SQLITE) $(BIN)/python manage.py load_demo_content --articles $(BENCH_ARTICLES)
	DATABASE_URL=sqlite:///$(BENCH_SEARCH_SQLITE) $(BIN)/python manage.py bench_search
	@if psql "$(dir $(BENCH_SEARCH_PG))postgres" -c "select 1" >/dev/null 2>&1; then \
		psql "$(dir $(BENCH_SEARCH_PG))postgres" -q -c "DROP DATABASE IF EXISTS tamdai_bench_search" -c "CREATE DATABASE tamdai_bench_search"; \
		DATABASE_URL=$(BENCH_SEARCH_PG) $(BIN)/python manage.py migrate -v0 && \
		DATABASE_URL=$(BENCH_SEARCH_PG) $(BIN)/python manage.py load_demo_content --articles $(BENCH_ARTICLES) && \
		psql "$(BENCH_SEARCH_PG)" -q -c "ANALYZE" && \
		DATABASE_URL=$(BENCH_SEARCH_PG) $(BIN)/python manage.py bench_search; \
	else echo "PostgreSQL not answering: skipped the PostgreSQL run"; fi
