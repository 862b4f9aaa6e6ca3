"""The ``xner`` command line: one thin command per stage over the library functions.

Exit statuses: 0 done, 2 bad input (one line ``✘ file:line: reason`` on stderr), 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM). This module imports nothing heavy: the commands, and spaCy with
them, load inside ``run``'s guard, so a Ctrl-C while they load is the same one line as during the work.
"""
from __future__ import annotations

import signal
import sys
from typing import Any, Callable

INTERRUPTED = 128 + signal.SIGINT
TERMINATED = 128 + signal.SIGTERM


def main() -> None:
    """Entry point of ``xner`` (and ``python -m spacy_xner``)."""
    _run_guarded(_xner_app)


def run(typer_app) -> None:
    """Run a typer app (``xner`` or a project script) with ``xner``'s exit statuses and one-line errors."""
    _run_guarded(lambda: typer_app)


def __getattr__(name: str) -> Any:
    if name == "app":  # the app with every command, for callers that invoke it in-process
        return _xner_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _xner_app():
    """The app with every command: each command module registers its command(s) on it when imported."""
    from . import align, convert, evaluate, label, pair, project, report, self_label, show, transfer, translate  # noqa: F401
    from ._app import app

    return app


class Terminated(SystemExit):
    """SIGTERM as an exit that unwinds the stack: ``finally`` blocks and context managers run (child
    processes killed, temporary files removed) as on Ctrl-C, and no ``except Exception`` swallows it."""


def _exit_on_sigterm(signum, frame) -> None:
    raise Terminated(TERMINATED)


def _run_guarded(load_app: Callable[[], Any]) -> None:
    """Interrupts and user errors become one line on stderr and an exit status; cleanup has run by
    then (the exception unwound the stack). typer reports a KeyboardInterrupt as the return value
    130 when not in standalone mode, so the status returned is an exit status too, never dropped."""
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        from ._ray import bare_ray_flag

        code = load_app()(args=bare_ray_flag(sys.argv[1:]), standalone_mode=False)
    except KeyboardInterrupt:
        code = INTERRUPTED
    except Terminated:
        _fail("terminated")
        raise
    except SystemExit:
        raise
    except Exception as err:
        _exit_on_error(err)
    finally:
        from ..io import remove_unused_folders

        remove_unused_folders()  # a failed run leaves no empty output folder behind
    if code == INTERRUPTED:
        _forget_the_interrupt()
        _fail("interrupted")
    if isinstance(code, int) and code:
        sys.exit(code)


def _forget_the_interrupt() -> None:
    """CPython records a KeyboardInterrupt that leaves an ``exec`` of a string (dataclasses, typing and
    friends make those while modules load) as unhandled even when it is caught later, and ``python -m``
    then ends by killing itself with SIGINT instead of our status. The record is reset by the next such
    ``exec``: this one."""
    exec("")


def _exit_on_error(err: Exception) -> None:
    import typer

    from ..errors import XnerError

    if isinstance(err, XnerError):
        _fail(str(err))  # one unwrapped line (wasabi's msg.fail wraps, prints to stdout, and exit=False means 0)
        sys.exit(2)
    if isinstance(err, typer.Abort):
        sys.exit(1)
    if isinstance(err, typer.exceptions.TyperException) and hasattr(err, "show"):
        err.show()  # usage errors: typer >= 0.22 vendors click, so these are not click.ClickException
        sys.exit(err.exit_code)
    raise err


def _fail(reason: str) -> None:
    print(f"✘ {reason}", file=sys.stderr)
