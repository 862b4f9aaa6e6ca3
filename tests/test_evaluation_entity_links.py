"""Entity-link precision / recall: hand-built pairs, and `xner evaluate-alignment --entities` on Europarl."""
import json

import pytest
import spacy
from spacy.tokens import Doc

from fixtures_pairs import N, one_line_error, read_segments
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import get_alignment, set_id, word_spans
from spacy_xner.evaluation.aligned_docs import stop_words
from spacy_xner.evaluation.entity_links import count_pair, merge, scores
from spacy_xner.ty import Link, WordSpan

SRC = [WordSpan(0, 2, "PER"), WordSpan(3, 4, "LOC")]  # Angela Merkel visits Paris .
TGT_WORDS = ["Angela", "Merkel", "besucht", "die", "Stadt", "Paris", "."]
TGT = [WordSpan(0, 2, "PER"), WordSpan(5, 6, "LOC")]
PERFECT = [Link(0, 0), Link(1, 1), Link(2, 2), Link(3, 5), Link(4, 6)]


def metric(links, tgt=TGT, words=TGT_WORDS):
    return scores(count_pair(SRC, tgt, links, words, stop_words={"die"}))


def test_perfect_alignment_scores_one():
    m = metric(PERFECT)
    assert (m["entity_link_precision"], m["entity_link_recall"], m["entity_link_f1"]) == (1.0, 1.0, 1.0)
    # links from non-entity words ("visits" → "besucht", "." → ".") are not entity links
    assert m["entity_link_counts"]["links"] == 3 and m["entity_link_counts"]["gold_words"] == 3


def test_one_wrong_link_lowers_precision_by_exactly_one_share():
    m = metric(PERFECT + [Link(0, 2)])  # "Angela" → "besucht"
    assert m["entity_link_precision"] == 3 / 4
    assert m["entity_link_recall"] == 1.0
    assert m["entity_link_f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert m["entity_link_counts"]["useless"] == 0 and m["entity_link_counts"]["wrong_label"] == 0


def test_links_to_punctuation_and_stop_words_are_useless():
    m = metric(PERFECT + [Link(3, 3), Link(3, 6)])  # "Paris" → "die", "Paris" → "."
    assert m["entity_link_precision"] == 3 / 5
    assert m["entity_link_counts"]["useless"] == 2
    assert m["entity_link_useless"] == 2 / 5


def test_a_removed_link_lowers_recall_not_precision():
    m = metric([l for l in PERFECT if l != Link(1, 1)])
    assert m["entity_link_precision"] == 1.0
    assert m["entity_link_recall"] == 2 / 3
    # a link to a gold word from a source entity of another label does not reach it
    m = metric([Link(0, 0), Link(1, 1), Link(3, 1)])
    assert m["entity_link_recall"] == 2 / 3 and m["entity_link_counts"]["wrong_label"] == 1


def test_per_label():
    m = metric(PERFECT + [Link(3, 0)])  # LOC "Paris" → PER "Angela"
    per = m["entity_link_per_label"]
    assert per["PER"]["precision"] == 1.0 and per["PER"]["recall"] == 1.0 and per["PER"]["links"] == 2
    assert per["LOC"]["precision"] == 1 / 2 and per["LOC"]["wrong_label"] == 1 and per["LOC"]["recall"] == 1.0
    assert m["entity_link_precision"] == 3 / 4


def test_target_without_gold_entities_counts_its_links_wrong_and_sentences_add_up():
    empty = count_pair(SRC, [], PERFECT, TGT_WORDS)
    assert scores(empty)["entity_link_precision"] == 0.0 and scores(empty)["entity_link_counts"]["links"] == 3
    both = scores(merge([count_pair(SRC, TGT, PERFECT, TGT_WORDS), empty]))
    assert both["entity_link_precision"] == 3 / 6 and both["entity_link_recall"] == 1.0


def test_link_past_the_target_is_an_error():
    with pytest.raises(ValueError, match="past the 7 target words"):
        metric([Link(0, 7)])


def gold_docs(data_dir, id_prefix="de-europarl"):
    """The gold German entities of the 40 fixture pairs, with the ids their translations carry."""
    vocab = spacy.blank("de").vocab
    docs = []
    for k, (words, tags) in enumerate(read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", N)):
        doc = Doc(vocab, words=words, ents=tags)
        set_id(doc, f"{id_prefix}:{k}")
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def gold_de(pairs, data_dir):
    root, _ = pairs
    docs = gold_docs(data_dir)
    write_docbin(root / "gold.de.spacy", docs)
    return root / "gold.de.spacy", docs


def test_cli_on_europarl_pairs(xner, pairs, gold_de, tmp_path):
    root, _ = pairs
    gold_path, gold_docs = gold_de
    out = tmp_path / "m.json"
    res = xner("evaluate-alignment", root / "aligned.spacy", "--entities", gold_path, "--output", out)
    assert res.returncode == 0, res.stdout + res.stderr
    m = json.loads(out.read_text())
    # the same numbers straight from the pure metric over the fixture's links and spans
    aligned = read_docbin(root / "aligned.spacy")
    expected = scores(merge(count_pair(word_spans(d), word_spans(g), get_alignment(d), [t.text for t in g], stop_words("de"))
                            for d, g in zip(aligned, gold_docs)))
    for key in ("entity_link_precision", "entity_link_recall", "entity_link_f1", "entity_link_per_label"):
        assert m[key] == expected[key]
    assert m["sentences"] == N and m["without_gold"] == 0
    assert set(m["entity_link_per_label"]) == {"LOC", "MISC", "ORG", "PER"}
    # identical-string links are nearly always right on names, and miss every translated one
    assert m["entity_link_precision"] > 0.9 and 0.3 < m["entity_link_recall"] < 0.9
    assert "entity_link_precision" in res.stdout


def test_cli_entities_whose_ids_match_nothing(xner, pairs, data_dir, tmp_path):
    root, _ = pairs
    write_docbin(tmp_path / "other.spacy", gold_docs(data_dir, "other"))
    res = xner("evaluate-alignment", root / "aligned.spacy", "--entities", tmp_path / "other.spacy")
    one_line_error(res, "other.spacy", "none of its 40 sentence ids")
    res = xner("evaluate-alignment", root / "pairs.pharaoh", "--entities", tmp_path / "other.spacy")
    one_line_error(res, "pairs.pharaoh", "needs aligned pairs")
    res = xner("evaluate-alignment", root / "aligned.spacy")
    one_line_error(res, "--entities")


def test_show_scores_the_links_of_each_sentence():
    from spacy_xner.docs import set_alignment, set_word_spans
    from spacy_xner.visualize import render

    src = Doc(spacy.blank("en").vocab, words=["Angela", "Merkel", "visits", "Paris", "."])
    set_word_spans(src, SRC)
    src._.xner_translation = Doc(spacy.blank("de").vocab, words=TGT_WORDS)
    set_id(src._.xner_translation, "de:0")
    set_alignment(src, PERFECT + [Link(0, 2)])
    gold = Doc(spacy.blank("de").vocab, words=TGT_WORDS)
    set_word_spans(gold, TGT)
    set_id(gold, "de:0")
    html = render([src], gold=[gold])
    assert 'data-link-p="0.7500" data-link-r="1.0000"' in html  # the sentence and the summary
    assert html.count('data-link-p="0.7500"') == 2
    assert "entity links P 75.0 / R 100.0" in html
