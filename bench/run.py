"""``python -m bench.run``: the throughput benchmark behind BENCHMARKS.md (``make bench``).

Three servers on the same SQLite file, each pinned to one core (``taskset``),
the load generator (wrk, 1 thread, 8 connections) pinned to the other:

- the product, exactly as ``make run`` starts it
  (``gunicorn --config gunicorn.conf.py 'api:create_app()'``) with one worker;
- Datasette on the same file, ``--immutable``;
- the floor: ``bench/floor.py`` under the same gunicorn configuration.

Repetitions are interleaved (round 1: every endpoint on every server, then
round 2, ...), so a slow spell on the machine hits all servers alike. Per run:
requests/s, p50/p99 latency (wrk) and server CPU time per request (utime +
stime of the server's processes, reaped workers included, from /proc).
"Uncached" runs send distinct queries (rotating values) and a distinct
``Accept`` per request, so the product's response cache never answers.

Datasets: the real seed (the comparison with the floor and Datasette) and
synthetic ones (``python -m seed --synthetic N``) for how costs grow with N.
"""

import argparse
import contextlib
import datetime
import itertools
import json
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
LUA = BENCH / "wrk.lua"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
DEEP_SHARE = 0.9  # the deep page starts 90% of the way through the collection
ROTATE = 400  # distinct values an uncached run rotates through (at most)
WRK = shutil.which("wrk") or "wrk"


# ---------------------------------------------------------------------------
# Processes: start, stop, CPU time and memory from /proc
# ---------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    kind: str  # product | datasette | floor
    process: subprocess.Popen
    base: str
    log: Path
    dbname: str = ""

    @property
    def pid(self):
        return self.process.pid


def children(pid):
    found = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(p) for p in handle.read().split())
    return found


def descendants(pid):
    result, stack = [], children(pid)
    while stack:
        child = stack.pop()
        result.append(child)
        stack.extend(children(child))
    return result


def stat_ticks(pid, *, reaped):
    """utime + stime (and, with ``reaped``, cutime + cstime: children already waited for)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    ticks = int(fields[11]) + int(fields[12])
    return ticks + int(fields[13]) + int(fields[14]) if reaped else ticks


def cpu_seconds(pid):
    """CPU time of a server: itself, its live descendants and every child it has reaped."""
    return (stat_ticks(pid, reaped=True) + sum(stat_ticks(p, reaped=True) for p in descendants(pid))) / CLOCK_TICKS


def memory_kb(pid):
    values = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def workers(server):
    """The processes that answer requests: gunicorn's workers, or Datasette itself."""
    return children(server.pid) if server.kind in ("product", "floor") else [server.pid]


def http_get(url, headers=None, timeout=120):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - http://127.0.0.1 only
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_ready(server, path, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.kind} exited at start-up; see {server.log}")
        with contextlib.suppress(OSError):
            if http_get(server.base + path, timeout=5)[0] == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{server.kind} not ready after {timeout}s; see {server.log}")


