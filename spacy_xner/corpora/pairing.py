"""Translation pairs from two sentence-parallel corpora: the given-translation path (Europarl-NER).

Each source Doc gets its target Doc as ``doc._.xner_translation``; the target keeps its own id, so
projected targets evaluate directly against the gold target corpus. Pairs are made by position
(the counts must match), by equal ids (a machine translation carries its source's id), or by an
id map file (``source_id<TAB>target_id`` per line). Sources without a target are skipped and counted.
``iter_pairs`` pairs Docs; ``iter_row_pairs`` pairs the DocBin rows of two corpora on disk
(``xner pair``), holding neither. A Pharaoh file's links join the pairs by position too (``xner project --pharaoh``).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import zip_longest
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..docs import SOURCE_ID_KEY, get_id, positions_by_id, set_alignment
from ..errors import InputError, XnerError
from ..io import PathLike, read_lines
from ..ty import Alignment
from .docbin import chunks, corpus_files, iter_stored_pairs, stored_pairs_of_file
from .stored import StoredDoc

SOURCES_PER_LOOKUP = 10_000  # by id, the sources whose targets are read together (each file they need: once)
SHARDS_KEPT = 2  # decoded target files kept between lookups
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
    targets are indexed, so they are held, and the sources streamed (``iter_row_pairs`` holds none)."""
    summary = summary if summary is not None else StageSummary("pair")
    if id_map is None and not by_id:
        chosen: Iterable[tuple[Doc, Optional[Doc]]] = _by_order(sources, targets)
    else:
        chosen = _match(sources, list(targets), id_map)
    for source, target in _counted(chosen, summary):
        source._.xner_translation = target
        yield source


def iter_row_pairs(
    sources: Iterable[StoredDoc],
    target_path: PathLike,
    id_map: Optional[dict[str, str]] = None,
    by_id: bool = False,
    summary: Optional[StageSummary] = None,
) -> Iterator[tuple[StoredDoc, StoredDoc]]:
    """``iter_pairs`` on DocBin rows, without making Docs (``xner pair``): each source row that has a
    target, with the target's row, for ``DocWriter.add_pair`` (which writes them as ``iter_pairs``'s
    Doc is written). By order both corpora are streamed. By id (or id map) the target corpus is read
    twice: once to note the position of each id in a dict (~130 bytes an id: the string, a slot, an
    int; a machine translation's source id is a second key), instead of a Doc of a few KB; then, a
    chunk of sources at a time, only the shards that hold their targets."""
    summary = summary if summary is not None else StageSummary("pair")
    if id_map is None and not by_id:
        targets = (_single(pair, target_path) for pair in iter_stored_pairs(target_path))
        chosen: Iterable[tuple[StoredDoc, Optional[StoredDoc]]] = _by_order(sources, targets)
    else:
        chosen = _match_rows(sources, _TargetRows(target_path), id_map)
    yield from _counted(chosen, summary)


def _counted(chosen: Iterable[tuple[Any, Optional[Any]]], summary: StageSummary) -> Iterator[tuple[Any, Any]]:
    """The pairs that have a target; a source without one is a skip counted in ``summary``."""
    for source, target in chosen:
        if target is None:
            summary.add_skipped(reasons.NO_TARGET, get_id(source))
            continue
        summary.add_done()
        yield source, target


def _single(pair: tuple[StoredDoc, Optional[StoredDoc]], target_path: PathLike) -> StoredDoc:
    """A target row; one that is a pair already cannot be given as a translation (the Doc path fails
    writing it: a translation's translation is not stored)."""
    row, translation = pair
    if translation is not None:
        raise InputError(target_path, "holds pairs (a sentence with its translation): the target corpus must "
                                      "hold single sentences")
    return row


def _by_order(sources: Iterable, targets: Iterable) -> Iterator[tuple]:
    """Docs or rows, one pair at a time."""
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
    positions = _target_positions(targets, id_map)
    for source, position in _positions_of_targets(sources, positions, id_map):
        yield source, (targets[position] if position is not None else None)


