"""``xner label`` (translate-test) end to end on a MasakhaNER 2.0 sample with the tiny fixture models."""
import json

import pytest

from spacy_xner.corpora.docbin import read_docbin
from spacy_xner.docs import get_id

from fixtures_ner import HAU_SENTENCES as N



@pytest.mark.parametrize("translation", ["tiny-nllb", "given"])
def test_label_translate_test_end_to_end(translation, hau_gold, tiny_nllb_dir, tiny_xlmr_dir, tiny_spacy_ner_dir, tmp_path, xner):
    """The random tiny NLLB's English is gibberish, so the projection only runs through; given
    "translations" equal to the originals (names survive) make the tagged entities reach the output."""
    out = tmp_path / "pred.spacy"
    if translation == "given":
        english = tmp_path / "en.txt"
        english.write_text("\n".join(" ".join(t.text for t in d) for d in read_docbin(hau_gold)) + "\n", encoding="utf-8")
        source = ["--given", english]
    else:
        source = ["--translation-model", tiny_nllb_dir, "--beam-size", 1, "--max-length", 24]
    args = ["label", hau_gold, out, "--lang", "hau", *source, "--ner-model", tiny_spacy_ner_dir,
            "--aligner", "simalign", "--align-model", tiny_xlmr_dir, "--layer", 1, "--method", "ngram"]
    res = xner(*args)
    assert res.returncode == 0, res.stderr
    gold, pred = read_docbin(hau_gold), read_docbin(out)
    assert [get_id(d) for d in pred] == [get_id(d) for d in gold]
    assert [[t.text for t in d] for d in pred] == [[t.text for t in d] for d in gold]
    stats = json.loads((tmp_path / "pred.summary.json").read_text())
    assert stats["sentences_in"] == N and stats["done"] + sum(stats["skipped"].values()) == N
    assert stats["counts"]["entities_out"] == sum(len(d.ents) for d in pred)
    if translation == "given":
        assert stats["counts"]["tag: entities_out"] > 0 and stats["counts"]["entities_out"] > 0
    for doc in pred:  # every entity was projected with a record behind it
        record = doc.user_data.get("xner_projection")
        assert (record is not None) or not doc.ents
    res = xner("evaluate", out, hau_gold, "--ignore", "DATE", "--ignore", "MISC", "-o", tmp_path / "m.json")
    assert res.returncode == 0, res.stderr
    assert json.loads((tmp_path / "m.json").read_text())["sentences"] == N
    # a rerun resumes from the batch cache: same output
    first = [[(e.start, e.end, e.label_) for e in d.ents] for d in pred]
    assert xner(*args).returncode == 0
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in read_docbin(out)] == first


def test_label_user_errors(hau_gold, tmp_path, xner):
    res = xner("label", hau_gold, tmp_path / "o.spacy", "--lang", "hau", "--aligner", "nope")
    assert res.returncode == 2 and "--aligner" in res.stderr
    res = xner("label", hau_gold, tmp_path / "o.spacy", "--lang", "hau", "--translation-model", tmp_path / "none")
    assert res.returncode == 2 and "none" in res.stderr and "Traceback" not in res.stderr
    short = tmp_path / "en.txt"
    short.write_text("one line\n", encoding="utf-8")
    res = xner("label", hau_gold, tmp_path / "o.spacy", "--lang", "hau", "--given", short)
    assert res.returncode == 2 and f"has 1 lines but the input has {N}" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "o.spacy").exists()


def test_label_streams_in_chunks_with_the_result_of_one(hau_gold, tiny_xlmr_dir, tiny_spacy_ner_dir, tmp_path, xner,
                                                        monkeypatch):
    """`xner label` runs through the stage runner: the input is read in chunks, never whole, and given
    translations paired by order (a text file) keep their positions across chunks."""
    from spacy_xner.pipeline.label import LabelStage

    english = tmp_path / "en.txt"
    english.write_text("\n".join(" ".join(t.text for t in d) for d in read_docbin(hau_gold)) + "\n", encoding="utf-8")

    def label(out):
        res = xner("label", hau_gold, out, "--lang", "hau", "--given", english, "--ner-model", tiny_spacy_ner_dir,
                   "--aligner", "simalign", "--align-model", tiny_xlmr_dir, "--layer", 1, "--cache-dir", tmp_path / out.stem)
        assert res.returncode == 0, res.stderr
        return ([(get_id(d), [(e.start, e.end, e.label_) for e in d.ents]) for d in read_docbin(out)],
                json.loads(out.with_suffix(".summary.json").read_text()))

    whole, whole_summary = label(tmp_path / "whole.spacy")
    monkeypatch.setattr(LabelStage, "chunk_size", 5)  # 12 sentences: chunks of 5, 5 and 2
    chunked, chunked_summary = label(tmp_path / "chunked.spacy")
    assert chunked == whole and any(ents for _, ents in whole)
    assert chunked_summary["sentences_in"] == whole_summary["sentences_in"] == N
    assert chunked_summary["counts"] == whole_summary["counts"]
