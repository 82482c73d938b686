"""Processes of this computer: whether one runs, and when it started.

A lock or a temporary file names the process that made it by its id. Ids are reused,
quickly on Windows, so an id alone could keep a dossier read-only after a crash: a
process that started after the lock was taken, or a lock taken before the computer
last started, cannot be its holder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .clock import SYSTEM


def process_alive(pid: int) -> bool:
    """Whether a process of this computer with this id runs (or may run: not ours to see)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True  # cannot tell: keep its files
    return True


def process_started(pid: int) -> float | None:
    """When the process ``pid`` started (seconds since the epoch), None when unknown."""
    try:
        if os.name == "nt":
            return _windows_process_started(pid)
        if sys.platform.startswith("linux"):
            return _linux_boot_time() + _linux_ticks_since_boot(pid) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return None


def boot_time() -> float | None:
    """When this computer last started (seconds since the epoch), None when unknown."""
    try:
        if os.name == "nt":
            import ctypes

            uptime = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
            uptime.restype = ctypes.c_ulonglong
            return SYSTEM.now().timestamp() - uptime() / 1000
        if sys.platform.startswith("linux"):
            return _linux_boot_time()
    except (OSError, ValueError, AttributeError):
        pass
    return None


def _linux_boot_time() -> float:
    for line in Path("/proc/stat").read_text(encoding="ascii").splitlines():
        if line.startswith("btime "):
            return float(line.split()[1])
    raise ValueError("no btime")


def _linux_ticks_since_boot(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    # The name (field 2) is in parentheses and may hold spaces: count from the last ")".
    return int(stat[stat.rindex(")") + 2:].split()[19])


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists, not ours
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _windows_process_started(pid: int) -> float | None:
    import ctypes
    from ctypes import wintypes

    process_query_limited_information = 0x1000
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return None
    try:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        created = times[0].dwHighDateTime << 32 | times[0].dwLowDateTime
        return created / 10_000_000 - 11_644_473_600  # 100 ns since 1601 to Unix seconds
    finally:
        kernel32.CloseHandle(handle)
