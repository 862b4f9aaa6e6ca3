"""The string score's ``affixes`` option: names written inside a longer word (Shona "muHarare", "wokuRomania")."""
import json
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from fixtures_pairs import same_string_links

from spacy_xner.pipeline.build import build_part
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.pairing import pair_docs
from spacy_xner.corpora.readers import iter_corpus
from spacy_xner.docs import get_id, get_projection_record, set_alignment
from spacy_xner.errors import InputError
from spacy_xner.projection import CandidateSpans, StringSimilarityScore
from spacy_xner.projection import registry as _projection_parts  # noqa: F401  (build_part finds parts by name)
from spacy_xner.pipeline.presets import build_projector
from spacy_xner.ty import WordSpan


def score(src, span, tgt, **settings):
    """The score of one source entity against every single target word."""
    n = len(tgt)
    cands = CandidateSpans(np.arange(n), np.arange(1, n + 1))
    return StringSimilarityScore(**settings)(src, [span], tgt, cands, [])[0]


REPO = Path(__file__).resolve().parents[1]
SRC = "People in Harare and Al waited".split()
HARARE, AL = WordSpan(2, 3, "LOC"), WordSpan(4, 5, "PER")


@pytest.mark.parametrize("word", ["vekuHarare", "wokuHarare", "kweHarareyi", "muHarareyi"])
def test_a_name_with_a_prefix_or_suffix_matches_only_with_affixes(word):
    tgt = ["Vanhu", word, "vakamirira"]
    assert score(SRC, HARARE, tgt).tolist() == [0.0, 0.0, 0.0]  # whole-word similarity is below 0.8
    assert score(SRC, HARARE, tgt, affixes=True).tolist() == [0.0, 1.0, 0.0]


def test_a_short_prefix_already_passed_and_now_scores_as_a_copy():
    tgt = ["Vanhu", "vemuHarare", "muHarare"]
    assert score(SRC, HARARE, tgt)[2] == pytest.approx(2 * 6 / 14)  # fuzz.ratio: the name is most of the word
    assert score(SRC, HARARE, tgt, affixes=True).tolist() == [0.0, 1.0, 1.0]


