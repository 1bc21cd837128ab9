"""Settings = built-in defaults <- config.toml <- FACTCHECK_* environment <- CLI options.

The config file is the one named by --config, else $FACTCHECK_CONFIG, else ./config.toml when
it exists. Unless database.url (or FACTCHECK_DATABASE_URL, or --db) names one, the database is
SQLite's factcheck.db in the user's data folder (platformdirs: ~/.local/share/factcheck on
Linux), the same whatever folder a command runs in.
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
    ("fetch", "deadline"): ("fetch_deadline", float),
    ("fetch", "max_bytes"): ("fetch_max_bytes", int),
    ("fetch", "max_redirects"): ("fetch_max_redirects", int),
    ("fetch", "user_agent"): ("user_agent", str),
    ("fetch", "concurrency"): ("fetch_concurrency", int),
    ("limits", "max_article_chars"): ("max_article_chars", int),
    ("limits", "max_figure_digits"): ("max_figure_digits", int),
    ("limits", "max_claims_per_article"): ("max_claims_per_article", int),
    ("limits", "max_note_chars"): ("max_note_chars", int),
    ("worth", "threshold"): ("worth_threshold", float),
    ("claimreview", "organization"): ("review_organization", str),
    ("claimreview", "organization_url"): ("review_organization_url", str),
    ("claimreview", "review_url"): ("review_url", str),
    ("claimreview", "best_rating"): ("best_rating", int),
    ("claimreview", "worst_rating"): ("worst_rating", int),
    ("claimreview", "confirmed_rating"): ("confirmed_rating", int),
    ("claimreview", "disputed_rating"): ("disputed_rating", int),
    ("claimreview", "confirmed_label"): ("confirmed_label", str),
    ("claimreview", "disputed_label"): ("disputed_label", str),
    ("web", "secret"): ("web_secret", str),
}
# The fewest characters of web.secret: the key that signs the desk's session cookies.
WEB_SECRET_MIN_CHARS = 32


@dataclass(frozen=True)
class Settings:
    """Every setting the tool reads; see config.toml for what each one does."""

    base_dir: Path
    config_file: Path | None = None  # the file these settings came from, if any
    database_url: str = ""
    busy_timeout: float = 30.0
    require_source: bool = True
    default_actor: str = ""
    language: str = "auto"
    date_order: str = ""
    list_limit: int = 50
    fetch_connect_timeout: float = 10.0
    fetch_timeout: float = 20.0
    fetch_deadline: float = 30.0  # the whole fetch of one page, redirects included
    fetch_max_bytes: int = 10_000_000
    fetch_max_redirects: int = 5
    user_agent: str = "factcheck/0.1 (claim fact-check tracker)"
    fetch_concurrency: int = 4
    max_article_chars: int = 2_000_000
    max_figure_digits: int = 30
    max_claims_per_article: int = 2_000
    max_note_chars: int = 100_000  # the longest note (`mark`, `note`, `claim add`), in characters
    # The worth above which a sentence with neither figure nor date is a `statement` claim and
    # `factcheck worth` says checkworthy; None: each language model's own (chosen on its dev split).
    worth_threshold: float | None = None
    review_organization: str = "Fact-check desk"
    review_organization_url: str = "https://factcheck.example.org"
    review_url: str = "https://factcheck.example.org/claims/{id}"
    best_rating: int = 5
    worst_rating: int = 1
    confirmed_rating: int = 5
    disputed_rating: int = 1
    confirmed_label: str = "Confirmed"
    disputed_label: str = "Disputed"
    # The key that signs the desk's session cookies; empty: see factcheck/web/server.py.
    web_secret: str = ""

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to the user's own SQLite database."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{default_database_file()}"


def default_database_file() -> Path:
    """factcheck.db in the user's data folder ($XDG_DATA_HOME/factcheck on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("factcheck", appauthor=False)) / "factcheck.db"


