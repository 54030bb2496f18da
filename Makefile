# newsdigest: every target sets up what it needs (a .venv with the pinned dependencies).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RAW ?= raw
OUT ?= normalized
DB ?= $(OUT)/news.db
SHARED ?= ../shared
PORT ?= 8001

.PHONY: help install ingest test lint format schemas eval bench serve killtest clean

help:
	@echo "make ingest   ingest $(RAW)/ into $(DB) and $(OUT)/articles.jsonl"
	@echo "make test     lint, schema freshness and the test suite"
	@echo "make eval     score against ../shared (gold and dev sets), prints JSON"
	@echo "make bench    throughput against baselines measured in the same run, prints JSON"
	@echo "make killtest SIGKILL ingests at 10 random moments, re-run, compare with a clean run"
	@echo "make serve    browse $(DB) in Datasette on http://127.0.0.1:$(PORT)/ (read-only)"
	@echo "make schemas  regenerate schemas/*.json from the pydantic models"

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (set PYTHON=...)" >&2; exit 2; }
	@# set-up talk goes to stderr: `make bench > bench.json` and `make eval` print JSON alone
	@echo "setting up $(VENV) with the pinned dependencies (requirements.lock)" >&2
	@$(PYTHON) -m venv $(VENV) >&2
	@$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock >&2
	@$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . >&2
	@touch $@

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/newsdigest ingest $(RAW) --db $(DB) --out $(OUT)

test: $(STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/ruff format --check pipeline tests
	$(BIN)/pytest

lint: test

format: $(STAMP)
	$(BIN)/ruff format pipeline tests
	$(BIN)/ruff check --fix pipeline tests

schemas: $(STAMP)
	$(BIN)/newsdigest schemas --out schemas

eval: $(STAMP)
	@$(BIN)/python -m pipeline.evaluate --shared $(SHARED)

bench: $(STAMP)
	@$(BIN)/python -m pipeline.bench --shared $(SHARED)

serve: $(STAMP)
	@test -f $(DB) || { echo "error: $(DB) not found: run make ingest first" >&2; exit 2; }
	$(BIN)/datasette serve --immutable $(DB) --host 127.0.0.1 --port $(PORT) \
		--metadata pipeline/serve/metadata.yaml --plugins-dir pipeline/serve/plugins

killtest: $(STAMP)
	$(BIN)/python -m pipeline.killtest --pages 2000 --kills 10

clean:
	rm -rf $(VENV) $(OUT)/articles.jsonl $(OUT)/news.db*
