"""The project stage of ``xner project``: its settings, and the worker that projects a corpus."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import get_id


@dataclass(frozen=True)
class ProjectStage:
    config: dict = field(default_factory=dict)  # the xner_projector component's config ({}: its defaults)
    source: Optional[str] = None  # the config file it was read from, named in errors

    name = "project"
    chunk_size = 1000  # pairs projected and written at a time: each pair is projected on its own

    def __post_init__(self) -> None:
        self._component()  # bad settings fail here, before any work (and before any Ray worker starts)

    def _component(self):
        from ..components.build import build_component

        return build_component("xner_projector", self.config, self.source)

    def settings(self) -> dict[str, Any]:
        return asdict(self)

    def prepare(self, docs: list[Doc], artifact: Path) -> "ProjectStage":
        return self

    def load(self):
        projector = self._component()
        return lambda docs, start: project_docs(docs, projector)


def project_docs(docs: Iterable[Doc], projector) -> tuple[list[Doc], StageSummary]:
    """The projected target Docs, and a summary counting entities in and out and every drop.

    One source entity can become several target spans (the heuristic keeps every long enough run),
    so entities placed (``entities_projected``) and spans written (``entities_out``) are counted
    apart: ``entities_in = entities_projected + dropped + entities_in_skipped_sentences``.
    """
    stats = StageSummary("project")
    targets = []
    for doc in docs:
        reason = projector.project(doc)
        n_in = len(doc.ents)
        stats.count("entities_in", n_in)
        if reason is not None:
            stats.add_skipped(reason, get_id(doc))
            stats.count("entities_in_skipped_sentences", n_in)
            continue
        translation = doc._.xner_translation
        record = translation.user_data["xner_projection"]
        stats.add_done()
        stats.count("entities_projected", len({tuple(e["source"]) for e in record["entities"]}))
        stats.count("entities_out", len(record["entities"]))
        for dropped in record["dropped"]:
            stats.count(f"dropped: {dropped['reason']}")
        targets.append(translation)
    return targets, stats


def projector_config(method: Optional[str] = None, solver: Optional[str] = None, config: Optional[str] = None,
                     ner_model: Optional[str] = None, string_score: bool = True, drop_incomplete: bool = False,
                     overrides: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """The ``xner_projector`` config of ``xner project``'s options: a method preset (default: the best
    measured) or a config file (not both), ``drop_incomplete``, then dotted ``overrides``."""
    from ..components.build import component_config
    from ..errors import XnerError
    from .registry import DEFAULT_METHOD, DEFAULT_SOLVER, method_config

    if config is not None and (method is not None or solver is not None):
        raise XnerError("give either --method/--solver or --config, not both")
    settings = {} if config is not None else {
        "projection": method_config(method or DEFAULT_METHOD, solver or DEFAULT_SOLVER, ner_model, string_score)}
    if drop_incomplete:
        settings["drop_incomplete"] = True
    return component_config(config, settings, overrides or {})


def build_projector(method: Optional[str] = None, solver: Optional[str] = None, config: Optional[str] = None,
                    ner_model: Optional[str] = None, string_score: bool = True, drop_incomplete: bool = False,
                    overrides: Optional[dict[str, Any]] = None):
    """The ``xner_projector`` component of ``projector_config`` (same arguments)."""
    from ..components.build import build_component

    settings = projector_config(method, solver, config, ner_model, string_score, drop_incomplete, overrides)
    return build_component("xner_projector", settings, config)
