"""The ``xner`` command line: one thin command per stage over the library functions."""
from __future__ import annotations

import sys

from wasabi import msg

from ..errors import XnerError
from ._app import app

# Each module registers its command(s) on ``app``.
from . import align, convert, evaluate, pair, project, report, show, translate  # noqa: E402,F401


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        app(standalone_mode=False)
    except XnerError as err:
        msg.fail(str(err), exits=False)
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as err:
        import click

        if isinstance(err, click.exceptions.Abort):
            sys.exit(1)
        if isinstance(err, click.exceptions.ClickException):
            err.show()
            sys.exit(err.exit_code)
        raise
