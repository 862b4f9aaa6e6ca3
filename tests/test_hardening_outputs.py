"""Issue 28, items 2, 11 and 12: no output destroys, swallows or is read as an input, and every output is
checked before any work for what it is (a file, a corpus directory, a work folder, a cache).

One test per class: paths that overlap an input; outputs of the wrong kind; work folders that are not ours;
directories replaced at the end of a run; cache errors that name the user's path.
"""
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fixtures_pairs import one_line_error

from spacy_xner.cache import BatchCache
from spacy_xner.corpora.docbin import DocWriter, read_docbin, write_docbin
from spacy_xner.errors import InputError
from spacy_xner.io import OWNED_MARK, check_outputs, replace_directory, write_atomic
from spacy_xner.pipeline.runner import work_dir, work_path

REPO = Path(__file__).resolve().parents[1]


def snapshot(root: Path) -> dict:
    """Every file and symlink under ``root`` with its content (or its target)."""
    return {p: os.readlink(p) if p.is_symlink() else p.read_bytes() for p in root.rglob("*")
            if p.is_symlink() or p.is_file()}


@pytest.fixture
def tree(pairs, tmp_path):
    """``in/d``: a directory corpus of 4 shards; ``in/corpus.shards``: a corpus named like a work folder;
    ``in/en.txt`` and ``in/de.txt``: a bitext; ``aligned.spacy`` and ``pairs.spacy``: the Europarl pairs."""
    root, _ = pairs
    docs = read_docbin(root / "aligned.spacy")
    write_docbin(tmp_path / "in" / "d", docs, shard_size=10)
    write_docbin(tmp_path / "in" / "corpus.shards", docs)
    (tmp_path / "in" / "en.txt").write_text("a house\n", encoding="utf-8")
    (tmp_path / "in" / "de.txt").write_text("ein Haus\n", encoding="utf-8")
    return {"a": root / "aligned.spacy", "p": root / "pairs.spacy", "in": tmp_path / "in", "t": tmp_path}


# item 2: an output that contains, equals or lies inside an input (or its work folder does) is refused up front
@pytest.mark.parametrize("args, message", [
    (("project", "{in}/d/000000.spacy", "{in}/d"), "{in}/d: contains the input {in}/d/000000.spacy"),
    (("project", "{in}/d", "{in}/d/proj"), "{in}/d/proj: lies inside the input {in}/d"),
    (("project", "{in}/d", "{in}/d/proj.spacy"), "lies inside the input {in}/d"),
    (("project", "{in}/corpus.shards", "{in}/corpus"), "{in}/corpus.shards: is this run's work folder"),
    (("align", "{p}", "{t}/a.spacy", "--bitext", "{in}/en.txt:{in}/de.txt", "--pharaoh", "{in}/en.txt"),
     "{in}/en.txt: is also the input {in}/en.txt"),
    (("translate", "{in}/d", "{t}/t.spacy", "--tgt-lang", "de", "--cache-dir", "{in}/d/cache"),
     "{in}/d/cache: lies inside the input {in}/d"),
    (("evaluate", "{in}/d", "{a}", "--output", "{in}/d/metrics.json"), "lies inside the input {in}/d"),
    (("pair", "{p}", "{p}", "{t}/pp.spacy", "--id-map", "{t}/pp.summary.json"), "is also the input"),
])
def test_an_output_overlapping_an_input_is_refused_before_any_work(tree, xner, args, message):
    before = snapshot(tree["t"])
    one_line_error(xner(*[a.format(**tree) for a in args]), message.format(**tree))
    assert snapshot(tree["t"]) == before


def test_a_rerun_never_reads_its_own_output(tree, xner):
    """The first run of `project in/d in/d/proj` is refused, so no run can read its output as input."""
    one_line_error(xner("project", tree["in"] / "d", tree["in"] / "d" / "proj"), "lies inside the input")
    assert sorted(p.name for p in (tree["in"] / "d").iterdir()) == [f"{i:06d}.spacy" for i in range(4)]


