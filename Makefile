# Embargo: `make demo` runs the main job on the embedded default, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench-load bench-names bench-recall bench-bound bench-batch bench-api bench-news clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/embargo demo

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests bench

# Benchmarks (bench/README.md): never part of `make test`.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: bench/requirements-bench.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements-bench.txt
	touch $@

bench-load: $(VENV)/.installed
	$(BIN)/python bench/load_lists.py --runs 3

bench-names: $(VENV)/.installed $(BENCH_VENV)/.installed
	$(BIN)/python bench/name_bench.py --bench-python $(BENCH_VENV)/bin/python

bench-recall: $(VENV)/.installed
	$(BIN)/python bench/screen_recall.py

bench-bound: $(VENV)/.installed
	$(BIN)/python bench/bound_effect.py --runs 3

bench-batch: $(VENV)/.installed $(BENCH_VENV)/.installed
	$(BIN)/python bench/batch_throughput.py

bench-api: $(VENV)/.installed
	$(BIN)/python bench/api_load.py --duration 60 --clients 50
	$(BIN)/python bench/api_load.py --duration 30 --clients 50 --total-rate 20,40,60 --repeat 3

bench-news: $(VENV)/.installed
	$(BIN)/python bench/news_signals.py --split all
	$(BIN)/python bench/news_throughput.py --count 1000

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
