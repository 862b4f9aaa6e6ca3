"""Gold word alignments: one reader per published format, and P/R/F1/AER with sure/possible links.

Formats (``--format`` of ``xner evaluate-alignment``):

- ``pharaoh``  / ``pharaoh1``: one line per sentence, ``i-j`` sure and ``ipj`` possible, 0- / 1-based
  (awesome-align's ``*.gold`` files are ``pharaoh1``);
- ``naacl`` / ``naacl1``: WPT/NAACL ``sent i j [S|P] [confidence]`` lines, 0- / 1-based, sentences
  numbered from the smallest id in the file (Biçici de-en ``*.ref.wa`` is ``naacl``, WPT-05 en-hi ``naacl1``);
- ``tsv``: SimAlign samples, ``id<TAB>links`` (0-based, ``p`` for possible);
- ``jsonl``: binaryalign ``{"src_words", "tgt_words", "alignment": [[i, j], ...]}`` (sure only).

Where a set has no possible links, possible = sure and AER = 1 - F1.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from ..errors import InputError
from ..ty import Link
from .pharaoh import DECIMAL

FORMATS = ("pharaoh", "pharaoh1", "naacl", "naacl1", "tsv", "jsonl")
# the grammars, ASCII only (int() also reads "1_0", "+1" and Arabic-Indic digits)
_GOLD_LINK = re.compile(r"([0-9]{1,18}+)([-p])([0-9]{1,18}+)")
_NAACL_LINE = re.compile(rf"[ \t]*+([0-9]{{1,18}}+)[ \t]++([0-9]{{1,18}}+)[ \t]++([0-9]{{1,18}}+)"
                         rf"(?:[ \t]++([SP])(?:[ \t]++{DECIMAL})?+)?+[ \t]*+")  # sent i j [S|P [confidence]]


@dataclass
class GoldAlignment:
    sure: set[tuple[int, int]] = field(default_factory=set)
    possible: set[tuple[int, int]] = field(default_factory=set)  # includes sure

    def add(self, i: int, j: int, sure: bool) -> None:
        self.possible.add((i, j))
        if sure:
            self.sure.add((i, j))


@dataclass
class AlignmentScores:
    precision: float
    recall: float
    f1: float
    aer: float
    sentences: int
    predicted: int
    sure: int
    possible: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def read_text(path: Union[str, Path]) -> list[str]:
    """The lines of a text file, read by ``io.read_lines``'s rule (a BOM dropped, CRLF read as LF,
    lines split on ``\\n`` only, a final newline not a line)."""
    from ..io import read_lines

    return [line for _, line in read_lines(path)]


def detect_format(path: Union[str, Path]) -> str:
    path = Path(path)
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    first = next((line for line in read_text(path) if line.strip()), "")
    if "\t" in first:
        return "tsv"
    if _NAACL_LINE.fullmatch(first):
        return "naacl"
    return "pharaoh"


def read_gold(path: Union[str, Path], fmt: str = "auto", sentence_ids: Optional[Sequence[int]] = None,
              sentences: Optional[int] = None) -> list[GoldAlignment]:
    """One gold alignment per sentence pair, in corpus order; errors name the file and line.

    NAACL files number their sentences: ``sentence_ids`` gives the corpus order (e.g. the ``snum``
    values of an SGML text, see ``snums``); by default ids run from the file's smallest to its largest,
    and ``sentences`` (the number of predicted pairs, when known) bounds that range before any is made.
    """
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt not in FORMATS:
        raise InputError(path, f"unknown gold format {fmt!r}; expected one of {', '.join(FORMATS)} or auto")
    lines = read_text(path)
    try:
        if fmt.startswith("pharaoh"):
            return [_pharaoh_line(line, 1 if fmt == "pharaoh1" else 0, path, n) for n, line in enumerate(lines, 1)]
        if fmt == "tsv":
            return [_pharaoh_line(line.split("\t", 1)[1] if "\t" in line else "", 0, path, n)
                    for n, line in enumerate(lines, 1)]
        if fmt == "jsonl":
            return [_jsonl_line(line, path, n) for n, line in enumerate(lines, 1) if line.strip()]
        return _naacl(lines, 1 if fmt == "naacl1" else 0, path, sentence_ids, sentences)
    except IndexError:
        raise InputError(path, f"malformed {fmt} file") from None


def _pharaoh_line(line: str, base: int, path, number: int) -> GoldAlignment:
    gold = GoldAlignment()
    for token in line.split():
        m = _GOLD_LINK.fullmatch(token)
        if not m:
            raise InputError(path, f"malformed link {token!r} (expected i-j or ipj)", line=number)
        gold.add(int(m[1]) - base, int(m[3]) - base, m[2] == "-")
    return gold


def _jsonl_line(line: str, path, number: int) -> GoldAlignment:
    try:
        links = json.loads(line)["alignment"]
        gold = GoldAlignment()
        for i, j in links:
            gold.add(int(i), int(j), True)
        return gold
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(path, f"not a binaryalign JSONL record ({type(err).__name__}: {err})", line=number) from None


def _naacl(lines: Sequence[str], base: int, path, sentence_ids: Optional[Sequence[int]],
           sentences: Optional[int]) -> list[GoldAlignment]:
    by_sent: dict[int, GoldAlignment] = {}
    line_of: dict[int, int] = {}  # each sentence id's first line, for the error of an id out of range
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        m = _NAACL_LINE.fullmatch(line)
        if m is None:
            raise InputError(path, f"expected 'sent i j [S|P] [confidence]', got {line!r}", line=number)
        sent, i, j = int(m[1]), int(m[2]), int(m[3])
        by_sent.setdefault(sent, GoldAlignment()).add(i - base, j - base, m[4] != "P")
        line_of.setdefault(sent, number)
    if sentence_ids is None:
        first, last = (min(by_sent), max(by_sent)) if by_sent else (0, -1)
        if sentences is not None and last - first >= sentences:
            raise InputError(path, f"sentence id {last} makes {last - first + 1} sentences (ids from {first}), "
                                   f"for {sentences} predicted pairs", line=line_of[last])
        sentence_ids = range(first, last + 1)
    unknown = sorted(by_sent.keys() - set(sentence_ids))
    if unknown:
        raise InputError(path, f"links for sentence ids not in the text: {unknown[:5]}")
    return [by_sent.get(s, GoldAlignment()) for s in sentence_ids]


def score(predicted: Sequence[Iterable[Union[Link, tuple]]], gold: Sequence[GoldAlignment]) -> AlignmentScores:
    """Och & Ney (2003): P = |A∩P|/|A|, R = |A∩S|/|S|, AER = 1 - (|A∩S| + |A∩P|) / (|A| + |S|)."""
    if len(predicted) != len(gold):
        raise ValueError(f"{len(predicted)} predicted alignments for {len(gold)} gold sentences")
    a_total = s_total = p_total = a_s = a_p = 0
    for links, g in zip(predicted, gold):
        a = {(int(l[0]), int(l[1])) for l in links}
        a_total += len(a)
        s_total += len(g.sure)
        p_total += len(g.possible)
        a_s += len(a & g.sure)
        a_p += len(a & g.possible)
    precision = a_p / a_total if a_total else 0.0
    recall = a_s / s_total if s_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    aer = 1.0 - (a_s + a_p) / (a_total + s_total) if a_total + s_total else 0.0
    return AlignmentScores(precision, recall, f1, aer, len(gold), a_total, s_total, p_total)


# --- the texts beside the gold sets (for benchmarks and tests) --------------------------------------


def read_parallel_text(path: Union[str, Path], fmt: str) -> list[tuple[list[str], list[str]]]:
    """Tokenized sentence pairs of a gold set's text: ``fastalign`` (``src ||| tgt``), ``jsonl``."""
    lines = read_text(path)
    if fmt == "jsonl":
        records = [json.loads(line) for line in lines if line.strip()]
        return [(r["src_words"], r["tgt_words"]) for r in records]
    if fmt == "fastalign":
        pairs = []
        for number, line in enumerate(lines, 1):
            if "|||" not in line:
                raise InputError(path, "expected 'source ||| target'", line=number)
            src, tgt = line.split("|||", 1)
            pairs.append((src.split(), tgt.split()))
        return pairs
    raise ValueError(f"unknown text format {fmt!r}")


def read_tokenized(path: Union[str, Path], fmt: str = "plain") -> list[list[str]]:
    """One whitespace-tokenized sentence per line: ``plain``, ``tsv`` (``id<TAB>text``), ``sgml``
    (``<s snum=N>text</s>``)."""
    out = []
    for line in read_text(path):
        if fmt == "tsv":
            line = line.split("\t", 1)[1] if "\t" in line else ""
        elif fmt == "sgml":
            m = re.fullmatch(r"\s*<s snum=\s*\d+\s*>(.*)</s>\s*", line)
            if not m:
                continue
            line = m[1]
        out.append(line.split())
    return out


def snums(path: Union[str, Path]) -> list[int]:
    """Sentence numbers of an SGML text file (``<s snum=N>``), in order."""
    return [int(m[1]) for line in read_text(path) if (m := re.match(r"\s*<s snum=\s*(\d+)", line))]

