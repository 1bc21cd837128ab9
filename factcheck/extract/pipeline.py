"""The extractor's one entry point: text + publication date + language -> claims.

Pure functions: no I/O, no database. `analyze` gives every quantity and time (what `parse`
prints); `extract` assembles them into claim drafts (what `add` stores).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

from factcheck.errors import InputError, UsageError
from factcheck.extract import dates, numbers, unit_model
from factcheck.extract.claims import Attributor, build_claims, document_credit
from factcheck.extract.entities import find_entities
from factcheck.extract.language_id import identify
from factcheck.extract.text import TokenizedText, fold_text, lexicon_sentence_spans, tokenize_text
from factcheck.extract.types import ClaimDraft, QuantityMention, TimeMention
from factcheck.extract.worth import Signals, signals_for
from factcheck.lang import Lexicon, available_languages, load_lexicon

if TYPE_CHECKING:
    from factcheck.extract.datetext import WrittenDate


@dataclass(frozen=True)
class Analysis:
    language: str
    published: date
    quantities: list[QuantityMention]
    times: list[TimeMention]


def detect_language(text: str) -> str:
    """The shipped language the text is in: by its letters' script (`script_language`), unless
    the language detector is sure of its language (`language_id.identify`: a text long enough,
    mostly in one language). A language no lexicon reads is refused by its name, not read as
    the shipped language of its script (French as English, Persian as Arabic); a shipped one is
    the answer when it is written in the script's letters (the seam for two shipped languages
    that share a script). Short or mixed texts keep the script rule's answer."""
    by_script = script_language(text)
    found = identify(text, unless=by_script)
    if found is None:
        return by_script
    scripts = dict(_scripts_by_language())
    if found.code in scripts:
        return found.code if scripts[found.code] == scripts[by_script] else by_script
    raise _no_lexicon(f"the text is in {found.name}, which")


def script_language(text: str) -> str:
    """The shipped language whose script most of the letters are in.

    A text without letters (figures only) is read as English, the lexicon whose digits and
    separators are the plainest. A text mostly in letters no lexicon reads is refused by their
    script's name (`_refuse_other_scripts`). Letters are counted in their compatibility form
    (NFKC): fullwidth Latin ("Ｔｈｅ") and styled letters ("𝐓𝐡𝐞", Unicode's "Mathematical"
    alphabets) are Latin letters written differently, no script of their own.
    """
    head = unicodedata.normalize("NFKC", text[:20000])
    counts = _script_counts(head)
    best, best_count = "en", 0
    for code, script in _scripts_by_language():
        if counts.get(script, 0) > best_count:
            best, best_count = code, counts[script]
    if best_count * 2 < len(head):
        _refuse_other_scripts(head, best_count)
    return best


def _refuse_other_scripts(head: str, shipped: int) -> None:
    """Refuse a text most of whose letters are in a script no shipped lexicon reads (Cyrillic,
    Han, Greek, ...), by the script's name, instead of reading it as English: its words would be
    misread and its figures stored as claims about nothing. Only counted when the shipped
    scripts' letters are under half the text (an article in them is mostly their letters)."""
    shipped_scripts = {script for _, script in _scripts_by_language()}
    others = Counter(script for ch in head if ch.isalpha() and (script := _script(ch)) not in shipped_scripts)
    if not others or sum(others.values()) <= shipped:
        return
    script = others.most_common(1)[0][0]
    name = script if len(script) <= 3 else script.title()  # CJK, else Cyrillic, Greek
    raise _no_lexicon(f"the text is written in {name} letters, which")


def _no_lexicon(what: str) -> InputError:
    """The refusal of a text no shipped lexicon reads: `what` names it ("the text is in French,
    which")."""
    return InputError(
        f"{what} no lexicon reads (have: {', '.join(available_languages())});"
        f" --lang LANG reads it as one of those anyway"
    )


@dataclass(frozen=True)
class _ScriptClasses:
    """The characters read so far, as regex classes: `unseen` matches a character not yet
    read; `letters[script]` a run of the letters read so far that are in `script`."""

    seen: frozenset[str]
    unseen: re.Pattern[str]
    letters: dict[str, re.Pattern[str]]


def _script_classes(seen: frozenset[str]) -> _ScriptClasses:
    by_script: dict[str, list[str]] = {}
    for ch in sorted(seen):
        if ch.isalpha():
            by_script.setdefault(_script(ch), []).append(ch)
    wanted = {script for _, script in _scripts_by_language()}
    letters = {
        script: re.compile("[" + "".join(map(re.escape, chars)) + "]+")
        for script, chars in by_script.items()
        if script in wanted
    }
    unseen = re.compile("[^" + "".join(map(re.escape, sorted(seen))) + "]")
    return _ScriptClasses(seen, unseen, letters)


