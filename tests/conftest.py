"""Shared fixtures: settings, stores on SQLite and on a real PostgreSQL server.

PostgreSQL: $FACTCHECK_TEST_POSTGRES_URL if set, else a throwaway cluster started here with
the machine's initdb/pg_ctl (as the postgres user when running as root, since initdb refuses
root). Where none can be started the PostgreSQL tests skip with the reason — unless
$FACTCHECK_REQUIRE_POSTGRES is set (CI sets it), where they fail instead.
"""

from __future__ import annotations

import functools
import gc
import glob
import importlib.util
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from factcheck.config import Settings
from factcheck.store import Store

# The default database is the user's own (platformdirs' data folder): the tests' is a throwaway
# folder, set before anything runs, so that no test ever touches the real one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="factcheck-test-data-")

# Hypothesis fails an example that runs over its deadline (200 ms by default): a timed assertion,
# which flakes on a loaded machine (a test of bulk add's index text failed so under load on
# 2026-11-29 and passed 30,000 examples without it). No test here asserts time.
hypothesis_settings.register_profile("factcheck", deadline=None)
hypothesis_settings.load_profile("factcheck")

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: Path, *, register: bool = False) -> ModuleType:
    """A benchmark or training script (a file, not a package) as a module, loaded with its own
    folder first on sys.path (a script imports the scripts beside it, as when run from there);
    `register` keeps it in sys.modules under its name, for dataclasses that look their module
    up by name."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[spec.name] = module
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


SEED_ARTICLE = ROOT / "examples" / "000_2e4104477adbd184.txt"
SEED_EXPECTED = ROOT / "tests" / "fixtures" / "seed_expected.json"


@functools.cache
def seed_claim_count() -> int:
    """How many claims the seed article holds when published on 2024-11-01: its 5 figures, 2
    dated events and the statements the worth model rates check-worthy (their number follows
    the model and the extractor's signals, so tests that count claims ask this)."""
    from datetime import date

    from factcheck.extract.pipeline import extract

    return len(extract(SEED_ARTICLE.read_text(encoding="utf-8"), date(2024, 11, 1), "ar"))


def bare_article(number: int, published: datetime) -> dict[str, Any]:
    """An article row with no text for queries.insert_article (a plan's or a page's test
    that writes claims straight into the store), its content hash made of `number`."""
    return dict(
        language="en",
        text="",
        content_sha256=f"{number:064x}",
        published=published,
        published_precision="day",
        published_origin="option",
        fetched_at=published,
    )


def _pg_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


class _Cluster:
    def __init__(self) -> None:
        self.bin = _pg_bin()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries (initdb) on this machine")
        self.dir = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError("running as root and there is no postgres user") from exc
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.data = self.dir / "data"
        self.port = 54000 + (os.getpid() % 900)

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            _as_postgres([str(a) for a in args]), capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-300:]}"
            )

    def start(self) -> str:
        assert self.bin is not None
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = f"-k {self.dir} -c listen_addresses='' -p {self.port} -F"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )
        return f"postgresql+psycopg://postgres@/postgres?host={self.dir}&port={self.port}"

    def stop(self) -> None:
        assert self.bin is not None
        subprocess.run(
            _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of the maintenance database of a PostgreSQL server for this test session."""
    url = os.environ.get("FACTCHECK_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    cluster = None
    try:
        cluster = _Cluster()
        url = cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        if os.environ.get("FACTCHECK_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but could not be started: {exc}")
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    try:
        yield url
    finally:
        # Stores that a test dropped without closing still hold pooled connections: let them go
        # while the server is up, not at interpreter exit against a stopped server.
        gc.collect()
        cluster.stop()


def _fresh_postgres_database(server_url: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"fc_{uuid.uuid4().hex[:12]}"
    server = make_url(server_url)
    params = {"dbname": server.database or "postgres", "user": server.username, "autocommit": True}
    params.update({k: v for k, v in server.query.items() if isinstance(v, str)})
    if server.host:
        params["host"] = server.host
    if server.port:
        params["port"] = server.port
    if server.password:
        params["password"] = server.password
    with psycopg.connect(**params) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'factcheck.db'}"
    return _fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(base_dir=tmp_path)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = Store(database_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'factcheck.db'}"