def spawn(kind, command, env, cpu, label):
    port = free_port()
    log = OUT / f"{label}.log"
    handle = log.open("w")
    environment = {**os.environ, **env, "HOST": "127.0.0.1", "PORT": str(port)}
    command = [part.replace("{port}", str(port)) for part in command]
    process = subprocess.Popen(  # noqa: S603 - our own command lines
        ["taskset", "-c", str(cpu), *command],  # noqa: S607
        cwd=ROOT,
        env=environment,
        stdout=handle,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    handle.close()
    return Server(kind, process, f"http://127.0.0.1:{port}", log)


def gunicorn_command(app):
    """What ``make run`` runs (the Makefile's BIN is the venv this harness runs in)."""
    return [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py", app]


# One client sends every request here, so the per-client rate limit (100/s by
# default) would answer 429s; it stays in the request path, with limits no run reaches.
RATE_LIMIT = "1000000/second;100000000/minute"
# The product signs cursors with this, so the harness can make a deep page's cursor itself.
CURSOR_SECRET = secrets.token_urlsafe(32)


def start_product(database, cpu, label, extra_env=None):
    env = {
        "WEB_CONCURRENCY": "1",
        "DATABASE_PATH": str(database),
        "RATE_LIMIT": RATE_LIMIT,
        "CURSOR_SECRET": CURSOR_SECRET,
        **(extra_env or {}),
    }
    server = spawn("product", gunicorn_command("api:create_app()"), env, cpu, label)
    wait_ready(server, "/readyz")
    return server


def start_floor(database, cpu, body, label):
    env = {"WEB_CONCURRENCY": "1", "DATABASE_PATH": str(database), "FLOOR_BODY": str(body)}
    server = spawn("floor", gunicorn_command("bench.floor:app"), env, cpu, label)
    wait_ready(server, "/")
    return server


def start_datasette(binary, database, cpu, label):
    command = [
        str(binary),
        "serve",
        "--immutable",
        str(database),
        "--host",
        "127.0.0.1",
        "--port",
        "{port}",
        # An API deployment has no use for facet suggestions (extra queries on every first page).
        "--setting",
        "suggest_facets",
        "off",
    ]
    server = spawn("datasette", command, {}, cpu, label)
    server.dbname = Path(database).stem
    wait_ready(server, "/-/versions.json")
    return server


def shrink(log, keep=200):
    """A server log without the middle of its access lines (hundreds of MB otherwise)."""
    with contextlib.suppress(OSError):
        lines = log.read_text(errors="replace").splitlines()
        if len(lines) > 2 * keep:
            skipped = f"... {len(lines) - 2 * keep} lines left out ..."
            log.write_text("\n".join([*lines[:keep], skipped, *lines[-keep:]]) + "\n")


def stop(server):
    try:
        terminate(server)
    finally:
        shrink(server.log)


def terminate(server):
    if server.process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(server.pid, signal.SIGTERM)
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.process.wait()


# ---------------------------------------------------------------------------
# What to request: the endpoints and their Datasette equivalents
# ---------------------------------------------------------------------------


@dataclass
class Scenario:
    key: str
    title: str
    paths: dict  # server kind -> [path, ...]
    uncached: bool = False
    headers: dict = field(default_factory=dict)  # server kind -> {header: value}
    expect: int = 200
    skip: dict = field(default_factory=dict)  # server kind -> why not measured
    datasette_at_every_size: bool = False  # compared with Datasette on every synthetic dataset, not only the largest
    connections: int | None = None  # wrk's connections, when not the run's (``--connections``)


def tilde(text):
    """Datasette's tilde encoding (its ``_next`` tokens)."""
    safe = re.compile(r"[A-Za-z0-9_\-]")
    return "".join(
        char if safe.fullmatch(char) else "+" if char == " " else "".join(f"~{b:02X}" for b in char.encode())
        for char in text
    )


def through(value):
    return urllib.parse.quote(json.dumps({"table": "projects_industry_ids", "column": "value", "value": value}))


def industries_where(values):
    """Datasette's ``_where=`` selecting the projects in any of ``values`` (industry ids)."""
    quoted = ", ".join("'" + value.replace("'", "''") + "'" for value in values)
    return urllib.parse.quote(f"id in (select id from projects_industry_ids where value in ({quoted}))")


def vocabulary():
    from seed.synthetic import vocabulary as words

    text = next((ROOT / "seed" / "sources").glob("*.txt")).read_text(encoding="utf-8")
    return words(text)


@dataclass
class Dataset:
    label: str
    path: Path
    synthetic: bool
    projects: int
    counts: dict
    industries: list
    project_ids: list
    deep_offset: int = 0
    deep_row: tuple = ()
    first_row: tuple = ()


def inspect(path, label):
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        metadata = dict(connection.execute("SELECT key, value FROM metadata"))
        counts = json.loads(metadata["counts"])
        projects = counts.get("projects", 0)
        industries = [row[0] for row in connection.execute('SELECT "value" FROM "projects_industry_ids" GROUP BY 1')]
        rng = random.Random(7)  # noqa: S311 - a reproducible sample, not a secret
        step = max(1, projects // ROTATE)
        ids = [
            row[0]
            for row in connection.execute(f'SELECT "id" FROM "projects" WHERE rowid % {step} = 0 LIMIT ?', (ROTATE,))
        ]
        rng.shuffle(ids)
        dataset = Dataset(label, path, metadata.get("synthetic") == "true", projects, counts, industries, ids)
        if dataset.synthetic and projects > 50:
            dataset.deep_offset = int(projects * DEEP_SHARE)
            dataset.deep_row = connection.execute(
                'SELECT "name", "id" FROM "projects" ORDER BY "name", "id" LIMIT 1 OFFSET ?', (dataset.deep_offset - 1,)
            ).fetchone()
            dataset.first_row = connection.execute(
                'SELECT "name", "id" FROM "projects" ORDER BY "name", "id" LIMIT 1 OFFSET 24'
            ).fetchone()
    finally:
        connection.close()
    return dataset


def product_cursor(database, path, values):
    """The cursor the product issues after the row ``values`` (its own encoder, in-process)."""
    from werkzeug.datastructures import MultiDict

    from api import create_app
    from api.query import RequestUrl, fingerprint_of

    app = create_app({"DATABASE_PATH": str(database), "CURSOR_SECRET": CURSOR_SECRET})
    query = fingerprint_of(RequestUrl(path, MultiDict()))
    return app.extensions["cursors"].encode(query, "next", list(values))


def rotating_search(key, title, db, ds_page, words, product_filter="", datasette_filter=""):
    """An uncached search scenario: one word after another, on both servers."""
    return Scenario(
        key,
        title,
        {
            "product": [f"/v1/search?q={w}{product_filter}" for w in words[:ROTATE]],
            "datasette": [f"/{db}/search.json?{ds_page}&_search={w}{datasette_filter}" for w in words[:ROTATE]],
        },
        uncached=True,
    )


def scenarios(dataset, main):
    """Endpoints for one dataset. The real seed gets the full comparison; synthetic
    datasets the endpoints whose cost could grow with N."""
    db = Path(dataset.path).stem
    words = vocabulary()
    rng = random.Random(11)  # noqa: S311
    rng.shuffle(words)
    industry = "integrated-circuits" if "integrated-circuits" in dataset.industries else dataset.industries[0]
    word = "semiconductor"
    ds_page = "_shape=objects&_size=25"
    out = []
    if main:
        out += [
            Scenario("floor", "Floor (bare WSGI, same bytes as the list)", {"floor": ["/"]}),
            Scenario(
                "list",
                "List `/v1/industries`",
                {"product": ["/v1/industries"], "datasette": [f"/{db}/industries.json?{ds_page}"]},
            ),
            Scenario(
                "filtered",
                f"Filtered + sorted `/v1/projects?industry={industry}&sort=-name`",
                {
                    "product": [f"/v1/projects?industry={industry}&sort=-name"],
                    "datasette": [f"/{db}/projects.json?{ds_page}&_through={through(industry)}&_sort_desc=name"],
                },
            ),
            Scenario(
                "detail",
                f"Detail `/v1/industries/{industry}`",
                {
                    "product": [f"/v1/industries/{industry}"],
                    "datasette": [f"/{db}/industries/{industry}.json?_shape=objects"],
                },
            ),
            Scenario(
                "search",
                f"Search `/v1/search?q={word}`",
                {"product": [f"/v1/search?q={word}"], "datasette": [f"/{db}/search.json?{ds_page}&_search={word}"]},
            ),
            Scenario(
                "revalidate",
                "304 revalidation (`If-None-Match`) of `/v1/industries`",
                {"product": ["/v1/industries"]},
                expect=304,
                skip={"datasette": "Datasette sends no ETag"},
            ),
            Scenario(
                "csv",
                "CSV export `/v1/industries?format=csv`",
                {"product": ["/v1/industries?format=csv"], "datasette": [f"/{db}/industries.csv"]},
            ),
        ]
    else:
        out += [
            Scenario("list", "List `/v1/industries` (cached)", {"product": ["/v1/industries"]}),
            Scenario("revalidate", "304 revalidation of `/v1/industries`", {"product": ["/v1/industries"]}, expect=304),
        ]
    uncached_targets = ("product", "datasette")
    out += [
        Scenario(
            "first_page",
            "First page `/v1/projects` (uncached)",
            {"product": ["/v1/projects"], "datasette": [f"/{db}/projects.json?{ds_page}&_sort=name"]},
            uncached=True,
        ),
        Scenario(
            "filtered_uncached",
            "Filtered + sorted, rotating `industry=` (uncached)",
            {
                "product": [f"/v1/projects?industry={i}&sort=-name" for i in dataset.industries[:ROTATE]],
                "datasette": [
                    f"/{db}/projects.json?{ds_page}&_through={through(i)}&_sort_desc=name"
                    for i in dataset.industries[:ROTATE]
                ],
            },
            uncached=True,
        ),
        Scenario(
            "detail_uncached",
            "Project detail, rotating ids (uncached)",
            {
                "product": [f"/v1/projects/{i}" for i in dataset.project_ids],
                "datasette": [f"/{db}/projects/{i}.json?_shape=objects" for i in dataset.project_ids],
            },
            uncached=True,
        ),
        rotating_search(
            "search_uncached", "Search, rotating one-word `q=` over the article's words (uncached)", db, ds_page, words
        ),
        # A kind filter (like a cursor, a prefix or a phrase) is never ranked at
        # build time: this row is the cost of ranking every hit per request.
        rotating_search(
            "search_live_uncached",
            "Search in one kind, rotating `q=` + `kind=projects` (ranked live, uncached)",
            db,
            ds_page,
            words,
            product_filter="&kind=projects",
            datasette_filter="&collection=projects",
        ),
    ]
    if dataset.deep_offset:
        cursor = product_cursor(dataset.path, "/v1/projects", dataset.deep_row)
        token = f"{tilde(dataset.deep_row[0])},{tilde(dataset.deep_row[1])}"
        out.append(
            Scenario(
                "deep_page",
                f"Deep keyset page (row {dataset.deep_offset:,} of {dataset.projects:,}, uncached)",
                {
                    "product": [f"/v1/projects?cursor={cursor}"],
                    "datasette": [f"/{db}/projects.json?{ds_page}&_sort=name&_next={urllib.parse.quote(token)}"],
                },
                uncached=True,
            )
        )
    out += analysis_scenarios(dataset, db, words)
    if not main and dataset.projects < 100_000:
        for scenario in out:  # Datasette is compared on the real seed and the largest dataset only
            if not scenario.datasette_at_every_size:
                scenario.paths.pop("datasette", None)
    del uncached_targets
    return out


# Group-by columns of projects and Datasette's facet on the same column.
GROUP_COLUMNS = {"park": "park_id", "year": "year", "conference": "conference_id"}
FACET_SIZE = 30  # Datasette's default facet size; the product's groups page is set to it


def analysis_scenarios(dataset, db, words):
    """Group-by (unfiltered, and filtered by one industry: built with the
    data; filtered by two industries: counted per request) against
    Datasette's ``_facet=``, and autocomplete against Datasette's prefix
    search of the names (``_search_title=PREFIX*``), at every size."""
    facet = f"_size=0&_facet_size={FACET_SIZE}"
    prefixes = sorted({w[:3].lower() for w in words if len(w) >= 3})[:ROTATE]
    industries = dataset.industries[:ROTATE]
    industry_pairs = [(a, b) for a, b in zip(industries, [*industries[1:], *industries[:1]], strict=True) if a != b]
    return [
        Scenario(
            "groups_uncached",
            f"Group-by, rotating `/v1/projects/groups?by={'|'.join(GROUP_COLUMNS)}` (unfiltered, uncached)",
            {
                "product": [f"/v1/projects/groups?by={by}&limit={FACET_SIZE}" for by in GROUP_COLUMNS],
                "datasette": [f"/{db}/projects.json?{facet}&_facet={column}" for column in GROUP_COLUMNS.values()],
            },
            uncached=True,
            datasette_at_every_size=True,
        ),
        Scenario(
            "groups_filtered_uncached",
            "Group-by `by=park`, rotating `industry=` (filtered by one value: stored at build, uncached)",
            {
                "product": [f"/v1/projects/groups?by=park&industry={i}&limit={FACET_SIZE}" for i in industries],
                "datasette": [f"/{db}/projects.json?{facet}&_facet=park_id&_through={through(i)}" for i in industries],
            },
            uncached=True,
            datasette_at_every_size=True,
        ),
        Scenario(
            "groups_live_uncached",
            "Group-by `by=park`, rotating two-value `industry=a,b` (filtered, counted per request, uncached)",
            {
                "product": [
                    f"/v1/projects/groups?by=park&industry={a},{b}&limit={FACET_SIZE}" for a, b in industry_pairs
                ],
                "datasette": [
                    f"/{db}/projects.json?{facet}&_facet=park_id&_where={industries_where(pair)}"
                    for pair in industry_pairs
                ],
            },
            uncached=True,
            datasette_at_every_size=True,
        ),
        Scenario(
            "autocomplete_uncached",
            "Autocomplete, rotating 3-letter `q=` (uncached)",
            {
                "product": [f"/v1/autocomplete?q={p}" for p in prefixes],
                "datasette": [
                    f"/{db}/search.json?_shape=objects&_size=10&_searchmode=raw&_search_title={p}*" for p in prefixes
                ],
            },
            uncached=True,
            datasette_at_every_size=True,
        ),
        # What one person typing waits for: the same requests from a single
        # connection, so that no answer queues behind another client's.
        Scenario(
            "autocomplete_one_client",
            "Autocomplete, one client (1 connection), rotating 3-letter `q=` (uncached)",
            {"product": [f"/v1/autocomplete?q={p}" for p in prefixes]},
            uncached=True,
            connections=1,
        ),
    ]


def check_cursors(dataset, servers):
    """The deep-page cursors are built, not walked to: check the construction gives
    exactly what each server issues after row 25."""
    problems = []
    if not dataset.deep_offset:
        return problems
    product = servers.get("product")
    if product:
        status, _, body = http_get(product.base + "/v1/projects")
        issued = json.loads(body)["links"].get("next", "") if status == 200 else ""
        built = "/v1/projects?cursor=" + product_cursor(dataset.path, "/v1/projects", dataset.first_row)
        if issued != built:
            problems.append(f"product cursor construction differs: issued {issued!r}, built {built!r}")
    datasette = servers.get("datasette")
    if datasette:
        db = Path(dataset.path).stem
        status, _, body = http_get(datasette.base + f"/{db}/projects.json?_shape=objects&_size=25&_sort=name")
        issued = json.loads(body).get("next") if status == 200 else None
        built = f"{tilde(dataset.first_row[0])},{tilde(dataset.first_row[1])}"
        if issued != built:
            problems.append(f"datasette _next construction differs: issued {issued!r}, built {built!r}")
    return problems


# ---------------------------------------------------------------------------
# Running wrk
# ---------------------------------------------------------------------------


def preflight(server, scenario, headers):
    """Check the endpoint answers as expected (and fill the caches); None or why not."""
    for path in scenario.paths[server.kind][:3]:
        status, _, body = http_get(server.base + path, headers)
        if status != scenario.expect:
            if scenario.key == "csv" and status == 400:
                return "n/a (the endpoint answers 400: no CSV export yet)"
            return f"error: {path} answered {status}, expected {scenario.expect}: {body[:200]!r}"
    return None


RUN_NUMBERS = itertools.count()
REQUESTS_PER_RUN = 10**9  # far more than one run sends


def run_wrk(server, scenario, headers, duration, connections, load_cpu, label):
    paths = scenario.paths[server.kind]
    paths_file = OUT / f"paths-{label}.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    env = {
        **os.environ,
        "BENCH_PATHS": str(paths_file),
        "BENCH_UNCACHED": "1" if scenario.uncached else "0",
        # Every run numbers its requests' Accept headers from its own start, so an
        # uncached row never meets a response the server cached in an earlier run.
        "BENCH_FIRST_REQUEST": str(next(RUN_NUMBERS) * REQUESTS_PER_RUN),
    }
    command = ["taskset", "-c", str(load_cpu), WRK, "-t1", f"-c{connections}", f"-d{duration}s", "--latency"]
    command += ["--timeout", "10s", "-s", str(LUA)]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(server.base + paths[0])
    for attempt in range(3):
        before_workers = set(workers(server))
        before = cpu_seconds(server.pid)
        completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=duration + 60, check=False)  # noqa: S603
        after = cpu_seconds(server.pid)
        after_workers = set(workers(server))
        line = next((x for x in completed.stdout.splitlines() if x.startswith("BENCH ")), None)
        if line is not None:
            break
        # Seen once on the shared machine: wrk briefly missing while another session reinstalled it.
        failure = f"wrk failed (attempt {attempt + 1}): {completed.stdout[-300:]} {completed.stderr[-300:]}".strip()
        print(failure, file=sys.stderr)
        time.sleep(3)
    else:
        return None
    stats = json.loads(line[6:])
    requests = stats["requests"]
    seconds = stats["duration_us"] / 1e6
    rss = [memory_kb(pid) for pid in after_workers]
    return {
        "requests": requests,
        "rps": requests / seconds if seconds else 0.0,
        "p50_ms": stats["p50_us"] / 1000,
        "p90_ms": stats["p90_us"] / 1000,
        "p99_ms": stats["p99_us"] / 1000,
        "mean_ms": stats["mean_us"] / 1000,
        "max_ms": stats["max_us"] / 1000,
        "cpu_us": (after - before) / requests * 1e6 if requests else None,
        "cpu_share": (after - before) / seconds if seconds else None,
        "errors": stats["connect"] + stats["read"] + stats["write"] + stats["timeout"],
        "bad_status": stats["status"],
        "bytes_per_request": stats["bytes"] / requests if requests else 0,
        "worker_restarts": len(after_workers - before_workers),
        "rss_kb": max((m.get("VmRSS", 0) for m in rss), default=0),
    }


def settle(server, idle_share=0.1, interval=0.2, limit=120):
    """Wait until ``server`` uses under ``idle_share`` of a core; the seconds waited."""
    started = time.monotonic()
    before = cpu_seconds(server.pid)
    while time.monotonic() - started < limit:
        time.sleep(interval)
        now = cpu_seconds(server.pid)
        if now - before < idle_share * interval:
            break
        before = now
    return time.monotonic() - started


def fill_cache(server, options, log):
    """Memory with a full response cache: distinct cacheable responses (the largest
    page of the smallest table: cheap to render, big to keep) for a few seconds."""
    scenario = Scenario("fill", "cache fill", {"product": ["/v1/industries?limit=100"]}, uncached=True)
    before = {pid: memory_kb(pid) for pid in workers(server)}
    run = run_wrk(server, scenario, {}, options.fill_seconds, options.connections, options.load_cpu, "cache-fill")
    if run is None:
        return None
    after = {pid: memory_kb(pid) for pid in workers(server)}
    fill = {
        "path": scenario.paths["product"][0],
        "seconds": options.fill_seconds,
        "responses": run["requests"],
        "body_bytes": run["bytes_per_request"],
        "restarts": run["worker_restarts"],
        "before": list(before.values()),
        "after": list(after.values()),
    }
    log(
        f"  cache fill: {run['requests']} distinct responses of ~{run['bytes_per_request'] / 1024:.0f} KiB; worker RSS "
        + ", ".join(f"{m.get('VmRSS', 0) / 1024:.0f} MB" for m in after.values())
    )
    return fill


def benchmark(dataset, main, options, log, fill=False):
    """Every scenario on every server for one dataset; a dict for the report."""
    servers = {}
    result = {
        "label": dataset.label,
        "path": str(dataset.path),
        "size_bytes": dataset.path.stat().st_size,
        "synthetic": dataset.synthetic,
        "projects": dataset.projects,
        "counts": dataset.counts,
        "main": main,
        "runs": [],
        "skipped": {},
        "memory": {},
        "notes": [],
        "loadavg_before": Path("/proc/loadavg").read_text().split()[:3],
    }
    try:
        tag = dataset.label
        servers["product"] = start_product(dataset.path, options.server_cpu, f"{tag}-product", options.product_env)
        plan = scenarios(dataset, main)
        if any("datasette" in s.paths for s in plan):
            servers["datasette"] = start_datasette(
                options.datasette, dataset.path, options.server_cpu, f"{tag}-datasette"
            )
        if main:
            _, _, body = http_get(servers["product"].base + "/v1/industries")
            floor_body = OUT / "floor-body.json"
            floor_body.write_bytes(body)
            servers["floor"] = start_floor(dataset.path, options.server_cpu, floor_body, f"{tag}-floor")
        result["notes"] += check_cursors(dataset, servers)

        headers = {}
        runnable = []
        for scenario in plan:
            for kind in scenario.paths:
                if kind not in servers:
                    continue
                server = servers[kind]
                extra = {}
                if scenario.key == "revalidate":
                    _, response_headers, _ = http_get(server.base + scenario.paths[kind][0])
                    etag = {k.lower(): v for k, v in response_headers.items()}.get("etag")
                    extra = {"If-None-Match": etag} if etag else {}
                problem = preflight(server, scenario, extra)
                if problem:
                    result["skipped"][f"{scenario.key}/{kind}"] = problem
                    log(f"  {dataset.label} {scenario.key} {kind}: {problem}")
                    continue
                headers[(scenario.key, kind)] = extra
                runnable.append((scenario, kind))
            for kind, why in scenario.skip.items():
                result["skipped"][f"{scenario.key}/{kind}"] = why
        result["scenarios"] = {
            s.key: {"title": s.title, "uncached": s.uncached, "expect": s.expect, "connections": s.connections}
            for s in plan
        }

        rounds = options.rounds if main else options.scale_rounds
        duration = options.duration if main else options.scale_duration
        for round_number in range(1, rounds + 1):
            for scenario, kind in runnable:
                label = f"{dataset.label}-{scenario.key}-{kind}"
                run = run_wrk(
                    servers[kind],
                    scenario,
                    headers[(scenario.key, kind)],
                    duration,
                    scenario.connections or options.connections,
                    options.load_cpu,
                    label,
                )
                if run is None:
                    result["notes"].append(f"{scenario.key}/{kind} round {round_number}: wrk failed; run left out")
                    continue
                run.update(scenario=scenario.key, server=kind, round=round_number)
                result["runs"].append(run)
                # Servers share a core: one still working through requests that
                # wrk gave up on would slow whichever server runs next.
                busy = settle(servers[kind])
                if busy > 1:
                    result["notes"].append(
                        f"{scenario.key}/{kind} round {round_number}: still busy {busy:.0f} s after the run "
                        "(requests in flight when it ended); the next run waited"
                    )
                log(
                    f"  {dataset.label} r{round_number} {scenario.key:<18} {kind:<9} {run['rps']:8.0f} req/s  "
                    f"p50 {run['p50_ms']:7.2f} ms  p99 {run['p99_ms']:7.2f} ms  cpu {run['cpu_us'] or 0:8.0f} us/req"
                    + (f"  restarts {run['worker_restarts']}" if run["worker_restarts"] else "")
                    + (f"  BAD {run['bad_status']}" if run["bad_status"] else "")
                )
        for kind, server in servers.items():
            result["memory"][kind] = [memory_kb(pid) for pid in workers(server)]
        if fill:
            result["cache_fill"] = fill_cache(servers["product"], options, log)
    finally:
        for server in servers.values():
            stop(server)
        result["loadavg_after"] = Path("/proc/loadavg").read_text().split()[:3]
    return result


def versions(options):
    def output(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False).stdout.strip()  # noqa: S603
        except OSError:
            return "?"

    import gunicorn

    config = {}
    with contextlib.suppress(Exception):
        code = (ROOT / "gunicorn.conf.py").read_text()
        namespace = {"__file__": str(ROOT / "gunicorn.conf.py")}
        saved = dict(os.environ)
        os.environ["WEB_CONCURRENCY"] = "1"
        try:
            exec(compile(code, "gunicorn.conf.py", "exec"), namespace)  # noqa: S102 - our own config file
        finally:
            os.environ.clear()
            os.environ.update(saved)
        config = {
            key: namespace.get(key)
            for key in ("worker_class", "threads", "keepalive", "max_requests", "max_requests_jitter", "accesslog")
        }
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "gunicorn": gunicorn.__version__,
        "gunicorn_config": config,
        "datasette": output([str(options.datasette), "--version"]),
        "wrk": output(["wrk", "--version"]).splitlines()[0] if shutil.which("wrk") else "?",
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "kernel": platform.release(),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", type=Path, default=ROOT / "build" / "data.db", help="the real seed's database")
    parser.add_argument(
        "--synthetic", type=Path, action="append", default=[], help="synthetic database(s) (repeatable)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--results", type=Path, default=OUT / "results.json")
    parser.add_argument("--datasette", type=Path, default=BENCH / ".venv-datasette" / "bin" / "datasette")
    parser.add_argument("--duration", type=int, default=3, help="seconds per run on the real seed")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds on the real seed")
    parser.add_argument("--scale-duration", type=int, default=2, help="seconds per run on synthetic datasets")
    parser.add_argument("--scale-rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--server-cpu", type=int, default=0)
    parser.add_argument("--load-cpu", type=int, default=1)
    parser.add_argument("--fill-seconds", type=int, default=10, help="cache-fill run on the largest dataset (0: none)")
    parser.add_argument(
        "--product-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the product (experiments, e.g. MAX_REQUESTS=0)",
    )
    parser.add_argument("--skip-seed", action="store_true", help="synthetic datasets only (experiments)")
    parser.add_argument("--report-only", action="store_true", help="render --output from --results, run nothing")
    options = parser.parse_args(argv)
    options.product_env = dict(item.split("=", 1) for item in options.product_env)

    from bench.report import render

    if options.report_only:
        results = json.loads(options.results.read_text())
        options.output.write_text(render(results))
        print(f"wrote {options.output}")
        return 0
    for tool in ("wrk", "taskset"):
        if not shutil.which(tool):
            parser.error(f"{tool} is not installed (make bench installs it)")
    if not options.datasette.exists():
        parser.error(f"no datasette at {options.datasette} (make bench installs it)")
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def log(message):
        print(f"[{time.monotonic() - started:6.1f}s] {message}", flush=True)

    results = {"environment": versions(options), "options": {}, "datasets": []}
    results["options"] = {
        "duration": options.duration,
        "rounds": options.rounds,
        "scale_duration": options.scale_duration,
        "scale_rounds": options.scale_rounds,
        "connections": options.connections,
        "server_cpu": options.server_cpu,
        "load_cpu": options.load_cpu,
        "product_env": options.product_env,
        "rate_limit": RATE_LIMIT,
    }
    plan = [] if options.skip_seed else [(inspect(options.database, "seed"), True)]
    plan += [(inspect(path, f"synthetic-{inspect(path, 'x').projects}"), False) for path in options.synthetic]
    largest = max((d for d, _ in plan if d.synthetic), key=lambda d: d.projects, default=None)
    for dataset, is_main in plan:
        log(f"{dataset.label}: {dataset.path} ({dataset.projects:,} projects)")
        fill = dataset is largest and options.fill_seconds > 0
        results["datasets"].append(benchmark(dataset, is_main, options, log, fill=fill))
        options.results.write_text(json.dumps(results, indent=1))
    results["elapsed_s"] = round(time.monotonic() - started, 1)
    options.results.write_text(json.dumps(results, indent=1))
    options.output.write_text(render(results))
    log(f"wrote {options.output} and {options.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
