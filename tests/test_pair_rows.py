"""``xner pair`` on DocBin rows (``iter_row_pairs`` + ``DocWriter.add_pair``): it writes byte for byte
what pairing the Docs (``iter_pairs`` + ``DocWriter.add``) writes, by order, by id and by id map, with
the same summary and the same errors; by id it reads the targets back shard by shard."""
import json
import random

import pytest

from spacy_xner.accounting import StageSummary
from spacy_xner.corpora import pairing
from spacy_xner.corpora.docbin import FILE_SHARD_SIZE, DocWriter, corpus_files, iter_docs, iter_stored_docs, read_docbin, write_docbin
from spacy_xner.corpora.pairing import iter_pairs, iter_row_pairs, pair_docs, read_id_map
from spacy_xner.reasons import NO_TARGET
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import ID_KEY, SOURCE_ID_KEY, get_id, set_id
from spacy_xner.errors import InputError, XnerError

SHARD = 100  # sentences per input shard: the Europarl test set is several shards
DROPPED_EVERY = 7  # every 7th source has no machine translation


@pytest.fixture(scope="module")
def europarl(data_dir):
    folder = data_dir / "europarl-ner"
    return (read_corpus(folder / "en-europarl.test.conll02", "en"), read_corpus(folder / "de-europarl.test.conll02", "de"))


def _machine_translation(en, de, shuffled):
    """de as a machine translation of en: its own ids, each answering to its source's id
    (``xner_source_id``); some sources untranslated; the first kept target also takes the next kept
    source's id as its own, which wins over that source's own translation."""
    kept = [k for k in range(len(en)) if k % DROPPED_EVERY]
    targets = []
    for k in kept:
        target = de[k].copy()
        set_id(target, f"mt:{k}", source_id=get_id(en[k]))
        targets.append(target)
    set_id(targets[0], get_id(en[kept[1]]))
    if shuffled:
        random.Random(0).shuffle(targets)
    return targets


@pytest.fixture(scope="module")
def corpora(europarl, tmp_path_factory):
    """The corpora on disk as directories of shards (and en also as one file); in de.without-an-id
    the second sentence has none."""
    en, de = europarl
    root = tmp_path_factory.mktemp("pair_rows")
    without_an_id = [d.copy() for d in de]
    del without_an_id[1].user_data[ID_KEY]
    for name, docs in [("en", en), ("de", de), ("de.without-an-id", without_an_id), ("mt", _machine_translation(en, de, False)),
                       ("mt.shuffled", _machine_translation(en, de, True)), ("en-de", pair_docs(en, de))]:
        write_docbin(root / name, docs, shard_size=SHARD)
    write_docbin(root / "en.spacy", en)
    return root


def _written(path):
    """A corpus's bytes: each file's, by name."""
    return {file.relative_to(path).as_posix() if path.is_dir() else "": file.read_bytes() for file in corpus_files(path)}


def _pair_both(sources, targets, output, shard_size=SHARD, **options):
    """What the Doc path and the row path write (and count) pairing two corpora on disk."""
    doc_summary, row_summary = StageSummary("pair"), StageSummary("pair")
    doc_out, row_out = output.with_name("docs." + output.name), output.with_name("rows." + output.name)
    with DocWriter(doc_out, shard_size) as writer:
        for pair in iter_pairs(iter_docs(sources), iter_docs(targets), summary=doc_summary, **options):
            writer.add(pair)
    with DocWriter(row_out, shard_size) as writer:
        for source, target in iter_row_pairs(iter_stored_docs(sources), targets, summary=row_summary, **options):
            writer.add_pair(source, target)
    assert row_summary.to_dict() == doc_summary.to_dict()
    return _written(doc_out), _written(row_out), row_summary, row_out


def _same_error(sources, targets, **options):
    """Both paths fail with one message; it is returned."""
    with pytest.raises(XnerError) as from_docs:
        list(iter_pairs(iter_docs(sources), iter_docs(targets), **options))
    with pytest.raises(XnerError) as from_rows:
        list(iter_row_pairs(iter_stored_docs(sources), targets, **options))
    assert str(from_rows.value) == str(from_docs.value)
    return str(from_rows.value)


@pytest.mark.parametrize("output", ["pairs", "pairs.spacy"])
@pytest.mark.parametrize("targets", ["de", "de.without-an-id"])
def test_by_order_rows_write_what_docs_write(corpora, europarl, tmp_path, output, targets):
    en, _ = europarl
    from_docs, from_rows, summary, written = _pair_both(corpora / "en", corpora / targets, tmp_path / output)
    assert from_rows == from_docs
    assert summary.done == len(en) and not summary.skipped
    back = read_docbin(written)
    assert [get_id(p) for p in back] == [get_id(d) for d in en]
    # the target keeps its own id, or none
    assert [get_id(p._.xner_translation) for p in back] == [get_id(d) for d in read_docbin(corpora / targets)]


