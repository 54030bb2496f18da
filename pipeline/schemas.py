"""JSON Schemas of the records, generated from the pydantic models (never written by hand)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from pipeline.models import Article, PageRecord, Reject, RunReport

SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "page_record": PageRecord,
    "reject": Reject,
    "run": RunReport,
}


def render(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in sorted(SCHEMA_MODELS.items()):
        path = out_dir / f"{name}.schema.json"
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written
