"""``xner align`` with eflomal as a stream: the whole input aligned at once (the default), or chunks
aligned with priors learned once (``--chunk-size``)."""
import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from spacy_xner.accounting import StageSummary
from spacy_xner.errors import XnerError
from spacy_xner.pipeline.align import AlignStage
from spacy_xner.alignment.eflomal import EflomalAligner
from spacy_xner.corpora.docbin import iter_docs, read_docbin
from spacy_xner.docs import get_alignment

N_PAIRS = 40  # the ``pairs`` fixture


@pytest.fixture
def eflomal_calls(monkeypatch):
    """Every eflomal run: ('learn', pairs) for priors, ('align', pairs, learned priors given?) for a chunk,
    ('whole', pairs) for a run over the whole input."""
    calls = []
    learn, align, whole = EflomalAligner.priors_of, EflomalAligner.align_directional, EflomalAligner.align_text

    def priors_of(self, text):
        calls.append(("learn", text.n_pairs))
        return learn(self, text)

    def align_directional(self, pairs, priors=None):
        calls.append(("align", len(pairs), "HMMF\t" in (priors or "")))  # jump priors: learned, not look-alikes
        return align(self, pairs, priors)

    def align_text(self, text, links):
        calls.extend([("whole", text.n_pairs)] * self.runs)
        return whole(self, text, links)

    monkeypatch.setattr(EflomalAligner, "priors_of", priors_of)
    monkeypatch.setattr(EflomalAligner, "align_directional", align_directional)
    monkeypatch.setattr(EflomalAligner, "align_text", align_text)
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


def test_by_default_the_whole_input_is_aligned_at_once_with_the_bitext(xner, pairs, bitext, eflomal_calls, tmp_path):
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    assert xner("align", root / "pairs.spacy", out, "--runs", "2", "--bitext", bitext).returncode == 0
    assert eflomal_calls == [("whole", N_PAIRS + 2)] * 2  # no learned priors: every pair and the bitext in each run
    docs = read_docbin(out)
    assert len(docs) == N_PAIRS and all(get_alignment(d) for d in docs)
    assert not (tmp_path / "aligned.spacy.shards").exists()  # the links kept for a rerun go with success


def test_without_shared_priors_each_chunk_is_aligned_with_the_bitext(xner, pairs, bitext, eflomal_calls, tmp_path):
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    args = ("--chunk-size", "25", "--runs", "1", "--bitext", bitext, "--no-shared-priors")
    assert xner("align", root / "pairs.spacy", out, *args).returncode == 0
    assert eflomal_calls == [("align", 25 + 2, False), ("align", 15 + 2, False)]


def test_a_rerun_reuses_the_priors_learned_on_the_same_input(pairs, eflomal_calls, tmp_path):
    root, _ = pairs
    stream = lambda: iter_docs(root / "pairs.spacy")  # noqa: E731
    first = AlignStage({"whole_input": False}, chunk_size=15).prepare(stream, tmp_path)
    kept = list(tmp_path.iterdir())
    assert first.priors and len(kept) == 1 and kept[0].read_text(encoding="utf-8") == first.priors
    again = AlignStage({"whole_input": False}, chunk_size=15).prepare(stream, tmp_path)
    assert again.priors == first.priors and [c[0] for c in eflomal_calls] == ["learn"]  # read, not relearned
    assert AlignStage({"whole_input": False}, chunk_size=N_PAIRS).prepare(stream, tmp_path).priors is None  # one chunk
    assert AlignStage({"whole_input": False}, chunk_size=15, shared_priors=False).prepare(stream, tmp_path).priors is None