def test_short_names_and_long_affixes_do_not_match_inside_words():
    tgt = ["Aliko", "naAliko", "Harare", "wokwaHarare", "Hararewoku", "Har"]
    assert score(SRC, AL, tgt, affixes=True).tolist() == [0.0] * 6  # "Al" is in everything: below min_name
    got = score(SRC, HARARE, tgt, affixes=True)
    assert got.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]  # prefix of 5, suffix of 4: too long by default
    wider = score(SRC, HARARE, tgt, affixes=True, max_prefix=5, max_suffix=4)
    assert wider.tolist() == [0.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    assert score(SRC, AL, ["naAl"], affixes=True).tolist() == [0.0]
    assert score(SRC, AL, ["naAl"], affixes=True, min_name=2).tolist() == [1.0]


def test_spellings_are_compared_case_and_accent_free_and_affixes_stay_inside_words():
    src = "Zürich and New York".split()
    tgt = ["kuZURICH", "ku", "New", "York", "kuNew", "Yorkyi"]
    cands = CandidateSpans(np.array([0, 1, 2, 4]), np.array([1, 4, 4, 6]))
    got = StringSimilarityScore(affixes=True)(src, [WordSpan(0, 1, "LOC"), WordSpan(2, 4, "LOC")], tgt, cands, [])
    assert got[0, 0] == 1.0
    # "ku New York": the prefix is a word of its own (whole-word similarity only); "kuNew Yorkyi" holds the name
    assert got[1, 1] < 1.0 and got[1, 2] == 1.0 and got[1, 3] == 1.0


@pytest.mark.parametrize("key,value", [("max_prefix", -1), ("max_suffix", -2), ("min_name", 0)])
def test_affix_settings_out_of_range_name_their_setting(key, value):
    with pytest.raises(InputError, match=f"part.{key}: {key} must be"):
        build_part({"@xner_scores": "spacy_xner.StringSimilarityScore.v1", "affixes": True, key: value}, "part")


def test_other_scripts_are_compared_by_their_transliteration():
    src, span = ["Мюллер"], WordSpan(0, 1, "PER")
    assert score(src, span, ["Myuller", "naMyuller"]).tolist() == [0.0, 0.0]
    assert score(src, span, ["Myuller", "naMyuller"], affixes=True).tolist() == [1.0, 1.0]


def test_the_option_from_the_projector_config():
    string = build_projector().projection.scores[1]
    assert string.affixes is False
    string = build_projector(overrides={"projection.scores.string.affixes": True,
                                        "projection.scores.string.max_prefix": 5}).projection.scores[1]
    assert (string.affixes, string.max_prefix, string.max_suffix, string.min_name) == (True, 5, 2, 4)


# Real pairs: CoNLL-2003 train sentences and their NLLB Shona translations, where a name is only inside a word
# 1128: "Martinez begins play against Ruxandra Dragomir of Romania ." -> "... naRuxandra Dragomir wokuRomania ."
# 2933: "Nepal man held for keeping child servant in chains ."     -> "Murume wokuNepal akasungwa ..."
IDS = ("en.conll.train:1128", "en.conll.train:2933")


@pytest.fixture(scope="module")
def shona_pairs(data_dir, tmp_path_factory):
    """The two pairs, aligned by identical words only (so the prefixed names have no link), as a DocBin."""
    last = max(int(i.rsplit(":", 1)[1]) for i in IDS)
    en = [d for d in islice(iter_corpus(data_dir / "conll2003/iob2/en.conll.train.tsv", "en"), last + 1) if get_id(d) in IDS]
    sna = islice(iter_corpus(data_dir / "translations/conll2003-train/sna.nllb200.jsonl.gz", "xx"), last + 1)
    pairs = pair_docs(en, sna, by_id=True)
    assert [get_id(p) for p in pairs] == list(IDS)
    for doc in pairs:
        set_alignment(doc, same_string_links([t.text for t in doc], [t.text for t in doc._.xner_translation]))
    path = tmp_path_factory.mktemp("affix") / "aligned.spacy"
    write_docbin(path, pairs)
    return path


def projected(path, tmp_path, xner, *options):
    out = tmp_path / f"out{len(options)}.spacy"
    res = xner("project", path, out, "--method", "ngram", *options)
    assert res.returncode == 0, res.stderr
    summary = json.loads(out.with_suffix(".summary.json").read_text())
    return {get_id(t): [(e.text, e.label_) for e in t.ents] for t in read_docbin(out)}, summary, read_docbin(out)


def test_prefixed_names_are_projected_with_affixes_on(shona_pairs, tmp_path, xner):
    off, off_summary, _ = projected(shona_pairs, tmp_path, xner)
    on, on_summary, targets = projected(shona_pairs, tmp_path, xner, "--projection.scores.string.affixes", "true")
    assert off == {IDS[0]: [("Martinez", "PER"), ("naRuxandra Dragomir", "PER")], IDS[1]: []}
    assert on == {IDS[0]: [("Martinez", "PER"), ("naRuxandra Dragomir", "PER"), ("wokuRomania", "LOC")],
                  IDS[1]: [("wokuNepal", "LOC")]}
    assert off_summary["counts"]["dropped: no alignment links"] == 2
    assert on_summary["counts"]["entities_projected"] == off_summary["counts"]["entities_projected"] + 2
    scores = {tuple(e["target"]): e["score"] for e in get_projection_record(targets[0])["entities"]}
    assert scores[(5, 6, "LOC")] == pytest.approx(0.5)  # wokuRomania: no link, the string score (weight 0.5) alone


def test_the_config_file_is_the_preset_with_affixes_on(shona_pairs, tmp_path, xner):
    on, _, _ = projected(shona_pairs, tmp_path, xner, "--projection.scores.string.affixes", "true")
    out = tmp_path / "cfg.spacy"
    res = xner("project", shona_pairs, out, "--config", REPO / "configs/projection/ngram_affixes.cfg")
    assert res.returncode == 0, res.stderr
    assert {get_id(t): [(e.text, e.label_) for e in t.ents] for t in read_docbin(out)} == on
    assert build_projector(config=str(REPO / "configs/projection/ngram_string_ilp.cfg")).projection.scores[1].affixes is False
