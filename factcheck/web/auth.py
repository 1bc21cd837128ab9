"""Who is at the desk, and that a form really came from our page.

Two modes. Without accounts the server binds loopback only and serves one user, the login name
(as the CLI does). With accounts (`factcheck user add`) every page needs a login; the session
is a signed cookie (HttpOnly, SameSite=Lax) and every POST carries the session's CSRF token.
The actor of a change is always the logged-in user, never a form field.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from typing import NamedTuple

from starlette.requests import Request

from factcheck.service import AccountView

CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


class LoginRequired(Exception):
    """Raised by a route that needs a user when nobody is logged in: answered by a redirect."""


class Forbidden(Exception):
    """A POST without the right CSRF token, or a change asked by a read-only account."""


class DeskMode(NamedTuple):
    accounts: bool  # True: log in with an account; False: one local user
    local_user: str  # the user of the single-user mode


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on the first page it is needed for."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


def check_csrf(request: Request, sent: str | None) -> None:
    expected = request.session.get(CSRF_FIELD)
    given = sent or request.headers.get(CSRF_HEADER)
    if not isinstance(expected, str) or not given or not hmac.compare_digest(expected, given):
        raise Forbidden("the form's security token is missing or out of date: reload the page and try again")


def current_user(request: Request, mode: DeskMode) -> AccountView | None:
    if not mode.accounts:
        return AccountView(mode.local_user, False)
    name = request.session.get("user")
    if not isinstance(name, str):
        return None
    read_only = bool(request.session.get("read_only", False))
    return AccountView(name, read_only)


def require_user(request: Request, mode: DeskMode) -> AccountView:
    user = current_user(request, mode)
    if user is None:
        raise LoginRequired()
    return user


def require_editor(request: Request, mode: DeskMode, sent_csrf: str | None) -> AccountView:
    """The user behind a POST that changes something: logged in, token right, not read-only."""
    user = require_user(request, mode)
    check_csrf(request, sent_csrf)
    if user.read_only:
        raise Forbidden(f"{user.name} has a read-only account")
    return user


def log_in(request: Request, user: AccountView) -> None:
    request.session.clear()
    request.session["user"] = user.name
    request.session["read_only"] = user.read_only
    request.session[CSRF_FIELD] = secrets.token_urlsafe(32)


def log_out(request: Request) -> None:
    request.session.clear()
