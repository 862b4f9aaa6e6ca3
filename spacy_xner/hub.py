"""Loading a Hugging Face model by hub name or local path, the one loader every model-backed part uses.

Offline (``HF_HUB_OFFLINE`` / ``TRANSFORMERS_OFFLINE``) or given a local directory, it never reaches for the
network, and a model that is not there is one line saying what to download, not a traceback.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import XnerError


def _offline() -> bool:
    return any(os.environ.get(v, "").lower() in ("1", "true", "yes") for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def resolve_model(name: str) -> str:
    """A local directory as an absolute path, or a hub name; ``XnerError`` for a missing path."""
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise XnerError(f"model directory '{name}' has no config.json (not a Hugging Face model)")
        return str(path.resolve())
    if name.startswith((".", "/", "~")) or name.count("/") > 1:
        raise XnerError(f"model path '{name}' not found")
    return name


def from_pretrained(loader: Any, name: str, **kwargs: Any) -> Any:
    """``loader.from_pretrained`` that fails at once, naming what to download, when offline."""
    resolved = resolve_model(name)
    local = Path(resolved).is_dir()
    try:
        return loader.from_pretrained(resolved, local_files_only=local or _offline(), **kwargs)
    except OSError as err:
        if local:
            raise XnerError(f"cannot load model from '{resolved}': {err}") from None
        raise XnerError(
            f"model '{name}' is not in the local Hugging Face cache; download it first "
            f"(`huggingface-cli download {name}`) or pass a local path"
        ) from None
