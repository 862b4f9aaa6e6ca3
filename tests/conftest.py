"""Shared test setup: offline Hugging Face, the real data beside the checkout, tiny model fixtures."""
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from fixtures_encoder import *  # noqa: E402,F401,F403  tiny random encoders (BERT / XLM-R style)
from fixtures_seq2seq import *  # noqa: E402,F401,F403  tiny random translation models
from fixtures_ner import *  # noqa: E402,F401,F403  a CoNLL sample and a tiny spaCy NER
from fixtures_pairs import *  # noqa: E402,F401,F403  Europarl en-de pairs, aligned and as Pharaoh

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``../shared/data`` (or $XNER_SHARED_DATA): the real corpora the tests read."""
    if not DATA.is_dir():
        pytest.fail(f"shared data not found at {DATA}; set XNER_SHARED_DATA")
    return DATA


@pytest.fixture
def xner(capsys, monkeypatch):
    """Run the ``xner`` entry point in-process (a subprocess per call costs seconds of imports)."""
    from spacy_xner.cli import main

    def run(*args):
        monkeypatch.setattr(sys, "argv", ["xner", *map(str, args)])
        try:
            main()
            code = 0
        except SystemExit as exit_:
            code = exit_.code or 0
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return run
