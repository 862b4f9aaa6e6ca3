"""The project stage of ``xner project``: its settings, and the worker that projects a corpus."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import get_id


@dataclass(frozen=True)
class ProjectStage:
    method: Optional[str] = None  # a preset (heuristic, ngram, aligned, ner); default registry.DEFAULT_METHOD
    solver: Optional[str] = None  # default registry.DEFAULT_SOLVER
    config: Optional[str] = None  # a projector config file instead of a preset
    ner_model: Optional[str] = None
    string_score: bool = True
    drop_incomplete: bool = False

    name = "project"

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        if self.config is not None and Path(self.config).is_file():
            settings["config_text"] = Path(self.config).read_text(encoding="utf-8")
        return settings

    def prepare(self, docs: list[Doc], artifact: Path) -> "ProjectStage":
        return self

    def load(self):
        projector = build_projector(self.method, self.solver, self.config, self.ner_model, self.string_score,
                                    self.drop_incomplete)
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


def build_projector(method: Optional[str], solver: Optional[str], config: Optional[str], ner_model: Optional[str] = None,
                    string_score: bool = True, drop_incomplete: bool = False):
    """The ``xner_projector`` component from a method preset (default: the best measured) or a config file (not both)."""
    import spacy

    from ..errors import InputError, XnerError
    from .registry import DEFAULT_METHOD, DEFAULT_SOLVER, method_config

    if config is not None and (method is not None or solver is not None):
        raise XnerError("give either --method/--solver or --config, not both")
    if config is None:
        settings = {"projection": method_config(method or DEFAULT_METHOD, solver or DEFAULT_SOLVER, ner_model, string_score)}
    else:
        if not Path(config).is_file():
            raise InputError(config, "file not found")
        try:
            settings = dict(spacy.util.load_config(config, interpolate=False))
        except Exception as err:  # confection raises several parse error types
            raise _config_error(config, err, {}) from None
    if drop_incomplete:
        settings["drop_incomplete"] = True
    nlp = spacy.blank("xx")
    try:
        return nlp.add_pipe("xner_projector", config=settings)
    except XnerError:
        raise
    except Exception as err:  # config validation: unknown functions, wrong argument types, bad values
        raise _config_error(config, err, settings) from None


def _config_error(config: Optional[str], err: Exception, settings: dict) -> "InputError":
    """One line, ``FILE[:LINE]: section.key: reason``, from confection's multi-line errors or a
    part's ``ValueError("key must be ...")``."""
    import re

    from ..errors import InputError

    errors = getattr(err, "errors", None)
    if errors:  # confection's validation: where the value is, and pydantic's message
        first = errors[0]
        where = ".".join(map(str, first.get("loc", ()))).removeprefix("xner_projector.")
        return InputError(config, f"{where}: {first.get('msg')}".replace(": at root:", ":"))
    text = getattr(err, "desc", None) or str(err) or type(err).__name__
    line = re.search(r"line:? (\d+)", text)
    lines = [l.strip() for l in text.splitlines() if l.strip() and not l.startswith(("Make sure", "file:", "'"))]
    reason = lines[0] if lines else text.strip().splitlines()[0]
    where = _section_of(settings, reason.split(" ", 1)[0])
    return InputError(config, f"{where + ': ' if where else ''}{reason}", int(line.group(1)) if line else None)


def _section_of(block: dict, key: str, prefix: str = "") -> Optional[str]:
    """The dotted ``section.key`` of the first ``key`` in a config (the one a part's error names)."""
    for name, value in block.items():
        if name == key:
            return prefix + name
        if isinstance(value, dict):
            found = _section_of(value, key, f"{prefix}{name}.")
            if found:
                return found
    return None
