"""Solvers: every constraint type by hand, and hypothesis checks (ILP = brute-force optimum, greedy feasible)."""
import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spacy_xner.projection import GreedySolver, ILPSolver
from spacy_xner.projection.spans import CandidateSpans


def cands(*pairs):
    return CandidateSpans(np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs]))


def total(scores, matching):
    return sum(scores[i, j] for i, j in matching)


def feasible(matching, scores, c, n_proj, constraint):
    chosen = [j for _, j in matching]
    if len(set(chosen)) != len(chosen):
        return False
    for a, b in itertools.combinations(chosen, 2):
        if c.starts[a] < c.ends[b] and c.starts[b] < c.ends[a]:
            return False
    if any(scores[i, j] <= 0 for i, j in matching):
        return False
    counts = np.bincount([i for i, _ in matching], minlength=len(scores))
    rows = (scores > 0).any(axis=1)
    if constraint == "<=":
        return bool((counts <= n_proj).all())
    if constraint == "=":
        return bool((counts[rows] == n_proj).all())
    return bool((counts[rows] >= n_proj).all())


def brute_force(scores, c, n_proj, constraint):
    """Best total over every subset of positive pairs; None if no subset is feasible."""
    pairs = list(zip(*np.nonzero(scores > 0)))
    best = None
    for r in range(len(pairs) + 1):
        for subset in itertools.combinations(pairs, r):
            if feasible(subset, scores, c, n_proj, constraint):
                value = total(scores, subset)
                best = value if best is None else max(best, value)
    return best


# two entities, three candidates: (0,2) overlaps both (0,1) and (1,2)
C3 = cands((0, 1), (0, 2), (1, 2))


def test_greedy_takes_best_first_ilp_finds_better_total():
    scores = np.array([[0.6, 1.0, 0.0], [0.0, 0.9, 0.8]])
    greedy = GreedySolver()(scores, C3)
    ilp = ILPSolver()(scores, C3)
    assert sorted(greedy) == [(0, 1)]
    assert sorted(ilp) == [(0, 0), (1, 2)] and total(scores, ilp) == pytest.approx(1.4)


def test_le_constraint_allows_unplaced_entities():
    scores = np.array([[1.0, 0.0, 0.0], [0.5, 0.0, 0.0]])
    assert sorted(ILPSolver(constraint="<=")(scores, C3)) == [(0, 0)]


def test_eq_constraint_forces_every_scored_entity_and_reports_infeasible():
    scores = np.array([[1.0, 0.0, 0.0], [0.5, 0.0, 0.2]])
    assert sorted(ILPSolver(constraint="=")(scores, C3)) == [(0, 0), (1, 2)]
    clash = np.array([[1.0, 0.0, 0.0], [0.5, 0.0, 0.0]])
    assert ILPSolver(constraint="=")(clash, C3) is None


def test_ge_constraint_places_entities_more_than_once():
    c = cands((0, 1), (2, 3), (4, 5))
    scores = np.array([[1.0, 0.4, 0.3]])
    assert sorted(ILPSolver(n_proj=1, constraint=">=")(scores, c)) == [(0, 0), (0, 1), (0, 2)]
    assert ILPSolver(n_proj=4, constraint=">=")(scores, c) is None
    assert sorted(ILPSolver(n_proj=2, constraint="<=")(scores, c)) == [(0, 0), (0, 1)]


def test_no_positive_score_means_empty_matching():
    assert GreedySolver()(np.zeros((2, 3)), C3) == [] and ILPSolver()(np.zeros((2, 3)), C3) == []


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError):
        ILPSolver(constraint="<")
    with pytest.raises(ValueError):
        GreedySolver(n_proj=0)


@st.composite
def instances(draw):
    n_words = draw(st.integers(1, 6))
    spans = draw(st.lists(st.tuples(st.integers(0, n_words - 1), st.integers(1, 3)), min_size=1, max_size=5, unique=True))
    c = cands(*sorted({(s, min(n_words, s + l)) for s, l in spans}))
    n_ent = draw(st.integers(1, 3))
    values = st.one_of(st.just(0.0), st.floats(0.05, 1.0, allow_nan=False))
    scores = np.array(draw(st.lists(st.lists(values, min_size=len(c), max_size=len(c)), min_size=n_ent, max_size=n_ent)))
    # keep brute force cheap
    if (scores > 0).sum() > 10:
        scores[:, 3:] = 0.0
    return scores, c


@settings(max_examples=150, deadline=None)
@given(instances(), st.integers(1, 2), st.sampled_from(["<=", "=", ">="]))
def test_ilp_matches_brute_force_optimum(instance, n_proj, constraint):
    scores, c = instance
    expected = brute_force(scores, c, n_proj, constraint)
    got = ILPSolver(n_proj=n_proj, constraint=constraint)(scores, c)
    if expected is None:
        assert got is None
    else:
        assert got is not None and feasible(got, scores, c, n_proj, constraint)
        assert total(scores, got) == pytest.approx(expected, abs=1e-9)


