"""Docs as the arrays of their DocBin: read, changed and written without building a ``Doc``.

A stage that only reads words and sets entities over a large corpus (``xner project``) spends far
more on making ``Doc`` objects and adding them to a DocBin than on its own work; a ``StoredDoc`` is
a DocBin's row (token attribute columns, spaces, user data, ...) with the shard's string table, and
a changed one is written back as that row. ``to_doc`` is the one place a row becomes a Doc, for
every other reader.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from collections.abc import Sequence as SequenceABC
from typing import Callable, Iterable, Iterator, Optional, Sequence

import numpy as np

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..compat import EMPTY_SPAN_GROUPS
from ..ty import WordSpan

# the attributes whose strings ``DocBin.add`` keeps (token.text, tag_, lemma_, norm_, morph, dep_, ent_*_)
STRING_ATTRS = (ORTH, TAG, LEMMA, NORM, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID)
_B, _I, _O = 3, 1, 2  # ENT_IOB codes


class ShardStrings(dict):
    """hash → string of one DocBin's string table (``""`` is 0); strings a stage adds (a renamed
    label) are added here too, so every row of the shard can name them."""

    def __init__(self, strings: Iterable[str]):
        super().__init__((get_string_id(s), s) for s in strings)
        self[0] = ""
        self.learned_by: set[int] = set()  # ids of the Vocabs that know all these strings
        self._arrays: Optional[tuple[np.ndarray, np.ndarray]] = None
        self._slots: Optional[tuple[np.ndarray, np.uint64]] = None

    def add(self, string: str) -> int:
        key = get_string_id(string)
        if key not in self:
            self[key] = string
            self.learned_by.clear()
            self._arrays = self._slots = None
        return key

    def unknown(self, keys: np.ndarray) -> np.ndarray:
        """The positions of the ``keys`` that are no hash of this table. A shard's string columns hold ~1M
        values, and sorting or searching them all would add a fifth to reading the shard: each key is
        compared with the hash kept in a slot chosen by its low bits (one gather), and only the few whose
        slot holds another hash are looked up exactly."""
        if self._slots is None:
            hashes = np.fromiter(self.keys(), dtype=np.uint64, count=len(self))
            bits = (8 * len(hashes)).bit_length()  # 8+ slots a hash: few share one
            mask = np.uint64((1 << bits) - 1)
            slots = np.zeros(1 << bits, dtype=np.uint64)  # an empty slot holds 0, the hash of ""
            slots[hashes & mask] = hashes
            self._slots = slots, mask
        slots, mask = self._slots
        doubtful = np.flatnonzero(slots[keys & mask] != keys)
        if not len(doubtful):
            return doubtful
        hashes = self._sorted()[0]
        found = np.searchsorted(hashes, keys[doubtful]).clip(max=len(hashes) - 1)
        return doubtful[hashes[found] != keys[doubtful]]

    def lookup(self, keys: np.ndarray) -> list[str]:
        """The strings of many hashes in one vectorized lookup (a dict lookup per word is most of
        the time of reading a corpus's words); an unknown hash is a ``KeyError`` as in the dict."""
        hashes, strings = self._sorted()
        found = np.searchsorted(hashes, keys).clip(max=len(hashes) - 1)
        missing = hashes[found] != keys
        if missing.any():
            raise KeyError(int(keys[missing.argmax()]))
        return strings[found].tolist()

    def _sorted(self) -> tuple[np.ndarray, np.ndarray]:
        """The hashes in order, and their strings."""
        if self._arrays is None:
            hashes = np.fromiter(self.keys(), dtype=np.uint64, count=len(self))
            order = np.argsort(hashes)
            self._arrays = hashes[order], np.array(list(self.values()), dtype=object)[order]
        return self._arrays


@dataclass(slots=True)
class StoredDoc:
    attrs: Sequence[int]  # the DocBin's attribute ids, one per column of ``tokens``
    tokens: np.ndarray  # (words, attrs) uint64
    spaces: np.ndarray  # (words, 1) bool
    cats: dict
    flags: dict
    span_groups: bytes
    user_data: dict
    strings: ShardStrings
    lang: str  # the language it is read in: its ``xner_lang``, else its file's first Doc's

    def __len__(self) -> int:
        return len(self.tokens)

    def column(self, attr: int) -> np.ndarray:
        return self.tokens[:, self.attrs.index(attr)]

    def words(self) -> list[str]:
        return words_of([self])[0]

    def entities(self) -> list[WordSpan]:
        """``doc.ents`` as word spans."""
        return entities_of([self])[0]

    def with_entities(self, spans: Iterable[WordSpan]) -> "StoredDoc":
        """A copy whose entities are ``spans`` and every other word O: ``Doc.set_ents(spans,
        default="outside")`` on the columns (entity words lose their KB id, as there)."""
        attrs, tokens = list(self.attrs), self.tokens.copy()
        for attr in (ENT_IOB, ENT_TYPE):  # a file stored without entities: the columns are added
            if attr not in attrs:
                attrs.append(attr)
                tokens = np.hstack([tokens, np.zeros((len(tokens), 1), dtype=tokens.dtype)])
        iob, kind = attrs.index(ENT_IOB), attrs.index(ENT_TYPE)
        kb = attrs.index(ENT_KB_ID) if ENT_KB_ID in attrs else None
        tokens[:, iob], tokens[:, kind] = _O, 0
        for span in spans:
            tokens[span.start, iob] = _B
            tokens[span.start + 1:span.end, iob] = _I
            tokens[span.start:span.end, kind] = self.strings.add(span.label)
            if kb is not None:
                tokens[span.start:span.end, kb] = 0
        return StoredDoc(attrs, tokens, self.spaces, self.cats, self.flags, self.span_groups, dict(self.user_data),
                         self.strings, self.lang)

    def to_doc(self, vocab: Vocab) -> Doc:
        """The Doc ``DocBin.get_docs`` makes of this row (``vocab`` must know the shard's strings)."""
        spaces = None if self.flags.get("has_unknown_spaces") else self.spaces
        doc = Doc(vocab, words=self.column(ORTH), spaces=spaces)
        doc = doc.from_array(self.attrs, self.tokens)
        doc.cats = self.cats
        if self.span_groups and self.span_groups != EMPTY_SPAN_GROUPS:
            doc.spans.from_bytes(self.span_groups)
        doc.user_data.update(self.user_data)
        return doc


def words_of(rows: Sequence[StoredDoc]) -> list[list[str]]:
    """The words of each row: one vectorized lookup per string table for a whole chunk of rows."""
    words: list[list[str]] = [[] for _ in rows]
    for strings, indices in _by_table(rows):
        flat = strings.lookup(np.concatenate([rows[i].column(ORTH) for i in indices]))
        start = 0
        for i in indices:
            words[i] = flat[start:start + len(rows[i])]
            start += len(rows[i])
    return words


def lazy_words_of(rows: Sequence[StoredDoc]) -> list["RowWords"]:
    """The words of each row as ``words_of`` gives them, looked up for the whole chunk only when some
    row's words are first read: their number is known at once, and the heuristic reads nothing else
    (the lookup was a fifth of its per-pair time)."""
    words = cache(lambda: words_of(rows))
    return [RowWords(words, i, len(row)) for i, row in enumerate(rows)]


class RowWords(SequenceABC):
    """One row's words of ``lazy_words_of``: a ``Sequence[str]``, as ``Words`` are everywhere."""

    __slots__ = ("_chunk", "_index", "_length")

    def __init__(self, chunk: Callable[[], list[list[str]]], index: int, length: int):
        self._chunk, self._index, self._length = chunk, index, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        return self._chunk()[self._index][index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._chunk()[self._index])

    def __repr__(self) -> str:
        return repr(self._chunk()[self._index])


def entities_of(rows: Sequence[StoredDoc]) -> list[list[WordSpan]]:
    """``doc.ents`` of each row as word spans, read off the ENT columns of a whole chunk at once: a B
    with a label starts an entity, the Is right after it continue it (a file stored without
    entity columns has none)."""
    entities: list[list[WordSpan]] = [[] for _ in rows]
    for strings, indices in _by_table(rows):
        if ENT_IOB not in rows[indices[0]].attrs or ENT_TYPE not in rows[indices[0]].attrs:
            continue
        iob = np.concatenate([rows[i].column(ENT_IOB) for i in indices])
        kind = np.concatenate([rows[i].column(ENT_TYPE) for i in indices])
        offsets = np.cumsum([0] + [len(rows[i]) for i in indices])
        starts = np.flatnonzero((iob == _B) & (kind != 0))
        if not len(starts):
            continue
        # an entity ends at the first word after its start that is no I, or at its row's end
        stop = iob != _I
        inner = offsets[1:-1]
        stop[inner[inner < len(iob)]] = True  # a row's first word ends the row before it (trailing empty rows have none)
        stops = np.append(np.flatnonzero(stop), len(iob))
        ends = stops[np.searchsorted(stops, starts, side="right")]
        owners = np.searchsorted(offsets, starts, side="right") - 1
        labels = strings.lookup(kind[starts])
        for owner, start, end, label in zip(owners.tolist(), starts.tolist(), ends.tolist(), labels):
            base = int(offsets[owner])
            entities[indices[owner]].append(WordSpan(start - base, end - base, label))
    return entities


def _by_table(rows: Sequence[StoredDoc]) -> list[tuple[ShardStrings, list[int]]]:
    """The positions of the rows of each string table (one DocBin: one table, one set of attributes)."""
    tables: dict[int, tuple[ShardStrings, list[int]]] = {}
    for i, row in enumerate(rows):
        tables.setdefault(id(row.strings), (row.strings, []))[1].append(i)
    return list(tables.values())


def referenced_strings(rows: Sequence[StoredDoc], strings: ShardStrings) -> set[str]:
    """The strings ``DocBin.add`` would keep for these rows of one string table (a row with span
    groups: the whole table, which holds their labels)."""
    if any(row.span_groups and row.span_groups != EMPTY_SPAN_GROUPS for row in rows):
        return set(strings.values())
    rows = [row for row in rows if len(row)]
    if not rows:
        return set()
    attrs = rows[0].attrs  # one table: one DocBin, one set of attributes
    tokens = np.concatenate([row.tokens for row in rows])
    zero = np.zeros(1, dtype=tokens.dtype)
    keys = [] if all(a in attrs for a in STRING_ATTRS) else [zero]  # an attribute the file does not store reads as ""
    for attr in STRING_ATTRS:
        if attr in attrs:
            column = tokens[:, attrs.index(attr)]
            values = column[column != 0]  # most columns of a converted corpus are all 0: unique of the rest
            keys += [np.unique(values), zero] if len(values) < len(column) else [np.unique(values)]
    return set(strings.lookup(np.unique(np.concatenate(keys))))


def stored_from_doc(doc: Doc, lang: str) -> StoredDoc:
    """A Doc as the row ``DocBin.add`` would write (for Docs that exist already: old packed files)."""
    from spacy.tokens import DocBin

    doc_bin = DocBin(store_user_data=True, docs=[doc])
    return StoredDoc(doc_bin.attrs, doc_bin.tokens[0], doc_bin.spaces[0], doc_bin.cats[0], doc_bin.flags[0],
                     doc_bin.span_groups[0], dict(doc.user_data), ShardStrings(doc_bin.strings), lang)
