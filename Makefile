# Two commands do everything on a fresh machine: `make demo` and `make test`.
# Set-up runs on first use (virtual environment, packages, ffmpeg, model, voices) and is
# skipped afterwards; the downloads live in the cache (~/.cache/audio-edition), not here.

VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= feed/public
STAMP  := $(VENV)/.setup-stamp

.PHONY: demo test bench setup assets test-tools clean help

help:
	@echo "make demo    set up if needed, render feed/example-issue.txt into $(OUT)/"
	@echo "make test    set up if needed, run the test suite"
	@echo "make bench   speed and memory of a full render against bare kokoro-onnx"

demo: assets
	$(BIN)/audio-edition render feed/example-issue.txt --out $(OUT)
	@echo "Play $(OUT)/*.mp3, or subscribe to $(OUT)/feed.xml"

test: assets test-tools
	$(BIN)/python -m pytest

# The real clients the publishing tests use (chromium, gpodder, playwright-core,
# podcast-partytime): installed once, skipped when present.
test-tools:
	@bash scripts/setup-test-tools.sh

bench: assets
	$(BIN)/python scripts/bench.py

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh $(VENV)
	@touch $@

# Checked on every run: instant when the cached files are already verified.
assets: $(STAMP)
	@$(BIN)/audio-edition setup

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
