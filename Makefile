# neuronscope: `make serve` serves the default model; `make test` runs the whole test suite.
# Both create the virtual environment (.venv) first if it is missing or stale.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.neuronscope-installed
# The CPU wheel: install torch before anything that depends on it, or pip may pull a CUDA build.
TORCH_SPEC ?= torch==2.13.0
ARGS ?=

.PHONY: venv serve test unit integration e2e protos check-protos models lint redis system-deps clean

$(STAMP): pyproject.toml client/pyproject.toml server/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "$(TORCH_SPEC)"
	$(BIN)/python -m pip install -q -e './client[analysis]' -e ./server --group dev
	touch $(STAMP)

venv: $(STAMP)

serve: $(STAMP)
	$(BIN)/neuronscope serve $(ARGS)

system-deps:
	scripts/ensure_system_deps.sh

redis:
	scripts/ensure_redis.sh

test: $(STAMP) system-deps redis
	NEURONSCOPE_TEST_REDIS_URL=$${NEURONSCOPE_TEST_REDIS_URL:-redis://127.0.0.1:6379/0} $(BIN)/python -m pytest -q $(ARGS)

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests/unit

protos: $(STAMP)
	$(BIN)/python scripts/gen_protos.py

check-protos: $(STAMP)
	$(BIN)/python scripts/gen_protos.py --check

# Rebuild the corpus and retrain every shipped model (about 2 hours on 2 CPU cores).
models: $(STAMP) system-deps
	PY=$(BIN)/python scripts/train_all.sh

lint: $(STAMP)
	$(BIN)/ruff check client server tests bench scripts

clean:
	rm -rf $(VENV) build .pytest_cache
