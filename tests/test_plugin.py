"""The installed plugin: factories and registered functions resolve through entry points alone."""
import subprocess
import sys
from importlib.metadata import entry_points

import spacy
from spacy.util import registry

import spacy_xner.components.aligner  # noqa: F401  the three components register every part, so the
import spacy_xner.components.projector  # noqa: F401  registries can be compared with the entry points
import spacy_xner.components.translator  # noqa: F401


def test_factories_load_without_importing_the_package():
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('xner_translator', 'xner_aligner', 'xner_projector'):\n"
        "    nlp.add_pipe(name)\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["xner_translator", "xner_aligner", "xner_projector"]


def test_every_registered_part_has_an_entry_point_in_its_role_group():
    from spacy_xner.registry import ROLES

    for role in ROLES:
        registered = {name for name in getattr(registry, f"xner_{role}").get_all() if name.startswith("spacy_xner.")}
        declared = {ep.name for ep in entry_points(group=f"spacy_xner_{role}")}
        assert registered, f"nothing registered as xner_{role}"
        assert registered == declared, role
        for ep in entry_points(group=f"spacy_xner_{role}"):
            assert getattr(registry, f"xner_{role}").get(ep.name) is ep.load()


def test_module_entry_point_lists_the_stage_commands():
    out = subprocess.run([sys.executable, "-m", "spacy_xner", "--help"], capture_output=True, text=True, check=True)
    for command in ("convert", "pair", "translate", "align", "project", "evaluate", "report", "show", "label", "transfer"):
        assert command in out.stdout


def test_pipeline_with_all_three_components_round_trips(tmp_path):
    nlp = spacy.blank("en")
    for name in ("xner_translator", "xner_aligner", "xner_projector"):
        nlp.add_pipe(name)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.config["components"]["xner_projector"] == nlp.config["components"]["xner_projector"]
