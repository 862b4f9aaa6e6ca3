"""``xner project`` end to end on real Europarl pairs: output, ids, summary, Pharaoh input, user errors."""
import json

import pytest
import spacy
from spacy.tokens import Doc

from spacy_xner.alignment.pharaoh import write_pharaoh
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import get_id, get_projection_record, set_alignment, set_id
from spacy_xner.ty import Link

N = 40


def read_segments(path, n):
    segments, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if words:
                segments.append((words, tags))
                words, tags = [], []
                if len(segments) == n:
                    break
            continue
        token, tag = line.rsplit("\t", 1)
        words.append(token)
        tags.append(tag)
    return segments


def same_string_links(src, tgt):
    """A crude but honest aligner for the test: identical (lowercased) words, each target word once."""
    links, used = [], set()
    for i, w in enumerate(src):
        for j, v in enumerate(tgt):
            if j not in used and w.lower() == v.lower():
                links.append(Link(i, j))
                used.add(j)
                break
    return links


@pytest.fixture(scope="module")
def pairs(data_dir, tmp_path_factory):
    """40 Europarl en–de pairs as a DocBin, and their alignments as a Pharaoh file (not stored on the Docs)."""
    en = read_segments(data_dir / "europarl-ner" / "en-europarl.test.conll02", N)
    de = read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", N)
    vocab_en, vocab_de = spacy.blank("en").vocab, spacy.blank("de").vocab
    docs, alignments = [], []
    for k, ((ew, et), (dw, _)) in enumerate(zip(en, de)):
        src = Doc(vocab_en, words=ew, ents=et)
        set_id(src, f"en-europarl:{k}")
        tgt = Doc(vocab_de, words=dw)
        set_id(tgt, f"de-europarl:{k}")
        src._.xner_translation = tgt
        docs.append(src)
        alignments.append(same_string_links(ew, dw))
    root = tmp_path_factory.mktemp("cli")
    write_docbin(root / "pairs.spacy", docs)
    write_pharaoh(root / "pairs.pharaoh", alignments)
    # the same pairs with the alignments stored on the Docs (as `xner align` writes them)
    for doc, links in zip(docs, alignments):
        set_alignment(doc, links)
    write_docbin(root / "aligned.spacy", docs)
    return root, sum(len(d.ents) for d in docs)



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


def test_missing_alignment_is_a_counted_skip(pairs, tmp_path, xner):
    root, _ = pairs
    res = xner("project", root / "pairs.spacy", tmp_path / "out.spacy", "--summary", tmp_path / "s.json")
    assert res.returncode == 0, res.stderr
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["skipped"] == {"missing alignment": N} and len(read_docbin(tmp_path / "out.spacy")) == 0


def one_line_error(res, *needles):
    assert res.returncode == 2
    assert "Traceback" not in res.stderr + res.stdout
    text = res.stderr + res.stdout
    for needle in needles:
        assert needle in text


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
    good.write_text('[projection]\n@misc = "spacy_xner.CandidateMatching.v1"\n\n[projection.candidates]\n'
                    '@misc = "spacy_xner.AlignedRangeCandidates.v1"\n\n[projection.scores]\n\n[projection.scores.alignment]\n'
                    '@misc = "spacy_xner.AlignmentScore.v1"\n\n[projection.solver]\n@misc = "spacy_xner.ILPSolver.v1"\n'
                    '\n[label_map]\n@misc = "spacy_xner.LabelMap.v1"\ndrop = ["MISC"]\n')
    res = xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", good, "--summary", tmp_path / "s.json")
    assert res.returncode == 0, res.stderr
    targets = read_docbin(tmp_path / "o.spacy")
    assert not any(e.label_ == "MISC" for t in targets for e in t.ents)
    assert json.loads((tmp_path / "s.json").read_text())["counts"]["dropped: label not projected"] > 0
    bad = tmp_path / "bad.cfg"
    bad.write_text('[projection]\n@misc = "spacy_xner.Nope.v1"\n')
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", bad), "bad.cfg", "spacy_xner.Nope.v1")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", tmp_path / "none.cfg"), "none.cfg", "file not found")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o2.spacy", "--config", good, "--method", "ngram"), "either")


def test_missing_input(tmp_path, xner):
    one_line_error(xner("project", tmp_path / "nope.spacy", tmp_path / "o.spacy"), "nope.spacy", "file not found")
