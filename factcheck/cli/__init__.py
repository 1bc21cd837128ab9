"""The command line: `factcheck` and `python -m factcheck`.

`main` is the one place where errors become an ``Error: ...`` line and an exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from factcheck.errors import ExitCode, FactcheckError


def _is(exc: BaseException, name: str) -> bool:
    """Whether `exc` is click's exception `name`: typer vendors click in new releases, so
    the class is recognised by name, not imported from one place or the other."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def _fail(message: str, code: int) -> int:
    first_line = (message.strip().splitlines() or [""])[0]
    print(f"Error: {first_line}", file=sys.stderr)
    return code


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the exit code instead of exiting."""
    from factcheck.cli.app import app

    try:
        result = app(
            args=list(argv) if argv is not None else None, prog_name="factcheck", standalone_mode=False
        )
    except FactcheckError as exc:
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", ExitCode.FAILURE)
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:
        if _is(exc, "NoArgsIsHelpError"):
            ctx = getattr(exc, "ctx", None)
            print(ctx.get_help() if ctx else "", file=sys.stderr)
            return ExitCode.USAGE
        if _is(exc, "UsageError"):
            return _fail(exc.format_message(), ExitCode.USAGE)  # type: ignore[attr-defined]
        if _is(exc, "Abort"):
            return _fail("aborted", ExitCode.FAILURE)
        # A bug: still no traceback for the user, but say what happened.
        return _fail(f"internal error ({type(exc).__name__}): {exc}", ExitCode.FAILURE)
    return int(result or 0)


def main() -> None:
    sys.exit(run())
