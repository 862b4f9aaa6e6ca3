"""`spacy package` of a tiny pipeline trained with configs/ner_cpu.cfg on Europarl-NER, with our projector."""
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import spacy
from spacy.cli.train import train as spacy_train

from spacy_xner.corpora.docbin import write_docbin
from spacy_xner.corpora.readers import read_corpus

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny_pipeline(tmp_path_factory, data_dir) -> Path:
    """A few training steps on 50 English Europarl sentences, then the xner_projector added."""
    tmp = tmp_path_factory.mktemp("tiny_pipeline")
    docs = read_corpus(data_dir / "europarl-ner" / "en-europarl.test.conll02", "en", format="europarl")
    write_docbin(tmp / "train.spacy", docs[:40])
    write_docbin(tmp / "dev.spacy", docs[40:50])
    overrides = {
        "paths.train": str(tmp / "train.spacy"),
        "paths.dev": str(tmp / "dev.spacy"),
        "nlp.lang": "en",
        "training.max_steps": 6,
        "training.eval_frequency": 3,
    }
    spacy_train(REPO / "configs" / "ner_cpu.cfg", tmp / "out", overrides=overrides, use_gpu=-1)
    nlp = spacy.load(tmp / "out" / "model-last")
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    nlp.add_pipe("xner_projector")
    nlp.to_disk(tmp / "pipeline")
    return tmp / "pipeline"


@pytest.mark.slow
def test_spacy_package_wheel_requires_spacy_xner(tiny_pipeline, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "package", str(tiny_pipeline), str(tmp_path),
         "--name", "xner_tiny", "--version", "0.0.1", "--build", "wheel", "--force"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    package_dir = tmp_path / "en_xner_tiny-0.0.1"
    meta = json.loads((package_dir / "meta.json").read_text())
    assert any(req.startswith("spacy-xner") for req in meta["requirements"]), meta["requirements"]
    wheels = list((package_dir / "dist").glob("*.whl"))
    assert len(wheels) == 1
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = wheel.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        requires = [line for line in wheel.read(metadata).decode().splitlines() if line.startswith("Requires-Dist:")]
        assert any("spacy-xner" in line for line in requires), requires
        assert any(n.endswith("ner/model") for n in names)  # the trained weights are inside


def test_packaged_config_loads_back_with_projector(tiny_pipeline):
    nlp = spacy.load(tiny_pipeline)
    assert nlp.pipe_names == ["tok2vec", "ner", "xner_projector"]
    doc = nlp("The European Parliament met in Strasbourg.")
    assert len(doc) == 7  # runs end to end; the projector records a missing translation instead of failing


@pytest.mark.slow
def test_transformer_config_trains_offline_with_a_local_encoder(tiny_xlmr_dir, data_dir, tmp_path):
    """configs/ner_trf.cfg with paths.transformer = a local directory: trains on CPU and reloads."""
    docs = read_corpus(data_dir / "europarl-ner" / "de-europarl.test.conll02", "de", format="europarl")
    write_docbin(tmp_path / "train.spacy", docs[:30])
    write_docbin(tmp_path / "dev.spacy", docs[30:36])
    overrides = {
        "paths.train": str(tmp_path / "train.spacy"),
        "paths.dev": str(tmp_path / "dev.spacy"),
        "paths.transformer": str(tiny_xlmr_dir),
        "nlp.lang": "de",
        "system.gpu_allocator": None,
        "training.max_steps": 3,
        "training.eval_frequency": 3,
    }
    spacy_train(REPO / "configs" / "ner_trf.cfg", tmp_path / "out", overrides=overrides, use_gpu=-1)
    nlp = spacy.load(tmp_path / "out" / "model-last")
    assert nlp.pipe_names == ["transformer", "ner"]
    assert len(nlp("Das Parlament tagt in Straßburg .")) == 6
