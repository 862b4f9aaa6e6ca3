"""Sharded runs on a local Ray instance (2 CPUs): the same output as one process, crashes survived."""
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import ray
from ray import cloudpickle

from spacy_xner.pipeline.align import AlignStage
from spacy_xner.cli._ray import bare_ray_flag, for_workers
from spacy_xner.corpora import docbin
from spacy_xner.corpora.docbin import DocWriter, corpus_files, iter_docs, read_docbin, write_docbin
from spacy_xner.corpora.pairing import pair_docs
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import get_alignment
from spacy_xner.errors import XnerError
from spacy_xner.pipeline.presets import projector_config
from spacy_xner.pipeline.project import ProjectStage
from spacy_xner.pipeline import on_ray
from spacy_xner.pipeline.on_ray import RayOptions, run_on_ray
from spacy_xner.pipeline.runner import once, run_stage, work_path

# the fault-injecting stages below live in this module, which Ray workers can't import by name
cloudpickle.register_pickle_by_value(sys.modules[__name__])

N_PAIRS = 40


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def europarl_pairs(data_dir, tmp_path_factory):
    """The first Europarl-NER en-de test sentences paired with their gold German translations."""
    folder = data_dir / "europarl-ner"
    en = read_corpus(folder / "en-europarl.test.conll02", "en")[:N_PAIRS]
    de = read_corpus(folder / "de-europarl.test.conll02", "de")[:N_PAIRS]
    path = tmp_path_factory.mktemp("pairs") / "pairs.spacy"
    write_docbin(path, pair_docs(en, de))
    return path


@pytest.fixture(scope="module")
def aligned_pairs(europarl_pairs, tmp_path_factory):
    """The pairs aligned by eflomal in one process (the input of the projection tests)."""
    path = tmp_path_factory.mktemp("aligned") / "aligned.spacy"
    run_stage(AlignStage(), lambda: iter_docs(europarl_pairs), path)
    return path


def sharded(stage, docs, directory, options):
    """``run_on_ray`` on a list of Docs; the output Docs of its shard files, in order, and the summary."""
    files, summary = run_on_ray(stage, lambda: iter(docs), directory, options)
    return [doc for path, _ in files for doc in iter_docs(path)], summary


def both_ways(xner, args, tmp_path, *ray_args):
    """Run ``xner ARGS`` in one process and with ``--ray``; return both outputs' bytes and summaries."""
    outputs = []
    for name, extra in (("single", ()), ("ray", ("--ray", *ray_args))):
        out = tmp_path / f"{name}.spacy"
        result = xner(*args, out, *extra)
        assert result.returncode == 0, result.stderr
        summary = json.loads(out.with_suffix(".summary.json").read_text())
        outputs.append((out.read_bytes(), summary))
        assert not work_path(out).exists()  # merged and cleaned up
    return outputs


def without_shard_counts(summary):
    counts = {k: v for k, v in summary["counts"].items() if not k.startswith("shards")}
    return {**summary, "counts": counts}


def test_project_on_ray_equals_single_process(xner, aligned_pairs, tmp_path):
    (single, s_sum), (sharded, r_sum) = both_ways(
        xner, ["project", aligned_pairs], tmp_path, "--shard-size", "7", "--ray-workers", "2")
    assert single == sharded
    assert r_sum["counts"]["shards"] == 6 and r_sum["counts"]["shards reused from an earlier run"] == 0
    assert without_shard_counts(r_sum) == s_sum
    assert s_sum["sentences_in"] == N_PAIRS


def test_align_neural_on_ray_equals_single_process(xner, europarl_pairs, tiny_bert_dir, tmp_path):
    args = ["align", europarl_pairs, "--aligner", "simalign", "--model", tiny_bert_dir, "--layer", "2",
            "--batch-size", "4"]
    (single, s_sum), (sharded, r_sum) = both_ways(xner, args, tmp_path, "--shard-size", "16")
    # the same links; their similarity scores may differ in the 6th decimal (float32 sums over other batch
    # shapes and torch thread counts: Ray gives each worker one thread)
    links = [[get_alignment(d) for d in read_docbin(tmp_path / f"{name}.spacy")] for name in ("single", "ray")]
    assert [[(l.src, l.tgt) for l in a] for a in links[0]] == [[(l.src, l.tgt) for l in a] for a in links[1]]
    scores = [[l.score for a in run for l in a] for run in links]
    assert scores[0] == pytest.approx(scores[1], abs=1e-5)
    assert without_shard_counts(r_sum) == s_sum and s_sum["done"] == N_PAIRS


def test_translate_on_ray_equals_single_process(xner, europarl_pairs, tiny_nllb_dir, tmp_path):
    source = tmp_path / "en.spacy"
    docs = read_docbin(europarl_pairs)[:12]
    for doc in docs:
        doc._.xner_translation = None
    write_docbin(source, docs)
    args = ["translate", source, "--tgt-lang", "de", "--model", tiny_nllb_dir, "--beam-size", "1",
            "--max-length", "8", "--batch-size", "4"]
    (single, s_sum), (sharded, r_sum) = both_ways(xner, args, tmp_path, "--shard-size", "5")
    assert single == sharded
    assert r_sum["done"] == s_sum["done"] == 12 and r_sum["counts"]["shards"] == 3


def test_eflomal_shards_share_priors_learned_once(europarl_pairs, tmp_path):
    docs = read_docbin(europarl_pairs)
    out, summary = sharded(AlignStage(), docs, tmp_path / "shards", RayOptions(shard_size=15))
    assert len(list((tmp_path / "shards").glob("align-priors-*"))) == 1  # the shard is the chunk: 40 pairs need priors
    assert len(out) == N_PAIRS and summary.done == N_PAIRS and summary.counts["links"] > 5 * N_PAIRS