def _coerce(value: Any, kind: type, name: str) -> Any:
    """A setting's value as its type; a string is parsed only when it comes from the
    environment (where everything is a string), never from config.toml."""
    from_env = name.startswith("FACTCHECK_")
    if kind is bool:
        if isinstance(value, bool):
            return value
        if from_env and isinstance(value, str) and value.lower() in _BOOLEANS:
            return _BOOLEANS[value.lower()]
        raise ConfigError(f"{name} must be true or false, not {value!r}")
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if from_env and isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        raise ConfigError(f"{name} must be a whole number, not {value!r}")
    if kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if from_env and isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        raise ConfigError(f"{name} must be a number, not {value!r}")
    if not isinstance(value, str):
        raise ConfigError(f"{name} must be a string, not {value!r}")
    return value


_BOOLEANS = {
    "1": True,
    "true": True,
    "yes": True,
    "on": True,
    "0": False,
    "false": False,
    "no": False,
    "off": False,
}
# The least value of each numeric setting (the key as config.toml writes it, and the least).
_MINIMUM: dict[str, tuple[str, float]] = {
    "busy_timeout": ("database.busy_timeout", 0),
    "list_limit": ("list.limit", 1),  # every minimum but the zeros means "greater than 0"
    "fetch_connect_timeout": ("fetch.connect_timeout", 0.001),
    "fetch_timeout": ("fetch.timeout", 0.001),
    "fetch_deadline": ("fetch.deadline", 0.001),
    "fetch_max_bytes": ("fetch.max_bytes", 1),
    "fetch_max_redirects": ("fetch.max_redirects", 0),
    "fetch_concurrency": ("fetch.concurrency", 1),
    "max_article_chars": ("limits.max_article_chars", 1),
    "max_figure_digits": ("limits.max_figure_digits", 1),
    "max_claims_per_article": ("limits.max_claims_per_article", 1),
    "max_note_chars": ("limits.max_note_chars", 1),
}


# The greatest value of a numeric setting that has one. A figure is held to at most 1,000
# digits: past 4,300 Python cannot even print it as a number, and no figure in the news has
# more than a few dozen.
_MAXIMUM: dict[str, tuple[str, float]] = {
    "max_figure_digits": ("limits.max_figure_digits", 1000),
}


def _check_ranges(values: dict[str, Any]) -> None:
    for name, (key, least) in _MINIMUM.items():
        if name in values and values[name] < least:
            bound = "0 or more" if least == 0 else "greater than 0"
            raise ConfigError(f"{key} must be {bound}, not {values[name]}")
    for name, (key, most) in _MAXIMUM.items():
        if name in values and values[name] > most:
            raise ConfigError(f"{key} must be at most {most:,}, not {values[name]:,}")


def _config_file(path: Path, origin: str) -> Path:
    """A config file named by the user: refused when it is missing or a folder, saying which."""
    if path.is_dir():
        raise ConfigError(f"config file {path} is a folder, not a file{origin}")
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}{origin}")
    return path


def find_config(explicit: Path | None) -> Path | None:
    """The config file in force, or None when there is none."""
    if explicit is not None:
        return _config_file(explicit, "")
    from_env = os.environ.get("FACTCHECK_CONFIG")
    if from_env:
        return _config_file(Path(from_env), " (from FACTCHECK_CONFIG)")
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
    _check_ranges(values)
    if values.get("worth_threshold") is not None and not 0.0 <= values["worth_threshold"] <= 1.0:
        raise ConfigError(f"worth.threshold must be between 0 and 1, not {values['worth_threshold']}")
    secret = values.get("web_secret", "")
    if secret and (len(secret) < WEB_SECRET_MIN_CHARS or secret != secret.strip()):
        raise ConfigError(
            f"web.secret must be at least {WEB_SECRET_MIN_CHARS} characters without surrounding "
            "spaces (make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    base_dir = (path.parent if path is not None else Path.cwd()).resolve()
    known = {f.name for f in fields(Settings)}
    chosen = {k: v for k, v in values.items() if k in known}
    return Settings(base_dir=base_dir, config_file=path.resolve() if path else None, **chosen)
