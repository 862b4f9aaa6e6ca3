"""The back-translation refinement of word alignments (the paper's first contribution, DESIGN §1).

A labelled sentence S and its counterpart T (an MT output in translate-train, the original sentence in
translate-test) are aligned directly. S is also translated into T's language with its entities
marked, giving a labelled pseudo-sentence T′ (``translation.markers``); T and T′ are in one language,
so aligning them is easy (``same_language``). The markers say which S entity became which T′ span,
so S → T′ links are known; carried through the T′ → T alignment (``links.compose``) they are S → T
links of the entities, which are then combined with the direct ones (``links.combine``: replace as in
the paper, union, intersection, weighted).

A sentence whose back-translation cannot be used (markers lost or unbalanced, empty output) or that
has no entities keeps its direct links; the reason is counted, and recorded with T′ in the pair's
``doc.user_data["xner_backtranslation"]`` for ``xner show``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..docs import BACKTRANSLATION_KEY as KEY, get_alignment, set_alignment, word_spans
from ..errors import XnerError
from .. import reasons
from ..translation.markers import Recovered, marker_translate
from ..ty import Aligner, Alignment, Link, LoadsModel, Translator, WordSpan
from .doc_pairs import words_of
from .links import Combination, combine, compose

COMBINATIONS = ("replace", "union", "intersection", "weighted")
FALLBACK = "backtranslation fallback (direct links kept)"


def marker_links(src_spans: Sequence[WordSpan], recovered: Recovered) -> Alignment:
    """S → T′ links from the markers: each source entity's words spread monotonically over the words
    of every T′ span matched to it (both ends covered, about max(len) links per span pair)."""
    links: set[tuple[int, int]] = set()
    for span, k in zip(recovered.spans, recovered.sources):
        src = src_spans[k]
        a, b = len(src), len(span)
        links.update((src.start + i, span.start + i * b // a) for i in range(a))
        links.update((src.start + j * a // b, span.start + j) for j in range(b))
    return [Link(i, j) for i, j in sorted(links)]


def refined_links(direct: Sequence[Link], src_spans: Sequence[WordSpan], recovered: Recovered,
                  same_language: Sequence[Link], combination: Combination, weight: float = 0.5,
                  threshold: float = 0.5) -> Alignment:
    """The direct S → T links combined with the S → T′ → T links of the entities."""
    return combine(direct, compose(marker_links(src_spans, recovered), same_language), combination, weight, threshold)


@dataclass
class BacktranslationRefinement:
    """Refines the alignments of aligned pairs in place, through a marked back-translation.

    ``translator`` translates S into T's language (``src_lang`` / ``tgt_lang``; default: the Docs'
    languages, which must then be known to spaCy), ``aligner`` aligns T′ with T.
    """

    translator: Translator
    aligner: Aligner
    combination: Combination
    weight: float
    threshold: float
    src_lang: Optional[str]
    tgt_lang: Optional[str]
    batch_size: int
    match_threshold: float

    def __post_init__(self) -> None:
        if self.combination not in COMBINATIONS:
            raise XnerError(f"unknown combination {self.combination!r}; expected one of {', '.join(COMBINATIONS)}")

    def load(self) -> None:
        if isinstance(self.aligner, LoadsModel):
            self.aligner.load()

    def refine_docs(self, docs: Sequence[Doc], summary: Optional[StageSummary] = None,
                    cache: Optional[BatchCache] = None) -> None:
        """Refine every aligned pair of ``docs``; tallies go to ``summary.counts`` as ``backtranslation: ...``."""
        summary = summary if summary is not None else StageSummary("backtranslation")
        hits = cache.hits if cache is not None else 0
        todo = []
        for doc in docs:
            direct = get_alignment(doc)
            if direct is None or doc._.xner_translation is None:
                continue  # not aligned: the aligner already counted why
            if not doc.ents:
                self._keep(doc, summary, reasons.NO_SOURCE_ENTITIES)
                continue
            todo.append((doc, direct, word_spans(doc)))
        by_langs: dict[tuple[str, str], list] = {}
        for item in todo:
            by_langs.setdefault(self._langs(item[0]), []).append(item)
        for (src_lang, tgt_lang), items in by_langs.items():
            recovered = marker_translate([(words_of(d), spans) for d, _, spans in items], self.translator, src_lang,
                                         tgt_lang, batch_size=self.batch_size, cache=cache, threshold=self.match_threshold)
            usable = [(item, r) for item, r in zip(items, recovered) if r.reason is None]
            for (doc, _, _), r in zip(items, recovered):
                if r.reason is not None:
                    self._keep(doc, summary, r.reason, r)
            pairs = [(r.words, words_of(doc._.xner_translation)) for (doc, _, _), r in usable]
            for ((doc, direct, spans), r), t_links in zip(usable, self._align(pairs, cache)):
                links = refined_links(direct, spans, r, t_links, self.combination, self.weight, self.threshold)
                set_alignment(doc, links)
                doc.user_data[KEY] = _record(r, t_links)
                summary.count("backtranslation: refined")
                summary.count("backtranslation: marked spans labelled", len(r.spans))
                summary.count(f"backtranslation: {reasons.SPAN_UNMATCHED}", r.unmatched)
                summary.count(f"backtranslation: {reasons.ENTITY_NOT_RECOVERED}", len(spans) - len(set(r.sources)))
                summary.count("backtranslation: links direct", len(direct))
                summary.count("backtranslation: links refined", len(links))
        if cache is not None:
            summary.count("backtranslation: cached batches", cache.hits - hits)

    def _align(self, pairs: list, cache: Optional[BatchCache]) -> list[Alignment]:
        if not pairs:
            return []
        settings = getattr(self.aligner, "settings", type(self.aligner).__name__)

        def compute() -> list:
            return [[list(link) for link in links] for links in self.aligner(pairs)]

        raw = compute() if cache is None else cache.get_or_compute(
            cache_key("backtranslation-align", settings, pairs), compute,
            lambda value: isinstance(value, list) and len(value) == len(pairs))
        return [[Link(int(l[0]), int(l[1]), float(l[2])) for l in links] for links in raw]

    def _langs(self, doc: Doc) -> tuple[str, str]:
        src = self.src_lang or doc.lang_
        tgt = self.tgt_lang or doc._.xner_translation.lang_
        for side, lang in (("src_lang", src), ("tgt_lang", tgt)):
            if lang == "xx":
                raise XnerError(f"back-translation: the Docs do not say their language (xx); set refine.{side}")
        return src, tgt

    @staticmethod
    def _keep(doc: Doc, summary: StageSummary, reason: str, recovered: Optional[Recovered] = None) -> None:
        summary.count(f"{FALLBACK}: {reason}")
        doc.user_data[KEY] = {**(_record(recovered, []) if recovered is not None else {}), "reason": reason}


def _record(recovered: Recovered, links: Sequence[Link]) -> dict:
    """T′ as stored in the pair's user data: words, recovered entities ``[start, end, label, source entity]``,
    the T′ → T links, and the reason it was not used (None when it was)."""
    return {
        "words": list(recovered.words),
        "ents": [[s.start, s.end, s.label, k] for s, k in zip(recovered.spans, recovered.sources)],
        "links": [[l.src, l.tgt, l.score] for l in links],
        "reason": recovered.reason,
    }


def get_backtranslation(doc: Doc) -> Optional[tuple[list[str], list[tuple[WordSpan, int]], Optional[str]]]:
    """T′ words, its recovered entities with the source entity each came from, and why T′ was not used
    (None when it was); None when the pair was never refined."""
    record = doc.user_data.get(KEY)
    if record is None:
        return None
    ents = [(WordSpan(s, e, label), k) for s, e, label, k in record.get("ents", [])]
    return list(record.get("words", [])), ents, record.get("reason")
