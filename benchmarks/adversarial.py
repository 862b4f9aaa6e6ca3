"""Adversarial run of the ``xner`` CLI (issue 17): every reproduction as a real subprocess, then totals.

    python benchmarks/adversarial.py [--work /tmp/xner_adversarial] [--jobs 2]

A case is *clean* when the command does what it should: a user error exits 2 with one line ``✘ ...``
containing the expected text and leaves every input as it was and no output behind; a run that should
succeed exits 0 and passes its check. A *traceback* is any Python traceback on stdout or stderr. A
*silent loss* is an exit 0 where an error was due, an input changed, or a check of the output failing
(a summary that does not balance, a child left running, two runs writing different bytes).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Union

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("XNER_SHARED_DATA", REPO.parent / "shared" / "data"))
ENV = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


@dataclass
class Case:
    item: Union[int, str]  # the first pass's item number; issue 28's cases say "28.N"
    args: list[str]
    error: Optional[str] = None  # expected text of the one-line error; None: the run must succeed
    check: Optional[Callable[[subprocess.CompletedProcess], bool]] = None  # for a run that succeeds
    env: dict = field(default_factory=dict)


def xner(args: list[str], env: Optional[dict] = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "spacy_xner", *map(str, args)], capture_output=True, text=True,
                          env={**ENV, **(env or {})}, **kwargs)


def prepare(work: Path) -> dict[str, Path]:
    """60 Europarl en-de pairs, aligned by eflomal, plus the files the cases break."""
    sys.path.insert(0, str(REPO))
    from spacy.tokens import DocBin
    from spacy_xner.corpora.docbin import LANG_KEY, PACKED_TRANSLATION_KEY, read_docbin, write_docbin
    from spacy_xner.docs import set_id

    f = {name: work / name for name in ("en.spacy", "de.spacy", "pairs.spacy", "aligned.spacy", "x.conll", "runs")}
    for lang in ("en", "de"):
        assert xner(["convert", DATA / "europarl-ner" / f"{lang}-europarl.test.conll02", work / "full.spacy",
                     "--lang", lang]).returncode == 0
        write_docbin(f[f"{lang}.spacy"], read_docbin(work / "full.spacy")[:60])
    assert xner(["pair", f["en.spacy"], f["de.spacy"], f["pairs.spacy"]]).returncode == 0
    assert xner(["align", f["pairs.spacy"], f["aligned.spacy"]]).returncode == 0
    f["x.conll"].write_text("Paris\tB-LOC\nis\tO\n\nBerlin\tB-LOC\n", encoding="utf-8")
    f["runs"].mkdir(exist_ok=True)
    (f["runs"] / "de.projection.heuristic.json").write_text(json.dumps({"precision": 0.5, "recall": 0.5, "f1": 0.5}))
    targets = read_docbin(f["de.spacy"])
    for i, doc in enumerate(targets):
        set_id(doc, f"elsewhere:{i}")
    write_docbin(work / "other-ids.spacy", targets)
    (work / "given.jsonl").write_text("".join(json.dumps({"id": i, "tgt_text": "Hallo Welt"}) + "\n" for i in range(60)))
    (work / "oor.txt").write_text("0-0\n0-0 999-1\n" + "0-0\n" * 58)
    (work / "afile").write_text("a file")
    (work / "adir").mkdir(exist_ok=True)
    head = '[projection]\n@xner_projections = "spacy_xner.CandidateMatching.v1"\n\n[projection.scores]\n\n[projection.solver]\n' \
           '@xner_solvers = "spacy_xner.GreedySolver.v1"\n\n[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\n'
    (work / "max_len.cfg").write_text(head + "max_len = -5\n")
    (work / "nan.cfg").write_text(head + '\n[projection.scores.alignment]\n@xner_scores = "spacy_xner.AlignmentScore.v1"\nweight = nan\n')
    (work / "syntax.cfg").write_text("[projection\n")
    for name, key, value in (("lang", LANG_KEY, "no-such-language"),
                             ("packed", PACKED_TRANSLATION_KEY, {"lang": "de", "bytes": b"\x93garbage"})):
        doc = read_docbin(f["en.spacy"])[0]
        doc.user_data[LANG_KEY] = "en"
        doc.user_data[key] = value
        doc_bin = DocBin(store_user_data=True)
        doc_bin.add(doc)
        (work / f"corrupt-{name}.spacy").write_bytes(doc_bin.to_bytes())
    return f


def cases(w: Path, f: dict[str, Path]) -> list[Case]:
    a, p, o = f["aligned.spacy"], f["pairs.spacy"], w / "out"
    return [
        Case(1, ["project", a, o / "o.spacy", "--summary", o / "o.spacy"], "two outputs"),
        Case(1, ["project", a, o / "o.spacy", "--summary", a], "is also the input"),
        Case(1, ["project", a, a], "is also the input"),
        Case(1, ["align", p, o / "a.spacy", "--pharaoh", o / "a.spacy"], "two outputs"),
        Case(1, ["convert", f["x.conll"], f["x.conll"], "--lang", "en"], "is also the input"),
        Case(1, ["evaluate", p, f["de.spacy"], "--output", f["de.spacy"]], "is also the input"),
        Case(1, ["show", a, "-o", a], "is also the input"),
        Case(1, ["report", f["runs"], "-o", f["runs"] / "de.projection.heuristic.json"], "is also the input"),
        Case(2, ["align", p, o / "n.spacy", "--aligner", "simalign"], "not in the local Hugging Face cache"),
        Case(2, ["align", p, o / "n.spacy", "--aligner", "simalign", "--model", "/nonexistent/model"], "not found"),
        Case(2, ["align", p, o / "n.spacy", "--aligner", "awesome", "--model", "xlm-roberta-base"], "not in the local"),
        Case(3, ["project", a, "/proc/x.spacy"], "cannot be written"),
        Case(3, ["project", a, w / "afile" / "x.spacy"], "is a file, not a directory"),
        Case(3, ["project", a, w / "adir"], "is a directory"),
        Case(3, ["show", a, "-o", "/proc/x.html"], "cannot be written"),
        Case(3, ["report", f["runs"], "-o", o / "r.md", "--plot", "/proc/x.png"], "cannot be written"),
        Case(3, ["align", p, o / "a.spacy", "--pharaoh", "/proc/x.txt"], "cannot be written"),
        *[Case(4, ["project", a, o / f"{m}.spacy", "--method", m], check=balances(o / f"{m}.summary.json"))
          for m in ("heuristic", "ngram", "aligned")],
        Case(6, ["align", p, o / "a.spacy", "--symmetrize", "foo"], "unknown symmetrization 'foo'"),
        Case(6, ["project", a, o / "c.spacy", "--config", w / "max_len.cfg"], "projection.candidates.max_len"),
        Case(6, ["project", a, o / "c.spacy", "--config", w / "nan.cfg"], "projection.scores.alignment.weight"),
        Case(6, ["translate", p, o / "t.spacy", "--tgt-lang", "de", "--given", w / "given.jsonl",
                 "--id-format", "{index}{id.x}"], "bad id_format"),
        Case(6, ["project", w / "corrupt-lang.spacy", o / "c.spacy"], "corrupt user data field 'xner_lang'"),
        Case(6, ["project", w / "corrupt-packed.spacy", o / "c.spacy"], "corrupt user data field 'xner_translation_packed'"),
        Case(8, ["pair", f["en.spacy"], w / "other-ids.spacy", o / "p.spacy", "--by-id"], "none of 60 sentences done"),
        Case(8, ["translate", f["en.spacy"], o / "t.spacy", "--tgt-lang", "de", "--given", w / "given.jsonl"],
             "none of 60 sentences done"),
        Case(8, ["project", p, o / "u.spacy"], "none of 60 sentences done"),
        Case(8, ["evaluate", a, a, "--ignore", "FOO"], check=lambda r: "--ignore FOO" in r.stdout),
        Case(8, ["show", a, "-o", o / "v.html", "--gold", a], check=lambda r: "no sentence has gold" in r.stdout),
        Case(9, ["project", a, o / "s.spacy", "--config", w / "syntax.cfg"], "syntax.cfg:1: File contains no section"),
        Case(9, ["project", p, o / "r.spacy", "--pharaoh", w / "oor.txt"], "oor.txt:2: link 999-1 is out of range"),
    ]


def balances(summary: Path) -> Callable[[subprocess.CompletedProcess], bool]:
    def check(_) -> bool:
        counts = json.loads(summary.read_text())["counts"]
        dropped = sum(n for k, n in counts.items() if k.startswith("dropped: "))
        return counts["entities_in"] == counts["entities_projected"] + dropped + counts.get("entities_in_skipped_sentences", 0)
    return check


def fingerprint(directory: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.rglob("*") if p.is_file()}


def judge(case: Case, work: Path) -> str:
    out = work / "out"
    before = fingerprint(work)
    res = xner(case.args, case.env)
    text = res.stdout + res.stderr
    changed = {k for k, v in before.items() if fingerprint(work).get(k) != v and not k.startswith(str(out))}
    if "Traceback" in text:
        return "traceback"
    if changed:
        return "silent loss"
    if case.error is None:
        return "clean" if res.returncode == 0 and (case.check is None or case.check(res)) else "silent loss"
    if res.returncode == 0:
        return "silent loss"
    lines = res.stderr.strip().splitlines()
    written = [p for p in case.args if isinstance(p, Path) and str(p).startswith(str(out)) and p.exists()]
    ok = res.returncode == 2 and len(lines) == 1 and lines[0].startswith("✘") and case.error in lines[0] and not written
    return "clean" if ok else "other"


def kill_case(work: Path, f: dict[str, Path], sig: int) -> str:
    """Item 5: kill `xner align` while eflomal runs; no eflomal may outlive it, the next run sweeps its files."""
    sys.path.insert(0, str(REPO))
    from spacy_xner.corpora.docbin import read_docbin, write_docbin

    big = work / "big.spacy"
    write_docbin(big, read_docbin(f["pairs.spacy"]) * 40)
    align = subprocess.Popen([sys.executable, "-m", "spacy_xner", "align", big, work / "out" / "k.spacy"],
                             env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{align.pid}/task/{align.pid}/children")
    child, deadline = None, time.time() + 180
    while child is None and time.time() < deadline and align.poll() is None:
        pids = children.read_text().split()
        if pids and b"bin/eflomal" in Path(f"/proc/{pids[0]}/cmdline").read_bytes():
            child = int(pids[0])
        time.sleep(0.1)
    if child is None:
        return "other"
    align.send_signal(sig)
    stderr = align.communicate(timeout=60)[1]
    time.sleep(1)
    alive = Path(f"/proc/{child}").exists() and ") Z" not in Path(f"/proc/{child}/stat").read_text()
    leftovers = lambda: list(Path(tempfile.gettempdir()).glob(f"xner-eflomal-{align.pid}-*"))  # noqa: E731
    if sig == signal.SIGKILL and leftovers():  # nothing survives SIGKILL: the next run sweeps
        from spacy_xner.io import owned_tempdir

        with owned_tempdir("xner-eflomal-"):
            pass
    if "Traceback" in (stderr or ""):
        return "traceback"
    return "silent loss" if alive or leftovers() or (work / "out" / "k.spacy").exists() else "clean"


def determinism_case(work: Path, f: dict[str, Path]) -> str:
    """Item 9: the same run under two hash seeds writes the same bytes."""
    outs = [work / "out" / f"d{seed}.spacy" for seed in (1, 2)]
    for seed, out in zip((1, 2), outs):
        res = xner(["project", f["aligned.spacy"], out], {"PYTHONHASHSEED": str(seed)})
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
    return "clean" if outs[0].read_bytes() == outs[1].read_bytes() else "silent loss"


def cache_case(work: Path, f: dict[str, Path], damage: str) -> str:
    """Item 7: a damaged --cache-dir entry is recomputed and counted."""
    import srsly

    cache, out = work / "out" / f"cache-{damage}", work / "out" / f"c-{damage}.spacy"
    args = ["align", f["pairs.spacy"], out, "--cache-dir", cache]
    first = xner(args)
    (entry,) = cache.rglob("*.msgpack")
    entry.write_bytes(entry.read_bytes()[:20] if damage == "truncated" else srsly.msgpack_dumps([[[0, 0, 1.0]]]))
    second = xner(args)
    if "Traceback" in first.stderr + second.stderr:
        return "traceback"
    summary = json.loads(out.with_suffix(".summary.json").read_text())
    ok = second.returncode == 0 and summary["done"] == 60 and summary["counts"]["cached batches recomputed (damaged)"] == 1
    return "clean" if ok else "silent loss"


# Issue 28 (second pass): one function per class of case. Each returns Cases (judged like the first
# pass's, in parallel) and Checks (a name and a function returning a verdict, run one at a time).
Check = tuple[str, Callable[[], str]]


def signal_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 1, 4 and 9: Ctrl-C / SIGTERM exit statuses, summaries that match the disk, stale layers."""
    return []


