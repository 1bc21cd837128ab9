"""Shapes of stored claims for output: the JSON object of `list`, and CSV rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from factcheck.extract.types import json_number
from factcheck.store.models import Claim

CSV_COLUMNS = (
    "id",
    "article_id",
    "status",
    "quantity_text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "unit_key",
    "time_text",
    "time_start",
    "time_end",
    "time_granularity",
    "attribution",
    "sentence",
)


def _number(text: str | None) -> int | float | None:
    return None if text is None else json_number(Decimal(text))


def claim_record(claim: Claim) -> dict[str, Any]:
    """A stored claim as `list --format json` prints it (the shape of DESIGN.md's contracts)."""
    quantity = None
    if claim.qualifier is not None:
        quantity = {
            "text": claim.quantity_text,
            "span": [claim.span_start, claim.span_end],
            "value": _number(claim.value),
            "low": _number(claim.low),
            "high": _number(claim.high),
            "qualifier": claim.qualifier,
            "unit": claim.unit,
            "unit_key": claim.unit_key,
        }
    time = None
    if claim.time_granularity is not None:
        time = {
            "text": claim.time_text,
            "span": [claim.time_span_start, claim.time_span_end],
            "start": claim.time_start.isoformat() if claim.time_start else None,
            "end": claim.time_end.isoformat() if claim.time_end else None,
            "granularity": claim.time_granularity,
        }
        if claim.time_warning:
            time["warning"] = claim.time_warning
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "status": claim.status,
        "kind": claim.kind,
        "sentence": claim.sentence,
        "span": [claim.span_start, claim.span_end],
        "quantity": quantity,
        "time": time,
        "attribution": claim.attribution,
        "fingerprint": claim.fingerprint,
        "status_changed_at": claim.status_changed_at.isoformat() if claim.status_changed_at else None,
    }


def claims_json(claims: Iterable[Claim]) -> str:
    return json.dumps([claim_record(c) for c in claims], ensure_ascii=False, indent=1)


def claims_csv(claims: Sequence[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        row = []
        for column in CSV_COLUMNS:
            value = getattr(claim, column)
            row.append("" if value is None else str(value))
        writer.writerow(row)
    return buffer.getvalue()
