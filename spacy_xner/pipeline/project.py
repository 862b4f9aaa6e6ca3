"""The project stage of ``xner project``: its settings, and the worker that projects a corpus."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import PROJECTION_KEY, get_alignment, get_id, get_projection_record, set_id
from ..corpora.stored import StoredDoc, entities_of, lazy_words_of


@dataclass(frozen=True)
class ProjectStage:
    config: dict = field(default_factory=dict)  # the xner_projector component's config ({}: its defaults)
    source: Optional[str] = None  # the config file it was read from, named in errors

    name = "project"
    chunk_size = 1000  # pairs projected and written at a time: each pair is projected on its own

    def __post_init__(self) -> None:
        self._component()  # bad settings fail here, before any work (and before any Ray worker starts)

    def _component(self):
        from .build import build_component

        return build_component("xner_projector", self.config, self.source)

    def settings(self) -> dict[str, Any]:
        return asdict(self)

    def in_shards(self, shard_size: int) -> "ProjectStage":
        return self  # each pair is projected on its own

    def prepare(self, docs: list[Doc], artifact: Path) -> "ProjectStage":
        return self

    def load(self):
        projector = self._component()
        return lambda pairs, start: project_pairs(pairs, projector)


def project_pairs(pairs: Iterable, projector) -> tuple[list, StageSummary]:
    """The projected targets of a chunk of pairs, and a summary counting entities in and out and every drop.

    A pair is a source Doc with its translation (the Docs a pipeline or a Ray shard holds), or the
    two DocBin rows of ``iter_stored_pairs`` (what ``xner project`` streams: no Docs are made);
    the targets are of the same kind. One source entity can become several target spans (the
    heuristic keeps every long enough run), so entities placed (``entities_projected``) and spans
    written (``entities_out``) are counted apart:
    ``entities_in = entities_projected + dropped + entities_in_skipped_sentences``.
    """
    pairs = list(pairs)
    projected = _project_rows(pairs, projector) if pairs and isinstance(pairs[0], tuple) else _project_docs(pairs, projector)
    stats = StageSummary("project")
    written = []
    for sentence_id, n_in, reason, record, target in projected:
        stats.count("entities_in", n_in)
        if reason is not None:
            stats.add_skipped(reason, sentence_id)
            stats.count("entities_in_skipped_sentences", n_in)
            continue
        stats.add_done()
        stats.count("entities_projected", len({tuple(e["source"]) for e in record["entities"]}))
        stats.count("entities_out", len(record["entities"]))
        for dropped in record["dropped"]:
            stats.count(f"dropped: {dropped['reason']}")
        written.append(target)
    return written, stats


Projected = tuple[Optional[str], int, Optional[str], dict, Any]  # id, entities in, skip reason, record, target


def _project_docs(docs: list[Doc], projector) -> list[Projected]:
    out = []
    for doc in docs:
        reason = projector.project(doc)
        target = doc._.xner_translation
        record = get_projection_record(target if target is not None else doc)
        out.append((get_id(doc), len(doc.ents), reason, record, target))
    return out


def _project_rows(pairs: list[tuple[StoredDoc, Optional[StoredDoc]]], projector) -> list[Projected]:
    sources = [source for source, _ in pairs]
    translations = [translation for _, translation in pairs if translation is not None]
    src_words, src_spans = lazy_words_of(sources), entities_of(sources)
    tgt_words = iter(lazy_words_of(translations))
    out = []
    for (source, translation), words, spans in zip(pairs, src_words, src_spans):
        if translation is not None and get_id(translation) is None and get_id(source) is not None:
            set_id(translation, get_id(source), source_id=get_id(source))
        outcome = projector.project_words(words, spans, next(tgt_words) if translation is not None else None,
                                          get_alignment(source))
        target = None
        if outcome.reason is None:
            target = translation.with_entities(outcome.entities)
            target.user_data[PROJECTION_KEY] = outcome.record
        out.append((get_id(source), len(spans), outcome.reason, outcome.record, target))
    return out
