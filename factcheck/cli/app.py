"""typer commands: parse options, call a use case in service.py, render the result.

No `from __future__ import annotations` here: typer reads every command's parameters from its
annotations at each start, and strings would be compiled and evaluated one by one (30-45 ms of
every command's start-up, for all of them, whichever runs)."""

import json
import sys
from collections.abc import Iterable
from contextlib import closing
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck import service
from factcheck.config import Settings, load_settings
from factcheck.errors import DatabaseError, InputError, UsageError
from factcheck.service import ClaimFilter, Store

app = typer.Typer(
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Find the checkable figures and dates in news articles and track their verification.",
)


class Context:
    """Settings and the store, opened only by the commands that need them."""

    def __init__(self, config: Path | None, db: str | None) -> None:
        self.settings: Settings = load_settings(config, db)
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            settings = self.settings
            # Only the user's own default database has its folder made for it.
            self._store = Store(
                settings.resolved_database_url, settings.busy_timeout, make_folder=not settings.database_url
            )
        return self._store

    def close(self) -> None:
        """Dispose of the database connections when the command ends (SQLite checkpoints its
        WAL as the last connection closes)."""
        if self._store is not None:
            self._store.close()


def _ctx(ctx: typer.Context) -> Context:
    return ctx.obj  # type: ignore[no-any-return]


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"factcheck {version('factcheck')}")
        except PackageNotFoundError:
            typer.echo("factcheck (not installed)")
        raise typer.Exit()


def _claims(count: int) -> str:
    """'1 claim', '7 claims'."""
    return f"{count} claim" if count == 1 else f"{count} claims"


@app.callback()
def _global(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: your own SQLite database, see `factcheck info`)."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Configuration file (default: ./config.toml).")
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    ctx.obj = Context(config, db)
    ctx.call_on_close(ctx.obj.close)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1))


def _write(chunks: Iterable[str | bytes], end: str = "") -> None:
    """Write output as it is produced: a large export never sits whole in memory. Chunks of
    bytes (UTF-8, _writes_utf8) go to the stream's buffer as they are."""
    out = sys.stdout
    try:
        for chunk in chunks:
            if chunk.__class__ is bytes:
                out.flush()
                out.buffer.write(chunk)  # type: ignore[arg-type]
            else:
                out.write(chunk)  # type: ignore[arg-type]
        out.write(end)
        out.flush()
    finally:
        # Output stopped early (a closed pipe, Ctrl-C): the chunks' generator ends its reads
        # now (an export's reader threads joined, its transactions closed), before the command
        # closes the store, whose pool would otherwise keep those connections open.
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def _writes_utf8() -> bool:
    """Whether standard output takes UTF-8 bytes as they are (its text is encoded as UTF-8 and
    it has a buffer): then an export can skip decoding the database's text and encoding it again."""
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8") and hasattr(out, "buffer")


def _options(
    published: str | None, lang: str | None, settings: Settings, now: str | None = None, **extra: Any
) -> service.ArticleOptions:
    language = service.check_language(lang or settings.language)
    languages = None if language == "auto" else [language]
    moment = service.parse_now(now, languages, settings.date_order) if now else None
    return service.ArticleOptions(
        published=(
            service.parse_published(published, languages, settings.date_order, moment) if published else None
        ),
        language=language,
        now=moment,
        date_order=settings.date_order,
        **extra,
    )


Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date: YYYY-MM-DD[THH:MM], or as written in the article's language "
        "('1 Nov 2024', 'Nov. 1, 2024 10:15 AM EST', 'الجمعة 1 نوفمبر 2024', 'yesterday').",
    ),
]
Lang = Annotated[str | None, typer.Option("--lang", help="ar, en or auto (default from config).")]
Now = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Take this as the fetch time (YYYY-MM-DD[THH:MM] or as --published reads it, UTC if no "
        "zone): it resolves a relative dateline such as '3 hours ago', for reproducible runs.",
    ),
]


