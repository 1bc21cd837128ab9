"""Use cases: each runs in one transaction and raises FactcheckError on what a user caused.

The extractor, the HTML parser and httpx are imported inside the use cases that need them,
so that `factcheck list` starts as fast as the database layer allows.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple
from urllib.parse import urlparse

from factcheck.clock import as_utc, utcnow
from factcheck.config import Settings
from factcheck.errors import (
    DatabaseError,
    ExitCode,
    FactcheckError,
    InputError,
    NotFoundError,
    RefusedError,
    SourceRequired,
    StaleError,
    UsageError,
    as_factcheck_error,
)
from factcheck.prepare import (
    CLAIM_COLUMNS,
    TIME_COLUMNS,
    ArticleOptions,
    Publication,
    ReadyArticle,
    claim_values,
    flag_coarse_publication,
    flag_coarse_time,
    prepare_document,
    prepare_values,
    text_within_limits,
)
from factcheck.store import (
    DISMISSED,
    MANUAL,
    STATUSES,
    VERDICTS,
    Account,
    Article,
    Claim,
    Correction,
    StatusEvent,
    Store,
    queries,
)
from factcheck.store.queries import ClaimFilter
from factcheck.values import published_iso, published_label

# What the faces (cli/, web/) take from the store and the preparing of articles, through this
# one door.
__all__ = [
    "DISMISSED",
    "MANUAL",
    "STATUSES",
    "VERDICTS",
    "Article",
    "ArticleOptions",
    "Claim",
    "ClaimFilter",
    "Correction",
    "Publication",
    "StatusEvent",
    "Store",
    "published_iso",
    "published_label",
]

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from sqlmodel import Session

    from factcheck.extract.types import ClaimDraft, TimeMention
    from factcheck.ingest import RawDocument


class AddOutcome(NamedTuple):
    source: str
    article_id: int
    created: bool
    claim_count: int
    title: str | None
    matched_by: str = "text"  # for an article already known: "url" or "text"
    # For an article already known, added with a --published that is not its stored date:
    # (stored, given), as `published_label` writes them. Nothing is changed: `article ID
    # --published` corrects it.
    published_differs: tuple[str, str] | None = None
    # For a page updated at the same URL: the new article's version and the article it updates.
    version: int = 1
    previous_version: int | None = None


class SourceResult(NamedTuple):
    """What became of one source of a batch: an outcome or the error that stopped it."""

    source: str
    outcome: AddOutcome | None = None
    error: FactcheckError | None = None


class MarkOutcome(NamedTuple):
    claim_id: int
    from_status: str
    to_status: str
    changed: bool
    propagated_from: int | None = None


class ClaimDetail(NamedTuple):
    claim: Claim
    article: Article
    events: Sequence[StatusEvent]
    # The features that moved the claim's worth most (name, share of the log-odds), strongest first.
    worth_features: Sequence[tuple[str, float]] = ()
    # Changes to the claim other than its status (its time, when the publication date was corrected).
    corrections: Sequence[Correction] = ()


class ArticleSummary(NamedTuple):
    article: Article
    counts: dict[str, int]


def parse_now(value: str, languages: list[str] | None = None, date_order: str = "") -> datetime:
    """--now: the moment to take as the fetch time, as parse_published reads it (UTC if no zone)."""
    return parse_published(value, languages, date_order).when


def check_language(lang: str) -> str:
    """auto or a shipped language, in any case ("EN" is en), checked before any source is read."""
    return _language_code(lang, ["auto"])


def check_stored_language(lang: str | None) -> str | None:
    """A `--lang` that filters what is stored (`list`, `sources`): a shipped language in any
    case, since no other is ever stored: an unknown one is a mistake, not an empty list."""
    return None if lang is None else _language_code(lang, [])


def _language_code(lang: str, also: list[str]) -> str:
    """`lang` in lower case, when it is a shipped language or one of `also`."""
    from factcheck.lang import available_languages

    choices = [*also, *available_languages()]
    code = lang.strip().lower()
    if code not in choices:
        raise UsageError(f"unknown language {lang!r} (choose from {', '.join(choices)})")
    return code


def parse_published(
    value: str, languages: list[str] | None = None, date_order: str = "", now: datetime | None = None
) -> Publication:
    """--published: an ISO date (day precision) or date and time (minute precision), else what people
    type in any language dateparser reads ("1 Nov 2024", "Nov. 1, 2024 10:15 AM EST", "الجمعة 1 نوفمبر
    2024", "yesterday" from `now`), in `languages` when the language is known."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return Publication(as_utc(datetime(day.year, day.month, day.day)), "day", "option", day)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return Publication(as_utc(parsed), "minute", "option", parsed.date())
    except ValueError:
        pass
    from factcheck.extract.datetext import read_date

    try:
        found = read_date(text, now or utcnow(), languages, date_order)
    except ValueError as exc:
        raise UsageError(f"invalid date {value!r}: {exc}") from exc
    return Publication(as_utc(found.when), found.precision, "option", found.day)


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
    return status


class PreparedArticle(NamedTuple):
    """An article prepared for storing (`ready`), with its claims as the extractor gave them."""

    article: Article
    claims: list[ClaimDraft]
    ready: ReadyArticle


def prepare_article(
    doc: RawDocument, options: ArticleOptions, statement_threshold: float | None = None
) -> PreparedArticle:
    """Everything `add` would store, computed without touching the database."""
    ready, claims = prepare_values(doc, options, statement_threshold)
    return PreparedArticle(Article(**ready.article), claims, ready)


def _times_again(text: str, publication: Publication, language: str) -> list[TimeMention]:
    """Every time expression of a text resolved against a publication, flagged as claims' are."""
    from factcheck.extract.pipeline import find_times

    return [flag_coarse_time(t, publication) for t in find_times(text, publication.day, language)]


def add_source(
    store: Store,
    settings: Settings,
    source: str,
    options: ArticleOptions,
    stdin: BinaryIO | None = None,
    *,
    refresh: bool = False,
) -> AddOutcome:
    """Read, extract and store one article with all its claims, or nothing at all. A URL already
    stored is not fetched again unless `refresh`; fetched again, a changed page is stored as
    its next version."""
    known = None if refresh else _known_url(store, source, options.published)
    if known is not None:
        return known
    prepared = extract_source(settings, source, options, stdin)
    return _store_prepared(store, source, prepared.ready, default_actor(settings))


def _known(
    session: Any, source: str, article: Article, matched_by: str, given: Publication | None = None
) -> AddOutcome:
    """The outcome for an article already stored; `given` is the --published of this add, if
    any, to say when it differs from the stored date."""
    assert article.id is not None
    count = queries.claim_count(session, article.id)
    differs = None
    stored = (as_utc(article.published), article.published_precision)
    if given is not None and stored != (given.when, given.precision):
        differs = (published_label(*stored), published_label(given.when, given.precision))
    return AddOutcome(source, article.id, False, count, article.title, matched_by, differs)


def _known_url(store: Store, source: str, given: Publication | None = None) -> AddOutcome | None:
    """An article already stored under this URL: found without fetching the page again."""
    if not source.lower().startswith(("http://", "https://")) or store.is_missing:
        return None
    with store.read(upgrade=True) as session:
        existing = queries.article_by_url(session, source)
        return None if existing is None else _known(session, source, existing, "url", given)


def _given_publication(article: dict[str, Any]) -> Publication | None:
    """The publication date an add was given (--published), read back from the prepared article."""
    if article["published_origin"] != "option":
        return None
    published = article["published"]
    return Publication(published, article["published_precision"], "option", published.date())


def _versioned_url(url: str | None) -> str | None:
    """The URL whose earlier articles a new text at it updates: a page's own URL. A home page is
    never an article: some sites point every page's canonical link at it, and those pages are
    different articles, not versions of one."""
    if url is None:
        return None
    return url if urlparse(url).path not in ("", "/") else None


def _store_prepared(store: Store, source: str, ready: ReadyArticle, actor: str = "factcheck") -> AddOutcome:
    """One transaction: the article and all its claims, unless its text is known."""
    with store.write() as session:
        return _store_in(session, source, ready, actor)


def _store_in(
    session: Any, source: str, ready: ReadyArticle, actor: str, maybe_known: bool = True
) -> AddOutcome:
    """The article and all its claims, in the caller's transaction, unless its text is known
    (`maybe_known` False: the caller has looked its text up already and not found it).

    Known URLs are caught before fetching (_known_url), unless `add --refresh` fetches them
    again. After fetching the text decides: the same text is the article already stored; a
    different text at the URL of a stored article (an updated story) is stored as that page's
    next version, linked to the latest one, with its own claims and a history entry.
    """
    from sqlalchemy.exc import IntegrityError

    sha256 = ready.article["content_sha256"]
    given = _given_publication(ready.article)
    page_url = _versioned_url(ready.article["url"])
    existing = queries.article_by_sha(session, sha256) if maybe_known else None
    if existing is not None:
        return _known(session, source, existing, "text", given)
    # One timestamp for the article and its claims: "newest first" keeps them in text order.
    now = utcnow()
    stored = ready.article | {"created_at": now, "version": 1}
    for _ in range(3):
        previous = queries.article_by_url(session, page_url) if page_url else None
        if previous is not None:
            stored |= {"version": previous.version + 1, "previous_version_id": previous.id}
        try:
            with session.begin_nested():
                [article_id] = queries.insert_articles(session, [stored], [ready.claims], CLAIM_COLUMNS)
                if previous is not None:
                    session.add(
                        _version_correction(previous, article_id, stored["version"], page_url, actor, now)
                    )
            break
        except IntegrityError:
            # PostgreSQL does not serialize two adds the way SQLite's write lock does: the
            # second one meets the first's row at the unique content hash, or, for two new
            # texts of one page, at the version both took the same previous one for.
            session.expunge_all()
            existing = queries.article_by_sha(session, sha256)
            if existing is not None:
                return _known(session, source, existing, "text", given)
            if previous is None:
                raise
    else:
        raise DatabaseError(f"{source}: other adds kept storing new versions of {page_url}; try again")
    version = stored["version"]
    return AddOutcome(
        source,
        article_id,
        True,
        len(ready.claims),
        stored["title"],
        version=version,
        previous_version=previous.id if previous is not None else None,
    )


def _version_correction(
    previous: Article, article_id: int, version: int, page_url: str | None, actor: str, now: datetime
) -> Correction:
    """The history entry of a page stored again as its next version."""
    return Correction(
        article_id=article_id,
        field="version",
        old_value=f"article {previous.id} (version {previous.version})",
        new_value=f"article {article_id} (version {version})",
        note=f"the page at {page_url} changed",
        actor=actor,
        at=now,
    )


class _OneByOne(Exception):
    """Raised in a batch's transaction to roll it back, for its articles to be stored again
    each in a savepoint of its own (_store_batch)."""


def _store_batch(
    store: Store, batch: Sequence[tuple[str, ReadyArticle]], actor: str, *, all_new: bool = True
) -> list[SourceResult]:
    """Articles ready together, in one transaction (a transaction per article made most of a
    bulk add's storing: its commit, and a new segment of the full-text index each time), in the
    order given. New texts that update no page (_store_run) are inserted together; a text
    already stored, or a page's new version, alone (_store_one). One that fails is rolled back
    alone and the others stored. A failure of the database itself stops the batch: none of it
    is stored.

    A batch of new texts only, none twice and none updating a page (a bulk add's common case,
    when `all_new` allows it), is inserted in the transaction itself, without the savepoints
    that let one article fail alone: SQLite copies each page a savepoint first changes into its
    journal, 0.3-0.5 ms an article in batches of ten. If that insert fails, the transaction is
    rolled back and the batch stored again the slower way, so that only the one at fault fails."""
    try:
        return _store_batch_in(store, batch, actor, all_new)
    except _OneByOne:
        return _store_batch_in(store, batch, actor, False)


def _store_batch_in(
    store: Store, batch: Sequence[tuple[str, ReadyArticle]], actor: str, all_new: bool
) -> list[SourceResult]:
    results: list[SourceResult] = []
    with store.write() as session:
        # The texts already stored, looked up once for the batch (then one by one only for
        # those, and for a text that comes twice in the batch).
        hashes = [ready.article["content_sha256"] for _, ready in batch]
        seen = queries.stored_hashes(session, hashes)
        if (
            all_new
            and not seen
            and len(set(hashes)) == len(hashes)
            and all(_versioned_url(ready.article["url"]) is None for _, ready in batch)
        ):
            return _store_new(session, batch)
        run: list[tuple[str, ReadyArticle]] = []
        for source, ready in batch:
            sha256 = ready.article["content_sha256"]
            if sha256 not in seen and _versioned_url(ready.article["url"]) is None:
                run.append((source, ready))
            else:
                results += _store_run(session, run, actor)
                run = []
                results.append(_store_one(session, source, ready, actor, maybe_known=sha256 in seen))
            seen.add(sha256)
        results += _store_run(session, run, actor)
    return results


def _store_run(session: Any, run: Sequence[tuple[str, ReadyArticle]], actor: str) -> list[SourceResult]:
    """New articles (their texts looked up and not found) that update no page: inserted
    together in one savepoint, their claims in one bulk insert (an insert and a savepoint per
    article cost more than SQLite's own work for them). If that fails, each is stored alone
    (_store_one), so that only the one at fault is rolled back."""
    from sqlalchemy.exc import IntegrityError, SQLAlchemyError

    if not run:
        return []
    # One timestamp for an article and its claims: "newest first" keeps them in text order.
    articles = [ready.article | {"created_at": utcnow(), "version": 1} for _, ready in run]
    try:
        with session.begin_nested():
            ids = queries.insert_articles(
                session, articles, [ready.claims for _, ready in run], CLAIM_COLUMNS
            )
    except IntegrityError:
        # PostgreSQL: another add stored one of these texts meanwhile (_store_in says which).
        return [_store_one(session, source, ready, actor, maybe_known=False) for source, ready in run]
    except SQLAlchemyError:
        raise
    except Exception as exc:
        if isinstance(exc, FactcheckError) and exc.exit_code == ExitCode.DATABASE:
            raise
        return [_store_one(session, source, ready, actor, maybe_known=False) for source, ready in run]
    return [
        SourceResult(
            source, outcome=AddOutcome(source, article_id, True, len(ready.claims), article["title"])
        )
        for (source, ready), article_id, article in zip(run, ids, articles, strict=True)
    ]


def _store_new(session: Any, batch: Sequence[tuple[str, ReadyArticle]]) -> list[SourceResult]:
    """New articles that update no page, inserted in the caller's transaction with no savepoint
    (_store_batch); _OneByOne where _store_run would store them one by one."""
    from sqlalchemy.exc import IntegrityError, SQLAlchemyError

    # One timestamp for an article and its claims: "newest first" keeps them in text order.
    articles = [ready.article | {"created_at": utcnow(), "version": 1} for _, ready in batch]
    try:
        ids = queries.insert_articles(session, articles, [ready.claims for _, ready in batch], CLAIM_COLUMNS)
    except IntegrityError as exc:
        raise _OneByOne from exc
    except SQLAlchemyError:
        raise
    except Exception as exc:
        if isinstance(exc, FactcheckError) and exc.exit_code == ExitCode.DATABASE:
            raise
        raise _OneByOne from exc
    return [
        SourceResult(
            source, outcome=AddOutcome(source, article_id, True, len(ready.claims), article["title"])
        )
        for (source, ready), article_id, article in zip(batch, ids, articles, strict=True)
    ]


def _store_one(session: Any, source: str, ready: ReadyArticle, actor: str, maybe_known: bool) -> SourceResult:
    """One article of a batch, in a savepoint of its own (_store_in), rolled back on failure."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return SourceResult(source, outcome=_store_in(session, source, ready, actor, maybe_known))
    except SQLAlchemyError:
        raise
    except Exception as exc:
        if isinstance(exc, FactcheckError) and exc.exit_code == ExitCode.DATABASE:
            raise
        return SourceResult(source, error=as_factcheck_error(exc))


# A bulk add stores the articles extracted so far together, in one transaction, at most this
# many and at least this often (so that its progress shows), in the order given. A transaction
# has a cost of its own (its commit writes every page it changed, and its full-text entries
# are a segment FTS5 later merges): 1.75 ms of storing an article in batches of 50, 1.3 in
# batches of 200.
_BATCH_ARTICLES = 200
_BATCH_SECONDS = 1.0

# Local files are sent to the workers this many at a time at most, and in at least this many
# tasks a worker, so that the last ones are shared out evenly.
_FILES_PER_TASK = 8
_TASKS_PER_WORKER = 4


def _files_per_task(files: int, workers: int) -> int:
    return max(1, min(_FILES_PER_TASK, files // (workers * _TASKS_PER_WORKER)))


class _Pending(NamedTuple):
    """A source of a bulk add on its way: known before reading (`known`), or being read and
    extracted by `task`, alone or as the `place`-th file of a task of several."""

    source: str
    known: AddOutcome | None = None
    task: Future[Any] | None = None
    place: int | None = None


def _raised(ready: ReadyArticle | FactcheckError) -> ReadyArticle:
    """A file's result from a task of several: its article, or its error raised."""
    if isinstance(ready, FactcheckError):
        raise ready
    return ready


def _extractor_pool(workers: int, settings: Settings, options: ArticleOptions) -> ProcessPoolExecutor:
    """Worker processes for a bulk add (factcheck.prepare.ready_files_in_worker), forked from a
    clean server process that has loaded the reader, the extractor and the lexicons once
    (factcheck.forkserver_preload; never forked from this process, whose reader threads may
    hold locks), each started once with the settings and options every article shares."""
    from concurrent.futures import ProcessPoolExecutor

    from factcheck import extractor_server
    from factcheck.prepare import start_worker

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=extractor_server.context(),
        initializer=start_worker,
        initargs=(settings, options, os.getcwd()),
    )


