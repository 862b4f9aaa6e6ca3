"""``xner project`` on DocBin rows (``StoredDoc``): what it writes is byte for byte what projecting
the Docs writes, for every method, skip and file layout; the rows read entities and set them as
spaCy does."""
import random
import subprocess
import sys

import pytest
import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, DocBin, Span

from spacy_xner.alignment.pharaoh import BATCH, iter_pharaoh, parse_line, parse_lines
from spacy_xner.corpora.docbin import (DocWriter, docs_to_bytes, iter_docs, iter_stored_pairs,
                                       read_docbin)
from spacy_xner.corpora.pairing import attach_alignments
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.corpora.stored import ShardStrings, StoredDoc, entities_of, lazy_words_of, words_of
from spacy_xner.docs import set_alignment, word_spans
from spacy_xner.errors import InputError
from spacy_xner import reasons
from spacy_xner.pipeline.presets import build_projector
from spacy_xner.pipeline.project import project_pairs
from spacy_xner.ty import Link, WordSpan


def _write(path, targets):
    with DocWriter(path) as writer:
        for target in targets:
            writer.add(target)
    return path.read_bytes() if path.is_file() else None


def _project_both(pairs_path, pharaoh, projector, tmp_path):
    """The bytes the Doc path and the row path write for the same input."""
    docs = iter_docs(pairs_path)
    rows = iter_stored_pairs(pairs_path)
    if pharaoh is not None:
        docs = attach_alignments(docs, iter_pharaoh(pharaoh), pairs_path, pharaoh)
        rows = attach_alignments(rows, iter_pharaoh(pharaoh), pairs_path, pharaoh)
    from_docs, doc_summary = project_pairs(docs, projector)
    from_rows, row_summary = project_pairs(rows, projector)
    assert row_summary.to_dict() == doc_summary.to_dict()
    return _write(tmp_path / "docs.spacy", from_docs), _write(tmp_path / "rows.spacy", from_rows), row_summary


@pytest.mark.parametrize("method", ["heuristic", "ngram", "aligned"])
def test_rows_write_what_docs_write(pairs, method, tmp_path):
    root, _ = pairs
    projector = build_projector(method)
    from_docs, from_rows, summary = _project_both(root / "pairs.spacy", root / "pairs.pharaoh", projector, tmp_path)
    assert from_rows == from_docs
    assert summary.done > 20
    from_docs, from_rows, _ = _project_both(root / "aligned.spacy", None, projector, tmp_path)
    assert from_rows == from_docs


def test_rows_count_every_skip_as_docs_do(data_dir, tmp_path):
    """No translation, no links, an entity-less pair and incomplete projections (drop_incomplete)."""
    folder = data_dir / "europarl-ner"
    en = read_corpus(folder / "en-europarl.test.conll02", "en")[:30]
    de = read_corpus(folder / "de-europarl.test.conll02", "de")[:30]
    for k, (source, target) in enumerate(zip(en, de)):
        if k % 5:
            source._.xner_translation = target
        if k % 3:
            set_alignment(source, [Link(i, i) for i in range(min(len(source), len(target)))])
    (tmp_path / "in.spacy").write_bytes(docs_to_bytes(en))
    projector = build_projector("heuristic", drop_incomplete=True)
    from_docs, from_rows, summary = _project_both(tmp_path / "in.spacy", None, projector, tmp_path)
    assert from_rows == from_docs
    assert set(summary.skipped) == {reasons.MISSING_TRANSLATION, reasons.MISSING_ALIGNMENT, reasons.INCOMPLETE}
    assert summary.done + sum(summary.skipped.values()) == 30


