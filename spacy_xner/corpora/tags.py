"""The one place that turns a sentence's tag column into entity spans, per tagging scheme.

IOB1 (CoNLL-2003 original): ``I-X`` opens an entity, ``B-X`` only separates two adjacent X entities.
IOB2: every entity opens with ``B-X``; an ``I-X`` that follows ``O`` or another type ("orphan") is
invalid. Both decode the same way under conlleval semantics (an orphan ``I-X`` opens an entity),
which is also seqeval's default mode, so spaCy's ``iob_to_biluo`` does the decoding for both; for
IOB2 the orphans are counted as repairs (or refused in strict mode).
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.training.iob_utils import iob_to_biluo, tags_to_entities

from ..ty import WordSpan

SCHEMES = ("iob1", "iob2")
_TAG = re.compile(r"O|[BI]-\S+")


class TagError(ValueError):
    """A bad tag at ``index`` in the sentence; the reader turns it into an ``InputError`` with the line."""

    def __init__(self, index: int, reason: str):
        self.index, self.reason = index, reason
        super().__init__(reason)


def tags_to_spans(tags: Sequence[str], scheme: str, strict: bool = False) -> tuple[list[WordSpan], int]:
    """Entity spans of one sentence and the number of IOB2 orphans repaired (always 0 for IOB1)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}; expected one of {SCHEMES}")
    repaired = 0
    prev = "O"
    for i, tag in enumerate(tags):
        if not _TAG.fullmatch(tag):
            raise TagError(i, f"unknown tag {tag!r} (expected O, B-<label> or I-<label>)")
        if scheme == "iob2" and tag.startswith("I-") and prev[2:] != tag[2:]:
            if strict:
                raise TagError(i, f"{tag} after {prev} is invalid in IOB2")
            repaired += 1
        prev = tag
    spans = [WordSpan(start, end + 1, label) for label, start, end in tags_to_entities(iob_to_biluo(list(tags)))]
    return spans, repaired
