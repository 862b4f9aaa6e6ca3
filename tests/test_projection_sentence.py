"""Per-sentence bad input becomes a reason, never a crash; label mapping; Pharaoh files."""
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacy_xner.alignment.pharaoh import format_line, parse_line, read_pharaoh, write_pharaoh
from spacy_xner.errors import InputError
from spacy_xner.projection import (AlignmentScore, CandidateMatching, GreedySolver, HeuristicProjection, ILPSolver,
                                   LabelMap, SentenceSkipped, project_sentence)
from spacy_xner.projection.registry import ngram_candidates
from spacy_xner import reasons
from spacy_xner.ty import Link, WordSpan

SRC = "Mr Schulz visited Berlin".split()
TGT = "Herr Schulz besuchte Berlin".split()
DIAG = [Link(i, i) for i in range(4)]
ENTS = [WordSpan(1, 2, "PER"), WordSpan(3, 4, "LOC")]
PROJECTORS = [
    HeuristicProjection(),
    CandidateMatching(ngram_candidates(), [AlignmentScore()], GreedySolver()),
    CandidateMatching(ngram_candidates(), [AlignmentScore()], ILPSolver()),
]


@pytest.mark.parametrize("projector", PROJECTORS)
@pytest.mark.parametrize(
    "src,tgt,links,reason",
    [
        ([], TGT, [], reasons.EMPTY_SOURCE),
        (SRC, [], [], reasons.EMPTY_TARGET),
        (SRC, TGT, DIAG + [Link(0, 4)], reasons.ALIGNMENT_OUT_OF_RANGE),
        (SRC, TGT, DIAG + [Link(7, 0)], reasons.ALIGNMENT_OUT_OF_RANGE),
        (SRC, TGT, DIAG + [Link(-1, 0)], reasons.ALIGNMENT_OUT_OF_RANGE),
    ],
)
def test_sentence_level_problems_skip_with_reason(projector, src, tgt, links, reason):
    spans = ENTS if src else []
    with pytest.raises(SentenceSkipped) as err:
        project_sentence(projector, src, spans, tgt, links)
    assert err.value.reason == reason


def test_entity_past_the_sentence_end_skips():
    with pytest.raises(SentenceSkipped, match=reasons.ENTITY_OUT_OF_RANGE):
        project_sentence(PROJECTORS[0], SRC, [WordSpan(3, 6, "LOC")], TGT, DIAG)


@pytest.mark.parametrize("projector", PROJECTORS)
def test_no_links_drops_every_entity_with_reason(projector):
    res = project_sentence(projector, SRC, ENTS, TGT, [])
    assert res.projected == []
    assert [(d.source_index, d.reason) for d in res.dropped] == [(0, reasons.NO_LINKS), (1, reasons.NO_LINKS)]


@pytest.mark.parametrize("projector", PROJECTORS)
def test_overlapping_source_entities_keep_the_first(projector):
    spans = [WordSpan(1, 2, "PER"), WordSpan(0, 2, "PER"), WordSpan(3, 4, "LOC")]
    res = project_sentence(projector, SRC, spans, TGT, DIAG)
    assert sorted((p.source_index, p.span.start, p.span.end) for p in res.projected) == [(0, 1, 2), (2, 3, 4)]
    assert [(d.source_index, d.reason) for d in res.dropped] == [(1, reasons.OVERLAPPING_SOURCE)]


@pytest.mark.parametrize("projector", PROJECTORS)
def test_label_map_renames_and_drops(projector):
    label_map = LabelMap(mapping={"PER": "PERSON"}, drop=("LOC",))
    res = project_sentence(projector, SRC, ENTS, TGT, DIAG, label_map)
    assert [(p.source_index, p.span.label) for p in res.projected] == [(0, "PERSON")]
    assert [(d.source_index, d.reason) for d in res.dropped] == [(1, reasons.LABEL_DROPPED)]


