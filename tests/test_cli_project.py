"""``xner project`` end to end on real Europarl pairs: output, ids, summary, Pharaoh input, user errors."""
import json

import pytest
from fixtures_pairs import N, one_line_error

from spacy_xner.corpora.docbin import read_docbin
from spacy_xner.docs import get_id, get_projection_record


@pytest.mark.parametrize("options", [["--method", "heuristic"], ["--method", "ngram", "--solver", "ilp"]])
def test_project_with_pharaoh_file(pairs, options, tmp_path, xner):
    root, n_ents = pairs
    out, summary = tmp_path / "out.spacy", tmp_path / "summary.json"
    res = xner("project", root / "pairs.spacy", out, "--pharaoh", root / "pairs.pharaoh", "--summary", summary, *options)
    assert res.returncode == 0, res.stderr
    stats = json.loads(summary.read_text())
    targets = read_docbin(out)
    assert stats["sentences_in"] == N and stats["done"] + sum(stats["skipped"].values()) == N
    assert len(targets) == stats["done"]
    assert stats["counts"]["entities_in"] == n_ents
    dropped = sum(v for k, v in stats["counts"].items() if k.startswith("dropped: "))
    assert stats["counts"]["entities_projected"] + dropped + stats["counts"].get("entities_in_skipped_sentences", 0) == n_ents
    assert stats["counts"]["entities_out"] >= stats["counts"]["entities_projected"] > 0
    assert all(get_id(t).startswith("de-europarl:") for t in targets)
    assert all(t.lang_ == "de" for t in targets)
    assert sum(len(t.ents) for t in targets) == stats["counts"]["entities_out"]
    assert all(get_projection_record(t) is not None for t in targets)


def test_alignments_from_the_docs_and_default_summary_path(pairs, tmp_path, xner):
    root, _ = pairs
    out = tmp_path / "out.spacy"
    res = xner("project", root / "aligned.spacy", out)
    assert res.returncode == 0, res.stderr
    assert json.loads((tmp_path / "out.summary.json").read_text())["done"] == N


def test_drop_incomplete_is_a_counted_skip(pairs, tmp_path, xner):
    root, _ = pairs
    res = xner("project", root / "aligned.spacy", tmp_path / "all.spacy", "--summary", tmp_path / "all.json")
    assert res.returncode == 0, res.stderr
    res = xner("project", root / "aligned.spacy", tmp_path / "out.spacy", "--summary", tmp_path / "s.json", "--drop-incomplete")
    assert res.returncode == 0, res.stderr
    every, complete = (json.loads((tmp_path / f).read_text()) for f in ("all.json", "s.json"))
    dropped = sum(v for k, v in every["counts"].items() if k.startswith("dropped: "))
    assert dropped > 0  # the same-string links of the fixture miss some entities
    assert complete["skipped"]["a source entity not projected"] > 0
    assert complete["done"] + complete["skipped"]["a source entity not projected"] == every["done"] == N
    assert not any(k.startswith("dropped: ") for k in complete["counts"])  # the written sentences lost no entity


def test_missing_alignment_is_a_counted_skip(pairs, tmp_path, xner):
    root, _ = pairs
    res = xner("project", root / "pairs.spacy", tmp_path / "out.spacy", "--summary", tmp_path / "s.json", "--allow-empty")
    assert res.returncode == 0, res.stderr
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["skipped"] == {"missing alignment": N} and len(read_docbin(tmp_path / "out.spacy")) == 0


def test_pharaoh_line_count_mismatch(pairs, tmp_path, xner):
    root, _ = pairs
    short = tmp_path / "short.pharaoh"
    short.write_text("0-0\n")
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "o.spacy", "--pharaoh", short), "short.pharaoh", "1 alignment lines for 40")
    assert not (tmp_path / "o.spacy").exists()


def test_malformed_pharaoh_names_the_line(pairs, tmp_path, xner):
    root, _ = pairs
    bad = tmp_path / "bad.pharaoh"
    bad.write_text("0-0\n0-x\n")
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "o.spacy", "--pharaoh", bad), "bad.pharaoh:2")


@pytest.mark.parametrize("args,needle", [
    (["--method", "ner"], "--method ner"),
    (["--method", "magic"], "unknown method"),
    (["--method", "ngram", "--solver", "cplex"], "unknown solver"),
])
def test_bad_options(pairs, tmp_path, args, needle, xner):
    root, _ = pairs
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o.spacy", *args), needle)


def test_config_file_and_its_errors(pairs, tmp_path, xner):
    root, _ = pairs
    good = tmp_path / "good.cfg"
    good.write_text('[projection]\n@xner_projections = "spacy_xner.CandidateMatching.v1"\n\n[projection.candidates]\n'
                    '@xner_candidates = "spacy_xner.AlignedRangeCandidates.v1"\n\n[projection.scores]\n\n[projection.scores.alignment]\n'
                    '@xner_scores = "spacy_xner.AlignmentScore.v1"\n\n[projection.solver]\n@xner_solvers = "spacy_xner.ILPSolver.v1"\n'
                    '\n[label_map]\n@xner_label_maps = "spacy_xner.LabelMap.v1"\ndrop = ["MISC"]\n')
    res = xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", good, "--summary", tmp_path / "s.json")
    assert res.returncode == 0, res.stderr
    targets = read_docbin(tmp_path / "o.spacy")
    assert not any(e.label_ == "MISC" for t in targets for e in t.ents)
    assert json.loads((tmp_path / "s.json").read_text())["counts"]["dropped: label not projected"] > 0
    bad = tmp_path / "bad.cfg"
    bad.write_text('[projection]\n@xner_projections = "spacy_xner.Nope.v1"\n')
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", bad), "bad.cfg", "spacy_xner.Nope.v1")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", tmp_path / "none.cfg"), "none.cfg", "file not found")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", good, "--method", "ngram"), "either")


def test_missing_input(tmp_path, xner):
    one_line_error(xner("project", tmp_path / "nope.spacy", tmp_path / "o.spacy"), "nope.spacy", "file not found")
