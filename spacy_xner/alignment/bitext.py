"""Extra parallel text for eflomal: ``SRC_PATH:TGT_PATH`` files, tokenized like the pairs."""
from __future__ import annotations

from pathlib import Path
from typing import Union

from ..errors import InputError
from ..ty import Words
from .gold import read_text


def parse_bitext_option(value: str) -> tuple[Path, Path]:
    """``SRC_PATH:TGT_PATH`` → two paths (a ':' inside a path is not supported)."""
    parts = value.split(":")
    if len(parts) != 2 or not all(parts):
        raise InputError(None, f"--bitext expects SRC_PATH:TGT_PATH, got {value!r}")
    return Path(parts[0]), Path(parts[1])


def read_bitext(src_path: Union[str, Path], tgt_path: Union[str, Path], src_lang: str, tgt_lang: str) -> list[tuple[Words, Words]]:
    """Line-parallel raw text (``.gz`` accepted) tokenized with spaCy's tokenizers for the two
    languages; a different number of lines is an error (it would shift every pair)."""
    import spacy

    from ..languages import spacy_lang

    src_lines, tgt_lines = read_text(src_path), read_text(tgt_path)
    if len(src_lines) != len(tgt_lines):
        raise InputError(tgt_path, f"{len(tgt_lines)} lines but {src_path} has {len(src_lines)}: bitext files must be line-parallel")
    src_tok, tgt_tok = spacy.blank(spacy_lang(src_lang)).tokenizer, spacy.blank(spacy_lang(tgt_lang)).tokenizer
    return [
        ([t.text for t in s if not t.is_space], [t.text for t in t_doc if not t.is_space])
        for s, t_doc in zip(src_tok.pipe(src_lines, batch_size=1000), tgt_tok.pipe(tgt_lines, batch_size=1000))
    ]


def read_bitext_specs(specs, src_lang: str, tgt_lang: str) -> list[tuple[Words, Words]]:
    """The pairs of every ``SRC_PATH:TGT_PATH`` spec (``--bitext``, ``initialize(bitext=...)``), in order."""
    pairs: list[tuple[Words, Words]] = []
    for spec in specs:
        pairs += read_bitext(*parse_bitext_option(spec), src_lang, tgt_lang)
    return pairs
