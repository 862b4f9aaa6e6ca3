"""Writing files safely: outputs checked before any work, written atomically, temp files never left behind.

A command checks every output path with ``check_outputs`` before it reads or computes anything,
so a run fails in its first second instead of after an hour, and never writes over its input.
Temporary files and directories carry the writer's pid in their name: a run killed with SIGKILL
cannot clean up, so the next run in the same place removes those whose writer is dead.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .errors import InputError

PathLike = Union[str, Path]
_TMP_FILE = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")  # .NAME.PID.RANDOM.tmp


def check_outputs(inputs: Iterable[Optional[PathLike]], outputs: Iterable[Optional[PathLike]]) -> None:
    """Refuse (one line naming the path) an output that is an input, another output, a directory,
    or not writable; ``None`` entries (options not given) are ignored."""
    given_inputs = {_identity(p): Path(p) for p in inputs if p is not None}
    seen: dict[str, Path] = {}
    for output in (Path(p) for p in outputs if p is not None):
        key = _identity(output)
        if key in given_inputs:
            raise InputError(output, f"is also the input {given_inputs[key]}; choose another output path")
        if key in seen:
            raise InputError(output, "is given for two outputs; choose different paths")
        seen[key] = output
        if output.is_dir() and any(not f.is_file() or f.suffix != ".spacy" for f in output.rglob("*")):
            raise InputError(output, "is a directory with files other than .spacy shards, not a corpus to write")
        _check_writable(output)


def _identity(path: PathLike) -> str:
    """The same string for two spellings of one file (relative, absolute, through a symlink)."""
    return os.path.realpath(path)


def _check_writable(output: Path) -> None:
    """Probe the nearest existing directory above ``output`` by creating (and removing) a file in it."""
    parent = output.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(output, f"cannot be written: {parent} is a file, not a directory")
    try:
        fd, probe = tempfile.mkstemp(dir=parent, prefix=f".{output.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as err:
        raise InputError(output, f"cannot be written ({err.strerror})") from None
    os.close(fd)
    os.unlink(probe)


def write_atomic(path: PathLike, data: Union[bytes, str]) -> None:
    """Write to a temporary file beside ``path`` and rename: the output appears only when complete."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_dead_tmp_files(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as err:  # checked before the work; the disk or permissions changed since
        raise InputError(path, f"cannot be written ({err.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; outputs get the usual mode
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise InputError(path, f"cannot be written ({err.strerror})") from None
        raise


def directory_beside(path: PathLike) -> Path:
    """A fresh hidden directory beside ``path`` to write a directory output into (then
    ``replace_directory``); those of dead writers are removed first."""
    path = Path(path).absolute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_dead_tmp_files(path.parent)
        return Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"))
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror})") from None


def replace_directory(new: PathLike, path: PathLike) -> None:
    """Move the finished directory ``new`` to ``path``, replacing an earlier one there (a directory
    corpus that ``check_outputs`` allowed: only ``.spacy`` shards)."""
    new, path = Path(new), Path(path)
    try:
        os.chmod(new, 0o777 & ~_umask())  # mkdtemp creates 0700
        old = None
        if path.exists():
            old = new.with_name(new.name + ".old")
            os.replace(path, old)
        os.replace(new, path)
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror})") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


_swept: set[Path] = set()


def _sweep_dead_tmp_files(directory: Path) -> None:
    """Once per directory and process: a dead writer stays dead, and a shard or cache directory
    gets thousands of writes."""
    if directory in _swept:
        return
    _swept.add(directory)
    for entry in directory.iterdir():
        match = _TMP_FILE.match(entry.name)
        if match and not _alive(int(match.group(1))):
            if entry.is_dir():  # a directory corpus being written
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


@contextmanager
def owned_tempdir(prefix: str) -> Iterator[Path]:
    """A fresh temporary directory, removed on exit; first removes those of this ``prefix`` whose
    owner process is dead (killed with SIGKILL, which no cleanup survives)."""
    root = Path(tempfile.gettempdir())
    for entry in root.glob(f"{prefix}*-*"):
        pid, _, _ = entry.name[len(prefix):].partition("-")  # PREFIX-PID-RANDOM; mkdtemp's RANDOM has no "-"
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)
    directory = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=root))
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_lines(path: PathLike) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of a UTF-8 text file (gzip when its name ends with ``.gz``): the one rule
    of every line reader, so a file read by one command reads the same in another. A byte order mark
    at the start is dropped and ``\\r\\n`` read as ``\\n`` (what Windows editors write); lines end at
    ``\\n`` only, never at U+2028 and the like (``splitlines`` would, shifting every later line), and a
    final newline ends the last line without starting another. A carriage return elsewhere (old Mac
    line ends, a line cut in two) and text that is not UTF-8 are refused with the line. Streamed:
    memory holds one line (text mode decodes in C, as fast as reading bytes)."""
    import io
    import zlib

    path = Path(path)
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not a text file")
    number = 0  # a pipe (`<(zcat f.gz)`, a FIFO) is read like a file: once, as a stream
    try:
        with io.TextIOWrapper(_open_bytes(path), encoding="utf-8-sig", newline="\n") as handle:
            for number, line in enumerate(handle, 1):
                if line[-1:] == "\n":
                    line = line[:-2] if line[-2:] == "\r\n" else line[:-1]
                if "\r" in line:
                    raise InputError(path, "a carriage return (\\r) inside a line; lines end at \\n or \\r\\n", number)
                yield number, line
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    except EOFError:
        raise InputError(path, "truncated gzip file (it ends before its end-of-stream marker)", number + 1) from None
    except (OSError, zlib.error) as err:  # gzip.BadGzipFile is an OSError
        raise InputError(path, f"cannot read ({getattr(err, 'strerror', None) or err})", number + 1) from None


def _open_bytes(path: Path):
    """The file's bytes, gunzipped when its name ends with ``.gz``."""
    import gzip

    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def _not_utf8(path: Path) -> InputError:
    """The error naming the first line that is not UTF-8 (text mode decodes in chunks, so it does not
    know the line: the file is read again, on this error path only; a pipe cannot be)."""
    if not path.is_file():
        return InputError(path, "not valid UTF-8")
    with _open_bytes(path) as handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                return InputError(path, "is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8", 1)
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as err:
                return InputError(path, f"not valid UTF-8 ({err.reason} at byte {err.start})", number)
    return InputError(path, "not valid UTF-8")
