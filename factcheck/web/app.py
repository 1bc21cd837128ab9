"""The desk's routes: parse the request, call one use case in service.py, render a template."""

from __future__ import annotations

import io
import secrets
from collections.abc import Iterator
from datetime import date
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlparse

import anyio
from fastapi import FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import Receive, Scope, Send

from factcheck import export, service
from factcheck.config import Settings
from factcheck.errors import (
    DatabaseError,
    FactcheckError,
    InputError,
    NetworkError,
    NotFoundError,
    RefusedError,
    SourceRequired,
    StaleError,
    UsageError,
)
from factcheck.web import auth, present

PAGE_SIZE = 50
_HERE = resources.files(__package__)

# What each kind of error a user can cause answers with.
_STATUS_OF: list[tuple[type[FactcheckError], int]] = [
    (NotFoundError, 404),
    (StaleError, 409),
    (UsageError, 400),
    (InputError, 400),
    (NetworkError, 502),
    (RefusedError, 400),  # a verdict without a source; a stale one is caught above
    (DatabaseError, 503),
]


def _http_status(exc: FactcheckError) -> int:
    for kind, code in _STATUS_OF:
        if isinstance(exc, kind):
            return code
    return 500


def wants_json(request: Request) -> bool:
    """A request from the desk's own script, which asks for JSON to update the page in place;
    a plain form gets a page or a redirect."""
    return "application/json" in request.headers.get("accept", "")


# The form's words for rules service.py states in the CLI's options; the service still enforces them.
NOTE_NEEDS_WORDS = "a note needs some text or an evidence link"
DISMISSAL_NEEDS_REASON = "dismissing a claim needs a reason: write why it is not a claim in the note"


def source_required_message(status: str) -> str:
    """The rule "a verdict needs a source" in the desk's words (the CLI names its options)."""
    return f"marking {status} needs a note or an evidence link"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_HERE / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        figure=service.figure_summary,
        sentence_parts=present.sentence_parts,
        safe_link=present.safe_link,
        published_label=service.published_label,
        statuses=service.STATUSES,
    )
    return env


class _ClosingStreamingResponse(StreamingResponse):
    """A download whose chunks' iterator is closed however the response ends: a client that
    goes away mid-download cancels the response, and the export's generator, left suspended
    for the garbage collector, kept its transaction open (on PostgreSQL one snapshot on two
    connections) and its reader threads waiting. Closing joins those threads and ends the
    transactions, so it runs in a worker thread, shielded from the cancellation; no chunk is
    being made then (a chunk is made in a worker thread that a cancellation waits for)."""

    def __init__(self, chunks: Iterator[str], **options: Any) -> None:
        super().__init__(chunks, **options)
        self._chunks = chunks

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            close = getattr(self._chunks, "close", None)
            if close is not None:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(close)


