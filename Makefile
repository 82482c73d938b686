# The two commands: `make run` and `make test`. Both create the virtual
# environment on first use (needs python3 and python3-venv only).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint benchmark translations package windows-wheels package-windows test-windows \
  clean

run: $(STAMP)
	@$(BIN)/python -m dossier_app.system_check --screen
	$(BIN)/dossier-app

test: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m dossier_app.system_check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check dossier_app tests benchmarks packaging
	$(BIN)/mypy dossier_app

benchmark: $(STAMP)
	$(BIN)/python benchmarks/chapter_save.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/keystroke.py
	$(BIN)/python benchmarks/export_docx.py
	$(BIN)/python benchmarks/dashboard.py
	@if [ -x build/dist/dossier-ccpt/dossier-ccpt ]; then $(BIN)/python benchmarks/packaged_start.py; \
	  else echo "packaged start: run make package first"; fi

# The Linux packages (dist/*.deb, dist/*.tar.gz) from a PyInstaller bundle; needs dpkg-deb.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py all

# The Windows installer, built on Linux: the embedded CPython for Windows with Windows wheels,
# PyInstaller under wine64, NSIS (dist/*-windows-x64-setup.exe). Needs wine64, nsis,
# gcc-mingw-w64-x86-64; downloads are kept in build/windows/downloads.
package-windows: $(STAMP)
	$(BIN)/python packaging/build.py windows

# Installs it silently in a fresh Wine prefix and tries it (screenshot:
# build/windows/screenshot.png), then runs tests/windows under the Windows Python.
# Needs xvfb, xdotool, imagemagick too.
test-windows: $(STAMP)
	$(BIN)/python packaging/windows/test_installed.py

# Every runtime dependency must have a Windows wheel for the Python the installer ships.
windows-wheels: $(STAMP)
	$(BIN)/python packaging/check_windows_wheels.py

# French is the source language; after changing UI strings, run this, translate the new
# entries of the .ts file in Qt Linguist (pyside6-linguist), and run it again. The window's
# tr() calls and the say() sentences of the floors below it (errors, findings) are collected;
# the command line speaks French only (the contract).
LUPDATE_SOURCES := $(wildcard dossier_app/gui/*.py dossier_app/app/*.py dossier_app/core/*.py \
  dossier_app/storage/*.py dossier_app/export/*.py)
LUPDATE := $(BIN)/pyside6-lupdate -tr-function-alias QT_TR_NOOP+=say $(LUPDATE_SOURCES) \
  -source-language fr_FR -target-language en_GB
translations: $(STAMP)
	$(LUPDATE) -ts resources/translations/dossier_ccpt_en.ts
	$(BIN)/python tools/carry_translations.py resources/translations/dossier_ccpt_en.ts
	$(LUPDATE) -no-obsolete -ts resources/translations/dossier_ccpt_en.ts
	$(BIN)/pyside6-lrelease resources/translations/dossier_ccpt_en.ts \
	  -qm resources/translations/dossier_ccpt_en.qm

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import venv, ensurepip" 2>/dev/null || { \
	  echo "Python's venv module is missing: sudo apt-get install python3-venv" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
