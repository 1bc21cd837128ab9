"""How figures and dates are written out: the JSON number, the stored decimal text, and the
figure and publication date as both faces (terminal and page) show them.

Kept apart from the extractor so that `factcheck list` can print stored figures without
importing it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


def json_number(value: Decimal | None) -> int | float | None:
    """Integral values print as integers, others as floats; None stays None."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def decimal_text(value: Decimal | None) -> str | None:
    """A figure's canonical text: 1500000 for "1.5 million", "1,500,000" and "1.50 million"
    alike (no exponent, no trailing zeros), as stored and as fingerprinted."""
    return None if value is None else format(value.normalize(), "f")


def _figure(text: str | None) -> str:
    if text is None:
        return ""
    value = Decimal(text)
    return f"{value:,f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{int(value):,}"


def figure_summary(qualifier: str | None, value: str | None, low: str | None, high: str | None) -> str:
    """A stored figure as a reader writes it ("8,000", "2,000–9,999"), or "(event)" without one."""
    if qualifier is None:
        return "(event)"
    if value is not None:
        return _figure(value)
    low_text = _figure(low) if low is not None else "…"
    high_text = _figure(high) if high is not None else "…"
    return f"{low_text}–{high_text}"


def published_iso(when: datetime, precision: str) -> str:
    """A date for day/month/year precision, a datetime for minute and assumed."""
    if precision in ("day", "month", "year"):
        return when.date().isoformat()
    return when.isoformat(timespec="minutes")


def published_label(when: datetime, precision: str) -> str:
    """The publication date as precisely as it is known: 2024-11-01T18:40, 2024-11-01, 2024-11, 2024."""
    if precision == "month":
        return when.strftime("%Y-%m")
    if precision == "year":
        return when.strftime("%Y")
    return published_iso(when, precision)
