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
# What the tests read PDFs with, the PostgreSQL server the storage tests start, and Unicode's
# bidi conformance tests (BidiCharacterTest.txt).
TEST_PACKAGES := poppler-utils postgresql unicode-data
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test check system-run system-test translations bench clean

run: system-run $(BIN)/.installed translations
	$(BIN)/python main.py

test: system-test $(BIN)/.installed-test translations check

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

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Arshif needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(BIN)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(BIN)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(BIN)/.installed

translations: $(TRANSLATIONS)

resources/translations/%.qm: resources/translations/%.ts | $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# bench/ocr.py prints its test documents with headless Chromium.
bench: $(BIN)/.installed-test
	$(call apt_install,$(QT_PACKAGES) chromium)
	$(BIN)/python bench/import_corpus.py
	$(BIN)/python bench/import_folder.py
	$(BIN)/python bench/search_corpus.py
	$(BIN)/python bench/export_dossier.py
	$(BIN)/python bench/window_start.py
	$(BIN)/python bench/ocr.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .mypy_cache .ruff_cache .pytest_cache
