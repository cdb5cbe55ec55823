"""``python -m bench.profile``: where a product worker spends its CPU (``make bench-profile``).

Starts the product as bench/run.py does (one worker, pinned to CPU 0), drives
one endpoint with wrk from CPU 1, and samples the worker with py-spy
(``--gil``: only the thread holding the GIL, so waiting threads are not
counted as work). Prints the functions with the largest inclusive and self
shares of the samples, and keeps the raw stacks in bench/out/ (flame-graph
input: ``py-spy``'s raw format is the collapsed-stack format).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from bench.run import BENCH, OUT, WRK, Scenario, inspect, start_product, stop, workers

PY_SPY = BENCH / ".venv-datasette" / "bin" / "py-spy"
FRAME = re.compile(r"^(?P<function>.*) \((?P<file>.*?):\d+\)$")
# Frames every sample shares (thread start-up, gunicorn's run loop): not informative.
PLUMBING = (
    "Thread._bootstrap",
    "Thread.run",
    "_worker (concurrent",
    "_WorkItem.run",
    "<module>",
    "Arbiter.",
    "Application.run",
    "BaseApplication.run",
    "run (gunicorn/app/wsgiapp.py)",
    "ThreadWorker.run (",
    "ThreadWorker.init_process",
    "Worker.init_process",
)


def label(frame):
    match = FRAME.match(frame)
    if not match:
        return frame
    return f"{match['function']} ({match['file'].split('site-packages/')[-1]})"


def summarize(raw, top):
    inclusive, own, total = collections.Counter(), collections.Counter(), 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        count = int(count)
        total += count
        frames = [label(f) for f in stack.split(";")]
        for name in set(frames):
            inclusive[name] += count
        own[frames[-1]] += count
    lines = [f"{total} samples (GIL held)", "", "inclusive:"]
    shown = [(n, c) for n, c in inclusive.most_common() if not n.startswith(PLUMBING)][:top]
    lines += [f"  {100 * c / total:5.1f}%  {n}" for n, c in shown]
    lines += ["", "self:"]
    lines += [f"  {100 * c / total:5.1f}%  {n}" for n, c in own.most_common(top)]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", type=Path, default=BENCH.parent / "build" / "data.db")
    parser.add_argument("--path", default="/v1/projects", help="endpoint to drive")
    parser.add_argument("--uncached", action="store_true", help="a distinct Accept per request (no response cache)")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--top", type=int, default=30)
    options = parser.parse_args(argv)
    if not PY_SPY.exists():
        parser.error(f"no py-spy at {PY_SPY} (make bench-deps installs it)")
    OUT.mkdir(parents=True, exist_ok=True)
    inspect(options.database, "profile")  # fails early on a database that is not a dataset
    name = re.sub(r"[^a-z0-9]+", "-", f"{options.path}-{'uncached' if options.uncached else 'cached'}".lower()).strip(
        "-"
    )
    raw = OUT / f"profile-{name}.raw"
    server = start_product(options.database, 0, f"profile-{name}", {"MAX_REQUESTS": "0"})
    try:
        scenario = Scenario("profile", options.path, {"product": [options.path]}, uncached=options.uncached)
        paths = OUT / f"paths-profile-{name}.txt"
        paths.write_text(options.path + "\n")
        env = {"BENCH_PATHS": str(paths), "BENCH_UNCACHED": "1" if scenario.uncached else "0"}
        load = subprocess.Popen(  # noqa: S603 - our own command line
            [  # noqa: S607 - taskset from PATH, as make does
                "taskset",
                "-c",
                "1",
                WRK,
                "-t1",
                "-c8",
                f"-d{options.seconds + 2}s",
                "-s",
                str(BENCH / "wrk.lua"),
                server.base + options.path,
            ],
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
        )
        time.sleep(1)
        worker = workers(server)[0]
        subprocess.run(  # noqa: S603
            [
                *(str(PY_SPY), "record", "--pid", str(worker), "--duration", str(options.seconds), "--rate", "250"),
                *("--gil", "--nonblocking", "--format", "raw", "--output", str(raw)),
            ],
            check=True,
            capture_output=True,
        )
        load.wait(timeout=options.seconds + 30)
    finally:
        stop(server)
    print(f"{options.path} ({'uncached' if options.uncached else 'cached'}) on {options.database}; raw stacks: {raw}")
    print(summarize(raw, options.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
