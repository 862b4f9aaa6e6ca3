"""Which source labels are projected, and under which target label."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..ty import Dropped, WordSpan
from .. import reasons


@dataclass
class LabelMap:
    """``mapping`` renames labels (e.g. ``{"PERSON": "PER"}``); labels in ``drop`` are not projected."""

    mapping: dict[str, str] = field(default_factory=dict)
    drop: Sequence[str] = ()

    def apply(self, spans: Sequence[WordSpan]) -> tuple[list[int], list[WordSpan], list[Dropped]]:
        """Indices of the kept spans, the kept spans relabelled, and the dropped ones."""
        kept, mapped, dropped = [], [], []
        for i, span in enumerate(spans):
            if span.label in self.drop:
                dropped.append(Dropped(i, reasons.LABEL_DROPPED))
                continue
            kept.append(i)
            mapped.append(WordSpan(span.start, span.end, self.mapping.get(span.label, span.label)))
        return kept, mapped, dropped
