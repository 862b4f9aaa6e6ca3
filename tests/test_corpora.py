"""Corpus readers: counts equal to each SOURCE.md, IOB1 repair, ids, formats, DocBin round trip."""
import gzip
import json
from collections import Counter

import pytest

from source_counts import expected_counts
from spacy_xner.accounting import StageSummary
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.readers import EMPTY_TOKEN, read_corpus, read_tagged_sentences, read_translations_jsonl, stem
from spacy_xner.corpora.tags import tags_to_spans
from spacy_xner.docs import SOURCE_ID_KEY, get_id, word_spans
from spacy_xner.ty import WordSpan

# Files small enough to read on every run (< 1 s each); the full sweep is marked slow.
FAST = ("europarl-ner/", "masakhaner2/hau/test", "masakhaner2/xho/", "rahimi-5afr/", "dev-yo.", "dev-gu.",
        "conll-target-langs/nl.conll.dev", "conll-target-langs/it.evalita")


def _expected(data_dir, fast):
    items = expected_counts(data_dir)
    return [e for e in items if any(f in str(e.path) for f in FAST) == fast]


def _check(exp, sentences, entity_labels, tokens):
    assert sentences == exp.sentences, exp.name
    if exp.tokens is not None:
        assert tokens == exp.tokens, exp.name
    labels = Counter(entity_labels)
    for label, n in exp.entities.items():
        assert (sum(labels.values()) if label == "total" else labels[label]) == n, (exp.name, label)


def _check_docs(exp):
    summary = StageSummary("convert")
    if exp.format == "translations":
        docs = read_translations_jsonl(exp.path, exp.lang, summary=summary)
    else:
        docs = read_corpus(exp.path, exp.lang, format=exp.format, summary=summary)
    assert summary.done + sum(summary.skipped.values()) == len(docs), exp.name
    _check(exp, len(docs), [ent.label_ for doc in docs for ent in doc.ents], sum(len(doc) for doc in docs))


def test_source_tables_cover_every_labeled_folder(data_dir):
    folders = {e.path.relative_to(data_dir).parts[0] for e in expected_counts(data_dir)}
    assert folders == {"conll2003", "conll-target-langs", "europarl-ner", "masakhaner2", "wikiann-panx",
                       "projected-silver", "translations"}
    assert all(e.path.is_file() for e in expected_counts(data_dir))


def test_counts_match_source_md_fast(data_dir):
    for exp in _expected(data_dir, fast=True):
        _check_docs(exp)


@pytest.mark.slow
def test_counts_match_source_md_all(data_dir):
    """Every other file, through the sentence reader and tag decoding that ``read_corpus`` turns into
    Docs (~15 s CPU; building the Docs too takes ~4 min: ``benchmarks/corpora_counts.py`` does that)."""
    for exp in _expected(data_dir, fast=False):
        sentences = list(read_tagged_sentences(exp.path, exp.format))
        labels = [s.label for sent in sentences for s in tags_to_spans(sent.tags, sent.scheme)[0]]
        _check(exp, len(sentences), labels, sum(len(sent.words) for sent in sentences))


def test_iob1_repair_equals_the_iob2_copy(data_dir):
    """CoNLL-2003 ships the same data as IOB1 and IOB2: the readers must give identical entities."""
    iob1 = read_corpus(data_dir / "conll2003/original-iob1/eng.testa", "en")
    iob2 = read_corpus(data_dir / "conll2003/iob2/en.conll.dev.tsv", "en")
    assert len(iob1) == len(iob2) == 3250
    for a, b in zip(iob1, iob2):
        assert [t.text for t in a] == [t.text for t in b]
        assert word_spans(a) == word_spans(b)
    assert get_id(iob1[0]) == "eng.testa:0" and get_id(iob2[3249]) == "en.conll.dev:3249"


def test_tags_to_spans_schemes():
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]
    spans, repaired = tags_to_spans(tags, "iob1")
    assert spans == [WordSpan(0, 2, "PER"), WordSpan(2, 3, "PER"), WordSpan(4, 5, "LOC"), WordSpan(5, 6, "ORG")]
    assert repaired == 0
    assert tags_to_spans(tags, "iob2") == (spans, 3)


