"""typer commands: parse options, call a use case in service.py, render the result."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from factcheck import service
from factcheck.config import Settings, load_settings
from factcheck.errors import UsageError
from factcheck.store import Store
from factcheck.store.queries import ClaimFilter

app = typer.Typer(
    add_completion=False,
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
            self._store = Store(self.settings.resolved_database_url, self.settings.busy_timeout)
        return self._store


def _ctx(ctx: typer.Context) -> Context:
    return ctx.obj  # type: ignore[no-any-return]


@app.callback()
def _global(
    ctx: typer.Context,
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL (default: SQLite db/factcheck.db).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Configuration file (default: ./config.toml).")
    ] = None,
) -> None:
    ctx.obj = Context(config, db)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1))


def _options(
    published: str | None, lang: str | None, settings: Settings, **extra: Any
) -> service.ArticleOptions:
    return service.ArticleOptions(
        published=service.parse_published(published) if published else None,
        language=lang or settings.language,
        **extra,
    )


Published = Annotated[
    str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
]
Lang = Annotated[str | None, typer.Option("--lang", help="ar, en or auto (default from config).")]


@app.command()
def add(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(help="Paths, - for standard input, or http(s) URLs.")],
    published: Published = None,
    lang: Lang = None,
    title: Annotated[str | None, typer.Option("--title", help="The article's title.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Who published it.")] = None,
) -> None:
    """Add articles and store the claims found in them."""
    c = _ctx(ctx)
    options = _options(published, lang, c.settings, title=title, source_name=source)
    for item in sources:
        outcome = service.add_source(c.store, c.settings, item, options, stdin=sys.stdin.buffer)
        if outcome.created:
            label = outcome.title or item
            typer.echo(f"Added article {outcome.article_id} with {outcome.claim_count} claims: {label}")
        else:
            typer.echo(
                f"Already known as article {outcome.article_id} ({outcome.claim_count} claims): "
                f"{outcome.title or item}; nothing added"
            )


@app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[
        str, typer.Option("--status", help="unverified, confirmed, disputed or all.")
    ] = "unverified",
    article: Annotated[int | None, typer.Option("--article", help="Only this article's claims.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only articles in this language.")] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in the sentence, figure or source.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="At most this many (default from config).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """List claims, newest first (unverified ones by default)."""
    from factcheck import export
    from factcheck.cli import render

    c = _ctx(ctx)
    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"unknown format {fmt!r} (choose from table, json, csv)")
    wanted = ClaimFilter(
        status=None if status == "all" else status,
        article_id=article,
        language=lang,
        search=search,
        limit=limit if limit is not None else c.settings.list_limit,
    )
    claims = service.list_claims(c.store, wanted)
    if fmt == "json":
        typer.echo(export.claims_json(claims))
    elif fmt == "csv":
        typer.echo(export.claims_csv(claims), nl=False)
    elif claims:
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

    detail = service.get_claim(_ctx(ctx).store, claim_id)
    if fmt == "json":
        record = export.claim_record(detail.claim)
        record["article"] = service.article_json(detail.article) | {"id": detail.article.id}
        record["history"] = [
            {
                "from": e.from_status,
                "to": e.to_status,
                "note": e.note,
                "evidence_url": e.evidence_url,
                "actor": e.actor,
                "at": e.at.isoformat(),
            }
            for e in detail.events
        ]
        _print_json(record)
    elif fmt == "text":
        typer.echo(render.claim_detail(detail))
    else:
        raise UsageError(f"unknown format {fmt!r} (choose from text, json)")


@app.command()
def mark(
    ctx: typer.Context,
    claim_ids: Annotated[list[int], typer.Argument(help="One or more claim ids.", metavar="CLAIM_ID...")],
    status: Annotated[str, typer.Argument(help="confirmed, disputed or unverified.", metavar="STATUS")],
    note: Annotated[str | None, typer.Option("--note", help="Why: the reasoning or the source.")] = None,
    evidence: Annotated[str | None, typer.Option("--evidence", help="URL of the evidence.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who decides (default: login name).")] = None,
    expect: Annotated[
        str | None, typer.Option("--expect", help="Refuse unless every claim is still in this status.")
    ] = None,
) -> None:
    """Mark claims confirmed, disputed or unverified; every change is kept in the history."""
    c = _ctx(ctx)
    outcomes = service.mark_claims(
        c.store, c.settings, claim_ids, status, note=note, evidence=evidence, actor=by, expect=expect
    )
    for o in outcomes:
        if o.changed:
            typer.echo(f"Claim {o.claim_id}: {o.from_status} → {o.to_status}")
        else:
            typer.echo(f"Claim {o.claim_id}: already {o.to_status}, unchanged")


@app.command()
def articles(ctx: typer.Context) -> None:
    """List articles with their claim counts per status."""
    from factcheck.cli import render

    summaries = service.list_articles(_ctx(ctx).store)
    typer.echo(render.articles_table(summaries) if summaries else "No articles yet.")


@app.command()
def extract(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A path, - for standard input, or an http(s) URL.")],
    published: Published = None,
    lang: Lang = None,
) -> None:
    """Print the claims of an article as JSON; nothing is stored."""
    c = _ctx(ctx)
    prepared = service.extract_source(
        c.settings, source, _options(published, lang, c.settings), stdin=sys.stdin.buffer
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
    from factcheck.extract.pipeline import analyze
    from factcheck.ingest import decode_text

    c = _ctx(ctx)
    when = service.parse_published(published).when.date() if published else datetime.now(UTC).date()
    language = lang or c.settings.language
    body = decode_text(sys.stdin.buffer.read(), "standard input") if text == "-" else text
    texts = body.splitlines() if lines else [body]
    for item in texts:
        analysis = analyze(item, when, language)
        data = {
            "language": analysis.language,
            "published": when.isoformat(),
            "quantities": [q.to_json() for q in analysis.quantities],
            "times": [t.to_json() for t in analysis.times],
        }
        typer.echo(
            json.dumps(data, ensure_ascii=False) if lines else json.dumps(data, ensure_ascii=False, indent=1)
        )