# items 11 and 12: an existing path is replaced only by an output of its own kind
@pytest.mark.parametrize("make, kind, message", [
    (lambda p: p.mkdir(), "outputs", "is a directory, not a file to replace"),
    (lambda p: p.write_text("mine"), "corpus", "is a file, and an output named without .spacy is a directory"),
    (lambda p: p.mkdir(), "corpus", "is a directory without .spacy shards"),
    (lambda p: (p.mkdir(), (p / "000000.spacy").write_bytes(b""), (p / "notes.txt").write_text("mine")), "corpus",
     "is a directory with files other than .spacy shards (notes.txt)"),
    (lambda p: (p.with_name("target").mkdir(), p.symlink_to(p.with_name("target"))), "corpus", "is a symlink"),
    (lambda p: (p.with_name("target").write_text("x"), p.symlink_to(p.with_name("target"))), "outputs", "is a symlink"),
    (lambda p: os.mkfifo(p), "outputs", "is not a regular file (a pipe or a device)"),
    (lambda p: None, "cache-in-output", "lies inside the output"),
    (lambda p: p.write_text("mine"), "cache", "is a file, not a cache directory"),
])
def test_an_output_of_the_wrong_kind_is_refused(tmp_path, make, kind, message):
    path = tmp_path / "out"
    make(path)
    before = snapshot(tmp_path)
    arguments = {"outputs": {"outputs": [path]}, "corpus": {"outputs": [], "corpus": path},
                 "cache": {"outputs": [], "cache": path},
                 "cache-in-output": {"outputs": [], "corpus": path, "cache": path / "cache"}}[kind]
    with pytest.raises(InputError, match="^" + re.escape(str(path))) as error:
        check_outputs([], **arguments)
    assert message in str(error.value)
    assert snapshot(tmp_path) == before


def test_file_outputs_are_checked_before_any_work(tree, xner):
    """`align --pharaoh DIR` used to write the corpus and its summary, then fail; `--cache-dir FILE` failed
    naming an entry inside it."""
    t = tree["t"]
    (t / "emptydir").mkdir()
    (t / "afile").write_text("mine")
    one_line_error(xner("align", tree["p"], t / "a.spacy", "--pharaoh", t / "emptydir"), f"{t}/emptydir: is a directory")
    one_line_error(xner("project", tree["a"], t / "b.spacy", "--summary", t / "emptydir"), f"{t}/emptydir: is a directory")
    one_line_error(xner("align", tree["p"], t / "a.spacy", "--cache-dir", t / "afile"), f"✘ {t}/afile: is a file")
    assert not list(t.glob("[ab].*"))


# item 2: OUTPUT.shards is deleted after success, so only a folder spacy-xner made and marked may be there
def test_a_work_folder_is_ours_or_refused(tree, xner):
    t = tree["t"]
    out = t / "out.spacy"
    (t / "out.spacy.shards").mkdir()
    (t / "out.spacy.shards" / "notes.txt").write_text("mine")
    one_line_error(xner("project", tree["a"], out), "out.spacy.shards: exists and is not a folder spacy-xner made")
    assert (t / "out.spacy.shards" / "notes.txt").read_text() == "mine" and not out.exists()
    os.remove(t / "out.spacy.shards" / "notes.txt")
    with pytest.raises(InputError, match="not a folder spacy-xner made"):
        work_dir(out)  # empty, but not marked: still the user's
    (t / "out.spacy.shards").rmdir()
    claimed = work_dir(out)  # as a crashed run leaves it
    assert claimed == work_path(out) and (claimed / OWNED_MARK).is_file() and work_dir(out) == claimed
    assert xner("project", tree["a"], out).returncode == 0
    assert out.is_file() and not work_path(out).exists()  # ours: reused, then deleted after success


