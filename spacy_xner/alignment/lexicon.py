"""Lexical knowledge for eflomal that needs no model: word forms and string-similarity priors.

IBM-style aligners see a name once or twice and link it to whatever co-occurs ("garbage
collection"), yet names, numbers and cognates are mostly copied or transliterated. Two cues fix
that without a model:

- ``word_form``: what eflomal sees of a word — case and accents folded, optionally cut to a prefix
  (a cheap stemmer), so inflected and accented forms share their counts;
- ``similar_word_priors``: Dirichlet priors (eflomal's ``LEX`` lines) for word pairs of a sentence
  pair whose transliterated, folded spellings are near-identical, or that carry the same number.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from ..text import spelling
from ..ty import Words

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")


def word_form(word: str, prefix_len: int = 0) -> str:
    """The token eflomal aligns: lowercased, accents stripped, whitespace-free, never empty."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    folded = _SPACE.sub("_", folded) or "_"
    return folded[:prefix_len] if prefix_len > 0 else folded


@dataclass(frozen=True)
class SimilarWordPriors:
    """``LEX`` priors for the word pairs of each sentence pair that look alike.

    A pair of words counts ``weight`` when both have at least ``min_len`` letters and their
    spellings' normalized Indel similarity is at least ``min_similarity``, or when both contain
    digits and the digits are the same. Counts add up over the corpus, like learned priors.
    """

    weight: float = 1.0
    min_similarity: float = 0.8
    min_len: int = 3

    def __post_init__(self) -> None:
        if not self.weight > 0:
            raise ValueError(f"weight must be > 0, got {self.weight!r}")
        if not 0.0 < self.min_similarity <= 1.0:
            raise ValueError(f"min_similarity must be in (0, 1], got {self.min_similarity!r}")
        if self.min_len < 1:
            raise ValueError(f"min_len must be >= 1, got {self.min_len!r}")

    def counts(self, pairs: Iterable[tuple[Words, Words]], prefix_len: int = 0) -> Counter:
        """``(source form, target form) -> prior`` over all pairs (forms as ``word_form`` writes them)."""
        total: Counter = Counter()
        for src, tgt in pairs:
            self.add_counts(total, src, tgt, prefix_len)
        return total

    def add_counts(self, total: Counter, src: Words, tgt: Words, prefix_len: int = 0) -> None:
        """Add one sentence pair's priors to ``total`` (counts of a stream, a pair at a time)."""
        from rapidfuzz import fuzz, process

        src_words, tgt_words = self._candidates(src), self._candidates(tgt)
        if not src_words or not tgt_words:
            return
        src_keys, tgt_keys = list(src_words), list(tgt_words)
        sim = process.cdist([src_words[k] for k in src_keys], [tgt_words[k] for k in tgt_keys],
                            scorer=fuzz.ratio, score_cutoff=100 * self.min_similarity, workers=1)
        for i, j in zip(*sim.nonzero()):
            total[word_form(src_keys[i], prefix_len), word_form(tgt_keys[j], prefix_len)] += self.weight
        for s in _numbers(src):
            for t in _numbers(tgt):
                if _DIGITS.findall(s) == _DIGITS.findall(t):
                    total[word_form(s, prefix_len), word_form(t, prefix_len)] += self.weight

    def _candidates(self, words: Sequence[str]) -> dict[str, str]:
        """Distinct words with enough letters, mapped to their comparable spelling."""
        out = {}
        for word in words:
            if word not in out and sum(c.isalpha() for c in word) >= self.min_len:
                out[word] = spelling(word)
        return out


def _numbers(words: Sequence[str]) -> set[str]:
    return {w for w in words if _DIGITS.search(w)}


def lex_lines(counts: Counter) -> str:
    """The counts as eflomal ``LEX`` prior lines (sorted, so equal counts give equal text)."""
    return "".join(f"LEX\t{s}\t{t}\t{alpha:g}\n" for (s, t), alpha in sorted(counts.items()))
