"""One registry per role of part, as spacy-llm has, and the check that a slot got a part of its role.

A config names a part by role and versioned name (``@xner_aligners = "spacy_xner.EflomalAligner.v2"``).
Third-party parts register into the same registries, from code or through the entry-point group
``spacy_xner_<role>`` (e.g. ``spacy_xner_aligners``).

The runtime protocols cannot tell every role apart (a candidate getter has the call signature of a
projection method), so a part built from a registry remembers its role and name, and a factory checks
it against the slot; a part from elsewhere (another registry, such as ``@misc``) is checked against the slot's
protocol, its call by parameter names as a type checker checks it.
"""
from __future__ import annotations

import inspect
import math
from functools import partial, wraps
from typing import Any, Callable, Optional, TypeVar

import catalogue
from spacy.util import registry

from .errors import XnerError

ROLES = {
    "translators": "a translator",
    "aligners": "an aligner",
    "projections": "a projection method",
    "candidates": "a candidate getter",
    "scores": "a score",
    "solvers": "a solver",
    "taggers": "a tagger",
    "label_maps": "a label map",
    "combiners": "an alignment combination",
    "refiners": "an alignment refinement",
    "selectors": "a self-training sentence selector",
}
_PART_ATTR = "_xner_part"  # (role, registered name) of a part built from one of our registries

for _role in ROLES:
    if not hasattr(registry, f"xner_{_role}"):
        # catalogue directly: spaCy's ``registry.create`` would name the entry-point group thinc_xner_<role>
        setattr(registry, f"xner_{_role}", catalogue.create("spacy", f"xner_{_role}", entry_points=True))

F = TypeVar("F", bound=Callable[..., Any])


def register(role: str, name: str) -> Callable[[F], F]:
    """Register a part constructor under ``@xner_<role>``; the parts it builds carry their role."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")

    def decorator(func: F) -> F:
        @wraps(func)
        def build(*args, **kwargs):
            part = func(*args, **kwargs)
            try:
                object.__setattr__(part, _PART_ATTR, (role, name))
            except (AttributeError, TypeError):  # a slotted object: checked by its protocol instead
                pass
            return part

        getattr(registry, f"xner_{role}").register(name, func=build)
        return build  # type: ignore[return-value]

    return decorator


def check_part(part: Any, role: str, slot: str, protocol: Optional[type] = None) -> Any:
    """``part`` if it may fill ``slot`` (a part of ``role``); else one clear error naming the slot."""
    built = getattr(part, _PART_ATTR, None)
    if built is not None:
        if built[0] == role:
            return part
        got = f"'{built[1]}', {ROLES[built[0]]} (@xner_{built[0]})"
    elif protocol is None or any(map(partial(_fits, part), protocol if isinstance(protocol, tuple) else (protocol,))):
        return part
    else:
        got = _describe(part)
    raise XnerError(f"{slot}: expected {ROLES[role]} (@xner_{role}), got {got}")


def _fits(part: Any, protocol: type) -> bool:
    """``isinstance``, and for a protocol's ``__call__`` its parameters by name: a runtime-checkable
    protocol only asks for a ``__call__``, which every function has (a span suggester of ``@misc``
    would pass for an aligner and fail at its first batch)."""
    if not isinstance(part, protocol):
        return False
    if not getattr(protocol, "_is_protocol", False) or "__call__" not in vars(protocol):
        return True
    names = list(inspect.signature(protocol.__call__).parameters)[1:]  # without self
    try:
        inspect.signature(part).bind(**dict.fromkeys(names))
    except TypeError:
        return False
    except ValueError:  # no signature to read (a builtin): the call decides
        return True
    return True


def _describe(part: Any) -> str:
    """A foreign part by the dotted name of its code and its parameters (its repr has addresses)."""
    code = part.func if isinstance(part, partial) else part
    if inspect.isfunction(code) or inspect.isclass(code):
        name = f"{code.__module__}.{code.__qualname__}"
    else:
        name = f"a {type(code).__module__}.{type(code).__qualname__}"
    try:
        return f"{name}({', '.join(inspect.signature(part).parameters)})"
    except (TypeError, ValueError):  # not callable, or no signature to read
        return name


MAX_WEIGHT = 1000.0  # a score's weight is relative to the others': at 1000:1 one score already decides alone


def check_number(key: str, value: Any, low: float = -math.inf, high: float = math.inf, *, integer: bool = False,
                 above: bool = False) -> None:
    """A number of a config, checked when its part is built: confection passes ``nan`` on as a string
    and ``true`` as an int, and an infinite or huge weight would surface as NaN scores that drop every
    entity without a word. ``ValueError("key must be ...")``: ``config_error`` names the setting.
    ``above``: ``low`` itself is excluded."""
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)) \
            or (not integer and not math.isfinite(value)):
        raise ValueError(f"{key} must be {'an integer' if integer else 'a finite number'}, got {value!r}")
    if value < low or (above and value == low) or value > high:
        lower = f"{'>' if above else '>='} {low:g}"
        bounds = lower if high == math.inf else f"in {'(' if above else '['}{low:g}, {high:g}]"
        raise ValueError(f"{key} must be {bounds}, got {value!r}")


def check_score_settings(weight: Any, threshold: Any) -> None:
    """A projection score's ``weight`` (relative to the other scores') and ``threshold`` (its values lie in [0, 1])."""
    check_number("weight", weight, 0, MAX_WEIGHT)
    check_number("threshold", threshold, 0, 1)


def is_label(label: Any) -> bool:
    """An entity label a config may name: an empty one would write entities no reader can tell from
    "O", and one with a blank breaks every column format (CoNLL, IOB)."""
    return isinstance(label, str) and bool(label) and not any(c.isspace() for c in label)
