"""Spellings for comparing words across languages and scripts (used by the aligner's priors and the projection scores)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def spelling(word: str) -> str:
    """Script-independent, case-free spelling ("Мюллер" ~ "Muller", "Zürich" ~ "zurich"): anyascii, lowercased."""
    from anyascii import anyascii

    return anyascii(word).lower()
