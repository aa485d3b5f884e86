# The README's commands. `make run` serves the demo, `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := wsgi:app

.PHONY: run test lint format translations messages install install-test install-bench wrk bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-bench: $(VENV)/.installed-bench

translations: $(VENV)/.installed
	$(BIN)/pybabel compile -d translations 2>&1 | grep -v "^compiling" || true

## Start the platform with demo data on SQLite: http://127.0.0.1:5000
run: export EMPLOYEE_EMAIL_DOMAINS ?= stadt-beispiel.de
run: install translations
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo --if-empty
	$(BIN)/flask run --host 127.0.0.1 --port 5000

## Lint and run the test suite (SQLite; PostgreSQL too when TEST_DATABASE_URL is set); fails
## when less than COVERAGE_MIN percent of participation/ runs (the level the suite reaches)
COVERAGE_MIN ?= 95
test: install-test translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest --cov=participation --cov-report=term-missing:skip-covered \
		--cov-fail-under=$(COVERAGE_MIN) $(PYTEST_ARGS)

## Load benchmark (not part of CI): PostgreSQL at BENCH_DATABASE_URL, both sizes; flags in BENCH_ARGS
BENCH_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/bench
bench: export BENCH_DATABASE_URL := $(BENCH_DATABASE_URL)
bench: install-bench translations wrk
	$(BIN)/python -m bench $(BENCH_ARGS)

wrk:
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Re-extract UI strings and merge them into the catalogues (then translate de)
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --ignore-dirs ".* .venv __pycache__" --no-location --sort-output -o translations/messages.pot . >/dev/null
	$(BIN)/pybabel update -N --no-wrap -i translations/messages.pot -d translations

clean:
	rm -rf $(VENV) instance .pytest_cache