def create_app(
    settings: Settings,
    store: service.Store,
    mode: auth.DeskMode,
    secret_key: str | None = None,
    page_size: int = PAGE_SIZE,
) -> FastAPI:
    """The desk over one store. `secret_key` signs the session cookie; without one a random key
    is drawn, so a restart logs everyone out."""
    service.open_database(store)
    app = FastAPI(title="factcheck desk", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key or secrets.token_urlsafe(32),
        session_cookie="factcheck_session",
        same_site="lax",
        https_only=False,
        max_age=12 * 3600,
    )
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    env = _environment()

    def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        user = auth.current_user(request, mode)
        page = env.get_template(template).render(
            request=request,
            user=user,
            accounts=mode.accounts,
            csrf=auth.csrf_token(request),
            path=request.url.path,
            require_source=settings.require_source,
            **context,
        )
        return HTMLResponse(
            page,
            status_code=status_code,
            headers={
                # Our own scripts and styles only: an injected inline script would not run.
                "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; "
                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "same-origin",
            },
        )

    def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
        return render(request, "error.html", status_code, message=message, code=status_code)

    def error_answer(request: Request, status_code: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=status_code)
        return error_page(request, status_code, message)

    @app.exception_handler(FactcheckError)
    async def _factcheck_error(request: Request, exc: FactcheckError) -> Response:
        return error_answer(request, _http_status(exc), str(exc))

    @app.exception_handler(auth.LoginRequired)
    async def _login_required(request: Request, exc: auth.LoginRequired) -> Response:
        if wants_json(request):
            return JSONResponse({"error": "you are logged out: log in again"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(auth.Forbidden)
    async def _forbidden(request: Request, exc: auth.Forbidden) -> Response:
        return error_answer(request, 403, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return error_page(request, 400, f"bad request: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "no such page", 405: "this page does not take that method"}
        return error_page(request, exc.status_code, messages.get(exc.status_code, str(exc.detail)))

    # ---- the queue ----

    @app.get("/", response_class=HTMLResponse)
    def queue(
        request: Request,
        status: str = "unverified",
        lang: str = "",
        article: str = "",
        source: str = "",
        unit: str = "",
        since: str = "",
        until: str = "",
        q: str = "",
        sort: str = "newest",
        page: str = "1",
    ) -> HTMLResponse:
        auth.require_user(request, mode)
        if sort not in ("newest", "worth"):
            raise UsageError(f"unknown sort {sort!r} (choose from newest, worth)")
        page_number = _whole(page, "page", minimum=1)
        wanted = service.ClaimFilter(
            status=None if status == "all" else status,
            article_id=_whole(article, "article", minimum=1) if article else None,
            language=lang or None,
            search=q.strip() or None,
            source_of=source.strip() or None,
            unit_key=unit.strip() or None,
            date_from=_day(since, "from") if since else None,
            date_to=_day(until, "to") if until else None,
            sort=sort,
            limit=page_size + 1,
            offset=(page_number - 1) * page_size,
        )
        claims = service.list_claims(store, wanted)
        params = {
            "status": status,
            "lang": lang,
            "article": article,
            "source": source,
            "unit": unit,
            "since": since,
            "until": until,
            "q": q,
            "sort": sort,
        }
        return render(
            request,
            "queue.html",
            claims=claims[:page_size],
            params=params,
            page=page_number,
            newer=present.query_string(params, page=page_number - 1) if page_number > 1 else None,
            older=present.query_string(params, page=page_number + 1) if len(claims) > page_size else None,
            languages=service.languages(),
        )

    # ---- articles ----

    @app.get("/articles", response_class=HTMLResponse)
    def articles(request: Request) -> HTMLResponse:
        auth.require_user(request, mode)
        return render(request, "articles.html", summaries=service.list_articles(store))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: int) -> HTMLResponse:
        auth.require_user(request, mode)
        detail = service.get_article(store, article_id)
        return render(
            request,
            "article.html",
            article=detail.article,
            claims=detail.claims,
            runs=present.article_runs(detail.article.text, detail.claims),
        )

    # ---- one claim ----

    @app.get("/claims/{claim_id}", response_class=HTMLResponse)
    def claim_page(request: Request, claim_id: int, mark: str = "") -> HTMLResponse:
        auth.require_user(request, mode)
        return _claim_view(request, claim_id, preselect=mark if mark in service.STATUSES else "")

    def _claim_view(
        request: Request,
        claim_id: int,
        *,
        preselect: str = "",
        status_code: int = 200,
        message: str | None = None,
        form: dict[str, str] | None = None,
    ) -> HTMLResponse:
        detail = service.get_claim(store, claim_id)
        return render(
            request,
            "claim.html",
            status_code,
            detail=detail,
            claim=detail.claim,
            article=detail.article,
            related=service.related_page(store, claim_id, PAGE_SIZE),
            conflicts=service.find_conflicts(store, about=claim_id),
            preselect=preselect,
            message=message,
            form=form or {},
        )

    @app.post("/claims/{claim_id}/mark", response_class=HTMLResponse)
    def mark(
        request: Request,
        claim_id: int,
        status: Annotated[str, Form()] = "",
        expect: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
        evidence: Annotated[str, Form()] = "",
        propagate: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        """Mark one claim. A plain form is answered by a redirect to the claim (or its page with
        the message and what was typed); the desk's script, asking for JSON, by the claim's new
        status, the claims changed and its history as an HTML fragment to put in place."""
        user = auth.require_editor(request, mode, csrf)
        form = {"status": status, "note": note, "evidence": evidence, "propagate": propagate}
        try:
            if not status:
                raise UsageError(f"choose a status: {', '.join(service.STATUSES)}")
            if status == service.DISMISSED and not note.strip():
                raise UsageError(DISMISSAL_NEEDS_REASON)
            outcomes = service.mark_claims(
                store,
                settings,
                [claim_id],
                status,
                note=note or None,
                evidence=evidence.strip() or None,
                actor=user.name,
                expect=expect or None,
                propagate=bool(propagate),
            )
        except (UsageError, RefusedError) as exc:
            code = 409 if isinstance(exc, StaleError) else 400
            message = source_required_message(exc.status) if isinstance(exc, SourceRequired) else str(exc)
            if wants_json(request):  # what the claim is now, so the page shows it (a colleague's verdict)
                return JSONResponse({"error": message, **claim_now(claim_id)}, status_code=code)
            return _claim_view(request, claim_id, status_code=code, message=message, form=form)
        if not wants_json(request):
            return RedirectResponse(f"/claims/{claim_id}", status_code=303)
        changed = [o.claim_id for o in outcomes if o.changed]
        return JSONResponse(
            {"message": _mark_message(claim_id, status, changed), "changed": changed, **claim_now(claim_id)}
        )

    @app.post("/claims/{claim_id}/note", response_class=HTMLResponse)
    def note_only(
        request: Request,
        claim_id: int,
        note: Annotated[str, Form()] = "",
        evidence: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        """A note or an evidence link on the claim, its status unchanged (a history event)."""
        user = auth.require_editor(request, mode, csrf)
        try:
            if not note.strip() and not evidence.strip():
                raise UsageError(NOTE_NEEDS_WORDS)
            service.add_note(
                store,
                settings,
                [claim_id],
                note=note or None,
                evidence=evidence.strip() or None,
                actor=user.name,
            )
        except (UsageError, InputError, RefusedError) as exc:
            if wants_json(request):
                return JSONResponse({"error": str(exc), **claim_now(claim_id)}, status_code=400)
            form = {"note": note, "evidence": evidence}
            return _claim_view(request, claim_id, status_code=400, message=str(exc), form=form)
        if not wants_json(request):
            return RedirectResponse(f"/claims/{claim_id}", status_code=303)
        return JSONResponse(
            {"message": f"note added to claim {claim_id}", "changed": [], **claim_now(claim_id)}
        )

    def claim_now(claim_id: int) -> dict[str, Any]:
        """A claim's status and its history as an HTML fragment, for the page to put in place;
        an unknown claim raises NotFoundError (a 404)."""
        detail = service.get_claim(store, claim_id)
        history = env.get_template("_history.html").render(events=detail.events)
        return {"claim": claim_id, "status": detail.claim.status, "history": history}

    # ---- adding an article ----

    @app.get("/add", response_class=HTMLResponse)
    def add_form(request: Request) -> HTMLResponse:
        auth.require_user(request, mode)
        return render(request, "add.html", form={}, message=None, languages=service.languages())

    @app.post("/add", response_class=HTMLResponse)
    def add(
        request: Request,
        url: Annotated[str, Form()] = "",
        text: Annotated[str, Form()] = "",
        published: Annotated[str, Form()] = "",
        lang: Annotated[str, Form()] = "auto",
        title: Annotated[str, Form()] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        auth.require_editor(request, mode, csrf)
        form = {"url": url, "text": text, "published": published, "lang": lang, "title": title}
        try:
            outcome = _add_one(url.strip(), text, published.strip(), lang, title.strip())
        except FactcheckError as exc:
            code = _http_status(exc)
            return render(
                request, "add.html", code, form=form, message=str(exc), languages=service.languages()
            )
        return RedirectResponse(f"/articles/{outcome.article_id}", status_code=303)

    def _add_one(url: str, text: str, published: str, lang: str, title: str) -> service.AddOutcome:
        if bool(url) == bool(text.strip()):
            raise UsageError("give either a URL or the article's text, not both")
        if url and urlparse(url).scheme not in ("http", "https"):
            raise UsageError(f"the URL must start with http:// or https://, not {url!r}")
        if text.strip() and not published:
            raise UsageError("pasted text needs its publication date")
        options = service.ArticleOptions(
            published=service.parse_published(published) if published else None,
            language=service.check_language(lang or "auto"),
            title=title or None,
        )
        source = url or "-"
        stdin = None if url else io.BytesIO(text.replace("\r\n", "\n").encode("utf-8"))
        [result] = service.add_sources(store, settings, [source], options, stdin)
        if result.error is not None:
            raise result.error
        assert result.outcome is not None
        return result.outcome

    # ---- conflicts, sources, exports ----

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts(request: Request) -> HTMLResponse:
        auth.require_user(request, mode)
        page = service.conflict_page(store, PAGE_SIZE)  # the most recent groups, as `conflicts`
        return render(request, "conflicts.html", groups=list(page.groups), total=page.total)

    @app.get("/sources", response_class=HTMLResponse)
    def sources(request: Request, lang: str = "") -> HTMLResponse:
        auth.require_user(request, mode)
        speakers = service.list_speakers(store, lang or None)
        return render(request, "sources.html", speakers=speakers, lang=lang, languages=service.languages())

    @app.get("/export", response_class=HTMLResponse)
    def export_page(request: Request) -> HTMLResponse:
        auth.require_user(request, mode)
        return render(request, "export.html")

    @app.get("/export/claims.{fmt}")
    def export_file(request: Request, fmt: str, status: str = "all") -> Response:
        auth.require_user(request, mode)
        writers = {
            "csv": (export.export_csv, "text/csv; charset=utf-8"),
            "json": (export.export_json, "application/json"),
            "ndjson": (export.export_ndjson, "application/x-ndjson"),
            "claimreview.json": (
                lambda rows: export.export_claimreview(rows, settings),
                "application/ld+json",
            ),
        }
        if fmt not in writers:
            raise NotFoundError(f"no export format {fmt!r} (choose from {', '.join(writers)})")
        writer, media_type = writers[fmt]
        if status != "all":
            service.check_status(status)  # before the download starts: a 400, not a broken file
        wanted = None if status == "all" else status
        if fmt in ("json", "ndjson"):  # records written from the database's own JSON
            body = (export.export_records_json if fmt == "json" else export.export_records_ndjson)(
                service.stream_export_records(
                    store, wanted, export.record_layout(fmt == "json", article=True)
                )
            )
        elif fmt == "csv":
            body = export.export_lines_csv(service.stream_export_csv(store, wanted, export.CSV_COLUMNS))
        elif (layout := export.review_layout(settings)) is not None:  # reviews written by the database
            body = export.export_reviews(
                service.stream_export_reviews(store, wanted, layout), layout, settings
            )
        else:  # a review url only claim_review can write
            body = writer(service.stream_export(store, wanted, verdicts_only=True))
        return _ClosingStreamingResponse(
            body,
            media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="factcheck-claims.{fmt}"'},
        )

    # ---- logging in and out ----

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/") -> HTMLResponse:
        return render(request, "login.html", next=_local_path(next), message=None, name="")

    @app.post("/login", response_class=HTMLResponse)
    def login(
        request: Request,
        name: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "/",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        auth.check_csrf(request, csrf)
        target = _local_path(next)
        if not mode.accounts:
            return RedirectResponse(target, status_code=303)
        user = service.authenticate(store, name, password)
        if user is None:
            return render(
                request, "login.html", 400, next=target, message="wrong name or password", name=name
            )
        auth.log_in(request, user)
        return RedirectResponse(target, status_code=303)

    @app.post("/logout")
    def logout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
        auth.check_csrf(request, csrf)
        auth.log_out(request)
        return RedirectResponse("/login" if mode.accounts else "/", status_code=303)

    return app


def _mark_message(claim_id: int, status: str, changed: list[int]) -> str:
    """What the live region says after a mark."""
    if claim_id not in changed:
        return f"claim {claim_id} was already {status}: nothing changed"
    others = [str(i) for i in changed if i != claim_id]
    linked = f", and linked claim{'s' if len(others) > 1 else ''} {', '.join(others)}" if others else ""
    return f"claim {claim_id} marked {status}{linked}"


def _whole(text: str, name: str, minimum: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"{name} must be a whole number, not {text!r}") from None
    if not minimum <= value <= 2**63 - 1:
        raise UsageError(f"{name} must be a whole number from {minimum}")
    return value


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{name} must be a date, YYYY-MM-DD, not {text!r}") from None


def _local_path(target: str) -> str:
    """Where to go after logging in: a path on this site, never another site."""
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target
