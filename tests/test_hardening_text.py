"""Issue 28, items 6 and 11 (text): one rule for every line reader (``io.read_lines``), tested once here,
then once per reader (a file saved with a BOM and CRLF reads as the plain file does); given translations
that are pairs are refused; a convert that writes no sentence fails like the other stages."""
import gzip
import json

import os
import threading

import pytest
from fixtures_pairs import N, one_line_error

from spacy_xner.alignment.gold import read_gold, read_text
from spacy_xner.alignment.pharaoh import read_pharaoh
from spacy_xner.corpora.docbin import read_docbin
from spacy_xner.corpora.pairing import read_id_map
from spacy_xner.corpora.readers import read_corpus, stem
from spacy_xner.docs import get_id, get_translation
from spacy_xner.errors import InputError
from spacy_xner.io import read_lines
from spacy_xner.translation.given import GivenTranslations

PLAIN = "Paris\tB-LOC\nis\tO\n\nBerlin\tB-LOC\n"


def windows(text: str) -> bytes:
    """``text`` as a Windows editor saves it: a byte order mark, CRLF line ends."""
    return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")


READABLE = [
    # name, file name, bytes, lines read
    ("plain", "a.txt", b"a b\nc\n", ["a b", "c"]),
    ("byte order mark", "a.txt", b"\xef\xbb\xbfa b\nc\n", ["a b", "c"]),
    ("CRLF", "a.txt", b"a b\r\nc\r\n", ["a b", "c"]),
    ("no final newline", "a.txt", b"a b\nc", ["a b", "c"]),
    ("blank lines kept", "a.txt", b"a\n\n\nb\n", ["a", "", "", "b"]),
    ("empty file", "a.txt", b"", []),
    ("U+2028 is not a line end", "a.txt", "a\u2028b\x85c\n".encode(), ["a\u2028b\x85c"]),
    ("gzip", "a.txt.gz", gzip.compress(windows("a b\nc\n")), ["a b", "c"]),
]
REFUSED = [
    # name, file name, bytes, expected reason, line
    ("latin-1", "a.txt", "ok\nr\xe9sum\xe9\n".encode("latin-1"), "not valid UTF-8", 2),
    ("UTF-16", "a.txt", "a\nb\n".encode("utf-16"), "is UTF-16 text", 1),
    ("lone carriage return", "a.txt", b"a\nb\rc\n", "a carriage return (\\r) inside a line", 2),
    ("old Mac line ends", "a.txt", b"a\rb\r", "a carriage return", 1),
    ("truncated gzip", "a.txt.gz", gzip.compress("".join(f"{i}\n" for i in range(100_000)).encode())[:5_000], "truncated gzip file", None),
    ("not gzip", "a.txt.gz", b"plain text", "cannot read (Not a gzipped file", 1),
]


@pytest.mark.parametrize("name,filename,data,lines", READABLE, ids=[r[0] for r in READABLE])
def test_read_lines_reads(tmp_path, name, filename, data, lines):
    path = tmp_path / filename
    path.write_bytes(data)
    assert list(read_lines(path)) == list(enumerate(lines, 1))


@pytest.mark.parametrize("name,filename,data,reason,line", REFUSED, ids=[r[0] for r in REFUSED])
def test_read_lines_refuses_with_file_and_line(tmp_path, name, filename, data, reason, line):
    path = tmp_path / filename
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        list(read_lines(path))
    assert err.value.path == path and reason in err.value.reason
    if line is not None:
        assert err.value.line == line
    else:  # where a truncated file ends: after the last complete line read
        assert err.value.line > 1


def test_read_lines_missing_file_directory_and_pipe(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        list(read_lines(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        list(read_lines(tmp_path))
    fifo = tmp_path / "links.fifo"  # `--pharaoh <(zcat links.gz)`: read once, as a stream
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(b"\xef\xbb\xbf0-0\r\n1-1\n"))
    writer.start()
    assert list(read_lines(fifo)) == [(1, "0-0"), (2, "1-1")]
    writer.join()


def test_read_lines_streams(tmp_path):
    """A reader stops early without the rest of the file read: a bad line after the first is not reached."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"first\n" + b"x\n" * 100_000 + b"\xff\n")
    assert next(read_lines(path)) == (1, "first")


# Each reader reads a file saved with a BOM and CRLF as it reads the plain file.

def both(tmp_path, name: str, text: str):
    """The same text saved plainly and as a Windows editor saves it (same file name, two folders)."""
    (tmp_path / "plain").mkdir(exist_ok=True)
    (tmp_path / "windows").mkdir(exist_ok=True)
    (tmp_path / "plain" / name).write_text(text, encoding="utf-8")
    (tmp_path / "windows" / name).write_bytes(windows(text))
    return tmp_path / "plain" / name, tmp_path / "windows" / name


def corpus(path, lang="en"):
    return [([t.text for t in d], [(e.start, e.end, e.label_) for e in d.ents], get_id(d)) for d in read_corpus(path, lang)]


@pytest.mark.parametrize("name,text", [
    ("x.conll", PLAIN),
    ("x.jsonl", json.dumps({"tokens": ["Paris", "is"], "tags": ["B-LOC", "O"]}) + "\n"),
    ("x.jsonl.gz", json.dumps({"id": 7, "tgt_tokens": ["Paris", "ist"]}) + "\n"),  # the translations format
])
def test_corpus_readers_windows_file(tmp_path, name, text):
    plain, win = both(tmp_path, name, text)
    if name.endswith(".gz"):
        for path in (plain, win):
            path.write_bytes(gzip.compress(path.read_bytes()))
    assert corpus(win) == corpus(plain) and corpus(plain)


def test_given_translations_windows_file(tmp_path):
    plain, win = both(tmp_path, "de.txt", "Wiederaufnahme der Sitzungsperiode\nIch erkläre\n")
    assert GivenTranslations(win).by_order == GivenTranslations(plain).by_order
    assert [g.text for g in GivenTranslations(win).by_order] == ["Wiederaufnahme der Sitzungsperiode", "Ich erkläre"]
    plain, win = both(tmp_path, "de.jsonl", json.dumps({"id": 0, "tgt_tokens": ["Hallo", "Welt"]}) + "\n")
    assert GivenTranslations(win).by_id == GivenTranslations(plain).by_id


def test_id_map_windows_file(tmp_path):
    plain, win = both(tmp_path, "map.tsv", "en:0\tde:0\nen:1\tde:2\n")
    assert read_id_map(win) == read_id_map(plain) == {"en:0": "de:0", "en:1": "de:2"}


def test_gold_text_windows_file(tmp_path):
    plain, win = both(tmp_path, "gold.txt", "0-0 1-2\n2p3\n")
    assert read_text(win) == read_text(plain) == ["0-0 1-2", "2p3"]
    plain, win = both(tmp_path, "gold.talp", "0-0 1-1\n")
    assert read_gold(win) == read_gold(plain)


def test_pharaoh_windows_and_gzip_file(tmp_path):
    plain, win = both(tmp_path, "links.txt", "0-0 1-2\n\n2-1-0.5\n")
    gz = tmp_path / "links.txt.gz"
    gz.write_bytes(gzip.compress(win.read_bytes()))
    assert read_pharaoh(win) == read_pharaoh(plain) == read_pharaoh(gz) == [
        [(0, 0, 1.0), (1, 2, 1.0)], [], [(2, 1, 0.5)]]


def test_one_stem_for_every_id(tmp_path):
    """Given text and corpus files name their sentences ``<stem>:<i>`` with the same stem."""
    for name in ("de.txt", "de.txt.gz", "de.tsv", "de.europarl"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(b"Hallo\n") if name.endswith(".gz") else b"Hallo\n")
        assert GivenTranslations(path).by_order[0].id == f"{stem(path)}:0"
    assert stem(tmp_path / "de.txt.gz") == "de" and stem(tmp_path / "de.europarl") == "de.europarl"


# The CLI: a Windows given text translates as the plain one; item 11.

def translations(path):
    return [[t.text for t in get_translation(d)] for d in read_docbin(path)]


def test_translate_given_windows_text_same_output(xner, pairs, tmp_path):
    root, _ = pairs
    german = [[t.text for t in get_translation(d)] for d in read_docbin(root / "pairs.spacy")]
    assert len(german) == N
    plain, win = both(tmp_path, "de.txt", "".join(" ".join(words) + "\n" for words in german))
    for given, out in ((plain, tmp_path / "plain.spacy"), (win, tmp_path / "windows.spacy")):
        res = xner("translate", root / "pairs.spacy", out, "--tgt-lang", "de", "--given", given)
        assert res.returncode == 0, res.stderr
    assert translations(tmp_path / "windows.spacy") == translations(tmp_path / "plain.spacy")
    assert not any("\r" in t or "\ufeff" in t for words in translations(tmp_path / "windows.spacy") for t in words)


def test_translate_refuses_pairs_as_given(xner, pairs, tmp_path):
    root, _ = pairs
    out = tmp_path / "t.spacy"
    one_line_error(xner("translate", root / "pairs.spacy", out, "--tgt-lang", "de", "--given", root / "pairs.spacy"),
                   "is a pair (a sentence with its translation)")
    assert not out.exists()


def test_convert_writing_no_sentence_fails_unless_allowed(xner, tmp_path):
    src = tmp_path / "t.jsonl"
    src.write_text("".join(json.dumps({"id": i, "tgt_tokens": []}) + "\n" for i in range(3)), encoding="utf-8")
    out = tmp_path / "o.spacy"
    one_line_error(xner("convert", src, out, "--lang", "de"), "convert: none of 3 sentences done", "--allow-empty")
    assert not out.exists() and not (tmp_path / "o.summary.json").exists()
    assert xner("convert", src, out, "--lang", "de", "--allow-empty").returncode == 0
    assert read_docbin(out) == [] and json.loads((tmp_path / "o.summary.json").read_text())["done"] == 0
