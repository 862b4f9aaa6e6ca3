"""Corpus readers: one per input format, all yielding tagged sentences that become one Doc each.

Tokens are kept exactly as given (no re-tokenization). Every sentence gets the stable id
``<file-stem>:<index>`` (0-based, ``-DOCSTART-`` lines not counted; see ``stem``), unless the file
carries its own ids (JSONL).

Policies (each counted in the ``StageSummary`` passed in, never silent):
- an empty or whitespace-only token (MasakhaNER 2.0 ``xho/train.txt`` has two lines `` O``) keeps its position
  and becomes ``EMPTY_TOKEN`` (spaCy refuses empty words), counted as ``empty_token_replaced``;
  ``strict=True`` refuses it;
- an IOB2 ``I-X`` after ``O`` or another type opens an entity (conlleval / seqeval semantics),
  counted as ``iob2_orphan_repaired``; ``strict=True`` refuses it;
- WikiANN ``lang:`` prefixes (``en:Paris``) are stripped when every token of the sentence has the
  same one, counted as ``lang_prefix_stripped``.
Lines are read by ``io.read_lines``'s rule (a byte order mark and CRLF line ends are accepted). A wrong
column count, an unknown tag, invalid UTF-8 and an empty or missing file are errors (``InputError`` with
file and line).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

from spacy.tokens import Doc

from ..accounting import StageSummary
from ..docs import set_id, set_word_spans
from ..errors import InputError, XnerError
from ..io import read_lines
from .docbin import set_language, vocab_for
from .tags import TagError, tags_to_spans

EMPTY_TOKEN = "_"
DOCSTART = "-DOCSTART-"
TRANSLATIONS_SOURCE_STEM = "en.conll.train"  # the file whose sentences the published translations' ids index
_DATA_SUFFIXES = {".txt", ".tsv", ".conll", ".conll02", ".conll03", ".iob", ".iob2", ".bio", ".jsonl", ".json"}
_LANG_PREFIX = re.compile(r"([a-z]{2,3}):(?=.)")


@dataclass(frozen=True)
class ColumnFormat:
    """A one-token-per-line format: ``columns`` fields (tag last), blank line between sentences."""

    columns: int
    scheme: str
    strip_lang_prefix: bool = False


COLUMN_FORMATS = {
    "conll2003": ColumnFormat(columns=4, scheme="iob1"),
    "iob": ColumnFormat(columns=2, scheme="iob2"),
    "masakhaner": ColumnFormat(columns=2, scheme="iob2"),
    "europarl": ColumnFormat(columns=2, scheme="iob2"),
    "wikiann": ColumnFormat(columns=2, scheme="iob2", strip_lang_prefix=True),
}
FORMATS = ("auto", *COLUMN_FORMATS, "jsonl", "translations", "text")


@dataclass
class TaggedSentence:
    """One sentence as read: words, one tag per word, the file line of each word, and its id."""

    words: list[str]
    tags: list[str]
    lines: list[int]
    sentence_id: str
    scheme: str = "iob2"
    source_id: Optional[str] = None


def read_corpus(
    path: Union[str, Path],
    lang: str,
    format: str = "auto",
    strict: bool = False,
    baseline: Optional[str] = None,
    summary: Optional[StageSummary] = None,
) -> list[Doc]:
    """One Doc per sentence of a tagged corpus file, entities from its tags.

    ``baseline`` applies to the ``translations`` format only (see ``read_translations_jsonl``).
    """
    return list(iter_corpus(path, lang, format, strict, baseline, summary=summary))


def read_translations_jsonl(
    path: Union[str, Path],
    lang: str,
    baseline: Optional[str] = None,
    source_stem: str = TRANSLATIONS_SOURCE_STEM,
    summary: Optional[StageSummary] = None,
) -> list[Doc]:
    """Target Docs of a published-translations file (``{id, tgt_tokens, baseline_tags}`` lines).

    A machine translation takes its source's id: ``<source_stem>:<id>``, the English sentence the
    ``id`` indexes (``../shared/data/translations`` counts ids in ``en.conll.train.tsv``), so
    ``xner pair --by-id`` pairs it with the converted English corpus. With ``baseline`` (a key of
    ``baseline_tags``, e.g. ``tprojection``, ``awesome``), that system's projection becomes the ents.
    """
    return list(iter_corpus(path, lang, "translations", baseline=baseline, source_stem=source_stem, summary=summary))


def iter_corpus(
    path: Union[str, Path],
    lang: str,
    format: str = "auto",
    strict: bool = False,
    baseline: Optional[str] = None,
    source_stem: str = TRANSLATIONS_SOURCE_STEM,
    summary: Optional[StageSummary] = None,
) -> Iterator[Doc]:
    """The Docs of ``read_corpus`` as a stream (``xner convert`` holds one sentence at a time)."""
    path = Path(path)
    summary = summary if summary is not None else StageSummary("convert")
    sentences = read_tagged_sentences(path, format, strict=strict, baseline=baseline, summary=summary,
                                      source_stem=source_stem, lang=lang)
    return _to_docs(path, sentences, lang, strict, summary)


def read_tagged_sentences(
    path: Union[str, Path],
    format: str = "auto",
    strict: bool = False,
    baseline: Optional[str] = None,
    summary: Optional[StageSummary] = None,
    source_stem: str = TRANSLATIONS_SOURCE_STEM,
    lang: str = "xx",
) -> Iterator[TaggedSentence]:
    """The sentences of a tagged file in the given (or detected) format; ``lang``'s tokenizer splits
    the lines of a ``text`` file (which has no tags: every word is O)."""
    path = Path(path)
    summary = summary if summary is not None else StageSummary("convert")
    if format not in FORMATS:
        raise XnerError(f"unknown format {format!r}; expected one of: {', '.join(FORMATS)}")
    if format == "auto":
        format = detect_format(path)
    if baseline is not None and format != "translations":
        raise XnerError(f"a baseline applies to the translations format only, not to {format!r}")
    if format == "jsonl":
        return _read_jsonl(path, strict, summary)
    if format == "translations":
        return _read_translations(path, baseline, source_stem, summary)
    if format == "text":
        return _read_text(path, lang)
    return _read_columns(path, COLUMN_FORMATS[format], strict, summary)


def detect_format(path: Path) -> str:
    """``jsonl``/``translations`` by content of a ``.jsonl`` file, else by the first token line's columns."""
    suffixes = [s for s in path.suffixes if s != ".gz"]
    for number, line in read_lines(path):
        if not line.strip():
            continue
        if suffixes[-1:] == [".jsonl"]:
            return "translations" if "tgt_tokens" in _json_record(path, line, number) else "jsonl"
        if line.split("\t" if "\t" in line else " ")[0] == DOCSTART:
            continue
        columns = len(line.split("\t" if "\t" in line else " "))
        if columns == 4:
            return "conll2003"
        if columns == 2:
            return "iob"
        raise InputError(path, f"cannot detect the format from a line with {columns} columns; pass --format", number)
    raise InputError(path, "empty file: no sentences")


