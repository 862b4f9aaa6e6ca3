"""The back-translation refinement: same-language aligner, marker links, and end to end on Europarl."""
import gzip
import json

import pytest
import spacy

from spacy_xner.accounting import StageSummary
from spacy_xner.alignment.backtranslation import FALLBACK, KEY, marker_links, refined_links
from spacy_xner.alignment.links import combine, compose
from spacy_xner.alignment.registry import backtranslation_refinement, same_language_aligner
from spacy_xner.alignment.same_language import SameLanguageAligner
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.docs import get_alignment, get_id
from spacy_xner import reasons
from spacy_xner.translation.markers import Recovered
from spacy_xner.ty import Link, WordSpan


def conll_de(data_dir, name, sentence_id):
    with gzip.open(data_dir / "translations" / "conll2003-train" / f"de.{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] == sentence_id:
                return row["tgt_tokens"]


def test_same_language_aligner_on_two_real_translations(data_dir):
    m2m, deepl = conll_de(data_dir, "m2m100", 0), conll_de(data_dir, "deepl", 0)
    # Die EU lehnt den deutschen Aufruf zum Boykott des britischen Lammes ab .
    # EU weist deutschen Aufruf zum Boykott von britischem Lammfleisch zurück .
    links = SameLanguageAligner()(([(m2m, deepl)]))[0]
    words = {(m2m[l.src], deepl[l.tgt]) for l in links}
    assert {("EU", "EU"), ("deutschen", "deutschen"), ("Aufruf", "Aufruf"), ("Boykott", "Boykott"),
            ("britischen", "britischem"), (".", ".")} <= words
    assert ("Lammes", "Lammfleisch") in words  # the one-word gap between two links
    assert len({l.src for l in links}) == len(links) == len({l.tgt for l in links})  # one-to-one
    assert all(0 < l.score <= 1 for l in links)


def test_same_language_aligner_folds_case_and_accents_and_prefers_position():
    a = ["Der", "Präsident", "sagte", ",", "der", "Präsident", "kommt"]
    b = ["DER", "PRASIDENT", "sagte", ",", "der", "Prasident", "kommt"]
    links = SameLanguageAligner(fill_gaps=False).align(a, b)
    assert [(l.src, l.tgt) for l in links] == [(i, i) for i in range(7)]  # repeated words stay in order
    assert SameLanguageAligner().align([], ["x"]) == []
    with pytest.raises(ValueError):
        SameLanguageAligner(threshold=0)


def test_marker_links_spread_each_entity_over_its_span():
    src_spans = [WordSpan(0, 2, "PER"), WordSpan(4, 5, "LOC")]
    recovered = Recovered(["Herr", "Peter", "Blackburn", "in", "Brüssel"], [WordSpan(4, 5, "LOC"), WordSpan(0, 3, "PER")], [1, 0])
    assert [(l.src, l.tgt) for l in marker_links(src_spans, recovered)] == [(0, 0), (0, 1), (1, 1), (1, 2), (4, 4)]


def test_refined_links_carry_entities_through_the_back_translation():
    src_spans = [WordSpan(1, 2, "LOC")]  # "in [Bonn] ."
    recovered = Recovered(["in", "Bonn", "."], [WordSpan(1, 2, "LOC")], [0])
    same = [Link(1, 3, 0.9)]  # T′ "Bonn" -> T word 3
    direct = [Link(0, 0), Link(1, 1)]
    assert refined_links(direct, src_spans, recovered, same, "replace") == [Link(1, 3, 0.9)]
    assert refined_links(direct, src_spans, recovered, same, "union") == [Link(0, 0), Link(1, 1), Link(1, 3, 0.9)]
    assert refined_links(direct, src_spans, recovered, same, "intersection") == []
    assert compose([Link(1, 1)], same) == [Link(1, 3, 0.9)]
    assert combine(direct, same, "replace") == same


class Echo:
    """A 'translation' that returns its input: T′ is then S itself, so every step runs for real
    (markers recovered, entities matched, T′ aligned to the German by spelling) with no model."""

    identity = "echo"

    def __call__(self, texts, src_lang, tgt_lang):
        return list(texts)


def test_backtranslation_refinement_on_europarl_pairs(pairs, data_dir):
    from spacy_xner.projection.registry import heuristic_projection

    root, _ = pairs
    docs = read_docbin(root / "aligned.spacy")
    part = backtranslation_refinement(Echo(), same_language_aligner(), "replace")
    summary = StageSummary("align")
    part.refine_docs(docs, summary)
    with_ents = [d for d in docs if d.ents]
    counts = summary.counts
    assert counts["backtranslation: refined"] == len(with_ents)
    assert counts[f"{FALLBACK}: {reasons.NO_SOURCE_ENTITIES}"] == len(docs) - len(with_ents)
    assert counts[f"backtranslation: {reasons.ENTITY_NOT_RECOVERED}"] == 0  # an echo keeps every marker
    for doc in with_ents:
        record = doc.user_data[KEY]
        assert record["reason"] is None
        # T′ is retokenized by the German tokenizer ("'s" → "'", "s"), but every entity comes back
        assert [(" ".join(record["words"][s:e]), label, k) for s, e, label, k in record["ents"]] == \
            [(e.text, e.label_, k) for k, e in enumerate(doc.ents)]
        src_ent_words = {i for e in doc.ents for i in range(e.start, e.end)}
        assert {l.src for l in get_alignment(doc)} <= src_ent_words  # replace: entity links only
    # names are spelled alike in English and German: "Nikitin" reaches "Nikitin" through T′
    doc = next(d for d in with_ents if "Nikitin" in [t.text for t in d])
    tgt = [t.text for t in doc._.xner_translation]
    i = [t.text for t in doc].index("Nikitin")
    assert [tgt[l.tgt] for l in get_alignment(doc) if l.src == i] == ["Nikitin"]
    # projected through the refined links, the English entities land on gold German entities
    from fixtures_pairs import N, read_segments

    from spacy_xner.corpora.tags import tags_to_spans

    german = read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", N)
    project = heuristic_projection()
    correct = projected = 0
    for doc in with_ents:
        words, tags = german[int(get_id(doc).split(":")[1])]
        assert words == [t.text for t in doc._.xner_translation]
        result = project([t.text for t in doc], [WordSpan(e.start, e.end, e.label_) for e in doc.ents], words,
                         get_alignment(doc))
        gold = {(s.start, s.end, s.label) for s in tags_to_spans(tags, "iob2")[0]}
        projected += len(result.projected)
        correct += sum((p.span.start, p.span.end, p.span.label) in gold for p in result.projected)
    assert projected > 0
    assert correct >= 20 and correct / projected >= 0.85  # measured: 22 of 25 projected are gold (36 entities)


def test_backtranslation_align_cli_on_the_tiny_models(pairs, tiny_nllb_dir, tiny_bert_dir, tmp_path, xner):
    """`xner align --refine backtranslation` with the random tiny NLLB and encoder: every sentence is
    accounted for, ids kept, the output projects and evaluates, and a rerun resumes from the cache."""
    root, _ = pairs
    out = tmp_path / "aligned.spacy"
    args = ["align", root / "pairs.spacy", out, "--aligner", "simalign", "--model", tiny_bert_dir, "--layer", "1",
            "--refine", "backtranslation", "--refine-model", tiny_nllb_dir, "--combine", "union",
            "--refine-beam-size", "1", "--refine-max-length", "16"]
    res = xner(*args)
    assert res.returncode == 0, res.stderr
    docs_in, docs = read_docbin(root / "pairs.spacy"), read_docbin(out)
    assert [get_id(d) for d in docs] == [get_id(d) for d in docs_in]
    stats = json.loads(out.with_suffix(".summary.json").read_text())
    assert stats["sentences_in"] == stats["done"] == len(docs_in)
    refined = stats["counts"].get("backtranslation: refined", 0)
    fallback = sum(n for k, n in stats["counts"].items() if k.startswith(FALLBACK))
    assert refined + fallback == len(docs_in)  # every pair refined or kept with a counted reason
    assert all(KEY in d.user_data for d in docs)
    assert all(get_alignment(d) is not None for d in docs)
    projected = tmp_path / "projected.spacy"
    assert xner("project", out, projected, "--method", "heuristic").returncode == 0
    gold = tmp_path / "gold.spacy"
    write_docbin(gold, [d._.xner_translation for d in docs_in])
    res = xner("evaluate", projected, gold, "--output", tmp_path / "m.json")
    assert res.returncode == 0, res.stderr
    assert json.loads((tmp_path / "m.json").read_text())["sentences"] == len(docs_in)
    first = [get_alignment(d) for d in docs]
    assert xner(*args).returncode == 0  # the rerun translates nothing: every batch from the cache
    stats = json.loads(out.with_suffix(".summary.json").read_text())
    assert stats["counts"]["backtranslation: cached batches"] > 0
    assert [get_alignment(d) for d in read_docbin(out)] == first
    # T′ is drawn as a third row
    view = tmp_path / "view.html"
    assert xner("show", out, "-o", view).returncode == 0
    assert 'data-side="bt"' in view.read_text(encoding="utf-8")


def test_backtranslation_in_the_aligner_component(pairs, tiny_nllb_dir):
    root, _ = pairs
    docs = read_docbin(root / "pairs.spacy")[:6]
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={
        "aligner": {"@xner_aligners": "spacy_xner.SameLanguageAligner.v1"},
        "refine": {"@xner_refiners": "spacy_xner.BacktranslationRefinement.v1", "combination": "weighted",
                   "translator": {"@xner_translators": "spacy_xner.HFTranslator.v1", "model": str(tiny_nllb_dir),
                                  "beam_size": 1, "max_length": 16},
                   "aligner": {"@xner_aligners": "spacy_xner.SameLanguageAligner.v1", "threshold": 0.7}}})
    out = list(nlp.get_pipe("xner_aligner").pipe(docs))
    assert [get_id(d) for d in out] == [get_id(d) for d in docs]
    assert all(KEY in d.user_data and get_alignment(d) is not None for d in out)


