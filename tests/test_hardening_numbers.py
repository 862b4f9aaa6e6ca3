"""Issue 28, numbers: every number a file or config gives is read by a strict grammar, finite and in
range; a part of another registry in a slot is a slot error; gold ids and report cells are bounded."""
import json
import math
import os
import threading
import tracemalloc

import pytest
import spacy
from fixtures_pairs import N, one_line_error
from spacy.util import registry

from spacy_xner.alignment import registry as _alignment_parts  # noqa: F401  (build_part finds parts by name)
from spacy_xner.alignment.gold import read_gold
from spacy_xner.alignment.pharaoh import format_line, iter_pharaoh, parse_line, parse_lines, read_pharaoh
from spacy_xner.pipeline.build import build_component, build_part
from spacy_xner.errors import InputError, XnerError
from spacy_xner.evaluation.report import collect, read_metrics, render_markdown
from spacy_xner.projection import registry as _projection_parts  # noqa: F401
from spacy_xner.translation import registry as _translation_parts  # noqa: F401
from spacy_xner.ty import Link

# --- Pharaoh links: one ASCII grammar, scores finite and in [0, 1] ----------------------------------


@pytest.mark.parametrize("token", [
    "0-0-nan", "0-0-inf", "0-0-1e999", "0-0-1.5", "0-0--0.5", "0-0-+0.5", "0-0-0x1", "0-0-1_0",
    "1_0-0", "+1-0", "\u0661-0", "0-\u0663", "\uff11-0", "0-0-0.5-1", "1234567890123456789-0",
])
def test_a_link_outside_the_grammar_is_a_line_error(tmp_path, token):
    path = tmp_path / "bad.pharaoh"
    path.write_text(f"0-0 1-1\n0-0 {token}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_pharaoh(path)
    assert err.value.line == 2 and repr(token) in err.value.reason


@pytest.mark.parametrize("token,link", [
    ("3-4-1e-300", Link(3, 4, 1e-300)), ("3-4-1E-2", Link(3, 4, 0.01)), ("3-4-.5", Link(3, 4, 0.5)),
    ("3-4-1.", Link(3, 4, 1.0)), ("3-4-0", Link(3, 4, 0.0)), ("03-4", Link(3, 4)),
])
def test_every_decimal_in_range_is_a_score(token, link):
    assert parse_line(f"0-0 {token}") == [Link(0, 0), link]


def test_small_scores_round_trip_and_line_ends_are_blanks():
    links = [Link(0, 1, 1e-05), Link(2, 0, 0.25), Link(1, 1, 1.0)]
    assert parse_line(format_line(links, scores=True)) == links
    assert parse_line("0-0 1-1\r\n") == parse_line("0-0 1-1\n") == parse_line("0-0\t1-1") == [Link(0, 0), Link(1, 1)]


def test_the_fast_paths_read_what_the_grammar_reads():
    lines = ["0-0 1-2 10-3", "", " 4-4\t", "0-0 1-1-0.5"]
    assert parse_lines(lines[:3]) == [parse_line(line) for line in lines[:3]]
    assert parse_lines(lines) == [parse_line(line) for line in lines]


def test_a_fifo_is_read_as_a_stream(tmp_path):
    fifo = tmp_path / "links.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("0-0\n\n1-1 2-2-0.5\n"), daemon=True)  # blocks until read
    writer.start()
    assert list(iter_pharaoh(fifo)) == [[Link(0, 0)], [], [Link(1, 1), Link(2, 2, 0.5)]]
    writer.join()
    with pytest.raises(InputError, match="is a directory"):
        list(iter_pharaoh(tmp_path))


def test_project_refuses_nan_scores_in_one_line(pairs, tmp_path, xner):
    root, _ = pairs
    scored = tmp_path / "nan.pharaoh"
    scored.write_text("".join(f"{line} 0-0-nan\n" if line else "0-0-nan\n"
                              for line in (root / "pairs.pharaoh").read_text().splitlines()))
    one_line_error(xner("project", root / "pairs.spacy", tmp_path / "o.spacy", "--pharaoh", scored),
                   f"{scored}:1: malformed link '0-0-nan'")
    assert not (tmp_path / "o.spacy").exists()


# --- config numbers: finite and in range, where each part is built --------------------------------


@pytest.mark.parametrize("block,key,value", [
    ({"@xner_scores": "spacy_xner.AlignmentScore.v1"}, "weight", 1e308),
    ({"@xner_scores": "spacy_xner.AlignmentScore.v1"}, "weight", -1.0),
    ({"@xner_scores": "spacy_xner.StringSimilarityScore.v1"}, "threshold", math.inf),
    ({"@xner_candidates": "spacy_xner.NgramCandidates.v2"}, "max_len_ratio", math.nan),
    ({"@xner_candidates": "spacy_xner.NgramCandidates.v2"}, "max_len_extra", -1),
    ({"@xner_solvers": "spacy_xner.ILPSolver.v1"}, "time_limit", 0.0),
    ({"@xner_solvers": "spacy_xner.GreedySolver.v1"}, "n_proj", 0),
    ({"@xner_projections": "spacy_xner.HeuristicProjection.v1"}, "ratio_threshold", math.nan),
    ({"@xner_aligners": "spacy_xner.EflomalAligner.v2"}, "null_prior", math.nan),
    ({"@xner_aligners": "spacy_xner.EflomalAligner.v2"}, "similar_words", 1e308),
    ({"@xner_aligners": "spacy_xner.EflomalAligner.v1"}, "n_samplers", 0),
    ({"@xner_aligners": "spacy_xner.NeuralAligner.v1"}, "threshold", 2.0),
    ({"@xner_aligners": "spacy_xner.SameLanguageAligner.v1"}, "distortion", math.inf),
    ({"@xner_combiners": "spacy_xner.CombinedAlignment.v1"}, "weight", 1.5),
    ({"@xner_taggers": "spacy_xner.HFTagger.v1"}, "batch_size", 0),
    ({"@xner_translators": "spacy_xner.HFTranslator.v1"}, "beam_size", 0),
])
def test_a_config_number_out_of_range_names_its_setting(block, key, value):
    with pytest.raises(InputError, match=f"part.{key}: {key} must be"):
        build_part({**block, key: value}, "part")


@pytest.mark.parametrize("mapping,drop", [({"PER": ""}, []), ({"PER": " "}, []), ({"": "PER"}, []),
                                          ({"PER": "B PER"}, []), ({}, [""])])
def test_a_label_map_refuses_empty_and_blank_labels(mapping, drop):
    with pytest.raises(InputError, match="a label is a non-empty string without blanks"):
        build_part({"@xner_label_maps": "spacy_xner.LabelMap.v1", "mapping": mapping, "drop": drop}, "label_map")


def test_a_huge_weight_in_a_project_config_is_one_line(pairs, tmp_path, xner):
    root, _ = pairs
    config = tmp_path / "w.cfg"
    config.write_text('[projection]\n@xner_projections = "spacy_xner.CandidateMatching.v1"\n\n[projection.scores]\n\n'
                      '[projection.scores.alignment]\n@xner_scores = "spacy_xner.AlignmentScore.v1"\nweight = 1e308\n\n'
                      '[projection.solver]\n@xner_solvers = "spacy_xner.GreedySolver.v1"\n\n'
                      '[projection.candidates]\n@xner_candidates = "spacy_xner.NgramCandidates.v1"\n', encoding="utf-8")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", config),
                   "projection.scores.alignment.weight: weight must be in [0, 1000]")