@pytest.mark.parametrize("attrs", [["ORTH", "ENT_IOB", "ENT_TYPE"], ["ORTH"]])
def test_a_file_with_other_attributes_is_written_as_spacy_converts_it(data_dir, tmp_path, attrs):
    """Fewer columns than spaCy's default; with ORTH only, the source has no entities to project."""
    folder = data_dir / "europarl-ner"
    en = read_corpus(folder / "en-europarl.test.conll02", "en")[:10]
    de = read_corpus(folder / "de-europarl.test.conll02", "de")[:10]
    doc_bin = DocBin(attrs=attrs, store_user_data=True)
    for source, target in zip(en, de):
        set_alignment(source, [Link(i, i) for i in range(min(len(source), len(target)))])
        source.user_data["xner_paired"] = True
        doc_bin.add(source)
        del source.user_data["xner_paired"]
        doc_bin.add(target)
    (tmp_path / "few.spacy").write_bytes(doc_bin.to_bytes())
    from_docs, from_rows, _ = _project_both(tmp_path / "few.spacy", None, build_projector("heuristic"), tmp_path)
    assert from_rows == from_docs


def _random_doc(vocab, rng):
    words = [rng.choice(["a", "B", "c", "Dd", "e"]) for _ in range(rng.randint(1, 12))]
    doc = Doc(vocab, words=words)
    spans, i = [], 0
    while i < len(doc):
        length = rng.randint(1, 3)
        if rng.random() < 0.4 and i + length <= len(doc):
            spans.append(Span(doc, i, i + length, label=rng.choice(["PER", "LOC"]), kb_id=rng.choice(["", "Q1"])))
        i += length
    doc.set_ents(spans, default=rng.choice(["outside", "missing"]))
    return doc


def _row(doc):
    doc_bin = DocBin(docs=[doc])
    return StoredDoc(doc_bin.attrs, doc_bin.tokens[0], doc_bin.spaces[0], doc_bin.cats[0], doc_bin.flags[0],
                     doc_bin.span_groups[0], {}, ShardStrings(doc_bin.strings), "en")


def test_entities_of_a_chunk_are_each_rows_own():
    """One lookup for a chunk of rows of one table: an entity never runs into the next row; empty rows anywhere."""
    rng = random.Random(1)
    vocab = spacy.blank("en").vocab
    docs = [Doc(vocab, words=[])] + [_random_doc(vocab, rng) for _ in range(60)]
    docs = docs[:30] + [Doc(vocab, words=[])] + docs[30:] + [Doc(vocab, words=[]), Doc(vocab, words=[])]
    doc_bin = DocBin(docs=docs)
    strings = ShardStrings(doc_bin.strings)
    rows = [StoredDoc(doc_bin.attrs, t, sp, {}, {}, b"", {}, strings, "en") for t, sp in zip(doc_bin.tokens, doc_bin.spaces)]
    assert entities_of(rows) == [word_spans(doc) for doc in docs]
    assert sum(map(len, entities_of(rows))) > 30


def test_lazy_words_are_looked_up_when_first_read():
    """Their number is known without a lookup (a row with a hash its table lacks does not fail until
    its words are read); read, each row's words are ``words_of``'s, as a sequence."""
    rng = random.Random(2)
    vocab = spacy.blank("en").vocab
    docs = [_random_doc(vocab, rng) for _ in range(5)] + [Doc(vocab, words=[])]
    doc_bin = DocBin(docs=docs)
    strings = ShardStrings(doc_bin.strings)
    rows = [StoredDoc(doc_bin.attrs, t, sp, {}, {}, b"", {}, strings, "en") for t, sp in zip(doc_bin.tokens, doc_bin.spaces)]
    lazy = lazy_words_of(rows)
    assert [list(words) for words in lazy] == words_of(rows) == [[t.text for t in doc] for doc in docs]
    assert [len(words) for words in lazy] == [len(doc) for doc in docs]
    assert lazy[0][1:3] == [t.text for t in docs[0][1:3]] and lazy[0][-1] == docs[0][-1].text
    unknown = StoredDoc(doc_bin.attrs, doc_bin.tokens[0], doc_bin.spaces[0], {}, {}, b"", {}, ShardStrings([]), "en")
    words = lazy_words_of([unknown])[0]
    assert len(words) == len(docs[0])
    with pytest.raises(KeyError):
        words[0]


