"""``python -m seed [--output PATH]``: validate the seed and build the database."""

import argparse
import sys

from .build import build
from .load import SeedError

DEFAULT_OUTPUT = "build/data.db"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m seed", description=__doc__)
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help=f"database path (default {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)
    try:
        version, counts = build(args.output)
    except SeedError as error:
        print(error, file=sys.stderr)
        return 1
    total = sum(counts.values())
    print(
        f"built {args.output}: dataset {version}, {total} records ({', '.join(f'{k} {v}' for k, v in counts.items())})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