@settings(max_examples=150, deadline=None)
@given(instances(), st.integers(1, 3))
def test_greedy_is_feasible_and_never_beats_ilp(instance, n_proj):
    scores, c = instance
    got = GreedySolver(n_proj=n_proj)(scores, c)
    assert feasible(got, scores, c, n_proj, "<=")
    assert total(scores, got) <= total(scores, ILPSolver(n_proj=n_proj)(scores, c)) + 1e-9


@pytest.fixture(scope="module")
def europarl_problems(data_dir):
    """The (scores, candidates) of the default n-gram matching on 200 real Europarl en-de pairs
    (links: identical words, as in fixtures_pairs), every sentence with an entity."""
    from spacy.util import registry

    from fixtures_pairs import read_segments, same_string_links
    from spacy_xner.corpora.tags import tags_to_spans
    from spacy_xner.pipeline.presets import method_config
    from spacy_xner.projection.scores import fuse

    matching = registry.resolve({"m": method_config("ngram", "ilp")})["m"]
    en = read_segments(data_dir / "europarl-ner" / "en-europarl.test.conll02", 200)
    de = read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", 200)
    problems = []
    for (ew, et), (dw, _) in zip(en, de):
        spans = tags_to_spans(et, "iob2")[0]
        if spans:
            links = same_string_links(ew, dw)
            c = matching.candidates(ew, spans, dw, links)
            problems.append((fuse(matching.scores, ew, spans, dw, c, links), c))
    return problems


@pytest.mark.parametrize("n_proj, constraint", [(1, "<="), (1, "="), (2, ">=")])
def test_one_highs_call_for_many_sentences_finds_each_sentences_optimum(europarl_problems, monkeypatch, n_proj, constraint):
    """HiGHS forced on every sentence (no shortcut): the block-diagonal batch gives the matchings
    of one call per sentence, and an infeasible sentence (``=``) does not spoil the others."""
    from spacy_xner.projection import solvers

    monkeypatch.setattr(solvers, "_row_maxima_if_disjoint", lambda scores, candidates: None)
    solver = ILPSolver(n_proj, constraint)
    alone = [solver.solve_many([p])[0] for p in europarl_problems]
    together = solver.solve_many(europarl_problems)
    assert len(europarl_problems) > 100
    assert [m is None for m in together] == [m is None for m in alone]
    differ = 0
    for (scores, _), a, b in zip(europarl_problems, alone, together):
        if a is not None:
            assert total(scores, b) == pytest.approx(total(scores, a), abs=1e-9)
            differ += sorted(a) != sorted(b)
    # where two entities tie (the same words twice in a sentence) HiGHS may hand them out the other way round
    assert differ <= len(europarl_problems) // 20


@pytest.mark.parametrize("n_proj, constraint", [(1, "<="), (1, "="), (2, ">=")])
def test_dominated_pairs_left_out_keep_every_optimum(europarl_problems, monkeypatch, n_proj, constraint):
    """A candidate that contains a candidate of the same entity scoring at least as much is never
    a variable: on real n-gram problems (HiGHS forced on each) far fewer variables, the same totals."""
    from spacy_xner.projection import solvers

    monkeypatch.setattr(solvers, "_row_maxima_if_disjoint", lambda scores, candidates: None)
    solver = ILPSolver(n_proj, constraint)
    pruned = [solver(*p) for p in europarl_problems]
    masks = [solvers._undominated(*p) for p in europarl_problems]
    kept = sum(int(mask.sum()) for mask in masks)
    monkeypatch.setattr(solvers, "DOMINANCE_BLOCK", 3)  # compared a few candidates at a time: the same pairs
    assert all((solvers._undominated(*p) == mask).all() for p, mask in zip(europarl_problems, masks))
    monkeypatch.setattr(solvers, "_undominated", lambda scores, candidates: scores > 0)
    full = [solver(*p) for p in europarl_problems]
    assert kept * 4 < sum(int((scores > 0).sum()) for scores, _ in europarl_problems)
    assert [m is None for m in pruned] == [m is None for m in full]
    for (scores, c), a, b in zip(europarl_problems, pruned, full):
        if b is not None:
            assert feasible(a, scores, c, n_proj, constraint)
            assert total(scores, a) == pytest.approx(total(scores, b), abs=1e-9)


def test_the_same_span_twice_is_not_dominated_by_itself():
    scores = np.array([[0.5, 0.5, 0.4]])
    c = cands((0, 2), (0, 2), (0, 3))
    from spacy_xner.projection.solvers import _undominated

    assert _undominated(scores, c).tolist() == [[True, True, False]]
