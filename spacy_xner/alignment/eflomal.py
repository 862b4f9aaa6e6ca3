"""eflomal: corpus-level statistical alignment (no pretrained model), symmetrized in Python.

eflomal learns from everything it aligns at once, so a call aligns the given pairs together with
any extra bitext. ``learn_priors`` runs it once over a corpus and keeps the lexical, jump and
fertility statistics (eflomal's own priors format), so that later small batches — even one Doc —
align with what the corpus taught. Tokens are passed whitespace-joined: a token containing
whitespace has it replaced by ``_`` and an empty token becomes ``_``, keeping word indices intact.
"""
from __future__ import annotations

import errno
import hashlib
import io
import math
import tempfile
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator, Literal, Optional, Sequence, get_args

from ..cache import cache_key
from ..errors import XnerError
from ..io import owned_tempdir, read_lines, write_atomic
from ..processes import run_child
from ..ty import Alignment, Words
from .lexicon import SimilarWordPriors, lex_lines, word_form
from .links import Symmetrization, symmetrize, vote
from .pharaoh import format_line, parse_line, parse_lines

# eflomal writes sentences of >= 1024 tokens as empty and silently gives them no links.
EFLOMAL_MAX_WORDS = 1023
# "vote": the directional links of every run are the ballots (see EflomalAligner)
EflomalSymmetrization = Literal["intersection", "union", "grow-diag-final-and", "forward", "reverse", "vote"]
SYMMETRIZATIONS: tuple[str, ...] = ("vote", *get_args(Symmetrization))


