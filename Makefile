# Two commands do all the set-up on a fresh machine:
#   make run    create .venv if missing, install, build the catalogue and translations, start
#   make test   the same with the test tools, then every test headless
# Everything else here is what those two need.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CATALOGUE := resources/catalogue/catalogue.sqlite
# The catalogue is rebuilt when a source or the code that compiles it changes.
CATALOGUE_INPUTS := $(shell find data einclusie_app/core -type f ! -name '*.pyc' 2>/dev/null)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test catalogue translations dist clean

run: $(VENV)/.run-installed $(CATALOGUE) $(QM)
	$(PY) -m einclusie_app

test: $(VENV)/.test-installed $(CATALOGUE) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

catalogue: $(CATALOGUE)
translations: $(QM)

# The onedir bundle (build.spec), for installers.
dist: $(VENV)/.dist-installed $(CATALOGUE) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.run-installed

$(VENV)/.dist-installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[dist]'
	@touch $@ $(VENV)/.run-installed

$(CATALOGUE): $(CATALOGUE_INPUTS) | $(VENV)/.run-installed
	$(PY) -m einclusie_app catalogue build --out $@

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.run-installed
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(CATALOGUE) $(QM) build dist
