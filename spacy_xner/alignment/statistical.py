"""eflomal: corpus-level statistical alignment (no pretrained model), symmetrized in Python.

eflomal learns from everything it aligns at once, so a call aligns the given pairs together with
any extra bitext. ``learn_priors`` runs it once over a corpus and keeps the lexical, jump and
fertility statistics (eflomal's own priors format), so that later small batches — even one Doc —
align with what the corpus taught. Tokens are passed whitespace-joined: a token containing
whitespace has it replaced by ``_`` and an empty token becomes ``_``, keeping word indices intact.
"""
from __future__ import annotations

import io
import math
from dataclasses import asdict
from pathlib import Path
from typing import Literal, Optional, Sequence, get_args

from ..cache import cache_key
from ..io import owned_tempdir
from ..processes import run_child
from ..ty import Alignment, Words
from .lexicon import SimilarWordPriors, lex_lines, word_form
from .links import Symmetrization, symmetrize, vote
from .pharaoh import parse_line

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
        symmetrization: EflomalSymmetrization = "grow-diag-final-and",
        model: int = 3,
        n_samplers: int = 3,
        rel_iterations: float = 1.0,
        null_prior: float = 0.2,
        bitext: Sequence[tuple[Words, Words]] = (),
        similar_words: Optional[SimilarWordPriors] = None,
        prefix_len: int = 0,
        runs: int = 1,
        vote_threshold: float = 0.5,
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
        ballots = []
        for _ in range(self.runs):
            fwd, rev = self.align_directional(corpus, priors)
            fwd, rev = fwd[: len(pairs)], rev[: len(pairs)]
            if self.symmetrization == "vote":
                ballots += [fwd, rev]
            else:
                ballots.append([symmetrize(f, r, self.symmetrization) for f, r in zip(fwd, rev)])
        if len(ballots) == 1:
            return ballots[0]
        return [vote(found, self.vote_threshold) for found in zip(*ballots)]

    def _priors(self, corpus: Sequence[tuple[Words, Words]]) -> Optional[str]:
        """Learned priors plus the string-similarity priors of ``corpus`` (None when there are none)."""
        text = self.priors or ""
        if self.similar_words is not None:
            text += lex_lines(self.similar_words.counts(corpus, self.prefix_len))
        return text or None

    def align_directional(self, pairs: Sequence[tuple[Words, Words]],
                          priors: Optional[str] = None) -> tuple[list[Alignment], list[Alignment]]:
        """Forward and reverse links of every pair (one eflomal run with ``priors`` text); pairs
        eflomal cannot take get none."""
        import eflomal

        if not pairs:
            return [], []
        src_lines, tgt_lines = [], []
        for src, tgt in pairs:
            usable = 0 < len(src) <= self.max_words and 0 < len(tgt) <= self.max_words
            src_lines.append(self._line(src) if usable else "")
            tgt_lines.append(self._line(tgt) if usable else "")
        with owned_tempdir("xner-eflomal-") as tmp:
            files = {name: tmp / name for name in ("src", "tgt", "priors", "fwd", "rev")}
            with open(files["src"], "wb") as src, open(files["tgt"], "wb") as tgt, \
                    open(files["priors"], "w", encoding="utf-8") as priors_file:
                eflomal.Aligner(**self.options).prepare_files(
                    src_lines, src, tgt_lines, tgt, io.StringIO(priors) if priors else None, priors_file)
            run_child(self._command(files, len(pairs), with_priors=bool(priors)))
            fwd = _read_links(files["fwd"], len(pairs))
            rev = _read_links(files["rev"], len(pairs))
        return fwd, rev

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

    def learn_priors(self, pairs: Sequence[tuple[Words, Words]]) -> None:
        """Align ``pairs`` (+ the extra bitext) and keep eflomal priors learned from the result."""
        import eflomal

        pairs = list(pairs) + self.bitext
        self.priors = None
        fwd, rev = self.align_directional(pairs, self._priors(pairs))
        # pairs eflomal gave no links (empty / too long) would only add bogus jump statistics
        src_lines = [self._line(src) if f or r else "" for (src, _), f, r in zip(pairs, fwd, rev)]
        tgt_lines = [self._line(tgt) if f or r else "" for (_, tgt), f, r in zip(pairs, fwd, rev)]
        fwd_lines = [" ".join(f"{l.src}-{l.tgt}" for l in links) for links in fwd]
        rev_lines = [" ".join(f"{l.src}-{l.tgt}" for l in links) for links in rev]
        stats = eflomal.calculate_priors(src_lines, tgt_lines, fwd_lines, rev_lines)
        out = io.StringIO()
        eflomal.write_priors(out, *stats)
        self.priors = out.getvalue()

    def _line(self, words: Words) -> str:
        """Words as eflomal reads them: one form per word (``word_form``), space-separated."""
        return " ".join(word_form(w, self.prefix_len) for w in words)


def _read_links(path: Path, expected: int) -> list[Alignment]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != expected:
        raise RuntimeError(f"eflomal wrote {len(lines)} link lines for {expected} sentence pairs")
    return [parse_line(line) for line in lines]
