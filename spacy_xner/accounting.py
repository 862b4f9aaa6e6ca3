"""Every stage accounts for every input sentence: done, or skipped with a counted reason."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, TypeVar, Union

from wasabi import msg

T = TypeVar("T")


def progress(items: Iterable[T], stage: str) -> Iterator[T]:
    """A long stage's items with a progress bar on the terminal (sentences/s; none when piped)."""
    from tqdm import tqdm

    return iter(tqdm(items, desc=stage, unit="sent", disable=None, mininterval=1.0))


def summary_path(output: Union[str, Path], override: Optional[Union[str, Path]] = None) -> Path:
    """Where a stage writes its summary: ``--summary`` if given, else OUTPUT with ``.summary.json``
    for its ``.spacy`` suffix (or after its name: a directory corpus, ``out.20k``, keeps its dots)."""
    if override is not None:
        return Path(override)
    output = Path(output)
    return output.with_suffix(".summary.json") if output.suffix == ".spacy" else output.with_name(output.name + ".summary.json")


class StageSummary:
    """Counts of one stage run, written as a small JSON file beside the stage's output."""

    def __init__(self, stage: str, lang: Optional[str] = None):
        self.stage = stage
        self.lang = lang  # the language code the user gave, where the stage has one
        self.sentences_in = 0
        self.done = 0
        self.skipped: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add_done(self) -> None:
        self.sentences_in += 1
        self.done += 1

    def add_skipped(self, reason: str, sentence_id: Optional[str] = None) -> None:
        self.sentences_in += 1
        self.skipped[reason] += 1
        if sentence_id is not None:
            self.examples.setdefault(reason, [])
            if len(self.examples[reason]) < 20:
                self.examples[reason].append(sentence_id)

    def count(self, key: str, n: int = 1) -> None:
        """Stage-specific tallies (entities in / out, dropped per reason, ...)."""
        self.counts[key] += n

    def merge(self, other: "StageSummary") -> None:
        self.lang = self.lang or other.lang
        self.sentences_in += other.sentences_in
        self.done += other.done
        self.skipped.update(other.skipped)
        self.counts.update(other.counts)
        for reason, ids in other.examples.items():
            self.examples.setdefault(reason, []).extend(ids[: 20 - len(self.examples.get(reason, []))])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "StageSummary":
        """The summary ``to_dict`` wrote (a shard's, read back to merge)."""
        summary = cls(data["stage"], data.get("lang"))
        summary.sentences_in, summary.done = data["sentences_in"], data["done"]
        summary.skipped.update(data["skipped"])
        summary.counts.update(data["counts"])
        summary.examples = {reason: list(ids) for reason, ids in data["skipped_examples"].items()}
        return summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            **({"lang": self.lang} if self.lang else {}),
            "sentences_in": self.sentences_in,
            "done": self.done,
            "skipped": dict(sorted(self.skipped.items())),
            "counts": dict(sorted(self.counts.items())),
            "skipped_examples": self.examples,
        }

    def write(self, path: Union[str, Path]) -> None:
        from .io import write_atomic

        write_atomic(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")

    def written(self, path: Union[str, Path]) -> None:
        """Write the summary of an output just put in place, then report it: never before the output
        exists, so a failed run (disk full, nothing done, Ctrl-C) leaves the summary of the output it
        did not replace. Should this write fail, the old summary (of the replaced output) is removed
        rather than left to disagree with the new one."""
        try:
            self.write(path)
        except BaseException:
            Path(path).unlink(missing_ok=True)
            raise
        self.report()

    def check_not_empty(self, allow_empty: bool) -> None:
        """A run where no sentence got through (no shared ids, no alignments, no translations) is
        almost always a wrong option, not a result: an error unless ``--allow-empty``."""
        if self.sentences_in and not self.done and not allow_empty:
            from .errors import XnerError

            reason = max(self.skipped, key=self.skipped.get)
            raise XnerError(f"{self.stage}: none of {self.sentences_in} sentences done ({self.skipped[reason]} "
                            f"skipped: {reason}); no output written, pass --allow-empty to write it empty")

    def report(self) -> None:
        """One line per outcome, so a user sees at a glance that nothing was lost."""
        assert self.done + sum(self.skipped.values()) == self.sentences_in
        msg.good(f"{self.stage}: {self.done}/{self.sentences_in} sentences done")
        for reason, n in sorted(self.skipped.items()):
            msg.warn(f"{self.stage}: {n} skipped ({reason})")