# Replaced whole (never changed in place), so a thread reading it sees one consistent set.
_classes = _ScriptClasses(frozenset(), re.compile(r"[\s\S]"), {})
# The most characters the classes are made of. Each new character makes them anew, at a cost
# that grows with those already read (a CJK or emoji-rich stream meeting new characters without
# end took 0.2 s an article by 20,000 of them, in a long-running `serve` or bulk add); the sets'
# articles have 155 distinct characters. A text with a new character past this many is counted
# character by character, as before the classes (the same counts, the old cost).
_MAX_SEEN = 1024


def _script_counts(text: str) -> dict[str, int]:
    """How many letters of `text` are in each shipped lexicon's script.

    Counting character by character makes a string object of every letter outside Latin-1 (an
    Arabic article's every letter: most of the language detection's cost). Instead, once every
    character of the text is among those read so far (a new one makes the classes anew, as the
    first few articles do), each script's letters are removed by one regex pass, and the count
    is the length lost: the same counts, by C loops."""
    global _classes
    classes = _classes
    new = set(classes.unseen.findall(text))
    if new:
        if len(classes.seen) + len(new) > _MAX_SEEN:
            return _counted_by_character(text)
        classes = _classes = _script_classes(classes.seen | new)
    return {script: len(text) - len(pattern.sub("", text)) for script, pattern in classes.letters.items()}


def _counted_by_character(text: str) -> dict[str, int]:
    """`_script_counts` by a Counter over the characters (for a text the classes do not cover)."""
    wanted = {script for _, script in _scripts_by_language()}
    counts: dict[str, int] = {}
    for ch, count in Counter(text).items():
        if ch.isalpha():
            script = _script(ch)
            if script in wanted:
                counts[script] = counts.get(script, 0) + count
    return counts


