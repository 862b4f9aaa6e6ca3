"""Marker translation: marking, recovery on crafted outputs, and the Doc-level pass on the tiny model."""
import pytest
from spacy_xner.reasons import EMPTY_BACKTRANSLATION
from spacy_xner.reasons import MARKERS_LOST as LOST
from spacy_xner.reasons import MARKERS_UNBALANCED as UNBALANCED
from spacy_xner.translation.markers import mark, marker_translate, recover
from spacy_xner.ty import WordSpan


def test_mark_puts_brackets_around_entities():
    words = ["EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."]
    spans = [WordSpan(0, 1, "ORG"), WordSpan(2, 3, "MISC"), WordSpan(6, 7, "MISC")]
    assert mark(words, spans, "en") == "[EU] rejects [German] call to boycott [British] lamb."


def test_recover_labels_by_best_fuzzy_match():
    out = recover("Die [EU] lehnt den [deutschen] Aufruf zum Boykott von [britischem] Lammfleisch ab.",
                  ["EU", "Deutsche", "Britisch"], ["ORG", "MISC", "LOC"], "de")
    assert "[" not in out.words and "]" not in out.words
    assert out.words[:3] == ["Die", "EU", "lehnt"]
    assert [(out.words[s.start], s.label) for s in out.spans] == [("EU", "ORG"), ("deutschen", "MISC"), ("britischem", "LOC")]
    assert out.sources == [0, 1, 2]
    assert out.reason is None and out.unmatched == 0


def test_recover_best_not_last_and_threshold():
    # "Peter Blackburn" matches the first entity best, although the second also passes 0.5
    out = recover("[Peter Blackburn] und [xyz]", ["Peter Blackburn", "Peter Blackbird"], ["PER", "ORG"], "de")
    assert [(s.start, s.end, s.label) for s in out.spans] == [(0, 2, "PER")] and out.sources == [0]
    assert out.unmatched == 1  # "xyz" resembles no entity translation


@pytest.mark.parametrize("text,reason", [
    ("[EU lehnt ab.", UNBALANCED),
    ("EU] lehnt ab.", UNBALANCED),
    ("[[EU]] lehnt ab.", UNBALANCED),
    ("EU lehnt ab.", LOST),
])
def test_unrecoverable_markers_have_a_reason(text, reason):
    out = recover(text, ["EU"], ["ORG"], "de")
    assert out.reason == reason and out.spans == []
    assert "[" not in out.words and "]" not in out.words


class Scripted:
    """A translator that answers from a table (the crafted 'model outputs')."""

    identity = "scripted"

    def __init__(self, table):
        self.table = table

    def __call__(self, texts, src_lang, tgt_lang):
        return [self.table.get(t, t) for t in texts]


def test_recover_compares_without_brackets():
    # an entity translated alone that kept its markers still matches its span
    out = recover("Die [EU] lehnt ab.", ["[EU]"], ["ORG"], "de")
    assert out.spans == [WordSpan(1, 2, "ORG")] and out.unmatched == 0


def test_marker_translate_gives_a_reason_for_every_failure():
    sentences = [(["Peter", "Blackburn", "said"], [WordSpan(0, 2, "PER")]),
                 (["EU", "rejects"], [WordSpan(0, 1, "ORG")]),
                 (["Bonn", "calls"], [WordSpan(0, 1, "LOC")])]
    table = {"[Peter Blackburn] said": "[Peter Blackburn] sagte", "Peter Blackburn": "Peter Blackburn",
             "[EU] rejects": "EU lehnt ab", "EU": "EU", "[Bonn] calls": "", "Bonn": "Bonn"}
    out = marker_translate(sentences, Scripted(table), "en", "de", batch_size=16, threshold=0.5)
    assert out[0].words == ["Peter", "Blackburn", "sagte"] and out[0].spans == [WordSpan(0, 2, "PER")]
    assert out[0].sources == [0] and out[0].reason is None
    assert [r.reason for r in out[1:]] == [LOST, EMPTY_BACKTRANSLATION]
    assert out[1].words == ["EU", "lehnt", "ab"]


def test_marker_translate_runs_on_the_tiny_model(tiny_nllb_dir):
    from spacy_xner.translation.registry import hf_translator

    sentence = (["Peter", "Blackburn", "went", "to", "Brussels", "."], [WordSpan(0, 2, "PER"), WordSpan(4, 5, "LOC")])
    (out,) = marker_translate([sentence], hf_translator(str(tiny_nllb_dir), beam_size=1, max_length=8), "en", "de",
                              batch_size=16, threshold=0.5)
    # a random model keeps no markers: a reason or recovered spans, never a crash, never a marker word
    assert (out.reason is None) == bool(out.spans or out.unmatched)
    assert "[" not in out.words and "]" not in out.words
