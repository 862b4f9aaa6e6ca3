"""xner pair: by order, by id, by id map; the pairs survive a DocBin round trip."""
import pytest

from spacy_xner.accounting import StageSummary
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.pairing import pair_docs, read_id_map
from spacy_xner.reasons import NO_TARGET
from spacy_xner.corpora.readers import read_corpus, read_translations_jsonl
from spacy_xner.docs import get_id
from spacy_xner.errors import InputError, XnerError


@pytest.fixture(scope="module")
def europarl(data_dir):
    en = read_corpus(data_dir / "europarl-ner/en-europarl.test.conll02", "en")
    de = read_corpus(data_dir / "europarl-ner/de-europarl.test.conll02", "de")
    return en, de


def test_pair_by_order_round_trip(europarl, tmp_path):
    en, de = europarl
    pairs = pair_docs(en, de)
    assert len(pairs) == 799
    write_docbin(tmp_path / "pairs.spacy", pairs)
    back = read_docbin(tmp_path / "pairs.spacy")
    assert [get_id(d) for d in back] == [get_id(d) for d in en]
    translation = back[5]._.xner_translation
    assert translation.lang_ == "de"
    assert get_id(translation) == get_id(de[5]) == "de-europarl.test:5"  # the target keeps its own id
    assert [t.text for t in translation] == [t.text for t in de[5]]
    assert [(e.start, e.end, e.label_) for e in translation.ents] == [(e.start, e.end, e.label_) for e in de[5].ents]


def test_pair_by_order_needs_equal_counts(europarl):
    en, de = europarl
    with pytest.raises(XnerError, match="799 vs 798|798 vs 799"):
        pair_docs(en[:798], de)


def test_pair_by_id_with_published_translations(data_dir):
    """hau NLLB lacks 160 English sentences: pairing by id skips and counts exactly those."""
    en = read_corpus(data_dir / "conll2003/iob2/en.conll.train.tsv", "en")[:2000]
    hau = read_translations_jsonl(data_dir / "translations/conll2003-train/hau.nllb200.jsonl.gz", "xx")
    summary = StageSummary("pair")
    pairs = pair_docs(en, hau, by_id=True, summary=summary)
    have = {get_id(d) for d in hau}
    assert len(pairs) == sum(get_id(d) in have for d in en)
    assert summary.skipped[NO_TARGET] == 2000 - len(pairs) > 0
    assert all(get_id(p) == get_id(p._.xner_translation) for p in pairs)


def test_pair_by_id_map(europarl, tmp_path):
    en, de = europarl
    id_map = tmp_path / "map.tsv"
    id_map.write_text("en-europarl.test:0\tde-europarl.test:1\nen-europarl.test:2\tde-europarl.test:2\n", encoding="utf-8")
    summary = StageSummary("pair")
    pairs = pair_docs(en, de, id_map=read_id_map(id_map), summary=summary)
    assert [get_id(p._.xner_translation) for p in pairs] == ["de-europarl.test:1", "de-europarl.test:2"]
    assert summary.done == 2 and summary.skipped[NO_TARGET] == 797
    id_map.write_text("en-europarl.test:0\tde-europarl.test:999\n", encoding="utf-8")
    with pytest.raises(XnerError, match="not in the target corpus"):
        pair_docs(en, de, id_map=read_id_map(id_map))
    id_map.write_text("a\tb\nc b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"map.tsv:2: expected"):
        read_id_map(id_map)
