"""One setting's metrics over several training seeds: the seed alone moves a language's F1 by up to 12
points, so a single run cannot rank two projections; the mean and the spread can."""
from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any, Sequence, Union

from ..errors import InputError

PathLike = Union[str, Path]
MEANED = ("precision", "recall", "f1")


def seed_path(path: PathLike, seed: str) -> Path:
    """Where one seed's metrics of ``path`` live: ``hau.ner.ngram.json`` → ``hau.ner.ngram.seed0.json``
    (four dotted parts, so ``xner report`` lists it as ignored instead of counting it as a run)."""
    path = Path(path)
    return path.with_name(f"{path.stem}.seed{seed}{path.suffix}")


def mean_over_seeds(path: PathLike, seeds: Sequence[str]) -> dict[str, Any]:
    """The metrics ``xner evaluate`` wrote for each seed's model, reduced to one run: mean P/R/F1, the
    F1 of every seed (``f1_seeds``) and their sample standard deviation (``f1_sd``; None for one seed)."""
    if not seeds:
        raise InputError(path, "no seeds given")
    runs = [_read(seed_path(path, seed)) for seed in seeds]
    f1s = [run["f1"] for run in runs]
    merged: dict[str, Any] = {key: statistics.fmean(run[key] for run in runs) for key in MEANED}
    merged.update(seeds=[str(seed) for seed in seeds], f1_seeds=f1s,
                  f1_sd=statistics.stdev(f1s) if len(f1s) > 1 else None)
    sentences = {run.get("sentences") for run in runs}
    if len(sentences) == 1:
        merged["sentences"] = sentences.pop()
    return merged


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no metrics for this seed (train and evaluate it first)") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read ({err})") from None
    except json.JSONDecodeError as err:
        raise InputError(path, f"not JSON ({err.msg})", line=err.lineno) from None
    for key in MEANED:
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
            raise InputError(path, f"'{key}' must be a number between 0 and 1, got {value!r}")
    return data