def test_row_entities_and_new_entities_are_spacys():
    rng = random.Random(0)
    vocab = spacy.blank("en").vocab
    for _ in range(200):
        doc = _random_doc(vocab, rng)
        row = _row(doc)
        assert row.entities() == word_spans(doc)
        new = [WordSpan(s.start, s.end, s.label_) for s in _random_doc(vocab, rng).ents if s.end <= len(doc)]
        changed = row.with_entities(new)
        doc.set_ents([Span(doc, s.start, s.end, label=s.label) for s in new], default="outside")
        columns = [row.attrs.index(a) for a in (ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID)]
        assert changed.tokens[:, columns].tolist() == doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tolist()
        assert changed.entities() == word_spans(doc)


def test_fast_pharaoh_parsing_is_the_careful_one():
    lines = ["", "0-0", "0-0 1-2 3-4", " 2-1  0-0 ", "1-2-0.5 0-0", "0-1-1", "10-200 3-3", "1-23-0.25"]
    for line in lines:
        links = parse_line(line)
        assert all(type(l) is Link and type(l.src) is int and type(l.score) is float for l in links)
        assert links == [Link(*map(float, t.split("-"))) if t.count("-") == 2 else Link(*map(int, t.split("-")))
                         for t in line.split()]
    # not i-j(-score): as many dashes as tokens, a score out of [0, 1] (issue 28: the strict grammar)
    for bad in ["-1-2", "1-", "1-2-3-4", "a-b", "1--2", "3", "1-2-3 4", "1-2 3", "1-23-4"]:
        with pytest.raises(ValueError, match="link"):
            parse_line(bad)


def test_a_batch_of_pharaoh_lines_parses_as_line_by_line():
    plain = ["", "0-0", "0-0 1-2 3-4", " 2-1  0-0 ", "\t4-5\t", "999999999-0"]
    others = ["1-2-0.5 0-0", "1234567890-1", "0-0\r", "1-23-1e-3"]  # the careful parser's
    for lines in (plain, plain + others[:1], others, [others[-1]] + plain):
        assert parse_lines(lines) == [parse_line(line) for line in lines]
        assert all(type(l) is Link and type(l.src) is int and type(l.score) is float for a in parse_lines(lines) for l in a)
    for bad in ["1-2-3 4", "1-2 3", "-1-2", "\u0663-1", "0-0\u00a0", "1-23-4"]:
        with pytest.raises(ValueError, match="link"):
            parse_lines(plain + [bad])


def test_pharaoh_errors_name_their_line_past_the_first_batch(tmp_path):
    path = tmp_path / "links.pharaoh"
    lines = ["0-0 1-1"] * (BATCH + 10)
    lines[BATCH + 4] = "0-0 1-2-3 4"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(iter_pharaoh(path))
    assert err.value.line == BATCH + 5
    lines[BATCH + 4] = "7-7"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert list(iter_pharaoh(path)) == [parse_line(line) for line in lines]


def test_building_a_component_imports_no_other_plugin():
    """A new Language imports every plugin's factories (spacy-transformers and its transformers: seconds);
    a projector needs none of them, a pipeline made afterwards has them all."""
    code = ("import sys, spacy; from spacy_xner.pipeline.presets import build_projector; p = build_projector(); "
            "print(type(p).__name__, 'spacy_transformers' in sys.modules); spacy.blank('en'); "
            "print('spacy_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["XnerProjector", "False", "True"]


def test_a_large_single_file_output_warns_that_it_is_held(pairs, tmp_path, monkeypatch, capsys):
    from spacy_xner.corpora import docbin

    root, _ = pairs
    monkeypatch.setattr(docbin, "LARGE_FILE", 5)
    rows = [row for row, _ in iter_stored_pairs(root / "aligned.spacy")]
    _write(tmp_path / "one.spacy", rows)
    assert "name the output without .spacy" in capsys.readouterr().err  # a note on stderr (issue 28)
    _write(tmp_path / "shards", rows)
    assert "without .spacy" not in capsys.readouterr().err
    assert len(read_docbin(tmp_path / "one.spacy")) == len(read_docbin(tmp_path / "shards")) == len(rows)
