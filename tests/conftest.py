"""Shared test setup: offline Hugging Face, the real data beside the checkout, tiny model fixtures."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from fixtures_encoder import *  # noqa: E402,F401,F403  tiny random encoders (BERT / XLM-R style)
from fixtures_seq2seq import *  # noqa: E402,F401,F403  tiny random translation models
from fixtures_ner import *  # noqa: E402,F401,F403  a CoNLL sample and a tiny spaCy NER

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``../shared/data`` (or $XNER_SHARED_DATA): the real corpora the tests read."""
    if not DATA.is_dir():
        pytest.fail(f"shared data not found at {DATA}; set XNER_SHARED_DATA")
    return DATA
