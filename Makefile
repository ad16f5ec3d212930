# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= data/store
SEEDS  ?= ../shared/seeds
HOST   ?= 127.0.0.1
PORT   ?= 5000
# The web suite and the saved-query agreement tests run again over each SPARQL server (tests/conftest.py --backend).
SERVER_TESTS := tests/web tests/queries/test_saved_queries.py

.PHONY: demo test install system-deps js bench clean

demo: install js
	$(BIN)/gazette-kg load $(SEEDS) --store $(STORE)
	$(BIN)/gazette-kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install js system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -p no:cacheprovider -q $(PYTEST_ARGS)
	$(BIN)/python -m pytest -p no:cacheprovider -q -rsx --backend oxigraph $(SERVER_TESTS)
	$(BIN)/python -m pytest -p no:cacheprovider -q -rsx --backend virtuoso $(SERVER_TESTS)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

# YASGUI and Cytoscape.js come from npm, into node_modules/ (never committed, never a CDN).
js: node_modules/.installed

node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

# Debian's chromium for the browser tests, Java for the HermiT reasoner, a CJK font for the test PDFs and
# screenshots, Virtuoso as a second real remote SPARQL server for the store tests.
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v java >/dev/null || ! command -v virtuoso-t >/dev/null \
	    || ! fc-list 2>/dev/null | grep -qi wqy; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium default-jre-headless \
	    fonts-wqy-zenhei virtuoso-opensource >/dev/null; \
	fi

bench: install
	$(BIN)/python -m benchmarks $(or $(NAME),parse) $(ARGS)

clean:
	rm -rf $(VENV) node_modules data build *.egg-info