# --- slots: a part of another registry is a slot error, a conforming one still fits ----------------


@pytest.mark.parametrize("component,slot,block,role", [
    ("xner_projector", "projection", {"@misc": "spacy.ngram_suggester.v1", "sizes": [1, 2]}, "a projection method"),
    ("xner_aligner", "aligner", {"@misc": "spacy.ngram_suggester.v1", "sizes": [1, 2]}, "an aligner"),
    ("xner_projector", "projection", {"@readers": "spacy.Corpus.v1", "path": "c.spacy", "gold_preproc": False},
     "a projection method"),
    ("xner_translator", "translator", {"@misc": "spacy.ngram_suggester.v1", "sizes": [1]}, "a translator"),
])
def test_a_part_of_another_registry_is_a_slot_error(component, slot, block, role):
    with pytest.raises(XnerError, match=f"{component}.{slot}: expected {role} .*, got .*\\("):
        spacy.blank("en").add_pipe(component, config={slot: block})


def test_a_foreign_part_with_the_protocols_call_still_fits():
    class Aligner:
        def __call__(self, pairs):
            return [[] for _ in pairs]

    registry.misc.register("test_numbers_foreign_aligner.v1", func=Aligner)
    pipe = spacy.blank("en").add_pipe("xner_aligner", config={"aligner": {"@misc": "test_numbers_foreign_aligner.v1"}})
    assert isinstance(pipe.aligner, Aligner)


