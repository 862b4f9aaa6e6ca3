"""The shared vocabulary of the three stages: one span type, one link type, one protocol per stage.

The stage packages (``translation/``, ``alignment/``, ``projection/``) speak only in these terms:
lists of words in, links and spans out. Nothing here knows about spaCy pipelines.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Protocol, Sequence, runtime_checkable

Words = Sequence[str]


@dataclass(frozen=True, slots=True, order=True)
class WordSpan:
    """A labelled span over word indices, ``end`` exclusive (like ``doc[start:end]``)."""

    start: int
    end: int
    label: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "WordSpan") -> bool:
        return self.start < other.end and other.start < self.end


class Link(NamedTuple):
    """A word-alignment link: source word index, target word index, confidence."""

    src: int
    tgt: int
    score: float = 1.0


Alignment = list[Link]


@dataclass(slots=True)
class ProjectedSpan:
    """A target span placed for the source entity ``source_index`` with the method's ``score``."""

    span: WordSpan
    source_index: int
    score: float


@dataclass(slots=True)
class Dropped:
    """A source entity that was not placed on the target, and why."""

    source_index: int
    reason: str


@dataclass(slots=True)
class ProjectionResult:
    projected: list[ProjectedSpan] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


@runtime_checkable
class Translator(Protocol):
    """Translates a batch of detokenized texts; returns one text per input, in order."""

    def __call__(self, texts: Sequence[str], src_lang: str, tgt_lang: str) -> list[str]: ...


@runtime_checkable
class Aligner(Protocol):
    """Aligns a batch of (source words, target words) pairs; returns one link list per pair."""

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]: ...


@runtime_checkable
class LoadsModel(Protocol):
    """A part with a model to load before its first call (a neural aligner, a translator): ``load`` is
    called once where the work runs, so a part can be built, configured and shipped without its weights."""

    def load(self) -> None: ...


@runtime_checkable
class LearnsFromCorpus(Protocol):
    """A corpus-level aligner (eflomal): it learns from everything it aligns at once, so it can keep priors
    learned on a corpus, and align a whole corpus written as its text files."""

    priors: "str | None"
    max_words: int

    def learn_priors(self, pairs: Iterable[tuple[Words, Words]]) -> None: ...

    def write_corpus(self, pairs: Iterable[tuple[Words, Words]], directory) -> object: ...

    def align_text(self, text: object, links) -> None: ...


@runtime_checkable
class Projector(Protocol):
    """Places the source entities on the target words through the alignment."""

    def __call__(
        self,
        src_words: Words,
        src_spans: Sequence[WordSpan],
        tgt_words: Words,
        alignment: Iterable[Link],
    ) -> ProjectionResult: ...
