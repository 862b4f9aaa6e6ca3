"""Issue 28, items 3 and 10: a damaged DocBin or user data is one error naming the file and the Doc, on
every path that reads one; a large single .spacy file says how to stay flat, and is written without
copies of its tokens.

Each damage is made on the 40 aligned Europarl pairs (80 Docs) by editing the DocBin's message."""
import zlib

import numpy
import pytest
import srsly
from fixtures_pairs import N, one_line_error
from spacy.attrs import ENT_IOB, HEAD

from spacy_xner.corpora import docbin
from spacy_xner.corpora.docbin import docs_to_bytes, iter_stored_pairs, read_docbin, write_docbin
from spacy_xner.docs import ALIGNMENT_DATA_KEY, BACKTRANSLATION_KEY, PROJECTION_KEY, get_alignment
from spacy_xner.errors import InputError
from spacy_xner.ty import Link


def damaged(source, path, change):
    """``source`` with its DocBin message changed by ``change(msg)``, written to ``path``."""
    msg = srsly.msgpack_loads(zlib.decompress(source.read_bytes()))
    change(msg)
    path.write_bytes(zlib.compress(srsly.msgpack_dumps(msg)))
    return path


def user_data(index, key, value):
    """A change that sets ``key`` in the user data of Doc ``index``."""
    def change(msg):
        data = dict(srsly.msgpack_loads(msg["user_data"][index], use_list=False))
        data[key] = value
        msg["user_data"][index] = srsly.msgpack_dumps(data)
    return change


def set_token(attr, row, value):
    """A change that sets one token's value of ``attr`` (row ``row`` of the flat token array)."""
    def change(msg):
        tokens = numpy.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(msg["attrs"])).copy()
        tokens[row, msg["attrs"].index(attr)] = value
        msg["tokens"] = tokens.tobytes()
    return change


def with_heads(msg):
    """A HEAD column whose first word points 999 words away (spaCy: E190 where the Doc is made)."""
    tokens = numpy.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(msg["attrs"]))
    heads = numpy.zeros((len(tokens), 1), dtype="uint64")
    heads[0] = 999
    msg["tokens"] = numpy.hstack([tokens, heads]).tobytes()
    msg["attrs"] = msg["attrs"] + [HEAD]


# (damage, the text of the one-line error); "doc N" where one Doc is to blame
DAMAGES = {
    "strings missing": (lambda m: m.__setitem__("strings", m["strings"][::2]), "is not in the file's string table"),
    "cats short": (lambda m: m.__setitem__("cats", m["cats"][:-1]), f"{2 * N - 1} cats entries for {2 * N} Docs"),
    "user_data short": (lambda m: m.__setitem__("user_data", m["user_data"][:10]), f"10 user_data entries for {2 * N} Docs"),
    "flags not mappings": (lambda m: m.__setitem__("flags", [{}] * (2 * N - 1) + [7]), f"doc {2 * N - 1}: its flags entry is a int"),
    "attrs garbage": (lambda m: m.__setitem__("attrs", [999999] + m["attrs"][1:]), "are not spaCy token attributes with ORTH"),
    "attrs not ints": (lambda m: m.__setitem__("attrs", ["x"] + m["attrs"][1:]), "are not spaCy token attributes with ORTH"),
    "IOB code": (set_token(ENT_IOB, 0, 9), "doc 0: ENT_IOB 9 is no IOB code"),
    "head outside its Doc": (with_heads, "doc 0: word 0 has its head outside the Doc"),
    "alignment a string": (user_data(2, ALIGNMENT_DATA_KEY, "0-0 1-1"), "doc 2: corrupt user data field 'xner_alignment'"),
    "alignment 1-tuples": (user_data(2, ALIGNMENT_DATA_KEY, [[0], [1]]), "doc 2: corrupt user data field 'xner_alignment'"),
    "alignment flat 3-tuple": (user_data(2, ALIGNMENT_DATA_KEY, [0, 1, 1.0]), "doc 2: corrupt user data field 'xner_alignment'"),
    "alignment of words": (user_data(2, ALIGNMENT_DATA_KEY, [["a", "b", "c"]]), "doc 2: corrupt user data field 'xner_alignment'"),
    "alignment negative": (user_data(2, ALIGNMENT_DATA_KEY, [[-1, 0, 1.0]]), "doc 2: corrupt user data field 'xner_alignment'"),
    "alignment NaN score": (user_data(2, ALIGNMENT_DATA_KEY, [[0, 0, float("nan")]]), "doc 2: corrupt user data field 'xner_alignment'"),
    "record a string": (user_data(3, PROJECTION_KEY, "x"), "doc 3: corrupt user data field 'xner_projection'"),
    "record entity without target": (user_data(3, PROJECTION_KEY, {"entities": [{"source": [0, 1, "LOC"], "score": 1.0}],
                                                                    "dropped": []}),
                                     "doc 3: corrupt user data field 'xner_projection'"),
    "record without dropped": (user_data(3, PROJECTION_KEY, {"entities": []}), "doc 3: corrupt user data field 'xner_projection'"),
    "back-translation a list": (user_data(2, BACKTRANSLATION_KEY, ["x"]), "doc 2: corrupt user data field 'xner_backtranslation'"),
    "back-translation ents": (user_data(2, BACKTRANSLATION_KEY, {"words": ["a"], "ents": [[0, 1, "LOC"]]}),
                              "doc 2: corrupt user data field 'xner_backtranslation'"),
    "back-translation links": (user_data(2, BACKTRANSLATION_KEY, {"words": ["a"], "links": [[0, "x", 1.0]]}),
                               "doc 2: corrupt user data field 'xner_backtranslation'"),
}


