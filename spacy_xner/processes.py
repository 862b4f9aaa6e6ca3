"""Child processes that die with their parent.

A killed ``xner`` must not leave a child computing for minutes: on Linux the child asks the kernel
(``prctl(PR_SET_DEATHSIG)``) for SIGKILL when its parent dies, which covers even SIGKILL of the
parent; SIGTERM and Ctrl-C reach ``subprocess.run`` as exceptions, and it kills the child.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from typing import Callable, Optional, Sequence

_PR_SET_PDEATHSIG = 1


def run_child(args: Sequence[str]) -> None:
    """Run ``args`` to completion; ``CalledProcessError`` if it fails."""
    subprocess.run(list(args), check=True, preexec_fn=_die_with_parent())


def _die_with_parent() -> Optional[Callable[[], None]]:
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    parent = os.getpid()

    def in_child() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died between fork and prctl
            os._exit(1)

    return in_child