def test_docstart_without_blank_line_and_empty_token(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("-DOCSTART- O\nDat O\nis B-LOC\n\n\n\n O\nb I-PER\n", encoding="utf-8")
    summary = StageSummary("convert")
    docs = read_corpus(path, "nl", summary=summary)
    assert [[t.text for t in d] for d in docs] == [["Dat", "is"], [EMPTY_TOKEN, "b"]]
    assert [word_spans(d) for d in docs] == [[WordSpan(1, 2, "LOC")], [WordSpan(1, 2, "PER")]]
    assert [get_id(d) for d in docs] == ["x:0", "x:1"]
    assert summary.counts["empty_token_replaced"] == 1 and summary.counts["iob2_orphan_repaired"] == 1
    assert summary.counts["documents"] == 1


def test_real_empty_token_quirk_is_kept_and_counted(data_dir):
    summary = StageSummary("convert")
    docs = read_corpus(data_dir / "masakhaner2/xho/train.txt", "xx", summary=summary)
    assert summary.counts["empty_token_replaced"] == 2
    assert sum(t.text == EMPTY_TOKEN for d in docs for t in d) >= 2


def test_wikiann_lang_prefix_stripped_only_when_whole_sentence_has_it(tmp_path):
    path = tmp_path / "panx.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("en:Paris\tB-LOC\nen:is\tO\n\nhttp://x.org\tO\nen:y\tO\n")
    docs = read_corpus(path, "en", format="wikiann")
    assert [[t.text for t in d] for d in docs] == [["Paris", "is"], ["http://x.org", "en:y"]]
    assert word_spans(docs[0]) == [WordSpan(0, 1, "LOC")]
    # the plain IOB reader keeps tokens exactly as given
    assert [t.text for t in read_corpus(path, "en", format="iob")[0]] == ["en:Paris", "en:is"]


def test_jsonl_reader_ids(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "a7", "tokens": ["Anna", "lives"], "tags": ["B-PER", "O"]}) + "\n"
                    + json.dumps({"tokens": ["Rome"], "tags": ["B-LOC"]}) + "\n", encoding="utf-8")
    docs = read_corpus(path, "en")
    assert [get_id(d) for d in docs] == ["a7", "s:1"]
    assert word_spans(docs[1]) == [WordSpan(0, 1, "LOC")]


def test_translations_reader_takes_source_ids_and_baseline(data_dir):
    path = data_dir / "translations/conll2003-train/swa.nllb200.jsonl.gz"
    docs = read_translations_jsonl(path, "xx", baseline="tprojection")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        first = json.loads(f.readline())
    assert get_id(docs[0]) == f"en.conll.train:{first['id']}" == docs[0].user_data[SOURCE_ID_KEY]
    assert [t.text for t in docs[0]] == first["tgt_tokens"]
    spans, _ = tags_to_spans(first["baseline_tags"]["tprojection"], "iob2")
    assert word_spans(docs[0]) == spans


def test_translations_without_baseline_have_no_entities_and_skips_are_counted(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": 4, "tgt_tokens": ["Anna"], "baseline_tags": {"a": ["B-PER"]}}) + "\n"
                    + json.dumps({"id": 5, "tgt_tokens": [], "baseline_tags": {"a": []}}) + "\n", encoding="utf-8")
    summary = StageSummary("convert")
    docs = read_translations_jsonl(path, "xx", source_stem="eng", summary=summary)
    assert [get_id(d) for d in docs] == ["eng:4"] and len(docs[0].ents) == 0
    assert summary.skipped == {"empty translation or empty token": 1} and summary.examples[
        "empty translation or empty token"] == ["eng:5"]


def test_stem():
    from pathlib import Path

    assert stem(Path("dev-de.tsv.gz")) == "dev-de"
    assert stem(Path("eng.testa")) == "eng.testa"
    assert stem(Path("de-europarl.test.conll02")) == "de-europarl.test"


