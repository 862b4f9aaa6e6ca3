"""Reading and writing corpora as streams of Docs: a ``.spacy`` DocBin, or a directory of ``.spacy`` shards.

The pair store: a source Doc and its translation (``doc._.xner_translation``) are two consecutive
Docs of one DocBin, the source marked with ``xner_paired``, so a shard has one string table for
both languages.

A directory is read shard by shard and written shard by shard, so a stage's memory is bounded by
one shard whatever the corpus size; a single ``.spacy`` file is one DocBin, held whole (past
``LARGE_FILE`` Docs written or ``LARGE_FILE_BYTES`` read, a note on stderr says how to stay flat).
Every DocBin read is checked where it is decoded (``_decoded``, and the user data by
``docs.decode_user_data``): a damaged file is one ``InputError`` naming it and the Doc to blame.
"""
from __future__ import annotations

import os
import shutil
import sys
import zlib
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import numpy as np
import srsly

from spacy.attrs import DEP, ENT_IOB, HEAD, IDS, NORM, ORTH
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from ..compat import EMPTY_SPAN_GROUPS, msgpack_extensions_looked_up_once
from ..docs import (TRANSLATION_KEY, CorruptUserData, decode_user_data, get_translation, install_extensions,
                    set_translation)
from ..errors import InputError
from ..languages import spacy_lang
from ..io import directory_beside, is_directory_corpus, replace_directory, write_atomic
from .stored import STRING_ATTRS, ShardStrings, StoredDoc, referenced_strings

PAIRED_KEY = "xner_paired"  # on a source Doc: the next Doc of its DocBin is its translation
LANG_KEY = "xner_lang"
FILE_SHARD_SIZE = 10_000  # pairs per shard file of a directory corpus
# A single .spacy file is one DocBin, held whole in memory: past these sizes (100,000 Europarl sentences, or
# pairs written; memory measured in benchmarks/README.streaming.md) a reader or writer says once, on stderr, how to stay flat
LARGE_FILE = 100_000  # Docs (a pair counts once) added to a single .spacy output
LARGE_FILE_BYTES = 18 * 2**20  # size of a single .spacy input: 100,000 converted Europarl sentences (50,000 pairs)

_vocabs: dict[str, Vocab] = {}


def vocab_for(lang: str) -> Vocab:
    """One shared Vocab per spaCy language, so Docs read in one run share their strings; ``lang`` is
    any ISO 639 code (spaCy's multi-language vocab where spaCy lacks the language). Made as
    ``spacy.blank`` makes it, without building a Language: the first ``spacy.blank`` of a process
    loads every plugin's registry entries (seconds, and torch's memory)."""
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab


    code = spacy_lang(lang)
    if code not in _vocabs:
        _vocabs[code] = create_vocab(code, get_lang_class(code).Defaults)
    return _vocabs[code]


def language_of(doc: Doc) -> str:
    """The language code the user gave for this Doc (``hau``), which spaCy's ``doc.lang_`` (``xx``) may not be."""
    return doc.user_data.get(LANG_KEY) or doc.lang_


def set_language(doc: Doc, lang: str) -> None:
    doc.user_data[LANG_KEY] = lang




def corpus_files(path: Union[str, Path]) -> list[Path]:
    """The ``.spacy`` files of a corpus: the file itself, or a directory's (recursively, in name
    order, as spaCy's ``Corpus`` reads them)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.spacy") if p.is_file())
        if not files:
            raise InputError(path, "is a directory without .spacy files")
        return files
    if not path.is_file():
        raise InputError(path, "file not found")
    size = path.stat().st_size
    if size > LARGE_FILE_BYTES and path not in _noted:
        _noted.add(path)
        _note(f"{path}: a single .spacy file of {size / 2**20:,.0f} MB is read whole (several times its size in "
              f"memory); a directory of shards is read one shard at a time: name the output that writes it without "
              f".spacy")
    return [path]


_noted: set[Path] = set()  # the large single files noted


def iter_docs(path: Union[str, Path]) -> Iterator[Doc]:
    """The Docs of a corpus one at a time, translations attached; one file in memory at a time."""
    for file in corpus_files(path):
        yield from iter_docs_from_bytes(file.read_bytes(), file)


def _note(text: str) -> None:
    """A warning on stderr, where it does not mix with a command's output on stdout."""
    print(f"⚠ {text}", file=sys.stderr, flush=True)