@pytest.mark.parametrize("targets", ["mt", "mt.shuffled"])
def test_by_id_rows_write_what_docs_write(corpora, europarl, tmp_path, monkeypatch, targets):
    """A machine translation answers to its source's id; an own id comes first; untranslated sources
    are counted skips. Few sources a lookup and one shard kept: the shuffled targets are read back
    many times, and still land with their sources."""
    en, _ = europarl
    monkeypatch.setattr(pairing, "SOURCES_PER_LOOKUP", SHARD // 3)
    monkeypatch.setattr(pairing, "SHARDS_KEPT", 1)
    from_docs, from_rows, summary, written = _pair_both(corpora / "en", corpora / targets, tmp_path / "pairs", by_id=True)
    assert from_rows == from_docs
    untranslated = {get_id(d) for k, d in enumerate(en) if not k % DROPPED_EVERY}
    assert summary.skipped[NO_TARGET] == len(untranslated) and summary.done == len(en) - len(untranslated)
    back = read_docbin(written)
    assert {get_id(p) for p in back} == {get_id(d) for d in en} - untranslated
    own_id_wins = [p for p in back if get_id(p._.xner_translation) == get_id(p)]
    assert len(own_id_wins) == 1
    assert all(p._.xner_translation.user_data[SOURCE_ID_KEY] == get_id(p) for p in back if p not in own_id_wins)


def test_by_id_map_rows_write_what_docs_write(corpora, europarl, tmp_path):
    """Two sources may map to one target; unmapped sources are counted skips."""
    en, de = europarl
    mapped = [(en[0], de[2]), (en[1], de[2]), (en[3], de[len(de) - 1]), (en[len(en) - 1], de[0])]
    (tmp_path / "map.tsv").write_text("".join(f"{get_id(s)}\t{get_id(t)}\n" for s, t in mapped), encoding="utf-8")
    id_map = read_id_map(tmp_path / "map.tsv")
    from_docs, from_rows, summary, written = _pair_both(corpora / "en.spacy", corpora / "de", tmp_path / "pairs.spacy",
                                                        id_map=id_map)
    assert from_rows == from_docs
    assert summary.done == len(mapped) and summary.skipped[NO_TARGET] == len(en) - len(mapped)
    assert [(get_id(p), get_id(p._.xner_translation)) for p in read_docbin(written)] == \
           [(get_id(s), get_id(t)) for s, t in sorted(mapped, key=lambda pair: get_id(pair[0]) == get_id(en[-1]))]


def test_a_source_corpus_of_pairs_gets_new_translations_as_docs_do(corpora, tmp_path):
    from_docs, from_rows, summary, written = _pair_both(corpora / "en-de", corpora / "mt", tmp_path / "pairs", by_id=True)
    assert from_rows == from_docs and summary.done
    assert all(get_id(p) in (get_id(p._.xner_translation), p._.xner_translation.user_data[SOURCE_ID_KEY])
               for p in read_docbin(written))  # the en-de translations are gone


def test_a_target_corpus_of_pairs_is_an_input_error(corpora):
    for options in ({}, {"by_id": True}):
        with pytest.raises(InputError, match="holds pairs"):
            list(iter_row_pairs(iter_stored_docs(corpora / "en"), corpora / "en-de", **options))


def test_rows_fail_as_docs_fail(corpora, europarl, tmp_path):
    """Ids missing on either side, a repeated target id, an unknown id-map target, unequal counts."""
    en, de = europarl
    assert "target Doc #1 has no sentence id" in _same_error(corpora / "en", corpora / "de.without-an-id", by_id=True)
    assert "source Doc #1 has no sentence id" in _same_error(corpora / "de.without-an-id", corpora / "de", by_id=True)
    write_docbin(tmp_path / "twice", de + de[:1], shard_size=SHARD)
    assert "occurs twice" in _same_error(corpora / "en", tmp_path / "twice", by_id=True)
    (tmp_path / "map.tsv").write_text(f"{get_id(en[0])}\tnowhere\n", encoding="utf-8")
    assert "not in the target corpus" in _same_error(corpora / "en", corpora / "de", id_map=read_id_map(tmp_path / "map.tsv"))
    half = de[len(de) // 2:]
    write_docbin(tmp_path / "half", half, shard_size=SHARD)
    assert f"({len(half)} vs {len(en)})" in _same_error(corpora / "en", tmp_path / "half")


def test_by_id_reads_each_target_shard_once_more_when_in_order(corpora, monkeypatch):
    """The first pass reads every target shard; the lookups read each again only once: targets in
    their sources' order are never re-read, and never all held."""
    reads = []
    read_pairs = pairing.stored_pairs_of_file

    def counted(file):
        reads.append(file.name)
        return read_pairs(file)

    monkeypatch.setattr(pairing, "stored_pairs_of_file", counted)
    pairs = list(iter_row_pairs(iter_stored_docs(corpora / "en"), corpora / "mt", by_id=True))
    shards = [file.name for file in corpus_files(corpora / "mt")]
    assert len(shards) > pairing.SHARDS_KEPT
    assert reads == shards + shards and pairs


@pytest.mark.parametrize("by_id", [False, True])
def test_cli_writes_what_the_doc_path_writes(corpora, tmp_path, xner, by_id):
    targets = corpora / ("mt" if by_id else "de")
    res = xner("pair", corpora / "en", targets, tmp_path / "out", *(["--by-id"] if by_id else []))
    assert res.returncode == 0, res.stderr
    from_docs, _, summary, _ = _pair_both(corpora / "en", targets, tmp_path / "expected", FILE_SHARD_SIZE, by_id=by_id)
    assert _written(tmp_path / "out") == from_docs
    assert json.loads((tmp_path / "out.summary.json").read_text()) == summary.to_dict()
    assert f"{summary.done}/{summary.sentences_in} sentences done" in res.stdout
