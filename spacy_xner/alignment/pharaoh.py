"""Pharaoh alignment files: one line per sentence pair, ``i-j`` (or ``i-j-score``) links, 0-based src-tgt.

The format every aligner writes (eflomal, fast_align, awesome-align, SimAlign's output scripts).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import InputError
from ..ty import Alignment, Link
from ..io import write_atomic


_new_link = tuple.__new__  # Link(...) without NamedTuple's Python-level __new__: a third of a line's time


def parse_line(line: str) -> Alignment:
    """Links of one line; ``ValueError`` names the first malformed token."""
    tokens = line.split()
    if line.count("-") == len(tokens):  # only i-j links (the common case), parsed in one go
        try:
            values = list(map(int, line.replace("-", " ").split()))
        except ValueError:
            values = []
        if len(values) == 2 * len(tokens):  # a negative index has a "-" more, so it is not here
            return [_new_link(Link, (src, tgt, 1.0)) for src, tgt in zip(values[::2], values[1::2])]
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
