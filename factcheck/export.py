"""Shapes of stored claims for output: the JSON object of `list`, CSV rows, NDJSON and
schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from json.encoder import encode_basestring  # the string encoder of ensure_ascii=False (in C)
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from factcheck.config import Settings
from factcheck.store import queries
from factcheck.store.models import STATUSES, VERDICTS, Article, Claim
from factcheck.values import json_number

if TYPE_CHECKING:
    from factcheck.service import SpeakerSummary

CSV_COLUMNS = (
    "id",
    "article_id",
    "status",
    "quantity_text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "unit_key",
    "time_text",
    "time_start",
    "time_end",
    "time_granularity",
    "attribution",
    "attribution_role",
    "attribution_key",
    "entities",
    "place",
    "worth",
    "kind",
    "fingerprint",
    "status_changed_at",
    "sentence",
    "origin",
)
# What the CSV says of a claim's history, flat: the latest note, every evidence link (space
# separated, oldest first), who made the latest change and how many events there are.
HISTORY_COLUMNS = ("last_note", "evidence", "actor", "history_count")
ARTICLE_COLUMNS = ("article_url", "article_title", "article_published", "article_language")


def _number(text: str | None) -> int | float | None:
    if text is None:
        return None
    if text.isdigit() and text.isascii():  # most stored figures: a whole number, read directly
        return int(text)
    return json_number(Decimal(text))


def event_record(event: Any) -> dict[str, Any]:
    """One event of a claim's history: a change of status, or a note (from = to)."""
    return {
        "from": event.from_status,
        "to": event.to_status,
        "note": event.note,
        "evidence_url": event.evidence_url,
        "actor": event.actor,
        "at": event.at.isoformat(),
        "propagated_from": event.propagated_from,
    }


def history_cells(history: Sequence[Any]) -> list[Any]:
    """HISTORY_COLUMNS of one claim."""
    notes = [e.note for e in history if e.note]
    evidence = list(dict.fromkeys(e.evidence_url for e in history if e.evidence_url))
    return [
        notes[-1] if notes else None,
        " ".join(evidence),
        history[-1].actor if history else None,
        len(history),
    ]


def verdict_note(claim: Claim, history: Sequence[Any]) -> str | None:
    """The note of the event that gave the claim its present status, if it has one."""
    for event in reversed(history):
        if event.to_status == claim.status and event.from_status != event.to_status:
            return event.note  # type: ignore[no-any-return]
    return None


def claim_record(claim: Claim) -> dict[str, Any]:
    """A stored claim as `list --format json` prints it (the shape of DESIGN.md's contracts),
    with its `history` (events oldest first) when the row carries it (lists and exports)."""
    quantity = None
    if claim.qualifier is not None:
        quantity = {
            "text": claim.quantity_text,
            "span": [claim.span_start, claim.span_end],
            "value": _number(claim.value),
            "low": _number(claim.low),
            "high": _number(claim.high),
            "qualifier": claim.qualifier,
            "unit": claim.unit,
            "unit_key": claim.unit_key,
        }
    time = None
    if claim.time_granularity is not None:
        time = {
            "text": claim.time_text,
            "span": [claim.time_span_start, claim.time_span_end],
            "start": claim.time_start.isoformat() if claim.time_start else None,
            "end": claim.time_end.isoformat() if claim.time_end else None,
            "granularity": claim.time_granularity,
        }
        if claim.time_warning:
            time["warning"] = claim.time_warning
    reported_time = None
    if claim.reported_time_granularity is not None:
        reported_time = {
            "text": claim.reported_time_text,
            "start": claim.reported_time_start.isoformat() if claim.reported_time_start else None,
            "end": claim.reported_time_end.isoformat() if claim.reported_time_end else None,
            "granularity": claim.reported_time_granularity,
        }
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "status": claim.status,
        "kind": claim.kind,
        "sentence": claim.sentence,
        "span": [claim.span_start, claim.span_end],
        "quantity": quantity,
        "time": time,
        "reported_time": reported_time,
        "attribution": claim.attribution,
        "attribution_role": claim.attribution_role,
        "attribution_key": claim.attribution_key,
        "entities": claim.entities.split(),
        "place": claim.place,
        "worth": claim.worth,
        "fingerprint": claim.fingerprint,
        "status_changed_at": claim.status_changed_at.isoformat() if claim.status_changed_at else None,
        "origin": claim.origin,
    } | ({"history": [event_record(e) for e in claim.history]} if hasattr(claim, "history") else {})


# Records written per chunk: output streams out in pieces of this many, so memory stays flat.
CHUNK = 500
# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(_FORMULA_STARTS)


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula is quoted with a leading '
    (numbers, negative ones included, are left as they are)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_STARTS) and not isinstance(value, int | float | Decimal):
        try:
            Decimal(text)
        except ArithmeticError:
            return "'" + text
    return text


def _safe_cells(row: Iterable[Any]) -> list[Any]:
    """A row's cells as _cell makes them: only text can start a formula, and the csv module
    writes every other value (None, numbers, dates) as str() would."""
    return [_cell(v) if v.__class__ is str and v[:1] in _FORMULA_FIRST else v for v in row]


