"""`factcheck serve`: decide who may use the desk, then run it under uvicorn."""

from __future__ import annotations

import os

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import RefusedError
from factcheck.web.auth import DeskMode, is_loopback


def desk_mode(settings: Settings, store: service.Store, host: str) -> DeskMode:
    """Accounts when any exist; else one local user, and then only on a loopback address."""
    accounts = service.has_accounts(store)
    if not accounts and not is_loopback(host):
        raise RefusedError(
            f"serving on {host} needs accounts: create one with `factcheck user add NAME` "
            "(without accounts the desk serves only 127.0.0.1)"
        )
    return DeskMode(accounts=accounts, local_user=service.default_actor(settings))


def serve(settings: Settings, store: service.Store, host: str, port: int) -> None:
    import uvicorn

    from factcheck.web.app import create_app

    mode = desk_mode(settings, store, host)
    app = create_app(settings, store, mode, os.environ.get("FACTCHECK_WEB_SECRET") or None)
    who = "accounts (log in)" if mode.accounts else f"one local user, {mode.local_user}"
    print(f"factcheck desk on http://{host}:{port}/ for {who}; Ctrl-C stops it", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
