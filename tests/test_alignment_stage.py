"""``xner align`` with eflomal as a stream: chunks aligned with priors learned once, one chunk as ever."""
import json

import pytest

from spacy_xner.alignment.stage import AlignStage
from spacy_xner.alignment.statistical import EflomalAligner
from spacy_xner.corpora.docbin import iter_docs, read_docbin
from spacy_xner.docs import get_alignment

N_PAIRS = 40  # the ``pairs`` fixture


@pytest.fixture
def eflomal_calls(monkeypatch):
    """Every eflomal run: ('learn', pairs) for priors, ('align', pairs, learned priors given?) otherwise."""
    calls = []
    learn, align = EflomalAligner.priors_of, EflomalAligner.align_directional

    def priors_of(self, text):
        calls.append(("learn", text.n_pairs))
        return learn(self, text)

    def align_directional(self, pairs, priors=None):
        calls.append(("align", len(pairs), "HMMF\t" in (priors or "")))  # jump priors: learned, not look-alikes
        return align(self, pairs, priors)

    monkeypatch.setattr(EflomalAligner, "priors_of", priors_of)
    monkeypatch.setattr(EflomalAligner, "align_directional", align_directional)
    return calls


@pytest.fixture
def bitext(tmp_path):
    en, de = tmp_path / "bitext.en", tmp_path / "bitext.de"
    en.write_text("The house is big .\nA small cat .\n", encoding="utf-8")
    de.write_text("Das Haus ist groß .\nEine kleine Katze .\n", encoding="utf-8")
    return f"{en}:{de}"


def test_a_corpus_bigger_than_a_chunk_is_aligned_chunk_by_chunk_with_priors_learned_once(
        xner, pairs, bitext, eflomal_calls, tmp_path):
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    result = xner("align", root / "pairs.spacy", out, "--chunk-size", "15", "--runs", "1", "--bitext", bitext)
    assert result.returncode == 0, result.stderr
    # one learning run over every pair and the bitext, then each chunk alone with the learned priors
    assert eflomal_calls == [("learn", N_PAIRS + 2), ("align", 15, True), ("align", 15, True), ("align", 10, True)]
    docs = read_docbin(out)
    assert len(docs) == N_PAIRS and all(get_alignment(d) for d in docs)
    summary = json.loads(out.with_suffix(".summary.json").read_text())
    assert summary["sentences_in"] == summary["done"] == N_PAIRS
    assert not (tmp_path / "aligned.spacy.shards").exists()  # the priors kept for a rerun go with success


def test_a_corpus_of_one_chunk_is_aligned_in_one_run_with_the_bitext(xner, pairs, bitext, eflomal_calls, tmp_path):
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    assert xner("align", root / "pairs.spacy", out, "--runs", "2", "--bitext", bitext).returncode == 0
    assert eflomal_calls == [("align", N_PAIRS + 2, False)] * 2  # as before streaming: no priors, every pair at once
    assert len(read_docbin(out)) == N_PAIRS


def test_without_shared_priors_each_chunk_is_aligned_with_the_bitext(xner, pairs, bitext, eflomal_calls, tmp_path):
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    args = ("--chunk-size", "25", "--runs", "1", "--bitext", bitext, "--no-shared-priors")
    assert xner("align", root / "pairs.spacy", out, *args).returncode == 0
    assert eflomal_calls == [("align", 25 + 2, False), ("align", 15 + 2, False)]


def test_a_rerun_reuses_the_priors_learned_on_the_same_input(pairs, eflomal_calls, tmp_path):
    root, _ = pairs
    stream = lambda: iter_docs(root / "pairs.spacy")  # noqa: E731
    first = AlignStage(chunk_size=15).prepare(stream, tmp_path)
    kept = list(tmp_path.iterdir())
    assert first.priors and len(kept) == 1 and kept[0].read_text(encoding="utf-8") == first.priors
    again = AlignStage(chunk_size=15).prepare(stream, tmp_path)
    assert again.priors == first.priors and [c[0] for c in eflomal_calls] == ["learn"]  # read, not relearned
    assert AlignStage(chunk_size=N_PAIRS).prepare(stream, tmp_path).priors is None  # one chunk: nothing to learn
    assert AlignStage(chunk_size=15, shared_priors=False).prepare(stream, tmp_path).priors is None
