"""Candidate extraction and scores on hand-built cases."""
import numpy as np
import pytest

from spacy_xner.projection import AlignedRangeCandidates, AlignmentScore, SpanCandidates, StringSimilarityScore
from spacy_xner.projection.registry import ngram_candidates
from spacy_xner.projection.spans import CandidateSpans
from spacy_xner.ty import Link, WordSpan


def pairs(c):
    return list(zip(c.starts.tolist(), c.ends.tolist()))


def test_ngrams_up_to_max_len():
    c = ngram_candidates(max_len=2)([], [], ["a", "b", "c"], [])
    assert sorted(pairs(c)) == [(0, 1), (0, 2), (1, 2), (1, 3), (2, 3)]


def test_ngrams_skip_spans_with_exclamation_or_question_marks():
    c = ngram_candidates(max_len=3)([], [], ["a", "!", "b", "c?"], [])
    assert sorted(pairs(c)) == [(0, 1), (2, 3)]


def test_aligned_range_candidates_start_and_end_on_aligned_words():
    al = [Link(0, 1), Link(0, 3), Link(1, 4), Link(5, 0)]
    c = AlignedRangeCandidates()(["s"] * 6, [WordSpan(0, 2, "ORG")], ["t"] * 6, al)
    assert sorted(pairs(c)) == [(1, 2), (1, 4), (1, 5), (3, 4), (3, 5), (4, 5)]
    assert pairs(AlignedRangeCandidates(max_len=2)(["s"] * 6, [WordSpan(0, 2, "ORG")], ["t"] * 6, al)) == [(1, 2), (3, 4), (3, 5), (4, 5)]


def test_span_candidates_from_a_callable_ignore_labels_and_out_of_range_spans():
    c = SpanCandidates(lambda words: [WordSpan(0, 2, "X"), WordSpan(1, 2, "Y"), WordSpan(2, 9, "Z")])([], [], ["a", "b", "c"], [])
    assert pairs(c) == [(0, 2), (1, 2)]


def test_alignment_score_formula():
    cands = CandidateSpans(np.array([0, 0, 2]), np.array([1, 2, 3]))
    al = [Link(0, 0), Link(1, 1), Link(1, 1)]  # duplicate link counted once
    score = AlignmentScore()(["a", "b"], [WordSpan(0, 2, "PER")], ["x", "y", "z"], cands, al)
    # 2*1/(2+1), 2*2/(2+2), 0
    np.testing.assert_allclose(score, [[2 / 3, 1.0, 0.0]])


def test_alignment_score_threshold_and_weight_attribute():
    cands = CandidateSpans(np.array([0]), np.array([3]))
    score = AlignmentScore(weight=2.0, threshold=0.5)(["a"], [WordSpan(0, 1, "PER")], ["x", "y", "z"], cands, [Link(0, 0)])
    np.testing.assert_allclose(score, [[0.5]])  # 2*1/(1+3) = 0.5 is not below the threshold
    assert AlignmentScore(weight=2.0).weight == 2.0


def test_string_similarity_finds_copied_names_without_links():
    tgt = "Herr Schulz aus Berlin".split()
    cands = ngram_candidates(max_len=2)([], [], tgt, [])
    score = StringSimilarityScore(threshold=0.6)(["Mr", "Schulz"], [WordSpan(1, 2, "PER")], tgt, cands, [])
    best = int(score[0].argmax())
    assert (cands.starts[best], cands.ends[best]) == (1, 2) and score[0, best] == pytest.approx(1.0)
    assert (score[0] == 0).sum() >= len(cands) - 3  # dissimilar strings are cut to zero