def add_sources(
    store: Store,
    settings: Settings,
    sources: Sequence[str],
    options: ArticleOptions,
    stdin: BinaryIO | None = None,
    on_result: Callable[[SourceResult], None] | None = None,
    *,
    refresh: bool = False,
) -> list[SourceResult]:
    """Add many sources: extracted in worker processes (one per core, when there are several
    sources), stored in this process in the order given, in batches: the articles extracted
    so far share one transaction (_store_batch), and are reported once it is committed. A
    source that fails does not stop the others; its error is in its result.
    A local file is read by the worker that extracts it (this process sends its path and gets
    back only what storing needs); URLs and standard input are read in threads here
    (fetch.concurrency at a time, or one per core if more). URLs already stored are recognised
    before they are fetched, unless `refresh` (then a page that changed is stored as its next
    version)."""
    import time
    from concurrent.futures import ThreadPoolExecutor, wait

    from factcheck.ingest import read_source, url_scheme

    results: list[SourceResult] = []

    def done(result: SourceResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    cores = os.cpu_count() or 1
    extractors = _extractor_pool(cores, settings, options) if len(sources) > 1 and cores > 1 else None

    def read_and_extract(source: str) -> ReadyArticle:
        document = read_source(source, settings, stdin)
        if extractors is None:
            return prepare_document(document, options, settings).ready
        from factcheck.prepare import ready_in_worker

        return extractors.submit(ready_in_worker, document).result()

    def is_local_file(source: str) -> bool:
        return extractors is not None and source != "-" and url_scheme(source) is None

    files_per_task = _files_per_task(sum(map(is_local_file, sources)), cores)

    readers = max(1, min(max(settings.fetch_concurrency, cores), len(sources)))
    actor = default_actor(settings)
    added = False
    # Articles extracted and waiting to be stored together (_store_batch), in the order given.
    batch: list[tuple[str, ReadyArticle]] = []
    batch_started = 0.0

    def store_batch() -> None:
        nonlocal added
        if not batch:
            return
        for result in _store_batch(store, batch, actor):
            added = added or (result.outcome is not None and result.outcome.created)
            done(result)
        batch.clear()

    try:
        with ThreadPoolExecutor(max_workers=readers, thread_name_prefix="factcheck-add") as pool:
            # Each source: its outcome if known before reading, else the task preparing it and,
            # for a task of several files, its place among them.
            pending: list[_Pending] = []
            files: list[int] = []  # local files (their places in `pending`) not yet sent

            def send_files() -> None:
                from factcheck.prepare import ready_files_in_worker

                assert extractors is not None
                task = extractors.submit(ready_files_in_worker, [pending[i].source for i in files])
                for place, i in enumerate(files):
                    pending[i] = _Pending(pending[i].source, None, task, place)
                files.clear()

            for source in sources:
                # a database failure stops the whole batch
                known = None if refresh else _known_url(store, source, options.published)
                if known is not None:
                    pending.append(_Pending(source, known))
                elif is_local_file(source):
                    files.append(len(pending))
                    pending.append(_Pending(source))
                    if len(files) == files_per_task:
                        send_files()
                else:
                    pending.append(_Pending(source, None, pool.submit(read_and_extract, source)))
            if files:
                send_files()
            try:
                for source, known, future, place in pending:
                    if known is not None:
                        store_batch()  # what was ready before it is reported first
                        done(SourceResult(source, outcome=known))
                        continue
                    assert future is not None
                    if batch and not future.done():
                        # Wait for the next article only until the batch is due.
                        wait([future], timeout=max(0.0, batch_started + _BATCH_SECONDS - time.monotonic()))
                        if not future.done():
                            store_batch()
                    try:
                        ready = future.result() if place is None else _raised(future.result()[place])
                    except Exception as exc:
                        store_batch()
                        if isinstance(exc, FactcheckError) and exc.exit_code == ExitCode.DATABASE:
                            raise
                        done(SourceResult(source, error=as_factcheck_error(exc)))
                        continue
                    if not batch:
                        batch_started = time.monotonic()
                    batch.append((source, ready))
                    if len(batch) >= _BATCH_ARTICLES or time.monotonic() - batch_started >= _BATCH_SECONDS:
                        store_batch()
                store_batch()
            except BaseException:
                for entry in pending:
                    if entry.task is not None:
                        entry.task.cancel()
                raise
    finally:
        if extractors is not None:
            extractors.shutdown(cancel_futures=True)
        if added:
            store.refresh_statistics()
    return results


def extract_source(
    settings: Settings, source: str, options: ArticleOptions, stdin: BinaryIO | None = None
) -> PreparedArticle:
    """Read or fetch, clean and extract one source without touching the database: what
    `extract` prints, and the part of `add` that runs before storing."""
    from factcheck.ingest import read_source

    ready, claims = prepare_document(read_source(source, settings, stdin), options, settings)
    return PreparedArticle(Article(**ready.article), claims, ready)


# Ids are 64-bit integers in both databases: a larger one names no claim (and would overflow).
_MAX_ID = 2**63 - 1


def _existing_ids(ids: Sequence[int]) -> list[int]:
    """The ids that could exist; raises NotFoundError naming those that cannot."""
    impossible = [str(i) for i in ids if not 1 <= i <= _MAX_ID]
    if impossible:
        raise NotFoundError(f"no claim with id {', '.join(impossible)}")
    return list(dict.fromkeys(ids))


def list_claims(store: Store, wanted: ClaimFilter) -> list[Any]:
    """The claims `list` shows (row views with Claim's attribute names)."""
    return list(stream_claims(store, wanted))


def _check_limit(limit: int | None) -> None:
    """A page size given by the user: a whole number from 1 that the database can take."""
    if limit is not None and not 1 <= limit <= _MAX_ID:
        raise UsageError("--limit must be a whole number from 1")


def stream_claims(store: Store, wanted: ClaimFilter, *, history: bool = False) -> Iterator[Any]:
    """The claims `list` shows, read as they are consumed (the transaction stays open until the
    iterator ends or is closed): `list --format json|csv|ndjson` of any size in flat memory.
    With `history`, each claim row carries its history (see _with_history)."""
    prepared = _prepared(wanted)
    if prepared is None:
        return
    with store.read() as session:
        found = queries.list_claims(session, prepared)
        if history:
            yield from _with_history(session, found, _HISTORY_PAGE)
        else:
            yield from found


def stream_claim_records(
    store: Store, wanted: ClaimFilter, layout: queries.RecordLayout, encoded: bool = False
) -> Iterator[queries.RecordBatch]:
    """stream_claims' claims with their histories as the database writes their records in
    this layout (export.record_layout; export.export_records_json takes them, article=False),
    as UTF-8 bytes if `encoded`."""
    prepared = _prepared(wanted)
    if prepared is None:
        return
    with store.read() as session:
        yield from queries.list_records(session, prepared, layout, encoded=encoded)


def stream_claim_csv(store: Store, wanted: ClaimFilter, columns: Sequence[str]) -> Iterator[queries.CsvBatch]:
    """stream_claims' claims as the database writes their CSV cells (export.export_lines_csv,
    article=False)."""
    prepared = _prepared(wanted)
    if prepared is None:
        return
    with store.read() as session:
        yield from queries.list_csv(session, prepared, columns)


def _prepared(wanted: ClaimFilter) -> ClaimFilter | None:
    """The listing checked and completed (speaker keys, full-text terms); None when it can
    find nothing (an id no claim can have)."""
    if wanted.status is not None:
        check_status(wanted.status)
    _check_limit(wanted.limit)
    if not 0 <= wanted.offset <= _MAX_ID:
        raise UsageError("the offset must be a whole number from 0")
    if wanted.article_id is not None and wanted.article_id < 1:
        raise UsageError(f"--article must be a whole number from 1, not {wanted.article_id}")
    if wanted.article_id is not None and wanted.article_id > _MAX_ID:
        return None
    if wanted.source_of and not wanted.source_keys:
        from factcheck.extract.entities import keys_for_name

        wanted = wanted._replace(source_keys=keys_for_name(wanted.source_of))
    if wanted.search is not None or wanted.source_of is not None:
        from factcheck.extract.search import query_terms

        wanted = wanted._replace(
            search_terms=query_terms(wanted.search) if wanted.search is not None else None,
            source_terms=query_terms(wanted.source_of) if wanted.source_of is not None else None,
        )
        # A search with no word in it ('', '!!': an unset shell variable, as often as not) would
        # find nothing and say there are no claims: refused, as an empty note is.
        for what, given, terms in (
            ("search", wanted.search, wanted.search_terms),
            ("source", wanted.source_of, wanted.source_terms),
        ):
            if terms == []:
                raise UsageError(f"the {what} {given!r} has no word or figure to look for")
    return wanted


# Claims whose history `list --format ...` fetches at once: one query per page of claims, never
# one per claim, and never the whole history in memory.
_HISTORY_PAGE = 2_000


def _with_history(session: Any, claims: Iterator[Any], page: int) -> Iterator[Any]:
    """Claim rows with each one's history attached (a ClaimHistoryRow), fetched a page at a time."""
    from itertools import islice

    while batch := list(islice(claims, page)):
        events = queries.histories(session, [claim.id for claim in batch])
        for claim in batch:
            yield queries.ClaimHistoryRow(*claim, tuple(events.get(claim.id, ())))


class Info(NamedTuple):
    """What `factcheck info` prints: which configuration and database are in use."""

    version: str
    config_file: str | None
    database: str
    schema: int | None
    current_schema: int
    languages: list[str]
    # Claims per status (dismissed ones apart), when the database is there at the current schema.
    claims: dict[str, int] | None = None
    default_database: bool = False  # the user's own (no database.url, FACTCHECK_DATABASE_URL or --db)
    # Why every other command refuses this database: another application's (its tables named).
    refused: str | None = None


def info(store: Store, settings: Settings) -> Info:
    """The configuration and database in use, read without creating or changing anything."""
    from importlib.metadata import PackageNotFoundError, version

    from sqlalchemy.engine import make_url

    from factcheck.lang import available_languages
    from factcheck.store.migrations import CURRENT_VERSION

    try:
        release = version("factcheck")
    except PackageNotFoundError:
        release = "unknown"
    schema = store.schema_version()
    foreign = store.foreign() if schema is None else None
    counts = None
    if schema == CURRENT_VERSION:
        with store.read() as session:
            found = queries.status_counts(session)
        counts = {status: found.get(status, 0) for status in STATUSES}
    return Info(
        release,
        str(settings.config_file) if settings.config_file else None,
        make_url(store.url).render_as_string(hide_password=True),
        schema,
        CURRENT_VERSION,
        available_languages(),
        counts,
        default_database=not settings.database_url,
        refused=str(foreign) if foreign is not None else None,
    )


class SpeakerSummary(NamedTuple):
    """One speaker the articles quote: the name written most often, its key when the lexicons
    know it (the same speaker in every language), and its claims."""

    name: str
    key: str | None
    names: tuple[str, ...]  # every spelling stored, most frequent first
    claims: int  # not counting the dismissed ones
    unverified: int
    articles: int
    dismissed: int = 0  # claims of theirs dismissed as not claims, counted apart


def list_speakers(store: Store, language: str | None = None) -> list[SpeakerSummary]:
    """Who is quoted, with how many claims and how many are still unverified, most claims
    first. Claims with the same key are one speaker whatever the language or spelling.
    Dismissed claims (not claims at all) are counted apart."""
    with store.read() as session:
        counts = queries.speaker_counts(session, language)
        quoting = queries.speaker_articles(session, language)

    def group(name: str, key: str | None) -> str:
        return key or f"name:{' '.join(name.split())}"

    spellings: dict[str, dict[str, int]] = {}
    totals: dict[str, list[int]] = {}
    keys: dict[str, str | None] = {}
    for name, key, status, count in counts:
        g = group(name, key)
        keys[g] = key
        spellings.setdefault(g, {})
        spellings[g][name] = spellings[g].get(name, 0) + count
        total = totals.setdefault(g, [0, 0, 0])
        if status == DISMISSED:
            total[2] += count
            continue
        total[0] += count
        if status == "unverified":
            total[1] += count
    articles: dict[str, set[int]] = {}
    for name, key, article_id in quoting:
        articles.setdefault(group(name, key), set()).add(article_id)
    summaries = []
    for g, (claims, unverified, dismissed) in totals.items():
        names = tuple(n for n, _ in sorted(spellings[g].items(), key=lambda item: (-item[1], item[0])))
        summaries.append(
            SpeakerSummary(names[0], keys[g], names, claims, unverified, len(articles.get(g, ())), dismissed)
        )
    return sorted(summaries, key=lambda s: (-s.claims, -s.unverified, s.name))


def get_claim(store: Store, claim_id: int) -> ClaimDetail:
    with store.read() as session:
        found = queries.claim_with_article(session, _existing_ids([claim_id])[0])
        if found is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        claim, article = found
        return ClaimDetail(
            claim,
            article,
            queries.history(session, claim_id),
            _worth_features(claim, article),
            queries.claim_corrections(session, claim_id),
        )


def _worth_features(claim: Claim, article: Article) -> list[tuple[str, float]]:
    """Why the claim's sentence scored as it did, from the signals stored with the claim."""
    from factcheck.extract.claims import sentence_neighbours
    from factcheck.extract.worth import Signals, explain
    from factcheck.lang import available_languages, load_lexicon

    if article.language not in available_languages():
        return []
    granularity = claim.time_granularity
    signals = Signals(
        qualifier=claim.qualifier,
        counts=claim.unit_key,
        source=bool(claim.attribution),
        dated=claim.time_start is not None and granularity is not None and granularity != "vague",
        entities=bool(claim.entities),
    )
    lex = load_lexicon(article.language)
    neighbours = sentence_neighbours(article.text, claim.sentence_start, lex)
    return explain(claim.sentence, signals, lex, neighbours=neighbours).top


def _check_evidence(url: str | None) -> None:
    if url is None:
        return
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"evidence must be an http(s) URL, not {url!r}")


