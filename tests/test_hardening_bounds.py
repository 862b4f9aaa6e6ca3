"""Issue 28.7: a runaway sentence (a whole document on one line) costs bounded time and memory.

Candidate matching builds entities × candidates matrices, quadratic in the sentence's length, so a
sentence longer than ``projection.max_tokens`` on either side is skipped with a counted reason before
any candidate is made; shorter sentences are projected exactly as before.
"""
import json

import pytest
import spacy
from spacy.tokens import Doc, Span

from spacy_xner.pipeline.build import build_component
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import set_alignment, set_id
from spacy_xner.errors import XnerError
from spacy_xner import reasons
from spacy_xner.pipeline.presets import method_config
from spacy_xner.ty import Link, WordSpan

from fixtures_pairs import one_line_error

LIMIT = 2000  # the documented default (benchmarks/README.projection.md)


def runaway(n_src, n_tgt=None):
    """Words, an entity every 10 words, and diagonal links: a long sentence every projector can place."""
    n_tgt = n_src if n_tgt is None else n_tgt
    src, tgt = [f"w{i}" for i in range(n_src)], [f"v{i}" for i in range(n_tgt)]
    spans = [WordSpan(i, i + 2, "LOC") for i in range(0, n_src - 1, 10)]
    return src, spans, tgt, [Link(i, i) for i in range(min(n_src, n_tgt))]


def projector(**settings):
    """The default projector (``xner project`` with no flags), with ``settings`` in its projection block."""
    return build_component("xner_projector", {"projection": {**method_config(), **settings}})


def test_default_bound_is_documented_and_in_the_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_projector")
    assert nlp.config["components"]["xner_projector"]["projection"]["max_tokens"] == LIMIT


@pytest.mark.parametrize("n_src,n_tgt", [(LIMIT + 1, 50), (50, LIMIT + 1), (LIMIT + 1, LIMIT + 1)])
def test_sentence_over_the_bound_on_either_side_is_skipped_with_a_reason(n_src, n_tgt):
    src, spans, tgt, links = runaway(n_src, n_tgt)
    outcome = projector().project_words(src, spans, tgt, links)
    assert outcome.reason == reasons.TOO_LONG and outcome.entities is None
    assert outcome.record["skipped"] == reasons.TOO_LONG
    assert [d["reason"] for d in outcome.record["dropped"]] == [reasons.TOO_LONG] * len(spans)  # each entity accounted


def test_sentence_at_the_bound_is_projected():
    src, spans, tgt, links = runaway(LIMIT)
    outcome = projector().project_words(src, spans, tgt, links)
    assert outcome.reason is None and outcome.entities == spans


@pytest.mark.parametrize("max_tokens", [None, 5000])
def test_the_bound_can_be_raised_or_lifted(max_tokens):
    src, spans, tgt, links = runaway(LIMIT + 500)
    outcome = projector(max_tokens=max_tokens).project_words(src, spans, tgt, links)
    assert outcome.reason is None and outcome.entities == spans


def test_a_skipped_sentence_builds_no_candidates():
    """The bound holds before any quadratic work: a 1,000,000-word line never reaches the candidate getter."""
    from spacy_xner.projection import AlignmentScore, CandidateMatching, GreedySolver, SentenceSkipped

    def no_candidates(*_):
        raise AssertionError("candidates built for a sentence over the bound")

    matching = CandidateMatching(no_candidates, [AlignmentScore()], GreedySolver(), max_tokens=LIMIT)
    src, spans, tgt, links = runaway(10, 1_000_000)
    with pytest.raises(SentenceSkipped) as skip:
        matching(src, spans, tgt, links)
    assert skip.value.reason == reasons.TOO_LONG


@pytest.mark.parametrize("value", [0, -3, 2.5, "many"])
def test_bad_bound_is_a_config_error_naming_the_setting(value):
    with pytest.raises(XnerError, match="projection.max_tokens"):
        projector(max_tokens=value)


def test_cli_counts_the_runaway_line_and_projects_the_rest(pairs, xner, tmp_path):
    root, n_entities = pairs
    src, spans, tgt, links = runaway(LIMIT + 1)
    doc = Doc(spacy.blank("en").vocab, words=src)
    doc.ents = [Span(doc, s.start, s.end, s.label) for s in spans]
    set_id(doc, "runaway")
    doc._.xner_translation = Doc(spacy.blank("de").vocab, words=tgt)
    set_alignment(doc, links)
    corpus = tmp_path / "corpus.spacy"
    write_docbin(corpus, [*read_docbin(root / "aligned.spacy"), doc])

    res = xner("project", corpus, tmp_path / "out.spacy")
    assert res.returncode == 0, res.stdout + res.stderr
    assert reasons.TOO_LONG in " ".join((res.stdout + res.stderr).split())  # the warning names the setting to raise
    summary = json.loads((tmp_path / "out.summary.json").read_text())
    assert summary["skipped"] == {reasons.TOO_LONG: 1} and summary["done"] == 40
    assert summary["skipped_examples"][reasons.TOO_LONG] == ["runaway"]
    assert summary["counts"]["entities_in_skipped_sentences"] == len(spans)
    assert summary["counts"]["entities_in"] == n_entities + len(spans)
    assert len(read_docbin(tmp_path / "out.spacy")) == 40

    res = xner("project", corpus, tmp_path / "raised.spacy", "--projection.max_tokens", LIMIT + 1)
    assert res.returncode == 0 and json.loads((tmp_path / "raised.summary.json").read_text())["done"] == 41


def test_cli_bad_bound_is_one_line(pairs, xner, tmp_path):
    root, _ = pairs
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--projection.max_tokens", 0),
                   "projection.max_tokens")