def test_a_work_folder_a_failed_run_left_empty_is_removed_at_exit(tmp_path):
    """A run that fails before it keeps anything (a corrupt input) leaves no OUTPUT.shards behind."""
    script = ("import sys; from spacy_xner.pipeline.runner import work_dir; "
              "kept = work_dir(sys.argv[1]); sys.argv[2:] and (kept / 'align-priors-0123').write_text('learned'); "
              "sys.exit(2)")
    for out, keep in (("failed.spacy", []), ("kept.spacy", ["keep"])):
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        assert subprocess.run([sys.executable, "-c", script, tmp_path / out, *keep], env=env).returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.spacy.shards"]  # what a rerun reuses is kept


# item 12: a directory output replaces a corpus of shards, and leaves nothing hidden behind
def test_replacing_a_directory_leaves_no_hidden_folder(tree, tmp_path):
    docs = read_docbin(tree["a"])[:3]
    target = tmp_path / "elsewhere"
    write_docbin(target, docs)
    link = tmp_path / "out"
    link.symlink_to(target)
    write_docbin(link, docs[:1])  # a library caller (the CLI refuses a symlink up front)
    assert link.is_dir() and not link.is_symlink() and len(read_docbin(link)) == 1
    assert len(read_docbin(target)) == 3  # what the link pointed to is left as it was
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_corpus_changed_during_the_run_is_not_deleted(tree, tmp_path):
    out = tmp_path / "out"
    write_docbin(out, read_docbin(tree["a"])[:2])
    with pytest.raises(InputError, match="files other than .spacy shards"):
        with DocWriter(out) as writer:
            writer.add(read_docbin(tree["a"])[0])
            (out / "notes.txt").write_text("written while the run ran")
    assert (out / "notes.txt").exists() and len(read_docbin(out)) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    (tmp_path / "afile").write_text("mine")
    with pytest.raises(InputError, match="afile: is a file"):
        with DocWriter(tmp_path / "afile"):  # refused when the writer opens, before any work
            pass
    assert (tmp_path / "afile").read_text() == "mine"


def test_what_a_killed_replacement_leaves_is_swept(tmp_path):
    dead = _dead_pid()
    new = tmp_path / f".out.{dead}.x1y2.tmp"
    new.mkdir()
    (tmp_path / f".out.{dead}.x1y2.tmp.old").mkdir()  # killed between the two renames of replace_directory
    (tmp_path / f".out.{dead}.x1y2.tmp.old" / "000000.spacy").write_bytes(b"")
    replace_directory(new, tmp_path / "out")
    write_atomic(tmp_path / "other.txt", "a later write sweeps the directory")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt", "out"]


# item 11: the cache is checked up front, and a cache write that fails later names the cache directory
def test_cache_errors_name_the_users_path(tmp_path):
    cache = BatchCache(tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    key = "ab" + "0" * 62
    (tmp_path / "cache" / "ab").write_text("a file where an entry's folder goes")
    with pytest.raises(InputError) as error:
        cache.get_or_compute(key, lambda: [1], lambda value: True)
    assert error.value.path == tmp_path / "cache" and "cache cannot be written" in str(error.value)
    with pytest.raises(InputError, match=re.escape(f"{tmp_path}/in/d: lies inside the input {tmp_path}/in")):
        check_outputs([tmp_path / "in"], [], cache=tmp_path / "in" / "d")


# item 12: a named pipe is an input like a file: the output check lets it through
def test_a_pipe_is_an_input_the_output_check_accepts(tree, tmp_path):
    fifo = tmp_path / "links.fifo"
    os.mkfifo(fifo)
    check_outputs([tree["a"], fifo], [tmp_path / "o.summary.json"], corpus=tmp_path / "o.spacy")


def test_pharaoh_links_can_come_from_a_pipe(tree, tmp_path, xner):
    fifo = tmp_path / "links.fifo"
    os.mkfifo(fifo)
    lines = "0-0\n" * len(read_docbin(tree["a"]))
    writer = threading.Thread(target=lambda: fifo.write_text(lines), daemon=True)
    writer.start()
    result = xner("project", tree["a"], tmp_path / "o.spacy", "--pharaoh", fifo)
    if writer.is_alive():  # the pipe was never read: drain it, so the writer ends
        fifo.read_bytes()
    assert result.returncode == 0, result.stderr


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid
