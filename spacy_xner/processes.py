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
from typing import Callable, Sequence

_PR_SET_PDEATHSIG = 1


_STOPS = {signal.SIGINT, signal.SIGTERM}


def run_child(args: Sequence[str]) -> None:
    """Run ``args`` to completion; ``CalledProcessError`` if it fails.

    Ctrl-C and SIGTERM wait while the child starts: arriving inside ``Popen()``, their exception
    would leave it before the child is ours to kill, and it would run on (into the temporary files
    its parent is removing). Once started, it is killed on either."""
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        process = subprocess.Popen(list(args), preexec_fn=_die_with_parent(mask))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a signal that came meanwhile is raised here
    with process:
        try:
            process.wait()
        except BaseException:
            process.kill()
            raise
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, list(args))


def _die_with_parent(mask: set) -> Callable[[], None]:
    """In the child: the parent's signal mask before the block, and (on Linux) SIGKILL when it dies."""
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
    parent = os.getpid()

    def in_child() -> None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if libc is not None:
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != parent:  # the parent died between fork and prctl
                os._exit(1)

    return in_child
