"""One way to run a component: ``nlp.pipe`` on a pipeline built from a config aligns what ``xner align
--config`` writes for the same input, because the component's own config decides its batching."""
import pytest
import spacy
from typer.testing import CliRunner

from spacy_xner.alignment.eflomal import EflomalAligner
from spacy_xner.cli import app
from spacy_xner.corpora.docbin import iter_docs, write_docbin
from spacy_xner.docs import get_alignment, get_id
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


def _xner_align(source, out, config):
    result = CliRunner().invoke(app, ["align", str(source), str(out), "--config", str(config)])
    assert result.exit_code == 0, result.output
    return _links(iter_docs(out))


def _nlp_pipe(source, config, **settings):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={**read_config_file(config), **settings})
    return _links(nlp.pipe(iter_docs(source)))


def test_nlp_pipe_aligns_the_whole_input_as_xner_align_does(pairs, monkeypatch, tmp_path):
    root, _ = pairs
    monkeypatch.setattr(EflomalAligner, "_run", _run_marking_eflomal)
    config = tmp_path / "aligner.cfg"
    config.write_text('[aligner]\n@xner_aligners = "spacy_xner.EflomalAligner.v2"\nruns = 3\n', encoding="utf-8")
    by_cli = _xner_align(root / "pairs.spacy", tmp_path / "out.spacy", config)
    assert len(by_cli) == 40 and all(links for _, links in by_cli)
    assert _nlp_pipe(root / "pairs.spacy", config) == by_cli
    # the links tell groupings apart: 40 pairs in batches of 7 are not those of one run over all 40
    assert _nlp_pipe(root / "pairs.spacy", config, whole_input=False, batch_size=7) != by_cli


def test_nlp_pipe_calls_the_aligner_with_the_batches_of_xner_align(pairs, tmp_path):
    root, _ = pairs
    source = tmp_path / "pairs.spacy"
    write_docbin(source, [doc for _ in range(4) for doc in iter_docs(root / "pairs.spacy")])  # 160 pairs
    config = tmp_path / "aligner.cfg"
    config.write_text('[aligner]\n@xner_aligners = "test_equivalence.CountingAligner.v1"\n', encoding="utf-8")
    BATCHES.clear()
    by_cli = _xner_align(source, tmp_path / "out.spacy", config)
    cli_batches = list(BATCHES)
    BATCHES.clear()
    assert _nlp_pipe(source, config) == by_cli
    assert BATCHES == cli_batches == [64, 64, 32]  # the component's batch_size, not spaCy's 1,000


@pytest.mark.parametrize("whole_input", [True, False])
def test_an_empty_stream_aligns_to_nothing(whole_input):
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_aligner", config={"whole_input": whole_input})
    assert list(nlp.pipe([])) == []
