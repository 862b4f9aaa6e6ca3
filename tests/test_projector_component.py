"""The xner_projector component: config → parts, entities and records on the translation, serialization."""
import pytest
import spacy
from spacy.tokens import Doc
from spacy.util import registry

from spacy_xner.docs import get_id, get_projection_record, set_alignment, set_id, word_spans
from spacy_xner import reasons
from spacy_xner.ty import Link, WordSpan

ILP_NGRAM = {
    "projection": {
        "@xner_projections": "spacy_xner.CandidateMatching.v1",
        "candidates": {"@xner_candidates": "spacy_xner.NgramCandidates.v1", "max_len": 4},
        "scores": {
            "alignment": {"@xner_scores": "spacy_xner.AlignmentScore.v1", "weight": 1.0},
            "string": {"@xner_scores": "spacy_xner.StringSimilarityScore.v1", "weight": 0.3, "threshold": 0.7},
        },
        "solver": {"@xner_solvers": "spacy_xner.ILPSolver.v1", "n_proj": 1, "constraint": "<="},
    },
    "label_map": {"@xner_label_maps": "spacy_xner.LabelMap.v1", "mapping": {"LOC": "GPE"}, "drop": ["MISC"]},
}


def make_pair(nlp, with_translation=True, with_alignment=True):
    src = Doc(nlp.vocab, words="Mr Schulz visited Berlin for the Euro summit".split(),
              ents=["O", "B-PER", "O", "B-LOC", "O", "O", "B-MISC", "O"])
    set_id(src, "en:7")
    if with_translation:
        src._.xner_translation = Doc(spacy.blank("de").vocab, words="Herr Schulz besuchte Berlin zum Euro-Gipfel".split())
    if with_alignment:
        set_alignment(src, [Link(0, 0), Link(1, 1), Link(2, 2), Link(3, 3), Link(4, 4), Link(6, 5), Link(7, 5)])
    return src


def test_every_registered_part_resolves():
    import spacy_xner.components.projector  # noqa: F401

    for name in ["HeuristicProjection", "CandidateMatching", "NgramCandidates", "AlignedRangeCandidates", "SpanCandidates",
                 "AlignmentScore", "StringSimilarityScore", "GreedySolver", "ILPSolver", "LabelMap"]:
        assert any(name in getattr(registry, f"xner_{role}").get_all() or f"spacy_xner.{name}.v1" in
                   getattr(registry, f"xner_{role}").get_all() for role in ("projections", "candidates", "scores",
                                                                            "solvers", "label_maps"))


def test_default_projection_writes_entities_and_record():
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_projector")
    assert nlp.config["components"]["xner_projector"]["projection"]["candidates"]["@xner_candidates"] == "spacy_xner.NgramCandidates.v2"
    doc = nlp(make_pair(nlp))
    tr = doc._.xner_translation
    assert word_spans(tr) == [WordSpan(1, 2, "PER"), WordSpan(3, 4, "LOC"), WordSpan(5, 6, "MISC")]
    record = get_projection_record(tr)
    assert [e["source"] for e in record["entities"]] == [[1, 2, "PER"], [3, 4, "LOC"], [6, 7, "MISC"]]
    # alignment 1.0 each, plus 0.5 × string similarity for the names copied verbatim
    assert [e["score"] for e in record["entities"]] == [1.5, 1.5, 1.0]
    assert record["dropped"] == []
    assert get_id(tr) == "en:7" and tr.user_data["xner_source_id"] == "en:7"


def test_configured_parts_and_label_map():
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_projector", config=ILP_NGRAM)
    tr = nlp(make_pair(nlp))._.xner_translation
    assert word_spans(tr) == [WordSpan(1, 2, "PER"), WordSpan(3, 4, "GPE")]
    assert get_projection_record(tr)["dropped"] == [{"source": [6, 7, "MISC"], "reason": reasons.LABEL_DROPPED}]


def test_round_trip_to_disk_keeps_the_config(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_projector", config=ILP_NGRAM)
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    cfg = loaded.config["components"]["xner_projector"]
    assert cfg["projection"]["solver"]["@xner_solvers"] == "spacy_xner.ILPSolver.v1"
    assert cfg["label_map"]["drop"] == ["MISC"]
    tr = loaded(make_pair(loaded))._.xner_translation
    assert word_spans(tr) == [WordSpan(1, 2, "PER"), WordSpan(3, 4, "GPE")]


@pytest.mark.parametrize("translation,alignment,reason", [(False, True, reasons.MISSING_TRANSLATION), (True, False, reasons.MISSING_ALIGNMENT)])
def test_missing_parts_are_recorded_not_raised(translation, alignment, reason):
    nlp = spacy.blank("en")
    projector = nlp.add_pipe("xner_projector")
    doc = make_pair(nlp, translation, alignment)
    assert projector.project(doc) == reason
    holder = doc._.xner_translation if translation else doc
    assert holder.user_data["xner_projection"]["skipped"] == reason


def test_out_of_range_alignment_is_recorded():
    nlp = spacy.blank("en")
    projector = nlp.add_pipe("xner_projector")
    doc = make_pair(nlp)
    set_alignment(doc, [Link(0, 99)])
    assert projector.project(doc) == reasons.ALIGNMENT_OUT_OF_RANGE
    record = get_projection_record(doc._.xner_translation)
    assert {d["reason"] for d in record["dropped"]} == {reasons.ALIGNMENT_OUT_OF_RANGE}


def test_unknown_part_is_a_config_error():
    nlp = spacy.blank("en")
    with pytest.raises(Exception, match="spacy_xner.NoSuch.v1"):
        nlp.add_pipe("xner_projector", config={"projection": {"@xner_projections": "spacy_xner.NoSuch.v1"}})


def test_drop_incomplete_skips_sentences_with_an_unplaced_entity():
    nlp = spacy.blank("en")
    projector = nlp.add_pipe("xner_projector", config={"drop_incomplete": True})
    complete = make_pair(nlp)
    assert projector.project(complete) is None
    incomplete = make_pair(nlp, with_alignment=False)
    set_alignment(incomplete, [Link(0, 0), Link(1, 1), Link(2, 2)])  # Berlin and Euro have no links
    assert projector.project(incomplete) == reasons.INCOMPLETE
    assert get_projection_record(incomplete._.xner_translation)["skipped"] == reasons.INCOMPLETE


def test_drop_incomplete_ignores_labels_dropped_on_purpose():
    nlp = spacy.blank("en")
    projector = nlp.add_pipe("xner_projector", config={**ILP_NGRAM, "drop_incomplete": True})
    assert projector.project(make_pair(nlp)) is None  # MISC dropped by the label map
