"""Pair the source corpus with its target side, from the translation source chosen in project.yml.

    python scripts/translate.py given corpus/gold/en.spacy corpus/gold/de.spacy corpus/pairs/de.spacy
    python scripts/translate.py nllb  corpus/gold/en.spacy -            corpus/pairs/de.spacy --tgt-lang de --model M

``given``: the gold target sentences are the translations (``xner pair``); ``nllb``: machine
translation (``xner translate``), the target-side argument is unused.
"""
from __future__ import annotations

import subprocess
import sys

XNER = [sys.executable, "-m", "spacy_xner"]


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[0] not in ("given", "nllb"):
        print(__doc__, file=sys.stderr)
        return 2
    source, src, tgt, out, *options = argv
    if source == "given":
        return subprocess.call([*XNER, "pair", src, tgt, out])
    return subprocess.call([*XNER, "translate", src, out, *options])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
