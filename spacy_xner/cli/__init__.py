"""The ``xner`` command line: one thin command per stage over the library functions."""
from __future__ import annotations

import signal
import sys

from ..errors import XnerError
from ._app import app
from ._ray import bare_ray_flag

# Each module registers its command(s) on ``app``.
from . import align, convert, evaluate, label, pair, project, report, show, transfer, translate  # noqa: E402,F401


def main() -> None:
    """Entry point of ``xner``."""
    run(app)


def run(typer_app) -> None:
    """Run a typer app (``xner`` or a project script): user errors become one line on stderr, exit code 2.

    SIGTERM becomes ``SystemExit(143)`` in the main thread, so ``finally`` blocks and context managers
    run: child processes are killed and temporary files removed, as on Ctrl-C.
    """
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        typer_app(args=bare_ray_flag(sys.argv[1:]), standalone_mode=False)
    except XnerError as err:
        # one unwrapped line on stderr (wasabi's msg.fail wraps, prints to stdout, and exits=False means exit 0)
        print(f"✘ {err}", file=sys.stderr)
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as err:
        import typer

        if isinstance(err, typer.Abort):
            sys.exit(1)
        if isinstance(err, typer.exceptions.TyperException) and hasattr(err, "show"):
            # usage errors: typer >= 0.22 vendors click, so these are not click.ClickException
            err.show()
            sys.exit(err.exit_code)
        raise


def _exit_on_sigterm(signum, frame) -> None:
    sys.exit(128 + signum)