def test_docbin_round_trip_keeps_ids_and_ents(data_dir, tmp_path):
    docs = read_corpus(data_dir / "europarl-ner/es-europarl.test.conll02", "es")
    write_docbin(tmp_path / "es.spacy", docs)
    back = read_docbin(tmp_path / "es.spacy")
    assert [get_id(d) for d in back] == [get_id(d) for d in docs]
    assert [word_spans(d) for d in back] == [word_spans(d) for d in docs]
    assert back[0].lang_ == "es"


def test_docbin_bytes_are_spacys_and_srsly_is_left_as_it_was(data_dir):
    """The one-lookup speed-up of srsly's msgpack extensions changes no byte and is undone after; the
    files are spaCy's message without the columns of zeros, compressed at another zlib level."""
    import zlib

    import srsly
    from spacy.attrs import ENT_IOB, ENT_TYPE, NORM, ORTH, SENT_START
    from spacy.tokens import DocBin

    from spacy_xner.corpora.docbin import docs_from_bytes, docs_to_bytes

    docs = read_corpus(data_dir / "europarl-ner" / "de-europarl.test.conll02", "de")[:50]
    for doc in docs:
        doc.user_data["xner_lang"] = doc.lang_
    data = docs_to_bytes(docs)
    ours, spacys = (srsly.msgpack_loads(zlib.decompress(d)) for d in (data, DocBin(store_user_data=True, docs=docs).to_bytes()))
    assert ours["attrs"] == [ORTH, NORM, ENT_IOB, ENT_TYPE, SENT_START] and len(spacys["attrs"]) == 13
    assert {k: v for k, v in ours.items() if k not in ("attrs", "tokens")} == \
        {k: v for k, v in spacys.items() if k not in ("attrs", "tokens")}
    assert [d.to_bytes() for d in DocBin(store_user_data=True).from_bytes(data).get_docs(docs[0].vocab)] == \
        [d.to_bytes() for d in DocBin(store_user_data=True).from_bytes(DocBin(store_user_data=True, docs=docs).to_bytes()).get_docs(docs[0].vocab)]
    assert [d.to_json() for d in docs_from_bytes(data)] == [d.to_json() for d in docs]
    assert "get_all" not in vars(srsly.msgpack_encoders) and "get_all" not in vars(srsly.msgpack_decoders)


def test_columns_of_zeros_left_out_read_back_as_the_same_docs():
    """Every attribute a DocBin stores, set on some Docs and unset on others: the file without the
    columns of zeros reads back, with spaCy's own DocBin, as spaCy's own file does."""
    from spacy.tokens import Doc, DocBin, Span
    from spacy.vocab import Vocab

    from spacy_xner.corpora.docbin import docs_to_bytes

    vocab = Vocab()
    full = Doc(vocab, words=["Anna", "saw", "Bob", ".", "Hi"], spaces=[True, True, False, True, False],
               tags=["NNP", "VBD", "NNP", ".", "UH"], pos=["PROPN", "VERB", "PROPN", "PUNCT", "INTJ"],
               lemmas=["Anna", "see", "Bob", ".", "hi"], morphs=["Number=Sing", "Tense=Past", "", "", ""],
               heads=[1, 1, 1, 1, 4], deps=["nsubj", "ROOT", "dobj", "punct", "ROOT"],
               ents=["B-PER", "O", "B-PER", "O", "O"])
    full[0].norm_ = "anna"
    full.set_ents([Span(full, 0, 1, "PER", kb_id="Q1", span_id="e1")], default="unmodified")
    bare = Doc(vocab, words=["just", "words"])
    sentences = Doc(vocab, words=["One", ".", "Two"], sent_starts=[True, False, True])
    for docs in ([full, bare, sentences], [bare], [sentences, bare]):
        ours = DocBin(store_user_data=True).from_bytes(docs_to_bytes(docs))
        spacys = DocBin(store_user_data=True).from_bytes(DocBin(store_user_data=True, docs=docs).to_bytes())
        assert len(ours.attrs) <= len(spacys.attrs)
        assert [d.to_bytes() for d in ours.get_docs(vocab)] == [d.to_bytes() for d in spacys.get_docs(vocab)]
    assert len(DocBin().from_bytes(docs_to_bytes([bare])).attrs) == 3  # ORTH, NORM, SENT_START (of the first word)


