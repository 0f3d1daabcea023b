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

.PHONY: run test catalogue translations dist distdeps packages sysdeps clean

run: $(VENV)/.run-installed $(CATALOGUE) $(QM)
	$(PY) -m einclusie_app

test: sysdeps $(VENV)/.test-installed $(CATALOGUE) $(QM)
	$(VENV)/bin/ruff check einclusie_app tests bench tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# System libraries the tests need and pip cannot bring: libpulse0 (QtTextToSpeech loads it
# on Linux), libspeechd2 (the read-aloud tests drive a dead speech service through it),
# poppler-utils (pdftotext, pdffonts, pdftoppm read handouts back) and zbar-tools
# (zbarimg decodes every QR code of a rendered handout and of the phone card).
SYSDEPS := libpulse0:libpulse.so.0 libspeechd2:libspeechd.so.2 poppler-utils:pdftotext zbar-tools:zbarimg
sysdeps:
	@missing=""; \
	for dep in $(SYSDEPS); do pkg=$${dep%%:*}; probe=$${dep#*:}; \
	  case $$probe in *.so*) ldconfig -p | grep -q "$$probe" ;; *) command -v $$probe >/dev/null ;; esac \
	  || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then echo "Please install:$$missing"; exit 1; fi; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "Installing system packages:$$missing"; \
	  $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

catalogue: $(CATALOGUE)
translations: $(QM)

VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

# The onedir bundle (build.spec), checked on its own files: every library in it is linked by
# something kept and nothing it links is missing (packaging/linux/slim.py), and it tests itself.
dist: distdeps $(VENV)/.dist-installed $(CATALOGUE) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	test -e dist/einclusie/einclusie-console || ln -s einclusie dist/einclusie/einclusie-console
	$(PY) packaging/linux/slim.py check dist/einclusie
	dist/einclusie/einclusie-console --self-test

# What building the bundle needs besides pip packages: binutils (PyInstaller strips with strip
# and reads libraries with objdump; as and ld make the smaller ICU data library).
DISTDEPS := binutils:strip binutils:objdump binutils:as binutils:ld
distdeps:
	@$(MAKE) --no-print-directory sysdeps SYSDEPS="$(DISTDEPS)"

# The bundle as .tar.gz and .deb (Linux); Windows: packaging/windows/README.md.
packages: dist
	packaging/linux/build-packages.sh $(VERSION)

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
