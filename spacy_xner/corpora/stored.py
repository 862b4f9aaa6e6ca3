"""Docs as the arrays of their DocBin: read, changed and written without building a ``Doc``.

A stage that only reads words and sets entities over a large corpus (``xner project``) spends ~10×
more on making ``Doc`` objects and adding them to a DocBin than on its own work; a ``StoredDoc`` is
a DocBin's row (token attribute columns, spaces, user data, ...) with the shard's string table, and
a changed one is written back as that row. ``to_doc`` is the one place a row becomes a Doc, for
every other reader.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._dict_proxies import SpanGroups
from spacy.vocab import Vocab

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

    def add(self, string: str) -> int:
        key = get_string_id(string)
        if key not in self:
            self[key] = string
            self.learned_by.clear()
        return key


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
        return list(map(self.strings.__getitem__, self.column(ORTH).tolist()))

    def entities(self) -> list[WordSpan]:
        """``doc.ents`` as word spans: a B with a label starts an entity, the Is after it continue it."""
        if ENT_IOB not in self.attrs or ENT_TYPE not in self.attrs:  # a file stored without entities
            return []
        spans = []
        start = label = None
        iobs, types = self.column(ENT_IOB).tolist(), self.column(ENT_TYPE).tolist()
        for i, (iob, kind) in enumerate(zip(iobs, types)):
            if iob == _I and start is not None:
                continue
            if start is not None:
                spans.append(WordSpan(start, i, self.strings[label]))
            start, label = (i, kind) if iob == _B and kind else (None, None)
        if start is not None:
            spans.append(WordSpan(start, len(iobs), self.strings[label]))
        return spans

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
        if self.span_groups and self.span_groups != SpanGroups._EMPTY_BYTES:
            doc.spans.from_bytes(self.span_groups)
        doc.user_data.update(self.user_data)
        return doc


def referenced_strings(rows: Sequence[StoredDoc], strings: ShardStrings) -> set[str]:
    """The strings ``DocBin.add`` would keep for these rows of one string table (a row with span
    groups: the whole table, which holds their labels)."""
    if any(row.span_groups and row.span_groups != SpanGroups._EMPTY_BYTES for row in rows):
        return set(strings.values())
    rows = [row for row in rows if len(row)]
    if not rows:
        return set()
    attrs = rows[0].attrs  # one table: one DocBin, one set of attributes
    columns = [attrs.index(a) for a in STRING_ATTRS if a in attrs]
    keys = set(np.unique(np.concatenate([row.tokens[:, columns] for row in rows])).tolist())
    if len(columns) < len(STRING_ATTRS):
        keys.add(0)  # an attribute the file does not store reads as ""
    return {strings[key] for key in keys}


def stored_from_doc(doc: Doc, lang: str) -> StoredDoc:
    """A Doc as the row ``DocBin.add`` would write (for Docs that exist already: old packed files)."""
    from spacy.tokens import DocBin

    doc_bin = DocBin(store_user_data=True, docs=[doc])
    return StoredDoc(doc_bin.attrs, doc_bin.tokens[0], doc_bin.spaces[0], doc_bin.cats[0], doc_bin.flags[0],
                     doc_bin.span_groups[0], dict(doc.user_data), ShardStrings(doc_bin.strings), lang)
