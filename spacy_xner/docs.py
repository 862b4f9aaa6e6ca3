"""Doc-level contract between the stages: sentence ids, the Doc extensions and their conversions.

- ``doc.user_data["xner_id"]``: the stable sentence id (``<file-stem>:<index>`` from the readers).
- ``doc.user_data["xner_source_id"]``: on a machine translation, the id of the sentence it came from.
- ``doc._.xner_translation``: the target-language Doc paired with a source Doc (kept in user data by a
  ``TranslationHolder``, so copying a pair copies the translation, never its Vocab).
- ``doc._.xner_alignment``: word links ``[[src, tgt, score], ...]`` between a Doc and its translation.
- ``translation.user_data["xner_projection"]``: per-entity scores and the reason for every entity
  the projector could not place.
"""
from __future__ import annotations

from math import isfinite
from reprlib import repr as short_repr
from typing import Any, Iterable, Iterator, Optional, Sequence

from spacy.tokens import Doc, Span

from .ty import Alignment, Link, ProjectionResult, WordSpan

TRANSLATION_KEY = "xner_translation"  # in user data: the translation, held by a ``TranslationHolder``
ID_KEY = "xner_id"
SOURCE_ID_KEY = "xner_source_id"
PROJECTION_KEY = "xner_projection"
ALIGNMENT_DATA_KEY = ("._.", "xner_alignment", None, None)  # where spaCy keeps ``doc._.xner_alignment``


class TranslationHolder:
    """A pair's translation in the source Doc's user data. ``Doc.copy()`` (which ``nlp.evaluate`` calls
    on every Example) deep-copies user data, and a deep copy of a Doc copies its Vocab, with every string
    the run has seen: seconds per Doc in a long run. The holder copies the translation by ``Doc.copy()``,
    which shares the Vocab."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc):
        self.doc = doc

    def __deepcopy__(self, memo: dict) -> "TranslationHolder":
        return TranslationHolder(self.doc.copy())


def get_translation(doc: Doc) -> Optional[Doc]:
    holder = doc.user_data.get(TRANSLATION_KEY)
    return holder.doc if holder is not None else None


def set_translation(doc: Doc, translation: Optional[Doc]) -> None:
    if translation is None:
        doc.user_data.pop(TRANSLATION_KEY, None)
    else:
        doc.user_data[TRANSLATION_KEY] = TranslationHolder(translation)


def install_extensions() -> None:
    """Register the Doc extensions once; safe to call any number of times."""
    if not Doc.has_extension("xner_translation"):
        Doc.set_extension("xner_translation", getter=get_translation, setter=set_translation)
    if not Doc.has_extension("xner_alignment"):
        Doc.set_extension("xner_alignment", default=None)


def get_id(doc: Doc) -> Optional[str]:
    return doc.user_data.get(ID_KEY)


def set_id(doc: Doc, sentence_id: str, source_id: Optional[str] = None) -> None:
    doc.user_data[ID_KEY] = sentence_id
    if source_id is not None:
        doc.user_data[SOURCE_ID_KEY] = source_id


def index_by_id(docs: Iterable[Doc], side: str) -> dict[str, Doc]:
    """Docs keyed by sentence id; a missing or repeated id is a user error naming ``side``."""
    docs = list(docs)
    return {sentence_id: docs[position] for sentence_id, position in positions_by_id(docs, side).items()}


def positions_by_id(docs: Iterable, side: str) -> dict[str, int]:
    """The position of each sentence id in a stream of Docs or DocBin rows (``StoredDoc``: the same
    user data), so a corpus can be indexed without holding it; a missing or repeated id is a user
    error naming ``side``."""
    return {sentence_id: position for position, (sentence_id, _) in enumerate(with_unique_ids(docs, side))}


def with_unique_ids(docs: Iterable, side: str) -> Iterator[tuple[str, Any]]:
    """Each Doc (or row) of a stream with its sentence id; a missing or repeated id is a user error
    naming ``side``."""
    from .errors import XnerError

    seen: set[str] = set()
    for position, doc in enumerate(docs):
        sentence_id = get_id(doc)
        if sentence_id is None:
            raise XnerError(f"{side} Doc #{position} has no sentence id (convert the corpus with `xner convert`)")
        if sentence_id in seen:
            raise XnerError(f"{side} sentence id {sentence_id!r} occurs twice")
        seen.add(sentence_id)
        yield sentence_id, doc


def word_spans(doc: Doc) -> list[WordSpan]:
    """The Doc's entities as word spans."""
    return [WordSpan(ent.start, ent.end, ent.label_) for ent in doc.ents]


