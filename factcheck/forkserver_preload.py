"""Imported by the forkserver a bulk add's worker processes are forked from
(service._extractor_pool), and only there: the reader, the preparing of articles and the
extractor, and every shipped lexicon and check-worthiness model, loaded once before the
workers are forked, so that each worker starts with them in memory instead of loading its own
copy at its first article.

A lexicon or model that fails to load is left to the workers, which report it as an add of
one article does (an exception here would stop the forkserver and every worker with it).
"""

from __future__ import annotations

import factcheck.extract.pipeline
import factcheck.ingest
import factcheck.prepare  # noqa: F401


def load_languages() -> None:
    from factcheck.errors import FactcheckError
    from factcheck.extract.worth import load_model
    from factcheck.lang import available_languages, load_lexicon

    for code in available_languages():
        try:
            load_lexicon(code)
            load_model(code)
        except FactcheckError:
            continue


load_languages()
