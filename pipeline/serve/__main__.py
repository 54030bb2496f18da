"""``python -m pipeline.serve [--db DB] [--port PORT] [--host HOST]``: run Datasette over the database.

Replaces this process with Datasette (so Ctrl-C and signals reach it directly). Exits 2 when the
database does not exist yet (run ``make ingest`` first).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline.serve import DEFAULT_HOST, DEFAULT_PORT, datasette_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.serve", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, default=Path("normalized/news.db"), help="SQLite database to serve"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--host", default=DEFAULT_HOST)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"error: {args.db} not found; run `make ingest` first", file=sys.stderr)
        return 2
    command = datasette_command(args.db, args.port, args.host)
    print(f"serving {args.db} read-only: http://{args.host}:{args.port}/-/articles", file=sys.stderr)
    sys.stderr.flush()
    os.execv(command[0], command)
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
