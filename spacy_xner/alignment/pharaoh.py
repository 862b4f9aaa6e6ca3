"""Pharaoh alignment files: one line per sentence pair, ``i-j`` (or ``i-j-score``) links, 0-based src-tgt.

The format every aligner writes (eflomal, fast_align, awesome-align, SimAlign's output scripts).
"""
from __future__ import annotations

import re
from itertools import repeat
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import InputError
from ..ty import Alignment, Link
from ..io import write_atomic


_PLAIN_LINKS = re.compile(r"\s*+(?:\d++-\d++\s++)*+(?:\d++-\d++)?+\s*+")  # only i-j links, apart (possessive: no backtracking)


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


def read_pharaoh(path: Union[str, Path]) -> list[Alignment]:
    """One alignment per line; a trailing newline does not add a sentence."""
    return list(iter_pharaoh(path))


def iter_pharaoh(path: Union[str, Path]) -> Iterator[Alignment]:
    """The alignments of ``read_pharaoh`` as a stream, one line in memory at a time."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    number = 0
    # newline="\n": lines end at \n only, never at U+2028 etc. (splitlines would shift every pair)
    with open(path, encoding="utf-8", newline="\n") as handle:
        try:
            for number, line in enumerate(handle, start=1):
                try:
                    yield parse_line(line[:-1] if line.endswith("\n") else line)
                except ValueError as err:
                    raise InputError(path, str(err), line=number) from None
        except UnicodeDecodeError as err:
            raise InputError(path, f"not UTF-8 text ({err.reason})") from None


def format_line(links: Iterable[Link], scores: bool = False) -> str:
    if scores:
        return " ".join(f"{l.src}-{l.tgt}-{l.score:g}" for l in links)
    return " ".join(f"{l.src}-{l.tgt}" for l in links)


def write_pharaoh(path: Union[str, Path], alignments: Iterable[Iterable[Link]], scores: bool = False) -> None:
    """Write atomically, one line per alignment."""
    write_atomic(path, "".join(format_line(links, scores) + "\n" for links in alignments))