def default_actor(settings: Settings) -> str:
    if settings.default_actor:
        return settings.default_actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _stale_message(session: Session, claims: dict[int, Claim], stale: list[int], expect: str) -> str:
    """Why --expect refused: a claim that was in the expected status and moved on is "no
    longer" in it; one that never was (its history says so; every claim starts unverified)
    is said to have never been, not to have changed."""
    once = set(stale) if expect == "unverified" else queries.ever_in_status(session, stale, expect)
    parts = []
    for ids, wording in (
        ([i for i in stale if i in once], "is no longer {expect} (now {now})"),
        ([i for i in stale if i not in once], "was never {expect} (it is {now})"),
    ):
        if ids:
            now = ", ".join(claims[i].status for i in ids)
            parts.append(f"claim {', '.join(map(str, ids))} " + wording.format(expect=expect, now=now))
    return "; ".join(parts) + "; nothing was changed"


def mark_claims(
    store: Store,
    settings: Settings,
    claim_ids: Sequence[int],
    status: str,
    *,
    note: str | None = None,
    evidence: str | None = None,
    actor: str | None = None,
    expect: str | None = None,
    propagate: bool = False,
) -> list[MarkOutcome]:
    """Move claims to `status`, each change with its StatusEvent, all in one transaction.

    With `propagate`, claims linked by fingerprint (the same figure in other articles) get the
    same verdict, each with its own event naming the claim it came from. `dismissed` (not a
    claim) needs a reason in `note`; marking a dismissed claim unverified restores it.
    """
    check_status(status)
    if expect is not None:
        check_status(expect)
    _check_evidence(evidence)
    note = note.strip() if note and note.strip() else None
    if status in VERDICTS and settings.require_source and not note and not evidence:
        raise SourceRequired(
            f"marking {status} needs --note or --evidence (set marking.require_source = false to allow it)",
            status,
        )
    _check_note_length(note, settings)
    if status == DISMISSED and not note:
        raise RefusedError('dismissing a claim needs a reason: --note "why it is not a claim"')
    if status == DISMISSED and propagate:
        # The same figure in another article is another extraction: it is not junk because this one is.
        raise UsageError("a dismissal is not propagated: dismiss each claim by its id")
    who = actor or default_actor(settings)
    ids = _existing_ids(claim_ids)
    with store.write() as session:
        claims = queries.claims_for_update(session, ids)
        missing = [str(i) for i in ids if i not in claims]
        if missing:
            raise NotFoundError(f"no claim with id {', '.join(missing)}")
        if expect is not None:
            stale = [i for i in ids if claims[i].status != expect]
            if stale:
                raise StaleError(_stale_message(session, claims, stale, expect))
        now = utcnow()
        targets: list[tuple[Claim, int | None]] = [(claims[i], None) for i in ids]
        if propagate:
            seen = set(ids)
            for claim_id in ids:
                for linked in queries.claims_sharing_fingerprint(session, claims[claim_id], lock=True):
                    if linked.id is not None and linked.id not in seen:
                        seen.add(linked.id)
                        targets.append((linked, claim_id))
        outcomes: list[MarkOutcome] = []
        for claim, origin in targets:
            assert claim.id is not None
            before = claim.status
            if before == status:
                outcomes.append(MarkOutcome(claim.id, before, status, False, origin))
                continue
            session.add(
                StatusEvent(
                    claim_id=claim.id,
                    from_status=before,
                    to_status=status,
                    note=note
                    if origin is None
                    else f"propagated from claim {origin}" + (f": {note}" if note else ""),
                    evidence_url=evidence,
                    actor=who,
                    at=now,
                    propagated_from=origin,
                )
            )
            claim.status = status
            claim.status_changed_at = now
            session.add(claim)
            outcomes.append(MarkOutcome(claim.id, before, status, True, origin))
        return outcomes


