"""The extractor's one entry point: text + publication date + language -> claims.

Pure functions: no I/O, no database. `analyze` gives every quantity and time (what `parse`
prints); `extract` assembles them into claim drafts (what `add` stores).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from factcheck.errors import UsageError
from factcheck.extract import dates, numbers
from factcheck.extract.claims import build_claims
from factcheck.extract.text import sentence_spans
from factcheck.extract.types import ClaimDraft, QuantityMention, TimeMention
from factcheck.lang import Lexicon, available_languages, load_lexicon


@dataclass(frozen=True)
class Analysis:
    language: str
    published: date
    quantities: list[QuantityMention]
    times: list[TimeMention]


def detect_language(text: str) -> str:
    """The shipped language whose script most of the letters are in.

    Script proportion is enough to tell Arabic from English; this is the seam where a
    finer detector would go when two shipped languages share a script.
    """
    scripts: Counter[str] = Counter()
    for ch in text[:20000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts[name.split(" ", 1)[0]] += 1
    best, best_count = "en", -1
    for code in available_languages():
        script = load_lexicon(code).meta("script", "").upper()
        if scripts[script] > best_count:
            best, best_count = code, scripts[script]
    return best


def lexicon_for(text: str, lang: str) -> Lexicon:
    code = detect_language(text) if lang == "auto" else lang
    if code not in available_languages():
        raise UsageError(f"unknown language {lang!r} (choose from auto, {', '.join(available_languages())})")
    return load_lexicon(code)


def _outside(quantity: QuantityMention, times: list[TimeMention]) -> bool:
    """Durations inside a time expression ("منذ 3 أيام") belong to the time engine."""
    return not any(t.span[0] <= quantity.span[0] and quantity.span[1] <= t.span[1] for t in times)


def analyze(text: str, published: date, lang: str = "auto") -> Analysis:
    """Every quantity and every time reference in `text`, resolved against `published`."""
    lex = lexicon_for(text, lang)
    times = dates.find_times(text, published, lex)
    found = [q for q in numbers.find_quantities(text, lex) if _outside(q, times)]
    quantities = numbers.inherit_elided_units(found, sentence_spans(text))
    return Analysis(lex.code, published, quantities, times)


def extract(text: str, published: date, lang: str = "auto") -> list[ClaimDraft]:
    """The claims of an article: one per figure, with its time, attribution and fingerprint."""
    analysis = analyze(text, published, lang)
    lex = load_lexicon(analysis.language)
    return build_claims(text, analysis.quantities, analysis.times, sentence_spans(text), lex)


def dateline(text: str, now: datetime, lang: str = "auto") -> tuple[datetime, str] | None:
    """The publication time from a relative dateline at the top ("منذ 2 شهور"), if any."""
    found = dates.resolve_dateline(text, now, lexicon_for(text, lang))
    return None if found is None else (found[0], found[1])