def set_word_spans(doc: Doc, spans: Iterable[WordSpan]) -> None:
    """Replace the Doc's entities; words outside every span become O (not missing)."""
    doc.set_ents([Span(doc, s.start, s.end, label=s.label) for s in sorted(spans)], default="outside")


def get_alignment(doc: Doc) -> Optional[Alignment]:
    """The links of a Doc, or of a DocBin row (``StoredDoc``: the same user data)."""
    raw = doc.user_data.get(ALIGNMENT_DATA_KEY)
    if raw is None:
        return None
    if raw and type(raw[0]) is Link:  # set by set_alignment(plain=True)
        return list(raw)
    return [Link(int(link[0]), int(link[1]), float(link[2]) if len(link) > 2 else 1.0) for link in raw]


def set_alignment(doc: Doc, links: Sequence[Link], plain: bool = False) -> None:
    """``plain``: the links are ``Link``s of Python ints and floats already (parsed Pharaoh lines), kept
    as they are (they serialize as the ``[src, tgt, score]`` lists); any others are converted."""
    if plain:
        doc.user_data[ALIGNMENT_DATA_KEY] = list(links)
    else:
        doc.user_data[ALIGNMENT_DATA_KEY] = [[int(l.src), int(l.tgt), float(l.score)] for l in links]


def projection_record(result: ProjectionResult, src_spans: Sequence[WordSpan]) -> dict:
    """What the projector did with every source entity (kept on the translation under ``xner_projection``):

    ``{"entities": [{"source": [s, e, label], "target": [s, e, label], "score": float}, ...],
       "dropped": [{"source": [s, e, label], "reason": str}, ...]}``
    """
    return {
        "entities": [
            {"source": _span_list(src_spans[p.source_index]), "target": _span_list(p.span), "score": float(p.score)}
            for p in result.projected
        ],
        "dropped": [{"source": _span_list(src_spans[d.source_index]), "reason": d.reason} for d in result.dropped],
    }


def set_projection_record(translation: Doc, result: ProjectionResult, src_spans: Sequence[WordSpan]) -> None:
    translation.user_data[PROJECTION_KEY] = projection_record(result, src_spans)


def get_projection_record(translation: Doc) -> Optional[dict]:
    return translation.user_data.get(PROJECTION_KEY)