def test_docbin_from_bytes_reads_what_spacy_reads():
    """Our reader of a shard's bytes cuts the rows as spaCy's ``DocBin.from_bytes`` does (an empty Doc
    included), for spaCy's files and ours; lengths that do not add up are an error, not shifted Docs."""
    import zlib

    import numpy
    import srsly
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

    from spacy_xner.corpora.docbin import docbin_from_bytes, docs_to_bytes

    vocab = Vocab()
    docs = [Doc(vocab, words=["Anna", "sang"], ents=["B-PER", "O"]), Doc(vocab, words=[]),
            Doc(vocab, words=["Ja", "!"], spaces=[False, False], tags=["ITJ", "$."])]
    docs[2].cats = {"POS": 1.0}
    docs[0].user_data["note"] = "x"
    for data in (docs_to_bytes(docs), DocBin(store_user_data=True, docs=docs).to_bytes()):
        ours, spacys = docbin_from_bytes(data), DocBin(store_user_data=True).from_bytes(data)
        for field in ("attrs", "strings", "cats", "flags", "span_groups", "user_data"):
            assert getattr(ours, field) == getattr(spacys, field), field
        for field in ("tokens", "spaces"):
            assert [a.shape for a in getattr(ours, field)] == [a.shape for a in getattr(spacys, field)]
            assert all((a == b).all() for a, b in zip(getattr(ours, field), getattr(spacys, field)))
        assert [len(t) for t in ours.tokens] == [2, 0, 2]
        assert [d.to_bytes() for d in ours.get_docs(vocab)] == [d.to_bytes() for d in spacys.get_docs(vocab)]
    msg = srsly.msgpack_loads(zlib.decompress(docs_to_bytes(docs)))
    msg["lengths"] = numpy.asarray([2, 0, 1], dtype="int32").tobytes()
    with pytest.raises(ValueError, match="3 Docs of 3 words in all, 4 token rows"):
        docbin_from_bytes(zlib.compress(srsly.msgpack_dumps(msg)))


def test_rows_of_a_file_without_some_columns_are_written_in_full(tmp_path):
    from spacy.tokens import Doc, DocBin
    from spacy.vocab import Vocab

    from spacy_xner.corpora.docbin import DocWriter, docs_to_bytes, iter_stored_pairs

    vocab = Vocab()
    docs = [Doc(vocab, words=["Anna", "sang"], ents=["B-PER", "O"]), Doc(vocab, words=["Ja"], tags=["ITJ"])]
    (tmp_path / "in.spacy").write_bytes(docs_to_bytes(docs[:1]))
    (tmp_path / "tagged.spacy").write_bytes(docs_to_bytes(docs[1:]))
    with DocWriter(tmp_path / "out.spacy") as writer:
        for name in ("in", "tagged"):
            for row, _ in iter_stored_pairs(tmp_path / f"{name}.spacy"):
                writer.add_stored(row)
    back = list(DocBin().from_bytes((tmp_path / "out.spacy").read_bytes()).get_docs(vocab))
    assert [(d.text, [t.tag_ for t in d], [(e.text, e.label_) for e in d.ents]) for d in back] == \
        [("Anna sang ", ["", ""], [("Anna", "PER")]), ("Ja ", ["ITJ"], [])]


def test_text_format_reads_real_flores_lines_with_the_language_tokenizer(data_dir, tmp_path, xner):
    """Unlabeled text (one sentence per line; blank lines skipped) for self-training and vectors."""
    lines = (data_dir / "flores200-devtest" / "sna_Latn.devtest").read_text(encoding="utf-8").splitlines()[:5]
    path = tmp_path / "sna.txt"
    path.write_text("\n".join([lines[0], "", *lines[1:]]) + "\n", encoding="utf-8")
    res = xner("convert", path, tmp_path / "sna.spacy", "--lang", "sn", "--format", "text")
    assert res.returncode == 0, res.stderr
    docs = read_docbin(tmp_path / "sna.spacy")
    assert [get_id(d) for d in docs] == [f"sna:{i}" for i in range(5)] and not any(d.ents for d in docs)
    assert docs[0].text.replace(" ", "") == lines[0].replace(" ", "")
    assert docs[0][-1].text == "." and docs[0][-2].text != "."  # the final full stop split off its word