def _chunks(items: Iterable[Any], size: int | None = None) -> Iterator[list[Any]]:
    size = size or CHUNK
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Unusual(Exception):
    """A value the fast JSON writer leaves to the json module (a key that is not text, a
    type it does not know), which then writes the whole record."""


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


# How json writes each kind of scalar (ensure_ascii=False, allow_nan=True).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float_text,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}
_KEY_TEXTS: dict[str, str] = {}  # '"id": ' by key: records repeat the same few keys


def _key_text(key: Any) -> str:
    if key.__class__ is not str:
        raise _Unusual
    text = encode_basestring(key) + ": "
    if len(_KEY_TEXTS) < 4096:
        _KEY_TEXTS[key] = text
    return text


def _indented(value: Any, prefix: str, out: list[str]) -> None:
    """Append `value` as json.dumps(value, ensure_ascii=False, indent=1) writes it, nested
    where a line starts with `prefix` ("\n" and a space a level). The json module writes
    indented output in pure Python, a token at a time: five times slower than this."""
    scalar = _SCALARS.get(value.__class__)
    if scalar is not None:
        out.append(scalar(value))
        return
    if value.__class__ is dict:
        if not value:
            out.append("{}")
            return
        inner = prefix + " "
        separator = "{" + inner
        for key, item in value.items():
            key_text = _KEY_TEXTS.get(key) or _key_text(key)
            scalar = _SCALARS.get(item.__class__)
            if scalar is not None:
                out.append(separator + key_text + scalar(item))
            else:
                out.append(separator + key_text)
                _indented(item, inner, out)
            separator = "," + inner
        out.append(prefix + "}")
    elif value.__class__ is list or value.__class__ is tuple:
        if not value:
            out.append("[]")
            return
        inner = prefix + " "
        separator = "[" + inner
        for item in value:
            scalar = _SCALARS.get(item.__class__)
            if scalar is not None:
                out.append(separator + scalar(item))
            else:
                out.append(separator)
                _indented(item, inner, out)
            separator = "," + inner
        out.append(prefix + "]")
    else:
        raise _Unusual


def _indented_into(record: Any, prefix: str, out: list[str]) -> None:
    """`record` as json.dumps(record, ensure_ascii=False, indent=1) with its lines after the
    first starting with `prefix`, appended to `out`."""
    mark = len(out)
    try:
        _indented(record, prefix, out)
    except _Unusual:
        del out[mark:]
        out.append(json.dumps(record, ensure_ascii=False, indent=1).replace("\n", prefix))


def json_array(records: Iterable[Any]) -> Iterator[str]:
    """A JSON array written record by record: the same text as json.dumps(list, indent=1)."""
    first = True
    for batch in _chunks(records):
        parts: list[str] = []
        for record in batch:
            parts.append("[\n " if first else ",\n ")
            _indented_into(record, "\n ", parts)
            first = False
        yield "".join(parts)
    yield "[]" if first else "\n]"


def _compact_encoder() -> Callable[[Any], str]:
    """What json.dumps(record, ensure_ascii=False) writes, by json's C encoder made once (the
    json module makes one for every call, a sixth of an NDJSON export's time). An interpreter
    whose private C encoder is missing or differs gets the json module's own."""
    from json import encoder

    plain = json.JSONEncoder(ensure_ascii=False)
    sample = {"a": [1, 2.5, None, True], "b": {"c": 'é\n"', "d": []}}
    try:
        make = encoder.c_make_encoder(  # type: ignore[misc]
            None, plain.default, encode_basestring, None, ": ", ", ", False, False, True
        )
        if "".join(make(sample, 0)) == plain.encode(sample):
            return lambda record: "".join(make(record, 0))
    except TypeError:
        pass
    return plain.encode


_compact = _compact_encoder()


def ndjson_lines(records: Iterable[Any]) -> Iterator[str]:
    for batch in _chunks(records):
        yield "".join([_compact(record) + "\n" for record in batch])


def claims_json(claims: Iterable[Claim]) -> Iterator[str]:
    return json_array(map(claim_record, claims))


def claims_ndjson(claims: Iterable[Claim]) -> Iterator[str]:
    return ndjson_lines(map(claim_record, claims))


# Records from the database's own JSON (queries.PIECE_ROW): a record's text is a template of its
# shape filled with the texts of its values. The templates are made by the writers above from a
# record whose values are slots, so the layout (separators, indentation) is theirs by
# construction; tests/test_export_speed.py checks the result against claim_record, json.dumps.
_AT = {name: position for position, name in enumerate(queries.PIECE_ROW)}
_QUALIFIER, _GRANULARITY = _AT["qualifier"], _AT["time_granularity"]
_WARNING, _REPORTED = _AT["time_warning"], _AT["reported_time_granularity"]
_NO_WARNING = ("null", '""')  # claim_record leaves out an empty warning as well as none
# Indented records are items of the top-level array: their members start lines with two spaces.
_INDENTED, _COMPACT = "\n ", None
_MEMBER = {_INDENTED: "\n  "}


def _slot(name: str) -> str:
    """A value's place in a shape: text no record holds (_template finds it by its JSON)."""
    return f"\x02{_AT[name]}\x02"