def _stored_article(session: Any, article_id: int) -> Article:
    """The stored article with this id, or NotFoundError (an id past any database's range too)."""
    article = queries.article_by_id(session, article_id) if 1 <= article_id <= _MAX_ID else None
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article


class ArticleDetail(NamedTuple):
    article: Article
    claims: Sequence[Claim]  # in text order


def get_article(store: Store, article_id: int) -> ArticleDetail:
    """An article with every claim found in it, in the order they stand in the text."""
    with store.read() as session:
        article = _stored_article(session, article_id)
        claims = queries.list_claims(session, ClaimFilter(status=None, article_id=article_id, limit=None))
    return ArticleDetail(article, sorted(claims, key=lambda c: (c.span_start, c.span_end)))


class ArticleRecord(NamedTuple):
    """`article ID`: the article, its claims counted by status and its corrections."""

    article: Article
    counts: dict[str, int]
    corrections: Sequence[Correction]
    next_version: int | None = None  # the article that updates this one (the page changed since)


def article_record(store: Store, article_id: int) -> ArticleRecord:
    with store.read() as session:
        article = _stored_article(session, article_id)
        return ArticleRecord(
            article,
            queries.article_status_counts(session, article_id),
            queries.article_corrections(session, article_id),
            queries.next_version(session, article_id),
        )


