"""Write ``tests/fixtures/adapters/<page>.json``: each shipped raw page's page record as the
adapters produce it now. Run after an intended adapter change, review the diff, commit it.

    .venv/bin/python tests/make_adapter_fixtures.py
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import extract, rawstore

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = ROOT / "tests" / "fixtures" / "adapters"
    out.mkdir(parents=True, exist_ok=True)
    for raw in rawstore.scan(ROOT / "raw"):
        records = extract.extract(rawstore.load(raw))
        data = (
            json.loads(records[0].model_dump_json())
            if len(records) == 1
            else [json.loads(r.model_dump_json()) for r in records]
        )
        target = out / (Path(raw.path).stem + ".json")
        target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()
