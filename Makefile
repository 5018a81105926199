# Self-bootstrapping targets: each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

LINTED := src tests $(wildcard scripts benchmarks)

.PHONY: demo test lint bench bench-smoke clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: set up, check the plan, show group 1's pool, then draw group 1 target by target, as
## README says: 湘潭市 and then 娄底市, each with its own seed, witness and bureau representative
## (the bundled list is fictional: every draw and sheet carries the red sample-data banner)
demo: $(STAMP)
	$(BIN)/crossdraw plan check
	$(BIN)/crossdraw pool --group 1
	rm -rf draws-demo
	$(BIN)/crossdraw draw --no-input --group 1 --prefecture 湘潭市 --seed 38201749561023847561 \
		--witness 示例见证人甲 --drawer 示例抽签人 --bureau-rep 湘潭市局示例代表 --place 示例会议室 --out draws-demo
	$(BIN)/crossdraw draw --no-input --group 1 --prefecture 娄底市 --seed 90571138246605918273 \
		--witness 示例见证人乙 --drawer 示例抽签人 --bureau-rep 娄底市局示例代表 --place 示例会议室 --out draws-demo
	$(BIN)/crossdraw verify draws-demo --enterprises data/enterprises.csv

## test: set up, lint (ruff, import order), check formatting, type-check (mypy --strict),
## run the whole test suite, and fail when branch coverage of the core is under 90%
test: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy src
	$(BIN)/lint-imports
	$(BIN)/python -m pytest --cov --cov-report=term-missing:skip-covered

## bench: every figure of docs/PERFORMANCE.md (generates lists up to 1,000,000 rows; minutes)
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

## bench-smoke: the benchmark at 10,000 rows, one run, so that it keeps working (CI)
bench-smoke: $(STAMP)
	$(BIN)/python benchmarks/bench.py --smoke

clean:
	rm -rf $(VENV) draws-demo .pytest_cache .mypy_cache .ruff_cache .coverage
