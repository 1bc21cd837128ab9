"""What `add` stores of an article, computed without the database: the source read and held to
the limits, its claims extracted, and both turned into column values.

Kept apart from service.py, which imports the store (SQLAlchemy and SQLModel, about a second of
start-up), so that a bulk add's worker processes, and the forkserver they are forked from,
import only the reader and the extractor (imported inside the functions that use them, so that
`factcheck list` imports neither).
"""

from __future__ import annotations

import gc
import hashlib
import operator
import re
from collections import namedtuple
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlparse

from factcheck.clock import as_utc, utcnow
from factcheck.config import Settings
from factcheck.conflicts import ConflictColumns, conflict_columns
from factcheck.errors import FactcheckError, InputError, as_factcheck_error
from factcheck.values import decimal_text

if TYPE_CHECKING:
    from factcheck.extract.types import ClaimDraft, TimeMention
    from factcheck.ingest import RawDocument


class Publication(NamedTuple):
    """When an article was published, how precisely we know, and where that came from."""

    when: datetime  # stored in UTC
    precision: str  # minute, day, month, year, assumed
    origin: str  # option, metadata, dateline, fetch-time
    # The calendar day where it was published: relative dates ("أمس") count from it, so a page
    # stamped 01:30+03:00 on a Friday is Friday's, not Thursday's as its UTC time would say.
    day: date
    # Where the dateline that gave it stands in the text, if one did.
    dateline: tuple[int, int] | None = None


class ArticleOptions(NamedTuple):
    published: Publication | None = None
    language: str = "auto"
    title: str | None = None
    source_name: str | None = None
    # The fetch time to use instead of the clock (--now): reproducible relative datelines.
    now: datetime | None = None
    # DMY, MDY or YMD for a numeric dateline ("01/11/2024"); empty: such a dateline is not read.
    date_order: str = ""


class ReadyArticle(NamedTuple):
    """An article as `add` stores it: its column values (all but its id and time of adding) and
    each claim's, in CLAIM_COLUMNS order, the columns `conflicts` reads included. Built where it
    is extracted (in a worker process for a bulk add), it is all the storing needs, and small to
    send back: plain values, no claim drafts."""

    article: dict[str, Any]
    claims: list[tuple[Any, ...]]


class PreparedValues(NamedTuple):
    """An article prepared: what is stored (`ready`) and the claim drafts it came from, which
    `extract` prints."""

    ready: ReadyArticle
    claims: list[ClaimDraft]


def publication_of(doc: RawDocument, options: ArticleOptions) -> Publication:
    """DESIGN.md's precedence: --published, page metadata, a relative dateline, fetch time."""
    if options.published is not None:
        return options.published
    if doc.published is not None:
        precision = doc.published_precision or "minute"
        return Publication(as_utc(doc.published), precision, "metadata", doc.published.date())
    from factcheck.extract.pipeline import absolute_dateline, dateline

    fetched = options.now or doc.fetched_at or utcnow()
    found = dateline(doc.text, fetched, options.language)
    if found is not None:
        when, precision, span = found
        return Publication(as_utc(when), precision, "dateline", when.date(), span)
    written = absolute_dateline(doc.text, fetched, options.language, options.date_order)
    if written is not None:
        date_written, span = written
        return Publication(
            as_utc(date_written.when), date_written.precision, "dateline", date_written.day, span
        )
    return Publication(fetched, "assumed", "fetch-time", fetched.date())


# A claim's columns that the publication date decides: its time and its report's time.
TIME_COLUMNS = (
    "time_text",
    "time_span_start",
    "time_span_end",
    "time_start",
    "time_end",
    "time_granularity",
    "time_warning",
    "reported_time_text",
    "reported_time_start",
    "reported_time_end",
    "reported_time_granularity",
)

