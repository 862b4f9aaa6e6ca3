"""The components as spaCy users meet them: Pipe API, scores through nlp.evaluate and the PairCorpus
reader, serialization of learned state, wrong parts refused at add_pipe, any ISO language code."""
import pytest
import spacy
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from fixtures_pairs import one_line_error, read_segments, same_string_links
from spacy_xner.corpora.docbin import language_of, read_docbin, write_docbin
from spacy_xner.docs import get_alignment, set_alignment, set_id
from spacy_xner.errors import XnerError
from spacy_xner.evaluation import spanf1
from spacy_xner.evaluation.scorers import score_alignment
from spacy_xner.pipeline.project import project_pairs
from spacy_xner.ty import Link

HEURISTIC = {"projection": {"@xner_projections": "spacy_xner.HeuristicProjection.v1"}}


@pytest.fixture(scope="module")
def gold_pairs(data_dir, tmp_path_factory):
    """120 Europarl en-de pairs with gold entities on both sides and crude same-string links, as a DocBin."""
    en = read_segments(data_dir / "europarl-ner" / "en-europarl.test.conll02", 120)
    de = read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", 120)
    vocab_en, vocab_de = spacy.blank("en").vocab, spacy.blank("de").vocab
    docs = []
    for k, ((ew, et), (dw, dt)) in enumerate(zip(en, de)):
        src = Doc(vocab_en, words=ew, ents=et)
        set_id(src, f"en-europarl:{k}")
        tgt = Doc(vocab_de, words=dw, ents=dt)
        set_id(tgt, f"de-europarl:{k}")
        src._.xner_translation = tgt
        set_alignment(src, same_string_links(ew, dw))
        docs.append(src)
    path = tmp_path_factory.mktemp("native") / "aligned.spacy"
    write_docbin(path, docs)
    return path


def _corpus(path, **settings):
    return registry.resolve({"c": {"@readers": "spacy_xner.PairCorpus.v1", "path": str(path), **settings}})["c"]


def test_components_are_pipes():
    nlp = spacy.blank("en")
    for name in ("xner_translator", "xner_aligner", "xner_projector"):
        assert isinstance(nlp.add_pipe(name), Pipe)


def test_copying_a_pair_copies_its_translation_but_never_the_vocab(gold_pairs):
    """nlp.evaluate copies every Example's predicted Doc: a deep copy of the translation would copy its
    Vocab, every string the run has seen, for each pair."""
    pair = read_docbin(gold_pairs)[3]
    copy = pair.copy()
    assert copy._.xner_translation is not pair._.xner_translation
    assert copy._.xner_translation.vocab is pair._.xner_translation.vocab
    assert [t.text for t in copy._.xner_translation] == [t.text for t in pair._.xner_translation]
    assert [(e.text, e.label_) for e in copy._.xner_translation.ents] == [
        (e.text, e.label_) for e in pair._.xner_translation.ents]


def test_pair_corpus_examples_hide_the_target_entities(gold_pairs):
    examples = list(_corpus(gold_pairs, limit=5)(spacy.blank("en")))
    assert len(examples) == 5
    for eg in examples:
        assert eg.predicted._.xner_translation is not eg.reference._.xner_translation
        assert list(eg.predicted._.xner_translation.ents) == []
        assert [e.text for e in eg.predicted.ents] == [e.text for e in eg.reference.ents]  # source entities kept
        assert eg.predicted._.xner_alignment is not None and eg.reference._.xner_alignment is None  # not gold links
    assert sum(len(eg.reference._.xner_translation.ents) for eg in examples) > 0
    assert any(get_alignment(eg.predicted) for eg in examples)


