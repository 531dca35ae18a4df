"""Regenerate the golden files: tests/data/golden/NAME.expected.json from each input, and
tests/data/sentences.said.txt (what the voice is given for each sentence of sentences.txt).

Run it only when a change in how issues are read is intended, then review the diff
(git diff tests/data/golden) before committing: the expected files are the reviewed truth.

    .venv/bin/python scripts/regen_golden.py          # rewrite every expected file
    .venv/bin/python scripts/regen_golden.py --check  # only say which ones differ
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from golden import SAID, dumps, expected_path, inputs, read_golden, say_sentences  # noqa: E402


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = 0
    for path in inputs():
        target = expected_path(path)
        text = dumps(read_golden(path))
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == text:
            continue
        changed += 1
        print(f"{'differs' if check else 'wrote'}: {target.relative_to(ROOT)}")
        if not check:
            target.write_text(text, encoding="utf-8")
    said = say_sentences()
    if not SAID.exists() or SAID.read_text(encoding="utf-8") != said:
        changed += 1
        print(f"{'differs' if check else 'wrote'}: {SAID.relative_to(ROOT)}")
        if not check:
            SAID.write_text(said, encoding="utf-8")
    print(f"{changed} of {len(inputs()) + 1} golden file(s) {'differ' if check else 'rewritten'}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