def article_record_json(record: ArticleRecord) -> dict[str, Any]:
    """`article ID --format json`: the article as `articles` prints it, with its corrections."""
    return article_summary_json(ArticleSummary(record.article, record.counts)) | {
        "next_version": record.next_version,
        "corrections": [correction_json(c) for c in record.corrections],
    }


def correction_json(correction: Correction) -> dict[str, Any]:
    return {
        "field": correction.field,
        "old": correction.old_value,
        "new": correction.new_value,
        "note": correction.note,
        "actor": correction.actor,
        "at": correction.at.isoformat(),
    }


class TimeChange(NamedTuple):
    claim_id: int
    old: str
    new: str


class PublicationCorrection(NamedTuple):
    """What `article ID --published DATE` changed."""

    article_id: int
    old: str  # "2024-11-01 (day, option)"
    new: str
    changed: bool  # False: the article already had that date
    times: list[TimeChange]  # the claims whose time moved, in id order
    unmatched: int  # dated claims whose time expression is no longer found at its span: kept


def _publication_text(when: datetime, precision: str, origin: str) -> str:
    return f"{published_label(when, precision)} ({precision}, {origin})"


def _period(start: date | None, end: date | None, granularity: str | None) -> str:
    if granularity is None:
        return ""
    span = start.isoformat() if start else "…"
    if end != start:
        span += f"..{end.isoformat() if end else '…'}"
    return f"{span} ({granularity})"


def _time_text(values: dict[str, Any]) -> str:
    """A claim's time as its history shows it: "2024-10-31 (day)", "reported 2024-11-01 (day)".

    The time engine's warning is shown too ("2024-10-31 (day; the text names Thursday but ...)"):
    a corrected publication date can leave a date where it was and only add or drop a warning
    (a named weekday that no longer fits "yesterday"), and the history must say what moved."""
    period = _period(values["time_start"], values["time_end"], values["time_granularity"])
    warning = values.get("time_warning")
    parts = [f"{period[:-1]}; {warning})" if period and warning else period]
    reported = _period(
        values["reported_time_start"], values["reported_time_end"], values["reported_time_granularity"]
    )
    if reported:
        parts.append(f"reported {reported}")
    return "; ".join(p for p in parts if p) or "none"


def correct_publication(
    store: Store,
    settings: Settings,
    article_id: int,
    published: str,
    *,
    actor: str | None = None,
    note: str | None = None,
) -> PublicationCorrection:
    """Give an article a corrected publication date (read like `add --published`, in the
    article's language) and resolve every relative date of its claims again against it.

    The time engine runs again on the article's text with the new date; each stored claim takes
    the time of the claim it finds at the same span, so claims keep their ids, status and
    history. One transaction: the article's new date with a correction for it, and for each
    claim whose time moved, its new time with a correction giving the old and the new one.
    """
    from factcheck.extract.pipeline import extract

    with store.read(upgrade=True) as session:
        stored = _stored_article(session, article_id)
        text, language = stored.text, stored.language
    publication = parse_published(published, None, settings.date_order)._replace(origin="corrected")
    # The text never changes (its hash is unique): the new times can be found before the write lock.
    drafts = extract(text, publication.day, language, settings.worth_threshold)
    drafts = flag_coarse_publication(drafts, publication)
    found = {(d.kind, d.span[0], d.span[1]): claim_values(d, language) for d in drafts}
    # A claim the extractor does not give (added by hand, or found by an older extractor) keeps
    # its own span: its time is the time expression found again at its time's span.
    time_at = {t.span: t for t in _times_again(text, publication, language)}
    who = actor or default_actor(settings)
    note = note.strip() if note and note.strip() else None
    with store.write() as session:
        article = queries.article_for_update(session, article_id)
        assert article is not None  # articles are never deleted
        stored_when = as_utc(article.published)
        old = _publication_text(stored_when, article.published_precision, article.published_origin)
        new = _publication_text(publication.when, publication.precision, publication.origin)
        if (stored_when, article.published_precision) == (publication.when, publication.precision):
            return PublicationCorrection(article_id, old, old, False, [], 0)
        now = utcnow()
        times: list[TimeChange] = []
        unmatched = 0
        for claim in queries.claims_of_article_for_update(session, article_id):
            assert claim.id is not None
            before = {name: getattr(claim, name) for name in TIME_COLUMNS}
            values = found.get((claim.kind, claim.span_start, claim.span_end))
            time = time_at.get((claim.time_span_start, claim.time_span_end))
            if values is not None:
                after = {name: values[name] for name in TIME_COLUMNS}
            elif time is not None:
                after = before | {
                    "time_text": time.text,
                    "time_start": time.start,
                    "time_end": time.end,
                    "time_granularity": time.granularity,
                    "time_warning": time.warning,
                }
            else:
                unmatched += int(claim.time_span_start is not None or claim.reported_time_text is not None)
                continue
            if before == after:
                continue
            for name, value in after.items():
                setattr(claim, name, value)
            session.add(claim)
            change = TimeChange(claim.id, _time_text(before), _time_text(after))
            times.append(change)
            session.add(
                Correction(
                    article_id=article_id,
                    claim_id=claim.id,
                    field="time",
                    old_value=change.old,
                    new_value=change.new,
                    note=f"publication date corrected from {old} to {new}",
                    actor=who,
                    at=now,
                )
            )
        article.published = publication.when
        article.published_precision = publication.precision
        article.published_origin = publication.origin
        session.add(article)
        queries.move_periods(session, article_id)  # undated claims follow the new day's month
        session.add(
            Correction(
                article_id=article_id,
                field="published",
                old_value=old,
                new_value=new,
                note=note,
                actor=who,
                at=now,
            )
        )
    return PublicationCorrection(article_id, old, new, True, times, unmatched)


