"""The pair store: a pair's two Docs in one DocBin (one string table), corpora as files or
directories of shards, read and written as streams."""
import srsly
from spacy.tokens import DocBin

import pytest

from spacy_xner.corpora.docbin import (DocWriter, corpus_files, docs_from_bytes, docs_to_bytes,
                                       iter_docs, read_docbin, write_docbin)
from spacy_xner.corpora.pairing import attach_alignments, iter_pairs
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import get_alignment, get_id, word_spans
from spacy_xner.errors import InputError, XnerError
from spacy_xner.io import check_outputs
from spacy_xner.ty import Link


@pytest.fixture(scope="module")
def europarl_bytes(data_dir):
    folder = data_dir / "europarl-ner"
    return tuple(docs_to_bytes(read_corpus(folder / f"{lang}-europarl.test.conll02", lang)[:25]) for lang in ("en", "de"))


@pytest.fixture
def europarl(europarl_bytes):
    """25 en and de Europarl sentences, fresh for each test (pairing sets the sources' translations)."""
    return tuple(docs_from_bytes(data) for data in europarl_bytes)


def _view(pairs):
    """What a pair is: both sides' words, entities, ids and languages."""
    return [(get_id(p), [t.text for t in p], word_spans(p), p.lang_, get_id(p._.xner_translation),
             [t.text for t in p._.xner_translation], word_spans(p._.xner_translation), p._.xner_translation.lang_)
            for p in pairs]


def test_a_pair_is_two_docs_of_one_docbin_with_one_string_table(europarl, tmp_path):
    en, de = europarl
    pairs = list(iter_pairs(en, de))
    write_docbin(tmp_path / "pairs.spacy", pairs)
    doc_bin = DocBin(store_user_data=True).from_bytes((tmp_path / "pairs.spacy").read_bytes())
    assert len(doc_bin) == 50  # source, translation, source, ...
    assert "Wiederaufnahme" in doc_bin.strings and "Resumption" in doc_bin.strings
    back = read_docbin(tmp_path / "pairs.spacy")
    assert _view(back) == _view(pairs)
    assert back[0]._.xner_translation.vocab is not back[0].vocab  # each side in its own language's Vocab


def test_a_directory_corpus_is_shards_written_and_read_as_a_stream(europarl, tmp_path):
    en, de = europarl
    pairs = list(iter_pairs(en, de))
    with DocWriter(tmp_path / "pairs", shard_size=10) as writer:
        for pair in pairs:
            writer.add(pair)
        assert not (tmp_path / "pairs").exists()  # appears only when complete
    assert [f.name for f in corpus_files(tmp_path / "pairs")] == ["000000.spacy", "000001.spacy", "000002.spacy"]
    assert _view(iter_docs(tmp_path / "pairs")) == _view(pairs)
    write_docbin(tmp_path / "pairs", pairs[:3], shard_size=10)  # a rerun replaces the earlier shards
    assert [f.name for f in corpus_files(tmp_path / "pairs")] == ["000000.spacy"]
    assert len(read_docbin(tmp_path / "pairs")) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_failed_write_leaves_nothing(europarl, tmp_path):
    en, _ = europarl
    with pytest.raises(RuntimeError):
        with DocWriter(tmp_path / "out", shard_size=5) as writer:
            for doc in en:
                writer.add(doc)
            raise RuntimeError("the stage failed")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_corpus_is_one_empty_shard(tmp_path):
    write_docbin(tmp_path / "empty", [])
    assert read_docbin(tmp_path / "empty") == []


def test_only_a_directory_of_shards_may_be_overwritten(tmp_path):
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "000000.spacy").write_bytes(b"")
    check_outputs([], [], corpus=tmp_path / "shards")
    (tmp_path / "shards" / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="is a directory with files other than .spacy shards"):
        check_outputs([], [], corpus=tmp_path / "shards")
    (tmp_path / "nothing").mkdir()
    with pytest.raises(InputError, match="directory without .spacy files"):
        read_docbin(tmp_path / "nothing")


def test_pairing_by_order_streams_and_counts_both_sides(europarl):
    en, de = europarl
    consumed = []
    pairs = iter_pairs((consumed.append(d) or d for d in en), iter(de))
    next(pairs)
    assert len(consumed) == 1  # one pair at a time
    with pytest.raises(XnerError, match=r"\(24 vs 25\)"):
        list(iter_pairs(en, de[:24]))


def test_pharaoh_lines_join_the_pairs_and_a_count_mismatch_names_both(europarl, tmp_path):
    en, de = europarl
    pairs = list(iter_pairs(en, de))
    lines = [[Link(0, 0)] for _ in pairs]
    assert [get_alignment(d) for d in attach_alignments(pairs, lines, "p.spacy", "a.pharaoh")] == lines
    with pytest.raises(InputError, match="24 alignment lines for 25 sentences in p.spacy"):
        list(attach_alignments(pairs, lines[:24], "p.spacy", "a.pharaoh"))
    with pytest.raises(InputError, match="26 alignment lines for 25 sentences"):
        list(attach_alignments(pairs, lines + [[]], "p.spacy", "a.pharaoh"))


@pytest.mark.parametrize("corrupt", [b"\xc1", b"\x81\xa1a", b"\x80\x01", b""])  # invalid, cut short, extra data, none
def test_corrupt_user_data_is_one_error_naming_the_file(europarl, tmp_path, corrupt):
    en, _ = europarl
    doc_bin = DocBin(store_user_data=True, docs=en[:3])
    doc_bin.user_data[1] = corrupt
    (tmp_path / "bad.spacy").write_bytes(doc_bin.to_bytes())
    with pytest.raises(InputError, match="bad.spacy.*doc 1: corrupt user data"):
        read_docbin(tmp_path / "bad.spacy")
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"a": 1})) == {"a": 1}
