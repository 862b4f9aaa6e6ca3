"""Tiny NER models trained offline for a few steps on CoNLL-2003 sentences (probabilities not uniform).

- ``tiny_hf_ner_dir``: a token-classification head on the tiny XLM-R encoder (IOB2 labels).
- ``tiny_spacy_ner_dir``: a small CNN ``ner`` spaCy pipeline.
"""
from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

LABELS = ("PER", "ORG", "LOC", "MISC")
CLASSES = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))


def conll_docs(data_dir: Path, n: int):
    from spacy_xner.corpora.readers import read_tagged_sentences

    from spacy_xner.corpora.tags import tags_to_spans

    out = []
    for sent in islice(read_tagged_sentences(data_dir / "conll2003" / "iob2" / "en.conll.train.tsv", "iob"), n):
        out.append((sent.words, tags_to_spans(sent.tags, "iob2")[0]))
    return out


def train_tiny_hf_ner(encoder_dir: Path, sentences, out: Path, steps: int = 30, batch: int = 8) -> Path:
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(encoder_dir)
    model = AutoModelForTokenClassification.from_pretrained(
        encoder_dir, num_labels=len(CLASSES), id2label=dict(enumerate(CLASSES)), label2id={c: i for i, c in enumerate(CLASSES)})
    optim = torch.optim.AdamW(model.parameters(), lr=2e-3)
    weight = torch.ones(len(CLASSES))
    weight[0] = 0.2  # O dominates; without this a few steps learn only O
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    model.train()
    for step in range(steps):
        chunk = [sentences[(step * batch + k) % len(sentences)] for k in range(batch)]
        enc = tok([w for w, _ in chunk], is_split_into_words=True, truncation=True, max_length=64,
                  padding=True, return_tensors="pt")
        labels = torch.full(enc["input_ids"].shape, -100)
        for b, (words, spans) in enumerate(chunk):
            tags = ["O"] * len(words)
            for s in spans:
                tags[s.start] = f"B-{s.label}"
                tags[s.start + 1 : s.end] = [f"I-{s.label}"] * (len(s) - 1)
            seen = set()
            for k, w in enumerate(enc.word_ids(b)):
                if w is not None and w not in seen:
                    seen.add(w)
                    labels[b, k] = CLASSES.index(tags[w])
        logits = model(**enc).logits
        loss = loss_fn(logits.view(-1, len(CLASSES)), labels.view(-1))
        loss.backward()
        optim.step()
        optim.zero_grad()
    model.eval()
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def train_tiny_spacy_ner(sentences, out: Path, epochs: int = 4) -> Path:
    import random

    import spacy
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    examples = []
    for words, spans in sentences:
        ref = Doc(nlp.vocab, words=words)
        ref.ents = [Span(ref, s.start, s.end, label=s.label) for s in spans]
        examples.append(Example(Doc(nlp.vocab, words=words), ref))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(examples)
        for i in range(0, len(examples), 32):
            nlp.update(examples[i : i + 32], sgd=optimizer, drop=0.1)
    nlp.to_disk(out)
    return out


@pytest.fixture(scope="session")
def conll_sample(data_dir):
    return conll_docs(data_dir, 300)


@pytest.fixture(scope="session")
def tiny_hf_ner_dir(tiny_xlmr_dir, conll_sample, tmp_path_factory) -> Path:
    return train_tiny_hf_ner(tiny_xlmr_dir, conll_sample, tmp_path_factory.mktemp("tiny-hf-ner"))


@pytest.fixture(scope="session")
def tiny_spacy_ner_dir(conll_sample, tmp_path_factory) -> Path:
    return train_tiny_spacy_ner(conll_sample, tmp_path_factory.mktemp("tiny-spacy-ner"))


HAU_SENTENCES = 12


@pytest.fixture(scope="session")
def hau_gold(data_dir, tmp_path_factory):
    """The first HAU_SENTENCES MasakhaNER 2.0 Hausa test sentences as a DocBin (language xx)."""
    from spacy_xner.corpora.docbin import write_docbin
    from spacy_xner.corpora.readers import read_corpus

    lines = (data_dir / "masakhaner2" / "hau" / "test.txt").read_text(encoding="utf-8").split("\n")
    blanks = [i for i, line in enumerate(lines) if not line.strip()]
    root = tmp_path_factory.mktemp("label")
    (root / "test.txt").write_text("\n".join(lines[: blanks[HAU_SENTENCES - 1] + 1]), encoding="utf-8")
    docs = read_corpus(root / "test.txt", "xx", format="masakhaner")
    write_docbin(root / "gold.spacy", docs)
    return root / "gold.spacy"