def output_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 2, 11 and 12: no output may contain, equal or lie inside an input; outputs checked up front."""
    return []


def docbin_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 3 and 10: corrupt DocBins and user data are one line; large single files."""
    import zlib

    import srsly

    d, o, a = w / "docbin", w / "out", f["aligned.spacy"]
    d.mkdir(exist_ok=True)

    def damaged(name: str, change: Callable[[dict], None]) -> Path:
        msg = srsly.msgpack_loads(zlib.decompress(a.read_bytes()))
        change(msg)
        (d / f"{name}.spacy").write_bytes(zlib.compress(srsly.msgpack_dumps(msg)))
        return d / f"{name}.spacy"

    def user_data(index: int, key, value) -> Callable[[dict], None]:
        def change(msg: dict) -> None:
            data = dict(srsly.msgpack_loads(msg["user_data"][index], use_list=False))
            data[key] = value
            msg["user_data"][index] = srsly.msgpack_dumps(data)
        return change

    def commands(name: str, path: Path, which=("project", "evaluate", "show", "pair")) -> list[list]:
        args = {"project": ["project", path, o / f"db-{name}.spacy"], "evaluate": ["evaluate", path, a],
                "show": ["show", path, "-o", o / f"db-{name}.html"], "pair": ["pair", path, f["de.spacy"], o / f"db-{name}-p.spacy"]}
        return [args[c] for c in which]

    alignment = ("._.", "xner_alignment", None, None)
    structure = {  # name: (change, error), each read by project, evaluate, show and pair
        "strings": (lambda m: m.__setitem__("strings", m["strings"][::2]), "is not in the file's string table"),
        "cats": (lambda m: m.__setitem__("cats", m["cats"][:-1]), "119 cats entries for 120 Docs"),
        "attrs": (lambda m: m.__setitem__("attrs", [999999] + m["attrs"][1:]), "are not spaCy token attributes"),
        "user-data": (lambda m: m.__setitem__("user_data", m["user_data"][:10]), "10 user_data entries for 120 Docs"),
    }
    layers = {  # name: (change, error), read by project and show
        "links-str": (user_data(0, alignment, "0-0 1-1"), "doc 0: corrupt user data field 'xner_alignment'"),
        "links-1tuple": (user_data(0, alignment, [[0], [1]]), "doc 0: corrupt user data field 'xner_alignment'"),
        "links-3tuple": (user_data(0, alignment, [["a", "b", "c"]]), "doc 0: corrupt user data field 'xner_alignment'"),
        "links-flat": (user_data(0, alignment, [0, 1, 1.0]), "doc 0: corrupt user data field 'xner_alignment'"),
        "record-str": (user_data(1, "xner_projection", "x"), "doc 1: corrupt user data field 'xner_projection'"),
        "record-entity": (user_data(1, "xner_projection", {"entities": [{"source": [0, 1, "LOC"]}], "dropped": []}),
                          "doc 1: corrupt user data field 'xner_projection'"),
    }
    cases = [Case("28.3", args, error) for name, (change, error) in structure.items()
             for args in commands(name, damaged(name, change))]
    cases += [Case("28.3", args, error) for name, (change, error) in layers.items()
              for args in commands(name, damaged(name, change), ("project", "show"))]

    def large_output() -> str:
        """Item 10, at a threshold of 5 Docs: a single .spacy output says once, on stderr, to name it without .spacy."""
        code = ("import sys; from spacy_xner.corpora import docbin; docbin.LARGE_FILE = 5; from spacy_xner.cli import main; "
                f"sys.argv = ['xner', 'convert', {str(DATA / 'europarl-ner' / 'en-europarl.test.conll02')!r}, "
                f"{str(o / 'db-large.spacy')!r}, '--lang', 'en']; main()")
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV)
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        told = res.stderr.count("name the output without .spacy") == 1 and "without .spacy" not in res.stdout
        return "clean" if res.returncode == 0 and told and (o / "db-large.spacy").is_file() else "other"

    return cases + [("28.10: a single .spacy output past LARGE_FILE Docs: one note on stderr", large_output)]


