"""One report over many runs: F1 per language × system as a Markdown table and a bar chart.

The metrics files written by ``xner evaluate`` don't say what was evaluated, so the report reads
that from the file name: ``<lang>.<kind>.<method>.json``, where ``kind`` is one of ``KINDS``
(``projection``: projected corpus vs gold; ``ner``: a NER trained on a projected corpus;
``transfer``: a source-language NER applied zero-shot) and ``method`` is free text without dots
(``heuristic``, ``ngram-ilp``, ``en-gold``). A file may instead carry ``"meta": {"lang": ...,
"kind": ..., "method": ...}``, which wins over its name.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from ..errors import InputError

KINDS = ("projection", "ner", "transfer")
META_KEY = "meta"


@dataclass(frozen=True)
class RunMetrics:
    lang: str
    kind: str
    method: str
    precision: float
    recall: float
    f1: float
    sentences: Optional[int]
    projection_ratio: Optional[float]
    path: Path
    f1_sd: Optional[float] = None  # spread over training seeds, where the file is a mean over seeds

    @property
    def system(self) -> str:
        return f"{self.kind}: {self.method}"


def metrics_name(lang: str, kind: str, method: str) -> str:
    """The file name the report understands; scripts use it so the convention lives here only."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    for part in (lang, method):
        if not part or "." in part:
            raise ValueError(f"language and method must be non-empty and without dots: {part!r}")
    return f"{lang}.{kind}.{method}.json"


def _identity(path: Path, data: dict) -> Optional[tuple[str, str, str]]:
    meta = data.get(META_KEY)
    fields = ("lang", "kind", "method")
    if isinstance(meta, dict) and all(isinstance(meta.get(k), str) and meta[k].strip() for k in fields):
        if meta["kind"] in KINDS:
            return meta["lang"], meta["kind"], meta["method"]
    parts = path.name[: -len(".json")].split(".")
    if len(parts) == 3 and parts[1] in KINDS and all(parts):
        return parts[0], parts[1], parts[2]
    return None


def _score(path: Path, data: dict, key: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise InputError(path, f"'{key}' must be a number between 0 and 1, got {value!r}")
    return float(value)


def _count(path: Path, data: dict, key: str, kind: type) -> Optional[Union[int, float]]:
    """An optional statistic (``null`` where ``xner evaluate`` had nothing to count): a finite number >= 0."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, kind) or not 0 <= value < float("inf"):
        number = "an integer" if kind is int else "a finite number"
        raise InputError(path, f"'{key}' must be {number} >= 0 or null, got {value!r}")
    return value


def read_metrics(path: Union[str, Path]) -> Optional[RunMetrics]:
    """One metrics file, or None when neither its name nor its meta says what it measured."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read ({err})") from None
    except json.JSONDecodeError as err:
        raise InputError(path, f"not JSON ({err.msg})", line=err.lineno) from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a JSON object of metrics")
    identity = _identity(path, data)
    if identity is None:
        return None
    return RunMetrics(
        *identity,
        precision=_score(path, data, "precision"),
        recall=_score(path, data, "recall"),
        f1=_score(path, data, "f1"),
        sentences=_count(path, data, "sentences", int),
        projection_ratio=_count(path, data, "projection_ratio", (int, float)),
        path=path,
        f1_sd=_count(path, data, "f1_sd", (int, float)),
    )


def collect(paths: Iterable[Union[str, Path]]) -> tuple[list[RunMetrics], list[Path]]:
    """Runs from files and directories (searched recursively), and the JSON files not understood.

    A file named explicitly must follow the convention; in a directory, other JSON files (stage
    summaries and the like) are listed as ignored rather than failing the report.
    """
    runs: list[RunMetrics] = []
    ignored: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            for path in sorted(given.rglob("*.json")):
                run = read_metrics(path)
                if run is None:
                    ignored.append(path)
                else:
                    runs.append(run)
        elif given.is_file():
            run = read_metrics(given)
            if run is None:
                raise InputError(given, "name is not <lang>.<kind>.<method>.json with kind in "
                                 f"{'|'.join(KINDS)}, and there is no 'meta' object")
            runs.append(run)
        else:
            raise InputError(given, "no such file or directory")
    seen: dict[tuple[str, str], Path] = {}
    for run in runs:
        key = (run.lang, run.system)
        if key in seen:
            raise InputError(run.path, f"duplicate run {run.lang} / {run.system} (also in {seen[key]})")
        seen[key] = run.path
    return runs, ignored


