"""What the logistic models share (check-worthiness, factcheck/extract/worth.py; the unit
reader, factcheck/extract/unit_model.py): the logistic function, and reading a model file
packaged beside the lexicons."""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

from factcheck.errors import ConfigError

Model = TypeVar("Model")


def logistic(z: float) -> float:
    """1 / (1 + e^-z), without overflow for a large negative z."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load_packaged_model(filename: str, what: str, build: Callable[[Any], Model]) -> Model | None:
    """The model `build` makes of the gzipped JSON file `filename` in factcheck/lang, or None when
    no such file is shipped; a file that cannot be read or built is a ConfigError naming it."""
    resource = resources.files("factcheck.lang").joinpath(filename)
    if not resource.is_file():
        return None
    try:
        return build(json.loads(gzip.decompress(resource.read_bytes())))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"cannot read the {what} model {filename}: {exc}") from exc