def _outcome_line(outcome: service.AddOutcome) -> str:
    label = outcome.title or outcome.source
    if outcome.created and outcome.previous_version is not None:
        return (
            f"Added article {outcome.article_id} with {_claims(outcome.claim_count)}, version "
            f"{outcome.version} of the page (article {outcome.previous_version} was the one before): {label}"
        )
    if outcome.created:
        return f"Added article {outcome.article_id} with {_claims(outcome.claim_count)}: {label}"
    same = "same URL" if outcome.matched_by == "url" else "same text"
    line = (
        f"Already known as article {outcome.article_id} ({same}, {_claims(outcome.claim_count)}): "
        f"{label}; nothing added" + ("" if outcome.matched_by == "text" else " (--refresh fetches it again)")
    )
    if outcome.published_differs is not None:
        stored, given = outcome.published_differs
        line += (
            f"\nArticle {outcome.article_id} is stored as published {stored}, not {given} as given; "
            f"to correct it: factcheck article {outcome.article_id} --published {given}"
        )
    return line


def _error_line(source: str, error: Exception) -> str:
    """`Error: <source>: <reason>`, naming the source once."""
    message = (str(error).strip().splitlines() or [""])[0]
    return f"Error: {message}" if source in message else f"Error: {source}: {message}"


@app.command()
def add(
    ctx: typer.Context,
    sources: Annotated[
        list[str] | None, typer.Argument(help="Paths, - for standard input, or http(s) URLs.")
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from-file",
            help="A file of sources, one a line (# comments and blank lines skipped); - reads stdin.",
        ),
    ] = None,
    published: Published = None,
    lang: Lang = None,
    title: Annotated[
        str | None, typer.Option("--title", help="The article's title (one source only).")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Who published it.")] = None,
    now: Now = None,
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="Fetch URLs again even if already stored; a page that changed is stored as its "
            "next version, linked to the one before.",
        ),
    ] = False,
) -> None:
    """Add articles and store the claims found in them.

    Several sources are fetched concurrently (fetch.concurrency); each article is stored in its
    own transaction, so a source that fails does not stop the others. The exit code is 0 when
    every source was added or already known, else the code of the first source that failed.
    """
    from factcheck.errors import ExitCode

    c = _ctx(ctx)
    items = service.gather_sources(sources or [], from_file, sys.stdin.buffer)
    if title is not None and len(items) > 1:
        raise UsageError("--title applies to one source, not to several")
    options = _options(published, lang, c.settings, now, title=title, source_name=source)
    single = len(items) == 1 and from_file is None

    def report(result: service.SourceResult) -> None:
        if result.outcome is not None:
            typer.echo(_outcome_line(result.outcome))
        elif result.error is not None and not single:
            typer.echo(_error_line(result.source, result.error), err=True)

    if len(items) > 1 and sys.stdout.isatty():
        results = _with_progress(c, items, options, report, refresh)
    else:
        results = service.add_sources(
            c.store, c.settings, items, options, sys.stdin.buffer, report, refresh=refresh
        )
    failed = [r for r in results if r.error is not None]
    if single and failed:
        raise failed[0].error  # type: ignore[misc]  # the one line, as for any command
    if not single:
        added = sum(1 for r in results if r.outcome is not None and r.outcome.created)
        known = sum(1 for r in results if r.outcome is not None and not r.outcome.created)
        typer.echo(f"{added} added, {known} already known, {len(failed)} failed")
    if failed:
        raise typer.Exit(int(failed[0].error.exit_code if failed[0].error else ExitCode.FAILURE))


