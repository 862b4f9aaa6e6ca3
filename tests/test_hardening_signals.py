"""Issue 28, items 1, 4 and 9: interrupts and their exit statuses, summaries that match the disk,
layers derived from a layer that a stage replaces."""
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typing import Callable

import pytest
import spacy
import typer

from fixtures_pairs import one_line_error
from spacy_xner import cli
from spacy_xner.accounting import StageSummary
from spacy_xner.alignment import eflomal as xner_eflomal
from spacy_xner.alignment.registry import eflomal_aligner
from spacy_xner.alignment.doc_pairs import align_docs
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import (ALIGNMENT_DATA_KEY, BACKTRANSLATION_KEY, PROJECTION_KEY, get_alignment, get_id,
                             set_alignment)
from spacy_xner.errors import InputError
from spacy_xner.ty import Link

REPO = Path(__file__).resolve().parents[1]


# --- 1. Ctrl-C and SIGTERM: cleanup, then one line and 130 / 143, wherever they land ---------------

def _app_that(action, cleaned: list) -> typer.Typer:
    app = typer.Typer(add_completion=False)

    @app.command()
    def work() -> None:
        try:
            action()
        finally:
            cleaned.append(True)

    return app


def _exit_code(run, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        run()
    return exit_.value.code, capsys.readouterr().err


def _keyboard_interrupt():
    raise KeyboardInterrupt


def _sigterm():
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)  # the handler raises before this ends


@pytest.mark.parametrize("action, code, line", [(_keyboard_interrupt, 130, "✘ interrupted\n"),
                                                (_sigterm, 143, "✘ terminated\n")])
def test_an_interrupted_command_exits_with_its_status_after_cleanup(action, code, line, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["script"])
    previous = signal.getsignal(signal.SIGTERM)
    cleaned: list = []
    try:
        assert _exit_code(lambda: cli.run(_app_that(action, cleaned)), capsys) == (code, line)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert cleaned == [True]


def test_an_interrupt_while_the_commands_load_is_one_line(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["xner", "convert"])
    monkeypatch.setattr(cli, "_xner_app", _keyboard_interrupt)
    assert _exit_code(cli.main, capsys) == (130, "✘ interrupted\n")


def test_an_interrupt_inside_an_exec_still_exits_130_under_python_m(tmp_path):
    """A Ctrl-C that lands in an ``exec`` of a string (as while dataclasses are built at import) must not
    turn ``python -m`` into a death by SIGINT after the one line: the status stays 130."""
    (tmp_path / "interrupted_in_exec.py").write_text(
        "import typer\nfrom spacy_xner import cli\napp = typer.Typer()\n\n"
        "@app.command()\ndef work() -> None:\n    exec('raise KeyboardInterrupt')\n\ncli.run(app)\n",
        encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "interrupted_in_exec"], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert (res.returncode, res.stderr) == (130, "✘ interrupted\n")


def test_importing_the_cli_loads_nothing_heavy():
    """What ``xner`` imports before its guard is in place: a Ctrl-C there would be a traceback."""
    code = "import sys, spacy_xner.cli; print(sorted(m for m in ('spacy', 'typer', 'torch') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert out.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def big_conll(data_dir, tmp_path_factory) -> Path:
    """Europarl's English test set 100 times over: a convert of 8 shards, which runs for seconds after its first."""
    text = (data_dir / "europarl-ner" / "en-europarl.test.conll02").read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path = tmp_path_factory.mktemp("interrupt") / "big.conll"
    path.write_text(text * 100, encoding="utf-8")
    return path


def _foreground() -> None:
    """In the child: SIGINT as in a terminal's foreground job (pytest started with `&` ignores it, and
    its children would inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupted(command: list, working: Callable[[], bool], **popen) -> subprocess.CompletedProcess:
    """``command`` sent SIGINT as soon as ``working()`` is true (by the clock, a fast run could end first)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(REPO)}, preexec_fn=_foreground, **popen)
    deadline = time.monotonic() + 120
    while not working() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if popen.get("start_new_session"):
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole foreground group
    else:
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _after(seconds: float) -> Callable[[], bool]:
    start = time.monotonic()
    return lambda: time.monotonic() - start >= seconds


def _first_shard_written(folder: Path) -> Callable[[], bool]:
    """A directory output's first shard is in its hidden folder: the run is converting."""
    return lambda: any(folder.glob(".*.tmp/*.spacy"))


