"""An on-disk cache of finished batches, so a killed stage resumes where it stopped.

Each batch result is one msgpack file named by the hash of everything that determines it (model,
settings, inputs); a rerun computes only the batches whose files are missing. Files are written
atomically, so a crash never leaves a half-written entry; an entry that is damaged anyway (a disk
error, a user's edit) or does not fit its batch is recomputed and counted, never trusted.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Optional, Union

import srsly

from .errors import InputError
from .io import write_atomic


def cache_key(*parts: Any) -> str:
    """A stable key for JSON-serializable parts (model name, languages, texts, options)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


_UNREADABLE = object()


class BatchCache:
    def __init__(self, directory: Optional[Union[str, Path]]):
        self.directory = Path(directory) if directory is not None else None
        self.hits = 0
        self.misses = 0
        self.rejected = 0  # entries that were unreadable or did not fit their batch

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.msgpack"

    def get_or_compute(self, key: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        """The cached value for ``key`` if ``valid(value)``, else ``compute()`` stored under it."""
        if self.directory is not None:
            path = self._path(key)
            if path.is_file():
                try:
                    value = srsly.msgpack_loads(path.read_bytes())
                except Exception:  # truncated or corrupt: msgpack raises several types
                    value = _UNREADABLE
                if value is not _UNREADABLE and valid(value):
                    self.hits += 1
                    return value
                self.rejected += 1
        self.misses += 1
        value = compute()
        if self.directory is not None:
            try:
                write_atomic(self._path(key), srsly.msgpack_dumps(value))
            except InputError as err:  # the disk filled up, or the folder changed since ``check_outputs``
                raise InputError(self.directory, f"cache {err.reason}") from None
        return value
