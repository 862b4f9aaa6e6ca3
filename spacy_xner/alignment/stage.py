"""The align stage of ``xner align``: its settings, and the worker that aligns a corpus of pairs.

The input streams through in chunks of ``chunk_size`` pairs (on Ray: shards), so memory does not
grow with the corpus. eflomal is corpus-level: it learns from everything it aligns in one run. A
corpus of one chunk is aligned in one run with the extra bitext, exactly as ever. On a bigger one,
each chunk alone would learn from its own few pairs only, so ``prepare`` first learns eflomal priors
once on the whole input plus the bitext (streamed to eflomal as text, never held), and every chunk
then aligns its pairs with those priors (``shared_priors=False`` runs each chunk on its own pairs
plus the bitext instead). The aligner is the ``xner_aligner`` component built from its config, as a
pipeline builds it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..io import owned_tempdir, write_atomic
from ..errors import XnerError
from .bitext import parse_bitext_option, read_bitext_specs
from .doc_pairs import align_docs, words_of

# Pairs per eflomal run once priors are learned (measured: benchmarks/README.streaming.md); a multiple of
# the neural batch sizes (32, 64), so neural batches fall where they did before chunking.
CHUNK_SIZE = 16_000


@dataclass(frozen=True)
class AlignStage:
    config: dict = field(default_factory=dict)  # the xner_aligner component's config ({}: its defaults)
    bitext: tuple[str, ...] = ()  # eflomal: extra "SRC_PATH:TGT_PATH" parallel text
    shared_priors: bool = True  # eflomal, sharded: learn priors once on the whole input first
    priors: Optional[str] = None  # eflomal priors learned by ``prepare``
    cache_dir: Optional[str] = None
    chunk_size: int = CHUNK_SIZE  # pairs per worker call (on Ray: the shard size)

    name = "align"

    def __post_init__(self) -> None:
        for spec in self.bitext:
            parse_bitext_option(spec)
        learns_priors = self._learns_priors(self._component().aligner)  # bad settings fail here, before any work
        if self.bitext and not learns_priors:
            raise XnerError("--bitext applies to --aligner eflomal only")

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        settings.pop("chunk_size")  # decides whether priors are learned; they are in the settings
        settings["priors"] = cache_key(self.priors) if self.priors else None
        return settings

    @staticmethod
    def _learns_priors(part) -> bool:
        return hasattr(part, "learn_priors")

    def _component(self):
        from ..components.build import build_component

        return build_component("xner_aligner", self.config)

    def prepare(self, docs: Callable[[], Iterable[Doc]], directory: Path) -> "AlignStage":
        """eflomal on more than one chunk: priors from the whole input and the bitext, learned on one
        more pass over ``docs()`` and kept in ``directory`` (named by a digest of the pairs and the
        settings) so that a rerun reuses them."""
        part = self._component().aligner
        if not self.shared_priors or not self._learns_priors(part) or not _more_than(docs(), self.chunk_size):
            return self
        from tqdm import tqdm
        from wasabi import msg

        stream = tqdm(docs(), desc=f"{self.name}: priors", unit="sent", disable=None, mininterval=1.0)
        with owned_tempdir("xner-priors-") as tmp:
            text = part.write_corpus(self._pairs_and_bitext(stream), tmp)
            artifact = directory / f"{self.name}-priors-{cache_key(self.settings(), text.digest)[:16]}"
            if artifact.is_file():
                msg.info(f"{self.name}: eflomal priors of an earlier run reused ({artifact})")
                priors = artifact.read_text(encoding="utf-8")
            else:
                msg.info(f"{self.name}: learning eflomal priors on {text.n_pairs} pairs (input + bitext)")
                priors = part.priors_of(text)
                write_atomic(artifact, priors)
        return replace(self, priors=priors, bitext=())

    def _pairs_and_bitext(self, docs: Iterable[Doc]) -> Iterator[tuple[list[str], list[str]]]:
        """The words of every pair with a translation, then the bitext (tokenized for their languages)."""
        src_lang = tgt_lang = None
        for doc in docs:
            src_lang = src_lang or doc.lang_
            translation = doc._.xner_translation
            if translation is not None:
                tgt_lang = tgt_lang or translation.lang_
                yield words_of(doc), words_of(translation)
        yield from read_bitext_specs(self.bitext, src_lang or "xx", tgt_lang or "xx")

    def _eflomal(self, docs: list[Doc], component):
        """The component's eflomal with the priors; the bitext is read (tokenized) once per process."""
        part = component.aligner
        part.priors = self.priors
        if self.bitext and not part.bitext:
            tgt_lang = next((d._.xner_translation.lang_ for d in docs if d._.xner_translation is not None), "xx")
            part.bitext = read_bitext_specs(self.bitext, docs[0].lang_ if docs else "xx", tgt_lang)
        return part

    def load(self):
        component = self._component()
        direct = self._direct(component)
        if component.refine is None:
            return direct
        component.refine.load()

        def refined(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
            aligned, stats = direct(docs, start)
            component.refine.refine_docs(aligned, stats, BatchCache(self.cache_dir))
            return aligned, stats

        return refined

    def _direct(self, component):
        if self._learns_priors(component.aligner):
            def align_chunk(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
                docs = list(docs)  # every pair of the chunk (plus the bitext, without priors) in one eflomal run
                return self._align(docs, component, self._eflomal(docs, component), 0)

            return align_chunk
        if hasattr(component.aligner, "load"):
            component.aligner.load()
        return lambda docs, start: self._align(docs, component, component.aligner, component.batch_size)

    def _align(self, docs: Iterable[Doc], component, part, batch_size: int) -> tuple[list[Doc], StageSummary]:
        stats = StageSummary("align")
        cache = BatchCache(self.cache_dir)
        aligned = list(align_docs(docs, part, batch_size, component.max_length_ratio, stats, cache))
        stats.count("cached batches", cache.hits)
        stats.count("cached batches recomputed (damaged)", cache.rejected)
        return aligned, stats


def _more_than(docs: Iterable[Doc], n: int) -> bool:
    """Whether a stream has more than ``n`` Docs (reading at most ``n + 1``)."""
    return sum(1 for _ in islice(docs, n + 1)) > n
