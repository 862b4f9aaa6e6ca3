"""Source tokens are CoNLL tokens; translation models expect running text. spaCy has no
detokenizer, so Moses' rules (sacremoses) join the words, and Moses' punctuation normaliser
is the preprocessing NLLB was trained with."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..languages import lookup


def _moses_lang(code: str) -> str:
    return lookup(code).iso1 or "en"


@lru_cache(maxsize=None)
def _detokenizer(lang: str):
    from sacremoses import MosesDetokenizer

    return MosesDetokenizer(lang=lang)


@lru_cache(maxsize=None)
def _normalizer(lang: str):
    from sacremoses import MosesPunctNormalizer

    return MosesPunctNormalizer(lang=lang, pre_replace_unicode_punct=True, post_remove_control_chars=True)


def detokenize(words: Sequence[str], lang: str) -> str:
    """``["EU", "rejects", "lamb", "."]`` → ``"EU rejects lamb."``."""
    return _detokenizer(_moses_lang(lang)).detokenize([w for w in words if w.strip()])


def normalize_punctuation(text: str, lang: str) -> str:
    """Moses ``replace-unicode-punctuation`` + ``normalize-punctuation``, as in NLLB's training data."""
    return _normalizer(_moses_lang(lang)).normalize(text).strip()