class AccountView(NamedTuple):
    """Who is logged in to the desk, without the password hash."""

    name: str
    read_only: bool


_ACCOUNT_NAME_MAX = 64


def add_account(store: Store, name: str, password: str, *, read_only: bool = False) -> AccountView:
    """A desk account for `factcheck serve`, its password hashed with argon2."""
    name = name.strip()
    if not name or len(name) > _ACCOUNT_NAME_MAX or any(ch.isspace() for ch in name):
        raise UsageError(f"an account name is 1 to {_ACCOUNT_NAME_MAX} characters without spaces")
    if len(password) < 8:
        raise UsageError("a password needs at least 8 characters")
    password_hash = _password_hasher().hash(password)
    with store.write() as session:
        if queries.account_by_name(session, name) is not None:
            raise RefusedError(f"an account named {name!r} already exists")
        session.add(Account(name=name, password_hash=password_hash, read_only=read_only))
    return AccountView(name, read_only)


def migrate(store: Store) -> tuple[int | None, int]:
    """Create or migrate the database's schema: (the version it was at, the version it is at).
    Reads never do this; `factcheck migrate` and every write command do."""
    return store.migrate()


def open_database(store: Store) -> None:
    """Create the database and its schema if they do not exist yet (the desk adds to it)."""
    with store.write():
        pass


def has_accounts(store: Store) -> bool:
    if store.is_missing or store.schema_version() is None:  # nothing created yet: no accounts
        return False
    with store.read() as session:
        return queries.account_count(session) > 0


def authenticate(store: Store, name: str, password: str) -> AccountView | None:
    """The account if the password is right, else None (the same for an unknown name)."""
    from argon2.exceptions import VerificationError

    hasher = _password_hasher()
    with store.read() as session:
        account = queries.account_by_name(session, name.strip())
    if account is None:
        hasher.hash(password)  # the same work as for a known name: no timing hint
        return None
    try:
        hasher.verify(account.password_hash, password)
    except VerificationError:
        return None
    return AccountView(account.name, account.read_only)


def find_account(store: Store, name: str) -> AccountView | None:
    with store.read() as session:
        account = queries.account_by_name(session, name)
    return None if account is None else AccountView(account.name, account.read_only)


# argon2id's cost: empty means argon2-cffi's defaults (RFC 9106's low-memory profile). Tests
# lower it: a login is meant to be slow, a test of the login need not be.
ARGON2_PARAMETERS: dict[str, int] = {}


def _password_hasher() -> Any:
    try:
        from argon2 import PasswordHasher
    except ImportError as exc:
        from factcheck.errors import ConfigError

        raise ConfigError("accounts need argon2-cffi: pip install 'factcheck[web]'") from exc
    return PasswordHasher(**ARGON2_PARAMETERS)


def list_articles(store: Store, limit: int | None = None) -> list[ArticleSummary]:
    """The newest articles first, `limit` of them (None: all), with claim counts per status."""
    _check_limit(limit)
    with store.read() as session:
        return [ArticleSummary(a, c) for a, c in queries.article_page(session, limit)]


def article_summary_json(summary: ArticleSummary) -> dict[str, Any]:
    """One line of `articles --format json`: the article and its claim counts per status."""
    return (
        {"id": summary.article.id}
        | article_json(summary.article)
        | {
            "source": summary.article.source_name,
            "version": summary.article.version,
            "previous_version": summary.article.previous_version_id,
            "claims": {s: summary.counts.get(s, 0) for s in STATUSES},
        }
    )


def article_json(article: Article) -> dict[str, Any]:
    """The article object of `extract`'s JSON."""
    return {
        "title": article.title,
        "url": article.url,
        "language": article.language,
        "published": published_iso(article.published, article.published_precision),
        "published_precision": article.published_precision,
        "published_origin": article.published_origin,
        "author": article.author,
        "modified": article.modified.isoformat(timespec="minutes") if article.modified else None,
    }


def figure_summary(claim: Claim) -> str:
    """The figure as a reader writes it ("8,000", "2,000–9,999"), or the claim's kind in
    parentheses without one: "(event)", "(statement)"."""
    from factcheck.values import figure_summary as summary

    if claim.qualifier is None:
        return f"({claim.kind})"
    return summary(claim.qualifier, claim.value, claim.low, claim.high)


def languages() -> list[str]:
    """The languages articles can be in: one lexicon each."""
    from factcheck.lang import available_languages

    return available_languages()


class RelatedPage(NamedTuple):
    """`related`: the first linked claims, and how many there are in all."""

    claims: Sequence[Claim]
    total: int


def related_page(store: Store, claim_id: int, limit: int | None = None) -> RelatedPage:
    """The same figure reported by other articles (or elsewhere in this one), in any language:
    the first `limit` (a figure a desk has seen reported thousands of times is read a page at a
    time), those with a verdict first, newest first within (queries.RELATED_ORDER), and the
    count of all of them."""
    _check_limit(limit)
    with store.read() as session:
        found = queries.claim_with_article(session, _existing_ids([claim_id])[0])
        if found is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        claims = queries.related_claims(session, found[0], limit)
        more = limit is not None and len(claims) == limit
        total = queries.count_sharing_fingerprint(session, found[0]) if more else len(claims)
        return RelatedPage(claims, total)


def related_claims(store: Store, claim_id: int, limit: int | None = None) -> Sequence[Claim]:
    """The claims of related_page."""
    return related_page(store, claim_id, limit).claims


class ConflictGroup(NamedTuple):
    """Claims about the same counted thing, place and period (a calendar month) whose figures
    cannot all be true (factcheck.conflicts), sorted by figure so the disagreement reads at a
    glance."""

    unit_key: str
    place: str
    period: str
    members: list[tuple[Claim, Article]]


def find_conflicts(store: Store, about: int | None = None) -> list[ConflictGroup]:
    """Every conflict group, members loaded (see iter_conflicts)."""
    return list(iter_conflicts(store, about))


def iter_conflicts(store: Store, about: int | None = None) -> Iterator[ConflictGroup]:
    """Every conflict group, the most recent first, each group's members loaded as it is
    consumed (the transaction stays open until the iterator ends or is closed). With `about`
    (a claim id): only the group that claim is in — its counted thing, place and month —, if
    it is in one."""
    if about is None:
        yield from conflict_page(store, None).groups
        return
    with store.read() as session:
        found = queries.claim_with_article(session, _existing_ids([about])[0])
        if found is None:
            raise NotFoundError(f"no claim with id {about}")
        claim = found[0]
        if claim.unit_key is None or claim.place is None or claim.period is None:
            return
        for group in queries.conflict_groups(session, key=(claim.unit_key, claim.place, claim.period)):
            members = _conflict_members(session, group)
            if any(member.id == about for member, _ in members.members):  # not dismissed nor vague
                yield members


class ConflictPage(NamedTuple):
    """`conflicts`: the most recent groups, read as they are consumed, and how many in all."""

    groups: Iterator[ConflictGroup]
    total: int


def conflict_page(store: Store, limit: int | None) -> ConflictPage:
    """The `limit` most recent conflict groups (by the latest reference day of their figures,
    then their newest claim; every group without a limit), most recent first, and the number
    of groups in all. The database finds the groups (one aggregate over an index); only the
    page's members are loaded, a group at a time as the groups are consumed."""
    _check_limit(limit)
    with store.read() as session:
        page = queries.conflict_groups(session, limit)

    def groups() -> Iterator[ConflictGroup]:
        with store.read() as session:
            for group in page:
                yield _conflict_members(session, group)

    return ConflictPage(groups(), page[0].groups if page else 0)


