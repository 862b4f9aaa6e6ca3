"""The package's floors (pyproject.toml, [tool.importlinter]): imports run only downwards, and no two sibling
modules import each other round a cycle."""
from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_imports_run_only_downwards_and_round_no_cycle():
    assert lint_imports(config_filename=str(PYPROJECT)) == 0
