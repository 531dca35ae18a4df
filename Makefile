# Two commands do everything on a fresh machine: `make demo` and `make test`.
# Set-up runs on first use (virtual environment, packages, ffmpeg, model, voices) and is
# skipped afterwards; the downloads live in the cache (~/.cache/audio-edition), not here.

VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= feed/public
STAMP  := $(VENV)/.setup-stamp
COQUI  ?= .venv-coqui

.PHONY: demo test bench setup assets test-tools coqui clean help

help:
	@echo "make demo    set up if needed, render feed/example-issue.txt into $(OUT)/"
	@echo "make test    set up if needed, run the test suite"
	@echo "make bench   speed and memory of a full render against bare kokoro-onnx"
	@echo "make coqui   the Coqui TTS environment $(COQUI)/ (about 7.6 GB; make test builds it)"

demo: assets
	$(BIN)/audio-edition render feed/example-issue.txt --out $(OUT)
	@echo "Play $(OUT)/*.mp3, or subscribe to $(OUT)/feed.xml"

# The Coqui tests run in their own environment (torch is too heavy for the default one).
test: assets test-tools coqui
	$(BIN)/python -m pytest -m "not coqui"
	$(COQUI)/bin/python -m pytest -m coqui

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

# Skipped in a blink when $(COQUI) is already built for this pyproject.toml.
coqui:
	@bash scripts/setup-coqui.sh $(COQUI)

# Checked on every run: instant when the cached files are already verified.
assets: $(STAMP)
	@$(BIN)/audio-edition setup

clean:
	rm -rf $(VENV) $(COQUI) $(OUT) .pytest_cache
