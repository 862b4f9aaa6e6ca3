"""Writing files safely: outputs checked before any work, written atomically, temp files never left behind.

A command checks every output path with ``check_outputs`` before it reads or computes anything,
so a run fails in its first second instead of after an hour, and never writes over its input.
Temporary files and directories carry the writer's pid in their name: a run killed with SIGKILL
cannot clean up, so the next run in the same place removes those whose writer is dead. A folder
with a name a user could have chosen (the work folder ``OUTPUT.shards``) is ours only if it carries
our mark: only such a folder is ever written into or deleted.
"""
from __future__ import annotations

import atexit
import gzip
import io
import os
import re
import shutil
import stat
import tempfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .errors import InputError

PathLike = Union[str, Path]
_TMP_FILE = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp(\.old)?$")  # .NAME.PID.RANDOM.tmp, and the .old it replaces
OWNED_MARK = ".xner-owned"  # in a folder spacy-xner made and may delete
CHOOSE = "choose another output path"


def is_directory_corpus(path: PathLike) -> bool:
    """An output path names a directory of shards unless it ends with ``.spacy``."""
    return Path(path).suffix != ".spacy"


def check_outputs(inputs: Iterable[Optional[PathLike]], outputs: Iterable[Optional[PathLike]],
                  corpus: Optional[PathLike] = None, work: Optional[PathLike] = None,
                  cache: Optional[PathLike] = None) -> None:
    """Refuse, in one line naming the path, an output that cannot be written or would destroy, swallow
    or be read as an input or another output. ``inputs``: every path the command reads; ``outputs``:
    files written whole; ``corpus``: the corpus written (a ``.spacy`` file, or a directory of shards that
    replaces any earlier one); ``work``: the folder where a run keeps what a rerun reuses, deleted after
    success (ours or absent); ``cache``: a directory of entries, written into and kept. ``None`` entries
    (options not given) are ignored. Paths are compared as the files they name (through symlinks)."""
    read = {_identity(p): Path(p) for p in inputs if p is not None}
    written = [(Path(p), "file") for p in outputs if p is not None]
    if corpus is not None:
        written.insert(0, (Path(corpus), "directory" if is_directory_corpus(corpus) else "file"))
    if work is not None:
        written.append((Path(work), "work"))
    replaced: dict[str, Path] = {}
    for output, kind in written:
        key = _identity(output)
        for source_key, source in read.items():
            overlap = _overlap(key, source_key)
            if overlap:
                role = "is this run's work folder (deleted after success) and " if kind == "work" else ""
                raise InputError(output, f"{role}{overlap} the input {source}; {CHOOSE}")
        _check_kind(output, kind)
        for other_key, other in replaced.items():
            overlap = _overlap(key, other_key)
            if overlap == "is also":
                raise InputError(output, "is given for two outputs; choose different paths")
            if overlap:
                raise InputError(output, f"{overlap} the output {other}; choose different paths")
        replaced[key] = output
        _check_writable(output)
    if cache is not None:
        _check_cache(Path(cache), read, replaced)


def _check_kind(output: Path, kind: str) -> None:
    """An existing path is replaced only by its own kind: a file by a file, a corpus of shards by a
    corpus, a work folder of ours by ours. A symlink is refused: renaming the new output into place
    would replace the link, not write to what it points to (``/dev/stdout`` is one)."""
    if kind == "work":
        _check_owned(output)
    elif output.is_symlink():
        raise InputError(output, f"is a symlink (to {os.readlink(output)}): an output is written to a new file or "
                                 f"directory and renamed into place, which would replace the link; give the path it "
                                 f"points to or {CHOOSE}")
    elif not output.exists():
        return
    elif kind == "file":
        if output.is_dir():
            raise InputError(output, f"is a directory, not a file to replace; {CHOOSE}")
        if not stat.S_ISREG(output.stat().st_mode):
            raise InputError(output, f"is not a regular file (a pipe or a device): an output is written to a new "
                                     f"file and renamed into place; {CHOOSE}")
    else:
        _check_corpus_directory(output)


def _check_corpus_directory(path: PathLike) -> None:
    """A directory output may replace only what it could have written: a directory of ``.spacy`` shards
    and nothing else (an empty corpus is one empty shard), never a file or a folder of other things."""
    path = Path(path)
    if path.is_dir():
        other = next((f for f in path.rglob("*") if not f.is_file() or f.suffix != ".spacy"), None)
        if other is not None:
            raise InputError(path, f"is a directory with files other than .spacy shards ({other.relative_to(path)}), "
                                   f"not a corpus to replace; {CHOOSE}")
        if next(path.iterdir(), None) is None:
            raise InputError(path, f"is a directory without .spacy shards, not a corpus to replace; {CHOOSE}")
    elif path.exists():
        raise InputError(path, f"is a file, and an output named without .spacy is a directory of shards; {CHOOSE}")


