# Pandu: `make run` to try it, `make test` to check it. See the README.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The newest Python from 3.13 down to 3.11 that actually runs (a version manager may install shims
# that exist but fail); PYTHON=/path/to/python3 overrides it.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if $$p -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' >/dev/null 2>&1; \
	then echo $$p; break; fi; done)

.PHONY: help run test lint lock messages clean backup restore bench

help:
	@echo "make run    set up everything and start Pandu at http://127.0.0.1:$(PORT)"
	@echo "make test   run the whole test suite"
	@echo "make lint   ruff, mypy and the migration check"
	@echo "make messages  collect and compile interface translations"
	@echo "make lock   re-pin requirements/*.txt from pyproject.toml"
	@echo "make backup         archive the database and media into var/backups/"
	@echo "make restore BACKUP=var/backups/pandu-….tar.gz   put a backup back (stop Pandu first)"
	@echo "make bench   load test of size S on local PostgreSQL and Redis (SIZE=M USERS=200 DURATION=180)"

$(VENV)/bin/python:
	@test -n "$(PYTHON)" || { echo "Pandu needs Python 3.11, 3.12 or 3.13. Install one, or run: make PYTHON=/path/to/python3 ..."; exit 1; }
	@echo "Creating the virtual environment in $(VENV)/ with $$($(PYTHON) --version)"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.base: $(VENV)/bin/python requirements/base.txt
	$(PY) -m pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.dev: $(VENV)/.base requirements/dev.txt
	$(PY) -m pip install --quiet -r requirements/dev.txt
	@touch $@

$(VENV)/.bench: $(VENV)/.dev requirements/bench.txt
	$(PY) -m pip install --quiet -r requirements/bench.txt
	@touch $@

var:
	@mkdir -p var/broker/queue var/broker/processed var/media

run: $(VENV)/.base var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo
	@echo "Pandu runs at http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "Press Ctrl-C to stop the web server, the Celery worker and beat."
	@echo
	@trap 'kill $$(jobs -p) 2>/dev/null; wait' EXIT; \
	$(VENV)/bin/celery -A lms worker --beat --loglevel=INFO --concurrency=2 \
		--schedule=var/celerybeat-schedule & \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The suite runs in parallel processes (pytest-xdist; TEST_WORKERS=0 runs it in one), each on its own test
# database. The tests that start a Celery worker run after it, one at a time, because parallel
# workers would share the broker. The browser tests run on their own too: Playwright's event loop
# gives Django another connection object, and the database snapshot that transactional tests
# restore lives on the first one. Exit status 5 is pytest's "no test selected".
TEST_WORKERS ?= auto
PYTEST_ARGS ?=
test: $(VENV)/.dev var
	$(PY) -m pytest -m "not browser and not integration" -n $(TEST_WORKERS) --maxprocesses=4 $(PYTEST_ARGS)
	$(PY) -m pytest -m integration $(PYTEST_ARGS) || [ $$? -eq 5 ]
	$(PY) -m pytest -m browser $(PYTEST_ARGS) || [ $$? -eq 5 ]

# mypy reads the load test too, so lint installs its requirements (locust).
lint: $(VENV)/.bench var
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(PY) manage.py makemigrations --check --dry-run

messages: $(VENV)/.dev
	$(PY) manage.py makemessages -l id -l en --ignore=.venv --ignore=var --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

# Pins every package that pyproject.toml's ranges resolve to, in a clean environment.
lock:
	rm -rf var/lock-venv && $(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	var/lock-venv/bin/pip install --quiet .
	var/lock-venv/bin/pip freeze --all --exclude pip --exclude pandu > requirements/base.txt
	var/lock-venv/bin/pip install --quiet '.[dev]'
	{ echo "-r base.txt"; var/lock-venv/bin/pip freeze --all --exclude pip --exclude pandu \
		| grep -vxFf requirements/base.txt; } > requirements/dev.txt
	rm -rf var/lock-venv build *.egg-info

backup: $(VENV)/.base var
	$(PY) manage.py backup

restore: $(VENV)/.base var
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=var/backups/pandu-….tar.gz"; exit 1; }
	$(PY) manage.py restore "$(BACKUP)"

# The load test (bench/load.py): needs PostgreSQL and Redis on this machine; writes
# bench/results/latest.json.
SIZE ?= S
bench: $(VENV)/.bench
	$(PY) -m bench.load --size $(SIZE) $(if $(USERS),--users $(USERS)) $(if $(DURATION),--duration $(DURATION))

clean:
	rm -rf $(VENV) var
