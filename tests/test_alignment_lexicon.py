"""Model-free lexical knowledge for eflomal: word forms, string-similarity priors, voted runs."""
import io

import eflomal
import pytest

from spacy_xner.alignment.lexicon import SimilarWordPriors, lex_lines, word_form
from spacy_xner.alignment.links import vote
from spacy_xner.alignment.eflomal import EflomalAligner
from spacy_xner.alignment.registry import EFLOMAL_MODEL, eflomal_aligner
from spacy_xner.corpora.readers import read_tagged_sentences
from spacy_xner.corpora.tags import tags_to_spans
from spacy_xner.ty import Link

# plain eflomal (EflomalAligner.v1's settings), which the tests below vary one setting at a time
PLAIN = dict(symmetrization="grow-diag-final-and", model=EFLOMAL_MODEL, n_samplers=3, rel_iterations=1.0, null_prior=0.2,
             bitext=(), similar_words=None, prefix_len=0, runs=1, vote_threshold=0.5)


def eflomal_with(**settings) -> EflomalAligner:
    return EflomalAligner(**{**PLAIN, **settings})


@pytest.fixture(scope="module")
def europarl(data_dir):
    """Europarl-NER en/de segments: (words, gold entity spans) per side."""
    def read(lang):
        path = data_dir / "europarl-ner" / f"{lang}-europarl.test.conll02"
        return [(s.words, tags_to_spans(s.tags, s.scheme)[0]) for s in read_tagged_sentences(path)]

    return read("en"), read("de")


def test_word_form_folds_case_and_accents_and_cuts_prefixes():
    assert word_form("Zürich") == "zurich"
    assert word_form("Ministério", prefix_len=5) == "minis"
    assert word_form("New York") == "new_york"
    assert word_form("") == "_"


def test_similar_words_names_cognates_and_numbers_but_not_short_words():
    src = "Mr Schulz met the Parliament in 2019 , 3.5 % ; a".split()
    tgt = "Herr Schulz traf das Parlament im Jahr 2019 , 3,5 % ; a".split()
    counts = SimilarWordPriors().counts([(src, tgt)])
    assert counts == {("schulz", "schulz"): 1.0, ("parliament", "parlament"): 1.0, ("2019", "2019"): 1.0,
                      ("3.5", "3,5"): 1.0}


def test_similar_words_transliterate_other_scripts():
    counts = SimilarWordPriors(min_similarity=0.75).counts([(["Moscow", "Putin"], ["Путин", "Москва"])])
    assert ("putin", "путин") in counts
    assert ("moscow", "москва") not in counts  # "moskva": a translation, not a transliteration


def test_similar_word_counts_add_up_and_respect_prefixes():
    pair = (["Europe", "grows"], ["Europa", "wächst"])
    counts = SimilarWordPriors(weight=2.0).counts([pair, pair], prefix_len=4)
    assert counts == {("euro", "euro"): 4.0}


@pytest.mark.parametrize("settings", [{"weight": 0}, {"min_similarity": 0}, {"min_similarity": 1.5}, {"min_len": 0}])
def test_similar_word_settings_are_checked(settings):
    with pytest.raises(ValueError):
        SimilarWordPriors(**settings)


def test_lex_lines_are_eflomal_priors():
    text = lex_lines(SimilarWordPriors().counts([(["Schulz", "2019"], ["Schulz", "2019"])]))
    lexical, *_ = eflomal.read_priors(io.StringIO(text))
    assert sorted(lexical) == [("2019", "2019", 1.0), ("schulz", "schulz", 1.0)]


def test_vote_keeps_the_majority_scored_by_its_share():
    runs = [[Link(0, 0), Link(1, 1)], [Link(0, 0), Link(1, 2)], [Link(0, 0), Link(1, 1), Link(1, 1)]]
    assert vote(runs) == [Link(0, 0, 1.0), Link(1, 1, 2 / 3)]
    assert vote(runs, threshold=0.3) == [Link(0, 0, 1.0), Link(1, 1, 2 / 3), Link(1, 2, 1 / 3)]


def test_vote_symmetrization_takes_the_majority_of_directional_links(monkeypatch):
    """Two runs, each casting its forward and reverse links: a link needs 2 of the 4 ballots."""
    calls = iter([([[Link(0, 0), Link(1, 1)]], [[Link(0, 0), Link(1, 2)]]),
                  ([[Link(0, 0), Link(1, 2)]], [[Link(0, 0), Link(2, 2)]])])
    aligner = eflomal_with(symmetrization="vote", runs=2)
    monkeypatch.setattr(aligner, "align_directional", lambda corpus, priors=None: next(calls))
    assert aligner([(["a", "b", "c"], ["x", "y", "z"])]) == [[Link(0, 0, 1.0), Link(1, 2, 0.5)]]


def test_one_run_of_the_vote_is_the_union(monkeypatch):
    aligner = eflomal_with(symmetrization="vote")
    monkeypatch.setattr(aligner, "align_directional", lambda corpus, priors=None: ([[Link(0, 0)]], [[Link(1, 1)]]))
    assert [(l.src, l.tgt) for l in aligner([(["a", "b"], ["x", "y"])])[0]] == [(0, 0), (1, 1)]


def test_unknown_symmetrization_fails_at_construction():
    with pytest.raises(ValueError, match="unknown symmetrization"):
        eflomal_with(symmetrization="diag")


def test_voted_eflomal_links_carry_shares(europarl):
    pairs = [(e[0], d[0]) for e, d in zip(*europarl)][:60]
    aligned = eflomal_with(n_samplers=1, runs=3, rel_iterations=0.3)(pairs)
    scores = {link.score for links in aligned for link in links}
    assert scores <= {2 / 3, 1.0} and 1.0 in scores


def test_similar_word_priors_link_names_to_their_copy_on_real_data(europarl):
    """Entity words that reappear verbatim in the translation ("Schulz"): how many are linked to that copy,
    on 300 Europarl en-de segments. Measured over 3 runs each (n_samplers=2, 95 such words): without the
    priors 0.905-0.937, with them 0.968-0.979."""
    en, de = europarl[0][:300], europarl[1][:300]
    pairs = [(e[0], d[0]) for e, d in zip(en, de)]

    def linked_to_copy(aligner):
        hits = total = 0
        for (src, src_ents), (tgt, _), links in zip(en, de, aligner(pairs)):
            linked = {(l.src, l.tgt) for l in links}
            for i in (i for s in src_ents for i in range(s.start, s.end) if src[i].isalpha()):
                copies = [j for j, w in enumerate(tgt) if w.lower() == src[i].lower()]
                if copies:
                    total += 1
                    hits += any((i, j) in linked for j in copies)
        return hits / total

    plain = linked_to_copy(eflomal_aligner(n_samplers=2))
    similar = linked_to_copy(eflomal_with(n_samplers=2, similar_words=SimilarWordPriors()))
    assert similar >= 0.95 and similar > plain
