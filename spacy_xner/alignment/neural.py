"""Neural word alignment over any HF encoder (SimAlign / AWESoME-style), batched.

Upstream ``simalign.SentenceAligner`` runs one forward pass per sentence pair. Here a whole batch of
sentences is padded into one pass (sorted by length to limit padding), then each pair's similarity
matrix goes through the same extraction code. Inputs are built from per-word tokenization exactly
as SimAlign does, so links are identical to upstream; on top of it:

- sentences longer than the model's window are embedded in consecutive windows (no IndexError,
  no words silently dropped);
- words that tokenize to no pieces (U+200B, U+FEFF, "") get no links instead of a NaN crash;
- optional filtering of links between punctuation and words.

The model loads lazily on first use (hub name or local path, same loading as SimAlign).
"""
from __future__ import annotations

from typing import Literal, Optional, Sequence

import numpy as np

from ..ty import Alignment, Link, Words
from .extraction import Method, cosine_similarity, extract
from .links import drop_punct_links

DEFAULT_MODEL = "bert-base-multilingual-cased"  # mBERT: layer 8 is SimAlign's and AWESoME's best

TokenType = Literal["bpe", "word"]


class NeuralAligner:
    """Aligns pairs with embeddings from layer ``layer`` of ``model`` and extraction ``method``."""

    def __init__(
        self,
        model: str,
        layer: int,
        method: Method,
        token_type: TokenType,
        batch_size: int,
        device: str,
        threshold: float,
        filter_punct: bool,
    ):
        if token_type not in ("bpe", "word"):
            raise ValueError(f"token_type must be 'bpe' or 'word', not {token_type!r}")
        self.model_name = str(model)
        self.layer = layer
        self.method = method
        self.token_type = token_type
        self.batch_size = batch_size
        self.device = device
        self.threshold = threshold
        self.filter_punct = filter_punct
        self.max_words: Optional[int] = None
        self._model = None
        self._tokenizer = None
        self._pieces: dict[str, list[int]] = {}

    @property
    def settings(self) -> dict:
        """Everything that determines the links (for cache keys)."""
        return {"aligner": "neural", "model": self.model_name, "layer": self.layer, "method": self.method,
                "token_type": self.token_type, "threshold": self.threshold, "filter_punct": self.filter_punct}

    def load(self) -> None:
        if self._model is not None:
            return
        from transformers import AutoConfig, AutoModel, AutoTokenizer

        from ..errors import XnerError
        from ..hub import from_pretrained

        config = from_pretrained(AutoConfig, self.model_name, output_hidden_states=True)
        if self.layer > config.num_hidden_layers or self.layer < 0:
            raise XnerError(f"aligner.layer is {self.layer}, but {self.model_name} has layers 0 to {config.num_hidden_layers}")
        self._tokenizer = from_pretrained(AutoTokenizer, self.model_name)
        self._model = from_pretrained(AutoModel, self.model_name, config=config).eval().to(self.device)
        probe = self._tokenizer.build_inputs_with_special_tokens([-7])
        self._prefix = probe.index(-7)
        self._n_special = len(probe) - 1
        limits = [config.max_position_embeddings - (2 if config.model_type in ("roberta", "xlm-roberta") else 0)]
        if 0 < (self._tokenizer.model_max_length or 0) < 100_000:
            limits.append(self._tokenizer.model_max_length)
        self.window = min(limits) - self._n_special

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]:
        self.load()
        out: list[Alignment] = []
        for start in range(0, len(pairs), self.batch_size):
            batch = pairs[start : start + self.batch_size]
            sentences = [words for pair in batch for words in pair]
            vectors = self._embed([self._word_pieces(words) for words in sentences])
            for k, (src, tgt) in enumerate(batch):
                links = self._align_one(vectors[2 * k], vectors[2 * k + 1])
                if self.filter_punct:
                    links = drop_punct_links(links, src, tgt)
                out.append(links)
        return out

    def _word_pieces(self, words: Words) -> list[list[int]]:
        """Piece ids of each word, tokenized word by word as SimAlign does (cached per word form)."""
        result = []
        for word in words:
            ids = self._pieces.get(word)
            if ids is None:
                ids = self._tokenizer.convert_tokens_to_ids(self._tokenizer.tokenize(word))
                self._pieces[word] = ids
            result.append(ids)
        return result

    def _embed(self, sentences: list[list[list[int]]]) -> list[tuple[np.ndarray, list[int]]]:
        """Per sentence: piece vectors (layer ``layer``) and the word index of every piece."""
        import torch

        chunks: list[tuple[int, list[int]]] = []  # (sentence index, piece ids of one window)
        owners: list[list[int]] = []
        for s, word_ids in enumerate(sentences):
            flat = [p for ids in word_ids for p in ids]
            owners.append([w for w, ids in enumerate(word_ids) for _ in ids])
            for at in range(0, len(flat), self.window):
                chunks.append((s, flat[at : at + self.window]))
        pieces: list[list[np.ndarray]] = [[] for _ in sentences]
        order = sorted(range(len(chunks)), key=lambda c: len(chunks[c][1]))
        pad_id = self._tokenizer.pad_token_id if self._tokenizer.pad_token_id is not None else 0
        step = 2 * self.batch_size
        for at in range(0, len(order), step):
            group = [chunks[c] for c in order[at : at + step]]
            inputs = [self._tokenizer.build_inputs_with_special_tokens(ids) for _, ids in group]
            width = max(len(ids) for ids in inputs)
            input_ids = torch.full((len(inputs), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(inputs), width), dtype=torch.long)
            for row, ids in enumerate(inputs):
                input_ids[row, : len(ids)] = torch.tensor(ids)
                mask[row, : len(ids)] = 1
            with torch.inference_mode():
                hidden = self._model(input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device))
            layer = hidden["hidden_states"][self.layer].float().cpu().numpy()
            for row, (c, (s, ids)) in enumerate(zip(order[at : at + step], group)):
                pieces[s].append((c, layer[row, self._prefix : self._prefix + len(ids)]))
        result = []
        for s, parts in enumerate(pieces):
            parts.sort(key=lambda part: part[0])
            dim = self._model.config.hidden_size
            vecs = np.concatenate([p for _, p in parts]) if parts else np.zeros((0, dim), dtype=np.float32)
            result.append((vecs, owners[s]))
        return result

    def _align_one(self, src: tuple[np.ndarray, list[int]], tgt: tuple[np.ndarray, list[int]]) -> Alignment:
        (x, x_words), (y, y_words) = src, tgt
        if self.token_type == "word":
            x, x_words = _mean_by_word(x, x_words)
            y, y_words = _mean_by_word(y, y_words)
        if len(x) == 0 or len(y) == 0:
            return []
        sim = x @ y.T if self.method == "softmax" else cosine_similarity(x, y)
        best: dict[tuple[int, int], float] = {}
        for i, j, score in extract(self.method, sim, self.threshold):
            key = (x_words[i], y_words[j])
            best[key] = max(best.get(key, 0.0), score)
        return [Link(i, j, s) for (i, j), s in sorted(best.items())]


def _mean_by_word(vectors: np.ndarray, owners: list[int]) -> tuple[np.ndarray, list[int]]:
    """Mean-pool piece vectors per word; words with no pieces are left out (and keep no links)."""
    words = sorted(set(owners))
    if not words:
        return vectors[:0], []
    index = np.asarray(owners)
    return np.stack([vectors[index == w].mean(0) for w in words]), words
