"""Tiny random-weight seq2seq models built offline (recipes: ../shared/STACK.md §2).

A sentencepiece model is trained on FLORES-200 devtest text from ``../shared/data``, wrapped as
the NLLB / M2M100 tokenizer, and a 2-layer ``M2M100ForConditionalGeneration`` with random weights
is saved beside it. Directories load by path with ``HF_HUB_OFFLINE=1``; built once per session.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures_encoder import write_flores_corpus

FLORES_FILES = ("eng_Latn", "deu_Latn", "hau_Latn", "swh_Latn", "yor_Latn")


def _train_spm(corpus: Path, prefix: Path) -> Path:
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=2000, model_type="unigram",
        character_coverage=1.0, input_sentence_size=20000, shuffle_input_sentence=True,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2, num_threads=1,
    )
    return prefix.with_suffix(".model")


def _config(vocab_size: int):
    from transformers import M2M100Config

    return M2M100Config(
        vocab_size=vocab_size, d_model=32, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64,
        max_position_embeddings=128, pad_token_id=1, bos_token_id=0, eos_token_id=2,
        decoder_start_token_id=2, scale_embedding=True,
    )


def build_spm(data_dir: Path, out: Path) -> Path:
    """A 2000-piece sentencepiece model trained on FLORES text (about 2 s)."""
    return _train_spm(write_flores_corpus(data_dir, out / "corpus.txt", FLORES_FILES), out / "spm_mt")


def build_tiny_nllb(spm_file: Path, out: Path) -> Path:
    """A 2-layer NLLB-architecture model (d_model 32) with the NLLB fast tokenizer (also used by benchmarks/)."""
    import torch
    from transformers import M2M100ForConditionalGeneration, NllbTokenizerFast

    tok = NllbTokenizerFast(vocab_file=str(spm_file), src_lang="eng_Latn", tgt_lang="deu_Latn", model_max_length=128)
    torch.manual_seed(0)
    M2M100ForConditionalGeneration(_config(len(tok))).save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_spm(data_dir, tmp_path_factory) -> Path:
    return build_spm(data_dir, tmp_path_factory.mktemp("tiny-spm"))


@pytest.fixture(scope="session")
def tiny_nllb_dir(tiny_spm, tmp_path_factory) -> Path:
    """The tiny NLLB model, built once per session, loadable by path offline."""
    return build_tiny_nllb(tiny_spm, tmp_path_factory.mktemp("tiny-nllb"))


@pytest.fixture(scope="session")
def tiny_m2m100_dir(tiny_spm, tmp_path_factory) -> Path:
    """The same architecture with the M2M100 tokenizer (``__de__``-style language tokens)."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100ForConditionalGeneration, M2M100Tokenizer
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    out = tmp_path_factory.mktemp("tiny-m2m100")
    proc = spm.SentencePieceProcessor(model_file=str(tiny_spm))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    vocab_file = out / "vocab.json"
    vocab_file.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = M2M100Tokenizer(
        vocab_file=str(vocab_file), spm_file=str(tiny_spm), src_lang="en", tgt_lang="de", model_max_length=128,
        # without the explicit list the __xx__ codes are never registered (STACK.md §2, quirk 1)
        additional_special_tokens=[f"__{c}__" for c in FAIRSEQ_LANGUAGE_CODES["m2m100"]],
    )
    torch.manual_seed(0)
    # len(tok) excludes the language ids (quirk 2)
    M2M100ForConditionalGeneration(_config(max(tok.lang_token_to_id.values()) + 1 + 8)).save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny_marian_dir(tiny_spm, tmp_path_factory) -> Path:
    """A single-pair Marian/OPUS-MT-architecture model (no language tokens); slow tokenizer only."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = tmp_path_factory.mktemp("tiny-marian")
    proc = spm.SentencePieceProcessor(model_file=str(tiny_spm))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    vocab_file = out / "vocab.json"
    vocab_file.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(source_spm=str(tiny_spm), target_spm=str(tiny_spm), vocab=str(vocab_file), model_max_length=128)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128,
        pad_token_id=vocab["<pad>"], eos_token_id=0, decoder_start_token_id=vocab["<pad>"],
    )
    torch.manual_seed(0)
    MarianMTModel(config).save_pretrained(out)
    tok.save_pretrained(out)
    return out