def test_nlp_evaluate_scores_the_projection_as_xner_evaluate_does(gold_pairs):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_projector", config=HEURISTIC)
    scores = nlp.evaluate(list(_corpus(gold_pairs)(nlp)))
    # the same projection through the CLI's worker, scored by `xner evaluate`'s seqeval-equal span F1
    pairs = read_docbin(gold_pairs)
    gold = [p._.xner_translation.copy() for p in pairs]
    for p in pairs:
        p._.xner_translation.set_ents([], default="missing")
    projected, _ = project_pairs(pairs, nlp.get_pipe("xner_projector"))
    reference = spanf1.score(projected, gold, allow_missing=True)
    assert 0.3 < scores["xner_proj_f"] < 1.0
    assert scores["xner_proj_f"] == pytest.approx(reference["f1"])
    assert scores["xner_proj_p"] == pytest.approx(reference["precision"])
    assert scores["xner_proj_r"] == pytest.approx(reference["recall"])
    assert scores["xner_proj_per_type"]["PER"]["f"] == pytest.approx(reference["per_label"]["PER"]["f1"])
    assert nlp.config["training"]["score_weights"]["xner_proj_f"] == 1.0


def test_aligner_score_against_gold_links():
    vocab = spacy.blank("en").vocab
    pred, gold = Doc(vocab, words=["a", "b"]), Doc(vocab, words=["a", "b"])
    set_alignment(pred, [Link(0, 0), Link(1, 0)])
    set_alignment(gold, [Link(0, 0), Link(1, 1)])
    scores = score_alignment([Example(pred, gold)])
    assert scores == {"xner_align_p": 0.5, "xner_align_r": 0.5, "xner_align_f": 0.5, "xner_align_aer": 0.5}
    assert score_alignment([Example(pred, pred.copy())])["xner_align_aer"] == 0.0
    gold._.xner_alignment = None
    assert score_alignment([Example(pred, gold)]) == {}  # no gold links: nothing to report


@pytest.mark.slow
def test_nlp_evaluate_scores_the_aligner_when_the_links_are_gold(gold_pairs):
    """The reader's gold links reach the reference only; the aligner's own links are scored against them."""
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"aligner": {"@xner_aligners": "spacy_xner.EflomalAligner.v2", "runs": 1,
                                                      "n_samplers": 1, "rel_iterations": 0.3}, "batch_size": 1000})
    examples = list(_corpus(gold_pairs, gold_links=True)(nlp))
    assert all(eg.predicted._.xner_alignment is None for eg in examples)
    scores = nlp.evaluate(examples)
    assert 0.0 < scores["xner_align_p"] < 1.0 and 0.0 < scores["xner_align_r"] <= 1.0
    assert scores["xner_align_aer"] == pytest.approx(1 - scores["xner_align_f"])


def _learned_aligner(gold_pairs):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"aligner": {"@xner_aligners": "spacy_xner.EflomalAligner.v2", "runs": 1,
                                                      "n_samplers": 1, "rel_iterations": 0.2}})
    nlp.initialize(lambda: _corpus(gold_pairs, limit=30)(nlp))
    return nlp


@pytest.mark.slow
def test_learned_priors_survive_bytes_and_disk(gold_pairs, tmp_path):
    nlp = _learned_aligner(gold_pairs)
    priors = nlp.get_pipe("xner_aligner").aligner.priors
    assert priors and "LEX\t" in priors
    from_bytes = spacy.blank("en")
    from_bytes.add_pipe("xner_aligner")
    from_bytes.from_bytes(nlp.to_bytes())
    assert from_bytes.get_pipe("xner_aligner").aligner.priors == priors
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline").get_pipe("xner_aligner").aligner.priors == priors
    assert spacy.blank("en").from_bytes(nlp.to_bytes()) is not None


