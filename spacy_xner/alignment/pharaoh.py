"""Pharaoh alignment files: one line per sentence pair, ``i-j`` (or ``i-j-score``) links, 0-based src-tgt.

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
from ..io import write_atomic


_PLAIN_LINKS = re.compile(r"\s*+(?:\d++-\d++\s++)*+(?:\d++-\d++)?+\s*+")  # only i-j links, apart (possessive: no backtracking)
# lines of ASCII i-j links (what aligners write), each ended by \n; indices of up to 9 digits fit numpy's int64
_PLAIN_BLOCK = re.compile(r"(?:[ \t]*+(?:[0-9]{1,9}+-[0-9]{1,9}+[ \t]++)*+(?:[0-9]{1,9}+-[0-9]{1,9}+)?+[ \t]*+\n)*+")
BATCH = 1000  # lines parsed at a time


def parse_line(line: str) -> Alignment:
    """Links of one line; ``ValueError`` names the first malformed token."""
    if _PLAIN_LINKS.fullmatch(line):  # parsed in one go: Links made in C (a third of a line's time in Python)
        values = iter(list(map(int, line.replace("-", " ").split())))
        return list(map(tuple.__new__, repeat(Link), zip(values, values, repeat(1.0))))
    tokens = line.split()
    links = []
    for token in tokens:
        parts = token.split("-")
        if len(parts) not in (2, 3):
            raise ValueError(f"malformed link {token!r} (expected i-j or i-j-score)")
        try:
            src, tgt = int(parts[0]), int(parts[1])
            score = float(parts[2]) if len(parts) == 3 else 1.0
        except ValueError:
            raise ValueError(f"malformed link {token!r} (expected i-j or i-j-score)") from None
        if src < 0 or tgt < 0:
            raise ValueError(f"negative index in link {token!r}")
        links.append(Link(src, tgt, score))
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
    """The alignments of ``read_pharaoh`` as a stream, ``BATCH`` lines in memory at a time."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    first = 1  # the line number of the batch's first line
    # newline="\n": lines end at \n only, never at U+2028 etc. (splitlines would shift every pair)
    with open(path, encoding="utf-8", newline="\n") as handle:
        try:
            while batch := [line[:-1] if line.endswith("\n") else line for line in islice(handle, BATCH)]:
                try:
                    alignments = parse_lines(batch)
                except ValueError:
                    _raise_first_error(path, batch, first)
                yield from alignments
                first += len(batch)
        except UnicodeDecodeError as err:
            raise InputError(path, f"not UTF-8 text ({err.reason})") from None


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
