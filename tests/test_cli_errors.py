"""The CLI: happy paths, and every bad input → one line naming file, line and reason, exit code 2."""
import gzip
import json
import subprocess
import sys

import pytest



def run(xner, *args):
    """``xner ARGS`` in-process (the conftest fixture) as (exit code, stdout, stderr)."""
    result = xner(*args)
    return result.returncode, result.stdout, result.stderr


def convert(xner, src, dst, *extra):
    return run(xner, "convert", src, dst, "--lang", "en", *extra)


BAD_INPUTS = [
    # name, file name, bytes, extra args, expected message (after "file:"), line
    ("wrong column count", "a.tsv", b"EU B-ORG\nrejects O extra\n", (), "expected 2 columns", 2),
    ("unknown tag", "a.tsv", b"EU B-ORG\nrejects X-FOO\n", (), "unknown tag 'X-FOO'", 2),
    ("I- after O, IOB2 strict", "a.tsv", b"EU O\nrejects I-ORG\n", ("--strict",), "I-ORG after O is invalid in IOB2", 2),
    ("empty token, strict", "a.tsv", b"EU O\n\n O\n", ("--strict",), "empty token", 3),
    ("carriage return inside a line", "a.tsv", b"EU B-ORG\r\nrejects O\rX\n", (), "a carriage return", 2),
    ("not UTF-8", "a.tsv", b"EU B-ORG\nr\xe9jects O\n", (), "not valid UTF-8", 2),
    ("empty file", "a.tsv", b"", (), "empty file", None),
    ("only blank lines and DOCSTART", "a.tsv", b"\n-DOCSTART- O\n\n", (), "empty file", None),
    ("4-column file read as iob", "a.txt", b"EU NNP I-NP I-ORG\n", ("--format", "iob"), "expected 2 columns", 1),
    ("bad JSON line", "a.jsonl", b'{"tokens": ["a"], "tags": ["O"]}\n{"tokens": \n', (), "invalid JSON", 2),
    ("JSONL tags length", "a.jsonl", b'{"tokens": ["a", "b"], "tags": ["O"]}\n', (), "one per token", 1),
    ("bad gzip", "a.tsv.gz", b"not gzip at all", (), "cannot read", 1),
]


@pytest.mark.parametrize("name,filename,data,extra,message,line", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_convert_bad_input(xner, tmp_path, name, filename, data, extra, message, line):
    src = tmp_path / filename
    src.write_bytes(data)
    out = tmp_path / "out.spacy"
    code, stdout, err = convert(xner, src, out, *extra)
    assert code == 2
    where = f"{src}:{line}: " if line is not None else f"{src}: "
    assert err.startswith(f"✘ {where}") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()  # nothing half-written


def test_convert_missing_file_unknown_format_unknown_lang(xner, tmp_path):
    code, _, err = convert(xner, tmp_path / "nope.tsv", tmp_path / "o.spacy")
    assert code == 2 and err == f"✘ {tmp_path / 'nope.tsv'}: file not found\n"
    src = tmp_path / "a.tsv"
    src.write_text("EU B-ORG\n", encoding="utf-8")
    code, _, err = convert(xner, src, tmp_path / "o.spacy", "--format", "conll")
    assert code == 2 and "unknown format 'conll'" in err and err.count("\n") == 1
    code, _, err = run(xner, "convert", src, tmp_path / "o.spacy", "--lang", "qqq")
    assert code == 2 and "unknown language code 'qqq'" in err
    code, _, err = run(xner, "convert", src, tmp_path / "o.spacy", "--lang", "en", "--baseline", "x")
    assert code == 2 and "translations format only" in err
    assert not (tmp_path / "o.spacy").exists()


def test_translations_unknown_baseline(xner, tmp_path):
    src = tmp_path / "t.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": 3, "tgt_tokens": ["a"], "baseline_tags": {"awesome": ["O"]}}) + "\n")
    code, _, err = convert(xner, src, tmp_path / "o.spacy", "--baseline", "tprojection")
    assert code == 2 and f"{src}:1: no baseline 'tprojection'; this line has: awesome" in err


def test_convert_evaluate_pair_happy_path(xner, tmp_path, data_dir):
    europarl = data_dir / "europarl-ner"
    en, de = tmp_path / "en.spacy", tmp_path / "de.spacy"
    assert convert(xner, europarl / "en-europarl.test.conll02", en)[0] == 0
    code, out, _ = run(xner, "convert", europarl / "de-europarl.test.conll02", de, "-l", "de")
    assert code == 0 and "799 sentences, 693 entities" in out
    summary = json.loads((tmp_path / "de.summary.json").read_text())
    assert summary["done"] == 799 and summary["counts"]["entities"] == 693
    metrics_path = tmp_path / "m.json"
    code, out, _ = run(xner, "evaluate", de, de, "--output", metrics_path, "--ignore", "MISC")
    metrics = json.loads(metrics_path.read_text())
    assert code == 0 and metrics["f1"] == 1.0 and "MISC" not in metrics["per_label"]
    assert set(metrics) >= {"precision", "recall", "f1", "per_label", "sentences", "projection_ratio"}
    code, _, _ = run(xner, "pair", en, de, tmp_path / "pairs.spacy")
    assert code == 0 and (tmp_path / "pairs.spacy").exists()
    # evaluating English against German pairs no ids: one-line error
    code, _, err = run(xner, "evaluate", en, de)
    assert code == 2 and "missing from the predictions" in err and err.count("\n") == 1
    code, _, err = run(xner, "pair", en, tmp_path / "m.json", tmp_path / "p2.spacy")
    assert code == 2 and "not a spaCy DocBin" in err
    code, _, err = run(xner, "pair", en, de, tmp_path / "p3.spacy", "--by-id", "--id-map", metrics_path)
    assert code == 2 and "not both" in err


def test_console_entry_point_exit_code_and_no_traceback(tmp_path):
    """The real process: ``python -m spacy_xner`` prints one line on stderr and exits 2."""
    src = tmp_path / "a.tsv"
    src.write_bytes(b"EU B-ORG\nrejects\n")
    proc = subprocess.run([sys.executable, "-m", "spacy_xner", "convert", str(src), str(tmp_path / "o.spacy"), "-l", "en"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == f"✘ {src}:2: expected 2 columns (token ... tag), found 1\n"


@pytest.mark.parametrize("command", ["convert", "evaluate", "pair"])
def test_help(xner, command):
    code, out, _ = run(xner, command, "--help")
    assert code == 0 and "Usage:" in out and f" {command} " in out