def stem(path: Path) -> str:
    """The file name less ``.gz`` and a data suffix: ``dev-de.tsv.gz`` → ``dev-de``, ``eng.testa`` stays.
    The ``<stem>`` of every ``<stem>:<index>`` id made from a file name (a corpus, a given text)."""
    name = path.name.removesuffix(".gz")
    suffix = Path(name).suffix
    return name.removesuffix(suffix) if suffix in _DATA_SUFFIXES else name


def _read_columns(path: Path, fmt: ColumnFormat, strict: bool, summary: StageSummary) -> Iterator[TaggedSentence]:
    prefix = stem(path)
    words: list[str] = []
    tags: list[str] = []
    lines: list[int] = []
    index = 0

    def flush() -> Optional[TaggedSentence]:
        nonlocal index, words, tags, lines
        if not words:
            return None
        if fmt.strip_lang_prefix:
            words = _strip_lang_prefix(words, summary)
        sentence = TaggedSentence(words, tags, lines, f"{prefix}:{index}", fmt.scheme)
        index += 1
        words, tags, lines = [], [], []
        return sentence

    for number, line in read_lines(path):
        if not line.strip():
            if (sentence := flush()) is not None:
                yield sentence
            continue
        fields = line.split("\t" if "\t" in line else " ")
        if fields[0] == DOCSTART:
            summary.count("documents")
            if (sentence := flush()) is not None:
                yield sentence
            continue
        if len(fields) != fmt.columns:
            raise InputError(path, f"expected {fmt.columns} columns (token ... tag), found {len(fields)}", number)
        words.append(_word(fields[0], path, number, strict, summary))
        tags.append(fields[-1])
        lines.append(number)
    if (sentence := flush()) is not None:
        yield sentence
    if index == 0:
        raise InputError(path, "empty file: no sentences")


