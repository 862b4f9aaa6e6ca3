"""One way to build a component: its config block (defaults from its factory and registered parts),
optionally read from a ``.cfg`` file, with the CLI's options and spaCy-style dotted overrides on top.

``xner translate|align|project|label`` and the Ray workers build their parts only through here, so
a command-line run and ``nlp.add_pipe(factory, config=...)`` are the same code with the same defaults.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Union

import srsly

from ..compat import blank_knowing
from ..errors import InputError, XnerError


def component_config(config_file: Optional[Union[str, Path]] = None, *layers: Mapping[str, Any]) -> dict[str, Any]:
    """The component block of ``config_file`` (or an empty one), with each layer of dotted settings
    (``{"aligner.runs": 5}``; a whole block as a dict value replaces the block) applied in order."""
    config = read_config_file(config_file) if config_file is not None else {}
    for layer in layers:
        for key, value in layer.items():
            set_dotted(config, key, value, config_file)
    return config


def read_config_file(path: Union[str, Path]) -> dict[str, Any]:
    """A component's config file: its sections are the component's settings (``[projection]``, ``[aligner]``)."""
    import spacy

    if not Path(path).is_file():
        raise InputError(path, "file not found")
    try:
        return dict(spacy.util.load_config(path, interpolate=False))
    except Exception as err:  # confection raises several parse error types
        raise config_error(path, err, {}) from None


def set_dotted(config: dict[str, Any], key: str, value: Any, source: Optional[Union[str, Path]] = None) -> None:
    """``config["a"]["b"]["c"] = value`` for ``key`` ``"a.b.c"``; a block on the way must be a section."""
    *path, last = key.split(".")
    block = config
    for part in path:
        block = block.setdefault(part, {})
        if not isinstance(block, dict):
            raise InputError(source, f"{key}: {part} is a value, not a section")
    block[last] = copy.deepcopy(value)


def parse_overrides(args: Iterable[str]) -> dict[str, Any]:
    """``--section.key value`` / ``--section.key=value`` pairs (values read as JSON where they parse,
    as in ``spacy train``); anything else is a user error."""
    args = list(args)
    overrides: dict[str, Any] = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("--") or "." not in arg:
            raise XnerError(f"unexpected argument {arg!r}: config overrides look like --projection.solver.n_proj 2")
        key, eq, value = arg[2:].partition("=")
        if not eq:
            if i + 1 >= len(args) or args[i + 1].startswith("--"):
                value = "true"  # a bare flag
            else:
                i += 1
                value = args[i]
        try:
            overrides[key.replace("-", "_")] = srsly.json_loads(value)
        except ValueError:
            overrides[key.replace("-", "_")] = value
        i += 1
    return overrides


def build_component(factory: str, config: Mapping[str, Any], source: Optional[Union[str, Path]] = None):
    """``factory`` added to a blank pipeline with ``config``; any config error is one line naming
    ``source`` (the config file, when there is one) and the setting."""
    nlp = blank_knowing(factory)
    try:
        return nlp.add_pipe(factory, config=dict(config))
    except InputError:
        raise
    except XnerError as err:  # a factory's own check (a part in the wrong slot): located in the config file
        if source is None:
            raise
        raise InputError(source, str(err)) from None
    except Exception as err:  # config validation: unknown functions, wrong argument types, bad values
        raise config_error(source, err, config, factory) from None


def build_part(block: Mapping[str, Any], slot: str):
    """The part a registered-function block describes (``{"@xner_aligners": ..., ...}``), for code that
    needs a part without its component; errors are one line naming ``slot``."""
    from spacy.util import registry

    try:
        return registry.resolve({slot: dict(block)})[slot]
    except XnerError:
        raise
    except Exception as err:  # config validation: unknown functions, wrong argument types, bad values
        raise config_error(None, err, {slot: block}) from None


def config_error(source: Optional[Union[str, Path]], err: Exception, settings: Mapping[str, Any],
                 factory: str = "") -> InputError:
    """One line, ``FILE[:LINE]: section.key: reason``, from confection's multi-line errors or a
    part's ``ValueError("key must be ...")``."""
    errors = getattr(err, "errors", None)
    if errors:  # confection's validation: where the value is, and pydantic's message
        first = errors[0]
        where = ".".join(map(str, first.get("loc", ()))).removeprefix(f"{factory}.")
        reason = re.sub(r"typing\.Literal\[(.*?)\]", r"one of \1", str(first.get("msg")))
        reason = re.sub(r"<class '(\w+)'>", r"\1", reason)
        return InputError(source or factory or None, f"{where}: {reason}".replace(": at root:", ":"))
    text = getattr(err, "desc", None) or str(err) or type(err).__name__
    line = re.search(r"line:? (\d+)", text)
    lines = [l.strip() for l in text.splitlines() if l.strip() and not l.startswith(("Make sure", "file:", "'"))]
    reason = lines[0] if lines else text.strip().splitlines()[0]
    where = _section_of(settings, reason.split(" ", 1)[0])
    return InputError(source or factory or None, f"{where + ': ' if where else ''}{reason}",
                      int(line.group(1)) if line else None)


def _section_of(block: Mapping[str, Any], key: str, prefix: str = "") -> Optional[str]:
    """The dotted ``section.key`` of the first ``key`` in a config (the one a part's error names)."""
    for name, value in block.items():
        if name == key:
            return prefix + name
        if isinstance(value, Mapping):
            found = _section_of(value, key, f"{prefix}{name}.")
            if found:
                return found
    return None
