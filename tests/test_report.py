"""`xner report`: metrics files → Markdown table + PNG bar chart."""
import json

import pytest
from typer.testing import CliRunner

from spacy_xner.cli import app
from spacy_xner.errors import InputError
from spacy_xner.evaluation.report import collect, metrics_name, read_metrics, render_markdown


def _write(path, f1, precision=None, recall=None, **extra):
    data = {"precision": precision if precision is not None else f1, "recall": recall if recall is not None else f1,
            "f1": f1, "per_label": {}, "sentences": 199, "projection_ratio": 0.9, **extra}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def metrics_dir(tmp_path):
    d = tmp_path / "metrics"
    _write(d / metrics_name("de", "projection", "heuristic"), 0.85)
    _write(d / metrics_name("de", "projection", "ngram"), 0.80)
    _write(d / metrics_name("de", "ner", "heuristic"), 0.61)
    _write(d / metrics_name("de", "transfer", "en-europarl"), 0.3)
    _write(d / metrics_name("es", "projection", "heuristic"), 0.9)
    _write(d / "es" / "custom.json", 0.55, meta={"lang": "es", "kind": "ner", "method": "heuristic"})
    (d / "de.heuristic.summary.json").write_text(json.dumps({"stage": "project"}))  # not a metrics file
    return d


def test_collect_reads_names_and_meta_and_ignores_others(metrics_dir):
    runs, ignored = collect([metrics_dir])
    assert {(r.lang, r.kind, r.method) for r in runs} == {
        ("de", "projection", "heuristic"), ("de", "projection", "ngram"), ("de", "ner", "heuristic"),
        ("de", "transfer", "en-europarl"), ("es", "projection", "heuristic"), ("es", "ner", "heuristic")}
    assert [p.name for p in ignored] == ["de.heuristic.summary.json"]


def test_markdown_table_has_every_cell_and_marks_missing(metrics_dir):
    runs, _ = collect([metrics_dir])
    text = render_markdown(runs, plot="f1.png")
    header = next(line for line in text.splitlines() if line.startswith("| language |"))
    assert header == ("| language | projection: heuristic | projection: ngram | ner: heuristic | "
                      "transfer: en-europarl |")
    assert "| de | 85.0 | 80.0 | 61.0 | 30.0 |" in text
    assert "| es | 90.0 | – | 55.0 | – |" in text
    assert "| **mean** | 87.5 | 80.0* | 58.0 | 30.0* |" in text
    assert "![F1 per language and system](f1.png)" in text
    assert "| es | ner | heuristic | 55.0 | 55.0 | 55.0 | 199 | 0.900 | custom.json |" in text


def test_cli_writes_markdown_and_a_nonblank_png(metrics_dir, tmp_path):
    import matplotlib.image

    out, png = tmp_path / "reports" / "report.md", tmp_path / "reports" / "f1.png"
    result = CliRunner().invoke(app, ["report", str(metrics_dir), "--output", str(out), "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert "](f1.png)" in out.read_text()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(png)[..., :3]
    coloured = ((pixels.max(axis=-1) - pixels.min(axis=-1)) > 0.2).mean()
    assert coloured > 0.01  # bars are drawn in colour, not an empty white canvas


def test_report_links_every_sentence_view(metrics_dir, tmp_path):
    views = tmp_path / "reports" / "views"
    views.mkdir(parents=True)
    for name in ("de.heuristic.html", "es.ngram.html"):
        (views / name).write_text("<html></html>")
    out = tmp_path / "reports" / "report.md"
    result = CliRunner().invoke(app, ["report", str(metrics_dir), "--output", str(out), "--views", str(views)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "- [de.heuristic](views/de.heuristic.html)" in text
    assert "- [es.ngram](views/es.ngram.html)" in text


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("de.ner.x.json", '{"precision": 0.5, "recall": 0.5, "f1": 73.2}', "between 0 and 1"),
        ("de.ner.x.json", '{"precision": 0.5,\n "recall": }', "not JSON"),
        ("de.ner.x.json", "[1, 2]", "JSON object"),
        ("results.json", '{"precision": 0.5, "recall": 0.5, "f1": 0.5}', "<lang>.<kind>.<method>.json"),
    ],
)
def test_bad_metrics_files_name_file_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InputError) as err:
        collect([path])
    assert str(path) in str(err.value) and reason in str(err.value)


def test_json_error_carries_line(tmp_path):
    path = tmp_path / "de.ner.x.json"
    path.write_text('{"precision": 0.5,\n "recall": }')
    with pytest.raises(InputError) as err:
        read_metrics(path)
    assert err.value.line == 2


def test_duplicate_runs_are_refused(tmp_path):
    _write(tmp_path / "a" / "de.ner.x.json", 0.5)
    _write(tmp_path / "b" / "de.ner.x.json", 0.6)
    with pytest.raises(InputError, match="duplicate run de / ner: x"):
        collect([tmp_path])


def test_cli_without_metrics_is_a_user_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "empty"), "--output", str(tmp_path / "r.md")])
    assert result.exit_code != 0 and "no metrics files" in str(result.exception)
    assert not (tmp_path / "r.md").exists()


def test_metrics_name_refuses_unknown_kind_and_dots():
    with pytest.raises(ValueError):
        metrics_name("de", "intrinsic", "heuristic")
    with pytest.raises(ValueError):
        metrics_name("de", "ner", "ngram.ilp")