def _with_progress(
    c: Context,
    items: list[str],
    options: service.ArticleOptions,
    report: Any,
    refresh: bool = False,
) -> list[service.SourceResult]:
    """The batch with a rich progress bar: only on a terminal, and only then is rich imported."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("Adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", markup=False),  # a path or URL, never rich markup
        transient=True,
    ) as progress:
        task = progress.add_task("add", total=len(items), current="")

        def step(result: service.SourceResult) -> None:
            report(result)
            progress.update(task, advance=1, current=result.source[-60:])

        return service.add_sources(
            c.store, c.settings, items, options, sys.stdin.buffer, step, refresh=refresh
        )


@app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[
        str, typer.Option("--status", help="unverified, confirmed, disputed, dismissed or all.")
    ] = "unverified",
    article: Annotated[int | None, typer.Option("--article", help="Only this article's claims.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only articles in this language.")] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in the sentence, figure or source.")
    ] = None,
    source_of: Annotated[
        str | None,
        typer.Option(
            "--source-of",
            help="Only claims whose source (name or title) contains this, or is the same "
            "organisation or person in any language (WHO = منظمة الصحة العالمية).",
        ),
    ] = None,
    sort: Annotated[
        str, typer.Option("--sort", help="newest (default) or worth (check-worthiness).")
    ] = "newest",
    limit: Annotated[
        int | None, typer.Option("--limit", help="At most this many (default from config).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, ndjson or csv.")] = "table",
) -> None:
    """List claims, newest first (unverified ones by default)."""
    status, sort, fmt = status.lower(), sort.lower(), fmt.lower()  # words in any case
    from factcheck import export
    from factcheck.cli import render

    c = _ctx(ctx)
    formats = ("json", "ndjson", "csv")
    if fmt != "table" and fmt not in formats:
        raise UsageError(f"unknown format {fmt!r} (choose from table, {', '.join(formats)})")
    if sort not in ("newest", "worth"):
        raise UsageError(f"unknown sort {sort!r} (choose from newest, worth)")
    wanted = ClaimFilter(
        source_of=source_of,
        sort=sort,
        status=None if status == "all" else status,
        article_id=article,
        language=service.check_stored_language(lang),
        search=search,
        limit=limit if limit is not None else c.settings.list_limit,
    )
    if fmt in ("json", "ndjson"):  # records written from the database's own JSON
        layout = export.record_layout(indented=fmt == "json", article=False)
        encoded = _writes_utf8()
        batches = service.stream_claim_records(c.store, wanted, layout, encoded)
        records = export.export_records_json if fmt == "json" else export.export_records_ndjson
        _write(records(batches, article=False, encoded=encoded), end="\n" if fmt == "json" else "")
        return
    if fmt == "csv":
        lines = service.stream_claim_csv(c.store, wanted, export.CSV_COLUMNS)
        _write(export.export_lines_csv(lines, article=False))
        return
    claims = service.list_claims(c.store, wanted)
    if claims:
        typer.echo(render.claims_table(claims))
    else:
        typer.echo(f"No {status if status != 'all' else ''} claims.".replace("  ", " "))


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show a claim: its figure, sentence, time, article and whole history."""
    from factcheck import export
    from factcheck.cli import render

    fmt = fmt.lower()  # words in any case
    if fmt not in ("text", "json"):
        raise UsageError(f"unknown format {fmt!r} (choose from text, json)")
    detail = service.get_claim(_ctx(ctx).store, claim_id)
    if fmt == "json":
        record = export.claim_record(detail.claim)
        record["article"] = service.article_json(detail.article) | {"id": detail.article.id}
        record["worth_features"] = [{"feature": n, "weight": w} for n, w in detail.worth_features]
        record["corrections"] = [service.correction_json(e) for e in detail.corrections]
        record["history"] = [export.event_record(e) for e in detail.events]
        _print_json(record)
    else:
        typer.echo(render.claim_detail(detail))


NoteText = Annotated[
    str | None,
    typer.Option("--note", help="Why: the reasoning or the source; - reads it from standard input."),
]
NoteFile = Annotated[str | None, typer.Option("--note-file", help="Read the note from this UTF-8 text file.")]
Evidence = Annotated[str | None, typer.Option("--evidence", help="URL of the evidence.")]
By = Annotated[str | None, typer.Option("--by", help="Who decides (default: login name).")]


_STATUS_WORDS = "confirmed, disputed, unverified or dismissed"


def _ids_then_status(claim_ids: list[int], status: str | None) -> tuple[list[int], str]:
    """`mark`'s claim ids and its status word (lower case). Its arguments are optional to click
    only so that a missing one is named right: with the status left out, click would give the
    last id to STATUS and call the ids missing."""
    if status is None:
        raise UsageError(f"missing CLAIM_ID... and STATUS ({_STATUS_WORDS})")
    if status.strip().isdigit():
        raise UsageError(f"missing STATUS after the claim ids ({_STATUS_WORDS})")
    if not claim_ids:
        raise UsageError(f"missing CLAIM_ID... before the status {status!r}")
    return claim_ids, status.lower()


