"""The store: tables, engine and transactions, and every query (no SQL lives elsewhere)."""

from factcheck.store.database import Store
from factcheck.store.models import (
    DISMISSED,
    MANUAL,
    STATUSES,
    VERDICTS,
    Account,
    Article,
    Claim,
    Correction,
    StatusEvent,
)

__all__ = [
    "DISMISSED",
    "MANUAL",
    "STATUSES",
    "VERDICTS",
    "Account",
    "Article",
    "Claim",
    "Correction",
    "StatusEvent",
    "Store",
]