# A claim's values (all but its article and time of adding), as the extractor's draft gives them:
# a namedtuple, whose fields TIME_COLUMNS can be spliced into (a class would write them again),
# and a tuple, so that a stored row is it and its conflict columns with no name looked up.
ClaimValues = namedtuple(
    "ClaimValues",
    (
        "kind",
        "sentence",
        "sentence_start",
        "span_start",
        "span_end",
        "quantity_text",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "unit_key",
        *TIME_COLUMNS,
        "attribution",
        "attribution_role",
        "attribution_key",
        "entities",
        "place",
        "worth",
        "fingerprint",
        "search_text",
        "source_text",
    ),
)

_CONFLICT_COLUMNS = tuple(ConflictColumns.__annotations__)
# A claim's conflict columns (conflict_columns' values), in _CONFLICT_COLUMNS order: one C call.
_conflict_values: Callable[[ConflictColumns], tuple[Any, ...]] = operator.itemgetter(*_CONFLICT_COLUMNS)

# The columns of a claim's values (ClaimValues) and those `conflicts` reads: the order of
# ReadyArticle.claims.
CLAIM_COLUMNS = (*ClaimValues._fields, *_CONFLICT_COLUMNS)


# The extractor's index texts (factcheck.extract.search), imported at the first claim, not when
# this module is (`factcheck list` imports no extractor): a `from ... import` in values_of cost
# 5 us a claim, 0.05 ms a real article.
_index_texts: tuple[Callable[..., str], Callable[..., str], Callable[..., str | None]] | None = None


def _import_index_texts() -> tuple[Callable[..., str], Callable[..., str], Callable[..., str | None]]:
    global _index_texts
    from factcheck.extract.search import index_text, source_index_text, whole_number

    _index_texts = (index_text, source_index_text, whole_number)
    return _index_texts


def values_of(draft: ClaimDraft, language: str) -> ClaimValues:
    """A claim's column values, computed where it is extracted: in a worker process for a
    batch, so that storing is one bulk insert. Built positionally, each part's fields at once
    (a namedtuple's keywords and a test of the part per field cost a worker as much as the
    values themselves)."""
    index_text, source_index_text, whole_number = _index_texts or _import_index_texts()
    quantity, time, reported = draft.quantity, draft.time, draft.reported_time
    if quantity is not None:
        unit_key, value = quantity.unit_key, quantity.value
        # An exact figure's bounds are its value, the same object: its text is written once.
        value_text = decimal_text(value)
        figure: tuple[Any, ...] = (
            quantity.text,
            value_text,
            value_text if quantity.low is value else decimal_text(quantity.low),
            value_text if quantity.high is value else decimal_text(quantity.high),
            quantity.qualifier,
            quantity.unit,
            unit_key,
        )
        keys = [*draft.entities, f"unit:{unit_key}"] if unit_key else draft.entities
    else:
        figure, keys = _NO_FIGURE, draft.entities
    if time is not None:
        span = time.span
        when: tuple[Any, ...] = (
            time.text,
            span[0],
            span[1],
            time.start,
            time.end,
            time.granularity,
            time.warning,
        )
    else:
        when = _NO_TIME
    if reported is not None:
        report: tuple[Any, ...] = (reported.text, reported.start, reported.end, reported.granularity)
    else:
        report = _NO_REPORT
    attribution, role = draft.attribution, draft.attribution_role
    return tuple.__new__(
        ClaimValues,
        (
            draft.kind,
            draft.sentence,
            draft.sentence_span[0],
            draft.span[0],
            draft.span[1],
            *figure,
            *when,
            *report,
            attribution,
            role,
            draft.attribution_key,
            " ".join(sorted(draft.entities)),
            draft.place,
            draft.worth,
            draft.fingerprint,
            index_text([draft.sentence, figure[0], whole_number(figure[1]), attribution, role], keys),
            source_index_text(attribution, role, language, draft.attribution_key),
        ),
    )


# The values of a claim without a figure, a time or a report's time (values_of).
_NO_FIGURE = (None,) * 7
_NO_TIME = (None,) * 7
_NO_REPORT = (None,) * 4


def claim_values(draft: ClaimDraft, language: str) -> dict[str, Any]:
    """A claim's column values by name (values_of)."""
    return values_of(draft, language)._asdict()


