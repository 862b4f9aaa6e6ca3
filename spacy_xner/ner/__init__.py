"""Source NER: taggers that label words and expose per-word B-/I-/O probabilities.

The same taggers serve three roles: the English-side tagger of translate-test, the target-side
NER candidates and NER score of candidate matching, and the zero-shot model-transfer baseline.
Torch/transformers/spaCy models are loaded lazily (``registry`` is imported on every ``spacy.blank``).
"""
from .tagging import Tagged, Tagger, tag_docs

__all__ = ["Tagged", "Tagger", "tag_docs"]