def test_the_driver_streams_shard_files_and_the_output_is_the_workers_files(aligned_pairs, tmp_path, monkeypatch):
    """The input read once as a stream, never as a list; a directory output is the workers' files, moved."""
    expected, _ = ProjectStage().load()(read_docbin(aligned_pairs), 0)
    for module in (docbin, on_ray):  # here, in the driver; the workers read their shards with their own
        monkeypatch.setattr(module, "read_docbin", lambda path: pytest.fail(f"the driver read all of {path}"))
    files, summary = run_on_ray(ProjectStage(), once(iter_docs(aligned_pairs)), tmp_path / "shards",
                                RayOptions(shard_size=15))
    inodes = [path.stat().st_ino for path, _ in files]
    out = tmp_path / "projected"
    with DocWriter(out) as writer:
        for path, n_docs in files:
            writer.add_file(path, n_docs)
    assert [p.stat().st_ino for p in corpus_files(out)] == inodes and writer.count == summary.done
    assert [d.to_json() for d in iter_docs(out)] == [d.to_json() for d in expected]


@dataclass(frozen=True)
class CrashingStage:
    """A real project stage whose worker process dies (``os._exit``) the first time it sees one shard."""

    inner: ProjectStage
    crash_at: int  # position of the shard's first Doc
    marker: str  # created on the first crash, so the retry succeeds
    hard: bool = True  # False: raise an ordinary exception, every time (a failing shard)

    name = "project"

    def settings(self):
        return self.inner.settings()

    def in_shards(self, shard_size):
        return self

    def prepare(self, docs, artifact):
        return self

    def load(self):
        run = self.inner.load()

        def worker(docs, start):
            if start == self.crash_at:
                if not self.hard:
                    raise RuntimeError("worker failure")
                if not Path(self.marker).exists():
                    Path(self.marker).touch()
                    os._exit(1)
            return run(docs, start)

        return worker


def test_a_killed_worker_is_restarted_and_its_shard_retried(aligned_pairs, tmp_path):
    docs = read_docbin(aligned_pairs)
    expected, _ = ProjectStage().load()(docs, 0)
    marker = tmp_path / "crashed-once"
    stage = CrashingStage(ProjectStage(), crash_at=10, marker=str(marker))
    out, summary = sharded(stage, docs, tmp_path / "shards", RayOptions(shard_size=10))
    assert marker.exists()  # the worker did die
    assert [d.to_json() for d in out] == [d.to_json() for d in expected]
    assert summary.done == N_PAIRS


def test_a_rerun_after_a_crash_computes_only_the_missing_shards(aligned_pairs, tmp_path):
    docs = read_docbin(aligned_pairs)
    shards = tmp_path / "shards"
    failing = CrashingStage(ProjectStage(), crash_at=30, marker="", hard=False)
    with pytest.raises(XnerError, match=r"1 of 4 shards failed \(shard 3: RuntimeError: worker failure\)"):
        sharded(failing, docs, shards, RayOptions(shard_size=10))
    kept = sorted(shards.glob("*.summary.json"))
    assert len(kept) == 3  # the other shards finished, and were kept
    mtimes = {p: p.stat().st_mtime_ns for p in kept}
    out, summary = sharded(ProjectStage(), docs, shards, RayOptions(shard_size=10))
    assert summary.counts["shards reused from an earlier run"] == len(kept)
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items() if p.exists())
    expected, _ = ProjectStage().load()(docs, 0)
    assert [d.to_json() for d in out] == [d.to_json() for d in expected]


def test_changed_settings_do_not_reuse_shards(aligned_pairs, tmp_path):
    docs = read_docbin(aligned_pairs)
    shards = tmp_path / "shards"
    failing = CrashingStage(ProjectStage(), crash_at=30, marker="", hard=False)
    with pytest.raises(XnerError):
        sharded(failing, docs, shards, RayOptions(shard_size=10))
    assert len(list(shards.glob("*.summary.json"))) == 3
    _, summary = sharded(ProjectStage(projector_config("ngram")), docs, shards, RayOptions(shard_size=10))
    assert summary.counts["shards reused from an earlier run"] == 0


def test_a_user_error_on_a_worker_is_one_line(xner, aligned_pairs, tmp_path):
    result = xner("project", aligned_pairs, tmp_path / "o.spacy", "--config", tmp_path / "missing.cfg", "--ray")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("missing.cfg: file not found") and "Traceback" not in result.stderr


def test_bare_ray_flag_means_a_local_instance():
    assert bare_ray_flag(["project", "a", "b", "--ray"]) == ["project", "a", "b", "--ray", "local"]
    assert bare_ray_flag(["--ray", "--shard-size", "5"]) == ["--ray", "local", "--shard-size", "5"]
    assert bare_ray_flag(["--ray", "auto"]) == ["--ray", "auto"]


def test_local_paths_reach_the_workers_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model").mkdir()
    (tmp_path / "en.txt").touch()
    (tmp_path / "de.txt").touch()
    options = RayOptions()
    assert for_workers("model", options) == str(tmp_path / "model")
    assert for_workers("facebook/nllb-200-3.3B", options) == "facebook/nllb-200-3.3B"
    assert for_workers("model", None) == "model"
    assert for_workers(("en.txt:de.txt",), options) == (f"{tmp_path / 'en.txt'}:{tmp_path / 'de.txt'}",)
