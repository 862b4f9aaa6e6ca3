"""One way to run a component: ``nlp.pipe`` on a pipeline built from a config gives what ``xner translate|align|
project --config`` writes for the same input, because the component's own config decides its batching."""
import pytest
import spacy
import srsly
from spacy.tokens import Doc
from thinc.api import Config
from typer.testing import CliRunner

from spacy_xner.alignment.eflomal import EflomalAligner
from spacy_xner.cli import app
from spacy_xner.components.projector import DEFAULT_CONFIG as PROJECTOR_DEFAULTS
from spacy_xner.corpora.docbin import iter_docs, write_docbin
from spacy_xner.docs import get_alignment, get_id, get_projection_record, set_id
from spacy_xner.pipeline.build import read_config_file
from spacy_xner.registry import register
from spacy_xner.ty import Link

BATCHES: list[int] = []  # the sizes of the calls the counting aligner got


@register("aligners", "test_equivalence.CountingAligner.v1")
def counting_aligner():
    return CountingAligner()


class CountingAligner:
    """An aligner that notes the size of every call and links each pair's first words."""

    max_words = 512

    def __call__(self, pairs):
        BATCHES.append(len(pairs))
        return [[Link(0, 0)] for _ in pairs]


@register("translators", "test_equivalence.MarkingTranslator.v1")
def marking_translator(batch_size: int = 16):
    """``batch_size``: accepted as a model's own (``xner translate --batch-size`` sets it), never used."""
    return MarkingTranslator()


class MarkingTranslator:
    """Each translation names the size of the batch it came in and its place there, then the source:
    the same sentences batched in any other way get other translations."""

    def __call__(self, texts, src_lang, tgt_lang):
        return [f"batch{len(texts)}at{k} {text}" for k, text in enumerate(texts)]


def _run_marking_eflomal(self, tmp, src_lines, tgt_lines, n_sentences, priors, runs=1):
    """eflomal's link files as ``runs`` runs over ``n_sentences`` pairs would write them, each pair's link
    naming its line and the size of the run: the same pairs aligned in other groups get other links."""
    lines = []
    for k, (src, tgt) in enumerate(zip(src_lines, tgt_lines)):
        n_src, n_tgt = len(src.split()), len(tgt.split())
        lines.append(f"{k % n_src}-{n_sentences % n_tgt}\n" if n_src and n_tgt else "\n")
    done = []
    for run in range(runs):
        files = {"fwd": tmp / f"fwd.{run}", "rev": tmp / f"rev.{run}"}
        for path in files.values():
            path.write_text("".join(lines), encoding="utf-8")
        done.append(files)
    return done


def _links(docs):
    return [(get_id(doc), get_alignment(doc)) for doc in docs]


def _translations(docs):
    """Each translated sentence's words; ``xner translate`` writes no others."""
    return [(get_id(doc), [t.text for t in doc._.xner_translation])
            for doc in docs if doc._.xner_translation is not None]


def _projections(targets):
    """Each projected target's entities and record; ``xner project`` writes no skipped sentence."""
    return [(get_id(target), [(e.start, e.end, e.label_) for e in target.ents], _stored(get_projection_record(target)))
            for target in targets if "skipped" not in get_projection_record(target)]


def _stored(user_data):
    """User data as a DocBin gives it back (spaCy reads it with tuples for lists)."""
    return srsly.msgpack_loads(srsly.msgpack_dumps(user_data), use_list=False)


def _xner(command, source, out, config, *options):
    """The Docs ``xner COMMAND SOURCE OUT --config CONFIG [OPTIONS]`` writes."""
    result = CliRunner().invoke(app, [command, str(source), str(out), "--config", str(config), *options])
    assert result.exit_code == 0, result.output
    return iter_docs(out)


def _nlp_pipe(factory, source, config, **settings):
    """The Docs ``nlp.pipe`` yields for SOURCE through a blank pipeline with ``factory`` configured by the
    CONFIG file, ``settings`` on top."""
    nlp = spacy.blank("en")
    nlp.add_pipe(factory, config={**read_config_file(config), **settings})
    return nlp.pipe(iter_docs(source))