def test_all_three_components_round_trip_through_bytes(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_translator", config={"tgt_lang": "hau"})
    nlp.add_pipe("xner_aligner")
    nlp.add_pipe("xner_projector", config={"drop_incomplete": True})
    again = spacy.blank("en").from_config(nlp.config)
    again.from_bytes(nlp.to_bytes())
    assert again.config == nlp.config
    assert again.get_pipe("xner_projector").drop_incomplete is True
    assert again.get_pipe("xner_translator").tgt_lang == "hau"


@pytest.mark.parametrize("component, slot, part, message", [
    ("xner_projector", "projection", {"@xner_aligners": "spacy_xner.EflomalAligner.v2"},
     "xner_projector.projection: expected a projection method (@xner_projections), got 'spacy_xner.EflomalAligner.v2', "
     "an aligner (@xner_aligners)"),
    ("xner_projector", "projection", {"@xner_candidates": "spacy_xner.NgramCandidates.v2"},
     "xner_projector.projection: expected a projection method (@xner_projections), got 'spacy_xner.NgramCandidates.v2', "
     "a candidate getter"),
    ("xner_aligner", "aligner", {"@xner_solvers": "spacy_xner.ILPSolver.v1"}, "xner_aligner.aligner: expected an aligner"),
    ("xner_translator", "translator", {"@xner_aligners": "spacy_xner.NeuralAligner.v1"},
     "xner_translator.translator: expected a translator"),
    ("xner_projector", "projection", {"@xner_projections": "spacy_xner.CandidateMatching.v1",
                                      "candidates": {"@xner_solvers": "spacy_xner.GreedySolver.v1"}, "scores": {},
                                      "solver": {"@xner_solvers": "spacy_xner.GreedySolver.v1"}},
     "projection.candidates: expected a candidate getter (@xner_candidates), got 'spacy_xner.GreedySolver.v1', a solver"),
])
def test_a_part_in_the_wrong_slot_is_refused_at_add_pipe(component, slot, part, message):
    nlp = spacy.blank("en")
    with pytest.raises(XnerError) as err:
        nlp.add_pipe(component, config={slot: part})
    assert message in str(err.value)


def test_a_foreign_object_is_checked_by_the_slot_protocol():
    registry.xner_projections.register("test_not_a_projection.v1", func=lambda: object())
    with pytest.raises(XnerError, match="xner_projector.projection: expected a projection method"):
        spacy.blank("en").add_pipe("xner_projector", config={"projection": {"@xner_projections": "test_not_a_projection.v1"}})


def test_wrong_part_in_a_project_config_is_one_line(xner, pairs, tmp_path):
    root, _ = pairs
    config = tmp_path / "wrong.cfg"
    config.write_text('[projection]\n@xner_aligners = "spacy_xner.EflomalAligner.v2"\n', encoding="utf-8")
    res = xner("project", root / "aligned.spacy", tmp_path / "out.spacy", "--config", config)
    one_line_error(res, "projection: expected a projection method")


@pytest.mark.parametrize("code", ["ha", "hau"])
def test_convert_takes_any_iso_code_and_keeps_it(xner, data_dir, tmp_path, code):
    out = tmp_path / f"{code}.spacy"
    res = xner("convert", data_dir / "masakhaner2" / "hau" / "dev.txt", out, "--lang", code)
    assert res.returncode == 0, res.stderr
    docs = read_docbin(out)
    assert len(docs) == 816 and docs[0].lang_ == "xx"  # spaCy has no Hausa: its multi-language tokenizer
    assert {language_of(d) for d in docs} == {code}
    import json
    assert json.loads(out.with_suffix(".summary.json").read_text())["lang"] == code


def test_convert_uses_spacys_language_where_it_has_one_and_refuses_non_iso_codes(xner, data_dir, tmp_path):
    res = xner("convert", data_dir / "europarl-ner" / "de-europarl.test.conll02", tmp_path / "de.spacy", "--lang", "deu")
    assert res.returncode == 0, res.stderr
    doc = read_docbin(tmp_path / "de.spacy")[0]
    assert doc.lang_ == "de" and language_of(doc) == "deu"
    one_line_error(xner("convert", data_dir / "masakhaner2" / "hau" / "dev.txt", tmp_path / "q.spacy", "--lang", "qqz"),
                   "unknown language code 'qqz'")


def test_dotted_overrides_reach_the_component_the_cli_builds():
    from spacy_xner.pipeline.build import build_component, component_config, parse_overrides
    from spacy_xner.pipeline.presets import projector_config

    overrides = parse_overrides(["--projection.solver.n_proj", "2", "--projection.scores.string.threshold=0.9"])
    assert overrides == {"projection.solver.n_proj": 2, "projection.scores.string.threshold": 0.9}
    projector = build_component("xner_projector", projector_config(overrides=overrides))
    assert projector.projection.solver.n_proj == 2
    assert [s.threshold for s in projector.projection.scores] == [0.0, 0.9]
    with pytest.raises(XnerError, match="config overrides look like"):
        parse_overrides(["2"])
    assert component_config(None, {"aligner": {"runs": 1}}, {"aligner.runs": 5}) == {"aligner": {"runs": 5}}


def test_cli_options_and_overrides_are_validated_as_config(xner, pairs, tmp_path):
    root, _ = pairs
    one_line_error(xner("project", root / "aligned.spacy", tmp_path / "o.spacy", "--projection.solver.n_proj", "x"),
                   "xner_projector: projection.solver.n_proj:")
    one_line_error(xner("align", root / "pairs.spacy", tmp_path / "o.spacy", "--aligner", "simalign", "--runs", "3"),
                   "--runs: for --aligner eflomal only")
    one_line_error(xner("align", root / "pairs.spacy", tmp_path / "o.spacy", "--aligner.runs", "0"), "runs")
    one_line_error(xner("translate", root / "pairs.spacy", tmp_path / "o.spacy", "--tgt-lang", "de",
                        "--compute-type", "int8"), "--compute-type applies to --backend ctranslate2 only")
    assert not (tmp_path / "o.spacy").exists()


def test_a_config_file_sets_the_aligner_and_options_refine_it(tmp_path):
    from spacy_xner.pipeline.presets import aligner_config
    from spacy_xner.pipeline.align import AlignStage
    from spacy_xner.pipeline.build import component_config

    config = tmp_path / "aligner.cfg"
    config.write_text('[aligner]\n@xner_aligners = "spacy_xner.NeuralAligner.v1"\nmethod = "argmax"\nlayer = 4\n')
    base = component_config(config)
    base["aligner"] = aligner_config(None, base["aligner"], model="some/encoder")
    aligner = AlignStage(base)._component().aligner
    assert (aligner.method, aligner.layer, aligner.model_name) == ("argmax", 4, "some/encoder")


def test_no_string_score_leaves_the_default_string_score_out():
    """spaCy fills a component config with its defaults key by key: the preset must null the string score,
    leaving it out of `scores` would keep the default one."""
    from spacy_xner.pipeline.presets import build_projector

    assert [type(s).__name__ for s in build_projector(string_score=False).projection.scores] == ["AlignmentScore"]
    assert [type(s).__name__ for s in build_projector().projection.scores] == ["AlignmentScore", "StringSimilarityScore"]


def test_the_presets_name_the_components_defaults():
    """The presets build on the default blocks (one place for a default): no words are the component's
    defaults, and `--method ngram --solver ilp` names the same block."""
    from spacy_xner.components.aligner import DEFAULT_CONFIG as ALIGNER_DEFAULTS
    from spacy_xner.components.projector import DEFAULT_CONFIG as PROJECTOR_DEFAULTS
    from spacy_xner.pipeline.presets import aligner_config, method_config

    assert method_config() == method_config("ngram", "ilp") == PROJECTOR_DEFAULTS["projection"]
    assert method_config("aligned", "greedy")["solver"] == {"@xner_solvers": "spacy_xner.GreedySolver.v1"}
    changed = method_config(solver="greedy")
    changed["candidates"]["max_len_ratio"] = 9.0  # a block the CLI changes is a copy: the defaults stay
    assert "max_len_ratio" not in PROJECTOR_DEFAULTS["projection"]["candidates"]
    assert PROJECTOR_DEFAULTS["projection"]["solver"] == {"@xner_solvers": "spacy_xner.ILPSolver.v1"}
    assert aligner_config() == aligner_config("eflomal") == ALIGNER_DEFAULTS["aligner"]