@app.command()
def mark(
    ctx: typer.Context,
    claim_ids: Annotated[
        list[int] | None,
        typer.Argument(help="One or more claim ids (required).", metavar="CLAIM_ID", show_default=False),
    ] = None,
    status: Annotated[
        str | None,
        typer.Argument(
            help="confirmed, disputed, unverified, or dismissed (not a claim: needs --note with the "
            "reason); required.",
            metavar="STATUS",
            show_default=False,
        ),
    ] = None,
    note: NoteText = None,
    note_file: NoteFile = None,
    evidence: Evidence = None,
    by: By = None,
    expect: Annotated[
        str | None, typer.Option("--expect", help="Refuse unless every claim is still in this status.")
    ] = None,
    propagate: Annotated[
        bool, typer.Option("--propagate", help="Give the same verdict to linked claims (see `related`).")
    ] = False,
) -> None:
    """Mark claims confirmed, disputed or unverified, or dismiss what is not a claim at all (a
    junk figure, a duplicated headline: `mark ID dismissed --note REASON`; `mark ID unverified`
    restores it). Every change is kept in the history."""
    ids, status = _ids_then_status(claim_ids or [], status)
    expect = expect.lower() if expect else None  # words in any case
    c = _ctx(ctx)
    outcomes = service.mark_claims(
        c.store,
        c.settings,
        ids,
        status,
        note=service.read_note(note, note_file, c.settings, sys.stdin.buffer),
        evidence=evidence,
        actor=by,
        expect=expect,
        propagate=propagate,
    )
    for o in outcomes:
        via = f" (propagated from claim {o.propagated_from})" if o.propagated_from is not None else ""
        if o.changed:
            typer.echo(f"Claim {o.claim_id}: {o.from_status} → {o.to_status}{via}")
        else:
            typer.echo(f"Claim {o.claim_id}: already {o.to_status}, unchanged")


@app.command("note")
def note_(
    ctx: typer.Context,
    claim_ids: Annotated[list[int], typer.Argument(help="One or more claim ids.", metavar="CLAIM_ID...")],
    note: NoteText = None,
    note_file: NoteFile = None,
    evidence: Evidence = None,
    by: By = None,
) -> None:
    """Add a note or an evidence link to claims without changing their status (kept in the
    history like every change)."""
    c = _ctx(ctx)
    text = service.read_note(note, note_file, c.settings, sys.stdin.buffer)
    outcomes = service.add_note(c.store, c.settings, claim_ids, note=text, evidence=evidence, actor=by)
    for o in outcomes:
        typer.echo(f"Claim {o.claim_id}: note added (still {o.status})")


claim_app = typer.Typer(help="Claims the extractor missed, added by hand.", no_args_is_help=True)
app.add_typer(claim_app, name="claim")


@claim_app.command("add")
def claim_add(
    ctx: typer.Context,
    article: Annotated[int, typer.Argument(help="The article's id.", metavar="ARTICLE")],
    text: Annotated[str, typer.Argument(help="The claim's sentence, or its words, as the article has them.")],
    value: Annotated[
        str | None, typer.Option("--value", help="The figure (12000, 12,000 or 2.5), if the text's is wrong.")
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="What is counted, as a key: soldier, missile, USD, percent, ..."),
    ] = None,
    said_by: Annotated[str | None, typer.Option("--said-by", help="Who says it.")] = None,
    note: NoteText = None,
    note_file: NoteFile = None,
    by: By = None,
) -> None:
    """Add a claim the extractor missed. The text must stand in the article as written; the
    extractor fills what it can (figure, date, who said it) and the options override it."""
    from factcheck.cli import render

    c = _ctx(ctx)
    added = service.add_claim_by_hand(
        c.store,
        c.settings,
        article,
        text,
        service.HandClaim(value=value, unit_key=unit, said_by=said_by),
        note=service.read_note(note, note_file, c.settings, sys.stdin.buffer),
        actor=by,
    )
    claim = service.get_claim(c.store, added.claim_id).claim
    typer.echo(
        f"Added claim {added.claim_id} to article {added.article_id} by hand: {render.claim_line(claim)}"
    )