def read_docbin(path: Union[str, Path]) -> list[Doc]:
    """All Docs of a corpus (file or directory), translations attached; errors name the file."""
    return list(iter_docs(path))


def docs_from_bytes(data: bytes, source: Union[str, Path, None] = None) -> list[Doc]:
    """The Docs of serialized DocBin bytes (a file's content, or a shard sent between processes)."""
    return list(iter_docs_from_bytes(data, source))


def iter_docs_from_bytes(data: bytes, source: Union[str, Path, None] = None) -> Iterator[Doc]:
    install_extensions()
    index = 0  # of the source Doc in the DocBin
    for row, translation in iter_rows_from_bytes(data, source):
        doc = _row_doc(row, source, index)
        if translation is not None:
            set_translation(doc, _row_doc(translation, source, index + 1))
        index += 1 if translation is None else 2
        yield doc


def iter_stored_pairs(path: Union[str, Path]) -> Iterator[tuple[StoredDoc, Optional[StoredDoc]]]:
    """The pairs of a corpus as DocBin rows (``StoredDoc``), without making Docs: (source, its
    translation or None)."""
    for file in corpus_files(path):
        yield from stored_pairs_of_file(file)


def iter_stored_docs(path: Union[str, Path]) -> Iterator[StoredDoc]:
    """The sentences of a corpus as rows, a pair's translation left out: what ``xner pair`` pairs
    anew (as giving a Doc a translation replaces the one it had)."""
    return (row for row, _ in iter_stored_pairs(path))


def stored_pairs_of_file(file: Path) -> Iterator[tuple[StoredDoc, Optional[StoredDoc]]]:
    """The pairs of one ``.spacy`` file of a corpus as ``iter_stored_pairs`` reads them (a reader that
    comes back for the rows it needs reads one shard, not the corpus)."""
    yield from iter_rows_from_bytes(file.read_bytes(), file)


def iter_rows_from_bytes(data: bytes, source: Union[str, Path, None] = None
                         ) -> Iterator[tuple[StoredDoc, Optional[StoredDoc]]]:
    """The rows of serialized DocBin bytes, each source with the row of its translation (or None)."""
    with msgpack_extensions_looked_up_once():
        try:
            doc_bin, strings = _decoded(data)
        except DamagedDocBin as err:
            raise InputError(source, str(err)) from None
        except Exception as err:  # DocBin raises bare ValueError/KeyError/zlib errors on corrupt files
            raise InputError(source, f"not a spaCy DocBin ({type(err).__name__}: {err})") from None
        pending = None
        for row in _rows(doc_bin, strings, source):
            if pending is not None:
                yield pending, row
                pending = None
            elif row.user_data.pop(PAIRED_KEY, False):
                pending = row
            else:
                yield row, None
        if pending is not None:
            raise InputError(source, "the last pair has no translation Doc (a truncated file?)")


class DamagedDocBin(ValueError):
    """A DocBin whose parts do not fit together (a damaged or hand-made file), at Doc ``index`` where one is to blame."""

    def __init__(self, problem: str, index: Optional[int] = None):
        super().__init__(f"doc {index}: {problem}" if index is not None else f"a damaged DocBin: {problem}")


def docbin_from_bytes(data: bytes) -> DocBin:
    """``DocBin(store_user_data=True).from_bytes(data)``, its rows cut as slices of the flat arrays
    (spaCy cuts them with ``numpy.split``, a third of reading a shard's bytes: py-spy, 20k-pair store),
    and checked as ``_decoded`` checks them: a ``ValueError`` (``DamagedDocBin``) where they do not fit."""
    return _decoded(data)[0]


_ATTR_NAMES = {id_: name for name, id_ in IDS.items() if id_}
_PER_DOC = {"cats": {dict}, "flags": {dict}, "span_groups": {bytes}, "user_data": {bytes, type(None)}}  # lists of one per Doc