def number_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 5, 8, 11 (gold ids) and 12 (report meta): strict numbers, slot errors."""
    return []


def text_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 6 and 11 (given pairs, empty convert): one rule for BOM and CRLF in every line reader."""
    return []


def bound_cases(w: Path, f: dict[str, Path]) -> list:
    """Item 7: a runaway sentence is bounded or skipped with a counted reason."""
    return []


def second_pass(w: Path, f: dict[str, Path]) -> list:
    return [*signal_cases(w, f), *output_cases(w, f), *docbin_cases(w, f), *number_cases(w, f), *text_cases(w, f),
            *bound_cases(w, f)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.mkdtemp(prefix="xner_adversarial_")))
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    work = options.work
    work.mkdir(parents=True, exist_ok=True)
    (work / "out").mkdir(exist_ok=True)
    f = prepare(work)
    extra = second_pass(work, f)
    plain = cases(work, f) + [c for c in extra if isinstance(c, Case)]
    with ThreadPoolExecutor(options.jobs) as pool:
        results = [(f"{c.item}: xner {' '.join(map(str, c.args))}", r) for c, r in zip(plain, pool.map(lambda c: judge(c, work), plain))]
    results += [("5: kill -TERM xner align", kill_case(work, f, signal.SIGTERM)),
                ("5: kill -KILL xner align", kill_case(work, f, signal.SIGKILL)),
                ("7: truncated cache entry", cache_case(work, f, "truncated")),
                ("7: cache entry of the wrong length", cache_case(work, f, "wrong-length")),
                ("9: two hash seeds, same bytes", determinism_case(work, f))]
    results += [(name, run()) for name, run in (c for c in extra if not isinstance(c, Case))]
    for name, result in results:
        print(f"{result:12} {name}")
    totals = {k: sum(r == k for _, r in results) for k in ("clean", "traceback", "silent loss", "other")}
    print(f"cases tried: {len(results)}; clean: {totals['clean']}; tracebacks: {totals['traceback']}; "
          f"silent losses: {totals['silent loss']}; other: {totals['other']}")
    sys.exit(0 if totals["clean"] == len(results) else 1)


if __name__ == "__main__":
    main()
