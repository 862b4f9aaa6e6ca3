"""Translation pairs from two sentence-parallel corpora: the given-translation path (Europarl-NER).

Each source Doc gets its target Doc as ``doc._.xner_translation``; the target keeps its own id, so
projected targets evaluate directly against the gold target corpus. Pairs are made by position
(the counts must match), by equal ids (a machine translation carries its source's id), or by an
id map file (``source_id<TAB>target_id`` per line). Sources without a target are skipped and counted.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence, Union

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import SOURCE_ID_KEY, get_id, index_by_id
from ..errors import InputError, XnerError

NO_TARGET = "no target sentence"


def pair_docs(
    sources: Sequence[Doc],
    targets: Sequence[Doc],
    id_map: Optional[dict[str, str]] = None,
    by_id: bool = False,
    summary: Optional[StageSummary] = None,
) -> list[Doc]:
    """The source Docs that have a target, each with ``doc._.xner_translation`` set."""
    summary = summary if summary is not None else StageSummary("pair")
    if id_map is None and not by_id:
        if len(sources) != len(targets):
            raise XnerError(
                f"pairing by order needs as many target as source sentences ({len(targets)} vs {len(sources)}); "
                "pass --by-id or --id-map"
            )
        chosen: list[Optional[Doc]] = list(targets)
    else:
        chosen = _match(sources, targets, id_map)
    paired = []
    for source, target in zip(sources, chosen):
        if target is None:
            summary.add_skipped(NO_TARGET, get_id(source))
            continue
        source._.xner_translation = target
        summary.add_done()
        paired.append(source)
    return paired


def _match(sources: Sequence[Doc], targets: Sequence[Doc], id_map: Optional[dict[str, str]]) -> list[Optional[Doc]]:
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
    result = []
    for position, source in enumerate(sources):
        source_id = get_id(source)
        if source_id is None:
            raise XnerError(f"source Doc #{position} has no sentence id")
        key = id_map.get(source_id) if id_map is not None else source_id
        result.append(target_by_id.get(key) if key is not None else None)
    return result


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
