"""benchmarks/train_vectors.py: floret subword vectors from target-language corpora, loadable by spaCy."""
import subprocess
import sys
from itertools import islice
from pathlib import Path

import numpy as np
import spacy

from spacy_xner.corpora.docbin import write_docbin
from spacy_xner.corpora.readers import iter_corpus

REPO = Path(__file__).resolve().parents[1]


def train_vectors(*args):
    return subprocess.run([sys.executable, str(REPO / "benchmarks" / "train_vectors.py"), *map(str, args)],
                          capture_output=True, text=True)


def test_floret_vectors_from_real_translations(data_dir, tmp_path):
    docs = list(islice(iter_corpus(data_dir / "translations" / "conll2003-train" / "sna.nllb200.jsonl.gz", "xx",
                                   "translations"), 400))
    write_docbin(tmp_path / "sna.spacy", docs)
    out = tmp_path / "vectors"
    res = train_vectors(tmp_path / "sna.spacy", out, "--dim", 16, "--bucket", 2000, "--epoch", 2)
    assert res.returncode == 0, res.stderr
    assert "400 sentences" in res.stdout
    vectors = spacy.load(out).vocab.vectors
    assert vectors.mode == "floret" and vectors.shape == (2000, 16)
    unseen = spacy.load(out).vocab["muZvikwanhanhanhi"].vector  # floret: any word gets a vector from its n-grams
    assert unseen.shape == (16,) and np.abs(unseen).sum() > 0
    assert train_vectors(tmp_path / "sna.spacy", out, "--dim", 16, "--bucket", 2000, "--epoch", 1).returncode == 0  # a rerun replaces its own folder


def test_train_vectors_user_errors(tmp_path):
    res = train_vectors(tmp_path / "out")
    assert res.returncode != 0 and "output directory" in res.stderr + res.stdout and "Traceback" not in res.stderr
    res = train_vectors(tmp_path / "missing.spacy", tmp_path / "out")
    assert res.returncode != 0 and "missing.spacy" in res.stderr + res.stdout and "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists()
