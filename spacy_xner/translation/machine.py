"""Machine translation of source Docs: detokenize, split overlong sentences, translate in cached
length-sorted batches, tokenize the output. Every Doc ends done or skipped with a reason."""
from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc

from .. import reasons
from ..accounting import StageSummary
from ..cache import BatchCache, cache_key
from ..docs import get_id
from ..ty import Translator
from .detokenize import detokenize
from ..corpora.target import target_doc

# longer sentences are translated in pieces of this many words: xner_translator's default and xner label's
MAX_WORDS = 200


def identity_of(translator: Translator) -> object:
    """What determines a translator's output, for cache keys."""
    return getattr(translator, "identity", type(translator).__qualname__)


def translate_texts(
    translator: Translator,
    texts: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    batch_size: int,
    cache: Optional[BatchCache] = None,
) -> list[str]:
    """Translate in batches of similar length; each finished batch is cached, so a killed run
    resumes and a rerun translates nothing."""
    cache = cache or BatchCache(None)
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), texts[i]))
    out = [""] * len(texts)
    ident = identity_of(translator)
    for start in range(0, len(order), batch_size):
        batch = order[start : start + batch_size]
        batch_texts = [texts[i] for i in batch]
        key = cache_key("translate", ident, src_lang, tgt_lang, batch_texts)
        result = cache.get_or_compute(key, lambda: translator(batch_texts, src_lang, tgt_lang),
                                      lambda texts: isinstance(texts, list) and len(texts) == len(batch)
                                      and all(isinstance(t, str) for t in texts))
        if len(result) != len(batch):
            raise RuntimeError(f"translator returned {len(result)} texts for {len(batch)}")
        for i, text in zip(batch, result):
            out[i] = text
    return out


def translate_docs(
    docs: Sequence[Doc],
    translator: Translator,
    src_lang: str,
    tgt_lang: str,
    summary: StageSummary,
    *,
    batch_size: int,
    max_words: int,
    cache: Optional[BatchCache] = None,
) -> list[Optional[Doc]]:
    """One target Doc per source Doc (``None`` where skipped; the reason is counted in ``summary``).

    Sentences longer than ``max_words`` are translated in pieces of at most that many words and
    the pieces' translations joined, so a 1,000-word line never exceeds the model's input length.
    """
    pieces: list[str] = []
    owner: list[list[int]] = []
    for doc in docs:
        words = [t.text for t in doc if t.text.strip()]
        if not words:
            owner.append([])
            continue
        chunks = [words[i : i + max_words] for i in range(0, len(words), max_words)]
        if len(chunks) > 1:
            summary.count(reasons.LONG_SENTENCE_SPLIT)
        owner.append(list(range(len(pieces), len(pieces) + len(chunks))))
        pieces.extend(detokenize(chunk, src_lang) for chunk in chunks)
    translated = translate_texts(translator, pieces, src_lang, tgt_lang, batch_size=batch_size, cache=cache)
    out: list[Optional[Doc]] = []
    for i, (doc, idx) in enumerate(zip(docs, owner)):
        source_id = get_id(doc)
        text = " ".join(translated[j] for j in idx).strip()
        reason = reasons.EMPTY_SOURCE if not idx else reasons.EMPTY_TRANSLATION if not text else None
        if reason:
            summary.add_skipped(reason, source_id)
            out.append(None)
            continue
        summary.add_done()
        out.append(target_doc(tgt_lang, source_id or f"#{i}", source_id, text=text))
    return out
