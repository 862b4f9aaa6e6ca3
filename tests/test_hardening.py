"""Issue 17: no command destroys a file, crashes with a traceback, leaves a child running, or miscounts.

Each test is a reproduction from the issue; the numbers in the comments are its items.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import spacy
import srsly
from fixtures_pairs import N, one_line_error
from spacy.tokens import Doc, DocBin

from spacy_xner.corpora.docbin import LANG_KEY, read_docbin, write_docbin
from spacy_xner.docs import get_id, set_id
from spacy_xner.io import owned_tempdir, write_atomic

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def work(pairs, tmp_path_factory):
    """The Europarl pairs plus a CoNLL file, a metrics directory and a 3-pair DocBin."""
    root, _ = pairs
    work = tmp_path_factory.mktemp("hardening")
    (work / "x.conll").write_text("Paris\tB-LOC\nis\tO\n\nBerlin\tB-LOC\n", encoding="utf-8")
    (work / "runs").mkdir()
    (work / "runs" / "de.projection.heuristic.json").write_text(json.dumps({"precision": 0.5, "recall": 0.5, "f1": 0.5}))
    write_docbin(work / "three.spacy", read_docbin(root / "pairs.spacy")[:3])
    return root, work


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


# 1. colliding paths: refused before any work, nothing overwritten
COLLISIONS = [
    ("project", "{a}", "{t}/out.spacy", "--summary", "{t}/out.spacy"),
    ("project", "{a}", "{t}/out.spacy", "--summary", "{a}"),
    ("project", "{a}", "{a}"),
    ("align", "{p}", "{t}/a.spacy", "--pharaoh", "{t}/a.spacy"),
    ("convert", "{w}/x.conll", "{w}/x.conll", "--lang", "en"),
    ("evaluate", "{p}", "{a}", "--output", "{a}"),
    ("show", "{a}", "-o", "{a}"),
    ("report", "{w}/runs", "-o", "{w}/runs/de.projection.heuristic.json"),
]


@pytest.mark.parametrize("args", COLLISIONS, ids=lambda a: " ".join(a))
def test_colliding_paths_are_refused(work, tmp_path, xner, args):
    root, w = work
    paths = {"a": root / "aligned.spacy", "p": root / "pairs.spacy", "w": w, "t": tmp_path}
    before = {f: f.read_bytes() for f in [*root.iterdir(), *w.rglob("*")] if f.is_file()}
    one_line_error(xner(*[a.format(**paths) for a in args]), "choose")
    assert {f: f.read_bytes() for f in before} == before
    assert not list(tmp_path.iterdir())


# 2. neural aligner models load through the offline-aware loader (conftest sets HF_HUB_OFFLINE)
@pytest.mark.parametrize("options, message", [
    (["--aligner", "simalign"], "not in the local Hugging Face cache"),
    (["--aligner", "simalign", "--model", "/nonexistent/model"], "model path '/nonexistent/model' not found"),
    (["--aligner", "awesome", "--model", "xlm-roberta-base"], "'xlm-roberta-base' is not in the local"),
])
def test_neural_aligner_model_errors_are_one_line(work, tmp_path, xner, options, message):
    _, w = work
    one_line_error(xner("align", w / "three.spacy", tmp_path / "o.spacy", *options), message)


# 3. unwritable outputs: refused before any work, so no output of a failed run exists
@pytest.mark.parametrize("args, message", [
    (("project", "{a}", "/proc/x.spacy"), "cannot be written"),
    (("project", "{a}", "{w}/x.conll/o.spacy"), "is a file, not a directory"),
    (("project", "{a}", "{w}/runs"), "is a directory"),
    (("show", "{a}", "-o", "/proc/x.html"), "cannot be written"),
    (("report", "{w}/runs", "-o", "{t}/r.md", "--plot", "/proc/x.png"), "cannot be written"),
    (("align", "{w}/three.spacy", "{t}/a.spacy", "--pharaoh", "/proc/x.txt"), "/proc/x.txt"),
])
def test_unwritable_outputs_fail_before_work(work, tmp_path, xner, args, message):
    root, w = work
    paths = {"a": root / "aligned.spacy", "w": w, "t": tmp_path}
    one_line_error(xner(*[a.format(**paths) for a in args]), message)
    assert not list(tmp_path.iterdir())


# 4. the project summary balances on real Europarl data, for every method
@pytest.mark.parametrize("method", ["heuristic", "ngram", "aligned"])
def test_project_summary_balances(pairs, tmp_path, xner, method):
    root, n_ents = pairs
    res = xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--method", method)
    assert res.returncode == 0, res.stderr
    counts = json.loads((tmp_path / "o.summary.json").read_text())["counts"]
    dropped = sum(n for key, n in counts.items() if key.startswith("dropped: "))
    assert counts["entities_in"] == n_ents
    assert counts["entities_projected"] + dropped + counts.get("entities_in_skipped_sentences", 0) == n_ents
    assert counts["entities_out"] == sum(len(d.ents) for d in read_docbin(tmp_path / "o.spacy"))


# 5. children die with their parent; temp files of killed runs are swept
def test_child_dies_when_its_parent_is_killed():
    script = "from spacy_xner.processes import run_child; run_child(['sleep', '60'])"
    parent = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)})
    children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
    deadline = time.time() + 20
    while not children.read_text().split() and time.time() < deadline:
        time.sleep(0.05)
    (child,) = map(int, children.read_text().split())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.time() + 5
    while Path(f"/proc/{child}").exists() and "Z" not in _state(child) and time.time() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{child}").exists() or "Z" in _state(child)


def _cmdline(children: Path) -> bytes:
    pids = children.read_text().split()
    try:
        return Path(f"/proc/{pids[0]}/cmdline").read_bytes() if pids else b""
    except FileNotFoundError:
        return b""


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return "Z"


def test_temp_dirs_and_files_of_dead_writers_are_swept(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead, alive = dead_pid(), os.getppid()
    (tmp_path / f"xner-eflomal-{dead}-abc").mkdir()
    (tmp_path / f"xner-eflomal-{alive}-abc").mkdir()
    with owned_tempdir("xner-eflomal-") as mine:
        assert mine.is_dir() and mine.name.startswith(f"xner-eflomal-{os.getpid()}-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"xner-eflomal-{alive}-abc"]
    (tmp_path / f".out.spacy.{dead}.x1y2.tmp").write_text("half")
    (tmp_path / f".out.spacy.{alive}.x1y2.tmp").write_text("in progress")
    write_atomic(tmp_path / "out.spacy", "done")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [f".out.spacy.{alive}.x1y2.tmp", "out.spacy"]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_align_leaves_no_eflomal_running(pairs, tmp_path, sig):
    root, _ = pairs
    big = tmp_path / "big.spacy"
    write_docbin(big, read_docbin(root / "pairs.spacy") * 40)  # long enough to kill mid-run
    align = subprocess.Popen([sys.executable, "-m", "spacy_xner", "align", big, tmp_path / "o.spacy"],
                             env={**os.environ, "PYTHONPATH": str(REPO)}, stderr=subprocess.DEVNULL)
    children = Path(f"/proc/{align.pid}/task/{align.pid}/children")
    deadline = time.time() + 120
    while b"bin/eflomal" not in _cmdline(children) and time.time() < deadline:
        time.sleep(0.1)
    (child,) = map(int, children.read_text().split())
    align.send_signal(sig)
    assert align.wait(30) in (128 + sig, -sig)
    time.sleep(1)
    assert not Path(f"/proc/{child}").exists() or "Z" in _state(child)
    assert not (tmp_path / "o.spacy").exists()
    with owned_tempdir("xner-eflomal-"):  # what the next run does first
        assert not list(Path(tempfile.gettempdir()).glob(f"xner-eflomal-{align.pid}-*"))


# 6. every option and config value checked before any work, one line naming it
def test_unknown_symmetrization_fails_before_alignment(work, tmp_path, xner):
    _, w = work
    one_line_error(xner("align", w / "three.spacy", tmp_path / "o.spacy", "--symmetrize", "foo"),
                   "aligner.symmetrization: 'foo' is not one of 'intersection'")


@pytest.mark.parametrize("block, message", [
    ('[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\nmax_len = -5\n', "projection.candidates.max_len: max_len must be"),
    ('[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\nmax_len = "x"\n', "projection.candidates.max_len:"),
    ('[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\n\n[projection.scores.alignment]\n'
     '@xner_scores = "spacy_xner.AlignmentScore.v1"\nweight = nan\n', "projection.scores.alignment.weight: weight must be a finite"),
])
def test_bad_config_values_are_one_line(pairs, tmp_path, xner, block, message):
    root, _ = pairs
    config = tmp_path / "p.cfg"
    config.write_text('[projection]\n@xner_projections = "spacy_xner.CandidateMatching.v1"\n\n[projection.scores]\n\n'
                      '[projection.solver]\n@xner_solvers = "spacy_xner.GreedySolver.v1"\n\n' + block)
    res = xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", config)
    one_line_error(res, f"{config}: {message}")
    assert len(res.stderr.strip().splitlines()) == 1


def test_config_syntax_error_is_one_line_with_the_line(pairs, tmp_path, xner):
    root, _ = pairs
    config = tmp_path / "p.cfg"
    config.write_text("[projection\n")
    res = xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", config)
    one_line_error(res, f"{config}:1: File contains no section headers")
    assert len(res.stderr.strip().splitlines()) == 1


def test_bad_id_format_is_one_line(work, tmp_path, xner):
    _, w = work
    given = tmp_path / "g.jsonl"
    given.write_text('{"id": 0, "tgt_text": "Hallo"}\n')
    one_line_error(xner("translate", w / "three.spacy", tmp_path / "o.spacy", "--tgt-lang", "de", "--given", given,
                        "--id-format", "{index}{id.x}"), "bad id_format")


@pytest.mark.parametrize("field, value", [
    (LANG_KEY, "no-such-language"),
])
def test_corrupt_docbin_user_data_is_one_line(tmp_path, xner, field, value):
    doc = Doc(spacy.blank("en").vocab, words=["Hello"])
    doc.user_data[LANG_KEY] = "en"
    doc.user_data[field] = value
    doc_bin = DocBin(store_user_data=True)
    doc_bin.add(doc)
    path = tmp_path / "corrupt.spacy"
    path.write_bytes(doc_bin.to_bytes())
    one_line_error(xner("project", path, tmp_path / "o.spacy"), "corrupt.spacy", f"corrupt user data field '{field}'")


# 7. a bad cache entry is recomputed and counted, never trusted
@pytest.mark.parametrize("damage", [lambda p: p.write_bytes(p.read_bytes()[:20]),
                                    lambda p: p.write_bytes(srsly.msgpack_dumps([[[0, 0, 1.0]]]))],
                         ids=["truncated", "wrong length"])
def test_bad_cache_entry_is_recomputed(work, tmp_path, xner, damage):
    """eflomal chunk by chunk caches each batch (the whole input's links: tests/test_alignment_stage.py)."""
    _, w = work
    args = ("align", w / "three.spacy", tmp_path / "o.spacy", "--cache-dir", tmp_path / "cache", "--chunk-size", "16000")
    assert xner(*args).returncode == 0
    (entry,) = (tmp_path / "cache").rglob("*.msgpack")
    damage(entry)
    res = xner(*args)
    assert res.returncode == 0, res.stderr
    summary = json.loads((tmp_path / "o.summary.json").read_text())
    assert summary["done"] == 3 and summary["counts"]["cached batches recomputed (damaged)"] == 1
    assert json.loads((tmp_path / "o.summary.json").read_text())["counts"]["cached batches"] == 0
    assert xner(*args).returncode == 0
    assert json.loads((tmp_path / "o.summary.json").read_text())["counts"]["cached batches"] == 1


# 8. nothing matched: an error, unless --allow-empty
def test_pair_by_id_without_shared_ids_is_an_error(work, tmp_path, xner):
    root, w = work
    targets = read_docbin(w / "three.spacy")
    for i, doc in enumerate(targets):
        set_id(doc, f"elsewhere:{i}")
    write_docbin(tmp_path / "t.spacy", targets)
    args = ("pair", w / "three.spacy", tmp_path / "t.spacy", tmp_path / "o.spacy", "--by-id")
    one_line_error(xner(*args), "none of 3 sentences done", "--allow-empty")
    assert not (tmp_path / "o.spacy").exists()
    assert xner(*args, "--allow-empty").returncode == 0 and read_docbin(tmp_path / "o.spacy") == []


def test_given_translations_that_match_no_id_are_an_error(work, tmp_path, xner):
    _, w = work
    given = tmp_path / "g.jsonl"
    given.write_text("".join(json.dumps({"id": i, "tgt_text": "Hallo Welt"}) + "\n" for i in range(3)))
    one_line_error(xner("translate", w / "three.spacy", tmp_path / "o.spacy", "--tgt-lang", "de", "--given", given),
                   "none of 3 sentences done")
    assert not (tmp_path / "o.spacy").exists()


def test_project_of_unaligned_pairs_is_an_error(pairs, tmp_path, xner):
    root, _ = pairs
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "o.spacy"), f"none of {N} sentences done")