def _shape(
    quantity: bool,
    time: bool,
    warning: bool,
    reported: bool,
    article: bool,
    slot: Callable[[str], Any] = _slot,
    article_record: Any = None,
) -> dict[str, Any]:
    """claim_record's record of this shape, each value a slot for its text (the article's
    record one slot, or `article_record` when given)."""
    return {
        "id": slot("id"),
        "article_id": slot("article_id"),
        "status": slot("status"),
        "kind": slot("kind"),
        "sentence": slot("sentence"),
        "span": [slot("span_start"), slot("span_end")],
        "quantity": {
            "text": slot("quantity_text"),
            "span": [slot("span_start"), slot("span_end")],
            "value": slot("value"),
            "low": slot("low"),
            "high": slot("high"),
            "qualifier": slot("qualifier"),
            "unit": slot("unit"),
            "unit_key": slot("unit_key"),
        }
        if quantity
        else None,
        "time": (
            {
                "text": slot("time_text"),
                "span": [slot("time_span_start"), slot("time_span_end")],
                "start": slot("time_start"),
                "end": slot("time_end"),
                "granularity": slot("time_granularity"),
            }
            | ({"warning": slot("time_warning")} if warning else {})
        )
        if time
        else None,
        "reported_time": {
            "text": slot("reported_time_text"),
            "start": slot("reported_time_start"),
            "end": slot("reported_time_end"),
            "granularity": slot("reported_time_granularity"),
        }
        if reported
        else None,
        "attribution": slot("attribution"),
        "attribution_role": slot("attribution_role"),
        "attribution_key": slot("attribution_key"),
        "entities": slot("entities"),
        "place": slot("place"),
        "worth": slot("worth"),
        "fingerprint": slot("fingerprint"),
        "status_changed_at": slot("status_changed_at"),
        "origin": slot("origin"),
        "history": slot("history"),
    } | ({"article": slot("article") if article_record is None else article_record} if article else {})


def _written(value: Any, layout: str | None) -> str:
    """A value as a record's member: compact, or indented as a member of an array's item."""
    if layout is _COMPACT:
        return _compact(value)
    out: list[str] = []
    _indented_into(value, _MEMBER[layout], out)
    return "".join(out)


def _template(
    record: dict[str, Any], layout: str | None, positions: Iterable[int] = ()
) -> Callable[..., str]:
    """str.format of the record's text with {position} for each slot (of PIECE_ROW, or these)."""
    if layout is _COMPACT:
        text = _compact(record)
    else:
        out: list[str] = []
        _indented_into(record, layout, out)
        text = "".join(out)
    text = text.replace("{", "{{").replace("}", "}}")
    for position in positions or _AT.values():
        text = text.replace(encode_basestring(f"\x02{position}\x02"), f"{{{position}}}")
    return text.format


class _Texts(dict[Any, str]):
    """Texts of values that repeat (figures, worths, entity lists), made once each, at most
    _Texts.SIZE of them: a bounded memo, flat whatever the export's size."""

    SIZE = 50_000

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> str:
        if len(self) >= self.SIZE:
            self.clear()
        text = self[key] = self.make(key)
        return text


def _number_text(text: str | None) -> str:
    number = _number(text)
    return "null" if number is None else _SCALARS[number.__class__](number)


def _instant_text(raw: Any) -> str:
    """A stored instant (raw, as queries read it) as claim_record writes it."""
    return encode_basestring(queries.utc(raw).isoformat())


def _article_text(article: str, published: Any, layout: str | None) -> str:
    """An export's article record (_article_record) from its ARTICLE_PIECES array."""
    record_id, url, title, language, source = json.loads(article)[::2]
    record = {
        "id": record_id,
        "url": url,
        "title": title,
        "published": queries.utc(published).isoformat(),
        "language": language,
        "source": source,
    }
    return _written(record, layout)


def _piece_records(
    batches: Iterable[list[list[Any]]], layout: str | None, article: bool
) -> Iterator[list[str]]:
    """The text of each claim's record (claim_record, with its article in exports), a batch
    of queries.PIECE_ROW rows at a time."""
    templates: dict[tuple[bool, ...], Callable[..., str]] = {}
    numbers = _Texts(_number_text)
    worths = _Texts(lambda worth: _SCALARS[worth.__class__](worth))
    entities = _Texts(lambda text: _written(text.split(), layout))
    value, low, high = _AT["value"], _AT["low"], _AT["high"]
    worth, entity, changed = _AT["worth"], _AT["entities"], _AT["status_changed_at"]
    history, article_at, published = _AT["history"], _AT["article"], _AT["published"]
    fields = published if article else article_at  # the template's fields: those before
    last_article: Any = None
    article_text = ""
    for rows in batches:
        texts = []
        for pieces in rows:
            shape = (
                pieces[_QUALIFIER] != "null",
                pieces[_GRANULARITY] != "null",
                pieces[_WARNING] not in _NO_WARNING,
                pieces[_REPORTED] != "null",
            )
            template = templates.get(shape)
            if template is None:
                template = templates[shape] = _template(_shape(*shape, article=article), layout)
            pieces[value] = numbers[pieces[value]]
            pieces[low] = numbers[pieces[low]]
            pieces[high] = numbers[pieces[high]]
            pieces[worth] = worths[pieces[worth]]
            pieces[entity] = entities[pieces[entity]]
            if pieces[changed] is not None:
                pieces[changed] = _instant_text(pieces[changed])
            else:
                pieces[changed] = "null"
            events = pieces[history]
            pieces[history] = _written([event_record(e) for e in events], layout) if events else "[]"
            if article:
                if pieces[article_at] != last_article:
                    last_article = pieces[article_at]
                    article_text = _article_text(last_article, pieces[published], layout)
                pieces[article_at] = article_text
            del pieces[fields:]
            texts.append(template(*pieces))
        yield texts


