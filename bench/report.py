"""BENCHMARKS.md from bench/out/results.json (see bench/run.py)."""

import statistics

from seed.build import FREQUENT_WORD_HITS

GOAL_FLOOR = 0.7
GOAL_DATASETTE = 4.0
GOAL_UNCACHED_DATASETTE = 2.0
GOAL_DEEP = 1.5
GOAL_TAIL = 3.0
GOAL_RSS_MB = 150
GOAL_ANALYSIS_DATASETTE = 5.0  # group-by and autocomplete against Datasette, every synthetic size
ANALYSIS_SCENARIOS = ("groups_uncached", "groups_filtered_uncached", "groups_live_uncached", "autocomplete_uncached")
FLAT = 1.5  # "flat": at most this much costlier at the largest N than at 1,000


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values):
    values = [v for v in values if v is not None]
    return (min(values), max(values)) if values else (None, None)


def fmt(value, digits=0, suffix=""):
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{suffix}"


def fmt_range(values, digits=2, suffix="×"):
    low, high = spread(values)
    mid = median(values)
    if mid is None:
        return "n/a"
    return f"{mid:.{digits}f}{suffix} ({low:.{digits}f}–{high:.{digits}f})"


def runs_of(dataset, scenario, server):
    return [r for r in dataset["runs"] if r["scenario"] == scenario and r["server"] == server]


def by_round(runs):
    return {r["round"]: r for r in runs}


def ratios(numerator, denominator):
    """Per-round ratios of req/s (the same round of the same run)."""
    top, bottom = by_round(numerator), by_round(denominator)
    return [top[k]["rps"] / bottom[k]["rps"] for k in sorted(top) if k in bottom and bottom[k]["rps"]]


def cell(runs):
    """``req/s (min–max)``, ``p50 / p99 ms``, ``CPU µs/req`` of a server's runs of one endpoint."""
    if not runs:
        return "—", "—", "—"
    low, high = spread([r["rps"] for r in runs])
    rps = f"{median([r['rps'] for r in runs]):,.0f} ({low:,.0f}–{high:,.0f})"
    latency = f"{median([r['p50_ms'] for r in runs]):.2f} / {median([r['p99_ms'] for r in runs]):.2f}"
    return rps, latency, fmt(median([r["cpu_us"] for r in runs]))


def mb(kb):
    return f"{kb / 1024:.0f} MB" if kb else "n/a"


def skipped(dataset, scenario, server):
    return dataset["skipped"].get(f"{scenario}/{server}")


