"""Pharaoh alignment files: one line per sentence pair, ``i-j`` (or ``i-j-score``, a confidence in
[0, 1]) links, 0-based src-tgt.

The format every aligner writes (eflomal, fast_align, awesome-align, SimAlign's output scripts).
"""
from __future__ import annotations

import re
from itertools import islice, repeat
from pathlib import Path
from typing import Iterable, Iterator, Sequence, Union

import numpy as np

from ..errors import InputError
from ..ty import Alignment, Link
from ..io import read_lines, write_atomic


# The grammar, ASCII only (Python's int() and float() also read "1_0", "+1", Arabic-Indic digits, "nan"
# and "inf"): links apart by blanks, each ``i-j`` or ``i-j-score``, a score an unsigned decimal with an
# optional exponent ("0.25", "1e-05": what ``format_line`` writes for small scores). An index has at most
# 18 digits (an int64; a longer one could not be in range anyway, and int() refuses over 4,300).
_SPACE = " \t\r\n\f\v"  # with a line's end: \n as a file gives it, \r\n from a CRLF file
_SEPARATOR = re.compile(f"[{_SPACE}]++")
DECIMAL = r"(?:[0-9]++(?:\.[0-9]*+)?+|\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+"  # an unsigned ASCII decimal
_LINK = re.compile(rf"([0-9]{{1,18}}+)-([0-9]{{1,18}}+)(?:-({DECIMAL}))?+")
# the fast paths: only i-j links of up to 9 digits (possessive: no backtracking), a line or a block of
# lines each ended by \n, read by int() / numpy in one go
_PLAIN_LINKS = re.compile(r"[ \t]*+(?:[0-9]{1,9}+-[0-9]{1,9}+[ \t]++)*+(?:[0-9]{1,9}+-[0-9]{1,9}+)?+[ \t\r\n]*+")
_PLAIN_BLOCK = re.compile(r"(?:[ \t]*+(?:[0-9]{1,9}+-[0-9]{1,9}+[ \t]++)*+(?:[0-9]{1,9}+-[0-9]{1,9}+)?+[ \t]*+\n)*+")
BATCH = 1000  # lines parsed at a time


def parse_line(line: str) -> Alignment:
    """Links of one line; ``ValueError`` names the first malformed token.

    A score is a link's confidence in [0, 1]: what our aligners write (a vote share, a softmax
    probability, a similarity kept above 0) and what the projection sums as links (an entity exactly
    aligned scores 1 only if no link counts more than one); NaN, infinity or 1e999 would turn every
    candidate's score into NaN or infinity and drop its entities without a word."""
    if _PLAIN_LINKS.fullmatch(line):  # parsed in one go: Links made in C (a third of a line's time in Python)
        values = iter(list(map(int, line.replace("-", " ").split())))
        return list(map(tuple.__new__, repeat(Link), zip(values, values, repeat(1.0))))
    links = []
    for token in _SEPARATOR.split(line.strip(_SPACE)):
        match = _LINK.fullmatch(token)
        if match is None:
            if not token:  # a blank line
                continue
            raise ValueError(f"malformed link {token!r} (expected i-j or i-j-score, ASCII digits, score in [0, 1])")
        score = float(match[3]) if match[3] else 1.0
        if not 0.0 <= score <= 1.0:  # the grammar has no sign, NaN or infinity; 1e999 reads as infinity
            raise ValueError(f"score of link {token!r} is not in [0, 1]")
        links.append(Link(int(match[1]), int(match[2]), score))
    return links


def parse_lines(lines: Sequence[str]) -> list[Alignment]:
    """``parse_line`` of each line (none may hold a newline); a batch of plain ``i-j`` lines is
    parsed in one pass over the batch (half the time of line by line: building the Links is the rest)."""
    text = "\n".join(lines) + "\n"
    if not _PLAIN_BLOCK.fullmatch(text):
        return [parse_line(line) for line in lines]
    values = iter(np.fromstring(text.replace("-", " "), dtype=np.int64, sep=" ").tolist())
    return [list(map(tuple.__new__, repeat(Link, line.count("-")), zip(values, values, repeat(1.0)))) for line in lines]


def read_pharaoh(path: Union[str, Path]) -> list[Alignment]:
    """One alignment per line; a trailing newline does not add a sentence."""
    return list(iter_pharaoh(path))


def iter_pharaoh(path: Union[str, Path]) -> Iterator[Alignment]:
    """The alignments of ``read_pharaoh`` as a stream, ``BATCH`` lines in memory at a time, read by the
    one line rule (``io.read_lines``: BOM, CRLF, gzip); read once, so a pipe (``--pharaoh <(zcat a.gz)``)
    is a file like any other."""
    lines = read_lines(path)
    first = 1  # the line number of the batch's first line
    while batch := [text for _, text in islice(lines, BATCH)]:
        try:
            alignments = parse_lines(batch)
        except ValueError:
            _raise_first_error(Path(path), batch, first)
        yield from alignments
        first += len(batch)


def _raise_first_error(path: Path, batch: Sequence[str], first: int) -> None:
    for number, line in enumerate(batch, start=first):
        try:
            parse_line(line)
        except ValueError as err:
            raise InputError(path, str(err), line=number) from None


def format_line(links: Iterable[Link], scores: bool = False) -> str:
    if scores:
        return " ".join(f"{l.src}-{l.tgt}-{l.score:g}" for l in links)
    return " ".join(f"{l.src}-{l.tgt}" for l in links)


def write_pharaoh(path: Union[str, Path], alignments: Iterable[Iterable[Link]], scores: bool = False) -> None:
    """Write atomically, one line per alignment."""
    write_atomic(path, "".join(format_line(links, scores) + "\n" for links in alignments))
