# The two commands of the README: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTHON ?= python3

.PHONY: run test lint messages setup test-sqlite test-postgres bench

# `make test` runs the suite on SQLite and PostgreSQL at once (scripts/test_both.sh);
# `make test-sqlite` or `make test-postgres` runs one of them.

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

# Test and benchmark tooling from npm (axe-core, the Nu Html Checker, Lighthouse), pinned by
# package-lock.json. playwright-core downloads no browser: the tests use Debian's chromium.
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

messages: $(VENV)/.installed
	$(PY) manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules

run: messages
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py load_demo
	$(PY) manage.py export_open_data
	$(PY) manage.py ensure_admin
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/   (Tiếng Việt: /vi/, English: /en/)"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/   (login printed above)"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: lint messages node_modules
	DJANGO_SETTINGS_MODULE=hanoi.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=hanoi.settings.test $(PY) manage.py makemigrations --check --dry-run
	VENV=$(VENV) scripts/test_both.sh

test-sqlite: $(VENV)/.installed
	env -u DATABASE_URL $(VENV)/bin/pytest

test-postgres: $(VENV)/.installed
	scripts/with_postgres.sh $(VENV)/bin/pytest

# Benchmarks: every bench/bench_*.py, each printing its own table (ratios and query counts).
bench: messages node_modules
	@for script in bench/bench_*.py; do \
		[ -e "$$script" ] || continue; \
		echo "== $$script"; \
		DJANGO_SETTINGS_MODULE=hanoi.settings.test $(PY) $$script || exit 1; \
	done