def claim_row(values: ClaimValues, published_day: date) -> tuple[Any, ...]:
    """A claim's values as stored, in CLAIM_COLUMNS order, with what `conflicts` reads of it."""
    conflict = conflict_columns(
        values.low, values.high, values.qualifier, values.time_start, published_day, values.time_end
    )
    return values + _conflict_values(conflict)


def prepare_values(
    doc: RawDocument, options: ArticleOptions, statement_threshold: float | None = None
) -> PreparedValues:
    """Everything `add` would store, computed without touching the database."""
    from factcheck.extract.pipeline import credit, extract, lexicon_for

    language = lexicon_for(doc.text, options.language).code
    publication = publication_of(doc, ArticleOptions(options.published, language, now=options.now))
    fetched_at = options.now or doc.fetched_at or utcnow()
    drafts = extract(doc.text, publication.day, language, statement_threshold)
    drafts = flag_coarse_publication(drafts, publication)
    source_name = (
        options.source_name or credit(doc.text, language) or (urlparse(doc.url).hostname if doc.url else None)
    )
    article = dict(
        url=doc.url,
        title=options.title or doc.title or first_line(doc.text, publication.dateline),
        author=doc.author,
        source_name=source_name,
        language=language,
        text=doc.text,
        content_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        published=publication.when,
        published_precision=publication.precision,
        published_origin=publication.origin,
        modified=as_utc(doc.modified) if doc.modified else None,
        fetched_at=as_utc(fetched_at),
    )
    day = as_utc(publication.when).date()
    rows = [claim_row(values_of(draft, language), day) for draft in drafts]
    return PreparedValues(ReadyArticle(article, rows), drafts)


def first_line(text: str, skip: tuple[int, int] | None = None) -> str | None:
    """The first non-empty line, as a title; never the dateline ("منذ 2 شهور")."""
    start = 0
    for line in text.splitlines(keepends=True):
        inside_skip = skip is not None and skip[0] <= start + len(line) - len(line.lstrip()) < skip[1]
        start += len(line)
        if line.strip() and not inside_skip:
            return line.strip()[:200]
    return None


_COARSE = {"month": "the month", "year": "the year"}


def flag_coarse_time(time: TimeMention, publication: Publication) -> TimeMention:
    """A day-level time read against a publication known only to the month or year ("منذ 2
    شهور") is a guess: say so on the time, where `show` and the JSON carry it."""
    if publication.precision not in _COARSE or time.granularity not in ("day", "week") or time.warning:
        return time
    from dataclasses import replace

    known = _COARSE[publication.precision]
    return replace(time, warning=f"resolved against a publication date known only to {known}")


def flag_coarse_publication(drafts: list[ClaimDraft], publication: Publication) -> list[ClaimDraft]:
    """Every claim's time flagged by flag_coarse_time."""
    if publication.precision not in _COARSE:
        return drafts
    from dataclasses import replace

    return [
        replace(draft, time=flag_coarse_time(draft.time, publication)) if draft.time is not None else draft
        for draft in drafts
    ]


@cache
def _digit_run(count: int) -> re.Pattern[str]:
    """A run of `count` digits or more, allowing one separator between them ("12,000",
    "10.898.327", "١٢٬٠٠٠"): written as a digit and `count` - 1 more, each after at most one
    separator. It finds the runs the plain form (a digit and at most one separator, `count`
    times or more) finds, tests/test_fast_paths.py holds it to that, at a third of the cost:
    the regex engine tries a digit, not a group, at each character (0.07 -> 0.025 ms a real
    article: every article of a bulk add is held to it)."""
    return re.compile(rf"\d(?:[,.\u066b\u066c\u00a0 ]?\d){{{count - 1}}}")


def within_limits(document: RawDocument, settings: Settings) -> RawDocument:
    """Refuse, before any extraction, an article past limits.max_article_chars or holding a
    figure of more than limits.max_figure_digits digits (a run of digits no news figure has,
    which would cost the extractor and every later listing dearly)."""
    text_within_limits(document.text, document.label, settings)
    return document