@app.command()
def info(ctx: typer.Context) -> None:
    """Print which configuration file and database are in use (nothing is created or changed).
    Another application's database is named, then refused as every command refuses it (exit 6)."""
    c = _ctx(ctx)
    found = service.info(c.store, c.settings)
    if found.schema is None:
        schema = "not created yet" if c.store.is_missing else "no factcheck schema"
        schema += " (another application's database)" if found.refused else ""
    elif found.schema == found.current_schema:
        schema = f"version {found.schema} (current)"
    else:
        schema = f"version {found.schema} (`factcheck migrate` brings it to {found.current_schema})"
    typer.echo(f"factcheck {found.version} (Python {sys.version.split()[0]})")
    typer.echo(f"Config:    {found.config_file or 'none: built-in defaults'}")
    typer.echo(f"Database:  {found.database}" + ("  (this user's default)" if found.default_database else ""))
    typer.echo(f"Schema:    {schema}")
    typer.echo(f"Languages: {', '.join(found.languages)}")
    if found.claims is not None:
        counted = {status: n for status, n in found.claims.items() if status != service.DISMISSED}
        by_status = ", ".join(f"{n:,} {status}" for status, n in counted.items())
        dismissed = found.claims.get(service.DISMISSED, 0)
        typer.echo(f"Claims:    {sum(counted.values()):,} ({by_status}); {dismissed:,} dismissed apart")
    if found.refused is not None:
        raise DatabaseError(found.refused)


@app.command()
def migrate(ctx: typer.Context) -> None:
    """Bring the database's schema up to date (reads never change a database; writes do this)."""
    store = _ctx(ctx).store
    before, after = service.migrate(store)
    if before == after:
        typer.echo(f"The database {store.where} is already at schema version {after}.")
    elif before is None:
        typer.echo(f"Created the database {store.where} at schema version {after}.")
    else:
        typer.echo(f"Migrated the database {store.where} from schema version {before} to {after}.")


