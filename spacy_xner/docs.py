"""Doc-level contract between the stages: sentence ids, the Doc extensions and their conversions.

- ``doc.user_data["xner_id"]``: the stable sentence id (``<file-stem>:<index>`` from the readers).
- ``doc.user_data["xner_source_id"]``: on a machine translation, the id of the sentence it came from.
- ``doc._.xner_translation``: the target-language Doc paired with a source Doc.
- ``doc._.xner_alignment``: word links ``[[src, tgt, score], ...]`` between a Doc and its translation.
- ``translation.user_data["xner_projection"]``: per-entity scores and the reason for every entity
  the projector could not place.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from spacy.tokens import Doc, Span

from .ty import Alignment, Link, ProjectionResult, WordSpan

ID_KEY = "xner_id"
SOURCE_ID_KEY = "xner_source_id"
PROJECTION_KEY = "xner_projection"


def install_extensions() -> None:
    """Register the Doc extensions once; safe to call any number of times."""
    for name in ("xner_translation", "xner_alignment"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_id(doc: Doc) -> Optional[str]:
    return doc.user_data.get(ID_KEY)


def set_id(doc: Doc, sentence_id: str, source_id: Optional[str] = None) -> None:
    doc.user_data[ID_KEY] = sentence_id
    if source_id is not None:
        doc.user_data[SOURCE_ID_KEY] = source_id


def index_by_id(docs: Iterable[Doc], side: str) -> dict[str, Doc]:
    """Docs keyed by sentence id; a missing or repeated id is a user error naming ``side``."""
    from .errors import XnerError

    by_id: dict[str, Doc] = {}
    for position, doc in enumerate(docs):
        sentence_id = get_id(doc)
        if sentence_id is None:
            raise XnerError(f"{side} Doc #{position} has no sentence id (convert the corpus with `xner convert`)")
        if sentence_id in by_id:
            raise XnerError(f"{side} sentence id {sentence_id!r} occurs twice")
        by_id[sentence_id] = doc
    return by_id


def word_spans(doc: Doc) -> list[WordSpan]:
    """The Doc's entities as word spans."""
    return [WordSpan(ent.start, ent.end, ent.label_) for ent in doc.ents]


def set_word_spans(doc: Doc, spans: Iterable[WordSpan]) -> None:
    """Replace the Doc's entities; words outside every span become O (not missing)."""
    doc.set_ents([Span(doc, s.start, s.end, label=s.label) for s in sorted(spans)], default="outside")


def get_alignment(doc: Doc) -> Optional[Alignment]:
    raw = doc._.xner_alignment
    if raw is None:
        return None
    return [Link(int(link[0]), int(link[1]), float(link[2]) if len(link) > 2 else 1.0) for link in raw]


def set_alignment(doc: Doc, links: Sequence[Link]) -> None:
    doc._.xner_alignment = [[int(l.src), int(l.tgt), float(l.score)] for l in links]


def set_projection_record(translation: Doc, result: ProjectionResult, src_spans: Sequence[WordSpan]) -> None:
    """Record on the translation what the projector did with every source entity.

    ``{"entities": [{"source": [s, e, label], "target": [s, e, label], "score": float}, ...],
       "dropped": [{"source": [s, e, label], "reason": str}, ...]}``
    """
    translation.user_data[PROJECTION_KEY] = {
        "entities": [
            {"source": _span_list(src_spans[p.source_index]), "target": _span_list(p.span), "score": float(p.score)}
            for p in result.projected
        ],
        "dropped": [{"source": _span_list(src_spans[d.source_index]), "reason": d.reason} for d in result.dropped],
    }


def get_projection_record(translation: Doc) -> Optional[dict]:
    return translation.user_data.get(PROJECTION_KEY)


def _span_list(span: WordSpan) -> list:
    return [span.start, span.end, span.label]


install_extensions()
