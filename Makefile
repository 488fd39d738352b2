# Two commands for a newcomer: `make demo` and `make test`. Python 3.11+ is all they need.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo test install install-test lint messages clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/activate
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_site
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Regenerate the Polish catalogue after changing UI strings (needs GNU gettext's xgettext).
# Both locale/pl/LC_MESSAGES/django.po and the compiled .mo are committed.
messages: install-test
	$(PY) manage.py makemessages -l pl --no-obsolete --no-location --ignore=.venv --ignore=bench \
		--ignore=tests --ignore=build --ignore=var
	$(PY) scripts/fill_polish_catalogue.py

clean:
	rm -rf $(VENV) var db.sqlite3
