# Self-bootstrapping targets: each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: set up, check the plan, show group 1's pool and draw group 1 into a fresh folder
demo: $(STAMP)
	$(BIN)/crossdraw plan check
	$(BIN)/crossdraw pool --group 1
	rm -rf draws-demo
	$(BIN)/crossdraw draw --group 1 --seed 38201749561023847561 --witness 示例见证人 --drawer 示例抽签人 --out draws-demo
	$(BIN)/crossdraw verify draws-demo --enterprises data/enterprises.csv

## test: set up, lint (ruff), type-check (mypy --strict) and run the whole test suite
# scripts/ is linted when the branch has it (the sample-data generator lives there).
LINT_PATHS := src tests $(wildcard scripts)

test: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy src
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) draws-demo .pytest_cache .mypy_cache .ruff_cache