def _check_cache(cache: Path, inputs: dict[str, Path], outputs: dict[str, Path]) -> None:
    """A cache is written into: not inside an input (it would change it) nor in an output (replaced)."""
    if cache.exists() and not cache.is_dir():
        raise InputError(cache, "is a file, not a cache directory; choose another --cache-dir")
    key = _identity(cache)
    for other_key, other in [*inputs.items(), *outputs.items()]:
        overlap = _overlap(key, other_key)
        if overlap in ("is also", "lies inside"):
            role = "input" if other_key in inputs else "output"
            raise InputError(cache, f"{overlap} the {role} {other}; choose another --cache-dir")
    _check_writable(cache / "entry")


def _identity(path: PathLike) -> str:
    """The same string for two spellings of one file (relative, absolute, through a symlink)."""
    return os.path.realpath(path)


def _overlap(path: str, other: str) -> Optional[str]:
    """How real path ``path`` overlaps ``other``, as the words of an error; None if they are apart."""
    if path == other:
        return "is also"
    if Path(path).is_relative_to(other):
        return "lies inside"
    if Path(other).is_relative_to(path):
        return "contains"
    return None


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


def _check_owned(path: PathLike) -> None:
    """Refuse a folder (or file) at ``path`` that spacy-xner did not make: it is the user's."""
    path = Path(path)
    if os.path.lexists(path) and not (path.is_dir() and not path.is_symlink() and (path / OWNED_MARK).is_file()):
        raise InputError(path, f"exists and is not a folder spacy-xner made (no {OWNED_MARK} in it), so it is "
                               f"neither written into nor deleted; move it away or {CHOOSE}")


def owned_directory(path: PathLike) -> Path:
    """``path`` as a folder of ours: made now with our mark, or one an earlier run made (a rerun reuses
    what it kept); a folder of the user's there is refused. One made now and still holding nothing but
    the mark after the run (it failed before keeping anything) is removed by ``remove_unused_folders``."""
    path = Path(path)
    _check_owned(path)
    try:
        make_directory(path)
        if not (path / OWNED_MARK).is_file():
            (path / OWNED_MARK).write_text("made by spacy-xner, which deletes this folder when its run succeeds\n",
                                           encoding="utf-8")
            _made.insert(0, path)
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror})") from None
    return path


def make_directory(path: Path) -> None:
    """``mkdir -p``, noting the folders made, so that a failed run leaves no trace of its output path
    (``remove_unused_folders``)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if missing and not _made:
        atexit.register(remove_unused_folders)  # for library callers; the CLI calls it after each command
    _made.extend(missing)  # deepest first


_made: list[Path] = []  # folders this process made, deepest first


def remove_unused_folders() -> None:
    """Remove the folders this process made that hold nothing (or only our mark) once its run is over:
    a run that failed before writing leaves the disk as it found it."""
    while _made:
        path = _made.pop(0)
        try:
            if [entry.name for entry in path.iterdir()] in ([], [OWNED_MARK]):
                shutil.rmtree(path, ignore_errors=True)
        except OSError:  # removed already (the run succeeded), or no longer readable
            pass


def write_atomic(path: PathLike, data: Union[bytes, str, Iterable[str]]) -> None:
    """Write to a temporary file beside ``path`` and rename: the output appears only when complete
    (``data`` may be a stream of text pieces, written as they come; an error in it leaves no file)."""
    path = Path(path)
    try:
        make_directory(path.parent)
        _sweep_dead_tmp_files(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as err:  # checked before the work; the disk or permissions changed since
        raise InputError(path, f"cannot be written ({err.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, (bytes, str)):
                handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            else:
                for piece in data:
                    handle.write(piece.encode("utf-8"))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; outputs get the usual mode
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise InputError(path, f"cannot be written ({err.strerror})") from None
        raise


def directory_beside(path: PathLike) -> Path:
    """A fresh hidden directory beside ``path`` to write a directory output into (then
    ``replace_directory``); those of dead writers are removed first. What is at ``path`` is checked
    now, before the work: only a directory of shards may be replaced."""
    path = Path(path).absolute()
    _check_corpus_directory(path)
    try:
        make_directory(path.parent)
        _sweep_dead_tmp_files(path.parent)
        return Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"))
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror})") from None


def replace_directory(new: PathLike, path: PathLike) -> None:
    """Move the finished directory ``new`` to ``path``, replacing an earlier corpus of shards there
    (checked again: it may have changed during the run) or a symlink (the link, not what it points to)."""
    new, path = Path(new), Path(path)
    _check_corpus_directory(path)
    try:
        os.chmod(new, 0o777 & ~_umask())  # mkdtemp creates 0700
        old = None
        if os.path.lexists(path):
            old = new.with_name(new.name + ".old")  # swept like ``new`` if this process dies before removing it
            os.replace(path, old)
        os.replace(new, path)
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror})") from None
    if old is not None:
        _remove(old)


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
            _remove(entry)


def _remove(path: Path) -> None:
    """A file, a symlink (not what it points to) or a directory tree, as far as it can be removed."""
    if path.is_dir() and not path.is_symlink():  # a directory corpus being written, or the one it replaced
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


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
