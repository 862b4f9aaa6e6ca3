"""The NER score (DESIGN §1) on hand-set probability tables, and its wiring into candidate matching."""
import numpy as np
import pytest
from spacy.util import registry

from spacy_xner.ner.scores import NerScore, ner_score_matrix
from spacy_xner.ner.tagging import Tagged, decode
from spacy_xner.projection import CandidateMatching, GreedySolver
from spacy_xner.projection.registry import ngram_candidates
from spacy_xner.pipeline.presets import projector_config
from spacy_xner.pipeline.presets import method_config
from spacy_xner.projection.spans import CandidateSpans
from spacy_xner.errors import XnerError
from spacy_xner.ty import Link, WordSpan

CLASSES = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC")


def table(rows):
    probs = np.array(rows, dtype=np.float64)
    return Tagged(decode(probs, CLASSES), probs, CLASSES)


# "der Präsident Jacques Chirac sprach ." : argmax B-PER I-PER at words 2-3, a weak LOC guess nowhere
TAGGED = table([
    [0.90, 0.02, 0.02, 0.04, 0.02],
    [0.60, 0.30, 0.05, 0.03, 0.02],
    [0.10, 0.70, 0.10, 0.08, 0.02],
    [0.20, 0.05, 0.65, 0.02, 0.08],
    [0.95, 0.01, 0.01, 0.02, 0.01],
    [0.97, 0.01, 0.01, 0.00, 0.01],
])


class FixedTagger:
    """A test double: the same table for any sentence."""

    def __init__(self, tagged):
        self.tagged = tagged

    def __call__(self, batch):
        return [self.tagged for _ in batch]


def test_decode_gives_the_argmax_span():
    assert TAGGED.spans == [WordSpan(2, 4, "PER")]


def test_value_is_mean_probability_with_bonus_only_for_the_predicted_span():
    cands = CandidateSpans.from_spans([WordSpan(2, 4), WordSpan(1, 4), WordSpan(2, 3)])
    score = ner_score_matrix(TAGGED, ["PER"], cands, alpha=1.15)
    by_span = dict(zip(zip(cands.starts.tolist(), cands.ends.tolist()), score[0]))
    assert by_span[(2, 4)] == pytest.approx((0.70 + 0.65) / 2 * 1.15)
    assert by_span[(1, 4)] == pytest.approx((0.30 + 0.10 + 0.65) / 3)
    assert by_span[(2, 3)] == pytest.approx(0.70)


def test_predicted_full_span_beats_its_prefixes_and_extensions():
    cands = ngram_candidates(max_len=6)([], [], ["w"] * 6, [])
    score = ner_score_matrix(TAGGED, ["PER"], cands, alpha=1.15)[0]
    spans = list(zip(cands.starts.tolist(), cands.ends.tolist()))
    best = spans[int(score.argmax())]
    assert best == (2, 4)
    full = score[spans.index((2, 4))]
    assert score[spans.index((2, 3))] < full  # the prefix
    assert score[spans.index((2, 5))] < full and score[spans.index((1, 4))] < full  # extensions


def test_other_label_and_unknown_label():
    cands = CandidateSpans.from_spans([WordSpan(2, 4)])
    score = ner_score_matrix(TAGGED, ["LOC", "ORG"], cands, alpha=1.15)
    assert score[0, 0] == pytest.approx((0.08 + 0.08) / 2)  # no bonus: the argmax span is PER
    assert score[1, 0] == 0.0  # the tagger has no ORG


def test_iob1_model_opens_entities_with_i():
    classes = ("O", "I-PER", "B-LOC", "I-LOC")  # like the CoNLL-2003 XLM-R model: no B-PER
    probs = np.array([[0.1, 0.8, 0.05, 0.05], [0.1, 0.85, 0.0, 0.05], [0.9, 0.05, 0.0, 0.05]])
    tagged = Tagged(decode(probs, classes), probs, classes)
    assert tagged.spans == [WordSpan(0, 2, "PER")]
    score = ner_score_matrix(tagged, ["PER"], CandidateSpans.from_spans([WordSpan(0, 2)]), alpha=1.15)
    assert score[0, 0] == pytest.approx((0.8 + 0.85) / 2 * 1.15)


def test_threshold_zeroes_weak_pairs_and_empty_inputs():
    scorer = NerScore(FixedTagger(TAGGED), threshold=0.05)
    words = ["der", "Präsident", "Jacques", "Chirac", "sprach", "."]
    cands = CandidateSpans.from_spans([WordSpan(2, 4), WordSpan(4, 6)])
    score = scorer(["x"], [WordSpan(0, 1, "PER")], words, cands, [])
    assert score[0, 0] > 1.0 * 0.6 and score[0, 1] == 0.0  # (0.01+0.01)/2 < 0.05
    assert scorer(["x"], [], words, cands, []).shape == (0, 2)


def test_ner_score_fused_with_alignment_picks_the_ner_span():
    """The alignment links only "Chirac"; the NER score extends the projection to the full name."""
    tagger = FixedTagger(TAGGED)
    cfg = {"p": {
        "@xner_projections": "spacy_xner.CandidateMatching.v1",
        "candidates": {"@xner_candidates": "spacy_xner.NgramCandidates.v1", "max_len": 4},
        "scores": {"alignment": {"@xner_scores": "spacy_xner.AlignmentScore.v1"},
                   "ner": {"@xner_scores": "spacy_xner.NerScore.v1", "tagger": {"@xner_taggers": "test_fixed_tagger.v1"}}},
        "solver": {"@xner_solvers": "spacy_xner.GreedySolver.v1"},
    }}
    registry.xner_taggers.register("test_fixed_tagger.v1", func=lambda: tagger)
    projector = registry.resolve(cfg)["p"]
    src = ["President", "Jacques", "Chirac", "spoke", "."]
    tgt = ["der", "Präsident", "Jacques", "Chirac", "sprach", "."]
    links = [Link(0, 1), Link(2, 3), Link(3, 4), Link(4, 5)]
    result = projector(src, [WordSpan(1, 3, "PER")], tgt, links)
    assert [p.span for p in result.projected] == [WordSpan(2, 4, "PER")]
    alignment_only = CandidateMatching(ngram_candidates(4), [registry.resolve(cfg)["p"].scores[0]], GreedySolver())
    assert [p.span for p in alignment_only(src, [WordSpan(1, 3, "PER")], tgt, links).projected] == [WordSpan(3, 4, "PER")]


def test_method_ner_needs_a_model():
    with pytest.raises(XnerError, match="--ner-model"):
        projector_config("ner")
    with pytest.raises(XnerError, match="tagger"):
        method_config("ner")
    cfg = projector_config("ner", "ilp", ner_model="some/hub-model")["projection"]
    assert cfg["candidates"] == {"@xner_candidates": "spacy_xner.NerCandidates.v1",
                                 "tagger": {"@xner_taggers": "spacy_xner.HFTagger.v1", "model": "some/hub-model"}}
    assert cfg["solver"]["@xner_solvers"] == "spacy_xner.ILPSolver.v1"