_NAMED_SLOT = re.compile(r'"\\u0002(\w+)\\u0002"')


def record_layout(indented: bool, article: bool) -> queries.RecordLayout:
    """The text of every shape of record (claim_record's, with its article in exports), as the
    json writers write it (indented: a member of json_array's array; else ndjson's line), cut at
    its values: what the database fills in (queries.RecordLayout), up to the article's record
    in exports (the article's record, the last member, and the text after it are written by
    _record_texts). The history is written "[]" (_record_texts writes the few that are not)."""
    layout = _INDENTED if indented else _COMPACT

    def slot(name: str) -> str:
        return f"\x02{name}\x02"

    shapes = {}
    after_article = None
    for bits in range(16):
        has = [
            bool(bits & queries.RECORD_SHAPE[part]) for part in ("quantity", "time", "warning", "reported")
        ]
        record = _shape(*has, article=article, slot=slot)
        record["history"] = []
        if layout is _COMPACT:
            text = _compact(record)
        else:
            out: list[str] = []
            _indented_into(record, layout, out)  # an item of the array: its members one level in
            text = "".join(out)
        parts = _NAMED_SLOT.split(text)
        literals, names = parts[0::2], parts[1::2]
        if article:  # the article's record is the last value: the database writes up to it
            if names[-1] != "article" or after_article not in (None, literals[-1]):
                raise AssertionError("a record's article is its last member, after the same text")
            after_article = literals.pop()
            names.pop()
        shapes[bits] = (tuple(literals), tuple(names))
    two = _written(["\x03", "\x04"], layout)
    first, second = encode_basestring("\x03"), encode_basestring("\x04")
    opening, rest = two.split(first)
    between, closing = rest.split(second)
    article_shape = None
    if article:  # the article's record and the text after it, once an article
        parts = _NAMED_SLOT.split(_written(_article_record(_article_slots()), layout) + after_article)  # type: ignore[arg-type, operator]
        article_shape = (tuple(parts[0::2]), tuple(parts[1::2]))
    return queries.RecordLayout(shapes, (opening, between, closing), after_article, article_shape)


def _article_slots() -> _Stand:
    """A stand-in article whose values are slots (queries.ARTICLE_SLOTS names them)."""
    slots = _Stand(**{name: f"\x02{name}\x02" for name in ("id", "url", "title", "language")})
    slots.source_name = "\x02source\x02"
    slots.published = _Day("published")
    return slots


_EMPTY_HISTORY = '"history": []'


def _record_texts(
    batches: Iterable[queries.RecordBatch], layout: str | None, article: bool, encoded: bool = False
) -> Iterator[tuple[list[Any], list[Any] | None]]:
    """The text of each claim's record from the lines the database wrote, a batch at a time:
    the lines as they are and, in exports, what follows each (its article's record, written
    by the database once an article, or by Python for an article it could not write); the
    histories written into the lines of claims that have one (the only "history" key in a
    line: a quote inside a string is escaped), and the whole records of claims the database
    could not write made by the PIECE_ROW writer, in their places. `encoded`: the lines and
    the articles' texts are UTF-8 bytes (queries.stream_export_records), and so is what
    Python writes into them."""
    after_article = record_layout(layout is _INDENTED, article).after_article if article else None
    code: Callable[[str], Any] = str.encode if encoded else str
    empty_history = code(_EMPTY_HISTORY)
    for batch in batches:
        lines: list[Any] = batch.lines
        ends = None
        if batch.article_ids is not None and batch.article_texts is not None:
            texts: dict[int, Any] = batch.article_texts
            if batch.articles:  # articles the database could not write
                texts = texts | {
                    article_id: code(_written(_article_record(row), layout) + after_article)  # type: ignore[operator]
                    for article_id, row in batch.articles.items()
                }
            ends = list(map(texts.__getitem__, batch.article_ids))
        if not batch.slow and not batch.histories:
            yield lines, ends
            continue
        position = {claim_id: at for at, claim_id in enumerate(batch.ids)}
        slow = set()
        if batch.slow:
            ids = [int(pieces[_AT["id"]]) for pieces in batch.slow]
            for claim_id, text in zip(ids, next(_piece_records([batch.slow], layout, article)), strict=True):
                at = position[claim_id]
                lines[at] = code(text)
                if ends is not None:
                    ends[at] = code("")  # the record is whole
                slow.add(claim_id)
        for claim_id, events in batch.histories.items():
            at = position.get(claim_id)
            if at is not None and claim_id not in slow:
                history = '"history": ' + _written([event_record(e) for e in events], layout)
                lines[at] = lines[at].replace(empty_history, code(history), 1)
        yield lines, ends


def _interleaved(lines: list[Any], ends: list[Any] | None, separator: Any, *, before: bool) -> list[Any]:
    """Each line, its end (if any) and the separator (before it, or after it), as one list for
    one join: each record's text is copied once, not once a concatenation."""
    columns = [lines] if ends is None else [lines, ends]
    step = len(columns) + 1
    parts = [separator] * (step * len(lines))
    for offset, column in enumerate(columns, start=1 if before else 0):
        parts[offset::step] = column
    return parts


