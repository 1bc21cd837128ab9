"""The command line: `factcheck` and `python -m factcheck`.

`main` is the one place where errors become an ``Error: ...`` line and an exit code.
"""

from __future__ import annotations

import errno
import gc
import re
import sys
from collections.abc import Sequence

from factcheck.errors import ExitCode, FactcheckError


def _is(exc: BaseException, name: str) -> bool:
    """Whether `exc` is click's exception `name`: typer vendors click in new releases, so
    the class is recognised by name, not imported from one place or the other."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


# The options of the whole program (app.py's callback), accepted after the command name too.
_GLOBAL_OPTIONS = ("--db", "--config")
# click's (or typer's) messages for a number it cannot read, said once in plain English for
# every option and argument: "'x' is not a valid integer", "Input should be a valid integer".
_NOT_A_NUMBER = re.compile(
    r"Invalid value for '([^']+)': (?:'(.*)' is not a valid (integer|float)|"
    r"Input should be a valid (integer|number))"
)


def globals_first(args: Sequence[str]) -> list[str]:
    """`factcheck list --db x.db` as `factcheck --db x.db list`: click reads the program's
    options only before the command name, people write them anywhere (up to `--`)."""
    front: list[str] = []
    rest: list[str] = []
    position = 0
    while position < len(args):
        arg = args[position]
        if arg == "--":
            rest.extend(args[position:])
            break
        if arg.split("=", 1)[0] in _GLOBAL_OPTIONS:
            taken = 1 if "=" in arg else 2
            front.extend(args[position : position + taken])
            position += taken
            continue
        rest.append(arg)
        position += 1
    return front + rest


def plain_usage(message: str) -> str:
    """click's usage message, with "'x' is not a valid integer" said as people say it:
    "--limit must be a whole number, not 'x'"."""
    found = _NOT_A_NUMBER.search(message)
    if found is None:
        return message
    name, value, old_kind, new_kind = found.groups()
    if not name.startswith("-"):
        name = name.rstrip(".").upper()  # an argument: CLAIM_ID
    wanted = "a whole number" if "integer" in (old_kind, new_kind) else "a number"
    return f"{name} must be {wanted}" + (f", not {value!r}" if value is not None else "")


_NEGATIVE_NUMBER = re.compile(r"-\d[\d.,]*")


def _argument_name(param: object) -> str:
    """An argument as help names it: its metavar, else its name in capitals."""
    name = getattr(param, "metavar", None) or getattr(param, "name", None) or ""
    return str(name).removesuffix("...").upper()


def _takes_ids(param: object) -> bool:
    """Whether an argument is read as whole numbers (an id), from the annotation typer keeps."""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    return annotation in (int, list[int], int | None, list[int] | None)


def negative_argument(exc: Exception) -> str | None:
    """click reads `related -1` or `parse -5%` as an unknown option "-1": said as what it is, a
    negative number where an argument goes (None when the option is not a number)."""
    option = getattr(exc, "option_name", None) or ""
    ctx = getattr(exc, "ctx", None)
    if not _NEGATIVE_NUMBER.fullmatch(option) or ctx is None:
        return None
    arguments = [p for p in ctx.command.params if getattr(p, "param_type_name", "") == "argument"]
    if not arguments:
        return None
    if _takes_ids(arguments[0]):
        return f"{_argument_name(arguments[0])} must be a whole number from 1, not {option}"
    name = _argument_name(arguments[0])
    usage = f"factcheck {ctx.command.name} -- {name}"
    return f"{option} is read as an option: a {name} starting with '-' goes after --: {usage}"


# `add`'s options that take a value (tests/test_bulk_add.py holds this to the command's own).
_ADD_VALUE_OPTIONS = frozenset({"--from-file", "--published", "--lang", "--title", "--source", "--now"})


def asks_bulk_add(args: Sequence[str]) -> bool:
    """Whether `args` (the program's options first: globals_first) are an `add` of several
    sources: more than one named, or a list of them (--from-file). Read from the words alone,
    before the commands are imported, so that the workers' server starts beside the imports
    (factcheck.extractor_server); an add of one source, or a request for help, starts none.
    A list of one line is taken for several: its server is started and not used."""
    position = 0
    while position < len(args) and args[position].split("=", 1)[0] in _GLOBAL_OPTIONS:
        position += 1 if "=" in args[position] else 2
    if args[position : position + 1] != ["add"]:
        return False
    sources = 0
    rest = iter(args[position + 1 :])
    for arg in rest:
        if arg == "--":
            sources += sum(1 for _ in rest)
            break
        name = arg.split("=", 1)[0]
        if name in ("--help", "-h"):
            return False
        if name == "--from-file":
            sources += 2
        if name in _ADD_VALUE_OPTIONS and "=" not in arg:
            next(rest, None)
        elif not arg.startswith("--"):
            sources += 1
    return sources > 1


# The errors of a write to a disk with no room left (for this user).
_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


def _fail(message: str, code: int) -> int:
    first_line = (message.strip().splitlines() or [""])[0]
    print(f"Error: {first_line}", file=sys.stderr)
    return code


def run(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return the exit code instead of exiting."""
    args = globals_first(list(argv) if argv is not None else sys.argv[1:])
    if asks_bulk_add(args):
        # The workers' server preloads on another core while this process imports the commands.
        from factcheck import extractor_server

        extractor_server.start()
    # The commands' imports (typer, SQLAlchemy, SQLModel, the models: classes, functions and
    # dicts by the hundred thousand, next to nothing to collect) set Python's cyclic garbage
    # collector off some 150 times: 0.1 s of a 0.7-0.9 s start, on every command. Imported
    # without it, and what they made frozen out of its reach (it lives as long as the process;
    # unfrozen, the first collection after would walk all of it at once); it runs as usual
    # on the command's own work.
    gc.disable()
    try:
        from factcheck.cli.app import app
    finally:
        gc.freeze()
        gc.enable()

    try:
        result = app(args=args, prog_name="factcheck", standalone_mode=False)
        sys.stdout.flush()  # the output's last piece fails here on a full disk, not at exit
    except FactcheckError as exc:
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return ExitCode.OK
    except SystemExit as exc:
        # Click answers a write to a pipe its reader closed (`export | head -1`) by quieting the
        # streams and exiting 1: the reader having read enough is no failure of the command.
        if isinstance(exc.__context__, BrokenPipeError):
            return ExitCode.OK
        raise
    except OSError as exc:
        if exc.errno not in _DISK_FULL:
            return _fail(f"internal error ({type(exc).__name__}): {exc}", ExitCode.FAILURE)
        # Writing the output (export > file): the database's own full disk is named by the store.
        return _fail(f"cannot write the output: its disk is full ({exc.strerror})", ExitCode.INPUT)
    except Exception as exc:
        if _is(exc, "NoArgsIsHelpError"):
            ctx = getattr(exc, "ctx", None)
            print(ctx.get_help() if ctx else "", file=sys.stderr)
            return ExitCode.USAGE
        if _is(exc, "UsageError"):
            message = negative_argument(exc) or plain_usage(exc.format_message())  # type: ignore[attr-defined]
            return _fail(message, ExitCode.USAGE)
        if _is(exc, "Abort"):
            return _fail("aborted", ExitCode.FAILURE)
        # A bug: still no traceback for the user, but say what happened.
        return _fail(f"internal error ({type(exc).__name__}): {exc}", ExitCode.FAILURE)
    if result == ExitCode.INTERRUPTED:  # Typer answers Ctrl-C with 130 and says nothing
        return _fail("interrupted", ExitCode.INTERRUPTED)
    return int(result or 0)


def main() -> None:
    sys.exit(run())