def _word(word: str, path: Path, number: int, strict: bool, summary: StageSummary) -> str:
    if word.strip():
        return word
    if strict:
        raise InputError(path, "empty token", number)
    summary.count("empty_token_replaced")
    return EMPTY_TOKEN


def _read_jsonl(path: Path, strict: bool, summary: StageSummary) -> Iterator[TaggedSentence]:
    prefix = stem(path)
    index = 0
    for number, line in read_lines(path):
        if not line.strip():
            continue
        record = _json_record(path, line, number)
        words, tags = record.get("tokens"), record.get("tags")
        if not _is_str_list(words) or not words:
            raise InputError(path, '"tokens" must be a non-empty list of strings', number)
        if not _is_str_list(tags) or len(tags) != len(words):
            raise InputError(path, f'"tags" must be a list of {len(words)} strings, one per token', number)
        words = [_word(w, path, number, strict, summary) for w in words]
        sentence_id = str(record["id"]) if record.get("id") is not None else f"{prefix}:{index}"
        yield TaggedSentence(words, tags, [number] * len(words), sentence_id)
        index += 1
    if index == 0:
        raise InputError(path, "empty file: no sentences")


def _read_text(path: Path, lang: str) -> Iterator[TaggedSentence]:
    """Unlabeled text, one sentence per line (blank lines skipped), split into words the way spaCy
    tokenizes ``lang``: raw target text for self-training and vectors."""
    from .target import target_doc

    prefix = stem(path)
    index = 0
    for number, line in read_lines(path):
        sentence_id = f"{prefix}:{index}"
        words = [t.text for t in target_doc(lang, sentence_id, None, text=line.strip()) if not t.is_space]
        if words:
            yield TaggedSentence(words, ["O"] * len(words), [number] * len(words), sentence_id)
            index += 1
    if index == 0:
        raise InputError(path, "empty file: no sentences")


def _read_translations(
    path: Path, baseline: Optional[str], source_stem: str, summary: StageSummary
) -> Iterator[TaggedSentence]:
    count = 0
    for number, line in read_lines(path):
        if not line.strip():
            continue
        record = _json_record(path, line, number)
        words = record.get("tgt_tokens")
        if not isinstance(record.get("id"), int) or not _is_str_list(words):
            raise InputError(path, 'expected {"id": int, "tgt_tokens": [str, ...], ...}', number)
        sentence_id = f"{source_stem}:{record['id']}"
        count += 1
        if not words or any(not w.strip() for w in words):
            summary.add_skipped("empty translation or empty token", sentence_id)
            continue
        tags = ["O"] * len(words)
        if baseline is not None:
            systems = record.get("baseline_tags") or {}
            if baseline not in systems:
                raise InputError(path, f"no baseline {baseline!r}; this line has: {', '.join(sorted(systems)) or 'none'}", number)
            tags = systems[baseline]
            if not _is_str_list(tags) or len(tags) != len(words):
                raise InputError(path, f"baseline {baseline!r} needs one tag per token ({len(words)})", number)
        yield TaggedSentence(words, tags, [number] * len(words), sentence_id, source_id=sentence_id)
    if count == 0:
        raise InputError(path, "empty file: no sentences")


def _to_docs(path: Path, sentences: Iterator[TaggedSentence], lang: str, strict: bool, summary: StageSummary) -> Iterator[Doc]:
    vocab = vocab_for(lang)
    for sentence in sentences:
        try:
            spans, repaired = tags_to_spans(sentence.tags, sentence.scheme, strict=strict)
        except TagError as err:
            raise InputError(path, err.reason, sentence.lines[err.index]) from None
        doc = Doc(vocab, words=sentence.words, spaces=[True] * (len(sentence.words) - 1) + [False])
        set_word_spans(doc, spans)
        set_id(doc, sentence.sentence_id, sentence.source_id)
        set_language(doc, lang)
        summary.add_done()
        summary.count("entities", len(spans))
        summary.count("tokens", len(sentence.words))
        if repaired:
            summary.count("iob2_orphan_repaired", repaired)
        yield doc




def _strip_lang_prefix(words: list[str], summary: StageSummary) -> list[str]:
    matches = [_LANG_PREFIX.match(word) for word in words]
    if all(matches) and len({m.group(1) for m in matches}) == 1:
        summary.count("lang_prefix_stripped")
        return [word[m.end():] for word, m in zip(words, matches)]
    return words


def _json_record(path: Path, line: str, number: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(path, f"invalid JSON ({err.msg})", number) from None
    if not isinstance(record, dict):
        raise InputError(path, "expected a JSON object per line", number)
    return record


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
