"""Marker translation: marking, recovery on crafted outputs, and the Doc-level pass on the tiny model."""
import pytest
from spacy.tokens import Doc

from spacy_xner.accounting import StageSummary
from spacy_xner.corpora.docbin import vocab_for
from spacy_xner.docs import get_id, set_id, set_word_spans, word_spans
from spacy_xner.translation.markers import LOST, UNBALANCED, mark, marker_translate_docs, recover
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
    assert out.reason is None and out.unmatched == 0


def test_recover_best_not_last_and_threshold():
    # "Peter Blackburn" matches the first entity best, although the second also passes 0.5
    out = recover("[Peter Blackburn] und [xyz]", ["Peter Blackburn", "Peter Blackbird"], ["PER", "ORG"], "de")
    assert [(s.start, s.end, s.label) for s in out.spans] == [(0, 2, "PER")]
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


def test_marker_translate_docs_counts_every_sentence():
    docs = []
    for i, (words, spans) in enumerate([(["Peter", "Blackburn", "said"], [WordSpan(0, 2, "PER")]),
                                        (["EU", "rejects"], [WordSpan(0, 1, "ORG")])]):
        doc = Doc(vocab_for("en"), words=words)
        set_word_spans(doc, spans)
        set_id(doc, f"s:{i}")
        docs.append(doc)
    table = {"[Peter Blackburn] said": "[Peter Blackburn] sagte", "Peter Blackburn": "Peter Blackburn",
             "[EU] rejects": "EU lehnt ab", "EU": "EU"}
    summary = StageSummary("markers")
    out = marker_translate_docs(docs, Scripted(table), "en", "de", summary)
    assert word_spans(out[0]) == [WordSpan(0, 2, "PER")] and get_id(out[0]) == "s:0"
    assert [t.text for t in out[0]] == ["Peter", "Blackburn", "sagte"]
    assert out[1] is None and summary.skipped == {LOST: 1} and summary.done == 1


def test_marker_translate_docs_runs_on_the_tiny_model(tiny_nllb_dir):
    from spacy_xner.translation.hf import HFTranslator

    doc = Doc(vocab_for("en"), words=["Peter", "Blackburn", "went", "to", "Brussels", "."])
    set_word_spans(doc, [WordSpan(0, 2, "PER"), WordSpan(4, 5, "LOC")])
    summary = StageSummary("markers")
    out = marker_translate_docs([doc], HFTranslator(str(tiny_nllb_dir), beam_size=1, max_length=8), "en", "de", summary)
    # a random model keeps no markers: the sentence must be accounted for either way, never crash
    assert summary.done + sum(summary.skipped.values()) == 1
    assert (out[0] is None) == (summary.done == 0)
