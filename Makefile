# Tam Đại portal — the two commands of the README, and a few helpers.
#   make run    install, migrate, load demo content, serve on http://127.0.0.1:8000/
#   make test   the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup migrate demo admin check clean-db help

help:
	@echo "make run    - install, migrate, load demo content and serve on http://$(HOST):$(PORT)/"
	@echo "make test   - run the test suite (set DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make check  - Django system checks and missing-migration check"

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

run: demo admin
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: setup
	$(BIN)/python -m pytest

check: setup
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
