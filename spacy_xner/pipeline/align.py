"""The align stage of ``xner align``: its settings, and the worker that aligns a corpus of pairs.

The input streams through in chunks of ``chunk_size`` pairs (on Ray: shards), so memory does not
grow with the corpus. eflomal is corpus-level: it learns from everything it aligns in one run, and one
run over n pairs costs ∝ √n, so the less it is cut up, the better and cheaper. By default ``prepare``
streams the whole input (and the extra bitext) into eflomal's text files, aligns all of it in the
aligner's voted runs, and keeps the decided links in a file that the chunks then read in order (the
component's ``whole_input``, as its ``pipe`` does). With ``whole_input`` off (an explicit ``--chunk-size``,
and Ray's shards) each chunk is aligned alone, after priors learned once on the whole input
(``shared_priors=False``: each chunk on its own pairs plus the bitext). The aligner is the ``xner_aligner``
component built from its config, as a pipeline builds it.
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
from ..ty import LearnsFromCorpus, LoadsModel
from ..alignment.bitext import parse_bitext_option, read_bitext_specs
from ..alignment.pharaoh import parse_line
from ..alignment.eflomal import CorpusText, LinksInOrder
from ..alignment.doc_pairs import align_docs, pairs_to_align

# Pairs held at a time, and per eflomal run when a corpus is aligned chunk by chunk (benchmarks/README.streaming.md);
# a multiple of the neural batch sizes (32, 64), so neural batches fall where they did before chunking.
CHUNK_SIZE = 16_000


@dataclass(frozen=True)
class AlignStage:
    config: dict = field(default_factory=dict)  # the xner_aligner component's config ({}: its defaults)
    bitext: tuple[str, ...] = ()  # eflomal: extra "SRC_PATH:TGT_PATH" parallel text
    shared_priors: bool = True  # eflomal, sharded: learn priors once on the whole input first
    priors: Optional[str] = None  # eflomal priors learned by ``prepare``
    cache_dir: Optional[str] = None
    chunk_size: int = CHUNK_SIZE  # pairs per worker call (on Ray: the shard size)
    links: Optional[str] = None  # eflomal, whole corpus: the file of every pair's links, made by ``prepare``

    name = "align"

    def __post_init__(self) -> None:
        for spec in self.bitext:
            parse_bitext_option(spec)
        learns_priors = isinstance(self._component().aligner, LearnsFromCorpus)  # bad settings fail here, before any work
        if self.bitext and not learns_priors:
            raise XnerError("--bitext applies to --aligner eflomal only")

    def settings(self) -> dict[str, Any]:
        settings = asdict(self)
        settings.pop("cache_dir")
        settings.pop("chunk_size")  # decides whether priors are learned; they are in the settings
        settings.pop("links")  # made from the input and the other settings
        settings["priors"] = cache_key(self.priors) if self.priors else None
        return settings

    def in_shards(self, shard_size: int) -> "AlignStage":
        """On Ray each shard is aligned alone: eflomal learns priors on the whole input first when there is
        more than one shard, instead of aligning all of it at once."""
        return replace(self, chunk_size=shard_size, config={**self.config, "whole_input": False})

    def _component(self):
        from .build import build_component

        return build_component("xner_aligner", self.config)

    def prepare(self, docs: Callable[[], Iterable[Doc]], directory: Path) -> "AlignStage":
        """eflomal's corpus-level work, on one more pass over ``docs()``, kept in ``directory`` under a
        digest of the pairs and the settings so that a rerun reuses it: every pair's links (whole corpus),
        or priors from the whole input and the bitext (a corpus of more than one chunk, chunk by chunk)."""
        component = self._component()
        if not isinstance(component.aligner, LearnsFromCorpus):
            return self
        whole = component.aligns_whole_input
        if not whole and (not self.shared_priors or not _more_than(docs(), self.chunk_size)):
            return self
        return self._from_whole_input(docs, directory, component, whole)

    def _from_whole_input(self, docs: Callable[[], Iterable[Doc]], directory: Path, component,
                          whole: bool) -> "AlignStage":
        """The input's pairs and the bitext written to eflomal's text files as they are read, then every
        pair's links (``whole``: the component's ``whole_input``) or the priors learned on them."""
        from tqdm import tqdm
        from wasabi import msg

        part = component.aligner
        kind = "links" if whole else "priors"
        stream = tqdm(docs(), desc=f"{self.name}: eflomal {kind}", unit="sent", disable=None, mininterval=1.0)
        with owned_tempdir(f"xner-{kind}-") as tmp:
            text = part.write_corpus(self._pairs_and_bitext(stream, component), tmp)
            # links are kept in the cache folder when there is one, so that any rerun reuses them
            folder = Path(self.cache_dir) if self.cache_dir is not None and whole else directory
            artifact = folder / f"{self.name}-{kind}-{cache_key(self.settings(), text.digest)[:16]}"
            if artifact.is_file() and (not whole or _fit(artifact, text)):
                msg.info(f"{self.name}: eflomal {kind} of an earlier run reused ({artifact})")
            elif whole:
                if artifact.is_file():
                    msg.warn(f"{self.name}: {artifact} does not fit the input (damaged): aligning again")
                msg.info(f"{self.name}: aligning {text.n_pairs} pairs (input + bitext) in {part.runs} eflomal "
                         f"run{'s' if part.runs > 1 else ''} over all of them")
                part.align_text(text, artifact)
            else:
                msg.info(f"{self.name}: learning eflomal priors on {text.n_pairs} pairs (input + bitext)")
                write_atomic(artifact, part.priors_of(text))
        if whole:
            return replace(self, links=str(artifact), bitext=())
        return replace(self, priors=artifact.read_text(encoding="utf-8"), bitext=())

    def _pairs_and_bitext(self, docs: Iterable[Doc], component) -> Iterator[tuple[list[str], list[str]]]:
        """The words of every pair that the aligner will take (in input order, as ``align_docs`` picks
        them), then the bitext (tokenized for its languages)."""
        languages: list[Optional[str]] = [None, None]
        yield from pairs_to_align(self._noting_languages(docs, languages), component.aligner.max_words,
                                  component.max_length_ratio)
        yield from read_bitext_specs(self.bitext, languages[0] or "xx", languages[1] or "xx")

    @staticmethod
    def _noting_languages(docs: Iterable[Doc], languages: list) -> Iterator[Doc]:
        """``docs``, noting the first source and target language in ``languages`` on the way."""
        for doc in docs:
            languages[0] = languages[0] or doc.lang_
            translation = doc._.xner_translation
            if translation is not None:
                languages[1] = languages[1] or translation.lang_
            yield doc

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
        if self.links is not None:
            links = LinksInOrder(Path(self.links), component.aligner.max_words)
            return lambda docs, start: self._align(docs, component, links, 0, cached=False)
        if isinstance(component.aligner, LearnsFromCorpus):
            def align_chunk(docs: Iterable[Doc], start: int) -> tuple[list[Doc], StageSummary]:
                docs = list(docs)  # every pair of the chunk (plus the bitext, without priors) in one eflomal run
                return self._align(docs, component, self._eflomal(docs, component), 0)

            return align_chunk
        if isinstance(component.aligner, LoadsModel):
            component.aligner.load()
        return lambda docs, start: self._align(docs, component, component.aligner, component.batch_size)

    def _align(self, docs: Iterable[Doc], component, part, batch_size: int,
               cached: bool = True) -> tuple[list[Doc], StageSummary]:
        stats = StageSummary("align")
        cache = BatchCache(self.cache_dir if cached else None)
        aligned = list(align_docs(docs, part, batch_size, component.max_length_ratio, stats, cache))
        stats.count("cached batches", cache.hits)
        stats.count("cached batches recomputed (damaged)", cache.rejected)
        return aligned, stats


def _fit(links: Path, text: CorpusText) -> bool:
    """Whether a links file kept by an earlier run has a readable line per pair of ``text``, each linking
    words that the pair has: a damaged one is made again, never trusted."""
    try:
        with open(links, encoding="utf-8") as found, open(text.src, encoding="utf-8") as src, \
                open(text.tgt, encoding="utf-8") as tgt:
            n = 0
            for line, src_line, tgt_line in zip(found, src, tgt):
                n_src, n_tgt = len(src_line.split()), len(tgt_line.split())
                if any(link.src >= n_src or link.tgt >= n_tgt for link in parse_line(line)):
                    return False
                n += 1
            return n == text.n_pairs and not found.readline()
    except (OSError, UnicodeDecodeError, ValueError):
        return False


def _more_than(docs: Iterable[Doc], n: int) -> bool:
    """Whether a stream has more than ``n`` Docs (reading at most ``n + 1``)."""
    return sum(1 for _ in islice(docs, n + 1)) > n
