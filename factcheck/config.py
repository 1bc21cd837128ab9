"""Settings = built-in defaults <- config.toml <- FACTCHECK_* environment <- CLI options.

The config file is the one named by --config, else $FACTCHECK_CONFIG, else ./config.toml when
it exists. The default SQLite database lives at db/factcheck.db beside that file (or beside the
working directory when there is no file).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError

# (section, key) -> (Settings field, type)
_KEYS: dict[tuple[str, str], tuple[str, type]] = {
    ("database", "url"): ("database_url", str),
    ("database", "busy_timeout"): ("busy_timeout", float),
    ("marking", "require_source"): ("require_source", bool),
    ("marking", "default_actor"): ("default_actor", str),
    ("extract", "language"): ("language", str),
    ("extract", "date_order"): ("date_order", str),
    ("list", "limit"): ("list_limit", int),
    ("fetch", "connect_timeout"): ("fetch_connect_timeout", float),
    ("fetch", "timeout"): ("fetch_timeout", float),
    ("fetch", "max_bytes"): ("fetch_max_bytes", int),
    ("fetch", "max_redirects"): ("fetch_max_redirects", int),
    ("fetch", "user_agent"): ("user_agent", str),
    ("fetch", "concurrency"): ("fetch_concurrency", int),
    ("claimreview", "organization"): ("review_organization", str),
    ("claimreview", "organization_url"): ("review_organization_url", str),
    ("claimreview", "review_url"): ("review_url", str),
    ("claimreview", "best_rating"): ("best_rating", int),
    ("claimreview", "worst_rating"): ("worst_rating", int),
    ("claimreview", "confirmed_rating"): ("confirmed_rating", int),
    ("claimreview", "disputed_rating"): ("disputed_rating", int),
    ("claimreview", "confirmed_label"): ("confirmed_label", str),
    ("claimreview", "disputed_label"): ("disputed_label", str),
}


@dataclass(frozen=True)
class Settings:
    """Every setting the tool reads; see config.toml for what each one does."""

    base_dir: Path
    database_url: str = ""
    busy_timeout: float = 30.0
    require_source: bool = True
    default_actor: str = ""
    language: str = "auto"
    date_order: str = ""
    list_limit: int = 50
    fetch_connect_timeout: float = 10.0
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    fetch_max_redirects: int = 5
    user_agent: str = "factcheck/0.1 (claim fact-check tracker)"
    fetch_concurrency: int = 4
    review_organization: str = "Fact-check desk"
    review_organization_url: str = "https://factcheck.example.org"
    review_url: str = "https://factcheck.example.org/claims/{id}"
    best_rating: int = 5
    worst_rating: int = 1
    confirmed_rating: int = 5
    disputed_rating: int = 1
    confirmed_label: str = "Confirmed"
    disputed_label: str = "Disputed"

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to SQLite at db/factcheck.db beside the config file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.base_dir / 'db' / 'factcheck.db'}"


def _coerce(value: Any, kind: type, name: str) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise ConfigError(f"{name} must be true or false, not {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{name} must be a {kind.__name__}, not {value!r}") from exc


def find_config(explicit: Path | None) -> Path | None:
    """The config file in force, or None when there is none."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        return explicit
    from_env = os.environ.get("FACTCHECK_CONFIG")
    if from_env:
        path = Path(from_env)
        if not path.is_file():
            raise ConfigError(f"config file not found: {path} (from FACTCHECK_CONFIG)")
        return path
    local = Path.cwd() / "config.toml"
    return local if local.is_file() else None


def load_settings(config: Path | None = None, database_url: str | None = None) -> Settings:
    """Layer defaults, the config file, FACTCHECK_* variables and the CLI's --db."""
    path = find_config(config)
    values: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        for section, body in data.items():
            if not isinstance(body, dict):
                raise ConfigError(f"{path}: [{section}] must be a table")
            for key, value in body.items():
                if (section, key) not in _KEYS:
                    raise ConfigError(f"{path}: unknown setting {section}.{key}")
                name, kind = _KEYS[(section, key)]
                values[name] = _coerce(value, kind, f"{section}.{key}")
    for (section, key), (name, kind) in _KEYS.items():
        env = f"FACTCHECK_{section.upper()}_{key.upper()}"
        if env in os.environ:
            values[name] = _coerce(os.environ[env], kind, env)
    if database_url:
        values["database_url"] = database_url
    for name in ("fetch_connect_timeout", "fetch_timeout", "fetch_max_bytes", "fetch_concurrency"):
        if name in values and values[name] <= 0:
            raise ConfigError(
                f"{name.replace('fetch_', 'fetch.')} must be greater than 0, not {values[name]}"
            )
    order = str(values.get("date_order", "")).upper()
    if order not in ("", "DMY", "MDY", "YMD"):
        raise ConfigError(f"extract.date_order must be DMY, MDY, YMD or empty, not {values['date_order']!r}")
    if order:
        values["date_order"] = order
    if values.get("fetch_max_redirects", 0) < 0:
        raise ConfigError(f"fetch.max_redirects must be 0 or more, not {values['fetch_max_redirects']}")
    base_dir = (path.parent if path is not None else Path.cwd()).resolve()
    known = {f.name for f in fields(Settings)}
    return Settings(base_dir=base_dir, **{k: v for k, v in values.items() if k in known})
