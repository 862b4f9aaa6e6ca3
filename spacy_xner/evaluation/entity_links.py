"""Entity-link precision and recall: how well an alignment serves projection, without gold word links.

Gold word alignments exist only for a few small sets that have no entities, but a corpus whose
target side has gold entities (Europarl-NER, any projected corpus checked against gold) scores the
links that matter to projection. A link leaving a word of a source entity labelled L is **correct**
when it lands inside a gold target entity labelled L; precision = correct / links leaving entity
words. Recall = gold target entity words reached by a link from a source entity of their label /
all gold target entity words. An incorrect link is a **wrong-label** link (inside a gold entity of
another label), a **useless** one (onto punctuation or a stop word outside every gold entity) or
another (onto a content word outside). Links count once each, whatever their score.

A sentence whose gold target has no entity still counts: links from its source entities are wrong,
as a projection of them would be. Plain words, spans and links in; nothing here knows spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Collection, Iterable, Mapping, Sequence, Union

from ..alignment.links import is_punct
from ..ty import Link, WordSpan, Words


@dataclass
class EntityLinkCounts:
    """Counts of one label (or all labels) over any number of sentence pairs."""

    links: int = 0  # links leaving source entity words of this label
    correct: int = 0
    wrong_label: int = 0
    useless: int = 0  # onto punctuation or stop words
    gold_words: int = 0  # gold target entity words of this label
    reached: int = 0  # ... reached by a link from a source entity of this label

    def __add__(self, other: "EntityLinkCounts") -> "EntityLinkCounts":
        return EntityLinkCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def precision(self) -> float:
        return self.correct / self.links if self.links else 0.0

    @property
    def recall(self) -> float:
        return self.reached / self.gold_words if self.gold_words else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, **counts}


PerLabel = dict[str, EntityLinkCounts]


def count_pair(
    src_spans: Sequence[WordSpan],
    tgt_spans: Sequence[WordSpan],
    links: Iterable[Union[Link, tuple]],
    tgt_words: Words,
    stop_words: Collection[str] = (),
) -> PerLabel:
    """Per-label counts of one sentence pair; ``stop_words`` (lowercased) mark useless targets."""
    src_label = {i: s.label for s in src_spans for i in range(s.start, s.end)}
    tgt_label = {j: s.label for s in tgt_spans for j in range(s.start, s.end)}
    counts: PerLabel = {}
    reached: set[int] = set()
    for i, j in {(int(l[0]), int(l[1])) for l in links}:
        if not 0 <= j < len(tgt_words):
            raise ValueError(f"link {i}-{j} points past the {len(tgt_words)} target words")
        label = src_label.get(i)
        if label is None:
            continue
        c = counts.setdefault(label, EntityLinkCounts())
        c.links += 1
        if tgt_label.get(j) == label:
            c.correct += 1
            reached.add(j)
        elif j in tgt_label:
            c.wrong_label += 1
        elif is_punct(tgt_words[j]) or tgt_words[j].lower() in stop_words:
            c.useless += 1
    for j, label in tgt_label.items():
        c = counts.setdefault(label, EntityLinkCounts())
        c.gold_words += 1
        c.reached += j in reached
    return counts


def merge(per_pair: Iterable[Mapping[str, EntityLinkCounts]]) -> PerLabel:
    total: PerLabel = {}
    for counts in per_pair:
        for label, c in counts.items():
            total[label] = total.get(label, EntityLinkCounts()) + c
    return total


def scores(per_label: Mapping[str, EntityLinkCounts]) -> dict:
    """The metrics as ``xner evaluate-alignment --entities`` writes them (micro over labels, then per label)."""
    total = sum(per_label.values(), EntityLinkCounts())
    return {
        "entity_link_precision": total.precision,
        "entity_link_recall": total.recall,
        "entity_link_f1": total.f1,
        "entity_link_useless": total.useless / total.links if total.links else 0.0,
        "entity_link_counts": total.to_dict(),
        "entity_link_per_label": {label: per_label[label].to_dict() for label in sorted(per_label)},
    }
