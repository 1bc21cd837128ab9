"""The values the extractor hands out: mentions of quantities and times, and claim drafts."""

from __future__ import annotations

import ctypes
import dataclasses
import inspect
import sys
from collections import namedtuple
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from factcheck.values import json_number

Span = tuple[int, int]

QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague")
# The first five are the original ones; the rest were added later (a consumer that knows only the
# first five can treat any other as "a period with a start and an end", or none for `set`).
GRANULARITIES = (
    "day",
    "week",
    "month",
    "year",
    "vague",
    "duration",
    "set",
    "quarter",
    "half",
    "season",
    "decade",
    "century",
)
REFERENCES = ("past", "present", "future")

_Class = TypeVar("_Class", bound=type)


def direct_init(cls: _Class) -> _Class:
    """Give a frozen dataclass an `__init__` that sets the new instance's `__dict__` whole, one
    dict of its fields in field order, with the same parameters and defaults as the one
    `dataclass` writes: the same instance (fields, their order in `vars`, equality, hash, repr,
    pickling, `dataclasses.replace`), made in less than half the time. The generated one sets
    each field through `object.__setattr__` (a frozen class refuses its own), a call through a
    slot wrapper per field: ClaimDraft's fourteen cost about 4 us a claim, and an article makes
    some fifty of these values (benchmarks/README.md, speed22). The dict is a plain one, made
    whole: writing the fields one by one into `self.__dict__` would make the instance's dict a
    split one, whose fields CPython 3.11 reads by its unspecialised path at every read (a
    third of the time again). The instance is still frozen: only its `__init__` writes its
    fields. For a plain frozen dataclass only (no `__post_init__`, no field outside `__init__`
    or keyword-only, no default factory, no slots): anything else is refused here."""
    fields = dataclasses.fields(cls)
    generated = list(inspect.signature(cls.__init__).parameters.values())[1:]
    if (
        [(p.name, p.kind) for p in generated]
        != [(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for f in fields]
        or not cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        or hasattr(cls, "__post_init__")
        or hasattr(cls, "__slots__")
        or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields)
        or any(f.name in ("self", "_set") or f.name.startswith("_default_") for f in fields)
    ):
        raise TypeError(f"direct_init: {cls.__name__} is not a plain frozen dataclass")
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields
    )
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    namespace: dict[str, Any] = {**defaults, "_set": object.__setattr__}
    exec(f"def __init__(self, {params}):\n    _set(self, '__dict__', {{{values}}})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init  # type: ignore[misc]
    return cls


class _MemberDef(ctypes.Structure):
    """CPython's PyMemberDef (Include/descrobject.h): what a member descriptor reads."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("type", ctypes.c_int),
        ("offset", ctypes.c_ssize_t),
        ("flags", ctypes.c_int),
        ("doc", ctypes.c_char_p),
    ]


_T_OBJECT_EX = 16  # Py_T_OBJECT_EX: an object pointer, AttributeError when NULL
_READONLY = 1  # Py_READONLY
# Every member definition made: a descriptor reads through its own for as long as the process.
_MEMBER_DEFS: list[_MemberDef] = []


# The type of a named tuple's field descriptors (the `_tuplegetter` of collections).
_TUPLE_GETTER = type(namedtuple("_Probe", "field").field)  # type: ignore[attr-defined]


def slot_fields(cls: _Class) -> _Class:
    """Give a named tuple's fields the descriptor of a slot, reading the same tuple item.

    A named tuple's field (`token.text`) is a `_tuplegetter`, a descriptor the CPython 3.11
    interpreter does not specialise: each read takes the generic attribute path (the type's
    method cache, a descriptor call), some 80 machine instructions, where a read of a slot's
    member descriptor, specialised, takes about 15. The extractor reads its tokens' and
    frames' fields some 7,000 times an article (benchmarks/README.md, speed23). This makes
    each field a read-only member descriptor (the kind `__slots__` makes, which a tuple's
    subclass may not declare) at the item's offset in the tuple, `tuple.__basicsize__` plus
    the item's index times `tuple.__itemsize__`: the same value, read the same way by the
    interpreter's slot path. Every instance must hold as many items as the class has fields,
    as the named tuple's own `__new__`, `_make` and `_replace` ensure (a caller building one
    by `tuple.__new__` must pass them all). Anything but a plain named tuple on CPython (its
    fields' descriptors not `_tuplegetter`s in field order, added slots or a dict) is left as
    it is."""
    fields: tuple[str, ...] = getattr(cls, "_fields", ())
    if (
        sys.implementation.name != "cpython"
        or not hasattr(ctypes, "pythonapi")
        or cls.__bases__ != (tuple,)
        or cls.__dict__.get("__slots__") != ()
        or cls.__basicsize__ != tuple.__basicsize__  # type: ignore[attr-defined]
        or tuple.__itemsize__ != ctypes.sizeof(ctypes.c_void_p)  # type: ignore[attr-defined]
        or not fields
        or any(type(cls.__dict__.get(name)) is not _TUPLE_GETTER for name in fields)
    ):
        return cls
    probe = tuple.__new__(cls, [object() for _ in fields])
    if any(getattr(probe, name) is not probe[k] for k, name in enumerate(fields)):
        return cls  # the getters are not the items in field order
    new_member = ctypes.pythonapi.PyDescr_NewMember
    new_member.restype = ctypes.py_object
    new_member.argtypes = [ctypes.py_object, ctypes.c_void_p]
    for k, name in enumerate(fields):
        offset = tuple.__basicsize__ + k * tuple.__itemsize__  # type: ignore[attr-defined]
        member = _MemberDef(name.encode(), _T_OBJECT_EX, offset, _READONLY, None)
        _MEMBER_DEFS.append(member)
        setattr(cls, name, new_member(cls, ctypes.addressof(member)))
    return cls


@direct_init
@dataclass(frozen=True)
class QuantityMention:
    """A figure found in text, normalized: see DESIGN.md "Quantities" for the bounds rule."""

    text: str
    span: Span
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    unit: str | None = None
    unit_key: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "value": json_number(self.value),
            "low": json_number(self.low),
            "high": json_number(self.high),
            "qualifier": self.qualifier,
            "unit": self.unit,
            "unit_key": self.unit_key,
        }


@direct_init
@dataclass(frozen=True)
class TimeMention:
    """A time reference resolved against the publication date; start/end are inclusive.

    A vague span that is only known to lie after (or before) the publication date has the
    open side set to None.
    """

    text: str
    span: Span
    start: date | None
    end: date | None
    granularity: str
    warning: str | None = None
    # ISO 8601 length the text states ("for three years": P3Y); for a `set`, its period (P1Y).
    duration: str | None = None
    # For a vague reference ("now", "in the past", "in the coming days"): past, present or future.
    reference: str | None = None
    # The part of its period the text names: a part of the day ("Thursday morning": morning), a
    # season ("last summer": summer), or early/mid/late ("mid-June", "أواخر الشهر"; start and end
    # stay the whole period).
    part: str | None = None
    # The time of day the text states, HH:MM on a 24-hour clock ("9 a.m. Tuesday": 09:00; midnight
    # ending the day: 24:00); start and end stay that day.
    clock: str | None = None
    # Times written inside this one that TimeML tags as times of their own: the day "the six months
    # ended Oct. 1" ends on, the two ends of "from Aug. 26 to Oct. 20", the year of "the first nine
    # months of 1997", the start of "since December 2011". Only the TimeML writer reads them
    # (factcheck/extract/timex3.py): the mention's own start and end already hold what they say, so
    # to_json leaves them out.
    parts: tuple[TimeMention, ...] = ()
    # For a `set`, how many times in each of its periods the text says ("twice a year": 2, "ثلاث
    # مرات في الشهر": 3); None when it says once or does not count.
    times: int | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "span": list(self.span),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity,
        }
        if self.warning:
            data["warning"] = self.warning
        for key in ("duration", "reference", "part", "clock", "times"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@direct_init
@dataclass(frozen=True)
class ClaimDraft:
    """One checkable statement found by the extractor, not yet stored."""

    sentence: str
    sentence_span: Span
    span: Span
    quantity: QuantityMention | None
    time: TimeMention | None
    attribution: str | None
    fingerprint: str
    kind: str = "figure"  # "figure", or "event" for a dated statement without one
    attribution_role: str | None = None  # the title before the name: "وزير الخارجية الأمريكي"
    attribution_key: str | None = None  # the speaker in any language: "org:who", "person:blinken"
    entities: frozenset[str] = frozenset()  # "place:kursk", "person:blinken"
    place: str | None = None  # the place the figure is about, one of `entities`
    worth: float = 0.0  # check-worthiness, see worth.py
    # When the sentence dates its report apart from what the figure is about ("exports fell in April,
    # the ministry said on Tuesday"): the report's time; `time` is then April.
    reported_time: TimeMention | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "sentence": self.sentence,
            "span": list(self.span),
            "quantity": self.quantity.to_json() if self.quantity else None,
            "time": self.time.to_json() if self.time else None,
            "reported_time": self.reported_time.to_json() if self.reported_time else None,
            "attribution": self.attribution,
            "attribution_role": self.attribution_role,
            "attribution_key": self.attribution_key,
            "entities": sorted(self.entities),
            "place": self.place,
            "worth": self.worth,
            "fingerprint": self.fingerprint,
        }