def text_within_limits(text: str, label: str, settings: Settings) -> str:
    """within_limits for a text that is not stored (`parse`, `worth`): the same run of digits
    that would fail the extractor fails it there too."""
    if len(text) > settings.max_article_chars:
        raise InputError(
            f"{label} is longer than limits.max_article_chars "
            f"({len(text):,} characters, more than {settings.max_article_chars:,})"
        )
    if _digit_run(settings.max_figure_digits + 1).search(text):
        raise InputError(
            f"{label} has a figure of more than limits.max_figure_digits "
            f"({settings.max_figure_digits}) digits"
        )
    return text


def claims_within_limits(prepared: PreparedValues, label: str, settings: Settings) -> PreparedValues:
    if len(prepared.claims) > settings.max_claims_per_article:
        raise InputError(
            f"{label} has {len(prepared.claims):,} claims, more than limits.max_claims_per_article "
            f"({settings.max_claims_per_article:,})"
        )
    return prepared


def prepare_document(document: RawDocument, options: ArticleOptions, settings: Settings) -> PreparedValues:
    """A document read (or fetched) prepared for storing, held to the limits."""
    prepared = prepare_values(within_limits(document, settings), options, settings.worth_threshold)
    return claims_within_limits(prepared, document.label, settings)


# What a worker process of a bulk add was started with (start_worker): the settings, the
# options of the command and the folder it runs in.
_worker: tuple[Settings, ArticleOptions, str] | None = None


def start_worker(settings: Settings, options: ArticleOptions, folder: str) -> None:
    """A bulk add's worker process starts here, once, with what every article of it shares.
    Its cyclic garbage collector runs between tasks only (_collect_after_task)."""
    global _worker
    _worker = (settings, options, folder)
    gc.disable()
    _exit_with_parent()


# A worker collects its cyclic garbage after each task, not in the middle of an article. Left to
# itself, the collector's young collections fell while an article's tokens, mentions and drafts
# were alive, and examined them all: 0.08 ms an article over 500 real articles, against 0.02
# for a collection of the two young generations after each task of eight (which finds what the
# task left; in those 500 articles, no cycle at all). Every this many tasks the collection is a
# full one, so that a cycle that outlived the young generations is freed all the same.
_FULL_COLLECTION_TASKS = 128
_tasks_done = 0


def _collect_after_task() -> None:
    global _tasks_done
    _tasks_done += 1
    gc.collect(2 if _tasks_done % _FULL_COLLECTION_TASKS == 0 else 1)


def _exit_with_parent() -> None:
    """End this worker process when the process whose pool started it ends, however it ends.
    Killed (kill -9), that process never tells its workers to stop, and they waited for more
    work for ever, with the forkserver: each worker holds the pool's pipes itself, so no end
    of file ever reached it. The parent's sentinel does close when it dies."""
    import multiprocessing
    import os
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


def _ready(source: str | RawDocument) -> ReadyArticle:
    from factcheck.ingest import read_source

    assert _worker is not None, "start_worker first"
    settings, options, folder = _worker
    document = source if not isinstance(source, str) else read_source(source, settings, folder=folder)
    return prepare_document(document, options, settings).ready


def ready_in_worker(source: str | RawDocument) -> ReadyArticle:
    """In a worker process, a task: a local file read (decoded, held to the limits) and
    extracted, or a document fetched by the main process extracted; what storing it needs."""
    try:
        return _ready(source)
    finally:
        _collect_after_task()


def ready_files_in_worker(paths: list[str]) -> list[ReadyArticle | FactcheckError]:
    """In a worker process, a task: several local files, each read and extracted
    (ready_in_worker), in the order given; a file that fails has its error in its place, and the
    others go on. One task for several files pays the pool's hand-off (pickling, queues,
    wake-ups in both processes) once for all of them."""
    ready: list[ReadyArticle | FactcheckError] = []
    try:
        for path in paths:
            try:
                ready.append(_ready(path))
            except Exception as exc:
                ready.append(as_factcheck_error(exc))
    finally:
        _collect_after_task()
    return ready