def export_records_json(
    batches: Iterable[queries.RecordBatch], *, article: bool = True, encoded: bool = False
) -> Iterator[Any]:
    """export --format json (list's with article=False) from record arrays: json_array's text
    (`encoded`: as UTF-8 bytes, from batches whose lines are, stream_export_records)."""
    code: Callable[[str], Any] = str.encode if encoded else str
    first = True
    for lines, ends in _record_texts(batches, _INDENTED, article, encoded):
        if lines:
            parts = _interleaved(lines, ends, code(",\n "), before=True)
            parts[0] = code("[\n " if first else ",\n ")
            yield code("").join(parts)
            first = False
    yield code("[]" if first else "\n]")


def export_records_ndjson(
    batches: Iterable[queries.RecordBatch], *, article: bool = True, encoded: bool = False
) -> Iterator[Any]:
    """export --format ndjson (list's with article=False) from record arrays: ndjson_lines' text
    (`encoded`: as UTF-8 bytes, from batches whose lines are, stream_export_records)."""
    code: Callable[[str], Any] = str.encode if encoded else str
    for lines, ends in _record_texts(batches, _COMPACT, article, encoded):
        if lines:
            yield code("").join(_interleaved(lines, ends, code("\n"), before=False))


def _csv(header: Sequence[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for batch in _chunks(rows, CHUNK * 4):
        writer.writerows([_safe_cells(row) for row in batch])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


# A claim's CSV_COLUMNS values, in one C call.
_csv_values = attrgetter(*CSV_COLUMNS)


def _claim_cells(claim: Claim) -> list[Any]:
    return [*_csv_values(claim), *history_cells(getattr(claim, "history", ()))]


def claims_csv(claims: Iterable[Claim]) -> Iterator[str]:
    return _csv([*CSV_COLUMNS, *HISTORY_COLUMNS], map(_claim_cells, claims))


def articles_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`articles --format csv`: the JSON records flattened, one count column per status."""
    header = ["id", "title", "url", "language", "published", "published_precision", "published_origin"]
    header += ["source", "author", "version", "previous_version"]
    rows = ([record[k] for k in header] + [record["claims"][s] for s in STATUSES] for record in records)
    return _csv(header + list(STATUSES), rows)


def _article_cells(article: Article) -> list[Any]:
    return [article.url, article.title, article.published.isoformat(), article.language]


def export_csv(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    """Every claim with its article, one row each."""
    return _csv(
        [*CSV_COLUMNS, *HISTORY_COLUMNS, *ARTICLE_COLUMNS],
        ([*_claim_cells(claim), *_article_cells(article)] for claim, article in rows),
    )


_CHANGED_AT = CSV_COLUMNS.index("status_changed_at")
_NO_HISTORY = history_cells(())


def _cell_rows(batches: Iterable[list[list[Any]]], article: bool) -> Iterator[list[list[Any]]]:
    """Rows of CSV_COLUMNS as stored (the instant raw), the history and, with `article`, the
    article's url, title, raw publication time and language (queries.CsvBatch.slow) as the
    cells the csv writer takes, a batch at a time (the rows are reused): the cells export_csv
    and claims_csv write, without a row view."""
    history_at = len(CSV_COLUMNS)
    last_article: list[Any] = []
    article_cells: list[Any] = []
    for rows in batches:
        out = []
        for cells in rows:
            if cells[_CHANGED_AT] is not None:
                cells[_CHANGED_AT] = str(queries.utc(cells[_CHANGED_AT]))  # as csv writes a datetime
            if article and cells[history_at + 1 :] != last_article:
                url, title, published, language = last_article = cells[history_at + 1 :]
                article_cells = [url, title, queries.utc(published).isoformat(), language]
            history = cells[history_at]
            del cells[history_at:]
            cells += history_cells(history) if history else _NO_HISTORY
            cells += article_cells
            out.append(_safe_cells(cells))
        yield out


def _csv_header(article: bool) -> list[str]:
    return [*CSV_COLUMNS, *HISTORY_COLUMNS, *(ARTICLE_COLUMNS if article else ())]


def export_lines_csv(batches: Iterable[queries.CsvBatch], *, article: bool = True) -> Iterator[str]:
    """export --format csv (list's with article=False) from the texts the database writes
    (queries.stream_export_csv, list_csv): the claim's cells as they are, the history's cells
    after them and, in exports, the article's cells (written once an article), and the rows
    the database could not write made from their columns as stored (_cell_rows), in their
    places: the text export_csv (claims_csv) writes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def written(cells: list[Any]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue()

    no_history = written(_safe_cells(_NO_HISTORY))[:-1]
    ends: dict[int, str] = {}  # ",{the article's cells}\n" by article id
    plain_ends: dict[int | None, str] = {None: f",{no_history}\n"}  # a line's end after its head
    yield written(_csv_header(article))
    for batch in batches:
        if batch.article_texts is not None:  # the batch's articles' cells, written by the database
            ends = batch.article_texts.copy()
            for article_id, row in (batch.articles or {}).items():  # those it could not write
                ends[article_id] = "," + written(_safe_cells(_article_cells(row)))
            plain_ends = {article_id: f",{no_history}{end}" for article_id, end in ends.items()}
        count = len(batch.ids)
        parts: list[str | None] = [None] * (2 * count)  # each line's head and its end: one join
        parts[0::2] = batch.heads
        if article and batch.article_ids:
            parts[1::2] = map(plain_ends.__getitem__, batch.article_ids)
        else:
            parts[1::2] = [plain_ends[None]] * count
        if batch.slow or batch.histories:
            position = {claim_id: at for at, claim_id in enumerate(batch.ids)}
            if batch.slow:
                rows = next(_cell_rows([list(batch.slow.values())], article))
                for claim_id, cells in zip(batch.slow, rows, strict=True):
                    at = 2 * position[claim_id]
                    parts[at : at + 2] = [written(cells), ""]
            for claim_id, events in batch.histories.items():
                at = position.get(claim_id)
                if at is not None and batch.heads[at] is not None and events:  # a line the database wrote
                    middle = written(_safe_cells(history_cells(events)))[:-1]
                    end = ends[batch.article_ids[at]] if article else "\n"  # type: ignore[index]
                    parts[2 * at + 1] = f",{middle}{end}"
        yield "".join(parts)  # type: ignore[arg-type]


def _article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat(),
        "language": article.language,
        "source": article.source_name,
    }


def _records_with_articles(rows: Iterable[tuple[Claim, Article]]) -> Iterator[dict[str, Any]]:
    """Each claim's record with its article's; claims of one article in a row share its record (the rows
    of one article are one object, stream_claims_with_articles)."""
    last: Any = None
    shared: dict[str, Any] = {}
    for claim, article in rows:
        if article is not last:
            last, shared = article, _article_record(article)
        record = claim_record(claim)
        record["article"] = shared
        yield record


def export_json(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    return json_array(_records_with_articles(rows))


def export_ndjson(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    return ndjson_lines(_records_with_articles(rows))


_CLAIM_REVIEWED_CHARS = 160


def claim_reviewed(claim: Claim) -> str:
    """The claim as stated, short and without the verdict: the words of its sentence around
    the figure (two figures in one sentence give two different texts), cut at word boundaries."""
    return reviewed_text(claim.sentence, claim.sentence_start, claim.span_start, claim.span_end)


def reviewed_text(sentence: str, sentence_start: int, span_start: int, span_end: int) -> str:
    """claim_reviewed of a claim with this sentence, starting there, and its figure's span."""
    if len(sentence) <= _CLAIM_REVIEWED_CHARS:
        return " ".join(sentence.split())
    figure_start = max(0, span_start - sentence_start)
    figure_end = min(len(sentence), span_end - sentence_start)
    room = max(0, _CLAIM_REVIEWED_CHARS - (figure_end - figure_start)) // 2
    start = max(0, figure_start - room)
    end = min(len(sentence), figure_end + room)
    if start > 0:
        start = sentence.find(" ", start, figure_start) + 1 or start
    if end < len(sentence):
        cut = sentence.rfind(" ", figure_end, end)
        end = cut if cut > 0 else end
    text = " ".join(sentence[start:end].split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "")


def claim_review(claim: Claim, article: Article, settings: Settings) -> dict[str, Any]:
    """One schema.org ClaimReview (https://schema.org/ClaimReview) for a claim with a verdict."""
    confirmed = claim.status == "confirmed"
    item: dict[str, Any] = {
        "@type": "Claim",
        "datePublished": article.published.date().isoformat(),
        "appearance": [{"@type": "CreativeWork", "url": article.url, "headline": article.title}]
        if article.url
        else [{"@type": "CreativeWork", "headline": article.title}],
    }
    if claim.attribution:
        key = claim.attribution_key or ""
        person = key.startswith("person:") or (not key and claim.attribution_role is not None)
        item["author"] = {"@type": "Person" if person else "Organization", "name": claim.attribution}
        if claim.attribution_role:
            item["author"]["jobTitle" if person else "description"] = claim.attribution_role
        if key:
            # The same speaker in every language: "org:who" for WHO and منظمة الصحة العالمية.
            item["author"]["identifier"] = key
    elif article.source_name:
        item["author"] = {"@type": "Organization", "name": article.source_name}
    reviewed_at = claim.status_changed_at or claim.created_at
    body = verdict_note(claim, getattr(claim, "history", ()))
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": settings.review_url.format(id=claim.id),
        "claimReviewed": claim_reviewed(claim),
        "datePublished": reviewed_at.date().isoformat(),
        "inLanguage": article.language,
        "author": {
            "@type": "Organization",
            "name": settings.review_organization,
            "url": settings.review_organization_url,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": settings.confirmed_rating if confirmed else settings.disputed_rating,
            "bestRating": settings.best_rating,
            "worstRating": settings.worst_rating,
            "alternateName": settings.confirmed_label if confirmed else settings.disputed_label,
        },
        "itemReviewed": item,
    } | ({"reviewBody": body} if body else {})


def _embeddable(text: Any) -> Any:
    """JSON that can sit inside <script type="application/ld+json">: no <, > or & as such
    (text, or its UTF-8 bytes)."""
    if text.__class__ is bytes:
        return text.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def export_claimreview(rows: Iterable[tuple[Claim, Article]], settings: Settings) -> Iterator[str]:
    """ClaimReview JSON-LD for every claim with a verdict (unverified claims have none)."""
    for chunk in json_array(claim_review(c, a, settings) for c, a in rows if c.status in VERDICTS):
        yield _embeddable(chunk)


# ClaimReview records written by the database (export --format claimreview): the text of each
# shape of review is claim_review's own, made from stand-ins whose values are slots (its
# branches decided by each stand-in's bits), written by json_array's writer and cut at the
# slots (queries.ReviewLayout). A slot inside a text (the claim's id in the review's url) is
# marked apart from a slot that is a whole value.
_IN_TEXT = "\x03"
_REVIEW_SLOT = re.compile(r'"\\u0002(\w+)\\u0002"|\\u0003(\w+)\\u0003')


class _Day:
    """A stand-in datetime whose day is a slot."""

    def __init__(self, name: str) -> None:
        self.name = name

    def date(self) -> _Day:
        return self

    def isoformat(self) -> str:
        return f"\x02{self.name}\x02"


class _Key(str):
    """A stand-in speaker key (a slot) that starts with "person:" or not, as the shape says."""

    person: bool

    def startswith(self, *_: Any) -> bool:  # type: ignore[override]
        return self.person


class _Stand:
    """A stand-in row: its attributes as given."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def _review_stand_ins(bits: int, body: bool) -> tuple[_Stand, _Stand]:
    """A claim (with its history) and an article for claim_review, of this shape
    (queries.REVIEW_SHAPE bits), their values slots."""
    shape = queries.REVIEW_SHAPE
    status = "confirmed" if bits & shape["confirmed"] else "disputed"
    attribution = key = role = None
    source = None
    if bits & shape["attribution"]:
        attribution = "\x02attribution\x02"
        if bits & shape["key"]:
            key = _Key("\x02attribution_key\x02")
            key.person = bool(bits & shape["person"])
        if bits & shape["role"]:
            role = "\x02attribution_role\x02"
        elif bits & shape["person"] and not bits & shape["key"]:
            role = ""  # no key: a role, even an empty one, makes the speaker a person
    elif bits & shape["source"]:
        source = "\x02source\x02"
    history = [_Stand(from_status="unverified", to_status=status, note="\x02body\x02")] if body else []
    claim = _Stand(
        id=f"{_IN_TEXT}id{_IN_TEXT}",
        status=status,
        sentence="\x02reviewed\x02",
        sentence_start=0,
        span_start=0,
        span_end=0,
        attribution=attribution,
        attribution_key=key,
        attribution_role=role,
        status_changed_at=_Day("reviewed_on"),
        created_at=None,
        history=history,
    )
    article = _Stand(
        url="\x02url\x02" if bits & shape["url"] else None,
        title="\x02title\x02",
        language="\x02language\x02",
        published=_Day("published_on"),
        source_name=source,
    )
    return claim, article


def _review_text(review: dict[str, Any]) -> tuple[list[str], list[str]]:
    """A review as an item of json_array's array, cut at its slots: literals and names."""
    out: list[str] = []
    _indented_into(review, _INDENTED, out)
    parts = _REVIEW_SLOT.split("".join(out))
    literals = parts[0::3]
    names = [whole or in_text for whole, in_text in zip(parts[1::3], parts[2::3], strict=True)]
    return literals, names


def _joined(literals: Sequence[str], names: Sequence[str]) -> str:
    """A text cut at its slots put together again, each slot as its name."""
    slots = [f"\x02{name}\x02" for name in names]
    return "".join(part for pair in zip(literals, [*slots, ""], strict=True) for part in pair)


def review_layout(settings: Settings) -> queries.ReviewLayout | None:
    """The text of every shape of ClaimReview record claim_review writes with these settings,
    cut at its values (queries.ReviewLayout); None when the review's url is not the claim's id
    within fixed text (a format spec such as {id:05d}), which only claim_review can write."""
    in_text = f"{_IN_TEXT}id{_IN_TEXT}"
    try:
        url = settings.review_url.format(id=in_text)
        if any(settings.review_url.format(id=n) != url.replace(in_text, str(n)) for n in (0, 7, 1234567890)):
            return None
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return None
    shapes: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    body: tuple[int, str, str] | None = None
    heads = set()
    for bits in queries.review_shapes():
        literals, names = _review_text(claim_review(*_review_stand_ins(bits, body=False), settings))  # type: ignore[arg-type]
        # Python writes the text up to the claimReviewed (the url's id and the text around it);
        # the database the rest, from its first literal on.
        reviewed = names.index("reviewed")
        heads.add((tuple(literals[: reviewed + 1]), tuple(names[:reviewed])))
        shapes[bits] = (tuple(literals[reviewed + 1 :]), tuple(names[reviewed + 1 :]))
        # The same review with a body: the no-body text with the body's member put before its end.
        plain = _joined(literals, names)
        written = _joined(*_review_text(claim_review(*_review_stand_ins(bits, body=True), settings)))  # type: ignore[arg-type]
        end = 0  # the text both end with: the review's closing
        while end < len(plain) and plain[-1 - end] == written[-1 - end]:
            end += 1
        head = len(plain) - end
        member = written[head : len(written) - end]
        before, found, after = member.partition("\x02body\x02")
        if not (written[:head] == plain[:head] and written[len(written) - end :] == plain[head:] and found):
            raise AssertionError("a review's body is its last member")
        if body not in (None, (end, before, after)):
            raise AssertionError("every shape of review ends alike")
        body = (end, before, after)
    assert body is not None
    if len(heads) != 1:
        raise AssertionError("every shape of review begins alike, up to its claimReviewed")
    (head, head_names), *_ = heads
    if any(name != "id" for name in head_names):
        raise AssertionError("only the url's ids come before a review's claimReviewed")
    return queries.ReviewLayout(shapes, *body, head=head)


def _texts_of(texts: Iterable[str], encoded: bool) -> list[Any]:
    """These texts (none holding a NUL character) as a list, each as UTF-8 bytes if `encoded`:
    joined, encoded and split again at once, not a call a text."""
    if not encoded:
        return list(texts)
    return "\x00".join(texts).encode().split(b"\x00")


def export_reviews(
    batches: Iterable[queries.ReviewBatch],
    layout: queries.ReviewLayout,
    settings: Settings,
    *,
    encoded: bool = False,
) -> Iterator[Any]:
    """export --format claimreview from the review texts the database writes in this layout
    (review_layout(settings)): each review's beginning (up to its claimReviewed, the claim's
    id in the url), its claimReviewed, then the database's text, with the bodies and the
    claims it could not write filled in: the text export_claimreview writes. A batch's pieces
    are joined once (each review's text copied once). `encoded`: as UTF-8 bytes, from batches
    whose texts are (queries.stream_export_reviews)."""
    code: Callable[[str], Any] = str.encode if encoded else str
    # each review: its opening, then the claim's id and the text after it for each id in its
    # url (the text up to its claimReviewed), its claimReviewed, the rest
    opening = code("[\n " + layout.head[0])
    between = code(",\n " + layout.head[0])
    afters = [code(after) for after in layout.head[1:]]
    ids_in_url = len(layout.head) - 1
    stride = 2 * ids_in_url + 3
    first = True
    for batch in batches:
        count = len(batch.ids)
        if not count:
            continue
        tails: list[Any] = batch.lines
        if batch.histories:
            slow = {claim.id for claim, _ in batch.slow}  # their bodies are written with them
            for at, (claim_id, status) in enumerate(zip(batch.ids, batch.statuses, strict=True)):
                events = batch.histories.get(claim_id)
                if not events or claim_id in slow:
                    continue
                body = verdict_note(_Stand(status=status), events)  # type: ignore[arg-type]
                if body:
                    tail = tails[at].decode() if encoded else tails[at]  # layout.end counts characters
                    cut = len(tail) - layout.end
                    member = layout.before_body + encode_basestring(body) + layout.after_body
                    tails[at] = code(tail[:cut] + member + tail[cut:])
        parts = [between] * (stride * count)
        if ids_in_url:
            ids = _texts_of(map(str, batch.ids), encoded)
            for at, after in enumerate(afters):
                parts[1 + 2 * at :: stride] = ids
                parts[2 + 2 * at :: stride] = [after] * count
        sentences, starts, figure_starts, figure_ends = batch.sentences
        # claim_reviewed's text: most sentences are short enough to be respaced whole
        short = _CLAIM_REVIEWED_CHARS
        reviewed = [
            " ".join(sentence.split()) if len(sentence) <= short else reviewed_text(*claimed)
            for sentence, *claimed in zip(
                sentences, sentences, starts, figure_starts, figure_ends, strict=True
            )
        ]
        parts[stride - 2 :: stride] = _texts_of(map(encode_basestring, reviewed), encoded)
        parts[stride - 1 :: stride] = tails
        if first:
            parts[0] = opening
        if batch.slow:  # claims the database could not write: claim_review's whole text
            position = {claim_id: at for at, claim_id in enumerate(batch.ids)}
            for claim, article in batch.slow:
                out: list[str] = []
                _indented_into(claim_review(claim, article, settings), _INDENTED, out)
                at = stride * position[claim.id]
                parts[at : at + stride] = [
                    code("[\n " if at == 0 and first else ",\n "),
                    *[code("")] * (stride - 2),
                    code("".join(out)),
                ]
        yield _embeddable(code("").join(parts))
        first = False
    yield code("[]" if first else "\n]")


SPEAKER_COLUMNS = ("name", "key", "claims", "unverified", "articles", "dismissed", "names")


def speaker_record(speaker: SpeakerSummary) -> dict[str, Any]:
    """One quoted speaker as `sources --format json` prints it."""
    return {
        "name": speaker.name,
        "key": speaker.key,
        "claims": speaker.claims,
        "unverified": speaker.unverified,
        "articles": speaker.articles,
        "dismissed": speaker.dismissed,
        "names": list(speaker.names),
    }


def speakers_json(speakers: Sequence[SpeakerSummary]) -> str:
    return json.dumps([speaker_record(s) for s in speakers], ensure_ascii=False, indent=1)


def speakers_csv(speakers: Sequence[SpeakerSummary]) -> str:
    """CSV of `sources`; a speaker's spellings are joined with " | "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SPEAKER_COLUMNS)
    for s in speakers:
        writer.writerow(
            [s.name, s.key or "", s.claims, s.unverified, s.articles, s.dismissed, " | ".join(s.names)]
        )
    return buffer.getvalue()