def _conflict_members(session: Any, group: queries.ConflictSummary) -> ConflictGroup:
    """A group with its members, sorted by figure (then id): the disagreement reads at a glance."""
    from factcheck.conflicts import interval

    members = queries.conflict_members(session, group.unit_key, group.place, group.period)
    members.sort(key=lambda member: (interval(member[0].low, member[0].high, None), member[0].id))
    return ConflictGroup(group.unit_key, group.place, group.period, members)


def stream_export(store: Store, status: str | None, verdicts_only: bool = False) -> Iterator[tuple[Any, Any]]:
    """Every claim (of one status) with its history and its article, in id order, read as
    consumed (the history a page of claims at a time)."""
    if status is not None:
        check_status(status)
    statuses = [status] if status is not None else (list(VERDICTS) if verdicts_only else None)
    if verdicts_only and status is not None and status not in VERDICTS:
        return
    with store.read() as session:
        yield from queries.stream_claims_with_articles(session, statuses)


def stream_export_csv(store: Store, status: str | None, columns: Sequence[str]) -> Iterator[queries.CsvBatch]:
    """stream_export's claims as the database writes their CSV cells (export.export_lines_csv)."""
    if status is not None:
        check_status(status)
    with store.read_together(queries.EXPORT_READERS) as sessions:
        yield from queries.stream_export_csv(sessions, [status] if status is not None else None, columns)


def stream_export_reviews(
    store: Store, status: str | None, layout: queries.ReviewLayout, encoded: bool = False
) -> Iterator[queries.ReviewBatch]:
    """stream_export's verdicts (of one status) as the database writes their ClaimReview
    records in this layout (export.review_layout; export.export_reviews takes them), as UTF-8
    bytes if `encoded`."""
    if status is not None:
        check_status(status)
        if status not in VERDICTS:
            return
    with store.read_together(queries.EXPORT_READERS) as sessions:
        yield from queries.stream_export_reviews(
            sessions, [status] if status is not None else list(VERDICTS), layout, encoded
        )


def stream_export_records(
    store: Store, status: str | None, layout: queries.RecordLayout, encoded: bool = False
) -> Iterator[queries.RecordBatch]:
    """stream_export's claims as the database writes their records in this layout
    (export.record_layout; export.export_records_json takes them), as UTF-8 bytes if `encoded`."""
    if status is not None:
        check_status(status)
    with store.read_together(queries.EXPORT_READERS) as sessions:
        statuses = [status] if status is not None else None
        yield from queries.stream_export_records(sessions, statuses, layout, encoded)


def gather_sources(sources: Sequence[str], from_file: str | None, stdin: BinaryIO | None) -> list[str]:
    """The sources of one `add`: those given, then those listed in --from-file. Standard input
    can be read once, so "-" may stand once, and not beside `--from-file -`."""
    from factcheck.ingest import read_source_list

    items = list(sources)
    if from_file is not None:
        if from_file == "-" and "-" in items:
            raise UsageError("standard input cannot be both a source (-) and --from-file -")
        items += read_source_list(from_file, stdin)
    if not items:
        raise UsageError("give at least one SOURCE, or --from-file FILE")
    if items.count("-") > 1:
        raise UsageError("standard input (-) can be read only once")
    return items


def refused_line(number: int, refused: InputError) -> dict[str, Any]:
    """The object printed in place of a line of a `--lines` batch that cannot be read (a line in
    letters no lexicon reads): the batch goes on, each line keeps its place in the output, and
    the command ends with the input's exit code (cli.app._print_objects)."""
    return {"line": number, "error": str(refused)}


def parse_texts(
    text: str,
    lines: bool,
    published: date,
    language: str,
    settings: Settings,
    stdin: BinaryIO | None = None,
) -> Iterator[dict[str, Any]]:
    """`parse`: every quantity and time in a text ("-" reads standard input), or in each of
    its lines, as the JSON objects of DESIGN.md's contract; each text held to `[limits]`."""
    from factcheck.extract.pipeline import analyze
    from factcheck.ingest import decode_text

    label = "standard input" if text == "-" else "the text"
    if text == "-":
        text = decode_text((stdin or sys.stdin.buffer).read(), "standard input")
    for number, item in enumerate(text.splitlines() if lines else [text], 1):
        try:
            analysis = analyze(text_within_limits(item, label, settings), published, language)
        except InputError as refused:
            if not lines:
                raise
            yield refused_line(number, refused)
            continue
        yield {
            "language": analysis.language,
            "published": published.isoformat(),
            "quantities": [q.to_json() for q in analysis.quantities],
            "times": [t.to_json() for t in analysis.times],
        }


def worth_texts(
    text: str,
    lines: bool,
    language: str,
    settings: Settings,
    stdin: BinaryIO | None = None,
    context: bool = False,
) -> Iterator[dict[str, Any]]:
    """`worth`: the check-worthiness of a text ("-" reads standard input), or of each of its
    lines, with the verdict at `threshold` (the model's own when None) and the top features.
    Lines are separate texts (a batch of posts) unless `context` says they are one text's
    sentences in order: then each is scored with the lines just before and after it as its
    context (a blank line is none)."""
    from factcheck.extract.pipeline import text_signals
    from factcheck.extract.worth import explain
    from factcheck.ingest import decode_text

    threshold = settings.worth_threshold
    label = "standard input" if text == "-" else "the text"
    if text == "-":
        text = decode_text((stdin or sys.stdin.buffer).read(), "standard input")
    items = text.splitlines() if lines else [text]
    if not any(item.strip() for item in items):
        raise InputError("no text to score")
    today = utcnow().date()
    for index, item in enumerate(items):
        try:
            lex, signals = text_signals(text_within_limits(item, label, settings), today, language)
        except InputError as refused:
            if not lines:
                raise
            yield refused_line(index + 1, refused)
            continue
        neighbours = (
            [items[i] for i in (index - 1, index + 1) if 0 <= i < len(items) and items[i].strip()]
            if context
            else []
        )
        found = explain(item, signals, lex, threshold, neighbours=neighbours)
        yield {
            "language": lex.code,
            "worth": found.worth,
            "checkworthy": found.checkworthy,
            "features": [{"feature": name, "weight": weight} for name, weight in found.top],
        }


# ---- corrections by the desk: notes, claims added by hand (issue 14 §2) ----


class NoteOutcome(NamedTuple):
    claim_id: int
    status: str  # the claim's status, unchanged by the note


def _check_note_length(note: str | None, settings: Settings, label: str = "the note") -> None:
    if note is not None and len(note) > settings.max_note_chars:
        raise InputError(
            f"{label} is longer than limits.max_note_chars "
            f"({len(note):,} characters, more than {settings.max_note_chars:,})"
        )