def test_a_slot_error_from_a_config_file_names_the_file(pairs, tmp_path, xner):
    root, _ = pairs
    config = tmp_path / "suggester.cfg"
    config.write_text('[projection]\n@misc = "spacy.ngram_suggester.v1"\nsizes = [1, 2]\n', encoding="utf-8")
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--config", config),
                   f"{config}: xner_projector.projection: expected a projection method")


# --- gold alignments: ASCII grammars, and sentence ids bounded before any sentence is made -----------


def test_a_far_naacl_sentence_id_is_refused_before_any_sentence_is_made(tmp_path):
    gold = tmp_path / "far.naacl"
    gold.write_text("1 0 0 S\n2 1 1 P\n2000000 0 0 S\n", encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as err:
            read_gold(gold, "naacl", sentences=60)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.line == 3 and "sentence id 2000000" in err.value.reason
    assert peak < 10_000_000  # 2,000,000 empty sentences took 1.4 GB
    gold.write_text("1 0 0 S\n2 1 1 P 0.5\n", encoding="utf-8")
    assert [g.sure for g in read_gold(gold, "naacl", sentences=2)] == [{(0, 0)}, set()]


def test_evaluate_alignment_refuses_a_far_sentence_id_in_one_line(pairs, tmp_path, xner):
    root, _ = pairs
    gold = tmp_path / "far.naacl"
    gold.write_text(f"1 0 0 S\n{2_000_000} 0 0 S\n", encoding="utf-8")
    one_line_error(xner("evaluate-alignment", root / "pairs.pharaoh", gold, "--format", "naacl"),
                   f"{gold}:2: sentence id 2000000 makes 2000000 sentences (ids from 1), for {N} predicted pairs")


@pytest.mark.parametrize("fmt,line", [("naacl", "\u0661 0 0 S"), ("naacl", "1 0 0 SP"), ("naacl", "1 0 0 0.5"),
                                      ("naacl", "1 0 0 S nan"), ("naacl", "1 +0 0"), ("pharaoh", "1_0-0"),
                                      ("pharaoh", "\u0661-0"), ("pharaoh1", "+1p2")])
def test_gold_lines_outside_their_grammar_are_line_errors(tmp_path, fmt, line):
    gold = tmp_path / "bad.gold"
    gold.write_text(f"{'1 0 0 S' if fmt.startswith('naacl') else '0-0'}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(gold, fmt)
    assert err.value.line == 2


# --- the report: every name is one Markdown cell, every statistic finite ----------------------------


def test_a_meta_with_line_breaks_and_bars_stays_one_table_row(tmp_path):
    metrics = tmp_path / "odd | name.json"
    metrics.write_text(json.dumps({"precision": 0.5, "recall": 0.5, "f1": 0.5, "sentences": 3,
                                   "meta": {"lang": "de\nxx", "kind": "projection", "method": "a|b\n| c"}}))
    runs, _ = collect([metrics])
    text = render_markdown(runs, title="two\nlines")
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert len(rows) == 6 and text.startswith("# two lines\n")
    assert len({line.replace("\\|", "").count("|") for line in rows[:3]}) == 1  # the F1 table: 2 columns, 3 rows
    assert all(line.replace("\\|", "").count("|") == 10 for line in rows[3:])  # the runs: 9 columns, 3 rows
    assert "| de xx | projection | a\\|b \\| c | 50.0 | 50.0 | 50.0 | 3 | – | odd \\| name.json |" in rows


@pytest.mark.parametrize("key,value", [("projection_ratio", math.nan), ("projection_ratio", -0.5),
                                       ("projection_ratio", math.inf), ("sentences", -1), ("sentences", True),
                                       ("sentences", 2.5)])
def test_report_statistics_are_finite_and_not_negative(tmp_path, key, value):
    metrics = tmp_path / "de.projection.x.json"
    metrics.write_text(json.dumps({"precision": 0.5, "recall": 0.5, "f1": 0.5, key: value}))
    with pytest.raises(InputError, match=f"'{key}' must be"):
        read_metrics(metrics)


@pytest.mark.parametrize("factory,setting,value,reason", [
    ("xner_aligner", "batch_size", 0, "batch_size must be >= 1"),
    ("xner_aligner", "max_length_ratio", 0.5, "max_length_ratio must be >= 1"),
    ("xner_translator", "batch_size", 2.5, "2.5 is not int"),  # spaCy's own type check
    ("xner_translator", "max_words", -1, "max_words must be >= 1"),
])
def test_a_component_s_own_numbers_are_checked(factory, setting, value, reason):
    config = {setting: value, **({"tgt_lang": "de"} if factory == "xner_translator" else {})}
    with pytest.raises(InputError, match=f"{factory}: {setting}: {reason}"):
        build_component(factory, config)
