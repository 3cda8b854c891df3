# Wijkpraat: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what is needed on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# Qt's xcb platform plugin needs these on Debian; Xvfb is for screenshots.
GUI_DEBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1

.PHONY: run test lint bench screenshot clean sysdeps-gui bundle dist

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Installs the Debian libraries Qt needs for a real window, only where they are
# missing and only when we are root on a Debian-like system; otherwise says what to do.
sysdeps-gui:
	@missing=""; for p in $(GUI_DEBS) $(EXTRA_DEBS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system libraries:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Missing system libraries (install them as root):$$missing"; fi; \
	fi

run: $(STAMP) sysdeps-gui
	$(PY) -m app $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

# One table of every goal (issue 16), written to bench/results.json; exits 1 on a miss.
# About five minutes; not part of `make test`. The older bench/bench_*.py still run alone.
bench: $(STAMP)
	@uptime
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# Screenshot of the real window under Xvfb (needs root for the Debian packages).
screenshot: $(STAMP)
	$(MAKE) sysdeps-gui EXTRA_DEBS="xvfb x11-apps imagemagick"
	$(PY) bench/screenshot.py $(ARGS)

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
