"""project.yml parses and hangs together; each script of scripts/ works on a tiny sample."""
import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner
from weasel.util import load_project_config

from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import get_id, set_id
from spacy_xner.errors import InputError

REPO = Path(__file__).resolve().parents[1]
COMMANDS = {"convert", "translate", "align", "project", "train", "evaluate", "transfer-baseline", "report", "package"}


def _script(name):
    spec = importlib.util.spec_from_file_location(f"xner_script_{name}", REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def config():
    return load_project_config(REPO)


def test_project_has_the_commands_workflows_and_vars(config):
    names = {c["name"] for c in config["commands"]}
    assert COMMANDS <= names
    assert set(config["workflows"]) >= {"all", "paper", "train-langs"}
    for workflow in config["workflows"].values():
        assert set(workflow) <= names
    for var in ("languages", "data_dir", "translation", "aligner", "methods", "solver", "train_config", "gpu_id",
                "max_steps", "tt_languages", "transformer"):
        assert var in config["vars"]
    assert int(config["vars"]["train_end"]) < int(config["vars"]["dev_end"])


def test_remote_assets_are_extra_and_shipped_assets_exist(config):
    for asset in config["assets"]:
        dest = REPO / asset["dest"]
        if asset.get("extra"):
            assert asset["url"].startswith("https://")
        else:  # the embedded default never needs the network
            assert dest.exists(), dest


def _paths(config, command, key):
    return [REPO / p for p in next(c for c in config["commands"] if c["name"] == command).get(key, [])]


def test_every_command_declares_deps_and_outputs(config):
    for command in config["commands"]:
        assert command.get("outputs"), command["name"]
        assert command.get("deps"), command["name"]


def test_workflow_all_deps_come_from_the_repo_or_an_earlier_step(config):
    """Each dependency of a step exists in the checkout or lies inside/around an earlier step's output."""
    produced: list[Path] = []
    for step in config["workflows"]["all"]:
        for dep in _paths(config, step, "deps"):
            in_repo = dep.exists() and not any(dep == p or p in dep.parents for p in produced)
            made = any(dep == p or p in dep.parents or dep in p.parents for p in produced)
            assert in_repo or made, f"{step}: {dep} is neither shipped nor made by an earlier step"
        produced += _paths(config, step, "outputs")


def test_no_two_commands_declare_the_same_output(config):
    """weasel reruns a command whose outputs changed: a path owned by two commands reruns both forever."""
    owned = [(c["name"], Path(o)) for c in config["commands"] for o in c["outputs"]]
    for i, (name, path) in enumerate(owned):
        for other, other_path in owned[i + 1:]:
            overlap = path == other_path or path in other_path.parents or other_path in path.parents
            assert name == other or not overlap, (name, path, other, other_path)


def test_each_item_output_is_inside_a_declared_output(config):
    """The per-item outputs (scripts/each.py --out) lie inside the command's declared outputs."""
    for command in config["commands"]:
        outputs = [Path(p) for p in command["outputs"]]
        for line in command["script"]:
            match = re.search(r"--out (\S+)", line)
            if match and "each.py" in line:
                for out in _expanded(match.group(1), line):
                    assert any(out == o or o in out.parents for o in outputs), (command["name"], out)


def _expanded(template: str, line: str) -> list[Path]:
    """``template`` with every ``{name}`` of a literal ``--each name=a,b`` list in ``line`` filled in."""
    paths = [template]
    for name, values in re.findall(r"--each (\w+)=([\w,-]+)(?:\s|$)", line):
        paths = [p.replace(f"{{{name}}}", value) for p in paths for value in values.split(",")]
    return [Path(p) for p in paths]


def test_configs_resolve_and_train_from_docbins():
    from spacy.util import load_config

    for name in ("ner_cpu.cfg", "ner_trf.cfg"):
        cfg = load_config(REPO / "configs" / name)
        assert cfg["nlp"]["pipeline"][-1] == "ner"
        assert cfg["corpora"]["train"]["@readers"] == "spacy.Corpus.v1"
    trf = load_config(REPO / "configs" / "ner_trf.cfg", interpolate=True)
    assert trf["components"]["transformer"]["model"]["name"] == "xlm-roberta-large"
    trf = load_config(REPO / "configs" / "ner_trf.cfg", overrides={"paths.transformer": "/models/x"}, interpolate=True)
    assert trf["components"]["transformer"]["model"]["name"] == "/models/x"


# ---------------------------------------------------------------- scripts/each.py


def test_each_runs_the_product_and_skips_up_to_date_items(tmp_path):
    each = _script("each")
    src = tmp_path / "in.txt"
    src.write_text("x")
    writer = "import sys, pathlib; pathlib.Path(sys.argv[2]).write_text(sys.argv[1])"
    args = ["--each", "a=1,2", "--each", "b=x", "--out", str(tmp_path / "out.{a}.{b}"), "--",
            "python", "-c", writer, "{a}" + str(src.name), str(tmp_path / "out.{a}.{b}")]
    result = CliRunner().invoke(each.app, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.1.x").read_text() == "1in.txt" and (tmp_path / "out.2.x").exists()
    result = CliRunner().invoke(each.app, args)
    assert result.output.count("up to date, skipped") == 2


def test_each_reruns_when_an_input_is_newer_and_stops_on_failure(tmp_path):
    import os
    import time

    each = _script("each")
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text("x")
    out.write_text("old")
    old = time.time() - 100
    os.utime(out, (old, old))
    copy = "import sys, shutil; shutil.copy(sys.argv[1], sys.argv[2])"
    result = CliRunner().invoke(each.app, ["--each", "a=1", "--out", str(out), "--", "python", "-c", copy, str(src), str(out)])
    assert result.exit_code == 0 and out.read_text() == "x"
    fail = ["--each", "a=1,2", "--out", str(tmp_path / "never.{a}"), "--", "python", "-c", "raise SystemExit(3)"]
    result = CliRunner().invoke(each.app, fail)
    assert result.exit_code == 3 and result.output.count("[each]") == 1


def test_each_runs_items_as_parallel_ray_tasks(tmp_path):
    """One language per Ray task: both items run at once, inside Ray workers; failures are reported."""
    stamp = ("import os, sys, time, pathlib; t = time.time(); time.sleep(2); "
             "pathlib.Path(sys.argv[1]).write_text(' '.join([str(t), str(time.time()), os.environ.get('RAY_JOB_ID', '')]))")
    args = [sys.executable, str(REPO / "scripts" / "each.py"), "--each", "lang=de,es", "--out", str(tmp_path / "{lang}"),
            "--ray", "local", "--", "python", "-c", stamp, str(tmp_path / "{lang}")]
    result = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (de_start, de_end, de_job), (es_start, es_end, es_job) = (
        (tmp_path / lang).read_text().split() for lang in ("de", "es"))
    assert de_job and es_job  # ran as Ray tasks
    assert float(de_start) < float(es_end) and float(es_start) < float(de_end)  # at the same time
    fail = [*args[:2], "--each", "lang=de,xx", "--out", str(tmp_path / "never.{lang}"), "--ray", "local", "--",
            "python", "-c", "import sys; sys.exit(3 if sys.argv[1] == 'xx' else 0)", "{lang}"]
    result = subprocess.run(fail, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1 and "failed: lang=xx (exit 3)" in result.stderr


# ---------------------------------------------------------------- scripts/split_corpus.py


@pytest.fixture(scope="module")
def europarl_de(data_dir, tmp_path_factory):
    docs = read_corpus(data_dir / "europarl-ner" / "de-europarl.test.conll02", "de", format="europarl")[:30]
    path = tmp_path_factory.mktemp("europarl") / "de.spacy"
    write_docbin(path, docs)
    return path


def test_split_goes_by_sentence_index_not_position(europarl_de, tmp_path):
    split = _script("split_corpus")
    docs = read_docbin(europarl_de)
    gappy = tmp_path / "gappy.spacy"
    write_docbin(gappy, [d for d in docs if get_id(d) not in {"de-europarl.test:3", "de-europarl.test:4"}][::-1])
    result = CliRunner().invoke(split.app, [str(gappy), f"{tmp_path}/train.spacy:0:20", f"{tmp_path}/dev.spacy:20:25",
                                            f"{tmp_path}/test.spacy:25:"])
    assert result.exit_code == 0, result.output
    index = lambda path: sorted(int(get_id(d).rsplit(":", 1)[1]) for d in read_docbin(path))  # noqa: E731
    assert index(tmp_path / "train.spacy") == [i for i in range(20) if i not in (3, 4)]
    assert index(tmp_path / "dev.spacy") == list(range(20, 25))
    assert index(tmp_path / "test.spacy") == list(range(25, 30))
    test_docs = {get_id(d): d for d in read_docbin(tmp_path / "test.spacy")}
    assert [e.text for e in test_docs["de-europarl.test:25"].ents] == [e.text for e in docs[25].ents]


def test_split_refuses_docs_without_ids_and_empty_slices(tmp_path):
    split = _script("split_corpus")
    nlp = spacy.blank("de")
    path = tmp_path / "noid.spacy"
    write_docbin(path, [nlp("Hallo Welt")])
    result = CliRunner().invoke(split.app, [str(path), f"{tmp_path}/a.spacy:0:1"])
    assert isinstance(result.exception, InputError) and "sentence id" in str(result.exception)
    doc = nlp("Hallo Welt")
    set_id(doc, "x:5")
    write_docbin(path, [doc])
    result = CliRunner().invoke(split.app, [str(path), f"{tmp_path}/a.spacy:0:5"])
    assert isinstance(result.exception, InputError) and "no sentences" in str(result.exception)
    assert not (tmp_path / "a.spacy").exists()


@pytest.mark.slow
def test_split_cli_reports_a_bad_slice_as_one_line(europarl_de, tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "split_corpus.py"), str(europarl_de), "out.spacy:a:b"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 2 and "OUTPUT.spacy:START:END" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- scripts/predict.py, translate.py


def test_predict_replaces_gold_entities_with_the_pipeline_s(europarl_de, tmp_path):
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Parlament"}])
    nlp.to_disk(tmp_path / "model")
    result = CliRunner().invoke(_script("predict").app, [str(tmp_path / "model"), str(europarl_de), str(tmp_path / "pred.spacy")])
    assert result.exit_code == 0, result.output
    gold, pred = read_docbin(europarl_de), read_docbin(tmp_path / "pred.spacy")
    assert [get_id(d) for d in pred] == [get_id(d) for d in gold]
    assert all([t.text for t in p] == [t.text for t in g] for p, g in zip(pred, gold))
    assert sum(len(g.ents) for g in gold) > 0
    for doc in pred:
        assert all(e.label_ == "ORG" and e.text == "Parlament" for e in doc.ents)
    assert any(doc.ents for doc in pred)


def test_predict_refuses_a_non_pipeline(europarl_de, tmp_path):
    result = CliRunner().invoke(_script("predict").app, [str(tmp_path), str(europarl_de), str(tmp_path / "p.spacy")])
    assert isinstance(result.exception, InputError) and "config.cfg" in str(result.exception)


def test_translate_given_pairs_gold_sentences(data_dir, tmp_path):
    en = read_corpus(data_dir / "europarl-ner" / "en-europarl.test.conll02", "en", format="europarl")[:5]
    de = read_corpus(data_dir / "europarl-ner" / "de-europarl.test.conll02", "de", format="europarl")[:5]
    write_docbin(tmp_path / "en.spacy", en)
    write_docbin(tmp_path / "de.spacy", de)
    command = f"{sys.executable} scripts/translate.py given {tmp_path}/en.spacy {tmp_path}/de.spacy {tmp_path}/pairs.spacy"
    result = subprocess.run(shlex.split(command), cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    pairs = read_docbin(tmp_path / "pairs.spacy")
    assert [p._.xner_translation.text for p in pairs] == [d.text for d in de]
    assert subprocess.run([sys.executable, "scripts/translate.py", "deepl", "a", "b", "c"], cwd=REPO).returncode == 2


# ---------------------------------------------------------------- the whole embedded workflow, CI-sized


@pytest.mark.slow
def test_workflow_all_runs_on_a_tiny_sample(data_dir, tmp_path):
    """Every command of `all` on 30 Europarl segments, one language, one method, 3 steps (package: test_package)."""
    import shutil

    project = tmp_path / "project"
    project.mkdir()
    for name in ("project.yml", "configs", "scripts"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, project / name)
    tiny = project / "tiny"
    (tiny / "europarl-ner").mkdir(parents=True)
    for lang in ("en", "de"):
        blocks = (data_dir / "europarl-ner" / f"{lang}-europarl.test.conll02").read_text(encoding="utf-8").split("\n\n")
        (tiny / "europarl-ner" / f"{lang}-europarl.test.conll02").write_text("\n\n".join(blocks[:30]) + "\n", encoding="utf-8")
    (tiny / "bitext").mkdir()
    for lang in ("en", "de"):
        lines = (REPO / "assets" / "tatoeba" / f"en-de.{lang}").read_text(encoding="utf-8").split("\n")[:50]
        (tiny / "bitext" / f"en-de.{lang}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    overrides = ["--vars.data_dir", "tiny", "--vars.bitext_dir", "tiny/bitext", "--vars.languages", "de",
                 "--vars.methods", "ngram", "--vars.max_steps", "3", "--vars.train_end", "16", "--vars.dev_end", "22"]
    result = subprocess.run([sys.executable, "-m", "spacy", "project", "run", "all", str(project), *overrides],
                            capture_output=True, text=True, timeout=600, cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = (project / "reports" / "report.md").read_text()
    for system in ("projection: ngram", "ner: ngram", "transfer: en-europarl"):
        assert system in report
    assert "| de |" in report
    assert (project / "reports" / "f1.png").stat().st_size > 1000
    assert "(views/de.ngram.html)" in report
    assert "de-europarl.test:" in (project / "reports" / "views" / "de.ngram.html").read_text()
    test_ids = {get_id(d) for d in read_docbin(project / "corpus" / "test" / "de.spacy")}
    train_ids = {get_id(d) for d in read_docbin(project / "corpus" / "train" / "de.ngram.spacy")}
    assert len(test_ids) == 8 and not test_ids & train_ids


@pytest.mark.slow
def test_workflow_paper_runs_on_a_tiny_sample(data_dir, tmp_path, tiny_nllb_dir, tiny_spacy_ner_dir):
    """Translate-test end to end on 12 MasakhaNER hau test sentences with the tiny NLLB and a tiny English
    NER: the plumbing of `paper` (the real run needs NLLB-200 and a trained English NER on a GPU)."""
    import shutil

    project = tmp_path / "project"
    project.mkdir()
    for name in ("project.yml", "configs", "scripts"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, project / name)
    hau = project / "tiny" / "masakhaner2" / "hau"
    hau.mkdir(parents=True)
    blocks = (data_dir / "masakhaner2" / "hau" / "test.txt").read_text(encoding="utf-8").split("\n\n")
    (hau / "test.txt").write_text("\n\n".join(blocks[:12]) + "\n", encoding="utf-8")
    overrides = ["--vars.data_dir", "tiny", "--vars.tx_languages", "hau", "--vars.methods", "heuristic",
                 "--vars.mt_model", str(tiny_nllb_dir), "--vars.source_ner", str(tiny_spacy_ner_dir)]
    result = subprocess.run([sys.executable, "-m", "spacy", "project", "run", "paper", str(project), *overrides],
                            capture_output=True, text=True, timeout=600, cwd=project)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    gold = read_docbin(project / "corpus" / "tx" / "gold" / "hau.spacy")
    projected = read_docbin(project / "corpus" / "tx" / "projected" / "hau.heuristic.spacy")
    assert len(gold) == 12 and {get_id(d) for d in projected} <= {get_id(d) for d in gold}
    assert [t.text for t in projected[0]] == [t.text for t in gold[0]]  # labels land on the original tokens
    metrics = (project / "metrics" / "tx" / "hau.projection.heuristic.json").read_text()
    assert '"f1"' in metrics
    assert "| hau |" in (project / "reports" / "translate-test.md").read_text()


@pytest.mark.slow
def test_translation_nllb_switch_translates_with_the_model(data_dir, tmp_path, tiny_nllb_dir):
    """`--vars.translation nllb` sends the English side through `xner translate` (tiny NLLB here)."""
    import shutil

    project = tmp_path / "project"
    project.mkdir()
    for name in ("project.yml", "configs", "scripts"):
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, project / name)
    (project / "tiny" / "europarl-ner").mkdir(parents=True)
    for lang in ("en", "de"):
        blocks = (data_dir / "europarl-ner" / f"{lang}-europarl.test.conll02").read_text(encoding="utf-8").split("\n\n")
        (project / "tiny" / "europarl-ner" / f"{lang}-europarl.test.conll02").write_text("\n\n".join(blocks[:8]) + "\n")
    overrides = ["--vars.data_dir", "tiny", "--vars.languages", "de", "--vars.translation", "nllb",
                 "--vars.mt_model", str(tiny_nllb_dir)]
    for command in ("convert", "translate"):
        result = subprocess.run([sys.executable, "-m", "spacy", "project", "run", command, str(project), *overrides],
                                capture_output=True, text=True, timeout=600, cwd=project)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    pairs = read_docbin(project / "corpus" / "pairs" / "de.spacy")
    gold_de = read_docbin(project / "corpus" / "gold" / "de.spacy")
    assert len(pairs) == 8 and all(p._.xner_translation is not None for p in pairs)
    assert all(p._.xner_translation.lang_ == "de" for p in pairs)
    assert [p._.xner_translation.text for p in pairs] != [g.text for g in gold_de]  # machine, not gold