def _decoded(data: bytes) -> tuple[DocBin, ShardStrings]:
    """The DocBin of serialized bytes and its string table, checked once for all its readers (the Doc
    path and the rows): one entry per Doc in every per-Doc list (a short ``user_data`` list would pair
    the wrong Docs), attributes that are spaCy's with ORTH among them, and the values ``Doc.from_array``
    would reject or a reader could not name (``_check_values``). Vectorized: a per-shard cost."""
    msg = srsly.msgpack_loads(zlib.decompress(data))
    doc_bin = DocBin(store_user_data=True)
    attrs = msg["attrs"]
    if not isinstance(attrs, list) or any(type(a) is not int or a not in _ATTR_NAMES for a in attrs) \
            or len(set(attrs)) != len(attrs) or ORTH not in attrs:
        raise DamagedDocBin(f"attributes {attrs!r} are not spaCy token attributes with ORTH among them")
    doc_bin.attrs = attrs
    if not isinstance(msg["strings"], list) or not all(type(s) is str for s in msg["strings"]):
        raise DamagedDocBin("its string table holds more than strings")
    doc_bin.strings = set(msg["strings"])
    lengths = np.frombuffer(msg["lengths"], dtype="int32")
    tokens = np.frombuffer(msg["tokens"], dtype="uint64").reshape(-1, len(doc_bin.attrs))
    spaces = np.frombuffer(msg["spaces"], dtype=bool).reshape(-1, 1)
    ends = np.cumsum(lengths, dtype=np.int64)
    if (ends[-1] if len(ends) else 0) != len(tokens) or len(spaces) != len(tokens) or (lengths < 0).any():
        raise ValueError(f"{len(lengths)} Docs of {ends[-1] if len(ends) else 0} words in all, {len(tokens)} token rows")
    n = len(lengths)
    per_doc = {"cats": msg["cats"], "flags": msg.get("flags", [{}] * n), "span_groups": msg.get("span_groups", [b""] * n),
               "user_data": msg.get("user_data", [None] * n)}
    for name, values in per_doc.items():
        if not isinstance(values, list) or len(values) != n:
            raise DamagedDocBin(f"{len(values) if isinstance(values, list) else 'no list of'} {name} entries for {n} Docs")
        if not set(map(type, values)) <= _PER_DOC[name]:  # msgpack decodes to these types exactly
            wrong = next(i for i, value in enumerate(values) if type(value) not in _PER_DOC[name])
            raise DamagedDocBin(f"its {name} entry is a {type(values[wrong]).__name__}", wrong)
    strings = ShardStrings(doc_bin.strings)
    _check_values(tokens, attrs, ends, strings)
    bounds = list(zip([0] + ends[:-1].tolist(), ends.tolist()))
    doc_bin.tokens = [tokens[start:end] for start, end in bounds]
    doc_bin.spaces = [spaces[start:end] for start, end in bounds]
    doc_bin.cats, doc_bin.flags, doc_bin.span_groups = per_doc["cats"], per_doc["flags"], per_doc["span_groups"]
    doc_bin.user_data = per_doc["user_data"]
    return doc_bin, strings


def _check_values(tokens: np.ndarray, attrs: list[int], ends: np.ndarray, strings: ShardStrings) -> None:
    """Every string attribute's value is a hash of the string table (spaCy: ``KeyError`` E018 where a Doc
    is made; a row: where its words are read), heads stay inside their Doc and entity IOB codes are
    spaCy's (``Doc.from_array``'s own checks, made on the rows too)."""
    def doc_of(position: int) -> int:
        return int(np.searchsorted(ends, position, side="right"))

    for attr in STRING_ATTRS:
        if attr in attrs:
            column = tokens[:, attrs.index(attr)]
            unknown = strings.unknown(column)
            if len(unknown):
                raise DamagedDocBin(f"{_ATTR_NAMES[attr]} {int(column[unknown[0]])} is not in the file's string table",
                                    doc_of(unknown[0]))
    if ENT_IOB in attrs:
        wrong = np.flatnonzero(tokens[:, attrs.index(ENT_IOB)] > 3)
        if len(wrong):
            raise DamagedDocBin(f"ENT_IOB {int(tokens[wrong[0], attrs.index(ENT_IOB)])} is no IOB code", doc_of(wrong[0]))
    if HEAD in attrs and tokens[:, attrs.index(HEAD)].any():
        lengths = np.diff(ends, prepend=0)
        starts = np.repeat(ends - lengths, lengths)
        heads = np.arange(len(tokens)) + tokens[:, attrs.index(HEAD)].astype(np.int32)  # an offset, as spaCy casts it
        wrong = np.flatnonzero((heads < starts) | (heads >= np.repeat(ends, lengths)))
        if len(wrong):
            raise DamagedDocBin(f"word {wrong[0] - starts[wrong[0]]} has its head outside the Doc", doc_of(wrong[0]))


