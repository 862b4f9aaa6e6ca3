"""Symmetrization, combination, composition, punctuation filter, pair checks."""
import pytest

from spacy_xner.alignment.links import combine, compose, drop_punct_links, skip_reason, symmetrize
from spacy_xner.ty import Link

FWD = [(0, 0), (1, 1), (2, 1), (3, 3)]
REV = [(0, 0), (1, 1), (2, 2), (3, 2)]


def pairs(links):
    return [(l.src, l.tgt) for l in links]


def test_intersection_union_directional():
    assert pairs(symmetrize(FWD, REV, "intersection")) == [(0, 0), (1, 1)]
    assert pairs(symmetrize(FWD, REV, "union")) == sorted(set(FWD) | set(REV))
    assert pairs(symmetrize(FWD, REV, "forward")) == FWD
    assert pairs(symmetrize(FWD, REV, "reverse")) == REV


def test_grow_diag_final_and_by_hand():
    # start {(0,0),(1,1)}. grow: neighbours of (1,1) in the union: (2,1) [src 2 unaligned] -> add;
    # (2,2) [tgt 2 unaligned] -> add; then neighbours of (2,2): (3,2)? src 3 unaligned -> add; (3,3): src 3 now aligned,
    # tgt 3 unaligned -> add (diagonal neighbour of (2,2)). Nothing left for final-and.
    assert pairs(symmetrize(FWD, REV, "grow-diag-final-and")) == [(0, 0), (1, 1), (2, 1), (2, 2), (3, 2), (3, 3)]


def test_grow_diag_final_and_final_step_only_joins_unaligned_words():
    # (0,0) agreed; (5,5) only forward and isolated -> added by final-and; (0,4) only reverse, src 0 aligned -> not added
    assert pairs(symmetrize([(0, 0), (5, 5)], [(0, 0), (0, 4)], "grow-diag-final-and")) == [(0, 0), (5, 5)]


def test_unknown_symmetrization():
    with pytest.raises(ValueError):
        symmetrize(FWD, REV, "diag")


def test_combine_modes():
    direct = [Link(0, 0, 1.0), Link(1, 1, 0.8)]
    back = [Link(0, 0, 0.6), Link(2, 2, 1.0)]
    assert combine(direct, back, "intersection") == [Link(0, 0, 0.6)]
    assert combine(direct, back, "union") == [Link(0, 0, 1.0), Link(1, 1, 0.8), Link(2, 2, 1.0)]
    # weighted 0.5: (0,0)=0.8, (1,1)=0.4, (2,2)=0.5 ; threshold 0.5 keeps (0,0) and (2,2)
    got = combine(direct, back, "weighted", weight=0.5, threshold=0.5)
    assert pairs(got) == [(0, 0), (2, 2)] and got[0].score == pytest.approx(0.8)
    assert pairs(combine(direct, back, "weighted", weight=0.9, threshold=0.5)) == [(0, 0), (1, 1)]


def test_compose_through_pivot():
    src_to_pseudo = [Link(0, 1), Link(1, 0), Link(2, 2, 0.5)]
    pseudo_to_tgt = [Link(0, 0), Link(1, 2), Link(2, 2)]
    got = compose(src_to_pseudo, pseudo_to_tgt)
    assert got == [Link(0, 2, 1.0), Link(1, 0, 1.0), Link(2, 2, 0.5)]


def test_punctuation_filter():
    src, tgt = ["Hello", ",", "world", "!"], ["Hallo", ",", "Welt", "!"]
    links = [Link(0, 0), Link(1, 1), Link(1, 2), Link(3, 0), Link(3, 3)]
    assert pairs(drop_punct_links(links, src, tgt)) == [(0, 0), (1, 1), (3, 3)]


def test_skip_reasons():
    assert skip_reason([], ["a"]) == "empty source sentence"
    assert skip_reason(["a"], []) == "empty target sentence"
    assert skip_reason(["a"] * 5, ["b"] * 5, max_words=4) == "longer than 4 words"
    assert skip_reason(["a"] * 2, ["b"] * 30, max_ratio=4) == "length ratio above 4"
    assert skip_reason(["a"] * 2, ["b"] * 30) is None
    assert skip_reason(["日本", "語"], ["Japanese"], max_words=1023, max_ratio=4) is None


def test_registered_names_resolve():
    from spacy.util import registry

    import spacy_xner.alignment.registry  # noqa: F401
    from spacy_xner.alignment.neural import NeuralAligner
    from spacy_xner.alignment.eflomal import EflomalAligner

    assert isinstance(registry.xner_aligners.get("spacy_xner.EflomalAligner.v1")(symmetrization="intersection"), EflomalAligner)
    neural = registry.xner_aligners.get("spacy_xner.NeuralAligner.v1")(method="softmax")
    assert isinstance(neural, NeuralAligner) and neural._model is None  # nothing loaded before first use
    combined = registry.xner_combiners.get("spacy_xner.CombinedAlignment.v1")(method="union")
    assert combined([Link(0, 0)], [Link(1, 1)]) == [Link(0, 0), Link(1, 1)]