@cache
def _script(ch: str) -> str:
    """The script a letter is written in: the first word of its Unicode name ("ARABIC")."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


@cache
def _scripts_by_language() -> tuple[tuple[str, str], ...]:
    """(language, its script's name in upper case) of every shipped lexicon, by language code."""
    return tuple((code, load_lexicon(code).meta("script", "").upper()) for code in sorted(_languages()))


@cache
def _languages() -> frozenset[str]:
    """The shipped lexicons (a package listing, read once per process)."""
    return frozenset(available_languages())


def lexicon_for(text: str, lang: str) -> Lexicon:
    code = detect_language(text) if lang == "auto" else lang
    if code not in _languages():
        raise UsageError(f"unknown language {lang!r} (choose from auto, {', '.join(available_languages())})")
    return load_lexicon(code)


# Units whose approximate count is a span of the calendar ("almost four years"), not a measure.
_CALENDAR_SPANS = frozenset({"week", "month", "year", "decade"})
# Keys of a unit of time: a quantity counting one of them is a length of time, the time engine's.
_TIME_KEYS = _CALENDAR_SPANS | {"second", "minute", "hour", "day", "century"}


class _Containers:
    """Durations inside a time expression ("منذ 3 أيام") and numbers of a date ("the August 9
    vote") belong to the time engine: does a time span run over a quantity's start? Answered
    by bisection: of the spans starting at or before the quantity, the furthest end decides.
    """

    def __init__(self, times: list[TimeMention]) -> None:
        spans = sorted(t.span for t in times)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = list(accumulate((e for _, e in spans), max))

        # Bare durations by their first character: "15 سنة" of "15 سنة فأكثر".
        self.duration_ends = {t.span[0]: t.span[1] for t in times if t.granularity == "duration"}
        # ... and by their last: "four years" of "in almost four years".
        self.duration_starts = {t.span[1]: t.span[0] for t in times if t.granularity == "duration"}
        self.duration_starts_sorted = sorted(self.duration_ends)
        # Years by their last character: "2018" of "this year over 2018".
        self.year_starts = {t.span[1]: t.span[0] for t in times if t.granularity == "year"}
        # ... and in text order: "2019" of "five per cent below 2019 levels".
        self.year_spans = sorted(t.span for t in times if t.granularity == "year")

    def covers_start(self, span: tuple[int, int]) -> bool:
        """A time span runs over the quantity's first character: its number is part of a date
        ("the August 9 vote": "9 vote" is no figure)."""
        k = bisect_right(self.starts, span[0])
        return k > 0 and self.reach[k - 1] > span[0]

    def yields_to(self, quantity: QuantityMention) -> bool:
        """Whether the quantity is the time engine's: its start is inside a time span, unless
        that time is a bare duration in years the quantity opens and carries on past with an
        open bound ("للفئة العمرية 15 سنة فأكثر", "aged 15 years and over": an age bound, a
        figure). A bound of days or hours stays a time ("for 3 days or more"), and so does a
        duration a time word opens ("خلال 3 سنوات فأكثر")."""
        start, end = quantity.span
        year_start = self.year_starts.get(end)
        if year_start is not None and start < year_start:
            return True  # "over 2018" after a change or a year ("increase over 2016"): a year, no figure
        if self.year_is_number(quantity):
            return True  # "five per cent below 2019 levels": the year measured against, with its noun
        if not self.covers_start(quantity.span):
            # "About" before a span of the calendar leaves it the time engine's: "the lowest
            # level in almost four years" is a time as "in four years" is, no figure. A measure
            # of a wait ("أقل من 15 دقيقة") stays a figure.
            duration_start = self.duration_starts.get(end)
            return (
                duration_start is not None
                and duration_start > start
                and quantity.qualifier == "approx"
                and quantity.unit_key in _CALENDAR_SPANS
            )
        duration_end = self.duration_ends.get(start)
        if (
            duration_end is not None
            and duration_end < end
            and quantity.unit_key is not None
            and quantity.unit_key not in _TIME_KEYS
        ):
            # The duration is the first word of the counted noun of two: "950 عقد زواج" are
            # marriage contracts and "12 عقد عمل" work contracts, no 950 or 12 decades.
            return False
        age_bound = (
            quantity.unit_key == "year"
            and quantity.high is None
            and quantity.qualifier in ("at_least", "more_than")
        )
        if duration_end is None or duration_end >= end or not age_bound:
            return True
        k = bisect_left(self.starts, start)
        return k > 0 and self.reach[k - 1] > start

    def year_is_number(self, quantity: QuantityMention) -> bool:
        """Whether the quantity's number is a year the time engine found inside it past its first
        word, a qualifier ("below 2019 levels", "above 2008 figures"): the time engine took it as
        the year a change is measured against, and the words around it are no count."""
        start, end = quantity.span
        if quantity.value is None or quantity.qualifier == "exact":
            return False
        k = bisect_right(self.year_spans, (start, end))
        if k == len(self.year_spans):
            return False
        year_start, year_end = self.year_spans[k]
        if not start < year_start < end or year_end > end:
            return False
        return quantity.text[year_start - start : year_end - start] == str(quantity.value)

    def bounds_duration(self, quantity: QuantityMention, text: str, links: frozenset[str]) -> bool:
        """Whether the quantity is the first bound of a duration after it, its unit read from
        that duration ("reduced from 10 to 5 years", "خفضت من 10 إلى 5 سنوات"): a length of time
        as the duration is (the guide: prison terms too), the time engine's and no figure, when
        only a link of a range's end (qualifiers.range_to) stands between them, or a dash after a
        number read in time units."""
        timed = quantity.unit_key in _TIME_KEYS
        if not timed and (quantity.unit_key is not None or quantity.unit is not None):
            return False
        end = quantity.span[1]
        k = bisect_right(self.duration_starts_sorted, end)
        if k == len(self.duration_starts_sorted):
            return False
        between = fold_text(text[end : self.duration_starts_sorted[k]]).strip()
        return between in links or (timed and between in ("-", "–"))


def analyze_for_claims(
    text: str, published: date, lang: str = "auto", *, unit_reader: bool = True
) -> tuple[Analysis, list[tuple[int, int]], TokenizedText]:
    """The analysis, the sentences, and the text normalized and tokenized (once, for the
    quantity engine and the attributor both): what `extract` reads an article with, for a tool
    that calls `build_claims` itself. `unit_reader` False leaves every unit_key the rules' pick
    (training/train_units.py)."""
    lex = lexicon_for(text, lang)
    tokenized = tokenize_text(text)
    times = dates.find_times(text, published, lex, tokenized)
    containers = _Containers(times)
    range_to = lex.words("qualifiers", "range_to")
    found = [
        q
        for q in numbers.find_quantities(text, lex, tokenized)
        if not containers.yields_to(q) and not containers.bounds_duration(q, text, range_to)
    ]
    sentences = lexicon_sentence_spans(text, lex)
    scored = numbers.score_bare_figures(found, sentences, text, lex)
    quantities = numbers.restated_bounds(numbers.inherit_elided_units(scored, sentences, text, lex), text)
    quantities = numbers.localize_currencies(quantities, sentences, text, lex, tokenized)
    quantities = numbers.localize_senses(quantities, sentences, text, lex, tokenized)
    if unit_reader:
        quantities = unit_model.read_units(quantities, sentences, text, lex, tokenized, _TIME_KEYS)
    return Analysis(lex.code, published, quantities, times), sentences, tokenized


def analyze(text: str, published: date, lang: str = "auto") -> Analysis:
    """Every quantity and every time reference in `text`, resolved against `published`."""
    return analyze_for_claims(text, published, lang)[0]


def find_times(text: str, published: date, lang: str = "auto") -> list[TimeMention]:
    """Every time reference in `text`, resolved against `published`: analyze's times, without
    the quantities."""
    return dates.find_times(text, published, lexicon_for(text, lang))


def extract(
    text: str, published: date, lang: str = "auto", statement_threshold: float | None = None
) -> list[ClaimDraft]:
    """The claims of an article: one per figure, with its time, attribution and fingerprint;
    `statement_threshold` overrides the worth model's own (see claims.build_claims)."""
    analysis, sentences, tokenized = analyze_for_claims(text, published, lang)
    lex = load_lexicon(analysis.language)
    claims = build_claims(
        text, analysis.quantities, analysis.times, sentences, lex, statement_threshold, tokenized
    )
    if lex.code not in _settled:
        _settle(lex.code)
    return claims


# The languages whose first text `extract` has read (`_settle`).
_settled: set[str] = set()


def _settle(code: str) -> None:
    """Freeze what the extractor has loaded and built for a language out of the cyclic garbage
    collector's reach, once, after its first text: the lexicon and its normalized tables, the
    clitic indexes, the worth models and the unit readers, the engines' patterns (most made at that
    first text, not when the lexicon loads). They live as long as the process and hold nothing
    to collect, but are some 10,000-25,000 containers a lexicon, dicts of up to a hundred
    thousand entries among them: unfrozen, every full collection visits every entry (about
    20 ms each, one every 100-300 texts) and the older generations' collections read their
    pages again. `gc.freeze` is process-wide: it also freezes what the
    caller holds at that moment (the forkserver and `factcheck.cli.run` freeze their imports the
    same way). Reference counting still frees those objects when the caller drops them: only a
    cycle among them would outlive it, once per lexicon. In `factcheck serve` the first add of a
    language runs this inside its request, and leaves no such cycle (read17: after the add, the
    frozen objects made by the request that the collector finds unreachable once unfrozen are
    none, in English and in Arabic; a cycle dropped just before the freeze is found). So the desk
    does not warm the lexicons at start-up: that would cost 0.5 s at every start and some 30 MB
    for a language the desk may never read, to save a language's first add 0.25-0.6 s. A
    command's `add` extracts once and exits: what it freezes (in 10 us) ends with it. Done once
    per lexicon; the collector runs as before on every article's own objects
    (benchmarks/README.md, speed16: the collector's mean time an extract 176 -> 99 us)."""
    _settled.add(code)
    gc.freeze()


def text_signals(text: str, published: date, lang: str = "auto") -> tuple[Lexicon, Signals]:
    """What the extractor finds in one short text taken as a whole (a tweet, a sentence): its
    first figure, the time nearest to it (else the first dated one), who says it and the places
    and people named. The worth model is trained on these, and `factcheck worth` scores with them.
    """
    analysis = analyze(text, published, lang)
    lex = load_lexicon(analysis.language)
    quantity = analysis.quantities[0] if analysis.quantities else None
    dated = [t for t in analysis.times if t.start is not None and t.granularity != "vague"]
    if quantity is not None and dated:
        time = min(dated, key=lambda t: abs(t.span[0] - quantity.span[0]))
    else:
        time = dated[0] if dated else None
    at = quantity.span[0] if quantity is not None else len(text)
    whole = [(0, len(text))]
    source = Attributor(text, lex, whole, analysis.times, [q.span for q in analysis.quantities]).find(0, at)
    entities = [m.key for m in find_entities(text, lex)]
    return lex, signals_for(quantity, time, source.name if source else None, entities)


def absolute_dateline(
    text: str, now: datetime, lang: str = "auto", date_order: str = ""
) -> tuple[WrittenDate, tuple[int, int]] | None:
    """The publication date from an absolute dateline at the top ("Published: 1 November 2024",
    "نشر بتاريخ: الجمعة، 1 نوفمبر 2024 - 10:15 ص"), read with dateparser: the date and the line's span."""
    from factcheck.extract.datetext import find_dateline

    return find_dateline(text, now, lexicon_for(text, lang), date_order)


def dateline(text: str, now: datetime, lang: str = "auto") -> tuple[datetime, str, tuple[int, int]] | None:
    """The publication time from a relative dateline at the top ("منذ 2 شهور"), if any: the
    time, its precision and the dateline's span."""
    return dates.resolve_dateline(text, now, lexicon_for(text, lang))


def credit(text: str, lang: str = "auto") -> str | None:
    """Where the text says it comes from ("المصدر: وكالات", "(Reuters)" in the dateline): the
    article's source, never a figure's speaker."""
    return document_credit(text, lexicon_for(text, lang))
