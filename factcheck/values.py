"""How figures are written out: one place for the JSON number and the stored decimal text.

Kept apart from the extractor so that `factcheck list` can print stored figures without
importing it.
"""

from __future__ import annotations

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
