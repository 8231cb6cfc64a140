# Two commands for a fresh machine: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: setup demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	rm -rf $(OUT) && mkdir -p $(OUT)
	$(BIN)/esfgraph build --store $(OUT)/store examples/
	$(BIN)/esfgraph query projects --store $(OUT)/store
	$(BIN)/esfgraph query partners --store $(OUT)/store
	$(BIN)/esfgraph export --store $(OUT)/store --format turtle --output $(OUT)/esf.ttl
	$(BIN)/esfgraph network export --store $(OUT)/store --format html --output $(OUT)/network.html
	@echo "Store in $(OUT)/store; Turtle in $(OUT)/esf.ttl (DCAT description beside it); network in $(OUT)/network.html"

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_ingest.py --n 10000 100000

clean:
	rm -rf $(OUT) $(VENV) *.egg-info
