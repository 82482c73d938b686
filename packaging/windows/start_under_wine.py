"""Start to first window under Wine: the frozen Windows app vs a bare PySide6 window.

    python packaging/windows/start_under_wine.py [--runs N]

After ``make package-windows``. Under the same Wine (the build prefix, an Xvfb screen of
1366x768), interleaved runs of:
- Wine's own start: ``cmd.exe /c exit``;
- a bare PySide6 window (benchmarks/startup.py's, run by the embedded Windows Python with
  the Windows PySide6 wheel), quitting once painted;
- the frozen app (build/windows/dist/dossier-ccpt/dossier-ccpt.exe --quit-after-show) on
  the example dossier.
"Cold" runs stop the wineserver first (a user's first start of a Wine program); "warm"
ones keep it running. Medians are printed. Figures under Wine say nothing about Windows.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parents[2]), str(HERE.parents[2] / "benchmarks")]
import windows_build as wb  # noqa: E402
from startup import BARE  # noqa: E402  (the same bare window as the Linux benchmark)

PREFIX = wb.WIN / "prefix"


def stop_wineserver() -> None:
    subprocess.run([shutil.which("wineserver") or "wineserver", "-k"],
                   env=wb.wine_environment(PREFIX), stderr=subprocess.DEVNULL, check=False)
    wb.wineserver_wait(PREFIX)


def timed(command: list, cwd: Path) -> float:
    start = time.perf_counter()
    result = wb.run(command, PREFIX, capture_output=True, cwd=cwd, timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("cold", "warm"))
    args = parser.parse_args()
    modes = [args.only] if args.only else ["cold", "warm"]
    if wb.ON_WINDOWS:
        raise SystemExit("this measures Wine: run it on Linux")
    app = wb.BUNDLE / "dossier-ccpt.exe"
    if not app.exists():
        raise SystemExit(f"{app} is missing: run `make package-windows` first")
    wb.wine_prefix(PREFIX)
    home = wb.WIN / "start-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    bare = home / "bare.py"
    bare.write_text(BARE, encoding="utf-8")
    dossier = home / "exemple.ccpt"
    example = wb.BUNDLE / "_internal" / "dossier_app" / "resources" / "examples" / \
        "exemple-dossier-social.json"
    env = {"DOSSIER_CCPT_HOME": wb.windows_path(home / "user")}
    wb.run([wb.BUNDLE / "dossier-app.exe", "import", wb.windows_path(example), "-o",
            wb.windows_path(dossier)], PREFIX, capture_output=True, check=True, env=env, cwd=home)
    commands = {
        "Wine's own start (cmd.exe /c exit)": ["cmd.exe", "/c", "exit"],
        "bare PySide6 window (embedded Python)": [wb.BUILD_PYTHON / "python.exe",
                                                  wb.windows_path(bare)],
        "frozen app, example dossier": [app, "--quit-after-show", wb.windows_path(dossier)],
    }
    with wb.screen(PREFIX):
        for command in commands.values():  # warm the disk cache and Python's bytecode
            timed(command, home)
        for mode in modes:
            times: dict[str, list[float]] = {name: [] for name in commands}
            if mode == "warm":
                stop_wineserver()
                subprocess.run([shutil.which("wineserver") or "wineserver", "-p"],
                               env=wb.wine_environment(PREFIX), check=True)
                # Wine's services start with the first program and would hold its output
                # pipes open: start them here, without pipes.
                wb.run(["cmd.exe", "/c", "exit"], PREFIX, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
            for _ in range(args.runs):
                for name, command in commands.items():
                    if mode == "cold":
                        stop_wineserver()
                    times[name].append(timed(command, home))
            print(f"{mode} (wineserver {'stopped before each run' if mode == 'cold' else 'running'}"
                  f"), median of {args.runs} interleaved runs:")
            for name, values in times.items():
                print(f"  {name:<40} {statistics.median(values):6.2f} s  "
                      f"(min {min(values):.2f}, max {max(values):.2f})")
            bare_s = statistics.median(times["bare PySide6 window (embedded Python)"])
            app_s = statistics.median(times["frozen app, example dossier"])
            print(f"  ratio frozen app / bare window {app_s / bare_s:.2f}", flush=True)
        stop_wineserver()


if __name__ == "__main__":
    main()