def test_ignored_label_that_never_occurs_warns(pairs, tmp_path, xner):
    root, _ = pairs
    res = xner("evaluate", root / "aligned.spacy", root / "aligned.spacy", "--ignore", "FOO,MISC")
    assert res.returncode == 0 and "--ignore FOO" in res.stdout and "--ignore MISC" not in res.stdout


def test_show_with_gold_matching_no_id_warns(pairs, tmp_path, xner):
    root, _ = pairs
    res = xner("show", root / "aligned.spacy", "-o", tmp_path / "v.html", "--gold", root / "aligned.spacy")
    assert res.returncode == 0 and "no sentence has gold" in res.stdout


# 9. out-of-range links name file and line; identical runs write identical bytes
def test_out_of_range_pharaoh_link_names_file_and_line(pairs, tmp_path, xner):
    root, _ = pairs
    pharaoh = tmp_path / "p.txt"
    pharaoh.write_text("0-0\n0-0 999-1\n" + "0-0\n" * (N - 2))
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "o.spacy", "--pharaoh", pharaoh),
                   f"{pharaoh}:2: link 999-1 is out of range")


@pytest.mark.slow
def test_docbin_bytes_do_not_follow_the_hash_seed(pairs, tmp_path):
    root, _ = pairs
    script = ("import sys; from spacy_xner.corpora.docbin import read_docbin, write_docbin; "
              "write_docbin(sys.argv[2], read_docbin(sys.argv[1]))")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", script, root / "aligned.spacy", tmp_path / f"{seed}.spacy"], check=True,
                       env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed})
    assert (tmp_path / "1.spacy").read_bytes() == (tmp_path / "2.spacy").read_bytes()
    assert [get_id(d) for d in read_docbin(tmp_path / "1.spacy")] == [get_id(d) for d in read_docbin(root / "aligned.spacy")]