class EflomalAligner:
    """Aligns pairs with eflomal (+ extra bitext, + learned priors) and symmetrizes the two directions.

    ``similar_words`` adds string-similarity priors for the pairs being aligned; ``prefix_len``
    aligns word prefixes (a stemmer that needs no model). eflomal samples at random, so ``runs`` > 1
    votes several runs into per-link scores (the share of ballots that found the link), keeping links
    with at least ``vote_threshold``. Each run casts its symmetrized links as one ballot, or with
    ``symmetrization="vote"`` its forward and reverse links as two: the majority of 2 × ``runs``
    directional alignments is itself the symmetrization (one run: their union).
    """

    max_words = EFLOMAL_MAX_WORDS

    def __init__(
        self,
        symmetrization: EflomalSymmetrization,
        model: int,
        n_samplers: int,
        rel_iterations: float,
        null_prior: float,
        bitext: Sequence[tuple[Words, Words]],
        similar_words: Optional[SimilarWordPriors],
        prefix_len: int,
        runs: int,
        vote_threshold: float,
    ):
        if runs < 1:
            raise ValueError(f"runs must be >= 1, got {runs!r}")
        if not 0.0 < vote_threshold <= 1.0:
            raise ValueError(f"vote_threshold must be in (0, 1], got {vote_threshold!r}")
        if prefix_len < 0:
            raise ValueError(f"prefix_len must be >= 0, got {prefix_len!r}")
        if symmetrization not in SYMMETRIZATIONS:
            raise ValueError(f"unknown symmetrization {symmetrization!r}; expected one of {', '.join(SYMMETRIZATIONS)}")
        self.symmetrization = symmetrization
        self.options = {"model": model, "n_samplers": n_samplers, "rel_iterations": rel_iterations,
                        "null_prior": null_prior}
        self.bitext = list(bitext)
        self.similar_words = similar_words
        self.prefix_len = prefix_len
        self.runs = runs
        self.vote_threshold = vote_threshold
        self.priors: Optional[str] = None

    @property
    def settings(self) -> dict:
        """Everything that determines the links (for cache keys): options, bitext and priors content."""
        return {"aligner": "eflomal", "symmetrization": self.symmetrization, **self.options,
                "similar_words": asdict(self.similar_words) if self.similar_words else None,
                "prefix_len": self.prefix_len, "runs": self.runs, "vote_threshold": self.vote_threshold,
                "bitext": cache_key(self.bitext), "priors": cache_key(self.priors)}

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]:
        corpus = list(pairs) + self.bitext
        priors = self._priors(corpus)
        runs = []  # each run's links of every pair, kept as Pharaoh lines (one string, not a Link per link) until the vote
        for _ in range(self.runs):
            fwd, rev = self.align_directional(corpus, priors)
            runs.append((list(map(format_line, fwd[: len(pairs)])), list(map(format_line, rev[: len(pairs)]))))
            del fwd, rev
        return [self._decide(line_pairs) for line_pairs in zip(*(zip(f, r) for f, r in runs))]

    def _decide(self, runs: Sequence[tuple[str, str]]) -> Alignment:
        """One pair's links from its (forward, reverse) Pharaoh lines of every run: each run casts its
        symmetrized links as one ballot, or its two directions as two (``vote``); a lone ballot is kept."""
        if self.symmetrization == "vote":
            ballots = [parse_line(line) for fwd, rev in runs for line in (fwd, rev)]
        else:
            ballots = [symmetrize(parse_line(fwd), parse_line(rev), self.symmetrization) for fwd, rev in runs]
        return ballots[0] if len(ballots) == 1 else vote(ballots, self.vote_threshold)

    def align_text(self, text: "CorpusText", links: Path) -> None:
        """Every pair of the corpus ``text`` aligned in ``runs`` eflomal runs over all of it at once, the
        runs' links decided a line at a time into the Pharaoh file ``links`` (with scores): eflomal reads
        and writes files, so nothing of the corpus is held, and one run over everything costs less per pair
        than several over parts (its iterations fall as 1/√n)."""
        with owned_tempdir("xner-eflomal-") as tmp:
            with open(text.src, encoding="utf-8") as src, open(text.tgt, encoding="utf-8") as tgt:
                runs = self._run(tmp, src, tgt, text.n_pairs, self._priors_with(text.similar), self.runs)
            with ExitStack() as stack:
                readers = [zip(*(stack.enter_context(open(files[d], encoding="utf-8")) for d in ("fwd", "rev")))
                           for files in runs]
                write_atomic(links, self._decided_lines(zip(*readers), text.n_pairs))

    def _decided_lines(self, found: Iterator[Sequence[tuple[str, str]]], expected: int) -> Iterator[str]:
        """Pharaoh lines (with scores) of each pair's decided links; a run short of lines fails before
        the last one, so the file that would pass for a complete alignment is never written."""
        n = 0
        for runs in found:
            yield format_line(self._decide(runs), scores=True) + "\n"
            n += 1
        _check_complete(n, expected)

    def _priors(self, corpus: Sequence[tuple[Words, Words]]) -> Optional[str]:
        """Learned priors plus the string-similarity priors of ``corpus`` (None when there are none)."""
        return self._priors_with(self.similar_words.counts(corpus, self.prefix_len) if self.similar_words else None)

    def _priors_with(self, similar: Optional[Counter]) -> Optional[str]:
        text = (self.priors or "") + (lex_lines(similar) if similar is not None else "")
        return text or None

    def align_directional(self, pairs: Sequence[tuple[Words, Words]],
                          priors: Optional[str] = None) -> tuple[list[Alignment], list[Alignment]]:
        """Forward and reverse links of every pair (one eflomal run with ``priors`` text); pairs
        eflomal cannot take get none."""
        if not pairs:
            return [], []
        lines = [self._lines(src, tgt) for src, tgt in pairs]
        with owned_tempdir("xner-eflomal-") as tmp:
            [files] = self._run(tmp, [s for s, _ in lines], [t for _, t in lines], len(pairs), priors)
            return _read_links(files["fwd"], len(pairs)), _read_links(files["rev"], len(pairs))

    def _run(self, tmp: Path, src_lines: Iterable[str], tgt_lines: Iterable[str], n_sentences: int,
             priors: Optional[str], runs: int = 1) -> list[dict[str, Path]]:
        """``runs`` eflomal runs over line iterables (lists, or open text files: eflomal reads them as a
        stream), its input prepared once; the input and link files of each run, in ``tmp``."""
        import eflomal

        inputs = {name: tmp / name for name in ("src", "tgt", "priors")}
        with _disk_space(), open(inputs["src"], "wb") as src, open(inputs["tgt"], "wb") as tgt, \
                open(inputs["priors"], "w", encoding="utf-8") as priors_file:
            eflomal.Aligner(**self.options).prepare_files(
                src_lines, src, tgt_lines, tgt, io.StringIO(priors) if priors else None, priors_file)
        done = []
        for run in range(runs):
            files = {**inputs, "fwd": tmp / f"fwd.{run}", "rev": tmp / f"rev.{run}"}
            run_child(self._command(files, n_sentences, with_priors=bool(priors)))
            done.append(files)
        return done

    def _command(self, files: dict[str, Path], n_sentences: int, with_priors: bool) -> list[str]:
        """The eflomal binary's command line, as ``eflomal.cython.align`` builds it (which runs the
        binary without a way to tie it to our process)."""
        import eflomal

        iterations = max(2, round(self.options["rel_iterations"] * 5000 / math.sqrt(n_sentences)))
        quarter = max(1, iterations // 4)
        n1, n2, n3 = {1: (iterations, 0, 0), 2: (max(2, quarter), iterations, 0)}.get(
            self.options["model"], (max(2, quarter), quarter, iterations))
        command = [str(Path(eflomal.__file__).parent / "bin" / "eflomal"), "-q",
                   "-m", str(self.options["model"]), "-s", str(files["src"]), "-t", str(files["tgt"]),
                   "-n", str(self.options["n_samplers"]), "-N", str(self.options["null_prior"]),
                   "-1", str(n1), "-f", str(files["fwd"]), "-r", str(files["rev"])]
        if self.options["model"] >= 2:
            command += ["-2", str(n2)]
        if self.options["model"] >= 3:
            command += ["-3", str(n3)]
        if with_priors:
            command += ["-p", str(files["priors"])]
        return command

    def learn_priors(self, pairs: Iterable[tuple[Words, Words]]) -> None:
        """Align ``pairs`` (+ the extra bitext) in one run and keep eflomal priors learned from the result."""
        self.priors = None
        with owned_tempdir("xner-eflomal-") as tmp:
            self.priors = self.priors_of(self.write_corpus(chain(pairs, self.bitext), tmp))

    def write_corpus(self, pairs: Iterable[tuple[Words, Words]], directory: Path) -> "CorpusText":
        """``pairs`` as eflomal's text lines in two files, written as they come (a corpus of any
        size is never held), with their string-similarity priors and a digest of the lines."""
        text = CorpusText(directory / "src.txt", directory / "tgt.txt")
        digest = hashlib.sha256()
        with _disk_space(), open(text.src, "w", encoding="utf-8") as src_file, \
                open(text.tgt, "w", encoding="utf-8") as tgt_file:
            for src, tgt in pairs:
                src_line, tgt_line = self._lines(src, tgt)
                src_file.write(src_line + "\n")
                tgt_file.write(tgt_line + "\n")
                digest.update(f"{src_line}\t{tgt_line}\n".encode("utf-8"))
                text.n_pairs += 1
                if self.similar_words is not None:
                    self.similar_words.add_counts(text.similar, src, tgt, self.prefix_len)
        text.digest = digest.hexdigest()
        if self.similar_words is None:
            text.similar = None
        return text

    def priors_of(self, text: "CorpusText") -> str:
        """eflomal priors (lexical, jump, fertility) from one run over the corpus ``text`` (guided by
        ``self.priors`` too, where set), its links read back a line at a time."""
        import eflomal

        with owned_tempdir("xner-eflomal-") as tmp:
            with open(text.src, encoding="utf-8") as src, open(text.tgt, encoding="utf-8") as tgt:
                [files] = self._run(tmp, src, tgt, text.n_pairs, self._priors_with(text.similar))
            stats = [Counter() for _ in range(5)]
            rows = _learning_rows(text, files["fwd"], files["rev"])
            while chunk := list(islice(rows, 10_000)):  # eflomal counts a list at a time; the counts add up
                for total, part in zip(stats, eflomal.calculate_priors(*zip(*chunk))):
                    total.update(part)
        out = io.StringIO()
        eflomal.write_priors(out, *stats)
        return out.getvalue()

    def _lines(self, src: Words, tgt: Words) -> tuple[str, str]:
        """A pair's two eflomal lines; empty (no links) for a pair eflomal cannot take."""
        if 0 < len(src) <= self.max_words and 0 < len(tgt) <= self.max_words:
            return self._line(src), self._line(tgt)
        return "", ""

    def _line(self, words: Words) -> str:
        """Words as eflomal reads them: one form per word (``word_form``), space-separated."""
        return " ".join(word_form(w, self.prefix_len) for w in words)


class LinksInOrder:
    """An aligner that answers each call with the next lines of a links file made for the whole input
    (``EflomalAligner.align_text``): the chunks ask in input order for the pairs that were aligned."""

    def __init__(self, path: Path, max_words: int):
        self.path = path
        self.max_words = max_words  # the same pairs are skipped as when the file was made
        self.lines = iter(read_lines(path))

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]:
        out = []
        for src, tgt in pairs:
            number, line = next(self.lines, (None, None))
            if line is None:
                raise XnerError(f"{self.path}: ends before the input; remove it and run again")
            links = parse_line(line)
            if any(link.src >= len(src) or link.tgt >= len(tgt) for link in links):
                raise XnerError(f"{self.path}:{number}: links beyond the pair's words; remove it and run again")
            out.append(links)
        return out