def _systems(runs: Sequence[RunMetrics]) -> list[str]:
    order = {kind: i for i, kind in enumerate(KINDS)}
    return [s for _, _, s in sorted({(order[r.kind], r.method, r.system) for r in runs})]


def _cell(text: str) -> str:
    """``text`` as one Markdown table cell (or heading): a line break in a name or meta field would end
    the row there, a ``|`` would open a column."""
    return " ".join(text.split()).replace("|", "\\|")


def _f1_cell(run: RunMetrics) -> str:
    """F1, with its spread over training seeds where the run is their mean (``scripts/seed_mean.py``)."""
    return _pct(run.f1) + ("" if run.f1_sd is None else f" ± {_pct(run.f1_sd)}")


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def render_markdown(
    runs: Sequence[RunMetrics],
    title: str = "spacy-xner report",
    plot: Optional[str] = None,
    views: Sequence[str] = (),
) -> str:
    """F1 table (languages × systems), links to the sentence views, then every run with P/R/F1."""
    langs = sorted({r.lang for r in runs})
    systems = _systems(runs)
    by_key = {(r.lang, r.system): r for r in runs}
    lines = [f"# {_cell(title)}", "", "Entity-level micro F1 (×100) per language and system.", ""]
    if not runs:
        return "\n".join(lines + ["No metrics files found.", ""])
    lines.append("| language | " + " | ".join(map(_cell, systems)) + " |")
    lines.append("|---|" + "---:|" * len(systems))
    for lang in langs:
        cells = [_f1_cell(by_key[(lang, s)]) if (lang, s) in by_key else "–" for s in systems]
        lines.append(f"| {_cell(lang)} | " + " | ".join(cells) + " |")
    if len(langs) > 1:
        means = []
        for s in systems:
            values = [by_key[(lang, s)].f1 for lang in langs if (lang, s) in by_key]
            means.append(_pct(sum(values) / len(values)) + ("" if len(values) == len(langs) else "*"))
        lines.append("| **mean** | " + " | ".join(means) + " |")
        if any(m.endswith("*") for m in means):
            lines += ["", "\\* mean over the languages that have this system."]
    if plot:
        lines += ["", f"![F1 per language and system]({plot})"]
    if views:
        lines += ["", "## Worst sentences", "", "HTML views (`xner show`) of the worst-projected sentences:", ""]
        lines += [f"- [{Path(view).stem}]({view})" for view in views]
    lines += ["", "## Runs", "", "| language | kind | method | P | R | F1 | sentences | projection ratio | file |",
              "|---|---|---|---:|---:|---:|---:|---:|---|"]
    for r in sorted(runs, key=lambda r: (r.lang, systems.index(r.system))):
        ratio = "–" if r.projection_ratio is None else f"{r.projection_ratio:.3f}"
        sentences = "–" if r.sentences is None else str(r.sentences)
        lines.append(f"| {_cell(r.lang)} | {r.kind} | {_cell(r.method)} | {_pct(r.precision)} | {_pct(r.recall)} | "
                     f"{_f1_cell(r)} | {sentences} | {ratio} | {_cell(r.path.name)} |")
    return "\n".join(lines) + "\n"


def render_plot(runs: Sequence[RunMetrics], path: Union[str, Path]) -> None:
    """Grouped bar chart: one group per language, one bar per system (F1 ×100), PNG via Agg."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..io import write_atomic

    langs = sorted({r.lang for r in runs})
    systems = _systems(runs)
    by_key = {(r.lang, r.system): r.f1 for r in runs}
    width = 0.8 / max(len(systems), 1)
    fig, ax = plt.subplots(figsize=(max(6.0, 2.5 + len(langs) * (0.6 + 0.35 * len(systems))), 4.5))
    for i, system in enumerate(systems):
        xs = [j + (i - (len(systems) - 1) / 2) * width for j, lang in enumerate(langs) if (lang, system) in by_key]
        ys = [100 * by_key[(lang, system)] for lang in langs if (lang, system) in by_key]
        bars = ax.bar(xs, ys, width, label=system)
        ax.bar_label(bars, fmt="%.1f", fontsize=7)
    ax.set_xticks(range(len(langs)), langs)
    ax.set_ylabel("F1 (×100)")
    ax.set_ylim(0, 105)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    plt.close(fig)
    write_atomic(path, buffer.getvalue())