def test_backtranslation_user_errors(pairs, tmp_path, xner):
    from fixtures_pairs import one_line_error

    root, _ = pairs
    base = ["align", root / "pairs.spacy", tmp_path / "o.spacy", "--aligner", "simalign"]
    one_line_error(xner(*base, "--refine", "forward"), "--refine")
    one_line_error(xner(*base, "--refine", "backtranslation", "--combine", "average"), "unknown --combine")
    one_line_error(xner(*base, "--refine", "backtranslation", "--refine-aligner", "gold"), "--refine-aligner")


def test_backtranslation_label_translate_test(hau_gold, tiny_nllb_dir, tiny_xlmr_dir, tiny_spacy_ner_dir, tmp_path, xner):
    """`xner label --refine backtranslation`: the tagged English goes back into Hausa with markers and is
    aligned to the original; every sentence is written and accounted for, the output evaluates."""
    english = tmp_path / "en.txt"  # "translations" equal to the originals: names survive, the tagger finds some
    english.write_text("\n".join(" ".join(t.text for t in d) for d in read_docbin(hau_gold)) + "\n", encoding="utf-8")
    out = tmp_path / "pred.spacy"
    res = xner("label", hau_gold, out, "--lang", "hau", "--given", english, "--ner-model", tiny_spacy_ner_dir,
               "--aligner", "simalign", "--align-model", tiny_xlmr_dir, "--layer", 1, "--method", "heuristic",
               "--refine", "backtranslation", "--translation-model", tiny_nllb_dir, "--beam-size", 1,
               "--max-length", 16, "--combine", "union")
    assert res.returncode == 0, res.stderr
    gold, pred = read_docbin(hau_gold), read_docbin(out)
    assert [get_id(d) for d in pred] == [get_id(d) for d in gold]
    stats = json.loads((tmp_path / "pred.summary.json").read_text())
    assert stats["sentences_in"] == len(gold) == stats["done"] + sum(stats["skipped"].values())
    counts = stats["counts"]
    refined = counts.get("align: backtranslation: refined", 0)
    kept = sum(n for k, n in counts.items() if k.startswith(f"align: {FALLBACK}"))
    assert refined + kept == len(gold)  # every aligned pair: refined, or its direct links kept with a reason
    res = xner("evaluate", out, hau_gold, "--ignore", "DATE", "--ignore", "MISC", "-o", tmp_path / "m.json")
    assert res.returncode == 0 and json.loads((tmp_path / "m.json").read_text())["sentences"] == len(gold)


def test_backtranslation_project_var():
    from pathlib import Path

    from weasel.util import load_project_config

    config = load_project_config(Path(__file__).resolve().parents[1])
    assert config["vars"]["refine"] == "" and config["vars"]["combine"] == "replace"
    aligning = [line for c in config["commands"] for line in c["script"] if "xner align" in line or "xner label" in line]
    assert len(aligning) == 3 and all('--refine ""' in line and "--combine replace" in line for line in aligning)
    assert sum("xner label" in line for line in aligning) == 1  # translate-test (tx-run) aligns inside xner label


def test_backtranslation_empty_refine_is_none(pairs, tiny_bert_dir, tmp_path, xner):
    """An unset project var passes ``--refine ""``: the plain direct alignment."""
    root, _ = pairs
    out = tmp_path / "a.spacy"
    res = xner("align", root / "pairs.spacy", out, "--aligner", "simalign", "--model", tiny_bert_dir, "--layer", 1,
               "--refine", "")
    assert res.returncode == 0, res.stderr
    assert not any(KEY in d.user_data for d in read_docbin(out))
