"""Metrics over training seeds: the mean file the report reads, and train-langs with several seeds end to end."""
import gzip
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from spacy_xner.corpora.docbin import read_docbin
from spacy_xner.errors import InputError
from spacy_xner.evaluation.report import collect, render_markdown
from spacy_xner.evaluation.seeds import mean_over_seeds, seed_path

REPO = Path(__file__).resolve().parents[1]


def _write_seed(out: Path, seed: str, f1: float, sentences: int = 10) -> None:
    seed_path(out, seed).write_text(json.dumps({"precision": f1 + 0.05, "recall": f1 - 0.05, "f1": f1,
                                                "sentences": sentences}))


def test_mean_over_seeds_gives_the_mean_and_sample_sd(tmp_path):
    out = tmp_path / "hau.ner.ngram.json"
    for seed, f1 in (("0", 0.40), ("1", 0.50), ("2", 0.45)):
        _write_seed(out, seed, f1)
    merged = mean_over_seeds(out, ["0", "1", "2"])
    assert merged["f1"] == pytest.approx(0.45) and merged["precision"] == pytest.approx(0.50)
    assert merged["f1_seeds"] == [0.40, 0.50, 0.45] and merged["seeds"] == ["0", "1", "2"]
    assert merged["f1_sd"] == pytest.approx(statistics.stdev([0.40, 0.50, 0.45]))
    assert merged["sentences"] == 10
    assert mean_over_seeds(out, ["1"])["f1_sd"] is None  # one seed has no spread


def test_a_missing_or_bad_seed_is_one_error_naming_its_file(tmp_path):
    out = tmp_path / "hau.ner.ngram.json"
    _write_seed(out, "0", 0.4)
    with pytest.raises(InputError, match=r"hau\.ner\.ngram\.seed1\.json.*no metrics for this seed"):
        mean_over_seeds(out, ["0", "1"])
    seed_path(out, "1").write_text(json.dumps({"precision": 0.3, "recall": 0.3, "f1": float("nan")}))
    with pytest.raises(InputError, match="'f1' must be a number between 0 and 1"):
        mean_over_seeds(out, ["0", "1"])


def test_the_report_reads_the_mean_and_ignores_the_seed_files(tmp_path):
    out = tmp_path / "hau.ner.ngram.json"
    for seed, f1 in (("0", 0.40), ("1", 0.50)):
        _write_seed(out, seed, f1)
    script = [sys.executable, str(REPO / "scripts" / "seed_mean.py"), str(tmp_path), "--langs", "hau",
              "--methods", "ngram", "--seeds", "0,1"]
    result = subprocess.run(script, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    runs, ignored = collect([tmp_path])
    assert [(r.lang, r.method, round(r.f1, 6)) for r in runs] == [("hau", "ngram", 0.45)]
    assert sorted(p.name for p in ignored) == ["hau.ner.ngram.seed0.json", "hau.ner.ngram.seed1.json"]
    assert "| hau | 45.0 ± 7.1 |" in render_markdown(runs)  # sd of 40 and 50
    missing = subprocess.run(script[:-1] + ["0,1,2"], capture_output=True, text=True)
    assert missing.returncode == 2 and "seed2.json: no metrics for this seed" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.slow
def test_train_langs_trains_every_seed_and_reports_their_mean(data_dir, tmp_path):
    """train-langs on 40 CoNLL-2003 sentences, their NLLB-200 Hausa translations and 12 MasakhaNER sentences:
    two seeds × (ours, T-Projection) → per-seed test and dev metrics and the mean the report shows."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("project.yml", "configs", "scripts"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, project / name)
    tiny = project / "tiny"
    blocks = (data_dir / "conll2003" / "iob2" / "en.conll.train.tsv").read_text(encoding="utf-8").split("\n\n")
    (tiny / "conll2003" / "iob2").mkdir(parents=True)
    (tiny / "conll2003" / "iob2" / "en.conll.train.tsv").write_text("\n\n".join(blocks[:41]) + "\n", encoding="utf-8")
    (tiny / "translations" / "conll2003-train").mkdir(parents=True)
    with gzip.open(data_dir / "translations" / "conll2003-train" / "hau.nllb200.jsonl.gz", "rt", encoding="utf-8") as f:
        lines = [line for line, _ in zip(f, range(40))]
    with gzip.open(tiny / "translations" / "conll2003-train" / "hau.nllb200.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(lines)
    (tiny / "masakhaner2" / "hau").mkdir(parents=True)
    for split in ("test", "dev", "train"):  # train: raw text for self-training (its labels are dropped)
        blocks = (data_dir / "masakhaner2" / "hau" / f"{split}.txt").read_text(encoding="utf-8").split("\n\n")
        (tiny / "masakhaner2" / "hau" / f"{split}.txt").write_text("\n\n".join(blocks[:12]) + "\n", encoding="utf-8")
    overrides = ["--vars.data_dir", "tiny", "--vars.tt_languages", "hau", "--vars.methods", "ngram",
                 "--vars.tt_seeds", "0,1", "--vars.tt_max_steps", "3", "--vars.tt_train_end", "30",
                 "--vars.raw_text", "masakhaner2/{lang}/train.txt", "--vars.raw_text_format", "masakhaner"]
    result = subprocess.run([sys.executable, "-m", "spacy", "project", "run", "train-langs", str(project), *overrides],
                            capture_output=True, text=True, timeout=900, cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for folder in ("metrics/tt", "metrics/tt-dev", "metrics/tt-self", "metrics/tt-self-dev"):
        for method in ("ngram", "tprojection"):
            merged = json.loads((project / folder / f"hau.ner.{method}.json").read_text())
            seeds = [json.loads((project / folder / f"hau.ner.{method}.seed{s}.json").read_text())["f1"] for s in "01"]
            assert merged["seeds"] == ["0", "1"] and merged["f1_seeds"] == seeds
            assert merged["f1"] == pytest.approx(statistics.fmean(seeds))
    assert (project / "training" / "tt" / "hau.ngram.seed1" / "model-best").is_dir()
    assert not read_docbin(project / "corpus" / "tt" / "raw" / "hau.spacy")[0].ents  # words only
    stats = json.loads((project / "corpus" / "tt" / "self" / "hau.ngram.seed1.summary.json").read_text())
    assert stats["sentences_in"] == 12 and stats["done"] + sum(stats["skipped"].values()) == 12
    assert stats["counts"]["added"] == 30  # the round-1 training sentences come first
    assert (project / "training" / "tt-self" / "hau.tprojection.seed0" / "model-best").is_dir()
    assert "| hau |" in (project / "reports" / "translate-train.md").read_text()
    assert "| hau |" in (project / "reports" / "translate-train-dev.md").read_text()
    assert "| hau |" in (project / "reports" / "translate-train-self.md").read_text()
