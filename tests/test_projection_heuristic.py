"""Every rule of the heuristic on hand-built alignments."""
import pytest

from spacy_xner.projection import HeuristicProjection
from spacy_xner import reasons
from spacy_xner.ty import Link, WordSpan

SRC = [f"s{i}" for i in range(12)]
TGT = [f"t{i}" for i in range(12)]


def links(*pairs):
    return [Link(i, j) for i, j in pairs]


def spans(result):
    return [(p.span.start, p.span.end, p.span.label, p.source_index) for p in result.projected]


def test_exact_copy_keeps_label_and_score():
    res = HeuristicProjection()(SRC, [WordSpan(1, 3, "ORG")], TGT, links((1, 4), (2, 5)))
    assert spans(res) == [(4, 6, "ORG", 0)]
    assert res.projected[0].score == 1.0 and res.dropped == []


@pytest.mark.parametrize("distance,expected", [(0, [(4, 5), (6, 7)]), (1, [(4, 7)])])
def test_merge_distance_fills_gaps(distance, expected):
    proj = HeuristicProjection(merge_distance=distance, ratio_threshold=0.0)
    res = proj(SRC, [WordSpan(0, 2, "PER")], TGT, links((0, 4), (1, 6)))
    assert [(s, e) for s, e, *_ in spans(res)] == expected


def test_gap_wider_than_distance_is_not_merged():
    res = HeuristicProjection(merge_distance=1, ratio_threshold=0.0)(SRC, [WordSpan(0, 2, "PER")], TGT, links((0, 2), (1, 5)))
    assert [(s, e) for s, e, *_ in spans(res)] == [(2, 3), (5, 6)]


def test_ratio_threshold_is_strict():
    # a 4-word run for a 5-word entity: 4/5 = 0.8 is not above 0.8, so dropped; 5/5 is kept
    ent = [WordSpan(0, 5, "MISC")]
    short = HeuristicProjection(merge_distance=0)(SRC, ent, TGT, links(*[(i, i) for i in range(4)]))
    assert short.projected == [] and short.dropped[0].reason == reasons.BELOW_THRESHOLD
    full = HeuristicProjection(merge_distance=0)(SRC, ent, TGT, links(*[(i, i) for i in range(5)]))
    assert spans(full) == [(0, 5, "MISC", 0)]


def test_stray_single_link_is_filtered_but_main_run_kept():
    res = HeuristicProjection()(SRC, [WordSpan(0, 2, "LOC")], TGT, links((0, 1), (1, 2), (1, 9)))
    assert [(s, e) for s, e, *_ in spans(res)] == [(1, 3)]


def test_top_k_keeps_longest_runs():
    al = links((0, 0), (1, 1), (2, 5), (3, 9))
    ent = [WordSpan(0, 4, "ORG")]
    every = HeuristicProjection(merge_distance=0, ratio_threshold=0.0)(SRC, ent, TGT, al)
    top1 = HeuristicProjection(merge_distance=0, ratio_threshold=0.0, top_k=1)(SRC, ent, TGT, al)
    assert len(every.projected) == 3
    assert [(s, e) for s, e, *_ in spans(top1)] == [(0, 2)]


def test_only_i_blocks_merging_over_words_aligned_elsewhere():
    al = links((0, 3), (1, 5), (6, 4))  # the gap word t4 belongs to source word s6
    ent = [WordSpan(0, 2, "PER")]
    merged = HeuristicProjection(ratio_threshold=0.0)(SRC, ent, TGT, al)
    kept_apart = HeuristicProjection(ratio_threshold=0.0, only_i=True)(SRC, ent, TGT, al)
    assert [(s, e) for s, e, *_ in spans(merged)] == [(3, 6)]
    assert [(s, e) for s, e, *_ in spans(kept_apart)] == [(3, 4), (5, 6)]


def test_order_decides_who_wins_an_overlap_and_nothing_is_overwritten():
    ents = [WordSpan(0, 3, "ORG"), WordSpan(5, 6, "PER")]
    al = links((0, 2), (1, 3), (2, 4), (5, 3))
    first = HeuristicProjection()(SRC, ents, TGT, al)
    assert spans(first) == [(2, 5, "ORG", 0)]
    assert [(d.source_index, d.reason) for d in first.dropped] == [(1, reasons.OVERLAP_LOST)]
    shortest = HeuristicProjection(order="shortest_first")(SRC, ents, TGT, al)
    assert spans(shortest) == [(3, 4, "PER", 1)]
    assert shortest.dropped[0].source_index == 0


def test_entity_without_links_is_dropped_with_reason():
    res = HeuristicProjection()(SRC, [WordSpan(0, 1, "PER"), WordSpan(3, 4, "LOC")], TGT, links((3, 3)))
    assert spans(res) == [(3, 4, "LOC", 1)]
    assert [(d.source_index, d.reason) for d in res.dropped] == [(0, reasons.NO_LINKS)]


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError):
        HeuristicProjection(order="random")
    with pytest.raises(ValueError):
        HeuristicProjection(top_k=0)
