"""``python -m seed [--output PATH]``: validate the seed and build the database.

``python -m seed --synthetic N [--output PATH]`` builds a synthetic dataset of
N projects for benchmarks instead (see ``seed.synthetic``); it goes to
``build/synthetic-N.db`` by default and is never the served ``build/data.db``.
"""

import argparse
import sys

from .build import build
from .load import SeedError

DEFAULT_OUTPUT = "build/data.db"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m seed", description=__doc__)
    parser.add_argument(
        "--output", help=f"database path (default {DEFAULT_OUTPUT}; build/synthetic-N.db with --synthetic)"
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="build a synthetic benchmark dataset of N projects (other collections scale with N)",
    )
    parser.add_argument("--seed", type=int, help="random seed of --synthetic (same seed, same records)")
    args = parser.parse_args(argv)
    if args.synthetic is not None:
        return synthetic(parser, args)
    if args.seed is not None:
        parser.error("--seed only applies to --synthetic")
    output = args.output or DEFAULT_OUTPUT
    try:
        version, counts = build(output)
    except SeedError as error:
        print(error, file=sys.stderr)
        return 1
    total = sum(counts.values())
    print(f"built {output}: dataset {version}, {total} records ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


def synthetic(parser, args):
    from .synthetic import DEFAULT_SEED, build_synthetic, default_output

    if args.synthetic < 1:
        parser.error("--synthetic N needs N >= 1")
    output = args.output or default_output(args.synthetic)
    try:
        version, counts = build_synthetic(
            args.synthetic,
            output,
            seed=DEFAULT_SEED if args.seed is None else args.seed,
            log=lambda message: print(f"  {message}", file=sys.stderr),
        )
    except (SeedError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    total = sum(counts.values())
    print(
        f"built {output}: SYNTHETIC dataset {version}, {total} records "
        f"({', '.join(f'{k} {v}' for k, v in counts.items())})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