def _match_rows(sources: Iterable[StoredDoc], targets: "_TargetRows", id_map: Optional[dict[str, str]]
                ) -> Iterator[tuple[StoredDoc, Optional[StoredDoc]]]:
    """``_match`` without holding the targets: their positions first, then each chunk of sources with
    the rows of its targets, read together."""
    positions = _target_positions(targets.rows(), id_map)
    for chunk in chunks(_positions_of_targets(sources, positions, id_map), SOURCES_PER_LOOKUP):
        found = targets.at(position for _, position in chunk if position is not None)
        for source, position in chunk:
            yield source, (found[position] if position is not None else None)


def _target_positions(targets: Iterable, id_map: Optional[dict[str, str]]) -> dict[str, int]:
    """The position of each key's target among ``targets`` (Docs or rows): its sentence id; without an
    id map also, for a machine translation, the id of the sentence it translates (its own id first,
    then the first target translating it). A missing or repeated sentence id, or an id-map target id
    that no target has, is a user error."""
    translating: dict[str, int] = {}

    def noting_what_they_translate(docs: Iterable) -> Iterator:
        for position, doc in enumerate(docs):
            source_id = doc.user_data.get(SOURCE_ID_KEY)
            if source_id is not None:
                translating.setdefault(source_id, position)
            yield doc

    if id_map is not None:
        positions = positions_by_id(targets, "target")
        unknown = [t for t in id_map.values() if t not in positions]
        if unknown:
            raise XnerError(f"{len(unknown)} target id(s) of the id map are not in the target corpus, e.g. {unknown[0]!r}")
        return positions
    positions = positions_by_id(noting_what_they_translate(targets), "target")
    for source_id, position in translating.items():
        positions.setdefault(source_id, position)
    return positions


def _positions_of_targets(sources: Iterable, positions: dict[str, int], id_map: Optional[dict[str, str]]
                          ) -> Iterator[tuple[Any, Optional[int]]]:
    """Each source with the position of its target (None: it has none); a source without an id is an error."""
    for position, source in enumerate(sources):
        source_id = get_id(source)
        if source_id is None:
            raise XnerError(f"source Doc #{position} has no sentence id")
        key = id_map.get(source_id) if id_map is not None else source_id
        yield source, (positions.get(key) if key is not None else None)


class _TargetRows:
    """A target corpus read by position without being held: ``rows`` streams it once, noting where
    each file starts; ``at`` reads back the rows at some positions, decoding only the files that hold
    them, the last ``SHARDS_KEPT`` kept (targets in their sources' order: each file read once more)."""

    def __init__(self, path: PathLike):
        self.path = path
        self.files = corpus_files(path)
        self.starts = [0]  # the position of each file's first row (then of the end)
        files = self.files
        self._pairs_of_file = lru_cache(maxsize=SHARDS_KEPT)(lambda i: list(stored_pairs_of_file(files[i])))

    def rows(self) -> Iterator[StoredDoc]:
        """Every row once, one file decoded at a time (the first pass: ``at`` needs it complete)."""
        for file in self.files:
            count = 0
            for row, _ in stored_pairs_of_file(file):
                count += 1
                yield row
            self.starts.append(self.starts[-1] + count)

    def at(self, positions: Iterable[int]) -> dict[int, StoredDoc]:
        """The rows at these positions (of a complete ``rows`` pass), read in file order."""
        found = {}
        for position in sorted(set(positions)):
            file = bisect_right(self.starts, position) - 1
            row = _single(self._pairs_of_file(file)[position - self.starts[file]], self.path)
            # its own arrays, not views of the file's: a written row must not keep a whole decoded file alive
            found[position] = replace(row, tokens=row.tokens.copy(), spaces=row.spaces.copy())
        return found


def read_id_map(path: Union[str, Path]) -> dict[str, str]:
    """``source_id<TAB>target_id`` lines (read by ``io.read_lines``'s rule); blank lines are skipped, a
    repeated source id is an error."""
    mapping: dict[str, str] = {}
    for number, line in read_lines(path):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not all(fields):
            raise InputError(path, "expected 'source_id<TAB>target_id'", number)
        if fields[0] in mapping:
            raise InputError(path, f"source id {fields[0]!r} mapped twice", number)
        mapping[fields[0]] = fields[1]
    if not mapping:
        raise InputError(path, "empty id map")
    return mapping