@pytest.mark.parametrize("damage", DAMAGES, ids=str)
def test_a_damaged_docbin_is_one_error_naming_the_file_on_both_read_paths(pairs, tmp_path, damage):
    """The Doc path (``read_docbin``) and the rows (``iter_stored_pairs``, what project and pair stream)
    read through the same checks; nothing is read silently wrong (a short user_data list read 40 pairs
    as 5 pairs and 70 single Docs)."""
    change, text = DAMAGES[damage]
    path = damaged(pairs[0] / "aligned.spacy", tmp_path / "bad.spacy", change)
    for read in (read_docbin, lambda p: list(iter_stored_pairs(p))):
        with pytest.raises(InputError) as err:
            read(path)
        assert str(err.value).startswith(f"{path}: ") and text in str(err.value)


@pytest.mark.parametrize("command", ["project", "evaluate", "show", "pair"])
def test_every_command_that_reads_a_corpus_reports_the_damage_in_one_line(pairs, tmp_path, xner, command):
    root, _ = pairs
    bad = damaged(root / "aligned.spacy", tmp_path / "bad.spacy", DAMAGES["cats short"][0])
    out = tmp_path / "out"
    args = {"project": [bad, out / "p.spacy"], "evaluate": [bad, root / "aligned.spacy"],
            "show": [bad, "-o", out / "v.html"], "pair": [bad, root / "pairs.spacy", out / "p.spacy"]}[command]
    one_line_error(xner(command, *args), "bad.spacy", "cats entries for")
    assert not out.exists()


def test_span_groups_spacy_cannot_read_are_one_error_naming_the_doc(pairs, tmp_path):
    """What the decoder cannot see is spaCy's error where a Doc is made, as one line naming the Doc."""
    def change(msg):
        msg["span_groups"][4] = b"\x93garbage"
    path = damaged(pairs[0] / "aligned.spacy", tmp_path / "bad.spacy", change)
    with pytest.raises(InputError, match=r"bad.spacy: doc 4: spaCy cannot make a Doc of it"):
        read_docbin(path)


def test_good_user_data_reads_as_before_with_links_decoded_once(pairs):
    """A link without score reads with 1.0, as before; the decoded links are what get_alignment returns."""
    root, _ = pairs
    docs = read_docbin(root / "aligned.spacy")
    rows = [row for row, _ in iter_stored_pairs(root / "aligned.spacy")]
    assert [get_alignment(d) for d in docs] == [get_alignment(r) for r in rows]
    assert all(type(link) is Link for d in docs for link in get_alignment(d))
    from spacy_xner.docs import decode_user_data

    data = {ALIGNMENT_DATA_KEY: ((0, 1), (2, 3, 0.5)), PROJECTION_KEY: {"skipped": "missing translation"}}
    decode_user_data(data)
    assert data[ALIGNMENT_DATA_KEY] == [Link(0, 1, 1.0), Link(2, 3, 0.5)]


def test_a_large_single_file_says_once_on_stderr_how_to_stay_flat(pairs, tmp_path, monkeypatch, capsys):
    """Writing past LARGE_FILE Docs or reading past LARGE_FILE_BYTES: one note each, on stderr; a
    directory of shards: none."""
    root, _ = pairs
    monkeypatch.setattr(docbin, "LARGE_FILE", 5)
    monkeypatch.setattr(docbin, "LARGE_FILE_BYTES", 1000)
    docs = read_docbin(root / "aligned.spacy")
    capsys.readouterr()
    write_docbin(tmp_path / "one.spacy", docs)
    write_docbin(tmp_path / "shards", docs, shard_size=10)
    out, err = capsys.readouterr()
    assert err.count("one.spacy: a single .spacy file is held in memory") == 1 and not out
    assert "name the output without .spacy" in err and f"{tmp_path / 'shards'}" not in err
    for _ in range(2):
        read_docbin(tmp_path / "one.spacy")
        list(iter_stored_pairs(tmp_path / "one.spacy"))
    read_docbin(tmp_path / "shards")
    out, err = capsys.readouterr()
    assert err.count("one.spacy: a single .spacy file of") == 1 and "name the output that writes it without .spacy" in err
    assert f"{tmp_path / 'shards'}" not in err and not out


def write_rows(path, pairs):
    with docbin.DocWriter(path) as writer:
        for source, translation in pairs:
            writer.add_pair(source, translation)
    return path.read_bytes()


def test_a_file_packed_a_few_docs_at_a_time_is_the_same_bytes(pairs, tmp_path, monkeypatch):
    """``docbin_bytes`` packs and compresses PACKED_DOCS Docs at a time, and a writer of rows collects their
    strings PACKED_DOCS rows at a time (no copy of a large file's tokens): the bytes are those of one piece,
    so the column choice, the string table and the message agree across pieces."""
    docs = read_docbin(pairs[0] / "aligned.spacy")
    rows = list(iter_stored_pairs(pairs[0] / "aligned.spacy"))
    whole, whole_rows = docs_to_bytes(docs), write_rows(tmp_path / "rows.spacy", rows)
    monkeypatch.setattr(docbin, "PACKED_DOCS", 3)
    assert docs_to_bytes(docs) == whole
    assert write_rows(tmp_path / "rows.spacy", rows) == whole_rows
    assert docs_to_bytes(docbin.docs_from_bytes(whole)) == whole
