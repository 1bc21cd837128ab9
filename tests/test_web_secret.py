"""The key that signs the desk's sessions: web.secret in config.toml or FACTCHECK_WEB_SECRET
(checked), else on loopback a new key per run, else one made once and kept beside the database
(mode 0600) so that a restart keeps the team logged in."""

from __future__ import annotations

import dataclasses
import re
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factcheck import service
from factcheck.config import Settings, load_settings
from factcheck.errors import ConfigError
from factcheck.web.app import create_app
from factcheck.web.server import desk_mode, secret_file, session_secret

GOOD_SECRET = "k" * 40


@pytest.fixture(autouse=True)
def _no_secret_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_WEB_SECRET", raising=False)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)


@pytest.mark.parametrize(
    ("config", "env", "message"),
    [
        ('[web]\nsecret = "short"\n', None, "web.secret must be at least 32 characters"),
        ("[web]\nsecret = 12345\n", None, "web.secret must be a string"),
        ("", "short", "web.secret must be at least 32 characters"),
        ("", " " + GOOD_SECRET, "without surrounding spaces"),
    ],
)
def test_a_bad_secret_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, env: str | None, message: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(config, encoding="utf-8")
    if env is not None:
        monkeypatch.setenv("FACTCHECK_WEB_SECRET", env)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_the_secret_comes_from_config_or_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'[web]\nsecret = "{GOOD_SECRET}"\n', encoding="utf-8")
    assert load_settings(path).web_secret == GOOD_SECRET
    monkeypatch.setenv("FACTCHECK_WEB_SECRET", "e" * 32)
    settings = load_settings(path)
    assert settings.web_secret == "e" * 32  # the environment wins over the file
    assert session_secret(settings, "0.0.0.0") == ("e" * 32, "web.secret")
    assert not list(tmp_path.rglob("*.web-secret"))


def test_loopback_draws_a_key_per_run(tmp_path: Path) -> None:
    assert session_secret(Settings(base_dir=tmp_path), "127.0.0.1") == (None, "a new key for this run")
    assert not list(tmp_path.rglob("*.web-secret"))


def test_a_public_desk_keeps_its_key_beside_the_database(tmp_path: Path) -> None:
    database = tmp_path / "desk" / "team.db"
    settings = Settings(base_dir=tmp_path, database_url=f"sqlite:///{database}")
    assert secret_file(settings) == database.with_name("team.db.web-secret")
    key, origin = session_secret(settings, "0.0.0.0")
    assert key is not None and len(key) >= 32
    assert origin == str(database.with_name("team.db.web-secret"))
    assert stat.S_IMODE(Path(origin).stat().st_mode) == 0o600
    assert session_secret(settings, "192.0.2.7") == (key, origin)  # a restart: the same key
    server = Settings(base_dir=tmp_path, database_url="postgresql+psycopg://desk@db.example/factcheck")
    assert secret_file(server) == tmp_path / "db" / "factcheck.web-secret"


@pytest.mark.parametrize(
    ("content", "mode", "message"),
    [
        (GOOD_SECRET, 0o644, "can be read by other users: chmod 600"),
        ("too short", 0o600, "holds fewer than 32 characters"),
    ],
)
def test_a_bad_key_file_is_refused(tmp_path: Path, content: str, mode: int, message: str) -> None:
    settings = Settings(base_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'factcheck.db'}")
    path = secret_file(settings)
    path.write_text(content, encoding="ascii")
    path.chmod(mode)
    with pytest.raises(ConfigError, match=message):
        session_secret(settings, "0.0.0.0")


def test_serve_says_error_for_a_bad_key_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli import run

    url = f"sqlite:///{tmp_path / 'factcheck.db'}"
    store = service.Store(url)
    try:
        service.add_account(store, "huda", "correct horse")
    finally:
        store.close()
    key = tmp_path / "factcheck.db.web-secret"
    key.write_text(GOOD_SECRET, encoding="ascii")
    key.chmod(0o644)
    assert run(["--db", url, "serve", "--host", "0.0.0.0", "--port", "0"]) == 8
    error = capsys.readouterr().err.strip()
    assert error == f"Error: the desk's session key {key} can be read by other users: chmod 600 {key}"


def test_a_restart_with_the_kept_key_keeps_the_login(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "ARGON2_PARAMETERS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})
    settings = Settings(base_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'factcheck.db'}")
    store = service.Store(settings.resolved_database_url)
    try:
        service.add_account(store, "huda", "correct horse")
        mode = desk_mode(settings, store, "0.0.0.0")
        key, _ = session_secret(settings, "0.0.0.0")
        with TestClient(create_app(settings, store, mode, key)) as first:
            token = re.search(r'name="csrf" value="([^"]+)"', first.get("/login").text)
            assert token
            form = {"name": "huda", "password": "correct horse", "next": "/", "csrf": token.group(1)}
            assert first.post("/login", data=form).status_code == 200
            cookies = dict(first.cookies)
        again, _ = session_secret(dataclasses.replace(settings), "0.0.0.0")
        with TestClient(create_app(settings, store, mode, again), cookies=cookies) as restarted:
            assert restarted.get("/", follow_redirects=False).status_code == 200
        with TestClient(create_app(settings, store, mode, "another key" * 4), cookies=cookies) as other:
            assert other.get("/", follow_redirects=False).status_code == 303  # a new key: log in again
    finally:
        store.close()
