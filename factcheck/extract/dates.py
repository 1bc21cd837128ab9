"""The time engine: time expressions in news text, resolved against the publication date.

Every word it knows (weekdays, months, relative days, units, modifiers, cues) comes from the
lexicon's ``[time]`` section; this module holds only the grammar, which is the same for every
language, and the calendar arithmetic. The rules are in DESIGN.md, "Times": a bare weekday is the
most recent such day on or before publication, a future cue makes it the next one after, a date
without a year is the most recent one on or before publication, and so on.

It scans the text once: the text is normalized by the shared rules of :mod:`factcheck.textnorm`, split into
tokens, and each token whose word starts a known expression hands over to the matcher for that
kind of expression. Candidates may overlap; the longest wins. dateparser is not used: the lexicon
tables and the arithmetic below are exact for these forms and far faster.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache, partial
from itertools import compress
from typing import Generic, NamedTuple, TypeVar

from factcheck.errors import LexiconError
from factcheck.extract.datetext import first_lines
from factcheck.extract.entities import find_entities
from factcheck.extract.numbers import counted_noun_forms, noun_disagrees_with_count, parse_number_text
from factcheck.extract.text import NormalizedText, PastForms, TokenizedText, tokenize
from factcheck.extract.types import Span, TimeMention, slot_fields
from factcheck.lang import Lexicon
from factcheck.textnorm import fold_char, normalize_word, read_written_marks

WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
UNIT_KEYS = ("minute", "hour", "day", "week", "month", "year", "decade", "century")
# Calendar periods named by a modifier ("last quarter", "this week") or counted from another time of
# the text ("the year-earlier quarter", "that quarter"). A quarter is no unit of length here: "three
# quarters" is as often a fraction as nine months.
CALENDAR_KEYS = ("week", "month", "quarter", "year", "decade", "century")
ANCHORED_KEYS = (*UNIT_KEYS, "quarter")
# Decades and centuries are counted in years ("two decades": P20Y, "a decade ago": ten years back).
_YEARS_IN = {"decade": 10, "century": 100}
# The periods a set recurs in: the units of length, and the quarter ("quarterly", "every quarter":
# TimeML's P1Q), as an anchored time's.
_SET_UNITS = ANCHORED_KEYS
# A unit whose half is whole in a smaller one, for an offset by a count and a half ("a year and a
# half ago" is 18 months back): the smaller unit and how many of it make the unit.
_HALF_IN = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60)}
SEASON_KEYS = ("spring", "summer", "autumn", "winter")
# The first month of each season (northern hemisphere, meteorological: three months each).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
DAY_PART_KEYS = ("morning", "afternoon", "evening", "night")
# early/mid/late: the first, middle or last third of the period; start/end ("the end of 2014",
# "بداية العام"): the same, but for a year its first or last month.
PERIOD_PART_KEYS = ("early", "mid", "late", "start", "end", "first_half", "second_half")
# Parts of a period that narrow only a month ("the first half of April": days 1-15); the halves
# of a year are quarters' and halves' own matcher's ("the first half of 2022").
_MONTH_ONLY_PARTS = frozenset({"first_half", "second_half"})
# Windows: "the past 24 hours" ends at publication, "the next two weeks" starts there, "the first
# nine months (of 2022)" starts with the year.
# "previous": the window just before the time the text named last ("the previous three months" after
# "the three months to June"), never before publication.
_WINDOWS = ("past", "future", "first", "previous")
_ISO_UNITS = {
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
}
HIJRI_KEYS = (
    "muharram",
    "safar",
    "rabi_al_awwal",
    "rabi_al_thani",
    "jumada_al_ula",
    "jumada_al_akhira",
    "rajab",
    "shaban",
    "ramadan",
    "shawwal",
    "dhu_al_qidah",
    "dhu_al_hijjah",
)
MIN_YEAR, MAX_YEAR = 1900, 2100
# The Hijri years the Umm al-Qura tables cover (1343-1500 AH; 1900-2077 CE).
HIJRI_YEARS = (1343, 1500)
# A date without a year and without a cue that falls this few days after publication is the coming
# one (see _year_for).
BARE_AHEAD_DAYS = 62
# A year-less Hijri feast that begins this few days after publication is the coming one ("the
# government has announced three holidays for Eidul Azha" four days before it; a past verb there is
# the announcement's): the story of a feast's season speaks of the feast at hand, not of the one
# eleven months back (D33: "a reader knows which Ramadan a story of that season means").
FEAST_AHEAD_DAYS = 30
# "this Christmas" is the one just past only this few days after it ("will remember this Christmas"
# on 3 January); later in the year it is the one the year still has ahead ("expect record sales
# this Christmas" in May).
HOLIDAY_JUST_PAST_DAYS = 31
# A day without a year that a cue puts ahead ("until Oct. 19", "will meet on Oct. 19") is the coming
# one only this many days ahead: news writes the year of a day ten months away, so a day that came
# days before publication is the one meant ("this year through Oct. 19" in a paper of Oct. 27).
AHEAD_DAYS_WITHOUT_YEAR = 300
# Larger counts in an offset ("منذ 50000 يوم") are not read as times.
MAX_COUNT = 5000

_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_DATE_SEPARATORS = frozenset({"/", ".", "-"})
_ASCII_DIGITS = frozenset("0123456789")
_COMMAS = frozenset({",", "،"})
# How many words a list's item may run past its month before the mark that joins the next month
# ("February with 32; March with 39"): the month's figure and a preposition.
_MONTH_LIST_REACH = 3
# How many times found before it "of the previous year" reads back for the year the text named
# last (_Scan.last_written_part_year).
_PART_YEAR_REACH = 64
# "13-15 July", "13–15 تموز": a dash between two days makes a range.
_RANGE_DASHES = frozenset({"-", "–", "—"})
_NUMBER_GLUE = frozenset({".", ",", ":", "/", "-", "٫", "٬"})
_SENTENCE_MARKS = frozenset({".", ","})
# Blocks of code points where text.fold_char does more than lower-case (see _fold_chars).
_FOLD_RANGES = ((0x80, 0x900), (0x2000, 0x2070), (0xFB50, 0x10000))

V = TypeVar("V")
# Group keys of the [time] tables: modifiers shift a period, offsets point one way, vague spans lie
# on one side of publication.
_SHIFTS = {"past": -1, "future": 1, "current": 0, "before_last": -2, "after_next": 2}
# Modifiers two steps away ("the week before last", "العام قبل الماضي"): the matchers that take a
# modifier's mode (weekdays, months) resolve them; the others read no modifier there.
_TWO_STEPS = frozenset({"before_last", "after_next"})
_DIRECTIONS = ("past", "future")
_SIDES = ("before", "after", "now")
_SIGN_OF_SIDE = {"before": -1, "after": 1, "now": 0}
_REFERENCES = {-1: "past", 0: "present", 1: "future"}


# Marks inside a figure ("12.5", "1,200") and the percent sign written onto one.
_FIGURE_MARKS = frozenset(".,٫٬")
# Between the hours and minutes of a clock time ("at 05:00 on Wednesday"): a clock time stands in
# the clause as a figure does.
_CLOCK_MARKS = frozenset(":")
_FIGURE_SIGNS = frozenset("%٪°")


def _numeric(tok: str) -> bool:
    """Whether a token is a figure: tokens of ASCII digits (not "²", which str.isdigit accepts)."""
    return tok[:1] in _ASCII_DIGITS


# --------------------------------------------------------------------------------------------
# Normalization


@cache
def _fold_chars() -> tuple[dict[str, str], re.Pattern[str]]:
    """Characters that text.fold_char changes other than by lower-casing, and a pattern for them.

    Built once from fold_char itself, so the two cannot disagree; str.replace on the few such
    characters present, then str.lower(), is several times faster than folding char by char.
    """
    fold = getattr(fold_char, "__wrapped__", fold_char)
    changes: dict[str, str] = {}
    for low, high in _FOLD_RANGES:
        for code in range(low, high):
            ch = chr(code)
            folded = fold(ch)
            if folded not in (ch, ch.lower()):
                changes[ch] = folded
    return changes, re.compile("[" + "".join(re.escape(c) for c in changes) + "]")


def _positions(toks: list[str], words: frozenset[str]) -> list[int]:
    """``[k for k, tok in enumerate(toks) if tok in words]``, found by scans in C: most texts
    hold none of a rare set of words (one pass to say so), and a few of them each once or twice
    (each found by list.index)."""
    if words.isdisjoint(toks):
        return []
    found: list[int] = []
    for word in words.intersection(toks):
        k = -1
        for _ in range(toks.count(word)):
            k = toks.index(word, k + 1)
            found.append(k)
    found.sort()
    return found


class _Normalized:
    """Normalized text and the map of its offsets back to the original (as NormalizedText)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.origin: tuple[int, ...] | None = None
        self.dropped: list[int] = []
        changes, pattern = _fold_chars()
        # The marks between digits read first, as text.NormalizedText reads them ("2ـ0" a score).
        source = text = read_written_marks(original)
        # Each character to change found by searching on from the last one (as text._translate).
        drops: list[str] = []
        found = pattern.search(text)
        while found is not None:
            ch = found.group()
            if not changes[ch]:
                drops.append(ch)
            text = text.replace(ch, changes[ch])
            found = pattern.search(text, found.start())
        if drops:
            dropped = re.compile("[" + "".join(re.escape(c) for c in drops) + "]")
            self.dropped = [m.start() for m in dropped.finditer(source)]
        lowered = text.lower()
        if len(lowered) != len(text):
            # A character whose lower case is longer ("İ"): let text.py fold it char by char.
            full = NormalizedText.of(original)
            self.text, self.origin = full.text, full.origin
        else:
            self.text = lowered

    @classmethod
    def of_article(cls, norm: NormalizedText) -> _Normalized:
        """The same normalization read from the article's own NormalizedText (the one
        `text.tokenize_text` made for every engine), not made again: its text and offset map
        are this class's for any text without a capital sigma, whose lower case alone depends
        on the letters around it (tests/test_fast_paths.py holds every other character)."""
        made = cls.__new__(cls)
        made.original, made.text, made.origin, made.dropped = norm.original, norm.text, norm.origin, []
        return made

    def at(self, index: int) -> int:
        """The original offset of normalized offset `index`."""
        if self.origin is not None:
            return self.origin[index] if index < len(self.origin) else len(self.original)
        dropped = self.dropped
        skipped = bisect_right(dropped, index)
        while True:
            again = bisect_right(dropped, index + skipped)
            if again == skipped:
                return index + skipped
            skipped = again

    def span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.at(start)
            return at, at
        return self.at(start), self.at(end - 1) + 1


# --------------------------------------------------------------------------------------------
# Lexicon tables


def _longest_first(item: tuple[tuple[str, ...], object]) -> int:
    """The sort key of a phrase table's entries (words, value): the longest phrase first."""
    return -len(item[0])


class _Phrases(Generic[V]):
    """Multi-word entries as token tuples, looked up by their first or last word, longest first."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self.by_last: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in entries:
            words = tuple(t.text for t in tokenize(normalize_word(phrase)))
            if words:
                self.by_first.setdefault(words[0], []).append((words, value))
                self.by_last.setdefault(words[-1], []).append((words, value))
        for table in (self.by_first, self.by_last):
            for options in table.values():
                options.sort(key=_longest_first)
        # The same entries by their first two words, and the one-word ones by their word, each
        # longest first: at a token, only the entries whose second word follows it can match
        # (a first word such as "the" starts dozens), and the one-word ones come last.
        self.by_first_two: dict[tuple[str, str], list[tuple[int, list[str], V]]] = {}
        self.single: dict[str, V] = {}
        for first, options in self.by_first.items():
            for words, value in options:
                if len(words) > 1:
                    rest = list(words[2:])
                    self.by_first_two.setdefault((first, words[1]), []).append((len(words), rest, value))
                elif first not in self.single:
                    self.single[first] = value
        # The words that start an entry of two words or more: at most tokens none does, and
        # `phrase_at` looks up no pair for them.
        self.two_firsts = frozenset(first for first, _ in self.by_first_two)

    def firsts(self) -> set[str]:
        return set(self.by_first)


def _groups(lex: Lexicon, key: str, allowed: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(word, group) pairs of a [time] table of groups; a group outside `allowed` is a lexicon error."""
    table = lex.raw("time", key) or {}
    unknown = sorted(set(table) - set(allowed)) if allowed is not None else []
    if unknown:
        raise LexiconError(
            f"lexicon {lex.code}.toml: time.{key} has unknown keys {unknown} (allowed: {allowed})"
        )
    return [(word, group) for group, words in table.items() for word in words]


def _inverted(lex: Lexicon, key: str, allowed: tuple[str, ...]) -> dict[str, str]:
    _groups(lex, key, allowed)
    return lex.inverted("time", key)


class _Tables:
    """Everything the engine needs from one lexicon, normalized and indexed once."""

    def __init__(self, lex: Lexicon) -> None:
        def words(key: str) -> frozenset[str]:
            return lex.words("time", key)

        def flags(key: str) -> _Phrases[bool]:
            """A [time] list of phrases, each a marker (its value True)."""
            return _Phrases((w, True) for w in lex.raw("time", key) or ())

        self.conjunctions = tuple(sorted(words("conjunctions"), key=len, reverse=True))
        self.day_lead = words("day_lead")
        self.rel_block_before = words("relative_blockers_before")
        self.rel_block_after = words("relative_blockers_after")
        # The relative days that are also plain nouns, which those words after them block ("اليوم").
        self.relative_day_nouns = words("relative_day_nouns")
        self.relative_with_weekday = words("relative_days_with_weekday")
        # A night word a day named after it places ("overnight on Dec. 19"), and the links between.
        self.placed_by_day = words("relative_placed_by_day")
        self.placed_links = words("relative_placed_links")
        # Before such a noun that names no other day, a rate: "مليون برميل في اليوم" (per day).
        self.rate_leads = words("relative_rate_leads")
        # After such a noun opening a line with one word before it, the mark of a dateline's credit:
        # "وطنا اليوم:", "الشرق اليوم–" (an outlet's name, not today).
        self.credit_marks = words("relative_credit_marks")
        # ... or with a word of an outlet and one more before it: "قناة فلسطين اليوم -".
        self.credit_outlets = words("relative_credit_outlets")
        # The bracket that opens a wire's agency after its dateline's day and month: "الرياض - 14 - 9
        # (كونا) --". None in a language whose wires do not write that form.
        self.wire_agency_opens = words("wire_dateline_agency_opens")
        self.future_words = words("future_words")
        # "Dr.", "Gen.": a stop that ends an abbreviation of the lexicon ends no clause.
        self.abbreviations = frozenset(w for w in lex.words("text", "abbreviations") if "." not in w)
        self.future_phrases = flags("future_phrases")
        self.fronted_future_words = words("fronted_future_words")
        # "for years": a length whose count is left open; "day-long", "decades-long": a length.
        self.length_lead = words("length_lead")
        # Before a definite plural unit, a length left open: "over the years", "على مر السنين".
        self.length_along = _Phrases((w, True) for w in words("length_along"))
        self.length_suffixes = flags("length_suffixes")
        # A record or an ordinal before "in six months" makes it the span that ends at publication
        # ("the fastest growth in 11 years", "the second rise in six months"), not a future date.
        self.record_words = words("record_words")
        self.past_length_leads = flags("past_length_leads")
        self.after_leads = words("after_leads")
        self.length_leads = flags("length_leads")
        self.record_count_links = words("record_count_links")
        self.record_endings = tuple(words("record_endings"))
        # The ordinals of record_words past the first: they count ("the second rise in six
        # months"), they open no record's window (D46).
        self.record_ordinals = words("record_ordinals")
        self.future_prefixes = tuple(words("future_prefixes"))
        self.future_exceptions = words("future_prefix_exceptions")
        self.past_words = words("past_words")
        self.past_suffixes = tuple(words("past_suffixes"))
        self.past_exceptions = words("past_suffix_exceptions")
        # Past verbs known by their form, not listed one by one: the derived forms of Arabic
        # ("ارتفعت"، "انخفض"، "استقبلت"), as lexicon patterns (a regular expression each, over
        # the folded word without its conjunction).
        self.past_forms = PastForms(lex.raw("time", "past_verb_patterns") or (), words("conjunctions"))
        self.future_skip = words("future_skip")
        self.vague_lead = words("vague_lead")
        self.vague_blockers = words("vague_blockers_before")
        self.vague_adjectives = words("vague_adjectives")
        self.vague_adjective_past_leads = words("vague_adjective_past_leads")
        self.vague_links_after = words("vague_links_after")
        self.narrative_vague = words("narrative_vague")
        self.vague_adjective_blockers = words("vague_adjective_blockers_after")
        self.offset_blockers = words("offset_blockers_after")
        # "بعد ثلاثة أشهر فقط على تشكيلها": a word between the unit and that link.
        self.offset_fillers = words("offset_fillers_after")
        self.one_words = words("one_words")
        self.vague_counts = flags("vague_counts")
        self.count_phrases = _Phrases(
            (w, int(v)) for w, v in (lex.raw("time", "count_phrases") or {}).items()
        )
        self.weekday_date_links = words("weekday_date_links")
        self.date_links = words("date_links")
        self.month_lead = words("month_lead")
        # Before a Hijri month without a year, words that make its name a time, not a person's
        # ("خلال رمضان", "during Ramadan", "the month of Ramadan"), and those that place it ahead
        # ("قبيل شهر رمضان", "ahead of Ramadan"): D33's nearest one is then the coming one.
        # D32: "منذ N <unit>" after a word that says a state has lasted ("مستمرة منذ أسبوع",
        # "لا يزال مغلقا منذ يومين") is a length, not the point N units back.
        self.lasting_words = flags("lasting_words")
        self.hijri_month_leads = flags("hijri_month_leads")
        self.hijri_ahead_leads = flags("hijri_ahead_leads")
        # "قبيل شهر رمضان", "ahead of Ramadan": ahead too, unless a past verb governs the clause.
        self.hijri_before_leads = flags("hijri_before_leads")
        # A dual month word before two months joined: one span ("ما بين شهري يناير ومايو").
        self.month_pair_lead = words("month_pair_lead")
        self.month_cues = words("month_cues")
        self.day_articles = words("day_articles")
        self.date_day_nouns = words("date_day_nouns")
        self.bare_month_needs_cue = bool(lex.raw("time", "bare_month_needs_cue"))
        # A year-less month named as every year's month (its all-time record, its climate normal, its
        # rank among the year's months) is no date: `_Scan.generic_month`.
        self.generic_month_after = flags("generic_month_after")
        self.generic_month_records = words("generic_month_records")
        self.generic_month_normals = flags("generic_month_normals")
        self.months_need_cue = words("months_need_cue")
        self.month_year_back_leads = words("month_year_back_leads")
        self.month_year_back_comparisons = flags("month_year_back_comparisons")
        self.month_slash_links = words("month_slash_links")
        self.holiday_other_calendars = words("holiday_other_calendars")
        # "and" joining a verb to the clause of a date before it; Arabic writes it onto the verb
        # (conjunctions), or alone ("و تنتهي").
        self.clause_links = words("clause_links")
        self.months_capital_inside = words("months_capital_inside")
        self.months_capitalized = bool(lex.raw("time", "months_capitalized"))
        # ... but for the months no other word is spelled as: "since mid-june" (not "may", "march").
        self.months_any_case = words("months_any_case")
        self.year_lead = words("year_lead")
        self.numbered_signs = words("numbered_signs")
        # A dual year word names two years as one span: "بين عامي 2015 و2019" (as "يومي" two days).
        self.year_pair_lead = words("year_pair_lead")
        # A plural year word before a list of years ("أعوام 2000 و2011 و2019"), and the list's links.
        self.year_list_lead = words("year_list_lead")
        self.year_list_links = words("year_list_links")
        self.year_cues = words("year_cues")
        # "records going back to 2009": a cue of more than one word.
        self.year_cue_phrases = flags("year_cue_phrases")
        # Words between a range lead and the first month: "between the months of January and April".
        self.range_month_fillers = flags("range_month_fillers")
        # A link between a year and a month of it that makes one stretch: "in 2014 until mid-November".
        self.year_month_links = words("year_month_links")
        self.offset_after_days = words("offset_after_days")
        self.weekday_place_nouns = words("weekday_place_nouns")
        # Month cues that hold only where the month word is nobody's name in the text ("for May").
        self.name_month_cues = words("name_month_cues")
        self.name_titles = words("name_titles")
        # "compared to 1900 last year": a time right after a number compared with makes it the
        # count of that time, not a year.
        self.compared_count_times = flags("compared_count_times")
        # "2017-era tax cuts": a word glued to a year by a hyphen that names a time by it.
        self.year_suffixes = words("year_suffixes")
        self.year_era_marks = frozenset(lex.raw("time", "year_era_marks") or ())
        self.ordinal_suffixes = lex.words("numbers", "ordinal_suffixes")
        self.articles = tuple(normalize_word(a) for a in lex.meta("articles", []))
        week_starts = str(lex.meta("week_starts", "monday")).lower()
        self.week_start = WEEKDAY_KEYS.index(week_starts) if week_starts in WEEKDAY_KEYS else 0
        # The week a weekday named inside a week is counted in ("الأحد من الأسبوع المقبل"): the
        # language's own week of named days, where it differs from the week named as a period.
        weekday_week = str(lex.meta("weekday_week_starts", week_starts)).lower()
        self.weekday_week_start = (
            WEEKDAY_KEYS.index(weekday_week) if weekday_week in WEEKDAY_KEYS else self.week_start
        )

        self.weekdays = {
            w: WEEKDAY_KEYS.index(k) for w, k in _inverted(lex, "weekdays", WEEKDAY_KEYS).items()
        }
        # A weekday in construct before a week drops its article: "ثلاثاء الأسبوع الماضي".
        self.construct_weekdays = {
            w[len(a) :]: day for w, day in self.weekdays.items() for a in self.articles if w.startswith(a)
        }
        self.relative = _Phrases(lex.raw("time", "relative_days").items())
        self.vague = _Phrases((w, _SIGN_OF_SIDE[g]) for w, g in _groups(lex, "vague", _SIDES))
        self.attach_before = flags("attach_before")
        self.day_list_links = words("day_list_links")
        self.law_names = words("law_names")
        # D45: a year right after a noun of an event or a count ("تعداد 2020", "انتخابات 2024"), or
        # after it and one word ("الانتخابات النيابية 2024", "كأس العالم 2026"), is its
        # date; one after a plan's name ("رؤية 2030", "Vision 2030", "Agenda 2063") is the name's.
        self.year_event_nouns = words("year_event_nouns")
        self.plan_names = words("plan_names")
        # D53: a year closing the title of a report, survey or index is its date, read as an
        # event's name is ("تقرير التنمية البشرية 2020", "مسح القوى العاملة 2019").
        self.year_title_nouns = words("year_title_nouns")
        self.year_name_nouns = self.year_event_nouns | self.year_title_nouns
        self.calendar_equivalents = flags("calendar_equivalents")
        # Of attach_before, those that keep a period publication falls in to its part after
        # publication ("later this year") or before it ("earlier this month").
        self.sides_of_now = _Phrases(
            [(w, "after") for w in lex.raw("time", "attach_after_now") or ()]
            + [(w, "before") for w in lex.raw("time", "attach_before_now") or ()]
        )
        self.attach_after = flags("attach_after")
        signs = {"past": -1, "future": 1}
        self.offset_before = _Phrases((w, signs[g]) for w, g in _groups(lex, "offset_before", _DIRECTIONS))
        self.offset_after = _Phrases((w, signs[g]) for w, g in _groups(lex, "offset_after", _DIRECTIONS))
        self.mod_before = _Phrases(_groups(lex, "modifiers_before", tuple(_SHIFTS)))
        self.mod_after = _Phrases(_groups(lex, "modifiers_after", tuple(_SHIFTS)))
        self.months = _Phrases((w, MONTH_KEYS.index(g) + 1) for w, g in _groups(lex, "months", MONTH_KEYS))
        self.month_abbr = _Phrases(
            (w, MONTH_KEYS.index(g) + 1) for w, g in _groups(lex, "month_abbreviations", MONTH_KEYS)
        )
        self.units = _inverted(lex, "units", UNIT_KEYS)
        self.units_one = _inverted(lex, "units_one", UNIT_KEYS)
        self.units_two = _inverted(lex, "units_two", UNIT_KEYS)
        self.vague_units = words("vague_units")
        self.calendar_units = _inverted(lex, "calendar_units", CALENDAR_KEYS)
        self.ordinal_lead = words("ordinal_lead")
        self.ordinal_days = _Phrases((w, int(d)) for w, d in lex.raw("time", "ordinal_days").items())
        self.range_lead = words("range_lead")
        self.range_links = words("range_links")
        # "ويومي 24 و25": two days named together, whose month a date before them may give.
        self.day_pair_lead = words("day_pair_lead")
        # "usually", "each year", "سنويا": a sentence of what recurs (its year-less dates are none).
        self.habitual = flags("habitual")
        # "من يوليو حتى اليوم", "from January to date": a range whose end is the present.
        self.until_now = flags("until_now")
        self.range_links_need_lead = words("range_links_need_lead")
        # "إلى غاية 13 جوان": a link's second word before the day that ends a range.
        self.range_link_fillers = words("range_link_fillers")
        self.month_range_links_bare = words("month_range_links_bare")
        # "the July to August period", "the 2014 to 2015 period": the noun that closes a stretch.
        self.stretch_period_nouns = words("stretch_period_nouns")
        self.hijri_markers = flags("hijri_markers")
        self.hijri_ambiguous = words("hijri_months_ambiguous")
        self.hijri_epithets = words("hijri_month_epithets")
        self.hijri_year_modifiers = words("hijri_year_modifiers")
        self.hijri_months = _Phrases(
            (w, HIJRI_KEYS.index(g) + 1) for w, g in _groups(lex, "hijri_months", HIJRI_KEYS)
        )

        self.set_lead = words("set_lead")
        # "in the past two months", "over the next year", "خلال الأيام الماضية": a preposition a time
        # opens with, which TimeML leaves outside the TIMEX3 (`_signal_part`).
        self.timex3_signals = words("timex3_signals")
        # Frequency words, each the set it names (`_Set`'s unit, count, part and times): "daily",
        # "quarterly", "سنويا" one unit; "biweekly" every two; "semiannually" twice in each;
        # "nightly" a part of every day.
        self.sets: _Phrases[tuple[str, int, str | None, int | None]] = _Phrases(
            [(w, (unit, 1, None, None)) for w, unit in _groups(lex, "sets", _SET_UNITS)]
            + [(w, (unit, 2, None, None)) for w, unit in _groups(lex, "sets_every_two", _SET_UNITS)]
            + [(w, (unit, 1, None, 2)) for w, unit in _groups(lex, "sets_twice", _SET_UNITS)]
            + [(w, ("day", 1, part, None)) for w, part in _groups(lex, "day_part_sets", DAY_PART_KEYS)]
        )
        # "every other week": the step between the set's periods is two.
        self.set_steps = words("set_steps")
        # "twice a year", "مرتين في السنة" (a word of a count of times); "three times a month", "ثلاث
        # مرات في الشهر" (the noun after a number); each period after a word of `set_per` ("a",
        # "per", "في", "كل") or a frequency word ("twice daily", "مرتين سنويا").
        self.set_times: dict[str, int] = {w: int(n) for w, n in lex.table("time", "set_times").items()}
        self.set_times_nouns = words("set_times_nouns")
        self.set_per = words("set_per")
        # "مرة واحدة في الشهر": a word after the count of times that says it again.
        self.set_times_fillers = words("set_times_fillers")
        # "لأول مرة في العام": an ordinal before the word of times makes it an occasion.
        self.set_times_blockers = words("set_times_blockers")
        # "مرتين في الأسبوع الأول", "ثلاث مرات في العام نفسه": an adjective after the period that
        # names one period (an ordinal, "the same").
        self.set_period_blockers = words("set_period_blockers")
        # A weekday named in the plural recurs: "on Mondays" (the weekday and a suffix), "أيام
        # الجمعة" (a plural noun of days before it).
        suffix = str(lex.raw("time", "weekday_plural_suffix") or "")
        self.weekday_plurals = {w + suffix: day for w, day in self.weekdays.items()} if suffix else {}
        self.weekday_plural_lead = words("weekday_plural_lead")
        self.weekday_numeral_after = words("weekday_numeral_after")
        # "every weekend", "كل عطلة نهاية أسبوع": the weekend's words, each without its article
        # (كل counts an indefinite noun); "weekends": in the plural.
        weekend = [normalize_word(phrase).split() for phrase in lex.raw("time", "weekend") or ()]
        self.set_weekend: _Phrases[bool] = _Phrases(
            (" ".join(self.without_article(w) for w in words), True) for words in weekend
        )
        self.weekend_plurals = {words[0] + suffix for words in weekend if suffix and len(words) == 1}
        self.window_before = _Phrases(_groups(lex, "window_before", _WINDOWS))
        self.window_after = _Phrases(_groups(lex, "window_after", _WINDOWS))
        self.anchored = _Phrases(
            ((w, (unit, int(offset))) for unit in ANCHORED_KEYS for w, offset in self._anchored(lex, unit)),
        )
        self.anchor_after = _Phrases((w, signs[g]) for w, g in _groups(lex, "anchor_after", _DIRECTIONS))
        self.anchor_after_closing = _Phrases(
            (w, signs[g]) for w, g in _groups(lex, "anchor_after_closing", _DIRECTIONS)
        )
        self.anchor_blockers = words("anchor_blockers_after")
        self.anchor_prepositions = words("anchor_prepositions")
        self.anchor_clause_openers = words("anchor_clause_openers")
        self.anchor_adverb_followers = words("anchor_adverb_followers")
        self.gerund_suffix = str(lex.raw("time", "gerund_suffix") or "")
        self.period_parts = _Phrases(_groups(lex, "period_parts", PERIOD_PART_KEYS))
        self.definite_words = words("definite_words")
        self.day_parts = _inverted(lex, "day_parts", DAY_PART_KEYS)
        self.seasons = _Phrases(_groups(lex, "seasons", SEASON_KEYS))
        self.weekend = flags("weekend")
        # "the weekend of January 20-21": the days the date after the link names.
        self.weekend_date_links = words("weekend_date_links")
        # "the week of March 6": the week that holds the day named after it.
        self.week_of = _Phrases((w, True) for w in words("week_of"))
        self.holidays = _Phrases(
            (w, _holiday_rule(str(v))) for w, v in (lex.raw("time", "holidays") or {}).items()
        )
        self.month_day_bare_leads = words("month_day_bare_leads")
        # "ثاني أيام عيد الأضحى": the feast's day of that number.
        self.feast_day_ordinals = _Phrases(
            (w, int(v)) for w, v in (lex.raw("time", "feast_day_ordinals") or {}).items()
        )
        self.clock_lead = words("clock_lead")
        self.count_additions = words("count_additions")
        self.unit_kinds = words("unit_kinds")
        self.approximators = flags("approximators")
        # Between "in" and the count of a record's window (D46): "the highest in almost 25 years".
        self.record_approximators = flags("record_approximators")
        # A preposition before a count that a record before it makes that record's window (D46)
        # where it is no offset of its own: "أعلى مستوى في 5 سنوات"، "أعلى مستوى خلال ست سنوات".
        self.record_window_leads = words("record_window_leads")
        self.record_window_close_leads = words("record_window_close_leads")
        self.record_close_blockers = words("record_close_blockers")
        # A noun after "N-year" that makes it a record's window (D46): "a 15-year high".
        self.record_compounds = words("record_compounds")
        self.window_quarters = words("window_quarters")
        self.indefinite_days = flags("indefinite_days")
        self.modal_days = flags("modal_days")
        # The words of those phrases beside the unit, looked up before the phrases (a unit's hot path).
        self.indefinite_words = frozenset(
            word
            for key in ("indefinite_days", "modal_days")
            for phrase in lex.raw("time", key) or ()
            for word in normalize_word(phrase).split()
        )
        self.month_noun_blockers = words("month_noun_blockers")
        self.weekday_week_links = words("weekday_week_links")
        self.weekday_from = _Phrases((w, int(v)) for w, v in (lex.raw("time", "weekday_from") or {}).items())
        self.window_quarters_two = words("window_quarters_two")
        self.half_after = flags("half_after")
        self.year_back_before = flags("year_back_before")
        self.clock_markers = _Phrases(
            [(w, "am") for w in lex.raw("time", "clock_am") or ()]
            + [(w, "pm") for w in lex.raw("time", "clock_pm") or ()]
        )
        self.clock_zones = flags("clock_zones")
        self.clock_words = _Phrases((w, str(v)) for w, v in (lex.raw("time", "clock_words") or {}).items())
        self.clock_hours = _Phrases((w, int(v)) for w, v in (lex.raw("time", "clock_hours") or {}).items())
        self.clock_minutes = _Phrases(
            (w, int(v)) for w, v in (lex.raw("time", "clock_minutes") or {}).items()
        )
        self.clock_day_links = words("clock_day_links")
        self.clock_zone_leads = words("clock_zone_leads")
        self.clock_markers_need_lead = words("clock_markers_need_lead")
        days = [WEEKDAY_KEYS.index(d) for d in lex.raw("time", "weekend_days") or () if d in WEEKDAY_KEYS]
        self.weekend_first = days[0] if days else None
        self.quarter_words = words("quarter_words")
        self.month_quarters = words("month_quarters")
        self.quarter_year_links = words("quarter_year_links")
        self.last_part_before = words("last_part_before")
        self.months_to_links = flags("months_to_links")
        self.month_firsts = self.months.firsts()
        self.comparison_leads = flags("comparison_leads")
        self.compared_base_leads = words("compared_base_leads")
        self.compared_base_preps = words("compared_base_preps")
        # "the same month last year": the month the text named last (not a year or a day); "the
        # same day", "this same time": a day named may be its base too.
        self.same_period_months = words("same_period_months")
        self.same_period_days = words("same_period_days")
        # "this time last year", "the same period last year" with no period named before: the year
        # so far, a year back (a running tally's), not a day.
        self.same_period_so_far = words("same_period_so_far")
        self.so_far = flags("so_far")
        # A run of days up to publication: "لليوم الثالث على التوالي", "the third day in a row",
        # "the third straight day".
        self.run_after = flags("run_after")
        self.run_before = words("run_before")
        # "so far in 2024": between "so far" and a named month or year.
        self.so_far_links = words("so_far_links")
        # A lead that says how long, not when: "within a year", "خلال ثمانية أشهر" are lengths; only a
        # word after the unit ties them to publication ("خلال الـ24 ساعة الماضية").
        self.bare_window_leads = words("bare_window_leads")
        self.counted_window_leads = words("counted_window_leads")
        self.since_records = flags("since_records")
        # A lead that counts a length on from publication only in a clause that looks ahead: "will
        # reopen in two weeks" is a date, "received a month's rain in 24 hours", "are murdered in a
        # year", "crossed the line in two hours" say how long (the guide's rule of 2026-11-28).
        self.ahead_only_leads = words("ahead_only_leads")
        self.ahead_words = words("ahead_words")
        self.ahead_noun_forms = words("ahead_noun_forms")
        self.ahead_copulas = words("ahead_copulas")
        # A running tally up to a day: "up to yesterday", "as at last Saturday", "حتى 27 فبراير".
        self.tally_to = flags("tally_to")
        # Whether two bare years joined ("من 2015 إلى 2019") are one stretch, as two months and two
        # days are.
        self.stretch_years = bool(lex.raw("time", "stretch_years"))
        self.quoted_today_spoken = bool(lex.raw("time", "quoted_today_spoken"))
        self.since_fillers = words("since_fillers")
        self.night_links = words("night_links")
        # Marks that join a night's two days only when the second is the day after the first.
        self.night_next_day_links = words("night_next_day_links")
        self.night_of = words("night_of")
        self.last_part_after = words("last_part_after")
        self.half_words = words("half_words")
        self.third_words = words("third_words")
        self.quarter_pair_words = words("quarter_pair_words")
        # Words of a part that are other words too ("الثلاثي": a quarter in the Maghreb, "trilateral"
        # elsewhere): a part only with its year ("الثلاثي الثالث من العام الجاري").
        self.part_words_need_year = words("part_words_need_year")
        # Words of a part that are a noun of other periods too ("الفصل": Morocco's quarter, a
        # school term elsewhere): a part only with a year of the calendar, never an academic one.
        self.year_only_parts = words("year_only_parts")
        self.academic_year_words = words("academic_year_words")
        self.ordinal_day_blockers = words("ordinal_day_blockers")
        self.part_noun_leads = words("part_noun_leads")
        self.part_noun_clitics = frozenset(lex.raw("time", "part_noun_clitics") or ())
        self.quarter_abbr = words("quarter_abbreviations")
        self.half_abbr = words("half_abbreviations")
        self.decade_suffixes = words("decade_suffixes")
        self.decades = _Phrases((w, int(y)) for w, y in lex.raw("time", "decades").items())
        self.century_words = words("century_words")
        self.bare_years = bool(lex.raw("time", "bare_years"))
        # A count of a thousand or more is written with a thousands separator, so a bare four-digit
        # year after the article dates the noun after it ("the 2022 games", "the 1992 protests").
        self.counts_separated = bool(lex.raw("time", "counts_separated"))
        # ... but not before a noun of people, whom news counts and never dates ("the 2000 people").
        self.counted_people = words("counted_people")
        self.pair_links = words("day_pair_links")
        self.future_leads = words("future_leads")
        self.deferral_verbs = words("deferral_verbs")
        self.deferral_links = words("deferral_links")
        self.plan_overtaken = words("plan_overtaken")
        self.participle_leads = words("participle_leads")
        self.degree_adverbs = words("degree_adverbs")
        self.attributive_leads = words("attributive_leads")
        self.since = words("since_lead")
        self.period_end_links = flags("period_end_links")
        # A report's period, counted like a quarter: "the year-earlier period", "the 1988 period".
        self.period_words = words("period_words")
        # The nouns of a period shorter than a year: "the same quarter last year" names one, "the
        # previous year" none (the whole year, D66).
        self.period_nouns = (
            self.period_words
            | self.quarter_words
            | self.half_words
            | self.same_period_months
            | self.same_period_days
        )
        # "the fiscal year ended March 31", "السنة المالية المنتهية في": a year of accounts.
        self.fiscal_words = words("fiscal_words")
        # "الموازنة للعام المقبل": the budget of a year counted from publication is a fiscal year.
        self.budget_words = words("budget_words")
        # "العام المالي السابق", "the previous fiscal year": counted from the fiscal year named last.
        self.fiscal_anchored = words("fiscal_anchored")
        # "the 2017/2018 fiscal year, which runs until the end of March": the month a body's year
        # ends in, stated (the guide's D83).
        self.year_runs_links = flags("year_runs_links")
        self.year_starts_verbs = words("year_starts_verbs")
        # "the July-March period in the fiscal 2018-19" in an article that names "the first nine
        # months of the current fiscal": the fiscal year's first months (the guide's D83).
        self.fiscal_part_nouns = words("fiscal_part_nouns")
        self.fiscal_part_links = words("fiscal_part_links")
        self.first_part_words = words("first_part_words")
        # "Week 12", "epidemiological week 31 of 2023": an ISO week (the guide's D85).
        self.numbered_week_words = words("numbered_week_words")
        self.numbered_week_kinds = words("numbered_week_kinds")
        self.numbered_week_year_links = words("numbered_week_year_links")
        self.publication_anchored = words("publication_anchored")
        # After a unit, its end: "year-end", "year's end" (the current one).
        self.unit_end = flags("unit_end")
        # After "since the" and a unit, the verb of its start: "since the year began" (the current one).
        self.unit_began = flags("unit_began")
        # "the current quarter": the one publication falls in, never the one a report is about.
        self.present_quarter_words = words("present_quarter_words")
        # Before a season alone, the most recent one: "the summer", "over the summer" (not the
        # seasons that are other words too: "the fall of", "the fall in prices").
        self.season_lead = words("season_lead")
        self.seasons_need_modifier = words("seasons_need_modifier")
        self.season_heads_after = words("season_heads_after")
        self.same_period = flags("same_period")
        self.same_period_links = words("same_period_links")
        # "In 2015, the storm hit on March 3": the word a sentence's opening year may stand after.
        self.year_frame_leads = words("year_frame_leads")
        self.duration_blockers = words("duration_blockers_after")
        self.future_reach = int(lex.raw("time", "future_reach") or 3)
        # ... and a past verb that says a time without a year has passed (past_before).
        self.past_reach = int(lex.raw("time", "past_reach") or self.future_reach)
        # A modal or a plan verb governs its whole clause ("will be named commander of the Space
        # Shuttle Columbia for a mission in December", "would still be held at the summit on April
        # 24"): looked for up to clause_reach words back, past a verb of the clause's own tense.
        self.clause_reach = int(lex.raw("time", "clause_reach") or 0)
        self.clause_future_words = words("clause_future_words")
        self.clause_verbs = words("clause_verbs")
        # A bare weekday a cue further back in its clause places ahead (weekday_cue): a modal of what
        # may come ("temperatures could reach 44C on Monday"), a phrase of what is due or likely ("is
        # sure to be a thriller on Sunday", "ahead of worsening conditions on Tuesday"), a present
        # progressive ("is sending coffins to Samoa on Wednesday"): the coming one, as after "will".
        # The future in the past ("said the cyclone would make landfall on Sunday") places it ahead
        # of a telling that may lie a day or more before publication, and a present progressive may
        # say what was going on as the text was written ("talks are continuing on Monday"): the
        # weekday nearest publication, three days either side (mode "near").
        self.weekday_ahead_words = words("weekday_ahead_words")
        # How far back weekday_cue looks (clause_reach unless set): Arabic has no modal, but an
        # imperfect verb of a forecast or a fixture places a bare weekday ahead ("يطرأ انخفاض على
        # درجات الحرارة يوم الخميس"، "ويلتقي السبت بلاطة مع ضيفه") within a few words.
        self.weekday_cue_reach = int(lex.raw("time", "weekday_cue_reach") or self.clause_reach)
        # A weekday set off by commas after its clause's verb and object ("يعقد مجلس الأمن جلسة
        # طارئة، يوم الخميس، لبحث الهجمات"، "أعلنت الوزارة، الأحد، أن"): the clause before the first
        # comma is the weekday's, as Arabic wire copy writes it.
        self.weekday_cue_past_comma = bool(lex.raw("time", "weekday_cue_past_comma"))
        # A negation before such a verb puts it in the past ("لم يلتق الفريقان الأحد").
        self.weekday_cue_negations_before = words("weekday_cue_negations_before")
        # A word that fronts a time as the topic of its clause ("أما يوم الثلاثاء، فيستمر الطقس"):
        # the time still opens its clause for fronted_future.
        self.fronted_leads = words("fronted_leads")
        self.weekday_ahead_phrases = flags("weekday_ahead_phrases")
        self.weekday_near_words = words("weekday_near_words")
        # ... but not a modal negated ("could not be reached for comment on Monday": what could not
        # be done has passed as often as not), nor a day after a noun of an incident or a gerund
        # after a determiner: "are investigating a shooting on Saturday", "reports of an explosion
        # on Monday" name the incident's day, which has passed.
        self.weekday_cue_negations = words("weekday_cue_negations")
        self.weekday_cue_incidents = words("weekday_cue_incidents")
        self.progressive_copulas = words("progressive_copulas")
        # "Scheduled to open in March" (a participle, its complement after it) against "Scheduled
        # flights in May were cancelled" (an adjective before its noun): plan_adjective.
        self.plan_adjectives = words("plan_adjectives")
        self.future_comparisons = words("future_comparisons")
        # Folded as the tokens are; the capital is read from the original text (Scan.capitalized).
        self.weekday_title_nouns = frozenset(w.lower() for w in lex.raw("time", "weekday_title_nouns") or ())
        self.weekday_titles_on = frozenset(w.lower() for w in lex.raw("time", "weekday_titles_on") or ())
        self.plan_complements = words("plan_complements")
        # A verb of memory takes a past thing as its object, whatever the modal before it: "will
        # remember the attack on the village in March" (the attack's March has passed).
        self.memory_verbs = words("memory_verbs")
        self.symbols_before = set(lex.table("units", "symbols_before"))
        self.infinitive_marks = frozenset(lex.words("units", "infinitive_marks"))
        self.qualifier_words = {
            normalize_word(p).split()[-1]
            for phrases in lex.raw("qualifiers", "before").values()
            for p in phrases
            if p.strip()
        }
        # The qualifiers whole ("higher than", "above"), for a year a change is measured against.
        self.qualifier_phrases: _Phrases[bool] = _Phrases(
            (p, True) for phrases in lex.raw("qualifiers", "before").values() for p in phrases if p.strip()
        )
        # "49% higher than 2011", "2.3 per cent above 2011": the words that end the size of a change.
        self.change_amount_ends = words("change_amount_ends")

        self.number_words = {p for w in lex.table("numbers", "cardinals") for p in w.split()}
        cardinals = lex.table("numbers", "cardinals")
        self.cardinal_values = {w: int(v) for w, v in cardinals.items() if " " not in w and v == int(v)}
        self.spoken_centuries = words("spoken_year_centuries")
        for section in ("multipliers", "scales", "dual_scales", "fractions"):
            self.number_words |= {p for w in lex.table("numbers", section) for p in w.split()}
        self.number_joiners = lex.words("numbers", "joiners")
        self.number_wordy = frozenset(self.number_words | self.number_joiners)
        self.prefix_joiners = tuple(lex.words("numbers", "prefix_joiners"))
        self.clitic_prefixes = lex.prefixes(False)  # "و", "ب", "ل" ...: written onto a word, longest first
        # A figure followed by one of these counts things ("في 2000 منزل"), it is not a year.
        self.counted = set(counted_noun_forms(lex)) | set(lex.table("numbers", "scales"))
        self.counted |= set(lex.table("numbers", "multipliers"))
        # Where a count above one takes a plural ("9 votes"), a singular noun after a day number
        # does not make it a count: "the August 9 vote" is a date.
        self.singular_after_day = (
            {normalize_word(forms[0]) for forms in lex.raw("units", "nouns").values() if forms}
            if lex.raw("time", "plural_after_count")
            else set()
        )
        # "a 2010 raid": after the indefinite article a number is a year, whatever noun follows;
        # "in 1990 killed": after a year cue, so it is before a participle.
        self.indefinite = lex.words("numbers", "indefinite")
        self.invariant_nouns = lex.words("units", "invariant_nouns")
        self.participles = lex.words("units", "participles")
        self.case_endings = tuple(lex.words("units", "case_endings"))

        # The words that start an expression, by matcher.
        self.roles: dict[str, set[str]] = {}
        self._role("day", self.day_lead | set(self.weekdays) | self.relative.firsts())
        self._role("vague", self.vague_lead | self.vague.firsts())
        self._role("offset", set(self.units) | set(self.units_one) | set(self.units_two))
        self._role("calendar", set(self.calendar_units))
        self._role("month", self.months.firsts() | self.month_abbr.firsts())
        self._role("year", self.year_lead | self.spoken_centuries | self.year_pair_lead | self.year_list_lead)
        self._role("hijri", self.hijri_months.firsts())
        self._role(
            "set",
            self.set_lead
            | self.sets.firsts()
            | set(self.set_times)
            | self.set_times_nouns
            | set(self.weekday_plurals)
            | self.weekend_plurals
            | self.weekday_plural_lead,
        )
        self._role("window", self.window_before.firsts())
        self._role("run", self.run_after.firsts() | self.run_before)
        self._role("since_part", self.since)
        self._role("window_after", self.window_after.firsts())
        self._role("anchored", self.anchored.firsts())
        self._role("same_period", self.same_period.firsts())
        self._role("year_back", self.year_back_before.firsts())
        self._role("season", self.seasons.firsts())
        self._role("numbered_week", self.numbered_week_words)
        self._role("weekend", self.weekend.firsts())
        self._role("clock", self.clock_lead | self.clock_words.firsts())
        self._role("holiday", self.holidays.firsts())
        parts = self.quarter_words | self.half_words | self.third_words | self.quarter_pair_words
        self._role("part", parts | self.quarter_abbr | self.half_abbr)
        self._role("decade", self.decades.firsts())
        self._role("century", self.century_words)
        # Every word looked up by base form, including those a matcher reads before its anchor.
        known = set(self.roles) | self.year_cues | self.month_cues | self.month_lead | self.future_skip
        known |= (
            self.future_words | self.rel_block_before | self.offset_before.firsts() | self.mod_before.firsts()
        )
        known |= self.attach_before.firsts() | self.weekday_date_links
        known |= self.range_lead | self.range_links | self.ordinal_lead
        known |= self.period_parts.firsts() | self.future_leads | self.since | self.past_words
        known |= self.deferral_verbs | self.deferral_links | self.plan_overtaken | self.participle_leads
        known |= self.budget_words | self.fiscal_words | self.clause_future_words | self.clause_verbs
        known |= self.memory_verbs | self.weekday_place_nouns | self.weekday_ahead_words | self.fronted_leads
        known |= self.weekday_cue_incidents
        # "للانتخابات النيابية 2024"، "لكأس العالم 2022"، "بتعداد 2010": an event noun, a report's
        # title noun or a plan's name with a preposition written on is the same noun before its
        # year (D45, D53).
        known |= self.year_event_nouns | self.year_title_nouns | self.plan_names
        # "والسابع والعشرين من الشهر نفسه": a day's ordinal with the conjunction written on, as the
        # second of two days joined is written.
        known |= self.ordinal_days.firsts()
        # word with clitics -> (base word, length of the leading conjunction to leave out of a span)
        self.variants: dict[str, tuple[str, int]] = {}
        for prefix in sorted(lex.prefixes(True), key=len):
            conj = next((c for c in self.conjunctions if prefix.startswith(c)), "")
            for word in known:
                # A shorter prefix keeps the article on the word ("بالشهر" is ب + "الشهر", not
                # بال + "شهر"): phrases are written with their article.
                if (len(word) >= 3 or (conj and prefix == conj)) and prefix + word not in self.variants:
                    self.variants[prefix + word] = (word, len(conj))
        # ل + ال is written لل: "للعام المقبل" is ل + "العام المقبل", "للفترة نفسها" ل + "الفترة
        # نفسها", "للنصف الأول" ل + "النصف الأول": every word the engine knows with its article, but
        # the relative days that are also nouns ("لليوم الثالث على التوالي" is no "today").
        merged = [normalize_word(m) for m in lex.meta("merged_articles", [])]
        articles = [normalize_word(a) for a in lex.meta("articles", [])]
        merged_words = sorted((set(self.calendar_units) | known) - set(self.relative_day_nouns))
        for prefix in merged:
            conj = next((c for c in self.conjunctions if prefix.startswith(c)), "")
            for word in merged_words:
                article = _article_written_on(word, articles)
                if article:  # the definite word, over "لل" + an indefinite one ("للعام": not ل + ل + "عام")
                    self.variants[prefix + word[len(article) :]] = (word, len(conj))
        # ... and the relative days that are also nouns only as the head of a phrase counted from
        # another time ("لليوم السابق" is ل + "اليوم السابق", "لليوم نفسه"): `_Scan.head_phrase_at`.
        self.merged_heads: dict[str, str] = {}
        for prefix in merged:
            for word in self.relative_day_nouns:
                article = _article_written_on(word, articles)
                if article and " " not in word:
                    self.merged_heads[prefix + word[len(article) :]] = word
        for word in known:
            self.variants[word] = (word, 0)
        for word in words("clitic_exceptions"):
            if self.variants.get(word, (word,))[0] != word:
                del self.variants[word]  # "لامس", a verb, not ل + "أمس"
        # word with clitics -> its base word alone (`_Scan.base`: one look-up with the word as
        # its own default, the token roles' hot helper)
        self.base_of: dict[str, str] = {variant: base for variant, (base, _) in self.variants.items()}

        self.token_roles = {
            variant: frozenset(self.roles[base])
            for variant, (base, _) in self.variants.items()
            if base in self.roles
        }
        for variant, word in self.merged_heads.items():
            heads = frozenset(self.roles.get(word, ())) & {"anchored", "same_period"}
            if heads:
                self.token_roles[variant] = self.token_roles.get(variant, frozenset()) | heads
        if self.length_along.single or self.length_along.by_first_two:
            # "على مر السنين": a plural unit with its article written onto it, after a lead
            for unit_word in self.vague_units:
                for article in self.articles:
                    form = article + unit_word
                    self.token_roles[form] = self.token_roles.get(form, frozenset()) | {"offset"}
        # The tokens a "months to" link can start at (its first words and their written variants):
        # one set look-up per token instead of a phrase look-up (match_months_to, the hot loop).
        link_firsts = self.months_to_links.firsts()
        self.months_to_tokens = frozenset(link_firsts) | {
            variant for variant, (base, _) in self.variants.items() if base in link_firsts
        }
        # The tokens a month span can start at: a month's first word as written or with clitics
        # (match_month_spans looks at every token; a set look-up each instead of base()).
        self.month_first_tokens = frozenset(self.month_firsts) | {
            variant for variant, (base, _) in self.variants.items() if base in self.month_firsts
        }
        # The tokens whose base word is a year's lead ("العام", "وعام"): merge_hijri_periods looks
        # at every token; a set look-up each instead of base().
        self.year_lead_tokens = frozenset(w for w in self.year_lead if w not in self.variants) | {
            variant for variant, (base, _) in self.variants.items() if base in self.year_lead
        }

    @staticmethod
    def _anchored(lex: Lexicon, unit: str) -> list[tuple[str, int]]:
        """ "the next day" = 1 in [time.anchored.day]: times counted from another time of the text."""
        table = lex.raw("time", "anchored")
        unknown = sorted(set(table) - set(ANCHORED_KEYS))
        if unknown:
            raise LexiconError(f"lexicon {lex.code}.toml: time.anchored has unknown units {unknown}")
        return list(table.get(unit, {}).items())

    def without_article(self, word: str) -> str:
        """A word without the article written onto it ("الأسبوع" -> "أسبوع"), else the word itself
        (`_Scan.definite_base` reads it so). A loop, not next() over a generator: one that
        stops at a find is closed by a thrown GeneratorExit, dearer than the search."""
        for article in self.articles:
            if word.startswith(article) and len(word) > len(article) + 1:
                return word[len(article) :]
        return word

    def weekday_of(self, word: str) -> int | None:
        """The weekday `word` names, written with or without its article ("جمعة", "الجمعة")."""
        names = [word] + [article + word for article in self.articles]
        return next((self.weekdays[name] for name in names if name in self.weekdays), None)

    def _role(self, name: str, words: Iterable[str]) -> None:
        for word in words:
            self.roles.setdefault(word, set()).add(name)


_TABLES: dict[str, tuple[Lexicon, _Tables]] = {}


def _tables(lex: Lexicon) -> _Tables:
    """The tables of a lexicon, built once per lexicon code."""
    cached = _TABLES.get(lex.code)
    if cached is None or cached[0] is not lex:
        cached = (lex, _Tables(lex))
        _TABLES[lex.code] = cached
    return cached[1]


# --------------------------------------------------------------------------------------------
# Expressions found in the text, before resolution


@slot_fields
class _Day(NamedTuple):
    offset: int
    weekday: int | None  # the weekday written beside it ("أمس الخميس"), checked against the day


@slot_fields
class _Weekday(NamedTuple):
    weekday: int
    mode: str  # bare, past, future (modifier), next (future verb), near ("would"), current


@slot_fields
class _WeekdayDay(NamedTuple):
    """ "on Thursday (16)", "this Friday (6th)", "Monday morning (13)": a weekday with its day of the
    month in brackets, as Brazilian and Portuguese outlets write it: that day of the month nearest
    publication that falls on the weekday."""

    weekday: int
    day: int


@slot_fields
class _Date(NamedTuple):
    year: int | None
    month: int
    day: int | None  # None: the whole month
    mode: str
    weekday: int | None = None
    year_shift: int | None = None  # "أكتوبر من العام الماضي", "October last year": publication year + shift
    end_day: int | None = None  # the last day of a range in one month: "13 إلى 15 تموز"


@slot_fields
class _MonthDay(NamedTuple):
    """A day of a month named by its place: "التاسع عشر من هذا الشهر", "15 من الشهر الجاري",
    "the 5th of last month"."""

    day: int
    shift: int
    weekday: int | None = None


@slot_fields
class _Between(NamedTuple):
    """A range between two dates: "من 30 أكتوبر إلى 2 نوفمبر", "from 13 July to 15 July"."""

    first: _Date
    last: _Date


@slot_fields
class _Stretch(NamedTuple):
    """Two dates joined into one stretch, from the first one's first day to the second one's last
    ("between September 2011 and June 2012", "بين فبراير 2010 وفبراير 2011", "from 2015 to 2019")."""

    first: _Date | _Year
    last: _Date | _Year


@slot_fields
class _Hijri(NamedTuple):
    year: int
    month: int
    day: int | None  # None: the whole month
    hijri_year: bool  # False: a Gregorian year ("رمضان 2024"), the month that starts in it


@slot_fields
class _HijriMonth(NamedTuple):
    """A Hijri month named without a year ("شهر رمضان", "رمضان المبارك"): the nearest one (D33),
    running at publication, else the last one before it unless the text places it ahead;
    "الماضي" / "المقبل" the one before or after."""

    month: int
    mode: str


@slot_fields
class _Year(NamedTuple):
    year: int


@slot_fields
class _HijriSpan(NamedTuple):
    """Whole months of a Hijri year ("الربع الأول من العام 1439هـ", "الثلاثة أشهر الأولى من العام
    الهجري الجاري", "العام الهجري الماضي"): months `first` to `first + count - 1` of the year written,
    or of the Hijri year `shift` years from the one publication falls in."""

    year: int | None
    shift: int
    first: int
    count: int


@slot_fields
class _HijriYear(NamedTuple):
    """A Hijri year written with its marker ("عام 1444 هـ", "السنة الهجرية 1445هـ")."""

    year: int


@slot_fields
class _Offset(NamedTuple):
    unit: str
    count: int
    sign: int


@slot_fields
class _Calendar(NamedTuple):
    unit: str
    shift: int
    last_day: bool = False  # "year-end": the period's last day


@slot_fields
class _Vague(NamedTuple):
    sign: int  # -1 past, 0 present ("now", "حاليا"), 1 future
    # The unit a plural names, its count open: "recent years", "the coming weeks", "الأشهر الأخيرة".
    unit: str | None = None


@slot_fields
class _Duration(NamedTuple):
    """A length the text states: "for three years", "a 10-day ceasefire"; with a window, the span it
    covers: "the past 24 hours" (ends at publication), "the next two weeks", "the first nine months
    of 2022"."""

    unit: str
    count: int
    window: str | None = None  # past, future, first
    year: int | None = None  # the year of a "first" window, when written
    year_shift: int | None = None
    half: bool = False  # "5 1/2 hours", "a minute and a half", "عامين ونصف": the count and a half
    # The month a "first" window opens ("the first three days of this month", "الأيام العشرة الأولى
    # من مارس"): (year or None, month or None, month shift from publication's or None).
    month: tuple[int | None, int | None, int | None] | None = None


@slot_fields
class _Run(NamedTuple):
    """ "لليوم الثالث على التوالي", "for the third straight day": how many days a state has run up
    to now, a length and no date (the guide's D72); read whole so that its day word is no date."""

    count: int


@slot_fields
class _Set(NamedTuple):
    """ "every year", "daily", "سنويا", "كل شهر": a period that recurs; "every Friday", "each July",
    "كل يوم جمعة", "every summer", "كل ليلة": the day, month, season or part of the day of it that
    recurs (its key in `part`); "twice a year", "ثلاث مرات في الشهر": how many times in each period
    (`times`)."""

    unit: str
    count: int
    part: str | None = None
    times: int | None = None


# The units an anchored time counts from publication in, when it may (_Anchored.publication).
_PUBLICATION_UNITS = frozenset({"week", "month", "year"})


@slot_fields
class _Anchored(NamedTuple):
    """ "the next day", "two days later", "اليوم التالي": counted from the time the text named before.
    `publication`: written with a word of time.publication_anchored, it counts from publication
    when the text named no time to count from ("الأسبوع السابق" alone is last week)."""

    unit: str
    offset: int
    publication: bool = False
    stated: bool = False  # the text states the length counted: "two days later", "an hour later"
    day: int | None = None  # a day of the month counted: "10 من الشهر ذاته", "the 10th of that month"
    # A year counted from the time named, written without a period of its own ("the previous year",
    # "العام السابق", not "the same quarter last year"): the whole calendar year, also after a month,
    # a quarter or a half (the guide's D66), never that period moved a year.
    whole_year: bool = False


@slot_fields
class _DayFrom(NamedTuple):
    """ "the day before last Tuesday's hearing", "the day after Christmas": a day counted from the
    time written right after the phrase (not from the time the text named before)."""

    inner: Expr
    offset: int


@slot_fields
class _WeekdayFrom(NamedTuple):
    """ "down 4.5% from the previous Friday": the weekday before (or after) the day the text named
    last; vague when it named none."""

    weekday: int
    sign: int


@slot_fields
class _WeekdayOfWeek(NamedTuple):
    """ "Tuesday of last week", "الاثنين من هذا الأسبوع", "ثلاثاء الأسبوع الماضي": that weekday in the
    calendar week the modifier names, reckoned from `week_start` (the lexicon's
    weekday_week_starts: the week its weekday names count, which may differ from the week named
    as a period)."""

    weekday: int
    shift: int
    week_start: int


@slot_fields
class _YearBack(NamedTuple):
    """ "year-earlier", "year-ago" before a noun ("compared with year-earlier profit"): the period the
    report is about, a year before."""


@slot_fields
class _SamePeriod(NamedTuple):
    """ "the same period of 2024": the period named before, in another year (written or shifted)."""

    year: int | None
    year_shift: int | None
    # Written as the year's period ("the 1988 quarter", "the 1989 period"): the report's period that
    # year, never a running tally's year so far.
    report: bool = False


@slot_fields
class _MonthsTo(NamedTuple):
    """ "the three months to June", "the 12 months to the end of March", "الأشهر الثلاثة المنتهية في
    يونيو": the months that end with the month (or day) named after the link; with `unit` "week",
    the weeks that end on the day named ("the week to June 25", "الأسبوع المنتهي في 25 يونيو")."""

    count: int
    last: _Date
    unit: str = "month"


@slot_fields
class _MonthSpan(NamedTuple):
    """ "between April and June", "from January to March 2024", "April-June", "بين أبريل ويونيو",
    "من يناير إلى مارس 2024": whole months from the first to the last."""

    first: int  # month 1-12
    last: _Date


@slot_fields
class _QuarterEnding(NamedTuple):
    """ "the quarter" of "the quarter ended Sept. 30": the three months that end on that day (the
    date stays a time of its own); "the fiscal year ended March 31", "السنة المالية المنتهية في 31
    مارس": the twelve months that end on it."""

    last_day: _Date
    unit: str = "quarter"  # or "year"


@slot_fields
class _FiscalYear(NamedTuple):
    """ "السنة المالية الحالية", "العام المالي السابق", "next fiscal year": a year of accounts, whose
    months are those of the country the text is about (find_times); none known, no time."""

    shift: int
    anchored: bool  # "السابق", "previous": counted from the fiscal year the article is about


@slot_fields
class _Part(NamedTuple):
    """A quarter, a half or a season of a year: "the third quarter", "النصف الأول من 2022", "last summer"."""

    kind: str  # quarter, half, season
    index: int  # quarter 1-4, half 1-2, season: index in SEASON_KEYS
    year: int | None
    year_shift: int | None
    mode: str


@slot_fields
class _Fixed(NamedTuple):
    """A period known from the text alone: "the 1990s", "the 20th century", "the 2009-2010 season"."""

    start: date
    end: date
    granularity: str
    # Two years written as one ("2017/18", "the fiscal 2015-16"): a body's year, which runs over the
    # months the article states for it when it states them (the guide's D83).
    pair: bool = False


@slot_fields
class _ShortDecade(NamedTuple):
    """ "the '80s": a decade written without its century, the latest one begun by publication."""

    digits: int  # 0, 10, ..., 90


@slot_fields
class _IsoWeek(NamedTuple):
    """ "Week 12", "epidemiological week 31 of 2023": the ISO week of that number (the guide's D85:
    a body's own week calendar is not in the text), of the year written, else the latest such week
    begun by publication."""

    week: int
    year: int | None


@slot_fields
class _Weekend(NamedTuple):
    """ "the weekend", "last weekend", "عطلة نهاية الأسبوع": the language's two days off, by a
    weekday's rule."""

    first: int  # its first day (a weekday index)
    mode: str  # bare, past, future, next (future verb), current, soon (a feast: FEAST_AHEAD_DAYS)


@slot_fields
class _Holiday(NamedTuple):
    """A holiday by its name: "Christmas", "Thanksgiving Day", "عيد الفطر", "عيد الأضحى الماضي"."""

    rule: tuple[
        str, int, int, int
    ]  # ("fixed", month, day, 0), ("nth", month, weekday, n), ("hijri", month, day, 0)
    year: int | None
    year_shift: int | None
    mode: str
    weekend: bool = False  # "the Memorial Day weekend": the days off around it (_holiday_weekend)


@slot_fields
class _Clock(NamedTuple):
    """A time of day ("10:35 a.m.", "الساعة العاشرة صباحا"): it joins the day written beside it, and
    alone is no time mention (it sharpens a day the claim already has)."""

    clock: str  # HH:MM, 24-hour; midnight ending a day is 24:00


@slot_fields
class _Pair(NamedTuple):
    """Two weekdays named together, both days: "يومي السبت والأحد", "on Saturday and Sunday"."""

    first: int
    second: int
    mode: str
    part: int = 0  # 1 or 2: that day alone, as placed by the pair ("يومي السبت والأحد": D42's two dates)


Expr = (
    _Day
    | _Weekday
    | _WeekdayDay
    | _Date
    | _MonthDay
    | _Between
    | _Stretch
    | _Hijri
    | _HijriMonth
    | _HijriSpan
    | _Year
    | _Offset
    | _Calendar
    | _Vague
    | _Duration
    | _Set
    | _Anchored
    | _QuarterEnding
    | _FiscalYear
    | _MonthsTo
    | _MonthSpan
    | _SamePeriod
    | _YearBack
    | _WeekdayFrom
    | _WeekdayOfWeek
    | _Part
    | _Fixed
    | _ShortDecade
    | _IsoWeek
    | _Pair
    | _Weekend
    | _Clock
    | _Holiday
    | _Run
    | _DayFrom
)
_BARE_YEAR = frozenset({"bare_year"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "؟", "؛"})
# How many words may stand between a date ahead and the next date whose verb is joined to its clause.
_COORDINATED_REACH = 4
_QUOTE_MARKS = frozenset("\"'“”«»‘’„(")
# The apostrophes of a possessive ("Women's", "Women’s").
_APOSTROPHES = frozenset("'’")
_CLOCK = frozenset({"clock"})


# Times "since" can start: dates, months, years, parts of years, weekdays, calendar periods ("since
# the start of the year", "منذ مطلع العام الجاري", "since last year").
# The times "since" (or a range to the present) opens a window from: every kind that names a day or
# a period of the calendar, the weekend and a holiday among them ("since the weekend", "since
# last weekend", "since Christmas", "منذ عيد الفطر").
_DATED = (
    _Date,
    _MonthDay,
    _Year,
    _Part,
    _Hijri,
    _HijriMonth,
    _HijriYear,
    _Weekday,
    _Day,
    _Fixed,
    _Calendar,
    _Weekend,
    _Holiday,
)


# The units a "first" window of a month counts: "the first three days of this month", "the first two
# weeks of March".
_IN_A_MONTH = frozenset({"day", "week"})

# A time restated in brackets after another: the closing mark of each opening one.
_BRACKETS = {"(": ")", "[": "]"}
_OPENERS = {c: o for o, c in _BRACKETS.items()}
# The most words a dateline line ("الرياض -الدار البيضاء اليوم") holds before an outlet's day noun.
_DATELINE_WORDS = 6
# The most words of a city before a wire dateline's day and month ("دار السلام - 3 - 6 (كونا)").
_WIRE_CITY_WORDS = 3

# Marks that set a weekday off after a relative day: "yesterday (Thursday)", "اليوم /الخميس/".
_APPOSITION_MARKS = {"(": ")", "/": "/"}


def _a_month(expr: Expr) -> bool:
    """Whether an expression names one month ("April", "نيسان 2023", "الشهر الماضي")."""
    if isinstance(expr, _Date):
        return expr.day is None and expr.end_day is None
    return isinstance(expr, _Calendar) and expr.unit == "month" and not expr.last_day


def _written_years(chosen: Sequence[_Candidate]) -> dict[tuple[int, int], int]:
    """The year each day of a month is written with in the text, where the text writes it with one
    year only: a headline or a later mention that leaves the year out ("منذ 7 أكتوبر", "since
    October 7") means the one it wrote. Not a month alone: "in March" beside "March 2020" is as
    often this year's March (five development sets lost a date to it)."""
    years: dict[tuple[int, int], set[int]] = {}
    for found in chosen:
        expr = found.expr
        if (
            isinstance(expr, _Date)
            and expr.year is not None
            and expr.day is not None
            and expr.end_day is None
        ):
            years.setdefault((expr.month, expr.day), set()).add(expr.year)
    return {key: next(iter(found)) for key, found in years.items() if len(found) == 1}


def _list_years(chosen: Sequence[_Candidate], published: date) -> dict[int, int]:
    """The year of each month of a list of three or more months written without a year ("ارتفع في
    كانون الثاني ونيسان وتشرين الأول", "in January, April and October"), by the index of its
    candidate: one year for the whole list in calendar order, the nearest where its last month (the
    first, for a list placed ahead) lies on the side of publication its mode says. Each month read
    alone could fall in a different year (January this year, October last year), which no writer
    means by one list. Two months are as often a comparison across the turn of the year ("7.8% in
    January and December", in a paper of February): each keeps its own."""
    years: dict[int, int] = {}
    group: list[int] = []

    def close() -> None:
        if len(group) > 2:
            first = chosen[group[0]].expr
            assert isinstance(first, _Date)
            months = [chosen[k].expr.month for k in group]  # type: ignore[union-attr]
            if months == sorted(set(months)):  # "ديسمبر ويناير" runs into the next year: each alone
                month = months[0] if first.mode == "next" else months[-1]
                years.update(dict.fromkeys(group, _year_for(month, None, first.mode, published)))
        group.clear()

    for k, found in enumerate(chosen):
        expr = found.expr
        month = isinstance(expr, _Date) and _yearless(expr) and _a_month(expr)
        if not (month and found.listed and group):
            close()
        if month:
            group.append(k)
    close()
    return years


def _yearless(expr: Expr) -> bool:
    """A month, a day, a range of them or a part of a year written without a year or a modifier."""
    if isinstance(expr, _Date):
        return expr.year is None and expr.year_shift is None and expr.mode in ("bare", "recent", "next")
    if isinstance(expr, _MonthSpan):
        return _yearless(expr.last)
    if isinstance(expr, _Between):
        return _yearless(expr.first) and _yearless(expr.last)
    if isinstance(expr, _Part):
        return expr.year is None and expr.year_shift is None and expr.mode == "bare"
    return False


def _dated_year_day(expr: Expr) -> bool:
    """A day of a month written with its year ("Dec. 15, 2022"): a comma after it closes the date,
    as the one before the year does, and the sentence goes on."""
    return isinstance(expr, _Date) and expr.day is not None and expr.year is not None


def _dated_day(found: _Candidate | None) -> bool:
    """A day written as a date of a month ("11/07/2020", "July 10", "التاسع عشر من هذا الشهر")."""
    return found is not None and (
        (isinstance(found.expr, _Date) and found.expr.day is not None) or isinstance(found.expr, _MonthDay)
    )


def _names_a_day(expr: Expr) -> bool:
    """A single day or a few days of one month ("May 24", "Wednesday", "today", "January 20-21")."""
    if isinstance(expr, _Date):
        return expr.day is not None
    return isinstance(expr, _Day | _Weekday | _WeekdayDay | _MonthDay | _Between)


@dataclass
class _Candidate:
    first: int  # token range [first, last)
    last: int
    expr: Expr
    period_part: str | None = None  # early, mid, late: "mid-June", "أواخر العام الماضي"
    since: bool = False  # "since October 7", "منذ أبريل الماضي": from its start to publication
    clock: str | None = None  # the time of day written with a day: "9 a.m. Tuesday"
    whole_week: bool = False  # "the week of March 6": the week that holds the day
    # "later this year" ("after"), "earlier this month" ("before"): of a period publication falls
    # in, the part after publication or before it.
    side_of_now: str | None = None
    # A "since" window's end when a range link after it names a dated day: "منذ منتصف مارس حتى
    # الأول من أبريل" (publication otherwise).
    until: Expr | None = None
    # The tokens of that end ("الأول من أبريل"), which TimeML tags as a time of its own.
    until_time: tuple[int, int] | None = None
    # The tokens of the time a "since" window or a range to the present starts at ("December 2011"
    # of "since December 2011"): the time TimeML tags, "since" being a signal.
    since_time: tuple[int, int] | None = None
    # A month joined to a list of months before it ("ونيسان" of "في كانون الثاني ونيسان"): the
    # months of a list written without a year are of one year (_list_years).
    listed: bool = False

    def run_to_now(self, first: int, last: int, expr: Expr) -> None:
        """This time starts a window to publication ("since" before it, or a range to the
        present after it): its own tokens become `since_time`, the window's are [first, last)
        and what it reads `expr`."""
        self.since_time = self.first, self.last
        self.first, self.last = first, last
        self.since = True
        self.expr = expr


# How many words of an event's name may stand between its noun and its year ("التعداد العام للسكان
# والمساكن والمنشآت 2020": four), and the marks before a host named with the year ("كأس العالم – قطر
# 2022"، "بكأس العالم (قطر 2022)"، "ألعاب الماسترز «أبوظبي 2026»").
_EVENT_NAME_WORDS = 4
_NAME_MARKS = frozenset({"-", "–", "—", "(", "«", '"', "“"})

# How many tokens before "the same period last year" a running total's "to date" may stand (its
# sentence and the one before).
_SO_FAR_REACH = 80
# How many tokens from a time a word of recurrence may stand ("usually increases between Q4 and Q1
# each year").
_HABITUAL_REACH = 6
# How many tokens after a date two days of its month may stand with the month left out.
_ELIDED_MONTH_REACH = 12
# The tokens that end a sentence, for that reach.
_SENTENCE_STOPS = frozenset({".", "!", "?", "؟"})
# ... and a clause, for the reach of a word of recurrence ("He is often late; on May 3 he came").
_CLAUSE_STOPS = _SENTENCE_STOPS | {";", "؛"}
# How far `_Scan.generic_month` looks from a month for the words that make it every year's month.
_GENERIC_MONTH_REACH = 5

# How many tokens after a period named a comparison may reach back to it ("35.7% في يونيو حزيران،
# مقارنة بـ32.7% في الشهر الماضي").
_COMPARED_REACH = 20
# A relative day ahead of publication whose named weekday is up to this many days before it
# ("tomorrow (Friday)" dated Friday) is that weekday: the text was written before the date it
# carries. Today or before, the named weekday always wins (the guide's D44).
_WRITTEN_BEFORE_DAYS = 2
# Words between "from"/"than" and the preposition before the time it compares with: a figure and
# its unit ("from 5.6 percent in January", "from $1.8 billion in 2022"; "5.6" is three tokens).
_COMPARED_BASE_REACH = 8

# How many words before "in six months" a record or an ordinal may stand ("the first time the
# rate of inflation has gone up in four months").
_RECORD_REACH = 10
# How many words after a vague adjective ("current") a unit of time makes it that period's modifier.
_ADJECTIVE_REACH = 3


def _time_tokens(tokenized: TokenizedText, ntext: str) -> tuple[list[str], list[int]]:
    """`_TOKEN`'s tokens of `ntext` (their strings and starts), from `text.tokenize`'s tokens of
    the same text: the article is tokenized once for every engine. The two patterns differ only
    in numbers: `tokenize` reads "1,000.5" (or a run of digits other than ASCII ones) as one
    token, `_TOKEN` as figures and marks. Neither pattern's token runs over an edge of the
    other's (a run of letters or of digits is taken whole by both), so `_TOKEN` over such a
    number's characters gives its tokens there (tests/test_fast_paths.py). The tokens' texts
    and starts are the tokenized text's own lists (shared with the other engines), copied here
    as this scan changes them."""
    toks = tokenized.texts.copy()
    starts = tokenized.starts.copy()
    kinds = tokenized.kinds
    numbers: list[int] = []
    k = -1
    for _ in range(kinds.count("num")):  # each found by list.index, a scan in C
        k = kinds.index("num", k + 1)
        if not (toks[k].isascii() and toks[k].isdigit()):
            numbers.append(k)
    for k in reversed(numbers):
        matches = list(_TOKEN.finditer(ntext, starts[k], starts[k] + len(toks[k])))
        toks[k : k + 1] = map(re.Match.group, matches)
        starts[k : k + 1] = map(re.Match.start, matches)
    return toks, starts


class _Scan:
    """One pass over one text: tokens, their base words and the candidates found."""

    def __init__(self, text: str, lex: Lexicon, tokenized: TokenizedText | None = None) -> None:
        self.lex = lex
        self.t = _tables(lex)
        self.day_first = bool(lex.meta("day_first", False))
        self.toks: list[str]
        self.starts: list[int]
        if tokenized is not None and "Σ" not in text and tokenized.norm.original == text:
            self.norm = _Normalized.of_article(tokenized.norm)
        else:
            self.norm = _Normalized(text)
        ntext = self.norm.text
        if tokenized is not None and tokenized.norm.text == ntext:
            self.toks, self.starts = _time_tokens(tokenized, ntext)
        else:
            matches = list(_TOKEN.finditer(ntext))
            self.toks = list(map(re.Match.group, matches))
            self.starts = list(map(re.Match.start, matches))
        self.drop_era_marks()
        self.n = len(self.toks)
        self.base_of = self.t.base_of
        self.candidates: list[_Candidate] = []
        self.dates_at: dict[int, _Candidate] = {}
        self.month_names_found: dict[str, bool] = {}  # `month_is_name`, asked once a text per month word
        # The tokens of "previous" in "of the previous year" read against a year the text named
        # (period_year): a part so dated anchors no later one ("the corresponding quarter of the
        # previous year" after "the 1st quarter of the previous year" is a year back from the text's).
        self.previous_years: set[int] = set()

    def drop_era_marks(self) -> None:
        """Drop the era's letter written onto a year ("1948م", of the Gregorian era): the year
        is read as if written bare, so "بين عامي 1948م و1949م" joins as "بين عامي 1948 و1949"."""
        marks = self.t.year_era_marks
        if not marks or marks.isdisjoint(self.toks):
            return  # most texts write no such letter alone: one test in C, not a loop over tokens
        toks, starts = self.toks, self.starts
        for k in range(len(toks) - 1, 0, -1):
            year = toks[k - 1]
            if (
                toks[k] in marks
                and len(year) == 4
                and year.isdigit()
                and starts[k] == starts[k - 1] + len(year)
                and not (
                    k + 1 < len(toks) and starts[k + 1] == starts[k] + len(toks[k]) and toks[k + 1].isalpha()
                )
            ):
                del toks[k], starts[k]

    # token helpers ----------------------------------------------------------------------------

    def base(self, i: int) -> str:
        """Token i without the clitics written onto it, when that leaves a word the engine knows."""
        if 0 <= i < self.n:
            tok = self.toks[i]
            return self.base_of.get(tok, tok)
        return ""

    def tok(self, i: int) -> str:
        return self.toks[i] if 0 <= i < self.n else ""

    def is_num(self, i: int) -> bool:
        return 0 <= i < self.n and _numeric(self.toks[i])

    def glued(self, i: int, j: int) -> bool:
        """Token j starts where token i ends; False when either is past the text ("coming--" at
        the very end: the second dash has no token after it)."""
        return i < self.n and j < self.n and self.end(i) == self.starts[j]

    def capitalized(self, i: int) -> bool:
        """Whether token i's first letter is a capital in the original text (the tokens are folded)."""
        return self.norm.original[self.norm.at(self.starts[i])].isupper()

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.toks[i])

    def plain_number(self, i: int) -> int | None:
        """The value of token i if it is a figure on its own (not part of 1.5, 10:30, 1/11, F-16)."""
        if not self.is_num(i):
            return None
        toks = self.toks
        if i >= 2 and toks[i - 1] in _NUMBER_GLUE and self.glued(i - 2, i - 1) and self.glued(i - 1, i):
            return None
        if (
            i + 2 < self.n
            and toks[i + 1] in _NUMBER_GLUE
            and self.glued(i, i + 1)
            and self.glued(i + 1, i + 2)
            # "in 1990." before a closing quote: a full stop or a comma glues only digits.
            and (toks[i + 1] not in _SENTENCE_MARKS or toks[i + 2][0] in _ASCII_DIGITS)
        ):
            return None
        return int(self.toks[i])

    def year_at(self, i: int) -> int | None:
        value = self.plain_number(i)
        if value is None or len(self.toks[i]) != 4 or not MIN_YEAR <= value <= MAX_YEAR:
            return None
        return value

    def day_at(self, i: int) -> int | None:
        value = self.plain_number(i)
        if value is None or len(self.toks[i]) > 2 or not 1 <= value <= 31:
            return None
        return value

    def day_ending(self, k: int, loose: bool = False) -> tuple[int, int] | None:
        """A day of the month written in the tokens ending at k: "15", "15th", "الأول", "the first",
        "الثالث والعشرين". Returns (day, first token). `loose` takes a figure glued to others ("13-15")."""
        t = self.t
        if k < 0:
            return None
        if self.toks[k] in t.ordinal_suffixes and k >= 1 and self.glued(k - 1, k):
            value = self.raw_day(k - 1, loose)
            return (value, k - 1) if value is not None else None
        value = self.raw_day(k, loose)
        if value is not None:
            return value, k - 1 if self.tok(k - 1) in t.day_articles else k
        found = self.phrase_ending(t.ordinal_days, k + 1)
        if found is None:
            return None
        first, day = found
        if first and self.base(first - 1) in t.ordinal_day_blockers:
            return None  # "النصف الأول من نيسان": the first half of April, not its first day
        month = self.phrase_ending(t.months, k + 1)
        if month is not None and month[0] < first:
            return None  # "8 كانون الثاني حتى 9 كانون الثاني": the month's name ends in an ordinal
        if first and self.base(first - 1) in t.ordinal_lead:
            first -= 1
        return day, first

    def raw_day(self, i: int, loose: bool = False) -> int | None:
        if not loose:
            return self.day_at(i)
        if not self.is_num(i) or len(self.toks[i]) > 2:
            return None
        value = int(self.toks[i])
        return value if 1 <= value <= 31 else None

    def range_start(self, s: int) -> tuple[int, int] | None:
        """The first day of a range whose last day starts at token s: "13 إلى"، "بين 13 و"، "13-",
        "from 13 to". Returns (day, first token, with the lead)."""
        t = self.t
        if self.base(s - 1) in t.day_lead and self.base(s - 2) in t.range_links:
            s -= 1  # "من 15 وحتى يوم 27 إبريل": the day's lead after the link
        if self.base(s - 1) in t.range_link_fillers and self.base(s - 2) in t.range_links:
            s -= 1  # "من 1 إلى غاية 15 أكتوبر": the link's second word
        link = self.tok(s - 1)
        dash = link in _RANGE_DASHES
        before = s - 2
        if not dash and link not in t.range_links and self.base(s - 1) not in t.range_links:
            if not self.written_onto(self.tok(s), t.range_links):
                return None
            # "بين السادس عشر والسابع والعشرين من أيلول": the link written onto the last day
            link, before = self.tok(s)[: t.variants[self.tok(s)][1]], s - 1
        start = self.day_ending(before, loose=dash)
        if start is None:
            return None
        day, first = start
        led = first > 0 and self.base(first - 1) in t.range_lead
        if link in t.range_links_need_lead and not led:
            return None
        return day, first - 1 if led else first

    def range_after(self, i: int, led: bool = False) -> tuple[int, int, int] | None:
        """A range written after a month: "July 13-15", "تموز 13 الى 15", after a range lead
        (`led`) "between May 15 and 18": (day, last day, end token)."""
        t = self.t
        link = self.tok(i + 1)
        dash = link in _RANGE_DASHES
        if not dash and (link not in t.range_links or (link in t.range_links_need_lead and not led)):
            return None
        first, last = self.raw_day(i, dash), self.raw_day(i + 2, dash)
        if first is None or last is None:
            return None
        # "13-15.5", "13-15,000": the second figure goes on.
        glue = self.tok(i + 3) in _NUMBER_GLUE and self.is_num(i + 4)
        if glue and self.glued(i + 2, i + 3) and self.glued(i + 3, i + 4):
            return None
        return first, last, i + 3

    def phrase_at(
        self, phrases: _Phrases[V], i: int, use_base: bool = True, head: str | None = None
    ) -> tuple[int, V] | None:
        """The longest phrase starting at token i: (end token, value). `head`: the word token i
        stands for when it is not its own (`head_phrase_at`)."""
        if not 0 <= i < self.n:
            return None
        toks = self.toks
        first = toks[i] if head is None else head
        if use_base:
            first = self.base_of.get(first, first)  # `base(i)`, i in range
        if i + 1 < self.n and first in phrases.two_firsts:
            for size, rest, value in phrases.by_first_two.get((first, toks[i + 1]), ()):
                end = i + size
                if end <= self.n and toks[i + 2 : end] == rest:
                    return end, value
        if first in phrases.single:
            return i + 1, phrases.single[first]
        return None

    def head_phrase_at(self, phrases: _Phrases[V], i: int) -> tuple[int, V] | None:
        """The longest phrase of two words or more starting at token i, a relative day noun with
        "ل" written onto its article ("لليوم السابق", "لليوم نفسه": `_Tables.merged_heads`)."""
        head = self.t.merged_heads.get(self.toks[i]) if 0 <= i < self.n else None
        if head is None:
            return None
        found = self.phrase_at(phrases, i, head=head)
        return found if found is not None and found[0] > i + 1 else None

    def modifier_around(self, first: int, end: int, two_steps: bool = False) -> tuple[int, int, str]:
        """A modifier after the expression ("الماضي", "next") or else before it ("last"): the
        span (first, end) grown to take it, and its mode; "bare" when there is none. One two steps
        away ("before last", "قبل الماضي") only with `two_steps`."""
        after = self.phrase_at(self.t.mod_after, end, use_base=False)
        if after and (two_steps or after[1] not in _TWO_STEPS):
            return first, after[0], after[1]
        before = self.phrase_ending(self.t.mod_before, first)
        if before and (two_steps or before[1] not in _TWO_STEPS):
            return before[0], end, before[1]
        return first, end, "bare"

    def phrase_ending(self, phrases: _Phrases[V], i: int) -> tuple[int, V] | None:
        """The longest phrase ending just before token i: (start token, value)."""
        if not 0 < i <= self.n:
            return None
        toks = self.toks
        last = toks[i - 1]
        # Each list of `by_last` is longest first already: only the entries of the token's base
        # word, when it has some, are merged in by length (a stable sort, as of the two joined).
        options = phrases.by_last.get(last, ())
        base = self.base_of.get(last, last)
        if base != last and (more := phrases.by_last.get(base)):
            options = sorted([*options, *more], key=_longest_first)
        for words, value in options:
            start = i - len(words)
            if start < 0 or (self.base(start) != words[0] and toks[start] != words[0]):
                continue
            if toks[start + 1 : i] == list(words[1:]):  # the words between, as one list compare
                return start, value
        return None

    def add(self, first: int, last: int, expr: Expr) -> _Candidate:
        found = _Candidate(first, last, expr)
        self.candidates.append(found)
        return found

    # the scan ---------------------------------------------------------------------------------

    def run(self) -> list[_Candidate]:
        roles = self.t.token_roles
        later: list[tuple[int, frozenset[str]]] = []
        toks, digits = self.toks, _ASCII_DIGITS
        # Most tokens are neither a word with a role nor a number: passed over in one
        # comprehension (a set look-up and one comparison each), the others read in order. A
        # token that opens with an ASCII digit sorts before ":" (the character after "9"), as
        # do the ASCII signs before "0" ("." "," "%" ...), which the loop passes over by their
        # first character: the test without making a string of each word's first letter (one
        # an Arabic word's each time), at one comparison for a word instead of two.
        for i in [k for k, tok in enumerate(toks) if tok in roles or tok < ":"]:
            tok = toks[i]
            role = roles.get(tok)
            if role is None:
                if tok[0] in digits:
                    if i + 4 < self.n and toks[i + 1] in _DATE_SEPARATORS:
                        self.match_numeric_date(i)
                    if i + 3 < self.n and toks[i + 1] in _RANGE_DASHES and self.t.wire_agency_opens:
                        self.match_wire_dateline(i)
                    if len(tok) == 4 or (len(tok) == 2 and i and toks[i - 1] in _APOSTROPHES):
                        later.append((i, _BARE_YEAR))  # "1989", "the '80s"
                    elif i + 1 < self.n and (
                        toks[i + 1] == ":" or toks[i + 1] in self.t.clock_markers.by_first
                    ):
                        later.append((i, _CLOCK))
                continue
            if "month" in role:
                self.match_month(i)
            if "hijri" in role:
                self.match_hijri(i)
            if "calendar" in role:
                self.match_month_day(i)
            later.append((i, role))
        if len(self.dates_at) > 1:
            self.match_between()
        for i, role in later:
            for match in _plan(role):
                match(self, i)
        self.match_months_of_year()
        self.clocks_on_days()
        self.candidates = [c for c in self.candidates if not isinstance(c.expr, _Clock)]
        if self.t.month_lead:
            self.drop_counts_of_named_months()
        for found in self.candidates:
            if not isinstance(found.expr, _Vague):
                self.attach(found)
            if (
                isinstance(found.expr, _DATED)
                and found.first
                and (lead := self.since_lead(found.first)) is not None
            ):
                found.run_to_now(lead, found.last, _since_passed(found.expr, found.period_part))
            elif self.so_far_around(found):
                found.since = True
            elif isinstance(found.expr, _DATED) and (reach := self.until_now_after(found)) is not None:
                found.run_to_now(*reach, _since_passed(found.expr, found.period_part))
        if self.t.months_to_links.by_first_two or self.t.months_to_links.single:
            self.match_months_to()
        if self.t.month_quarters:
            self.match_month_quarters()
        self.since_months_to()
        self.match_month_spans()
        self.join_stretches()
        if self.dates_at and self.t.day_pair_lead:
            self.match_elided_month_days()
        self.split_joined_days()
        if self.t.calendar_equivalents.single or self.t.calendar_equivalents.by_first_two:
            self.merge_calendar_equivalents()
        if self.t.hijri_markers.single:
            self.merge_hijri_periods()
        self.merge_appositions()
        self.merge_year_before_month()
        self.absorb_dashed_weekdays()
        if self.t.week_of.single or self.t.week_of.by_first_two:
            self.widen_to_week()
        self.merge_since_until_today()
        if self.t.anchor_prepositions:
            self.count_from_time_after()
        if self.t.habitual.single or self.t.habitual.by_first_two:
            self.drop_habitual()
        return self.candidates

    def count_from_time_after(self) -> None:
        """ "the day before last Tuesday's hearing", "the day after Christmas", "the day after
        Friday's vote": a phrase of time.anchored that ends in a preposition (time.anchor_prepositions)
        right before a day the text names is counted from that day, one time."""
        t = self.t
        for found in list(self.candidates):
            if not isinstance(found.expr, _Weekday | _Day | _Date | _Holiday) or found.since:
                continue
            if self.base(found.first - 1) not in t.anchor_prepositions:
                continue
            phrase = self.phrase_ending(t.anchored, found.first)
            if phrase is None or phrase[1][0] != "day" or not phrase[1][1]:
                continue
            first = phrase[0]
            self.candidates = [
                c
                for c in self.candidates
                if c is not found and not (isinstance(c.expr, _Anchored) and first <= c.first < found.first)
            ]
            self.add(first, found.last, _DayFrom(found.expr, phrase[1][1]))

    def drop_habitual(self) -> None:
        """ "The unemployment rate usually increases between Q4 and Q1 each year", "يبدأ العام المالي
        في الأول من أبريل وينتهي في 31 مارس سنوياً": a month, a day or a part of a year without a
        year or a modifier, beside a word that says it recurs, is a time of every year (a set), not
        a date."""
        for found in self.candidates:
            if _yearless(found.expr) and self.habitual_around(found):
                # Still a time (its numbers are no figures), one that recurs every year; a whole
                # month keeps its name ("every year in May": XXXX-05, as "each May").
                expr = found.expr
                whole = isinstance(expr, _Date) and expr.day is None and expr.end_day is None
                month = expr.month if isinstance(expr, _Date) and whole else 0
                found.expr = _Set("year", 1, MONTH_KEYS[month - 1] if month else None)

    def habitual_around(self, found: _Candidate) -> bool:
        """Whether a word of recurrence ("often", "usually", "each year", "سنويا") stands within a
        few words of a time, in its sentence (the verb's clause: "inflation rose in December, when
        prices usually fall" keeps December)."""
        for k in range(found.first - 1, max(found.first - _HABITUAL_REACH, 0) - 1, -1):
            if self.toks[k] in _CLAUSE_STOPS or self.toks[k] in _COMMAS:
                break
            phrase = self.phrase_at(self.t.habitual, k)
            if phrase:
                return not self.past_verb_between(phrase[0] + 1, found.first)
        for k in range(found.last, min(found.last + _HABITUAL_REACH, self.n)):
            if self.toks[k] in _CLAUSE_STOPS or self.toks[k] in _COMMAS:
                break
            if self.phrase_at(self.t.habitual, k):
                return not self.past_verb_between(found.last, k)
        return False

    def past_verb_between(self, first: int, end: int) -> bool:
        """Whether a past verb stands in tokens first..end-1, between a time and a word of
        recurrence but not the verb that word is next to ("usually rose"): "Storms that often
        strike killed 30 on June 3", "On June 3 officials said floods often follow" tell of one
        day, not of every year."""
        return any(self.past_at(m) for m in range(first, end))

    def split_joined_days(self) -> None:
        """ "November 17 and 18", "21 و22 تشرين الثاني", "September 17, 18, and 19": days of one
        month joined by "and" (time.range_links_need_lead) and commas, with no range lead before
        them, are each a date (the guide's D42), the month and year read into each; "between 17
        and 18 November", "from 13 to 15 July", "July 7 or 8" stay one stretch."""
        kept: list[_Candidate] = []
        for found in self.candidates:
            days = self.joined_days(found)
            if not days:
                kept.append(found)
                continue
            expr = found.expr
            assert isinstance(expr, _Date)
            for n, (k, day) in enumerate(days):
                first = found.first if n == 0 else k
                last = found.last if n == len(days) - 1 else k + 1
                # A weekday written with the range names one of its days, which the text leaves
                # open: each day is read by its date alone.
                part = expr._replace(day=day, end_day=None, weekday=None)
                kept.append(replace(found, first=first, last=last, expr=part))
        self.candidates = kept

    def joined_days(self, found: _Candidate) -> list[tuple[int, int]]:
        """The days (token, day) of a range of days in one month that "and" joins (split_joined_days),
        or none."""
        t, expr = self.t, found.expr
        if (
            not isinstance(expr, _Date)
            or expr.day is None
            or expr.end_day is None
            or found.since
            or found.period_part is not None
            or found.until is not None
            or self.base(found.first) in t.range_lead
            or self.base(found.first - 1) in t.range_lead
        ):
            return []
        days: list[tuple[int, int]] = []
        anded = False
        for k in range(found.first, found.last):
            value = self.raw_day(k)
            if value is None or not expr.day <= value <= expr.end_day or (days and value <= days[-1][1]):
                continue
            if days:
                between = range(days[-1][0] + 1, k)
                links = [self.toks[m] for m in between]
                if not all(w in _COMMAS or w in t.range_links_need_lead for w in links):
                    return []  # "13 to 15", "7 or 8"
                anded = anded or any(w in t.range_links_need_lead for w in links)
            days.append((k, value))
        if not anded or len(days) < 2 or days[0][1] != expr.day or days[-1][1] != expr.end_day:
            return []
        return days

    def match_elided_month_days(self) -> None:
        """ "يومي 21 و22 تشرين الثاني في الخارج ويومي 24 و25 في الداخل": two days named after a
        date of the same sentence, their month left out, are days of that date's month."""
        t = self.t
        for dated in list(self.dates_at.values()):
            expr = dated.expr
            if not isinstance(expr, _Date) or expr.day is None:
                continue
            for k in range(dated.last, min(dated.last + _ELIDED_MONTH_REACH, self.n - 3)):
                if self.toks[k] in _SENTENCE_STOPS:
                    break
                if self.base(k) not in t.day_pair_lead or not self.is_num(k + 1) or not self.is_num(k + 3):
                    continue
                if self.base(k + 2) not in t.range_links or self.phrase_at(t.months, k + 4) is not None:
                    continue
                first, last = self.plain_number(k + 1), self.plain_number(k + 3)
                if first is not None and last is not None and 1 <= first < last <= 31:
                    self.add(k, k + 4, expr._replace(day=first, end_day=last, weekday=None))
                break

    def drop_counts_of_named_months(self) -> None:
        """ "قبل شهر أغسطس", "منذ شهر أغسطس", "خلال شهر أغسطس": the word for month that leads a
        month's name is not a count of one month ("قبل شهر", a month ago), so a time that ends on it
        gives way to the month it names."""
        named = {c.first for c in self.candidates if isinstance(c.expr, _Date | _Hijri | _HijriMonth)}
        self.candidates = [
            c
            for c in self.candidates
            if not (
                isinstance(c.expr, _Offset | _Duration)
                and (c.last - 1 in named or c.last in named)
                and c.first < c.last - 1
                and self.base(c.last - 1) in self.t.month_lead
            )
        ]

    def merge_since_until_today(self) -> None:
        """ "منذ أمس وحتى ظهر اليوم الثلاثاء", "since Monday until this afternoon", "منذ بداية العام
        وحتى الآن": a "since" window whose end the text writes as today or now is one window (it
        ends at publication already); one whose end is a dated day ("منذ منتصف مارس الماضي حتى
        الأول من أبريل الحالي") ends on it. A comma may stand before the link ("منذ بداية العام
        الجاري، وحتى نهاية آذار"): the link, not the comma, says where the window ends."""
        by_first = {c.first: c for c in self.candidates}
        gone: set[int] = set()
        for found in self.candidates:
            if not found.since:
                continue
            link = found.last
            if self.tok(link) in _COMMAS:
                link += 1  # "منذ بداية العام الجاري، وحتى نهاية آذار": a comma before the link
            if self.base(link) not in self.t.range_links:
                continue
            if self.tok(link + 1) in self.t.range_link_fillers:
                link += 1  # "منذ بداية العام وإلى غاية 10 سبتمبر": the link's second word
            today = by_first.get(link + 1)
            if today is None and self.base(link + 1) in self.t.month_lead:
                today = by_first.get(link + 2)  # "منذ مطلع العام حتى شهر أغسطس"
            if today is not None and isinstance(today.expr, _Day) and today.expr.offset == 0:
                found.last = today.last
                gone.add(id(today))
            elif today is not None and (
                (
                    isinstance(today.expr, _Date)
                    and (today.expr.day is not None or today.period_part in (None, "end", "late"))
                )
                or (isinstance(today.expr, _Day) and today.expr.offset < 0)
                or isinstance(today.expr, _Weekday)
            ):
                # ... a month too: "منذ بداية العام الجاري وحتى نهاية أغسطس" ends with August; a day
                # before today or a weekday: "منذ السابع من الشهر الجاري، وحتى مساء أمس الاثنين", "since
                # Thursday through Sunday" (the link says nothing of the future there: the bare rule).
                until = today.expr
                if isinstance(until, _Weekday) and until.mode in ("next", "near"):
                    until = until._replace(mode="bare")
                found.last, found.until = today.last, until
                found.until_time = today.first, today.last
                gone.add(id(today))
            elif (now := self.phrase_at(self.t.until_now, link + 1)) is not None and (
                today is None or (isinstance(today.expr, _Vague) and today.last <= now[0])
            ):
                # "منذ بداية العام وحتى الآن", "since January until now": the window already ends at
                # publication; the present is its end, not a time of its own.
                found.last = now[0]
                if today is not None:
                    gone.add(id(today))
        if gone:
            self.candidates = [c for c in self.candidates if id(c) not in gone]

    def widen_to_week(self) -> None:
        """ "the week of March 6", "the week of Jan. 20": the week that holds the day named after
        the phrase (the language's week), not that day; after it a range of days is that range."""
        for found in self.candidates:
            if not _names_a_day(found.expr) or found.period_part or found.since:
                continue
            lead = self.phrase_ending(self.t.week_of, found.first)
            if lead is not None:
                # "the week of December 22 to 28": the days it writes are the week it means.
                expr = found.expr
                ranged = isinstance(expr, _Between) or (isinstance(expr, _Date) and expr.end_day is not None)
                found.first, found.whole_week = lead[0], not ranged

    def merge_calendar_equivalents(self) -> None:
        """ "الأول من ربيع الأول 1438هـ الموافق 30 نوفمبر 2016م", "7 صفر 1442 هـ – الموافق 25 سبتمبر
        2020 م": a day written in one calendar, then a word of equivalence (time.calendar_equivalents)
        and the same day in the other, is one time (with the weekday's name before it), the
        Gregorian date's (the Hijri one computed from the tabular calendar may be a day off the one
        the country observes)."""
        by_first = {c.first: c for c in self.candidates}
        weekdays_to: dict[int, list[_Candidate]] = {}
        for c in self.candidates:
            if isinstance(c.expr, _Weekday):
                weekdays_to.setdefault(c.last, []).append(c)
        gone: set[int] = set()
        merged: list[_Candidate] = []
        for found in sorted(self.candidates, key=lambda c: c.first):
            if id(found) in gone or not self.one_day(found.expr):
                continue
            k = found.last
            while self.tok(k) in _RANGE_DASHES or self.tok(k) in _COMMAS:
                k += 1
            link = self.phrase_at(self.t.calendar_equivalents, k)
            beside = by_first.get(link[0]) if link is not None else None
            if beside is None or id(beside) in gone or not self.one_day(beside.expr):
                continue
            if isinstance(found.expr, _Hijri) == isinstance(beside.expr, _Hijri):
                continue  # two days of one calendar: no restatement
            written = beside if isinstance(found.expr, _Hijri) else found
            first = found.first
            for weekday in weekdays_to.get(first, ()):
                # "يوم الخميس 27 ربيع الآخر 1446هـ الموافق ...": the day's name too
                first = min(first, weekday.first)
                gone.add(id(weekday))
            merged.append(_Candidate(first, beside.last, written.expr, clock=found.clock or beside.clock))
            gone.update((id(found), id(beside)))
        if merged:
            self.candidates = [c for c in self.candidates if id(c) not in gone] + merged

    @staticmethod
    def one_day(expr: Expr) -> bool:
        """A day written as a date: of a Hijri month, or of a Gregorian one."""
        if isinstance(expr, _Hijri):
            return expr.day is not None
        return isinstance(expr, _Date) and expr.day is not None and expr.end_day is None

    def merge_appositions(self) -> None:
        """A day restated beside another time is one time, written once: "on Wednesday (May 24)",
        "this evening (7 January)", "اليوم السبت (14 سبتمبر)", "يوم الخميس، (22 أيلول)", "tomorrow
        [Tuesday]", "the weekend of January 20-21", "بعد غدٍ 11/07/2020", "tomorrow, July 10". A
        comma may stand before the brackets (D29: with or without commas or brackets). The date
        in brackets is the one the text means (an editor's "[Tuesday]" puts a quoted "tomorrow" in
        the article's own frame); so is the date a weekend or a relative day names."""
        by_first = {c.first: c for c in self.candidates}
        merged: dict[int, _Candidate] = {}
        gone: set[int] = set()
        for found in sorted(self.candidates, key=lambda c: c.first):
            if id(found) in gone or (not _names_a_day(found.expr) and not isinstance(found.expr, _Weekend)):
                continue
            k = found.last
            if self.tok(k) in _COMMAS and self.tok(k + 1) in _BRACKETS:
                k += 1  # "يوم الخميس، (22 كانون الأول الحالي)": a comma, then the brackets (D29)
            opener = self.tok(k)
            closer = _BRACKETS.get(opener)
            if (
                closer is None
                and isinstance(found.expr, _Weekend)
                and self.base(k) in self.t.weekend_date_links
            ):
                closer = ""
            if closer is None and isinstance(found.expr, _Day):
                # "بعد غدٍ 11/07/2020", "tomorrow, July 10": a relative day and its date.
                closer, k = "", k if opener in _COMMAS else k - 1
                if found.expr.weekday is not None and self.tok(k + 1) in self.t.weekday_date_links:
                    k += 1  # "اليوم الخميس الموافق 18 تموز": one date over the whole (D29)
            if closer is None:
                continue
            beside = by_first.get(k + 1)
            if not closer and isinstance(found.expr, _Day) and not _dated_day(beside):
                continue
            if beside is None or id(beside) in gone or not _names_a_day(beside.expr):
                continue
            if closer and self.tok(beside.last) != closer:
                continue
            if opener == "(" and not isinstance(beside.expr, _Date | _MonthDay | _Between):
                continue  # "yesterday (Thursday)": the weekday checks the day (apposition)
            last = beside.last + 1 if closer else beside.last
            expr = beside.expr
            if (
                isinstance(found.expr, _Day)
                and isinstance(expr, _Date)
                and expr.day is not None
                and expr.year is None
                and expr.year_shift is None
            ):
                # "غدًا الاثنين 20 أكتوبر", "أمس (31 ديسمبر)": the day word says which day the date
                # is, a day or two from publication, so its year is the nearest one, whatever a
                # verb elsewhere in the clause would say of a date alone.
                expr = expr._replace(mode="nearest")
            merged[found.first] = _Candidate(
                found.first, last, expr, beside.period_part, beside.since, found.clock or beside.clock
            )
            gone.update((id(found), id(beside)))
        if merged:
            self.candidates = [c for c in self.candidates if id(c) not in gone] + list(merged.values())

    def merge_hijri_periods(self) -> None:
        """ "الربع الأول من العام 1439هـ", "الثلاثة أشهر الأولى من العام الهجري الجاري", "الربع الأول
        الهجري": a quarter, a half or a year's first months followed by a Hijri year (its number and
        marker, or the marker and perhaps a modifier) are months of that Hijri year, as Saudi
        statistics count them; "العام الهجري الماضي", a year word with the marker and a modifier, is
        the Hijri year (the Gregorian reading was the calendar year's quarter, or nothing)."""
        t = self.t
        by_first = {c.first: c for c in self.candidates}
        gone: set[int] = set()
        for found in self.candidates:
            months = _year_months(found.expr)
            if months is None or found.period_part or found.since or id(found) in gone:
                continue
            hijri = self.hijri_year_at(found.last, by_first)
            if hijri is None:
                continue
            year, shift, end, inner = hijri
            if inner is not None:
                gone.add(id(inner))
            found.last, found.expr = end, _HijriSpan(year, shift, *months)
        if gone:
            self.candidates = [c for c in self.candidates if id(c) not in gone]
        for i in _positions(self.toks, t.year_lead_tokens):
            hijri = self.hijri_year_at(i + 1, {})
            if hijri is not None and hijri[0] is None and hijri[2] > i + 2:
                self.add(i, hijri[2], _HijriSpan(None, hijri[1], 1, 12))

    def hijri_year_at(
        self, k: int, by_first: dict[int, _Candidate]
    ) -> tuple[int | None, int, int, _Candidate | None] | None:
        """The Hijri year written from token k on: "من العام 1439هـ" (the Hijri year read there, or its
        number and marker), "الهجري", "الهجري الماضي" (the marker, then the shift from publication's
        Hijri year). Returns (year or None, shift, end token, the year's own candidate or None)."""
        t = self.t
        inner = by_first.get(k + 1) if self.tok(k) in t.date_links else by_first.get(k)
        if inner is not None and isinstance(inner.expr, _HijriYear):
            return inner.expr.year, 0, inner.last, inner
        if self.is_num(k) and len(self.toks[k]) == 4 and (year := self.plain_number(k)) is not None:
            marker = self.phrase_at(t.hijri_markers, k + 1, use_base=False)
            if marker is not None and HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
                return year, 0, marker[0], None
            return None
        marker = self.phrase_at(t.hijri_markers, k, use_base=False)
        if marker is None or len(self.toks[k]) < 3:
            return None  # a bare "ه" is the marker only after a year's number
        end, shift = marker[0], 0
        modifier = self.phrase_at(t.mod_after, end, use_base=False)
        if modifier is not None:
            end, shift = modifier[0], _SHIFTS[modifier[1]]
        return None, shift, end, None

    def merge_year_before_month(self) -> None:
        """ "Last year June", "this year March 5": a relative year written right before a month
        without a year (as East African and South Asian English write it) is that month's year,
        one time; a mark between them ("Last year, June was ...") keeps them apart."""
        by_first = {c.first: c for c in self.candidates}
        gone: set[int] = set()
        merged = []
        for found in self.candidates:
            expr = found.expr
            if not isinstance(expr, _Calendar) or expr.unit != "year" or expr.last_day or found.since:
                continue
            month = by_first.get(found.last)
            if (
                month is None
                or not isinstance(month.expr, _Date)
                or month.expr.year is not None
                or month.expr.year_shift is not None
                or id(month) in gone
            ):
                continue
            merged.append(
                _Candidate(
                    found.first,
                    month.last,
                    month.expr._replace(year_shift=expr.shift, mode="bare"),
                    month.period_part,
                    month.since,
                    month.clock,
                )
            )
            gone.update((id(found), id(month)))
        if merged:
            self.candidates = [c for c in self.candidates if id(c) not in gone] + merged

    def absorb_dashed_weekdays(self) -> None:
        """ "today 24 September-Saturday", "15/10/2024 - الثلاثاء", "on October 24, Thursday": a
        weekday set after a date by a dash, a slash or a comma names that date's day, one time with
        it (its weekday checks the date), as a weekday and its date are in the other order (D29)."""
        by_first = {c.first: c for c in self.candidates if isinstance(c.expr, _Weekday)}
        if not by_first:
            return
        gone: set[int] = set()
        for found in self.candidates:
            expr = found.expr
            if not isinstance(expr, _Date) or expr.day is None or expr.end_day is not None:
                continue
            mark = self.tok(found.last)
            if mark not in _RANGE_DASHES and mark != "/" and mark not in _COMMAS:
                continue
            weekday = by_first.get(found.last + 1)
            if weekday is None or id(weekday) in gone:
                continue
            if mark in _COMMAS and self.possessive_at(weekday.last):
                continue  # "on October 24, Thursday's talks": the weekday's own noun, not the date's day
            assert isinstance(weekday.expr, _Weekday)
            found.last = weekday.last
            found.expr = expr._replace(weekday=weekday.expr.weekday)
            gone.add(id(weekday))
        if gone:
            self.candidates = [c for c in self.candidates if id(c) not in gone]

    def bare_and(self, k: int) -> bool:
        """Whether token k is, or starts with, the "and" that joins two dates only after a range
        lead (time.range_links_need_lead): "و" alone or written onto the word after it."""
        links = self.t.range_links_need_lead
        return self.tok(k) in links or self.written_onto(self.tok(k), links)

    def match_month_spans(self) -> None:
        """ "between April and June", "from January to March 2024", "April-June", "بين أبريل
        ويونيو", "من يناير إلى مارس": a range link between two month names (a lead before the
        first, except after a dash written onto both)."""
        t = self.t
        firsts = t.month_first_tokens  # tok or base(i) in t.month_firsts
        # The tokens a month's name can start at, found by C loops (most tokens start none).
        for i in _indexes_in(self.toks, firsts):
            found = self.phrase_at(t.months, i)
            if found is None:
                continue
            end, first_month = found
            end = self.doubled_month(end, first_month)
            last = self.month_after_link(end)
            first_day = None  # "from October to 31 December last year": the day written before the month
            if (
                last is None
                and (self.tok(end) in t.range_links or self.base(end) in t.range_links)
                and (first_day := self.day_at(end + 1)) is not None
                and (month_after := self.phrase_at(t.months, end + 2)) is not None
            ):
                last = month_after[0], month_after[1], False
            else:
                first_day = None
            if last is None:
                continue
            link_end, last_month, dashed = last
            first = i
            # "ما بين شهري يناير ومايو"، "خلال الشهرين يناير وفبراير": the dual names one span, as
            # "يومي" and "عامي" do; a singular month word stands between the lead and the month too.
            paired = first > 0 and (
                self.base(first - 1) in t.month_pair_lead or self.tok(first - 1) in t.month_pair_lead
            )
            if paired or self.base(first - 1) in t.month_lead:
                first -= 1
            elif (filler := self.phrase_ending(t.range_month_fillers, first)) is not None and (
                self.base(filler[0] - 1) in t.range_lead or self.tok(filler[0] - 1) in t.range_lead
            ):
                first = filler[0]
            if last_month == first_month:
                continue
            lead = self.base(first - 1)
            led = first > 0 and (
                lead in t.range_lead
                or self.tok(first - 1) in t.range_lead
                # "منذ يناير وحتى أغسطس": "since" before a range link that is not a bare "و"
                or (
                    lead in t.since
                    and self.tok(end) in t.range_links
                    and self.tok(end) not in t.range_links_need_lead
                )
            )
            bare = self.tok(end) in t.month_range_links_bare and (
                (last_month - first_month) % 12 >= 2
                # "the July to August period": the noun closes two months next to each other too
                or (
                    self.tok(i - 1) in t.definite_words
                    and self.closes_period(self.doubled_month(link_end, last_month))
                )
            )
            if paired and not led and self.bare_and(end):
                paired = False  # "شهري أبريل ومايو 2020": two months, each a date (the guide's D42)
            if not led and not dashed and not paired and not bare:
                continue
            if led:
                first -= 1
            elif first != i and not paired:
                first = i  # "شهر" alone before a month: the span starts at the month
            month_end = self.doubled_month(link_end, last_month)
            last_day = self.day_at(month_end) if not self.day_first and first_day is None else None
            if first_day is not None:
                last_day = first_day
            elif last_day is not None and not self.counts_after_day(last_day, month_end + 1):
                month_end += 1  # "from January to July 20 this year": the span ends on that day
            else:
                last_day = None
            # "to December 31, 2021": a day's comma before the year, as after a date
            year, shift, span_end = self.date_year(month_end, last_day is not None)
            if (
                year is None
                and shift is None
                and last_day is None
                and (last_month - first_month) % 12 == 2
                and self.base(month_end) in t.month_quarters
            ):
                # "the April-June quarter of 2017": the quarter's noun, then its year
                year, shift, after = self.quarter_year(month_end + 1)
                if year is not None or shift is not None:
                    span_end = after
            mode = "bare" if year is not None or shift is not None else self.clause_mode(first)
            self.add(
                first,
                span_end,
                _MonthSpan(first_month, _Date(year, last_month, last_day, mode, year_shift=shift)),
            )

    def join_stretches(self) -> None:
        """ "between September 2011 and June 2012", "from March 2020 to June 2021", "بين فبراير 2010
        وفبراير 2011", "من عام 2015 إلى عام 2019": two dates with a year (a month of a year, a year)
        joined by a range link after a range lead are one stretch, as two days are (match_between),
        two months next to each other too ("between December 2022 and January 2023"); a second
        date before the first stays two (a comparison)."""
        t = self.t
        starts: dict[int, _Candidate] = {}
        for found in self.candidates:
            if self.stretch_end(found.expr):
                starts.setdefault(found.first, found)
        if not starts:
            return
        for a in list(starts.values()):
            # "من شهر مارس 2019 إلى غاية شهر فبراير 2020": the word for month may stand after the
            # lead and after the link (or with the link written onto it: "وشهر مارس 2020").
            lead = a.first - 1
            if lead > 0 and self.base(lead) in t.month_lead:
                lead -= 1
            if lead < 0 or not (self.base(lead) in t.range_lead or self.tok(lead) in t.range_lead):
                closed = self.period_closed(a)
                if closed is not None:
                    last, noun = closed
                    first = a.expr
                    assert isinstance(first, _Date | _Year)
                    if _before_or_next_to(first, last):
                        self.add(a.first - 1, noun + 1, _Stretch(first, last))
                continue
            link = a.last
            if self.tok(link) in _COMMAS and _dated_year_day(a.expr):
                link += 1  # "from Dec. 15, 2022, to Jan. 5, 2023": the comma that closes a date's year
            word = self.tok(link)
            if word in t.range_links or self.base(link) in t.range_links or word in _RANGE_DASHES:
                after = link + 2 if self.base(link + 1) in t.range_link_fillers else link + 1
                b = starts.get(after + 1 if self.base(after) in t.month_lead else after)
            elif self.written_onto(word, t.range_links):
                # "وفبراير 2011": the link written onto the second date, or onto its month word
                b = starts.get(a.last + 1 if self.base(a.last) in t.month_lead else a.last)
            else:
                continue
            if b is None:
                continue
            first, last = a.expr, b.expr
            assert isinstance(first, _Date | _Year) and isinstance(last, _Date | _Year)
            if _before_or_next_to(first, last):
                self.add(lead, b.last, _Stretch(first, last))

    def closes_period(self, k: int) -> bool:
        """Whether a noun of time.stretch_period_nouns stands at token k, or after a year there:
        "(the July to August) period", "(the July to August) 2015 period"."""
        if self.year_at(k) is not None:
            k += 1
        return self.base(k) in self.t.stretch_period_nouns

    def period_closed(self, a: _Candidate) -> tuple[_Date | _Year, int] | None:
        """ "the 2014 to 2015 period", "the 2014 to the 2015 period": the second date and the token
        of the noun (time.stretch_period_nouns) that makes a stretch of two dates joined by a bare
        link (time.month_range_links_bare) after the article; None otherwise. (A bare year after
        the link is no time of its own: the noun makes it the stretch's end.)"""
        t = self.t
        if not t.stretch_period_nouns or self.tok(a.first - 1) not in t.definite_words:
            return None
        if self.tok(a.last) not in t.month_range_links_bare:
            return None
        after = a.last + 1 + (self.tok(a.last + 1) in t.definite_words)
        b = next((c for c in self.candidates if c.first == after and self.stretch_end(c.expr)), None)
        if b is not None:
            expr, noun = b.expr, b.last
        elif isinstance(a.expr, _Year) and (year := self.year_at(after)) is not None:
            expr, noun = _Year(year), after + 1
        else:
            return None
        if self.base(noun) not in t.stretch_period_nouns:
            return None
        assert isinstance(expr, _Date | _Year)
        return expr, noun

    def range_lead_of(self, first: _Candidate, last: _Candidate) -> int | None:
        """The token of the range lead before two times the text joins as one stretch's ends
        ("from A to B", "بين A وB", "من A حتى B"), the link between them alone or written onto the
        second; None otherwise, and for a "since" window (merge_since_until_today ends those)."""
        t = self.t
        if first.since or last.since or not first.first:
            return None
        lead = first.first - 1
        if self.base(lead) not in t.range_lead and self.tok(lead) not in t.range_lead:
            return None
        link = first.last
        if self.tok(link) in _COMMAS and last.first > link + 1:
            link += 1  # "between 12:01 a.m. Saturday, Dec. 24, to 11:59 p.m. Sunday": the date's comma
        word = self.tok(link)
        after = link + 2 if self.base(link + 1) in t.range_link_fillers else link + 1  # "إلى غاية"
        if last.first == after and (word in t.range_links or self.base(link) in t.range_links):
            return lead
        if last.first == link and self.written_onto(word, t.range_links):
            return lead
        return None

    def year_until_month(self, first: _Candidate, last: _Candidate) -> int | None:
        """The first time's token when a year, or a day or month written with its year, and a later
        month or day are one stretch with no range lead before the first: "151 died in 2014 until
        mid-November", "reported in 2022 till September" (the year's first day to the month's end),
        "في 27 أيلول 2025 ولغاية نهاية شهر كانون الأول 2025"; None otherwise."""
        if first.since or last.since or not isinstance(last.expr, _Date):
            return None
        if last.first != first.last + 1 or self.tok(first.last) not in self.t.year_month_links:
            return None
        year_written = isinstance(first.expr, _Date) and first.expr.year is not None
        return first.first if isinstance(first.expr, _Year) or year_written else None

    def written_onto(self, word: str, links: frozenset[str]) -> bool:
        """Whether one of `links` is written onto the word: a range link or a list's link
        ("وفبراير")."""
        variant = self.t.variants.get(word)
        return variant is not None and bool(variant[1]) and word[: variant[1]] in links

    def stretch_end(self, expr: Expr) -> bool:
        """A date that can end a stretch: a month or a day with its year, or a year (the first end
        may leave its year to the second: "from September to June 2012" is match_month_spans')."""
        if isinstance(expr, _Year):
            return self.t.stretch_years
        return isinstance(expr, _Date) and expr.end_day is None and expr.year is not None

    def month_after_link(self, k: int) -> tuple[int, int, bool] | None:
        """The month name after a range link at token k: (its end token, month, whether the link is
        a dash written onto both). A conjunction written onto the month ("ويونيو") is a link."""
        t = self.t
        word = self.tok(k)
        if word in _RANGE_DASHES and self.glued(k - 1, k) and k + 1 < self.n and self.glued(k, k + 1):
            found = self.phrase_at(t.months, k + 1, use_base=False)
            return (found[0], found[1], True) if found else None
        if word in t.month_slash_links and self.glued(k - 1, k) and k + 1 < self.n and self.glued(k, k + 1):
            # "the May/June examinations": a slash written onto two months next to each other names
            # both, one stretch (time.month_slash_links; Arabic writes a month's two names so).
            found = self.phrase_at(t.months, k + 1, use_base=False)
            before = self.phrase_ending(t.months, k)
            if found is not None and before is not None and (found[1] - before[1]) % 12 == 1:
                return found[0], found[1], True
            return None
        if word in _RANGE_DASHES:
            # "يوليو – سبتمبر 2025", "July - September 2025": a spaced dash between two months is a
            # range when the year is written after the second (alone, a dash may part two clauses).
            found = self.phrase_at(t.months, k + 1, use_base=False)
            if found is not None and self.year_at(self.doubled_month(found[0], found[1])) is not None:
                return found[0], found[1], True
            return None
        if word in t.range_links or self.base(k) in t.range_links:
            if self.base(k + 1) in t.range_link_fillers:
                k += 1  # "من يناير إلى غاية سبتمبر": the link's second word
            at = k + 2 if self.base(k + 1) in t.month_lead else k + 1  # "وحتى شهر أغسطس"
            found = self.phrase_at(t.months, at)
            return (found[0], found[1], False) if found else None
        variant = t.variants.get(word)
        if variant is not None and variant[1] and word[: variant[1]] in t.range_links:
            # "ويونيو", or the link written onto the word for month: "بين شهر يناير وشهر مارس 2020"
            found = self.phrase_at(t.months, k + 1 if variant[0] in t.month_lead else k)
            return (found[0], found[1], False) if found else None
        return None

    def counts_after_day(self, day: int, k: int) -> bool:
        """Whether the noun at token k makes the number before it a count, not a day of the month:
        "March 5 people" counts; "the August 9 vote" (a singular after a number above one) does not."""
        word = self.tok(k)
        if word not in self.t.counted:
            return False
        return day == 1 or word not in self.t.singular_after_day

    def closing_anchor(self, last: int) -> tuple[int, int] | None:
        """ "a year before." / "a decade before, ...": a word of time.anchor_after_closing right
        after a count of units, with a mark or the text's end after it (no object it counts from),
        as "a year earlier" is read. Returns (end token, sign) or None."""
        found = self.phrase_at(self.t.anchor_after_closing, last, use_base=False)
        if found is None or self.tok(found[0])[:1].isalnum():
            return None
        return found

    def since_lead(self, first: int) -> int | None:
        """The token of "since" before a time, over a filler word ("منذ تاريخ 30 مارس"), or None."""
        k = first - 1
        if self.base(k) in self.t.since_fillers:
            k -= 1
        return k if k >= 0 and self.base(k) in self.t.since else None

    def so_far_around(self, found: _Candidate) -> bool:
        """ "so far this year", "this year so far": the current period up to publication (the span
        takes the words in); also a month or a year the text names ("September so far", "so far in
        2024", "خلال سبتمبر حتى الآن"): its start up to publication."""
        expr = found.expr
        named = isinstance(expr, _Year) or (isinstance(expr, _Date) and expr.day is None)
        if not (named or (isinstance(expr, _Calendar) and expr.shift == 0)):
            return False
        if named and found.first and self.base(found.first - 1) in self.t.range_lead:
            return False  # "from July to date": a range to the present (until_now_after)
        before = self.phrase_ending(self.t.so_far, found.first)
        if before is None and named and self.base(found.first - 1) in self.t.so_far_links:
            before = self.phrase_ending(self.t.so_far, found.first - 1)
        if before is not None:
            found.first = before[0]
            return True
        after = self.phrase_at(self.t.so_far, found.last)
        if after is not None:
            found.last = after[0]
            return True
        return False

    def ranged_to_now(self, first: int, end: int) -> bool:
        """Whether tokens [first, end) stand in a range to the present ("من يوليو حتى اليوم")."""
        t = self.t
        return (
            self.base(first - 1) in t.range_lead
            and self.base(end) in t.range_links
            and self.phrase_at(t.until_now, end + 1) is not None
        )

    def until_now_after(self, found: _Candidate) -> tuple[int, int] | None:
        """ "من يوليو حتى اليوم", "from January to date", "from 2019 until now": a range from a time to
        the present runs, as "since", from its start to publication. Returns the tokens it spans
        (the lead through the present's word), or None."""
        if found.first < 1 or not self.ranged_to_now(found.first, found.last):
            return None
        now = self.phrase_at(self.t.until_now, found.last + 1)
        assert now is not None
        return found.first - 1, now[0]

    def so_far_before(self, found: _Candidate) -> bool:
        """Whether "to date", "so far", "حتى الآن" stands before a time in its sentence or the one
        before (a report's running total, "the cumulative number to date was ..."), over no time."""
        ends = 0
        for k in range(found.first - 1, max(found.first - _SO_FAR_REACH, 0) - 1, -1):
            tok = self.toks[k]
            if tok in _SENTENCE_STOPS and not (self.glued(k - 1, k) and self.glued(k, k + 1)):
                ends += 1
                if ends > 1:
                    return False
            elif (hit := self.phrase_at(self.t.so_far, k)) is not None and hit[0] <= found.first:
                return True
        return False

    def tally_to(self, day: _Candidate, found: _Candidate) -> bool:
        """Whether a running tally ends on `day` ("killed up to yesterday Saturday, June 14", "the
        murder tally as at last Saturday", "حتى 27 فبراير"), or with a month ("till June this year")
        and `found` follows it within its sentence or the next one."""
        if (
            self.phrase_ending(self.t.tally_to, day.first) is None
            and self.phrase_at(self.t.tally_to, day.first, use_base=False) is None
        ):
            return False  # "حتى نهاية سبتمبر"; "بنهاية سبتمبر", the lead written onto the time's word
        stops = sum(
            1
            for k in range(day.last, found.first)
            if self.toks[k] in _SENTENCE_STOPS and not (self.is_num(k - 1) and self.glued(k - 1, k))
        )
        return found.first - day.last <= _SO_FAR_REACH and stops <= 1

    def compared_after(self, first: int, last: int) -> bool:
        """Whether a comparison lead stands between tokens `first` and `last`, in one sentence
        ("في يونيو، مقارنة بـ32.7% في الشهر الماضي")."""
        if last - first > _COMPARED_REACH:
            return False
        found = False
        for k in range(first, last):
            if self.toks[k] in _SENTENCE_STOPS and not (self.is_num(k - 1) and self.glued(k - 1, k)):
                return False  # a full stop, not the point of "32.7"
            if not found and self.phrase_at(self.t.comparison_leads, k) is not None:
                found = True
        return found

    def compared(self, found: _Candidate) -> bool:
        """Whether a time follows a comparison ("compared with the third quarter of 2024", "مقارنة
        بالربع الثالث من عام 2024"): a period the text compares with, not the one it reports."""
        return self.phrase_ending(self.t.comparison_leads, found.first) is not None

    def compared_base(self, found: _Candidate) -> bool:
        """Whether a time dates the figure a change is counted from: after a comparison, or after
        "from"/"than", a figure perhaps, and a preposition of time, in one clause ("fell to 4.7% in
        February from 5.6% in January", "18,000 fewer than in October"): not the period reported."""
        if self.compared(found):
            return True
        t = self.t
        k = found.first - 1
        if k < 1 or self.base(k) not in t.compared_base_preps:
            return False
        leads_by_last = t.comparison_leads.by_last
        for m in range(k - 1, max(k - 1 - _COMPARED_BASE_REACH, -1), -1):
            if self.toks[m] in _COMMAS and self.thousands_mark(m):
                continue  # "compared with 114,300 in July"
            if self.toks[m] in _COMMAS or (
                self.toks[m] in _SENTENCE_STOPS and not (self.is_num(m - 1) and self.glued(m - 1, m))
            ):
                return False
            base = self.base(m)
            if base in t.compared_base_leads:
                return True
            # phrase_ending finds nothing where no lead ends on the token or its base: not called
            if (self.toks[m] in leads_by_last or base in leads_by_last) and self.phrase_ending(
                t.comparison_leads, m + 1
            ):
                return True
        return False

    def thousands_mark(self, m: int) -> bool:
        """Whether the mark at token m groups a number's digits ("114,300"): glued to digits on both
        sides, three after it."""
        return (
            self.is_num(m - 1)
            and self.is_num(m + 1)
            and len(self.toks[m + 1]) == 3
            and self.glued(m - 1, m)
            and self.glued(m, m + 1)
        )

    def match_months_to(self) -> None:
        """ "the three months to June", "the three months to the end of September", "الأشهر الثلاثة
        المنتهية في يونيو": a count of months, a link, then a month (or a day) the text names."""
        t = self.t
        dated = {c.first: c for c in self.candidates if isinstance(c.expr, _Date) and not c.since}
        # The tokens a link can start at, found by C loops (most texts have few or none).
        for i in _indexes_in(self.toks, t.months_to_tokens, 1):
            link = self.phrase_at(t.months_to_links, i)
            if link is None:
                continue
            # The month after the link first: most links ("حتى", "to") have none, and the count
            # before them is then not worth reading (both are looked up, neither changes the scan).
            k = link[0]
            month = dated.get(k) or (dated.get(k + 1) if self.tok(k) in t.definite_words else None)
            if month is None and k > i + 1:
                # "to end-March": the month's own candidate takes the link's end
                month = dated.get(i + 1)
                month = month if month is not None and month.last == k + 1 else None
            if month is None:
                continue
            unit = "month"
            counted = self.months_before(i)
            if counted is None:
                unit, counted = "week", self.weeks_before(i)
            if counted is None:
                continue
            first, count = counted
            assert isinstance(month.expr, _Date)
            if month.period_part not in (None, "end") or month.expr.end_day is not None:
                continue
            if unit == "week" and (month.expr.day is None or month.period_part is not None):
                continue  # weeks end on a day: "the week to June 25"
            if self.tok(first - 1) in t.definite_words:
                first -= 1
            self.add(first, month.last, _MonthsTo(count, month.expr, unit))

    def since_months_to(self) -> None:
        """ "the highest since the three months to October 2021", "rising since the year ending March
        2014", "since the December 2024 quarter": "since" before months that end with a month is the
        window from their first day to publication, as "since October 2021" is from its month's (the
        months and month-named quarters are found after the other times have taken their "since")."""
        for found in self.candidates:
            if not isinstance(found.expr, _MonthsTo) or found.since or found.expr.unit != "month":
                continue
            lead = self.since_lead(found.first)
            if lead is None:
                continue
            found.run_to_now(lead, found.last, found.expr._replace(last=_since_passed(found.expr.last)))

    def match_month_quarters(self) -> None:
        """ "the September quarter", "the June 2008 quarter", "the March quarter of 2009": a
        quarter named by the month it ends with (a quarter's last month, written before a word of
        time.month_quarters), the three months to that month, its year read as after a part."""
        t = self.t
        for found in list(self.candidates):
            expr = found.expr
            if (
                not isinstance(expr, _Date)
                or found.since
                or found.period_part is not None
                or expr.day is not None
                or expr.end_day is not None
                or expr.month % 3
                or self.base(found.last) not in t.month_quarters
            ):
                continue
            end, last = found.last + 1, expr
            if expr.year is None and expr.year_shift is None:
                year, shift, after = self.quarter_year(end)
                if year is not None or shift is not None:
                    last, end = expr._replace(year=year, year_shift=shift), after
            first = found.first - 1 if self.tok(found.first - 1) in t.definite_words else found.first
            self.add(first, end, _MonthsTo(3, last))

    def quarter_year(self, end: int) -> tuple[int | None, int | None, int]:
        """The year of a quarter named by a month or its months, written after its noun: as after a
        part ("of 2017", "of last year"), or after a link of time.quarter_year_links ("the
        July-September quarter in 2016"). Returns (year, year shift, end token)."""
        year, shift, after = self.period_year(end)
        if (
            year is None
            and shift is None
            and self.tok(end) in self.t.quarter_year_links
            and (written := self.year_at(end + 1)) is not None
            and self.counts_nothing(end + 2)
        ):
            return written, None, end + 2
        return year, shift, after

    def months_before(self, i: int) -> tuple[int, int] | None:
        """A count of months ending just before token i: "three months", "12 months", "الأشهر
        الثلاثة", "الأشهر الـ12", "الثلاثة أشهر". Returns (first token, count)."""
        t = self.t
        if self.unit_at(i - 1) == "month":
            found = self.count_ending(i - 1)
            return found
        if (
            self.unit_at(i - 1) == "year"
            and (self.tok(i - 2) in t.definite_words or self.base(i - 2) in t.fiscal_words)
            and (self.phrase_at(t.period_end_links, i) is None or self.period_end_at(i) is None)
        ):
            # "In the year to September", "the year ended July", "the financial year to end-March":
            # the twelve months that end with it ("the year ended March 31", a day, is the
            # period-end rule's).
            if self.base(i - 2) in t.fiscal_words:
                return (i - 2, 12) if self.tok(i - 3) in t.definite_words else None
            return i - 1, 12
        found = self.count_ending(i)
        if found is None:
            return None
        k, count = found
        unit_at = k - 2 if self.tok(k - 1) in t.articles else k - 1
        return (unit_at, count) if self.unit_at(unit_at) == "month" else None

    def weeks_before(self, i: int) -> tuple[int, int] | None:
        """A count of weeks ending just before token i: "the week", "الأسبوع", "two weeks", "الأسابيع
        الثلاثة". Returns (first token, count)."""
        if self.unit_at(i - 1) == "week":
            if self.tok(i - 2) in self.t.definite_words or self.definite_base(i - 1) in self.t.units_one:
                return i - 1, 1
            return self.count_ending(i - 1)
        found = self.count_ending(i)
        if found is not None and self.unit_at(found[0] - 1) == "week":
            return found[0] - 1, found[1]
        return None

    def count_ending(self, end: int) -> tuple[int, int] | None:
        """The longest count written in the tokens just before `end` (at most four): (first, count)."""
        for j in range(max(0, end - 4), end):
            count = self.count_at(j, end)
            if count is not None:
                return j, count
        return None

    def count_at(self, j: int, end: int) -> int | None:
        """The whole count written in tokens [j, end): "12", "three", "الثلاثة", "twenty - four"."""
        if j < 0 or j >= end:
            return None
        if end - j == 1 and self.is_num(j):
            value = self.plain_number(j)
            return value if value and 0 < value <= 120 else None
        words = [(self.definite_base(k) or self.toks[k]) if k == j else self.toks[k] for k in range(j, end)]
        if not all(w in self.t.number_wordy or w in self.t.number_words for w in words):
            return None
        number = parse_number_text(self.norm.text[self.starts[j] : self.end(end - 1)], self.lex)
        if number is None or number != number.to_integral_value() or not 0 < number <= 120:
            return None
        return int(number)

    def attach(self, found: _Candidate) -> None:
        """Join "في وقت سابق من", "earlier on", "مساء", "morning" to the time they sharpen; a part of
        a period ("early", "mid-", "أواخر") also narrows it."""
        lead = found.first
        if (
            lead
            and self.base(lead - 1) in self.t.month_lead
            and self.phrase_ending(self.t.period_parts, lead - 1)
        ):
            lead -= 1  # "نهاية شهر ديسمبر": the word "month" between the part and the month's name
        part = self.phrase_ending(self.t.period_parts, lead)
        if part and part[1] in _MONTH_ONLY_PARTS and not _a_month(found.expr):
            part = None
        if isinstance(found.expr, _HijriYear):
            part = None  # the parts of a Hijri year are Hijri months, not the Gregorian year's
        before = self.phrase_ending(self.t.attach_before, found.first)
        if part and (not before or part[0] <= before[0]):
            found.first, found.period_part = part
        elif before:
            side = self.phrase_ending(self.t.sides_of_now, found.first)
            if side is not None and side[0] == before[0]:
                found.side_of_now = side[1]
            found.first = before[0]
        after = self.phrase_at(self.t.attach_after, found.last, use_base=False)
        if after:
            found.last = after[0]

    # future cue -------------------------------------------------------------------------------

    def future_before(self, i: int) -> bool:
        """Whether the clause puts token i in the future (see clause_mode)."""
        return self.clause_mode(i) == "next"

    def clause_mode(self, i: int) -> str:
        """What the clause says of the time at token i: "next" when it lies ahead ("سيجتمع الخميس",
        "ستعقد القمة الأحد", "سوف يجتمع الوزراء الأحد", "will meet on Monday", "will be held
        Thursday", "was extended to Nov. 16", "مددت الهدنة حتى 15 ديسمبر"), "recent" when a past verb
        says it has passed ("took place on December 20"), else "bare".

        Looks up to future_reach words back, within the clause (a punctuation mark stops it). A lead
        ("until", "through") after a past verb ("had bought shares through Sept. 29") and a plan in
        the past perfect ("had been scheduled to expire Friday") no longer say ahead, nor passed:
        bare, the date nearest publication by the bare rule.
        """
        t = self.t
        if self.deferred_before(i):
            return "next"
        k = self.lead_back(i)
        led = self.base(i - 1) in t.future_leads
        if led or self.base(k) in t.future_leads:
            lead = i - 1 if led else k
            if self.this_year_before(lead):
                return "current"  # "this year through August": that year's August
            if self.past_before(lead) or self.fronted_past(lead, i):
                return "bare"
            if self.passed_after(i):
                # "the twelve-month period ending October was 13.54 per cent", "tourists by
                # September was 1,251,690": a time its clause reports with a past verb has passed
                # (the October, the September before publication).
                return "bare"
            return "next"
        for m in self.words_back(k, t.future_reach):
            word = self.base(m)
            if word in t.memory_verbs:
                return "recent"  # "will remember the attack in March": the thing remembered has passed
            if word in t.future_words and self.plan_adjective(m) and self.passed_after(i):
                continue  # "Scheduled flights in May were cancelled": no verb, and the clause's has passed
            if word in t.future_words and self.base(m - 1) in t.future_comparisons:
                continue  # "fell more sharply than expected in April": a comparison, no plan
            if word in t.future_words or self.future_verb(self.toks[m], adjacent=m == k):
                return "bare" if self.plan_overtaken(m) else "next"
            phrase = self.phrase_ending(t.future_phrases, m + 1)
            if phrase is not None:  # "is to resume trading Tuesday", "as early as Tuesday"
                return "bare" if self.plan_overtaken(phrase[0]) else "next"
        return "recent" if self.past_before(i) else "bare"

    def lead_back(self, i: int) -> int:
        """The token back from token i past time.future_skip words ("until on Monday": "until"),
        where a bound's lead ("until", "through") stands if there is one; a lead is never passed
        over, and -1 is the text's start."""
        t = self.t
        k = i - 1
        while k >= 0 and (word := self.base(k)) in t.future_skip and word not in t.future_leads:
            k -= 1
        return k

    def clause_ahead(self, i: int) -> bool:
        """Whether a modal or a plan verb further back than future_reach governs token i's clause
        (clause_mode found no cue near it): "will be named commander of the Space Shuttle Columbia
        for a mission in December", "would still be held at the NATO Washington summit on April 24",
        "Protesters planned a large demonstration in Little Havana on Saturday". A punctuation mark
        ends the clause (words_back); a verb of its own nearer the time ("said it is calling for the
        redemption on Dec. 7", "the plan announced the decision on Aug. 21") decides it instead."""
        t = self.t
        if not t.clause_reach:
            return False
        for m in self.words_back(i - 1, t.clause_reach):
            base = self.base(m)
            if base in t.clause_future_words and not self.plan_adjective(m):
                return not self.plan_overtaken(m)
            if base in t.clause_verbs or base in t.memory_verbs or (base in t.past_words and self.past_at(m)):
                return False
        return False

    def weekday_cue(self, i: int) -> str | None:
        """What the nearest cue back in token i's clause (up to clause_reach words, past the
        objects and asides words_back passes) says of a bare weekday there: "next" after a modal of
        what may come, a phrase of what is due or likely or "ahead of"; "near" after a modal of the
        future in the past ("would"), a present progressive (what is arranged ahead or going on as
        the text was written, a day or so before publication) and a bound ("until", "through") a
        past verb sets. None when a verb of the clause's own tense stands nearer (a past verb, a
        present copula, a word clause_ahead reads)."""
        t = self.t
        if not t.weekday_cue_reach:
            return None
        k = self.lead_back(i)
        if k >= 0 and self.base(k) in t.future_leads and self.past_before(k):
            # "imposed a curfew through Saturday", "were remanded until Monday": a bound a past act
            # set (clause_mode leaves it to the bare rule), as often still ahead as just gone.
            return "near"
        start = i - 1
        if t.weekday_cue_past_comma and self.tok(start) in _COMMAS:
            start -= 1  # "جلسة طارئة، يوم الخميس،": the clause before the comma
        for m in self.words_back(start, t.weekday_cue_reach):
            base = self.base(m)
            if base in t.since:
                return None  # "منذ مساء السبت", "since Saturday": the day has passed
            if self.incident_at(m):
                return None  # "about a stabbing outside the station on Tuesday": the incident's day
            if self.phrase_ending(t.weekday_ahead_phrases, m + 1) is not None:
                return None if self.plan_overtaken(m - 1) else "next"
            if self.capitalized(m):
                continue  # "May", a month or a name: no modal
            if base in t.weekday_near_words:
                return None if self.plan_overtaken(m) else "near"
            if base in t.weekday_ahead_words:
                negated = self.base(m + 1) in t.weekday_cue_negations
                return None if negated or self.base(m - 1) in t.weekday_cue_negations_before else "next"
            if self.progressive_at(m):
                return "near"  # arranged ahead ("is sending ... on Wednesday") or going on as written
            if m and self.infinitive_at(m - 1):
                continue  # "expected to hit": an infinitive, not a past verb
            if (
                base in t.clause_future_words
                or base in t.future_words
                or base in t.clause_verbs
                or base in t.memory_verbs
                or self.past_at(m) is not None
            ):
                return None
        return None

    def incident_at(self, k: int) -> bool:
        """Whether token k is a noun of an incident (time.weekday_cue_incidents) or a gerund after a
        determiner ("a shooting", "the bombing"): a day right after it is the incident's."""
        t = self.t
        if self.base(k) in t.weekday_cue_incidents:
            return True
        return (
            bool(t.gerund_suffix)
            and k > 0
            and self.toks[k].endswith(t.gerund_suffix)
            and self.base(k - 1) in t.attributive_leads
        )

    def progressive_at(self, m: int) -> bool:
        """Whether token m is a present progressive after its copula ("is sending", "are holding"):
        with a day named, what is arranged for that day, never a day gone by."""
        t = self.t
        word = self.toks[m]
        return (
            bool(t.gerund_suffix)
            and m > 0
            and word.endswith(t.gerund_suffix)
            and len(word) > 5
            and self.base(m - 1) in t.progressive_copulas
        )

    def clause_passed(self, i: int) -> bool:
        """Whether a past verb further back than future_reach governs token i's clause, with no
        modal, plan word, word of what is due, present verb, infinitive or bound lead ("until",
        "by") nearer the time: "changed from a fiscal year to a calendar year in December" (in
        October) is the December before, not the one the bare rule puts two months ahead."""
        t = self.t
        if not t.clause_reach:
            return False
        for m in self.words_back(i - 1, t.clause_reach):
            base = self.base(m)
            if base in t.clause_future_words or base in t.future_words or base in t.ahead_words:
                return False
            if base in t.clause_verbs or base in t.future_leads or self.infinitive_at(m):
                # "asked it to respond by Oct. 31": the infinitive's time lies ahead; "has been
                # remanded until Feb 23": a bound the lead sets, left to the bare rule.
                return False
            if base in t.past_words or t.past_suffixes:
                past = self.past_at(m)
                if past is not None:
                    return past
        return False

    def infinitive_at(self, m: int) -> bool:
        """Whether token m is an infinitive mark before a verb ("to respond", "to start"), not the
        preposition before a determiner or a name ("to a calendar year", "to Washington")."""
        if self.toks[m] not in self.t.infinitive_marks or m + 1 >= self.n:
            return False
        word = self.toks[m + 1]
        if not word.isalpha() or word in self.t.attributive_leads:
            return False
        return not self.capitalized(m + 1)

    def passed_after(self, i: int) -> bool:
        """Whether the clause goes on after the time at token i to a past verb before any future
        word or modal ("The planned referendum in March was called off", "Scheduled flights in
        May were cancelled"): what was planned has passed. "The planned referendum in March will
        go ahead", or no verb within twice future_reach words, leaves it planned, ahead."""
        t = self.t
        for m in range(i + 1, min(i + 1 + 2 * t.future_reach, self.n)):
            if not self.toks[m].isalnum():
                return False
            base = self.base(m)
            if (
                base in t.fronted_future_words
                or base in t.future_words
                or self.future_verb(self.toks[m], adjacent=False)
            ):
                return False
            if self.past_at(m):
                return True
        return False

    def plan_adjective(self, m: int) -> bool:
        """Whether the plan word at token m ("scheduled", "planned") qualifies a noun instead of
        being the clause's verb: between a determiner and its noun ("the planned vote in March"),
        or first in its sentence with no complement after it ("Scheduled flights in May were
        cancelled"; "Scheduled to open in March" and "Planned for May" are participles). Only
        the words of time.plan_adjectives are read so: a modal is never an adjective."""
        if self.base(m) not in self.t.plan_adjectives:
            return False
        if self.attributive_at(m):
            return True
        return (
            self.opens_sentence(m)
            and m + 1 < self.n
            and self.base(m + 1).isalpha()
            and (self.base(m + 1) not in self.t.plan_complements)
        )

    def looks_ahead(self, i: int) -> bool:
        """Whether the clause of token i looks ahead: a future word or verb before it (clause_mode),
        a modal of what may come ("would be redeemed in five years"), a scheduled start or end
        in the present ("the ceasefire ends in three days") or a present copula right before it
        ("the election is in two weeks")."""
        if self.clause_mode(i) == "next":
            return True
        if i > 0 and self.base(i - 1) in self.t.ahead_copulas:
            return True  # "the election is in two weeks": the copula puts the thing at the time
        for m in self.words_back(i - 1, self.t.future_reach):
            base = self.base(m)
            if base in self.t.ahead_words and not (self.past_infinitive(m) or self.ahead_noun(m)):
                return True
            if self.past_at(m) is True:
                return False  # "the head of the mission left in two days": the clause's verb is past
        return False

    def ahead_noun(self, m: int) -> bool:
        """Whether the ahead word at token m is a noun (time.ahead_noun_forms after a determiner,
        time.attributive_leads): "approved the vote in two days", "the head of the agency"."""
        return self.base(m) in self.t.ahead_noun_forms and self.base(m - 1) in self.t.attributive_leads

    def past_infinitive(self, m: int) -> bool:
        """Whether token m is an infinitive (after units.infinitive_marks) of a past verb: it takes
        that verb's tense, not the present's ("the army had to go through 40 villages in three
        days" has passed; "voters have to go to the polls in three days" looks ahead)."""
        return m > 1 and self.toks[m - 1] in self.t.infinitive_marks and self.past_at(m - 2) is True

    def fronted_past(self, lead: int, i: int) -> bool:
        """ "Until Thursday, they had not called him a suspect": a lead that opens its sentence takes
        the tense of the verb after the time — a past one says the bound has passed."""
        if lead and self.toks[lead - 1].isalnum():
            return False
        for m in range(i, min(i + 2 * self.t.future_reach + 4, self.n)):
            word = self.toks[m]
            if not word.isalpha():
                if word in _SENTENCE_ENDS and not self.word_stop(m):
                    return False
                continue
            if self.base(m) in self.t.future_words:
                return False
            if self.past_at(m):
                return True
        return False

    def this_year_before(self, lead: int) -> bool:
        """Whether the current year ends right before token `lead` ("sales this year through
        August", "so far this year until Oct. 19"): what the lead bounds lies in that year."""
        unit = lead - 1
        if self.t.calendar_units.get(self.base(unit)) == "year":
            before = self.phrase_ending(self.t.mod_before, unit)
            return before is not None and before[1] == "current"
        after = self.phrase_ending(self.t.mod_after, lead)
        return (
            after is not None
            and after[1] == "current"
            and self.t.calendar_units.get(self.base(after[0] - 1)) == "year"
        )

    def fronted_future(self, first: int, end: int, ahead_words: frozenset[str] = frozenset()) -> bool:
        """A time that opens its clause takes the tense of the verb after it: "On Tuesday, the league
        plans to hold a news conference", "الأحد، سيجتمع الوزراء". Looks up to twice future_reach
        words on, to the first verb the lexicon knows (a past one says no); only modals and future
        phrases count there ("On Friday, when Albright set aside vacation plans": a noun), and the
        `ahead_words` a caller names (a weekday's: "أما يوم الأربعاء، فيطرأ ارتفاع طفيف"). A
        topic word (time.fronted_leads: "أما") may stand before the time."""
        t = self.t
        k = first - 1
        while k >= 0 and (self.base(k) in t.future_skip or self.base(k) in t.fronted_leads):
            k -= 1
        if k >= 0 and (self.toks[k].isalnum() or (self.toks[k] in _COMMAS and k == first - 1)):
            return False
        start = end + 1 if self.tok(end) in _COMMAS else end
        for m in range(start, min(start + 2 * t.future_reach, self.n)):
            word = self.toks[m]
            if not word.isalpha():
                return False
            base = self.base(m)
            ahead = base in t.fronted_future_words or base in ahead_words
            if ahead or self.future_verb(word, adjacent=m == start):
                return not self.plan_overtaken(m)
            if self.phrase_ending(t.future_phrases, m + 1) is not None:
                return not self.plan_overtaken(m - 1)
            if self.past_at(m):
                return False  # "In September, it announced plans to acquire"
        return False

    def deferred_before(self, i: int) -> bool:
        """ "was extended to Nov. 16", "postponed until Tuesday", "أرجئت الجلسة إلى الأحد": a verb that
        moves a time, then a link, puts the time it names ahead whatever the verb's tense."""
        t = self.t
        if not t.deferral_verbs or self.base(i - 1) not in t.deferral_links:
            return False
        for m in range(i - 2, max(i - 2 - t.future_reach, -1), -1):
            if not self.toks[m].isalpha():
                return False
            if self.base(m) in t.deferral_verbs:
                return True
        return False

    def plan_overtaken(self, m: int) -> bool:
        """ "had been scheduled to", "had planned to": a plan in the past perfect has passed."""
        return any(self.base(k) in self.t.plan_overtaken for k in range(max(m - 2, 0), m))

    def past_before(self, i: int) -> bool:
        """Whether a past-tense verb stands before token i in its clause: "took place on December
        20", "said on Nov. 6", "وقع الانقلاب في 20 ديسمبر" — then a date without a year has passed."""
        t = self.t
        for m in self.words_back(i - 1, t.past_reach):
            if self.base(m) in t.future_words:
                return False
            past = self.past_at(m)
            if past is not None:
                return past
        return False

    def past_at(self, m: int) -> bool | None:
        """Whether token m is a past verb: True, False for an "-ed" participle ("to be completed
        around Nov. 1", "will be held on Oct. 31"), None for any other word."""
        t = self.t
        word = self.toks[m]
        if self.base(m) in t.past_words or t.past_forms.match(word):
            # "will be held on Oct. 31", "would be paid in January": an irregular participle too.
            return m == 0 or self.base(m - 1) not in t.participle_leads
        if (
            t.past_suffixes
            and len(word) > 4
            and word.endswith(t.past_suffixes)
            and word not in t.past_exceptions
        ):
            if self.attributive_at(m):
                return None  # "a still unspecified date in January": an adjective, no verb
            return m == 0 or self.base(m - 1) not in t.participle_leads
        return None

    def attributive_at(self, m: int) -> bool:
        """Whether token m stands between a determiner and its noun, an adverb between at most
        ("the expected date", "a still unspecified date", "a newly elected council")."""
        t = self.t
        before = self.base(m - 1)
        if before in t.attributive_leads:
            return True
        return self.base(m - 2) in t.attributive_leads and (
            before in t.degree_adverbs or (len(before) > 4 and before.endswith("ly"))
        )

    def words_back(self, k: int, reach: int) -> Iterable[int]:
        """Up to `reach` words from token k back, within the clause: a punctuation mark ends it, the
        stop of an initial or an abbreviation ("will succeed Daniel P. Davison Feb. 1") does not,
        nor does a figure, the object of the clause's verb, passed over uncounted ("Exports rose
        12.5% in January": the verb's tense reaches the month), nor an opening bracket: an aside
        that restates or qualifies what stands before it belongs to that clause ("will leave at 4 in
        the morning (4 a.m. EDT Thursday)"; a verb of the aside's own stands nearer and decides)."""
        toks = self.toks
        for m in range(k, max(k - reach, -1), -1):
            if not toks[m].isalpha():
                if self.word_stop(m) or self.figure_part(m) or toks[m] in _BRACKETS or self.aside_opener(m):
                    break  # the rare case: collected word by word below
                return range(k, m, -1)
        else:
            return range(k, max(k - reach, -1), -1)
        found: list[int] = []
        while k >= 0 and len(found) < reach:
            if toks[k].isalpha():
                found.append(k)
            elif (opener := self.aside_opener(k)) is not None:
                k = opener  # "could reach 44°C (111.2°F) on Monday": the aside restates the figure
            elif not (self.word_stop(k) or self.figure_part(k) or toks[k] in _BRACKETS):
                break
            k -= 1
        return found

    def aside_opener(self, k: int) -> int | None:
        """The opening bracket of the aside a closing one at token k ends, within the sentence and
        eight tokens back, or None."""
        opener = _OPENERS.get(self.toks[k])
        if opener is None:
            return None
        for m in range(k - 1, max(k - 9, -1), -1):
            tok = self.toks[m]
            if tok == opener:
                return m
            if tok in _SENTENCE_ENDS and not (self.word_stop(m) or self.figure_part(m)):
                return None
        return None

    def figure_part(self, m: int) -> bool:
        """Whether token m is part of a figure: its digits, a percent sign written onto them or a
        currency's sign before them (units.symbols_before: "$5 million"), or a decimal or
        thousands mark between two of its digits ("12.5%", "1,200"), or the colon of a clock time
        ("will occur at 05:00 on Wednesday": the clause goes on to "will"). A year is no figure: it
        is a time of its own, and the verb before it is its clause's ("the law passed in 2023
        takes effect in January": January is not read as past)."""
        toks = self.toks
        tok = toks[m]
        if _numeric(tok):
            return self.year_at(m) is None
        if tok in _FIGURE_SIGNS:
            return m > 0 and _numeric(toks[m - 1]) and self.glued(m - 1, m)
        if tok in self.t.symbols_before:
            # a currency's sign written onto the digits after it ("will pay $5 million on
            # Monday": the clause goes on to "will")
            return m + 1 < self.n and _numeric(toks[m + 1]) and self.glued(m, m + 1)
        return (
            (tok in _FIGURE_MARKS or tok in _CLOCK_MARKS)
            and 0 < m < self.n - 1
            and _numeric(toks[m - 1])
            and _numeric(toks[m + 1])
            and self.glued(m - 1, m)
            and self.glued(m, m + 1)
        )

    def opens_sentence(self, i: int) -> bool:
        """Whether token i is first in its sentence: after a sentence end, a line break or an
        opening quote."""
        k = i - 1
        while k >= 0 and self.toks[k] in _QUOTE_MARKS:
            k -= 1
        if k < 0 or (self.toks[k] in _SENTENCE_ENDS and not self.word_stop(k)):
            return True
        return "\n" in self.norm.text[self.end(k) : self.starts[i]]

    def word_stop(self, m: int) -> bool:
        """Whether token m is the stop of an initial or an abbreviation ("Daniel P. Davison", "Gen.
        Smith"): part of a name, so a clause goes on through it."""
        if m < 1 or self.toks[m] != "." or not self.glued(m - 1, m):
            return False
        before = self.toks[m - 1]
        return (len(before) == 1 and before.isalpha()) or before in self.t.abbreviations

    def future_verb(self, word: str, adjacent: bool) -> bool:
        """A verb with a future prefix (Arabic سـ); further from the time, only longer words count."""
        if not self.t.future_prefixes:
            return False
        shortest = 4 if adjacent else 5
        t = self.t
        # loops, not a comprehension and a generator over `self`, `word` and `shortest` (each a
        # cell at every call)
        forms = [word]
        for c in t.conjunctions:
            if word.startswith(c):
                forms.append(word[len(c) :])
        prefixes, exceptions = t.future_prefixes, t.future_exceptions
        for form in forms:
            if len(form) >= shortest and form.startswith(prefixes) and form not in exceptions:
                break
        else:
            return False
        return True

    # matchers ---------------------------------------------------------------------------------

    def match_day(self, i: int) -> None:
        """Relative days (أمس، yesterday), with a weekday beside them, and weekdays."""
        t = self.t
        lead = self.base(i) in t.day_lead
        rel = self.phrase_at(t.relative, i)
        if rel is None and lead:
            rel = self.phrase_at(t.relative, i + 1, use_base=False)
        if rel is not None:
            end, offset = rel
            if i and self.base(i - 1) in t.rel_block_before:
                return
            # "اليوم التالي", "اليوم الذي": the noun "day"; "سعر صرف أمس الذي سجل" is yesterday.
            words = " ".join(self.base(k) for k in range(i, end))
            noun = words in t.relative_day_nouns
            if noun and self.tok(end) in t.rel_block_after:
                return
            if noun and offset == 0 and i and self.tok(i - 1) in t.rate_leads:
                return  # "مليون برميل في اليوم": per day
            outlet = self.opens_line(i - 2) and self.tok(i - 2) in t.credit_outlets
            if noun and self.tok(end) in t.credit_marks and (self.opens_line(i - 1) or outlet):
                return  # "الشرق اليوم– قالت", "قناة فلسطين اليوم -": an outlet's name in the dateline
            if noun and offset == 0 and self.dateline_outlet(i, end):
                return  # "المنامة - البحرين اليوم": the outlet after the city, the line's last word
            if self.phrase_at(t.mod_after, end, use_base=False):
                return
            if t.placed_by_day and self.base(i) in t.placed_by_day and self.night_placed(i, end):
                return
            last, day = self.apposition(end, int(offset))
            if (
                day.weekday is None
                and words in t.relative_with_weekday
                and self.base(i - 1) not in t.day_parts
            ):
                return  # "نحو غد أفضل": the future, no day ("حتى مساء غد" is tomorrow evening)
            self.add(i, last, day)
            return
        j = i + 1 if lead else i
        weekday = t.weekdays.get(self.base(j) if j == i else self.tok(j))
        if weekday is None or self.tok(j + 1) in t.weekday_numeral_after:
            return  # "الأشهر الأحد عشر الأولى": the numeral eleven, not Sunday
        if self.weekday_in_title(j):
            return  # "told The Sunday Times", "the Mail on Sunday": a newspaper
        if j and self.base(j - 1) in t.weekday_place_nouns:
            return  # "سوق الجمعة", "وسوق الخميس": a place named by its market day
        counted_from = self.phrase_ending(t.weekday_from, i) if t.weekday_from.firsts() else None
        if counted_from is not None:
            self.add(counted_from[0], j + 1, _WeekdayFrom(weekday, counted_from[1]))
            return
        week = self.week_after(j + 1)
        if week is not None:
            self.add(i, week[1], _WeekdayOfWeek(weekday, week[0], t.weekday_week_start))
            return
        first, last, mode = self.modifier_around(i, j + 1, two_steps=True)
        k = last + 1 if self.tok(last) in _COMMAS else last
        if self.tok(k) in t.weekday_date_links:
            k += 1
        dated = self.dates_at.get(k)
        if dated is not None and isinstance(dated.expr, _Date | _MonthDay):
            self.add(first, dated.last, dated.expr._replace(weekday=weekday))
            return
        month_day = self.bracketed_month_day(last)
        if month_day is not None:
            self.add(first, month_day[1], _WeekdayDay(weekday, month_day[0]))
            return
        if mode == "bare" and (
            self.future_before(first) or self.fronted_future(first, last, t.weekday_ahead_words)
        ):
            mode = "next"
        elif mode == "bare" and not self.possessive_at(last):
            # Further back in the clause ("Protesters planned a large demonstration in Little Havana
            # on Saturday"), a plan verb or a modal governs the day, not a day in the possessive:
            # "would look for ways to get around Wednesday's ruling" names a ruling's day.
            cue = self.weekday_cue(first)
            if cue is not None:
                mode = cue
            elif self.clause_ahead(first):
                mode = "next"
        elif mode == "current" and self.clause_mode(first) == "recent":
            # "won the elections held this Sunday", "were eligible to vote this Sunday": a past verb
            # says this week's day has passed, the most recent one (a Monday's report of Sunday).
            mode = "bare"
        night = self.dated_night(first, weekday, last)
        if night is not None:
            self.add(first, night[1], night[0])
            return
        second = self.night_into(first, weekday, last)
        if second is None and (following := self.next_day_paired(weekday, last)) is not None:
            if self.days_written_after(following[1]):
                return  # "يومي السبت والأحد 24 و25 أكتوبر": the dates after them say the two days
            if self.weekday_range(first, last) is None and not self.night_before(first):
                # "يومي السبت والأحد", "on Saturday and Sunday": two days, each a date (the guide's
                # D42), placed together (the second the day after the first).
                end = following[1]
                after = self.phrase_at(t.mod_after, end, use_base=False)
                if after is not None and after[1] not in _TWO_STEPS and mode in ("bare", "next"):
                    mode, end = after[1], after[0]  # "يومي الإثنين والثلاثاء المقبل": both ahead
                pair = _Pair(weekday, following[0], mode)
                self.add(first, last, pair._replace(part=1))
                self.add(last, end, pair._replace(part=2))
                return
            second = following  # "between Saturday and Sunday": one stretch
        second = second or self.weekday_range(first, last)
        if second is not None and second[0] != weekday:
            self.add(first, second[1], _Pair(weekday, second[0], mode))
            return
        self.add(first, last, _Weekday(weekday, mode))

    def bracketed_month_day(self, k: int) -> tuple[int, int] | None:
        """A day of the month alone in brackets at token k, after a part of the day if one stands
        there ("(16)", "(6th)", "morning (13)"): the day and the token after the closing bracket."""
        part = self.phrase_at(self.t.attach_after, k, use_base=False)
        if part is not None:
            k = part[0]
        day = self.day_at(k + 1) if self.tok(k) == "(" else None
        if day is None:
            return None
        end = k + 2
        if self.tok(end) in self.t.ordinal_suffixes and self.glued(end - 1, end):
            end += 1
        return (day, end + 1) if self.tok(end) == ")" else None

    def possessive_at(self, k: int) -> bool:
        """Whether tokens k, k+1 are a possessive ending glued to the word before ("Wednesday's")."""
        return (
            self.tok(k) in _APOSTROPHES
            and self.tok(k + 1) == "s"
            and self.glued(k - 1, k)
            and self.glued(k, k + 1)
        )

    def dateline_outlet(self, i: int, end: int) -> bool:
        """Whether the words up to token `end` close a short dateline line whose last name, one or
        two words after a credit mark, ends at token i's day noun: "المنامة - البحرين اليوم",
        "صنعاء (السبعين) – تعز اليوم:" (the city, then the outlet, a paper named "... today")."""
        if self.tok(end) in self.t.credit_marks:
            end += 1
        if end < self.n and not self.opens_line(end):
            return False
        start = next((k for k in range(i, i - _DATELINE_WORDS - 1, -1) if k <= 0 or self.opens_line(k)), None)
        if start is None:
            return False
        if start == i - 1 and self.toks[start].isalpha():
            return True  # "فلسطين اليوم" alone on its line: the outlet's name
        mark = next((k for k in (i - 2, i - 3) if k > start and self.tok(k) in self.t.credit_marks), None)
        return mark is not None and not any(self.is_num(k) for k in range(mark + 1, i))

    def opens_line(self, k: int) -> bool:
        """Whether token k is the first word of a line (of a paragraph, or of the text)."""
        if k < 0:
            return False
        ntext, at = self.norm.text, self.starts[k]
        line = ntext.rfind("\n", 0, at) + 1
        return not ntext[line:at].strip()

    def week_after(self, k: int) -> tuple[int, int] | None:
        """A calendar week named from token k, after an optional link: "of last week", "this week",
        "من هذا الأسبوع", "الأسبوع الماضي". Returns (its shift from the current week, end token)."""
        t = self.t
        if self.base(k) in t.weekday_week_links:
            k += 1
        before = self.phrase_at(t.mod_before, k)
        if before is not None and t.calendar_units.get(self.base(before[0])) == "week":
            return _SHIFTS[before[1]], before[0] + 1
        if t.calendar_units.get(self.base(k)) == "week":
            after = self.phrase_at(t.mod_after, k + 1, use_base=False)
            if after is not None:
                return _SHIFTS[after[1]], after[0]
        return None

    def days_written_after(self, k: int) -> bool:
        """Whether the days of a pair of weekdays ending before token k are written after it ("يومي
        السبت والأحد 24 و25 أكتوبر", "أيام الخميس والجمعة الموافقين 22 و23 أكتوبر"): a date of a
        month starts there, and says the two days."""
        t = self.t
        if self.tok(k) in _COMMAS:
            k += 1
        if self.base(k) in t.weekday_date_links or self.definite_base(k) in t.weekday_date_links:
            k += 1
        dated = self.dates_at.get(k)
        return dated is not None and isinstance(dated.expr, _Date) and dated.expr.day is not None

    def day_named_after(self, end: int) -> bool:
        """Whether a day the text names follows a night word ending at token `end`, right after it
        or after a link, or after up to two words of its noun and a link ("overnight Wednesday",
        "overnight on Dec. 19", "an overnight missile attack on Wednesday"): the text places the
        night itself."""
        t = self.t
        for k in range(end, end + 3):
            link = self.base(k) in t.placed_links
            day = k + 1 if link else k
            if (link or k == end) and (self.base(day) in t.weekdays or day in self.dates_at):
                return True
            if not self.tok(k).isalpha():
                return False
        return False

    def night_placed(self, i: int, end: int) -> bool:
        """Whether the text places the night a night word at token i names: by a day after it, or,
        where the word stands bare, by a day after the same word elsewhere in the text ("drones hit
        Kyiv overnight on Dec. 19 ... shot down 30 drones overnight": one night, the text's, not the
        day before publication). The words are one token each."""
        if self.day_named_after(end):
            return True
        word = self.base(i)
        return any(k != i and self.base(k) == word and self.day_named_after(k + 1) for k in range(self.n))

    def night_before(self, first: int) -> bool:
        """Whether a word for night leads the weekday at token `first` ("ليلة السبت والأحد": the
        night between the two days, one span)."""
        t = self.t
        lead = first - 2 if self.tok(first - 1) in t.night_of else first - 1
        return t.day_parts.get(self.base(lead)) == "night"

    def night_into(self, first: int, first_weekday: int, k: int) -> tuple[int, int] | None:
        """ "ليلة الجمعة إلى السبت", "the night of Friday to Saturday", "ليل السبت الأحد", "ليلة الأحد
        – الاثنين": a night named by the day it starts and the day it ends on covers both days. A
        dash or a comma joins them only when the second is the day after the first (a word link
        may also run a night on to a later day: "من ليلة الجمعة إلى الأحد"). Returns (second
        weekday, end token)."""
        if not self.night_before(first):
            return None
        t = self.t
        next_day_only = self.tok(k) in t.night_next_day_links
        if self.tok(k) in t.night_links or next_day_only:
            k += 1
        elif t.weekdays.get(self.tok(k)) is None:
            return None  # "ليل السبت الأحد": the second day may follow with no link
        weekday = t.weekdays.get(self.tok(k))
        if weekday is None or (next_day_only and weekday != (first_weekday + 1) % 7):
            return None
        if self.dates_at.get(k + 1) is not None:
            return None  # a dated second day is dated_night's
        return weekday, k + 1

    def dated_night(self, first: int, first_weekday: int, k: int) -> tuple[_Date, int] | None:
        """ "ليل السبت، الأحد 14 أكتوبر 2012", "ليلة الأحد 10 إلى الاثنين 11 سبتمبر": a night named by
        the day it starts, then the next day with its date, covers the two days, the date's day
        and the one before it (the first day's own number, when written, must be that one). A
        night into the first of a month is left to the two days' own readings. Returns (the
        range, end token)."""
        if not self.night_before(first):
            return None
        t = self.t
        day = self.day_at(k)
        if day is not None:
            k += 1  # "ليلة الأحد 10 إلى": the first day's own number
        if self.tok(k) in t.night_links or self.tok(k) in t.night_next_day_links:
            k += 1
        elif day is not None:
            return None
        if t.weekdays.get(self.tok(k)) != (first_weekday + 1) % 7:
            return None
        dated = self.dates_at.get(k + 1)
        if dated is None or not isinstance(dated.expr, _Date):
            return None
        expr = dated.expr
        if expr.day is None or expr.end_day is not None or expr.day == 1:
            return None
        if day is not None and day != expr.day - 1:
            return None
        return expr._replace(day=expr.day - 1, end_day=expr.day, weekday=first_weekday), dated.last

    def weekday_range(self, first: int, k: int) -> tuple[int, int] | None:
        """ "from Friday to Sunday", "between Monday and Wednesday", "من الجمعة إلى الأحد": a weekday
        after a range lead, a range link and a second weekday are one stretch from the first to the
        second. Returns (second weekday, end token)."""
        t = self.t
        led = first > 0 and (self.base(first - 1) in t.range_lead or self.tok(first - 1) in t.range_lead)
        if not led:
            return None
        word = self.tok(k)
        if word in t.range_links or word in _RANGE_DASHES or self.base(k) in t.range_links:
            j = k + 2 if self.base(k + 1) in t.day_lead else k + 1
            weekday = t.weekdays.get(self.base(j))
            return (weekday, j + 1) if weekday is not None else None
        if self.written_onto(word, t.range_links):
            variant = t.variants.get(word)
            if variant is not None and variant[0] in t.weekdays:
                return t.weekdays[variant[0]], k + 1  # "بين الجمعة والأحد"
        return None

    def next_day_paired(self, weekday: int, k: int) -> tuple[int, int] | None:
        """The day after joined to a weekday ("Saturday and Sunday", "السبت والأحد") makes one span of
        both days; two days further apart or named out of order ("statements made Friday and
        Thursday") are two days, each read by its own rule."""
        second = self.paired_weekday(k)
        return second if second is not None and (second[0] - weekday) % 7 == 1 else None

    def paired_weekday(self, k: int) -> tuple[int, int] | None:
        """A second weekday joined to the one ending before token k: "والأحد", "and Sunday"."""
        t = self.t
        if self.tok(k) in t.pair_links:
            weekday = t.weekdays.get(self.tok(k + 1))
            return (weekday, k + 2) if weekday is not None else None
        variant = t.variants.get(self.tok(k))
        if variant is not None and variant[1] and variant[0] in t.weekdays:
            return t.weekdays[variant[0]], k + 1
        return None

    def apposition(self, end: int, offset: int) -> tuple[int, _Day]:
        """ "أمس الخميس", "yesterday, Thursday", "yesterday (Thursday)", "اليوم /الخميس/" (as Egyptian
        and Gulf agencies set the weekday off): the weekday written beside."""
        k = end
        closer = _APPOSITION_MARKS.get(self.tok(k))
        if closer is not None or self.tok(k) in _COMMAS:
            k += 1
        if self.tok(k) in self.t.day_lead:
            k += 1
        weekday = self.t.weekdays.get(self.tok(k))
        if weekday is None:
            return end, _Day(offset, None)
        k += 1
        if closer is not None:
            if self.tok(k) != closer:
                return end, _Day(offset, None)
            k += 1
        return k, _Day(offset, weekday)

    def match_vague(self, i: int) -> None:
        t = self.t
        found = None
        if self.base(i) in t.vague_lead:
            found = self.phrase_at(t.vague, i + 1, use_base=False)
        if found is None:
            found = self.phrase_at(t.vague, i)
            if found is None:
                return  # no vague phrase here (most tokens this is asked of)
        if i and self.base(i - 1) in t.vague_blockers:
            return  # "as soon as Tuesday", "as recently as 1990": a comparison, the time follows
        if found[1] and self.base(found[0]) in t.vague_links_after:
            return  # "killed soon after being captured": counted from the event after it
        if found[0] == i + 1 and self.base(i) in t.narrative_vague and self.narrated(i):
            return  # "He was soon released": shortly after, in the past the clause tells
        if found[0] == i + 1 and self.base(i) in t.vague_adjectives:
            if not self.tok(i + 1).isalpha() or self.base(i + 1) in t.vague_adjective_blockers:
                return  # "swept away by the current", "the current account deficit"
            if self.past_at(i + 1) is True:
                return  # "A rip current killed two swimmers": the noun, subject of the verb after it
            for k in range(i + 1, min(i + 1 + _ADJECTIVE_REACH, self.n)):
                if not self.toks[k].isalpha():
                    break
                if self.unit_at(k, quarters=True) or self.base(k) in t.period_words:
                    return  # "the current quarter", "the current Iranian calendar year": the period's
            hyphened = self.tok(i - 1) == "-" and self.glued(i - 2, i - 1) and self.glued(i - 1, i)
            lead = i - 2 if hyphened else i - 1
            if lead > 0 and self.base(lead) in t.vague_adjective_past_leads and self.attributive_at(lead):
                self.add(lead, found[0], _Vague(_SIGN_OF_SIDE["before"], None))
                return  # "the then current market price": the present of a time past
        sign, unit = found[1], None
        if sign:  # "these days" is now, no length
            # a loop, not generators over `self` and `t`: those would make both cells at every call
            for k in range(i, found[0]):
                if {self.tok(k), self.definite_base(k)} & t.vague_units:
                    unit = self.unit_at(k)
                    break
        self.add(i, found[0], _Vague(sign, unit))

    def narrated(self, i: int) -> bool:
        """Whether a past verb stands right beside token i: after it ("that soon became a flood")
        or before it ("He was soon released"); a modal beside it ("may soon charge", "would close
        soon") keeps it ahead."""
        return self.past_at(i + 1) is True or (i > 0 and self.past_at(i - 1) is True)

    def match_offset(self, u: int) -> None:
        """ "منذ 3 أيام", "قبل أسبوعين", "بعد يومين", "two days ago", "in three days"; without a count
        ("منذ سنوات", "days ago") the time is vague."""
        t = self.t
        word = self.toks[u]
        unit = t.units_two.get(word) or t.units.get(word) or t.units_one.get(word)
        if unit is None:
            base = self.base(u)
            if (
                base in t.vague_units
                and word[: len(word) - len(base)] in t.length_lead
                # "لأشهر فبراير": the lead of a month's name, not "for months"
                and self.phrase_at(t.months, u + 1) is None
            ):
                self.add(u, u + 1, _Duration(_year_unit(t.units[base]), 0))  # "لسنوات": for years
            elif (bare := self.definite_base(u)) in t.vague_units and bare in t.units:
                self.match_length_along(u, t.units[bare])  # "على مر السنين"
            return
        if self.match_length_compound(u, unit) or self.match_length_along(u, unit):
            return
        if (
            self.tok(u - 1) in t.indefinite_words or self.tok(u + 1) in t.indefinite_words
        ) and self.match_indefinite_day(u):
            return
        first, vague, stated = u, False, True
        # "two more weeks", "at least 20 more years": the count before a word that adds to a length;
        # "eight trading days", "two business days": before a word that says which days count.
        between = self.tok(u - 1)
        c = u - 1 if u > 1 and (between in t.count_additions or between in t.unit_kinds) else u
        written_half = self.written_half(c)
        if written_half:
            c -= 3  # "5 1/2 hours": the count before the written half
        count = self.plain_number(c - 1) if c else None
        hyphened = self.hyphened_count(u)
        if count is not None:
            first = c - 1
        elif hyphened is not None:
            count, first = hyphened
        elif written_half:
            return  # "a 1/2 day": half a day, not one and a half
        elif word in t.units_two:
            count = 2
            if self.tok(c - 1) in t.one_words:
                first = c - 1  # "a fortnight ago": one word for two weeks, its article its own
        elif self.tok(c - 1) in t.one_words:
            count, first = 1, c - 1
        elif (worded := self.phrase_ending(t.count_phrases, c)) is not None:
            first, count = worded  # "a couple of years"
        else:
            spoken = self.spoken_count(c)
            if spoken is not None:
                count, first = spoken
            elif word in t.units_one:
                following = self.tok(u + 1)
                if _numeric(following) or following.startswith(t.articles):
                    return
                # "ساعة ونصف": an hour and a half is a stated length
                count, stated = 1, self.phrase_at(t.half_after, u + 1, use_base=False) is not None
            elif (clitic_count := self.clitic_count_ago(c, u)) is not None:
                count, first = clitic_count
            elif word in t.vague_units:
                vague = True
        if not vague and (count is None or not 0 < count <= MAX_COUNT):
            return
        # The half: "5 1/2 hours" (written before the unit), "a year and a half", "عام ونصف" (after it).
        half_end = u + 1 if written_half else None
        if not written_half and (half_after := self.phrase_at(t.half_after, u + 1, use_base=False)):
            half_end = half_after[0]
        half = half_end is not None and count is not None and not vague
        if unit in _YEARS_IN and count is not None:
            # "a decade and a half" is 15 years: the half is counted in whole years
            years_in = _YEARS_IN[unit]
            unit, count = "year", count * years_in + (years_in // 2 if half else 0)
            half = False
        last = half_end if half_end is not None and count is not None and not vague else u + 1
        length = _Duration(unit, count, half=half) if count is not None and not vague else None
        # "منذ نحو عامين", "in about three days", "a week or so ago": a word that makes the count
        # approximate stands between it and the word that counts it back or on.
        lead = first
        if hyphened is None and (approximate := self.phrase_ending(t.approximators, first)) is not None:
            lead = approximate[0]
        before = self.phrase_ending(t.offset_before, lead) if hyphened is None else None
        if (
            hyphened is not None
            and length is not None
            and not length.half
            and self.base(u + 1) in t.record_compounds
        ):
            # "a 15-year high", "a 14-month low": the highest in 15 years, its window (D46)
            self.add(first, u + 2, length._replace(window="past"))
            return
        if (
            before is None
            and hyphened is None
            and length is not None
            and not length.half
            and (opening := self.record_window_lead(lead)) is not None
        ):
            # "the worst in more than 15 years", "the first time in almost a decade": the record's
            # window (D46), however its count is qualified.
            self.add(opening, last, length._replace(window="past"))
            return
        trail = last
        if (approximate := self.phrase_at(t.approximators, last, use_base=False)) is not None:
            trail = approximate[0]
        after = self.phrase_at(t.offset_after, trail, use_base=False)
        if after and unit in ("minute", "hour") and self.tok(trail) in t.offset_after_days:
            after = None  # "caught fire 15 hours back": "back" counts days and longer only
        anchor = self.phrase_at(t.anchor_after, last, use_base=False)
        if anchor is None:
            anchor = self.closing_anchor(last)
        counted_from = first
        if before:
            first, sign = before
            if (
                sign < 0
                and self.base(first) in t.since
                and unit == "year"
                and count is not None
                and MIN_YEAR <= count <= MAX_YEAR
                and counted_from == u - 1
                and len(self.toks[counted_from]) == 4
            ):
                return  # "ومنذ 2011 سنة شهدت": since the year 2011, not 2011 years back
            if sign < 0 and self.base(first) in t.since and self.lasting_before(first):
                if length is not None:
                    self.add(counted_from, last, length)
                return
            if sign > 0 and self.base(first) not in t.after_leads and self.record_before(first):
                # "the highest in 20 years", "the first time in a decade", "أعلى مستوى في غضون
                # عامين": the N units up to publication (the guide's D46), as "the past N years";
                # after an ordinal past the first ("the second rise in six months"), a length.
                if length is not None and not length.half and self.record_before(first, window=True):
                    self.add(first, last, length._replace(window="past"))
                elif stated and length is not None:
                    self.add(counted_from, last, length)
                return
            if (
                sign > 0
                and self.phrase_at(t.past_length_leads, first) is not None
                and (
                    self.clause_mode(first) == "recent"
                    or self.phrase_at(t.length_leads, first) is not None
                    or self.aside_of_past(first, last)
                )
            ):
                # "الميناء الذي تم بناؤه في غضون ثلاث سنوات": how long it took, a length (the
                # guide), not three years from publication as "يصدر القرار في غضون أسبوعين" is.
                if length is not None:
                    self.add(counted_from, last, length)
                return
            if (
                sign > 0
                and not after
                and not vague
                and self.base(first) in t.ahead_only_leads
                and not self.looks_ahead(first)
            ):
                if stated and length is not None:
                    self.add(counted_from, last, length)
                return
            if after and after[1] == sign:
                last = after[0]  # "بعد أسبوعين من الآن": both words count it on
        elif after:
            last, sign = after
        elif anchor and count is not None and not vague and (not half or unit in _HALF_IN):
            if half:  # "a year and a half earlier": 18 months from the time named before
                unit, count = _HALF_IN[unit][0], count * _HALF_IN[unit][1] + _HALF_IN[unit][1] // 2
            self.add(first, anchor[0], _Anchored(unit, anchor[1] * count, stated=True))
            return
        else:
            if stated and length is not None and not self.age_at(last):
                self.add(first, last, length)
            elif vague and (open_count := self.phrase_ending(t.vague_counts, u)) is not None:
                self.add(open_count[0], last, _Duration(_year_unit(unit), 0))  # "several years", "a few days"
            elif vague and self.base(u - 1) in t.length_lead and not self.is_num(last):
                # "for years", "For weeks"; not "for years 7 to 11", "for years 2025 to 2027"
                # (years named by their numbers)
                self.add(u, last, _Duration(_year_unit(unit), 0))
            return
        if self.tok(last + 1 if self.base(last) in t.offset_fillers else last) in t.offset_blockers:
            if stated and length is not None:
                self.add(counted_from, last, length)
            return
        if vague or count is None:
            self.add(first, last, _Vague(sign))
        elif half and unit in _HALF_IN:
            # "a year and a half ago": 18 months back, at the grain of the smaller unit
            smaller, size = _HALF_IN[unit]
            self.add(first, last, _Offset(smaller, count * size + size // 2, sign))
        elif half:
            self.add(counted_from, half_end or last, length)  # "a week and a half ago": no whole day
        elif sign < 0 and self.base(first) in t.since and self.since_record_before(first):
            # "تصدر الدوري للمرة الأولى منذ 11 شهرًا", "أعلى مستوى منذ 10 سنوات": a record in the N
            # units up to publication (the guide's D46), as "the past N years" is.
            self.add(first, last, _Duration(unit, count, window="past"))
        else:
            self.add(first, last, _Offset(unit, count, sign))

    def aside_of_past(self, first: int, end: int) -> bool:
        """Whether the tokens first..end stand between two commas right after a clause whose verb
        is past: an aside of that clause, in its tense ("استعاد الأزرق، بعد نحو 11 شهرًا، المركز
        الأول": counted from the narrative's last lead, not from publication)."""
        return (
            first > 0
            and self.tok(first - 1) in _COMMAS
            and self.tok(end) in _COMMAS
            and self.past_before(first - 1)
        )

    def record_window_lead(self, k: int) -> int | None:
        """The "in" or "منذ" of a record's window ending before the count at token k, when the
        count is qualified by a word of time.record_approximators ("the highest in more than 20
        years", "أعلى مستوى منذ أكثر من عقد") or the lead is one of time.record_window_leads ("أعلى
        مستوى في 5 سنوات"، "أعلى مستوى خلال ست سنوات"): its token, or None."""
        t = self.t
        near = self.phrase_ending(t.record_approximators, k)
        at = near[0] if near is not None else k
        if self.base(at - 1) in t.record_window_leads and self.record_before(at - 1, window=True):
            return at - 1
        if self.base(at - 1) in t.record_window_close_leads and self.record_right_before(at - 1):
            return at - 1
        before = self.phrase_ending(t.offset_before, at) if near is not None else None
        if before is None:
            return None
        lead, sign = before
        if sign > 0 and self.record_before(lead, window=True):
            return lead
        if sign < 0 and self.base(lead) in t.since and self.since_record_before(lead):
            return lead
        return None

    def weekday_in_title(self, j: int) -> bool:
        """Whether the weekday at token j, written with its capital, is part of a newspaper's name:
        before a title noun ("Sunday Times") or ending a title ("Mail on Sunday")."""
        t = self.t
        if not self.capitalized(j):
            return False
        if j + 1 < self.n and self.toks[j + 1] in t.weekday_title_nouns and self.capitalized(j + 1):
            return True
        title = " ".join(self.toks[j - 2 : j + 1]) if j >= 2 else ""
        return title in t.weekday_titles_on and self.capitalized(j - 2)

    def record_right_before(self, i: int) -> bool:
        """A record (not an ordinal past the first) right before token i or one word before it that
        is no function word (time.record_close_blockers): "its lowest for", "its lowest level for",
        "the first time for"."""
        t = self.t
        for m in (i - 1, i - 2):
            word = self.tok(m)
            if not word.isalpha():
                return False
            base = self.base(m)
            if base not in t.record_ordinals and (
                base in t.record_words or (len(base) > 5 and base.endswith(t.record_endings))
            ):
                return True
            if base in t.record_close_blockers or word.lower() in t.record_close_blockers:
                return False
        return False

    def since_record_before(self, i: int) -> bool:
        """A record or "the first time" (time.since_records) in the clause before the "since" at
        token i, up to _RECORD_REACH words, no punctuation or number between."""
        for m in range(i, max(i - _RECORD_REACH, 0), -1):
            if self.phrase_ending(self.t.since_records, m) is not None:
                return True
            if not self.tok(m - 1).isalpha():
                return False
        return False

    def lasting_before(self, lead: int) -> bool:
        """Whether a word that says a state has lasted stands before the "since" at token `lead`
        in its clause ("الإضراب مستمر منذ ثلاثة أيام", "لا يزال الطريق مغلقا منذ يومين"): then the
        count says how long, not when (D32)."""
        t = self.t
        for m in self.words_back(lead - 1, 2 * t.future_reach):
            if self.phrase_ending(t.lasting_words, m + 1) is not None:
                return True
            word = self.toks[m]
            if any(word.startswith(c) and word[len(c) :] in t.lasting_words.single for c in t.conjunctions):
                return True  # "وتتواصل الاحتجاجات منذ شهرين"
            if self.definite_base(m) in t.lasting_words.single:
                return True  # "الحرب المستمرة منذ نحو 11 شهرا": the adjective with its article
        return False

    def match_indefinite_day(self, u: int) -> bool:
        """ "سيصبح الإسلام يوما ما", "Islam will one day be": a day left unnamed is the vague future,
        not a length of one day — an indefinite day in a clause that looks ahead, "one day" right
        after a future word ("It will take one day" is a length)."""
        t = self.t
        modal = self.phrase_ending(t.modal_days, u + 1)
        if modal is not None and self.base(modal[0] - 1) in t.future_words:
            self.add(modal[0], u + 1, _Vague(1))
            return True
        ending = self.phrase_ending(t.indefinite_days, u + 1)
        span = (ending[0], u + 1) if ending is not None else None
        if span is None and (starting := self.phrase_at(t.indefinite_days, u)) is not None:
            span = (u, starting[0])
        if span is None or self.clause_mode(span[0]) != "next":
            return False
        self.add(span[0], span[1], _Vague(1))
        return True

    def match_length_along(self, u: int, unit: str) -> bool:
        """ "over the years", "through the decades", "على مر السنين", "عبر العقود": a plural unit
        after a lead that runs along it is a length whose count is left open (PXY); not before a
        count or a number ("over the years 2010 to 2015", "على مدى السنوات الخمس")."""
        t = self.t
        if not t.length_along.single and not t.length_along.by_first_two:
            return False
        if self.toks[u] not in t.vague_units and self.definite_base(u) not in t.vague_units:
            return False
        first = u - 1 if self.tok(u - 1) in t.definite_words else u
        if first == u and not self.definite_base(u):
            return False  # "over years": the article belongs to the phrase ("for years" is length_lead)
        if self.phrase_ending(t.length_along, first) is None:
            return False
        following = self.tok(u + 1)
        if _numeric(following) or following in t.number_wordy:
            return False
        self.add(first, u + 1, _Duration(_year_unit(unit), 0))
        return True

    def match_length_compound(self, u: int, unit: str) -> bool:
        """ "a day-long meeting" (P1D), "a decades-long battle" (years, how many left open): a unit
        joined to a word that makes it a length."""
        found = self.phrase_at(self.t.length_suffixes, u + 1, use_base=False)
        if found is None or not self.glued(u, u + 1):
            return False
        if self.tok(u - 1) == "-" and self.glued(u - 1, u) and self.glued(u - 2, u - 1):
            return False  # "a 10-day-long strike": the count before reads it (P10D, not P1D)
        plural = self.toks[u] in self.t.vague_units
        self.add(u, found[0], _Duration(_year_unit(unit) if plural else unit, 0 if plural else 1))
        return True

    def written_half(self, k: int) -> bool:
        """ "1/2" written just before token k ("5 1/2 hours")."""
        return (
            k >= 4
            and self.toks[k - 3 : k] == ["1", "/", "2"]
            and self.glued(k - 3, k - 2)
            and self.glued(k - 2, k - 1)
        )

    def record_before(self, i: int, window: bool = False) -> bool:
        """A superlative or an ordinal in the clause before token i ("the highest ... in 11
        years", "سادس حكومة ... في غضون ثلاث سنوات"): up to _RECORD_REACH words, no punctuation.
        With `window`, a record that opens the window of D46: not an ordinal past the first
        (time.record_ordinals: "the second rise in six months" counts, it sets no record)."""
        t = self.t
        if not t.record_words and not t.record_endings:
            return False
        for m in range(i - 1, max(i - 1 - _RECORD_REACH, -1), -1):
            word = self.toks[m]
            if word == "-" and 0 < m < self.n - 1 and self.glued(m - 1, m) and self.glued(m, m + 1):
                continue  # a hyphen inside a word: "its first J-League title in 15 years"
            if not word.isalpha():
                return False
            base = self.base(m)
            if window and base in t.record_ordinals:
                continue
            if (
                base in t.record_words
                and self.tok(m + 1) in t.record_count_links
                and (self.is_num(m + 2) or self.tok(m + 2) in t.number_wordy)
            ):
                continue  # "أكثر من عشرة آلاف": a count's qualifier, no record
            if base in t.record_words or (len(base) > 5 and base.endswith(t.record_endings)):
                return True
            if window and self.definite_base(m) in t.record_words:
                return True  # "العدد الأعلى ... في خمس سنوات": the superlative with its article
        return False

    def age_at(self, k: int) -> bool:
        """ "a 6-year-old", "52 years old": the length is an age."""
        if self.tok(k) == "-":
            k += 1
        return self.tok(k) in self.t.duration_blockers

    def hyphened_count(self, u: int) -> tuple[int, int] | None:
        """ "a 10-day ceasefire", "a two-year term": the count joined to the unit by a hyphen."""
        if u < 2 or self.toks[u - 1] != "-" or not (self.glued(u - 2, u - 1) and self.glued(u - 1, u)):
            return None
        if self.is_num(u - 2):
            value = int(self.toks[u - 2])
            return (value, u - 2) if 0 < value <= MAX_COUNT else None
        if self.toks[u - 2] in self.t.one_words:
            return 1, u - 2  # "a one-day trip"
        if self.toks[u - 2] not in self.t.number_words:
            return None
        value = parse_number_text(self.toks[u - 2], self.lex)
        if value is None or value != value.to_integral_value() or not 0 < value <= MAX_COUNT:
            return None
        return int(value), u - 2

    def is_number_word(self, word: str) -> bool:
        """A number word or joiner, or a number word with a joiner written onto it ("وعشرين")."""
        t = self.t
        if word in t.number_wordy:
            return True
        joiner = next((p for p in t.prefix_joiners if word.startswith(p)), "")
        return bool(joiner) and word[len(joiner) :] in t.number_words

    def clitic_count_ago(self, c: int, u: int) -> tuple[int, int] | None:
        """ "مقارنة بخمس سنوات مضت": one count word with a preposition written onto it, before the
        unit (token u) that a word of time gone by follows (time.offset_after, the past side:
        "مضت", "خلت"): (value, its token). Only with that word after it: "قبل الانتخابات بثلاثة
        أيام" counts from an event, not from publication."""
        t = self.t
        after = self.phrase_at(t.offset_after, u + 1, use_base=False)
        if after is None or after[1] > 0 or c < 1:
            return None
        word = self.toks[c - 1]
        clitic = next((p for p in t.clitic_prefixes if word.startswith(p)), "")
        if not clitic or word[len(clitic) :] not in t.number_words:
            return None
        value = parse_number_text(word[len(clitic) :], self.lex)
        if value is None or value != value.to_integral_value() or value <= 0:
            return None
        return int(value), c - 1

    def spoken_count(self, u: int) -> tuple[int, int] | None:
        """A count written in words before token u ("ثلاثة أيام", "twenty-five days"): (value, start)."""
        t = self.t
        k = u
        while k > 0 and u - k < 5:
            if not self.is_number_word(self.toks[k - 1]):
                break
            k -= 1
        if k == u:
            return None
        for start in range(k, u):
            if self.toks[start] in t.number_joiners:
                continue
            value = parse_number_text(self.norm.text[self.starts[start] : self.end(u - 1)], self.lex)
            if value is not None and value == value.to_integral_value() and value > 0:
                return int(value), start
        return None

    def match_calendar(self, i: int) -> None:
        """ "الأسبوع الماضي", "هذا العام", "last month", "next week"."""
        unit = self.t.calendar_units.get(self.base(i))
        if unit is None:
            return
        if unit in ("quarter", "year") and self.match_period_ending(i, unit):
            return
        t = self.t
        if self.base(i - 1) in t.fiscal_words or self.base(i + 1) in t.fiscal_words:
            if unit == "year":
                self.match_fiscal_year(i)
            return
        hijri = t.hijri_markers.single and self.phrase_at(t.hijri_markers, i + 1, use_base=False)
        if unit == "year" and hijri:
            return  # "بداية السنة الهجرية": a Hijri year, not the Gregorian one publication falls in
        after = self.phrase_at(t.mod_after, i + 1, use_base=False)
        if after:
            written = self.year_at(after[0]) if unit == "year" else None
            if written is not None:
                # "مقارنة بالعام السابق 2024": the year the text writes after the relative one.
                self.add(i, after[0] + 1, _Year(written))
                return
            anchored = self.phrase_at(t.anchored, i)
            if anchored is not None and anchored[0] == after[0]:
                return  # "العام السابق" after "عام 2020" is 2019: counted from that time (match_anchored)
            # "the week before last": the article joins it (over "the week before", a week counted
            # from another time)
            first = i - 1 if after[1] in _TWO_STEPS and self.tok(i - 1) in t.definite_words else i
            self.add(first, after[0], _Calendar(unit, _SHIFTS[after[1]]))
            construct = t.construct_weekdays.get(self.base(i - 1)) if unit == "week" and i else None
            if construct is not None:  # "ثلاثاء الأسبوع الماضي": the Tuesday of last week
                self.add(i - 1, after[0], _WeekdayOfWeek(construct, _SHIFTS[after[1]], t.weekday_week_start))
            return
        before = self.phrase_ending(t.mod_before, i)
        if before:
            self.add(before[0], i + 1, _Calendar(unit, _SHIFTS[before[1]]))
            return
        began = self.phrase_at(t.unit_began, i + 1)
        if began is not None and self.tok(i - 1) in t.definite_words and self.base(i - 2) in t.since:
            # "since the year began", "since the month started": from the current one's start (the
            # "since" lead takes the window to publication).
            self.add(i - 1, began[0], _Calendar(unit, 0))
            return
        definite = self.tok(i - 1) in t.definite_words
        if (definite or self.glued(i, i + 1)) and self.phrase_at(t.so_far, i + 1) is not None:
            # "the year to date", "the month so far": the current one up to publication (so_far_around
            # takes the words after it in); also written onto the unit without an article
            # ("year-to-date crime figures", "month-to-date sales").
            self.add(i - 1 if definite else i, i + 1, _Calendar(unit, 0))
            return
        ending = self.phrase_at(t.unit_end, i + 1)
        if ending is not None:
            # "year-end", "by year's end": the last day of the current one.
            self.add(i, ending[0], _Calendar(unit, 0, last_day=True))
            return
        lead = i - 1 if self.tok(i - 1) in t.definite_words else i
        part = self.phrase_ending(t.period_parts, lead)
        # ... and a part hyphened onto a bare unit after a lead of time: "by mid-year", "since
        # mid-month" (D30); not the adjective ("the mid-year review", "a mid-year budget").
        hyphened = (
            part is not None
            and self.tok(i - 1) == "-"
            and self.glued(i - 2, i - 1)
            and self.glued(i - 1, i)
            and self.base(part[0] - 1) in t.month_cues
        )
        if (lead < i or self.definite_base(i) or hyphened) and part:
            # "the end of the year", "نهاية العام": a part of the current one (attach() joins the
            # part and narrows it).
            self.add(lead, i + 1, _Calendar(unit, 0))

    def match_fiscal_year(self, i: int) -> None:
        """ "السنة المالية الحالية", "بالعام المالي السابق", "the current fiscal year", "next fiscal
        year": a year of accounts counted by its modifier (find_times gives it the country's months)."""
        t = self.t
        first, last = i, i + 1
        if self.base(last) in t.fiscal_words:
            last += 1
        if self.base(first - 1) in t.fiscal_words:
            first -= 1
        after = self.phrase_at(t.mod_after, last, use_base=False)
        if after is not None:
            anchored = any(self.base(k) in t.fiscal_anchored for k in range(last, after[0]))
            self.add(first, after[0], _FiscalYear(_SHIFTS[after[1]], anchored))
            return
        before = self.phrase_ending(t.mod_before, first)
        if before is not None:
            anchored = any(self.base(k) in t.fiscal_anchored for k in range(before[0], first))
            self.add(before[0], last, _FiscalYear(_SHIFTS[before[1]], anchored))

    def budget_before(self, found: _Candidate) -> bool:
        """Whether a budget noun (not the adjective "المالية", "fiscal") stands just before a time:
        "الموازنة للعام المقبل"."""
        word = self.base(found.first - 1)
        return word in self.t.budget_words and word not in self.t.fiscal_words

    def match_month_day(self, i: int) -> None:
        """A day of a month named by its place: "التاسع عشر من هذا الشهر", "the 15th of last month"."""
        t = self.t
        if t.calendar_units.get(self.base(i)) != "month":
            return
        after = self.phrase_at(t.mod_after, i + 1, use_base=False)
        before = self.phrase_ending(t.mod_before, i) if after is None else None
        if after is not None:
            start, last, shift = i, after[0], _SHIFTS[after[1]]
        elif before is not None:
            start, last, shift = before[0], i + 1, _SHIFTS[before[1]]
        else:
            return
        if self.tok(start - 1) in t.date_links:
            found = self.day_ending(start - 2)
        elif (bare := self.day_at(start - 1)) is not None and self.base(start - 2) in t.month_day_bare_leads:
            found = bare, start - 1  # "في 17 الشهر الماضي"
        else:
            return
        if found is None:
            return
        day, first = found
        self.dates_at[first] = self.add(first, last, _MonthDay(day, shift))

    def match_month(self, i: int) -> None:
        """Dates and months written with a month name: 15 أكتوبر، Oct. 15, 2024، كانون الثاني 2024."""
        t = self.t
        abbreviated = False
        found = self.phrase_at(t.months, i)
        if found is None:
            found = self.phrase_at(t.month_abbr, i)
            abbreviated = True
        if found is None:
            return
        lower_case = t.months_capitalized and not self.capitalized(i)
        if lower_case and self.toks[i] not in t.months_any_case:
            return
        end, month = found
        if abbreviated and self.tok(end) == "." and self.glued(end - 1, end):
            end += 1
        end = self.doubled_month(end, month)
        first, day, end_day = i, None, None
        k = i - 1
        if k >= 0 and self.base(k) in t.month_lead:
            k -= 1
        if self.tok(k) in t.date_links:
            k -= 1
            if self.tok(k) in t.date_day_nouns and self.day_ending(k - 1) is not None:
                k -= 1  # "this 16th day of August", "the 18th day of February 2016"
        last_day = self.day_ending(k, loose=True)
        ranged = self.range_start(last_day[1]) if last_day is not None else None
        if ranged is None and last_day is not None:
            ranged = self.day_list_before(last_day[0], last_day[1])
        before_day = self.day_ending(k) if ranged is None else None
        if ranged is not None and last_day is not None:
            day, first, end_day = ranged[0], ranged[1], last_day[0]
        elif before_day is not None:
            day, first = before_day
        elif (
            after_range := self.range_after(end, led=first > 0 and self.base(first - 1) in t.range_lead)
        ) is not None and self.tok(after_range[2]) not in t.counted:
            day, end_day, end = after_range
            if first and self.base(first - 1) in t.range_lead:
                first -= 1
        elif (after_day := self.day_dashed_to_month(end)) is not None:
            day, end = after_day, end + 1  # "March 20-October 21": the day before the dash of a range
        elif (after_day := self.day_at(end)) is not None and (
            abbreviated or not self.counts_after_day(after_day, end + 1)
        ):
            # An abbreviated month is written only with a day or a year: "on Aug. 7 killed 258".
            day, end = after_day, end + 1
            if self.tok(end) in t.ordinal_suffixes and self.glued(end - 1, end):
                end += 1
            if (listed := self.day_list_after(day, end)) is not None:
                end_day, end = listed
        if end_day is not None and day is not None and end_day <= day:
            return
        year, year_shift, end = self.date_year(end, day is not None)
        if year is None and year_shift is None and end_day is None:
            # "in November and December 2023": the year written once after both months.
            year, year_shift = self.shared_year_after(end)
        if day is not None and max(day, end_day or 0) > calendar.monthrange(year or 2000, month)[1]:
            return
        mode = "bare"
        listed = False
        if year is None and year_shift is None:
            month_first = first
            first, end, mode = self.modifier_around(first, end, two_steps=True)
            if (
                mode == "past"
                and day is None
                and first < month_first
                and " ".join(self.toks[first:month_first]) in t.month_year_back_leads
                and self.phrase_ending(t.month_year_back_comparisons, first) is not None
            ):
                mode = "year_back"  # "compared to last May" in June: May a year back
        if day is None and year is None and year_shift is None and mode == "bare":
            if abbreviated:
                return
            if first and self.base(first - 1) in t.month_lead:
                first -= 1
                cued = True
            elif first and (
                self.base(first - 1) in t.month_pair_lead or self.tok(first - 1) in t.month_pair_lead
            ):
                cued = True  # "شهري أبريل ومايو": the first of two months (D42), its dual word apart
            else:
                listed = not lower_case and self.listed_after_month(first, end)
                cued = bool(first) and (
                    (
                        self.base(first - 1) in t.month_cues
                        and not (self.base(first - 1) in t.name_month_cues and self.month_is_name(i))
                    )
                    # "compared with May", "بزيادة 28 في المئة عن نيسان": a month compared with
                    or self.phrase_ending(t.year_cue_phrases, first) is not None
                    # "مقارنة بأكتوبر", "مقارنة بكانون الأول": the preposition written onto the month
                    or (
                        self.tok(first) != self.base(first)
                        and self.phrase_ending(t.comparison_leads, first) is not None
                    )
                    or self.phrase_ending(t.attach_before, first) is not None
                    # "النصف الأول من نيسان": a part of the month before it
                    or self.phrase_ending(t.period_parts, first) is not None
                    or self.ranged_to_now(first, end)
                    or listed
                )
            if self.generic_month(first, end):
                return
            inside = not lower_case and self.month_in_sentence(i, end)
            if (t.bare_month_needs_cue or self.toks[i] in t.months_need_cue) and not (
                cued or inside or self.month_before_noun(first, end)
            ):
                return
            if lower_case and not cued:
                return  # "april showers", "june smith": a lower-case month alone needs its cue
        # "gave no reason for the Jan. 14 deadline": a date before a noun is not the verb's time.
        attributive = self.base(first - 1) in t.attributive_leads
        if listed and (item := self.month_listed_before(first)) is not None:
            # "ارتفعت في كانون الثاني ونيسان", "في مارس 2025 وأبريل": April placed as the month before
            if item.year is not None or item.year_shift is not None:
                year, year_shift, mode = item.year, item.year_shift, item.mode
            elif mode == "bare":
                mode = item.mode
        if mode == "bare" and year is None and year_shift is None and not attributive:
            mode = self.clause_mode(first)
            if mode == "bare" and self.clause_ahead(first):
                mode = "next"
            if mode == "bare" and self.fronted_future(first, end):
                mode = "next"  # "On Nov. 16, the council will vote"
            if mode == "bare" and self.coordinated_ahead(first):
                mode = "next"  # "will start on Oct. 1 and end on Oct. 30"
            if mode == "bare" and self.clause_passed(first):
                mode = "recent"
        found_date = self.add(
            first, end, _Date(year, month, day, mode, year_shift=year_shift, end_day=end_day)
        )
        found_date.listed = listed
        if day is not None:
            self.dates_at[first] = found_date

    def day_list_before(self, day: int, s: int) -> tuple[int, int] | None:
        """ "17, 18 and 19 September", "14 and 15 October", "17 و18 و19 سبتمبر": the days before a
        month's last day (its token s), each the day before the next, joined by commas or
        time.day_list_links words (the join before the last day one of those words), are one
        stretch of days: (first day, first token); None unless such a list stands there."""
        t = self.t
        first, start, m = day, s, s - 1
        while True:
            linked = self.base(m) in t.day_list_links
            if linked:
                m -= 1
            comma = self.tok(m) in _COMMAS
            if comma:
                m -= 1
            if (start == s and not linked) or not (linked or comma) or self.day_at(m) != first - 1:
                break
            first, start, m = first - 1, m, m - 1
        return (first, start) if start < s else None

    def day_list_after(self, day: int, k: int) -> tuple[int, int] | None:
        """ "September 17, 18, and 19", "July 7 or 8": the days after a month's first day, each the
        next day, joined by commas and a last time_day_list_links word, are one stretch of days
        (the last day, the end token); None unless the list ends with that word and its day."""
        t = self.t
        last, m = day, k
        while True:
            comma = self.tok(m) in _COMMAS
            if comma:
                m += 1
            joined = self.base(m) in t.day_list_links
            if joined:
                m += 1
            if not (comma or joined) or self.day_at(m) != last + 1:
                return None
            last, m = last + 1, m + 1
            if joined:
                return None if self.tok(m) in t.counted else (last, m)

    def day_dashed_to_month(self, k: int) -> int | None:
        """The day at token k when a dash glued to it leads to another month's name ("March
        20-October 21"), which the figure glue of "13-15" would otherwise keep from being a day."""
        if not (self.tok(k + 1) in _RANGE_DASHES and self.glued(k, k + 1) and self.glued(k + 1, k + 2)):
            return None
        if self.phrase_at(self.t.months, k + 2) is None:
            return None
        return self.raw_day(k, loose=True)

    def coordinated_ahead(self, first: int) -> bool:
        """ "will start on Oct. 1 and end on Oct. 30", "ستبدأ في 1 تشرين الأول وتنتهي في 30 تشرين
        الأول": a verb joined by "and" to the clause of a date just before, which lies ahead, shares
        its tense (no past verb and no sentence end between them)."""
        t = self.t
        prev = next(
            (c for c in reversed(self.candidates) if isinstance(c.expr, _Date) and c.last <= first),
            None,
        )
        if prev is None or prev.expr.mode != "next" or first - prev.last > _COORDINATED_REACH:
            return False
        between = range(prev.last, first)
        if any(self.toks[m] in _SENTENCE_ENDS or self.past_at(m) for m in between):
            return False
        return any(
            self.base(m) in t.clause_links
            or (len(self.toks[m]) > 3 and self.toks[m].startswith(t.conjunctions or ("\0",)))
            for m in between
        )

    def listed_after_month(self, first: int, end: int) -> bool:
        """ "in January, March and May", "in February and May", "36 in January; 32 in February; 39 in
        March", "January with 36; February with 32; March with 39": a month after a list's
        semicolon or link (time.day_list_links), or after a comma of a list a link closes with a
        month, whose item before it ends on a month, or names one up to _MONTH_LIST_REACH words
        before the mark (its figure), is an item of the same list of months, cued as the first one
        is. The month before is a capitalized one (not the verb "may"). A list of commas alone
        ("the entire quarter (April, May, June)") names the months of any quarter, no date. Arabic
        writes the link onto the month ("في كانون الثاني ونيسان وتشرين الأول", "يناير، وفبراير"): the
        item before ends just before it."""
        t = self.t
        k = first - 1
        if k < 0:
            return False
        written = self.written_onto(self.tok(first), t.day_list_links)
        if written:
            k = first - 1 if self.tok(first - 1) in _COMMAS else first
        elif self.base(k) in t.day_list_links and k > 0 and self.tok(k - 1) in _COMMAS:
            k -= 1  # the serial comma: "January, March, and May"
        elif self.tok(k) in _COMMAS and not self.list_closes_on_month(end):
            return False
        if not (written or self.tok(k) in _COMMAS or self.tok(k) == ";" or self.base(k) in t.day_list_links):
            return False
        for m in range(k - 1, max(k - 1 - _MONTH_LIST_REACH, -1), -1):
            word = self.toks[m]
            if self.phrase_at(t.months, m) is not None and (
                not t.months_capitalized or word in t.months_any_case or self.capitalized(m)
            ):
                return True
            if not word.isalnum():
                return False
        return False

    def month_listed_before(self, first: int) -> _Date | None:
        """The month (no day) a list's month at token `first` follows: the last one before it."""
        prev = next(
            (c for c in reversed(self.candidates) if isinstance(c.expr, _Date) and c.last <= first),
            None,
        )
        if prev is None or first - prev.last > _MONTH_LIST_REACH + 1:
            return None
        return None if prev.expr.day is not None else prev.expr

    def list_closes_on_month(self, k: int) -> bool:
        """Whether the list goes on from token k, over commas and months, to a link and a month
        ("March, and May", "March and May", "March, April or May")."""
        t = self.t
        while k < self.n:
            if self.tok(k) in _COMMAS:
                k += 1
            if self.base(k) in t.day_list_links:
                return self.phrase_at(t.months, k + 1) is not None
            found = self.phrase_at(t.months, k)
            if found is None:
                return False
            k = found[0]
        return False

    def month_is_name(self, i: int) -> bool:
        """Whether the month word at token i ("may") is a surname in this text: somewhere in it, it
        stands capitalized after a capitalized word that is no time word inside its sentence ("told
        Theresa May", "a defeat for Prime Minister May") or after a title of time.name_titles ("Mrs
        May lost the vote"). Then "for May" and "to May" (the weak cues of time.name_month_cues)
        are the person, not the month, "a defeat for May's deal" too; with no such name in the
        text, "data for May's inflation" is the month's."""
        word = self.toks[i]
        found = self.month_names_found.get(word)
        if found is None:
            found = any(self.names_person(k) for k, tok in enumerate(self.toks) if tok == word)
            self.month_names_found[word] = found
        return found

    def names_person(self, k: int) -> bool:
        """Whether the capitalized word at token k is a surname: see `month_is_name`."""
        t = self.t
        before = k - 1
        if before < 0 or not self.toks[before].isalpha():
            return False
        if not (self.capitalized(k) and self.capitalized(before)):
            return False
        if self.toks[before] in t.name_titles:
            return True
        return not (
            self.opens_sentence(before)
            or self.toks[before] in t.month_cues
            or self.base(before) in t.weekdays
            or self.phrase_at(t.months, before) is not None
        )

    def generic_month(self, first: int, end: int) -> bool:
        """Whether a month without a year (tokens first..end, its lead "شهر" included) is named as
        every year's month, no date: a record word in its clause with a phrase of all time or of the
        year's months after the month ("أعلى درجة لشهر مايو على الإطلاق", "شهر تموز أعلى من بين شهور
        السنة"; not "لم تسجل أي حالة في شهر مايو على الإطلاق", "at all"), or, on a lead written with "ل",
        a record word a few words before it ("أعلى كمية هطول سجلت لشهر فبراير") or a climate normal
        right before it ("معدل درجات الحرارة لشهر كانون الثاني")."""
        t = self.t
        record = False
        for k in range(first - 1, max(first - _GENERIC_MONTH_REACH, 0) - 1, -1):
            if self.toks[k] in _CLAUSE_STOPS or self.toks[k] in _COMMAS:
                break
            record = record or self.base(k) in t.generic_month_records
        after_record = False
        for k in range(end, min(end + _GENERIC_MONTH_REACH, self.n)):
            if self.toks[k] in _CLAUSE_STOPS or self.toks[k] in _COMMAS:
                break
            if self.phrase_at(t.generic_month_after, k) is not None:
                if record or after_record:
                    return True
                break
            after_record = after_record or self.base(k) in t.generic_month_records
        lead, base = self.tok(first), self.base(first)
        if base not in t.month_lead or lead == base or not lead.startswith("ل"):
            return False
        return record or self.phrase_ending(t.generic_month_normals, first) is not None

    def month_in_sentence(self, i: int, end: int) -> bool:
        """ "while March exports soared", "the same as August": a capitalized month inside its
        sentence whose other word is written in lower case there (the verb "march", the adjective
        "august"; not "May", a name too), unless a word after it makes it a march or a name ("March
        on Washington", "March Madness", "August Wilson") or a capitalized word or a possessive
        before it ends a name with it ("the Women's March", "the Long March", "the Million Man
        March": a name's last word, not a month)."""
        t = self.t
        if self.toks[i] not in t.months_capital_inside or self.opens_sentence(i):
            return False
        if self.ends_name(i):
            return False
        following = self.tok(end)
        if following in t.month_noun_blockers:
            return False
        return not (following.isalpha() and self.capitalized(end))

    def ends_name(self, i: int) -> bool:
        """Whether token i follows a possessive ("Women's") or a capitalized word that does not open
        its sentence ("Long", "Man"): the last word of a name, in a language that capitalizes
        names."""
        k = i - 1
        if k < 0:
            return False
        if self.toks[k] == "s" and k >= 1 and self.toks[k - 1] in _APOSTROPHES and self.glued(k - 1, k):
            return True
        return self.toks[k].isalpha() and self.capitalized(k) and not self.opens_sentence(k)

    def month_before_noun(self, first: int, end: int) -> bool:
        """ "the March accession", "the May elections": a month between a determiner and the noun it
        dates (not a march or an event's name: "the March of Dimes", "the March to Selma")."""
        t = self.t
        following = self.tok(end)
        return (
            bool(first)
            and self.base(first - 1) in t.attributive_leads
            and following.isalpha()
            and following not in t.month_noun_blockers
            and not self.capitalized(end)
        )

    def match_between(self) -> None:
        """Two dates joined by a range link: "من 13 تموز الى 15 تموز", "from 30 October to 2 November"."""
        t = self.t
        for first_date in list(self.dates_at.values()):
            a, link = first_date.expr, first_date.last
            word = self.tok(link)
            if (
                word not in _RANGE_DASHES
                and word not in t.range_links
                and self.base(link) not in t.range_links
            ):
                continue
            # The second end written as a day is ("من 15 أبريل وحتى يوم 22 مايو", "إلى غاية صبيحة
            # الخميس 13 جوان"): a link's second word, a day's lead, a part of the day, a weekday.
            k = link + 1
            while k < link + 5 and k not in self.dates_at and self.range_end_filler(k):
                k += 1
            second = self.dates_at.get(k)
            if second is None or not isinstance(a, _Date) or not isinstance(second.expr, _Date):
                continue
            if a.end_day is not None or second.expr.end_day is not None:
                continue
            first = first_date.first
            # "من يوم 04 جوان إلى ...", "من صباح الأحد 27 ...": the first end's own words after the lead
            k = first
            while k > max(first - 4, 0) and self.range_end_filler(k - 1):
                k -= 1
            if k != first and k > 0 and self.base(k - 1) in t.range_lead:
                first = k
            led = first > 0 and self.base(first - 1) in t.range_lead
            if word in t.range_links_need_lead and not led:
                continue
            self.add(first - 1 if led else first, second.last, _Between(a, second.expr))

    def range_end_filler(self, k: int) -> bool:
        """Whether token k may stand between a range link and the day that ends the range: the
        second word of a two-word link ("إلى غاية"), a day's lead ("يوم"), a part of the day
        ("صبيحة", "مساء"), a weekday ("الخميس")."""
        t = self.t
        base = self.base(k)
        return (
            base in t.range_link_fillers
            or base in t.day_lead
            or base in t.day_parts
            or self.tok(k) in t.weekdays
            or base in t.weekdays
        )

    def match_hijri(self, i: int) -> None:
        """ "15 ربيع الآخر 1446هـ", "رمضان 1445", "رمضان 2024": a Hijri month always with a year (the
        names are also words and names: صفر، رجب، رمضان)."""
        t = self.t
        found = self.phrase_at(t.hijri_months, i)
        if found is None:
            return
        end, month = found
        while self.tok(end) in t.hijri_epithets:
            end += 1  # "رمضان المعظم لعام 1444 هـ": the month's epithet before its year
        first, day = i, None
        k = i - 1
        if self.tok(k) in t.date_links:
            k -= 1
        before = self.day_ending(k)
        if before is not None:
            day, first = before
        k = end + 1 if self.tok(end) in t.date_links else end
        if self.base(k) in t.year_lead:
            k += 1
        year = self.plain_number(k)
        if year is None or len(self.toks[k]) != 4:
            named = self.base(i - 1) in t.month_lead or any(
                self.phrase_ending(leads, i) for leads in (t.hijri_month_leads, t.hijri_ahead_leads)
            )
            if day is None and (end > found[0] or named):
                self.match_yearless_hijri(i, end, month)
            return
        end = k + 1
        marker = self.phrase_at(t.hijri_markers, end, use_base=False)
        if marker is not None:
            end = marker[0]
        hijri_year = marker is not None or year < MIN_YEAR
        if not hijri_year and (self.base(i) in t.hijri_ambiguous or self.tok(end) in t.counted):
            return
        self.add(first, end, _Hijri(year, month, day, hijri_year))

    def match_yearless_hijri(self, i: int, end: int, month: int) -> None:
        """ "شهر رمضان", "رمضان المبارك", "خلال رمضان", "during Ramadan": a Hijri month without a
        year, named as a month by the word for month or a word of time before it or an epithet after
        it (without them the names are also people's names: "رمضان عبد الله"), with the modifier
        after it ("رمضان الماضي"). D33: the nearest one (see _hijri_month)."""
        first = i - 1 if self.base(i - 1) in self.t.month_lead else i
        first, after, mode = self.modifier_around(first, end)
        if mode == "bare" and self.generic_month(first, after):
            return
        if mode == "bare":
            mode = self.hijri_mode(first)
        self.add(first, after, _HijriMonth(month, mode))

    def hijri_mode(self, first: int) -> str:
        """A year-less Hijri month's or feast's mode by its clause: "next" when a future verb or a
        word of approach before it ("قبيل شهر رمضان", "مع اقتراب عيد الأضحى", "ahead of Ramadan")
        places it ahead, else "bare" (D33: the one running at publication, else the last one)."""
        mode = self.clause_mode(first)
        if self.phrase_ending(self.t.hijri_ahead_leads, first) is not None:
            return "next"
        before = self.phrase_ending(self.t.hijri_before_leads, first)
        if (
            before is not None
            and mode != "recent"
            and not self.clause_passed(before[0])
            and not any(self.past_at(m) for m in self.words_back(before[0] - 1, 2 * self.t.future_reach))
        ):
            return "next"
        return "next" if mode == "next" else "bare"

    def date_year(self, end: int, has_day: bool) -> tuple[int | None, int | None, int]:
        """The year written after a month: "أكتوبر 2024", "Oct. 15, 2024", "أيلول من عام 2014",
        "أكتوبر من العام الماضي", "October last year". Returns (year, year shift, end token)."""
        t = self.t
        k = end + 1 if has_day and self.tok(end) in _COMMAS else end
        if (year := self.year_at(k)) is not None:
            return year, None, k + 1
        if (
            not has_day
            and self.tok(end) in _COMMAS
            and (year := self.year_at(end + 1)) is not None
            and self.counts_nothing(end + 2)
        ):
            return year, None, end + 2  # "June, 2017": a month's comma before its year
        if (spoken := self.spoken_year(k)) is not None:
            return spoken[0], None, spoken[1]  # "January nineteen ninety-seven"
        k = end + 1 if self.tok(end) in t.date_links else end
        if self.base(k) in t.year_lead and (year := self.year_at(k + 1)) is not None:
            return year, None, k + 2
        if self.base(k) in t.year_lead and (worded := self.worded_year(k + 1)) is not None:
            return worded[0], None, worded[1]  # "كانون الثاني عام ألفين وأربعة عشر"
        if k != end:  # "شهر نوفمبر من نفس العام", "November of the same year": the year named before
            same = self.same_year(k, end)
            if same[2] != end:
                return same
        if has_day and k == end and self.tok(end) in _COMMAS:
            k = end + 1  # "June 21, this year": the year's modifier after the day's comma
        before = self.phrase_at(t.mod_before, k, use_base=False)
        unit = before[0] if before else k
        if t.calendar_units.get(self.tok(unit)) == "year":
            if before:
                return None, _SHIFTS[before[1]], unit + 1
            after = self.phrase_at(t.mod_after, unit + 1, use_base=False)
            if after:
                return None, _SHIFTS[after[1]], after[0]
        return None, None, end

    def shared_year_after(self, end: int) -> tuple[int | None, int | None]:
        """The year (or the year's modifier) of the month after a time.day_list_links word at
        token `end` ("November and December 2023", "نوفمبر وديسمبر من العام الماضي", the link
        written onto the month too): two months coordinated share the year written after the second.
        (None, None) when no month follows the link or it has no year."""
        t = self.t
        k = end + 1 if self.tok(end) in t.day_list_links else end
        if k == end and not self.written_onto(self.tok(end), t.day_list_links):
            return None, None
        found = self.phrase_at(t.months, k)
        if found is None:
            return None, None
        month_end = self.doubled_month(found[0], found[1])
        year, shift, _ = self.date_year(month_end, False)
        return year, shift

    def doubled_month(self, end: int, month: int) -> int:
        """ "تشرين الأول/أكتوبر", "أكتوبر (تشرين الأول)", "أيلول سبتمبر": a second name for the
        same month, after a slash, in brackets or right after the first."""
        sep = self.tok(end)
        if sep not in ("/", "("):
            second = self.phrase_at(self.t.months, end, use_base=False)
            return second[0] if second is not None and second[1] == month else end
        second = self.phrase_at(self.t.months, end + 1, use_base=False)
        if second is None or second[1] != month:
            return end
        if sep == "(":
            return second[0] + 1 if self.tok(second[0]) == ")" else end
        return second[0]

    def match_numeric_date(self, i: int) -> None:
        """1/11/2024 (day or month first, per the lexicon's meta.day_first) and 2024-11-01."""
        if not self.numeric_date_shape(i):
            return
        toks, sep = self.toks, self.toks[i + 1]
        # A number glued on either side goes on ("1/11/2024-5"), unless it is a second date after a
        # dash: "من 15/9/2018- 21/9/2018", "15/9/2018-21/9/2018" are two days, a range's ends. A
        # comma and a space after the year end the date ("21/02/2023, 19:15": a clock follows).
        if (
            i >= 2
            and toks[i - 1] in _NUMBER_GLUE
            and self.glued(i - 2, i - 1)
            and self.glued(i - 1, i)
            and not (toks[i - 1] in _RANGE_DASHES and self.numeric_date_shape(i - 6))
        ):
            return
        k = i + 5
        if (
            k + 1 < self.n
            and toks[k] in _NUMBER_GLUE
            and self.glued(k - 1, k)
            and self.glued(k, k + 1)
            and _numeric(toks[k + 1])
            and not (toks[k] in _RANGE_DASHES and self.numeric_date_shape(k + 1))
        ):
            return
        a, b, c = toks[i], toks[i + 2], toks[i + 4]
        if len(a) == 4 and sep == "-" and len(b) <= 2 and len(c) <= 2:
            year, month, day = int(a), int(b), int(c)
        elif len(a) <= 2 and len(b) <= 2 and len(c) == 4:
            year, (day, month) = int(c), ((int(a), int(b)) if self.day_first else (int(b), int(a)))
            if month > 12 >= day:
                # "21/02/2023" in English text, "06.30.2023" in Arabic: the lexicon's order names no
                # month, the other order is the only reading the numbers allow.
                day, month = month, day
        else:
            return
        if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
            return
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return
        self.dates_at[i] = self.add(i, i + 5, _Date(year, month, day, "bare"))

    def match_wire_dateline(self, i: int) -> None:
        """A wire's dateline at the head of a line: "الرياض - 14 - 9 (كونا) --", one to three words
        of a city, the day (token i) and the month after dashes, then the agency in brackets, which
        tells it from a range ("من 3 - 6 أشخاص"). No year: the day nearest publication."""
        toks = self.toks
        if i < 2 or toks[i - 1] not in _RANGE_DASHES or not self.is_num(i + 2):
            return
        if toks[i + 3] not in self.t.wire_agency_opens or i + 4 >= self.n or self.is_num(i + 4):
            return
        start = next((k for k in range(i - 2, i - 2 - _WIRE_CITY_WORDS, -1) if self.opens_line(k)), None)
        if start is None or not all(toks[k].isalpha() for k in range(start, i - 1)):
            return
        day, month = int(toks[i]), int(toks[i + 2])
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
            return  # 2024: a leap year, so "29 - 2" stands
        self.dates_at[i] = self.add(i, i + 3, _Date(None, month, day, "dateline"))

    def numeric_date_shape(self, i: int) -> bool:
        """Whether tokens i .. i+4 are written as a numeric date: three numbers, one separator
        twice, all glued ("21/9/2018")."""
        toks = self.toks
        if i < 0 or i + 4 >= self.n or toks[i + 1] not in _NUMBER_GLUE or toks[i + 3] != toks[i + 1]:
            return False
        if not all(_numeric(toks[k]) for k in (i, i + 2, i + 4)):
            return False
        return all(self.glued(k, k + 1) for k in range(i, i + 4))

    # durations, windows, sets, anchored times -------------------------------------------------

    def unit_at(self, i: int, quarters: bool = False) -> str | None:
        """The unit written at token i ("days", "ساعة"), with or without the definite article; with
        `quarters`, "quarters" / "أرباع" too (in a window only: "three quarters" alone is as often a
        fraction)."""
        t = self.t
        for word in (self.tok(i), self.definite_base(i), *self.merged_unit_words(i)):
            if word:
                unit = t.units.get(word) or t.units_one.get(word) or t.units_two.get(word)
                if unit is not None:
                    return unit
                if quarters and (word in t.window_quarters or word in t.window_quarters_two):
                    return "quarter"
        return None

    def merged_unit_words(self, i: int) -> tuple[str, ...]:
        """Token i as the definite word a preposition is written onto, without its article:
        "للأشهر التسعة الأولى" is ل + "الأشهر" ("أشهر"), as "لأيلول" is ل + "أيلول"."""
        base = self.base(i)
        if base == self.tok(i):
            return ()
        return tuple(base[len(a) :] for a in self.t.articles if base.startswith(a) and len(base) > len(a) + 1)

    def definite_compound(self, k: int) -> int | None:
        """A definite compound count written out and ending at token k, its tens joined by a
        conjunction and each word with the article ("الأربع والعشرين", "الثماني والأربعين"), as
        Arabic writes a count of 21-99 after a definite plural, or a count of 11-19 with the article
        on its first word only ("الأحد عشر", "الاثني عشر"). None when tokens k-1, k are not one."""
        t = self.t
        units, tens = self.definite_base(k - 1), self.tok(k)
        link = next((c for c in t.conjunctions if tens.startswith(c)), None)
        if not units or units not in t.number_words:
            return None
        if link is None:
            teen = parse_number_text(f"{units} {tens}", self.lex) if tens in t.number_words else None
            return int(teen) if teen is not None and 11 <= teen <= 19 and teen == int(teen) else None
        tens = tens[len(link) :]
        article = next((a for a in t.articles if tens.startswith(a)), None)
        if article is None or tens[len(article) :] not in t.number_words:
            return None
        value = parse_number_text(f"{units} {link}{tens[len(article) :]}", self.lex)
        if value is None or value != value.to_integral_value() or value < 1:
            return None
        return int(value)

    def definite_base(self, i: int) -> str:
        """Token i without a definite article written onto it ("الساعات" -> "ساعات"), else ''."""
        tok = self.tok(i)
        base = self.t.without_article(tok)
        return base if len(base) < len(tok) else ""

    def count_unit_at(self, j: int, quarters: bool = False) -> tuple[int | None, str, int] | None:
        """A count and a unit starting at token j: "24 hours", "three months", "a week", "week"
        (with `quarters`, "two quarters" too). Returns (count or None when none is written, unit,
        end token)."""
        t = self.t
        if (hyphened := self.hyphened_window(j)) is not None:
            return hyphened  # "the previous three-month period"
        if self.is_num(j):
            unit = self.unit_at(j + 1, quarters)
            value = self.plain_number(j)
            return (value, unit, j + 2) if unit and value and 0 < value <= MAX_COUNT else None
        if self.bracketed_number(j):
            # "خلال الـ (24) ساعة الماضية": a count set in brackets, as civil-defence bulletins write it
            unit = self.unit_at(j + 3, quarters)
            value = self.plain_number(j + 1)
            return (value, unit, j + 4) if unit and value and 0 < value <= MAX_COUNT else None
        if self.tok(j) in t.one_words:
            unit = self.unit_at(j + 1)
            return (1, unit, j + 2) if unit else None
        worded = self.phrase_at(t.count_phrases, j)
        if worded is not None:  # "the next couple of years"
            unit = self.unit_at(worded[0])
            return (worded[1], unit, worded[0] + 1) if unit else None
        k = j
        while k < self.n and k - j < 5 and self.toks[k] in t.number_wordy:
            if quarters and self.toks[k] in t.window_quarters:
                break  # "two quarters": the unit, not the fraction's word
            k += 1
        written = self.norm.text[self.starts[j] : self.end(k - 1)] if k > j else ""
        if k == j and (definite := self.definite_number(j)) is not None:
            written, k = definite  # "خلال الأربع والعشرين ساعة الماضية"
        if k > j:
            unit = self.unit_at(k, quarters)
            if unit is None:
                return None
            value = parse_number_text(written, self.lex)
            if value is None or value != value.to_integral_value() or not 0 < value <= MAX_COUNT:
                return None
            return int(value), unit, k + 1
        unit = self.unit_at(j)
        if unit is None:
            return None
        return (2 if self.tok(j) in t.units_two else None), unit, j + 1

    def bracketed_number(self, j: int) -> bool:
        """Whether a number alone in brackets starts at token j ("(24)")."""
        return self.tok(j) == "(" and self.is_num(j + 1) and self.tok(j + 2) == ")"

    def definite_number(self, j: int) -> tuple[str, int] | None:
        """A number in words with the article on each word, at token j ("الأربع والعشرين" before
        its counted unit, as an adjective phrase takes it): its words without the article (the
        joiner kept on the later ones: "اربع وعشرين") and the token after it."""
        t = self.t
        first = self.definite_base(j)
        if first not in t.number_words:
            return None
        words, k = [first], j + 1
        if self.definite_compound(k) is not None and self.tok(k) in t.number_words:
            return f"{first} {self.tok(k)}", k + 1  # "الأحد عشر شهرا": 11, the article on its first word
        while k < self.n and k - j < 5:
            tok = self.toks[k]
            joiner = next((p for p in t.prefix_joiners if tok.startswith(p)), "")
            rest = tok[len(joiner) :]
            article = next((a for a in t.articles if rest.startswith(a) and len(rest) > len(a) + 1), "")
            # (the article may be left off the later words, as news often writes it: "الاربع وعشرين")
            if not joiner or rest[len(article) :] not in t.number_words:
                break
            words.append(joiner + rest[len(article) :])
            k += 1
        return " ".join(words), k

    def hyphened_window(self, j: int) -> tuple[int | None, str, int] | None:
        """ "three-month period", "12-month period" at token j (only before a period word, after a
        window's lead): (count, unit, end token)."""
        t = self.t
        if not (self.tok(j + 1) == "-" and self.glued(j, j + 1) and self.glued(j + 1, j + 2)):
            return None
        if self.base(j + 3) not in t.period_words:
            return None
        unit = self.unit_at(j + 2)
        if unit is None:
            return None
        if self.is_num(j):
            value: int | None = int(self.toks[j]) if len(self.toks[j]) <= 3 else None
        else:
            parsed = parse_number_text(self.toks[j], self.lex) if self.toks[j] in t.number_wordy else None
            value = int(parsed) if parsed is not None and parsed == parsed.to_integral_value() else None
        if value is None or not 0 < value <= MAX_COUNT:
            return None
        return value, unit, j + 4

    def period_year(self, end: int) -> tuple[int | None, int | None, int]:
        """The year a part of a year belongs to, written after it: "of 2022", "من العام الماضي",
        "of the year", "من العام" (the current year). Returns (year, year shift, end token)."""
        year, shift, after = self.date_year(end, False)
        if year is not None or shift is not None:
            return year, shift, after
        k = end + 1 if self.tok(end) in self.t.date_links else end
        if k == end:
            return None, None, end
        if (year := self.year_at(k)) is not None:
            return year, None, k + 1
        same = self.same_year(k, end)
        if same[2] != end:
            return same
        if self.tok(k) in self.t.definite_words:
            k += 1
            # "the 4th quarter of the previous year": the year before the one written with the
            # period the text named last ("In the 4th quarter of 2019 ..."), else the year before
            # publication's, as "of last year"
            before = self.phrase_at(self.t.mod_before, k, use_base=False)
            if (
                before is not None
                and before[1] == "past"
                and self.t.calendar_units.get(self.tok(before[0])) == "year"
            ):
                named = self.last_written_part_year(k)
                if named is not None:
                    self.previous_years.add(k)
                    return named - 1, None, before[0] + 1
                return None, _SHIFTS["past"], before[0] + 1
        if self.t.calendar_units.get(self.base(k)) == "year":
            if self.base(k + 1) in self.t.fiscal_words and (
                modifier := self.phrase_at(self.t.mod_after, k + 2, use_base=False)
            ):
                # "الفترة ذاتها من العام المالي الماضي": the year the fiscal word stands inside
                return None, _SHIFTS[modifier[1]], modifier[0]
            return None, 0, k + 1
        return None, None, end

    def same_year(self, k: int, end: int) -> tuple[int | None, int | None, int]:
        """ "الثلاثي الثاني من نفس العام", "the second quarter of the same year": the year (or the
        year shift) of the last time named before it that gives one, as the anchored year alone
        ("نفس العام") is. Returns (year, year shift, end token), or no year when none was named."""
        found = self.phrase_at(self.t.anchored, k)
        if found is None or found[1] != ("year", 0):
            return None, None, end
        for c in reversed(self.candidates):
            expr = c.expr
            if c.last > k:
                continue
            if isinstance(expr, _Part | _Date) and (expr.year is not None or expr.year_shift is not None):
                return expr.year, expr.year_shift, found[0]
            if isinstance(expr, _Year):
                return expr.year, None, found[0]
            if isinstance(expr, _Calendar) and expr.unit == "year":
                return None, expr.shift, found[0]
        return None, None, end

    def last_written_part_year(self, k: int) -> int | None:
        """The year written with the last part of a year, month or span of months named before
        token k ("the 4th quarter of 2019", "January to March 2023"); None when none was. A bare
        year is passed over: a base or reference year ("reference year 2010") is no period's. Reads
        back at most _PART_YEAR_REACH times found before k (not every time of a long text for each
        "of the previous year")."""
        reach = _PART_YEAR_REACH
        for c in reversed(self.candidates):
            if c.last > k:
                continue
            reach -= 1
            if reach < 0:
                break
            if any(at in self.previous_years for at in range(c.first, c.last)):
                continue
            expr = c.expr
            if isinstance(expr, _MonthSpan):
                expr = expr.last
            if isinstance(expr, _Part | _Date) and expr.year is not None:
                return expr.year
        return None

    def period_month(self, end: int) -> tuple[tuple[int | None, int | None, int | None], int] | None:
        """The month a "first" window of days or weeks belongs to, written after it: "of this month",
        "من الشهر الجاري", "of last month", "of March", "من مارس 2024". Returns ((year, month, month
        shift), end token), or None when no month follows."""
        t = self.t
        if self.tok(end) not in t.date_links:
            return None
        k = end + 1
        named = self.phrase_at(t.months, k)
        if named is not None:
            year, year_shift, after = self.date_year(named[0], False)
            if year is None and year_shift is not None:
                return None  # "of March last year": left to the year's own rules
            return (year, named[1], None), after
        before = self.phrase_at(t.mod_before, k, use_base=False)
        unit = before[0] if before else k + 1 if self.tok(k) in t.definite_words else k
        if t.calendar_units.get(self.base(unit)) != "month":
            return None
        if before:
            return (None, None, _SHIFTS[before[1]]), unit + 1
        after = self.phrase_at(t.mod_after, unit + 1, use_base=False)
        if after:
            return (None, None, _SHIFTS[after[1]]), after[0]
        return None

    def match_set(self, i: int) -> None:
        """A set (TimeML's SET: a time that recurs), read as a grammar over the lexicon's units and
        named times: a frequency word ("daily", "quarterly", "biweekly", "nightly", "سنويا",
        "فصليا"); a set lead ("every", "each", "كل") before a weekday, a month, a season, a part of
        the day or a count of units, with "other" for a step of two ("every other week"); a count
        of times in each period ("twice a year", "three times a month", "مرتين في السنة"); a
        weekday in the plural ("on Mondays", "أيام الجمعة")."""
        t = self.t
        found = self.phrase_at(t.sets, i)
        if found is not None:
            unit, count, part, times = found[1]
            self.add(i, found[0], _Set(unit, count, part, times))
            return
        tok = self.base(i)
        if tok in t.set_times or tok in t.set_times_nouns:
            self.match_set_times(i)
            return
        if tok in t.weekday_plurals:
            self.add(i, i + 1, _Set("week", 1, WEEKDAY_KEYS[t.weekday_plurals[tok]]))
            self.set_weekday_list(i + 1)
            return
        if tok in t.weekend_plurals:  # "on weekends"
            self.add(i, i + 1, _Set("week", 1, "weekend"))
            return
        if tok in t.weekday_plural_lead:
            # "أيام الجمعة": not "أيام الجمعة الماضية", days of one week.
            weekday = t.weekdays.get(self.tok(i + 1))
            if weekday is not None and self.phrase_at(t.mod_after, i + 2, use_base=False) is None:
                self.add(i, i + 2, _Set("week", 1, WEEKDAY_KEYS[weekday]))
            return
        if tok not in t.set_lead:
            return
        j = i + 2 if self.base(i + 1) in t.day_lead else i + 1
        weekday = self.bare_weekday_at(j)
        if weekday is not None:
            self.add(i, j + 1, _Set("week", 1, WEEKDAY_KEYS[weekday]))
            self.set_weekday_list(j + 1)
            return
        weekend = self.phrase_at(t.set_weekend, i + 1)
        if weekend is not None:  # "every weekend", "كل عطلة نهاية أسبوع"
            self.add(i, weekend[0], _Set("week", 1, "weekend"))
            return
        month = self.phrase_at(t.months, i + 1, use_base=False)
        if month is not None:
            self.add(i, month[0], _Set("year", 1, MONTH_KEYS[month[1] - 1]))
            return
        # "every summer", "كل صيف"; "every morning", "كل ليلة", "كل مساء". With the article after
        # كل the noun is whole, not each: "كل الصيف" is all summer, "كل الليلة" all night.
        definite = any(self.tok(i + 1).startswith(a) for a in t.articles)
        season = None if definite else self.phrase_at(t.seasons, i + 1)
        if season is not None:
            self.add(i, season[0], _Set("year", 1, season[1]))
            return
        day_part = None if definite else t.day_parts.get(self.base(i + 1))
        if day_part is not None:
            self.add(i, i + 2, _Set("day", 1, day_part))
            return
        found_set = self.set_period_at(i + 1)
        if found_set is not None:
            self.add(i, found_set[0], found_set[1])

    def bare_weekday_at(self, j: int) -> int | None:
        """The weekday at token j, with or without its article ("كل يوم جمعة", "كل جمعة": the
        weekday without its article after كل)."""
        return self.t.weekday_of(self.tok(j))

    def set_weekday_list(self, k: int) -> None:
        """ "every Monday and Thursday", "كل يوم اثنين وخميس": the weekdays joined to a set's
        weekday recur with it (a link word, or the conjunction written onto the weekday)."""
        t = self.t
        while k < self.n:
            link = self.tok(k) in t.day_list_links
            at = k + 1 if link else k
            tok = self.tok(at)
            joined = next((tok[len(c) :] for c in t.conjunctions if tok.startswith(c)), None)
            weekday = self.bare_weekday_at(at) if link else None
            if weekday is None and joined:
                weekday = t.weekday_of(joined)
            if weekday is None:
                return
            self.add(at, at + 1, _Set("week", 1, WEEKDAY_KEYS[weekday]))
            k = at + 1

    def set_period_at(self, j: int) -> tuple[int, _Set] | None:
        """The period a set lead counts, from token j: "year", "two years", "quarter", "ربع سنة",
        "other week" (a step of two). Returns the end token and the set."""
        t = self.t
        step = self.base(j) in t.set_steps
        k = j + 1 if step else j
        open_count = None if step else self.phrase_at(t.vague_counts, k)
        if open_count is not None and (unit := self.unit_at(open_count[0])) is not None:
            # "every few years", "every several days": TimeML's open count, PXY.
            return open_count[0] + 1, _Set("year" if unit in _YEARS_IN else unit, 0)
        counted = self.count_unit_at(k, quarters=True)
        if counted is None and self.unit_at(k, quarters=True) == "quarter":
            counted = None, "quarter", k + 1  # "every quarter", "كل ربع سنة": one quarter
        if counted is None:
            return None
        count, unit, end = counted
        if step and count is not None:
            return None
        count = 2 if step else count or 1
        if unit in _YEARS_IN:
            unit, count = "year", count * _YEARS_IN[unit]
        if unit == "quarter" and (after := self.unit_at(end)) is not None:
            if after != "year":
                return None  # "كل ربع ساعة": a quarter of an hour, no quarter of the year
            end += 1  # "كل ربع سنة": a quarter of a year
        elif unit == "quarter" and self.base(end) in t.date_links:
            return None  # "each quarter of the city": a district
        return end, _Set(unit, count)

    def match_set_times(self, i: int) -> None:
        """ "twice a year", "once a week", "مرتين في السنة", "مرة كل أربع سنوات", "twice daily": a
        word of a count of times, then the period each count falls in; "three times a month", "4
        times per week", "ثلاث مرات في الشهر": a number and the noun of times before the period.
        TimeML writes the set as its period, the count as its freq ("twice a year": SET P1Y, freq
        2X). A number stays the figure engine's: its set is the period alone ("a month")."""
        t = self.t
        tok = self.base(i)
        if self.base(i - 1) in t.set_times_blockers or self.tok(i - 1) in t.set_times_blockers:
            return  # "لأول مرة في العام": the first occasion, no count of times
        times = t.set_times.get(tok)
        worded = times is not None  # "twice": the set opens at the word; "three times": at its period
        if times is None:
            times = self.number_before(i)
            if times is None:
                return
        j = i + 2 if self.base(i + 1) in t.set_times_fillers else i + 1  # "مرة واحدة في الشهر"
        found = self.phrase_at(t.sets, j)
        if found is not None and found[1][3] is None:
            unit, count, part, _ = found[1]
            end, expr = found[0], _Set(unit, count, part, times)
        elif self.base(j) in t.set_per and (period := self.set_period_at(j + 1)) is not None:
            end, expr = period[0], period[1]._replace(times=times)
        else:
            return
        counted_back = self.phrase_at(t.mod_after, end, use_base=False) or self.phrase_at(
            t.offset_after, end, use_base=False
        )
        if counted_back or self.tok(end) in t.set_period_blockers:
            # "twice a year ago", "مرة في العام الماضي": a time counted back, once; "مرتين في
            # الأسبوع الأول", "ثلاث مرات في العام نفسه": one period the adjective names, no "per".
            return
        self.add(i if worded else j, end, expr)

    def number_before(self, i: int) -> int | None:
        """The whole number written just before token i, in digits or one word ("4", "three",
        "ثلاث"), when it is a plain count of times."""
        if self.is_num(i - 1):
            value = self.plain_number(i - 1)
        elif self.tok(i - 1) in self.t.number_words:
            number = parse_number_text(self.tok(i - 1), self.lex)
            value = int(number) if number is not None and number == number.to_integral_value() else None
        else:
            return None
        return value if value is not None and 0 < value <= MAX_COUNT else None

    def match_run(self, i: int) -> None:
        """ "لليوم الثالث على التوالي", "for the third day in a row", "for a third straight day": a
        day unit and an ordinal beside the word of a run (either order), a length (D72: not after a
        future cue either: "will close for a second straight day")."""
        t = self.t
        if self.base(i) in t.run_before:
            first, unit, last = i - 1, i + 1, i + 2  # "the third straight day"
        else:
            found = self.phrase_at(t.run_after, i)
            if found is None:
                return
            first, unit, last = i - 2, i - 1, found[0]  # "the third day in a row"
            if self.day_unit(first):  # "اليوم الثالث على التوالي": the unit before the ordinal
                first, unit = i - 1, i - 2
        ordinal = self.phrase_at(t.ordinal_days, first, use_base=False) if first >= 0 else None
        if ordinal is None or ordinal[0] != first + 1 or not self.day_unit(unit):
            return
        count = ordinal[1]
        start = min(first, unit)
        if self.tok(start - 1) in t.definite_words or self.tok(start - 1) in t.indefinite:
            start -= 1
        if count < 2 or self.future_before(start):
            return
        self.add(start, last, _Run(count))

    def match_since_morning(self, i: int) -> None:
        """ "منذ الصباح", "since the morning": the morning named alone after "since" is the
        publication day's (the since rule then runs it to publication)."""
        t = self.t
        k = i + 1
        if self.tok(k) in t.definite_words:
            k += 1  # "since the morning"
        word, base = self.tok(k), self.base(k)
        prefix = word[: len(word) - len(base)] if word.endswith(base) else ""
        definite = k > i + 1 or any(prefix.endswith(a) for a in t.articles)
        if not definite:
            return  # "منذ صباح الأحد": the morning of a day named after it, read with that day
        if t.day_parts.get(base) != "morning" or self.tok(k + 1) in t.weekdays:
            return
        self.add(i + 1, k + 1, _Day(0, None))

    def day_unit(self, k: int) -> bool:
        """Whether token k is the unit "day", with or without its article ("اليوم", "لليوم")."""
        t = self.t
        if k < 0 or k >= self.n:
            return False
        for word in (self.tok(k), self.base(k)):
            if t.units.get(word) == "day":
                return True
            article = next((a for a in t.articles if word.startswith(a) and len(word) > len(a) + 1), None)
            if article is not None and t.units.get(word[len(article) :]) == "day":
                return True
        return False

    def match_window(self, i: int) -> None:
        """ "the past 24 hours", "the last three months", "the next two weeks", "the past week",
        "the first nine months of 2022"."""
        t = self.t
        found = self.phrase_at(t.window_before, i)
        if found is None:
            return
        j, kind = found
        if self.tok(j) in t.articles and (self.is_num(j + 1) or self.bracketed_number(j + 1)):
            j += 1  # "خلال الـ24 ساعة الماضية": the article on the count
        counted = self.count_unit_at(j, quarters=True)
        if counted is None:
            self.vague_window(i, j, kind)
            return
        count, unit, end = counted
        if unit == "quarter":
            if count is None:
                return  # "the past quarter": the calendar quarter before, not a window
            unit, count = "month", 3 * count  # "the past two quarters": six months
        if count is None and self.phrase_at(t.months, end) is not None:
            return  # "خلال شهر أيلول": the word "month" before a month's name, no window
        if count is None and self.year_at(end) is not None:
            return  # "خلال عام 2025": the word "year" before the year's number, no window
        closing = self.phrase_at(t.window_after, end, use_base=False)
        lead_only = found[0] == i + 1 and self.base(i) in t.bare_window_leads
        if closing is not None and closing[1] == "future" and kind == "past" and lead_only:
            # "خلال الثلاثة أشهر المقبلة"، "خلال الـ24 ساعة القادمة": "خلال" says "during" and counts
            # nothing back; the word after the unit says on which side of publication the window lies.
            kind = "future"
        if closing is not None and closing[1] == kind:
            end = closing[0]  # "خلال 24 ساعة الأخيرة"
        # "within a year", "خلال ثمانية أشهر فقط", "خلال عام واحد": how long something took, not a
        # window ending (or starting) at publication, which needs a word that says so after the unit.
        closed = closing is not None and closing[1] == kind
        bare = not closed and found[0] == i + 1 and self.base(i) in t.bare_window_leads
        if kind in ("past", "future") and count is not None and self.tok(end) in t.date_links:
            return  # "within two weeks of being referred": counted from an event, not publication
        if kind == "past" and self.future_before(i):
            kind = "future"  # "سيتم ذلك خلال ثلاثة أيام", "will be done within 24 hours"
        first = i - 1 if i and self.base(i - 1) in t.vague_lead and j > i + 1 else i
        anchored = self.phrase_at(t.anchored, i)
        if anchored is not None and anchored[0] >= end:
            return
        if count is None and (kind in ("first", "previous") or self.base(i) in t.counted_window_leads):
            return  # "the previous month" is an anchored phrase; "آخر يوم من الشهر" the month's last day
        if count is None and self.tok(j) not in t.units and self.tok(j) not in t.units_one:
            return  # "خلال العام الجاري": the calendar year, not a window
        if count is None:
            # "last week" is the calendar week; "the past week" is the seven days before publication.
            calendar = self.phrase_at(t.mod_before, i)
            if (calendar is not None and calendar[0] == j) or self.tok(j) in t.vague_units:
                return
            count = 1
        if unit in _YEARS_IN:
            unit, count = "year", count * _YEARS_IN[unit]
        if bare:
            # "أعلى مستوى خلال ست سنوات": after a record, the record's window (the guide's D46)
            window = "past" if self.record_before(i, window=True) else None
            self.add(i, end, _Duration(unit, count, window=window))
            return
        year = shift = None
        if kind == "first" and unit in _IN_A_MONTH and (month := self.period_month(end)) is not None:
            self.add(first, month[1], _Duration(unit, count, kind, month=month[0]))
            return
        if kind == "first":
            year, shift, end = self.period_year(end)
            if year is None and shift is None and self.tok(end) in t.date_links:
                return  # "the first two weeks of the war": a window of something else
            if year is None and shift is None and unit in _IN_A_MONTH:
                # "the first 100 days" with no period named: of a presidency, a war, a term, not
                # of the calendar year; a length.
                self.add(first, end, _Duration(unit, count))
                return
        self.add(first, end, _Duration(unit, count, kind, year, shift))

    def vague_window(self, i: int, j: int, kind: str) -> None:
        """ "the past few years", "the last several weeks", "the next few days": a window lead, an
        open count (`vague_counts`) and a plural unit are one vague time on the window's side of
        publication, its length open (PXY), as "the past few weeks" of [time.vague] is; not "the
        past" and "few years" read apart, which says a time of the past and a length of no time."""
        t = self.t
        if kind not in ("past", "future") or (j == i + 1 and self.base(i) in t.bare_window_leads):
            return  # "within a few days", "خلال بضعة أيام": how long, not a window (match_window)
        counted = self.phrase_at(t.vague_counts, j)
        if counted is None:
            return
        u = counted[0]
        if self.tok(u) not in t.vague_units and self.definite_base(u) not in t.vague_units:
            return
        unit = self.unit_at(u)
        if unit is None:
            return
        first = i - 1 if i and self.base(i - 1) in t.vague_lead else i
        self.add(first, u + 1, _Vague(-1 if kind == "past" else 1, _year_unit(unit)))

    def match_window_after(self, i: int, of_year: bool = False) -> None:
        """ "الساعات الـ24 الماضية", "الأيام الثلاثة الماضية", "الأسبوعين الماضيين",
        "الأشهر الخمسة الأولى من العام": unit, count, then the word that places the window. With
        `of_year`, token i is the link to a year after a definite count of months with no such
        word ("الاشهر الستة من العام الجاري"): the year's first months (match_months_of_year)."""
        t = self.t
        found = (i, "first") if of_year else self.phrase_at(t.window_after, i)
        if found is None:
            return
        end, kind = found
        k, count = i - 1, None
        if self.is_num(k):
            count = self.plain_number(k)
            if self.tok(k - 1) in t.articles:
                k -= 1
            k -= 1
        elif (word := self.definite_base(k)) and word in t.number_words:
            value = parse_number_text(word, self.lex)
            if value is None or value != value.to_integral_value():
                return
            count, k = int(value), k - 1
        elif (compound := self.definite_compound(k)) is not None:
            count, k = compound, k - 2  # "الساعات الأربع والعشرين الماضية": 24
        unit = self.unit_at(k, quarters=True)
        if unit is None:
            return
        if count is not None and (self.definite_base(k) or self.tok(k)) in t.units_one:
            return  # "العام 2024 الماضي": a singular unit before a number names it (the year 2024)
        if count is None and not self.definite_base(k) and (written := self.plain_number(k - 1)) is not None:
            # "شهدت الـ 24 ساعة الأخيرة"، "في ال48 ساعة الماضية": the count before an indefinite unit
            # (a count takes one), whatever lead stands before it; "خلال" reads it in match_window.
            # Not "2023 العام الماضي": a definite unit after a number counts nothing.
            count, k = written, k - 1
            if self.tok(k - 1) in t.articles:
                k -= 1
        if count is None and (word := self.definite_base(k - 1)) and word in t.number_words:
            # "التسعة أشهر الأولى", "الثلاثة الأشهر الماضية": the count written before its plural
            # unit, three to ten (a larger count takes a singular noun: "في المائة العام الماضي"
            # is a percent and last year)
            value = parse_number_text(word, self.lex)
            if value is not None and value == value.to_integral_value() and 3 <= value <= 10:
                count, k = int(value), k - 1
        if count is None:
            two = t.window_quarters_two if unit == "quarter" else t.units_two
            if self.definite_base(k) not in two and self.tok(k) not in two:
                return
            count = 2
        if not 0 < count <= MAX_COUNT:
            return
        if unit == "quarter":
            unit, count = "month", 3 * count  # "الربعين الماضيين": six months
        if unit in _YEARS_IN:
            unit, count = "year", count * _YEARS_IN[unit]
        if of_year and (unit != "month" or count > 11 or not any(self.definite_base(x) for x in range(k, i))):
            return  # "ستة أشهر من العام": an indefinite count may be any six months of it
        year = shift = None
        if kind == "past" and unit == "month" and self.period_year(end)[1] == 0:
            # "الخمسة أشهر الماضية من العام الحالي": the months of the current year gone by, counted
            # from its start as its first months are ("الأشهر الخمسة الأولى من العام الحالي"), not
            # back from publication's day.
            kind = "first"
        if kind == "first" and unit in _IN_A_MONTH and (month := self.period_month(end)) is not None:
            self.add(k, month[1], _Duration(unit, count, kind, month=month[0]))
            return
        if kind == "first":
            year, shift, end = self.period_year(end)
            if year is None and shift is None and (of_year or self.tok(end) in t.date_links):
                return
            if year is None and shift is None and unit in _IN_A_MONTH:
                self.add(k, end, _Duration(unit, count))  # "الأيام المئة الأولى": a length
                return
        self.add(k, end, _Duration(unit, count, kind, year, shift))

    def match_months_of_year(self) -> None:
        """ "الاشهر الستة من العام الجاري", "الأشهر الثمانية من العام الجاري 2016": a definite count
        of months of a year, with no "الأولى" after it, counts the year's first months, as "الأشهر
        الخمسة الأولى من العام" and "الخمسة أشهر الماضية من العام الحالي" do (the months of a year
        a report covers are the ones gone by since it began). Read at each year found after the
        link "من"; the window, which holds the year, wins over it (the longest)."""
        t = self.t
        for found in list(self.candidates):
            expr = found.expr
            year = isinstance(expr, _Year) or (
                isinstance(expr, _Calendar) and expr.unit == "year" and not expr.last_day
            )
            k = found.first - 1
            if year and k > 1 and self.base(k) in t.date_links:
                before = len(self.candidates)
                self.match_window_after(k, of_year=True)
                for window in self.candidates[before:]:
                    window.last = max(window.last, found.last)  # "... من العام الجاري 2016"

    def match_anchored(self, i: int) -> None:
        """ "the next day", "the day before", "اليوم التالي", "that year": from another time of the text."""
        found = self.phrase_at(self.t.anchored, i) or self.head_phrase_at(self.t.anchored, i)
        if found is None:
            return
        end, (unit, offset) = found
        if unit == "quarter" and offset == 0:
            last_day = self.period_end_at(end)
            if last_day is not None:
                self.add(i, end, _QuarterEnding(last_day))
                return
        if self.tok(end) in self.t.anchor_blockers or self.event_after(end):
            return
        if unit in ("month", "week", "day", "quarter") and self.tok(end) in self.t.date_links:
            same = self.phrase_at(self.t.anchored, end + 1)
            if same is not None and same[1] == ("year", 0):
                # "الشهر الذي سبقه من نفس العام": the year only restates the one the month counts
                # from; one time, not the month and a year beside it.
                end = same[0]
            elif offset and (written := self.written_year_end(end + 1)) is not None:
                # "للشهر الذي سبقه من عام 2025" after January 2026: the year written restates the
                # one the month before falls in, as "من نفس العام" does.
                end = written
        if self.base(i) in self.t.part_words_need_year and not self.part_noun(i):
            return  # "الاجتماع الثلاثي السابق": the previous trilateral meeting, no quarter
        publication = any(self.base(k) in self.t.publication_anchored for k in range(i, end))
        day = self.day_ending(i - 2) if unit == "month" and self.base(i - 1) in self.t.date_links else None
        if day is not None and not offset:
            # "الثلاثاء 10 من الشهر ذاته", "the 10th of that month": a day of the month named before.
            first = day[1]
            if self.t.weekdays.get(self.base(first - 1)) is not None:
                first -= 1
            self.add(first, end, _Anchored(unit, offset, publication, day=day[0]))
            return
        whole_year = (
            unit == "year"
            and offset != 0
            and not any(self.base(k) in self.t.period_nouns for k in range(i, end))
            and not self.period_named_before(i)
        )
        self.add(i, end, _Anchored(unit, offset, publication, whole_year=whole_year))

    def period_named_before(self, i: int) -> bool:
        """Whether a month or the noun of a shorter period stands right before token i, or before a
        date link before it: "September of the previous year", "the same month the year before"
        are that month a year back, not the whole year before."""
        k = i - 1 if self.tok(i - 1) in self.t.date_links else i
        return self.base(k - 1) in self.t.period_nouns or self.phrase_ending(self.t.months, k) is not None

    def written_year_end(self, k: int) -> int | None:
        """The end of a year written from token k, with or without its year word ("عام 2025",
        "العام 2025", "2025"); None when no four-digit year stands there."""
        if self.base(k) in self.t.year_lead:
            k += 1
        if not self.is_num(k) or len(self.toks[k]) != 4 or not MIN_YEAR <= int(self.toks[k]) <= MAX_YEAR:
            return None
        return k + 1

    def event_after(self, k: int) -> bool:
        """Whether a phrase ending in a preposition ("the day before", "the day after") takes an
        event at token k instead of ending there: a clause ("the day before he died", "the day
        before authorities issued a warrant"), a gerund ("later in the day before returning
        home") or a name ("the day after Christmas"). Counted from that event, not from the time
        the text named last; the adverb ("arrived the day before and left") ends at a stop, a
        conjunction or a preposition."""
        t = self.t
        if not t.anchor_prepositions or self.base(k - 1) not in t.anchor_prepositions:
            return False
        word = self.tok(k)
        if not word.isalpha() or word in t.anchor_adverb_followers:
            return False
        gerund = bool(t.gerund_suffix) and len(word) > 5 and word.endswith(t.gerund_suffix)
        if word in t.anchor_clause_openers or gerund:
            return True
        return self.capitalized(k)

    def period_end_at(self, k: int) -> _Date | None:
        """The day a period ends on, written from token k: "ended Sept. 30", "المنتهي في 30 سبتمبر"."""
        link = self.phrase_at(self.t.period_end_links, k)
        dated = self.dates_at.get(link[0]) if link is not None else None
        if dated is None or not isinstance(dated.expr, _Date) or dated.expr.day is None:
            return None
        return dated.expr

    def match_period_ending(self, i: int, unit: str) -> bool:
        """ "the fiscal year ended March 31", "the quarter ending Sept. 30", "السنة المالية المنتهية
        في 31 مارس": the period that ends on that day (the day stays a time of its own)."""
        t = self.t
        first, last = i, i + 1
        if self.base(first - 1) in t.fiscal_words:
            first -= 1
        if self.base(last) in t.fiscal_words:
            last += 1
        last_day = self.period_end_at(last)
        if last_day is None:
            return False
        if self.tok(first - 1) in t.definite_words:
            first -= 1
        elif not self.definite_base(i):
            return False
        self.add(first, last, _QuarterEnding(last_day, unit))
        return True

    def match_year_back(self, i: int) -> None:
        """ "year-earlier", "year-ago" alone before a noun (before a quarter or a half, the part's
        own matcher takes them): "compared with year-earlier profit"."""
        found = self.phrase_at(self.t.year_back_before, i)
        if found is not None:
            self.add(i, found[0], _YearBack())

    def match_same_period(self, i: int) -> None:
        """ "the same period of 2024", "الفترة ذاتها من عام 2024", "الربع نفسه من العام الماضي": the
        period the text named before (a month, a quarter, a half), in the year written after."""
        found = self.phrase_at(self.t.same_period, i) or self.head_phrase_at(self.t.same_period, i)
        if found is None:
            return
        year, shift, end = self.period_year(found[0])
        link = found[0]
        if self.tok(link) in self.t.date_links and (anchored := self.phrase_at(self.t.anchored, link + 1)):
            # "الفترة نفسها من العام الذي قبله": the anchored family's "the year before / after it"
            # (time.anchored.year), longer than the "من العام" period_year reads (the current
            # year), is one year back or on, as its plain member "من العام السابق" is.
            (unit, offset), last = anchored[1], anchored[0]
            if unit == "year" and offset in (-1, 1) and last > end:
                year, shift, end = None, offset, last
        if year is None and shift is None and self.base(found[0]) in self.t.same_period_links:
            # "compared to the same period in 2023"; "مقارنة بالفترة نفسها في العام الماضي"
            year = self.year_at(found[0] + 1)
            end = found[0] + 2
            if year is None:
                year, shift, end = self.date_year(found[0] + 1, False)
        if year is None and shift is None:
            return  # "the same period" alone: "the same quarter" and the like are anchored phrases
        self.add(i, end, _SamePeriod(year, shift))

    # parts of years, decades, centuries --------------------------------------------------------

    def of_fiscal(self, k: int) -> bool:
        """Whether a link of a part (time.fiscal_part_links: "of", "in") at token k leads to a fiscal
        year: "of the current fiscal", "in the fiscal 2018-19", "of the financial year"."""
        t = self.t
        if self.tok(k) not in t.fiscal_part_links:
            return False
        k += 1
        if self.tok(k) in t.definite_words:
            k += 1
        while self.base(k) in t.present_quarter_words:
            k += 1
        return self.base(k) in t.fiscal_words

    def match_numbered_week(self, i: int) -> None:
        """ "Week 12", "from Week One to Week 12", "Epidemiological Week 31 of 2023": a week of the
        year named by its number, an ISO week (the guide's D85). Not a week counted from an event
        ("week 3 of the strike": "of" and no year after the number) nor a count ("two week").
        """
        t = self.t
        if i + 2 > self.n or (week := self.count_at(i + 1, i + 2)) is None or not 0 < week <= 53:
            return
        if self.unit_at(i - 1) is not None:
            return  # "a 40-hour week"
        end = i + 2
        year = self.year_at(end)
        if year is None and self.tok(end) in (",", *t.numbered_week_year_links):
            year = self.year_at(end + 1)
            if year is None and self.tok(end) != ",":
                return  # "week 3 of the strike", "week 2 of the trial"
            end += year is not None
        if year is not None:
            end += 1
        first = i - 1 if self.base(i - 1) in t.numbered_week_kinds else i
        if self.tok(first - 1) in t.definite_words:
            first -= 1
        elif first == i and self.count_at(i - 1, i) is not None:
            return
        self.add(first, end, _IsoWeek(week, year))

    def match_season(self, i: int) -> None:
        """ "last summer", "summer 2022", "the winter of 1994", "صيف العام الماضي", "الصيف الماضي":
        a season with a year or a modifier (alone, "fall" and "ربيع" are other words)."""
        t = self.t
        found = self.phrase_at(t.seasons, i)
        if found is None:
            return
        end, key = found
        index = SEASON_KEYS.index(key)
        year, shift, after = self.date_year(end, False)
        if year is None and shift is None:
            k = end + 1 if self.tok(end) in t.date_links else end
            year, shift, after = self.date_year(k, False)
        first, mode = i, "bare"
        if year is None and shift is None:
            first, after, mode = self.modifier_around(i, end)
            if mode == "bare":
                # "the summer", "(the) early summer" (the part joins it afterwards)
                led = self.tok(i - 1) in t.season_lead or self.phrase_ending(t.period_parts, i) is not None
                alone = led and self.tok(end) not in t.date_links
                if not alone or self.tok(i) in t.seasons_need_modifier or self.season_modifies(end):
                    return
                first = i - 1
                if self.future_before(first):
                    mode = "next"  # "will reopen in the spring": the coming one, as a quarter's
        elif self.tok(i - 1) in t.definite_words:
            first = i - 1
        self.add(first, after, _Part("season", index, year, shift, mode))

    def season_modifies(self, end: int) -> bool:
        """ "the winter maize programme", "the Winter Olympics": a season alone after its lead whose
        next word is the noun it qualifies names a kind (a crop, a games), not a time; a word of
        time.season_heads_after ("the summer months", "the winter of", "the summer and autumn") or
        a past verb ("the winter killed") leaves the season the head of its phrase."""
        t = self.t
        if not t.season_heads_after:
            return False
        following = self.tok(end)
        return following.isalpha() and self.base(end) not in t.season_heads_after and not self.past_at(end)

    def match_weekend(self, i: int) -> None:
        """ "the weekend", "over the weekend", "last weekend", "this weekend", "عطلة نهاية الأسبوع
        الماضي": a weekday's rule for the language's weekend (weekend_days)."""
        t = self.t
        found = self.phrase_at(t.weekend, i)
        if found is None or t.weekend_first is None:
            return
        first, end, mode = self.modifier_around(i, found[0])
        if mode == "bare" and self.tok(i - 1) in t.definite_words:
            first = i - 1
        if mode == "bare" and self.future_before(first):
            mode = "next"
        self.add(first, end, _Weekend(t.weekend_first, mode))

    def match_holiday(self, i: int) -> None:
        """ "Christmas", "last Thanksgiving", "Christmas 2023", "عيد الفطر", "عيد الأضحى الماضي",
        "عيد الفطر من العام الماضي": a holiday by a year-less date's rules."""
        found = self.phrase_at(self.t.holidays, i)
        if found is None or self.base(i - 1) in self.t.holiday_other_calendars:
            return  # "Chinese New Year celebrations", "Orthodox Christmas": another calendar's day
        end, rule = found
        year, shift, after = self.date_year(end, False)
        first, mode = i, "bare"
        if year is None and shift is None:
            first, after, mode = self.modifier_around(i, end)
            feast = rule[0] == "hijri" and rule[3] > 0
            if mode == "bare":
                mode = self.hijri_mode(first) if feast else self.clause_mode(first)
            if feast and mode == "bare":
                mode = "soon"  # the coming one if it is days away (FEAST_AHEAD_DAYS)
        weekend = rule[0] != "hijri" and (found_weekend := self.phrase_at(self.t.weekend, after)) is not None
        if weekend:
            after = found_weekend[0]
        day = self.phrase_ending(self.t.feast_day_ordinals, first) if rule[3] > 0 else None
        if day is not None and day[1] <= rule[3] + 1 and rule[0] in ("hijri", "fixed"):
            # "ثاني أيام عيد الأضحى": that one day of the feast's days
            first, rule = day[0], (rule[0], rule[1], rule[2] + day[1] - 1, 0)
        self.add(first, after, _Holiday(rule, year, shift, mode, weekend))

    def match_clock(self, i: int) -> None:
        """A time of day: "9 a.m.", "10:35 p.m. EDT", "noon", "midnight", "الساعة 10:30 صباحا",
        "الساعة العاشرة والنصف مساء". A figure needs a marker (a.m., صباحا), a lead (الساعة) or, with
        minutes, a time zone."""
        t = self.t
        lead = self.base(i) in t.clock_lead
        j = i + 1 if lead else i
        word = self.phrase_at(t.clock_words, j)
        if word is not None:
            end, clock = word
            self.add(i, self.zone_end(end) or end, _Clock(clock))
            return
        hour_word = self.phrase_at(t.clock_hours, j)
        minute, minutes_written = 0, False
        if hour_word is not None:
            end, hour = hour_word
        elif self.is_num(j) and len(self.toks[j]) <= 2:
            hour, end = int(self.toks[j]), j + 1
            if (
                (self.tok(end) == ":" or (lead and self.tok(end) == "."))
                and self.glued(j, end)
                and self.is_num(end + 1)
                and len(self.tok(end + 1)) == 2
                and self.glued(end, end + 1)
            ):
                # "10:30"; after الساعة also "23.00", the dot some newsrooms write between hours and
                # minutes (the lead makes it a time, not a decimal).
                minute, end, minutes_written = int(self.tok(end + 1)), end + 2, True
        else:
            return
        extra = self.phrase_at(t.clock_minutes, end, use_base=False)
        if extra is not None:
            end, minute = extra[0], minute + extra[1]
        marker = self.phrase_at(t.clock_markers, end, use_base=False)
        if marker is not None:
            end = marker[0]
        zone = self.zone_end(end)
        if zone is not None:
            end = zone
        if not (marker or lead or (minutes_written and zone)) or minute > 59:
            return
        if marker is not None and not lead and self.tok(end - 1) in t.clock_markers_need_lead:
            return  # "قتل 10 مساء أمس": "the evening of", the figure counts the killed
        if marker is not None:
            if not 1 <= hour <= 12:
                return
            hour = hour % 12 + (12 if marker[1] == "pm" else 0)
        elif hour > 23:
            return
        self.add(i, end, _Clock(f"{hour:02d}:{minute:02d}"))

    def zone_end(self, k: int) -> int | None:
        """The end of a time zone written at token k after a time of day, or None: a zone of
        time.clock_zones ("بتوقيت غرينتش", "EDT"), or a lead of time.clock_zone_leads and the place
        whose time it is ("بتوقيت موسكو", "بتوقيت عدن")."""
        t = self.t
        zone = self.phrase_at(t.clock_zones, k, use_base=False)
        if zone is not None:
            return zone[0]
        if self.base(k) in t.clock_zone_leads and k + 1 < self.n and self.toks[k + 1].isalpha():
            return k + 2
        return None

    def clocks_on_days(self) -> None:
        """A time of day written beside a day joins it: "9 a.m. Tuesday", "noon Thursday", "5 p.m.
        EST Nov. 9", "Tuesday at 9 a.m.", "يوم الثلاثاء الساعة العاشرة". A future cue before the time
        reaches the day ("until 9 a.m. Tuesday")."""
        t = self.t
        days = [c for c in self.candidates if isinstance(c.expr, _Weekday | _Date | _Day | _MonthDay)]
        if not days:
            return
        starting: dict[int, _Candidate] = {}
        ending: dict[int, _Candidate] = {}
        for c in days:  # the longest day starting or ending at a token ("يوم الثلاثاء", not "الثلاثاء")
            if c.first not in starting or c.last > starting[c.first].last:
                starting[c.first] = c
            if c.last not in ending or c.first < ending[c.last].first:
                ending[c.last] = c
        for clock in [c for c in self.candidates if isinstance(c.expr, _Clock)]:
            k = clock.last
            if self.tok(k) in t.clock_day_links:
                k += 1
            if k not in starting and self.base(k) in t.day_lead:
                k += 1  # "الساعة 7:00 صباحا يوم 5 يناير": the word for day before the date
            day = starting.get(k)
            if day is not None:
                expr = day.expr
                if isinstance(expr, _Weekday) and expr.mode == "bare" and self.future_before(clock.first):
                    expr = expr._replace(mode="next")
                elif isinstance(expr, _Date) and expr.mode == "bare" and expr.year is None:
                    expr = expr._replace(mode=self.clause_mode(clock.first))
                self.candidates.append(_Candidate(clock.first, day.last, expr, clock=clock.expr.clock))
                continue
            k = clock.first
            if self.tok(k - 1) in t.clock_day_links:
                k -= 1
            day = ending.get(k)
            if day is not None:
                self.candidates.append(_Candidate(day.first, clock.last, day.expr, clock=clock.expr.clock))

    def match_part(self, i: int) -> None:
        """Quarters and halves: "the third quarter", "third-quarter", "Q3 2024", "الربع الثالث من
        العام", "the first half of 2022", "النصف الأول من 2022"."""
        t = self.t
        word = self.base(i)
        if word in t.quarter_pair_words:
            self.match_quarter_pair(i)
            return
        if word in t.quarter_words or word in t.quarter_abbr:
            kind, top = "quarter", 4
        else:
            kind, top = ("third", 3) if word in t.third_words else ("half", 2)
        first, end, index = i, i + 1, None
        last: tuple[int, int, int] | None = None
        if word in t.quarter_abbr or word in t.half_abbr:
            if not (self.is_num(i + 1) and self.glued(i, i + 1) and len(self.toks[i + 1]) == 1):
                return
            index, end = int(self.toks[i + 1]), i + 2
        else:
            after = self.phrase_at(t.ordinal_days, i + 1, use_base=False)
            last = self.last_part(i, top)
            if after is not None:
                end, index = after
            elif last is not None:
                first, end, index = last
                if self.tok(first - 1) in t.definite_words:
                    first -= 1
            else:
                k = i - 1
                if self.tok(k) == "-" and k > 0 and self.glued(k - 1, k) and self.glued(k, i):
                    k -= 1
                before = self.day_ending(k)
                if before is None:
                    return
                index, first = before
                if self.tok(first - 1) in t.definite_words:
                    first -= 1
        if index is None or not 1 <= index <= top:
            return
        year, shift, end = self.period_year(end)
        if last is not None and year is None and shift is None:
            return  # "last quarter" alone is the one before this one (a calendar unit)
        if year is None and shift is None and (found := self.year_at(first - 1)) is not None:
            year, first = found, first - 1
            if self.tok(first - 1) in t.definite_words:
                first -= 1
        if year is None and shift is None:
            first, shift = self.year_before_part(first)
        if kind in ("half", "third") and year is None and shift is None:
            return  # "the first half" alone is as often a match's as a year's
        if year is None and shift is None and word in t.part_words_need_year and not self.part_noun(i):
            return
        if word in t.year_only_parts and (
            (year is None and shift is None) or self.base(end) in t.academic_year_words
        ):
            return  # "الفصل الأول من العام الدراسي": a school term
        mode = "bare"
        if year is None and shift is None and self.future_before(first):
            mode = "next"
        self.add(first, end, _Part(kind, index, year, shift, mode))

    def match_quarter_pair(self, i: int) -> None:
        """Two quarters named by the dual and two ordinals: "الربعين الثاني والثالث من العام الحالي",
        from the first one's first month to the second one's last (a year must follow)."""
        t = self.t
        first = self.phrase_at(t.ordinal_days, i + 1, use_base=False)
        if first is None or not 1 <= first[1] <= 4:
            return
        k = first[0]
        if self.tok(k) in t.day_list_links:
            k += 1
        second = self.phrase_at(t.ordinal_days, k)
        link = next((w for w in t.day_list_links if self.tok(k).startswith(w)), None)
        glued = t.ordinal_days.single.get(self.tok(k)[len(link) :]) if link is not None else None
        if second is None and glued is not None:
            second = k + 1, glued  # the link written onto the ordinal: "الثاني والثالث"
        if second is None or not first[1] < second[1] <= 4:
            return
        year, shift, end = self.period_year(second[0])
        if year is None and shift is None:
            return
        start = i - 1 if self.tok(i - 1) in t.definite_words else i
        anded = self.tok(first[0]) in t.range_links_need_lead or (
            link is not None and link in t.range_links_need_lead
        )
        if anded and self.base(start - 1) not in t.range_lead:
            # "الربعين الثالث والرابع من العام الماضي": two quarters, each a date (the guide's D42)
            self.add(start, first[0], _Part("quarter", first[1], year, shift, "bare"))
            self.add(k, end, _Part("quarter", second[1], year, shift, "bare"))
            return
        last = _Date(year, 3 * second[1], None, "bare", year_shift=shift)
        self.add(start, end, _MonthSpan(3 * first[1] - 2, last))

    def part_noun(self, i: int) -> bool:
        """Whether a part word that is also an adjective ("الثلاثي": a quarter, or "trilateral") is
        the noun: after a preposition or with one written onto it ("في الثلاثي الأول"، "بالثلاثي
        السابق"); the adjective follows its noun with no preposition of its own."""
        t = self.t
        if i > 0 and self.base(i - 1) in t.part_noun_leads:
            return True
        tok, base = self.tok(i), self.base(i)
        if tok == base:
            return False
        if tok.endswith(base):
            clitic = tok[: len(tok) - len(base)]
        elif self.t.articles and any(base.startswith(a) and tok.endswith(base[len(a) :]) for a in t.articles):
            clitic = tok[: len(tok) - len(base) + len(next(a for a in t.articles if base.startswith(a)))]
        else:
            return False
        return clitic in t.part_noun_clitics

    def last_part(self, i: int, top: int) -> tuple[int, int, int] | None:
        """ "the last quarter of 2023", "the final half", "الربع الأخير من عام 2023": the year's last
        quarter or half, when a year follows. Returns (first token, end token, index)."""
        t = self.t
        if self.base(i - 1) in t.last_part_before:
            return i - 1, i + 1, top
        if self.base(i + 1) in t.last_part_after:
            return i, i + 2, top
        return None

    def year_before_part(self, first: int) -> tuple[int, int | None]:
        """The year written before a quarter or a half: "next year's first quarter", "last year's
        fourth quarter" (a shift by the modifier), "the year-ago third quarter" (the year before).
        Returns (first token, year shift or None)."""
        t = self.t
        back = self.phrase_ending(t.year_back_before, first)
        if back is not None:
            start = back[0] - 1 if self.tok(back[0] - 1) in t.definite_words else back[0]
            return start, -1
        k = first - 3
        possessive = k >= 0 and self.toks[first - 2] in _APOSTROPHES and self.toks[first - 1] == "s"
        if possessive and t.calendar_units.get(self.tok(k)) == "year":
            modifier = self.phrase_ending(t.mod_before, k)
            if modifier is not None:
                return modifier[0], _SHIFTS[modifier[1]]
        return first, None

    def match_decade_word(self, i: int) -> None:
        """ "the nineties", "التسعينيات", "تسعينيات القرن الماضي"."""
        found = self.phrase_at(self.t.decades, i)
        if found is None:
            return
        end, year = found
        century = self.phrase_at(self.t.mod_after, end + 1, use_base=False)
        if self.base(end) in self.t.century_words and century is not None:
            end = century[0]
        first = i - 1 if self.tok(i - 1) in self.t.definite_words else i
        self.add(first, end, _Fixed(date(year, 1, 1), date(year + 9, 12, 31), "decade"))

    def match_century(self, i: int) -> None:
        """ "the 20th century", "the twentieth century", "القرن العشرين", "القرن الـ21"."""
        t = self.t
        number, first, end = None, i, i + 1
        after = self.phrase_at(t.ordinal_days, i + 1, use_base=False)
        k = i + 2 if self.tok(i + 1) in t.articles and self.glued(i + 1, i + 2) else i + 1
        if after is not None:
            end, number = after
        elif self.is_num(k) and len(self.toks[k]) <= 2:
            number, end = int(self.toks[k]), k + 1
        else:
            # "the 19th-century poet": the ordinal joined to the word by a hyphen
            hyphened = self.tok(i - 1) == "-" and self.glued(i - 2, i - 1) and self.glued(i - 1, i)
            before = self.day_ending(i - 2 if hyphened else i - 1)
            if before is None:
                return
            number, first = before
            if self.tok(first - 1) in t.definite_words:
                first -= 1
        if not 2 <= number <= 22:
            return  # the first century would start in the year 0
        base = (number - 1) * 100
        self.add(first, end, _Fixed(date(base, 1, 1), date(base + 99, 12, 31), "century"))

    def match_year_lead(self, i: int) -> None:
        """ "عام 2023", "the year 2023", "the year two thousand", "عام ألفين وعشرين", and a year
        said as two numbers: "nineteen ninety-six"."""
        if self.base(i) in self.t.year_pair_lead:
            self.match_year_dual(i)
            return
        if self.base(i) in self.t.spoken_centuries:
            spoken = self.spoken_year(i)
            # "a nineteen ninety-seven attack": after the indefinite article, a year that dates the
            # noun (as "a 1997 attack"), not a count of it.
            if spoken is not None and (
                self.counts_nothing(spoken[1]) or self.tok(i - 1) in self.t.indefinite
            ):
                self.add(i, spoken[1], _Year(spoken[0]))
            return
        if self.t.hijri_markers.single and self.match_hijri_year(i):
            return
        year = self.year_at(i + 1)
        plural = self.base(i) in self.t.year_list_lead
        if plural and (year is None or not self.year_list_after(i + 2)):
            return  # "أعوام" names a list of years ("أعوام 2000 و2011 و2019"), not one alone
        if year is not None:
            if self.tok(i + 2) in _RANGE_DASHES and self.year_at(i + 3) is not None:
                return  # "لعام 2023- 2024": two years joined, read by match_year_pair
            if self.is_num(i - 1) and self.base(i - 2) in self.t.numbered_signs:
                return  # "مرسوم برقم 24 لعام 2019": a document's number in its year, a name
            # "since the year 2000": the article is the year's, as "since" stands before it
            first = i - 1 if self.tok(i - 1) in self.t.definite_words else i
            self.add(first, i + 2, _Year(year))
            self.match_year_list(i + 2)
            return
        worded = self.worded_year(i + 1)
        if worded is not None:
            first = i - 1 if self.tok(i - 1) in self.t.definite_words else i
            self.add(first, worded[1], _Year(worded[0]))

    def year_list_after(self, k: int) -> int | None:
        """The token of the next year of a list of years from token k: a comma or a list link
        (time.year_list_links, "و") and a year that counts nothing ("عام 2000 و2011"); None when no
        year of the list stands there."""
        if self.tok(k) not in self.t.year_list_links and self.tok(k) not in _COMMAS:
            return None
        at = k + 1
        if self.tok(k) in _COMMAS and self.tok(at) in self.t.year_list_links:
            at += 1  # "2000، و2011"
        return at if self.year_at(at) is not None and self.counts_nothing(at + 1) else None

    def match_year_list(self, k: int) -> None:
        """The years listed after a year word's year, each its own date (the guide's D42): "عام
        2000 و2011 و2019", "أعوام 2000 و2011 و2019"."""
        while (at := self.year_list_after(k)) is not None:
            year = self.year_at(at)
            assert year is not None
            self.add(at, at + 1, _Year(year))
            k = at + 1

    def match_hijri_year(self, i: int) -> bool:
        """ "عام 1444 هـ", "السنة الهجرية الجديدة 1445هـ": a year word, a Hijri year and its marker
        (before or after the number) are the Hijri year, from its first of Muharram to the day
        before the next one."""
        t = self.t
        k, marked = i + 1, False
        while (found := self.phrase_at(t.hijri_markers, k, use_base=False)) is not None or (
            self.tok(k) in t.hijri_year_modifiers
        ):
            marked = marked or found is not None
            k = found[0] if found is not None else k + 1
        if not self.is_num(k) or len(self.toks[k]) != 4 or (year := self.plain_number(k)) is None:
            return False
        end = k + 1
        if (after := self.phrase_at(t.hijri_markers, end, use_base=False)) is not None:
            marked, end = True, after[0]
        if not marked or not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
            return False
        self.add(i, end, _HijriYear(year))
        return True

    def match_year_dual(self, i: int) -> None:
        """ "بين عامي 2015 و2019", "خلال العامين 2022 و2023": the two years a dual year word names,
        one span from the first's start to the second's end (with its range lead before it)."""
        t = self.t
        first, second, link = self.year_at(i + 1), None, ""
        k = i + 2
        if self.tok(k) in t.range_links:
            link = self.tok(k)
            k += 1
            second = self.year_at(k)
        elif (variant := t.variants.get(self.tok(k))) is not None and variant[1]:
            link = self.toks[k][: variant[1]]
            second = self.year_at(k) if link in t.range_links else None
        if first is None or second is None or second == first:
            return
        if self.base(i - 1) not in t.range_lead and link in t.range_links_need_lead:
            # "عامي 2007 و2009", "خلال السنتين 2024 و2025": two years the text reports on, each a
            # date (the guide's D42), not the stretch between them.
            self.add(i, i + 2, _Year(first))
            self.add(k, k + 1, _Year(second))
            return
        if second < first:
            return
        start = i - 1 if self.base(i - 1) in t.range_lead else i
        self.add(start, k + 1, _Fixed(date(first, 1, 1), date(second, 12, 31), "year"))

    def spoken_year(self, i: int) -> tuple[int, int] | None:
        """ "nineteen ninety-six", "nineteen seventy-nine", "eighteen twelve", "nineteen hundred": the
        hundreds then a number from 10 to 99 (or the word hundred). Returns (year, end token)."""
        t, values = self.t, self.t.cardinal_values
        if self.base(i) not in t.spoken_centuries:
            return None
        century, second = values.get(self.tok(i)), values.get(self.tok(i + 1))
        if century is None or second is None or second < 10:
            return None
        end = i + 2
        if second >= 20 and second % 10 == 0 and self.tok(end) == "-" and self.glued(end - 1, end):
            unit = values.get(self.tok(end + 1))
            if unit is not None and 0 < unit < 10:
                second, end = second + unit, end + 2
        if second > 99:
            return None
        year = century * 100 + second
        return (year, end) if MIN_YEAR <= year <= MAX_YEAR else None

    def worded_year(self, j: int) -> tuple[int, int] | None:
        """A year in number words after a year word: "two thousand", "ألفين وعشرين"."""
        k = j
        while k < self.n and k - j < 6 and self.is_number_word(self.toks[k]):
            k += 1
        if k == j:
            return None
        value = parse_number_text(self.norm.text[self.starts[j] : self.end(k - 1)], self.lex)
        if value is None or value != value.to_integral_value() or not MIN_YEAR <= value <= MAX_YEAR:
            return None
        return int(value), k

    def match_bare_year(self, i: int) -> None:
        """ "في 2023", "in 2023", "منذ 2014": a four-digit year after a cue, not counting things; where
        the lexicon says years stand alone (English: "a 2010 raid", "the 1996 law"), any such year.
        Also decades ("the 1990s") and two years joined ("the 2009-2010 season", "1957-58")."""
        t = self.t
        if self.match_decade(i) or self.match_year_pair(i):
            return
        if self.base(i + 2) in t.year_suffixes and self.tok(i + 1) == "-" and self.glued(i, i + 1):
            if MIN_YEAR <= int(self.toks[i]) <= MAX_YEAR:  # "2017-era tax cuts": the era's year
                self.add(i, i + 1, _Year(int(self.toks[i])))
            return
        year = self.year_at(i)
        if year is None and self.phrase_ending(t.period_parts, i) is not None:
            year = self.year_after_part(i)  # "mid-1996": not a figure glued to a word, as in "F-16"
        if year is None or (i == 0 and not t.bare_years) or self.names_law_before(i):
            return
        if self.noun_before_year(i, t.plan_names):
            return  # "رؤية 2030", "Vision 2030", "رؤية المملكة 2030": the plan's name (D45)
        noun = self.base(i + 1)
        if self.tok(i - 1) in t.definite_words and (noun in t.quarter_words or noun in t.period_words):
            # "the 1988 quarter", "the 1989 period": the quarter the report is about, that year.
            self.add(i - 1, i + 2, _SamePeriod(year, None, report=True))
            return
        if self.phrase_ending(t.year_cue_phrases, i) is not None and self.count_of_time_after(i):
            return  # "compared to 1900 last year": the count of that time
        cued = i > 0 and (
            (self.base(i - 1) in t.year_cues and not self.numbered_of_year(i))
            or self.phrase_ending(t.year_cue_phrases, i) is not None
            or self.phrase_ending(t.attach_before, i) is not None
            or self.year_range(i)
            or self.event_before_year(i)
            or self.change_measured_against(i)
        )
        # A year after a cue that opens its sentence dates the sentence, whatever noun follows it:
        # "In 2024 farmers planted more wheat", "وفي 2022 صور الفنان فيلمه" (a count that size is
        # written with a thousands separator, or after its verb); so does one after a cue before a
        # noun the counting grammar says it does not count ("أنه في 2021 صور فيلما", a plural where
        # a number ending in 11-99 takes a singular accusative).
        modifies = (
            self.tok(i - 1) in t.indefinite
            # "the 2022 games will be held": English writes a count that size "2,022 games".
            or (
                t.counts_separated
                and self.tok(i - 1) in t.definite_words
                and self.base(i + 1) not in t.counted_people
            )
            or (cued and self.tok(i + 1) in t.participles)
            or (
                self.base(i - 1) in t.year_cues
                and (
                    self.opens_sentence(i - 1)
                    or noun_disagrees_with_count(self.tok(i), self.tok(i + 1), self.lex)
                )
            )
            or self.singular_noun_at(i + 1)
            # "2018's figures", "surpass 2008's 550 murders": a year that owns the noun after it
            # (a count is never in the possessive; "the 1980's" is a decade, matched before).
            or (self.possessive_at(i + 1) and self.tok(i - 1) not in t.definite_words)
        )
        if not cued and not modifies and not (t.bare_years and self.stands_alone(i, i + 1)):
            return
        if not self.counts_nothing(i + 1) and not modifies:
            return
        self.add(i, i + 1, _Year(year))

    def change_measured_against(self, i: int) -> bool:
        """Whether the number at token i is what a change is measured against, after the change's
        size and a comparative ("49% higher than 2011", "2.3 per cent above 2011", "ten times lower
        than 1990"): a year, not the bound of a figure as "more than 2011 people" is."""
        found = self.phrase_ending(self.t.qualifier_phrases, i)
        if found is None or found[0] < 1:
            return False
        amount = found[0] - 1
        return self.tok(amount) in self.t.change_amount_ends or self.base(amount) in self.t.change_amount_ends

    def noun_before_year(self, i: int, nouns: frozenset[str]) -> bool:
        """Whether one of `nouns` stands right before the year at token i, or before it and one
        word that qualifies it ("الانتخابات النيابية 2024", "تعداد السكان 2020", "أولمبياد طوكيو
        2020", "رؤية المملكة 2030")."""
        if not nouns or i < 1:
            return False
        if self.base(i - 1) in nouns or self.tok(i - 1) in nouns:
            return True
        return (
            i >= 2 and self.toks[i - 1].isalpha() and (self.base(i - 2) in nouns or self.tok(i - 2) in nouns)
        )

    def event_before_year(self, i: int) -> bool:
        """Whether the year at token i closes an event's or a count's name (the guide's D45): a noun
        of time.year_event_nouns, then up to `_EVENT_NAME_WORDS` words of its name, the year ("انتخابات
        مجلس الأمة الكويتي 2013"، "التعداد العام للسكان والمساكن 2020"), or the host after a dash,
        bracket or quote ("كأس العالم – قطر 2022"، "ألعاب الماسترز «أبوظبي 2026»"). The words are the
        noun's construct chain and adjectives: any mark but that one before the host ends the name.
        A report's, survey's or index's title (time.year_title_nouns: "تقرير التنمية البشرية 2020",
        "مؤشر السلام العالمي 2023") is read the same way (the guide's D53)."""
        nouns = self.t.year_name_nouns
        if not nouns or i < 1:
            return False
        words, marked, k = 0, False, i - 1
        while k >= 0 and words <= _EVENT_NAME_WORDS:
            if self.base(k) in nouns or self.tok(k) in nouns:
                return True
            if self.toks[k] in _NAME_MARKS and words and not marked:
                marked, k = True, k - 1  # the host after its mark: "(لوس أنجلوس 2028)"
                continue
            if not self.toks[k].isalpha():
                return False
            words, k = words + 1, k - 1
        return False

    def names_law_before(self, i: int) -> bool:
        """ "the Dangerous Drugs Act 1952", "the Drug Trafficking Act, 1996", "the Dangerous Drugs
        Act of 2002": a year right after the capitalized last word of a law's name (time.law_names),
        or after a comma or a date link, is part of that name, not a time the text places anything
        in."""
        t = self.t
        k = i - 2 if self.tok(i - 1) in _COMMAS or self.base(i - 1) in t.date_links else i - 1
        if k < 0 or self.base(k) not in t.law_names or self.opens_sentence(k):
            return False
        return self.capitalized(k)

    def count_of_time_after(self, i: int) -> bool:
        """ "compared to 1900 last year", "compared with 1800 in 2023": a time right after the
        number (time.compared_count_times, or a year cue and a year) makes it what that time
        counted, no year."""
        if self.phrase_at(self.t.compared_count_times, i + 1) is not None:
            return True
        return self.base(i + 1) in self.t.year_cues and self.year_at(i + 2) is not None

    def numbered_of_year(self, i: int) -> bool:
        """ "bill number 3 of 2023", "Resolution 2334 of 2016": a document's number in its year, a
        name, not a time the text places something in (the year after "of" is one only after a word:
        "the Hajj season of 2024")."""
        return self.base(i - 1) in self.t.date_links and self.is_num(i - 2)

    def year_after_part(self, i: int) -> int | None:
        """The year in "mid-1996", "late-1990" (a part of a period glued to it by a hyphen); not a
        figure glued on ("mid-1996.5"), but a comma and a space before a figure end the year ("In
        mid-2025, 300 homes")."""
        tok = self.toks[i]
        if len(tok) != 4 or (
            self.tok(i + 1) in _NUMBER_GLUE
            and self.is_num(i + 2)
            and self.glued(i, i + 1)
            and self.glued(i + 1, i + 2)
        ):
            return None
        return int(tok) if MIN_YEAR <= int(tok) <= MAX_YEAR else None

    def year_range(self, i: int) -> bool:
        """Either year of "from 1991 to 1997", "من 2010 إلى 2015", "بين 2010 و2015", when what
        follows the second counts nothing ("from 2000 to 2500 dollars" is a range of figures)."""
        t = self.t
        first = i if self.base(i + 1) in t.range_links else i - 2
        if first != i and self.base(i - 1) not in t.range_links:
            return False
        return (
            self.base(first - 1) in t.range_lead
            and self.year_at(first) is not None
            and self.year_at(first + 2) is not None
            and self.counts_nothing(first + 3)
        )

    def singular_noun_at(self, k: int) -> bool:
        """A counted noun in the singular at token k, where a count above one takes a plural
        (time.plural_after_count): "the 2019 state budget bill", "the 2022 vote" name a year, no
        count (nouns whose plural is the singular, units.invariant_nouns, excepted: "2000 personnel")."""
        word = self.tok(k)
        if word not in self.t.singular_after_day or word in self.t.invariant_nouns:
            return False
        return f"{word} {self.tok(k + 1)}" not in self.t.counted  # "2009 polling stations"

    def counts_nothing(self, k: int) -> bool:
        """Whether the number before token k counts nothing: no counted noun, scale or % after it
        (a counted noun also in its case ending: "2015 دولارا")."""
        following = self.tok(k)
        if following in self.t.counted or (following and self.base(k) in self.t.counted):
            return False
        if f"{following} {self.tok(k + 1)}" in self.t.counted:
            return False  # a noun of two words: "at 2009 polling stations"
        for ending in self.t.case_endings:
            if following.endswith(ending) and following[: -len(ending)] in self.t.counted:
                return False
        return following not in ("%", "٪")

    def stands_alone(self, first: int, last: int) -> bool:
        """A year with no currency sign or qualifier before it ("$2000", "about 2000" are figures)."""
        before = self.tok(first - 1)
        if before in self.t.symbols_before or before in self.t.qualifier_words:
            return False
        return self.counts_nothing(last)

    def match_decade(self, i: int) -> bool:
        """ "the 1990s", "1980's": a year ending in 0 with the plural written onto it; "the '80s", its
        century left out, the latest such decade begun by publication (see short_decade)."""
        tok = self.toks[i]
        if len(tok) == 2 and tok[1] == "0":
            return self.match_short_decade(i)
        if len(tok) != 4 or tok[3] != "0" or not MIN_YEAR - 100 <= int(tok) <= MAX_YEAR:
            return False
        k = i + 1
        if self.tok(k) == "'" and self.glued(i, k):
            k += 1
        if self.tok(k) not in self.t.decade_suffixes or not self.glued(k - 1, k):
            return False
        year = int(tok)
        first = i - 1 if self.tok(i - 1) in self.t.definite_words else i
        self.add(first, k + 1, _Fixed(date(year, 1, 1), date(year + 9, 12, 31), "decade"))
        return True

    def match_short_decade(self, i: int) -> bool:
        """ "the '80s", "the mid-'70s": two digits ending in 0 after an apostrophe, the plural written
        onto them. find_times gives it its century (the latest such decade begun by publication)."""
        if not (self.glued(i - 1, i) and self.tok(i + 1) in self.t.decade_suffixes and self.glued(i, i + 1)):
            return False
        first = i - 2 if self.tok(i - 2) in self.t.definite_words else i - 1
        self.add(first, i + 2, _ShortDecade(int(self.toks[i])))
        return True

    def match_year_pair(self, i: int) -> bool:
        """ "the 2009-2010 season", "1957-58", "2023/2024", "2019- 2020": two years, not a range of
        figures (a space beside the dash only between two four-digit years)."""
        if self.tok(i + 1) not in ("-", "–", "/") or not self.is_num(i + 2):
            return False
        spaced = len(self.toks[i + 2]) == 4 and self.tok(i + 1) != "/"
        if not (self.glued(i, i + 1) and self.glued(i + 1, i + 2)) and not spaced:
            return False
        if i >= 2 and self.toks[i - 1] in _NUMBER_GLUE and self.glued(i - 1, i):
            return False
        if (
            self.tok(i + 3) in _NUMBER_GLUE
            and self.is_num(i + 4)
            and self.glued(i + 2, i + 3)
            and self.glued(i + 3, i + 4)
        ):
            return False  # "2019-20.5", not "the 2011-12, 2016-17 seasons"
        first_year, second = int(self.toks[i]), self.toks[i + 2]
        if len(self.toks[i]) != 4 or len(second) not in (2, 4) or not MIN_YEAR <= first_year <= MAX_YEAR:
            return False
        last_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
        if len(second) == 2 and last_year < first_year:
            last_year += 100
        if not 0 < last_year - first_year <= 10:
            return False
        # A second year of two digits ("2019-20", "2011-12") is lower than the first: no range of
        # figures, so no noun after it counts ("the 2019-20 bushfire season", a line "2018-19" before
        # "City were champions") and no "of" before it is a qualifier's ("upwards of"); a currency
        # sign still makes it money.
        if len(second) == 4 and not self.stands_alone(i, i + 3):
            return False
        if self.tok(i - 1) in self.t.symbols_before:
            return False
        first = i - 1 if self.tok(i - 1) in self.t.definite_words else i
        self.add(first, i + 3, _Fixed(date(first_year, 1, 1), date(last_year, 12, 31), "year", pair=True))
        return True


# --------------------------------------------------------------------------------------------
# Resolution


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _weekday_warning(found: date, weekday: int | None, read: date | None = None) -> str | None:
    """A warning when the weekday the text names beside a day is not that day's; `read` is the
    day taken instead (the named weekday just before: the text written before its date)."""
    if weekday is None or found.weekday() == weekday:
        return None
    warning = (
        f"the text names {WEEKDAY_KEYS[weekday].capitalize()} but {found.isoformat()} "
        f"is a {WEEKDAY_KEYS[found.weekday()].capitalize()}"
    )
    return f"{warning}: read as {read.isoformat()}, written before its date" if read else warning


def _year_for(month: int, day: int | None, mode: str, published: date) -> int:
    """The year of a date or month written without one, by the mode's rule.

    Bare (no cue either way): the most recent one on or before publication, unless the next one
    comes within BARE_AHEAD_DAYS ("Nov. 16" or "January" in a paper of Nov. 1 is that November's
    16th and the coming January, not dates ten or more months old, which news gives a year).
    Recent (a past verb before it: "took place on December 20"): the most recent one, always.
    Next (a cue puts it ahead): the coming one; for a day, only within AHEAD_DAYS_WITHOUT_YEAR,
    else the most recent one. Dateline (a wire's "الرياض - 14 - 9 (كونا)"): the most recent one
    on or before the day after publication. Nearest (a date restating "tomorrow" or "yesterday"
    beside it): the one nearest publication, on either side."""
    if mode == "current":
        return published.year
    if mode == "nearest":  # a date restating a day word beside it: the year that puts it nearest
        fits = [
            (abs((date(year, month, day or 1) - published).days), year)
            for year in (published.year - 1, published.year, published.year + 1)
            if (day or 1) <= calendar.monthrange(year, month)[1]
        ]
        return min(fits)[1]
    if mode == "dateline":  # a wire's dateline: filed at most a day ahead of the page's date
        return _nearest_year(month, day, "bare", published + timedelta(days=1))
    if mode == "year_back":
        # "last May" said in June: the month just gone is "last month"; its name says the one a
        # year back (time.month_year_back_leads), as "this May" would say the one just gone.
        # Further back, or December said in January (the year before's already), the most recent.
        year = _nearest_year(month, day, "past", published)
        return year - 1 if year == published.year and month == published.month - 1 else year
    if mode == "before_last":  # "أكتوبر قبل الماضي", "October before last"
        return _nearest_year(month, day, "past", published) - 1
    if mode == "after_next":
        return _nearest_year(month, day, "future", published) + 1
    if mode == "recent":
        return _nearest_year(month, day, "bare", published)
    if mode == "bare":
        ahead = _nearest_year(month, day, "future", published)
        if (date(ahead, month, day or 1) - published).days <= BARE_AHEAD_DAYS:
            return ahead
    if mode == "next" and day is not None:
        ahead = _nearest_year(month, day, "next", published)
        if (date(ahead, month, day) - published).days <= AHEAD_DAYS_WITHOUT_YEAR:
            return ahead
        return _nearest_year(month, day, "bare", published)
    return _nearest_year(month, day, mode, published)


def _nearest_year(month: int, day: int | None, mode: str, published: date) -> int:
    """The year nearest publication where the date or month lies on the mode's side of it: bare
    (on or before), past (before; a month: before the publication month), next (on or after),
    future (after)."""
    for delta in range(0, 9) if mode in ("next", "future") else range(0, -9, -1):
        year = published.year + delta
        if day is None or mode == "past":
            # "أكتوبر الماضي" / "last October" said in October is the year before's, day or not.
            here = (year, month)
            now = (published.year, published.month)
            if day is not None and day > calendar.monthrange(year, month)[1]:
                continue
            ok = {"bare": here <= now, "past": here < now, "next": here >= now, "future": here > now}[mode]
        else:
            if day > calendar.monthrange(year, month)[1]:
                continue
            found = date(year, month, day)
            ok = {
                "bare": found <= published,
                "past": found < published,
                "next": found >= published,
                "future": found > published,
            }[mode]
        if ok:
            return year
    raise ValueError("no such date near the publication date")


def _year_by_weekday(month: int, day: int, weekday: int, published: date) -> int | None:
    """ "الأحد 3 نوفمبر" without a year: the year, next to publication, where the weekday fits."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == weekday:
            fits.append((abs((date(year, month, day) - published).days), year))
    return min(fits)[1] if fits else None


Resolved = tuple[date | None, date | None, str, str | None]


def _between(expr: _Between, published: date, week_start: int) -> Resolved:
    """A range of two dates: the first resolved by its own rule (or with the year of the second, when
    only the second has one), the second the first such day on or after it."""
    a, b = expr.first, expr.last
    if a.year is None and a.year_shift is None and (b.year is not None or b.year_shift is not None):
        b_day = _resolve(b, published, week_start)[0]
        assert b_day is not None
        year = b_day.year if (a.month, a.day or 1) <= (b.month, b.day or 1) else b_day.year - 1
        a = a._replace(year=year)
    start = _resolve(a, published, week_start)[0]
    assert start is not None and b.day is not None
    if b.year is not None or b.year_shift is not None:
        end = _resolve(b, published, week_start)[1]
    else:
        end = _range_end(start, b)
        if (
            a.year is None
            and a.year_shift is None
            and a.mode == "bare"
            and start > published
            and end is not None
        ):
            # Neither end has a year and no cue places them: the bare rule's few days ahead are for
            # the range as a whole, so of the coming one and the year before's the one nearer
            # publication ("from January 1 to December 21" in a paper of December 23 is the tally
            # of the year ending, not a year ahead; "from Jan. 1 to March 31" on Dec. 20 is ahead).
            earlier = _year_earlier(start)
            earlier_end = _range_end(earlier, b) if earlier is not None else None
            if (
                earlier is not None
                and earlier_end is not None
                and (_days_away(earlier, earlier_end, published) < _days_away(start, end, published))
            ):
                start, end = earlier, earlier_end
    if end is None or end < start:
        raise ValueError("a range that ends before it starts")
    return start, end, "day", None


def _range_end(start: date, last: _Date) -> date | None:
    """The first day `last` names (a month and a day, no year) on or after `start`."""
    assert last.day is not None
    for year in (start.year, start.year + 1):
        if last.day <= calendar.monthrange(year, last.month)[1] and date(year, last.month, last.day) >= start:
            return date(year, last.month, last.day)
    return None


def _year_earlier(day: date) -> date | None:
    """The same day a year before; None for a leap day."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


def _days_away(start: date, end: date, published: date) -> int:
    """How many days a stretch lies from publication (none when it holds the day)."""
    return max((start - published).days, (published - end).days, 0)


def _before_or_next_to(first: _Date | _Year, last: _Date | _Year) -> bool:
    """Whether two dates of the text make a stretch: the second after the first (a second before
    it is a comparison), of one kind. Two months next to each other are a stretch too ("between
    August 2022 and September 2022", the guide's rule of 2026-11-29)."""

    def key(expr: _Date | _Year) -> tuple[int, int, int]:
        if isinstance(expr, _Year):
            return expr.year, 0, 0
        assert expr.year is not None
        return expr.year, expr.month, expr.day or 0

    a, b = key(first), key(last)
    if b <= a or (isinstance(first, _Year) != isinstance(last, _Year)):
        return False
    if isinstance(first, _Date) and isinstance(last, _Date):
        return (first.day is None) == (last.day is None)
    return True


def _stretch(expr: _Stretch, published: date, week_start: int) -> Resolved:
    """From the first date's first day to the second one's last, at the grain of its ends."""
    start, _, grain, _ = _resolve(expr.first, published, week_start)
    _, end, _, _ = _resolve(expr.last, published, week_start)
    assert start is not None and end is not None
    if grain == "month":
        grain = _months_grain(start, end)
    return start, end, grain, None


def _hijri(expr: _Hijri) -> tuple[date, date, str]:
    """A Hijri date or month in Gregorian days, by the Umm al-Qura calendar (hijridate, imported only
    here: most texts have no Hijri date). Years out of its range raise OverflowError: no mention."""
    from hijridate import Hijri

    year = expr.year if expr.hijri_year else _hijri_year_in(expr.year, expr.month)
    if expr.day is not None:
        found = Hijri(year, expr.month, expr.day).to_gregorian()
        day = date(found.year, found.month, found.day)
        return day, day, "day"
    month = Hijri(year, expr.month, 1)
    start = month.to_gregorian()
    first = date(start.year, start.month, start.day)
    return first, first + timedelta(days=month.month_length() - 1), "month"


def _hijri_month(expr: _HijriMonth, published: date) -> tuple[date, date, str]:
    """A year-less Hijri month's days (see _HijriMonth), by the Umm al-Qura calendar."""
    from hijridate import Gregorian, Hijri

    now = Gregorian(published.year, published.month, published.day).to_hijri().year
    spans = []
    for year in range(now - 2, now + 3):
        month = Hijri(year, expr.month, 1)
        start = month.to_gregorian()
        first = date(start.year, start.month, start.day)
        spans.append((first, first + timedelta(days=month.month_length() - 1)))
    first, last = _nearest_span(spans, published, expr.mode)
    return first, last, "month"


def _nearest_span(spans: list[tuple[date, date]], published: date, mode: str) -> tuple[date, date]:
    """Of a Hijri month's or feast's yearly spans (in order), the one a year-less mention names
    (D33): "past" the last one ended before publication, "future" the first one after it; else the
    one running at publication, else the coming one when the clause places it ahead ("next"),
    else the last one before it."""
    current = [span for span in spans if span[0] <= published <= span[1]]
    before = [span for span in spans if span[1] < published]
    after = [span for span in spans if span[0] > published]
    if mode == "past":
        return before[-1]
    if mode == "future":
        return after[0]
    if current:
        return current[0]
    return after[0] if mode == "next" else before[-1]


def _hijri_year(year: int) -> tuple[date, date, str]:
    """A Hijri year in Gregorian days: its first of Muharram to the day before the next year's."""
    from hijridate import Hijri

    first = Hijri(year, 1, 1).to_gregorian()
    following = Hijri(year + 1, 1, 1).to_gregorian()
    start = date(first.year, first.month, first.day)
    return start, date(following.year, following.month, following.day) - timedelta(days=1), "year"


def _year_months(expr: Expr) -> tuple[int, int] | None:
    """The months of the current year (its first and how many) a quarter, a half or a year's first
    months name when no year is written with them or only "of the year" ("الربع الأول من العام"):
    what a Hijri year after them makes Hijri months. None for any other time."""
    if isinstance(expr, _Part) and expr.kind in ("quarter", "half") and expr.year is None:
        size = 3 if expr.kind == "quarter" else 6
        return (size * (expr.index - 1) + 1, size) if expr.year_shift in (None, 0) else None
    if (
        isinstance(expr, _Duration)
        and expr.window == "first"
        and expr.unit == "month"
        and expr.year is None
        and expr.year_shift in (None, 0)
        and expr.month is None
        and 0 < expr.count <= 12
    ):
        return 1, expr.count
    return None


def _hijri_moved_year(expr: Expr, base: int, published: date) -> int | None:
    """The Hijri year "the same period" names after Hijri months of year `base`: the one written (a
    Hijri year's number), or publication's Hijri year moved by "من العام الماضي"; "the period a year
    earlier" counts from `base`. None for a Gregorian year written or any other time."""
    if isinstance(expr, _SamePeriod):
        if expr.year is not None:
            return expr.year if HIJRI_YEARS[0] <= expr.year <= HIJRI_YEARS[1] else None
        return _hijri_year_of(_HijriSpan(None, expr.year_shift or 0, 1, 12), published)
    if isinstance(expr, _Anchored) and expr.unit == "year" and expr.offset:
        return base + expr.offset
    return None


def _hijri_year_of(expr: _HijriSpan, published: date) -> int:
    """The Hijri year a span of months is in: the one written, else publication's moved by its shift."""
    from hijridate import Gregorian

    if expr.year is not None:
        return expr.year
    return Gregorian(published.year, published.month, published.day).to_hijri().year + expr.shift


def _hijri_span(year: int, first: int, count: int) -> tuple[date, date, str]:
    """Months `first` .. `first + count - 1` of Hijri `year` in Gregorian days (Umm al-Qura): a
    year, a half, a quarter, else a window of whole months (granularity duration)."""
    from hijridate import Hijri

    start = Hijri(year, first, 1).to_gregorian()
    last = first + count - 1
    following = Hijri(year + last // 12, last % 12 + 1, 1).to_gregorian()
    grain = {12: "year", 6: "half", 3: "quarter"}.get(count, "duration")
    end = date(following.year, following.month, following.day) - timedelta(days=1)
    return date(start.year, start.month, start.day), end, grain


def _hijri_year_in(gregorian: int, month: int) -> int:
    """The Hijri year whose `month` starts in Gregorian year `gregorian` (the first, if two do)."""
    from hijridate import Hijri

    guess = round((gregorian - 622) * 365.2425 / 354.367)
    for year in range(guess - 1, guess + 3):
        if Hijri(year, month, 1).to_gregorian().year == gregorian:
            return year
    raise ValueError("no such Hijri month in that year")


def _month_span(expr: _MonthSpan, published: date, week_start: int) -> Resolved:
    """From the first month (the year before, when it comes after the last) to the end of the last."""
    last_start, last_end, _, warning = _resolve(expr.last, published, week_start)
    assert last_start is not None and last_end is not None
    year = last_start.year if expr.first <= expr.last.month else last_start.year - 1
    start = date(year, expr.first, 1)
    return start, last_end, _months_grain(start, last_end), warning


def _months_grain(start: date, end: date) -> str:
    """ "quarter" for whole months that make a calendar quarter ("April-June", "the three months to
    the end of September"), else "month"."""
    if start.day != 1 or start.month % 3 != 1:
        return "month"
    return "quarter" if end == _month_range(start.year, start.month + 2)[1] else "month"


def _months_to(expr: _MonthsTo, published: date, week_start: int) -> Resolved:
    """The `count` months that end with the month (or on the day) the text names; the `count`
    weeks that end on the day it names."""
    last_start, last_end, _, warning = _resolve(expr.last, published, week_start)
    assert last_start is not None and last_end is not None
    if expr.unit == "week":
        start = last_end - timedelta(days=7 * expr.count - 1)
        return start, last_end, "week" if expr.count == 1 else "duration", warning
    if last_start == last_end and last_end != _month_range(last_end.year, last_end.month)[1]:
        # A day inside its month: the months run from the day after the same day `count` months
        # before ("the six months ended Oct. 1, 1989" are April 2 to October 1).
        start = _shifted(last_end, "month", -expr.count) + timedelta(days=1)
        return start, last_end, "duration", warning
    year, month = _add_months(last_start.year, last_start.month, 1 - expr.count)
    # Three months ending with a quarter's last month are that quarter ("the prior quarter" after
    # "the three months to the end of September" is April-June).
    start = date(year, month, 1)
    return start, last_end, _months_grain(start, last_end), warning


def _weekday_day(expr: _WeekdayDay, published: date) -> date | None:
    """The day `expr.day` of the month before, of or after publication's that falls on
    `expr.weekday`, the nearest to publication; None when none does."""
    found = []
    for months in (-1, 0, 1):
        year, month = _add_months(published.year, published.month, months)
        if expr.day <= calendar.monthrange(year, month)[1]:
            day = date(year, month, expr.day)
            if day.weekday() == expr.weekday:
                found.append(day)
    return min(found, key=lambda day: abs((day - published).days), default=None)


def _resolve(expr: Expr, published: date, week_start: int) -> Resolved:
    if isinstance(expr, _DayFrom):
        start, end, granularity, warning = _resolve(expr.inner, published, week_start)
        if granularity != "day" or start is None or start != end:
            return None, None, "vague", None
        found = start + timedelta(days=expr.offset)
        return found, found, "day", warning
    if isinstance(expr, _Stretch):
        return _stretch(expr, published, week_start)
    if isinstance(expr, _MonthsTo):
        return _months_to(expr, published, week_start)
    if isinstance(expr, _MonthSpan):
        return _month_span(expr, published, week_start)
    if isinstance(expr, _Day):
        found = published + timedelta(days=expr.offset)
        if expr.weekday is not None and found.weekday() != expr.weekday and expr.offset <= 0:
            # "اليوم السبت" in a paper dated Sunday, "yesterday (Wednesday)" on a Friday: the text
            # was written before the date it carries (wire copy filed the evening before, a web
            # page dated by a later update); the weekday it names wins (the guide's D44), the last
            # one on or before publication.
            day = published - timedelta(days=(published.weekday() - expr.weekday) % 7)
            return day, day, "day", _weekday_warning(found, expr.weekday, day)
        back = (found.weekday() - expr.weekday) % 7 if expr.weekday is not None else 0
        if 0 < back <= _WRITTEN_BEFORE_DAYS:
            day = found - timedelta(days=back)  # "tomorrow (Friday)" written on a Friday
            return day, day, "day", _weekday_warning(found, expr.weekday, day)
        return found, found, "day", _weekday_warning(found, expr.weekday)
    if isinstance(expr, _WeekdayDay):
        found = _weekday_day(expr, published)
        if found is None:  # no month near publication has that day on that weekday
            return _resolve(_Weekday(expr.weekday, "bare"), published, week_start)
        return found, found, "day", None
    if isinstance(expr, _Weekday):
        today = published.weekday()
        if expr.mode == "past":
            found = published - timedelta(days=(today - expr.weekday - 1) % 7 + 1)
        elif expr.mode == "future":
            found = published + timedelta(days=(expr.weekday - today - 1) % 7 + 1)
        elif expr.mode == "next":
            # A future verb or lead ("will meet Thursday", "until Thursday") says the day has not
            # passed when the text was written: the publication day itself counts.
            found = published + timedelta(days=(expr.weekday - today) % 7)
        elif expr.mode == "near":
            # The future in the past ("said it would land on Sunday"): ahead of a telling at or a
            # day or more before publication, the weekday within three days either side of it.
            back = (today - expr.weekday) % 7
            found = published - timedelta(days=back) if back <= 3 else published + timedelta(days=7 - back)
        elif expr.mode == "current":
            week = published - timedelta(days=(today - week_start) % 7)
            found = week + timedelta(days=(expr.weekday - week_start) % 7)
        elif expr.mode == "before_last":
            found = published - timedelta(days=(today - expr.weekday - 1) % 7 + 8)
        elif expr.mode == "after_next":
            found = published + timedelta(days=(expr.weekday - today - 1) % 7 + 8)
        else:
            found = published - timedelta(days=(today - expr.weekday) % 7)
        return found, found, "day", None
    if isinstance(expr, _Date):
        year = expr.year
        if year is None and expr.year_shift is not None:
            year = published.year + expr.year_shift
        if year is None and expr.day is not None and expr.weekday is not None:
            year = _year_by_weekday(expr.month, expr.day, expr.weekday, published)
        if year is None:
            year = _year_for(expr.month, expr.day, expr.mode, published)
        if expr.day is None:
            return *_month_range(year, expr.month), "month", None
        found = date(year, expr.month, expr.day)
        if expr.end_day is not None:
            return found, date(year, expr.month, expr.end_day), "day", _weekday_warning(found, expr.weekday)
        return found, found, "day", _weekday_warning(found, expr.weekday)
    if isinstance(expr, _MonthDay):
        found = date(*_add_months(published.year, published.month, expr.shift), expr.day)
        return found, found, "day", _weekday_warning(found, expr.weekday)
    if isinstance(expr, _Between):
        return _between(expr, published, week_start)
    if isinstance(expr, _Hijri):
        return *_hijri(expr), None
    if isinstance(expr, _HijriYear):
        return *_hijri_year(expr.year), None
    if isinstance(expr, _HijriSpan):
        return *_hijri_span(_hijri_year_of(expr, published), expr.first, expr.count), None
    if isinstance(expr, _HijriMonth):
        return *_hijri_month(expr, published), None
    if isinstance(expr, _Year):
        return date(expr.year, 1, 1), date(expr.year, 12, 31), "year", None
    if isinstance(expr, _Offset):
        step = expr.sign * expr.count
        if expr.unit in ("minute", "hour"):
            minutes = expr.count * (60 if expr.unit == "hour" else 1)
            found = published + timedelta(days=expr.sign * (minutes // 1440))
            return found, found, "day", None
        if expr.unit in ("day", "week"):
            found = published + timedelta(days=step * (7 if expr.unit == "week" else 1))
            return found, found, "day", None
        if expr.unit == "month":
            return *_month_range(*_add_months(published.year, published.month, step)), "month", None
        year = published.year + step
        return date(year, 1, 1), date(year, 12, 31), "year", None
    if isinstance(expr, _Duration):
        return _duration(expr, published)
    if isinstance(expr, _Set):
        return None, None, "set", None
    if isinstance(expr, _Part):
        return _part(expr, published)
    if isinstance(expr, _Run):
        return None, None, "duration", None  # how long a state has lasted, no date (the guide's D72)
    if isinstance(expr, _Fixed):
        return expr.start, expr.end, expr.granularity, None
    if isinstance(expr, _ShortDecade):
        year = published.year // 100 * 100 + expr.digits
        if year > published.year:
            year -= 100
        return date(year, 1, 1), date(year + 9, 12, 31), "decade", None
    if isinstance(expr, _FiscalYear):
        raise ValueError("a fiscal year of no country the text names")
    if isinstance(expr, _IsoWeek):
        return _iso_week(expr, published)
    if isinstance(expr, _Pair):
        return _pair(expr, published, week_start)
    if isinstance(expr, _WeekdayOfWeek):
        week_first = _resolve(_Calendar("week", expr.shift), published, expr.week_start)[0]
        assert week_first is not None
        found = week_first + timedelta(days=(expr.weekday - week_first.weekday()) % 7)
        return found, found, "day", None
    if isinstance(expr, _Weekend):
        return _weekend(expr, published)
    if isinstance(expr, _Holiday):
        return _holiday(expr, published)
    if isinstance(expr, _Anchored):
        return _anchored(expr, None)
    if isinstance(expr, _QuarterEnding):
        last = _resolve(expr.last_day, published, week_start)[1]
        assert last is not None
        if expr.unit == "year":
            return _shifted(last, "year", -1) + timedelta(days=1), last, "duration", None
        first_year, first_month = _add_months(last.year, last.month, -2)
        return date(first_year, first_month, 1), last, "quarter", None
    if isinstance(expr, _Calendar):
        if expr.last_day:
            last = _resolve(expr._replace(last_day=False), published, week_start)[1]
            return last, last, "day", None
        if expr.unit in _YEARS_IN:
            size = _YEARS_IN[expr.unit]
            first = (published.year // size + expr.shift) * size
            return date(first, 1, 1), date(first + size - 1, 12, 31), expr.unit, None
        if expr.unit == "week":
            start = published - timedelta(days=(published.weekday() - week_start) % 7 - 7 * expr.shift)
            return start, start + timedelta(days=6), "week", None
        if expr.unit == "month":
            return *_month_range(*_add_months(published.year, published.month, expr.shift)), "month", None
        if expr.unit == "quarter":
            return _quarter_span(
                *_add_months(published.year, published.month - (published.month - 1) % 3, 3 * expr.shift)
            )
        year = published.year + expr.shift
        return date(year, 1, 1), date(year, 12, 31), "year", None
    if not isinstance(expr, _Vague):
        raise ValueError("resolved against another time of the text, or no time alone (a clock)")
    if expr.sign > 0:
        return published + timedelta(days=1), None, "vague", None
    if expr.sign == 0:
        return None, None, "vague", None  # "now": the reference says present
    return None, published, "vague", None


def _year_unit(unit: str) -> str:
    """A decade or a century counted in years, for a length whose count is left open (PXY)."""
    return "year" if unit in _YEARS_IN else unit


def _iso_duration(unit: str, count: int) -> str:
    """ISO 8601: P3Y, P10D, PT24H; a count the text leaves open ("several years") is TimeML's X: PXY.
    A decade or a century is counted in years ("a decade-long war" P10Y), as `_year_unit` does
    for an open count: ISO 8601 has no unit for them."""
    if unit in _YEARS_IN:
        unit, count = "year", count * _YEARS_IN[unit]
    code = _ISO_UNITS[unit]
    amount = str(count) if count else "X"
    return f"PT{amount}{code[1]}" if code.startswith("T") else f"P{amount}{code}"


# A half of a unit in the next smaller one, where it is whole: "2 1/2 years" P2Y6M, "5 1/2 hours"
# PT5H30M; otherwise ISO 8601's decimal fraction on the last component ("1 1/2 weeks" P1.5W).
_HALVES = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


def _iso_with_half(unit: str, count: int) -> str:
    whole = _iso_duration(unit, count)
    if unit not in _HALVES:
        return whole[:-1] + ".5" + whole[-1]
    half = _HALVES[unit]
    if half.startswith("T") and "T" in whole:
        half = half[1:]
    return whole + half


def _shifted(day: date, unit: str, count: int) -> date:
    """`day` moved by `count` units (negative: back); a month or year shift keeps the day of month."""
    if unit in ("minute", "hour"):
        minutes = count * (60 if unit == "hour" else 1)
        days = -((-minutes) // 1440) if minutes > 0 else -((-minutes + 1439) // 1440)
        return day + timedelta(days=days)
    if unit in ("day", "week"):
        return day + timedelta(days=count * (7 if unit == "week" else 1))
    months = count * (12 if unit == "year" else 1)
    year, month = _add_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _duration(expr: _Duration, published: date) -> Resolved:
    # "the past 24 hours" spans the day before and publication day; "the last 28 days" runs from
    # 28 days before publication to publication.
    if not expr.count:
        return None, None, "duration", None  # "several years": a length the text leaves open
    if expr.window == "past":
        return _shifted(published, expr.unit, -expr.count), published, "duration", None
    if expr.window == "future":
        return published, _shifted(published, expr.unit, expr.count), "duration", None
    if expr.window == "first" and expr.month is not None:
        return _first_of_month(expr, published)
    if expr.window == "first":
        if expr.unit in ("minute", "hour", "year"):
            raise ValueError("the first hours of a year are not a window")
        year = expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
        start = date(year, 1, 1)
        if expr.unit == "month":
            return start, _month_range(year, min(expr.count, 12))[1], "duration", None
        return start, _shifted(start, expr.unit, expr.count) - timedelta(days=1), "duration", None
    return None, None, "duration", None


def _first_of_month(expr: _Duration, published: date) -> Resolved:
    """ "the first three days of this month", "الأيام العشرة الأولى من مارس": from the month's first
    day, the count of days or weeks (never past the month's end)."""
    assert expr.month is not None
    year, month, shift = expr.month
    if month is None:
        year, month = _add_months(published.year, published.month, shift or 0)
    elif year is None:
        year = published.year if month <= published.month else published.year - 1
    first, last = _month_range(year, month)
    end = min(_shifted(first, expr.unit, expr.count) - timedelta(days=1), last)
    return first, end, "duration", None


def _part_months(kind: str, index: int) -> tuple[int, int]:
    """The first month and the length in months of a quarter, a half or a season of a year."""
    if kind == "quarter":
        return 3 * index - 2, 3
    if kind == "half":
        return 6 * index - 5, 6
    if kind == "third":
        return 4 * index - 3, 4
    return _SEASON_START[SEASON_KEYS[index]], 3


def _part(expr: _Part, published: date) -> Resolved:
    """A quarter, half or season: of the year written, else by the mode (bare: the most recent one
    that has started by publication; next/future: the first one after; past: the most recent one
    that has ended; current: the one of the publication year)."""
    first_month, months = _part_months(expr.kind, expr.index)
    # A third of a year has no granularity of its own: four whole months, a window.
    grain = "duration" if expr.kind == "third" else expr.kind

    def span(year: int) -> tuple[date, date]:
        end_year, end_month = _add_months(year, first_month, months - 1)
        return date(year, first_month, 1), _month_range(end_year, end_month)[1]

    if expr.year is not None or expr.year_shift is not None:
        year = expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
        return *span(year), grain, None
    if expr.mode == "current":
        year = published.year
        if first_month == 12 and published.month <= 2:
            year -= 1
        return *span(year), grain, None
    years = range(published.year + 1, published.year - 3, -1)
    if expr.mode in ("next", "future"):
        for year in reversed(years):
            start, end = span(year)
            if start > published or (expr.mode == "next" and end >= published):
                return start, end, grain, None
    for year in years:
        start, end = span(year)
        if (end < published) if expr.mode == "past" else (start <= published):
            return start, end, grain, None
    raise ValueError("no such part of a year near publication")


def _pair(expr: _Pair, published: date, week_start: int) -> Resolved:
    apart = (expr.second - expr.first) % 7
    if expr.mode in ("future", "next"):
        start = _resolve(_Weekday(expr.first, expr.mode), published, week_start)[0]
        assert start is not None
        end = start + timedelta(days=apart)
    else:
        end = _resolve(_Weekday(expr.second, expr.mode), published, week_start)[0]
        assert end is not None
        start = end - timedelta(days=apart)
    if expr.part:
        day = start if expr.part == 1 else end
        return day, day, "day", None
    return start, end, "day", None


def _holiday_rule(spec: str) -> tuple[str, int, int, int]:
    """A holiday's rule from the lexicon: "12-25" (a fixed day), "11-thursday-4" (the fourth
    Thursday of November; -1 the last), "h10-01" (a day of a Hijri month), "h10-01/3" (a Hijri
    feast of three days from that day: D33 dates a feast by its days), "12-24/3" (a holiday period
    of three days from a fixed day: D86's Christmas period)."""
    hijri = spec.startswith("h")
    rule, _, days = spec.partition("/")
    if days and (rule.count("-") != 1 or not days.isdigit()):
        raise LexiconError(f"time.holidays: {spec!r}: only a fixed or Hijri day takes a length (/N days)")
    parts = rule.removeprefix("h").split("-", 2)  # "05-monday--1": the last Monday of May
    if len(parts) == 3:
        return "nth", int(parts[0]), WEEKDAY_KEYS.index(parts[1]), int(parts[2])
    if len(parts) != 2:
        raise LexiconError(f"time.holidays: {spec!r} is not MM-DD, hMM-DD or MM-weekday-N")
    return ("hijri" if hijri else "fixed"), int(parts[0]), int(parts[1]), int(days or 1) - 1


def _holidays_in(rule: tuple[str, int, int, int], year: int) -> list[date]:
    """The holiday's days in Gregorian `year`, in order: one, or for a Hijri day (the Hijri year
    is 11 days shorter) sometimes two, as Eid al-Fitr on 8 January and 27 December 2000."""
    kind, month, a, b = rule
    if kind == "fixed":
        return [date(year, month, a)]
    if kind == "nth":
        first = date(year, month, 1)
        if b > 0:
            return [first + timedelta(days=(a - first.weekday()) % 7 + 7 * (b - 1))]
        last = _month_range(year, month)[1]
        return [last - timedelta(days=(last.weekday() - a) % 7 + 7 * (-b - 1))]
    from hijridate import Gregorian, Hijri

    hijri_year = Gregorian(year, 1, 1).to_hijri().year
    found = [Hijri(candidate, month, a).to_gregorian() for candidate in range(hijri_year, hijri_year + 3)]
    days = [date(day.year, day.month, day.day) for day in found if day.year == year]
    if not days:
        raise ValueError("no such Hijri day in that year")
    return days


def _nearest(days: list[date], published: date) -> date:
    return min(days, key=lambda day: abs((day - published).days))


def _holiday(expr: _Holiday, published: date) -> Resolved:
    """A holiday: in the year written or shifted (of two in one year, the one nearer publication
    when it is publication's year, else the first), else by a year-less date's rule (bare: the
    most recent one, or the coming one within BARE_AHEAD_DAYS; past/recent, next/future). A Hijri
    feast of several days is its days, year-less the nearest one (D33, _nearest_span)."""
    kind, _, _, extra = expr.rule
    length = extra if kind != "nth" else 0  # the days a feast or a holiday period runs on after its first
    if expr.year is not None or expr.year_shift is not None:
        year = expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
        in_year = _holidays_in(expr.rule, year)
        day = _nearest(in_year, published) if year == published.year else in_year[0]
        if expr.weekend:
            return _holiday_weekend(day)
        return day, day + timedelta(days=length), "window" if length else "day", None
    days = sorted(
        d for y in range(published.year - 2, published.year + 3) for d in _holidays_in(expr.rule, y)
    )
    if length:  # "عيد الفطر" 1-3 Shawwal, "عيد الأضحى" 10-13 Dhu al-Hijjah (Umm al-Qura)
        spans = [(d, d + timedelta(days=length)) for d in days]
        if expr.mode == "current" and kind == "fixed":
            # "this Christmas period" as "this Christmas": this year's, or the one just past in January
            just_past = [
                s for s in spans if s[0] <= published and (published - s[0]).days <= HOLIDAY_JUST_PAST_DAYS
            ]
            start, end = just_past[-1] if just_past else next(s for s in spans if s[0].year == published.year)
            return start, end, "window", None
        mode = "next" if expr.mode == "current" else expr.mode
        if mode in ("soon", "bare"):  # a feast within FEAST_AHEAD_DAYS, a fixed holiday period as its day
            ahead = FEAST_AHEAD_DAYS if mode == "soon" else BARE_AHEAD_DAYS
            coming = [start for start, _ in spans if start > published]
            mode = "next" if coming and (coming[0] - published).days <= ahead else "bare"
        return *_nearest_span(spans, published, mode), "window", None
    before = [d for d in days if d <= published]
    after = [d for d in days if d > published]
    mode = expr.mode
    if mode == "current":  # "this Christmas": this year's, or the one just past in January
        just_past = [d for d in before if (published - d).days <= HOLIDAY_JUST_PAST_DAYS]
        found = (
            just_past[-1] if just_past else _nearest([d for d in days if d.year == published.year], published)
        )
    elif mode in ("next", "future"):
        found = after[0] if mode == "future" else next(d for d in days if d >= published)
    elif mode == "past":
        found = [d for d in days if d < published][-1]
    elif mode == "bare" and (after[0] - published).days <= BARE_AHEAD_DAYS:
        found = after[0]
    else:
        found = before[-1]
    if expr.weekend:
        return _holiday_weekend(found)
    return found, found, "day", None


def _holiday_weekend(day: date) -> Resolved:
    """ "the Memorial Day weekend", "over the Boxing Day weekend": a holiday on a Monday closes a long
    weekend from the Saturday, one on a Friday opens one to the Sunday, one on a weekend day is that
    weekend, one midweek ("the Thanksgiving weekend") runs from it to the Sunday after."""
    weekday = day.weekday()
    if weekday == 0:
        return day - timedelta(days=2), day, "window", None
    if weekday == 6:
        return day - timedelta(days=1), day, "window", None
    return day, day + timedelta(days=6 - weekday), "window", None


def _weekend(expr: _Weekend, published: date) -> Resolved:
    """The weekend's two days: bare, the most recent one (publication on its second day is in
    it); "last weekend", the one that ended before publication; a future verb, "this weekend" or
    "next weekend", the one that has not ended (publication in it counts)."""
    since = (published.weekday() - expr.first) % 7  # days since the weekend's first day
    if expr.mode == "past":
        start = published - timedelta(days=since if since > 1 else since + 7)
    elif expr.mode in ("next", "future", "current"):
        start = published - timedelta(days=since) if since <= 1 else published + timedelta(days=7 - since)
    else:
        start = published - timedelta(days=since)
    return start, start + timedelta(days=1), "week", None


def _quarter_span(year: int, first_month: int) -> Resolved:
    end_year, end_month = _add_months(year, first_month, 2)
    return date(year, first_month, 1), _month_range(end_year, end_month)[1], "quarter", None


def _names_a_week(mention: TimeMention) -> bool:
    """Whether a time is a week: a calendar one ("last week", "this week") or the seven days counted
    back to publication ("over the past week", "the past seven days": eight days as the guide
    counts a window, publication's included)."""
    if mention.start is None or mention.end is None:
        return False
    days = (mention.end - mention.start).days
    return (mention.granularity == "week" and days == _WEEK_DAYS - 1) or (
        mention.granularity in ("duration", "window") and days == _WEEK_DAYS
    )


def _week_from(anchor: TimeMention, offset: int, week_start: int) -> Resolved:
    """ "the previous week", "the following week", "that week" after a day or a run of days: a week,
    not a day. After seven days the text names ("the 20th week, from May 14 to 20") the seven
    before or after them; after one day the calendar week holding it (the language's week), moved."""
    assert anchor.start is not None
    end = anchor.end or anchor.start
    if (end - anchor.start).days == 6:
        first = anchor.start + timedelta(days=7 * offset)
    elif end == anchor.start:
        first = anchor.start - timedelta(days=(anchor.start.weekday() - week_start) % 7 - 7 * offset)
    else:
        return None, None, "vague", None
    return first, first + timedelta(days=6), "week", None


def _anchored(expr: _Anchored, anchor: TimeMention | None, week_start: int = 0) -> Resolved:
    """A time counted from the time the text named before it; vague when there is none, never
    counted from publication. A year before or after a month, a quarter or a half keeps that grain:
    "the year-earlier quarter", "the same month last year", "a year earlier" after "the second
    quarter" are that period of the year before; "later that year" after "in June 1998" is 1998."""
    if anchor is None or anchor.start is None:
        return None, None, "vague", None
    grain = anchor.granularity
    if expr.unit == "quarter":
        if grain != "quarter" and not _quarter_shaped(anchor):
            return None, None, "vague", None
        return _quarter_span(*_add_months(anchor.start.year, anchor.start.month, 3 * expr.offset))
    if (
        expr.unit == "year"
        and expr.offset
        and not expr.whole_year
        and (
            grain in ("month", "quarter", "half")
            or (grain == "duration" and anchor.duration is not None)
            or _days_stretch(anchor)
        )
        and anchor.end is not None
    ):
        # ... and a report's first months ("the first six months of 2017 ... the same period last year"),
        # and a stretch of days ("from March 1 to November 12 ... the same period last year": those
        # days a year back, as "the same period of 2015" after them is, not the whole year before).
        return _years_moved(anchor, expr.offset)
    if expr.unit == "week" and grain == "day":
        return _week_from(anchor, expr.offset, week_start)
    if expr.unit == "week" and (grain == "week" or _names_a_week(anchor)) and anchor.end is not None:
        # "the week to June 25 ... the previous week": the seven days before that week; "over the
        # past week ... the week before": the seven days before those, counted as they are.
        step = timedelta(days=7 * expr.offset)
        return anchor.start + step, anchor.end + step, "week", None
    if expr.unit == "day" and grain == "day":
        found = _shifted(anchor.start, expr.unit, expr.offset)
        return found, found, "day", None
    if expr.unit == "month" and grain in ("day", "month"):
        # After months named by their last ("the 12 months to October": October's annual rate),
        # "the previous month" counts from that last month, as the rate is that month's.
        month = anchor.end if anchor.end is not None and expr.offset else anchor.start
        first, last = _month_range(*_add_months(month.year, month.month, expr.offset))
        if expr.day is not None:
            if expr.day > last.day:
                return None, None, "vague", None
            found = first.replace(day=expr.day)
            return found, found, "day", None
        return first, last, "month", None
    if expr.unit == "year" and expr.offset and _reporting_year(anchor):
        # "719 homicides in the year to June, up from 630 the previous year": a year of twelve months
        # the text defined ("the financial year to end-March", "between April 1, 2017 and March 31,
        # 2018") is the year in focus, and the year before it is those months a year back (D66).
        return _years_moved(anchor, expr.offset)
    if expr.unit == "year" and grain in ("day", "month", "year", "quarter", "half", "season"):
        year = anchor.start.year + expr.offset
        return date(year, 1, 1), date(year, 12, 31), "year", None
    return None, None, "vague", None


def _iso_week(expr: _IsoWeek, published: date) -> Resolved:
    """The Monday to Sunday of ISO week `expr.week` of its year (of the latest such week begun by
    publication when no year is written); a week 53 its year has not: no date."""
    year = expr.year
    if year is None:
        year = published.isocalendar()[0]
        if not _has_iso_week(year, expr.week) or date.fromisocalendar(year, expr.week, 1) > published:
            year -= 1
    if not _has_iso_week(year, expr.week):
        return None, None, "vague", None
    start = date.fromisocalendar(year, expr.week, 1)
    return start, start + timedelta(days=6), "week", None


def _has_iso_week(year: int, week: int) -> bool:
    """Whether ISO year `year` has a week `week` (every year has 52; a year whose December 28
    falls in week 53 has 53)."""
    return week < 53 or date(year, 12, 28).isocalendar()[1] == 53


def _quarter_shaped(mention: TimeMention) -> bool:
    """Whether a time covers one calendar quarter exactly, whatever it was written as ("the first
    three months of 2024", "January to March"): a quarter the text named in other words."""
    start, end = mention.start, mention.end
    if start is None or end is None or start.day != 1 or start.month % 3 != 1:
        return False
    return end == _month_range(*_add_months(start.year, start.month, 2))[1]


def _reported_before(
    named_log: Sequence[tuple[TimeMention, Callable[[], bool]]], days: bool
) -> TimeMention | None:
    """The last time the text named that is not the base of a change: the period a report is about
    (a day only when `days`: "the previous year" counts from the month reported, not from the day
    the report came out, "the Labor Department reported Friday")."""
    for mention, base_of_change in reversed(named_log):
        if (days or mention.granularity != "day") and not base_of_change():
            return mention
    return None


def _counted_months(expr: Expr) -> bool:
    """Whether `expr` is a window of whole months counted from a year's start ("the first nine
    months", "الأشهر الستة الأولى من العام")."""
    return (
        isinstance(expr, _Duration) and expr.window == "first" and expr.unit == "month" and expr.month is None
    )


def _week_start_is_week(found: _Candidate, granularity: str) -> bool:
    """The start of a week is the week (the guide's D52): "early this week", "the start of last week",
    "مطلع هذا الأسبوع", "بداية الأسبوع" are Monday to Sunday as "this week" is, not its first days (a
    week has no first part one unit down that outlets share). "earlier this week" stays the week's
    start to publication (D54)."""
    return granularity == "week" and found.period_part in ("early", "start")


def _narrowed(start: date, end: date, granularity: str, part: str) -> tuple[date, date]:
    """The part of a period the text names: a month's days 1-10, 11-20 or 21 to the end; a year's
    first or last month for its start or end ("early 2025": January; "the end of 2014", "late
    2021": December), its two middle months for its middle ("منتصف العام 2020", "mid-2020": June
    and July, the part one unit down as the end is); otherwise the first, middle or last third of
    its days ("the early 1990s", "أوائل القرن العشرين")."""
    if granularity == "month":  # counted from the month's first day (a Hijri month too)
        if part in _MONTH_ONLY_PARTS:  # "النصف الأول من نيسان": days 1-15, then 16 to the end
            return (
                (start, start + timedelta(days=14))
                if part == "first_half"
                else (start + timedelta(days=15), end)
            )
        if part in ("early", "start"):
            return start, start + timedelta(days=9)
        if part == "mid":
            return start + timedelta(days=10), start + timedelta(days=19)
        return start + timedelta(days=20), end
    if granularity == "year" and part in ("start", "early", "end", "late"):
        # "late 2021", "أواخر 2021": the guide's end of a year ("late August" is the month's end);
        # "early 2025", "أوائل 2025" its start, January, as "late" is its end (not the first third
        # of its days, which ran to May 1).
        month = 1 if part in ("start", "early") else 12
        return _month_range(start.year, month)
    if granularity == "year" and part == "mid" and (start.month, start.day) == (1, 1):
        return _month_range(start.year, 6)[0], _month_range(start.year, 7)[1]
    if granularity in ("quarter", "half") and start.day == 1:
        # "نهاية النصف الأول من العام", "the end of the third quarter": its last month, one unit
        # down as a year's end is December; its start its first month, its middle the middle ones.
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if part in ("early", "start"):
            return _month_range(start.year, start.month)
        if part == "mid":
            first = _add_months(start.year, start.month, (months - 1) // 2)
            last = _add_months(start.year, start.month, months // 2)
            return _month_range(*first)[0], _month_range(*last)[1]
        last = _add_months(start.year, start.month, months - 1)
        return _month_range(*last)
    days = (end - start).days + 1
    third = days // 3
    if part in ("early", "start"):
        return start, start + timedelta(days=third - 1)
    if part == "mid":
        return start + timedelta(days=third), start + timedelta(days=days - third - 1)
    return start + timedelta(days=days - third), end


_OPENING_QUOTES = frozenset("\"“«'‘")


def _in_quotation(text: str, at: int) -> bool:
    """Whether character `at` lies inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    opened = sum(before.count(q) for q in "“«") - sum(before.count(q) for q in "”»")
    return opened > 0 or before.count('"') % 2 == 1


def _quoted_title(text: str, span: Span) -> bool:
    """A calendar period or a length written in title case right after an opening quote ("This
    Week" in ABC News' "This Week," said ...; CBS's "60 Minutes"): every word capitalized (a count in
    figures aside), the unit too, which a time inside a sentence never is, so a name of a programme
    or a work (scripts without case never are)."""
    start, end = span
    if start == 0 or text[start - 1] not in _OPENING_QUOTES:
        return False
    words = text[start:end].split()
    return (
        len(words) > 1
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and any(w[:1].isupper() for w in words)
    )


_TITLE_QUOTES = "\"“”«»‘’'"


def _ends_quoted_name(text: str, span: Span) -> bool:
    """A day word that closes a quoted two-word name in a script without case (لـ"بغداد اليوم"، موقع
    “الليرة اليوم”، لـ (بغداد اليوم)): one uncased word between the opening quote (or bracket) and it,
    the closing one right after it, no colon before the quote (a quotation: «نعلن اليوم»). A name of
    an outlet or a page, not the day; a quoted sentence that ends on the day word holds more words
    ("«سنعلن النتائج اليوم»")."""
    start, end = span
    closing = text[end : end + 1]
    if (closing not in _TITLE_QUOTES and closing != ")") or text[end + 1 : end + 2].isalnum():
        return False
    head = text[max(0, start - 40) : start]
    marks = ("(",) if closing == ")" else _TITLE_QUOTES
    opening = max(head.rfind(mark) for mark in marks)
    if opening < 0 or head[:opening].rstrip().endswith(":"):
        return False
    words = head[opening + 1 :].split()
    return len(words) == 1 and words[0].isalpha() and words[0].lower() == words[0].upper()


def _since_passed(expr: Expr, part: str | None = None) -> Expr:
    """ "since March", "منذ مارس": what "since" starts from has passed, so a month or a day written
    without a year is the most recent one, never the coming one (the bare rule's "March" in a paper
    of January 7 is the coming March), a holiday too ("since Christmas" in a page of December 20 is
    last year's); and the end of the current period has not come yet, so
    "since year-end", "since the end of the year", "منذ نهاية العام" are the end of the last one."""
    if isinstance(expr, _Date) and expr.year is None and expr.year_shift is None and expr.mode == "bare":
        return expr._replace(mode="recent")
    if isinstance(expr, (_HijriMonth, _Holiday)) and expr.mode == "bare":
        return expr._replace(mode="recent")
    if isinstance(expr, _Calendar) and expr.shift == 0 and (expr.last_day or part == "end"):
        return expr._replace(shift=-1)
    return expr


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, the longest first; ties go to the earlier one."""
    chosen: list[_Candidate] = []
    taken: set[int] = set()
    for found in sorted(candidates, key=lambda c: (c.first - c.last, c.first)):
        span = range(found.first, found.last)
        if found.last > found.first and not taken.intersection(span):
            chosen.append(found)
            taken.update(span)
    return sorted(chosen, key=lambda c: c.first)


# The matchers a token's roles call, in the order `_Scan.run` calls them (a token with several
# roles tries each in turn), and for each set of roles the matchers it calls (made once a set).
_MATCHERS = (
    ("day", "match_day"),
    ("vague", "match_vague"),
    ("offset", "match_offset"),
    ("calendar", "match_calendar"),
    ("year", "match_year_lead"),
    ("bare_year", "match_bare_year"),
    ("set", "match_set"),
    ("window", "match_window"),
    ("run", "match_run"),
    ("since_part", "match_since_morning"),
    ("window_after", "match_window_after"),
    ("anchored", "match_anchored"),
    ("same_period", "match_same_period"),
    ("year_back", "match_year_back"),
    ("season", "match_season"),
    ("numbered_week", "match_numbered_week"),
    ("weekend", "match_weekend"),
    ("clock", "match_clock"),
    ("holiday", "match_holiday"),
    ("part", "match_part"),
    ("decade", "match_decade_word"),
    ("century", "match_century"),
)


@cache
def _plan(role: frozenset[str]) -> tuple[Callable[[_Scan, int], None], ...]:
    """The `_Scan` methods a token of these roles is matched by, in `_MATCHERS`' order (made
    once per set of roles: the lexicons' role sets are few and live as long as the process)."""
    return tuple(getattr(_Scan, name) for key, name in _MATCHERS if key in role)


# At most this many distinct words of a table in a text are found by list.index, one C scan of
# the tokens each (`_indexes_in`); more are found by one pass that tests every token (a scan by
# list.index costs about half of that pass: measured, two words' scans cost more than it).
_FEW_WORDS = 1


def _indexes_in(toks: list[str], table: frozenset[str], start: int = 0) -> list[int]:
    """The indexes k >= `start` of the tokens in `table`, in order: what `compress(range(start,
    len(toks)), map(table.__contains__, toks[start:]))` gives (tests/test_fast_paths.py).

    Which words of the table the text holds is one C pass (`frozenset.intersection`, a hash
    look-up a token); most texts hold none of a month's or a link's first words, or one, and
    the places of one are found by `list.index` (a compare a token), not by a call of
    `__contains__` a token through map and compress (some 250 instructions each)."""
    rest = toks[start:] if start else toks
    hits = table.intersection(rest)
    if not hits:
        return []
    if len(hits) > _FEW_WORDS:
        return list(compress(range(start, len(toks)), map(hits.__contains__, rest)))
    found: list[int] = []
    for word in hits:
        k = start - 1
        for _ in range(rest.count(word)):
            k = toks.index(word, k + 1)
            found.append(k)
    if len(hits) > 1:
        found.sort()
    return found


def _scan(text: str, lex: Lexicon, tokenized: TokenizedText | None = None) -> tuple[_Scan, list[_Candidate]]:
    scan = _Scan(text, lex, tokenized)
    return scan, _select(scan.run())


def _char_span(scan: _Scan, found: _Candidate) -> tuple[int, int]:
    """The original span of a candidate, leaving out a conjunction written onto its first word.

    Diacritics and tatweel after the last letter ("أمسِ الخميسَ") belong to it and stay in the span.
    """
    variant = scan.t.variants.get(scan.toks[found.first])
    skip = variant[1] if variant else 0
    start, end = scan.norm.span(scan.starts[found.first] + skip, scan.end(found.last - 1))
    original = scan.norm.original
    while end < len(original) and (original[end] == "\u0640" or unicodedata.category(original[end]) == "Mn"):
        end += 1
    return start, end


# Where a sentence ends in the raw text, for the country a budget phrase's own sentence names
# (marks with their space; the token set _SENTENCE_ENDS above is a different thing).
_SENTENCE_BREAKS = (". ", "\n", "؟", "? ", "! ")
# The headline and the first paragraph: where news names the country an article is about.
_LEAD_LINES = 2


class _FiscalCalendar:
    """The first month of the fiscal year a budget phrase is about: that of the country its own
    sentence names (the nearest such name: "ميزانية الكويت", "Kuwait's fiscal year"), else of the
    first one the headline and first paragraph name (news names there the country whose budget the
    article is about; a country named further down is as often a comparison). None when neither
    names a country of `entities.fiscal_year_start`: the calendar year, as before."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        table = lexicon.raw("entities", "fiscal_year_start")
        self.months: dict[str, int] = {key: int(month) for key, month in table.items()}
        self._places: list[tuple[int, int]] | None = None  # (offset, first month), in text order

    def places(self) -> list[tuple[int, int]]:
        if self._places is None:  # looked for only when a text has a fiscal year
            found = find_entities(self.text, self.lexicon)
            self._places = [
                (m.start, self.months[m.key[6:]])
                for m in found
                if m.key.startswith("place:") and m.key[6:] in self.months
            ]
        return self._places

    def first_month(self, span: tuple[int, int]) -> int | None:
        if not self.months or not self.places():
            return None
        text = self.text
        start = max(text.rfind(mark, 0, span[0]) + len(mark) for mark in _SENTENCE_BREAKS)
        ends = [text.find(mark, span[1]) for mark in _SENTENCE_BREAKS]
        end = min((e for e in ends if e >= 0), default=len(text))
        inside = [(abs(at - span[0]), month) for at, month in self.places() if start <= at < end]
        if inside:
            return min(inside)[1]
        lines = first_lines(text)[:_LEAD_LINES]
        lead_end = lines[-1][1] if lines else 0
        return next((month for at, month in self.places() if at < lead_end), None)


def _fiscal_span(first_year: int, first_month: int) -> tuple[date, date]:
    """The fiscal year that starts in `first_month` of `first_year`."""
    last_year, last_month = _add_months(first_year, first_month, 11)
    return date(first_year, first_month, 1), _month_range(last_year, last_month)[1]


def _fiscal_year(
    expr: _FiscalYear, first_month: int, named: TimeMention | None, published: date, stated: bool
) -> Resolved:
    """ "السنة المالية الحالية" (the one publication falls in), "next fiscal year"; "العام المالي
    السابق" counts from the fiscal year the article is about (the first it names) when it names one.
    Its months are those the article states (`stated`); else the country's months only pick which
    year it is, and it runs over both calendar years it touches (the guide's D83 and D51: the label
    does not guess a country's months), Canada's "last fiscal year" of December 2024 2023-2024."""
    if expr.anchored and named is not None and named.start is not None:
        base_year = named.start.year
    else:
        base_year = published.year if published.month >= first_month else published.year - 1
    start, end = _fiscal_span(base_year + expr.shift, first_month)
    if not stated and start.year != end.year:
        return date(start.year, 1, 1), date(end.year, 12, 31), "year", None
    return start, end, "year", None


def find_times(
    text: str, published: date, lexicon: Lexicon, tokenized: TokenizedText | None = None
) -> list[TimeMention]:
    """Every time expression in `text`, resolved against `published`, in order, never overlapping;
    `tokenized` is `tokenize_text(text)` when the caller has it."""
    scan, chosen = _scan(text, lexicon, tokenized)
    mentions = _read_times(scan, chosen, text, published, lexicon, None)
    if any(_body_year(found.expr) for found in chosen):
        # A body's year the article names: read again over the months the article states for it.
        stated = _stated_year_start(scan, chosen, mentions)
        if stated is not None:
            mentions = _read_times(scan, chosen, text, published, lexicon, stated)
    return mentions


def _body_year(expr: Expr) -> bool:
    """Whether a time is a body's year whose months an article may state: two years written as one
    ("2017/18") or a fiscal year counted from publication ("the current financial year")."""
    return (isinstance(expr, _Fixed) and expr.pair and expr.end.year - expr.start.year == 1) or isinstance(
        expr, _FiscalYear
    )


def _stated_year_start(
    scan: _Scan, chosen: Sequence[_Candidate], mentions: Sequence[TimeMention]
) -> int | None:
    """The first month of the body's year the article states, the first statement in it (the
    guide's D83), or None: twelve whole months that are not a calendar year ("the financial year to
    end-March", "(MY, July-June)", "the year ending 31 July 2024", "between April 1, 2017 and March
    31, 2018"), or a month a year is said to run until ("the 2017/2018 fiscal year, which runs until
    the end of March")."""
    statements: list[tuple[int, int]] = []  # (offset, first month)
    # A fiscal year the country table gave its months is no statement of the article's own.
    guessed = {_char_span(scan, found) for found in chosen if isinstance(found.expr, _FiscalYear)}
    for mention in mentions:
        if mention.start is not None and _reporting_year(mention) and mention.span not in guessed:
            statements.append((mention.span[0], mention.start.month))
    t = scan.t
    for found in chosen:
        expr = found.expr
        if not isinstance(expr, _Date) or expr.end_day is not None:
            continue
        link = scan.phrase_ending(t.year_runs_links, found.first)
        if link is None:
            continue
        k = link[0] - 1 if scan.tok(link[0] - 1) == "," else link[0]
        month_end = expr.day is None or expr.day >= calendar.monthrange(2001, expr.month)[1]  # Feb 28 too
        if month_end and (scan.unit_at(k - 1) == "year" or scan.base(k - 1) in t.fiscal_words):
            statements.append((scan.starts[found.first], expr.month % 12 + 1))
    statements.extend(_first_months_stated(scan, chosen))
    statements.extend(_year_starts_stated(scan))
    return min(statements)[1] if statements else None


def _year_starts_stated(scan: _Scan) -> list[tuple[int, int]]:
    """A body's year said to start in a month: a verb of time.year_starts_verbs with a fiscal word
    within three tokens of it, then a month name within eight tokens after the verb, in one clause
    ("ويبدأ العام المالي في الكويت في الأول من أبريل", "The fiscal year begins on April 1").
    Returns (offset, first month) pairs."""
    t = scan.t
    found: list[tuple[int, int]] = []
    if not t.year_starts_verbs:
        return found
    for k in range(scan.n):
        if scan.base(k) not in t.year_starts_verbs:
            continue
        if not any(scan.base(j) in t.fiscal_words for j in range(max(0, k - 3), min(scan.n, k + 4))):
            continue
        for m in range(k + 1, min(scan.n, k + 9)):
            if scan.tok(m) in _COMMAS or scan.tok(m) in (".", ";", "؛"):
                break
            month = scan.phrase_at(t.months, m)
            if month is not None:
                found.append((scan.starts[k], month[1]))
                break
    return found


def _pair_after(scan: _Scan, chosen: Sequence[_Candidate], index: int) -> _Fixed | None:
    """The year written as two that a part at `chosen[index]` is of: "Q1 of 2018-19", "the first
    quarter of the financial year 2018-19" (a link of a part, then only the article, a fiscal word,
    "year" or "current" before it)."""
    if index + 1 >= len(chosen):
        return None
    found, after = chosen[index], chosen[index + 1]
    if not (isinstance(after.expr, _Fixed) and _body_year(after.expr)):
        return None
    t = scan.t
    if after.first == found.last or scan.tok(found.last) not in t.fiscal_part_links:
        return None
    for k in range(found.last + 1, after.first):
        word = scan.base(k)
        if not (
            word in t.definite_words
            or word in t.fiscal_words
            or word in t.present_quarter_words
            or scan.unit_at(k) == "year"
        ):
            return None
    return after.expr


def _first_months_stated(scan: _Scan, chosen: Sequence[_Candidate]) -> list[tuple[int, int]]:
    """A stretch of months named as a part of the fiscal year ("the July-March period in the fiscal
    2018-19", "the April-June quarter of the current fiscal") in an article that names the first so
    many months of the fiscal year ("the first nine months of the current fiscal", "the first quarter
    of the financial year"): those are its first months, and the stretch's first month is the year's
    (the guide's D83). Without the first months named, a stretch may be any part ("the
    October-December quarter of the current fiscal"). Returns (offset, first month) pairs."""
    t = scan.t
    firsts: set[int] = set()  # how many months the article calls the first of the fiscal year
    spans: list[tuple[int, int, int]] = []  # (offset, first month, months) of stretches of the fiscal
    for found in chosen:
        expr = found.expr
        if isinstance(expr, _MonthSpan) and isinstance(expr.last, _Date):
            k = found.last + (scan.base(found.last) in t.fiscal_part_nouns)
            if scan.of_fiscal(k):
                spans.append((scan.starts[found.first], expr.first, (expr.last.month - expr.first) % 12 + 1))
        elif isinstance(expr, _Part) and expr.kind in ("quarter", "half") and expr.index == 1:
            if scan.of_fiscal(found.last):
                firsts.add(3 if expr.kind == "quarter" else 6)
        elif (
            isinstance(expr, _Duration)
            and expr.unit == "month"
            and scan.base(found.first - 1) in t.first_part_words
            and scan.of_fiscal(found.last)
        ):
            firsts.add(expr.count)
    return [(offset, month) for offset, month, count in spans if count in firsts]


def _read_times(
    scan: _Scan,
    chosen: Sequence[_Candidate],
    text: str,
    published: date,
    lexicon: Lexicon,
    stated_month: int | None,
) -> list[TimeMention]:
    """The candidates chosen, resolved in order; `stated_month` is the first month of the body's
    year the article states (a year written as two, "2017/18", and a fiscal year run over it)."""
    mentions: list[TimeMention] = []
    fiscal = _FiscalCalendar(text, lexicon)
    # The first fiscal year the text names ("موازنة العام المالي 2026-2027" in the lead): the one a
    # budget article is about, which "العام المالي السابق" / "the previous fiscal year" compares with.
    fiscal_named: TimeMention | None = None
    # The last dated time of the text, for "the next day": news paragraphs are a sentence or two, so
    # "The following month" or "the next morning" opening a paragraph counts from the one before.
    anchor: TimeMention | None = None
    # The anchor is itself a comparison's base ("the same month of 2024"): "that same month"
    # after it is the month the text reports, not that base's.
    anchor_compared = False
    anchor_counted = False  # the last time named counts from another ("the previous month")
    named: TimeMention | None = None  # the last time the text named itself, for "the same period of 2024"
    named_at: _Candidate | None = None  # ... and where it stands in the tokens
    # Every time the text named itself, and whether it dates the figure a change is counted from
    # ("from 5.6% in January"): "the same month last year" compares with the reported month.
    # The times named, each with whether it dates the base of a change: asked only when a "same
    # period" looks back over them (`_same_period_base`), which few texts have.
    named_log: list[tuple[TimeMention, Callable[[], bool]]] = []
    quarter: TimeMention | None = None  # the last quarter named: "the quarter", "the year-earlier quarter"
    # The last Hijri months named, with their Hijri year, first month and count: "the same period of
    # last year" after them is those Hijri months a Hijri year back.
    hijri_named: tuple[TimeMention, int, int, int] | None = None
    # The first time named that is the quarter just ended (or its end): "this quarter" in a report on it.
    ended_quarter: tuple[date, date] | None = None
    # The last period a report names (a month, a quarter, a half, a year, "the first nine months"):
    # what a figure "a year ago" is compared with.
    period: TimeMention | None = None
    # The last period a report could be about, over by publication or not: "the same period a year
    # earlier" compares with the one its own sentence names ("grew 4.48% in the first quarter of 2021
    # from the same period a year earlier", in a paper of March 29, 2021).
    reported: TimeMention | None = None
    named_deictic = False  # the last time named is a day counted from publication ("on Wednesday")
    # The last week the text named, a calendar one ("last week", "the week to June 25") or the
    # seven days to publication ("over the past week"): what "the previous week" and "the week
    # before" after it count back from, as "the previous month" counts from a month named.
    week_named: TimeMention | None = None
    # The last single day named, when it is one of the days just before publication ("أمس الجمعة"):
    # the day a quotation after it was spoken.
    spoken: date | None = None
    sources: list[_Candidate] = []  # the candidate each mention was resolved from
    written_years = _written_years(chosen)
    list_years = _list_years(chosen, published)
    # The last whole year named, when it opens its sentence ("Last year, ...", "In 2015, ..."): the
    # year of a day or month its sentence writes without one.
    frame: TimeMention | None = None
    for index, found in enumerate(chosen):
        expr = found.expr
        if (list_year := list_years.get(index)) is not None:
            expr = expr._replace(year=list_year, mode="bare")  # type: ignore[union-attr]
        if isinstance(expr, _Date) and _yearless(expr) and expr.mode != "next":
            # A headline's "منذ 7 أكتوبر" after the lead's "منذ السابع من أكتوبر 2023": the year the
            # text writes with the same day elsewhere.
            year = written_years.get((expr.month, expr.day))
            if year is not None:
                expr = expr._replace(year=year, mode="bare")
        span = _char_span(scan, found)
        if (
            frame is not None
            and frame.start is not None
            and isinstance(expr, _Date)
            and _yearless(expr)
            and expr.mode != "next"
            and _in_sentence(frame, text, span[0])
        ):
            # "Last year, 48 accidents occurred on December 27": the sentence's opening year, not
            # the December 27 nearest publication.
            expr = expr._replace(year=frame.start.year, mode="bare")
        if isinstance(expr, _Calendar | _Duration) and _quoted_title(text, span):
            continue  # ABC's "This Week", CBS's "60 Minutes": a programme's name, not a time
        if isinstance(expr, _Day) and _ends_quoted_name(text, span):
            continue  # "لـ"بغداد اليوم"", موقع “الليرة اليوم”: an outlet's name
        compared = False  # a comparison counted from the period: no time the text names itself
        fiscal_month = None
        if (
            isinstance(expr, _Calendar)
            and expr.unit == "year"
            and not expr.last_day
            and scan.budget_before(found)
            and (stated_month is not None or fiscal.first_month(span) is not None)
        ):
            # "الموازنة للعام المقبل" of Kuwait: the budget of a year is its fiscal year (of no
            # country known, the calendar year as before).
            expr = _FiscalYear(expr.shift, anchored=False)
        # (Two years written, "ميزانية 2023- 2024", "the 2019/20 budget", stay January 1 of the
        # first to December 31 of the second whatever country the text names: the guide's D51.)
        if isinstance(expr, _FiscalYear):
            fiscal_month = stated_month or fiscal.first_month(span)
        elif stated_month is not None and stated_month != 1 and isinstance(expr, _Fixed) and _body_year(expr):
            # "2017/18" in an article that states its body's year runs April to March: those
            # twelve months (the guide's D83), not the two calendar years (a year stated to start
            # in January is the calendar year: "2017/18" then stays its two, D51, not 2017 alone).
            expr = _Fixed(*_fiscal_span(expr.start.year, stated_month), "year", pair=True)
        elif (
            stated_month is not None
            and stated_month != 1
            and isinstance(expr, _Part)
            and expr.kind in ("quarter", "half")
            and expr.year is None
            and expr.year_shift is None
            and (pair := _pair_after(scan, chosen, index)) is not None
        ):
            # "Q1 of 2018-19", "the first quarter of the financial year 2018-19": that part of the
            # body's year, counted from the first month the article states (the guide's D83).
            size = 3 if expr.kind == "quarter" else 6
            year, month = _add_months(pair.start.year, stated_month, size * (expr.index - 1))
            last = _month_range(*_add_months(year, month, size - 1))[1]
            expr = _Fixed(date(year, month, 1), last, expr.kind)
        try:
            if isinstance(expr, _FiscalYear) and fiscal_month is not None:
                start, end, granularity, warning = _fiscal_year(
                    expr, fiscal_month, fiscal_named, published, stated_month is not None
                )
            elif (
                hijri_named is not None
                and named is hijri_named[0]
                and (
                    isinstance(expr, _SamePeriod)
                    or {scan.base(k) for k in range(found.first, found.last)} & scan.t.period_words
                )
                and (hijri_year := _hijri_moved_year(expr, hijri_named[1], published)) is not None
            ):
                # "الفترة المماثلة من العام الماضي" after "الثلاثة أشهر الأولى من العام الهجري الجاري":
                # the same Hijri months of another Hijri year, not the Gregorian days a year back.
                start, end, granularity = _hijri_span(hijri_year, hijri_named[2], hijri_named[3])
                warning, compared = None, True
            elif back_unit := _back_in_sentence(
                expr, anchor, text[anchor.span[1] : span[0]] if anchor else ""
            ):
                # "rose to $35 million in the third quarter from $70 million a year ago": the same
                # quarter (or month) a year before, not the whole year before publication; "the July
                # jobless rate was higher than the 4.5 percent a month ago": June.
                back_from = anchor
                if (
                    back_unit == "year"
                    and anchor_counted
                    and named is not None
                    and _back_in_sentence(expr, named, text[named.span[1] : span[0]]) == "year"
                ):
                    # "In April, remittances were $544 million, down from $572 million in the
                    # previous month but up from $454 million a year ago": April a year back, not
                    # the month the change was counted from.
                    back_from = named
                start, end, granularity, warning = _anchored(_Anchored(back_unit, -1), back_from)
                compared = True
            elif (
                _a_year_back(expr)
                and not (named is not None and _whole_year(named) and _in_sentence(named, text, span[0]))
                and _figure_year_back(
                    expr, compared_with := _sentence_first(reported, period, text, span[0]), text, span[0]
                )
            ):
                # (Not after a whole year its own sentence names: "Last year, arrivals grew by 3.9
                # percent from the previous year" is the year before that one.)
                # "... in the third quarter. Revenue rose to $2 billion from $1.8 billion a year
                # ago": a figure compared a year back is the period the report is about, a year
                # before, whichever sentence named it (its own sentence's period first: "in the
                # January-March period grew 6.3% from a year earlier" before the quarter is over).
                assert compared_with is not None
                start, end, granularity, warning = _years_moved(compared_with, -1)
                compared = True
            elif (
                isinstance(expr, _Offset)
                and _figure_year_back(
                    expr,
                    reported_month := _same_period_base(named_log, True, False, text, span[0]),
                    text,
                    span[0],
                    ("month",),
                )
                and _sentences_between(text, reported_month.span[1], span[0]) <= 1
            ):
                # "in August ... compared with 114,300 in July. A year ago, that figure was 5.5 per
                # cent": a month's figure a year ago is the month reported (not the base of a
                # change), a year before.
                assert reported_month is not None
                start, end, granularity, warning = _years_moved(reported_month, -1)
                compared = True
            elif isinstance(expr, _YearBack):
                # "compared with year-earlier profit", "The year-ago results": the report's quarter
                # (or half) a year before; after any other period, the year before publication.
                if period is not None and period.granularity in _YEAR_BACK_GRAINS:
                    start, end, granularity, warning = _years_moved(period, -1)
                else:
                    start, end, granularity, warning = _resolve(_Calendar("year", -1), published, 0)
                compared = True
            elif isinstance(expr, _Duration) and expr.window == "previous":
                # "the previous three months" after "the three months to June": the months before
                # the time the text named last; with none named, a length (never publication's).
                start, end, granularity, warning = _previous_window(expr, named)
                compared = True
            elif (
                isinstance(expr, _Calendar)
                and expr.unit == "quarter"
                and expr.shift == 0
                and not expr.last_day
                and not {scan.base(k) for k in range(found.first, found.last)} & scan.t.present_quarter_words
                and ended_quarter is not None
                and not scan.looks_ahead(found.first)
            ):
                # "this quarter", "للربع الحالي" in a report on the quarter that ended just before
                # publication ("in the first quarter ... this quarter" in April; "بنهاية الربع الأول
                # ... بنهاية هذا الربع" in June, its end the quarter's last month), unless its clause
                # looks ahead by a future word or a word of what may come or is intended ("will",
                # "could", "aims to", "hopes to", "expects"): the current one.
                start, end, granularity, warning = *ended_quarter, "quarter", None
            elif (
                isinstance(expr, _Calendar)
                and expr.shift < 0
                and not expr.last_day
                and named is not None
                and named_at is not None
                and named.granularity == expr.unit
                and scan.compared_after(named_at.last, found.first)
            ):
                # "35.7% في يونيو، مقارنة بـ32.7% في الشهر الماضي", "in June, compared with 32.7% last
                # month": a period counted back after a comparison with the one its sentence named
                # counts from that one (May), not from publication.
                start, end, granularity, warning = _anchored(_Anchored(expr.unit, expr.shift), named)
                compared = True
            elif (
                named is not None
                and named_at is not None
                and named.granularity in ("day", "month")
                and named.end is not None
                and (back := _tally_year(expr, named.end, published)) is not None
                and {scan.base(k) for k in range(found.first, found.last)} & scan.t.period_words
                and scan.tally_to(named_at, found)
            ):
                # "303 people were killed up to yesterday Saturday, June 14 ... the 543 recorded in
                # the same period last year": a running tally to the day named, a year back; to a
                # month ("till June this year ... in the corresponding period of 2023", "حتى نهاية
                # سبتمبر"), to that month's last day.
                start, end, granularity, warning = _year_to_date(back, named.end)
                compared = True
            elif isinstance(expr, _WeekdayFrom):
                start, end, granularity, warning = _weekday_from(expr, anchor)
            elif isinstance(expr, _Anchored | _SamePeriod):
                words = {scan.base(k) for k in range(found.first, found.last)}
                # "the year-earlier period", "the 1989 period": the period the report named last;
                # "the quarter", "the 1988 quarter": the quarter it named last.
                base = (
                    period
                    if words & scan.t.period_words
                    else quarter
                    if words & scan.t.quarter_words
                    else None
                )
                if words & scan.t.period_words:
                    base = _sentence_first(reported, period, text, span[0])
                    if (
                        base is not None
                        and _whole_year(base)
                        and not _in_sentence(base, text, span[0])
                        and _current_year_before(named, published, text, span[0])
                    ):
                        # "three died in 2015. ... 11 more accidents this year as compared to the
                        # same period last year": the current year its own sentence names, not a
                        # year an earlier sentence named (a narrower period stays: "the first half
                        # of 2017 ... (352,469 in 2017) compared to the same period in 2016").
                        base = named
                    if base is None and isinstance(expr, _Anchored) and not expr.offset:
                        # "the latest period" is the one the report names, whether or not it is over
                        # by publication (a fiscal quarter that ended before the calendar one).
                        base = reported
                if isinstance(expr, _SamePeriod):
                    days = bool(words & scan.t.same_period_days)
                    if not days and _year_so_far(mentions, published):
                        # "since the start of the year ... the same period last year", "منذ بداية العام
                        # ... الفترة نفسها من العام الماضي": the year so far, in the year it gives.
                        year = expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
                        start, end, granularity, warning = _year_to_date(year, published)
                    else:
                        if base is None:
                            base = _same_period_base(
                                named_log, bool(words & scan.t.same_period_months), days, text, span[0]
                            )
                            if base is None:
                                base, days = named, False
                        start, end, granularity, warning = _same_period(expr, base, published, days)
                    if granularity == "vague" and words & scan.t.same_period_so_far:
                        start, end, granularity, warning = _tally_year_back(
                            expr,
                            published,
                            mentions,
                            text,
                            span[0],
                            _tally_day(named_log, published, text, span[0]),
                        )
                    if granularity == "vague" and expr.year is not None:
                        # No period named before it: the year it writes ("the 1988 quarter").
                        start, end, granularity, warning = _resolve(_Year(expr.year), published, 0)
                else:
                    if not words & (scan.t.period_words | scan.t.quarter_words):
                        # "a year earlier" after "the year-earlier quarter" compares with the
                        # quarter the text named, not a year before that comparison.
                        # "the previous month" counts back from the time the text named itself,
                        # not from a comparison before it ("in January compared with a year
                        # earlier, up from 8.3% in the previous month": December, not the one
                        # before the year-earlier January).
                        base = (
                            named
                            if (expr.unit == "year" and expr.offset)
                            or expr.offset < 0
                            or (anchor_compared and not expr.offset)
                            else anchor
                        )
                        same = words & (scan.t.same_period_months | scan.t.same_period_days)
                        if expr.unit == "year" and expr.offset and same:
                            # "the same month last year" after "in February from 5.6% in January":
                            # February's month, not the month the change is counted from.
                            base = (
                                _same_period_base(
                                    named_log,
                                    bool(words & scan.t.same_period_months),
                                    bool(words & scan.t.same_period_days),
                                    text,
                                    span[0],
                                )
                                or named
                            )
                        if expr.offset < 0 and base is named and named_log and named_log[-1][1]():
                            # "in September rose 13.28%, compared with 6.84% in August, ... the
                            # 8.93% in the previous month": a period counted back from the one the
                            # report is about (September), not from the base of a change (August).
                            base = _reported_before(named_log, expr.unit in ("day", "week")) or named
                        if (
                            base is named
                            and named_deictic
                            and period is not None
                            and (period.granularity == "year" or expr.unit in ("month", "quarter"))
                        ):
                            # "0.72 in 2023, data showed on Wednesday ... the previous year's 0.78",
                            # "in the first three months of 2024, a report said Friday ... the
                            # previous quarter": a period counts from the period the report is
                            # about, not from the day it was released.
                            base = period
                    if (
                        expr.unit == "week"
                        and week_named is not None
                        and (base is None or base.span[0] < week_named.span[0])
                    ):
                        base = week_named
                    start, end, granularity, warning = _anchored(expr, base, scan.t.week_start)
                    if (
                        granularity == "year"
                        and words & scan.t.period_words
                        and _running_year(base, published)
                        and (year := _period_year(expr, published)) is not None
                    ):
                        # "38 murders recorded for 2024, up from 30 for the same period last year" in
                        # April 2024: a year not over yet is reported so far, so its period a year
                        # back is the year so far then.
                        start, end, granularity, warning = _year_to_date(year, published)
                if (
                    granularity == "vague"
                    and words & scan.t.period_words
                    and (year := _period_year(expr, published)) is not None
                    and (
                        scan.so_far_before(found)
                        or _current_year_before(named, published, text, span[0])
                        or _year_so_far(mentions, published)
                    )
                ):
                    # "the cumulative number of cases to date was 43,619 compared to 16,144 in the
                    # same period last year": no period named before it, the year to date.
                    start, end, granularity, warning = _year_to_date(year, published)
                if granularity == "vague" and words & scan.t.same_period_so_far:
                    start, end, granularity, warning = _tally_year_back(
                        expr, published, mentions, text, span[0]
                    )
                if (
                    granularity == "vague"
                    and base is None
                    and isinstance(expr, _Anchored)
                    and expr.publication
                    and (expr.unit in _PUBLICATION_UNITS or (expr.unit == "day" and expr.offset < 0))
                ):
                    # "مقارنة بالعام السابق" with no year named before: the year before publication;
                    # "the previous day" with no day named: the day before it (a day after, with
                    # none, is the day after an event the text names in words: vague). A time the
                    # text named that cannot count it ("In 2019 … the previous day", "in March 2023.
                    # The previous week") leaves it vague: the day is not publication's.
                    start, end, granularity, warning = _resolve(
                        _Day(expr.offset, None) if expr.unit == "day" else _Calendar(expr.unit, expr.offset),
                        published,
                        scan.t.week_start,
                    )
            else:
                start, end, granularity, warning = _resolve(expr, published, scan.t.week_start)
        except (ValueError, OverflowError):
            continue
        if (
            ended_quarter is None
            and found.period_part
            and not found.since
            and not found.side_of_now
            and start is not None
            and end is not None
            and _just_ended(start, end, granularity, published)
        ):
            ended_quarter = start, end  # "بنهاية الربع الأول من 2014" in June names the quarter ended
        week_start = _week_start_is_week(found, granularity) and not (
            found.first and scan.base(found.first - 1) in scan.t.range_lead
        )  # "from the start of next week until Thursday": the stretch opens on the week's start
        if (
            found.period_part
            and start is not None
            and end is not None
            and granularity != "day"
            and not week_start
        ):
            if _counted_months(expr) and found.period_part in ("end", "late"):
                # "by the end of the first nine months", "بنهاية التسعة أشهر الأولى" (the guide's D21):
                # a counted window's end is its last month, one unit down as a year's is December.
                start, end, granularity = *_month_range(end.year, end.month), "month"
            else:
                start, end = _narrowed(start, end, granularity, found.period_part)
        # The time a "since" window starts at ends where its own words end ("since Ramadan": 29
        # May - 24 June 2017), before the window takes it to publication.
        own_end = end
        if found.since and start is not None and start <= published:
            end = published
            if found.until is not None:
                until = _resolve(found.until, published, scan.t.week_start)[1]
                end = until if until is not None and start <= until <= published else end
        if (
            found.side_of_now
            and start is not None
            and end is not None
            and start <= published <= end
            and not week_start
        ):
            # "later this year": from publication to the year's end; "earlier this month": to publication.
            start, end = (published, end) if found.side_of_now == "after" else (start, published)
        if found.whole_week and start is not None and granularity == "day":
            start -= timedelta(days=(start.weekday() - scan.t.week_start) % 7)
            end, granularity = start + timedelta(days=6), "week"
        if (
            spoken is not None
            and scan.t.quoted_today_spoken
            and isinstance(expr, _Day)
            and expr.offset == 0
            and expr.weekday is None
            and _in_quotation(text, span[0])
        ):
            # "قالت الوزارة أمس الجمعة إن «أعلى درجة حرارة سجلت هذا اليوم ...»": a quotation's today
            # is the day it was spoken, the day the text named last, not publication.
            start = end = spoken
        mention = TimeMention(
            text[span[0] : span[1]],
            span,
            start,
            end,
            granularity,
            warning,
            duration=_duration_of(expr) or _length_from_unknown(expr, start, end),
            reference=_REFERENCES[expr.sign] if isinstance(expr, _Vague) else None,
            part=_part_of(scan, found, granularity),
            clock=found.clock,
            parts=_parts(scan, found, text, start, end),
            times=expr.times if isinstance(expr, _Set) else None,
        )
        if found.since_time is not None and start is not None and not mention.parts:
            mention = replace(mention, parts=_since_parts(scan, found, text, mention, own_end, published))
        if not mention.parts and (signal := _signal_part(scan, found, text, mention)) is not None:
            mention = replace(mention, parts=(signal,))
        mentions.append(mention)
        sources.append(found)
        # A time that closes a stretch with the one before it ("between January and Nov 25", "من 4
        # جوان إلى الخميس 13 جوان 2019": `_join_ranges` makes them one once all are read) names that
        # stretch for what follows: "the same period last year" after it is the whole stretch moved.
        named_mention = _closed_stretch(scan, mentions, sources, published) or mention
        if granularity == "day" and start is not None and start == end and not found.since:
            spoken = start if 0 < (published - start).days <= _WRITTEN_BEFORE_DAYS else None
        if _whole_year(mention):
            frame = mention if _opens_sentence(mention, text, scan.t.year_frame_leads) else None
        elif (
            frame is not None
            and frame.start is not None
            and granularity in ("day", "month")
            and start is not None
            and start.year != frame.start.year
        ):
            frame = None  # "In 2015, ... by March 2016, ... on April 5": the later year
        if (
            ended_quarter is None
            and start is not None
            and end is not None
            and _just_ended(start, end, granularity, published)
        ):
            ended_quarter = start, end
        if fiscal_named is None and (
            fiscal_month is not None
            or (
                isinstance(expr, _Fixed)
                and expr.granularity == "year"
                and expr.end.year - expr.start.year == 1
            )
        ):
            # The first fiscal year named, or two years written ("موازنة العام المالي 2026-2027"):
            # the year of accounts "العام المالي السابق" counts from.
            fiscal_named = mention
        if compared:
            continue
        if (
            start is not None
            and (granularity == "quarter" or _quarter_shaped(mention))
            and not isinstance(expr, _Anchored | _SamePeriod)
            and not scan.compared_base(found)
        ):
            # "the previous quarter" after "Q3 2025 ..., compared with Q3 2024" is the one before Q3 2025;
            # "الربع المماثل" after "بينما كان 12% في الربع الأول" is the reported quarter's, not the base's.
            # A quarter written as its months ("the first three months of 2024") is one too.
            quarter = mention
        if start is not None and not isinstance(expr, _Anchored) and _names_a_week(mention):
            week_named = mention
        named_grains = ("day", "month", "year", "quarter", "half", "season")
        if isinstance(expr, _HijriSpan):
            hijri_named = mention, _hijri_year_of(expr, published), expr.first, expr.count
        if start is not None and (granularity in named_grains or isinstance(expr, _MonthsTo | _HijriSpan)):
            # "the six months ended Aug. 12" names its months by their end as "the second quarter"
            # does: "a year earlier" after it is those months a year back, never a year counted
            # from an older time the text named before it.
            anchor = named_mention
            anchor_compared = isinstance(expr, _SamePeriod)
            anchor_counted = isinstance(expr, _Anchored)
            if not isinstance(expr, _Anchored | _SamePeriod) and not found.since:
                named, named_at = named_mention, found
                named_log.append((named_mention, partial(scan.compared_base, found)))
                named_deictic = isinstance(expr, _Day | _Weekday)
        if (
            start is not None
            and (
                _reports_period(expr, granularity)
                or (_days_run(named_mention) and not isinstance(expr, _Anchored | _SamePeriod | _YearBack))
                or (found.since and _part_of_year(named_mention))
            )
            and (not found.since or _closed_since(named_mention, published))
            and not _restates(named_mention, period)
            and not scan.compared(found)  # "compared to the first half of 2016": not the report's
        ):
            reported = named_mention
            if _over(named_mention, published):
                period = named_mention
    return _join_ranges(scan, mentions, sources, text, published)


def _closed_stretch(
    scan: _Scan, mentions: Sequence[TimeMention], sources: Sequence[_Candidate], published: date
) -> TimeMention | None:
    """The stretch the last time read closes with the one before it, as `_join_ranges` will join
    them ("between January and Nov 25"); None when they are no range's ends."""
    if (
        len(mentions) < 2
        or (closing := _range_closing(scan, mentions, sources, len(mentions) - 2, published)) is None
    ):
        return None
    _, first, last = closing
    return replace(
        last, span=(first.span[0], last.span[1]), start=first.start, granularity=_stretch_grain(first, last)
    )


# The grains a time must have to open or close a range of its own ("from Tuesday, January 8 to
# Wednesday, January 9"): a day, a week, a month, a year or a part of one. Two quarters or halves
# ("from the first quarter to the second") are a change between two periods, not one stretch.
_RANGE_END_GRAINS = frozenset({"day", "week", "month", "year", "window"})


def _join_ranges(
    scan: _Scan, mentions: list[TimeMention], sources: Sequence[_Candidate], text: str, published: date
) -> list[TimeMention]:
    """Two times the text joins as the ends of one stretch ("from Tuesday, January 8 to Wednesday,
    January 9", "من صباح الثلاثاء 8 كانون الثاني حتى صباح الأربعاء 9 كانون الثاني", "بين 16 أيلول
    و27 من الشهر نفسه", "from the start of the year until the end of March") are one date from the
    first one's first day to the second one's last (the guide's rule of two dates joined into one
    stretch), whatever each end's own form: a range lead before the first, a range link between
    them, the second not before the first. The matchers join the plain forms ("from 13 to 15 July",
    "between September 2011 and June 2012") before resolution; this takes the ends once each is
    resolved, a weekday, a part of the day or a day of a month named before included. TimeML tags
    the two ends on their own (`parts`)."""
    if len(mentions) < 2:
        return mentions
    joined: list[TimeMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions) and (closing := _range_closing(scan, mentions, sources, i, published)):
            lead, first, last = closing
            assert first.start is not None and last.end is not None
            variant = scan.t.variants.get(scan.toks[lead])  # "ومن": the conjunction stays out
            start = scan.norm.span(scan.starts[lead] + (variant[1] if variant else 0), scan.end(lead))[0]
            span = (min(start, first.span[0]), last.span[1])
            joined.append(
                TimeMention(
                    text[span[0] : span[1]],
                    span,
                    first.start,
                    last.end,
                    _stretch_grain(first, last),
                    first.warning or last.warning,
                    parts=(first.parts or (first,)) + (last.parts or (last,)),
                )
            )
            i += 2
            continue
        joined.append(first)
        i += 1
    return joined


def _range_closing(
    scan: _Scan, mentions: Sequence[TimeMention], sources: Sequence[_Candidate], i: int, published: date
) -> tuple[int, TimeMention, TimeMention] | None:
    """When the times `i` and `i + 1` open and close one stretch: the range lead's token and the
    two ends as the range reads them (`_range_weekday`, `_shared_year`); None when they are no
    range's ends. `_join_ranges` joins such pairs once every time is read; `_closed_stretch` names
    one as soon as its second end is read."""
    lead = scan.range_lead_of(sources[i], sources[i + 1])
    year_until = lead is None and (lead := scan.year_until_month(sources[i], sources[i + 1])) is not None
    if lead is None:
        return None
    last = _range_weekday(mentions[i], mentions[i + 1], sources[i + 1].expr, published)
    first, last = _shared_year(mentions[i], last, sources[i].expr, sources[i + 1].expr, year_until)
    return (lead, first, last) if _range_ends(first, last) else None


def _in_year(mention: TimeMention, year: int) -> TimeMention:
    """A resolved month or day moved into `year` (February 29 to the 28th where the year has none;
    a month's last day to the last day it has there: a whole February moved into a leap year ends
    on the 29th)."""
    assert mention.start is not None and mention.end is not None

    def moved(day: date, to_month_end: bool = False) -> date:
        last = calendar.monthrange(year, day.month)[1]
        return day.replace(year=year, day=last if to_month_end else min(day.day, last))

    start, end = mention.start, mention.end
    whole_months = start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]
    return replace(mention, start=moved(start), end=moved(end, whole_months))


def _shared_year(
    first: TimeMention, last: TimeMention, first_expr: Expr, last_expr: Expr, year_until: bool
) -> tuple[TimeMention, TimeMention]:
    """The two ends of a stretch with the year one of them writes read into the other (the guide's
    shared year): "between July and end-September 2021" opens in July 2021, "in 2014 until
    mid-November" closes in November 2014 (`year_until`: a year and a month of it, linked by
    time.year_month_links). An end written without a year is placed by the year of the other, not
    by publication; a first month after the last one's opens the year before."""
    if first.start is None or first.end is None or last.start is None or last.end is None:
        return first, last
    one_unit = first.start.year == first.end.year and last.start.year == last.end.year
    if (
        one_unit
        and _yearless(first_expr)
        and isinstance(last_expr, _Date)
        and last_expr.year is not None
        and first.granularity in ("day", "month")
    ):
        later = (first.start.month, first.start.day) > (last.start.month, last.start.day)
        return _in_year(first, last.start.year - 1 if later else last.start.year), last
    if not (year_until and one_unit and last.granularity in ("day", "month")):
        return first, last
    if isinstance(first_expr, _Year):
        if _yearless(last_expr):
            last = _in_year(last, first.start.year)
        return replace(first, end=min(first.end, last.end)), last  # the year up to the month closing it
    if _yearless(last_expr):
        earlier = (last.start.month, last.start.day) < (first.start.month, first.start.day)
        return first, _in_year(last, first.start.year + 1 if earlier else first.start.year)
    return first, last


def _stretch_grain(first: TimeMention, last: TimeMention) -> str:
    """A joined stretch's grain: a run of days when both ends are days, else a window."""
    return "day" if first.granularity == last.granularity == "day" else "window"


def _range_weekday(first: TimeMention, last: TimeMention, expr: Expr, published: date) -> TimeMention:
    """The weekday that closes a range ("from the beginning of October until Thursday", "from
    Monday until Thursday"): the link ("until", "حتى") says nothing of the future there, so the
    weekday is the bare rule's (the most recent on or before publication) when the range has begun
    by then, else the first one on or after the range's first day ("will be closed from next
    Monday until Thursday"). A weekday with a modifier ("next Thursday") and any other time stay."""
    if not isinstance(expr, _Weekday) or expr.mode not in ("bare", "next", "near") or first.start is None:
        return last
    day = published - timedelta(days=(published.weekday() - expr.weekday) % 7)
    if day < first.start:
        day = first.start + timedelta(days=(expr.weekday - first.start.weekday()) % 7)
    return replace(last, start=day, end=day)


def _range_ends(first: TimeMention, last: TimeMention) -> bool:
    """Whether two resolved times can open and close one stretch: each of a grain of
    _RANGE_END_GRAINS, the second neither starting nor ending before the first."""
    return (
        first.granularity in _RANGE_END_GRAINS
        and last.granularity in _RANGE_END_GRAINS
        and first.start is not None
        and first.end is not None
        and last.start is not None
        and last.end is not None
        and first.start <= last.start
        and first.end <= last.end
        and first.span[1] <= last.span[0]
    )


# The periods a report compares a year back: "in the third quarter ... from $70 million a year ago".
_YEAR_BACK_GRAINS = ("quarter", "half")


def _reports_period(expr: Expr, granularity: str) -> bool:
    """Whether a time the text names is a period a report is about: a month, a quarter, a half, a
    year it writes ("1989", not "a year ago"), the first months of a year ("the first nine months")."""
    if isinstance(expr, _Anchored | _SamePeriod | _YearBack):
        return False
    if granularity in ("month", "quarter", "half"):
        return True
    if granularity == "year":
        return not isinstance(expr, _Offset | _Calendar)
    return (isinstance(expr, _Duration) and expr.window == "first") or (
        isinstance(expr, _Part) and expr.kind == "third"
    )


def _whole_year(mention: TimeMention) -> bool:
    """Whether a time is one whole calendar year ("2015", "last year")."""
    return (
        mention.granularity == "year"
        and mention.start is not None
        and mention.end is not None
        and (mention.start.month, mention.start.day) == (1, 1)
        and mention.end == date(mention.start.year, 12, 31)
    )


def _opens_sentence(mention: TimeMention, text: str, leads: frozenset[str]) -> bool:
    """Whether a time opens its sentence, alone or after one of `leads` ("Last year, ...", "In 2015
    the ...")."""
    at = mention.span[0]
    start = max(text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    before = text[start:at].split()
    return not before or (len(before) == 1 and normalize_word(before[0].strip("\"“‘'(")) in leads)


def _in_sentence(mention: TimeMention | None, text: str, at: int) -> bool:
    """Whether `mention` ends before `at` in the same sentence (no full stop or line break between)."""
    if mention is None:
        return False
    return text.find("\n", mention.span[1], at) < 0 and text.find(". ", mention.span[1], at) < 0


def _restates(mention: TimeMention, period: TimeMention | None) -> bool:
    """A year that holds the report's month, quarter, half or first months restates where that
    period falls ("the first half of 2017 ... (352,469 in 2017) compared to the same period in
    2016"): the report's period stays the narrower one."""
    return (
        period is not None
        and period.start is not None
        and mention.granularity == "year"
        and period.granularity in ("month", "quarter", "half", "duration")
        and mention.start is not None
        and mention.start.year == period.start.year
    )


def _sentence_first(
    reported: TimeMention | None, period: TimeMention | None, text: str, at: int
) -> TimeMention | None:
    """The period a comparison at `at` is counted from: the one its own sentence names (over by
    publication or not), else the report's period."""
    return reported if _in_sentence(reported, text, at) else period


def _over(mention: TimeMention, published: date) -> bool:
    """Whether a period can be one a report gives figures for: a quarter or a half over by
    publication, any other period begun by then ("a further decline in the fourth quarter", "losses
    through the third quarter of 1990" in a paper of October 1989 are forecasts, not the period "the
    year-ago period" compares with)."""
    assert mention.start is not None
    if mention.granularity in _YEAR_BACK_GRAINS:
        return mention.end is not None and mention.end < published
    return mention.start <= published


def _a_year_back(expr: Expr) -> bool:
    """ "a year ago", "a year earlier", "12 months ago": one year back."""
    if isinstance(expr, _Offset):
        return expr.sign < 0 and (expr.unit, expr.count) in (("year", 1), ("month", _YEAR_MONTHS))
    return isinstance(expr, _Anchored) and expr.offset == -1 and expr.unit == "year" and not expr.whole_year


_YEAR_MONTHS = 12


_SENTENCE_BREAK = re.compile(r"[.!?؟]\s+|\n+")


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence ends stand in text[start:end]."""
    return len(_SENTENCE_BREAK.findall(text, start, end))


def _figure_year_back(
    expr: Expr, period: TimeMention | None, text: str, at: int, grains: tuple[str, ...] = _YEAR_BACK_GRAINS
) -> bool:
    """ "a year ago", "a year earlier" with a figure in its sentence ("up from $10 million a year
    ago", "A year ago, that figure was 5.5 per cent"), in a text whose last period named is a
    quarter or a half (of `grains`). ("last year" is not: "compared with $5 million last year" is
    as often the whole year.)"""
    if period is None or period.granularity not in grains or period.end is None:
        return False
    if not _a_year_back(expr):
        return False
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    # A month's figure may follow it ("A year ago, that figure was 5.5 per cent"); for a quarter
    # only a figure before it is read so ("from $1.8 million a year ago"), as before.
    ends = [k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0] if "month" in grains else [at]
    return any(ch.isdigit() for ch in text[start : min(ends, default=len(text))])


def _weekday_from(expr: _WeekdayFrom, anchor: TimeMention | None) -> Resolved:
    """The weekday before or after the day the text named last (never that day itself); vague
    when it named none, never counted from publication (as "the next day")."""
    if anchor is None or anchor.granularity != "day" or anchor.start is None:
        return None, None, "vague", None
    if expr.sign < 0:
        found = anchor.start - timedelta(days=(anchor.start.weekday() - expr.weekday) % 7 or 7)
    else:
        found = anchor.start + timedelta(days=(expr.weekday - anchor.start.weekday()) % 7 or 7)
    return found, found, "day", None


def _years_moved(anchor: TimeMention, years: int) -> Resolved:
    """The anchor's month, quarter or half, `years` later (earlier when negative)."""
    assert anchor.start is not None and anchor.end is not None
    start = anchor.start.replace(year=anchor.start.year + years)
    end = anchor.end.replace(year=anchor.end.year + years, day=1)
    month_end = _month_range(end.year, end.month)[1]
    if anchor.end != _month_range(anchor.end.year, anchor.end.month)[1]:
        # A span that ends inside its month ("from January to July 20") ends on that day.
        return start, min(end.replace(day=anchor.end.day), month_end), anchor.granularity, None
    return start, month_end, anchor.granularity, None


def _period_year(expr: _Anchored | _SamePeriod, published: date) -> int | None:
    """The year "the same period last year", "the same period of 2022" names; None for another unit."""
    if isinstance(expr, _SamePeriod):
        return expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
    return published.year + expr.offset if expr.unit == "year" else None


def _just_ended(start: date | None, end: date | None, granularity: str, published: date) -> bool:
    """Whether `start`..`end` is the calendar quarter just before the one publication falls in."""
    if granularity != "quarter" or start is None or end is None:
        return False
    current = date(published.year, 3 * ((published.month - 1) // 3) + 1, 1)
    previous = date(*_add_months(current.year, current.month, -3), 1)
    return end == current - timedelta(days=1) and start == previous


def _year_so_far(mentions: Sequence[TimeMention], published: date) -> bool:
    """Whether the last dated time the text named is the current year up to publication ("since the
    start of the year", "منذ مطلع العام الجاري", "so far this year")."""
    last = next((m for m in reversed(mentions) if m.start is not None), None)
    return last is not None and last.start == date(published.year, 1, 1) and last.end == published


def _tally_year_back(
    expr: _Anchored | _SamePeriod,
    published: date,
    mentions: Sequence[TimeMention],
    text: str,
    at: int,
    tally_day: date | None = None,
) -> Resolved:
    """ "88 this time last year", "compared to the same period last year", "the same period in 2015"
    with no period named before them: a running tally's year so far, in the earlier year it names
    (January 1 to the publication day's date then), as the sets label them; vague for a year not
    before publication's, and after a vague time of its own sentence ("in recent days, compared to
    the same time last year": those days, which no text dates). A tally its sentence says stood on
    a day (`tally_day`: "Yesterday, the count stood at 30, ten more than this same time last year")
    runs to that day's date, a year back (D84)."""
    year = _period_year(expr, published)
    if (
        (isinstance(expr, _SamePeriod) and expr.report)
        or year is None
        or year >= published.year
        or any(m.granularity == "vague" and _in_sentence(m, text, at) for m in mentions)
    ):
        return None, None, "vague", None
    return _year_to_date(year, tally_day or published)


def _tally_day(
    named_log: Sequence[tuple[TimeMention, Callable[[], bool]]], published: date, text: str, at: int
) -> date | None:
    """The day a year-to-date tally of its own sentence stands on, when that sentence names one of
    publication's year before the comparison ("Yesterday, the count stood at 30, ten more than this
    same time last year": January 1 to that day, a year back; D84)."""
    if not named_log:
        return None
    last = named_log[-1][0]
    if (
        last.granularity != "day"
        or last.end is None
        or last.end.year != published.year
        or not _in_sentence(last, text, at)
    ):
        return None
    return last.end


def _year_to_date(year: int, published: date) -> Resolved:
    """The year up to the publication day's date (or a tally's last day), in `year` (a leap day
    falls back to February 28)."""
    last = min(published.day, calendar.monthrange(year, published.month)[1])
    return date(year, 1, 1), date(year, published.month, last), "year", None


_MONTH_RUN_DAYS = 27  # the days after the first of the shortest month's run (February's 28)


def _days_run(mention: TimeMention) -> bool:
    """Whether a time is a run of days a report can be about, as it is about a month or a quarter:
    a range of a month's length or more ("من 1 جويلية إلى 10 أوت", "from Jan. 1 to Sept. 28"); a
    week's days ("the 20th week, from May 14 to 20") are a week's tally, not the report's period."""
    return (
        mention.granularity in ("day", "window")
        and mention.start is not None
        and mention.end is not None
        and (mention.end - mention.start).days >= _MONTH_RUN_DAYS
    )


def _reporting_year(mention: TimeMention) -> bool:
    """Whether a time is twelve whole months that are not a calendar year: "the year to June", "the
    12 months to March", "between April 1, 2017 and March 31, 2018", a fiscal year of accounts."""
    start, end = mention.start, mention.end
    if start is None or end is None or start.day != 1 or start.month == 1:
        return False
    return end == _month_range(*_add_months(start.year, start.month, 11))[1]


def _days_stretch(mention: TimeMention) -> bool:
    """Whether a time is a stretch of days longer than a week: "the same period in 2018" after "from
    15 December 2019 to January 5 2020" (a festive season, three weeks) is those days moved to the
    year it names, as after a month's run (`_days_run`); a week's days ("from May 14 to 20") are a
    week's tally, and "the same period" after them is the total so far, not that week."""
    return (
        mention.granularity in ("day", "window")
        and mention.start is not None
        and mention.end is not None
        and (mention.end - mention.start).days > _WEEK_DAYS
    )


_WEEK_DAYS = 7


def _same_period_base(
    named_log: Sequence[tuple[TimeMention, Callable[[], bool]]], month: bool, days: bool, text: str, at: int
) -> TimeMention | None:
    """The time "the same period" compares with: the last the text named that is not itself the
    base of a change ("fell to 4.7% in February from 5.6% in January, against 4.8% in the same
    month last year" is February), a month for "the same month"; for "the same day" a day of its
    own sentence too ("yesterday ... on the same day last year"; a day paragraphs before is not
    the time of a figure "compared to the same time last year")."""
    grains = ("month",) if month else ("month", "quarter", "half", "day") if days else None
    for mention, base_of_change in reversed(named_log):
        if base_of_change():
            continue
        if mention.granularity == "day" and not _in_sentence(mention, text, at):
            continue
        if grains is None or mention.granularity in grains:
            return mention
    return None


def _same_period(
    expr: _SamePeriod, anchor: TimeMention | None, published: date, days: bool = False
) -> Resolved:
    """The anchor's month, quarter or half (a day, for "the same day") moved to the year the text
    gives; vague without one."""
    if anchor is None or anchor.start is None or anchor.end is None:
        return None, None, "vague", None
    if (
        anchor.granularity
        not in (("month", "quarter", "half", "day") if days else ("month", "quarter", "half"))
        and anchor.duration is None
        and not _days_stretch(anchor)
        and not _part_of_year(anchor)
    ):
        return None, None, "vague", None
    year = expr.year if expr.year is not None else published.year + (expr.year_shift or 0)
    if expr.year is None and expr.year_shift and year == anchor.start.year:
        # "خلال شهر ديسمبر الماضي ... لنفس الشهر من العام السابق" in January: the period compared
        # with lies in last year itself, so the year counts back from it (December a year before),
        # as "the same month last year" does; the period is never compared with itself.
        year = anchor.start.year + expr.year_shift
    if year < published.year and anchor.start.year < year:
        # "116 homicides in 2015. By this time last year ...": a year back compares with a period
        # of a later year, never an older one (one named in 1972 paragraphs before is not it).
        return None, None, "vague", None
    return _years_moved(anchor, year - anchor.start.year)


def _closed_since(mention: TimeMention, published: date) -> bool:
    """Whether a "since" time is closed by a second end before publication ("منذ بداية العام وحتى
    نهاية نوفمبر", "since January through September"): a period a report is about, as "from
    January to November" is; a window open to publication is not."""
    return mention.start is not None and mention.end is not None and mention.end < published


def _part_of_year(mention: TimeMention) -> bool:
    """Whether a time is a run of one year's months short of the whole year: "منذ بداية العام وحتى
    نهاية نوفمبر", "from January to November" ("the same period last year" after it is those months
    a year back, as after a quarter or a half)."""
    return (
        mention.granularity == "year"
        and mention.start is not None
        and mention.end is not None
        and mention.start.year == mention.end.year
        and not _whole_year(mention)
    )


def _article_written_on(word: str, articles: Sequence[str]) -> str:
    """The article a definite word starts with ("ال" of "اليوم"), "" when it has none; a word no
    longer than its article and one letter is no definite word ("الف")."""
    return next((a for a in articles if word.startswith(a) and len(word) > len(a) + 1), "")


def _tally_year(expr: Expr, day: date, published: date) -> int | None:
    """The year before a tally's `day` that "the same period last year", "the corresponding period
    of 2024", "الفترة نفسها من العام الماضي" name; None for any other time. The same period of a
    later year too: "حتى شهر تموز من العام الماضي 350، وأصبحت في الفترة ذاتها من العام الحالي 407"
    is the current year to July's end (the current year is publication's)."""
    if isinstance(expr, _Anchored) and expr.unit == "year" and expr.offset < 0:
        return day.year + expr.offset
    if isinstance(expr, _SamePeriod):
        if expr.year is not None:
            year = expr.year
        elif expr.year_shift == 0:
            year = published.year
        else:
            year = day.year + (expr.year_shift or 0)
        return year if year != day.year else None
    return None


def _running_year(mention: TimeMention | None, published: date) -> bool:
    """Whether `mention` is a whole calendar year that publication falls in (not over yet)."""
    return (
        mention is not None
        and mention.granularity == "year"
        and mention.start is not None
        and mention.end is not None
        and (mention.start.month, mention.start.day, mention.end.month, mention.end.day) == (1, 1, 12, 31)
        and mention.start <= published <= mention.end
    )


def _current_year_before(named: TimeMention | None, published: date, text: str, at: int) -> bool:
    """Whether the sentence names the current year before `at` ("attendances this year, compared to
    the same period last year"): a period counted from it is the year so far."""
    return (
        named is not None
        and named.granularity == "year"
        and named.start is not None
        and named.end is not None
        and named.start <= published <= named.end
        and _in_sentence(named, text, at)
    )


def _previous_window(expr: _Duration, named: TimeMention | None) -> Resolved:
    """The `count` units that end the day before the time the text named last ("the previous three
    months" after "the three months to June": January to March); a length when none was named."""
    if named is None or named.start is None:
        return None, None, "duration", None
    end = named.start - timedelta(days=1)
    start = _shifted(named.start, expr.unit, -expr.count)
    return start, end, _months_grain(start, end) if start.day == 1 else "duration", None


def _back_in_sentence(expr: Expr, anchor: TimeMention | None, between: str) -> str | None:
    """ "a year ago" after a month, quarter or half named earlier in the same sentence, "a month
    ago" after a month: the unit counted back from that period (None otherwise)."""
    if (
        not isinstance(expr, _Offset)
        or expr.count != 1
        or expr.sign >= 0
        or anchor is None
        or "\n" in between
        or ". " in between
    ):
        return None
    if expr.unit == "year" and anchor.granularity in ("month", "quarter", "half"):
        return "year"
    if expr.unit == "month" and anchor.granularity == "month":
        return "month"
    return None


def _duration_of(expr: Expr) -> str | None:
    if isinstance(expr, _Duration) and expr.half:
        return _iso_with_half(expr.unit, expr.count)
    if isinstance(expr, _Duration | _Set):
        return _iso_duration(expr.unit, expr.count)
    if isinstance(expr, _Run):
        return _iso_duration("day", expr.count)
    if isinstance(expr, _MonthsTo):
        return _iso_duration("month", expr.count)  # "the six months ended Oct. 1": P6M
    if isinstance(expr, _QuarterEnding) and expr.unit == "year":
        return "P1Y"
    if isinstance(expr, _Part) and expr.kind == "third":
        return "P4M"  # "الثلث الأول من 2021": four months, which "the same period" moves a year
    if isinstance(expr, _Vague) and expr.unit is not None:
        return _iso_duration(expr.unit, 0)  # "in recent years": years, how many left open (PXY)
    return None


def _length_from_unknown(expr: Expr, start: date | None, end: date | None) -> str | None:
    """The length a time counted from another one states, when the text names none to count from
    ("Just over an hour later, he was declared dead", no clock time before it): what the text
    says, PT1H, rather than nothing (never a time counted from publication by mistake)."""
    if isinstance(expr, _Anchored) and expr.stated and start is None and end is None:
        return _iso_duration(expr.unit, abs(expr.offset))
    return None


def _parts(
    scan: _Scan, found: _Candidate, text: str, start: date | None, end: date | None
) -> tuple[TimeMention, ...]:
    """The times written inside a joined mention that TimeML tags as times of their own (TempEval-3
    tags "the six months ended Oct. 1" as a length and a day, "from Aug. 26 to Oct. 20" as two days,
    "the first nine months of 1997" as a length and a year), each with its text, its span and the
    days the mention gives it: the end of months counted to a day, the first and last of a range,
    the year months are counted in. The mention's own meaning does not change."""
    expr = found.expr
    if start is None or end is None or not isinstance(expr, _PARTED):
        return ()  # most mentions: no kind that holds times of its own, asked once
    if isinstance(expr, _Between | _MonthsTo):
        inside = {
            id(c): c
            for c in scan.dates_at.values()
            if found.first <= c.first <= c.last <= found.last and c.last - c.first < found.last - found.first
        }
        inner = sorted(inside.values(), key=lambda c: c.first)
        if isinstance(expr, _MonthsTo):
            ends = [(inner[-1], end)] if inner else []
        else:
            ends = [(inner[0], start), (inner[-1], end)] if len(inner) > 1 else []
        found_parts = (_part_mention(scan, c, text, day) for c, day in ends)
        return tuple(p for p in found_parts if p is not None)
    if isinstance(expr, _Stretch | _MonthSpan):
        # "between 1994 and 1997", "between December and January": the two ends, each a date
        # TimeML tags on its own (a year, a month), on the days the stretch gives them.
        inner = [
            c
            for c in scan.candidates
            if c is not found
            and found.first <= c.first <= c.last <= found.last
            and isinstance(c.expr, _Date | _Year)
        ]
        if isinstance(expr, _MonthSpan) and len(inner) < 2:
            inner = _month_ends(scan, found, inner)
        if len(inner) < 2:
            return ()
        head = min(inner, key=lambda c: (c.first, -c.last))  # each end whole: "September 2022", not "2022"
        tail = min(inner, key=lambda c: (-c.last, c.first))
        if head.last > tail.first:
            return ()
        found_parts = (_part_mention(scan, c, text, day) for c, day in ((head, start), (tail, end)))
        ends_found = tuple(p for p in found_parts if p is not None)
        return ends_found if len(ends_found) == 2 else ()
    if isinstance(expr, _Date) and expr.end_day is not None:
        # "April 24 and 25", "May 3 to 5": the first day and the last, joined by a word.
        links = [k for k in range(found.first + 1, found.last - 1) if scan.base(k) in scan.t.range_links]
        if len(links) != 1:
            return ()
        first = _char_span(scan, _Candidate(found.first, links[0], expr))
        last = _char_span(scan, _Candidate(links[0] + 1, found.last, expr))
        return (
            TimeMention(text[first[0] : first[1]], first, start, start, "day"),
            TimeMention(text[last[0] : last[1]], last, end, end, "day"),
        )
    counted_in_year = (
        expr.year is not None or expr.year_shift is not None if isinstance(expr, _Duration) else False
    )
    if isinstance(expr, _Duration) and expr.window == "first" and counted_in_year:
        links = [k for k in range(found.first, found.last) if scan.base(k) in scan.t.date_links]
        if not links or links[-1] + 1 >= found.last:
            return ()
        span = _char_span(scan, _Candidate(links[-1] + 1, found.last, expr))
        return (TimeMention(text[span[0] : span[1]], span, *_year_range(start.year), "year"),)
    return ()


def _signal_part(scan: _Scan, found: _Candidate, text: str, mention: TimeMention) -> TimeMention | None:
    """A mention that opens with a preposition (`timex3_signals`: "in the past two months", "over
    the next year", "within a week", "in recent years", "خلال الأيام الماضية"), as the writer's one
    tag: the same time without the preposition. TimeML tags the time after it, the preposition a
    SIGNAL of its own; the TIDES 2005 standard, which TimeML's TIMEX3 extents follow, puts
    prepositions among the non-markable parts of speech (its section 3.2.1), and a time expression
    cannot start with one. TempEval-3's corpus follows it in both parts: none of its 1,822 gold
    spans opens with "in", "over" (as a preposition) or "during"; one of six opens with "within".
    The mention itself (its text, span and days, what the article sets read) keeps the words the
    scan read it by."""
    if found.last - found.first < 2 or scan.tok(found.first) not in scan.t.timex3_signals:
        return None
    span = _char_span(scan, _Candidate(found.first + 1, found.last, found.expr))
    if not span[0] < span[1] <= mention.span[1]:
        return None
    return replace(mention, text=text[span[0] : span[1]], span=span, parts=())


def _since_parts(
    scan: _Scan, found: _Candidate, text: str, mention: TimeMention, own_end: date | None, published: date
) -> tuple[TimeMention, ...]:
    """The times a "since" window names, as TimeML tags them ("since" and "until" are signals,
    not times): "December 2011" of "since December 2011", at the window's grain, from its first
    day to the last of its own (`own_end`), so that "since Ramadan" tags the Ramadan that "in
    Ramadan" does; and the end a range link names after it ("Wednesday" of "since Monday through
    Wednesday"), as that time alone."""
    assert found.since_time is not None and mention.start is not None
    since = _Candidate(*found.since_time, found.expr, period_part=found.period_part)
    span = _char_span(scan, since)
    end = (
        own_end
        if own_end is not None and mention.start <= own_end <= (mention.end or own_end)
        else mention.start
    )
    # Each time's part of the day is in its own words ("مساء أمس" is the end's evening).
    part = _part_of(scan, since, mention.granularity)
    parts = [replace(mention, text=text[span[0] : span[1]], span=span, end=end, part=part, parts=())]
    if found.until is not None and found.until_time is not None:
        try:
            start, until_end, granularity, _ = _resolve(found.until, published, scan.t.week_start)
        except (ValueError, OverflowError):
            start = None
        if start is not None:
            ended = _Candidate(*found.until_time, found.until)
            span = _char_span(scan, ended)
            part = _part_of(scan, ended, granularity)
            until = TimeMention(text[span[0] : span[1]], span, start, until_end, granularity, part=part)
            parts.append(until)
    return tuple(parts)


def _month_ends(scan: _Scan, found: _Candidate, inner: list[_Candidate]) -> list[_Candidate]:
    """The first and the last month name of a span of months whose first month is no candidate of
    its own ("من يناير حتى أكتوبر", "بين شهري يناير ومايو": the scan read the span whole), each a
    month; a candidate at the last name is kept (its year: "أكتوبر 2022")."""
    months = []
    k = found.first
    while k < found.last:
        hit = scan.phrase_at(scan.t.months, k)
        if hit is None:
            k += 1
            continue
        months.append(_Candidate(k, hit[0], _Date(None, hit[1], None, "bare")))
        k = hit[0]
    if len(months) < 2:
        return inner
    last = months[-1]
    return [months[0], next((c for c in inner if c.first == last.first), last)]


# The kinds of mention `_parts` may find times inside.
_PARTED = (_Between, _MonthsTo, _Stretch, _MonthSpan, _Date, _Duration)


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _part_mention(scan: _Scan, found: _Candidate, text: str, day: date) -> TimeMention | None:
    """A date written inside a joined mention, on the day the mention gives it, at its own grain."""
    span = _char_span(scan, found)
    expr = found.expr
    if isinstance(expr, _Date) and expr.day is not None and expr.end_day is None:
        return TimeMention(text[span[0] : span[1]], span, day, day, "day")
    if isinstance(expr, _Date) and expr.day is None:
        return TimeMention(text[span[0] : span[1]], span, *_month_range(day.year, day.month), "month")
    if isinstance(expr, _Year):
        return TimeMention(text[span[0] : span[1]], span, *_year_range(day.year), "year")
    return None


def _part_of(scan: _Scan, found: _Candidate, granularity: str) -> str | None:
    """The part of its period the text names: a season, early/mid/late ("mid-June", "أواخر الشهر";
    start and end stay the whole period), or the part of the day ("Thursday morning", "مساء أمس")."""
    if isinstance(found.expr, _Part) and found.expr.kind == "season":
        return SEASON_KEYS[found.expr.index]
    if isinstance(found.expr, _Weekend):
        return "weekend"
    if isinstance(found.expr, _Set):
        return found.expr.part
    if found.period_part and granularity != "day":
        return found.period_part
    if granularity != "day":
        return None
    for k in range(found.first, found.last):
        part = scan.t.day_parts.get(scan.base(k)) or scan.t.day_parts.get(scan.toks[k])
        if part is not None:
            return part
    return None


def resolve_dateline(
    text: str, now: datetime, lexicon: Lexicon
) -> tuple[datetime, str, tuple[int, int]] | None:
    """The publication time from a relative dateline ("منذ 2 شهور", "3 hours ago") at the top.

    A dateline is one of the first non-empty lines that holds nothing but a past offset or a
    relative day. Returns (publication time, precision, span of the dateline in `text`), where the
    precision is "minute" for minutes and hours, "day" for days and weeks, "month" or "year".
    """
    lines = first_lines(text)
    if not lines:
        return None
    scan, chosen = _scan(text[: lines[-1][1]], lexicon)
    spans = {_char_span(scan, found): found.expr for found in chosen}
    for line in lines:
        expr = spans.get(line)
        if expr is None:
            continue
        try:
            resolved = _dateline_time(expr, now)
        except (ValueError, OverflowError):
            continue
        if resolved is not None:
            return resolved[0], resolved[1], line
    return None


def _dateline_time(expr: Expr, now: datetime) -> tuple[datetime, str] | None:
    if isinstance(expr, _Day) and expr.offset <= 0:
        return now + timedelta(days=expr.offset), "day"
    if not isinstance(expr, _Offset) or expr.sign > 0:
        return None
    if expr.unit in ("minute", "hour"):
        return now - timedelta(minutes=expr.count * (60 if expr.unit == "hour" else 1)), "minute"
    if expr.unit in ("day", "week"):
        return now - timedelta(days=expr.count * (7 if expr.unit == "week" else 1)), "day"
    if expr.unit == "month":
        year, month = _add_months(now.year, now.month, -expr.count)
    else:
        year, month = now.year - expr.count, now.month
    day = min(now.day, calendar.monthrange(year, month)[1])
    return now.replace(year=year, month=month, day=day), "month" if expr.unit == "month" else "year"