@pytest.mark.parametrize("moment", ["loading", "converting"])
def test_ctrl_c_of_a_real_run_writes_nothing(big_conll, tmp_path, moment):
    out = tmp_path / "out"
    working = _after(1.0) if moment == "loading" else _first_shard_written(tmp_path)
    res = _interrupted([sys.executable, "-m", "spacy_xner", "convert", big_conll, out, "--lang", "en"], working)
    assert (res.returncode, res.stderr) == (130, "✘ interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_script_stops_at_an_interrupted_step(big_conll, tmp_path):
    marker = tmp_path / "next-step-ran"
    script = f"{sys.executable} -m spacy_xner convert {big_conll} {tmp_path / 'o'} --lang en && touch {marker}"
    res = _interrupted(["bash", "-c", script], _first_shard_written(tmp_path), start_new_session=True)
    assert res.returncode != 0 and res.stderr.endswith("✘ interrupted\n")
    assert not marker.exists() and not (tmp_path / "o").exists()


# --- 4. A summary describes the output on disk -----------------------------------------------------

def _disk_full(path, data):
    raise InputError(path, f"cannot be written ({os.strerror(errno.ENOSPC)})")


def _state(*paths: Path) -> list:
    return [p.read_bytes() if p.exists() else None for p in paths]


def test_a_failed_rerun_leaves_the_output_and_summary_it_did_not_replace(pairs, tmp_path, xner, monkeypatch):
    root, _ = pairs
    out, summary = tmp_path / "p.spacy", tmp_path / "p.summary.json"
    docs = read_docbin(root / "pairs.spacy")
    write_docbin(tmp_path / "en.spacy", [d for d in docs])
    write_docbin(tmp_path / "de.spacy", [d._.xner_translation for d in docs])
    write_docbin(tmp_path / "en5.spacy", docs[:5])
    write_docbin(tmp_path / "de5.spacy", [d._.xner_translation for d in docs[:5]])
    assert xner("pair", tmp_path / "en5.spacy", tmp_path / "de5.spacy", out).returncode == 0
    assert xner("project", root / "aligned.spacy", tmp_path / "j.spacy").returncode == 0
    before = _state(out, summary, tmp_path / "j.spacy", tmp_path / "j.summary.json")
    # nothing done (no shared ids; no links): the old output and summary stay
    one_line_error(xner("pair", tmp_path / "en.spacy", tmp_path / "de.spacy", out, "--by-id"), "none of 40")
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "j.spacy"), "none of 40 sentences done")
    # disk full while the output is written: no "done", and the old summary stays
    monkeypatch.setattr("spacy_xner.corpora.docbin.write_atomic", _disk_full)
    for res in (xner("pair", tmp_path / "en.spacy", tmp_path / "de.spacy", out),
                xner("project", root / "aligned.spacy", tmp_path / "j.spacy")):
        one_line_error(res, "No space left on device")
        assert "✔" not in res.stdout
    assert _state(out, summary, tmp_path / "j.spacy", tmp_path / "j.summary.json") == before


def test_a_summary_that_cannot_be_written_does_not_stay_behind(tmp_path, monkeypatch):
    """Its output was just replaced: the old summary would describe the old one."""
    path = tmp_path / "o.summary.json"
    path.write_text("{}")
    monkeypatch.setattr(StageSummary, "write", lambda self, p: _disk_full(p, b""))
    with pytest.raises(InputError):
        StageSummary("x").written(path)
    assert not path.exists()


def test_eflomal_output_short_of_lines_is_one_line_about_tmpdir(pairs, tmp_path, xner, monkeypatch):
    """eflomal exits 0 when its link files hit a full disk: they come back short."""
    def short_run(args):
        run_child(args)
        forward = Path(args[args.index("-f") + 1])
        forward.write_text("".join(forward.read_text().splitlines(keepends=True)[:3]))

    run_child = xner_eflomal.run_child
    monkeypatch.setattr(xner_eflomal, "run_child", short_run)
    res = xner("align", pairs[0] / "pairs.spacy", tmp_path / "a.spacy", "--runs", "1")
    one_line_error(res, "eflomal wrote 3 link lines for 40 sentence pairs", "TMPDIR")
    assert not (tmp_path / "a.spacy").exists() and not (tmp_path / "a.summary.json").exists()


def test_eflomal_input_files_on_a_full_disk_are_one_line(monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("eflomal.Aligner.prepare_files", full)
    with pytest.raises(xner_eflomal.XnerError, match="No space left on device.*TMPDIR"):
        eflomal_aligner()([(["a", "b"], ["a", "b"])])


# --- 9. A stage that replaces a layer drops what was derived from it -------------------------------

def test_translating_an_aligned_corpus_drops_its_links(pairs, tmp_path, xner):
    root, _ = pairs
    given = tmp_path / "given.jsonl"
    aligned = read_docbin(root / "aligned.spacy")
    given.write_text("".join(json.dumps({"id": get_id(d), "tgt_text": "Ganz andere Wörter hier"}) + "\n"
                             for d in aligned))
    out = tmp_path / "t.spacy"
    assert xner("translate", root / "aligned.spacy", out, "--tgt-lang", "de", "--given", given).returncode == 0
    assert all(get_alignment(d) is None for d in read_docbin(out))
    one_line_error(xner("project", out, tmp_path / "p.spacy"), "none of 40 sentences done")


def _stale(docs):
    for doc in docs:
        set_alignment(doc, [Link(0, 0)])
        doc.user_data[BACKTRANSLATION_KEY] = {"reason": "old"}
        doc.user_data[PROJECTION_KEY] = {"skipped": "old"}
    return docs


def test_the_translator_component_drops_the_old_translations_layers(pairs, tmp_path):
    docs = _stale(read_docbin(pairs[0] / "pairs.spacy")[:3])
    given = tmp_path / "given.jsonl"
    given.write_text("".join(json.dumps({"id": get_id(d), "tgt_text": "Neu"}) + "\n" for d in docs))
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_translator", config={"tgt_lang": "de", "translator": {
        "@xner_translators": "spacy_xner.GivenTranslations.v1", "path": str(given)}})
    for doc in nlp.pipe(docs):
        assert doc._.xner_translation.text == "Neu"
        assert not {ALIGNMENT_DATA_KEY, BACKTRANSLATION_KEY, PROJECTION_KEY} & set(doc.user_data)


def test_new_links_drop_what_was_derived_from_the_old_ones(pairs):
    docs = _stale(read_docbin(pairs[0] / "pairs.spacy")[:3])
    out = list(align_docs(docs, lambda batch: [[Link(1, 1)] for _ in batch]))
    for doc in out:
        assert get_alignment(doc) == [Link(1, 1)]
        assert BACKTRANSLATION_KEY not in doc.user_data and PROJECTION_KEY not in doc.user_data