def _rows(doc_bin: DocBin, strings: ShardStrings, source: Union[str, Path, None]) -> Iterator[StoredDoc]:
    """The DocBin's rows with their user data decoded, each in its own language (its ``xner_lang``;
    a pair's two Docs share the DocBin but not the language). Rows without it take the first row's."""
    default = "xx"
    languages = set()  # those known to exist
    decode = _msgpack_decoder()
    for i in range(len(doc_bin.tokens)):
        user_data = {}
        if doc_bin.user_data[i] is not None:
            try:
                user_data = dict(decode(doc_bin.user_data[i]))
            except Exception as err:  # corrupt msgpack, or not a mapping
                raise InputError(source, f"doc {i}: corrupt user data ({type(err).__name__})") from None
            try:
                decode_user_data(user_data)
            except CorruptUserData as err:
                raise InputError(source, f"doc {i}: {err}") from None
        lang = user_data.get(LANG_KEY) or default
        if i == 0:
            default = lang
        if lang not in languages:
            try:
                vocab_for(lang)
            except Exception as err:  # no such language
                raise InputError(source, f"doc {i}: corrupt user data field '{LANG_KEY}' ({type(err).__name__}: {lang!r})") from None
            languages.add(lang)
        yield StoredDoc(doc_bin.attrs, doc_bin.tokens[i], doc_bin.spaces[i], doc_bin.cats[i], doc_bin.flags[i],
                        doc_bin.span_groups[i], user_data, strings, lang)


def _msgpack_decoder() -> Callable[[bytes], Any]:
    """``srsly.msgpack_loads(data, use_list=False)`` of one message after another through one Unpacker
    (srsly chains its decoders again on every call; one Unpacker reads a row's user data faster)."""
    unpacker = srsly.msgpack.Unpacker(raw=False, use_list=False)
    fed = 0

    def decode(data: bytes) -> Any:
        nonlocal fed
        unpacker.feed(data)
        fed += len(data)
        value = unpacker.unpack()
        if unpacker.tell() != fed:
            raise ValueError("extra data after the message")
        return value

    return decode


def _row_doc(row: StoredDoc, source: Union[str, Path, None] = None, index: Optional[int] = None) -> Doc:
    """The row as a Doc in the shared Vocab of its language, which learns the shard's strings once.
    What ``_decoded`` cannot see (span groups spaCy cannot read, a morphology that is none) is spaCy's
    error here, as one line naming the file and the Doc."""
    vocab = vocab_for(row.lang)
    if id(vocab) not in row.strings.learned_by:  # the Vocabs live as long as the process: their ids are theirs
        for string in row.strings.values():
            vocab.strings.add(string)
        row.strings.learned_by.add(id(vocab))
    try:
        return row.to_doc(vocab)
    except Exception as err:
        doc = f"doc {index}" if index is not None else "a Doc"
        raise InputError(source, f"{doc}: spaCy cannot make a Doc of it ({type(err).__name__}: {err})") from None


def _add(doc_bin: DocBin, doc: Doc) -> None:
    """Add a Doc and, right after it, its translation; the caller's Docs are left as they were
    (but for ``xner_lang``, set to spaCy's code where missing)."""
    doc.user_data.setdefault(LANG_KEY, doc.lang_)
    translation = get_translation(doc)
    if translation is None:
        doc_bin.add(doc)
        return
    translation.user_data.setdefault(LANG_KEY, translation.lang_)
    holder = doc.user_data.pop(TRANSLATION_KEY)
    try:
        _add_pair(doc_bin.add, doc, translation)
    finally:
        doc.user_data[TRANSLATION_KEY] = holder


def _add_pair(add: Callable[[Any], None], source: Any, translation: Any) -> None:
    """The one layout of a pair, for Docs and rows alike: ``add`` the source marked ``xner_paired``,
    then its translation; the mark is on the source only while it is added."""
    source.user_data[PAIRED_KEY] = True
    try:
        add(source)
    finally:
        del source.user_data[PAIRED_KEY]
    add(translation)


def _with_language(row: StoredDoc) -> StoredDoc:
    """The row with ``xner_lang`` set where missing, as ``_add`` sets it on a Doc (spaCy's code)."""
    row.user_data.setdefault(LANG_KEY, spacy_lang(row.lang))
    return row


def docs_to_bytes(docs: Iterable[Doc]) -> bytes:
    """Serialized DocBin of ``docs`` and their translations."""
    doc_bin = DocBin(store_user_data=True)
    with msgpack_extensions_looked_up_once():
        for doc in docs:
            _add(doc_bin, doc)
        return docbin_bytes(doc_bin)


# zlib level of the files written: 1 compresses much faster than DocBin's default (6), for files about as large as
# spaCy's once the columns of zeros are left out (benchmarks/README.streaming.md); any DocBin reader reads them
COMPRESSION_LEVEL = 1


def docbin_bytes(doc_bin: DocBin) -> bytes:
    """``DocBin.to_bytes`` at ``COMPRESSION_LEVEL`` (its zlib level is fixed at the default), with only
    the attribute columns that hold a value (``stored_columns``): a message ``DocBin.from_bytes`` reads
    into the same Docs. Compressing is a large share of ``xner project``'s steady state, and a converted
    corpus has values in few of the columns. The message is packed and compressed ``PACKED_DOCS`` Docs at a
    time, so writing a single file holds its compressed bytes beside the DocBin, not four copies of
    its tokens (stacked, cut to the columns kept, as bytes, packed)."""
    n = len(doc_bin.tokens)
    attrs = list(doc_bin.attrs)
    kept = list(range(len(attrs)))
    if n:
        valued = [stored_columns(np.vstack(doc_bin.tokens[i:i + PACKED_DOCS]), attrs) for i in range(0, n, PACKED_DOCS)]
        kept = sorted(set().union(*valued))
    n_words = sum(len(t) for t in doc_bin.tokens)
    packer = srsly.msgpack.Packer(use_bin_type=True)
    compressor = zlib.compressobj(COMPRESSION_LEVEL)
    out = []

    def put(data: bytes) -> None:
        out.append(compressor.compress(data))

    def put_bin(size: int, parts: Iterator[bytes]) -> None:
        put(_bin_header(size))
        for part in parts:
            put(part)

    def put_list(items: list) -> None:
        put(packer.pack_array_header(len(items)))
        for i in range(0, len(items), PACKED_DOCS):
            put(b"".join(map(packer.pack, items[i:i + PACKED_DOCS])))

    chunks = lambda arrays: (np.vstack(arrays[i:i + PACKED_DOCS]) for i in range(0, n, PACKED_DOCS))  # noqa: E731
    fields = ["version", "attrs", "tokens", "spaces", "lengths", "strings", "cats", "flags", "span_groups"]
    fields += ["user_data"] if doc_bin.store_user_data else []
    put(packer.pack_map_header(len(fields)))
    put(packer.pack("version") + packer.pack(doc_bin.version) + packer.pack("attrs") + packer.pack([attrs[i] for i in kept]))
    put(packer.pack("tokens"))
    put_bin(n_words * len(kept) * 8, (np.ascontiguousarray(chunk[:, kept]).tobytes("C") for chunk in chunks(doc_bin.tokens)))
    put(packer.pack("spaces"))
    put_bin(n_words, (chunk.tobytes("C") for chunk in chunks(doc_bin.spaces)))
    put(packer.pack("lengths") + packer.pack(np.asarray([len(t) for t in doc_bin.tokens], dtype="int32").tobytes("C")))
    put(packer.pack("strings") + packer.pack(sorted(doc_bin.strings)))
    for field in fields[6:]:
        put(packer.pack(field))
        put_list(getattr(doc_bin, field))
    out.append(compressor.flush())
    return b"".join(out)


