# Two commands: `make run` opens Arshif on the default archive; `make test` runs every check.
# Both install what they need, system packages included (Debian/Ubuntu, via apt-get).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# OCR of scans: Tesseract with its Arabic model, and its English one for Latin words.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-ara tesseract-ocr-eng
# Qt's runtime libraries (xcb for a real screen, EGL/fontconfig for offscreen too).
QT_PACKAGES := libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 \
	$(OCR_PACKAGES)
# What the tests read PDFs with (poppler; pdf.js, Firefox's viewer, runs on Node.js), the
# PostgreSQL server the storage tests start, and Unicode's bidi conformance tests.
TEST_PACKAGES := poppler-utils postgresql unicode-data
# Node.js and npm, from Debian when the machine has no node and npm of its own.
NODE_PACKAGES := nodejs npm
# What the benchmarks compare with: Chromium's print to PDF.
BENCH_PACKAGES := chromium
PDFJS := tests/pdfjs/node_modules/pdfjs-dist/package.json
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
# Exact versions of everything installed: the app's, and the app's with the test tools.
# `make lock` refreshes both from pyproject.toml's ranges (the test lock within the app's).
LOCK := requirements.txt
TEST_LOCK := requirements-test.txt
PIP_COMPILE := $(BIN)/pip-compile -q --allow-unsafe --strip-extras --no-emit-index-url \
	--no-emit-find-links

# An editable install leaves the checkout's modules uncompiled, and PYTHONDONTWRITEBYTECODE
# would keep them so: compile them once, as pip does for a wheel, so commands start at once.
COMPILE := $(BIN)/python -m compileall -q main.py storage export ui resources >/dev/null

.PHONY: run test check system-run system-test system-node system-bench translations bench lock \
	clean

run: system-run $(BIN)/.installed
	$(BIN)/python main.py

test: system-test $(BIN)/.installed-test $(PDFJS) check

check:
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# apt-get only when something is missing, so a prepared machine starts at once.
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "installing system packages:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

system-run:
	$(call apt_install,$(QT_PACKAGES))

system-test:
	$(call apt_install,$(QT_PACKAGES) $(TEST_PACKAGES))
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
		$(MAKE) --no-print-directory system-node; fi

system-node:
	$(call apt_install,$(NODE_PACKAGES))

system-bench: system-test
	$(call apt_install,$(BENCH_PACKAGES))

# pdf.js, at the version tests/pdfjs/package.json names, from the npm registry.
$(PDFJS): tests/pdfjs/package.json
	cd tests/pdfjs && npm install --no-audit --no-fund --no-save --silent
	touch $@

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Arshif needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)

# The locked versions first, then Arshif itself without resolving anything again; `pip check`
# fails the install if the lock no longer fits pyproject.toml.
$(BIN)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/pip install -q -r $(LOCK)
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/pip check
	$(COMPILE)
	touch $@

$(BIN)/.installed-test: pyproject.toml $(TEST_LOCK) | $(BIN)/python
	$(BIN)/pip install -q -r $(TEST_LOCK)
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/pip check
	$(COMPILE)
	touch $@ $(BIN)/.installed

lock: | $(BIN)/python
	$(BIN)/pip install -q pip-tools==7.6.2
	$(PIP_COMPILE) --upgrade -o $(LOCK) pyproject.toml
	$(PIP_COMPILE) --upgrade --extra test -c $(LOCK) -o $(TEST_LOCK) pyproject.toml

# After editing a .ts file: the compiled .qm files are committed (a test holds them to the .ts).
translations: $(TRANSLATIONS)

resources/translations/%.qm: resources/translations/%.ts | $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: system-bench $(BIN)/.installed-test
	$(BIN)/python bench/import_corpus.py
	$(BIN)/python bench/import_folder.py
	$(BIN)/python bench/search_corpus.py
	$(BIN)/python bench/export_dossier.py
	$(BIN)/python bench/window_start.py
	$(BIN)/python bench/dates.py
	$(BIN)/python bench/ocr.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache tests/pdfjs/node_modules
