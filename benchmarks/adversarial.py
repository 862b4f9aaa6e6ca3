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
import threading
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
        Case(6, ["align", p, o / "a.spacy", "--symmetrize", "foo"], "aligner.symmetrization: 'foo' is not one of"),
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
    changed = {k for k, v in before.items() if fingerprint(work).get(k) != v and not Path(k).is_relative_to(out)}
    if "Traceback" in text:
        return "traceback"
    if changed:
        return "silent loss"
    if case.error is None:
        return "clean" if res.returncode == 0 and (case.check is None or case.check(res)) else "silent loss"
    if res.returncode == 0:
        return "silent loss"
    lines = res.stderr.strip().splitlines()
    written = [p for p in case.args if isinstance(p, Path) and p.is_relative_to(out) and p.exists()]
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
    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import get_alignment, get_id

    s = w / "signals"
    s.mkdir(exist_ok=True)
    big = {name: s / f"{name}-big.spacy" for name in ("pairs", "aligned")}  # the 60 pairs 600 times: a long run
    for name, path in big.items():
        docs = read_docbin(f[f"{name}.spacy"])
        write_docbin(path, (doc for _ in range(600) for doc in docs))
    conll = (DATA / "europarl-ner" / "en-europarl.test.conll02").read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    (s / "big.conll").write_text(conll * 20, encoding="utf-8")
    (s / "given.txt").write_text("Hallo Welt\n" * 36_000, encoding="utf-8")
    (s / "given-ids.jsonl").write_text("".join(json.dumps({"id": get_id(d), "tgt_text": "Ganz andere Wörter"}) + "\n"
                                               for d in read_docbin(f["aligned.spacy"])), encoding="utf-8")

    def children(pid: int) -> list[int]:
        try:
            return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except FileNotFoundError:  # it has ended
            return []

    def cpu_seconds(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def foreground() -> None:
        """In the child: SIGINT as in a terminal's foreground job (a job started with `&` ignores it, and
        its children inherit that)."""
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    def working(pid: int, deadline: float) -> None:
        """Until past start-up (its imports take ~2.7 s of CPU) or running a child (eflomal)."""
        while time.time() < deadline:
            try:
                if cpu_seconds(pid) > 3.3 or children(pid):
                    return
            except (FileNotFoundError, ProcessLookupError):
                return
            time.sleep(0.05)

    def interrupted(args: list, outputs: list[Path], sig: int = signal.SIGINT, delay: Optional[float] = None,
                    line: str = "✘ interrupted") -> Callable[[], str]:
        """Start ``xner ARGS``, signal it at ``delay`` s (or once working): the exit status of the signal, one
        line on stderr, no output, summary or temporary file left, no child alive, its inputs unchanged."""
        def check() -> str:
            inputs = [p for p in args if isinstance(p, Path) and p.exists()]
            before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs if p.is_file()}
            run = subprocess.Popen([sys.executable, "-m", "spacy_xner", *map(str, args)], env=ENV, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=foreground)
            if delay is not None:
                time.sleep(delay)
            else:
                working(run.pid, time.time() + 120)
            kids = children(run.pid)
            run.send_signal(sig)
            try:
                out, err = run.communicate(timeout=120)
            except subprocess.TimeoutExpired:  # it went on working
                run.kill()
                run.communicate()
                return "silent loss"
            time.sleep(0.5)
            if "Traceback" in out + err:
                return "traceback"
            left = [p for o in outputs for p in (o, *o.parent.glob(f".{o.name}.*.tmp"), summary_of(o)) if p.exists()]
            alive = [k for k in kids if Path(f"/proc/{k}").exists() and ") Z" not in Path(f"/proc/{k}/stat").read_text()]
            changed = [p for p, digest in before.items() if hashlib.sha256(p.read_bytes()).hexdigest() != digest]
            if run.returncode == 0 or left or alive or changed:
                return "silent loss"
            return "clean" if run.returncode == 128 + sig and err.strip() == line else "other"
        return check

    def summary_of(output: Path) -> Path:
        return output.with_suffix(".summary.json") if output.suffix == ".spacy" else output.with_name(output.name + ".summary.json")

    def script_stops() -> str:
        """Ctrl-C in a terminal reaches the whole foreground group: bash, then `&&` must not go on."""
        marker = s / "next-step-ran"
        script = f"{sys.executable} -m spacy_xner project {big['aligned']} {s / 'script.spacy'} && touch {marker}"
        run = subprocess.Popen(["bash", "-c", script], env=ENV, start_new_session=True, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=foreground)
        deadline = time.time() + 60
        while not children(run.pid) and time.time() < deadline and run.poll() is None:
            time.sleep(0.05)
        if not children(run.pid):
            return "other"
        working(children(run.pid)[0], time.time() + 120)
        os.killpg(run.pid, signal.SIGINT)
        try:
            out, err = run.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
            return "silent loss"
        if "Traceback" in out + err:
            return "traceback"
        if run.returncode == 0 or marker.exists() or (s / "script.spacy").exists():
            return "silent loss"
        return "clean" if err.strip().splitlines() == ["✘ interrupted"] else "other"

    def on_a_full_disk(size: str, run: Callable[[Path], str]) -> Callable[[], str]:
        """``run`` with a directory on a tmpfs of ``size`` (root only: else "other")."""
        def check() -> str:
            disk = s / f"disk-{size}"
            disk.mkdir(exist_ok=True)
            if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", disk], capture_output=True).returncode:
                return "other"
            try:
                return run(disk)
            finally:
                subprocess.run(["umount", disk], capture_output=True)
        return check

    def failed_rerun_keeps(args: list, first: list, error: str, output: Path, env: Optional[dict] = None) -> str:
        """After a good run (``first``), a rerun that fails (``args``) leaves the output and its summary as
        they were, and reports no "done"."""
        if xner(first).returncode != 0:
            return "other"
        before = [output.read_bytes(), summary_of(output).read_bytes()]
        res = xner(args, env)
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        if res.returncode == 0 or [output.read_bytes(), summary_of(output).read_bytes()] != before or "✔" in res.stdout:
            return "silent loss"
        lines = res.stderr.strip().splitlines()
        return "clean" if res.returncode == 2 and len(lines) == 1 and error in lines[0] else "other"

    def disk_full_rerun(disk: Path) -> str:
        out = disk / "p.spacy"
        return failed_rerun_keeps(["project", big["aligned"], out], ["project", f["aligned.spacy"], out],
                                  "No space left on device", out)

    def disk_full_pair(disk: Path) -> str:
        out = disk / "pairs.spacy"
        source, target = s / "en-big.spacy", s / "de-big.spacy"
        for lang, path in (("en", source), ("de", target)):
            write_docbin(path, read_docbin(f[f"{lang}.spacy"]) * 50)  # pairs by order: over 1 MB
        return failed_rerun_keeps(["pair", source, target, out], ["pair", f["en.spacy"], f["de.spacy"], out],
                                  "No space left on device", out)

    def eflomal_in(disk: Path) -> str:
        out = s / f"eflomal-{disk.name}.spacy"
        res = xner(["align", f["pairs.spacy"], out], {"TMPDIR": str(disk)})
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        if res.returncode == 0 or out.exists() or summary_of(out).exists():
            return "silent loss"
        lines = res.stderr.strip().splitlines()
        return "clean" if res.returncode == 2 and len(lines) == 1 and "TMPDIR" in lines[0] else "other"

    def stale_links() -> str:
        """Translating an aligned corpus anew keeps none of its links; projecting it is then refused."""
        out = s / "retranslated.spacy"
        res = xner(["translate", f["aligned.spacy"], out, "--tgt-lang", "de", "--given", s / "given-ids.jsonl"])
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        if res.returncode != 0:
            return "other"
        if any(get_alignment(d) is not None for d in read_docbin(out)):
            return "silent loss"
        return judge(Case("28.9", ["project", out, w / "out" / "stale.spacy"], "none of 60 sentences done"), w)

    o = s / "out"
    o.mkdir(exist_ok=True)
    return [
        ("28.1: Ctrl-C during start-up imports (xner project, 0.3 s)",
         interrupted(["project", big["aligned"], o / "i0.spacy"], [o / "i0.spacy"], delay=0.3)),
        ("28.1: Ctrl-C during xner convert", interrupted(["convert", s / "big.conll", o / "i1.spacy", "--lang", "en"],
                                                         [o / "i1.spacy"])),
        ("28.1: Ctrl-C during xner translate --given",
         interrupted(["translate", big["pairs"], o / "i2.spacy", "--tgt-lang", "de", "--given", s / "given.txt"],
                     [o / "i2.spacy"])),
        ("28.1: Ctrl-C during xner evaluate",
         interrupted(["evaluate", big["aligned"], big["aligned"], "--output", o / "i3.json"], [o / "i3.json"])),
        ("28.1: Ctrl-C during xner project (a directory corpus)",
         interrupted(["project", big["aligned"], o / "i4"], [o / "i4"])),
        ("28.1: Ctrl-C during xner align (eflomal running)",
         interrupted(["align", big["pairs"], o / "i5.spacy"], [o / "i5.spacy"])),
        ("28.1: SIGTERM during xner project",
         interrupted(["project", big["aligned"], o / "i6.spacy"], [o / "i6.spacy"], signal.SIGTERM, line="✘ terminated")),
        ("28.1: Ctrl-C of `xner project … && touch marker` in bash -c", script_stops),
        ("28.4: disk full rerun of xner project keeps the old output and summary", on_a_full_disk("600k", disk_full_rerun)),
        ("28.4: disk full rerun of xner pair keeps the old output and summary", on_a_full_disk("600k", disk_full_pair)),
        ("28.4: empty-result rerun of xner project keeps the old summary",
         lambda: failed_rerun_keeps(["project", f["pairs.spacy"], o / "e.spacy"], ["project", f["aligned.spacy"], o / "e.spacy"],
                                    "none of 60 sentences done", o / "e.spacy")),
        ("28.4: eflomal's input files on a full TMPDIR", on_a_full_disk("8k", eflomal_in)),
        ("28.4: eflomal's links on a full TMPDIR (it exits 0)", on_a_full_disk("24k", eflomal_in)),
        ("28.9: translate an aligned corpus, then project it", stale_links),
    ]


