"""The benchmark script keeps working as the pipeline changes (its figures are not judged here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from audio_edition.paths import EXAMPLE_ISSUE, PROJECT_ROOT

pytestmark = pytest.mark.slow


def test_bench_runs_and_prints_its_ratios() -> None:
    done = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "bench.py"), str(EXAMPLE_ISSUE), "--cues", "2"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    for phase in ("bare", "cold", "warm"):
        assert any(line.startswith(phase) for line in lines), done.stdout
    assert "ratio pipeline/bare:" in done.stdout and "ratio warm/cold:" in done.stdout
