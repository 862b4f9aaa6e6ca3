"""NMTScore properties on the tiny random model: self-similarity 1, symmetry, positivity."""
import numpy as np
import pytest

from spacy_xner.projection.spans import CandidateSpans
from spacy_xner.translation.nmt_score import NMTScore, NMTScorer
from spacy_xner.translation.registry import hf_translator
from spacy_xner.ty import WordSpan


@pytest.fixture(scope="module")
def scorer(tiny_nllb_dir):
    return NMTScorer(hf_translator(str(tiny_nllb_dir), batch_size=4))


def test_self_similarity_is_one(scorer):
    texts = ["Peter Blackburn", "the European Commission", "Brussels"]
    assert scorer(texts, texts, "en", "en") == pytest.approx([1.0] * 3, abs=1e-5)


def test_symmetric_and_positive(scorer):
    a, b = ["Peter Blackburn", "European Union", "Germany"], ["Bitrus Blackburn", "Tarayyar Turai", "Jamus"]
    ab = scorer(a, b, "en", "ha")
    ba = scorer(b, a, "ha", "en")
    assert ab == pytest.approx(ba, rel=1e-5)
    assert all(v > 0 for v in ab)
    # different strings are scored differently (the score is not a constant)
    assert len({round(v, 6) for v in ab}) > 1


def test_score_protocol_matrix(scorer):
    score = NMTScore(scorer, "en", "de", threshold=0.0)
    src = ["Peter", "Blackburn", "visited", "Bonn"]
    tgt = ["Peter", "Blackburn", "besuchte", "Bonn"]
    cands = CandidateSpans.from_spans([WordSpan(0, 2), WordSpan(3, 4), WordSpan(2, 3)])
    m = score(src, [WordSpan(0, 2, "PER"), WordSpan(3, 4, "LOC")], tgt, cands, [])
    assert m.shape == (2, 3) and np.all(m > 0)
    high = NMTScore(scorer, "en", "de", threshold=1e9)(src, [WordSpan(0, 2, "PER")], tgt, cands, [])
    assert np.all(high == 0)