def test_a_rerun_reuses_the_links_of_the_whole_input(pairs, eflomal_calls, tmp_path):
    root, _ = pairs
    stream = lambda: iter_docs(root / "pairs.spacy")  # noqa: E731
    first = AlignStage({"aligner": {"runs": 1}}).prepare(stream, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [Path(first.links).name]
    again = AlignStage({"aligner": {"runs": 1}}).prepare(stream, tmp_path)
    assert again.links == first.links and eflomal_calls == [("whole", N_PAIRS)]  # read, not aligned again
    assert AlignStage({"aligner": {"runs": 2}}).prepare(stream, tmp_path).links != first.links  # other settings


def _diagonal_eflomal(self, tmp, src_lines, tgt_lines, n_sentences, priors, runs=1):
    """eflomal's link files as runs that link word i to word i would write them (the same in every run)."""
    lines = "".join(" ".join(f"{i}-{i}" for i in range(min(len(s.split()), len(t.split())))) + "\n"
                    for s, t in zip(src_lines, tgt_lines))
    done = []
    for run in range(runs):
        files = {"fwd": tmp / f"fwd.{run}", "rev": tmp / f"rev.{run}"}
        for path in files.values():
            path.write_text(lines, encoding="utf-8")
        done.append(files)
    return done


def test_every_pair_gets_its_own_line_of_the_whole_inputs_links_around_skipped_pairs(pairs, monkeypatch, tmp_path):
    """Pairs the aligner skips (missing translation, a length ratio beyond the limit) are not in eflomal's input,
    so the n-th line belongs to the n-th pair aligned: read over chunks in order, every pair gets its own."""
    root, _ = pairs
    monkeypatch.setattr(EflomalAligner, "_run", _diagonal_eflomal)
    docs = read_docbin(root / "pairs.spacy")
    for doc in docs[3::4]:
        doc._.xner_translation = None
    lopsided = docs[5]._.xner_translation
    docs[5]._.xner_translation = Doc(lopsided.vocab, words=[t.text for t in lopsided] * 20)
    stage = AlignStage({"max_length_ratio": 3.0}, chunk_size=7).prepare(lambda: iter(docs), tmp_path)
    worker = stage.load()
    out, stats = [], StageSummary("align")
    for start in range(0, len(docs), 7):
        chunk, part = worker(docs[start : start + 7], start)
        out += chunk
        stats.merge(part)
    assert stats.skipped == {"missing translation": 10, "length ratio above 3": 1} and stats.done == N_PAIRS - 11
    for doc in out:
        if doc._.xner_translation is None or doc is docs[5]:
            assert get_alignment(doc) is None
        else:
            n = min(len(doc), len(doc._.xner_translation))
            assert [(l.src, l.tgt, l.score) for l in get_alignment(doc)] == [(i, i, 1.0) for i in range(n)]


def test_a_links_file_out_of_step_with_the_input_is_an_error_naming_it(pairs, monkeypatch, tmp_path):
    root, _ = pairs
    monkeypatch.setattr(EflomalAligner, "_run", _diagonal_eflomal)
    stream = lambda: iter_docs(root / "pairs.spacy")  # noqa: E731
    stage = AlignStage().prepare(stream, tmp_path)
    links = Path(stage.links)
    links.write_text("".join(links.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    with pytest.raises(XnerError, match="ends before the input"):
        stage.load()(list(stream()), 0)
    links.write_text("0-999\n" * N_PAIRS, encoding="utf-8")
    with pytest.raises(XnerError, match=":1: links beyond"):
        stage.load()(list(stream()), 0)


@pytest.mark.parametrize("damage", [lambda p: p.write_text(p.read_text(encoding="utf-8")[:30], encoding="utf-8"),
                                    lambda p: p.write_text("0-999\n" * N_PAIRS, encoding="utf-8"),
                                    lambda p: p.write_bytes(b"\xff\xfe" * 50)],
                         ids=["truncated", "links beyond the words", "not text"])
def test_the_whole_inputs_links_in_a_cache_folder_are_reused_and_a_damaged_file_is_made_again(
        xner, pairs, eflomal_calls, tmp_path, damage):
    root, _ = pairs
    args = ("align", root / "pairs.spacy", tmp_path / "o.spacy", "--runs", "1", "--cache-dir", tmp_path / "cache")
    assert xner(*args).returncode == 0
    (kept,) = (tmp_path / "cache").iterdir()
    aligned = [get_alignment(d) for d in read_docbin(tmp_path / "o.spacy")]
    assert xner(*args).returncode == 0 and eflomal_calls == [("whole", N_PAIRS)]  # reused after success
    assert [get_alignment(d) for d in read_docbin(tmp_path / "o.spacy")] == aligned
    damage(kept)
    res = xner(*args)
    assert res.returncode == 0 and "does not fit the input" in res.stdout
    assert eflomal_calls == [("whole", N_PAIRS)] * 2 and all(get_alignment(d) for d in read_docbin(tmp_path / "o.spacy"))
