# Two commands get a new machine going: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= claims.db
PORT ?= 8001
SHARED ?= ../shared

.PHONY: demo test install install-test eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

## demo: install, migrate, ingest seeds/ and serve Datasette on 127.0.0.1:$(PORT)
demo: install
	$(BIN)/claims migrate --db $(DB)
	$(BIN)/claims ingest seeds/ --db $(DB)
	$(BIN)/claims serve --db $(DB) --port $(PORT)

## test: install with test extras and run the test suite
test: install-test
	bash .ci/ensure-chromium
	$(BIN)/python -m pytest -q

## eval: score extraction on the dev gold in ../shared (when it is there)
eval: install
	@set -e; for gold in $(SHARED)/gold/*.jsonl; do \
	  echo "$$(basename $$gold):"; \
	  docs=$$($(BIN)/python -c "import json,sys; print(' '.join(json.loads(l)['doc'] for l in open(sys.argv[1]) if l.strip()))" $$gold); \
	  (cd $(SHARED) && $(CURDIR)/$(BIN)/claims extract --format jsonl $$docs) > /tmp/claims-pred.jsonl; \
	  (cd $(SHARED) && $(CURDIR)/$(BIN)/python score.py gold/$$(basename $$gold) /tmp/claims-pred.jsonl); \
	done

## bench: extraction throughput over ../shared/corpus/bbc
bench: install
	$(BIN)/python bench/extract.py $(SHARED)/corpus/bbc

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
