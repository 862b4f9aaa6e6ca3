"""The xner_aligner component and the ``xner align`` command on Europarl en-de pairs."""
import json

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example
from typer.testing import CliRunner

from spacy_xner.alignment.doc_pairs import SKIP_KEY
from spacy_xner.alignment.pharaoh import read_pharaoh
from spacy_xner.cli import app
from spacy_xner.corpora.docbin import read_docbin, vocab_for, write_docbin
from spacy_xner.docs import get_alignment, set_id
from spacy_xner.errors import XnerError


def conll_sentences(path, limit):
    sents, words = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            words.append(line.split("\t")[0])
        elif words:
            sents.append(words)
            words = []
            if len(sents) == limit:
                break
    return sents


def make_pairs(data_dir, n=60):
    en = conll_sentences(data_dir / "europarl-ner" / "en-europarl.test.conll02", n)
    de = conll_sentences(data_dir / "europarl-ner" / "de-europarl.test.conll02", n)
    docs = []
    for k, (s, t) in enumerate(zip(en, de)):
        doc = Doc(vocab_for("en"), words=s)
        doc._.xner_translation = Doc(vocab_for("de"), words=t)
        set_id(doc, f"europarl:{k}")
        docs.append(doc)
    empty = Doc(vocab_for("en"), words=["Hello"])
    empty._.xner_translation = Doc(vocab_for("de"), words=[])
    set_id(empty, "bad:empty")
    lonely = Doc(vocab_for("en"), words=["Alone"])
    set_id(lonely, "bad:untranslated")
    return docs + [empty, lonely]


@pytest.fixture()
def pairs_path(data_dir, tmp_path):
    path = tmp_path / "pairs.spacy"
    write_docbin(path, make_pairs(data_dir))
    return path


@pytest.mark.slow
def test_eflomal_component_initialize_and_serialize(data_dir, tmp_path):
    docs = make_pairs(data_dir, 45)
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"aligner": {"@xner_aligners": "spacy_xner.EflomalAligner.v1", "n_samplers": 1,
                                                      "rel_iterations": 0.3}})
    bitext_src, bitext_tgt = tmp_path / "b.en", tmp_path / "b.de"
    bitext_src.write_text("The house is red .\nThe tree is green .\n", encoding="utf-8")
    bitext_tgt.write_text("Das Haus ist rot .\nDer Baum ist grün .\n", encoding="utf-8")
    nlp.config["initialize"]["components"]["xner_aligner"] = {"bitext": [f"{bitext_src}:{bitext_tgt}"]}
    nlp.initialize(lambda: [Example(d, d) for d in docs[:40]])
    aligner = nlp.get_pipe("xner_aligner")
    # the bitext's words were learned (which English word each one links to is up to eflomal's random sampler)
    assert any(line.startswith("LEX\t") and line.split("\t")[2] in ("haus", "baum") for line in aligner.aligner.priors.split("\n"))
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("xner_aligner").aligner.priors == aligner.aligner.priors
    out = list(loaded.pipe(docs[40:]))
    assert get_alignment(out[0])  # a real pair gets links
    assert out[-2].user_data[SKIP_KEY] == "empty target sentence" and get_alignment(out[-2]) is None
    assert out[-1].user_data[SKIP_KEY] == "missing translation"
    single = loaded(make_pairs(data_dir, 3)[2])
    assert all(l.src < len(single) and l.tgt < len(single._.xner_translation) for l in get_alignment(single))


def test_neural_component(tiny_bert_dir, data_dir):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"aligner": {"@xner_aligners": "spacy_xner.NeuralAligner.v1", "model": str(tiny_bert_dir),
                                                     "layer": 2, "method": "softmax"}, "batch_size": 4})
    docs = list(nlp.pipe(make_pairs(data_dir, 6)))
    assert all(get_alignment(d) for d in docs[:6])
    assert all(0 < l.score <= 1 for d in docs[:6] for l in get_alignment(d))


@pytest.mark.slow
def test_align_cli_eflomal(pairs_path, tmp_path):
    out, pharaoh = tmp_path / "aligned.spacy", tmp_path / "aligned.txt"
    result = CliRunner().invoke(app, ["align", str(pairs_path), str(out), "--pharaoh", str(pharaoh), "--runs", "2",
                                      "--symmetrize", "intersection", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    docs = read_docbin(out)
    assert len(docs) == 62 and all(get_alignment(d) for d in docs[:60])
    pairs_of = lambda links: [(l.src, l.tgt) for l in links]  # noqa: E731  (Pharaoh keeps no scores)
    assert [pairs_of(a) for a in read_pharaoh(pharaoh)[:60]] == [pairs_of(get_alignment(d)) for d in docs[:60]]
    summary = json.loads(out.with_suffix(".summary.json").read_text())
    assert summary["done"] == 60 and summary["skipped"] == {"empty target sentence": 1, "missing translation": 1}
    assert summary["skipped_examples"]["empty target sentence"] == ["bad:empty"]
    assert {l.score for d in docs[:60] for l in get_alignment(d)} <= {0.5, 1.0}  # shares of the 2 voted runs


def test_default_aligner_config_is_the_measured_best():
    nlp = spacy.blank("en")
    aligner = nlp.add_pipe("xner_aligner").aligner
    assert nlp.config["components"]["xner_aligner"]["aligner"]["@xner_aligners"] == "spacy_xner.EflomalAligner.v2"
    assert aligner.similar_words is not None and aligner.prefix_len == 6
    assert aligner.runs == 3 and aligner.symmetrization == "vote"


def test_align_cli_neural_resumes_from_cache(pairs_path, tmp_path, tiny_bert_dir):
    args = ["align", str(pairs_path), str(tmp_path / "a.spacy"), "--aligner", "simalign", "--method", "match",
            "--model", str(tiny_bert_dir), "--layer", "2", "--batch-size", "16", "--cache-dir", str(tmp_path / "c")]
    assert CliRunner().invoke(app, args).exit_code == 0
    first = [get_alignment(d) for d in read_docbin(tmp_path / "a.spacy")]
    args[2] = str(tmp_path / "b.spacy")
    assert CliRunner().invoke(app, args).exit_code == 0
    summary = json.loads((tmp_path / "b.summary.json").read_text())
    assert summary["counts"]["cached batches"] == 4  # 60 aligned pairs in batches of 16, all from the cache
    assert [get_alignment(d) for d in read_docbin(tmp_path / "b.spacy")] == first


@pytest.mark.parametrize("extra,message", [
    (["--aligner", "giza"], "unknown --aligner"),
    (["--aligner", "awesome", "--method", "itermax"], "does not belong"),
    (["--aligner", "simalign", "--bitext", "a:b"], "eflomal only"),
    (["--bitext", "nofile.en:nofile.de"], "file not found"),
    (["--runs", "0"], "runs must be >= 1"),
    (["--similar-words", "-1"], "similar_words must be in [0, 1000]"),
    (["--aligner", "simalign", "--runs", "3"], "eflomal only"),
])
def test_align_cli_user_errors(pairs_path, tmp_path, extra, message):
    result = CliRunner().invoke(app, ["align", str(pairs_path), str(tmp_path / "o.spacy"), *extra])
    assert isinstance(result.exception, XnerError) and message in str(result.exception)
    assert not (tmp_path / "o.spacy").exists()
