"""`factcheck serve`: decide who may use the desk and which key signs its sessions, then run it
under uvicorn."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from urllib.parse import unquote

from factcheck import service
from factcheck.config import WEB_SECRET_MIN_CHARS, Settings
from factcheck.errors import ConfigError, RefusedError
from factcheck.web.auth import DeskMode, is_loopback

SECRET_FILE_SUFFIX = ".web-secret"


def desk_mode(settings: Settings, store: service.Store, host: str) -> DeskMode:
    """Accounts when any exist; else one local user, and then only on a loopback address."""
    accounts = service.has_accounts(store)
    if not accounts and not is_loopback(host):
        raise RefusedError(
            f"serving on {host} needs accounts: create one with `factcheck user add NAME` "
            "(without accounts the desk serves only 127.0.0.1)"
        )
    return DeskMode(accounts=accounts, local_user=service.default_actor(settings))


def secret_file(settings: Settings) -> Path:
    """Where the desk keeps its generated session key: beside a SQLite database file (its name
    plus `.web-secret`), else in db/ beside the config file (a server database has no file here)."""
    url = settings.resolved_database_url
    if url.startswith("sqlite:///"):
        database = Path(unquote(url[len("sqlite:///") :].split("?", 1)[0]))
        if database.name and database.name != ":memory:":
            return database.with_name(database.name + SECRET_FILE_SUFFIX)
    return settings.base_dir / "db" / ("factcheck" + SECRET_FILE_SUFFIX)


def session_secret(settings: Settings, host: str) -> tuple[str | None, str]:
    """The key that signs session cookies, and where it came from (said when the desk starts).

    web.secret (config.toml or FACTCHECK_WEB_SECRET) wins. Without it, a desk on loopback draws
    a new key each start (one local user, nothing to lose but an open form's token); a desk on
    any other address makes a key once and keeps it in `secret_file` (mode 0600), so a restart
    does not log the whole team out.
    """
    if settings.web_secret:
        return settings.web_secret, "web.secret"
    if is_loopback(host):
        return None, "a new key for this run"
    path = secret_file(settings)
    try:
        return _read_or_make_secret(path), str(path)
    except OSError as exc:
        raise ConfigError(
            f"cannot keep the desk's session key in {path}: {exc.strerror or exc} "
            "(set web.secret in config.toml or FACTCHECK_WEB_SECRET instead)"
        ) from None


def _read_or_make_secret(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_secret(path)
    key = secrets.token_urlsafe(48)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key


def _read_secret(path: Path) -> str:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise ConfigError(f"the desk's session key {path} can be read by other users: chmod 600 {path}")
    key = path.read_text(encoding="ascii", errors="replace").strip()
    if len(key) < WEB_SECRET_MIN_CHARS:
        raise ConfigError(
            f"the desk's session key {path} holds fewer than {WEB_SECRET_MIN_CHARS} characters: "
            "delete it to make a new one"
        )
    return key


def serve(settings: Settings, store: service.Store, host: str, port: int) -> None:
    import uvicorn

    from factcheck.web.app import create_app

    mode = desk_mode(settings, store, host)
    key, key_origin = session_secret(settings, host)
    app = create_app(settings, store, mode, key)
    who = "accounts (log in)" if mode.accounts else f"one local user, {mode.local_user}"
    print(
        f"factcheck desk on http://{host}:{port}/ for {who} (session key: {key_origin}); Ctrl-C stops it",
        flush=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
