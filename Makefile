# Wijkpraat: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what is needed on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# Qt's xcb platform plugin needs these on Debian; Xvfb is for screenshots.
GUI_DEBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1

.PHONY: run test test-fast coverage coverage-floors lint bench screenshot clean sysdeps-gui sysdeps-test bundle dist examples

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@# The one warning left is setuptools' note on every editable install; a newcomer
	@# reads it as an error.
	PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Installs the Debian libraries Qt needs for a real window, only where they are
# missing and only when we are root on a Debian-like system; otherwise says what to do.
# Another apt or dpkg (an unattended upgrade) holds the lock: wait for it up to
# APT_WAIT seconds, then say so, instead of failing at once.
APT_WAIT ?= 300
APT := DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$(APT_WAIT)
sysdeps-gui:
	@missing=""; for p in $(GUI_DEBS) $(EXTRA_DEBS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system libraries:$$missing"; \
	    log=$$(mktemp); waited=0; \
	    until { $(APT) update -qq && $(APT) install -y -qq $$missing; } >$$log 2>&1; do \
	      if ! grep -qi "lock" $$log; then cat $$log; rm -f $$log; exit 1; fi; \
	      if [ $$waited -ge $(APT_WAIT) ]; then \
	        echo "Another installation (apt or dpkg) kept the package lock for $(APT_WAIT) s;" \
	          "run make again when it has finished."; rm -f $$log; exit 1; fi; \
	      [ $$waited = 0 ] && echo "Waiting for another installation (apt or dpkg) to finish..."; \
	      sleep 5; waited=$$((waited + 5)); \
	    done; rm -f $$log; \
	  else echo "Missing system libraries (install them as root):$$missing"; fi; \
	fi

# What the tests need from Debian, installed as root where missing: Ruby's own CSV
# library reads the Decidim files back (tests/test_decidim.py); the accessibility test
# (tests/e2e/test_accessibility_atspi.py) reads the real window through AT-SPI, as a
# screen reader does: Xvfb, a D-Bus session, the AT-SPI registry and pyatspi.
# libreoffice-writer-nogui and odt2txt: the editable verslag (.odt) converted and read back
TEST_DEBS := ruby xvfb xauth dbus at-spi2-core python3-pyatspi libreoffice-writer-nogui odt2txt

sysdeps-test:
	@$(MAKE) --no-print-directory sysdeps-gui EXTRA_DEBS="$(TEST_DEBS)"

run: $(STAMP) sysdeps-gui
	$(PY) -m app $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# `make test` is what CI runs: lint, then every test (tests/e2e/ too) with many hypothesis
# examples (profile "ci"), measuring coverage; then the coverage floors must hold (not
# when PYTEST_ARGS picks a part of the suite).
test: $(STAMP) lint sysdeps-test
	HYPOTHESIS_PROFILE=ci QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest --cov --cov-report= $(PYTEST_ARGS)
	@if [ -z "$(PYTEST_ARGS)" ]; then $(MAKE) --no-print-directory coverage-floors; fi

# `make test-fast`, the edit loop (under a minute): no lint, nothing from tests/e2e/ (no
# real processes), few hypothesis examples, stop at the first failure.
test-fast: $(STAMP)
	HYPOTHESIS_PROFILE=dev QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -m "not e2e" -x -q $(PYTEST_ARGS)

# Coverage floors, in percent of lines and branches, for the packages that keep the data
# safe: a few points under what `make test` reached when they were set (92.3, 94.4, 87.1).
COVERAGE_FLOORS := app/store/*=89 app/exchange/*=91 app/store/backup.py=84

coverage-floors: $(STAMP)
	@set -f; for floor in $(COVERAGE_FLOORS); do \
	  files=$${floor%=*}; least=$${floor##*=}; \
	  total=$$($(VENV)/bin/coverage report --include="$$files" --format=total) || exit 1; \
	  echo "coverage $$files: $$total% (floor $$least%)"; \
	  $(VENV)/bin/coverage report --include="$$files" --fail-under=$$least >/dev/null \
	    || { echo "coverage of $$files fell under $$least%"; exit 1; }; \
	done

# `make coverage`: `make test` without lint, with the coverage report per file of app/.
coverage: $(STAMP)
	HYPOTHESIS_PROFILE=ci QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --cov --cov-report=term:skip-covered $(PYTEST_ARGS)
	@if [ -z "$(PYTEST_ARGS)" ]; then $(MAKE) --no-print-directory coverage-floors; fi

# One table of every goal (issue 16), written to bench/results.json; exits 1 on a miss.
# About five minutes; not part of `make test`. The older bench/bench_*.py still run alone.
bench: $(STAMP)
	@uptime
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# Screenshot of the real window under Xvfb (needs root for the Debian packages).
screenshot: $(STAMP)
	$(MAKE) sysdeps-gui EXTRA_DEBS="xvfb x11-apps imagemagick"
	$(PY) bench/screenshot.py $(ARGS)

# docs/examples/: the follow-up files, made by the real commands from the demo data.
examples: $(STAMP)
	rm -rf docs/examples
	$(PY) docs/make_examples.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

# ---- Packaging (installer/README.md) ---------------------------------------------------
# `make bundle`: the Linux onedir app in dist/wijkpraat/, built by PyInstaller from
# installer/wijkpraat.spec, then smoke-tested with `wijkpraat self-test` (offscreen): a
# failing self-test fails the target. `make dist`: that bundle as a tarball with the
# .desktop file, the icons and a per-user install script; it rebuilds the bundle only when
# a source changed. PyInstaller is a build tool, installed here, not a dependency.
VERSION      := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
ARCH         := $(shell uname -m)
BUNDLE       := dist/wijkpraat
BUNDLE_STAMP := build/bundle.ok
TARNAME      := wijkpraat-$(VERSION)-linux-$(ARCH)
TARBALL      := dist/$(TARNAME).tar.gz
BUNDLE_SRC   := pyproject.toml $(wildcard installer/*.spec installer/*.py) \
  $(shell find app widgets praatplaat_data resources -type f -not -path '*/__pycache__/*' 2>/dev/null)

bundle:
	@rm -f $(BUNDLE_STAMP)
	@$(MAKE) --no-print-directory $(BUNDLE_STAMP)

$(BUNDLE_STAMP): $(STAMP) $(BUNDLE_SRC)
	$(PY) -m pip install --quiet 'pyinstaller>=6'
	@start=$$(date +%s); \
	$(PY) -m PyInstaller installer/wijkpraat.spec --noconfirm --log-level WARN \
	  --distpath dist --workpath build/pyinstaller || exit 1; \
	echo "Bundle built in $$(( $$(date +%s) - start )) s: $$(du -sh $(BUNDLE) | cut -f1) in $(BUNDLE)/"
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/wijkpraat self-test
	@mkdir -p $(@D) && touch $@

dist: $(TARBALL)

$(TARBALL): $(BUNDLE_STAMP) installer/wijkpraat.desktop installer/install-linux.sh
	rm -rf build/tarball && mkdir -p build/tarball/$(TARNAME)/icons
	cp -a $(BUNDLE)/. build/tarball/$(TARNAME)/
	cp installer/wijkpraat.desktop installer/install-linux.sh build/tarball/$(TARNAME)/
	cp resources/icons/wijkpraat.svg resources/icons/wijkpraat-*.png build/tarball/$(TARNAME)/icons/
	tar --sort=name --owner=0 --group=0 --numeric-owner -I 'gzip -9n' \
	  -C build/tarball -cf $@ $(TARNAME)
	@echo "$@: $$(du -h $@ | cut -f1) (bundle $$(du -sh $(BUNDLE) | cut -f1))"

# ---- Windows installer (installer/README.md, "Windows") ---------------------------------
# `make windows`: dist/<name>-<version>-setup.exe, built here on Linux: the pinned Windows
# Python and wheels (cached in WIN_CACHE), PyInstaller under Wine, the frozen self-test
# under Wine, then NSIS. `make windows-test`: that installer end to end in a fresh Wine
# prefix (install, self-test, screenshot, demo data, uninstall, upgrade). Both install the
# Debian packages they need when run as root. Work and output: build/windows/.
WIN_CACHE ?= $(CURDIR)/.cache/windows
export WIN_CACHE

.PHONY: windows windows-test

windows:
	nice -n 10 bash installer/windows/build.sh

windows-test:
	nice -n 10 bash installer/windows/test.sh
