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
import re
from pathlib import Path
from typing import Optional, Sequence

from ..cache import cache_key
from ..io import owned_tempdir
from ..processes import run_child
from ..ty import Alignment, Words
from .links import Symmetrization, symmetrize
from .pharaoh import parse_line

# eflomal writes sentences of >= 1024 tokens as empty and silently gives them no links.
EFLOMAL_MAX_WORDS = 1023
_SPACE = re.compile(r"\s+")


class EflomalAligner:
    """Aligns pairs with eflomal (+ extra bitext, + learned priors) and symmetrizes the two directions."""

    max_words = EFLOMAL_MAX_WORDS

    def __init__(
        self,
        symmetrization: Symmetrization = "grow-diag-final-and",
        model: int = 3,
        n_samplers: int = 3,
        rel_iterations: float = 1.0,
        null_prior: float = 0.2,
        bitext: Sequence[tuple[Words, Words]] = (),
    ):
        self.symmetrization = symmetrization
        self.options = {"model": model, "n_samplers": n_samplers, "rel_iterations": rel_iterations,
                        "null_prior": null_prior}
        self.bitext = list(bitext)
        self.priors: Optional[str] = None

    @property
    def settings(self) -> dict:
        """Everything that determines the links (for cache keys): options, bitext and priors content."""
        return {"aligner": "eflomal", "symmetrization": self.symmetrization, **self.options,
                "bitext": cache_key(self.bitext), "priors": cache_key(self.priors)}

    def __call__(self, pairs: Sequence[tuple[Words, Words]]) -> list[Alignment]:
        fwd, rev = self.align_directional(list(pairs) + self.bitext)
        return [symmetrize(f, r, self.symmetrization) for f, r in zip(fwd[: len(pairs)], rev[: len(pairs)])]

    def align_directional(self, pairs: Sequence[tuple[Words, Words]]) -> tuple[list[Alignment], list[Alignment]]:
        """Forward and reverse links of every pair (one eflomal run); pairs eflomal cannot take get none."""
        import eflomal

        if not pairs:
            return [], []
        src_lines, tgt_lines = [], []
        for src, tgt in pairs:
            usable = 0 < len(src) <= self.max_words and 0 < len(tgt) <= self.max_words
            src_lines.append(_line(src) if usable else "")
            tgt_lines.append(_line(tgt) if usable else "")
        with owned_tempdir("xner-eflomal-") as tmp:
            files = {name: tmp / name for name in ("src", "tgt", "priors", "fwd", "rev")}
            with open(files["src"], "wb") as src, open(files["tgt"], "wb") as tgt, \
                    open(files["priors"], "w", encoding="utf-8") as priors:
                eflomal.Aligner(**self.options).prepare_files(
                    src_lines, src, tgt_lines, tgt, io.StringIO(self.priors) if self.priors else None, priors)
            run_child(self._command(files, len(pairs)))
            fwd = _read_links(files["fwd"], len(pairs))
            rev = _read_links(files["rev"], len(pairs))
        return fwd, rev

    def _command(self, files: dict[str, Path], n_sentences: int) -> list[str]:
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
        if self.priors:
            command += ["-p", str(files["priors"])]
        return command

    def learn_priors(self, pairs: Sequence[tuple[Words, Words]]) -> None:
        """Align ``pairs`` (+ the extra bitext) and keep eflomal priors learned from the result."""
        import eflomal

        pairs = list(pairs) + self.bitext
        self.priors = None
        fwd, rev = self.align_directional(pairs)
        # pairs eflomal gave no links (empty / too long) would only add bogus jump statistics
        src_lines = [_line(src) if f or r else "" for (src, _), f, r in zip(pairs, fwd, rev)]
        tgt_lines = [_line(tgt) if f or r else "" for (_, tgt), f, r in zip(pairs, fwd, rev)]
        fwd_lines = [" ".join(f"{l.src}-{l.tgt}" for l in links) for links in fwd]
        rev_lines = [" ".join(f"{l.src}-{l.tgt}" for l in links) for links in rev]
        # eflomal's lexical priors key on word forms; it lowercases on lookup, so count lowercased forms
        lowered_src = [line.lower() for line in src_lines]
        lowered_tgt = [line.lower() for line in tgt_lines]
        stats = eflomal.calculate_priors(lowered_src, lowered_tgt, fwd_lines, rev_lines)
        out = io.StringIO()
        eflomal.write_priors(out, *stats)
        self.priors = out.getvalue()


def _line(words: Words) -> str:
    return " ".join(_SPACE.sub("_", w) or "_" for w in words)


def _read_links(path: Path, expected: int) -> list[Alignment]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != expected:
        raise RuntimeError(f"eflomal wrote {len(lines)} link lines for {expected} sentence pairs")
    return [parse_line(line) for line in lines]
