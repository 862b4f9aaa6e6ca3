"""Translation pairs from two sentence-parallel corpora: the given-translation path (Europarl-NER).

Each source Doc gets its target Doc as ``doc._.xner_translation``; the target keeps its own id, so
projected targets evaluate directly against the gold target corpus. Pairs are made by position
(the counts must match), by equal ids (a machine translation carries its source's id), or by an
id map file (``source_id<TAB>target_id`` per line). Sources without a target are skipped and counted.
A Pharaoh file's links join the pairs by position too (``xner project --pharaoh``).
"""
from __future__ import annotations

from pathlib import Path
from itertools import zip_longest
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import SOURCE_ID_KEY, get_id, index_by_id, set_alignment
from ..errors import InputError, XnerError
from ..io import PathLike
from ..ty import Alignment
from .stored import StoredDoc

NO_TARGET = "no target sentence"
Pair = Union[Doc, tuple[StoredDoc, Optional[StoredDoc]]]


def pair_docs(
    sources: Iterable[Doc],
    targets: Iterable[Doc],
    id_map: Optional[dict[str, str]] = None,
    by_id: bool = False,
    summary: Optional[StageSummary] = None,
) -> list[Doc]:
    """The source Docs that have a target, each with ``doc._.xner_translation`` set."""
    return list(iter_pairs(sources, targets, id_map, by_id, summary))


def iter_pairs(
    sources: Iterable[Doc],
    targets: Iterable[Doc],
    id_map: Optional[dict[str, str]] = None,
    by_id: bool = False,
    summary: Optional[StageSummary] = None,
) -> Iterator[Doc]:
    """``pair_docs`` as a stream. By order, one pair is in memory at a time; by id (or id map) the
    targets are indexed, so they are held, and the sources streamed."""
    summary = summary if summary is not None else StageSummary("pair")
    if id_map is None and not by_id:
        chosen: Iterable[tuple[Doc, Optional[Doc]]] = _by_order(sources, targets)
    else:
        chosen = _match(sources, list(targets), id_map)
    for source, target in chosen:
        if target is None:
            summary.add_skipped(NO_TARGET, get_id(source))
            continue
        source._.xner_translation = target
        summary.add_done()
        yield source


def _by_order(sources: Iterable[Doc], targets: Iterable[Doc]) -> Iterator[tuple[Doc, Doc]]:
    def mismatch(n_sources: int, n_targets: int) -> XnerError:
        return XnerError(f"pairing by order needs as many target as source sentences ({n_targets} vs {n_sources}); "
                         "pass --by-id or --id-map")

    return _zip_same_length(sources, targets, mismatch)


def _zip_same_length(left: Iterable, right: Iterable, mismatch: Callable[[int, int], Exception]) -> Iterator[tuple]:
    """``zip`` of two streams that must be as long as each other; else, once the shorter one ends,
    ``mismatch(len(left), len(right))`` is raised (the rest of the longer one is counted, not kept)."""
    end = object()
    n_left = n_right = 0
    for a, b in zip_longest(left, right, fillvalue=end):
        n_left += a is not end
        n_right += b is not end
        if a is not end and b is not end:
            yield a, b
    if n_left != n_right:
        raise mismatch(n_left, n_right)


def attach_alignments(pairs: Iterable[Pair], alignments: Iterable[Alignment], docs_path: PathLike,
                      alignments_path: PathLike) -> Iterator[Pair]:
    """Each pair with its line of a Pharaoh file as ``doc._.xner_alignment`` (replacing any links
    on it); a link outside its pair or a count that differs from the pairs' is an ``InputError``.
    A pair is a source Doc with its translation, or the two DocBin rows of ``iter_stored_pairs``."""
    def mismatch(n_docs: int, n_lines: int) -> InputError:
        return InputError(alignments_path, f"{n_lines} alignment lines for {n_docs} sentences in {docs_path}")

    for n, (pair, links) in enumerate(_zip_same_length(pairs, alignments, mismatch), start=1):
        source, translation = pair if isinstance(pair, tuple) else (pair, pair._.xner_translation)
        sizes = (len(source), len(translation) if translation is not None else 0)
        bad = next((l for l in links if l.src >= sizes[0] or l.tgt >= sizes[1]), None)
        if bad is not None:
            raise InputError(alignments_path, f"link {bad.src}-{bad.tgt} is out of range for a pair of "
                                              f"{sizes[0]} and {sizes[1]} words", n)
        set_alignment(source, links, plain=True)  # parse_line's Links
        yield pair


def _match(sources: Iterable[Doc], targets: Sequence[Doc], id_map: Optional[dict[str, str]]) -> Iterator[tuple[Doc, Optional[Doc]]]:
    target_by_id = index_by_id(targets, "target")
    if id_map is None:  # a machine translation also answers to the id of the sentence it translates
        for target in targets:
            source_id = target.user_data.get(SOURCE_ID_KEY)
            if source_id is not None:
                target_by_id.setdefault(source_id, target)
    if id_map is not None:
        unknown = [t for t in id_map.values() if t not in target_by_id]
        if unknown:
            raise XnerError(f"{len(unknown)} target id(s) of the id map are not in the target corpus, e.g. {unknown[0]!r}")
    for position, source in enumerate(sources):
        source_id = get_id(source)
        if source_id is None:
            raise XnerError(f"source Doc #{position} has no sentence id")
        key = id_map.get(source_id) if id_map is not None else source_id
        yield source, (target_by_id.get(key) if key is not None else None)


def read_id_map(path: Union[str, Path]) -> dict[str, str]:
    """``source_id<TAB>target_id`` lines; blank lines are skipped, a repeated source id is an error."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid UTF-8 ({err.reason} at byte {err.start})") from None
    mapping: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        fields = line.rstrip("\r").split("\t")
        if len(fields) != 2 or not all(fields):
            raise InputError(path, "expected 'source_id<TAB>target_id'", number)
        if fields[0] in mapping:
            raise InputError(path, f"source id {fields[0]!r} mapped twice", number)
        mapping[fields[0]] = fields[1]
    if not mapping:
        raise InputError(path, "empty id map")
    return mapping