@dataclass
class CorpusText:
    """A corpus written as eflomal's text lines (``EflomalAligner.write_corpus``)."""

    src: Path
    tgt: Path
    n_pairs: int = 0
    similar: Optional[Counter] = field(default_factory=Counter)  # string-similarity priors (None: off)
    digest: str = ""  # of the lines: names what is learned from them


def _learning_rows(text: CorpusText, fwd_path: Path, rev_path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(src, tgt, forward, reverse) lines of a learning run, as ``calculate_priors`` takes them; the
    words of a pair eflomal gave no links (empty / too long) are left out: they would only add bogus
    jump statistics."""
    n = 0
    with open(text.src, encoding="utf-8") as src, open(text.tgt, encoding="utf-8") as tgt, \
            open(fwd_path, encoding="utf-8") as fwd_file, open(rev_path, encoding="utf-8") as rev_file:
        for src_line, tgt_line, fwd_line, rev_line in zip(src, tgt, fwd_file, rev_file):
            fwd, rev = parse_line(fwd_line), parse_line(rev_line)
            keep = bool(fwd or rev)
            yield (src_line.rstrip("\n") if keep else "", tgt_line.rstrip("\n") if keep else "",
                   " ".join(f"{l.src}-{l.tgt}" for l in fwd), " ".join(f"{l.src}-{l.tgt}" for l in rev))
            n += 1
    _check_complete(n, text.n_pairs)


def _read_links(path: Path, expected: int) -> list[Alignment]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    _check_complete(len(lines), expected)
    return parse_lines(lines)


def _check_complete(lines: int, expected: int) -> None:
    """eflomal exits 0 when it cannot write its link files (no space left where they go): the only
    sign is a file short of lines, which must not pass for pairs without links."""
    if lines != expected:
        raise _out_of_space(f"eflomal wrote {lines} link lines for {expected} sentence pairs")


@contextmanager
def _disk_space() -> Iterator[None]:
    """Writing eflomal's input files: a full disk is one line saying where, not a traceback."""
    try:
        yield
    except OSError as err:
        if err.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise _out_of_space(f"eflomal's input files: {err.strerror}") from None


def _out_of_space(what: str) -> XnerError:
    return XnerError(f"{what}; is the disk of the temporary directory {tempfile.gettempdir()} full? Free space "
                     f"there or set TMPDIR to a directory on a larger disk")