def test_nlp_pipe_aligns_the_whole_input_as_xner_align_does(pairs, monkeypatch, tmp_path):
    root, _ = pairs
    monkeypatch.setattr(EflomalAligner, "_run", _run_marking_eflomal)
    config = tmp_path / "aligner.cfg"
    config.write_text('[aligner]\n@xner_aligners = "spacy_xner.EflomalAligner.v2"\nruns = 3\n', encoding="utf-8")
    by_cli = _links(_xner("align", root / "pairs.spacy", tmp_path / "out.spacy", config))
    assert len(by_cli) == 40 and all(links for _, links in by_cli)
    assert _links(_nlp_pipe("xner_aligner", root / "pairs.spacy", config)) == by_cli
    # the links tell groupings apart: 40 pairs in batches of 7 are not those of one run over all 40
    assert _links(_nlp_pipe("xner_aligner", root / "pairs.spacy", config, whole_input=False, batch_size=7)) != by_cli


def test_nlp_pipe_calls_the_aligner_with_the_batches_of_xner_align(pairs, tmp_path):
    root, _ = pairs
    source = tmp_path / "pairs.spacy"
    write_docbin(source, [doc for _ in range(4) for doc in iter_docs(root / "pairs.spacy")])  # 160 pairs
    config = tmp_path / "aligner.cfg"
    config.write_text('[aligner]\n@xner_aligners = "test_equivalence.CountingAligner.v1"\n', encoding="utf-8")
    BATCHES.clear()
    by_cli = _links(_xner("align", source, tmp_path / "out.spacy", config))
    cli_batches = list(BATCHES)
    BATCHES.clear()
    assert _links(_nlp_pipe("xner_aligner", source, config)) == by_cli
    assert BATCHES == cli_batches == [64, 64, 32]  # the component's batch_size, not spaCy's 1,000


def test_nlp_pipe_translates_in_the_batches_of_xner_translate(pairs, tmp_path):
    """A config file sets no component-level value (its sections are the parts), so tgt_lang and
    batch_size come as the CLI's options and as the same settings of the pipe. At a batch size of 2,
    ``xner translate`` works in chunks of 256 sentences (4 windows of 32 batches): 281 sentences are
    two chunks, the second ending in a window of 25 and a batch of 1; the empty one gets no translation."""
    root, _ = pairs
    sources = list(iter_docs(root / "pairs.spacy"))
    docs = [Doc(sources[0].vocab, words=[])] + [doc.copy() for _ in range(7) for doc in sources]
    for k, doc in enumerate(docs):
        set_id(doc, f"en:{k}")
    source = tmp_path / "source.spacy"
    write_docbin(source, docs)
    config = tmp_path / "translator.cfg"
    config.write_text('[translator]\n@xner_translators = "test_equivalence.MarkingTranslator.v1"\nbatch_size = 2\n',
                      encoding="utf-8")
    by_cli = _translations(_xner("translate", source, tmp_path / "out.spacy", config, "--tgt-lang", "de",
                                 "--batch-size", "2"))
    assert len(by_cli) == 280 and by_cli[0][0] == "en:1"
    assert _translations(_nlp_pipe("xner_translator", source, config, tgt_lang="de", batch_size=2)) == by_cli
    # the translations tell batchings apart: batches of 3 are not those of 2
    assert _translations(_nlp_pipe("xner_translator", source, config, tgt_lang="de", batch_size=3)) != by_cli


def _default_projector_config():
    """The xner_projector factory's defaults as a config file: its sections (the scalar settings have none)."""
    return Config({key: value for key, value in PROJECTOR_DEFAULTS.items() if isinstance(value, dict)}).to_str()


@pytest.mark.parametrize("config_text", [
    pytest.param(_default_projector_config(), id="default"),
    pytest.param('[projection]\n@xner_projections = "spacy_xner.HeuristicProjection.v1"\n', id="heuristic"),
])
def test_nlp_pipe_projects_as_xner_project_does(pairs, tmp_path, config_text):
    """``xner project`` streams the DocBin rows without making Docs, ``nlp.pipe`` calls the component
    on each Doc: the same entities and records, the same sentences skipped (every fifth pair has no links)."""
    root, _ = pairs
    source = tmp_path / "pairs.spacy"
    write_docbin(source, [plain if k % 5 == 0 else aligned for k, (plain, aligned)
                          in enumerate(zip(iter_docs(root / "pairs.spacy"), iter_docs(root / "aligned.spacy")))])
    config = tmp_path / "projector.cfg"
    config.write_text(config_text, encoding="utf-8")
    by_cli = _projections(_xner("project", source, tmp_path / "out.spacy", config))
    assert len(by_cli) == 32 and sum(len(ents) for _, ents, _ in by_cli) > 5
    assert _projections(doc._.xner_translation for doc in _nlp_pipe("xner_projector", source, config)) == by_cli


@pytest.mark.parametrize("whole_input", [True, False])
def test_an_empty_stream_aligns_to_nothing(whole_input):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"whole_input": whole_input})
    assert list(nlp.pipe([])) == []
