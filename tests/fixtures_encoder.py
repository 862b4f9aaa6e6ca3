"""Tiny random-weight encoders built offline (recipes: ../shared/STACK.md §2).

Tokenizers are trained on FLORES-200 devtest text (en/de/es/it/fr) from ``../shared/data``: a
WordPiece vocabulary wrapped as ``BertTokenizerFast`` and a sentencepiece unigram model wrapped as
``XLMRobertaTokenizerFast``; 2-layer, 64-wide models with random weights are saved beside them.
Directories load by path with ``HF_HUB_OFFLINE=1``; each is built once per session (~2 MB).
"""
from __future__ import annotations

from pathlib import Path

import pytest

ENCODER_TEXT = ("eng_Latn", "deu_Latn", "spa_Latn", "ita_Latn", "fra_Latn")


def write_flores_corpus(data_dir: Path, corpus: Path, names=ENCODER_TEXT) -> Path:
    """FLORES-200 devtest lines of the languages ``names``: text to train the tiny tokenizers on."""
    lines: list[str] = []
    for name in names:
        text = (data_dir / "flores200-devtest" / f"{name}.devtest").read_text(encoding="utf-8")
        lines.extend(line for line in text.split("\n") if line.strip())
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def build_tiny_bert(corpus: Path, out: Path) -> Path:
    """A 2-layer BERT (hidden 64) with a cased WordPiece tokenizer of ~4k pieces, saved in ``out``."""
    import torch
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    out.mkdir(parents=True, exist_ok=True)
    wordpiece = BertWordPieceTokenizer(lowercase=False, strip_accents=False)
    wordpiece.train([str(corpus)], vocab_size=4000, show_progress=False)
    wordpiece.save_model(str(out))
    tok = BertTokenizerFast(vocab_file=str(out / "vocab.txt"), do_lower_case=False, strip_accents=False,
                            model_max_length=512)
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=len(tok), hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=128, max_position_embeddings=512)
    BertModel(cfg).save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_tiny_xlmr(corpus: Path, out: Path) -> Path:
    """A 2-layer XLM-R (hidden 64) with a locally trained sentencepiece unigram model of 4k pieces."""
    import sentencepiece as spm
    import torch
    from transformers import XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizerFast

    out.mkdir(parents=True, exist_ok=True)
    prefix = out / "spm_enc"
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=4000, model_type="unigram",
        character_coverage=1.0, input_sentence_size=20000, shuffle_input_sentence=True,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2, num_threads=1,
    )
    tok = XLMRobertaTokenizerFast(vocab_file=str(prefix.with_suffix(".model")), model_max_length=512)
    torch.manual_seed(0)
    cfg = XLMRobertaConfig(vocab_size=len(tok), hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                           intermediate_size=128, max_position_embeddings=514, type_vocab_size=1,
                           pad_token_id=1, bos_token_id=0, eos_token_id=2)
    model_dir = out / "model"
    XLMRobertaModel(cfg).save_pretrained(model_dir)
    tok.save_pretrained(model_dir)
    return model_dir


@pytest.fixture(scope="session")
def encoder_corpus(data_dir, tmp_path_factory) -> Path:
    return write_flores_corpus(data_dir, tmp_path_factory.mktemp("encoder-corpus") / "corpus.txt")


@pytest.fixture(scope="session")
def tiny_bert_dir(encoder_corpus, tmp_path_factory) -> Path:
    return build_tiny_bert(encoder_corpus, tmp_path_factory.mktemp("tiny-bert"))


@pytest.fixture(scope="session")
def tiny_xlmr_dir(encoder_corpus, tmp_path_factory) -> Path:
    return build_tiny_xlmr(encoder_corpus, tmp_path_factory.mktemp("tiny-xlmr"))
