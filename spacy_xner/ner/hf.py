"""A Hugging Face token-classification model as a tagger; a word's label is its first sub-token's.

torch/transformers are imported when the model is first used, never at import time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import numpy as np

from ..ty import Words
from .tagging import Tagged, decode

_IOB = re.compile(r"O|[BI]-\S+")
DEFAULT_MODEL = "FacebookAI/xlm-roberta-large-finetuned-conll03-english"


@lru_cache(maxsize=4)
def load(model: str, device: str) -> tuple[Any, Any]:
    """Tokenizer and model, shared by every tagger on the same model (NER candidates and NER score)."""
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from ..errors import XnerError
    from ..hub import from_pretrained

    tokenizer = from_pretrained(AutoTokenizer, model, use_fast=True)
    if not tokenizer.is_fast:
        raise XnerError(f"model '{model}' has no fast tokenizer; word ids need one")
    net = from_pretrained(AutoModelForTokenClassification, model).to(device).eval()
    labels = [net.config.id2label[i] for i in range(net.config.num_labels)]
    if "O" not in labels or not all(_IOB.fullmatch(label) for label in labels):
        raise XnerError(f"model '{model}' has labels {labels}; a NER tagger needs O, B-<label> and I-<label>")
    return tokenizer, net


@dataclass(frozen=True)
class HFTagger:
    """Per-word softmax probabilities of the first sub-token; words cut off by truncation get ``O``.

    Frozen (hashable by settings) so that equal taggers share ``tag_sentence``'s cache.
    """

    model: str
    batch_size: int
    device: str
    max_length: int

    @property
    def classes(self) -> tuple[str, ...]:
        config = load(self.model, self.device)[1].config
        return tuple(config.id2label[i] for i in range(config.num_labels))

    def __call__(self, batch: Sequence[Words]) -> list[Tagged]:
        out: list[Tagged] = []
        for i in range(0, len(batch), self.batch_size):
            out.extend(self._tag([list(words) for words in batch[i : i + self.batch_size]]))
        return out

    def _tag(self, batch: list[list[str]]) -> list[Tagged]:
        import torch

        tokenizer, net = load(self.model, self.device)
        classes = self.classes
        nonempty = [words for words in batch if words]
        probs_of: list[np.ndarray] = []
        if nonempty:
            enc = tokenizer(nonempty, is_split_into_words=True, truncation=True, max_length=self.max_length,
                            padding=True, return_tensors="pt")
            with torch.inference_mode():
                logits = net(**{k: v.to(self.device) for k, v in enc.items()}).logits
            sub_probs = torch.softmax(logits.float(), dim=-1).cpu().numpy()
            outside = np.zeros(len(classes))
            outside[classes.index("O")] = 1.0
            for b, words in enumerate(nonempty):
                probs = np.tile(outside, (len(words), 1))
                seen: set[int] = set()
                for k, w in enumerate(enc.word_ids(b)):
                    if w is not None and w not in seen:
                        seen.add(w)
                        probs[w] = sub_probs[b, k]
                probs_of.append(probs)
        it = iter(probs_of)
        tagged = []
        for words in batch:
            probs = next(it) if words else np.zeros((0, len(classes)))
            tagged.append(Tagged(decode(probs, classes), probs, classes))
        return tagged