def main_table(dataset, lines):
    floor = runs_of(dataset, "floor", "floor")
    lines += [
        "| endpoint | product req/s (min–max) | p50 / p99 ms | CPU µs/req | Datasette req/s (min–max) "
        "| p50 / p99 ms | CPU µs/req | product ÷ floor | product ÷ Datasette |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, meta in dataset["scenarios"].items():
        if key == "floor":
            rps, latency, cpu = cell(floor)
            lines.append(f"| **{meta['title']}** | {rps} | {latency} | {cpu} | | | | 1.00× | |")
            continue
        product, datasette = runs_of(dataset, key, "product"), runs_of(dataset, key, "datasette")
        p = cell(product) if product else ((skipped(dataset, key, "product") or "—"), "", "")
        d = cell(datasette) if datasette else ((skipped(dataset, key, "datasette") or "—"), "", "")
        vs_floor = fmt_range(ratios(product, floor)) if product and floor and not meta["uncached"] else ""
        if product and floor and meta["uncached"]:
            vs_floor = fmt_range(ratios(product, floor))
        vs_datasette = fmt_range(ratios(product, datasette)) if product and datasette else ""
        lines.append(
            f"| {meta['title']} | {p[0]} | {p[1]} | {p[2]} | {d[0]} | {d[1]} | {d[2]} | {vs_floor} | {vs_datasette} |"
        )


def scale_table(datasets, lines):
    keys = []
    for dataset in datasets:
        for key in dataset["scenarios"]:
            if key not in keys and key != "floor":
                keys.append(key)
    header = "| endpoint (product) | " + " | ".join(d["label"] for d in datasets) + " | largest ÷ 1,000 |"
    lines += [
        "CPU µs per request (median of rounds), then p50 / p99 ms. A dash: not measured on that dataset.",
        "",
        header,
        "|---|" + "---|" * (len(datasets) + 1),
    ]
    small = next((d for d in datasets if d["synthetic"] and d["projects"] <= 1000), None)
    large = max((d for d in datasets if d["synthetic"]), key=lambda d: d["projects"], default=None)
    for key in keys:
        title = next(d["scenarios"][key]["title"] for d in datasets if key in d["scenarios"])
        cells = []
        for dataset in datasets:
            runs = runs_of(dataset, key, "product")
            if not runs:
                cells.append(skipped(dataset, key, "product") or "—")
                continue
            cpu = median([r["cpu_us"] for r in runs])
            cells.append(
                f"{fmt(cpu)} µs · {median([r['p50_ms'] for r in runs]):.2f} / {median([r['p99_ms'] for r in runs]):.2f}"
            )
        growth = ""
        if small and large and small is not large:
            a, b = runs_of(small, key, "product"), runs_of(large, key, "product")
            if a and b:
                growth = f"{median([r['cpu_us'] for r in b]) / median([r['cpu_us'] for r in a]):.2f}×"
        lines.append(f"| {title} | " + " | ".join(cells) + f" | {growth} |")


def datasette_scale(datasets, lines):
    for dataset in datasets:
        if dataset["main"] or not any(r["server"] == "datasette" for r in dataset["runs"]):
            continue
        lines += [
            "",
            f"Product vs Datasette on {dataset['label']} ({dataset['projects']:,} projects), uncached paths:",
            "",
            "| endpoint | product req/s | p50 / p99 ms | CPU µs/req | Datasette req/s | p50 / p99 ms | CPU µs/req "
            "| product ÷ Datasette |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for key, meta in dataset["scenarios"].items():
            product, datasette = runs_of(dataset, key, "product"), runs_of(dataset, key, "datasette")
            if not datasette:
                continue
            p, d = cell(product), cell(datasette)
            lines.append(
                f"| {meta['title']} | {p[0]} | {p[1]} | {p[2]} | {d[0]} | {d[1]} | {d[2]} "
                f"| {fmt_range(ratios(product, datasette))} |"
            )


def goals(results, lines):
    datasets = results["datasets"]
    main = next((d for d in datasets if d["main"]), None)
    synthetic = [d for d in datasets if d["synthetic"]]
    large = max(synthetic, key=lambda d: d["projects"]) if synthetic else None
    small = min(synthetic, key=lambda d: d["projects"]) if synthetic else None
    floor = runs_of(main, "floor", "floor") if main else []
    rows = []

    def verdict(values, threshold, above=True):
        values = [v for v in values if v is not None]
        if not values:
            return "n/a"
        ok = [v >= threshold if above else v <= threshold for v in values]
        return "met" if all(ok) else "not met" if not any(ok) else "met in some rounds"

    for key in ("list", "detail") if main else ():
        product = runs_of(main, key, "product")
        datasette = runs_of(main, key, "datasette")
        vs_floor = ratios(product, floor)
        vs_ds = ratios(product, datasette)
        ceiling = ratios(floor, datasette)
        rows.append((f"{key}: ≥ {GOAL_FLOOR}× floor", fmt_range(vs_floor), verdict(vs_floor, GOAL_FLOOR)))
        rows.append(
            (
                f"{key}: ≥ {GOAL_DATASETTE:.0f}× Datasette",
                f"{fmt_range(vs_ds)}; the floor itself: {fmt_range(ceiling)}",
                verdict(vs_ds, GOAL_DATASETTE),
            )
        )
    for dataset in [d for d in (main, large) if d]:
        for key in ("search_uncached", "search_live_uncached", "filtered_uncached"):
            product, datasette = runs_of(dataset, key, "product"), runs_of(dataset, key, "datasette")
            vs_ds = ratios(product, datasette)
            title = (
                f"{key.replace('_uncached', '')} (uncached) ≥ {GOAL_UNCACHED_DATASETTE:.0f}× Datasette, "
                f"{dataset['label']}"
            )
            if datasette and not any(r["requests"] for r in datasette) and any(r["requests"] for r in product):
                rps = median([r["rps"] for r in product])
                rows.append((title, f"Datasette answered no request; the product {rps:,.0f} req/s", "met"))
            elif vs_ds:
                rows.append((title, fmt_range(vs_ds), verdict(vs_ds, GOAL_UNCACHED_DATASETTE)))
    for dataset in synthetic:
        for key in ANALYSIS_SCENARIOS:
            product, datasette = runs_of(dataset, key, "product"), runs_of(dataset, key, "datasette")
            vs_ds = ratios(product, datasette)
            title = f"{key.replace('_uncached', '')} ≥ {GOAL_ANALYSIS_DATASETTE:.0f}× Datasette, {dataset['label']}"
            if datasette and not any(r["requests"] for r in datasette) and any(r["requests"] for r in product):
                rps = median([r["rps"] for r in product])
                rows.append((title, f"Datasette answered no request; the product {rps:,.0f} req/s", "met"))
            elif vs_ds:
                rows.append((title, fmt_range(vs_ds), verdict(vs_ds, GOAL_ANALYSIS_DATASETTE)))
    if large:
        one_client = runs_of(large, "autocomplete_one_client", "product")
        loaded = runs_of(large, "autocomplete_uncached", "product")
        if one_client:
            p50 = [r["p50_ms"] for r in one_client]
            under_load = f"; under {results['options']['connections']} connections to one worker (queueing): "
            rows.append(
                (
                    f"autocomplete p50 a few milliseconds (< 5 ms) for one client, {large['label']}",
                    fmt_range(p50, suffix=" ms")
                    + (under_load + fmt_range([r["p50_ms"] for r in loaded], suffix=" ms") if loaded else ""),
                    verdict(p50, 5, above=False),
                )
            )
        first, deep = (
            by_round(runs_of(large, "first_page", "product")),
            by_round(runs_of(large, "deep_page", "product")),
        )
        cpu = [deep[k]["cpu_us"] / first[k]["cpu_us"] for k in deep if k in first]
        p50 = [deep[k]["p50_ms"] / first[k]["p50_ms"] for k in deep if k in first]
        rows.append(
            (
                f"deep page ≤ {GOAL_DEEP}× first page, {large['label']} (CPU/req; p50)",
                f"{fmt_range(cpu)}; {fmt_range(p50)}",
                verdict(cpu + p50, GOAL_DEEP, above=False),
            )
        )
        if small and small is not large:
            for key in (
                "filtered_uncached",
                "deep_page",
                "first_page",
                "detail_uncached",
                "search_uncached",
                "search_live_uncached",
                "groups_uncached",
                "autocomplete_uncached",
            ):
                a, b = runs_of(small, key, "product"), runs_of(large, key, "product")
                if a and b:
                    growth = median([r["cpu_us"] for r in b]) / median([r["cpu_us"] for r in a])
                    rows.append(
                        (
                            f"flat with N: {key} CPU/req {large['label']} ÷ {small['label']} ≤ {FLAT}×",
                            f"{growth:.2f}×",
                            verdict([growth], FLAT, above=False),
                        )
                    )
        rss = [m.get("VmHWM", 0) for m in large["memory"].get("product", [])]
        rows.append(
            (
                f"worker RSS < {GOAL_RSS_MB} MB serving {large['label']} (peak VmHWM after the runs)",
                ", ".join(mb(v) for v in rss) or "n/a",
                verdict([v / 1024 for v in rss], GOAL_RSS_MB, above=False),
            )
        )
        fill = large.get("cache_fill")
        if fill:
            full = [m.get("VmRSS", 0) for m in fill["after"]]
            rows.append(
                (
                    f"worker RSS < {GOAL_RSS_MB} MB with a full response cache, {large['label']}",
                    ", ".join(mb(v) for v in full) or "n/a",
                    verdict([v / 1024 for v in full], GOAL_RSS_MB, above=False),
                )
            )
    # The goal is the tail under the run's connections: a row with its own count (one client) is not held to it.
    connections = results["options"]["connections"]
    loaded = [
        (d, key)
        for d in datasets
        for key, scenario in d["scenarios"].items()
        if scenario.get("connections") in (None, connections)
    ]
    tails, all_tails, total = [], [], 0
    for dataset, key in loaded:
        runs = [r for r in runs_of(dataset, key, "product") if r["p50_ms"]]
        if runs:
            total += 1
            all_tails += [r["p99_ms"] / r["p50_ms"] for r in runs]
            ratio = median([r["p99_ms"] / r["p50_ms"] for r in runs])
            if ratio >= GOAL_TAIL:
                tails.append(f"{dataset['label']} {key} {ratio:.1f}×")
    floor_tail = median([r["p99_ms"] / r["p50_ms"] for r in floor if r["p50_ms"]])
    if floor_tail is not None:
        tails.append(f"(the floor itself: {floor_tail:.1f}×)")
    worst = max(all_tails, default=None)
    failing = len([t for t in tails if not t.startswith("(")])
    rows.append(
        (
            f"p99 < {GOAL_TAIL:.0f}× p50 at {connections} connections (every product endpoint at that load)",
            (f"{failing} of {total} endpoints at or above {GOAL_TAIL:.0f}× (median of rounds): " + "; ".join(tails))
            if failing
            else f"every endpoint below {GOAL_TAIL:.0f}× (median of rounds; worst single run {worst:.1f}×)"
            + (f"; the floor itself: {floor_tail:.1f}×" if floor_tail is not None else "")
            if worst
            else "n/a",
            "met" if not [t for t in tails if not t.startswith("(")] else "not met",
        )
    )
    lines += ["| goal | measured (median of rounds, min–max) | |", "|---|---|---|"]
    lines += [f"| {goal} | {measured} | **{ok}** |" for goal, measured, ok in rows]


def render(results):
    env = results["environment"]
    options = results["options"]
    config = env.get("gunicorn_config") or {}
    lines = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` ([bench/run.py](bench/run.py)) on {env['date']}; do not edit by hand.",
        "",
        "## Setup",
        "",
        f"- Machine: {env['cpus']} CPUs ({env['cpu_model']}), Linux {env['kernel']}; Python {env['python']}, "
        f"SQLite {env['sqlite']}, gunicorn {env['gunicorn']}, {env['datasette']}, {env['wrk']}.",
        f"- Servers pinned to CPU {options['server_cpu']}, wrk (1 thread, {options['connections']} connections) "
        f"to CPU {options['load_cpu']} (`taskset`).",
        "- **Product**: `gunicorn --config gunicorn.conf.py 'api:create_app()'` exactly as `make run`, with "
        f"`WEB_CONCURRENCY=1` (config: worker_class={config.get('worker_class')}, threads={config.get('threads')}, "
        f"keepalive={config.get('keepalive')}, max_requests={config.get('max_requests')}"
        f"±{config.get('max_requests_jitter')}, access log {'on' if config.get('accesslog') else 'off'}).",
        f"- One client sends all the load, so the per-client rate limit is raised out of reach "
        f"(`RATE_LIMIT={options.get('rate_limit', '?')}`); the limiter still runs on every request."
        + (f" Extra product environment: `{options['product_env']}`." if options.get("product_env") else ""),
        "- **Floor**: [bench/floor.py](bench/floor.py), a bare WSGI callable answering the product's "
        "`/v1/industries` bytes, under the same gunicorn configuration.",
        "- **Datasette** on the same file, `--immutable`, `--setting suggest_facets off`; JSON with "
        "`_shape=objects&_size=25` (the product's page size).",
        f"- Real seed: {options['rounds']} interleaved rounds × {options['duration']} s per endpoint and server; "
        f"synthetic datasets: {options['scale_rounds']} rounds × {options['scale_duration']} s. Figures are the "
        "median of rounds, (min–max) across rounds; ratios are computed within a round.",
        "- **Uncached** rows send distinct queries (rotating values) and a distinct `Accept` per request, so the "
        "per-worker response cache never answers; the other rows repeat one URL and are served by that cache.",
        f"- **Search**: a one-word search matching {FREQUENT_WORD_HITS:,} records or more has its first page "
        "ranked at build time (`seed.build.rank_frequent_words`: 101 hits with snippets, and its matches per "
        "collection); a cursor, "
        "`kind=`, a prefix or several words rank every hit per request (the *ranked live* row). No word of the "
        "real seed is that frequent: every search on it ranks live.",
        "- CPU µs/req: utime+stime of the server's processes (master, workers, reaped workers) over the run, "
        "from `/proc`, divided by requests answered.",
        "- The machine is shared (other workloads run on it): load average "
        + "; ".join(
            f"{d['label']} {'/'.join(d['loadavg_before'])} → {'/'.join(d.get('loadavg_after', ['?']))}"
            for d in results["datasets"]
        )
        + ". Expect noise; the min–max spread shows it.",
        "",
    ]
    for dataset in results["datasets"]:
        if dataset["main"]:
            lines += [
                f"## Product vs floor vs Datasette: real seed ({sum(dataset['counts'].values())} records)",
                "",
            ]
            main_table(dataset, lines)
            lines.append("")
    lines += ["## How the cost grows with N", ""]
    lines.append(
        "Datasets: "
        + "; ".join(
            f"{d['label']}: {sum(d['counts'].values()):,} records ({d['projects']:,} projects), "
            f"{d['size_bytes'] / 1e6:,.0f} MB"
            for d in results["datasets"]
        )
        + ". Synthetic datasets come from `python -m seed --synthetic N` (N projects; organizations and people N/10, "
        "partners and statements N/100, parks N/1,000, industries N/10,000)."
    )
    lines.append("")
    scale_table(results["datasets"], lines)
    datasette_scale(results["datasets"], lines)
    lines += ["", "## Memory (resident set size per process, after the runs)", ""]
    lines += ["| dataset | product worker VmRSS (peak VmHWM) | Datasette VmRSS (peak) |", "|---|---|---|"]
    for dataset in results["datasets"]:
        product = dataset["memory"].get("product", [])
        datasette = dataset["memory"].get("datasette", [])
        lines.append(
            f"| {dataset['label']} | "
            + ", ".join(f"{mb(m.get('VmRSS'))} ({mb(m.get('VmHWM'))})" for m in product)
            + " | "
            + (", ".join(f"{mb(m.get('VmRSS'))} ({mb(m.get('VmHWM'))})" for m in datasette) or "—")
            + " |"
        )
    for dataset in results["datasets"]:
        fill = dataset.get("cache_fill")
        if fill:
            lines += [
                "",
                f"Response cache filled on {dataset['label']}: {fill['responses']:,} distinct cacheable responses of "
                f"~{fill['body_bytes'] / 1024:.0f} KiB (`{fill['path']}` with a distinct `Accept` each, "
                f"{fill['seconds']} s): worker VmRSS "
                + ", ".join(mb(m.get("VmRSS")) for m in fill["before"])
                + " before, "
                + ", ".join(mb(m.get("VmRSS")) for m in fill["after"])
                + " after"
                + (f" ({fill['restarts']} worker recycle(s) during the fill)" if fill["restarts"] else "")
                + ".",
            ]
    lines += ["", "## Goals", ""]
    goals(results, lines)
    notes = []
    for dataset in results["datasets"]:
        for where, why in dataset["skipped"].items():
            notes.append(f"{dataset['label']}: {where}: {why}")
        notes += [f"{dataset['label']}: {note}" for note in dataset["notes"]]
        restarts = sum(r["worker_restarts"] for r in dataset["runs"] if r["server"] != "datasette")
        if restarts:
            notes.append(
                f"{dataset['label']}: gunicorn recycled a worker {restarts} time(s) during the runs (max_requests); "
                "each recycle empties that worker's response cache and costs a worker boot."
            )
        groups = {}
        for r in dataset["runs"]:
            groups.setdefault((r["scenario"], r["server"]), []).append(r)
        for (scenario, server), runs in groups.items():
            if not any(r["requests"] for r in runs):
                notes.append(
                    f"{dataset['label']}: {scenario}/{server}: no request answered within any of its "
                    f"{len(runs)} runs (each took longer than a run)"
                )
                continue
            mid = median([r["rps"] for r in runs])
            for r in runs:
                if not r["requests"]:
                    notes.append(
                        f"{dataset['label']}: {scenario}/{server} round {r['round']}: no request answered within "
                        "the run (each took longer than the run)"
                    )
                elif len(runs) > 1 and mid and r["rps"] < 0.25 * mid:
                    notes.append(
                        f"{dataset['label']}: {scenario}/{server} round {r['round']}: {r['rps']:,.0f} req/s against a "
                        f"median of {mid:,.0f} (a stall; the machine is shared)"
                    )
        bad = [r for r in dataset["runs"] if r["bad_status"] or r["errors"]]
        for r in bad:
            notes.append(
                f"{dataset['label']}: {r['scenario']}/{r['server']} round {r['round']}: "
                f"{r['bad_status']} unexpected statuses, {r['errors']} socket errors"
            )
    if notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    if results.get("elapsed_s"):
        lines += ["", f"Harness time: {results['elapsed_s']:.0f} s (servers, runs, report; builds not included)."]
    return "\n".join(lines) + "\n"
