"""The error family and the one table that maps errors to exit codes.

Library code raises a FactcheckError subclass; only the CLI's entry point turns it into the
single ``Error: ...`` line and the process exit code (as sqlite-utils does).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; documented in the README."""

    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug: please report it)
    USAGE = 2  # bad option, argument, date or status
    INPUT = 3  # a source that cannot be read: missing, empty, binary or undecodable
    NOT_FOUND = 4  # an unknown claim or article id
    REFUSED = 5  # a change the rules refuse: stale --expect, verdict without a source
    DATABASE = 6  # the database cannot be opened or written
    NETWORK = 7  # a URL that cannot be fetched or is not a web page
    CONFIG = 8  # a configuration file or lexicon that is invalid
    INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT): the shell's code for it


class FactcheckError(Exception):
    """Base of every error a user can cause; the message is shown after ``Error:``."""

    exit_code: ExitCode = ExitCode.FAILURE


def as_factcheck_error(exc: BaseException) -> FactcheckError:
    """An error as a FactcheckError: itself, or an internal error naming what it was."""
    if isinstance(exc, FactcheckError):
        return exc
    return FactcheckError(f"internal error ({type(exc).__name__}): {exc}")


class UsageError(FactcheckError):
    exit_code = ExitCode.USAGE


class InputError(FactcheckError):
    exit_code = ExitCode.INPUT


class NotFoundError(FactcheckError):
    exit_code = ExitCode.NOT_FOUND


class RefusedError(FactcheckError):
    exit_code = ExitCode.REFUSED


class StaleError(RefusedError):
    """A change refused because a colleague changed the claim since it was read (--expect)."""


class SourceRequired(RefusedError):
    """A verdict with neither a note nor evidence while the config requires a source; each face
    words the remedy its own way (the CLI's options, the desk's fields)."""

    def __init__(self, message: str, status: str) -> None:
        super().__init__(message)
        self.status = status


class DatabaseError(FactcheckError):
    exit_code = ExitCode.DATABASE


class NetworkError(FactcheckError):
    exit_code = ExitCode.NETWORK


class ConfigError(FactcheckError):
    exit_code = ExitCode.CONFIG


class LexiconError(ConfigError):
    """A lexicon file that is missing or fails its schema."""