@app.command()
def articles(
    ctx: typer.Context,
    limit: Annotated[
        int | None, typer.Option("--limit", help="At most this many (default from config).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """List articles, newest first, with their claim counts per status."""
    fmt = fmt.lower()
    from factcheck import export
    from factcheck.cli import render

    c = _ctx(ctx)
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"unknown format {fmt!r} (choose from table, json, csv)")
    summaries = service.list_articles(c.store, limit if limit is not None else c.settings.list_limit)
    records = [service.article_summary_json(s) for s in summaries]
    if fmt == "json":
        _write(export.json_array(records), end="\n")
    elif fmt == "csv":
        _write(export.articles_csv(records))
    else:
        typer.echo(render.articles_table(summaries) if summaries else "No articles yet.")


@app.command()
def article(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(help="The article's id (see `articles`).")],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Correct its publication date (read as `add --published` reads it, in the "
            "article's language); every relative date of its claims is resolved again.",
        ),
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who corrects it (default: login name).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why the date is corrected.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show an article (title, source, URL, publication date, claims per status), or correct
    its publication date with --published: the history records the old and new date and every
    claim time that moved with it."""
    from factcheck.cli import render

    fmt = fmt.lower()
    if fmt not in ("text", "json"):
        raise UsageError(f"unknown format {fmt!r} (choose from text, json)")
    c = _ctx(ctx)
    if published is not None:
        correction = service.correct_publication(
            c.store, c.settings, article_id, published, actor=by, note=note
        )
        if fmt == "json":
            _print_json(correction._asdict() | {"times": [t._asdict() for t in correction.times]})
        else:
            typer.echo(render.publication_correction(correction))
        return
    if by is not None or note is not None:
        raise UsageError("--by and --note go with --published")
    record = service.article_record(c.store, article_id)
    if fmt == "json":
        _print_json(service.article_record_json(record))
    else:
        typer.echo(render.article_record(record))


@app.command()
def extract(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A path, - for standard input, or an http(s) URL.")],
    published: Published = None,
    lang: Lang = None,
    now: Now = None,
) -> None:
    """Print the claims of an article as JSON; nothing is stored."""
    c = _ctx(ctx)
    prepared = service.extract_source(
        c.settings, source, _options(published, lang, c.settings, now), stdin=sys.stdin.buffer
    )
    _print_json(
        {"article": service.article_json(prepared.article), "claims": [d.to_json() for d in prepared.claims]}
    )


@app.command()
def parse(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The text, or - to read standard input.")],
    lines: Annotated[
        bool, typer.Option("--lines", help="One text per line; print one JSON object per line.")
    ] = False,
    published: Published = None,
    lang: Lang = None,
) -> None:
    """Print every quantity and time found in a text as JSON."""
    c = _ctx(ctx)
    language = service.check_language(lang or c.settings.language)
    languages = None if language == "auto" else [language]
    when = (
        service.parse_published(published, languages, c.settings.date_order).day
        if published
        else datetime.now(UTC).date()
    )
    _print_objects(
        service.parse_texts(text, lines, when, language, c.settings, sys.stdin.buffer),
        lines,
    )


@app.command()
def worth(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The text, or - to read standard input.")],
    lines: Annotated[
        bool,
        typer.Option(
            "--lines",
            help="One text per line (a batch of posts); print one JSON object per line, in order.",
        ),
    ] = False,
    context: Annotated[
        bool,
        typer.Option(
            "--context",
            help="With --lines: the lines are one text's sentences in order, each scored with the lines "
            "around it (a blank line is none).",
        ),
    ] = False,
    lang: Lang = None,
) -> None:
    """Score how check-worthy a text is (0..1) with the learned model; nothing is stored.

    Prints `worth`, `checkworthy` (at worth.threshold, else the model's own) and the features
    that weighed most; see benchmarks/README.md "Check-worthiness".
    """
    c = _ctx(ctx)
    if context and not lines:
        raise UsageError("--context applies to --lines (the lines are one text's sentences)")
    language = service.check_language(lang or c.settings.language)
    _print_objects(
        service.worth_texts(text, lines, language, c.settings, sys.stdin.buffer, context),
        lines,
    )


def _print_objects(objects: Iterable[dict[str, Any]], lines: bool) -> None:
    """Print `parse`'s or `worth`'s JSON: one object per line with --lines, else indented. A
    line of a batch that could not be read is printed in its place as {"line", "error"}; the
    batch goes on, and then ends with one Error line and the input's exit code."""
    refused = []
    for data in objects:
        if lines:
            typer.echo(json.dumps(data, ensure_ascii=False))
            if "error" in data:
                refused.append(data["line"])
        else:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
    if refused:
        if len(refused) == 1:
            raise InputError(f"line {refused[0]} could not be read: see its object")
        shown = ", ".join(map(str, refused[:10])) + (", ..." if len(refused) > 10 else "")
        raise InputError(f"{len(refused)} of the lines could not be read (lines {shown}): see their objects")


Format = Annotated[str, typer.Option("--format", help="table or json.")]


@app.command()
def related(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
    fmt: Format = "table",
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            help="At most this many claims: those with a verdict first, newest first within"
            " (default from config).",
        ),
    ] = None,
) -> None:
    """List claims linked to this one: the same figure reported elsewhere, in any language."""
    from factcheck import export
    from factcheck.cli import render

    fmt = fmt.lower()
    if fmt not in ("table", "json"):
        raise UsageError(f"unknown format {fmt!r} (choose from table, json)")
    c = _ctx(ctx)
    page = service.related_page(c.store, claim_id, limit if limit is not None else c.settings.list_limit)
    if fmt == "json":
        _write(export.claims_json(page.claims), end="\n")
        return
    if not page.claims:
        typer.echo(f"No claims linked to claim {claim_id}.")
        return
    typer.echo(render.claims_table(page.claims))
    _echo_more(page.total - len(page.claims), "linked claim", page.total)


@app.command()
def sources(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option("--lang", help="Only articles in this language.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """List who is quoted: each source with its claims and how many are still unverified.

    A source the lexicons know is one row in every language and spelling (WHO, the World
    Health Organization, منظمة الصحة العالمية); `list --source-of NAME` lists its claims.
    """
    from factcheck import export
    from factcheck.cli import render

    fmt = fmt.lower()  # words in any case
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"unknown format {fmt!r} (choose from table, json, csv)")
    speakers = service.list_speakers(_ctx(ctx).store, service.check_stored_language(lang))
    if fmt == "json":
        typer.echo(export.speakers_json(speakers))
    elif fmt == "csv":
        typer.echo(export.speakers_csv(speakers), nl=False)
    else:
        typer.echo(render.speakers_table(speakers) if speakers else "No quoted sources.")


@app.command()
def conflicts(
    ctx: typer.Context,
    fmt: Format = "table",
    limit: Annotated[
        int | None,
        typer.Option("--limit", help="At most this many groups, most recent first (default from config)."),
    ] = None,
) -> None:
    """List groups of claims about the same counted thing, place and month (the claim's own
    date, else its article's publication day; a time of more than a month is a period of its
    own) from two articles or more whose figures cannot all be true, the most recent first."""
    from factcheck import export
    from factcheck.cli import render

    fmt = fmt.lower()
    if fmt not in ("table", "json"):
        raise UsageError(f"unknown format {fmt!r} (choose from table, json)")
    c = _ctx(ctx)
    limit = limit if limit is not None else c.settings.list_limit
    page = service.conflict_page(c.store, limit)
    if fmt == "json":
        records = (
            {
                "unit_key": g.unit_key,
                "place": g.place,
                "period": g.period,
                "claims": [
                    export.claim_record(c) | {"article": service.article_json(a) | {"id": a.id}}
                    for c, a in g.members
                ],
            }
            for g in page.groups
        )
        _write(export.json_array(records), end="\n")
        return
    blocks = render.conflict_blocks(page.groups)
    first = next(blocks, None)
    if first is None:
        typer.echo("No conflicting figures.")
        return
    _write(chain([first], ("\n\n" + block for block in blocks)), end="\n")
    _echo_more(page.total - min(limit, page.total), "conflict group", page.total)


def _echo_more(more: int, noun: str, total: int) -> None:
    """The line after a page that says how many more there are and how to see them all."""
    if more:
        typer.echo(f"\n{more:,} more {noun}{'' if more == 1 else 's'}: --limit {total} shows them all.")


user_app = typer.Typer(help="Manage the desk's accounts (`factcheck serve`).", no_args_is_help=True)
app.add_typer(user_app, name="user")


def _read_password(name: str) -> str:
    """From a prompt on a terminal (asked twice), else the first line of standard input."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"Password for {name}: ")
        if getpass.getpass("Again: ") != first:
            raise UsageError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The account's login name.")],
    read_only: Annotated[
        bool, typer.Option("--read-only", help="May read every page but change nothing.")
    ] = False,
) -> None:
    """Add a desk account; the password is read from a prompt (or the first line of stdin)."""
    c = _ctx(ctx)
    account = service.add_account(c.store, name, _read_password(name), read_only=read_only)
    typer.echo(f"Added account {account.name}" + (" (read-only)" if account.read_only else ""))


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; other than loopback needs accounts.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the desk: the queue, articles, claims and marking in a web browser."""
    from factcheck.errors import ConfigError

    try:
        from factcheck.web.server import serve as run_desk
    except ImportError as exc:
        raise ConfigError(f"the desk needs the web extra: pip install 'factcheck[web]' ({exc})") from exc
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, not {port}")
    c = _ctx(ctx)
    run_desk(c.settings, c.store, host, port)


@app.command("export")
def export_(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="json, ndjson, csv or claimreview.")] = "json",
    status: Annotated[str | None, typer.Option("--status", help="Only claims in this status.")] = None,
) -> None:
    """Export claims with their articles; claimreview writes schema.org JSON-LD for verdicts."""
    fmt, status = fmt.lower(), status.lower() if status else None  # words in any case
    from factcheck import export

    c = _ctx(ctx)
    writers = {
        "json": export.export_json,
        "ndjson": export.export_ndjson,
        "csv": export.export_csv,
        "claimreview": lambda rows: export.export_claimreview(rows, c.settings),
    }
    if fmt not in writers:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(writers)})")
    wanted = None if status in (None, "all") else status
    end = "\n" if fmt in ("json", "claimreview") else ""
    if fmt in ("json", "ndjson"):  # records written from the database's own JSON
        encoded = _writes_utf8()
        layout = export.record_layout(fmt == "json", article=True)
        records = export.export_records_json if fmt == "json" else export.export_records_ndjson
        with closing(service.stream_export_records(c.store, wanted, layout, encoded)) as batches:
            _write(records(batches, encoded=encoded), end=end)
        return
    if fmt == "csv":
        with closing(service.stream_export_csv(c.store, wanted, export.CSV_COLUMNS)) as lines:
            _write(export.export_lines_csv(lines), end=end)
        return
    layout = export.review_layout(c.settings)
    if layout is not None:  # records written by the database, unless the review's url needs Python
        encoded = _writes_utf8()
        with closing(service.stream_export_reviews(c.store, wanted, layout, encoded)) as reviews:
            _write(export.export_reviews(reviews, layout, c.settings, encoded=encoded), end=end)
        return
    _write(writers[fmt](service.stream_export(c.store, wanted, verdicts_only=fmt == "claimreview")), end=end)
