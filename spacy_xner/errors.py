"""User-facing errors: the CLI prints them as one line and exits with code 2, no traceback."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union


class XnerError(Exception):
    """An error caused by the user's input or options, not by a bug."""


class InputError(XnerError):
    """Bad input data, located by file and (1-based) line."""

    def __init__(self, path: Union[str, Path, None], reason: str, line: Optional[int] = None):
        self.path, self.line, self.reason = path, line, reason
        where = str(path) if path is not None else "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # picklable, so an error raised on a Ray worker reaches the driver intact
        return type(self), (self.path, self.reason, self.line)