@pytest.mark.parametrize("projector", PROJECTORS)
def test_200_word_sentence_with_noisy_links(projector):
    rng = random.Random(1)
    n = 200
    src, tgt = [f"s{i}" for i in range(n)], [f"t{i}" for i in range(n)]
    spans = [WordSpan(i, i + 2, "ORG") for i in range(0, n - 2, 10)]
    links = [Link(i, i) for i in range(n)] + [Link(rng.randrange(n), rng.randrange(n)) for _ in range(40)]
    res = project_sentence(projector, src, spans, tgt, links)
    placed = sorted(p.span for p in res.projected)
    assert all(not a.overlaps(b) for a, b in zip(placed, placed[1:]))
    assert len(res.projected) + len({d.source_index for d in res.dropped}) >= len(spans)
    assert len(res.projected) >= 0.8 * len(spans)


def test_pharaoh_round_trip(tmp_path):
    alignments = [[Link(0, 1), Link(2, 0)], [], [Link(3, 3, 0.25)]]
    path = tmp_path / "a.pharaoh"
    write_pharaoh(path, alignments, scores=True)
    assert read_pharaoh(path) == alignments
    assert format_line(alignments[0]) == "0-1 2-0"
    assert parse_line(" 1-2  3-4 ") == [Link(1, 2), Link(3, 4)]


@pytest.mark.parametrize("text,line", [("0-1\n1-x\n", 2), ("0-1 2\n", 1), ("0-1\n\n3--1\n", 3)])
def test_pharaoh_errors_name_file_and_line(tmp_path, text, line):
    path = tmp_path / "bad.pharaoh"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        read_pharaoh(path)
    assert err.value.line == line and str(path) in str(err.value)


def test_pharaoh_missing_file(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_pharaoh(tmp_path / "nope.pharaoh")


def test_pharaoh_empty_line_is_a_pair_without_links(tmp_path):
    path = tmp_path / "a.pharaoh"
    path.write_text("0-0\n\n1-1\n", encoding="utf-8")
    assert read_pharaoh(path) == [[Link(0, 0)], [], [Link(1, 1)]]


@st.composite
def sentences(draw):
    n_src, n_tgt = draw(st.integers(1, 15)), draw(st.integers(1, 15))
    cuts = sorted(draw(st.sets(st.integers(0, n_src), max_size=8)))
    spans = [WordSpan(a, b, draw(st.sampled_from(["PER", "LOC"]))) for a, b in zip(cuts, cuts[1:]) if draw(st.booleans())]
    links = draw(st.lists(st.tuples(st.integers(0, n_src - 1), st.integers(0, n_tgt - 1)), max_size=25))
    return [f"s{i}" for i in range(n_src)], spans, [f"t{j}" for j in range(n_tgt)], [Link(i, j) for i, j in links]


@settings(max_examples=100, deadline=None)
@given(sentences(), st.sampled_from(["heuristic", "greedy", "ilp"]))
def test_any_projector_output_is_consistent(sentence, kind):
    """No overlapping outputs, each entity placed at most once (top_k=1 / n_proj=1), every entity accounted for."""
    src, spans, tgt, links = sentence
    projector = {
        "heuristic": HeuristicProjection(top_k=1),
        "greedy": CandidateMatching(ngram_candidates(max_len=4), [AlignmentScore()], GreedySolver()),
        "ilp": CandidateMatching(ngram_candidates(max_len=4), [AlignmentScore()], ILPSolver()),
    }[kind]
    res = project_sentence(projector, src, spans, tgt, links)
    placed = sorted(p.span for p in res.projected)
    assert all(not a.overlaps(b) for a, b in zip(placed, placed[1:]))
    assert all(p.span.end <= len(tgt) for p in res.projected)
    placed_ids = [p.source_index for p in res.projected]
    assert len(placed_ids) == len(set(placed_ids))
    assert sorted(placed_ids + [d.source_index for d in res.dropped]) == list(range(len(spans)))
    assert all(p.span.label == spans[p.source_index].label for p in res.projected)