PACKED_DOCS = 10_000  # Docs packed and compressed at a time by ``docbin_bytes``


def _bin_header(size: int) -> bytes:
    """The msgpack header of ``size`` bytes of binary, as a packer writes it (the bytes are fed apart)."""
    if size < 1 << 8:
        return b"\xc4" + size.to_bytes(1, "big")
    if size < 1 << 16:
        return b"\xc5" + size.to_bytes(2, "big")
    return b"\xc6" + size.to_bytes(4, "big")


def stored_columns(tokens: np.ndarray, attrs: list[int]) -> list[int]:
    """The columns of a DocBin's token array worth storing: those with a value, ORTH and NORM always
    (the words and their norms: ``DocBin.add`` writes a word's own norm, not 0), HEAD and DEP
    together. ``Doc.from_array`` sets every attribute it is given, and 0 is an unset attribute's
    value, so a column of zeros left out reads back as the same Doc."""
    valued = tokens.any(axis=0)
    for attr in (ORTH, NORM):
        if attr in attrs:
            valued[attrs.index(attr)] = True
    if HEAD in attrs and DEP in attrs:
        valued[attrs.index(HEAD)] = valued[attrs.index(DEP)] = valued[attrs.index(HEAD)] | valued[attrs.index(DEP)]
    return [i for i, keep in enumerate(valued.tolist()) if keep]


def write_docbin(path: Union[str, Path], docs: Iterable[Doc], shard_size: int = FILE_SHARD_SIZE) -> int:
    """Write Docs to a corpus (see ``DocWriter``) atomically; returns the number of Docs."""
    with DocWriter(path, shard_size) as writer:
        for doc in docs:
            writer.add(doc)
    return writer.count