def read_note(
    note: str | None, note_file: str | None, settings: Settings, stdin: BinaryIO | None = None
) -> str | None:
    """The note of `mark` or `note`: --note TEXT as given, `--note -` from standard input, or
    --note-file PATH; a file or stream is UTF-8 (a BOM is dropped) and at most
    limits.max_note_chars characters, read no further than that allows."""
    if note is not None and note_file is not None:
        raise UsageError("give --note or --note-file, not both")
    if note_file is None and note != "-":
        _check_note_length(note, settings)
        return note
    most = settings.max_note_chars * 4 + 4  # UTF-8 takes at most four bytes a character
    if note_file is None:
        label = "standard input"
        data = (stdin or sys.stdin.buffer).read(most + 1)
    else:
        label = f"the note file {note_file}"
        try:
            with open(note_file, "rb") as stream:
                data = stream.read(most + 1)
        except FileNotFoundError as exc:
            raise InputError(f"note file not found: {note_file}") from exc
        except IsADirectoryError as exc:
            raise InputError(f"note file {note_file} is a folder, not a file") from exc
        except OSError as exc:
            raise InputError(f"cannot read the note file {note_file}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if len(data) > most and exc.start >= most - 4:
            text = data[: exc.start].decode("utf-8-sig")  # a character cut at the read limit
        else:
            raise InputError(f"{label} is not UTF-8 text") from exc
    if "\x00" in text:
        raise InputError(f"{label} is binary, not text")
    if not text.strip():
        raise InputError(f"{label} is empty")
    _check_note_length(text, settings, label)
    return text


def add_note(
    store: Store,
    settings: Settings,
    claim_ids: Sequence[int],
    *,
    note: str | None = None,
    evidence: str | None = None,
    actor: str | None = None,
) -> list[NoteOutcome]:
    """A note or an evidence link on claims without a change of status: one history event each
    (from = to), all in one transaction."""
    _check_evidence(evidence)
    note = note.strip() if note and note.strip() else None
    if not note and not evidence:
        raise UsageError("a note needs --note, --note-file or --evidence")
    _check_note_length(note, settings)
    who = actor or default_actor(settings)
    ids = _existing_ids(claim_ids)
    with store.write() as session:
        claims = queries.claims_for_update(session, ids)
        missing = [str(i) for i in ids if i not in claims]
        if missing:
            raise NotFoundError(f"no claim with id {', '.join(missing)}")
        now = utcnow()
        for claim_id in ids:
            status = claims[claim_id].status
            session.add(
                StatusEvent(
                    claim_id=claim_id,
                    from_status=status,
                    to_status=status,
                    note=note,
                    evidence_url=evidence,
                    actor=who,
                    at=now,
                )
            )
        return [NoteOutcome(i, claims[i].status) for i in ids]


class HandClaim(NamedTuple):
    """What `claim add` says beyond the words of the claim; each overrides the extractor."""

    value: str | None = None  # the figure, as a number ("12000", "12,000", "2.5")
    unit_key: str | None = None  # what is counted, a lexicon key: soldier, USD, percent, ...
    said_by: str | None = None  # who says it


class AddedClaim(NamedTuple):
    claim_id: int
    article_id: int
    kind: str
    span: tuple[int, int]
    sentence: str


def _hand_value(value: str | None, settings: Settings) -> Any:
    """--value as a Decimal: digits with an optional sign, thousands separators and decimals."""
    if value is None:
        return None
    from decimal import Decimal, InvalidOperation

    written = value.strip().replace(",", "").replace("_", "")
    try:
        number = Decimal(written)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or not written:
        raise UsageError(f"--value must be a number (12000, 12,000 or 2.5), not {value!r}")
    # The digits as typed and as written out in full ("1e400" is five characters typed and a
    # figure of 401 digits, which every later list would have to print).
    _, digits, exponent = number.as_tuple()
    written_out = len(digits) + exponent if exponent >= 0 else max(len(digits), -exponent)  # type: ignore[operator]
    if max(sum(ch.isdigit() for ch in written), written_out) > settings.max_figure_digits:
        raise InputError(
            f"--value has more than limits.max_figure_digits ({settings.max_figure_digits}) digits"
        )
    return number


def unit_keys() -> frozenset[str]:
    """Every counted thing's key some lexicon knows (what `--unit` may name)."""
    from factcheck.lang import available_languages, load_lexicon

    keys: set[str] = set()
    for code in available_languages():
        lex = load_lexicon(code)
        for table in ("nouns", "events"):
            keys.update(lex.table("units", table))
        for table in ("symbols_before", "symbols_after"):
            keys.update(str(v) for v in lex.table("units", table).values())
        keys.update(lex.raw("units", "duration_keys") or [])
    return frozenset(keys)


def _hand_unit(unit_key: str | None) -> str | None:
    if unit_key is None:
        return None
    known = unit_keys()
    key = unit_key.strip()
    if key in known:
        return key
    from difflib import get_close_matches

    near = get_close_matches(key, sorted(known), n=3)
    hint = f" (did you mean {', '.join(near)}?)" if near else ""
    raise UsageError(f"unknown unit key {unit_key!r}{hint}")


def add_claim_by_hand(
    store: Store,
    settings: Settings,
    article_id: int,
    text: str,
    given: HandClaim | None = None,
    *,
    note: str | None = None,
    actor: str | None = None,
) -> AddedClaim:
    """A claim the extractor missed, added by the desk: `text` must stand in the article as
    written. The extractor reads the whole article again (so that "he added" still finds its
    speaker) and what it finds at that place fills the claim: a figure inside the text, else the
    date and source of its sentence; `given` overrides what it found. The claim's origin is
    `manual`, and its history opens with an event "added by hand" by `actor`."""
    from dataclasses import replace

    from factcheck.extract.claims import fingerprint
    from factcheck.extract.entities import keys_for_name
    from factcheck.extract.pipeline import extract
    from factcheck.extract.types import ClaimDraft, QuantityMention

    given = given or HandClaim()
    wanted = text.strip()
    if not wanted:
        raise UsageError("the claim's text is empty: give its sentence, or its words as the article has them")
    value = _hand_value(given.value, settings)
    unit_key = _hand_unit(given.unit_key)
    said_by = " ".join(given.said_by.split()) if given.said_by is not None else None
    if given.said_by is not None and not said_by:
        raise UsageError("--said-by is empty")
    note = note.strip() if note and note.strip() else None
    _check_note_length(note, settings)
    who = actor or default_actor(settings)
    with store.read(upgrade=True) as session:
        article = _stored_article(session, article_id)
    start = article.text.find(wanted)
    if start < 0:
        raise InputError(
            f"the text is not in article {article_id}: give words exactly as the article has them"
        )
    end = start + len(wanted)

    drafts = extract(article.text, article.published.date(), article.language, statement_threshold=0.0)
    figures = [d for d in drafts if d.quantity is not None and d.span[0] < end and start < d.span[1]]
    if figures:
        draft = figures[0]
    else:
        around = [d for d in drafts if d.sentence_span[0] <= start < d.sentence_span[1]]
        if around:
            time = next((d.time for d in around if d.time is not None), None)
            base = around[0]
        else:
            from factcheck.extract.text import sentence_spans

            spans = [s for s in sentence_spans(article.text) if s[0] <= start < s[1]]
            sentence = spans[0] if spans else (start, end)
            time = None
            base = ClaimDraft(
                sentence=article.text[sentence[0] : sentence[1]],
                sentence_span=sentence,
                span=(start, end),
                quantity=None,
                time=None,
                attribution=None,
                fingerprint="",
            )
        draft = replace(
            base,
            span=(start, end),
            quantity=None,
            time=time,
            reported_time=None,
            kind="event" if time else "statement",
        )
    if draft.span[1] > draft.sentence_span[1] or end > draft.sentence_span[1]:
        # The words run on past the sentence the extractor saw: the claim's sentence is all of them.
        first = min(draft.sentence_span[0], start)
        last = max(draft.sentence_span[1], end)
        draft = replace(draft, sentence=article.text[first:last], sentence_span=(first, last))

    quantity = draft.quantity
    if value is not None:
        if quantity is None:
            quantity = QuantityMention(wanted, (start, end), value, value, value, "exact")
        elif quantity.qualifier in ("more_than", "at_least"):
            quantity = replace(quantity, value=value, low=value, high=None)
        elif quantity.qualifier in ("less_than", "up_to"):
            quantity = replace(quantity, value=value, low=None, high=value)
        else:
            qualifier = "approx" if quantity.qualifier == "approx" else "exact"
            quantity = replace(quantity, value=value, low=value, high=value, qualifier=qualifier)
    if unit_key is not None:
        if quantity is None:
            raise UsageError(
                "--unit needs a figure: the text has none the extractor reads, so give --value too"
            )
        quantity = replace(quantity, unit_key=unit_key, unit=quantity.unit or unit_key)
    if quantity is not None:
        draft = replace(draft, quantity=quantity, kind="figure", span=quantity.span)
    if said_by is not None:
        keys = keys_for_name(said_by)
        draft = replace(
            draft,
            attribution=said_by,
            attribution_role=None,
            attribution_key=keys[0] if len(keys) == 1 else None,
        )
    draft = replace(draft, fingerprint=fingerprint(draft.quantity, draft.place, draft.sentence))

    row = claim_values(draft, article.language) | {"origin": MANUAL}
    with store.write() as session:
        same = queries.claim_at(session, article_id, draft.span, draft.fingerprint)
        if same is not None:
            raise RefusedError(f"claim {same} already records this; nothing was added")
        now = utcnow()
        claim_id = queries.insert_claim(session, article_id, row | {"created_at": now})
        session.add(
            StatusEvent(
                claim_id=claim_id,
                from_status="unverified",
                to_status="unverified",
                note="added by hand" + (f": {note}" if note else ""),
                actor=who,
                at=now,
            )
        )
    return AddedClaim(claim_id, article_id, draft.kind, draft.span, draft.sentence)
