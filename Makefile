# Two commands for a fresh machine: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

# The install is "strict" editable: the venv sees exactly the files the wheel would hold (no
# tests, bench or examples under esfgraph.*). It is linked file by file, so it is made again
# when the list of package files changes; edits to existing files need nothing.
PACKAGE_FILES := $(shell find __init__.py __main__.py errors.py extract graph cli ontology queries \
                   -type f -not -path '*/__pycache__/*' 2>/dev/null | sort | cksum | cut -d' ' -f1)
STAMP := $(VENV)/.installed-$(PACKAGE_FILES)

.PHONY: setup demo test bench clean

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]' --config-settings editable_mode=strict
	rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

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
	$(BIN)/python bench/bench_speed.py --n 10000 100000
	$(BIN)/python bench/bench_ingest.py --n 10000 100000

clean:
	rm -rf $(OUT) $(VENV) build *.egg-info