class DocWriter:
    """Docs streamed to ``path``: one ``.spacy`` file (written at the end), or a directory of
    ``shard_size``-pair shards ``000000.spacy``, ... (each written as it fills, in a hidden
    directory beside ``path`` that replaces it at the end). Nothing appears at ``path`` unless the
    ``with`` block completes."""

    def __init__(self, path: Union[str, Path], shard_size: int = FILE_SHARD_SIZE):
        if shard_size < 1:
            raise ValueError(f"shard size must be at least 1, got {shard_size}")
        self.path = Path(path)
        self.shard_size = shard_size
        self.count = 0
        self.shards = 0
        self._tmp: Optional[Path] = None
        self._bin: Optional[DocBin] = None
        self._in_shard = 0
        self._rows_strings: dict[int, tuple[ShardStrings, list[StoredDoc]]] = {}  # rows added, by string table
        self._layouts: dict[tuple[int, ...], tuple[Optional[np.ndarray], bool]] = {}  # see _in_layout

    def __enter__(self) -> "DocWriter":
        if is_directory_corpus(self.path):  # first: it may refuse what is at ``path``
            self._tmp = directory_beside(self.path)
        self._lookups = msgpack_extensions_looked_up_once()
        self._lookups.__enter__()
        self._packer = srsly.msgpack.Packer(use_bin_type=True)  # srsly.msgpack_dumps's, made once
        self._bin = DocBin(store_user_data=True)
        return self

    def add(self, doc: Union[Doc, StoredDoc]) -> None:
        if isinstance(doc, StoredDoc):
            self.add_stored(doc)
            return
        _add(self._bin, doc)
        self._added()

    def add_stored(self, row: StoredDoc) -> None:
        """Write a row as ``add`` writes the Doc it stands for (a single Doc: no translation)."""
        self._append(_with_language(row))
        self._added()

    def add_pair(self, source: StoredDoc, translation: StoredDoc) -> None:
        """Write two rows as ``add`` writes a source Doc with that translation (``xner pair``: no Docs made)."""
        _add_pair(self._append, _with_language(source), _with_language(translation))
        self._added()

    def _append(self, row: StoredDoc) -> None:
        """The row as the next Doc of the shard's DocBin."""
        tokens = self._in_layout(row)
        if tokens is None:  # a file written with other attributes: as spaCy converts them
            self._bin.add(_row_doc(row))
            return
        doc_bin = self._bin
        doc_bin.tokens.append(tokens)
        doc_bin.spaces.append(row.spaces)
        doc_bin.flags.append({"has_unknown_spaces": bool(row.flags.get("has_unknown_spaces"))})
        doc_bin.cats.append(row.cats)
        doc_bin.user_data.append(self._packer.pack(row.user_data))  # = srsly.msgpack_dumps, without a new Packer a row
        doc_bin.span_groups.append(row.span_groups or EMPTY_SPAN_GROUPS)
        self._rows_strings.setdefault(id(row.strings), (row.strings, []))[1].append(row)

    def _in_layout(self, row: StoredDoc) -> Optional[np.ndarray]:
        """The row's token array in the columns of this writer's DocBin (a file that stores fewer
        columns: the others are 0, as ``stored_columns`` left them out); None if it stores others, or
        no NORM (``DocBin.add`` writes each word's own norm there, which only a Doc knows)."""
        attrs = tuple(row.attrs)
        if attrs not in self._layouts:
            full = self._bin.attrs
            columns = [full.index(a) for a in attrs] if set(attrs) <= set(full) and NORM in attrs else None
            same = columns == list(range(len(full)))
            self._layouts[attrs] = (np.array(columns) if columns is not None else None), same  # (its columns here, all in order?)
        columns, same = self._layouts[attrs]
        if columns is None:
            return None
        if same:
            return row.tokens
        tokens = np.zeros((len(row.tokens), len(self._bin.attrs)), dtype=row.tokens.dtype)
        tokens[:, columns] = row.tokens
        return tokens

    def _added(self) -> None:
        self.count += 1
        if self._tmp is None and self.count == LARGE_FILE:
            _note(f"{self.path}: a single .spacy file is held in memory until it is written (a few KB a sentence; "
                  f"{LARGE_FILE:,} so far); name the output without .spacy to write a directory of shards instead, "
                  f"whose memory does not grow with the corpus")
        self._in_shard += 1
        if self._tmp is not None and self._in_shard >= self.shard_size:
            self._flush()

    def _to_bytes(self) -> bytes:
        for strings, rows in self._rows_strings.values():  # the strings of a shard's rows, a pass per table and
            for i in range(0, len(rows), PACKED_DOCS):  # PACKED_DOCS rows (a single file's rows at once: a copy of its tokens)
                self._bin.strings.update(referenced_strings(rows[i:i + PACKED_DOCS], strings))
        self._rows_strings = {}
        return docbin_bytes(self._bin)

    def add_file(self, path: Path, n_docs: int) -> None:
        """A finished ``.spacy`` file of ``n_docs`` Docs as the next part: moved in as the next shard
        of a directory (a listing, not a rewrite), or its Docs streamed into the single file."""
        if self._tmp is None:
            for doc in iter_docs(path):
                self.add(doc)
            return
        if self._in_shard:
            self._flush()
        os.replace(path, self._tmp / f"{self.shards:06d}.spacy")
        self.shards += 1
        self.count += n_docs

    def _flush(self) -> None:
        write_atomic(self._tmp / f"{self.shards:06d}.spacy", self._to_bytes())
        self.shards += 1
        self._bin = DocBin(store_user_data=True)
        self._in_shard = 0

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if kind is not None:
                return
            if self._tmp is None:
                write_atomic(self.path, self._to_bytes())
                return
            if self._in_shard or not self.shards:  # an empty corpus is one empty shard
                self._flush()
            replace_directory(self._tmp, self.path)
            self._tmp = None
        finally:
            self._bin = None
            self._lookups.__exit__(None, None, None)
            if self._tmp is not None:
                shutil.rmtree(self._tmp, ignore_errors=True)


def chunks(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    """Consecutive lists of at most ``size`` Docs of a stream."""
    docs = iter(docs)
    while chunk := list(islice(docs, size)):
        yield chunk