def output_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 2, 11 and 12: no output may contain, equal or lie inside an input; outputs checked up front."""
    import shutil

    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.io import OWNED_MARK

    root = w / "outputs"  # judged as its own work directory: the inputs in in/ must not change, nothing in out/
    i, o, a, p = root / "in", root / "out", f["aligned.spacy"], f["pairs.spacy"]
    shutil.rmtree(root, ignore_errors=True)
    o.mkdir(parents=True)
    for corpus in ("d", "corpus.shards", "target"):
        write_docbin(i / corpus, read_docbin(a), shard_size=20)
    (i / "en.txt").write_text("a house\n", encoding="utf-8")
    (i / "de.txt").write_text("ein Haus\n", encoding="utf-8")
    (i / "afile").write_text("mine")
    (i / "emptydir").mkdir()
    (i / "mine.shards").mkdir()
    (i / "mine.shards" / "notes.txt").write_text("the user's notes")
    (i / "link").symlink_to(i / "target")
    os.mkfifo(i / "fifo")
    (o / "ours.spacy.shards").mkdir()  # what a crashed run leaves: our mark, a file of its work
    (o / "ours.spacy.shards" / OWNED_MARK).write_text("made by spacy-xner")
    (o / "ours.spacy.shards" / "align-priors-0123").write_text("stale")

    def check(case: Case, also: Callable[[], bool] = lambda: True) -> Check:
        """``case`` judged in ``root``, and ``also`` true after it."""
        def run() -> str:
            verdict = judge(case, root)
            return "silent loss" if verdict == "clean" and not also() else verdict
        return f"{case.item}: xner {' '.join(map(str, case.args))}", run

    def untouched() -> bool:
        """No hidden folder or link left in in/ (a replaced symlink used to stay as .NAME.PID.xxx.tmp.old)."""
        return not list(i.glob(".*")) and not (i / "mine").exists() and not (i / "afile.shards").exists()

    def pharaoh_from_a_pipe() -> str:
        """`--pharaoh <(...)`: a named pipe is an input like a file where the format streams."""
        res = subprocess.run(["bash", "-c", '"$0" -m spacy_xner project "$1" "$2" --pharaoh <(yes 0-0 | head -60)',
                              sys.executable, p, o / "fifo.spacy"], capture_output=True, text=True, env=ENV)
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        return "clean" if res.returncode == 0 and len(read_docbin(o / "fifo.spacy")) == 60 else "other"

    return [
        check(Case("28.2", ["project", i / "d" / "000000.spacy", i / "d"], "contains the input")),
        # the first run is refused: an output inside its input corpus would be read back by the next run
        check(Case("28.2", ["project", i / "d", i / "d" / "proj"], "lies inside the input")),
        check(Case("28.2", ["project", i / "corpus.shards", i / "corpus"], "is this run's work folder")),
        check(Case("28.2", ["project", a, i / "mine"], "mine.shards: exists and is not a folder spacy-xner made"),
              untouched),
        check(Case("28.2", ["align", p, o / "b.spacy", "--bitext", f"{i / 'en.txt'}:{i / 'de.txt'}",
                            "--pharaoh", i / "en.txt"], "en.txt: is also the input")),
        check(Case("28.2", ["project", a, o / "ours.spacy"], check=lambda _: not (o / "ours.spacy.shards").exists())),
        check(Case("28.11", ["project", a, i / "afile"], "afile: is a file, and an output named without .spacy"),
              untouched),
        check(Case("28.11", ["project", a, o / "s.spacy", "--summary", i / "emptydir"], "emptydir: is a directory")),
        check(Case("28.11", ["align", p, o / "e.spacy", "--pharaoh", i / "emptydir"], "emptydir: is a directory")),
        check(Case("28.11", ["evaluate", a, a, "--output", i / "emptydir"], "emptydir: is a directory")),
        check(Case("28.11", ["align", p, o / "c.spacy", "--cache-dir", i / "afile"], "afile: is a file, not a cache")),
        check(Case("28.11", ["translate", i / "d", o / "t.spacy", "--tgt-lang", "de", "--cache-dir", i / "d" / "cache"],
                   "cache: lies inside the input")),
        check(Case("28.12", ["project", a, i / "link"], "link: is a symlink"), untouched),
        check(Case("28.12", ["evaluate", a, a, "--output", i / "fifo"], "fifo: is not a regular file")),
        ("28.12: xner project PAIRS OUT --pharaoh <(yes 0-0 | head -60)", pharaoh_from_a_pipe),
    ]


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
    a, p, o, d = f["aligned.spacy"], f["pairs.spacy"], w / "out", w / "numbers"
    d.mkdir(exist_ok=True)

    def links(name: str, first: str) -> Path:  # 60 lines of 0-0, the first line's link replaced
        (d / name).write_text(first + "\n" + "0-0\n" * 59, encoding="utf-8")
        return d / name

    def config(name: str, text: str) -> Path:
        (d / name).write_text(text, encoding="utf-8")
        return d / name

    bad_links = {"nan.txt": ("0-0-nan", "nan.txt:1: malformed link '0-0-nan'"),
                 "inf.txt": ("0-0-inf", "inf.txt:1: malformed link '0-0-inf'"),
                 "e999.txt": ("0-0-1e999", "e999.txt:1: score of link '0-0-1e999' is not in [0, 1]"),
                 "above.txt": ("0-0-1.5", "above.txt:1: score of link '0-0-1.5' is not in [0, 1]"),
                 "underscore.txt": ("1_0-0", "underscore.txt:1: malformed link '1_0-0'"),
                 "plus.txt": ("+1-0", "plus.txt:1: malformed link '+1-0'"),
                 "arabic.txt": ("\u0660-\u0660", "arabic.txt:1: malformed link '\u0660-\u0660'")}
    head = '[projection]\n@xner_projections = "spacy_xner.CandidateMatching.v1"\n\n[projection.scores]\n\n' \
           '[projection.solver]\n@xner_solvers = "spacy_xner.GreedySolver.v1"\n\n' \
           '[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\n'
    suggester = '@misc = "spacy.ngram_suggester.v1"\nsizes = [1, 2]\n'
    (d / "runs").mkdir(exist_ok=True)
    (d / "runs" / "odd.json").write_text(json.dumps({"precision": 0.5, "recall": 0.5, "f1": 0.5, "meta": {
        "lang": "de\nxx", "kind": "projection", "method": "a|b\n| c"}}))

    def one_row_per_run(_) -> bool:
        rows = [line for line in (o / "meta.md").read_text().splitlines() if line.startswith("| de xx |")]
        return len(rows) == 2 and rows[1].replace("\\|", "").count("|") == 10  # 9 columns

    def fifo() -> str:
        """A pipe (``--pharaoh <(zcat links.gz)``) is read once, as a stream, like a file."""
        pipe = d / "links.fifo"
        pipe.unlink(missing_ok=True)
        os.mkfifo(pipe)
        writer = threading.Thread(target=lambda: pipe.write_text("0-0\n" * 60), daemon=True)
        writer.start()
        res = xner(["project", p, o / "fifo.spacy", "--pharaoh", pipe])
        pipe.unlink()
        if "Traceback" in res.stdout + res.stderr:
            return "traceback"
        return "clean" if res.returncode == 0 and balances(o / "fifo.summary.json")(res) else "other"

    return [
        *[Case("28.5", ["project", p, o / f"n-{Path(name).stem}.spacy", "--pharaoh", links(name, first)], error)
          for name, (first, error) in bad_links.items()],
        Case("28.5", ["project", p, o / "tiny.spacy", "--pharaoh", links("tiny.txt", "0-0-1e-300")],
             check=balances(o / "tiny.summary.json")),
        Case("28.5", ["project", a, o / "w.spacy", "--config", config("w308.cfg", head + '\n[projection.scores.alignment]\n'
                      '@xner_scores = "spacy_xner.AlignmentScore.v1"\nweight = 1e308\n')],
             "projection.scores.alignment.weight: weight must be in [0, 1000], got 1e+308"),
        Case("28.5", ["project", a, o / "l.spacy", "--config", config("empty-label.cfg", '[label_map]\n'
                      '@xner_label_maps = "spacy_xner.LabelMap.v1"\n\n[label_map.mapping]\nPER = ""\n')],
             "label_map.mapping: mapping maps 'PER' to ''"),
        Case("28.5", ["align", p, o / "np.spacy", "--aligner.null_prior", "NaN"], "aligner.null_prior: null_prior must be"),
        ("28.5: xner project --pharaoh FIFO", fifo),
        Case("28.8", ["project", a, o / "s.spacy", "--config", config("suggester.cfg", "[projection]\n" + suggester)],
             "xner_projector.projection: expected a projection method (@xner_projections), got spacy.pipeline.spancat"),
        Case("28.8", ["align", p, o / "sa.spacy", "--config", config("suggester-aligner.cfg", "[aligner]\n" + suggester)],
             "xner_aligner.aligner: expected an aligner (@xner_aligners), got spacy.pipeline.spancat"),
        Case("28.8", ["project", a, o / "r.spacy", "--config", config("corpus.cfg", '[projection]\n@readers = "spacy.Corpus.v1"\n'
                      f'path = "{f["en.spacy"]}"\ngold_preproc = false\nmax_length = 0\nlimit = 0\n')],
             "xner_projector.projection: expected a projection method (@xner_projections), got a spacy.training.corpus.Corpus"),
        Case("28.11", ["evaluate-alignment", links("plain.txt", "0-0"), config("far.naacl", "1 0 0 S\n2000000 0 0 S\n"),
                       "--output", o / "far.json"], "far.naacl:2: sentence id 2000000 makes 2000000 sentences"),
        Case("28.12", ["report", d / "runs", "-o", o / "meta.md"], check=one_row_per_run),
    ]


def text_cases(w: Path, f: dict[str, Path]) -> list:
    """Items 6 and 11 (given pairs, empty convert): one rule for BOM and CRLF in every line reader."""
    import gzip

    from spacy_xner.corpora.docbin import read_docbin
    from spacy_xner.docs import get_id, get_translation

    t, o, en = w / "text", w / "out", f["en.spacy"]
    t.mkdir(exist_ok=True)
    windows = lambda text: ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")  # noqa: E731
    german = "".join(" ".join(token.text for token in doc) + "\n" for doc in read_docbin(f["de.spacy"]))
    (t / "plain.txt").write_text(german, encoding="utf-8")
    (t / "crlf.txt").write_bytes(german.replace("\n", "\r\n").encode("utf-8"))
    (t / "bom.txt").write_bytes(("\ufeff" + german).encode("utf-8"))
    latin1 = german.encode("latin-1", errors="replace")
    bad_line = next(n for n, line in enumerate(latin1.split(b"\n"), 1) if not line.isascii())
    (t / "latin1.txt").write_bytes(latin1)
    (t / "cr.txt").write_bytes(german.replace("\n", "\r").encode("utf-8"))  # old Mac line ends
    packed = gzip.compress(german.encode("utf-8"))
    (t / "truncated.txt.gz").write_bytes(packed[:len(packed) // 2])
    (t / "bom.jsonl").write_bytes(windows("".join(json.dumps({"id": get_id(d), "tgt_text": "Hallo Welt"}) + "\n"
                                                  for d in read_docbin(en))))
    ids = [(get_id(s), get_id(d)) for s, d in zip(read_docbin(en), read_docbin(f["de.spacy"]))]
    (t / "bom-map.tsv").write_bytes(windows("".join(f"{s}\t{d}\n" for s, d in ids)))
    (t / "utf16-map.tsv").write_bytes("".join(f"{s}\t{d}\n" for s, d in ids).encode("utf-16"))
    (t / "x.conll").write_bytes(windows(f["x.conll"].read_text(encoding="utf-8")))
    (t / "empty.jsonl").write_text("".join(json.dumps({"id": i, "tgt_tokens": []}) + "\n" for i in range(3)))
    plain = o / "text-plain.spacy"  # the reference the CRLF and BOM runs must equal
    assert xner(["translate", en, plain, "--tgt-lang", "de", "--given", t / "plain.txt"]).returncode == 0

    def words(path: Path) -> list[list[str]]:
        return [[token.text for token in get_translation(doc)] for doc in read_docbin(path)]

    def same_as_plain(out: Path) -> Callable[[subprocess.CompletedProcess], bool]:
        return lambda _: words(out) == words(plain)

    def done(out: Path, n: int) -> Callable[[subprocess.CompletedProcess], bool]:
        return lambda _: json.loads(out.with_suffix(".summary.json").read_text())["done"] == n

    given = lambda path, out: ["translate", en, o / out, "--tgt-lang", "de", "--given", path]  # noqa: E731
    return [
        *[Case("28.6", given(t / name, f"text-{name}.spacy"), check=same_as_plain(o / f"text-{name}.spacy"))
          for name in ("crlf.txt", "bom.txt")],
        Case("28.6", given(t / "bom.jsonl", "text-jsonl.spacy"), check=done(o / "text-jsonl.spacy", 60)),
        Case("28.6", ["pair", en, f["de.spacy"], o / "text-map.spacy", "--id-map", t / "bom-map.tsv"],
             check=done(o / "text-map.spacy", 60)),
        Case("28.6", ["convert", t / "x.conll", o / "text-x.spacy", "--lang", "en"],
             check=lambda r: "2 sentences, 2 entities, 3 tokens" in r.stdout),
        Case("28.6", given(t / "latin1.txt", "text-latin1.spacy"), f"latin1.txt:{bad_line}: not valid UTF-8"),
        Case("28.6", given(t / "cr.txt", "text-cr.spacy"), "cr.txt:1: a carriage return (\\r) inside a line"),
        Case("28.6", given(t / "truncated.txt.gz", "text-trunc.spacy"), "truncated gzip file"),
        Case("28.6", ["pair", en, f["de.spacy"], o / "text-u16.spacy", "--id-map", t / "utf16-map.tsv"],
             "utf16-map.tsv:1: is UTF-16 text"),
        Case("28.11", given(f["pairs.spacy"], "text-pairs.spacy"), "is a pair (a sentence with its translation)"),
        Case("28.11", ["convert", t / "empty.jsonl", o / "text-empty.spacy", "--lang", "de"],
             "convert: none of 3 sentences done"),
        Case("28.11", ["convert", t / "empty.jsonl", o / "text-empty-allowed.spacy", "--lang", "de", "--allow-empty"],
             check=done(o / "text-empty-allowed.spacy", 0)),
    ]


def bound_cases(w: Path, f: dict[str, Path]) -> list:
    """Item 7: a runaway sentence is bounded or skipped with a counted reason."""
    from bench_runaway import runaway_pair
    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.reasons import TOO_LONG

    (w / "bounds").mkdir(exist_ok=True)
    corpus, o = w / "bounds" / "runaway.spacy", w / "out"
    write_docbin(corpus, [*read_docbin(f["aligned.spacy"]), runaway_pair(f["aligned.spacy"], 5000)])

    def summary(name: str, done: int, skipped: dict) -> Callable[[subprocess.CompletedProcess], bool]:
        def check(res) -> bool:
            data = json.loads((o / f"{name}.summary.json").read_text())
            return data["done"] == done and data["skipped"] == skipped and balances(o / f"{name}.summary.json")(res)
        return check

    return [
        Case("28.7", ["project", corpus, o / "runaway.spacy"], check=summary("runaway", 60, {TOO_LONG: 1})),
        Case("28.7", ["project", corpus, o / "raised.spacy", "--projection.max_tokens", "6000"],
             check=summary("raised", 61, {})),
        Case("28.7", ["project", corpus, o / "bad.spacy", "--projection.max_tokens", "0"], "projection.max_tokens"),
    ]


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
