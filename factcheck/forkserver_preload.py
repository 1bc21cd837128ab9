"""Imported by the forkserver a bulk add's worker processes are forked from
(service._extractor_pool), and only there: the reader, the preparing of articles and the
extractor, every shipped lexicon and check-worthiness model, and what the extractor builds at
its first text of a language (its lexicon's normalized tables, its patterns), made once before
the workers are forked, so that each worker starts with them in memory instead of making its
own at its first article (0.25-0.3 s of CPU each).

A lexicon or model that fails to load is left to the workers, which report it as an add of
one article does (an exception here would stop the forkserver and every worker with it).
"""

from __future__ import annotations

import gc

# A text every engine reads (a figure): extracting it builds what the first article would.
_FIRST_TEXT = "1"


def load_languages() -> None:
    from datetime import date

    from factcheck.extract.pipeline import extract
    from factcheck.extract.worth import load_model
    from factcheck.lang import available_languages, load_lexicon

    for code in available_languages():
        try:
            load_lexicon(code)
            load_model(code)
            extract(_FIRST_TEXT, date(2024, 1, 1), code)
        except Exception:  # the workers meet it again at their first article, and report it
            continue


def preload() -> None:
    """Import what the workers need and build each language's tables (load_languages)."""
    import concurrent.futures.process  # noqa: F401  (a worker's own loop: each imported it at its start)
    import encodings.utf_8_sig  # noqa: F401  (the reader decoding a file with a byte-order mark)

    import pycld2  # noqa: F401  (the language detector, language_id.identify: not read by _FIRST_TEXT)

    import factcheck.extract.pipeline
    import factcheck.extract.search  # a claim's index texts (prepare.values_of), none in _FIRST_TEXT
    import factcheck.ingest
    import factcheck.prepare  # noqa: F401

    load_languages()


# Without the cyclic garbage collector, which the imports and the tables' making (new objects
# by the hundred thousand, next to nothing to collect) set off a hundred times or more: 10-15%
# of the forkserver's start (factcheck.cli.run does the same for a command's imports).
gc.disable()
try:
    preload()
finally:
    gc.enable()
# What the forkserver has built is kept for the workers' lifetime: frozen out of the garbage
# collector's reach, a worker's full collections neither walk those objects (about a
# lexicon's worth of tables, forked into every worker) nor write to their pages, which would
# copy them into the worker one by one (Python's documentation of gc.freeze).
gc.freeze()
