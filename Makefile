# Wijkpraat: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what is needed on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# Qt's xcb platform plugin needs these on Debian; Xvfb is for screenshots.
GUI_DEBS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1

.PHONY: run test lint bench screenshot clean sysdeps-gui

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

# Every bench/bench_*.py prints its own figures.
bench: $(STAMP)
	@for f in bench/bench_*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# Screenshot of the real window under Xvfb (needs root for the Debian packages).
screenshot: $(STAMP)
	$(MAKE) sysdeps-gui EXTRA_DEBS="xvfb x11-apps imagemagick"
	$(PY) bench/screenshot.py $(ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