class CorruptUserData(ValueError):
    """A layer of a Doc's user data in a shape its readers cannot read (a damaged or hand-made file)."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"corrupt user data field '{field}' ({problem})")


def decode_user_data(user_data: dict) -> None:
    """Check the layers of a Doc's user data as read from a file, where a reader can still name the file
    and the Doc: the links become ``Link``s (what ``get_alignment`` returns, so it converts nothing
    again), a projection record is checked for the fields its readers take. Raises ``CorruptUserData``."""
    raw = user_data.get(ALIGNMENT_DATA_KEY)
    if raw is not None:
        user_data[ALIGNMENT_DATA_KEY] = _decoded_links(raw)
    record = user_data.get(PROJECTION_KEY)
    if record is not None:
        _check_projection_record(record)
    record = user_data.get(BACKTRANSLATION_KEY)
    if record is not None:
        _check_backtranslation_record(record)


def _decoded_links(raw: Any, field: str = "xner_alignment") -> list[Link]:
    if not isinstance(raw, (list, tuple)):
        raise CorruptUserData(field, f"a {type(raw).__name__}, not a list of links")
    links = []
    for k, link in enumerate(raw):
        if isinstance(link, (list, tuple)) and 2 <= len(link) <= 3:
            src, tgt, score = link[0], link[1], link[2] if len(link) == 3 else 1.0
            if type(src) is int and type(tgt) is int and src >= 0 and tgt >= 0 \
                    and type(score) in (float, int) and isfinite(score):
                links.append(Link(src, tgt, float(score)))
                continue
        raise CorruptUserData(field, f"link {k} is {short_repr(link)}, not [source word, target word, score]")
    return links


def _check_projection_record(record: Any) -> None:
    """The fields ``projection_record`` writes (``{"skipped": reason}`` alone for a pair without translation)."""
    def fail(problem: str):
        raise CorruptUserData(PROJECTION_KEY, problem)

    if not isinstance(record, dict):
        fail(f"a {type(record).__name__}, not a mapping")
    if not isinstance(record.get("skipped", ""), str):
        fail("'skipped' is no reason")
    if set(record) == {"skipped"}:
        return
    fields = {"entities": ("source", "target", "score"), "dropped": ("source", "reason")}
    for name, keys in fields.items():
        entries = record.get(name)
        if not isinstance(entries, (list, tuple)):
            fail(f"'{name}' is {short_repr(entries)}, not a list")
        for entry in entries:
            if not (isinstance(entry, dict) and all(key in entry for key in keys)
                    and all(_is_span(entry[key]) for key in ("source", "target") if key in keys)
                    and ("score" not in keys or (type(entry["score"]) in (float, int) and isfinite(entry["score"])))
                    and ("reason" not in keys or isinstance(entry["reason"], str))):
                fail(f"an entry of '{name}' is {short_repr(entry)}, not {{{', '.join(map(repr, keys))}}}")


def _check_backtranslation_record(record: Any) -> None:
    """The fields back-translation refinement writes: T′'s words, its entities ``[start, end, label,
    source entity]``, its links to T, and the reason it was not used (each optional)."""
    def fail(problem: str):
        raise CorruptUserData(BACKTRANSLATION_KEY, problem)

    if not isinstance(record, dict):
        fail(f"a {type(record).__name__}, not a mapping")
    words, ents = record.get("words", []), record.get("ents", [])
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        fail(f"'words' is {short_repr(words)}, not a list of words")
    if not isinstance(ents, (list, tuple)) or not all(
            isinstance(e, (list, tuple)) and len(e) == 4 and _is_span(e[:3]) and type(e[3]) is int for e in ents):
        fail(f"'ents' is {short_repr(ents)}, not a list of [start, end, label, source entity]")
    if "links" in record:
        _decoded_links(record["links"], BACKTRANSLATION_KEY)
    if not isinstance(record.get("reason") or "", str):
        fail("'reason' is no reason")


def _is_span(value: Any) -> bool:
    """``[start, end, label]`` as ``projection_record`` writes a span."""
    return (isinstance(value, (list, tuple)) and len(value) == 3 and type(value[0]) is int and type(value[1]) is int
            and 0 <= value[0] < value[1] and isinstance(value[2], str))


def _span_list(span: WordSpan) -> list:
    return [span.start, span.end, span.label]


ALIGNMENT_SKIPPED_KEY = "xner_alignment_skipped"  # on a source Doc the aligner skipped: why
BACKTRANSLATION_KEY = "xner_backtranslation"  # on a source Doc: what back-translation refinement did

# What is computed from each layer of a pair (keys of the source Doc's user data), transitively.
DERIVED_LAYERS = {
    TRANSLATION_KEY: (ALIGNMENT_DATA_KEY, ALIGNMENT_SKIPPED_KEY, BACKTRANSLATION_KEY, PROJECTION_KEY),
    ALIGNMENT_DATA_KEY: (ALIGNMENT_SKIPPED_KEY, BACKTRANSLATION_KEY, PROJECTION_KEY),
}


def drop_derived(user_data: dict, layer: Any) -> None:
    """Before a stage replaces ``layer`` (a key of ``DERIVED_LAYERS``) on a source Doc or DocBin row:
    remove what was computed from the old one, which would describe a sentence no longer there (the
    links of an old translation on a new one, a projection through old links)."""
    for key in DERIVED_LAYERS[layer]:
        user_data.pop(key, None)


install_extensions()
