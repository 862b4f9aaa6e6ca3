"""Given translations (a bitext) instead of a model: DocBin, JSONL or plain text, paired by id or order.

JSONL lines are ``{"id": ..., "tgt_tokens": [...]}`` or ``{"id": ..., "tgt_text": "..."}``. The file's
ids are mapped onto the source Docs' ids with ``id_format``, never guessed: ``{id}`` is the file's id
as is, ``{index}`` its part after the last ``:`` (``"en.conll.train:{index}"`` turns id 5 or
``de.europarl:5`` into ``en.conll.train:5``). A plain text file has no ids: line *i* is the
translation of source sentence *i*, and the counts must agree.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence, Union

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..corpora.readers import stem
from ..docs import get_id, get_translation
from ..errors import InputError
from ..io import read_lines
from ..corpora.target import target_doc



@dataclass(frozen=True)
class Given:
    id: str
    words: Optional[tuple[str, ...]] = None
    spaces: Optional[tuple[bool, ...]] = None
    text: Optional[str] = None

    @property
    def usable(self) -> bool:
        """Some text, and no empty word (spaCy cannot hold one)."""
        if self.words is not None:
            return bool(self.words) and all(w.strip() for w in self.words)
        return bool((self.text or "").strip())


class GivenTranslations:
    """Translations read from a file, looked up by source Doc id (or position for text files)."""

    def __init__(self, path: Union[str, Path], id_format: str = "{id}"):
        self.path = Path(path)
        self.id_format = id_format
        if not self.path.exists():  # a pipe is read like a file (once)
            raise InputError(self.path, "file not found")
        if "{id}" not in id_format and "{index}" not in id_format:
            raise InputError(self.path, f"id_format '{id_format}' must contain '{{id}}' or '{{index}}'")
        self._key("corpus:0")  # a bad format fails here, before any file is read
        name = self.path.name.removesuffix(".gz")
        self.by_id: dict[str, Given] = {}
        self.by_order: list[Given] = []
        if name.endswith((".spacy", ".docbin")):
            self._read_docbin()
        elif name.endswith((".jsonl", ".json")):
            self._read_jsonl()
        else:
            self._read_text()

    @property
    def paired_by_order(self) -> bool:
        return not self.by_id

    def __len__(self) -> int:
        return len(self.by_id) or len(self.by_order)

    def _key(self, raw: object) -> str:
        try:
            return self.id_format.format(id=raw, index=str(raw).rsplit(":", 1)[-1])
        except (KeyError, IndexError, ValueError, AttributeError) as err:
            raise InputError(self.path, f"bad id_format '{self.id_format}' ({err})") from None

    def _add(self, key: str, given: Given, line: Optional[int]) -> None:
        if key in self.by_id:
            raise InputError(self.path, f"duplicate id {key!r}", line)
        self.by_id[key] = given

    def _read_docbin(self) -> None:
        from ..corpora.docbin import read_docbin

        for i, doc in enumerate(read_docbin(self.path)):
            own = get_id(doc)
            if get_translation(doc) is not None:  # its words are the source side, not a translation
                raise InputError(self.path, f"Doc {i} is a pair (a sentence with its translation): given "
                                            "translations must be single sentences, as the target corpus of xner pair")
            if own is None:
                raise InputError(self.path, f"Doc {i} has no xner_id; given translations are paired by id")
            self._add(self._key(own), Given(own, tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc)), None)

    def _read_jsonl(self) -> None:
        for n, line in read_lines(self.path):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(self.path, f"invalid JSON ({err.msg})", n) from None
            if not isinstance(record, dict) or record.get("id") is None:
                raise InputError(self.path, "missing 'id'", n)
            # the file's numeric ids index the source sentences: the translation takes that id
            key = self._key(record["id"])
            tokens, text = record.get("tgt_tokens"), record.get("tgt_text")
            if tokens is not None:
                if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
                    raise InputError(self.path, "'tgt_tokens' must be a list of strings", n)
                given = Given(key, words=tuple(tokens))
            elif isinstance(text, str):
                given = Given(key, text=text)
            else:
                raise InputError(self.path, "needs 'tgt_tokens' (list) or 'tgt_text' (string)", n)
            self._add(key, given, n)

    def _read_text(self) -> None:
        prefix = stem(self.path)
        self.by_order = [Given(f"{prefix}:{i}", text=line) for i, (_, line) in enumerate(read_lines(self.path))]

    def check_count(self, n_sources: int) -> None:
        """Order pairing is only sound when both sides have the same number of sentences."""
        if self.paired_by_order and len(self.by_order) != n_sources:
            raise InputError(self.path, f"has {len(self.by_order)} lines but the input has {n_sources} sentences; "
                                        "a file without ids is paired by order and the counts must agree")

    def pair(self, docs: Sequence[Doc], tgt_lang: str, summary: StageSummary, start: int = 0) -> list[Optional[Doc]]:
        """The target Doc for each source Doc (``None`` and a counted reason where there is none).
        ``start`` is the position of ``docs[0]`` in the whole input, for order pairing."""
        out: list[Optional[Doc]] = []
        for i, doc in enumerate(docs, start=start):
            source_id = get_id(doc)
            if self.paired_by_order:
                given = self.by_order[i] if i < len(self.by_order) else None
            else:
                given = self.by_id.get(source_id) if source_id is not None else None
            if given is None or not given.usable:
                summary.add_skipped(reasons.NO_GIVEN_TRANSLATION if given is None else reasons.EMPTY_TRANSLATION, source_id)
                out.append(None)
                continue
            summary.add_done()
            out.append(target_doc(tgt_lang, given.id, source_id, text=given.text, words=given.words, spaces=given.spaces))
        return out
