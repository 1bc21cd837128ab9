"""Assembly: figures and dated statements with their sentence, time, source and fingerprint."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from itertools import pairwise
from types import FunctionType
from typing import Any, Literal, NamedTuple, TypeVar, cast

from factcheck.extract.entities import EntityMention, entities_in, find_entities, primary_place, speaker_keys
from factcheck.extract.text import (
    NormalizedText,
    Token,
    TokenizedText,
    first_prefix,
    fold_text,
    lexicon_sentence_spans,
    normalize_word,
    tokenize,
    tokenize_text,
)
from factcheck.extract.types import ClaimDraft, QuantityMention, Span, TimeMention, slot_fields
from factcheck.extract.worth import Signals, signals_for, statement_threshold, statement_worth_ceiling, worth
from factcheck.lang import Lexicon
from factcheck.values import decimal_text

_SUBJECT_BREAKS = frozenset(',،:؛;"“”«»()')
# The apostrophes a surname may hold ("O'Neill").
_APOSTROPHES = frozenset("'’")
_QUOTE_OPENERS = frozenset('"“«')
# A pronoun or a short form refers to one of the last speakers named, not to any in a long text.
_RECENT_SPEAKERS = 64
_LINKED_CHAIN = 4  # words of a construct chain after a title's link ("باسم انتخابات مجالس المحافظات")
# A quotation runs over at most this many more paragraphs before the one that closes it.
_QUOTE_PARAGRAPHS = 3
_QUOTES = frozenset("\"“”«»'")
# Quotation marks that are never written inside a name (an apostrophe is: "O'Neill").
_NAME_QUOTES = _QUOTES - {"'"}
# A hyphenated word of a lexicon list as the tokens the text gives it ("state-run": state, -, run).
_HYPHEN = re.compile(r"(-)")
# A verb of valuing reaches the "at" before its figure within this many tokens ("put the
# official death toll at", "put the total number of people affected by the floods at").
_VALUED_REACH = 10
# How many words or commas may stand between a topic verb's subject and "عن" ("وتحدث الوزير في
# المؤتمر الصحفي عن").
_TOPIC_REACH = 4
# How far a word of distributing may stand from "حسب" in its clause ("إجراءات الضبط حسب ولايات
# الأمن والأمن الجهوي والإقليمي تتوزع").
_DISTRIBUTION_REACH = 8
# The quantity noun of a statement of value stands within this many words of its verb ("بلغ عدد",
# "بلغت خلال العام أعداد").
_VALUE_HEAD_REACH = 4
# A quotation of several paragraphs is followed back this many paragraphs to its speaker.
_QUOTED_PARAGRAPHS = 6
# A participle clause between a subject and its verb of saying runs over at most this many tokens
# ("presenting the highlights of the report on the ... Survey (AHIES) Third Quarter Labour Statistics").
_ASIDE_TOKENS = 40
# Rank words a name may follow in apposition after its title ("..., Lieutenant Colonel Kofi Mensah").
_RANK_WORDS = 3
# How far back a list of places after "in" is read past its commas ("in Austria, Italy and ...").
_LISTED_PLACE_TOKENS = 12
_DASHES = frozenset("-–—")
_KASHIDA = "\u0640"
# Marks that open the items of a bulleted list (the kashida "ـ" some Arabic sites write as one).
_BULLETS = frozenset("-–—•*ـ")
# The bullets a list may write onto its item's first letter ("—The number ...", "•Exports").
_GLUED_BULLETS = frozenset("–—•")
# The marks that end a sentence (a verb before one ends its clause).
_SENTENCE_STOPS = frozenset(".!?؟")
# A dated statement needs a few words around its date to be a statement at all (a dateline
# such as "منذ 2 شهور" is not one).
_MIN_EVENT_WORDS = 5


def fingerprint(
    quantity: QuantityMention | None, place: str | None, sentence: str, folded: str | None = None
) -> str:
    """A key shared by the same figure reported again, in any language.

    What is counted (unit_key), the figure (the stated value, else the bounds) and the place
    it is about (a language-independent key: "place:kursk" for كورسك and Kursk alike). The
    date is left out on purpose: the same figure is reported on different days. Without a
    figure the key is the normalized sentence: `fold_text` of its words joined by single
    spaces, which is `folded` (`fold_text(sentence)`, when the caller has it) for a sentence
    already so spaced (most are), without folding it again.
    """
    if quantity is not None:
        if quantity.value is not None:
            figure = decimal_text(quantity.value) or ""
        else:
            figure = f"{decimal_text(quantity.low)}..{decimal_text(quantity.high)}"
        parts = [quantity.unit_key or "", figure, place or ""]
    else:
        spaced = " ".join(sentence.split())
        parts = [folded if folded is not None and spaced == sentence else fold_text(spaced)]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


def _quotes_left_open(text: str) -> int:
    """How many more curly or angle quotation marks `text` opens than it closes (“ « against
    ” »), by four str.count, no generator."""
    return text.count("“") + text.count("«") - text.count("”") - text.count("»")


def _phrase_size(tokens: Sequence[Token], at: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """How many tokens from `at` make the first of `phrases` (normalized words, `_phrases`) written
    there, 0 for none."""
    for phrase in phrases:
        if at + len(phrase) <= len(tokens) and all(
            tokens[at + n].kind == "word" and normalize_word(tokens[at + n].text) == word
            for n, word in enumerate(phrase)
        ):
            return len(phrase)
    return 0


def _fewer_words(text: str, least: int) -> bool:
    """``len(text.split()) < least``, the text split no further than `least` words."""
    return len(text.split(maxsplit=least)) < least


def _sentence_index(at: int, starts: Sequence[int]) -> int:
    """The sentence (by its start offsets, sorted) that holds offset `at`."""
    return max(bisect_left(starts, at + 1) - 1, 0)


def _times_by_sentence(times: Sequence[TimeMention], starts: Sequence[int]) -> dict[int, list[TimeMention]]:
    grouped: dict[int, list[TimeMention]] = {}
    for time in times:
        grouped.setdefault(_sentence_index(time.span[0], starts), []).append(time)
    return grouped


# A time at most this many words after a speech verb dates the report ("said on Tuesday",
# "أعلنت الولايات المتحدة، أمس الخميس"), not what the figure is about.
_REPORT_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
_WORD_OR_NUMBER = re.compile(r"[^\W_]+")
_OPENING_PARENTHESIS = re.compile(r"\(")
# A word as written between white space (with any stop glued to it).
_WRITTEN_WORD = re.compile(r"\S+")


# Searches that stop at the first find are loops or C iterators, not next() over a generator
# expression: a generator stopped before its end is closed by a thrown GeneratorExit, which
# costs more than the search (some 50 of them an article).

_COLONS = frozenset({":", "："})


def _first_colon(tokens: Sequence[Token]) -> int | None:
    """The index of the first colon among `tokens`, else None. A loop reading each token's
    text slot: map and compress in C called `__contains__` and an itemgetter a token (the
    generic subscript path on a tuple's subclass), at several times the cost."""
    for k, tok in enumerate(tokens):
        if tok.text in _COLONS:
            return k
    return None


def _find_first(word: str, parts: Sequence[str]) -> int:
    """Where in `word` the first of `parts` that it holds is written, else -1."""
    for part in parts:
        if part in word:
            return word.find(part)
    return -1


def _ending_of(word: str, endings: Sequence[str], least: int) -> str | None:
    """The first of `endings` that `word` ends in with at least `least` letters before it."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= least:
            return ending
    return None


# A capitalised word, then a space and another: "Daily Mail", "Monthly Foreign Trade Report".
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]+ [A-Z]")
_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _name_word_time(text: str, time: TimeMention) -> bool:
    """A set time written as a capitalised word before or after another inside a sentence ("the
    Daily Mail", "the Monthly Foreign Trade Report", "the Annual Economic Survey", "the China
    Daily"): a word of a name, which ends no subject (a sentence's first word is capitalised
    anyway)."""
    at = time.span[0]
    before = text[:at].rstrip(" ")
    if time.granularity != "set" or " " in time.text or not before[-1:].isalpha():
        return False
    if _CAPITALISED_PAIR.match(text, at) is not None:
        return True
    # ... or after a capitalised word: "the China Daily reported" (a name's last word).
    previous = _LAST_WORD.search(before)
    return text[at : at + 1].isupper() and previous is not None and previous.group(0)[:1].isupper()


def _nearest_time(span: Span, inside: Sequence[TimeMention]) -> TimeMention | None:
    """The time nearest the figure, a dated one first (a length or a set dates nothing)."""
    if not inside:
        return None
    dated = [t for t in inside if t.start is not None] or list(inside)
    return min(dated, key=lambda t: abs(t.span[0] - span[0]))


def _gap(a: Span, b: Span) -> int:
    """The characters between two spans (0 when they touch or overlap)."""
    return max(a[0] - b[1], b[0] - a[1], 0)


_CLAUSE_BREAKS = frozenset(",;،؛")


def _across_break(text: str, a: Span, b: Span) -> bool:
    """Whether a comma or a semicolon (Latin or Arabic) stands between two spans."""
    return not _CLAUSE_BREAKS.isdisjoint(text[min(a[1], b[1]) : max(a[0], b[0])])


def _after_comparison(text: str, sentence: Span, at: int, lex: Lexicon) -> bool:
    """Whether the words right before offset `at` (past claims.comparison_fillers: "the", "in")
    end in a word of comparison (claims.comparison_bases: "compared to", "than", "from"): what
    follows is the base a figure is measured against ("up 11.8 percent compared to the first
    quarter last year", "down from 2.6 per cent in September")."""
    bases, longest = _comparison_bases(lex)
    if not bases:
        return False
    fillers = lex.words("claims", "comparison_fillers")
    # Only the last words can end in a base: the words are folded from the end, past the
    # fillers, as many as the longest base has (the sentence's start may be far back).
    written = _WORD_OR_NUMBER.findall(text[sentence[0] : at])
    count = len(written)
    while count and normalize_word(written[count - 1]) in fillers:
        count -= 1
    words = [normalize_word(w) for w in written[max(count - longest, 0) : count]]
    return any(count >= size and " ".join(words[-size:]) == base for base, size in bases)


def _record_base(text: str, sentence: Span, time: TimeMention, lex: Lexicon) -> bool:
    """Whether `time` is the start of a record a figure sets, not the figure's time: it follows
    "since" (claims.record_links) right after a superlative or an ordinal and its noun
    (claims.record_words: "the largest decrease since September 2017", "the lowest rate since the
    June 2008 quarter", "for the first time since July 2002"). The figure before it is of now; a
    figure after it ("..., when it was 9.9 per cent") is of that time."""
    links = lex.words("claims", "record_links")
    if not links:
        return False
    # Only the last words can matter: the words are folded from the end, past the fillers, as
    # `_after_comparison` reads them (the sentence's start may be far back).
    written = _WORD_OR_NUMBER.findall(text[sentence[0] : time.span[0]])
    own = _WORD_OR_NUMBER.findall(text[time.span[0] : time.span[1]])
    if own and normalize_word(own[0]) in links:
        written.append(own[0])  # the time's text holds its "since"
    fillers = lex.words("claims", "comparison_fillers")
    count = len(written)
    while count and normalize_word(written[count - 1]) in fillers:
        count -= 1
    if not count or normalize_word(written[count - 1]) not in links:
        return False
    records = lex.words("claims", "record_words")
    return any(normalize_word(w) in records for w in written[max(count - 5, 0) : count - 1])


@cache
def _comparison_bases(lex: Lexicon) -> tuple[tuple[tuple[str, int], ...], int]:
    """The lexicon's comparison bases with their number of words, and the most words of one."""
    bases = tuple((base, len(base.split())) for base in lex.words("claims", "comparison_bases"))
    return bases, max((size for _, size in bases), default=0)


def _owned_time(
    text: str,
    sentence: Span,
    span: Span,
    events: Sequence[TimeMention],
    figures: Sequence[Span],
    lex: Lexicon,
    memo: dict[str, Any] | None = None,
) -> TimeMention | None:
    """The time a figure is about among the sentence's dated times. Each time belongs to the
    figure nearest it ("from 214 cases last Monday to 668 cases recorded last Friday": Friday is
    the 668's, though Monday starts nearer it), never to a base figure after it ("11.64 per cent
    in October 2018 from 11.70 per cent": October is the 11.64's). A comparison's base dates only
    a figure after it ("than last year's shortfall of 14,960 crore"), not one before it ("grew 7.8
    percent compared to the first quarter of last year" is not last year's); a figure with no time
    of its own takes the nearest one that is no base and no base figure's, else none.

    `memo` (the same for every figure of a sentence, with the same events and figures) keeps
    what does not depend on the figure: which times and figures are bases, and each time's
    owner, made once for the sentence rather than once per figure."""
    known = memo.get("owned") if memo is not None else None
    if known is None:
        known = _time_owners(text, sentence, events, figures, lex)
        if memo is not None:
            memo["owned"] = known
    base, base_figures, owner, record = known
    if len(figures) < 2:
        found = _nearest_time(span, [t for t in events if not base[id(t)] or span[0] > t.span[0]])
        return _record_start(span, found, record)
    own = [t for t in events if owner[id(t)] == span and (not base[id(t)] or span[0] > t.span[0])]
    if own:
        return _record_start(span, _nearest_time(span, own), record)
    return _nearest_time(span, [t for t in events if not base[id(t)] and owner[id(t)] not in base_figures])


def _record_start(span: Span, time: TimeMention | None, record: set[int]) -> TimeMention | None:
    """The time a figure after a record's start is of: the time "since" names, not the window from
    it to now ("the lowest since the June 2011 quarter, when it stood at 3.1 per cent": the 3.1 is
    the June 2011 quarter's); any other time as it is. `record`: the ids of the sentence's times
    that start a record (_time_owners)."""
    if time is None or not time.parts or span[0] < time.span[1] or id(time) not in record:
        return time
    return time.parts[0]


def _time_owners(
    text: str, sentence: Span, events: Sequence[TimeMention], figures: Sequence[Span], lex: Lexicon
) -> tuple[dict[int, bool], set[Span], dict[int, Span], set[int]]:
    """`_owned_time`'s reading of a sentence, the same for each of its figures: whether each
    time (by id) is a comparison's base, the figures that are, the figure each time belongs to
    (none of these two with fewer than two figures), and the times that start a record."""
    record = {id(t) for t in events if _record_base(text, sentence, t, lex)}
    base = {id(t): id(t) in record or _after_comparison(text, sentence, t.span[0], lex) for t in events}
    if len(figures) < 2:
        return base, set(), {}, record
    base_figures = {f for f in figures if _after_comparison(text, sentence, f[0], lex)}
    owner: dict[int, Span] = {}
    for t in events:
        candidates = [f for f in figures if not (f in base_figures and f[0] > t.span[0])] or list(figures)
        if id(t) in record:
            # a record's start dates only a figure after it: "the lowest since May 2011, when it was 3.1%"
            candidates = [f for f in candidates if f[0] > t.span[0]] or candidates
        # "120 murders in 2022, 140 in 2023": a comma or a semicolon closes a time onto the
        # figure before it; a time takes a figure across one only when every figure is across one
        owner[id(t)] = min(candidates, key=lambda f: (_across_break(text, f, t.span), _gap(f, t.span), f[0]))
    return base, base_figures, owner, record


def _reports(text: str, sentence: Span, time: TimeMention, lex: Lexicon) -> bool:
    """Whether `time` follows a speech verb closely: the date of the report."""
    before = text[max(sentence[0], time.span[0] - 80) : time.span[0]]
    verbs = _reporting_verbs(lex)
    determiners = lex.words("claims", "report_noun_determiners")
    homographs = lex.words("claims", "speech_noun_homographs")
    words = [normalize_word(w) for w in _WORD.findall(before)]
    for k in range(max(len(words) - _REPORT_WORDS, 0), len(words)):
        folded = words[k]
        if verbs.get(folded) is None:
            continue
        if folded not in homographs or not determiners.intersection(words[max(k - 2, 0) : k]):
            return True  # "the revised estimate in 2022-23": a noun, which reports nothing
    return False


@cache
def _reporting_verbs(lex: Lexicon) -> dict[str, str]:
    """The speech verbs that are no verbs of record, as a clitic index: `index.get(word)` is
    `lex.strip_prefix(word, verbs)`, the word bare or with a clitic written onto it."""
    return lex.clitic_index(lex.words("claims", "speech_verbs") - lex.words("claims", "record_verbs"))


def _claim_times(
    text: str,
    sentence: Span,
    span: Span,
    inside: Sequence[TimeMention],
    lex: Lexicon,
    figures: Sequence[Span] = (),
    memo: dict[str, Any] | None = None,
) -> tuple[TimeMention | None, TimeMention | None]:
    """The time a figure is about and, when the sentence dates its report apart ("exports fell in
    April, the ministry said on Tuesday"), the report's time. With one date, it is the figure's
    unless it is a comparison's base; with several, the figure's own (`_owned_time`; `figures`
    are the spans of the sentence's figures). `memo`, given for every figure of one sentence
    (the same `inside` and `figures`), keeps what does not depend on the figure: which times
    date the report, and `_owned_time`'s reading."""
    nearest = _nearest_time(span, inside)
    split = memo.get("split") if memo is not None else None
    if split is None:
        dated = [t for t in inside if t.start is not None and t.granularity != "vague"]
        reports = [t for t in dated if len(dated) > 1 and _reports(text, sentence, t, lex)]
        split = dated, reports, [t for t in dated if t not in reports]
        if memo is not None:
            memo["split"] = split
    dated, reports, events = split
    if not dated or not events:
        return nearest, None
    event = _owned_time(text, sentence, span, events, figures or (span,), lex, memo)
    return event, _nearest_time(span, reports) if reports else None


@slot_fields
class Source(NamedTuple):
    """Who asserts a claim: the name, the title or description written with it, and a
    language-independent key when the lexicon knows the organisation or person ("org:who").

    A named tuple, as `Token` and `EntityMention` are, not a frozen dataclass (whose `__init__`
    sets each field through `object.__setattr__`): the attributor makes a score of these and of
    `_Frame` an article, and keys its memos by them (a tuple's hash is C's; the dataclass's a
    Python function). Same fields, defaults and repr; every reader takes attributes."""

    name: str
    role: str | None = None
    key: str | None = None


# How a frame was read (`_Frame.kind`). The rules test "verb", "verb_weak", "marker" and
# "marker_demonstrative"; every other kind keeps a frame out of those tests.
FrameKind = Literal[
    "verb",
    "verb_carried",
    "verb_weak",
    "verb_quoted",
    "relay",
    "marker",
    "marker_demonstrative",
    "marker_document",
    "marker_owner",
    "marker_carried",
    "marker_report",
    "forecast",
    "headline_verb",
    "quotation",
    "report_label",
]


@slot_fields
class _Frame(NamedTuple):
    """A speech verb or source marker of a sentence, and the source it gives.

    `ahead`: it attributes what follows it in the sentence ("X said that 300 ...").
    `behind`: it closes a clause and attributes what precedes it ("300 ..., X said.").
    """

    start: int  # offsets in the original text
    end: int
    source: Source | None
    ahead: bool
    behind: bool
    marker: bool = False
    # Opens its own clause; a verb inside a relative clause does not ("من بين 10 آلاف جندي
    # قالت واشنطن إنهم دخلوا" stays with the main clause's speaker).
    main: bool = True
    # Where a description written before the speaker starts ("one of Sinner's two coaches,
    # Darren Cahill stated"): what it holds describes the speaker, the speaker does not claim it.
    described_from: int | None = None
    kind: FrameKind = "verb"


# A description before a speaker is a short noun phrase ("one of Sinner's two coaches"); a longer
# segment is a clause whose figures the speaker after it claims ("five others went missing ...,
# disaster officials said").
_DESCRIPTION_WORDS = 8
# The words a partial name may run on by where the article writes it in full ("Abu Hassan").
_NAME_RUN = 3
# At most this many words name the one a verb of relaying quotes ("عن مسؤولين في وزارة الصحة قولهم",
# "عن متحدث باسم سرية الإسعاف والطوارئ بجهاز الطب العسكري قوله").
_RELAYED_WORDS = 9
# A first line of at most this many words is a headline even when it ends with a stop.
_HEADLINE_WORDS = 16
# The lines back a list written without bullets is read up to its colon.
_LIST_LINES = 30
# Lines that may stand before the headline at the top of an article, each short, alone on its
# line and with no closing stop: a dateline ("الخرطوم - ٢٤ مايو ٢٠٢٣") or a kicker above it.
_LINES_ABOVE_HEADLINE = 2
# A body that opens a sentence as its subject is named within this many tokens.
_OPENING_WORDS = 6
# A verb-first forecast ("توقعاته لنمو الاقتصاد العالمي إلى 3.1%") reaches its figure within this
# many tokens.
_FORECAST_REACH = 8
# ... and its subject, between the verb and the forecast, is a short name.
_FORECAST_SUBJECT = 5
# A phrase fronted before a verb-first clause ("وعلى المستوى الشهري،") is short.
_FRONTED_WORDS = 4
# The most words a body's name written in quotation marks after its verb may have.
_QUOTED_NAME_WORDS = 6
# At most this many words describe a report between it and a comma before its issuing relative.
_REPORT_DESCRIPTION_WORDS = 8
# A report's label before a colon ("بيان المفوضية:") is a report noun and a short name.
_REPORT_LABEL_WORDS = 6


class _AttributorTables:
    """The attributor's word tables: what it reads of the lexicon, built once per lexicon
    (an Attributor is made per article, of the lexicon's subclass whose class attributes these
    are: `_attributor_class`; building them per article was a sixth of the claims' assembly).
    Read only once built, but for the speech-verb memo, which every article of the language
    shares on purpose.
    """

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        words = lex.words
        self.verbs = words("claims", "speech_verbs")
        self.markers_by_first, self.marker_index = _marker_tables(lex)
        self.document_markers = tuple(tuple(m.split()) for m in lex.words("claims", "document_markers"))
        self.stops = words("claims", "subject_stops")
        self.titles = words("claims", "titles")
        self.title_modifiers = words("claims", "title_modifiers")
        self.stop_prefixes = tuple(words("claims", "subject_stop_prefixes"))
        self.after_verb = bool(lex.raw("claims", "subject_after_verb"))
        self.name_after_definite_title = bool(lex.raw("claims", "name_after_definite_title"))
        self.articles = lex.article_prefixes()
        self.definite_article = next(iter(lex.raw("meta", "articles") or [""]))
        # the article itself, without a clitic ("ال"): where in a definite word it is written
        self.bare_articles = tuple(normalize_word(w) for w in lex.meta("articles", []))
        # `_definite` as one match in C: an article (with any clitic) and two letters after it.
        self.definite_pattern = _prefix_pattern(self.articles, 2)
        # {word: whether `_definite`}, shared by every article of the lexicon: some 130 words
        # an article are asked, the same ones again and again (a regex match and its match
        # object each, against one look-up).
        self.definite_memo = _word_fact_memo(lex, "definite")
        self.max_words = int(lex.raw("claims", "max_subject_words") or 6)
        self.complementizers = words("claims", "complementizers")
        self.skips = words("claims", "subject_skips")
        self.subject_asides = words("claims", "subject_asides")
        # one-word asides also open a sentence before its subject ("Meanwhile X, the mayor, said")
        self.opening_asides = frozenset(w for w in self.subject_asides if " " not in w)
        self.time_leads = words("claims", "time_leads")
        self.passives = words("claims", "passive_auxiliaries")
        self.relatives = words("claims", "relative_pronouns")
        self.possessive_relatives = frozenset(words("claims", "possessive_relatives"))
        self.determiners = words("claims", "determiners")
        self.report_nouns = words("claims", "report_nouns")
        self.report_links = words("claims", "report_links")
        self.issuing_participles = words("claims", "issuing_participles")
        self.named_report_leads = words("claims", "named_report_leads")
        self.post_leads = words("claims", "post_leads")
        self.org_heads = words("claims", "organisation_heads")
        self.publication_heads = words("claims", "publication_heads")
        self.place_links = words("claims", "place_links")
        self.name_joiners = words("claims", "name_joiners")
        self.speaker_nouns = words("claims", "speaker_nouns")
        self.quantity_heads = words("claims", "quantity_heads")
        self.count_heads = self.lex.words("units", "count_heads")
        self.explaining_verbs = words("claims", "explaining_verbs")
        self.free_relatives = words("claims", "free_relatives")
        # The fields of activity a company's or an authority's name holds after a place
        # ("قطر للسياحة"): any other noun after "لل" is the one spoken to ("للعالم"، "للصحفيين").
        self.sector_nouns = words("claims", "sector_nouns")
        self.addressee_nouns = words("claims", "addressee_nouns")
        self.sameness_words = words("claims", "sameness_words")
        self.masdar_leads = words("claims", "masdar_leads")
        self.clock_leads = words("claims", "clock_leads")
        self.official_adjectives = words("claims", "official_adjectives")
        self.account_nouns = words("claims", "account_nouns")
        self.channel_nouns = words("claims", "channel_nouns")
        endings = lex.table("claims", "suffixed_endings")
        self.suffixed_endings = {k: normalize_word(v) for k, v in endings.items()}
        self.name_coordinators = words("claims", "name_coordinators")
        self.noun_prepositions = words("claims", "noun_prepositions")
        self.degree_words = frozenset(words("claims", "degree_words"))
        self.name_compound_heads = frozenset(words("claims", "name_compound_heads"))
        self.name_compound_tails = frozenset(words("claims", "name_compound_tails"))
        # The relative pronouns after a definite noun, as the units read them ("التي"، "الذي").
        self.clause_relatives = words("claims", "relative_pronouns") | lex.words("units", "relative_pronouns")
        # What a release's values are stated of: a quantity or a change in one.
        self.statistic_heads = self.quantity_heads | words("claims", "change_nouns")
        # Words that make a clause of a phrase: a speaker's name holds none of them.
        self.clause_words = (
            words("claims", "passive_auxiliaries")
            | words("claims", "copulas")
            | words("claims", "auxiliaries")
        )
        # Links after which a name's words are its complement, not its head ("the number of ...").
        self.head_ends = frozenset({"of"}) | words("claims", "report_links") | words("claims", "place_links")
        self.noun_like_verbs = words("claims", "noun_like_verbs")
        self.agent_links = words("claims", "agent_links")
        # what links a released report to who gave it out: its agent ("released by") or its
        # source ("available from")
        self.release_source_links = words("claims", "release_source_links")
        self.weak_verbs = words("claims", "weak_speech_verbs")
        # A gapped list's members after a name ("..., followed by Tamil Nadu two"): _gapped_subject.
        self.gapped_separators = lex.words("numbers", "gapped_separators")
        self.gapped_openers = [tuple(w.split()) for w in lex.words("numbers", "gapped_openers")]
        self.gapped_additions = [tuple(w.split()) for w in lex.words("units", "addition_openers")]
        self._addition_lasts = frozenset(words[-1] for words in self.gapped_additions)
        self.holding_verbs = words("claims", "holding_verbs")
        self.dataset_nouns = words("claims", "dataset_nouns")
        self.subject_first_verbs = words("claims", "subject_first_verbs")
        self.background_verbs = words("claims", "background_verbs")
        self.person_verbs = words("claims", "person_speech_verbs")
        self.opening_common = words("claims", "opening_common_words")
        self.given_names = words("claims", "given_names")
        self.name_particles = words("claims", "name_particles")
        self.adverbial_nouns = words("claims", "adverbial_nouns")
        self.value_verbs = words("claims", "value_verbs")
        self.singular_possessives = tuple(words("claims", "singular_possessive_suffixes"))
        self.names_like_stops = frozenset(lex.raw("claims", "names_folded_as_stops") or [])
        self.same_sources = frozenset(
            " ".join(normalize_word(w) for w in p.split()) for p in lex.raw("claims", "same_source") or []
        )
        # a phrase of more than one word and the space after it: what a longer subject opens with
        self.same_source_openings = tuple(
            sorted(f"{phrase} " for phrase in self.same_sources if " " in phrase)
        )
        self.relay_markers = words("claims", "relay_markers")
        self.relay_words = words("claims", "relay_words")
        self.outlet_heads = words("claims", "outlet_heads")
        self.headline_verbs = words("claims", "headline_verbs")
        self.report_verbs = words("claims", "report_verbs")
        self.presenting_verbs = words("claims", "presenting_verbs")
        self.presenting_results = words("claims", "presenting_results")
        self.order_complements = words("claims", "order_complements")
        self.act_verbs = words("claims", "act_verbs")
        self.indefinites = words("numbers", "indefinite")
        # Verbs of relaying after a marker, before the one who relays: "وفق ما نقلت وكالة ...".
        self.marker_verbs = words("claims", "marker_verbs")
        self.issuing_verbs = words("claims", "issuing_verbs")
        self.case_endings = tuple(lex.words("units", "case_endings"))
        self.person_links = words("claims", "person_affiliation_links")
        self.attributive_links = words("claims", "attributive_links")
        self.result_verbs = words("claims", "result_verbs")
        self.result_verb_links = words("claims", "result_verb_links")
        self.time_units = frozenset(lex.inverted("time", "units"))
        self.copulas = words("claims", "copulas")
        self.link_prefixes = lex.table("claims", "link_prefixes")
        # The links written as a preposition and the article ("لل" -> "ال"), in the table's order.
        self.bare_link_prefixes = tuple(p for p, bare in self.link_prefixes.items() if bare)
        self.linked_markers = words("claims", "linked_markers")
        self.clause_openers = words("claims", "clause_openers")
        self.pronouns = {kind: words("claims", "pronouns", kind) for kind in lex.raw("claims", "pronouns")}
        self.pronoun_kind = {w: kind for kind, table in self.pronouns.items() for w in table}
        marker_pronouns = lex.raw("claims", "marker_pronouns")
        self.marker_pronoun_kind = {
            normalize_word(w): kind for kind, table in marker_pronouns.items() for w in table
        }
        self.headline_labels = words("claims", "headline_labels")
        self.headline_events = words("claims", "headline_events")
        self.unit_prepositions = lex.words("units", "prepositions")
        # "expected to", "estimated to": a participle that raises its subject to an infinitive.
        self.raising_verbs = lex.words("units", "raising_verbs")
        self.infinitive_marks = lex.words("units", "infinitive_marks")
        self.credit_markers = words("claims", "credit_markers")
        # read against the original text, so not folded as `words` folds them
        self.glued_verb_initials = frozenset(lex.raw("claims", "glued_verb_initials") or ())
        self.madda_initials = frozenset(lex.raw("claims", "madda_initials") or ())
        self.wires = frozenset(
            " ".join(t.text for t in tokenize(normalize_word(w)) if t.kind == "word")
            for w in lex.raw("claims", "wire_agencies") or []
        )
        self.known = speaker_keys(lex)
        # `strip_prefix(phrase, known, definite=True)` as one look-up: the table is no lexicon
        # table, so strip_prefix would find its index through the foreign-table cache each call.
        self.known_index = lex.clitic_index(self.known, definite=True)
        self.places = lex.inverted("entities", "places")
        # the first words of the places of several words ("الضفة" of "الضفة الغربية"): `_named_seat`
        self.place_first_words = frozenset(p.split()[0] for p in self.places if " " in p)
        self.title_links = words("claims", "title_links")
        self.possessive_suffixes = [p for p in words("units", "possessive_suffixes") if len(p) > 1]
        self.all_possessive_suffixes = tuple(words("units", "possessive_suffixes"))
        self.verb_suffixes = tuple(sorted(words("claims", "verb_suffixes"), key=len, reverse=True))
        self.abbreviations = words("text", "abbreviations")
        self.governing = words("claims", "governing_participles")
        self.governing_masdars = frozenset(_phrases(lex, "governing_masdars"))
        self.document_nouns = words("claims", "document_nouns")
        self.picture_nouns = words("claims", "picture_nouns")
        self.norm_nouns = words("claims", "norm_nouns")
        self.affiliations = words("claims", "affiliation_words")
        self.impersonal = words("claims", "impersonal_verbs")
        self.impersonal_auxiliaries = words("claims", "impersonal_auxiliaries")
        self.governed_links = words("claims", "governed_links")
        # The one-letter links, also written onto their object ("المعنية بالأمطار").
        self.written_governed_links = frozenset(link for link in self.governed_links if len(link) == 1)
        self.feminine_verbs = words("claims", "feminine_speech_verbs")
        self.masculine_verbs = words("claims", "masculine_speech_verbs")
        self.feminine_endings = tuple(words("claims", "feminine_endings"))
        self.openers = _phrases(lex, "continuation_openers")
        self.list_leads = words("claims", "list_leads")
        self.opener_index = lex.clitic_index(_first_words(lex, "continuation_openers"))
        self.role_separator = str(lex.raw("claims", "role_separator") or ", ")
        self.seat_prefixes = tuple(sorted(words("claims", "seat_prefixes"), key=len, reverse=True))
        # `_after_seat_prefix` as one match in C: the first seat prefix, in that order, that
        # leaves three letters.
        self.seat_pattern = _prefix_pattern(self.seat_prefixes, 3)
        # {word: `_after_seat_prefix` of it, "" for none}, shared by every article of the lexicon.
        self.after_seat_memo = _after_seat_memo(lex)
        self.manner_nouns = words("claims", "manner_nouns")
        self.lineage_links = words("claims", "lineage_links")
        self.rank_adjectives = words("claims", "rank_adjectives")
        self.place_nouns = words("claims", "place_nouns")
        self.place_plurals = words("claims", "place_plurals")
        self.place_positions = words("claims", "place_positions")
        self.reporter_nouns = words("claims", "reporter_nouns")
        self.honorifics = _phrases(lex, "honorifics")
        self.honorific_firsts = frozenset(p[0] for p in self.honorifics)
        self.personal_titles = words("claims", "personal_titles")
        self.portfolio_nouns = words("claims", "portfolio_nouns")
        self.addressee_object_verbs = words("claims", "addressee_object_verbs")
        self.own_words_nouns = words("claims", "own_words_nouns")
        self.compass_words = words("claims", "compass_words")
        self.place_appositions = words("claims", "place_apposition_nouns") | self.place_nouns
        self.publishing_verbs = words("claims", "publishing_verbs")
        self.rank_grades = words("claims", "rank_grades")
        self.noun_ranks = words("claims", "noun_ranks")
        self.coordinator_prefixes = tuple(self.name_coordinators)
        self.told_prepositions = words("claims", "told_prepositions")
        self.acting_words = words("claims", "acting_words")
        self.utterance_nouns = words("claims", "utterance_nouns")
        self.nisba_endings = tuple(words("claims", "nisba_endings"))
        self.clause_verbs = words("claims", "clause_only_verbs")
        self.complement_verbs = words("claims", "complement_only_verbs")
        self.topic_verbs = words("claims", "topic_only_verbs")
        self.topic_links = words("claims", "topic_links")
        self.distribution_markers = words("claims", "distribution_markers")
        self.distribution_words = words("claims", "distribution_words")
        self.object_prepositions = tuple(words("claims", "object_prepositions"))
        self.view_verbs = words("claims", "view_verbs")
        self.written_complementizers = frozenset(lex.raw("claims", "written_complementizers") or [])
        self.pair_prepositions = words("claims", "pair_prepositions")
        self.pronoun_complements = words("claims", "verb_pronoun_complements")
        self.pronoun_adjuncts = words("claims", "verb_pronoun_adjuncts")
        self.object_masdars = words("claims", "object_masdars")
        self.said_masdars = (
            self.object_masdars | words("claims", "event_masdars") | words("claims", "change_nouns")
        )
        self.relay_verbs = words("claims", "relay_verbs")
        self.relay_prepositions = frozenset(words("claims", "relay_prepositions"))
        self.unnamed_reports = words("claims", "unnamed_report_nouns")
        self.negations = words("qualifiers", "negations")
        self.participle_suffixes = tuple(words("claims", "participle_suffixes"))
        self.source_complements = _phrases(lex, "source_complements")
        self.description_complements = _phrases(lex, "description_complements")
        self.sameness_leads = words("claims", "sameness_leads")
        self.origin_links = words("claims", "origin_links")
        self.name_list_links = words("claims", "name_list_links")
        self.coordinators = words("claims", "coordinators")
        self.speaker_conjunctions = words("claims", "speaker_conjunctions")
        self.possessive_determiners = words("claims", "possessive_determiners")
        self.speaker_adjectives = words("claims", "speaker_adjectives")
        self.generic_titles = words("claims", "generic_titles")
        self.generic_bodies = words("claims", "generic_bodies")
        self.story_links = words("claims", "story_links")
        self.total_participles = words("claims", "total_participles")
        self.member_participles = words("claims", "member_participles")
        self.name_descriptors = [tuple(_HYPHEN.split(d)) for d in words("claims", "name_descriptors")]
        # Their first words: a descriptor starts only at one of them (`_past_name_descriptors`).
        self.name_descriptor_firsts = frozenset(d[0] for d in self.name_descriptors)
        self.report_adjectives = words("claims", "report_adjectives")
        self.report_adjective_endings = tuple(words("claims", "report_adjective_endings")) or ("\0",)
        self.forecast_nouns = words("claims", "forecast_nouns")
        self.forecast_links = words("claims", "forecast_links")
        self.total_moving_verbs = frozenset(words("claims", "total_moving_verbs"))
        self.clause_participles = tuple(words("claims", "clause_participle_suffixes"))
        self.description_prepositions = frozenset(words("claims", "description_prepositions"))
        self.clause_past = tuple(words("claims", "clause_past_suffixes"))
        self.progressive_endings = tuple(words("claims", "progressive_endings"))
        self.head_links = frozenset(words("claims", "head_links"))
        self.time_nouns = frozenset(words("claims", "subject_time_nouns"))
        self.fronted_participles = words("claims", "fronted_participles")
        self.aside_leads = words("claims", "aside_leads")
        self.release_participles = words("claims", "release_participles")
        self.released_nouns = words("claims", "released_nouns")
        self.comparison_words = words("claims", "comparison_words")
        self.age_adjective = tuple(w.lower() for w in lex.raw("claims", "age_adjective") or ())
        self.receipt_participles = words("claims", "receipt_participles")
        self.citing_participles = frozenset(words("claims", "citing_participles"))
        self.sending_participles = words("claims", "sending_participles")
        self.recipient_links = frozenset(words("claims", "recipient_links"))
        self.valuing_verbs = words("claims", "valuing_verbs")
        self.valuing_links = words("claims", "valuing_links")
        self.valued_nouns = words("claims", "valued_nouns")
        self.quoting_verbs = words("claims", "quoting_verbs")
        self.quoting_links = words("claims", "quoting_links")
        self.relaying_participles = words("claims", "relaying_participles")
        self.apostrophe_clitics = words("claims", "apostrophe_clitics")
        self.name_ending_relatives = words("claims", "name_ending_relatives")
        self.clause_speech_verbs = words("claims", "clause_speech_verbs")
        self.clause_speech_links = words("claims", "clause_speech_links")
        self.noun_like_copulas = words("claims", "noun_like_copulas")
        self.noun_like_links = words("claims", "noun_like_links")
        self.web_domains = words("claims", "web_domains")
        self.category_modifiers = words("claims", "category_modifiers")
        self.category_heads = words("claims", "category_heads")
        self.category_heads_stem = self._stem_getter(self.category_heads)
        self.class_heads = words("claims", "class_heads")
        self.class_heads_stem = self._stem_getter(self.class_heads)
        self.back_pointers = _phrases(lex, "back_pointers")
        self.unnamed_report_links = _phrases(lex, "unnamed_report_links")
        self.unnamed_report_firsts = tuple(_first_words(lex, "unnamed_report_links"))
        self.back_pointer_firsts = _first_words(lex, "back_pointers")
        self.back_pointer_follows = words("claims", "back_pointer_follows")
        self.back_pointing_verbs = words("claims", "back_pointing_verbs")
        self.title_complement_links = words("claims", "title_complement_links")
        self.life_verbs = words("claims", "life_verbs")
        self.life_nouns = words("claims", "life_nouns")
        self.forecast_comparisons = words("claims", "forecast_comparisons")
        self.plural_endings = tuple(words("claims", "plural_endings"))
        # The possessive the tokenizer splits off a word: its mark, and the ending written after
        # the mark on a singular ("Kenya's": `_possessive`; a plural's takes the mark alone).
        self.possessive_marks = words("claims", "possessive_marks")
        self.possessive_endings = words("claims", "possessive_endings")
        self.singular_endings = tuple(words("claims", "singular_endings"))
        self.verb_memo = _verb_memo(lex)
        # {id(table): its clitic index's look-up} of the lexicon's own tables `_stem` was asked
        # about (only those: the lexicon keeps them, so their ids are never another object's).
        self.stem_indexes = _stem_indexes(lex)
        # Token texts known to open no frame (see `_sentence_frames`), shared likewise.
        self.no_frame_words = _no_frame_words(lex)
        # {word: the word without its article}, shared by every article (see `_bare`).
        self.bare_memo = _bare_memo(lex)
        self.complement_object_memo = _word_fact_memo(lex, "complement_object")
        self.addressed_memo = _word_fact_memo(lex, "addressed")
        self.place_seat_memo = _word_fact_memo(lex, "place_seat")
        self.name_form_memo = _word_fact_memo(lex, "well_formed_name")
        self.organisation_memo = _word_fact_memo(lex, "organisation")
        # Longest first, as `_link_prefix` tries them (sorted once, not at every word).
        self.link_prefix_order = tuple(sorted(self.link_prefixes, key=len, reverse=True))
        # A marker that ends in a relative ("حسب ما") is followed by its clause's verb, and
        # that verb perhaps by a preposition with the relative's pronoun ("كشف عنه").
        self.marker_relatives = words("claims", "marker_relatives")
        # A demonstrative or a word of sameness before a noun ("هذا الارتفاع"، "نفس الفترة"): the
        # noun after it is the phrase's head, one named before.
        self.demonstratives = words("claims", "demonstratives")
        self.pointing_words = self.demonstratives | self.sameness_leads
        self.marker_resumptives = words("claims", "marker_resumptives")

        # `_stem` of each table the attributor stems, bound once per lexicon: the call sites
        # ask `self.<table>_stem(word)` (hundreds of times an article) without `_stem`'s own
        # frame and its look-up of the table's index (tests/test_fast_paths.py).
        self.act_verbs_stem = self._stem_getter(self.act_verbs)
        self.addressee_nouns_stem = self._stem_getter(self.addressee_nouns)
        self.addressee_object_verbs_stem = self._stem_getter(self.addressee_object_verbs)
        self.background_verbs_stem = self._stem_getter(self.background_verbs)
        self.channel_nouns_stem = self._stem_getter(self.channel_nouns)
        self.clause_openers_stem = self._stem_getter(self.clause_openers)
        self.clause_verbs_stem = self._stem_getter(self.clause_verbs)
        self.compass_words_stem = self._stem_getter(self.compass_words)
        self.complement_verbs_stem = self._stem_getter(self.complement_verbs)
        self.topic_verbs_stem = self._stem_getter(self.topic_verbs)
        self.distribution_words_stem = self._stem_getter(self.distribution_words)
        self.view_verbs_stem = self._stem_getter(self.view_verbs)
        self.complementizers_stem = self._stem_getter(self.complementizers)
        self.copulas_stem = self._stem_getter(self.copulas)
        self.credit_markers_stem = self._stem_getter(self.credit_markers)
        self.dataset_nouns_stem = self._stem_getter(self.dataset_nouns)
        self.document_nouns_stem = self._stem_getter(self.document_nouns)
        self.picture_nouns_stem = self._stem_getter(self.picture_nouns)
        self.norm_nouns_stem = self._stem_getter(self.norm_nouns)
        self.explaining_verbs_stem = self._stem_getter(self.explaining_verbs)
        self.forecast_comparisons_stem = self._stem_getter(self.forecast_comparisons)
        self.governing_stem = self._stem_getter(self.governing)
        self.headline_events_stem = self._stem_getter(self.headline_events)
        self.headline_labels_stem = self._stem_getter(self.headline_labels)
        self.headline_verbs_stem = self._stem_getter(self.headline_verbs)
        self.holding_verbs_stem = self._stem_getter(self.holding_verbs)
        self.impersonal_stem = self._stem_getter(self.impersonal)
        self.issuing_verbs_stem = self._stem_getter(self.issuing_verbs)
        self.life_nouns_stem = self._stem_getter(self.life_nouns)
        self.life_verbs_stem = self._stem_getter(self.life_verbs)
        self.linked_markers_stem = self._stem_getter(self.linked_markers)
        self.list_leads_stem = self._stem_getter(self.list_leads)
        self.manner_nouns_stem = self._stem_getter(self.manner_nouns)
        self.marker_relatives_stem = self._stem_getter(self.marker_relatives)
        self.masdar_leads_stem = self._stem_getter(self.masdar_leads)
        self.negations_stem = self._stem_getter(self.negations)
        self.noun_like_verbs_stem = self._stem_getter(self.noun_like_verbs)
        self.noun_prepositions_stem = self._stem_getter(self.noun_prepositions)
        self.noun_ranks_stem = self._stem_getter(self.noun_ranks)
        self.object_masdars_stem = self._stem_getter(self.object_masdars)
        self.order_complements_stem = self._stem_getter(self.order_complements)
        self.org_heads_stem = self._stem_getter(self.org_heads)
        self.outlet_heads_stem = self._stem_getter(self.outlet_heads)
        self.pair_prepositions_stem = self._stem_getter(self.pair_prepositions)
        self.person_verbs_stem = self._stem_getter(self.person_verbs)
        self.personal_titles_stem = self._stem_getter(self.personal_titles)
        self.place_nouns_stem = self._stem_getter(self.place_nouns)
        self.place_plurals_stem = self._stem_getter(self.place_plurals)
        self.presenting_verbs_stem = self._stem_getter(self.presenting_verbs)
        self.publishing_verbs_stem = self._stem_getter(self.publishing_verbs)
        self.quantity_heads_stem = self._stem_getter(self.quantity_heads)
        self.quoting_verbs_stem = self._stem_getter(self.quoting_verbs)
        self.rank_adjectives_stem = self._stem_getter(self.rank_adjectives)
        self.receipt_participles_stem = self._stem_getter(self.receipt_participles)
        self.sending_participles_stem = self._stem_getter(self.sending_participles)
        self.relay_markers_stem = self._stem_getter(self.relay_markers)
        self.relay_verbs_stem = self._stem_getter(self.relay_verbs)
        self.relay_words_stem = self._stem_getter(self.relay_words)
        self.release_participles_stem = self._stem_getter(self.release_participles)
        self.released_nouns_stem = self._stem_getter(self.released_nouns)
        self.report_nouns_stem = self._stem_getter(self.report_nouns)
        self.report_verbs_stem = self._stem_getter(self.report_verbs)
        self.result_verbs_stem = self._stem_getter(self.result_verbs)
        self.sector_nouns_stem = self._stem_getter(self.sector_nouns)
        self.skips_stem = self._stem_getter(self.skips)
        self.speaker_nouns_stem = self._stem_getter(self.speaker_nouns)
        self.statistic_heads_stem = self._stem_getter(self.statistic_heads)
        self.stops_stem = self._stem_getter(self.stops)
        self.subject_first_verbs_stem = self._stem_getter(self.subject_first_verbs)
        self.titles_stem = self._stem_getter(self.titles)
        self.unnamed_reports_stem = self._stem_getter(self.unnamed_reports)
        self.utterance_nouns_stem = self._stem_getter(self.utterance_nouns)
        self.value_verbs_stem = self._stem_getter(self.value_verbs)
        self.valued_nouns_stem = self._stem_getter(self.valued_nouns)
        self.valuing_verbs_stem = self._stem_getter(self.valuing_verbs)
        self.verbs_stem = self._stem_getter(self.verbs)
        self.weak_verbs_stem = self._stem_getter(self.weak_verbs)

    def _stem_getter(self, table: frozenset[str]) -> Callable[[str], str | None]:
        """`Attributor._stem` for one table: its clitic index's look-up for one of the lexicon's
        own tables, else `strip_prefix` on it."""
        index = self.lex.owned_index(table)
        if index is not None:
            return index.get
        lex = self.lex
        return lambda word: lex.strip_prefix(word, table)


def _prefix_pattern(prefixes: Sequence[str], rest: int) -> re.Pattern[str] | None:
    """A pattern whose match at a word's start is the first of `prefixes` (in their order) the
    word starts with and that leaves at least `rest` characters after it; None without any."""
    if not prefixes:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, prefixes)) + f")(?=.{{{rest}}})", re.DOTALL)


@cache
def _attributor_tables(lex: Lexicon) -> _AttributorTables:
    return _AttributorTables(lex)


# The tables an article's attributor holds in slots of its own (set in `__init__`), not as class
# attributes: the 3.11 interpreter specialises a slot's read, and reads a class attribute through
# an instance by the generic path (about 44 against 16 ns). These thirty are the ones read most on
# the development texts (three quarters of some 1,600 table reads an article; `after_verb` alone
# some 200); copying them costs about 2 us an article, copying all 270 some 40.
_HELD_TABLES = (
    "after_verb",
    "verb_memo",
    "relay_prepositions",
    "marker_index",
    "act_verbs_stem",
    "verbs_stem",
    "definite_memo",
    "report_nouns_stem",
    "determiners",
    "verb_suffixes",
    "bare_memo",
    "place_links",
    "after_seat_memo",
    "forecast_nouns",
    "skips",
    "headline_verbs_stem",
    "link_prefix_order",
    "complementizers",
    "stops",
    "titles_stem",
    "possessive_marks",
    "value_verbs_stem",
    "relatives",
    "max_words",
    "passives",
    "name_joiners",
    "title_links",
    "dataset_nouns_stem",
    "known",
    "possessive_suffixes",
)


@cache
def _attributor_class(lex: Lexicon) -> type[Attributor]:
    """The attributor of one lexicon: `Attributor` with the lexicon's tables as class
    attributes (shared, read only, by every article of the language, as the copy of them each
    instance held was); a function among them stays a plain function, not a method."""
    tables = {
        name: staticmethod(value) if isinstance(value, FunctionType) else value
        for name, value in _attributor_tables(lex).__dict__.items()
        if name not in _HELD_TABLES
    }
    return type("Attributor", (Attributor,), {**tables, "__slots__": ()})


class Attributor:
    """Finds who asserts each figure of an article, from the lexicon's speech verbs and markers.

    It reads the article in order and remembers who has spoken, so that a pronoun or a bare
    verb ("He added", "وأضاف") takes the last named speaker, a short form ("the ministry",
    "الوزارة") or a surname the full name given earlier, and an acronym its full name.

    `Attributor(text, lex, ...)` makes an instance of the lexicon's own subclass
    (`_attributor_class`), whose class attributes are the lexicon's tables: an article's
    attributor holds only its own state, in slots. The 3.11 interpreter specialises a method
    call or an attribute read on an instance without a dict, and none on an instance whose dict
    holds the tables (they were some 270 of its 300 attributes): a slot for every attribute an
    article sets (tests/test_fast_paths.py holds the list to the code).
    """

    __slots__ = (
        "_headline_cache",
        "_headline_sources",
        "_inside_quote_memo",
        "_issuers_cache",
        "_issuers_reading",
        "_first_voices_after",
        "_voiced_any",
        "_lower_cache",
        "_names_cache",
        "_opening_cache",
        "_bullet_items",
        "_looking_back",
        "_pointed_back",
        "_quoted_headline_sources",
        "_subjects_after",
        "_token_runs",
        "acronyms",
        "all_tokens",
        "awaiting_issuer",
        "brackets",
        "figure_starts",
        "figure_spans",
        "frames",
        "norm",
        "read_up_to",
        "sentence_starts",
        "sentences",
        "spoken",
        "time_spans",
        "time_starts",
        "token_starts",
        "unvoiced",
        "voiced_genders",
        "voices",
        "withheld",
        *_HELD_TABLES,
    )

    def __new__(cls, text: str, lex: Lexicon, *args: Any, **kwargs: Any) -> Attributor:
        return object.__new__(_attributor_class(lex) if cls is Attributor else cls)

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        sentences: Sequence[Span],
        times: Sequence[TimeMention] = (),
        figures: Sequence[Span] = (),
        tokenized: TokenizedText | None = None,
    ) -> None:
        tables = _attributor_tables(lex).__dict__
        for name in _HELD_TABLES:
            setattr(self, name, tables[name])
        tokenized = tokenized if tokenized is not None else tokenize_text(text)
        self.norm, self.all_tokens = tokenized
        self.token_starts = tokenized.starts  # shared with the other engines: read only
        # Whether any token can be an opening square bracket (`_editorial_asides`): most
        # articles have none, and each sentence is asked about once a figure or a frame.
        self.brackets = "[" in self.norm.text
        self.sentences = sentences
        self.sentence_starts = [start for start, _ in sentences]
        # `_tokens`' list by the span asked for (a sentence's tokens are asked for again and
        # again): a slice of the article's tokens, or a span that cuts a token tokenized anew.
        self._token_runs: dict[Span, list[Token]] = {}
        # A time expression ends a subject: "وأكدت وزارة الصحة يوم الأربعاء أن" is the ministry's.
        times = [t for t in times if not _name_word_time(text, t)]
        self.time_starts = frozenset(t.span[0] for t in times)
        self.time_spans = sorted(t.span for t in times)
        self.figure_spans = sorted(figures)
        self.figure_starts = [start for start, _ in self.figure_spans]
        # Sources a headline names as the subject before its verb (resolved to the article's
        # fullest name when asked for).
        self._headline_sources: set[Source] = set()
        # Those of them only quoted, not official by their words: speakers only where the article
        # names an official body that holds them.
        self._quoted_headline_sources: set[Source] = set()
        # The speaker each sentence read so far leaves to a sentence that continues it.
        self.voices: dict[int, Source | None] = {}
        # Sentences that go on with the voice before them for the sentences after, but whose own
        # figures no one states (no verb of saying, outside the statement: `_inside_statement`).
        self.unvoiced: set[int] = set()
        self.spoken: list[Source] = []  # every speaker named so far, in reading order
        # The gender of the verb that last named each speaker ("ذكر بيان للهيئة": masculine, the
        # statement's), which a bare verb after it may agree with (`_agrees`)
        self.voiced_genders: dict[Source, str] = {}
        self._opening_cache: frozenset[int] | None = None
        self._headline_cache: frozenset[int] | None = None
        self._names_cache: frozenset[str] | None = None
        self._issuers_cache: list[tuple[int, Source, bool]] | None = None
        # The issuing verbs (sentence, token) whose subject `_voice_of_report` is reading: a
        # subject that is the report itself ("للتأخر في نشر النتائج" ... "أظهرت النتائج") leads
        # back to the same verb, which then names no issuer.
        self._issuers_reading: set[tuple[int, int]] = set()
        # `_issuer_named_after`'s answer read once for every sentence when the article is read
        # whole: the first voice named after each sentence, None when none is.
        self._first_voices_after: list[Source | None] | None = None
        # Whether a sentence read so far names a voice (`_read`): a bare report read after one is
        # no lead's "official figures show" (`_unissued_bare_report`).
        self._voiced_any = False
        # Offsets of verbs whose subject is a bare report read before anyone spoke: the issuer the
        # article names after it speaks for it (`_issuer_named_after`).
        self.awaiting_issuer: set[int] = set()
        self._lower_cache: frozenset[str] | None = None
        # `_subject_after` by (the article's tokens it was given, as (first, count), the index,
        # `linked`): a speech verb's subject is read up to three times (its frame, whether it
        # closes its clause, whether it takes a figure as object).
        self._subjects_after: dict[tuple[int, int, int, bool], tuple[tuple[Token, ...], bool]] = {}
        self.acronyms: dict[str, Source] = {}
        self.acronyms = self._acronyms()
        self.frames: dict[int, list[_Frame]] = {}
        self.read_up_to = -1
        # Set when a subject was read as a speaker and withheld for want of evidence
        # (`_evidenced`): its verb then attributes to no one rather than to a carried speaker.
        self.withheld = False
        self._inside_quote_memo: dict[int, bool] = {}
        # `_pointed_back_at` by sentence: every speakerless figure of a sentence asks it.
        self._pointed_back: dict[int, Source | None] = {}
        self._looking_back = False  # inside `_pointed_back_at`: no second look from there
        self._bullet_items: dict[int, bool] = {}  # `_bullet_item` by bullet line

    # -- tokens and text -------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of the original text's [start, end), sliced from the article's tokens
        (tokenized once) when no token crosses an edge, as at sentence edges. Made once per
        span and handed out as made (a sentence's tokens are asked for some 80 times an
        article): a caller never changes the list in place (a change makes a new list)."""
        run = self._token_runs.get((start, end))
        if run is None:
            origin = self.norm.origin
            low, high = bisect_left(origin, start), bisect_left(origin, end)
            first = bisect_left(self.token_starts, low)
            last = bisect_left(self.token_starts, high)
            tokens = self.all_tokens
            whole = (first == 0 or tokens[first - 1].end <= low) and (
                last == 0 or tokens[last - 1].end <= high
            )
            run = self._token_runs[start, end] = (
                tokens[first:last] if whole else tokenize(self.norm.text, low, high)
            )
        return run

    def tokens_of(self, index: int) -> list[Token]:
        """The tokens of sentence `index`."""
        start, end = self.sentences[index]
        return self._tokens(start, end)

    def _at(self, tok: Token) -> int:
        return self.norm.origin[tok.start]

    def _stem(self, word: str, table: frozenset[str]) -> str | None:
        """`lex.strip_prefix(word, table)`: for the lexicon's own tables, a look-up in its clitic
        index, found by the table's identity (asked hundreds of times an article). The lexicon
        keeps every table it hands out, so no other object takes such a table's id: the id alone
        finds its index's look-up."""
        get = self.stem_indexes.get(id(table))
        if get is not None:
            return get(word)
        index = self.lex.owned_index(table)
        if index is None:
            return self.lex.strip_prefix(word, table)
        self.stem_indexes[id(table)] = index.get
        return index.get(word)

    def _text(self, tokens: Sequence[Token]) -> str | None:
        if not tokens:
            return None
        start, end = self.norm.span(tokens[0].start, tokens[-1].end)
        return self.norm.original[start:end]

    def _names_place(self, words: Sequence[Token]) -> bool:
        """Whether the words, read as written, open with a place the lexicon knows."""
        return self.lex.strip_prefix(" ".join(t.text for t in words), self.places) is not None

    def _capitalised(self, tok: Token) -> bool:
        ch = self.norm.original[self._at(tok)]
        return ch.isupper()

    def _in_time(self, tok: Token) -> bool:
        return self._time_at(self._at(tok))

    def _time_at(self, at: int) -> bool:
        """Whether the original text's offset `at` is inside a time the dates engine found."""
        k = bisect_left(self.time_spans, (at + 1,)) - 1
        return k >= 0 and self.time_spans[k][0] <= at < self.time_spans[k][1]

    def _is_verb(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token `i` is a speech verb that may open a frame. Only a word `_verb_stem`
        knows can be one: _sentence_frames passes over the others by the verb memo."""
        tok = tokens[i]
        if tok.kind != "word" or self._verb_stem(tok.text) is None:
            return False
        if 0 < i < len(tokens) - 1 and tokens[i - 1].text in _QUOTES and tokens[i + 1].text in _QUOTES:
            return False  # "إدارة الكوارث والطوارئ "آفاد"": a name in quotes, not the verb أفاد
        if i > 0 and self.noun_prepositions_stem(tokens[i - 1].text) is not None:
            # "كشفت عن توقعها باستمرار ...": a noun after a preposition, not a verb; "ومن بين
            # الجرحى": the preposition "بين" after another, a conjunction written onto it
            return False
        if (
            i + 1 < len(tokens)
            and self.noun_like_verbs_stem(tok.text.lower()) is not None
            and tokens[i + 1].kind == "word"
            and self._capitalised(tok)
            and self._capitalised(tokens[i + 1])
            and self._verb_stem(tokens[i + 1].text) is not None
        ):
            return False  # "..., Report Says" (title case): the verb's subject, a noun
        if i > 0 and tokens[i - 1].text in self.degree_words:
            return False  # "مصادر شبه مؤكدة": an adjective after a word of degree, not a participle
        if self._counted_noun(tok):
            return False  # "منهم 1.071 مليون ذكر": the figure's counted noun, not the verb ذكر
        if i > 0 and self.masdar_leads_stem(tokens[i - 1].text) is not None:
            return False  # "والجدير ذكره أن": a verbal noun after an adjective, no one speaks
        if not self.after_verb and i > 0 and tokens[i - 1].text in self.determiners:
            return False  # "The report has come": a noun after a determiner
        if not self.after_verb and i > 0 and tokens[i - 1].text in self.attributive_links:
            return False  # "the number of confirmed cases": an adjective after a preposition
        if self._title_word_in_name(tokens, i):
            return False  # "Data from the Labour Market Report shows": a report's title, no verb
        if (
            not self.after_verb
            and tok.text in self.raising_verbs
            and i + 1 < len(tokens)
            and tokens[i + 1].text in self.infinitive_marks
        ):
            return False  # "Obama expected to sign the $1.1 trillion bill": a passive, its "is" left out
        if self._participle_before_figure(tokens, i):
            return False  # "from the previously reported 143": an adjective, not a verb
        if self._modified_forecast_noun(tokens, i):
            return False  # "its 2022 GDP forecast": a noun after its possessive and modifiers
        if self._subject_of_copula(tokens, i):
            return False  # "NODX forecasts for 2018 are adjusted": the subject of "are", a noun
        if self._result_verb(tokens, i):
            return False  # "North Africa posted a 16 percent rise": a result, not a statement
        if (
            tok.text in self.clause_speech_verbs
            and i + 1 < len(tokens)
            and tokens[i + 1].text not in self.clause_speech_links
            and tokens[i + 1].text not in _QUOTES
        ):
            return False  # "The games also highlighted a display of unity": no clause reported
        if self.verbs_stem(tok.text) is None and (
            self._ends_in_ta_marbuta(tok)
            or (i + 1 < len(tokens) and (tokens[i + 1].kind == "num" or self._holds_figure(tokens[i + 1])))
        ):
            # "إضافة": a noun ending in ة, not "أضاف" with an object pronoun; "قدره 9.8 مليار":
            # a noun with a possessive before its figure, not "قدّر" with an object pronoun
            return False
        # "were reported to have been", "is estimated": a passive names no speaker, unless its
        # agent follows ("were confirmed by the Ministry of Health").
        passive = self._passive_verb(tokens, i)
        return not passive or (i + 1 < len(tokens) and tokens[i + 1].text in self.agent_links)

    def _counted_noun(self, tok: Token) -> bool:
        """Whether the word lies inside a figure's text after its start: the noun the figure
        counts ("1.071 مليون ذكر"), which is never the verb its letters also spell."""
        at = self.norm.origin[tok.start]
        spans = self.figure_spans
        k = bisect_left(spans, (at,)) - 1
        return k >= 0 and spans[k][0] < at < spans[k][1]

    def _progressive(self, tok: Token) -> bool:
        """Whether a verb's form is the progressive ("reporting", "expecting")."""
        return bool(self.progressive_endings) and tok.text.endswith(self.progressive_endings)

    def _passive_verb(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the verb at `i` is passive: a participle after a form of "be" ("were
        reported"); its progressive form is active ("Analysts were expecting a rise")."""
        return i > 0 and tokens[i - 1].text in self.passives and not self._progressive(tokens[i])

    def _title_word_in_name(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a capitalised speech verb's homograph is a word of a name it ends or goes on
        ("the Labour Market Report shows", "figures from the Labour Market Report:"): the last of
        a run of capitalised words after a lower-case article, with no capital word after it. In
        a headline the article opening it would be capitalised ("The Ministry Says"), a subject
        after a comma has none ("..., Health Ministry Says"), and a verb of title case after one
        ends the headline ("..., the Central Bank Says") (English)."""
        if self.after_verb or i < 2 or not self._capitalised(tokens[i]):
            return False
        before = tokens[i - 1]
        if before.kind != "word" or not self._capitalised(before) or before.end != tokens[i].start - 1:
            return False
        if i + 1 >= len(tokens) or tokens[i + 1].text in _SENTENCE_STOPS:
            return False  # "Output Rose 3 Percent, the Central Bank Says": a title-case headline's verb
        if tokens[i + 1].kind == "word" and self._capitalised(tokens[i + 1]):
            return False
        k = i - 1
        while k > 0 and tokens[k - 1].kind == "word" and self._capitalised(tokens[k - 1]):
            k -= 1
        lead = tokens[k - 1] if k > 0 else None
        return lead is not None and lead.text in self.determiners and not self._capitalised(lead)

    def _result_verb(self, tokens: Sequence[Token], i: int) -> bool:
        """ "posted" (claims.result_verbs) states a result its subject achieved when what follows
        is no place it was posted at (result_verb_links) nor a quote, unless a report noun comes
        before any figure in the next few words: "posted figures showing 40 deaths", "posted
        new data" publish what the subject says; "posted a 16 percent rise" is a result."""
        if (
            self.result_verbs_stem(tokens[i].text) is None
            or i + 1 >= len(tokens)
            or tokens[i + 1].text in self.result_verb_links
            or tokens[i + 1].text in _QUOTES
        ):
            return False
        for tok in tokens[i + 1 : i + 5]:
            if tok.kind == "num" or self._holds_figure(tok):
                return True
            if tok.kind == "word" and self.report_nouns_stem(tok.text) is not None:
                return False
        return True

    def _participle_before_figure(self, tokens: Sequence[Token], i: int) -> bool:
        """A speech verb's participle between a determiner (past adverbs of time: "the previously
        reported 143", "its initially estimated 5,000") and a figure qualifies the figure, as an
        adjective does (English)."""
        if self.after_verb or i + 1 >= len(tokens):
            return False
        k = i - 1
        while k >= 0 and tokens[k].text in self.skips:
            k -= 1
        return (
            k >= 0
            and (tokens[k].text in self.determiners or tokens[k].text in self.possessive_determiners)
            and (tokens[i + 1].kind == "num" or self._holds_figure(tokens[i + 1]))
        )

    def _ends_in_ta_marbuta(self, tok: Token) -> bool:
        """Whether the word is written with a final ة (folded to ه by normalization)."""
        end = self.norm.origin[tok.end - 1]
        return self.norm.original[end] == "ة"

    def _verb_stem(self, word: str) -> str | None:
        """The speech verb a word is, with a clitic before or an object pronoun after it
        ("أوردتها"); remembered per word, since a sentence's words are looked at often."""
        if word in self.verb_memo:
            return self.verb_memo[word]
        return _remember_word(self.verb_memo, word, self._suffixed_stem(word, self.verbs_stem))

    def _suffixed_stem(self, word: str, stem: Callable[[str], str | None]) -> str | None:
        """`stem(word)`, else `stem` of the word past an object pronoun written onto it
        (claims.verb_suffixes: "أوردتها"، "نقلته"), at least three letters left."""
        return self._split_suffix(word, stem)[1]

    def _unsuffixed(self, word: str) -> str:
        """The word without an object pronoun written onto a speech verb ("سجلها" -> "سجل"),
        as `_suffixed_stem` reads it; the word itself when it is a verb as written or no verb."""
        return self._split_suffix(word, self.verbs_stem)[0]

    def _split_suffix(self, word: str, stem: Callable[[str], str | None]) -> tuple[str, str | None]:
        """The word as `stem` knows it, written bare or before an object pronoun (the first of
        claims.verb_suffixes, longest first, that leaves three letters and a word it knows), and
        `stem` of that; (word, None) when it knows neither."""
        found = stem(word)
        if found is not None:
            return word, found
        for suffix in self.verb_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                found = stem(word[: -len(suffix)])
                if found is not None:
                    return word[: -len(suffix)], found
        return word, None

    def _acronyms(self) -> dict[str, Source]:
        """ "the Independent High Electoral Commission (IHEC)": the acronym names the same
        speaker as the words before the parenthesis."""
        found: dict[str, Source] = {}
        tokens = self._tokens(0, len(self.norm.original))
        # A parenthesis is a token of its own: the tokens starting at each one in the text are
        # all the loop needs to look at (an article has a few, and thousands of tokens).
        opening = [m.start() for m in _OPENING_PARENTHESIS.finditer(self.norm.text)]
        for i in [bisect_left(self.token_starts, at) for at in opening]:
            if not 2 <= i < len(tokens) - 2:
                continue
            if tokens[i].text != "(" or tokens[i + 2].text != ")" or tokens[i + 1].kind != "word":
                continue
            name = self._subject_before(tokens, i, allow_skips=False)
            # a name never runs across a line: "... in Nigeria – NCDC" (a headline) before "The
            # Nigeria Centre for Disease Control (NCDC)" is not part of it
            broken = [
                k for k in range(1, len(name)) if "\n" in self.norm.text[name[k - 1].end : name[k].start]
            ]
            if broken:
                name = name[broken[-1] :]
            if self.after_verb:
                name = next((name[k:] for k in range(len(name)) if self._is_organisation(name[k:])), [])
            if name:
                source = self._source(name)
                if source is not None:
                    key = source.key or self._key(self._text(tokens[i + 1 : i + 2]) or "")
                    found[tokens[i + 1].text] = Source(source.name, source.role, key)
        return found

    # -- subjects --------------------------------------------------------------------------

    def _breaks(self, tok: Token) -> bool:
        return tok.kind != "word" or tok.text in _SUBJECT_BREAKS

    def _holds_figure(self, tok: Token) -> bool:
        # The token's start and text by name: slots (`slot_fields`), read by a specialised
        # instruction, where an index on a tuple's subclass takes the generic subscript path.
        at = self.norm.origin[tok.start]
        starts = self.figure_starts
        k = bisect_left(starts, at)
        return k < len(starts) and starts[k] < at + len(tok.text)

    def _any_figure(self, tokens: Sequence[Token]) -> bool:
        """`any(t.kind == "num" or self._holds_figure(t) for t in tokens)` (tokens in text
        order), without a call per token where it cannot be: a number is found by a C scan, and
        no token holds a figure when no figure starts between the first token's start and the
        last token's end. The normalized text only drops characters, so its offset map rises by
        at least one a character: no token before the last ends past the last one's end."""
        if not tokens:
            return False
        for tok in tokens:  # a slot read a token, not an itemgetter's generic subscript
            if tok.kind == "num":
                return True
        starts, origin = self.figure_starts, self.norm.origin
        k = bisect_left(starts, origin[tokens[0].start])
        last = tokens[-1]
        if k == len(starts) or starts[k] >= origin[last.start] + len(last.text):
            return False
        return any(self._holds_figure(t) for t in tokens)

    def _title_joined(self, tokens: Sequence[Token], k: int, subject: Sequence[Token]) -> bool:
        """Whether the joiner at `k` joins the lower-case words of a title written between a
        body's possessive and a person's name ("Stats NZ’s work and wellbeing senior manager
        Victoria Treliving"): lower-case words since the possessive, a few more after the joiner,
        then a capital (English, where a title comes before the name)."""
        if self.after_verb:
            return False
        owner = next(
            (n for n in range(len(subject) - 2, 0, -1) if self._possessive(subject[n], subject[n + 1])),
            None,
        )
        if owner is None or owner + 2 >= len(subject):
            return False
        if any(t.kind != "word" or self._capitalised(t) for t in subject[owner + 2 :]):
            return False
        n = k + 1
        while (
            n < len(tokens) and n - k <= 4 and tokens[n].kind == "word" and not self._capitalised(tokens[n])
        ):
            n += 1
        return n > k + 1 and n < len(tokens) and tokens[n].kind == "word" and self._capitalised(tokens[n])

    def _subject_after(
        self, tokens: Sequence[Token], index: int, *, linked: bool = False
    ) -> tuple[list[Token], bool]:
        """`_read_subject_after`, remembered for the article's tokens (a run of them, as a
        sentence's are). It reads only the tokens and what is fixed for the article (the
        lexicon, the figures' and times' offsets), never what reading has found so far
        (tests/test_fast_paths.py holds it to that), so the same run and index give the same
        subject whenever asked."""
        run = self._run_of(tokens)
        if run is None:
            return self._read_subject_after(tokens, index, linked=linked)
        key = (*run, index, linked)
        known = self._subjects_after.get(key)
        if known is not None:
            return list(known[0]), known[1]
        words, bounded = self._read_subject_after(tokens, index, linked=linked)
        self._subjects_after[key] = (tuple(words), bounded)
        return words, bounded

    def _run_of(self, tokens: Sequence[Token]) -> tuple[int, int] | None:
        """(index of the first, count) when `tokens` is a list of the article's own tokens in a
        row, else None (tokens made again for a span that cuts one, or a list put together)."""
        if not tokens or not isinstance(tokens, list):
            return None
        first = bisect_left(self.token_starts, tokens[0].start)
        count = len(tokens)
        every = self.all_tokens
        if first < len(every) and every[first] is tokens[0] and every[first : first + count] == tokens:
            return first, count
        return None

    def _read_subject_after(
        self, tokens: Sequence[Token], index: int, *, linked: bool = False
    ) -> tuple[list[Token], bool]:
        """The words after a verb-first speech verb, and whether a boundary ended them (a
        subject that runs into a figure may have swallowed the verb's object).

        An organisation's name runs on through a preposition written onto a definite word
        and a place after "في": "المفوضية العليا المستقلة للانتخابات في العراق"; after any
        other subject those open a complement ("قال أوستن للصحفيين")."""
        subject: list[Token] = []
        k = index
        limit = self.max_words
        while k < len(tokens):
            tok = tokens[k]
            kind, text = tok.kind, tok.text  # read once (slots: a specialised read each)
            if not subject and kind == "num":
                age = self._age_adjective_at(tokens, k)
                if age:
                    k += age  # "said 18-year-old Maryam Bibi": how old, no part of the name
                    continue
            if kind == "num" or self._holds_figure(tok):
                return subject, False
            honorific = 0 if subject else self._honorific(tokens, k)
            if honorific:
                k += honorific  # "صاحب السمو الشيخ محمد": a form of address, not the name
                continue
            alias = (
                self._quoted_alias(tokens, k)
                if text in _QUOTES
                and subject
                and (
                    self._names_organisation(subject)
                    or self._head_awaits_name(subject[-1])
                    or self._rank_awaits_name(subject)
                    # "وكيلة «الصحة العامة» فلانة": a title in the construct state, the body it
                    # serves in quotation marks as its genitive
                    or self._title_in_construct(subject[-1])
                )
                else 0
            )
            if (
                alias == 3
                and self.after_verb
                and len(subject) > 1
                and not self._definite(tokens[k + 1].text)
                and self._definite(subject[-1].text)
            ):
                # "وكالة الأنباء الفلسطينية "وفا"": one word without the article in quotes after
                # a body's full name is its acronym, a short form ("وكالة “وفا”" has only the
                # head: there it is the name; "جمعية الإغاثة "الأمل"" a name of its own; after a
                # noun without the article, "التابعة لحركة “حماس”", it is that noun's genitive)
                return subject, True
            if alias:
                subject.extend(tokens[k : k + alias])  # "الدفاع المدني السوري "الخوذ البيضاء""
                k += alias
                if self._opens_clause_after_name(tokens, k):
                    return subject, True  # "بحسب وكالة "سانا" بلغ عدد القتلى": the verb's clause
                continue
            # Each guard below is the first test of the call it guards (a word's text against a
            # short table or a sign), read here without the call: most words pass every one.
            governed = (
                self._governed(tokens, k, subject)
                if text in self.governed_links or text[:1] in self.written_governed_links
                else 0
            )
            if governed:
                subject.extend(tokens[k : k + governed])  # "اللجنة المشرفة على انتخابات ..."
                k += governed
                limit = _written_length(subject) + 1
                continue
            if subject and text == "." and self._abbreviation_dot(tokens, k) and k + 1 < len(tokens):
                subject.append(tok)  # "said Lt. Gen. Ahmed Shah": a title's stop
                k += 1
                continue
            possessive = self._possessive_after(tokens, k) if subject and text in self.possessive_marks else 0
            if possessive:
                subject.extend(tokens[k : k + possessive])  # "said Chile's Geology Service"
                k += possessive
                continue
            if subject and text == "." and self._abbreviation_dot(tokens, k):
                subject.append(tok)  # "according to Mr. Hardiman": the stop of an abbreviation
                k += 1
                continue
            if subject and text == "-" and self._inner_hyphen(tokens, k):
                # "said Lee Du-won, the director", "according to state-run media", "by the
                # disaster-response agency", "commander-in-chief": a hyphen written between two
                # words joins them into one word, the word after it included
                subject.extend(tokens[k : k + 2])
                k += 2
                continue
            if subject and text in _APOSTROPHES and self._name_apostrophe(tokens, k):
                subject.append(tok)  # "said Peter O'Neill": an apostrophe inside a surname
                k += 1
                continue
            if subject and kind != "word" and text in self.name_joiners and self._joins_name(tokens, k):
                subject.append(tok)  # "the DGCI&S", "S&P Global": a joiner written as a sign
                k += 1
                continue
            if subject and kind == "word" and subject[-1].text in self.degree_words:
                subject.append(tok)  # "مصادر شبه مؤكدة": the adjective a word of degree governs
                k += 1
                continue
            if subject and text in self.name_joiners and self._title_joined(tokens, k, subject):
                subject.append(tok)  # "said Stats NZ’s work and wellbeing senior manager Victoria Treliving"
                k += 1
                continue
            listed = self._listed_name_after(tokens, k, subject) if text == "," and subject else 0
            if listed:
                subject.extend(tokens[k : k + listed])  # "the Ministry of Trade, Industry and Energy"
                k += listed
                continue
            if kind != "word" or text in _SUBJECT_BREAKS or self._at(tok) in self.time_starts:
                return subject, True  # `_breaks`, or a time
            # Whether the subject names an organisation (`_names_organisation`) is asked only
            # where a cheaper test of the word has passed: most words reach none of the four.
            if text in self.affiliations and subject and self._names_organisation(subject):
                # "... التابع للأمم المتحدة": whose body it is
                limit = max(limit, _written_length(subject) + 4)
            body = (
                (self._body_after(tokens, k, subject) or self._group_of_source(tokens, k, subject))
                if text in self.place_links
                else 0
            )
            origin = self._origin_of_source(tokens, k, subject) if text in self.origin_links else 0
            if origin:
                subject.extend(tokens[k : k + origin])  # "مصدر من الإدارة الجهوية للحماية المدنية"
                return subject, True
            if body:
                subject.extend(tokens[k : k + body])  # "وزير الخارجية في حكومة تصريف الأعمال"
                if self._rank_after_placed_body(subject, tokens, k + body):
                    k += body  # "... في حكومة تصريف الأعمال الدكتور فلان": the holder's name
                    continue
                return subject, True
            if (
                subject
                and text in self.place_links
                and subject[-1].text not in self.place_links
                and (self._body(subject) or self._defined_group(subject))
            ):
                named = self._named_place(tokens, k + 1)
                if named:
                    subject.extend(tokens[k : k + 1 + named])  # "الدفاع المدني في محافظة نينوى"
                    return subject, True
            if (
                subject
                and text in self.place_links
                and subject[-1].text not in self.place_links
                # a body the lexicon knows by name ("الدفاع المدني في إدلب") is placed as one named
                # by its head noun: the place says which body speaks (D15)
                and (
                    self._names_organisation(subject)
                    or self._known_org(subject)
                    or self._speaks_for_body(subject, tokens, k)
                    or self._defined_group(subject)
                )
            ):
                place = self._place_after(tokens, k + 1) or self._field_after(tokens, k + 1)
                if place:
                    subject.extend(tokens[k : k + 1 + place])
                    return subject, True
            # The word after a seat's preposition written onto this one: what the four calls
            # below on a seat, a parent body and a manner read first (no such word: none holds).
            seated = self._after_seat_prefix(tok) if subject else None
            if seated is not None and self._place_noun_seat(tok) and self._body(subject):
                named = self._named_place(tokens, k, first=seated)
                if named:
                    subject.extend(tokens[k : k + named])  # "السلطات المحلية بمدينة الدبة"
                    return subject, True
            if subject and k > 0 and not self.after_verb and self._joins_name(tokens, k):
                subject.append(tok)
                k += 1
                continue
            if seated is not None and self._seat(tokens, k) and self._body(subject):
                subject.append(tok)  # "الدفاع المدني بالإقليم": the body's seat
                return subject, True
            seat = self._named_seat(tokens, k, seated) if seated is not None else 0
            if seat and self._body(subject):
                subject.extend(tokens[k : k + seat])  # "الشرطة الفلسطينية بالضفة الغربية"
                return subject, True
            if seated is not None and self._parent_body(tok):
                # "قطاع البحث والإنقاذ بالمنظومة الوطنية لإدارة الحالات الطارئة": a body inside
                # the body written after it with "ب", part of its fullest name
                subject.append(tok)
                limit = max(limit, _written_length(subject) + 4)
                k += 1
                continue
            if seated is not None and self._manner(tok):
                return subject, True  # "وقالت الحكومة بالإجماع", "وقال الوزير بكلمة ألقاها"
            if subject and self._description_after_name(tokens, k):
                return subject, True  # "صحيفة “الوطن” المقربة من النظام": the name ends before
            if subject and (subject[-1].text, text) in self.source_complements:
                subject.append(tok)  # "مصدر مقرب من الحزب": the complement describes the source
                limit = max(limit, _written_length(subject) + 2)
                k += 1
                continue
            if self.stops_stem(text) is not None and not self._name_goes_on(subject, tokens, k):
                return subject, True
            if subject and text in self.name_ending_relatives and self._capitalised(subject[-1]):
                # "according to Musa Garba who lost ten relatives": a name ends at its relative
                # ("according to those who saw it" is no one's)
                return subject, True
            # `_link_prefix`'s first test (a preposition written onto the word): without one, the
            # word has no link, and the five calls below that read one answer no.
            prefixed = text.startswith(self.link_prefix_order)
            if (
                (prefixed and self._addressee(subject, tok))
                or (subject and prefixed and self._told_wire(tokens, k))
                or (subject and self._wire_object(tokens, index, k))
                or (prefixed and self._told_outlet(subject, tok))
            ):
                return subject, True
            if prefixed and (subject or (self.after_verb and not linked)) and self._addressed(tok):
                # "وقالت الوزارة للصحفيين": whom it was said to; right after the verb ("صرحت
                # لمراسل الصحيفة") as well: a subject never opens with a preposition
                return subject, True
            if (
                subject
                and text in self.told_prepositions
                and k + 1 < len(tokens)
                and (
                    tokens[k + 1].text in _QUOTE_OPENERS
                    or (tokens[k + 1].kind == "word" and not self._title_awaits_body(subject))
                )
            ):
                # "وقالت مصادر محلية لـ"الموقع"", "وقال المتحدث فلان لـ المسلة": a preposition
                # written apart says whom it was said to, with or without quotation marks
                return subject, True
            if (
                prefixed
                and (
                    self._titled_body_genitive(subject, tok)
                    # "مدير إعلام المديرية العامة لمكافحة المخدرات والمؤثرات العقلية": what the
                    # body is for, a verbal noun in the construct state, goes on with its name too
                    or (
                        self.after_verb
                        and len(subject) >= 2
                        and k + 1 < len(tokens)
                        and self._title_word(subject[0].text)
                        and self._body_purpose_at([*subject, *tokens[k : k + 3]], len(subject))
                    )
                )
            ):
                subject.append(tok)  # "رئيس الجهاز المركزي للتعبئة العامة والإحصاء"
                limit = max(limit, _written_length(subject) + 3)
                k += 1
                continue
            if (
                self._opens_complement(text)
                and not (subject and self._names_organisation(subject))
                and not (linked and not subject)
                and not self._body_of_title(subject, tok)
                and not self._known_body_of_title(subject, tokens, k)
            ):
                return subject, True
            if (
                subject
                and self._verb_stem(text) is not None
                # "إحصائية حديثة نشرها المركز": the relative clause of issuing goes on (its
                # issuer is read from it, `_issuing_relative`), as for any verb of issuing
                and not self._view_verb_with_object(text)
                # "the Road Safety Report": a capitalised word in a run of them is a name's
                and not (self._capitalised(tok) and self._capitalised(subject[-1]))
                # "says the report": right after an article, a verb's homograph is a noun
                and not (len(subject) == 1 and subject[0].text.lower() in self.determiners)
            ):
                return subject, True
            # The cheap test of the word first: `_body` reads the whole subject (both are pure).
            if (
                subject
                and self._object_after_body(subject, tok)
                and (self._names_organisation(subject) or self._body(subject))
            ):
                return subject, True  # "أعلنت المفوضية العليا للانتخابات آلية توزيع المقاعد"
            if text in self.clause_words and not self._capitalised(tok) and self._bare_report(subject):
                # "according to the results is leading ...": the report ends where the clause's
                # auxiliary starts (not "saying Washington would break": a clause, no name)
                return subject, True
            subject.append(tok)
            if (
                # a run is never more words as written than it has tokens: the count first
                len(subject) >= limit
                and _written_length(subject) >= limit
                and not self._lineage_open(subject, tokens, k + 1)
                and not self._titled_name_open(subject, tokens, k + 1)
                and not self._affiliation_open(subject, tokens, k + 1)
                and not self._title_goes_on(subject, tokens, k + 1)
                and not self._name_run_open(subject, tokens, k + 1, limit)
                and not self._body_name_open(subject, tokens, k + 1)
                and not self._rank_ahead(subject, tokens, k + 1)
            ):
                return self._trim_affiliation(subject, tokens, k + 1), True
            k += 1
        return subject, False

    def _description_after_name(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether token `k` and the next are a definite adjective with its preposition that
        describes the source named before it (claims.description_complements: "المقربة من",
        and with "and" written onto it, "والمستندة إلى"): a description, never the name's."""
        if not self.description_complements or k + 1 >= len(tokens):
            return False
        word = tokens[k].text
        following = tokens[k + 1].text
        if (word, following) in self.description_complements:
            return True
        # most words have no coordinator written on: told by one C test (no generator over the
        # forms: it would make `following` a cell at every call)
        if word.startswith(self.coordinator_prefixes):
            joined = first_prefix(word, self.coordinator_prefixes) or ""
            return (word[len(joined) :], following) in self.description_complements
        return False

    def _listed_item(self, tokens: Sequence[Token], start: int, step: int) -> int:
        """How many capitalised words (at most three) run from `start` in direction `step` (1
        or -1) with no place among them: an item of a body's listed name; 0 if none."""
        count, j = 0, start
        while 0 <= j < len(tokens) and count < 3 and self._capitalised_word(tokens[j]):
            count += 1
            j += step
        item = tokens[start:j] if step > 0 else tokens[j + 1 : start + 1]
        if not item or self._names_place(item):
            return 0
        return count

    def _capitalised_word(self, tok: Token) -> bool:
        return tok.kind == "word" and self._capitalised(tok)

    def _list_link_at(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether token `j` is a link (`name_list_links`) after a capitalised body's head noun
        ("Ministry of", "Department for"): where a body's listed name starts its list."""
        return (
            j >= 1
            and tokens[j].text in self.name_list_links
            and self._capitalised_word(tokens[j - 1])
            and self.org_heads_stem(tokens[j - 1].text) is not None
        )

    def _listed_name_start(self, tokens: Sequence[Token], comma: int, subject: Sequence[Token]) -> int | None:
        """Where a body's name starts when its list of capitalised words, closed by "and", runs
        back over commas to its head noun and link ("The Ministry of Trade, Industry and Energy
        said", "Japan's Ministry of Health, Labour and Welfare reported"): the index of the head
        noun; None when the subject read so far is no such last item ("Industry and Energy") or
        the words before the comma are no such list (places are never its items: "the Ministry
        of Health, Kenya and Uganda")."""
        joiner = next((n for n in range(1, len(subject) - 1) if subject[n].text in self.name_joiners), None)
        if joiner is None or any(
            n != joiner and not self._capitalised_word(subject[n]) for n in range(len(subject))
        ):
            return None
        if any(self._names_place(part) for part in (subject[:joiner], subject[joiner + 1 :])):
            return None
        j = comma - 1
        while True:
            count = self._listed_item(tokens, j, -1)
            if not count:
                return None
            j -= count
            if j >= 0 and tokens[j].text == ",":
                j -= 1
                continue
            return j - 1 if self._list_link_at(tokens, j) else None

    def _listed_name_after(self, tokens: Sequence[Token], comma: int, subject: Sequence[Token]) -> int:
        """How many tokens from the comma at `comma` go on a body's name whose list of capitalised
        words closes with "and" ("according to the Ministry of Trade, Industry and Energy"): the
        subject read so far ends in the head noun, its link and capitalised words, and the list
        ends the phrase (a sign or the text's end after it, not a verb: "according to the
        Ministry of Health, Kenya and Uganda recorded"); else bodies listed before the plural head
        noun they share (`_listed_before_head`); 0 if none."""
        links = self.name_list_links
        link = next((n for n in range(len(subject) - 2, 0, -1) if subject[n].text in links), None)
        if (
            link is None
            or not self._list_link_at(subject, link)
            or any(not self._capitalised_word(t) for t in subject[link + 1 :])
        ):
            return self._listed_before_head(tokens, comma, subject)
        j = comma
        while j < len(tokens) and tokens[j].text == ",":
            count = self._listed_item(tokens, j + 1, 1)
            if not count:
                return 0
            j += 1 + count
            if j < len(tokens) and tokens[j].text in self.name_joiners:
                count = self._listed_item(tokens, j + 1, 1)
                if not count:
                    return 0
                j += 1 + count
                return 0 if j < len(tokens) and tokens[j].kind == "word" else j - comma
        return 0

    def _listed_before_head(self, tokens: Sequence[Token], comma: int, subject: Sequence[Token]) -> int:
        """How many tokens from the comma at `comma` go on the names of bodies listed before the
        plural head noun they share ("according to the Nasser, Al-Aqsa and Al-Ahli hospitals"):
        the subject read so far is capitalised words (the article first at most, no place), the
        list closes with "and" and a last item, and a body's head noun in the plural, in lower
        case, ends the phrase; 0 if none (English; "the Nasser, Al-Aqsa and Al-Ahli" with no head
        names no one)."""
        if self.after_verb:
            return 0
        words = list(subject)
        if words and words[0].text in self.determiners:
            words = words[1:]
        if not words or any(not self._capitalised_word(t) for t in words) or self._names_place(words):
            return 0
        j = comma
        while j < len(tokens) and tokens[j].text == ",":
            count = self._hyphened_item(tokens, j + 1)
            if not count:
                return 0
            j += 1 + count
            if j < len(tokens) and tokens[j].text in self.name_joiners:
                count = self._hyphened_item(tokens, j + 1)
                if not count:
                    return 0
                j += 1 + count
                if j >= len(tokens) or tokens[j].kind != "word" or self._capitalised(tokens[j]):
                    return 0
                head = tokens[j].text
                plural = next((e for e in self.plural_endings if head.endswith(e)), None)
                if (
                    plural is None
                    or head.endswith(self.singular_endings)
                    or self.org_heads_stem(head[: -len(plural)]) is None
                ):
                    return 0
                return j + 1 - comma
        return 0

    def _hyphened_item(self, tokens: Sequence[Token], start: int) -> int:
        """How many tokens from `start` make an item of a listed name: capitalised words (at most
        three) and the hyphens inside them ("Al-Aqsa"), no place among them; 0 if none."""
        j, words = start, 0
        while j < len(tokens) and words < 3:
            if self._capitalised_word(tokens[j]):
                words += 1
            elif not (tokens[j].text == "-" and self._inner_hyphen(tokens, j)):
                break
            j += 1
        item = tokens[start:j]
        if not words or self._names_place([t for t in item if t.kind == "word"]):
            return 0
        return j - start

    def _name_run_open(self, subject: Sequence[Token], tokens: Sequence[Token], k: int, limit: int) -> bool:
        """Whether a subject at its word limit is inside a person's name after a title, the name
        going on ("said Narcotics CID director Datuk Seri Mohd Mokhtar Mohd Sharif"): a long title
        takes the limit's words, and a name cut short is a wrong name. The name runs on while its
        words are capitalised, up to `_NAME_RUN` words past the limit (English)."""
        if (
            self.after_verb
            or k >= len(tokens)
            or len(subject) >= limit + _NAME_RUN
            or tokens[k].kind != "word"
            or not self._capitalised(tokens[k])
            or not self._capitalised(subject[-1])
            or self.stops_stem(tokens[k].text) is not None
            or self.org_heads_stem(tokens[k].text) is not None
            or self._verb_stem(tokens[k].text) is not None
        ):
            return False
        return any(t.text in self.titles for t in subject[:-1])

    def _affiliation_open(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """Whether a body's name at the word limit goes on to say whose body it is ("مكتب تنسيق
        الإغاثة الإنسانية التابع للأمم المتحدة"): part of its fullest name."""
        return k < len(tokens) and tokens[k].text in self.affiliations and self._names_organisation(subject)

    def _lineage_open(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """Whether a subject at its word limit ends in a word of lineage whose name follows
        ("الناطق باسم اللجنة محمد تقي الله ولد الأدهم"): the name is not whole without it."""
        return (
            len(subject) > 1
            and subject[-1].text in self.lineage_links
            and k < len(tokens)
            and tokens[k].kind == "word"
            and tokens[k].text not in self.stops
            and not self._holds_figure(tokens[k])
        )

    def _titled_name_open(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """Whether a subject at its word limit has reached the name a title introduces and the
        name goes on ("قال وزير التربية والتعليم والتعليم الفني الدكتور رضا حجازي إن"): a long
        title leaves no room in the limit for the person it names, and a name cut after its first
        word is a wrong name. The name is read whole, as after a word of lineage: at most
        `_NAME_RUN` words past the title, none a title, a body's head noun or a figure (the
        boundaries of the reading still end it: a complementizer, a verb, a comma)."""
        if (
            k >= len(tokens)
            or tokens[k].kind != "word"
            or self._holds_figure(tokens[k])
            or self.stops_stem(tokens[k].text) is not None
            or self._title_word(tokens[k].text)
            or self.org_heads_stem(self._bare(tokens[k].text)) is not None
        ):
            return False
        if any(self._title_word(subject[-1 - back].text) for back in range(min(_NAME_RUN, len(subject) - 1))):
            return True
        # "وزير الصناعة والتجارة والمشاريع الصغيرة والمتوسطة المصري منير فخري عبدالنور": a title
        # whose every word after its head is definite (its genitives and adjectives, joined by
        # "و") is whole where a word without the article comes: a name, not more of the title
        name_at = next(
            (j for j in range(1, len(subject)) if not self._definite(subject[j].text)), len(subject)
        )
        if (
            self._title_word(subject[0].text)
            and name_at > 2
            and self._name_units([t.text for t in subject[name_at:]]) < _NAME_RUN
            and (name_at < len(subject) or not self._definite(tokens[k].text))
            and self._unknown_name_word(tokens[k], self._bare(tokens[k].text))
        ):
            return True
        # "مدير العمليات الناطق الرسمي باسم مديرية الدفاع المدني العامة فلان": the body after a
        # title's link, whole (its last word definite), and a name after it
        link = self._last_title_link(subject) if self.name_after_definite_title else None
        if (
            link is not None
            and self._title_word(subject[0].text)
            and link < len(subject) - 1
            and self._definite(subject[-1].text)
            and not self._definite(tokens[k].text)
            and self._unknown_name_word(tokens[k], self._bare(tokens[k].text))
        ):
            return True
        # "مدير عام التواصل لبرنامج حساب المواطن عبدالله": a title and the body it serves take the
        # limit's words, and the name after them has only begun
        split = self._split_title(subject) if self._title_word(subject[0].text) else None
        if split is None or split.role is None:
            return False
        names = self._words(split.name)
        if len(names) == 1:
            return True
        # "الناطق باسم اللجنة محمد تقي الله الأدهم": a compound part of a name ("عبد الله",
        # "تقي الله", "أبو بكر") is one of the name's words, its surname still to come
        bare = self._bare(tokens[k].text)
        units = self._name_units(names)
        return (
            names[-1] in self.name_compound_heads
            or tokens[k].text in self.name_compound_tails
            or (units < len(names) and units < _NAME_RUN and self._unknown_name_word(tokens[k], bare))
        )

    def _name_units(self, names: Sequence[str]) -> int:
        """How many words a name has when a compound part ("عبد الله", "تقي الله", "أبو بكر") is
        one word (claims.name_compound_heads, claims.name_compound_tails)."""
        joined = sum(
            1 for a, b in pairwise(names) if a in self.name_compound_heads or b in self.name_compound_tails
        )
        return len(names) - joined

    def _title_goes_on(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """Whether a title phrase at the word limit is not whole yet: it ends in "باسم", whose
        body follows ("وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة"), or a rank of
        address comes next, with the person's name after it ("الناطق باسم وزارة الداخلية
        وخلية الإعلام الأمني العميد فلان"). A title that long leaves no room in the limit for
        what completes it, and a title cut there names the wrong speaker."""
        if not subject or k >= len(tokens) or not self._title_word(subject[0].text):
            return False
        if subject[-1].text in self.title_links:
            return tokens[k].kind == "word" and not self._holds_figure(tokens[k])
        if self._body_after_link_goes_on(subject, tokens, k):
            return True
        return self._ranks_at(tokens, k) > 0

    def _body_after_link_goes_on(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "مدير العمليات الناطق الرسمي باسم مديرية الدفاع المدني العميد فلان": the body after
        a title's link, cut by the limit, goes on with a definite word (its genitive or its
        adjective), which is never a person's name."""
        if not self.name_after_definite_title:
            return False
        link = self._last_title_link(subject)
        tok = tokens[k]
        return (
            link is not None
            and link < len(subject) - 1
            and tok.kind == "word"
            and self._definite(tok.text)
            and self.stops_stem(tok.text) is None
            and self._verb_stem(tok.text) is None
            and not self._holds_figure(tok)
            and self._at(tok) not in self.time_starts
        )

    def _last_title_link(self, subject: Sequence[Token]) -> int | None:
        """Where the last title's link ("باسم") after the subject's first word stands, or None."""
        return next((j for j in range(len(subject) - 1, 0, -1) if subject[j].text in self.title_links), None)

    def _title_word(self, word: str) -> bool:
        """A title, written with or without the article ("الدكتور", "وزير")."""
        return self.titles_stem(word) is not None or self.titles_stem(self._bare(word)) is not None

    def _title_awaits_body(self, subject: Sequence[Token]) -> bool:
        """Whether the subject is a title and its qualifiers with no name after them ("الأمين
        العام"): the body whose title it is may follow with a preposition written apart ("الأمين
        العام لـ حزب الله"), a genitive, not whom the title's holder told."""
        if not self._title_word(subject[0].text):
            return False
        split = self._split_title(subject)
        return split is None or split.role is None

    def _possessive(self, mark: Token, ending: Token) -> bool:
        """Whether `mark` then `ending` are a possessive the tokenizer split off its word ("Kenya's",
        "Kenya’s": claims.possessive_marks, possessive_endings)."""
        return mark.text in self.possessive_marks and ending.text in self.possessive_endings

    def _plural_word(self, word: str) -> bool:
        """Whether a word ends as a plural does (claims.plural_endings) and not as the singulars
        that end like one (claims.singular_endings: "class", "census", "analysis")."""
        return word.endswith(self.plural_endings) and not word.endswith(self.singular_endings)

    def _plural_possessive_mark(self, tokens: Sequence[Token], i: int) -> bool:
        """A possessive's mark at `i` written onto a plural (claims.plural_endings), which takes no
        ending of its own: "the insurers' association", "the regions’ governors"."""
        return (
            tokens[i].text in self.possessive_marks
            and i > 0
            and tokens[i - 1].kind == "word"
            and tokens[i - 1].text.endswith(self.plural_endings)
            and tokens[i - 1].end == tokens[i].start
        )

    def _possessive_after(self, tokens: Sequence[Token], k: int) -> int:
        """How many tokens at `k` continue a subject read forwards as a possessive ("Chile's
        Geology Service", "the regions’ governors"): the apostrophe, its "s" if written, and a
        word after them; 0 when none."""
        if (
            self.after_verb
            or tokens[k].text not in self.possessive_marks
            or k == 0
            or tokens[k - 1].end != tokens[k].start
        ):
            return 0
        if (
            k + 2 < len(tokens)
            and self._possessive(tokens[k], tokens[k + 1])
            and tokens[k + 2].kind == "word"
        ):
            return 2
        # a plural's mark, which takes no ending: "the regions’ governors"
        plural = tokens[k - 1].kind == "word" and tokens[k - 1].text.endswith(self.plural_endings)
        return 1 if plural and k + 1 < len(tokens) and tokens[k + 1].kind == "word" else 0

    def _name_goes_on(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "محمد علي": after a given name, a name written as such ("علي") is the name's next
        word, though the normalizer folds it onto a stop word (the preposition "على"). So it
        is after any word that can be a name when the name ends right after it ("الناطق باسم
        الجهاز أسامة علي، إن"): the preposition never stands before a comma or "أن"."""
        tok = tokens[k]
        if not subject or self._text([tok]) not in self.names_like_stops:
            return False
        if subject[-1].text in self.given_names:
            return True
        if self._given_name_ends_name(tokens, k + 1):
            return True
        if self._titled_name_runs_out(subject, tokens, k):
            return True
        last = subject[-1]
        return (
            not self._definite(last.text)
            and self._unknown_name_word(last, self._bare(last.text))
            and (
                k + 1 >= len(tokens)
                or tokens[k + 1].kind != "word"
                or tokens[k + 1].text in self.complementizers
            )
        )

    def _titled_name_runs_out(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "وقال المدير العام للشركة علي نزار الشطري، في تصريح": after a title and the body it is
        of, where the person's name is due, "علي" written with its yā' (the preposition is written
        "على") is the given name Ali when one or two words the lexicon does not know follow it, the
        first without the article, and the name ends there (a comma, "أن"/"إن", a stop word, the
        sentence's end). The preposition governs a noun that goes on ("علي متن أربع سيارات")."""
        titled = any(self.titles_stem(t.text) is not None for t in subject)
        if not titled or not self._definite(subject[-1].text):
            return False
        first = k + 1
        if (
            first >= len(tokens)
            or tokens[first].kind != "word"
            or self._definite(tokens[first].text)
            or not self._unknown_name_word(tokens[first], self._bare(tokens[first].text))
        ):
            return False
        second = first + 1
        if self._name_ends_at(tokens, second):
            return True  # one word: "علي الشطري، في تصريح"
        unknown = self._unknown_name_word(tokens[second], self._bare(tokens[second].text))
        return unknown and self._name_ends_at(tokens, second + 1)  # two: "علي نزار الشطري، في"

    def _name_ends_at(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a name ends before token `k`: at the sentence's end, a mark, "أن"/"إن"
        (claims.complementizers) or a stop word."""
        return (
            k >= len(tokens)
            or tokens[k].kind != "word"
            or tokens[k].text in self.complementizers
            or self.stops_stem(tokens[k].text) is not None
        )

    def _given_name_ends_name(self, tokens: Sequence[Token], k: int) -> bool:
        """ "وزير الصحة علي حسن إن": a given name at `k` with at most one more word before the
        end of the name (a comma, "أن"/"إن", the sentence's end) makes the word before it a name
        too, after a title as after a given name; the preposition "على" before a given name
        goes on with what it governs ("أكد على حسن سير العمل")."""
        if k >= len(tokens) or tokens[k].text not in self.given_names:
            return False
        for j in (k + 1, k + 2):
            if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].text in self.complementizers:
                return True
        return False

    def _honorific(self, tokens: Sequence[Token], k: int) -> int:
        """How many tokens at `k` are a form of address before a name ("صاحب السمو", "معالي",
        "His Excellency"): 0 when none."""
        if tokens[k].text not in self.honorific_firsts:
            return 0
        for phrase in self.honorifics:
            if tuple(t.text for t in tokens[k : k + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def _body(self, words: Sequence[Token]) -> bool:
        """An organisation by its head noun, or one the lexicon knows ("الدفاع المدني")."""
        return self._names_organisation(words) or self._known_org(words)

    def _defined_group(self, words: Sequence[Token]) -> bool:
        """ "فرق الإنقاذ العاملة"، "مصادر الشرطة": a noun of speakers (claims.speaker_nouns) in the
        construct state with its definite genitive and the definite adjectives that agree with it.
        A group, as a body is: a place after it says which group speaks (D15: "شهود عيان في
        محافظة ذمار"), never a person's name or a title, where it says where one spoke."""
        return (
            len(words) > 1
            and self.after_verb
            and words[0].kind == "word"
            and not self._definite(words[0].text)
            and self.speaker_nouns_stem(words[0].text) is not None
            and all(t.kind == "word" and self._definite(t.text) for t in words[1:])
        )

    def _known_org(self, words: Sequence[Token]) -> bool:
        """An organisation the lexicon knows by name (an "org:" key): "الدفاع المدني"."""
        key = self._key(self._text(words) or "")
        return key is not None and key.startswith("org:")

    def _seat(self, tokens: Sequence[Token], k: int) -> bool:
        """ "وزارة الصحة بغزة", "الدفاع المدني بالإقليم": a place with a preposition written onto
        it (a known place, or a place noun with the article), right after a body's name and
        before a boundary (a comma, a complementizer, a time, a verb, the end), is where the
        body sits: part of its name, not the verb's complement."""
        tok = tokens[k]
        rest = self._after_seat_prefix(tok)
        if rest is None:
            return False
        bare = self._bare(rest)
        place = rest in self.places or (
            self._definite(rest) and (bare in self.places or self.place_nouns_stem(bare) is not None)
        )
        return place and self._seat_ends(tokens, k + 1)

    def _seat_ends(self, tokens: Sequence[Token], end: int) -> bool:
        """Whether a body's seat (`_seat`, `_named_seat`) ends before token `end`: at a boundary
        (a comma, a complementizer, a time, a verb) or at the end."""
        if end >= len(tokens):
            return True
        nxt = tokens[end]
        return (
            nxt.kind != "word"
            or nxt.text in self.complementizers
            or self._at(nxt) in self.time_starts
            or self._verb_stem(nxt.text) is not None
        )

    def _named_seat(self, tokens: Sequence[Token], k: int, rest: str) -> int:
        """ "الشرطة الفلسطينية بالضفة الغربية"، "وزارة الصحة بقطاع غزة": a place of two or three
        words the lexicon knows, the preposition of a seat written onto its first (`rest`, the
        word after it), right after a body's name and before a boundary (as `_seat` reads a place
        of one word): how many words it takes, 0 when no such place is there."""
        if rest not in self.place_first_words:
            return 0  # most words start no place of several words: one set lookup
        for size in (3, 2):
            end = k + size
            if end > len(tokens) or any(t.kind != "word" for t in tokens[k + 1 : end]):
                continue
            if " ".join([rest, *(t.text for t in tokens[k + 1 : end])]) not in self.places:
                continue
            if self._seat_ends(tokens, end):
                return size
        return 0

    def _after_seat_prefix(self, tok: Token) -> str | None:
        """The word after the preposition of a seat written onto it ("بغزة" -> "غزة"), or None
        when the token is no word so written (at least three letters must remain)."""
        if tok.kind != "word":
            return None
        # Remembered per word (some 40 asks an article, the same words again and again): the
        # rest is never empty, so "" stands for none.
        rest = self.after_seat_memo.get(tok.text)
        if rest is None:
            found = None if self.seat_pattern is None else self.seat_pattern.match(tok.text)
            rest = _remember_word(
                self.after_seat_memo, tok.text, "" if found is None else tok.text[found.end() :]
            )
        return rest or None

    def _parent_body(self, tok: Token) -> bool:
        """ "بالمنظومة"، "بالوزارة": the preposition of a seat written onto a body's head noun with
        the article: the body a body before it belongs to, not how or where it spoke."""
        rest = None if tok.text in self.title_links else self._after_seat_prefix(tok)
        return rest is not None and self._definite(rest) and self.org_heads_stem(self._bare(rest)) is not None

    def _manner(self, tok: Token) -> bool:
        """ "وقالت الحكومة بالإجماع", "وقال وزير الخارجية بكلمة ألقاها": a word with the
        preposition of a seat written onto it that is no place (with the article and no place
        or place noun, or a noun of an utterance) says how or where the speaker spoke: it ends
        the speaker. A place so written stays the body's seat ("وزارة الصحة بغزة", `_seat`), and
        a name that starts like it ("بايدن", "بشار") has no article and is no such noun."""
        rest = None if tok.text in self.title_links else self._after_seat_prefix(tok)
        if rest is None:
            return False
        bare = self._bare(rest)
        if rest in self.places or bare in self.places or self.place_nouns_stem(bare) is not None:
            return False
        return self._definite(rest) or self.manner_nouns_stem(bare) is not None

    def _trim_affiliation(self, subject: list[Token], tokens: Sequence[Token], k: int) -> list[Token]:
        """A name cut by the word limit while it goes on ("مركز عمليات طوارئ الصحة العامة التابع
        لوزارة ..."): the body's own name, before the word that says whom it belongs to."""
        if k >= len(tokens) or tokens[k].kind != "word":
            return subject
        if tokens[k].text in self.stops and self.titles_stem(subject[0].text) is None:
            # "مركز عمليات الطوارئ التابع لوزارة الصحة الاتحادية أن"، "... خلال": a body's name
            # that ended there is whole (a title's "التابع ل" says where its body lies)
            return subject
        cut = next((j for j in range(1, len(subject)) if subject[j].text in self.affiliations), None)
        return subject if cut is None else subject[:cut]

    def _body_after(self, tokens: Sequence[Token], k: int, subject: Sequence[Token]) -> int:
        """How many tokens from "في" at `k` name the body a title serves in ("وزير الخارجية
        اللبناني في حكومة تصريف الأعمال") or the larger body a body is part of ("دائرة الإعلام في
        المديرية العامة للدفاع المدني"): an organisation's head noun and its genitives, up to the
        first indefinite word after a definite one, a time or a stop word. A body is part of
        another, never where it speaks ("في بيان" names no body), so the body's name takes it
        whole. A body "for" a region (an indefinite word with a preposition written onto it after
        the definite ones: "الإدارة الذاتية لشمال وشرق سوريا") is read on only when the name then
        ends (`_region_of_body`): else what follows may be the verb's object. 0 when there is no
        such body."""
        if (
            not subject
            or not self.after_verb
            or tokens[k].text not in self.place_links
            or k + 1 >= len(tokens)
        ):
            return 0
        if (
            self.titles_stem(subject[0].text) is None
            and not self._names_organisation(subject)
            and not (len(subject) == 1 and self.speaker_nouns_stem(subject[0].text) is not None)
        ):
            return 0  # a title, a body, or an unnamed source: "مصدر في وزارة الداخلية"
        if not all(
            self._definite(t.text) or t.text in self.title_links or self._construct_link(subject, j)
            for j, t in enumerate(subject[1:], 1)
        ):
            return 0
        head = tokens[k + 1]
        if head.kind != "word":
            return 0
        if self.org_heads_stem(self._bare(head.text)) is None:
            return self._known_body_at(tokens, k + 1)
        end = k + 2
        while end < len(tokens) and tokens[end].kind == "word" and end - k <= self.max_words:
            previous, word = tokens[end - 1].text, tokens[end].text
            if word in self.stops or self._verb_stem(word) is not None or self._holds_figure(tokens[end]):
                break
            if self._at(tokens[end]) in self.time_starts or self._addressed(tokens[end]):
                break  # "في محافظة نينوى للصحفيين": whom it was said to is no part of the body
            if self._told_wire(tokens, end) or self._told_outlet(subject, tokens[end]):
                break  # "مسؤول في الحكومة العراقية لوكالة فرانس برس": the outlet told, not the body's
            if self._definite(previous) and not self._definite(word):
                end += self._region_of_body(tokens, end, k)
                break
            end += 1
        if end < len(tokens) and self._head_awaits_name(tokens[end - 1]):
            end += self._quoted_alias(tokens, end)  # "مصادر في وكالة "المسافر"": the body's name
        return end - k

    def _known_body_at(self, tokens: Sequence[Token], k: int) -> int:
        """ "مصدر في الدفاع المدني"، "مسؤول في الهلال الأحمر": after "في" (at `k` - 1), a body
        the lexicon knows by name (an "org:" key) without a head noun of its own, of up to three
        words, with the definite nisba adjectives that agree with it ("الدفاع المدني السوري"):
        how many tokens from "في" it takes, 0 if none is there."""
        for size in (3, 2, 1):
            words = tokens[k : k + size]
            if len(words) < size or any(t.kind != "word" or t.text in self.stops for t in words):
                continue
            if self._known_org(words):
                end = k + size
                while (
                    end < len(tokens)
                    and tokens[end].kind == "word"
                    and self._definite(tokens[end].text)
                    and tokens[end].text.endswith(self.nisba_endings)
                ):
                    end += 1  # "الدفاع المدني السوري": a nisba adjective that agrees with it
                return end - k + 1
        return 0

    def _construct_link(self, words: Sequence[Token], j: int) -> bool:
        """ "مدير قسم التخطيط"، "مدير هيئة أبحاث السوق": a noun without the article inside a
        title, the construct state's head, its definite genitive ending the title; no given name
        or a compound name's head, which would start the person's name."""
        word = words[j].text
        return (
            words[j].kind == "word"
            and not self._definite(word)
            and word not in self.given_names
            and word not in self.name_compound_heads
            and self._definite(words[-1].text)
            and all(t.kind == "word" for t in words[j:])
        )

    def _group_of_source(self, tokens: Sequence[Token], k: int, subject: Sequence[Token]) -> int:
        """How many tokens from "في" at `k` say which group unnamed sources belong to ("مصادر في
        قطاع المحروقات"، "مصدر أمني في محافظة الديوانية"): after a speaker noun and its
        adjectives (all without the article), a noun without the article in construct with
        definite words, up to the clause's edge (a comma, a complementizer, whom it was told).
        Part of the speaker's name, as a place that modifies a speaker is (D15). Not how or in
        what it spoke ("في تصريح صحفي"، "في بيانه"). 0 when there is none."""
        if (
            not self.after_verb
            or not subject
            or tokens[k].text not in self.place_links
            or self.speaker_nouns_stem(subject[0].text) is None
            or any(self._definite(t.text) or t.kind != "word" for t in subject)
            or k + 2 >= len(tokens)
        ):
            return 0
        head = tokens[k + 1]
        if head.kind != "word" or not self._construct_head(head.text) or self._at(head) in self.time_starts:
            return 0
        end = k + 2
        if self.place_nouns_stem(head.text) is not None and tokens[end].kind == "word":
            end += 1  # "في محافظة نينوى": a place noun and the place's name
        elif self._is_organisation([head]):
            end += self._quoted_alias(tokens, end)  # "في منظمة "الدفاع المدني"": the body's name
        while end < len(tokens) and tokens[end].kind == "word" and self._definite(tokens[end].text):
            if self._at(tokens[end]) in self.time_starts or self._addressed(tokens[end]):
                break
            end += 1
        if end == k + 2 or end >= len(tokens):
            return 0
        end += self._seat_after_group(tokens, end)
        if end >= len(tokens):
            return 0
        edge = tokens[end]
        closes = edge.text in (",", "،") or edge.text in self.complementizers
        # "... بريف دمشق "إن 9 ...": a quotation of what was said opens with its complementizer
        closes = closes or (
            edge.text in _QUOTE_OPENERS
            and end + 1 < len(tokens)
            and tokens[end + 1].text in self.complementizers
        )
        # "شهود عيان في محافظة ذمار جنوب صنعاء": a word of direction says where the place lies
        closes = closes or self.compass_words_stem(edge.text) is not None
        # "مصدر أمني في محافظة البصرة لوكالة شفق نيوز، إن": whom it was told, up to the comma
        closes = closes or self._past_told(tokens, end, subject) > end
        return end - k if closes or edge.text in self.told_prepositions else 0

    def _origin_of_source(self, tokens: Sequence[Token], k: int, subject: Sequence[Token]) -> int:
        """How many tokens from "من" at `k` say where an unnamed source comes from ("مصدر من
        الإدارة الجهوية للحماية المدنية"، "مصدر محلي من المدينة"، "مسؤول من وزارة الصحة"):
        after a speaker noun and its adjectives (all without the article), a definite noun or a
        noun in construct with a definite genitive, their definite words and the seat written
        onto the word after them, up to the clause's edge (a comma, a complementizer, whom it was
        told, a time, the sentence's end). Part of the speaker's name, as the group after "في" is
        (`_group_of_source`, D15). 0 when there is none ("مصادر من جهتها"، "مصدر من بين ...")."""
        if (
            not self.after_verb
            or not subject
            or self.speaker_nouns_stem(subject[0].text) is None
            or any(self._definite(t.text) or t.kind != "word" for t in subject)
            or k + 1 >= len(tokens)
        ):
            return 0
        head = tokens[k + 1]
        if head.kind != "word" or self._at(head) in self.time_starts or head.text in self.stops:
            return 0
        definite = self._definite(head.text)
        bare = self._bare(head.text)
        if not (definite or self._construct_head(head.text)) or self._report_word(bare):
            return 0
        end = k + 2
        while end < len(tokens) and tokens[end].kind == "word" and self._definite(tokens[end].text):
            if self._at(tokens[end]) in self.time_starts or self._addressed(tokens[end]):
                break
            if self._relative_word(tokens[end].text):
                break  # "... من محلية الخوي والتي تبعد": a relative clause about the place
            end += 1
        if end == k + 2 and not definite:
            return 0  # a noun in construct needs its genitive: "مصدر من داخل" names no group
        if end >= len(tokens):
            return end - k
        end += self._seat_after_group(tokens, end) or self._unknown_seat(tokens, end)
        if end >= len(tokens):
            return end - k
        edge = tokens[end]
        closes = (
            edge.text in (",", "،", ".")
            or edge.text in self.complementizers
            or self._relative_word(edge.text)
            or edge.text in self.told_prepositions
            or self._at(edge) in self.time_starts
            or self._past_told(tokens, end, subject) > end
            # "مسؤول من الوزارة في تصريح"، "... لرويترز إن": how or to whom it spoke
            or (
                edge.text in self.place_links
                and self._manner_word(tokens[end + 1].text if end + 1 < len(tokens) else "")
            )
            or (
                self._told_word(edge.text)
                and any(t.text in self.complementizers for t in tokens[end + 1 : end + 4])
            )
        )
        return end - k if closes else 0

    def _relative_word(self, word: str) -> bool:
        """A relative pronoun, alone or after a conjunction written onto it ("التي"، "والتي")."""
        return word[len(first_prefix(word, self.coordinator_prefixes) or "") :] in self.clause_relatives

    def _manner_word(self, word: str) -> bool:
        """ "تصريح"، "بيان"، "مؤتمر": after "في", how or in what a speaker spoke, never a place."""
        return self._report_word(word) or self.manner_nouns_stem(word) is not None

    def _told_word(self, word: str) -> bool:
        """ "لرويترز"، "لوكالة": a word with the preposition of whom it was told written onto it."""
        return any(word.startswith(told) and len(word) > len(told) + 2 for told in self.told_prepositions)

    def _unknown_seat(self, tokens: Sequence[Token], k: int) -> int:
        """ "... للحماية المدنية بسيدي بوزيد.": a seat the lexicon does not know, the preposition
        of a seat written onto its first word, of one or two words that end the sentence or its
        clause (a comma, the end): how many words it takes, 0 when none is there."""
        if k >= len(tokens) or self._after_seat_prefix(tokens[k]) is None:
            return 0
        for size in (1, 2):
            words = tokens[k : k + size]
            if len(words) < size or any(t.kind != "word" or t.text in self.stops for t in words):
                return 0
            if any(self._verb_stem(t.text) is not None or self._quantity_word(t.text) for t in words):
                return 0
            end = k + size
            if end >= len(tokens) or tokens[end].text in (",", "،", "."):
                return size
        return 0

    def _seat_after_group(self, tokens: Sequence[Token], k: int) -> int:
        """How many tokens at `k` name the seat, written onto its first word, of the group or
        body before it ("... في منظمة "الدفاع المدني" بريف دمشق"، "... بمدينة حلب"، "... بغزة"),
        0 when there is none."""
        seated = self._after_seat_prefix(tokens[k])
        if seated is None:
            return 0
        if self._place_noun_seat(tokens[k]):
            return self._named_place(tokens, k, first=seated)
        if self._seat(tokens, k):
            return 1
        return self._named_seat(tokens, k, seated)

    def _region_of_body(self, tokens: Sequence[Token], at: int, k: int) -> int:
        """How many words at `at` say what region a body serves ("لشمال وشرق سوريا"): an
        indefinite word with "ل" written onto it and the words of its genitive, ending where the
        name ends (punctuation, a complementizer, a time, a stop word, the sentence's end), within
        the word limit counted from `k`. 0 when the run ends anywhere else: a noun after the name
        may be the verb's object ("... تسجيل 5 إصابات")."""
        link = self._link_prefix(tokens[at].text)
        if link is None or link[1]:
            return 0
        end = at
        while end < len(tokens) and end - k <= self.max_words:
            tok = tokens[end]
            if (
                tok.kind == "num"
                or self._holds_figure(tok)
                or (end > at and self._verb_stem(tok.text) is not None)
            ):
                return 0
            if tok.kind != "word" or tok.text in self.stops or self._at(tok) in self.time_starts:
                break
            end += 1
        if end - k > self.max_words:
            return 0
        return end - at

    def _opens_clause_after_name(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the word at `k`, right after a name closed by quotation marks, is a verb of
        speech or of value: in a verb-first language it opens the clause the source reports
        ("وبحسب موقع “الليرة اليوم” بلغ سعر الدولار"), never the rest of the name."""
        if not self.after_verb or k >= len(tokens) or tokens[k].kind != "word":
            return False
        word = tokens[k].text
        return self._verb_stem(word) is not None or self.value_verbs_stem(word) is not None

    def _quoted_alias(self, tokens: Sequence[Token], k: int) -> int:
        """How many tokens a short name in quotes at `k` takes (quotes included), 0 if none."""
        if tokens[k].text not in _QUOTES:
            return 0
        for end in range(k + 2, min(k + 6, len(tokens))):
            if tokens[end].text in _QUOTES:
                inside = tokens[k + 1 : end]
                return end - k + 1 if all(t.kind == "word" for t in inside) else 0
        return 0

    def _governed(self, tokens: Sequence[Token], k: int, subject: Sequence[Token]) -> int:
        """How many tokens from `k` complete a participle that governs a preposition ("رئيس
        اللجنة المشرفة على انتخابات مجلس النواب بدائرة تلا - الشهداء"): the preposition and
        the words after it, up to a break, a place link or a verb; a hyphen between two words
        joins a compound name. 0 when the word before `k` is no such participle."""
        word = tokens[k].text
        if tokens[k].kind != "word":
            return 0
        # "الدائرة المعنية بالأمطار الموسمية", "اللجنة المكلفة بمتابعة الأحداث": the link written
        # onto its object, definite or in the construct state with its definite genitive next
        written = word not in self.governed_links
        if written and not (
            word[:1] in self.written_governed_links
            and len(word) > 3
            and (self._definite(word) or (k + 1 < len(tokens) and self._definite(tokens[k + 1].text)))
        ):
            return 0  # most words: one set look-up, before the subject's last word is stemmed
        if not subject or not self._governs(subject[-1].text, word):
            return 0
        end = k + 1
        while end < len(tokens) and end - k <= self.max_words:
            tok = tokens[end]
            if tok.text == "-" and end + 1 < len(tokens) and tokens[end + 1].kind == "word" and end > k + 1:
                end += 1
                continue
            if self._breaks(tok) or tok.text in self.place_links or tok.text in self.stops:
                break
            if self._verb_stem(tok.text) is not None or self._holds_figure(tok):
                break
            end += 1
        return end - k if end > k + 1 or written else 0

    def _governs(self, word: str, link: str) -> bool:
        """Whether `word` governs the preposition `link` (or a word it is written onto): a
        participle that governs one ("المشرفة على"، "القائمون على"), or a verbal noun with the
        preposition it governs, bare or after "ل" ("للرقابة على"، "البحث عن"): its complement is
        part of the name that ends in it."""
        if self.governing_stem(word) is not None:
            return True
        pairs = self.governing_masdars
        return (word, link) in pairs or (self._unlinked(word), link) in pairs

    def _names_organisation(self, words: Sequence[Token]) -> bool:
        """An organisation, or a report noun before one ("بيانات الهيئة العامة للإحصاء")."""
        lead = 0
        # "تحديث إحصاءات الهيئة": report nouns in the construct state, one the genitive of the other
        while (
            lead < len(words) - 1
            and self.report_nouns_stem(words[lead].text) is not None
            and (lead == 0 or (self.after_verb and not self._definite(words[lead].text)))
        ):
            lead += 1
        return self._is_organisation(words[lead:])

    def _speaks_for_body(self, words: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """A title that speaks in the name of a body ("المتحدث باسم الدفاع المدني"), with no
        name of its own after the place at `k` ("... في غزة إن"): what it speaks for goes on as
        an organisation's name does. A word after the place may be the person's name ("...
        في السودان سامي خليل"), read as the title's."""
        link = next((j for j, t in enumerate(words) if t.text in self.title_links), None)
        if link is None or not 0 < link < len(words) - 1:
            return False
        end = k + 1
        while end < len(tokens) and tokens[end].kind == "word" and end - k <= 2:
            if tokens[end].text in self.complementizers or self._at(tokens[end]) in self.time_starts:
                return self._unnamed_title(words)
            end += 1
        return (end >= len(tokens) or tokens[end].kind != "word") and self._unnamed_title(words)

    def _unnamed_title(self, words: Sequence[Token]) -> bool:
        """Whether a title names no holder ("المتحدث باسم الدفاع المدني"). Once the holder is
        named ("الناطق باسم الوزارة الدكتور سيف البدر"), a "في" phrase after the name says where or
        how the person spoke ("في بصمة صوتية"، "في تسجيل مصور"), never which body's seat: a
        person is no body that a place tells apart."""
        split = self._split_title(words)
        return split is None or split.role is None

    def _object_after_body(self, subject: Sequence[Token], tok: Token) -> bool:
        """ "أعلنت المفوضية العليا المستقلة للانتخابات آلية توزيع المقاعد": after a body's name
        that ends definite, a word without the article (and no preposition written onto it) can
        be neither its adjective nor its genitive, so it opens the verb's object. Not a place or
        a given name, which are written without the article ("شرطة دبي"), nor a quoted name."""
        if not self.after_verb or tok.kind != "word" or not self._definite(subject[-1].text):
            return False
        word = tok.text
        if self._link_prefix(word) is not None or word in self.given_names or word in self.sameness_words:
            return False  # "المصالح ذاتها": the one named before
        if word.startswith(self.coordinator_prefixes):
            return False  # "الإدارة العامة للطوارئ الصحية ومكافحة الأوبئة": a second field
        if self._definite(word) and self.report_nouns_stem(self._bare(word)) is not None:
            # "أظهرت وزارة المالية الرقم القياسي للأسعار أن": a report noun is no adjective, and
            # the body's name, its genitive written, is whole: the report is what the body issued
            return True
        if self._definite(word):
            # "آلية" folds to the article's letters: a madda written there is no article
            # (claims.madda_initials)
            at = _find_first(word, self.bare_articles)
            if self.norm.original[self.norm.origin[tok.start + at]] not in self.madda_initials:
                return False
        return self.lex.strip_prefix(word, self.places) is None

    def _official_report(self, words: Sequence[Token]) -> bool:
        """ "إحصائيات رسمية"، "بيانات حكومية": an indefinite report noun and only adjectives that
        say it is official (claims.official_adjectives), a bare report whose issuer is the
        official body the article has named (the guide's D2), not a report of no one."""
        return self._bare_report_head(words) and all(t.text in self.official_adjectives for t in words[1:])

    def _bare_report_head(self, words: Sequence[Token]) -> bool:
        """Verb-first word order, and the first of several words an indefinite report noun
        with no preposition written onto it ("إحصائيات ..."، "تحديث ..."): a bare report whose
        issuer, if any, the words after it name."""
        return (
            self.after_verb
            and len(words) > 1
            and not self._definite(words[0].text)
            and self._link_prefix(words[0].text) is None
            and self.report_nouns_stem(words[0].text) is not None
        )

    def _issued_before(self, report: Token) -> Source | None:
        """The body that speaks in the last sentence before naming a report of the same kind
        as `report` ("ووفقا لتقارير من المرصد السوري ..." for "وذكرت التقارير"): the issuer the
        article gave such reports; None when no sentence before names one, or its voice is no
        body (the guide's D2: a bare report is its issuer's when the article names one)."""
        kind = self._report_kind(report.text)
        for k in range(self.read_up_to - 1, -1, -1):
            mention = next(
                (t for t in self.tokens_of(k) if t.kind == "word" and self._report_kind(t.text) == kind),
                None,
            )
            if mention is not None:
                return self._body_voice(self._voice_of_report(k, self._at(mention)))
        return None

    def _official_report_voice(self) -> Source | None:
        """Who issued an official bare report (`_official_report`): the voice of the report the
        last sentence that names any report names ("المعهد الوطني للإحصاء يكشف آخر الأرقام" then
        "كشفت إحصائيات رسمية"), a body; no one when no sentence before names a report (the last
        speaker may have told of something else: "قالت السلطات ..." then "ووفق بيانات رسمية"), nor
        when a voice that names no report spoke since."""
        for k in range(self.read_up_to - 1, -1, -1):
            mention = next(
                (t for t in self.tokens_of(k) if t.kind == "word" and self._report_kind(t.text) is not None),
                None,
            )
            if mention is None:
                if any(f.source is not None for f in self.frames.get(k, ())):
                    return None  # another voice since the last report named
                continue
            return self._body_voice(self._voice_of_report(k, self._at(mention)))
        return None

    def _past_comma(self, tokens: Sequence[Token], k: int) -> int:
        """`k`, or past the comma that ends the report's description ("نتائج المسح، والتي
        نشرها المعهد"، "نتائج المسح الخاص بالربع الثالث، والتي نشرها المعهد"): a few words with
        no figure and no verb of saying before it."""
        end = k
        while end < min(len(tokens), k + _REPORT_DESCRIPTION_WORDS) and tokens[end].kind == "word":
            if self._holds_figure(tokens[end]) or self._verb_stem(tokens[end].text) is not None:
                return k
            end += 1
        return end + 1 if end < len(tokens) and tokens[end].text in (",", "،") else k

    def _head_awaits_name(self, tok: Token) -> bool:
        """ "مصادر في وكالة "المسافر""، "بحسب موقع “الليرة اليوم”"، "مراسل "معا"": a body's or an
        outlet's head noun, or a reporter's (claims.reporter_nouns), without the article is in
        construct, so the name in quotation marks after it is its genitive, the rest of the name
        (a verb-first language's rule)."""
        if not self.after_verb or tok.kind != "word" or self._definite(tok.text):
            return False
        bare = self._unlinked(tok.text)
        return (
            self.org_heads_stem(bare) is not None
            or self.outlet_heads_stem(bare) is not None
            or bare in self.reporter_nouns
        )

    def _rank_awaits_name(self, subject: Sequence[Token]) -> bool:
        """ "وزير الصحة العامة الدكتور "فلان"": a rank or title of address after a title stands
        right before the person's name, so a name in quotation marks after it is that name."""
        return (
            self.name_after_definite_title
            and len(subject) >= 2
            and subject[-1].kind == "word"
            and self.personal_titles_stem(subject[-1].text) is not None
            and self.titles_stem(subject[0].text) is not None
        )

    def _is_organisation(self, words: Sequence[Token]) -> bool:
        """Whether the words open with an organisation's head noun ("وزارة", "للمفوضية",
        "ministry"): a fact of the first word and the lexicon, remembered per word (asked of
        every word a subject grows by)."""
        word = words[0].text
        known = self.organisation_memo.get(word)
        if known is not None:
            return known
        first = word
        link = self._link_prefix(first)
        if link is not None and self.org_heads_stem(first) is None:
            first = link[1] + first[len(link[0]) :]
        found = self.org_heads_stem(self._bare(first)) is not None
        if not found and link is not None:
            # "للجنة": "ل" and the head noun "لجنة", not "لل" and "جنة" (`_link_prefix`)
            found = self.org_heads_stem(self._unlinked(word)) is not None
        return _remember_word(self.organisation_memo, word, found)

    def _place_after(self, tokens: Sequence[Token], k: int) -> int:
        """How many words after "في" name a place that ends the subject: one or two words,
        then a boundary (a comma, a complementizer, a time, the end)."""
        for size in (1, 2):
            end = k + size
            words = tokens[k:end]
            if len(words) < size or any(t.kind != "word" or t.text in self.stops for t in words):
                return 0
            if any(self._report_word(t.text) for t in words):
                return 0  # "في بيان", "في تقريره الشهري": the report it speaks in, not a place
            if self.manner_nouns_stem(self._bare(words[0].text)) is not None:
                # "في مؤتمر صحفي", "في مقابلة تلفزيونية", "في الموقف": where it spoke, not a place
                return 0
            if words[0].text in self.clock_leads:
                return 0  # "في تمام الساعة الواحدة": when it spoke, not a place
            if words[0].text in self.adverbial_nouns:
                return 0  # "في وقت سابق"، "في ظل الأزمة"، "في المقابل": an adverbial, not a place
            if any(
                t.text.endswith(suffix) for t in words for suffix in self.verb_suffixes if len(suffix) > 1
            ):
                return 0  # "في اجتماعها": a possessive ending, not a place
            if end >= len(tokens):
                return size
            known = self._names_place(words)
            longer = size == 1 and self.lex.strip_prefix(
                " ".join(t.text for t in tokens[k : end + 1]), self.places
            )
            if known and not longer:
                return size
            nxt = tokens[end]
            after = tokens[end + 1] if end + 1 < len(tokens) else None
            adjective = self._definite(words[0].text) and nxt.kind == "word" and self._definite(nxt.text)
            if (
                size == 1
                and after is not None
                and (after.kind == "num" or self._holds_figure(after))
                and not adjective
            ):
                return 1  # "في إدلب مقتل 100": the place, then the object whose figure follows
            if size == 2 and (nxt.kind == "num" or self._holds_figure(nxt)):
                # ... so the second word is the figure's noun, not the place's; but a definite
                # word after a definite place is its adjective ("في الولاية الشمالية خمس إصابات")
                return 2 if all(self._definite(t.text) for t in words) else 0
            if nxt.kind != "word" or nxt.text in self.complementizers or self._at(nxt) in self.time_starts:
                return size
            if self.compass_words_stem(nxt.text) is not None:
                return size  # "في محافظة ذمار جنوب صنعاء": where the place lies, after its name
            if self._said_object(nxt):
                return size  # "في محافظة مأرب مقتل 12": the verb's object opens after the place
        return 0

    def _place_noun_seat(self, tok: Token) -> bool:
        """ "بمدينة"، "بمحافظة": a place noun without the article, a preposition of a seat
        written onto it (the place's name follows: `_named_place`). Remembered per word, as a
        fact of the word and the lexicon (a token that is no word is none)."""
        if tok.kind != "word":
            return False
        known = self.place_seat_memo.get(tok.text)
        if known is not None:
            return known
        rest = self._after_seat_prefix(tok)
        found = rest is not None and not self._definite(rest) and self.place_nouns_stem(rest) is not None
        return _remember_word(self.place_seat_memo, tok.text, found)

    def _named_place(self, tokens: Sequence[Token], k: int, first: str | None = None) -> int:
        """How many words at `k` name a place by its kind and its name: a place noun without the
        article ("مدينة"، "محافظة"، "ولاية"، "دولة") and one or two words of its name ("في محافظة
        نينوى"، "بمدينة الدبة"، "في ولاية كارولينا الشمالية"), then where a name ends (punctuation,
        a complementizer, a time, a stop word such as "في بيان" or "عن", the end). Such a place says
        which body it is (the guide's D15), not where it spoke. `first` is the place noun without
        the preposition written onto it ("بمدينة"); 0 when there is no such place."""
        head = first if first is not None else tokens[k].text if k < len(tokens) else ""
        if (
            k >= len(tokens)
            or tokens[k].kind != "word"
            or self._definite(head)
            # "في محافظات قطاع غزة": the plural of a place noun names places by their kind too
            or (self.place_nouns_stem(head) is None and self.place_plurals_stem(head) is None)
        ):
            return 0
        end = k + 1
        while end < len(tokens) and end - k <= 3:
            tok = tokens[end]
            if tok.kind != "word" or tok.text in self.complementizers or self._at(tok) in self.time_starts:
                break
            if self.stops_stem(tok.text) is not None:
                break
            if end > k + 1 and self.compass_words_stem(tok.text) is not None:
                break  # "في محافظة ذمار جنوب صنعاء": where the place lies, after its name
            if end > k + 1 and tok.text in self.place_appositions:
                break  # "في مدينة الفاشر عاصمة ولاية شمال دارفور": the place described after its name
            if end > k + 1 and self._said_object(tok):
                break  # "في مدينة حمص بمقتل 12": the verb's object opens after the place
            if (
                self._holds_figure(tok)
                or self._verb_stem(tok.text) is not None
                or self._report_word(tok.text)
                or self._possessed(tok.text)
            ):
                return 0
            end += 1
        if end == k + 1 or end - k > 3:
            return 0
        if end < len(tokens) and tokens[end].kind == "num":
            return 0
        return end - k

    def _said_object(self, tok: Token) -> bool:
        """ "مقتل"، "بمقتل"، "تسجيل": a verbal noun of what is said (claims.object_masdars,
        event_masdars, change_nouns) without the article, bare or with the preposition of a
        seat written onto it ("أفادت ... بمقتل"): no word of a place's name, the verb's object."""
        if tok.kind != "word":
            return False
        rest = self._after_seat_prefix(tok)
        return tok.text in self.said_masdars or (rest is not None and rest in self.said_masdars)

    def _construct_head(self, word: str) -> bool:
        """Whether a word after "في" may head a field or a group in the construct state (no
        article): not a stop word, a report or an utterance the speaker speaks in ("في بيان"،
        "في تقريره"، "في تصريح"), a noun with a pronoun, or a verb."""
        return not (
            self._definite(word)
            or word in self.stops
            or self._report_word(word)
            or self.manner_nouns_stem(word) is not None
            or self._possessed(word)
            or self._verb_stem(word) is not None
        )

    def _field_after(self, tokens: Sequence[Token], k: int) -> int:
        """How many words after "في" name the field of a body whose name ends its clause
        ("مركز البحث في علم الفلك والفيزياء الفلكية."): a noun without the article in the
        construct state, then definite words only, up to punctuation or the end. Not a report
        or an utterance the body speaks in ("في بيان"، "في تقريره"), nor a noun with a pronoun.
        0 when there is none."""
        if k >= len(tokens) or tokens[k].kind != "word":
            return 0
        if not self._construct_head(tokens[k].text):
            return 0
        end = k + 1
        while end < len(tokens) and tokens[end].kind == "word" and end - k <= self.max_words:
            if not self._definite(tokens[end].text) or self._holds_figure(tokens[end]):
                return 0
            end += 1
        if end == k + 1 or (end < len(tokens) and tokens[end].kind == "word"):
            return 0
        if end < len(tokens) and tokens[end].text not in ".!?؟":
            return 0
        return end - k

    def _report_word(self, word: str) -> bool:
        """A report noun, bare, with the article or with a possessive written onto it
        ("تقريره", its report; "دراستها", its ending written as claims.suffixed_endings says)."""
        if self.report_nouns_stem(word) is not None:
            return True
        return any(
            word.endswith(p)
            and len(word) - len(p) >= 3
            and (
                self.report_nouns_stem(word[: -len(p)]) is not None
                or any(
                    word[: -len(p)].endswith(written)
                    and self.report_nouns_stem(word[: -len(p) - len(written)] + ending) is not None
                    for written, ending in self.suffixed_endings.items()
                )
            )
            for p in self.all_possessive_suffixes
        )

    def _body_of_title(self, subject: Sequence[Token], tok: Token) -> bool:
        """ "المتحدث الرسمي للوزارة": after a title, a body's head noun with a preposition
        written onto it is the body the title serves, not a complement of the verb ("قال
        المتحدث للصحفيين" stays the spokesman's, said to the journalists)."""
        if not subject or self.titles_stem(subject[0].text) is None:
            return False
        named = self._split_title(subject)
        if named is not None and named.role is not None:
            return False  # "قائمقام القضاء فلان لوكالة ...": after the name, to whom it was said
        link = self._link_prefix(tok.text)
        if link is None:
            return False
        bare = self._bare(link[1] + tok.text[len(link[0]) :])
        return self.org_heads_stem(bare) is not None

    def _known_body_of_title(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "المدير الجهوي للحماية المدنية"، "قائد الدفاع المدني": after a title with no name yet,
        a body the lexicon knows by name (an "org:" key) with "ل" written onto its first word is
        the body the title serves, as one named by its head noun is (`_body_of_title`); so too
        after a report noun in construct with the title ("وفق تصريح المدير الجهوي ...")."""
        if len(subject) > 1 and (
            self._report_word(subject[0].text) or self.utterance_nouns_stem(subject[0].text) is not None
        ):
            subject = subject[1:]
        if not subject or self.titles_stem(subject[0].text) is None:
            return False
        link = self._link_prefix(tokens[k].text)
        if link is None:
            return False
        named = self._split_title(subject)
        if named is not None and named.role is not None:
            return False  # "قائمقام القضاء فلان للحماية ...": after the name, not the title's body
        first = link[1] + tokens[k].text[len(link[0]) :]
        for size in (3, 2):
            words = tokens[k : k + size]
            if len(words) < size or any(t.kind != "word" for t in words):
                continue
            if self._known_org_words([first, *(t.text for t in words[1:])]):
                return True
        return False

    def _known_org_words(self, words: Sequence[str]) -> bool:
        """`_known_org` for words given as text."""
        key = self._key(" ".join(words))
        return key is not None and key.startswith("org:")

    def _addressed(self, tok: Token) -> bool:
        """ "للصحفيين"، "لوسائل الإعلام": a noun of those a speaker tells (claims.addressee_nouns)
        with a preposition written onto it is whom it was said to, never part of a name. A fact of
        the word and the lexicon: remembered per word (asked of every word of a subject read)."""
        word = tok.text
        known = self.addressed_memo.get(word)
        if known is not None:
            return known
        link = self._link_prefix(word)
        found = (
            link is not None
            and self.addressee_nouns_stem(self._bare(link[1] + word[len(link[0]) :])) is not None
        )
        return _remember_word(self.addressed_memo, word, found)

    def _titled_body_genitive(self, subject: Sequence[Token], tok: Token) -> bool:
        """ "رئيس الجهاز المركزي للتعبئة العامة والإحصاء"، "المدير العام للهيئة العامة للإحصاء":
        after a title and the body it serves (an organisation's head noun past the title), a
        definite word with "ل" written onto it goes on with the body's name, as it does after a
        body alone ("الهيئة العامة للإحصاء"). Not after a person's name ("قائمقام القضاء فلان
        لوكالة ..."), and whom the speaker told is no name (`_addressed`)."""
        if not self.after_verb or len(subject) < 2:
            return False
        link = self._link_prefix(tok.text)  # the cheapest test first: most words have no link
        if link is None or not link[1] or not self._title_word(subject[0].text):
            return False
        if not self._definite(link[1] + tok.text[len(link[0]) :]):
            return False
        if not any(self.org_heads_stem(self._bare(self._unlinked(t.text))) for t in subject[1:]):
            return False
        return self._title_awaits_body(subject)

    def _addressee(self, subject: Sequence[Token], tok: Token) -> bool:
        """ "وقال قائمقام القضاء فلان الفلاني لوكالة فرانس برس": after a title and a name, a body
        with a preposition written onto it is whom the speaker told, not part of the name."""
        if not self.after_verb or not subject or self.titles_stem(subject[0].text) is None:
            return False
        link = self._link_prefix(tok.text)
        if link is None:
            return False
        bare = self._bare(link[1] + tok.text[len(link[0]) :])
        if self.org_heads_stem(bare) is None and self.outlet_heads_stem(bare) is None:
            return False
        named = self._split_title(subject)
        return named is not None and named.role is not None

    def _told_outlet(self, subject: Sequence[Token], tok: Token) -> bool:
        """ "وقال مدير مخيم جنين لقناة الجزيرة", "وقال وزير الخارجية لصحيفة ...": an outlet's head
        noun with a preposition written onto it is whom the speaker told once the speaker is
        whole: a name, or a title in construct with the body it serves. Only a bare title, all of
        it definite ("المدير العام لوكالة الأنباء القطرية", "المتحدث الرسمي للإذاعة"), takes
        the outlet as the body it serves. Right after the verb ("وكانت مصادر ذكرت لموقع ...")
        it is whom the speaker told: a subject never opens with a preposition."""
        if not self.after_verb:
            return False
        link = self._link_prefix(tok.text)
        if link is None:
            return False
        if self.outlet_heads_stem(self._bare(link[1] + tok.text[len(link[0]) :])) is None:
            return False
        if not subject:
            return True
        bare_title = self.titles_stem(subject[0].text) is not None and all(
            self._definite(t.text) for t in subject
        )
        return not bare_title

    def _told_wire(self, tokens: Sequence[Token], k: int) -> bool:
        """ "وقال مسؤول مصري لرويترز", "وقال مدير المستشفى لوكالة فرانس برس": a wire agency with a
        preposition written onto it, or an outlet's head noun so written before a wire agency's
        name, is whom the speaker told, with or without a name before it: a wire agency is
        neither a body a title serves nor the speaker's name ("المدير العام لوكالة الأنباء
        القطرية" names no wire and stays the title's body)."""
        link = self._link_prefix(tokens[k].text)
        if link is None or not self.wires:
            return False
        rest = link[1] + tokens[k].text[len(link[0]) :]
        after = []
        for tok in tokens[k + 1 : k + 3]:
            if tok.kind != "word":
                break
            after.append(tok.text)
        heads = [rest]
        if self.outlet_heads_stem(self._bare(rest)) is not None:
            heads.append("")
        for head in heads:
            for size in range(len(after) + 1):
                name = " ".join(([head] if head else []) + after[:size])
                if name in self.wires:
                    return True
        return False

    def _wire_object(self, tokens: Sequence[Token], index: int, k: int) -> bool:
        """ "أفاد مصدر طبي وكالة فرانس برس"، "وأبلغ مسؤول رويترز": after a verb whose direct
        object is whom it tells (claims.addressee_object_verbs), a wire agency's name, with or
        without an outlet's head noun before it, is that object once the subject has begun,
        not part of the speaker's name."""
        if index == 0 or not self.addressee_object_verbs or tokens[k].kind != "word":
            return False
        if self.addressee_object_verbs_stem(tokens[index - 1].text) is None:
            return False
        after = [t.text for t in tokens[k : k + 3] if t.kind == "word"]
        starts = [after] + ([after[1:]] if after and self.outlet_heads_stem(after[0]) else [])
        return any(" ".join(run[:size]) in self.wires for run in starts for size in range(1, len(run) + 1))

    def _opens_complement(self, word: str) -> bool:
        # One test in C first: a word that starts with none of the prefixes opens nothing. Then
        # a loop, not a generator (which would make `word` a cell at every call).
        if not word.startswith(self.stop_prefixes):
            return False
        for p in self.stop_prefixes:
            if word.startswith(p) and len(word) > len(p) + 1:
                break
        else:
            return False
        return True

    def _skip_back(self, tokens: Sequence[Token], i: int) -> int:
        """From token `i` backwards, past adverbs and time expressions between a subject and
        its verb ("officials also said", "the Pentagon on Friday said")."""
        while i >= 0:
            if tokens[i].text in self.skips:
                i -= 1
            elif self._in_time(tokens[i]):
                while i >= 0 and self._in_time(tokens[i]):
                    i -= 1
                if i >= 0 and tokens[i].text in self.time_leads:
                    i -= 1
            else:
                break
        return i

    def _subject_before(
        self, tokens: Sequence[Token], index: int, *, allow_skips: bool = True
    ) -> list[Token]:
        """The words before a speech verb back to a stop word or a break (past a
        parenthesised acronym after the name: "the Commission (IHEC) said")."""
        i = index - 1
        if i >= 0 and tokens[i].text in self.passives and not self._passive_verb(tokens, index):
            i -= 1  # "Analysts were expecting": the progressive's "be" stands between
        elif allow_skips and self._progressive(tokens[index]):
            k = self._skip_back(tokens, i)
            if k < i and k >= 0 and tokens[k].text in self.passives:
                i = k - 1  # "The police are also reporting": an adverb after the "be" too
        i = self._skip_back(tokens, i) if allow_skips else i
        if allow_skips:
            i = self._past_report_phrase(tokens, i)
        if i >= 2 and tokens[i].text == ")" and tokens[i - 2].text == "(":
            i -= 3
        subject: list[Token] = []
        while i >= 0:
            tok = tokens[i]
            if (
                subject
                and i >= 4
                and self._bracketed_acronym(tokens, i)
                and self._possessive(tokens[i - 4], tokens[i - 3])
            ):
                i -= 3  # "The Real Estate Institute's (REINZ) market report": the owner's acronym
                continue
            if subject and self._possessive(tok, subject[0]) and i > 0 and tokens[i - 1].kind == "word":
                subject.insert(0, tok)  # a possessive: "the governor's office"
                i -= 1
                continue
            if subject and self._plural_possessive_mark(tokens, i):
                subject.insert(0, tok)  # a plural's possessive: "the insurers' association"
                i -= 1
                continue
            if (
                tok.text in self.relatives
                and not self.norm.original[self._at(tok) : self._at(tok) + len(tok.text)].isupper()
            ):
                if (
                    subject
                    and (subject[0].text in self.determiners or self._capitalised(subject[0]))
                    and self._names_someone(subject)
                ):
                    # "which the Congressional Budget Office estimates", "an attack in which
                    # Synehubov said": a subject between the pronoun and the verb is the verb's
                    # own, the pronoun its object
                    return subject
                return self._before_relative(tokens, i)
            if tok.text in self.place_links and subject and i > 0 and not self.after_verb:
                head = self._place_head(tokens, i, subject)
                if head:
                    return self._body_with_seat(head, tokens[i], subject)
            if tok.text in self.origin_links and subject and i > 0 and not self.after_verb:
                group = self._speakers_from(tokens, i, subject)
                if group:
                    return group
            if subject and i > 0 and self._joins_name(tokens, i):
                subject.insert(0, tok)  # "Pro-democracy activists", "Ministry of Health and Sports"
                i -= 1
                continue
            age = self._age_adjective_ending(tokens, i)
            if subject and age:
                subject[:0] = tokens[i - age + 1 : i + 1]  # "a 43-year-old exchange employee"
                i -= age
                continue
            if not subject and self._initialism_end(tokens, i):
                subject.insert(0, tok)  # "The U.S. said": the initialism's last stop is its own
                i -= 1
                continue
            if subject and i >= 2 and tok.text in self.stops:
                inside = self._inside_subject(tokens, i)
                if inside:
                    subject[:0] = tokens[i - inside + 1 : i + 1]
                    i -= inside
                    continue
            if subject and tok.text in self.skips:
                relative = next(
                    (k for k in (i - 1, i - 2) if k > 0 and tokens[k].text in self.relatives),
                    None,
                )
                if relative is not None and tokens[relative - 1].text == ",":
                    # "Lall, who is also publisher of the Kaieteur News said": a relative
                    # clause left open, its predicate no speaker; the name before it speaks
                    return self._before_relative(tokens, relative)
            if tok.text == "," and subject:
                start = self._listed_name_start(tokens, i, subject)
                if start is not None:
                    subject[:0] = tokens[start : i + 1]  # "The Ministry of Trade, Industry and Energy"
                    i = start - 1
                    continue
                seated = self._listed_places_seat(tokens, i, subject)
                if seated:
                    return seated  # "police and rescuers in Kenya, Uganda and Tanzania said"
            if (
                tok.kind != "word"
                or tok.text in self.stops
                or (subject and tok.text in self.skips)
                or (subject and tok.text in self.time_nouns and not self._capitalised(tok))
                or (
                    self.verbs_stem(tok.text) is not None
                    and not self._noun_after_determiner(tokens, i)
                    and not (not subject and self._report_before_report_verb(tokens, i, index))
                )
            ):
                break
            subject.insert(0, tok)
            if (
                len(subject) > self.max_words
                and not self._long_titled_name(subject)
                and not self._long_body_name(subject)
            ):
                return []
            i -= 1
        return subject

    def _age_adjective_ending(self, tokens: Sequence[Token], i: int) -> int:
        """The size of an age written as a compound adjective ending at token `i` ("43-year-old":
        a number, "-", "year", "-", "old"; claims.age_adjective), which describes a person as
        "local" does and is no figure of the speaker's; 0 when none ends there."""
        size = len(self.age_adjective) + 1
        if size == 1 or i < size - 1 or tokens[i - size + 1].kind != "num":
            return 0
        words = tuple(t.text.lower() for t in tokens[i - size + 2 : i + 1])
        return size if words == self.age_adjective else 0

    def _age_adjective_at(self, tokens: Sequence[Token], k: int) -> int:
        """The size of an age adjective starting at token `k` ("said 18-year-old Maryam Bibi"),
        else 0."""
        size = len(self.age_adjective) + 1
        if size == 1 or k + size > len(tokens):
            return 0
        return self._age_adjective_ending(tokens, k + size - 1)

    def _long_titled_name(self, words: Sequence[Token]) -> bool:
        """ "Bukit Aman Narcotics Criminal Investigation Department director Datuk Ayob Khan Mydin
        Pitchay said": a body's full name, a title and a person's name run past the subject's
        length (`max_subject_words`) and are still one speaker when every word is capitalised
        but the title's and the links inside the body's name ("Traffic Investigation and
        Enforcement director ...", "... Department deputy director Kang Chez Chiang": a title
        of one or two words) (English, up to half as long again); a phrase of common words that
        long is a clause, not a speaker."""
        if self.after_verb or len(words) > self.max_words + self.max_words // 2:
            return False
        lower = [k for k, t in enumerate(words) if not self._capitalised(t)]
        # "Traffic Investigation and Enforcement director": a link inside the body's name,
        # between two of its capitalised words, is the name's, not a clause's
        links = self.title_complement_links | self.name_joiners
        inner = {
            k
            for k in lower
            if 0 < k < len(words) - 1
            and words[k].text in links
            and self._capitalised(words[k - 1])
            and self._capitalised(words[k + 1])
        }
        # the title may be two words in a row ("deputy director", "assistant commissioner")
        titled = [k for k in lower if k not in inner]
        return (
            0 < len(titled) <= 2
            and titled[0] > 0
            and titled[-1] - titled[0] == len(titled) - 1
            and all(words[k].kind == "word" and self.titles_stem(words[k].text) is not None for k in titled)
        )

    def _long_body_name(self, words: Sequence[Token]) -> bool:
        """ "the Fire and Disaster Management Agency of the Internal Affairs and Communications
        Ministry": a body's full name runs past the subject's length (`max_subject_words`) and is
        still one speaker when every word is capitalised but the links between its parts (and
        an article after a link) and its last word is a body's head noun (English, up to half as
        long again; read backwards, the name read so far may open with a link). A phrase of
        common words that long is a clause, not a speaker."""
        if self.after_verb or len(words) > self.max_words + self.max_words // 2:
            return False
        if words and words[0].text in self.determiners:
            words = words[1:]
        if not words or not self._capitalised_word(words[-1]) or self.org_heads_stem(words[-1].text) is None:
            return False
        links = self.title_complement_links | self.name_joiners
        for k, tok in enumerate(words):
            if tok.kind != "word":
                return False
            if self._capitalised(tok):
                continue
            after_link = k > 0 and words[k - 1].text in links
            if tok.text in self.determiners and after_link:
                continue  # "of the Internal Affairs"
            if tok.text in links and (k == 0 or self._capitalised(words[k - 1])):
                continue
            return False
        return True

    def _body_name_open(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """Whether a subject at its word limit is inside a body's long name that goes on to its
        head noun within a few words ("... of the Internal Affairs | and Communications
        Ministry"): `_long_body_name` of the subject and the words up to that head noun."""
        j = k
        while j < len(tokens) and j - k < 4 and tokens[j].kind == "word":
            if self._capitalised(tokens[j]) and self.org_heads_stem(tokens[j].text) is not None:
                return self._long_body_name([*subject, *tokens[k : j + 1]])
            if not self._capitalised(tokens[j]) and tokens[j].text not in self.name_joiners:
                return False
            j += 1
        return False

    def _past_report_phrase(self, tokens: Sequence[Token], i: int) -> int:
        """ "X in a statement on Wednesday (May 24), said": a phrase naming the report the subject
        speaks in, between the subject and its verb (with its time and a comma), is skipped: the
        index of the token before it, or `i` when there is none."""
        if self.after_verb:
            return i
        k = i - 1 if i > 0 and tokens[i].text == "," else i
        while k >= 0 and (
            self._in_time(tokens[k]) or tokens[k].text in ("(", ")") or tokens[k].text in self.time_leads
        ):
            k -= 1
        if k < 3 or self.report_nouns_stem(tokens[k].text) is None:
            return i
        j = k - 1
        while (
            j > k - 3
            and tokens[j].kind == "word"
            and not (tokens[j].text in self.determiners or tokens[j].text in self.possessive_determiners)
        ):
            j -= 1  # "in a joint statement"
        if j < 2 or not (tokens[j].text in self.determiners or tokens[j].text in self.possessive_determiners):
            return i
        if tokens[j - 1].text not in self.place_links:
            return i
        return j - 2

    def _inside_subject(self, tokens: Sequence[Token], i: int) -> int:
        """How many tokens up to the stop word at `i` are inside the subject before it, 0 if
        none: a passive participle and its agent after the head ("Analysts surveyed by
        Bloomberg", not after a report: "The figures compiled by the ministry" are the
        ministry's), an adjective and its complement that describe a source ("A source close
        to Hezbollah", "people familiar with the talks"), or a present participle and its
        preposition after a speaker noun ("Officials working on the case", "Reporters reporting
        on the flood": who they are, not who speaks)."""
        before = tokens[i - 1]
        if before.kind != "word" or tokens[i - 2].kind != "word" or self._capitalised(before):
            return 0
        pair = (before.text, tokens[i].text)
        if pair in self.source_complements:
            return 2
        if (
            tokens[i].text in self.agent_links
            and before.text.endswith(self.participle_suffixes)
            and self.report_nouns_stem(tokens[i - 2].text) is None
            and self.verbs_stem(before.text) is None
        ):
            return 2
        if (
            not self.after_verb
            and tokens[i].text in self.head_links
            and before.text.endswith(self.progressive_endings)
            and self.speaker_nouns_stem(tokens[i - 2].text.lower()) is not None
        ):
            return 2  # "Officials working on the case said", "Witnesses speaking to Reuters said"
        return 0

    def _owned_report(self, words: Sequence[Token]) -> bool:
        """ "The statistics office's monthly estimates", "Kenya's figures": a report after a
        possessive whose possessor names someone (a capitalised word or a body's head noun)."""
        for k in range(2, len(words) - 1):
            if self._possessive(words[k - 1], words[k]):
                owner = words[k - 2]
                return self._capitalised(owner) or self.org_heads_stem(owner.text) is not None
        return False

    def _report_before_report_verb(self, tokens: Sequence[Token], i: int, verb: int) -> bool:
        """ "The statistics office's monthly estimates show that": a report noun that is also a
        speech verb ("estimates", "reports"), right before a verb that only a report does
        (`report_verbs`), is the subject's head noun, not a verb of its own (English)."""
        return (
            not self.after_verb
            and verb < len(tokens)
            and self._skip_back(tokens, verb - 1) == i
            and self.report_nouns_stem(tokens[i].text) is not None
            and self.report_verbs_stem(tokens[verb].text) is not None
        )

    def _noun_after_determiner(self, tokens: Sequence[Token], i: int) -> bool:
        """ "The report further indicated": a word that is also a speech verb ("report",
        "estimates") is a noun after a determiner, a possessive determiner ("its report") or a
        possessive ending ("the ministry's report said", "the agency's estimates show"), a day
        between them ("the ministry's Thursday report stated")."""
        if i < 1 or self.noun_like_verbs_stem(tokens[i].text) is None:
            return False
        if tokens[i - 1].text in self.determiners:
            return True
        if self.report_nouns_stem(tokens[i].text) is None:
            return False
        if i > 1 and self._in_time(tokens[i - 1]):
            i -= 1
        before = tokens[i - 1].text
        return before in self.possessive_determiners or (
            i > 2 and self._possessive(tokens[i - 2], tokens[i - 1]) and tokens[i - 3].kind == "word"
        )

    def _body_with_seat(self, head: list[Token], link: Token, place: list[Token]) -> list[Token]:
        """ "the health ministry in Gaza said", "Authorities in Greece reported": a body's head
        noun before a named place keeps it, which tells that body from others of its name (as
        an Arabic body's name runs on through "في" and its place); so does a group named by a
        plural common noun ("Pro-democracy activists in Sudan say", "Officials in the central
        state of Puebla reported"): a place's name says which group speaks (the guide's D15). One
        person is only where he is ("A spokesman in Geneva said"), and a place no name gives is
        where the group is ("Witnesses at the scene said"). `head` otherwise."""
        named = self._named_places(place)
        last = head[-1].text
        if named and self.org_heads_stem(last) is not None:
            return [*head, link, *place]
        if (
            self.org_heads_stem(last) is not None
            and place[0].text in self.determiners
            and any(t.kind == "word" and self._capitalised(t) for t in place)
        ):
            return [*head, link, *place]  # "the agency in the eastern Valencia region": which agency
        if self._served_body(head[-1], place):
            return [*head, link, *place]  # "an official in the state government": whom they serve
        described = place[0].text in self.determiners and self._capitalised(place[-1])
        group = (
            (named or described)
            and self.speaker_nouns_stem(last.lower()) is not None
            and self._plural_word(last)
        )
        if group:
            return [*head, link, *place]
        return head

    def _speakers_from(self, tokens: Sequence[Token], at: int, origin: list[Token]) -> list[Token]:
        """ "Officials from the health ministry said", "official sources from the two states
        told Xinhua", "a doctor from the hospital said": a speaker noun before "from" is who
        speaks, and what they are from says which of them, part of the name as a place or a
        body after "in" is (the guide's D15); the words after "from" alone are no speaker. A
        single speaker's place is only where they come from ("a doctor from Gaza"): the speaker
        noun alone, as `_body_with_seat` keeps one person apart from their place. A capitalised
        name before "from" is a person whose body is the role (`_name_before_origin`). Empty
        when no speaker noun ends the words before "from" (English)."""
        head = self._place_head_words(tokens, at)
        if not head:
            return []
        last = head[-1].text.lower()
        if self.speaker_nouns_stem(last) is None:
            return []
        group = self._plural_word(last)
        if group or self._served_body(head[-1], origin) or self.org_heads_stem(origin[-1].text) is not None:
            return [*head, tokens[at], *origin]
        return head

    def _served_body(self, speaker: Token, place: Sequence[Token]) -> bool:
        """Whether the words after a speaker noun and "in"/"at" name the body it serves, a
        definite phrase of a few words that ends in a body's head noun ("an official in the state
        government", "officials at the ministry"): part of the speaker's name, as a place that
        says which group speaks is (the guide's D15) (English)."""
        return (
            not self.after_verb
            and speaker.kind == "word"
            and self.speaker_nouns_stem(speaker.text.lower()) is not None
            and 1 < len(place) <= 4
            and place[0].text in self.determiners
            and all(t.kind == "word" and not self._capitalised(t) for t in place)
            and self.org_heads_stem(place[-1].text) is not None
        )

    def _listed_places_seat(self, tokens: Sequence[Token], comma: int, subject: list[Token]) -> list[Token]:
        """A speaker before "in" and a list of places the comma at `comma` is inside ("police and
        rescuers in Kenya, Uganda and Tanzania"): the speaker with the whole list, as one place
        after "in" is kept (`_body_with_seat`); empty when the words before the comma are no
        such list after a place link (English)."""
        if self.after_verb:
            return []
        k = comma - 1
        while k > 0 and comma - k <= _LISTED_PLACE_TOKENS and tokens[k].text not in self.place_links:
            k -= 1
        if k <= 0 or tokens[k].text not in self.place_links:
            return []
        place = [*tokens[k + 1 : comma + 1], *subject]
        if not self._named_places(place):
            return []
        head = self._place_head(tokens, k, place)
        return self._body_with_seat(head, tokens[k], place) if head else []

    def _named_places(self, place: Sequence[Token]) -> bool:
        """Whether the words after "in" name places by their names: up to three capitalised
        words ("Gaza", "New South Wales"), or a list of such names joined by commas and a last
        `speaker_conjunctions` word ("Andalusia and Murcia", "Austria, Italy and Switzerland"),
        a hyphen inside a name ("Castilla-La Mancha")."""
        parts: list[list[Token]] = [[]]
        for k, tok in enumerate(place):
            if tok.text == "," or tok.text in self.speaker_conjunctions:
                parts.append([])
            elif (tok.kind == "word" and self._capitalised(tok)) or (
                tok.text in _DASHES
                and 0 < k < len(place) - 1
                and place[k - 1].end == tok.start
                and tok.end == place[k + 1].start
            ):
                parts[-1].append(tok)
            else:
                return False
        if len(parts) == 1:
            return 0 < len(parts[0]) <= 3
        conjunctions = sum(1 for t in place if t.text in self.speaker_conjunctions)
        return (
            conjunctions == 1
            and place[-1 - len(parts[-1])].text in self.speaker_conjunctions
            and all(0 < len(part) <= 5 for part in parts)
        )

    def _place_head(self, tokens: Sequence[Token], at: int, place: list[Token]) -> list[Token]:
        """ "Officials in Gaza said": a capitalised place of up to three words after "in" and
        a short speaker before it that starts its clause; the speaker is the officials. The
        place may be a described one ("Officials in the central state of Puebla"): a definite
        phrase that ends in a capitalised name and holds no organisation, or any such definite
        phrase after a speaker noun ("Residents in the area near the border")."""
        named = self._named_places(place)
        # "Officials in Ukraine's southern Kherson region": a place's possessive opens a phrase
        # as the article does ("the southern Kherson region of Ukraine")
        possessive = len(place) > 3 and self._capitalised(place[0]) and self._possessive(place[1], place[2])
        definite = (
            len(place) <= self.max_words
            and (place[0].text in self.determiners or possessive)
            and not any(self.org_heads_stem(t.text) or self.speaker_nouns_stem(t.text) for t in place)
        )
        described = definite and self._capitalised(place[-1])
        # "Residents in the area near the border"; "the agency in the eastern Valencia region"
        # (a body's place says which body only by a name in it)
        after_speaker_noun = (
            definite
            and at > 0
            and (
                self.speaker_nouns_stem(tokens[at - 1].text) is not None
                or (
                    self.org_heads_stem(tokens[at - 1].text) is not None
                    and any(t.kind == "word" and self._capitalised(t) for t in place)
                )
            )
        )
        served = self._served_body(tokens[at - 1], place) if at > 0 else False
        if not named and not described and not after_speaker_noun and not served:
            return []
        return self._place_head_words(tokens, at)

    def _place_head_words(self, tokens: Sequence[Token], at: int) -> list[Token]:
        """The short subject before a link at `at` that starts its clause ("Officials" in
        "Officials in Gaza", "A Russia-installed official" before "in"): up to five words back
        to a stop word or a sign, with its article; empty when longer or when a word goes on
        before it."""
        head: list[Token] = []
        k = at - 1
        while k >= 0 and (
            (tokens[k].kind == "word" and tokens[k].text not in self.stops)
            or (head and k > 0 and self._joins_name(tokens, k))
        ):
            head.insert(0, tokens[k])
            k -= 1
        if head and k >= 0 and tokens[k].text in self.determiners:
            head.insert(0, tokens[k])  # "A Russia-installed official in ...": its article
            k -= 1
        if head and k > 0 and tokens[k].text in self.speaker_conjunctions and self._conjunct_speaks(head):
            # "police and rescuers in Kenya": two speakers joined before the place (D50)
            j = k - 1
            while j >= 0 and k - j <= 3 and tokens[j].kind == "word" and tokens[j].text not in self.stops:
                j -= 1
            other = list(tokens[j + 1 : k])
            if other and (j < 0 or tokens[j].kind != "word") and self._conjunct_speaks(other):
                head[:0] = [*other, tokens[k]]
                k = j
        if not head or len(head) > 5 or (k >= 0 and tokens[k].kind == "word"):
            return []
        return head

    def _name_apostrophe(self, tokens: Sequence[Token], i: int) -> bool:
        """An apostrophe written between a single capital letter and a capitalised word is inside
        a surname ("O'Neill", "D'Souza"), not the end of a name or a quotation mark; so is one
        written inside a capitalised word before two or more letters that are no clitic
        ("Khalil Sa'ie", "Sana'a"; not "Haddad's", "Sam'll")."""
        if tokens[i].text not in _APOSTROPHES or i == 0 or i + 1 >= len(tokens):
            return False
        before, tok, after = tokens[i - 1], tokens[i], tokens[i + 1]
        if not (
            before.kind == "word"
            and after.kind == "word"
            and before.end == tok.start
            and tok.end == after.start
            and self._capitalised(before)
        ):
            return False
        if len(before.text) == 1:
            return self._capitalised(after)
        return len(after.text) >= 2 and after.text not in self.apostrophe_clitics

    def _joins_name(self, tokens: Sequence[Token], i: int) -> bool:
        """A hyphen between two words, or a name's "and" between two capitalised words
        ("the Ministry of Health and Sports"), is inside a subject, not its edge."""
        if self.after_verb or i + 1 >= len(tokens):
            return False
        if self._name_apostrophe(tokens, i):
            return True  # "Peter O'Neill said"
        before, tok, after = tokens[i - 1], tokens[i], tokens[i + 1]
        if tok.text == ".":
            return self._abbreviation_dot(tokens, i)
        if tok.text == "-":
            end = self._at(before) + len(before.text)
            # "The U.S.-led coalition": the hyphen may follow an initialism's last stop
            joined = before.kind == "word" or self._initialism_end(tokens, i - 1)
            return joined and after.kind == "word" and end == self._at(tok)
        return (
            tok.text in self.name_joiners
            and before.kind == "word"
            and after.kind == "word"
            and self._capitalised(before)
            and self._capitalised(after)
        )

    def _abbreviation_dot(self, tokens: Sequence[Token], i: int) -> bool:
        """A stop that is part of a word: after an abbreviation of the lexicon ("Dr.", "St.")
        or inside an initialism ("U.S.")."""
        if tokens[i].text != "." or i == 0:
            return False
        before = tokens[i - 1]
        if before.kind == "word" and before.end == tokens[i].start and before.text in self.abbreviations:
            return True
        if (
            before.kind == "word"
            and before.end == tokens[i].start
            and i + 1 < len(tokens)
            and tokens[i + 1].text == ","
            and tokens[i + 1].start == tokens[i].end
        ):
            return True  # "head of the state-owned Coal Co., said": a stop a comma follows ends no sentence
        return i + 1 < len(tokens) and (
            self._initialism_dot(tokens, i) or self._initial_dot(tokens, i) or self._web_name_dot(tokens, i)
        )

    def _in_web_name(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether token `k` is the stop or the domain of a website's name ("PowerOutage.us")."""
        if 0 < k < len(tokens) - 1 and tokens[k].text == "." and self._web_name_dot(tokens, k):
            return True
        return k > 1 and tokens[k - 1].text == "." and self._web_name_dot(tokens, k - 1)

    def _web_name_dot(self, tokens: Sequence[Token], i: int) -> bool:
        """The stop inside a website's name ("PowerOutage.us", "FlightAware.com"): written with
        no space between a capitalised word and a domain of the lexicon (`web_domains`)."""
        before, after = tokens[i - 1], tokens[i + 1]
        return (
            before.kind == "word"
            and before.end == tokens[i].start
            and tokens[i].end == after.start
            and after.text in self.web_domains
            and self._capitalised(before)
        )

    def _initial_dot(self, tokens: Sequence[Token], i: int) -> bool:
        """The stop of a name's initial ("T. P. Gupta", "George W. Bush"): right after a single
        capital letter, between another initial or a given name before it and a capitalised
        word after it. A letter that ends a name of a thing ("in Group A. The mayor said",
        "vitamin D. Doctors said") ends its sentence: the word before it is no given name (an
        organisation's head or lower case), or the word after opens a sentence (a determiner,
        a pronoun, a speaker noun)."""
        letter, after = tokens[i - 1], tokens[i + 1]
        if not (
            letter.kind == "word"
            and len(letter.text) == 1
            and letter.end == tokens[i].start
            and self._capitalised(letter)
            and after.kind == "word"
            and self._capitalised(after)
        ):
            return False
        if len(after.text) == 1 or (i >= 3 and self._is_initial(tokens, i - 2)):
            return True  # "T. P. Gupta": one of two initials
        before = tokens[i - 2] if i >= 2 else None
        return (
            before is not None
            and before.kind == "word"
            and self._capitalised(before)
            and self.org_heads_stem(before.text) is None
            and after.text not in self.determiners
            and after.text not in self.stops
            and self.speaker_nouns_stem(after.text) is None
            and self.org_heads_stem(after.text) is None
        )

    def _is_initial(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether tokens[i] is the stop right after a single capital letter."""
        letter = tokens[i - 1]
        return (
            tokens[i].text == "."
            and letter.kind == "word"
            and len(letter.text) == 1
            and letter.end == tokens[i].start
            and self._capitalised(letter)
        )

    def _initialism_end(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token `i` is the last stop of an initialism ("U.S.") written right before a
        verb or a hyphen: it ends the subject's last word, not the sentence (English)."""
        return (
            not self.after_verb
            and i >= 2
            and tokens[i].text == "."
            and tokens[i - 1].kind == "word"
            and self._initialism_dot(tokens, i)
        )

    def _initialism_dot(self, tokens: Sequence[Token], i: int) -> bool:
        """A stop inside an initialism ("U.S.", "U.N."): written right after a single letter,
        with another letter right after it or another such stop before that letter."""
        letter = tokens[i - 1]
        if letter.kind != "word" or len(letter.text) != 1 or letter.end != tokens[i].start:
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.kind == "word" and len(after.text) == 1:
            return after.start == tokens[i].end
        return i >= 2 and tokens[i - 2].text == "." and tokens[i - 2].end == letter.start

    def _before_relative(self, tokens: Sequence[Token], at: int) -> list[Token]:
        """ "officials, who said ...": the subject is the words before the relative pronoun."""
        i = at - 1
        if i >= 0 and tokens[i].text == ",":
            i -= 1
        found: list[Token] = []
        while i >= 0 and tokens[i].kind == "word" and tokens[i].text not in self.stops:
            found.insert(0, tokens[i])
            i -= 1
        return found if len(found) <= self.max_words else []

    def _appositive(self, words: Sequence[Token]) -> bool:
        """A description, not a name: "the hospital's director", "a humanitarian group",
        "presidential adviser for political affairs", "Bangladesh's minister for ...",
        "المتحدث باسم الجيش"."""
        first = words[0].text
        if first in self.determiners or self.titles_stem(first) is not None:
            return True
        if self.after_verb:
            # "المشير خليفة حفتر": a rank, then the name
            return self.name_after_definite_title and self._ranks_at(words, 0) > 0
        return not self._capitalised(words[0]) or any(t.text in self.titles for t in words)

    def _dash_aside_before(self, tokens: Sequence[Token], k: int) -> Source | None:
        """ "Governor Nikki Haley -- calling the downpours "unbelievable" -- told reporters": an
        aside between spaced dashes (one dash, or two hyphens) right before the verb stands
        between the subject and its verb as one between commas does; the name before it speaks.
        None when token `k` closes no such aside or the words before it name no one."""
        if self.after_verb or k < 3 or tokens[k].text not in _DASHES or not self._spaced_dash(tokens, k):
            return None
        close = k - 1 if tokens[k - 1].text in _DASHES else k
        j = close - 1
        while j > 0 and not (tokens[j].text in _DASHES and self._spaced_dash(tokens, j)):
            if tokens[j].text in (".", "!", "?", ";", ":"):
                return None
            j -= 1
        if j < 1 or close - j - 1 < 1 or close - j - 1 > 2 * self.max_words:
            return None
        opening = j - 1 if tokens[j - 1].text in _DASHES else j
        name = self._subject_before(tokens, opening, allow_skips=False)
        words = [t for t in name if t.kind == "word"]
        if not words or not self._names_someone(words) or not all(self._capitalised(t) for t in words):
            return None
        return self._source(name)

    def _spaced_dash(self, tokens: Sequence[Token], k: int) -> bool:
        """A dash with a space on its outer side: one dash ("Haley — calling"), or the outer one
        of a pair of hyphens written as a dash ("Haley -- calling")."""
        text, at = self.norm.original, self._at(tokens[k])
        before = at > 0 and text[at - 1].isspace()
        after = at + 1 < len(text) and text[at + 1].isspace()
        return before or after

    def _segment_before(self, tokens: Sequence[Token], comma: int) -> list[Token]:
        """The words between the previous break and the comma at `comma`."""
        found: list[Token] = []
        i = comma - 1
        while i >= 0 and (
            not self._breaks(tokens[i])
            or tokens[i].text in ("'", "’")
            or self._abbreviation_dot(tokens, i)
            or self._inner_hyphen(tokens, i)
        ):
            found.insert(0, tokens[i])
            i -= 1
        if i < 0 and len(found) > 1 and self._opening_conjunction(found[0]):
            return found[1:]  # "But Khalid Farooqi, a lawmaker, said": the conjunction opens the sentence
        return found

    def _past_bracketed_acronym(self, tokens: Sequence[Token], found: list[Token], comma: int) -> list[Token]:
        """The segment `found` before the comma at `comma`, extended back past an acronym in
        brackets and the words before it ("The Commissioner of Police (CP) in charge of the
        FCT"); `found` itself when no such acronym stands before it."""
        k = comma - 1 - len(found)
        if k < 3 or not self._bracketed_acronym(tokens, k):
            return found
        return [*self._segment_before(tokens, k - 2), *tokens[k - 2 : k + 1], *found]

    def _bracketed_acronym(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the tokens ending at `k` (k >= 2) are an acronym in brackets: "(REINZ)"."""
        return tokens[k].text == ")" and tokens[k - 2].text == "(" and self._acronym_token(tokens[k - 1 : k])

    def _opening_conjunction(self, tok: Token) -> bool:
        """A coordinator or clause opener written first in its sentence ("But", "And"): it links
        the sentence to the one before and is no part of the subject after it (English)."""
        return (
            not self.after_verb
            and (tok.text in self.coordinators or tok.text in self.clause_openers)
            and self._capitalised(tok)
        )

    def _inner_hyphen(self, tokens: Sequence[Token], i: int) -> bool:
        """A hyphen written between two words, inside a name or a compound ("Sanwo-Olu")."""
        return (
            tokens[i].text == "-"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].kind == "word"
            and tokens[i + 1].kind == "word"
            and tokens[i - 1].end == tokens[i].start
            and tokens[i].end == tokens[i + 1].start
        )

    # -- names -----------------------------------------------------------------------------

    def _split_title(self, subject: Sequence[Token]) -> Source | None:
        """ "وزير الخارجية الأمريكي أنتوني بلينكن" -> name أنتوني بلينكن, role وزير الخارجية الأمريكي.

        Arabic: a title word, then the definite words that qualify it, then the name.
        English: the name is the run of words at the end that are not titles.
        """
        honorific = self._honorific(subject, 0) if subject else 0
        if 0 < honorific < len(subject):
            subject = subject[honorific:]  # "His Highness Sheikh Mohammed": a form of address
        if not subject:
            return None
        cut = 0
        if self.name_after_definite_title:
            later = next(
                (k for k in range(1, len(subject)) if self.titles_stem(subject[k].text) is not None),
                None,
            )
            rank = self._ranks_at(subject, 0)
            if rank:
                cut = rank  # "اللواء الطريفي إدريس": the name starts right after the rank
            elif (
                self.titles_stem(subject[0].text) is None
                and later is not None
                # "مكتب رئيس الوزراء"، "ديوان محافظ إدلب": a body's head noun without the article
                # is in the construct state, so the title after it is its genitive: the office
                # speaks, and no name stands before the title
                and not (later == 1 and self._office_of_title(subject[0].text))
                # "مصدر مسؤول في الوزارة": after a speaker noun the title word is its adjective
                and not (later == 1 and self.speaker_nouns_stem(subject[0].text) is not None)
            ):
                return Source(self._text(subject[:later]) or "", self._text(subject[later:]))
            elif self.titles_stem(subject[0].text) is not None:
                cut = 1
                while (
                    cut < len(subject)
                    and not (rank := self._ranks_at(subject, cut))
                    and (
                        self._definite(subject[cut].text)
                        or subject[cut].text in self.title_links
                        # "المتحدث باسم وزارة الصحة": the body after "باسم" is the title's, definite
                        # or not
                        or subject[cut - 1].text in self.title_links
                        # "الناطق باسم انتخابات مجالس المحافظات"، "باسم انتخابات إقليم كردستان":
                        # the construct chain after "باسم" runs to its definite end
                        or self._in_linked_chain(subject, cut)
                        # "رئيس مجلس المفوضين", "المدير العام لدائرة الإحصاءات": a body's head noun in
                        # the construct state (its definite genitive next) is the title's
                        or self._construct_body(subject, cut)
                        # "نائب وزير خارجيتها": a title in construct with the next title, and a body
                        # named by a pronoun written onto it, are the title's: no name follows
                        or self.titles_stem(subject[cut].text) is not None
                        # "مدير مستشفى "كمال عدوان" فلان": the quoted name of the body in
                        # construct with the title is the title's genitive, not the person's name
                        or self._in_quoted_genitive(subject, cut)
                        # "وزير الدولة لشؤون الإعلام": a portfolio with "ل" written onto it,
                        # in the construct state, is what the title is of; no name starts there
                        or self._portfolio_at(subject, cut)
                        # "الرئيس التنفيذي لشركة أرامكو": a body's head noun with "ل" written onto it
                        # after a title is the body the title serves, whatever its genitive (a
                        # proper name without the article); no name starts with it
                        or self._served_body_head(subject, cut)
                        # "مدير إعلام المديرية العامة لمكافحة المخدرات": what a body is for, a
                        # verbal noun with "ل" written onto it, is the body's name
                        or self._body_purpose_at(subject, cut)
                        # "المدير العام لمكافحة المخدرات": the same after a definite title
                        or self._office_purpose_at(subject, cut)
                        # "الناطق باسم الدفاع المدني بمنطقة جازان": the seat of the body, a place
                        # noun with "ب" written onto it and the place's name after it
                        or self._place_noun_seat(subject[cut])
                        or self._place_noun_seat(subject[cut - 1])
                        or self._possessed(subject[cut].text)
                        # "مسؤول أمريكي كبير": an adjective of rank after the title's adjectives is
                        # the title's, not a name
                        or self.rank_adjectives_stem(subject[cut].text) is not None
                        # "حاكم دبي محمد بن راشد": a title without the article is in the construct
                        # state, so the word after it is its genitive (a place or a body), not a name;
                        # a genitive is no preposition: "مسؤول في شرطة دبي" is an unnamed official
                        or (
                            cut == 1
                            and not self._definite(subject[0].text)
                            and subject[1].text not in self.place_links
                        )
                        # "رئيس بلدية غزة يحيى السراج": a body's head noun in that genitive, without
                        # the article, is in the construct state too, so the word after it is its
                        # genitive (غزة), not the name
                        or (
                            cut >= 2
                            and not self._definite(subject[cut - 1].text)
                            and (
                                # "لبرنامج حساب المواطن": also with the preposition written onto it
                                self.org_heads_stem(self._unlinked(subject[cut - 1].text)) is not None
                                # "مدير مستشفى قضاء كلار": a place noun in the construct state is
                                # followed by the place's name, not the person's
                                or self.place_nouns_stem(subject[cut - 1].text) is not None
                            )
                        )
                        # "عضو أصحاب محطات المحروقات الدكتور ...": a common noun without the
                        # article in the construct state, its genitive without the article too and
                        # the chain's definite end right after: the whole chain is the title's
                        or self._construct_chain_goes_on(subject, cut)
                        # "رئيس الهيئة المشرفة على الانتخابات فاروق بوعسكر": a participle's
                        # complement, when it is one definite noun phrase (a complement in the
                        # construct state, "على انتخابات مجلس النواب ...", may run on to the end)
                        or (
                            subject[cut].text in self.governed_links
                            and self._governs(subject[cut - 1].text, subject[cut].text)
                            and cut + 1 < len(subject)
                            and self._definite(subject[cut + 1].text)
                        )
                        # "رئيس الفريق المكلف بمتابعة الأحداث": the participle's complement
                        # with its preposition written onto it
                        or self._governed_written_on(subject, cut)
                        # "مدير صحة نينوى"، "قائد عمليات سامراء": the last word after a noun in the
                        # construct state (no article) is that noun's genitive (a place, a body),
                        # never a person's name of one word
                        or (
                            cut >= 2
                            and cut == len(subject) - 1
                            and not self._definite(subject[cut - 1].text)
                            and self.titles_stem(subject[cut - 1].text) is None
                            and subject[cut - 1].text not in self.title_links
                        )
                    )
                ):
                    cut += 1
                if not rank:
                    cut, rank = self._past_seat_to_rank(subject, cut)
                if not rank:
                    cut, rank = self._past_genitive_to_rank(subject, cut)
                if not rank:
                    cut, rank = self._past_placed_body_to_rank(subject, cut)
                if not rank:
                    cut, rank = self._past_chain_to_rank(subject, cut)
                # "وزير الداخلية الفريق أول الطريفي إدريس": a rank after the office ends the role
                cut += rank
        else:
            person = self._person_after_possessor(subject)
            if person:
                # "the Red Cross's Mary Jones": the person speaks, the body is the role
                return Source(self._text(subject[-person:]) or "", self._text(subject[:-person]))
            person = self._person_of_body(subject)
            if person:
                # "Mary Jones of the Red Cross": the person speaks, the body is the role
                return Source(self._text(subject[:person]) or "", self._text(subject[person:]))
            titled = self._leading_titles(subject)
            person = self._person_of_body(subject[titled:]) if titled else 0
            if person:
                # "Deputy Rod Carroll of the county sheriff's office": the titles and the body
                # are the role
                title, body = subject[:titled], subject[titled + person :]
                return Source(
                    self._text(subject[titled : titled + person]) or "",
                    f"{self._text(title)} {self._text(body)}",
                )
            start = self._name_after_titled_complement(subject)
            if start:
                # "Supervisor of Elections Mohammed Saneem": the title and what it is of are the role
                return Source(self._text(subject[start:]) or "", self._text(subject[:start]))
            cut = len(subject)
            while cut > 0 and subject[cut - 1].text not in self.titles:
                cut -= 1
            if (
                cut
                and subject[cut - 1].text in self.title_modifiers
                and not any(t.text in self.titles for t in subject[: cut - 1])
            ):
                cut = 0  # "The US Geological Survey": a title's qualifier with no title is the name's
            if 0 < cut < len(subject) - 1 and subject[cut].text == ".":
                cut += 1  # "Dr. Sarah Lee": the title's stop is the title's
            if cut == 0:
                cut = self._descriptor_before_name(subject)
        if cut == 0 or cut >= len(subject) or subject[cut].text in ("'", "’"):
            return Source(self._text(subject) or "")
        if (
            not self.name_after_definite_title
            and cut == len(subject) - 1
            and self.speaker_nouns_stem(subject[cut].text.lower()) is not None
        ):
            return Source(self._text(subject) or "")  # "Italian state TV": a noun of speakers, no name
        if (
            subject[cut].text in self.governed_links
            and self._governs(subject[cut - 1].text, subject[cut].text)
        ) or subject[cut].text in self.place_links:
            return Source(self._text(subject) or "")  # a title with its complement, no name
        if subject[cut - 1].text in self.affiliations:
            return Source(self._text(subject) or "")  # "... التابعة لمدينة رشيد": whose body, no name
        honorific = self._honorific(subject, cut)
        if 0 < honorific < len(subject) - cut:
            cut += honorific  # "EC chairman Tan Sri Abdul Ghani Salleh": a form of address is the role's
        if self.name_after_definite_title:
            cut += self._given_name_later(subject[cut:])
        name = subject[cut:]
        if len(name) > 2 and name[0].text in _QUOTES and name[-1].text in _QUOTES:
            name = name[1:-1]  # "الدكتور "فلان"": a name in quotation marks after the rank
        role = self._text(subject[:cut])
        if self.name_after_definite_title:
            # "الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة": a title in the construct state
            # after the name opens a description of it
            later = next(
                (
                    j
                    for j in range(1, len(name))
                    if self.titles_stem(name[j].text) is not None
                    and (
                        not self._definite(name[j].text)
                        # "الدكتور محمد فتح الله المتحدث الرسمي لوزارة الصحة": a definite title
                        # with its own complement after a name of two words or more
                        or (j >= 2 and j + 1 < len(name))
                    )
                ),
                None,
            )
            if later is not None:
                role = f"{role}{self.role_separator}{self._text(name[later:])}"
                name = name[:later]
        if not self.name_after_definite_title and (
            not self._capitalised(name[0]) or any(self.org_heads_stem(t.text) for t in name)
        ):
            run = self._apposed_name(subject)
            if run:
                # "The governor of the central bank Patrick Njoroge": the title's complement,
                # then the person's name apposed to its common head noun
                return Source(self._text(subject[-run:]) or "", self._text(subject[:-run]))
            # "a spokesperson for the ministry", "Japan's Defense Ministry": one speaker, no name
            return Source(self._text(subject) or "")
        return Source(self._text(name) or "", role)

    def _given_name_later(self, name: Sequence[Token]) -> int:
        """ "عضو لجنة تجار سوق الهال محمد العقاد": where a title's genitive ran on past the split,
        the person's name starts at its given name, with a family name after it, right after the
        definite end of the genitive chain ("الهال"); the common nouns before it (no given name
        among them, no word of lineage: "أبو محمد الجولاني" is one name) are the title's. A given
        name the lexicon does not know before it ("عمران أحمد المزروعي") has no article. 0 when
        the name holds no such given name after its first word."""
        for j in range(1, len(name) - 1):
            word = name[j].text
            if name[j - 1].kind != "word" or word in self.lineage_links:
                return 0
            if name[j - 1].text in self.given_names or self._unlinked(name[j - 1].text) in self.lineage_links:
                return 0
            if word in self.given_names and name[j + 1].kind == "word" and self._definite(name[j - 1].text):
                return j
        return 0

    def _in_linked_chain(self, subject: Sequence[Token], k: int) -> bool:
        """Whether word `k` lies in the construct chain a title's link opens ("باسم انتخابات
        مجالس المحافظات"): nouns without the article, each the genitive of the one before, up to
        the first definite word or the name after a place noun ("إقليم كردستان"), with words
        left for the person's name after it. A given name, a compound name's head or a title
        in the run, or no such end, is no chain ("باسم حماس حازم قاسم")."""
        if not self.name_after_definite_title:
            return False
        link = next((j for j in range(k - 1, -1, -1) if subject[j].text in self.title_links), None)
        if link is None or link == k - 1:
            return False
        end = None
        for j in range(link + 1, min(link + 1 + _LINKED_CHAIN, len(subject))):
            word = subject[j].text
            if self._definite(word):
                end = j
                break
            if (
                word in self.given_names
                or word in self.name_compound_heads
                or self.titles_stem(word) is not None
            ):
                return False
            if self.place_nouns_stem(word) is not None:
                end = j + 1
                break
        return end is not None and k <= end < len(subject) - 1

    def _construct_chain_goes_on(self, subject: Sequence[Token], k: int) -> bool:
        """ "عضو أصحاب محطات المحروقات": inside a title's construct chain, a noun without the
        article at `k` after another (`k` - 1), the chain ending definite at `k` + 1: the genitive
        of the word before it, not a name, when neither is a given name or a place (a place's
        name, "بلدية غزة يحيى السراج", is written without the article as a person's is)."""
        if k < 2 or k + 1 >= len(subject):
            return False
        before, word, after = subject[k - 1].text, subject[k].text, subject[k + 1].text
        return (
            all(t.kind == "word" for t in subject[k - 1 : k + 2])
            and not self._definite(before)
            and not self._definite(word)
            and self._definite(after)
            and not any(w in self.given_names or w in self.places for w in (before, word))
            and word not in self.name_compound_heads  # "باسم حماس عبد اللطيف القانوع"
            and self.titles_stem(after) is None
        )

    def _governed_written_on(self, subject: Sequence[Token], k: int) -> bool:
        """ "المكلف بمتابعة الأحداث": after a governing participle, its complement with a one-letter
        preposition (claims.governed_links) written onto it, its definite genitive next."""
        if k < 1 or k + 1 >= len(subject) or self.governing_stem(subject[k - 1].text) is None:
            return False
        word = subject[k].text
        return any(
            len(link) == 1 and word.startswith(link) and len(word) > 3 for link in self.governed_links
        ) and self._definite(subject[k + 1].text)

    def _office_of_title(self, word: str) -> bool:
        """A body's head noun in the construct state ("مكتب"، "ديوان"، not "المكتب"), which a
        title after it qualifies as its genitive ("مكتب رئيس الوزراء")."""
        return not self._definite(word) and self.org_heads_stem(word) is not None

    def _served_body_head(self, subject: Sequence[Token], k: int) -> bool:
        """Whether word `k` of a title phrase is a body's head noun with "ل" written onto it and
        without the article ("لشركة"، "لمجموعة"), a genitive after it: the body the title serves."""
        word = subject[k].text
        return (
            k + 1 < len(subject)
            and self._link_prefix(word) is not None
            and not self._definite(self._unlinked(word))
            and self.org_heads_stem(self._unlinked(word)) is not None
        )

    def _portfolio_at(self, subject: Sequence[Token], k: int) -> bool:
        """ "لشؤون" in "وزير الدولة لشؤون الإعلام", "المفوض السامي لشؤون اللاجئين": a noun of
        the affairs an office holds (claims.portfolio_nouns), "ل" written onto it and its
        definite genitive next."""
        word = subject[k].text
        link = self._link_prefix(word)
        if link is None or link[1] or k + 1 >= len(subject):
            return False
        return word[len(link[0]) :] in self.portfolio_nouns and self._definite(subject[k + 1].text)

    def _body_purpose_at(self, subject: Sequence[Token], k: int) -> bool:
        """ "لمكافحة" in "المديرية العامة لمكافحة المخدرات", "لتنظيم" in "الهيئة الوطنية لتنظيم
        الاتصالات": after a definite body (an organisation's head noun with the article before
        it in the title), what the body is for (`_purpose_at`) is part of its name."""
        if k < 2 or not self._definite(subject[k - 1].text) or not self._purpose_at(subject, k):
            return False
        return any(
            self._definite(t.text) and self.org_heads_stem(self._bare(t.text)) is not None
            for t in subject[1:k]
        )

    def _office_purpose_at(self, subject: Sequence[Token], k: int) -> bool:
        """ "لمكافحة" in "المدير العام لمكافحة المخدرات"، "لحماية" in "الأمين العام لحماية
        المستهلك": after a definite title and its definite adjectives, what the office is for
        (`_purpose_at`) is the title's, no person's name: the title holds no name yet."""
        return (
            k >= 2
            and self.titles_stem(self._bare(subject[0].text)) is not None
            and all(self._definite(t.text) for t in subject[:k])
            and self._purpose_at(subject, k)
        )

    def _purpose_at(self, subject: Sequence[Token], k: int) -> bool:
        """Whether word `k` is a noun without the article with "ل" written onto it and its
        definite genitive next, or a chain of two ending definite ("لتنظيم قطاع الاتصالات"): a
        verbal noun naming what a body or an office is for. A short word after the "ل" ("لؤي
        الصافي", "لينا الخطيب") is a given name, so the noun needs four letters."""
        if k + 1 >= len(subject):
            return False
        word = subject[k].text
        link = self._link_prefix(word)
        if link is None or link[1] or len(word) - len(link[0]) < 4 or word in self.given_names:
            return False
        genitive = subject[k + 1]
        if genitive.kind != "word":
            return False
        return self._definite(genitive.text) or (
            k + 2 < len(subject)
            and genitive.text not in self.given_names
            and self.titles_stem(genitive.text) is None
            and self._definite(subject[k + 2].text)
        )

    def _past_seat_to_rank(self, subject: Sequence[Token], k: int) -> tuple[int, int]:
        """ "وزيرة الصحة برام الله د. مي الكيلة": a seat written with its preposition onto the
        place, one or two words between an office and a rank or title of address, is the
        office's (which of two ministries); the name follows the rank. (where the rank starts,
        its length), or (`k`, 0) when no seat and rank follow."""
        if k >= len(subject) or self._after_seat_prefix(subject[k]) is None:
            return k, 0
        for at in (k + 1, k + 2):
            if at >= len(subject) or subject[at - 1].kind != "word":
                break
            rank = self._ranks_at(subject, at)
            if rank:
                return at, rank
        return k, 0

    def _title_in_construct(self, tok: Token) -> bool:
        """A title without the article ("وكيلة"، "مدير"): in the construct state, a name in
        quotation marks right after it is the body it serves (Arabic)."""
        return self.after_verb and self.titles_stem(tok.text) is not None and not self._definite(tok.text)

    def _in_quoted_genitive(self, subject: Sequence[Token], k: int) -> bool:
        """Whether token `k` lies in a name in quotation marks (the marks included) that opens
        right after a body's or outlet's head noun without the article (`_head_awaits_name`):
        "مستشفى "كمال عدوان"", the head's genitive, with words left after it for a name. A
        reporter's outlet ("مراسل "معا"") is the genitive at the subject's end too: the title then
        holds no name."""
        for opening in range(max(1, k - 5), k + 1):
            if subject[opening].text not in _QUOTES or not (
                self._head_awaits_name(subject[opening - 1]) or self._title_in_construct(subject[opening - 1])
            ):
                continue
            closing = next(
                (j for j in range(opening + 2, min(len(subject), opening + 6)) if subject[j].text in _QUOTES),
                None,
            )
            reporter = self._unlinked(subject[opening - 1].text) in self.reporter_nouns
            if closing is not None and (closing + 1 < len(subject) or reporter) and k <= closing:
                return True
        return False

    def _past_genitive_to_rank(self, subject: Sequence[Token], k: int) -> tuple[int, int]:
        """ "المتحدث الرسمي لحرس الحدود العقيد فلان": the body a title serves, written with "ل"
        onto a noun the lexicon does not know as a body's head, and its definite genitive (two or
        three words, no given name among them), is the title's when a rank or title of address
        follows it: the name follows the rank. (where the rank starts, its length), or (`k`, 0)
        when no such genitive and rank follow."""
        if k >= len(subject) or subject[k].kind != "word" or subject[k].text in self.given_names:
            return k, 0
        link = self._link_prefix(subject[k].text)
        if link is None or link[1]:
            return k, 0
        for at in (k + 2, k + 3):
            if at >= len(subject):
                break
            between = subject[k + 1 : at]
            if any(t.kind != "word" or t.text in self.given_names for t in between):
                break
            if not self._definite(between[-1].text):
                continue
            rank = self._ranks_at(subject, at)
            if rank:
                return at, rank
        return k, 0

    def _rank_after_placed_body(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "وزير الصحة في حكومة تصريف الأعمال الدكتور فلان": after a title and the body it
        serves placed with "في", a rank or title of address at `k` with a name (or a name in
        quotation marks) after it: the title holder's name goes on the subject."""
        if not self.name_after_definite_title or self.titles_stem(subject[0].text) is None:
            return False
        named = self._split_title(subject)
        if named is not None and named.role is not None:
            return False
        # the body may end on the rank itself, the name (or a name in quotation marks) after it
        if self._rank_awaits_name(subject) and k < len(tokens):
            if self._quoted_alias(tokens, k) > 0:
                return True
            return (
                tokens[k].kind == "word"
                and self._verb_stem(tokens[k].text) is None
                and tokens[k].text not in self.stops
                and not self._definite(tokens[k].text)
            )
        return self._ranks_at(tokens, k) > 0

    def _past_placed_body_to_rank(self, subject: Sequence[Token], k: int) -> tuple[int, int]:
        """ "وزير الصحة في حكومة تصريف الأعمال الدكتور فلان": the body a title serves, placed
        with "في" (`_rank_after_placed_body` read it on), is the title's when a rank or title of
        address follows it: the name follows the rank. (where the rank starts, its length), or
        (`k`, 0) when none follows within six words, or a given name stands before it."""
        if k >= len(subject) or subject[k].text not in self.place_links:
            return k, 0
        return self._rank_past_words(subject, k, k + 1)

    def _rank_ahead(self, subject: Sequence[Token], tokens: Sequence[Token], k: int) -> bool:
        """ "المتحدث الرسمي للجنة رصد ومتابعة وباء فيروس كورونا الدكتور فلان": past the word limit,
        a title's complement goes on when a rank or title of address with a name after it
        follows within four words that are no given name, verb or stop (`_past_chain_to_rank`
        then reads the name after the rank)."""
        if not self.name_after_definite_title or self.titles_stem(subject[0].text) is None:
            return False
        for at in range(k, min(k + 5, len(tokens))):
            if self._ranks_at(tokens, at):
                return True
            tok = tokens[at]
            if (
                tok.kind != "word"
                or tok.text in self.given_names
                or tok.text in self.stops
                or self._verb_stem(tok.text) is not None
            ):
                return False
        return False

    def _past_chain_to_rank(self, subject: Sequence[Token], k: int) -> tuple[int, int]:
        """ "المتحدث الرسمي للجنة رصد ومتابعة وباء فيروس كورونا الدكتور فلان": a construct chain
        the title's loop stopped in (nouns without the article, joined by "و"; "رصد" reads as a
        verb too), up to seven words with no given name among them, is the title's when a rank
        or title of address follows it with a name after it: the name follows the rank. (where
        the rank starts, its length), or (`k`, 0) when none follows."""
        if k < 1 or k >= len(subject):
            return k, 0
        return self._rank_past_words(subject, k, k)

    def _rank_past_words(self, subject: Sequence[Token], k: int, first: int) -> tuple[int, int]:
        """A rank or title of address after the words of the subject from `first` on, before
        token `k` + 7, none of them a given name or anything but a word: (where the rank starts,
        its length), or (`k`, 0) when none follows."""
        for at in range(first + 1, min(k + 8, len(subject))):
            word = subject[at - 1]
            if word.kind != "word" or word.text in self.given_names:
                break
            rank = self._ranks_at(subject, at)
            if rank:
                return at, rank
        return k, 0

    def _ranks_at(self, subject: Sequence[Token], k: int) -> int:
        """How many tokens at `k` are ranks or titles of address that stand right before a
        person's name ("الفريق أول ركن", "الأستاذ الدكتور", "د."), with their grade words; 0 when
        none, or when no name follows them (a name then starts with the next word, even one
        written with the article: "اللواء الطريفي إدريس"). A rank that is a common noun too
        ("الفريق") is one only before a grade word or a word without the article."""
        at = k
        while at < len(subject):
            word = subject[at].text
            if word in self.abbreviations and self._abbreviation_dot(subject, at + 1):
                at += 2  # "وزيرة الصحة د. مي الكيلة": an abbreviated title
                continue
            if (
                at > 0
                and word in self.acting_words
                and at + 1 < len(subject)
                and not self._definite(subject[at + 1].text)
            ):
                # "الناطق باسم الحكومة وكالة محمد ...": the office held acting, after a title
                # and before a word without the article (not "وكالة الأنباء", an agency)
                at += 1
                continue
            if self.personal_titles_stem(word) is None:
                break
            nxt = subject[at + 1].text if at + 1 < len(subject) else None
            if (
                self.noun_ranks_stem(word) is not None
                and nxt is not None
                and nxt not in self.rank_grades
                and self._definite(nxt)
            ):
                break
            at += 1
            while at < len(subject) and subject[at].text in self.rank_grades:
                at += 1
        return at - k if at < len(subject) else 0

    def _person_after_possessor(self, subject: Sequence[Token]) -> int:
        """How many words after a possessive at the end of an English subject are a person's
        name ("the Red Cross's Mary Jones", "Apple's Tim Cook"): two or three capitalised words,
        none a body's head noun, a title or a place; 0 if none ("Japan's Meteorology Agency")."""
        possessive = next(
            (k for k in range(len(subject) - 2, 1, -1) if self._possessive(subject[k - 1], subject[k])),
            None,
        )
        run = 0 if possessive is None else len(subject) - possessive - 1
        if not 2 <= run <= 3:
            return 0
        owner = [
            t.text for t in subject[: possessive - 1] if t.kind == "word" and t.text not in self.determiners
        ]
        if self.lex.strip_prefix(" ".join(owner), self.places) is not None:
            return 0  # "Japan's Coast Guard", "Britain's Financial Times": a country's institution
        words = subject[-run:]
        if any(
            t.kind != "word"
            or not self._capitalised(t)
            or self.org_heads_stem(t.text) is not None
            or self.titles_stem(t.text) is not None
            or self.speaker_nouns_stem(t.text) is not None
            for t in words
        ) or self._names_place(words):
            return 0
        return run

    def _name_after_titled_complement(self, subject: Sequence[Token]) -> int:
        """Where a person's name starts after a title and the capitalised complement that says
        what it is of ("Supervisor of Elections Mohammed Saneem", "Minister of Foreign Affairs
        Penny Wong", "Minister of State for Health John Doe"): the last title word followed by a
        link, one or more capitalised words (or "and" between them), then a name of two
        capitalised words (a hyphen inside one joins it: "Ken Ofori-Atta"), none a body's head
        noun, a title, a speaker noun or a place. English writes the office whole before the
        name; the guide's `said_by` is the name. A complement alone ("Minister of Public Health")
        or one with a determiner or another link ("Director of the Centers for Disease
        Control") names no one; 0 when the subject is no such phrase."""
        title = next(
            (
                t
                for t in range(len(subject) - 2, -1, -1)
                if self.titles_stem(subject[t].text) is not None
                and subject[t + 1].text in self.title_complement_links
                and subject[t + 1].text not in self.name_joiners
            ),
            None,
        )
        if title is None:
            return 0
        start, named = len(subject), 0
        while start > title + 2 and named < 2:
            start -= 1
            while start > title + 3 and self._inner_hyphen(subject, start - 1):
                start -= 2  # "Ofori-Atta", "Jean-Pierre": the parts a hyphen joins are one word
            named += 1
        complement, name = subject[title + 2 : start], subject[start:]
        written = " ".join(t.text for t in name if t.kind == "word")
        if (
            named < 2
            or not complement
            or complement[-1].text in self.name_joiners
            or any(not self._capitalised(t) and t.text not in self.name_joiners for t in complement)
            or any(
                t.kind == "word"
                and (
                    not self._capitalised(t)
                    or self.org_heads_stem(t.text) is not None
                    or self.titles_stem(t.text) is not None
                    or self.speaker_nouns_stem(t.text) is not None
                )
                for t in name
            )
            or self.lex.strip_prefix(written, self.places) is not None
        ):
            return 0
        return start

    def _person_of_body(self, subject: Sequence[Token]) -> int:
        """How many words open an English subject as a person's name before the body they
        belong to ("Mary Jones of the Red Cross", "Ali Khan of the president's office"): two or
        three capitalised words, none a body's head noun, a title, a speaker noun or a place,
        then a link of belonging and a body or a capitalised name, which ends the subject; 0 if
        none ("the Bank of England", "Secretary of State Jane Roe", "Democratic Republic of Congo
        officials")."""
        run = 0
        while run < len(subject) and subject[run].kind == "word" and self._capitalised(subject[run]):
            run += 1
        if not 2 <= run <= 3 or run + 1 >= len(subject) or subject[run].text not in self.person_links:
            return 0
        words = subject[:run]
        if any(
            t.text in self.determiners
            or self.org_heads_stem(t.text) is not None
            or self.titles_stem(t.text) is not None
            or self.speaker_nouns_stem(t.text) is not None
            or t.text in self.places
            for t in words
        ) or self._names_place(words):
            return 0
        rest = subject[run + 1 :]
        last = next((t for t in reversed(rest) if t.kind == "word"), None)
        if (
            last is None
            or self._key(self._text(subject) or "") is not None
            or not (self._capitalised(last) or self.org_heads_stem(last.text) is not None)
        ):
            # "Democratic Republic of Congo officials": the head is the noun in lower case at
            # the end, not a name before "of"
            return 0
        return run

    def _apposed_name(self, subject: Sequence[Token]) -> int:
        """How many words at the end of a titled English subject are a person's name apposed to
        the lower-case head noun before them ("... of the central bank Patrick Njoroge"): two or
        three capitalised words, no body's head noun nor a known place among them; 0 if none."""
        run = 0
        while (
            run < len(subject) and subject[-1 - run].kind == "word" and self._capitalised(subject[-1 - run])
        ):
            run += 1
        if not 2 <= run <= 3 or run + 2 > len(subject):
            return 0
        before = subject[-1 - run]
        words = subject[-run:]
        if (
            before.kind != "word"
            or self._capitalised(before)
            or before.text in self.determiners
            or before.text in self.stops
            or self.org_heads_stem(before.text) is None
            or any(self.org_heads_stem(t.text) or self.titles_stem(t.text) for t in words)
            or self._names_place(words)
        ):
            return 0
        return run

    def _descriptor_before_name(self, subject: Sequence[Token]) -> int:
        """Where a proper name starts after the common noun that describes it, in an English
        subject with no title word: "train operator Renfe", "the rights group Amnesty
        International", "rescue volunteer Maria Lopez" (the journalistic "false title", a noun
        phrase in apposition before the name). The name is the run of capitalised words at the
        end, after a lower-case word that is no function word, link or possessive; a body's head
        noun or a time among them, or a link in the description, keeps the subject whole ("the
        local Health Ministry", "the ministry Thursday", "residents in the town Puerto Lopez").
        The guide's `said_by` is the name, the description no part of it. 0 when the subject is
        no such phrase."""

        def capital(k: int) -> bool:
            tok = subject[k]
            return (tok.kind == "word" and self._capitalised(tok)) or self._in_web_name(subject, k)

        start = len(subject)
        while start > 0 and (
            capital(start - 1)
            # "Luiz Inacio Lula da Silva": a particle between the name's capitalised parts
            or (
                start < len(subject)
                and start >= 2
                and subject[start - 1].text in self.name_particles
                and capital(start - 2)
            )
        ):
            start -= 1
        if start == 0 or start == len(subject):
            return 0
        before = subject[start - 1]
        text = before.text.lower()
        name = subject[start:]
        if (
            before.kind != "word"
            or not before.text.isalpha()
            or text in self.determiners
            or text in self.stops
            or text in self.title_complement_links
            or text in self.name_joiners
            or text in self.head_ends  # a place's link among them
            or (start >= 2 and self._possessive(subject[start - 2], before))
            or any(self.org_heads_stem(t.text) for t in name)
            or any(self._in_time(t) for t in name)
            # "Residents in the river town Puerto Lopez": a link makes the name the place of a
            # group that speaks (D15), not a name the description stands before
            or any(
                t.text.lower() in self.place_links or t.text.lower() in self.title_complement_links
                for t in subject[: start - 1]
            )
        ):
            return 0
        return start

    def _possessed(self, word: str) -> bool:
        """A noun with a possessive pronoun written onto it ("خارجيتها", its foreign ministry):
        never a name. A stem of at least four letters keeps short names ("مها") apart."""
        return any(word.endswith(p) and len(word) - len(p) >= 4 for p in self.possessive_suffixes)

    def _definite(self, word: str) -> bool:
        """A word with the article, alone or after clitics ("الوزارة", "وللمفوضية"), and a stem
        after it: "وكالة" and "فالح" start like "وكال" and "فال" but have none."""
        known = self.definite_memo.get(word)
        if known is None:
            pattern = self.definite_pattern
            known = _remember_word(
                self.definite_memo, word, pattern is not None and pattern.match(word) is not None
            )
        return known

    def _construct_body(self, subject: Sequence[Token], k: int) -> bool:
        """Whether the word at `k` is an organisation's head noun without the article (or with a
        preposition written onto it: "لدائرة") whose definite genitive follows: the body a title
        serves, not the start of a name ("عمر أحمد", "محمد الصحاف"). The genitive may be a
        construct chain, an indefinite noun and then a definite one ("لبرنامج حساب المواطن"), when
        the indefinite noun is no given name."""
        if k + 1 >= len(subject):
            return False
        if not self._definite(subject[k + 1].text) and not (
            k + 2 < len(subject)
            and self._definite(subject[k + 2].text)
            and subject[k + 1].text not in self.given_names
            and self.titles_stem(subject[k + 1].text) is None
        ):
            return False
        word = subject[k].text
        if self._definite(word):
            return False
        link = self._link_prefix(word)
        bare = link[1] + word[len(link[0]) :] if link is not None and not link[1] else word
        return self.org_heads_stem(word) is not None or self.org_heads_stem(bare) is not None

    def _source(
        self, subject: Sequence[Token], role: str | None = None, *, linked: bool = False
    ) -> Source | None:
        """The speaker named by a subject: past a report noun ("a statement from the
        ministry", "بيان لوزارة الصحة", "بيان وزارة الصحة"), with its title apart and its key.
        A report noun with no one after it ("حصيلة رسمية") names no speaker. `linked`: the
        first word carries a link preposition to take off ("وفقا لهيئة ..." -> هيئة ...)."""
        subject = list(subject)
        if subject and subject[0].text in self.possessive_relatives:
            # "whose strength the Defense Ministry estimates": past the relative and its noun
            k = 1
            while k < len(subject) and not (
                subject[k].text in self.determiners or self._capitalised(subject[k])
            ):
                k += 1
            subject = subject[k:]
        while (
            len(subject) > 2
            and subject[-1].text in self.report_links
            and self.report_nouns_stem(self._bare(subject[0].text)) is not None
        ):
            subject = subject[:-1]  # "تقرير الوزارة الصادر": the report's adjective, no issuer after it
        lead = 1 if subject and subject[0].text in self.determiners else 0
        if not self.after_verb:
            lead = self._past_report_modifiers(subject, lead)
        elif (
            len(subject) > 2
            and self.rank_adjectives_stem(subject[0].text) is not None
            and self.report_nouns_stem(self._bare(subject[1].text)) is not None
        ):
            lead = 1  # "وأظهرت أحدث بيانات جهاز الإحصاء": an elative in construct describes the report
        if (
            not self.after_verb
            and len(subject) > 1
            and self.report_nouns_stem(subject[-1].text)
            and not self._capitalised(subject[-1])  # "the U.S. Geological Survey" is a name
            and not self._field_of_body(subject)
        ):
            owner = subject[:-1]
            if self._modifier_owner(owner):
                # "government data showed", "according to government figures": the report as
                # the text writes it, its owner a bare common noun and no body named
                return self._resolve(Source(self._written_midsentence(subject)))
            described = self._report_modifiers(owner)
            if described and self._possessive(owner[-2 - described], owner[-1 - described]):
                owner = owner[:-described]  # "the ministry's daily bulletin": past its adjectives
            if len(owner) > 2 and self._possessive(owner[-2], owner[-1]):
                owner = owner[:-2]  # "the ministry's statement"
            owner = self._past_report_adjectives(owner)
            last = owner[-1].text
            body = self.org_heads_stem(last) or self.speaker_nouns_stem(last)
            # a time before the report names when, not whose: "The January figures showed"
            written = [
                t
                for t in owner
                if t.kind == "word" and t.text not in self.determiners and not self._in_time(t)
            ]
            while len(written) > 1 and (written[0].text.lower(),) in self.name_descriptors:
                written = written[1:]  # "the latest UN figures": the UN's
            # a name's own links between its capitalised words: "the Ministry of Health's update"
            inner = self.head_ends | self.name_joiners
            if not body and (
                not written
                or not self._capitalised(written[0])
                or not all(self._capitalised(t) or t.text in inner for t in written)
            ):
                return None  # "The final count showed"; "the military statement" is the military's
            if self._adjective_owner(owner):
                return None  # "(the latest) official data": an adjective, not the officials' data
            if owner[0].text in self.indefinites and not self.org_heads_stem(last):
                return None  # "a media report", "an expert estimate": a report that names no one
            subject = owner
            lead = len(subject)
        utterance = len(subject) > lead and self.utterance_nouns_stem(subject[lead].text) is not None
        if (
            len(subject) > lead
            and (utterance or self.report_nouns_stem(subject[lead].text) is not None)
            and not self._report_named_body(subject[lead:])
        ):
            rest = subject[lead + 1 :]
            while self._bare_report_head(rest) and self._names_organisation(rest[1:]):
                # "تحديث إحصاءات الهيئة": a report noun in construct with another, a body's after
                # them ("نتائج مسح التشغيل" is a topic, no one's)
                rest = rest[1:]
            while (
                utterance
                and len(rest) > 1
                and not self._definite(rest[0].text)
                and (
                    self.rank_adjectives_stem(rest[0].text) is not None
                    or rest[0].text.endswith(self.nisba_endings)
                )
            ):
                rest = rest[1:]  # "تصريحات سابقة لرئيس ..."، "تصريح صحفي لمدير ...": what, not whose
            if rest and rest[0].text in self.report_links:
                rest = rest[1:]
            elif rest and self._link_prefix(rest[0].text) is not None:
                linked = True
            elif not (
                rest
                and self.after_verb
                and (
                    self._is_organisation(rest)
                    or self._definite(rest[0].text)
                    # "بحسب تصريحات وزير الصحة": a statement's title in construct is its author,
                    # and so is a noun of speakers ("حسب تصريحات مسؤولين محليين")
                    or (utterance and self.titles_stem(rest[0].text) is not None)
                    or (utterance and self.speaker_nouns_stem(rest[0].text) is not None)
                )
            ):
                return None
            if rest and not self.after_verb and not self._names_someone(rest):
                return None  # "the data of voting in the fifth phase": a report of no one
            subject = rest
            if not subject:
                return None
        prefix = self._link_prefix(subject[0].text) if linked and subject else None
        abbreviated = None
        if len(subject) > 2 and subject[0].text in self.abbreviations and self._abbreviation_dot(subject, 1):
            abbreviated = self._text(subject[:2])  # "د. محمد سالم": the abbreviated title is a role
            subject, prefix = subject[2:], None
        subject = self._past_name_descriptors(subject)
        source = self._split_title(subject)
        if source is None or not source.name:
            return None
        if abbreviated is not None:
            source = Source(
                source.name, abbreviated if source.role is None else f"{abbreviated} {source.role}"
            )
        if prefix is not None:
            written = self._text(subject[:1]) or ""
            cut = self.norm.origin[subject[0].start + len(prefix[0])] - self._at(subject[0])
            if source.name.startswith(written):
                source = Source(prefix[1] + source.name[cut:], source.role)
            elif source.role is not None and source.role.startswith(written):
                # "تصريحات لوزير الصحة حسن الغباش": the title without the preposition
                source = Source(source.name, prefix[1] + source.role[cut:])
        if role is not None:
            joined = role if source.role is None else f"{source.role}{self.role_separator}{role}"
            source = Source(source.name, joined)
        if not self._evidenced(source, subject):
            self.withheld = True
            return None
        return self._resolve(source)

    def _past_report_adjectives(self, owner: Sequence[Token]) -> list[Token]:
        """The owner of a report past the lower-case words before it that describe the report
        ("according to provisional Home Office data": the Home Office's, its data provisional),
        when a capitalised name follows them; the owner whole otherwise."""
        k = 1 if owner and owner[0].text in self.determiners else 0
        j = k
        while (
            j < len(owner) - 1
            and owner[j].kind == "word"
            and not self._capitalised(owner[j])
            and self._report_adjective(owner[j])
        ):
            j += 1
        return list(owner[j:]) if j > k and self._capitalised(owner[j]) else list(owner)

    def _report_modifiers(self, owner: Sequence[Token]) -> int:
        """How many tokens at the end of `owner` (the words before a report noun) describe the
        report: up to three lower-case words, a day ("the ministry's Thursday report") and the
        hyphens inside a compound ("the NDMA's flood-related figures", "Statistics Canada's
        monthly labour force survey"), not past a possessive ending: what a possessive owns."""
        described = words = 0
        while words < 3 and len(owner) > described + 3:
            tok = owner[-1 - described]
            if (
                tok.kind == "word"
                and (not self._capitalised(tok) or self._in_time(tok))
                and tok.text not in self.possessive_endings
            ):
                words += 1
            elif not (described and self._inner_hyphen(owner, len(owner) - 1 - described)):
                break
            described += 1
        return described

    def _field_of_body(self, subject: Sequence[Token]) -> bool:
        """ "the national bureau of statistics", "the ministry of information": a report noun
        after a body's head noun and its link is the field the body is named for, not a report
        the body issued (English, where such names are also written in lower case)."""
        return (
            len(subject) > 2
            and subject[-2].text in self.report_links
            and self.org_heads_stem(self._bare(subject[-3].text)) is not None
        )

    def _past_name_descriptors(self, subject: Sequence[Token]) -> list[Token]:
        """A subject past its article and the words that describe the kind of body or how new
        its report is (`name_descriptors`): "the official Xinhua News Agency" is Xinhua News
        Agency, "the state-run Fars news agency" Fars news agency, "(according to) the latest
        health ministry (figures)" the health ministry. Only before a name (a capitalised word)
        or a body's head noun: "the official in charge" stays whole (English)."""
        subject = list(subject)
        if self.after_verb or not self.name_descriptors:
            return subject
        k = 1 if subject and subject[0].text in self.determiners else 0
        cut = k
        lowered = [t.text.lower() for t in subject]
        firsts = self.name_descriptor_firsts
        while cut < len(lowered) and lowered[cut] in firsts:
            size = next(
                (len(d) for d in self.name_descriptors if tuple(lowered[cut : cut + len(d)]) == d),
                0,
            )
            if not size:
                break
            cut += size
        rest = subject[cut:]
        if (
            cut == k
            or not rest
            or rest[0].kind != "word"
            or rest[0].text in self.place_links
            or rest[0].text in self.report_links
        ):
            # "an official at the ministry", "an official of the fire service": a noun of its
            # own, not a descriptor
            return subject
        if not any(self._capitalised(t) for t in rest) and self.org_heads_stem(rest[-1].text) is None:
            return subject
        return rest

    def _past_report_modifiers(self, subject: Sequence[Token], lead: int) -> int:
        """Where a report noun written after up to two lower-case words of its kind ("a press
        release of the ministry", "the latest weekly bulletin from the agency") starts, when a
        report link follows it; `lead` when none does (English, where modifiers come first)."""
        k = lead
        while (
            k < len(subject) - 2
            and k - lead < 2
            and subject[k].kind == "word"
            and not self._capitalised(subject[k])
            and subject[k].text not in self.report_links
            and self.report_nouns_stem(subject[k].text) is None
        ):
            k += 1
        if (
            k > lead
            and self.report_nouns_stem(subject[k].text) is not None
            and subject[k + 1].text in self.report_links
        ):
            return k
        return lead

    # -- the evidence a careful reader needs before naming a speaker -------------------------

    def _evidenced(self, source: Source, subject: Sequence[Token]) -> bool:
        """Whether the words read as a speaker are a well-formed name of one. No source is
        better than a wrong one, so a speaker is withheld when its phrase holds a verb ("The
        average turnout across the country is so far"), when its head names a quantity ("the
        cumulative number of cases reported", "وقُدّر عدد السكان"), a report of no one ("وفق
        آخر دراسة") or a possessed noun that is no title ("قدرت نسبتهم"), or when it is a place
        cut from the longer name it begins ("Japan" of "said Japan's Meteorology Agency", "قطر"
        of "أعلنت قطر للسياحة"). `_source`, which every rule that reads a subject into a Source
        calls, asks it, and so does `_verb_frame` of a name a rule built otherwise.

        What the name's own words decide is a fact of the name and the lexicon, remembered per
        name (`_well_formed_name`); the subject's tokens decide the rest. Every test only rules
        a name out, so the order they are asked in does not change the answer."""
        if not self._well_formed_name(source.name):
            return False
        if not subject:
            return True
        if self._in_time(subject[0]):
            return False  # "week Control Data" of "Last week Control Data said": a time's tail
        return not self._cut_place(self._words(source.name), subject) and not self._object_of_place_link(
            subject
        )

    def _well_formed_name(self, name: str) -> bool:
        """`_reads_well_formed_name`, remembered per name for every article of the lexicon (a
        speaker's name is asked about each time a rule reads it, and the same bodies speak in
        article after article)."""
        known = self.name_form_memo.get(name)
        if known is not None:
            return known
        return _remember_word(self.name_form_memo, name, self._reads_well_formed_name(name))

    def _reads_well_formed_name(self, name: str) -> bool:
        """`_evidenced`'s tests of a name's own words: no verb in it, no preposition, pronoun or
        "that" at an edge, not a pronoun or a form of address alone, not cut inside a phrase, no
        reduced clause or relative, no quantity, bare report or possessed noun at its head. It
        reads the lexicon's tables only (tests/test_fast_paths.py holds it to that)."""
        words = self._words(name)
        if not words:
            return False
        if not self.after_verb and any(w in self.clause_words for w in words):
            return False
        written = name.split()
        # "محمد علي": a name the normalizer folds onto a preposition is no preposition
        # "موقع “الليرة اليوم”": quotation marks close a name, whatever its last word is
        quoted = (name[:1] in _QUOTES, name[-1:] in _QUOTES)
        edges = tuple(
            w
            for w, at in ((words[0], 0), (words[-1], -1))
            if written[at] not in self.names_like_stops and not quoted[at]
        )
        edges += tuple(w[: -len(p)] for w in edges for p in self.possessive_suffixes if w.endswith(p))
        if any(w in self.stops or w in self.complementizers or w in self.head_ends for w in edges):
            return False  # a preposition (alone or with a pronoun: "فيها"), a pronoun or "that" at an edge
        if self._lone_letter(written, words):
            return False  # "ارتفاعا قدر بـ 1836": a preposition written apart, no subject
        if all(w in self.possessive_determiners or w in self.pronoun_kind for w in words):
            return False  # "Its report showed", "His forecast": a pronoun, no name
        if len(words) == 1 and words[0] in self.abbreviations:
            return False  # "Mr" of "according to Mr. Hardiman": a form of address cut from its name
        if words[-1] in self.determiners or name[:1] in _DASHES or name[:1] == "-":
            return False  # "the high end of the", "-home care provider": cut inside a phrase or a word
        if (
            self.participle_suffixes
            and len(words) > 1
            and words[-2] not in self.determiners
            and words[-1].endswith(self.participle_suffixes)
            and not name.split()[-1][:1].isupper()
        ):
            return False  # "A poll conducted", "a lab study performed": a reduced clause cut
        if words[0] in self.free_relatives or any(w in self.relatives for w in name.split()):
            return False  # "what traders", "those who saw": a clause cut, not a name ("WHO" is one)
        if self.after_verb and any(w in self.demonstratives for w in words[1:]):
            return False  # "وتتوزع هذه التدخلات": a clause run on after the name, no name holds "this"
        head = self._head(words)
        if self.lex.strip_prefix(head, self.quantity_heads, definite=True) is not None:
            return False  # "the number of ...", "العدد", "نسبتهم"
        if self.after_verb and self.lex.strip_prefix(head, self.valued_nouns, definite=True) is not None:
            return False  # "وتقدر الخسائر بنحو": what is estimated ("the crowd said" is English)
        if (
            self.report_nouns_stem(head) is not None
            and (self.after_verb or head == words[-1])
            and not name.split()[-1][:1].isupper()  # "the U.S. Geological Survey" is a name
            and not (len(written) > 1 and self._modifier_words(written[:-1]))  # "government data"
        ):
            return False
        # a possessed noun that is no title ("قدرت نسبتهم")
        return not (
            self.after_verb
            and self._possessed(head)
            and self.titles_stem(head) is None
            and self.speaker_nouns_stem(head) is None
        )

    def _lone_letter(self, written: Sequence[str], words: Sequence[str]) -> bool:
        """Whether a name's first or last word is a single letter that is no initial in
        capitals and no determiner ("a spokesperson"): a preposition written apart from its
        noun ("بـ"، "لـ", with or without the kashida), so the verb before it has no subject
        (the passive "قُدّر بـ")."""
        for word, folded in ((written[0], words[0]), (written[-1], words[-1])):
            letters = word.replace(_KASHIDA, "")
            if (
                len(letters) == 1
                and letters.isalpha()
                and not letters.isupper()
                and folded not in self.determiners
            ):
                return True
        return False

    def _object_of_place_link(self, subject: Sequence[Token]) -> bool:
        """Whether a subject read back from its verb stopped at a place link ("in", "at") with
        a noun before it: then the words read are that link's object and the verb's subject is
        further back ("A poll conducted in the region revealed": not "the region")."""
        if self.after_verb or not subject:
            return False
        k = bisect_left(self.token_starts, subject[0].start)
        return (
            k >= 2
            and self.all_tokens[k - 1].text in self.place_links
            # "the chief of Civil Defense (Indeci) in Peru informed": a noun's bracketed aside
            # before the link is the noun's too
            and (self.all_tokens[k - 2].kind == "word" or self.all_tokens[k - 2].text == ")")
            and self.all_tokens[k - 2].text not in self.stops
        )

    def _head(self, words: Sequence[str]) -> str:
        """The head word of a speaker's phrase: in a head-first language the first word past a
        determiner or an adjective of rank ("آخر دراسة" is a study); else the last word before
        a link to a complement ("the number of cases", "officials in Gaza")."""
        if self.after_verb:
            for word in words:
                if word not in self.determiners and self.rank_adjectives_stem(word) is None:
                    return word
            return words[-1]
        for k, word in enumerate(words):
            if k > 0 and word in self.head_ends:
                return words[k - 1]
        return words[-1]

    def _cut_place(self, words: Sequence[str], subject: Sequence[Token]) -> bool:
        """Whether a speaker that is only a place is the start of a longer name the subject was
        cut from: a possessive after it ("Japan's Meteorology Agency") or a noun with "لل"
        written onto it ("قطر للسياحة"), which would make it the body's."""
        if not subject or self.lex.strip_prefix(" ".join(words), self.places) is None:
            return False
        k = bisect_right(self.token_starts, subject[-1].start)
        following = self.all_tokens[k : k + 2]
        if not following:
            return False
        if following[0].text in self.possessive_marks:
            return len(following) > 1 and self._possessive(following[0], following[1])
        word = following[0].text
        links = self.bare_link_prefixes
        # One test in C first: a word that starts with no such link has none.
        return word.startswith(links) and any(word.startswith(p) and len(word) > len(p) + 2 for p in links)

    def _report_named_body(self, words: Sequence[Token]) -> bool:
        """ "Stats SA", "Statistics Norway": a capitalised report noun with capitalised words
        after it and no link between is a body's name, not a report; so is a report noun before
        a body's head noun ("the census bureau", "the statistics and census institute")."""
        if self.after_verb or len(words) < 2 or words[1].text in self.report_links:
            return False
        k = 1  # "the statistics and census institute": past joined report nouns
        while k + 1 < len(words) and (
            words[k].text in self.name_joiners or self.report_nouns_stem(words[k].text) is not None
        ):
            k += 1
        if words[k].kind == "word" and self.org_heads_stem(words[k].text) is not None:
            return True
        # "Stats NZ’s senior manager Victoria Treliving": the name ends at its possessive; "Stats
        # NZ (prices) spokesperson Nicola Growden", "a Stats NZ spokesperson" at the lower-case
        # words of a title after it
        owner = next(
            (
                n
                for n in range(2, len(words))
                if (n + 1 < len(words) and self._possessive(words[n], words[n + 1]))
                or (not self._capitalised(words[n]) and self._lower_title_from(words, n))
            ),
            len(words),
        )
        return all(t.kind == "word" and self._capitalised(t) for t in words[:owner])

    def _lower_title_from(self, words: Sequence[Token], n: int) -> bool:
        """Whether the words from `n` are lower-case words that end in a title before a name or
        at the end: "spokesperson", "prices and deflators spokesperson", "chief economist"."""
        for k in range(n, min(n + 4, len(words))):
            if words[k].kind != "word" or self._capitalised(words[k]):
                return False
            if self.titles_stem(words[k].text) is not None:
                return True
        return False

    def _unlinked(self, word: str) -> str:
        """The word without a preposition written onto it: "لبرنامج" -> "برنامج", "للمفوضية" ->
        "المفوضية"."""
        link = self._link_prefix(word)
        return word if link is None else link[1] + word[len(link[0]) :]

    def _link_prefix(self, word: str) -> tuple[str, str] | None:
        """ "للمفوضية" -> ("لل", "ال"): the preposition written onto a word and what the word
        starts with without it."""
        if not word.startswith(self.link_prefix_order):
            return None  # most words: one test in C
        for prefix in self.link_prefix_order:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                begins = self.link_prefixes[prefix]
                if begins and len(prefix) > 1 and word[len(prefix) - 1 :] in self.org_heads:
                    # "للجنة" is "ل" + "لجنة" ("للجنة الانتخابات") or "ل" + "اللجنة", whose
                    # article is not written before a head noun that starts with its letter:
                    # the head noun, not "لل" + "جنة"
                    return prefix[:-1], ""
                return prefix, begins
        return None

    def _words(self, name: str) -> list[str]:
        return list(_name_words(name))

    def _key(self, name: str) -> str | None:
        words = self._words(name)
        while words and words[0] in self.determiners:
            words = words[1:]
        if not words:
            return None
        phrase = " ".join(words)
        # The index gives a name the lexicon knows as written as itself (the bare form wins).
        found = self.known.get(self.known_index.get(phrase, ""))
        if found is None and len(words) > 1 and words[-1].startswith(self.seat_prefixes):
            return self._key(" ".join(words[:-1]))  # "الدفاع المدني بالإقليم": the body, by its seat
        return found

    def _resolve(self, source: Source) -> Source:
        """A short form, a surname or an acronym takes the full name given earlier."""
        words = self._words(source.name)
        if len(words) == 2 and self._unlinked(words[0]) in self.sameness_leads and self._definite(words[1]):
            # "لذات المصالح"، "نفس الوزارة": the body that noun named before
            same = self._earlier(words[1:])
            if same is not None:
                return same
        earlier = self._earlier(words) if source.role is None else self._earlier_person(words)
        if earlier is None and source.role is None:
            earlier = self._initials_of(source.name) or self._quoted_short_form(source.name, words)
        if earlier is None and source.role is not None:
            earlier = self._written_in_full(source)
        if earlier is not None:
            return earlier
        return Source(source.name, source.role, self._key(source.name))

    def _earlier(self, words: list[str]) -> Source | None:
        if len(words) == 1 and words[0] in self.acronyms:
            return self.acronyms[words[0]]
        head = [w for w in words if w not in self.determiners]
        # "the (Madrid-based) UN body said" after "the World Tourism Organisation announced", "the
        # agency" after "the Department of Emergency Management": the last body that spoke, when
        # no earlier speaker's name holds the word
        generic = (
            bool(head) and len(head) <= 4 and head[-1] in self.generic_bodies and words[0] in self.determiners
        )
        if not head or len(head) > 2:
            return self._carried("organisation") if generic else None
        definite = words[0] in self.determiners or self._definite(words[0])
        genitive: Source | None = None
        for spoken in reversed(self.spoken[-_RECENT_SPEAKERS:]):
            names = self._words(spoken.name)
            if len(names) <= len(head):
                continue
            if definite and len(head) == 1:
                bare = self._bare(head[0])
                hit = next((j for j, w in enumerate(names) if self._bare(w) == bare), None)
                if hit is None or not self._heads_name(names, hit):
                    continue
                if not self._genitive_hit(names, hit):
                    return self._spoken_for(spoken, names, hit)
                # "وأوضحت المفوضية" after "مكتب المفوضية في تشاد" or "ممثلة المفوضية": the word
                # is the genitive of another head there, the body the office or the official
                # belongs to; a name the word heads, said before, is the body itself
                genitive = genitive or self._spoken_for(spoken, names, hit)
                continue
            elif not definite and len(head) == 1 and names[-1] == head[0]:
                return spoken  # a surname: "Ayari" after "Chadli Ayari"
            elif not definite and len(head) == 2 and names[:2] == head and self._is_person(spoken):
                return spoken  # a name's first words: "Muhammad Radzi" after "Muhammad Radzi Abu Hassan"
            elif (
                self.after_verb
                and len(head) == 2
                and all(self._definite(w) for w in head)
                and names[:2] == head
                and not self._is_person(spoken)
            ):
                return spoken  # "المكتب الإعلامي" after "المكتب الإعلامي لوزارة الصحة": head and adjective
        if genitive is not None:
            return genitive
        if definite and len(head) == 1 and head[0] in self.generic_titles and self.spoken:
            # "Earlier, the official said" after "Governor Yevgeny Balitsky said": a title that
            # fits anyone in office is the last speaker, when that is a person named with a title
            last = self.spoken[-1]
            if last.role is not None and self._is_person(last) and len(self._words(last.name)) >= 2:
                return last
        return self._carried("organisation") if generic else None

    def _heads_name(self, names: Sequence[str], hit: int) -> bool:
        """Whether the word at `hit` of a name is its head noun, the word a short form keeps: in
        a language that puts the head last, the name's last word or one its complement follows
        ("the ministry" for "the Ministry of Health", "the police" for "Chicago police"), not a
        modifier ("the police" is not "police divisions"; claims.head_links)."""
        if self.after_verb or not self.head_links:
            return True
        return hit == len(names) - 1 or names[hit + 1] in self.head_links

    def _genitive_hit(self, names: Sequence[str], hit: int) -> bool:
        """Whether word `hit` of a speaker's name is the genitive of a head before it ("مكتب
        المفوضية", "ممثلة المفوضية"), not the name's head or the body after a title's link
        ("المتحدث باسم المفوضية"). Arabic word order (head first, `name_after_definite_title`):
        an English name's head is its last word ("the Health Organization")."""
        return self.name_after_definite_title and hit > 0 and names[hit - 1] not in self.title_links

    def _spoken_for(self, spoken: Source, names: Sequence[str], hit: int) -> Source:
        """The speaker a definite short form found at word `hit` of `spoken` stands for: the
        body a title speaks for when the word follows the title's link ("وأفاد المكتب" after
        "المتحدثة باسم مكتب تنسيق الشؤون الإنسانية" is the office, not its spokeswoman), else
        `spoken` itself."""
        link = next((j for j, w in enumerate(names) if w in self.title_links), None)
        written = spoken.name.split()
        if link is None and len(written) == len(names):
            return self._conjunct_of(written, names, hit) or spoken
        if link is None or hit <= link or len(written) != len(names):
            return spoken
        body = " ".join(written[link + 1 :])
        return Source(body, None, self._key(body))

    def _conjunct_of(self, written: Sequence[str], names: Sequence[str], hit: int) -> Source | None:
        """ "وأوضحت الهيئة" after "هيئة الأسرى ونادي الأسير": two bodies, each a head noun and
        its genitive, joined by "و" written onto the second's head (a body's head noun without
        the article: "والتعليم"، "ومكافحة الأوبئة" after "وزارة التربية" or "الإدارة العامة
        للطوارئ" are a second field of one body, "وشرق سوريا" part of its place), spoke as one
        (guide D50); a short form of one conjunct's head noun is that body alone, the conjunct
        whose head is word `hit`. None when the name is no such pair or `hit` heads neither."""
        for cut in range(2, len(written) - 1):
            joiner = next((c for c in self.coordinator_prefixes if names[cut].startswith(c)), None)
            if joiner is None or len(names[cut]) - len(joiner) < 3:
                continue
            head = names[cut][len(joiner) :]
            if self._definite(head) or self.org_heads_stem(head) is None:
                continue  # "ومكافحة الأوبئة"، "وشرق سوريا": one body's field or place
            if hit == 0:
                body = " ".join(written[:cut])
            elif hit == cut:
                body = " ".join([written[cut][len(joiner) :], *written[cut + 1 :]])
            else:
                return None
            return Source(body, None, self._key(body))
        return None

    def _quoted_short_form(self, name: str, words: Sequence[str]) -> Source | None:
        """'شركة "سومو"' after 'شركة تسويق النفط العراقية "سومو"': a body's head noun and the
        short form the article wrote in quotation marks right after a speaker's full name, with
        the same head noun: that speaker."""
        written = name.split()
        if (
            len(written) != 2
            or len(words) != 2
            or written[1][:1] not in _QUOTES
            or written[1][-1:] not in _QUOTES
        ):
            return None
        alias, head = written[1][1:-1], self._bare(words[0])
        text = self.norm.original
        for spoken in reversed(self.spoken[-_RECENT_SPEAKERS:]):
            names = self._words(spoken.name)
            if len(names) < 3 or self._bare(names[0]) != head:
                continue
            at = text.find(spoken.name)
            while at >= 0:
                after = text[at + len(spoken.name) : at + len(spoken.name) + len(alias) + 3].lstrip()
                if after[:1] in _QUOTES and after[1 : 1 + len(alias)] == alias:
                    return spoken
                at = text.find(spoken.name, at + 1)
        return None

    def _initials_of(self, name: str) -> Source | None:
        """An acronym written in capitals ("the CSO", "DoS") that spells the initials of a
        speaker named in full earlier ("the Central Statistics Office", "Department of
        Statistics"): the same speaker. Scripts without capitals have no such acronyms."""
        written = [w for w in name.split() if normalize_word(w) not in self.determiners]
        if len(written) != 1 or not 2 <= len(written[0]) <= 6 or not written[0].isalpha():
            return None
        acronym = written[0]
        if not (acronym[0].isupper() and sum(ch.isupper() for ch in acronym) >= 2):
            return None
        folded = acronym.lower()
        for spoken in reversed(self.spoken[-_RECENT_SPEAKERS:]):
            words = [w for w in spoken.name.split() if normalize_word(w) not in self.determiners]
            if len(words) < 2 or self._is_person(spoken):
                continue  # a person's initials are no acronym: "the US" is not Ursula Smith
            every = "".join(w[0] for w in words).lower()  # "Department of Statistics": DoS
            capitals = "".join(w[0] for w in words if w[0].isupper()).lower()  # "Office for ...": ONS
            if folded in (every, capitals):
                return spoken
        return None

    def _earlier_person(self, words: list[str]) -> Source | None:
        """A title and part of a name ("الشيخ محمد", "President Joe", "Dr Muhammad Radzi"): the
        person named in full earlier whose name starts or ends with it."""
        if not words:
            return None
        size = len(words)
        for spoken in reversed(self.spoken[-_RECENT_SPEAKERS:]):
            names = self._words(spoken.name)
            if len(names) > size and words in (names[:size], names[-size:]) and self._is_person(spoken):
                return spoken
        return None

    def _written_in_full(self, source: Source) -> Source | None:
        """A titled person named in part ("Dr Muhammad Radzi") whom the article writes in full
        where it first names them, perhaps where no speech verb was read ("Datuk Dr Muhammad
        Radzi Abu Hassan in a statement ..."): the name there, run on through the capitalised
        words after it. A partial name is a wrong one; scripts without capitals have no cue."""
        text, name = self.norm.original, source.name
        at = text.find(name)
        if at < 0 or not name[:1].isupper() or not self._is_person(source):
            return None
        # Within its line, and up to a time ("President Joe Biden Monday signed"): a title-case
        # headline ("Minister Ali Hassan Visits Clinic") has no lower-case word to end the name.
        line_end = text.find("\n", at)
        found = list(_WRITTEN_WORD.finditer(text, at + len(name), len(text) if line_end < 0 else line_end))
        more: list[str] = []
        ended = False
        for match in found[:_NAME_RUN]:
            word = match.group()
            if self._time_at(match.start()):
                ended = True
                break
            if not (word.isalpha() and word[0].isupper()) or self.org_heads_stem(word.lower()):
                break
            more.append(word)
        following = found[len(more)].group() if len(found) > len(more) else ""
        if not more and " " not in name:
            return self._given_names_before(source, at)
        if not more or not (ended or (following and not following[:1].isupper())):
            return None
        return Source(f"{name} {' '.join(more)}", source.role, self._key(f"{name} {' '.join(more)}"))

    def _given_names_before(self, source: Source, at: int) -> Source | None:
        """A titled surname ("Dr Chang") whose first mention at `at` follows a title and the
        person's given names ("Security Minister Dr Horace Chang"): the name from the given
        names on. With no title before them the capitalised words may be a body's or a place's."""
        text = self.norm.original
        line_start = text.rfind("\n", 0, at) + 1
        before = [m.group() for m in _WRITTEN_WORD.finditer(text, line_start, at)]
        given: list[str] = []
        for word in reversed(before[-_NAME_RUN:]):
            folded = word.rstrip(".").lower()
            if self.titles_stem(folded) is not None:
                break
            if not (word.isalpha() and word[0].isupper()) or self.org_heads_stem(folded) is not None:
                return None
            given.insert(0, word)
        else:
            return None
        if not given or len(given) == len(before):
            return None
        full = f"{' '.join(given)} {source.name}"
        return Source(full, source.role, self._key(full))

    def _bare(self, word: str) -> str:
        """A word without its article: الوزارة -> وزارة. Remembered per word (the same words
        are compared again and again, and a definite word tried every article form)."""
        known = self.bare_memo.get(word)
        if known is None:
            known = _remember_word(self.bare_memo, word, self._without_article(word))
        return known

    def _without_article(self, word: str) -> str:
        for prefix in self.articles:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return word[len(prefix) :]
        return word

    def _is_person(self, source: Source) -> bool:
        if source.key is not None:
            return source.key.startswith("person:")
        words = self._words(source.name)
        if self._titled_one(words):
            return True  # "a police spokesman", "the minister": one person named by a title
        if self._common_head(source.name, words):
            return False  # "Ukraine's air force": a common noun heads a body, not a person's name
        if self._publication(source.name):
            return False  # "Hindustan Times": a publication, a body
        return (
            bool(words)
            # "Statistic SA", "the BBC": an acronym in capitals names a body, not a person
            and not self._holds_acronym(source.name)
            and words[0] not in self.determiners
            and not any(self.org_heads_stem(w) for w in words)
        )

    def _publication(self, name: str) -> bool:
        """Whether a name ends in a capitalised head noun of a press title ("Hindustan Times",
        "the Deccan Herald"): a newspaper or a magazine, which speaks as a body."""
        written = name.split()
        last = written[-1] if written else ""
        return last[:1].isupper() and last.lower() in self.publication_heads

    def _common_head(self, name: str, words: Sequence[str]) -> bool:
        """Whether a name ends in a common noun in the singular written in lower case that is no
        title and no speaker noun ("Ukraine's air force", "the group's armed wing"): a person's
        name ends in a capitalised word and a person named by a common noun is named by a title
        ("the region's governor"), so such a head names a body, which "it" takes up (English,
        head last)."""
        written = name.split()
        last = written[-1] if written else ""
        if self.after_verb or not words or not last.isalpha() or not last.islower():
            return False
        head = words[-1]
        return (
            self.titles_stem(head) is None
            and self.speaker_nouns_stem(head) is None
            and not self._plural_word(head)
        )

    def _titled_one(self, words: Sequence[str]) -> bool:
        """A common noun phrase headed by a title or a speaker noun in the singular ("a Pale
        Township administration spokesman", "the minister", "an official"): one person, whom
        "he" or "she" may take up (English, where the head is the last word)."""
        if self.after_verb or len(words) < 2 or words[0] not in self.determiners:
            return False
        head = words[-1]
        return (
            self.titles_stem(head) is not None or self.speaker_nouns_stem(head) is not None
        ) and not self._plural_word(head)

    @staticmethod
    def _holds_acronym(name: str) -> bool:
        """Whether a name holds an acronym in capitals ("Statistics NZ", "the BBC"), which
        names a body. Not one: a person's initials before the rest of the name ("JD Vance")
        or a regnal number after it ("Charles III")."""
        written = name.split()
        for at, word in enumerate(written):
            if len(word) < 2 or not word.isalpha() or not word.isupper():
                continue
            if at == 0 and len(word) == 2 and len(written) > 1:
                continue  # initials: "JD Vance", "AJ Lee"
            if at > 0 and set(word) <= set("IVX"):
                continue  # a regnal number: "Charles III"
            return True
        return False

    def _carried(self, kind: str | None, gender: str | None = None) -> Source | None:
        """The last named speaker a pronoun or a bare verb refers to; a verb that shows its
        subject's gender ("وأضافت") passes over speakers of the other gender."""
        for spoken in reversed(self.spoken[-_RECENT_SPEAKERS:]):
            if gender is not None and not self._agrees(spoken, gender):
                continue
            if kind is None or kind == "any":
                return spoken
            if kind == "person" and self._many_people(spoken):
                continue  # "he said" never takes up "Officials said" before it
            if (kind == "person") == self._is_person(spoken):
                return spoken
        return None

    def _many_people(self, source: Source) -> bool:
        """A speaker named by a common noun in the plural ("Officials", "state officials",
        "Residents"): people whom "he" or "she" does not take up (English, head last)."""
        words = self._words(source.name)
        if self.after_verb or not words or source.key is not None:
            return False
        head = words[-1]
        return self.speaker_nouns_stem(head) is not None and self._plural_word(head)

    def _agrees(self, source: Source, gender: str) -> bool:
        """Whether a bare verb of `gender` ("وأضاف") may take up `source`: its head word's gender
        is that or unknown, or the verb that named it last had that gender, agreeing with the
        noun that spoke for it ("ذكر بيان للهيئة ... وأضاف": the statement, masculine, though the
        body it names is feminine)."""
        return self._gender(source) in (None, gender) or self.voiced_genders.get(source) == gender

    def _gender(self, source: Source) -> str | None:
        """A speaker's grammatical gender where its head word shows it: a feminine ending
        ("وزارة", "السلطات", "المتحدثة") is feminine, any other title ("المتحدث", "وزير") is
        masculine; a bare name or another body is unknown (None)."""
        if not self.feminine_endings:
            return None
        head = self._words(source.role or source.name)[:1]
        if not head:
            return None
        bare = self._bare(head[0])
        if bare.endswith(self.feminine_endings):
            return "feminine"
        if self.titles_stem(head[0]) is not None:
            return "masculine"
        return None

    def _agreement(self, tokens: Sequence[Token], i: int) -> str | None:
        """The gender a carried speaker must have: the verb's, when its subject is dropped
        ("وأضافت أن"); none when a written subject takes the agreement ("وأضاف المصدر نفسه",
        "وسجلت الإحصائية")."""
        words, _ = self._subject_after(tokens, i + 1)
        if words and (
            self._same_source(words)
            or self._known_report(words)
            or self.report_nouns_stem(self._bare(words[0].text))
        ):
            return None
        return self._verb_gender(tokens[i].text)

    def _impersonal_form(self, word: str) -> bool:
        """A verb form that is also the impersonal passive ("يُتوقع"، "يُقدر")."""
        return word in self.impersonal or self.impersonal_stem(word) is not None

    def _verb_gender(self, word: str) -> str | None:
        stem = self._verb_stem(word)
        if stem is None:
            return None
        if stem in self.feminine_verbs:
            return "feminine"
        if stem in self.masculine_verbs:
            return "masculine"
        return None

    # -- frames ----------------------------------------------------------------------------

    def _read(self, upto: int) -> None:
        """Read sentences in order up to `upto`, finding their frames and the speakers named."""
        while self.read_up_to < upto:
            self.read_up_to += 1
            index = self.read_up_to
            frames = self.frames[index] = self._sentence_frames(index)
            named = [f.source for f in frames if f.source is not None]
            if named:
                self._voiced_any = True
                self.voices[index] = named[-1]
                self._voice_report_issuers(index, frames)
            elif not frames and (self._continues(index) or self._report_sentence(index)):
                self.voices[index] = self._voice_before(index)
                if not self._inside_statement(index):
                    self.unvoiced.add(index)  # no verb of saying: its own figures no one's
            elif not frames and self.explaining_verbs and (explainer := self._explainer(index)) is not None:
                self.voices[index] = explainer
            elif not frames and index > 0 and self._statistic_sentence(index):
                # right after the sentence before: a heading between them opens another section
                self.voices[index] = self.voices.get(index - 1)
                self.unvoiced.add(index)  # "وبلغ معدل التضخم 18%": stated by no verb of saying
            else:
                self.voices[index] = None

    def _voice_report_issuers(self, index: int, frames: Sequence[_Frame]) -> None:
        """ "وكشف تقرير صادر عن وزارة الصحة أن": a verb whose subject, a report, names no one,
        right before the marker that names the report's issuer, agrees with the report: a bare
        verb of its gender after it ("وأوضح أن") may take the issuer up (`_agrees`)."""
        for verb, marker in pairwise(frames):
            if verb.kind != "verb" or verb.source is not None or not marker.marker or marker.source is None:
                continue
            word = next((t.text for t in self.tokens_of(index) if self._at(t) == verb.start), None)
            gender = self._verb_gender(word) if word is not None else None
            if gender is not None:
                self.voiced_genders[marker.source] = gender

    def _continues(self, index: int) -> bool:
        """A sentence that goes on with the one before it: it opens with a continuation word
        ("كما", "بينما", "في حين") or is an item of a numbered list ("2- ...")."""
        if index == 0:
            return False
        tokens = self.tokens_of(index)
        if not tokens:
            return False
        if self._list_item(index) or self._opens_with_complementizer(index):
            return True
        words = [t.text for t in tokens[:3] if t.kind == "word"]
        if not words:
            return False
        # The first word as written, or without a conjunction written onto it ("وكما").
        first = self.opener_index.get(words[0])
        if first is None:
            return False
        return any(
            len(words) >= len(phrase) and tuple(words[1 : len(phrase)]) == phrase[1:]
            for phrase in self.openers
            if phrase[0] == first
        )

    def _inside_statement(self, index: int) -> bool:
        """Whether a sentence with no verb of saying that goes on with the one before is still
        inside that sentence's statement, so the statement's speaker says its figures (the
        guide's rule, decided 2026-11-29: a sentence with no verb of saying is no one's even
        after a credited one, "كما تم تسجيل ..."، "وبلغ معدل التضخم ..."): a clause of the speech
        verb that its opener makes one ("هذا وأن ..."), or an item of a list that a line with a
        colon (or a word that introduces a list, `list_leads`: "ما يلي") introduces ("بيان
        المفوضية: ..." then "- 339 قائمة"). A weak verb with its subject left out ("كما قررت
        خفض العمولة") states no more than the decision or the record did before it: no one's."""
        return (
            self._opens_that_clause(index)
            or self._opens_with_complementizer(index)
            or self._introduced_list(index)
        )

    def _opens_with_complementizer(self, index: int) -> bool:
        """Whether the sentence's first word is a complementizer as written
        (claims.written_complementizers: "أن أثقل حصيلة ..."): the that-clause of the verb in the
        sentence before, cut from it by a stop."""
        tokens = self.tokens_of(index)
        if not self.written_complementizers or not tokens or tokens[0].kind != "word":
            return False
        at = self._at(tokens[0])
        return self.norm.original[at : at + len(tokens[0].text)] in self.written_complementizers

    def _opener_end(self, index: int) -> tuple[list[Token], int] | None:
        """The sentence's first words and how many of them its continuation opener takes; None
        when it opens with none."""
        words = [t for t in self.tokens_of(index)[:5] if t.kind == "word"]
        first = self.opener_index.get(words[0].text) if words else None
        for phrase in self.openers:
            if (
                first is not None
                and phrase[0] == first
                and tuple(t.text for t in words[1 : len(phrase)]) == phrase[1:]
            ):
                return words, len(phrase)
        return None

    def _opens_that_clause(self, index: int) -> bool:
        """Whether the sentence's continuation opener ends in a complementizer ("هذا وأن"): what
        follows is the that-clause of the speech verb before, the statement going on."""
        opened = self._opener_end(index)
        return opened is not None and self.complementizers_stem(opened[0][opened[1] - 1].text) is not None

    def _introduced_list(self, index: int) -> bool:
        """Whether the sentence is an item of a numbered or bulleted list whose line before the
        first item holds a colon: the list that statement introduces."""
        k = index
        while k > 0 and self._list_item(k):
            k -= 1
        if k == index:
            return False
        start, end = self.sentences[k]
        if any(c in self.norm.original[start:end] for c in ":："):
            return True
        words = [t for t in self.tokens_of(k) if t.kind == "word"]
        return bool(words) and self.list_leads_stem(words[-1].text) is not None

    def _list_item(self, index: int) -> bool:
        """An item of a numbered ("2- ...") or bulleted list."""
        tokens = self.tokens_of(index)
        numbered = (
            len(tokens) > 2
            and tokens[0].kind == "num"
            and tokens[1].text in ("-", ".", ")")
            and tokens[2].kind == "word"
        )
        return numbered or self._bullet_item(index) or self._line_under_colon(index)

    def _line_under_colon(self, index: int) -> bool:
        """A line of a list written without bullets or numbers: a short line of its own right
        under a line that ends with a colon, or under another such line, with no blank line
        between ("وقد جاءت الأرقام على النحو الآتي:" then "ألمانيا: 102,778 زائرًا بنسبة 2.6%").
        Like a bulleted list's items, it goes on with the statement that introduces it."""
        text = self.norm.original
        k = index
        while k > 0 and index - k < _LIST_LINES:
            start, end = self.sentences[k]
            before_end = self.sentences[k - 1][1]
            if text[before_end:start].count("\n") != 1 or text[before_end:start].strip():
                return False  # not the next line: a blank line or the same line between
            if len(text[start:end].split()) > _HEADLINE_WORDS:
                return False  # a paragraph, no item
            if text[self.sentences[k - 1][0] : before_end].rstrip().endswith((":", "：")):
                return True
            k -= 1
        return False

    def _quantity_word(self, word: str) -> bool:
        """A noun of quantity, with or without the article ("عدد", "النسبة")."""
        return (
            self.quantity_heads_stem(word) is not None
            or self.statistic_heads_stem(self._bare(word)) is not None
        )

    def _bullet_item(self, index: int) -> bool:
        """An item of a bulleted list: a line that opens with a bullet ("- "، "• ", the kashida
        "ـ " some Arabic sites write as one), after a line that is no heading. Like a numbered
        list's items, it goes on with the statement before it."""
        if (known := self._bullet_items.get(index)) is not None:
            return known
        if not self._bullet_line(index):
            return False
        # "• 57% are female" then "• 3,117 cases have been hospitalised": an item under another
        # item of its list, which (short, with no closing stop) would read as a heading, is an
        # item too when an item before it in the list follows a line that is no heading
        first, item = index, True
        while self._heading(first - 1):
            if (known := self._bullet_items.get(first - 1)) is not None:
                item = known  # the item above walked this list already
                break
            if first == 0 or not self._bullet_line(first - 1):
                item = False
                break
            first -= 1
        self._bullet_items[index] = item
        return item

    def _bullet_line(self, index: int) -> bool:
        """Whether sentence `index` opens its line with a bullet ("- "، "• ", "ـ ")."""
        start = self.sentences[index][0]
        text = self.norm.original
        at = start
        while at < len(text) and text[at] in " \t":
            at += 1
        if at >= len(text) or text[at] not in _BULLETS:
            return False
        if at + 1 < len(text) and not text[at + 1].isspace() and not _glued_bullet(text, at):
            return False  # "-5%", "ـال...": a sign or a letter's stroke, not a bullet
        line = text.rfind("\n", 0, at)
        return not text[line + 1 : at].strip()

    def _report_sentence(self, index: int) -> bool:
        """A sentence whose subject is a report the article has named, with no speech verb:
        "وبلغت الحصيلة الإجمالية ..." (verb first), "The tally rose to ..." (subject first).
        It goes on with the report of the sentence before. Verb first, only a verb that states
        the report's value does ("وشمل المسح 1000 أسرة" describes the survey, not a figure
        anyone reports)."""
        tokens = self.tokens_of(index)
        # "وعلى المستوى الشهري، بلغ الرقم القياسي ...", "In May, the tally rose to ...": the
        # clause after a fronted phrase
        fronted = self._fronted_phrase(tokens)
        words = [t for t in tokens[fronted : fronted + 3] if t.kind == "word"]
        if self.after_verb:
            return (
                len(words) > 1
                and self._named_report(words[1])
                and (not self.value_verbs or self.value_verbs_stem(words[0].text) is not None)
            )
        return (
            len(words) > 1
            and self._named_report_subject(words[:2])
            and not self._counts_its_complement(tokens[tokens.index(words[1]) + 1 :])
            and not self._passive_agent(tokens)
        )

    def _explainer(self, index: int) -> Source | None:
        """ "وأرجعت الهيئة هذا الارتفاع إلى زيادة الإيجارات بنسبة 6%": a verb-first sentence whose
        verb explains a figure and whose subject is a speaker the article has named (its short
        form, resolved to the full name): that speaker's. Only the subject's first word is
        matched, so the verb's definite object ("الارتفاع") is never read into the name."""
        tokens = self.tokens_of(index)
        words = [t for t in tokens[:3] if t.kind == "word" and self.skips_stem(t.text) is None]
        if len(words) < 2 or self.explaining_verbs_stem(words[0].text) is None:
            return None
        if not self._definite(words[1].text):
            return None
        if self._named_report(words[1]):
            # "وأرجع البيان الارتفاع إلى ...": the report the article has named explains it, so
            # whoever issued it ("وقال الجهاز في بيان"), as "وأضاف البيان" is theirs
            return self._named_report_voice(words[1])
        return self._earlier([words[1].text])

    def _statistic_sentence(self, index: int) -> bool:
        """A verb-first sentence with no speaker of its own that states the value of a
        statistic: the subject right after its verb is a noun of quantity ("وبلغ معدل التضخم
        18%"، "وقد استقر سعر الصرف عند ..."، "وتأثر متوسط أسعار السكن بنسبة 8%") or of a change in
        one ("جاء الانخفاض في المعدل نتيجة ..."), or one opens
        the clause ("وأسعار النقل بنسبة 1.2%"). A release's figures are stated so, one after
        another, after the sentence that names its issuer: it goes on with that speaker. Not
        where a verb's subject is anything else ("وخلفت الحوادث 3700 قتيل" narrates)."""
        if not self.after_verb:
            return False
        tokens = self.tokens_of(index)
        fronted = self._fronted_phrase(tokens)
        words = [
            t
            for t in tokens[fronted : fronted + 5]
            if t.kind == "word" and self.skips_stem(t.text) is None and t.text not in self.pointing_words
        ][:4]  # "ويعود هذا الارتفاع إلى ...": a demonstrative before the head is the head's
        if not words or (fronted == 0 and tokens[0].kind != "word"):
            return False
        if not self._any_figure(tokens):
            return False  # a heading ("زيادة أسعار السكن") states no value
        if self.copulas_stem(words[0].text) is not None:
            return False  # "وكان عدد سكان البلدة 30 ألفا قبل الحرب": what was, not the release's value
        if self.quantity_heads_stem(words[0].text) is not None:
            return True
        return (
            len(words) > 1
            and words[0] is not tokens[-1]
            and (
                self.statistic_heads_stem(words[1].text) is not None
                or self.statistic_heads_stem(self._bare(words[1].text)) is not None
            )
            and self.statistic_heads_stem(words[0].text) is None
        )

    def _fronted_phrase(self, tokens: Sequence[Token]) -> int:
        """Where the clause starts after a short phrase fronted before it and set off by a comma
        ("وعلى المستوى الشهري، بلغ ...", "On a monthly basis, the index ..."): the token after the
        comma, or 0 when there is none. The phrase holds no verb of speech or of value and no
        figure. Without a comma among its first words a sentence fronts nothing: that is
        found by one C scan of their texts before any word is tested."""
        window = tokens[: _FRONTED_WORDS + 1]
        texts = [t.text for t in window]
        if "," not in texts and "،" not in texts:
            return 0
        for k, tok in enumerate(window):
            if tok.text in (",", "،"):
                return k + 1 if k > 0 else 0
            if (
                tok.kind != "word"
                or self._holds_figure(tok)
                or self._verb_stem(tok.text) is not None
                or self.value_verbs_stem(tok.text) is not None
            ):
                return 0
        return 0

    def _passive_agent(self, tokens: Sequence[Token]) -> bool:
        """ "The figures were disputed by Human Rights Watch, which counted 40": a passive
        whose agent is named brings in a speaker of its own, so the sentence does not go on with
        the one before."""
        for k, tok in enumerate(tokens[:-3]):
            if tok.text in self.passives and tokens[k + 2].text in self.report_links:
                agent, _ = self._subject_after(tokens, k + 3)
                if agent and self._names_someone(agent):
                    return True
        return False

    def _counts_its_complement(self, after: Sequence[Token]) -> bool:
        """ "The release of 40 prisoners", "The survey of 1,000 voters": a figure right after
        the report noun's link counts what the noun is of, so the report is the topic, not the
        source of its own figures."""
        if not after or after[0].text not in self.report_links:
            return False
        rest = [t for t in after[1:3] if t.text not in self.determiners]
        return bool(rest) and rest[0].kind == "num"

    def _voice_before(self, index: int) -> Source | None:
        """The speaker a continuing sentence takes: the one before it leaves, past one short
        heading line ("معدل التضخم في مصر") between them."""
        k = index - 1
        if k >= 1 and self.voices.get(k) is None and not self.frames.get(k) and self._heading(k):
            k -= 1
        return self.voices.get(k)

    def _unstopped_line(self, index: int, stops: str = ".!?؟") -> bool:
        """Whether sentence `index` is a line of its own that ends with none of `stops`: a
        headline or a subheading."""
        start, end = self.sentences[index]
        text = self.norm.original
        own_line = end >= len(text) or text[end] in "\r\n"
        return own_line and text[start:end].rstrip()[-1:] not in stops

    def _short_first_line(self) -> bool:
        """Whether the first sentence is on the article's first line and that line is short, as
        a headline is (one or two sentences: "“المفوضية”: 670 ألف ناخب جديد.. ونستعد ...")."""
        text = self.norm.original
        line = text[: text.find("\n")] if "\n" in text else text
        return self.sentences[0][1] <= len(line) + 1 and len(line.split()) <= _HEADLINE_WORDS

    def _headlines(self) -> frozenset[int]:
        """The sentences that are the article's headline block: the first, and the next ones
        while every line from the top is short, alone on its line and ends with no stop (a
        dateline or a kicker above the headline, a second headline below it). A sentence of the
        block is read as a headline: its subject may come before its verb, its source may stand
        across a colon."""
        if self._headline_cache is None:
            block = {0}
            text = self.norm.original
            for index in range(min(_LINES_ABOVE_HEADLINE + 1, len(self.sentences))):
                start, end = self.sentences[index]
                line_start = start == 0 or not text[:start].strip() or text[start - 1] in "\r\n"
                if not (line_start and self._unstopped_line(index)):
                    break
                if len(text[start:end].split()) > _HEADLINE_WORDS:
                    break
                block.add(index)
            self._headline_cache = frozenset(block)
        return self._headline_cache

    def _unglued_credit(self, tokens: list[Token]) -> list[Token]:
        """The sentence's tokens with a dateline's credit parted from the verb of saying it was
        run into ("رام الله - دنيا الوطنأفاد الجهاز ..."): a place of one to three words, a
        dash, then within three words one that ends in a verb of saying opening with a letter of
        claims.glued_verb_initials (a hamza on alif), three letters of the credit before it (a
        letter no word of the credit ends in before "أ" of a verb it does not hold: "تأكد" keeps
        its one letter). Else the tokens.

        Loops, not generators: asked of every sentence read, and a generator expression over
        `self` or `tokens` makes each a cell at every call, the dash or not."""
        for dash in range(1, min(4, len(tokens))):
            if tokens[dash].text in _DASHES:
                break
        else:
            return tokens
        for t in tokens[:dash]:
            if t.kind != "word":
                return tokens
        origin, original, initials = self.norm.origin, self.norm.original, self.glued_verb_initials
        for g in range(dash + 1, min(dash + 4, len(tokens))):
            tok = tokens[g]
            if tok.kind != "word":
                return tokens
            # the hamza is folded in the normalized text: read it in the original
            cut = 0
            for c in range(len(tok.text) - 1, 2, -1):
                if original[origin[tok.start + c]] in initials:
                    cut = c
                    break
            if cut and tok.text[cut:] in self.verbs and self._verb_stem(tok.text) is None:
                credit = Token("word", tok.text[:cut], tok.start, tok.start + cut)
                verb = Token("word", tok.text[cut:], tok.start + cut, tok.end)
                return [*tokens[:g], credit, verb, *tokens[g + 1 :]]
        return tokens

    def _heading(self, index: int) -> bool:
        """A short line of its own with no closing stop: a subheading inside the article."""
        start, end = self.sentences[index]
        return self._unstopped_line(index, ".!?؟:") and len(self.norm.original[start:end].split()) <= 8

    def _sentence_frames(self, index: int) -> list[_Frame]:
        start, end = self.sentences[index]
        tokens = self._tokens(start, end)
        if (
            tokens
            and self.credit_markers_stem(tokens[0].text) is not None
            and len(tokens) > 1
            and tokens[1].text in (":", "：")
        ):
            return []  # "المصدر: وكالات" says where the text comes from, not who claims a figure
        for a, b in reversed(self._editorial_asides(index)):
            tokens = [*tokens[:a], *tokens[b:]]  # the outlet's aside in square brackets
        if self.after_verb:
            tokens = self._unglued_credit(tokens)
        frames: list[_Frame] = []
        marker_index, verb_memo, forecast_nouns = self.marker_index, self.verb_memo, self.forecast_nouns
        no_frame, relays = self.no_frame_words, self.relay_prepositions
        # The tokens that may open a frame: every one in a headline, else those not known to
        # open none, found in one pass (a token's kind is a function of its text). A relay
        # preposition is never remembered as opening none, so one look-up a token tells.
        headline = index in self._headlines()
        opening = (
            range(len(tokens))
            if headline
            else [k for k, tok in enumerate(tokens) if tok.text not in no_frame]
        )
        past = 0  # tokens before this one belong to a marker's frame already made
        for i in opening:
            if i < past:
                continue
            tok = tokens[i]
            relayed = self._relayed_from(tokens, i) if tok.text in self.relay_prepositions else 0
            source = self._relayed_source(tokens[i + 1 : relayed]) if relayed else None
            if source is not None:
                # "ونقلت الوكالة عن مصدر أمني قوله إن": the one quoted speaks
                self._remember(source)
                at = self._at(tokens[i])
                frames.append(
                    _Frame(
                        at,
                        self._at(tokens[relayed]) + len(tokens[relayed].text),
                        source,
                        True,
                        False,
                        kind="relay",
                    )
                )
                past = relayed + 1
                continue
            if not headline and not (
                tok.text in marker_index
                or (tok.kind == "word" and verb_memo.get(tok.text, tok) is not None)
                or tok.text in forecast_nouns
            ):
                # No marker's first word, no forecast noun, and a word known to be no speech
                # verb (the verb memo only learns; a word not in it yet is looked at below).
                if tok.text not in relays:
                    if len(no_frame) >= _MEMO_WORDS:
                        no_frame.clear()
                    no_frame.add(tok.text)
                continue
            marker = self._marker_at(tokens, i)
            if marker:
                frame, follows = self._marker_frame(tokens, i, marker)
                if frame.kind == "marker_demonstrative":
                    past = max(follows, i + 1)  # "وفق ذلك": no source, no frame
                    continue
                if (
                    frames
                    and frame.source is not None
                    and self._relays(tokens, i, follows, frames[-1], frame)
                ):
                    last = frames[-1]  # the outlet relays; the one it quotes speaks
                    frames[-1] = _Frame(
                        last.start,
                        last.end,
                        frame.source,
                        last.ahead,
                        last.behind,
                        main=last.main,
                        kind="relay",
                    )
                frames.append(frame)
                past = max(follows, i + 1)
                continue
            forecast = self._forecast_frame(tokens, i) if tok.text in forecast_nouns else None
            if forecast is not None:
                frames.append(forecast)  # "The IMF cut its growth forecast to 2.9%"
                continue
            frame = self._verb_frame(tokens, i, frames) if self._is_verb(tokens, i) else None
            if frame is not None and self._relays_utterance(tokens, i, frames):
                frame = None  # "قال فلان في تصريحات أوردتها وكالة ... إن": the agency relays
            if frame is None and self.act_verbs_stem(tok.text) is not None:
                self._remember_actor(tokens, i)  # "قررت اللجنة ...، وأعلنت أن": says nothing itself
            if frame is None and headline and self.headline_verbs_stem(tokens[i].text) is not None:
                frame = self._headline_frame(tokens, i, index)
            if frame is not None:
                frames.append(frame)
        if not frames and self.after_verb:
            opened = self._quotation_frame(tokens) or self._report_label_frame(tokens)
            if opened is not None:
                frames.append(opened)
        elif not frames:
            heading = self._report_heading_frame(tokens)
            if heading is not None:
                frames.append(heading)
        return frames

    def _report_heading_frame(self, tokens: Sequence[Token]) -> _Frame | None:
        """ "Here are the key figures from the statistics office:", "Highlights of the
        ministry's report:": a line that ends with a colon after a report and its issuer (a
        report link and a name, or a possessor) labels what follows as that report's content:
        the issuer speaks, and the items of a list after it go on with it (English; a
        verb-first language's label opens its line, `_report_label_frame`)."""
        if len(tokens) < 4 or tokens[-1].text not in (":", "："):
            return None
        report = next(
            (
                k
                for k in range(len(tokens) - 2, -1, -1)
                if self.report_nouns_stem(tokens[k].text) is not None
                and (k == len(tokens) - 2 or tokens[k + 1].text in self.report_links)
            ),
            None,
        )
        if report is None:
            return self._bare_report_heading(tokens)
        if report + 1 < len(tokens) - 1 and tokens[report + 1].text in self.report_links:
            issuer = list(tokens[report + 2 : -1])
        elif report == len(tokens) - 2:
            issuer = self._possessor(tokens[:report])
            issuer = issuer if len(issuer) < report else []
            cut = max((j + 1 for j, t in enumerate(issuer) if t.text in self.head_ends), default=0)
            issuer = issuer[cut:]  # "Highlights of the ministry's report:": the possessor only
        else:
            return None
        if not issuer or any(t.kind != "word" and t.text not in ("'", "’") for t in issuer):
            return None
        words = [t for t in issuer if t.kind == "word"]
        if not words or not self._names_someone(words):
            return None
        if not (
            words[0].text in self.determiners
            or words[0].text in self.possessive_determiners
            or self._capitalised(words[0])
        ):
            return None  # "final election results by party:": a breakdown, no issuer
        source = self._source(issuer)
        if source is None:
            return None
        self._remember(source)
        at = self._at(tokens[-1])
        return _Frame(at, at + 1, source, True, False, kind="report_label")

    def _bare_report_heading(self, tokens: Sequence[Token]) -> _Frame | None:
        """ "Other crime data just released includes:": a line of words that ends with a colon
        and whose subject is a bare report (a report noun with no issuer, no verb of saying, no
        figure) introduces its list for the issuer the article gave its reports before (the
        guide's rule on bare reports), else for no one."""
        words = tokens[:-1]
        if any(t.kind != "word" for t in words) or any(self._holds_figure(t) for t in words):
            return None
        report = next((t for t in words if self.report_nouns_stem(t.text) is not None), None)
        if report is None or any(self._verb_stem(t.text) is not None for t in words):
            return None
        after = self.read_up_to + 1
        if after >= len(self.sentences) or not self._list_item(after):
            return None  # a heading, not a list's introduction
        source = None
        for k in range(self.read_up_to - 1, -1, -1):
            mentions = [
                t for t in self.tokens_of(k) if t.kind == "word" and self._report_kind(t.text) is not None
            ]
            if mentions:
                # the last report the sentence names: "The Crime Statistics Agency released its
                # statistics" names the agency first as a name
                voice = self._voice_of_report(k, self._at(mentions[-1]))
                if (
                    voice is not None
                    and self._named_body(voice)
                    and any(not w.islower() for w in voice.name.split()[1:])
                ):
                    source = voice  # a name ("the Crime Statistics Agency"), not "the agency"
                    break
        if source is None:
            return None
        at = self._at(tokens[-1])
        return _Frame(at, at + 1, source, True, False, kind="report_label")

    def _report_label_frame(self, tokens: Sequence[Token]) -> _Frame | None:
        """ "بيان المفوضية: إجمالي عدد المترشحين ...": a line that opens with a report noun and
        its issuer, then a colon, labels what follows as that report's content: the issuer
        speaks (and the items of a list after it go on with it)."""
        colon = _first_colon(tokens[:_REPORT_LABEL_WORDS])
        if colon is None or colon < 2 or tokens[0].kind != "word":
            return None
        if self.report_nouns_stem(self._bare(tokens[0].text)) is None:
            return None
        issuer = list(tokens[1:colon])
        if any(t.kind != "word" for t in issuer) or not self._speaks(issuer):
            return None
        if not (self._definite(issuer[0].text) or self._is_organisation(issuer)):
            return None  # "بيان عاجل:": an adjective of the report, no issuer
        source = self._source(issuer)
        if source is None:
            return None
        self._remember(source)
        at = self._at(tokens[colon])
        return _Frame(at, at + 1, source, True, False, kind="report_label")

    def _quotation_frame(self, tokens: Sequence[Token]) -> _Frame | None:
        """ "ودوّن الوزير عبر حسابه: "..."": a verb-first sentence that opens a quotation after a
        colon gives the quotation to the subject of its first word, whatever that verb is (the
        colon and the quotation mark say that words are reported)."""
        colon = _first_colon(tokens)
        if (
            colon is None
            or colon < 2
            or colon + 1 >= len(tokens)
            or tokens[colon + 1].text not in _QUOTE_OPENERS
        ):
            return None
        if tokens[0].kind != "word":
            return None
        words, bounded = self._subject_after(tokens, 1)
        if not words or not bounded or 1 + len(words) > colon:
            return None
        source = self._source(self._cut_object(list(words), bounded=True))
        if source is None:
            return None
        self._remember(source)
        at = self._at(tokens[colon])
        return _Frame(at, at + 1, source, True, False, kind="quotation")

    def _headline_frame(self, tokens: Sequence[Token], i: int, index: int) -> _Frame | None:
        """ "“الصحة” تسجل 10 وفيات": an official subject before a headline's reporting verb."""
        words = self._headline_subject(tokens, i, index)
        source = self._source(words) if words else None
        if source is None:
            return None
        if not self._official(source) and not self._reporting_place(source, True, tokens[i].text):
            if not self._unstopped_line(index):
                return None
            quoted = self._quoted_subject(tokens, i)
            verb = tokens[i].text
            if not quoted and (
                self.weak_verbs_stem(verb) is not None or self.holding_verbs_stem(verb) is not None
            ):
                return None  # "التضخم في الأردن يسجل ارتفاعا": what had the figure, no one speaks
            if quoted:
                # "“الخوذ البيضاء” توثق ...": a name in quotes, the short form of a body the
                # article names in full; a speaker only if it does (`find`)
                self._quoted_headline_sources.add(source)
            else:
                # "الحوثيون يعلنون سقوط 9 ..."، "الخوذ البيضاء تعلن مقتل 28": the subject of a
                # verb of announcing before it in a headline announces
                self._remember(source)
        else:
            self._remember(source)
        self._headline_sources.add(source)
        at = self._at(tokens[i])
        return _Frame(at, at + len(tokens[i].text), source, True, False, kind="headline_verb")

    def _quoted_subject(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a headline's subject before the verb at `i` is written inside quotation marks
        ("“الخوذ البيضاء” توثق"), an adjective of the body after the quotes allowed ("“المركزي
        للإحصاء” الفلسطيني يعلن"): the mark of a name."""
        return i >= 3 and tokens[0].text in _QUOTE_OPENERS and any(t.text in _QUOTES for t in tokens[2:i])

    def _subject_run_on(self, tokens: Sequence[Token], words: Sequence[Token], follows: int) -> bool:
        """Whether a source of capitalised words after a marker runs straight on, no comma, into
        a verb of recording (weak_speech_verbs): "According to Dzulkefly Selangor recorded 40
        cases". The verb needs a subject of its own, so the marker's name ended a word earlier
        and the last word is the verb's subject (a place or body that records, D20/D56)."""
        return (
            len(words) > 1
            and follows < len(tokens)
            and tokens[follows].text in self.weak_verbs
            and all(tok.kind == "word" and self._capitalised(tok) for tok in words)
        )

    def _marker_frame(self, tokens: Sequence[Token], i: int, size: int) -> tuple[_Frame, int]:
        """ "according to X", "بحسب ما أفادت X", "وفقا للمفوضية", "بحسب بيان للمفوضية",
        "وفق حصيلة أوردتها وزارة الداخلية": the source after a marker, and where it ends."""
        j = i + size
        if self._distribution_marker(tokens, i, size):
            # "إجراءات الضبط حسب ولايات الأمن تتوزع على ...": how the count is broken down, no
            # source and no frame (the statement around it goes on)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, None, True, True, True, kind="marker_demonstrative"), j
        if self._norm_after(tokens, j):
            # "وفقا لنظام الدوائر الخمس"، "وفقًا لقرار مجلس المفوضية": in accordance with a rule or
            # a decision, no source and no frame (the statement around it goes on)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, None, True, True, True, kind="marker_demonstrative"), j + 1
        if (
            self.document_markers
            and self._document_marker(tokens, i, size)
            and not (j < len(tokens) and self.report_nouns_stem(self._bare(tokens[j].text)) is not None)
        ):
            # "وجاء في المركز الثاني": no document, no source; "وجاء في بيان لوزارة الصحة أن"
            # reads on as "بحسب بيان لوزارة الصحة"
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, None, True, True, True, kind="marker_demonstrative"), j
        if (
            j < len(tokens)
            and (self._is_verb(tokens, j) or tokens[j].text in self.marker_verbs)
            and self.report_nouns_stem(tokens[j].text) is None  # "according to estimates"
        ):
            j += 1  # "بحسب ما أفادت الوزارة", "وفق ما نقلت وكالة الأنباء"
            if j < len(tokens) and tokens[j].text in self.marker_resumptives:
                j += 1  # "حسب ما كشف عنه الجهاز": the relative's pronoun after its verb
            j = self._past_time_after_verb(tokens, j)
        elif self._relative_marker(tokens, j):
            j, document = self._relative_clause_verb(tokens, j)
            if document:
                # "وفق ما جاء في تقرير الهيئة": the document's issuer, or no one
                source, follows = self._document_issuer(tokens, j)
                self._remember(source)
                start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
                return _Frame(start, end, source, True, True, True, kind="marker_document"), follows
        linked = self.linked_markers_stem(tokens[i].text) is not None
        j = self._past_rank_before_report(tokens, j)
        quoted = self._quoted_marker_name(tokens, j)
        if quoted is None and j < len(tokens) and tokens[j].text in self.account_nouns:
            # "وفق صفحة “رئاسة الجمهورية”": a page or an account speaks for the one it is named
            # for, so its name in quotation marks is the source
            quoted = self._quoted_marker_name(tokens, j + 1)
            j += quoted is not None
        if quoted is not None:
            # "بحسب ما أفاد “المرصد السوري لحقوق الإنسان”": the source written in quotation marks
            source = self._source(quoted) if self._speaks(quoted) else None
            self._remember(source)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, source, True, True, True, kind="marker"), j + len(quoted) + 2
        words, _ = self._subject_after(tokens, j, linked=linked)
        if self.after_verb:
            words = self._place_and_sector(tokens, words)  # "الصادرة عن قطر للسياحة": a company
        elif (
            len(words) > 2
            and self.release_participles_stem(words[-1].text) is not None
            and self._released_report(words[-2].text)
        ):
            # "according to the Civil Defense bulletin released on Monday": the participle and
            # its time describe the report, whose owner is named before it
            words = words[:-1]
        relayed = self._relayed_in_marker(tokens, i + size, j + len(words))
        if relayed is not None:
            # "وفق ما نقلت وكالة الأنباء عن مسؤول إيراني": the outlet relays, the one it quotes
            # speaks
            source, follows = relayed
            self._remember(source)
            start, end = self._at(tokens[i]), self._at(tokens[follows - 1]) + 1
            return _Frame(start, end, source, True, True, True, kind="marker"), follows
        issued = (
            self._issuing_relative(tokens, words)
            if self.after_verb
            and len(words) > 1
            and self.report_nouns_stem(self._bare(words[0].text)) is not None
            else None
        )
        named = self._words(issued.name) if issued is not None and self._official(issued) else []
        if (
            issued is not None
            and named
            and (self._definite(named[0]) or (len(named) > 1 and self._definite(named[1])))
            and self.outlet_heads_stem(self._bare(named[0])) is None
        ):
            # "وفق بيانات نشرها المعهد الوطني للإحصاء": an indefinite report and the bare relative
            # clause of issuing after it, as for a report that is a verb's subject: the clause's
            # subject issued it (not the words a limit left after the verb, "للإحصاء"), when it
            # names a body (definite, or in construct with a definite word); an outlet that
            # published it ("لتقرير نشرته وكالة “سونا”") only carries it (`_relative_issuer`), and
            # a bare group ("توثيق نشره ناشطون") names none
            self._remember(issued)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, issued, True, True, True, kind="marker"), j + len(words)
        carried_on = next(
            (
                n
                for n, t in enumerate(words)
                if n and (t.text in self.total_participles or t.text in self.member_participles)
            ),
            None,
        )
        if carried_on is not None:
            words = words[:carried_on]  # "according to the Ministry of Health bringing the total to"
        elif self._subject_run_on(tokens, words, j + len(words)):
            words = words[:-1]  # "According to Dzulkefly Selangor recorded": the verb's subject
        follows = j + len(words)
        # "according to the ECP's results of 294 out of 295 seats": a figure after the report's
        # link is what the report holds, not who issued it
        holds = (
            len(words) > 2
            and words[-1].text in self.report_links
            and self.report_nouns_stem(words[-2].text) is not None
            and follows < len(tokens)
            and self._holds_figure(tokens[follows])
        )
        if holds:
            words, follows = words[:-1], follows - 1
        if words and (self._same_source(words) or self._own_words(words)):
            # "وحسب المصدر ذاته"، "ووفق نفس المصدر": the last speaker again, before "نفس" is
            # read as a demonstrative
            carried = self._carried("any")
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, carried, True, True, True, kind="marker_carried"), follows
        if self.after_verb and words and self._unlinked(words[0].text) in self.pointing_words:
            # "ووفق ذلك"، "وفق هذا التقسيم": what was said before, no one's name; "وفقا لهذه
            # الإحصاءات": the report named before, its voice (`_bare_report_voice`)
            report = len(words) > 1 and self._antecedent_report(self._bare(words[1].text))
            voice = self._bare_report_voice(words[1]) if report else None
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            kind = "marker_carried" if report else "marker_demonstrative"
            return _Frame(start, end, voice, True, True, True, kind=kind), follows
        if len(words) <= 1 and j < len(tokens) and tokens[j].text in self.marker_pronoun_kind:
            # "According to him, 21 rounds were recovered": the last speaker of its kind
            carried = self._carried(self.marker_pronoun_kind[tokens[j].text])
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, carried, True, True, True, kind="marker_carried"), j + 1
        released = self._release_agent(tokens, words, follows)
        if released is not None:
            # "according to the (latest situation) report released by the NCDC": its issuer
            words, follows = released
        report = self._report_then_link(tokens, follows)
        reported = report is not None
        if report is not None:
            # "according to the latest (monthly) report by the World Bank": the words ended at
            # a modifier or at the report noun (a verb's homograph); the issuer is past the
            # link, not "the latest"
            words, follows = [*words, *tokens[follows : report + 1]], report + 1
        if (
            words
            and not self.after_verb
            and follows < len(tokens)
            and self.noun_like_verbs_stem(tokens[follows].text) is not None
            and not (follows + 1 < len(tokens) and tokens[follows + 1].text in self.report_links)
        ):
            # "according to initial reports", "according to police estimates": the words before
            # the report are its owner, if they name one, else no one
            owner = self._possessor(words)
            if self._named_report_subject([*words, tokens[follows]]):
                # "according to the report": the report the article has named, its speaker's
                source = self._named_report_voice(tokens[follows])
                start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
                return _Frame(start, end, source, True, True, True, kind="marker_report"), follows + 1
            if len(owner) == len(words) and self._modifier_owner(owner):
                source: Source | None = Source(
                    self._text([*words, tokens[follows]]) or ""
                )  # "local media reports"
            elif self._adjective_owner(owner):
                source = None  # "according to the (latest) official figures": an adjective, no one
            else:
                owner = self._name_after_indefinite(owner)
                owner = owner if self._head_speaks(owner) and owner[0].text not in self.indefinites else []
                source = self._source(owner) if owner else None
            self._remember(source)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, source, True, True, True, kind="marker_owner"), follows + 1
        # "according to a statement from", "according to the latest data from"
        if words and (
            reported
            or any(self.report_nouns_stem(self._bare(t.text)) is not None for t in (*words[:3], words[-1]))
        ):
            if not holds and words[-1].text in self.issuing_participles:
                # "بحسب التقرير الصادر اليوم الثلاثاء عن الدائرة": when it was issued stands
                # between the participle and its preposition, as in `_marker_at`
                past = self._past_times(tokens, follows)
                if past < len(tokens) and tokens[past].text in self.report_links:
                    follows = past
            nxt = tokens[follows] if follows < len(tokens) else None
            if nxt is not None and nxt.text in self.report_links and not holds:
                k = follows + 1
                while k < len(tokens) and tokens[k].text in self.report_links:
                    k += 1  # "البيانات الصادرة عن البنك": a participle and its preposition
                words, _ = self._subject_after(tokens, k)
                if self.after_verb:
                    words = self._place_and_sector(tokens, words)  # "عن مصر للطيران"
                follows = k + len(words)
            elif nxt is not None and nxt.kind == "word" and self._link_prefix(nxt.text) is not None:
                words, _ = self._subject_after(tokens, follows, linked=True)
                follows += len(words)
                linked = True
            elif (
                nxt is not None
                and self._is_verb(tokens, follows)
                and self.after_verb
                # "وفقا لبيان المديرية سجلت عدة تدخلات": a report that names its issuer in
                # construct is whole; the verb after it opens the main clause, and its subject
                # is no issuer ("وفق بيان أصدرته الوزارة": an indefinite report's relative does)
                and not (len(words) > 1 and self._definite(words[-1].text))
            ):
                k = self._past_verb_aside(tokens, follows + 1)
                words, _ = self._subject_after(tokens, k)
                follows = k + len(words)
        if (
            words
            and words[0].text in self.indefinites
            and follows < len(tokens)
            and self.report_nouns_stem(tokens[follows].text) is not None
        ):
            words = []  # "according to a media report": a report that names no one
        compiler = self._report_compiler(tokens, follows) if words and not self.after_verb else None
        if compiler is not None and any(self.report_nouns_stem(t.text) for t in words):
            words, follows = compiler  # "according to the Crime Review, compiled by the police,"
        if self.after_verb and words and not self._appositive(words) and not self._titled_utterance(words):
            words = self._cut_object(words, bounded=True)  # "الصادرة عن المركز الوطني ... أرقاما"
        if (
            words
            and (self._named_report(words[0]) or self._construct_report(words))
            and self._described_report(words)
        ):
            # "وحسب الحصيلة": the report already named, so the speaker of the sentence that
            # named it, else the last speaker's; "وفق نتائج مسح التشغيل" as well (a bare report).
            # A relative clause of issuing after it names its issuer ("وفقا للإحصاءات التي تصدر
            # عن الجهاز"، "والتي نشرها المعهد").
            carried = self._relative_issuer(tokens, self._past_comma(tokens, follows)) or (
                self._named_report_voice(words[0])
                if self._named_report(words[0])
                else self._bare_report_voice(words[0])
            )
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, carried, True, True, True, kind="marker_carried"), follows
        if not self.after_verb and self._named_report_subject(words):
            # "..., according to the statement.": the report the article has named, its speaker's
            # (else its issuer's, if the article names one)
            voice = self._named_report_voice(words[1]) or self._bare_report_issuer(words, tokens[i])
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, voice, True, True, True, kind="marker_report"), follows
        if self._report_of_no_one(words):
            # "According to the data of voting in the fifth phase": the article's report, not
            # one someone else issued, so its speaker's
            voice = self._named_report_voice(words[1])
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, voice, True, True, True, kind="marker_report"), follows
        apposed = None
        if words:
            apposed = self._name_apposed_to_title(tokens, words, follows) or self._name_apposed_after_marker(
                tokens, words, follows
            )
        if apposed is not None:
            # "according to the Minister of Agriculture, Jose Calzada, on Tuesday": the person
            source, follows = apposed
            self._remember(source)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, source, True, True, True, kind="marker"), follows
        seated = self._name_after_seat(tokens, words, follows) if words else None
        if seated is not None:
            # "وفق مدير مديرية السياحة في جرش فراس الخطاطبة": the title, the seat of its body and
            # the holder's name, as after a verb
            self._remember(seated)
            start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
            return _Frame(start, end, seated, True, True, True, kind="marker"), follows
        if (
            words
            and not self.after_verb
            and (words[-1].text in self.possessive_marks or words[-1].text in self.possessive_endings)
        ):
            words = self._possessor(words)  # "according to the health ministry's daily bulletin"
        source = (
            self._source(words, linked=linked)
            if words and (not self.after_verb or self._speaks(words)) and not self._unreleased(words)
            else None
        )
        if (
            source is None
            and self.after_verb
            and words
            and self.report_nouns_stem(self._bare(words[0].text)) is not None
        ):
            # "وحسب نتائج مسح التشغيل الخاص بالربع الثالث، والتي نشرها المعهد": its issuer
            source = self._relative_issuer(tokens, self._past_comma(tokens, follows))
        if source is None and self._official_report(words):
            source = self._official_report_voice()  # "وفق بيانات رسمية": the issuer named (D2)
        if source is None:
            source = self._bare_report_issuer(words, tokens[i])  # "according to official data"
        self._remember(source)
        start, end = self._at(tokens[i]), self._at(tokens[j - 1]) + 1
        return _Frame(start, end, source, True, True, True, kind="marker"), follows

    def _norm_after(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether the word at `j`, right after a marker, is a noun of a rule, a system or a
        decision (claims.norm_nouns), bare, with the article or with "ل" written onto it
        ("لنظام"، "للقانون"، "النظام"): the marker then says "in accordance with"."""
        if j >= len(tokens) or tokens[j].kind != "word":
            return False
        return self.norm_nouns_stem(self._bare(self._unlinked(tokens[j].text))) is not None

    def _distribution_marker(self, tokens: Sequence[Token], i: int, size: int) -> bool:
        """Whether the one-word marker at `i` ("حسب") says how a count is broken down: a word of
        distributing (`distribution_words`: "تتوزع"، "موزعة") stands in its clause, within
        _DISTRIBUTION_REACH words before it or after it."""
        if size != 1 or tokens[i].text not in self.distribution_markers:
            return False
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(tokens) and abs(k - i) <= _DISTRIBUTION_REACH and tokens[k].kind == "word":
                if self.distribution_words_stem(tokens[k].text) is not None:
                    return True
                k += step
        return False

    def _unreleased(self, words: Sequence[Token]) -> bool:
        """ "according to available information", "according to the latest details": a noun
        that names a report only with its release participle and agent (`released_nouns`),
        here with none, after lower-case words that only describe it (no body's head noun, no
        speaker noun: "police information" is the police's), names no speaker (the guide's
        bare-report rule; English)."""
        if self.after_verb or not words or self.released_nouns_stem(words[-1].text) is None:
            return False
        return all(
            t.kind == "word"
            and (
                t.text in self.determiners
                or (
                    not self._capitalised(t)
                    and self.org_heads_stem(t.text) is None
                    and self.speaker_nouns_stem(t.text) is None
                )
            )
            for t in words[:-1]
        )

    def _adjective_owner(self, owner: Sequence[Token]) -> bool:
        """Whether the words before a report noun are, past the article and the words that say
        how new the report is, one adjective of `speaker_adjectives` ("the latest official
        (figures)"): the report is official, no official owns it."""
        describing = {d[0] for d in self.name_descriptors if len(d) == 1} - self.speaker_adjectives
        core = [
            w
            for w in (t.text.lower() for t in owner)
            if w not in self.determiners
            and w not in describing
            # "first official (results)": a word that describes the report, before the adjective
            and (w in self.speaker_adjectives or w not in self.report_adjectives)
        ]
        return len(core) == 1 and core[0] in self.speaker_adjectives

    def _titled_utterance(self, words: Sequence[Token]) -> bool:
        """ "تصريحات صحفية لوزير الصحة حسن الغباش": a noun of what someone said, its adjectives,
        then a title (in construct or with "ل" written onto it): the title and the name after it
        are read whole, as a subject opening with a title is."""
        if not words or self.utterance_nouns_stem(words[0].text) is None:
            return False
        k = 1
        while (
            k < len(words)
            and not self._definite(words[k].text)
            and words[k].text.endswith(self.nisba_endings)
        ):
            k += 1
        return k < len(words) and self._title_word(self._unlinked(words[k].text))

    def _name_apposed_to_title(
        self, tokens: Sequence[Token], words: Sequence[Token], k: int
    ) -> tuple[Source, int] | None:
        """A title phrase that names no one ("the Minister of Agriculture", "the director of the
        emergency office") and, set off by a comma at token `k`, two or three capitalised words
        that end at a comma or the sentence's stop: the person's name, apposed to the title
        ("according to the Minister of Agriculture, Jose Calzada, on Tuesday"). The person
        speaks, the title is the role; returns the source and where the name ends, else None
        (English: Arabic sets a name after a title by `_name_after_complement`)."""
        k = self._past_acronym(tokens, k)  # "the Director General of the Service (GFS), Kofi Mensah"
        if self.after_verb or k + 3 >= len(tokens) or tokens[k].text != ",":
            return None
        lead = 1 if words[0].text in self.determiners else 0
        titled = [n for n in range(lead, len(words)) if self.titles_stem(words[n].text) is not None]
        if not titled or titled[0] != lead:
            return None
        run = lead
        while run + 1 < len(words) and run + 1 in titled:
            run += 1  # "Director General": the title's words; a title word in what it is of is not
        after = words[run + 1 :]
        if after and (after[0].kind != "word" or after[0].text not in self.title_complement_links):
            return None  # "the Minister Jose Calzada": a name of its own
        start = k + 1
        while (
            start < len(tokens)
            and start - k <= _RANK_WORDS
            and tokens[start].kind == "word"
            and self._capitalised(tokens[start])
            and self.titles_stem(tokens[start].text) is not None
        ):
            # "..., Lieutenant Colonel Kofi Mensah", "..., Dr. Ama Owusu": the rank before the
            # name is a title
            start += 2 if self._abbreviation_dot(tokens, start + 1) else 1
        end = start
        while (
            end < len(tokens)
            and end - start < 3
            and tokens[end].kind == "word"
            and self._capitalised(tokens[end])
        ):
            end += 1
        name = list(tokens[start:end])
        if not 2 <= len(name) <= 3 or end >= len(tokens) or tokens[end].text not in (",", ".", ";"):
            return None
        if self._names_place(name) or any(
            self.org_heads_stem(t.text) or self.titles_stem(t.text) for t in name
        ):
            return None  # "the head of the agency, Civil Defence," or a place: no person
        title = self._text(words) or ""
        if start > k + 1:
            title = f"{title}{self.role_separator}{self._text(tokens[k + 1 : start])}"
        source = self._titled_source(Source(self._text(name) or ""), title, name)
        return None if source is None else (source, end)

    def _name_apposed_after_marker(
        self, tokens: Sequence[Token], words: Sequence[Token], k: int
    ) -> tuple[Source, int] | None:
        """ "بحسب ما أفاد مدير إدارة الأوبئة في وزارة الصحة، الدكتور فلان."، "وفق ما أفاد به
        الناشط الإعلامي، فلان، لـ"..."": after a marker, a title that holds no name, then a comma
        and the holder's name (its rank before it), closed by a comma, a colon or the sentence's
        end, past whom the name told. The person speaks, the title and the rank are the role, as
        for a verb's subject apposed the same way (Arabic; English: `_name_apposed_to_title`).
        Returns the source and where the name ends, else None."""
        if not self.after_verb or k + 1 >= len(tokens) or tokens[k].text not in (",", "،"):
            return None
        if not self._appositive(words) or self._split_title(words) != Source(self._text(words) or ""):
            return None
        appositive, closed = self._subject_after(tokens, k + 1)
        follows = self._past_told(tokens, k + 1 + len(appositive), appositive)
        if not appositive or not closed:
            return None
        if follows < len(tokens) and tokens[follows].text not in (",", "،", ":", *_SENTENCE_STOPS):
            return None
        named = self._split_title(appositive)
        if named is None or not named.name or (named.role is None and self._appositive(appositive)):
            return None
        role = self._text(words) or ""
        if named.role:
            role = f"{role}{self.role_separator}{named.role}"
        return self._resolve(Source(named.name, role)), follows

    def _release_agent(
        self, tokens: Sequence[Token], words: Sequence[Token], k: int
    ) -> tuple[list[Token], int] | None:
        """The agent of a participle of issuing right after a report ("the report released by
        the NCDC", "a situation report published by the ministry"): its words and where they
        end, when `words` end at a report noun and the agent names someone; else None (English:
        a report already named or with no issuer would otherwise end the source there)."""
        words = list(words)
        if (
            len(words) > 1
            and self.release_participles_stem(words[-1].text) is not None
            and (self._released_report(words[-2].text) or self._document_title(words[:-1]))
        ):
            words, k = words[:-1], k - 1  # "figures released (today by)": the words ran on
        if words and not self._released_report(words[-1].text):
            # "the report", "the weekly bulletin": a verb's homograph or a modifier ended the words
            # ("the Monthly Trade Report": a capitalised report noun ends a report's title)
            for n in range(k, min(k + 3, len(tokens))):
                if tokens[n].kind != "word":
                    break
                if self._released_report(tokens[n].text):
                    words, k = [*words, *tokens[k : n + 1]], n + 1
                    break
                if self._capitalised(tokens[n]):
                    break
        titled = self._document_title(words)
        if titled and k < len(tokens) and tokens[k].text == "(":
            close = next((n for n in range(k + 1, min(k + 6, len(tokens))) if tokens[n].text == ")"), None)
            if close is not None:
                k = close + 1  # "the latest Consumer Price Index (CPI-U), released by": its acronym
        if titled and k < len(tokens) and tokens[k].text == ",":
            k += 1
        if (
            self.after_verb
            or not words
            or (not self._released_report(words[-1].text) and not titled)
            or k + 2 >= len(tokens)
            or self.release_participles_stem(tokens[k].text) is None
        ):
            return None
        link = self._past_release_time(tokens, k + 1)
        if link >= len(tokens) or tokens[link].text not in self.release_source_links:
            return None  # "released by the NCDC", "available from the ministry"
        agent, _ = self._subject_after(tokens, link + 1)
        if not agent or not self._names_someone(agent):
            return None
        return list(agent), link + 1 + len(agent)

    def _past_release_time(self, tokens: Sequence[Token], j: int) -> int:
        """Past the time a release participle gives before its agent: "released today by",
        "released on Sunday by", "released Friday morning, Oct. 2, by" (a time with its lead,
        and the commas that set a second time off). The token after them, or `j`."""
        k = j
        while k < len(tokens) and (
            self._in_time(tokens[k])
            or tokens[k].text in self.time_leads
            or (tokens[k].text == "," and k > j and self._in_time(tokens[k - 1]))
        ):
            k += 1
        return k

    def _released_report(self, word: str) -> bool:
        """A report noun, or a noun that names a report only with its release participle and
        agent after it (`released_nouns`: "information released by the office")."""
        return self.report_nouns_stem(word) is not None or self.released_nouns_stem(word) is not None

    def _document_title(self, words: Sequence[Token]) -> bool:
        """Whether the words end in a document's title, capitalised words that name no body
        ("the latest Consumer Price Index"): released by someone, it is that one's report
        (English)."""
        if self.after_verb or len(words) < 2:
            return False
        first = next((n for n, t in enumerate(words) if t.kind == "word" and self._capitalised(t)), None)
        if first is None or len(words) - first < 2:
            return False
        title = words[first:]
        inner = self.head_links | self.name_joiners  # "Consumer Price Index for All Urban Consumers"
        return (
            title[-1].kind == "word"
            and self._capitalised(title[-1])
            and all(t.kind == "word" and (self._capitalised(t) or t.text in inner) for t in title)
        ) and not any(self.org_heads_stem(t.text) or self.speaker_nouns_stem(t.text.lower()) for t in title)

    def _report_then_link(self, tokens: Sequence[Token], k: int) -> int | None:
        """Where the report noun stands that, from token `k` on past at most two lower-case
        modifiers, is followed by a report link ("report by", "monthly report from"): the noun
        names no speaker, the words past its link do. None when there is no such noun (a
        head-first phrase, so English alone: Arabic writes its issuer after the report noun)."""
        if self.after_verb:
            return None
        for n in range(k, min(k + 3, len(tokens) - 1)):
            tok = tokens[n]
            if tok.kind != "word" or self._capitalised(tok):
                return None
            if self.report_nouns_stem(tok.text) is not None:
                return n if tokens[n + 1].text in self.report_links else None
        return None

    def _name_after_indefinite(self, owner: list[Token]) -> list[Token]:
        """ "according to a Ministry of Tourism report", "a new World Bank report": after an
        indefinite article and lower-case adjectives, a capitalised name owns the report (the
        modifier's place in English); the owner as it is when no name follows, or when the
        capitalised words are a time ("a Monday report") or a figure."""
        if not owner or owner[0].text not in self.indefinites:
            return owner
        k = 1
        while k < len(owner) and owner[k].kind == "word" and not self._capitalised(owner[k]):
            k += 1
        rest = owner[k:]
        if not rest or any(t.kind != "word" or self._in_time(t) for t in rest):
            return owner
        return rest

    def _past_verb_aside(self, tokens: Sequence[Token], k: int) -> int:
        """Past what may stand between a report's verb and its subject: the relative's pronoun
        with its preposition and a time set off by commas ("حسب حصيلة كشفت عنها، يوم الخميس،
        المديرية العامة ..."). `k` itself when there is neither."""
        if k < len(tokens) and tokens[k].text in self.marker_resumptives:
            k += 1
        if k + 1 < len(tokens) and tokens[k].text in (",", "،") and self._in_time(tokens[k + 1]):
            end = k + 1
            while end < len(tokens) and tokens[end].kind == "word" and self._in_time(tokens[end]):
                end += 1
            if end < len(tokens) and tokens[end].text == tokens[k].text:
                return end + 1
        return k

    def _past_time_after_verb(self, tokens: Sequence[Token], j: int) -> int:
        """ "وفق ما أعلنه اليوم الثلاثاء، المعهد الوطني للإحصاء": a time written between a
        marker's verb and its subject, with the comma after it, its numbers too ("وفق ما أفاد به
        اليوم الثلاثاء 11 فيفري 2020 مدير ...") and set off by a comma before it as well ("حسب ما
        أفاد به، اليوم السبت، بيان للمديرية"); the token after them when a word follows, else
        `j`."""
        k = j
        if k + 1 < len(tokens) and tokens[k].text in (",", "،") and self._in_time(tokens[k + 1]):
            k += 1
        start = k
        while k < len(tokens) and tokens[k].kind != "punct" and self._in_time(tokens[k]):
            k += 1
        if k == start:
            return j
        if k < len(tokens) and tokens[k].text in (",", "،"):
            k += 1
        return k if k < len(tokens) and tokens[k].kind == "word" else j

    def _past_times(self, tokens: Sequence[Token], j: int) -> int:
        """Past every time written after a verb, each with the comma after it ("أعلن صباح
        اليوم، الأربعاء 5 آب، ارتفاع"): the token after them, or `j` when no time is there."""
        k = j
        while True:
            end = k
            while end < len(tokens) and tokens[end].kind != "punct" and self._in_time(tokens[end]):
                end += 1
            if end == k:
                break
            if end < len(tokens) and tokens[end].text in (",", "،"):
                end += 1
            k = end
        return k if k < len(tokens) and tokens[k].kind == "word" else j

    def _past_rank_before_report(self, tokens: Sequence[Token], j: int) -> int:
        """ "بحسب آخر تقديرات الإدارة المركزية للإحصاء": an adjective of rank written before a
        report noun ("آخر"، "أحدث") qualifies the report; the report and its issuer follow.
        The token after it when it is one, else `j`."""
        if (
            self.after_verb
            and j + 2 < len(tokens)
            and self.rank_adjectives_stem(tokens[j].text) is not None
            and self.report_nouns_stem(tokens[j + 1].text) is not None
        ):
            return j + 1
        return j

    def _relative_marker(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether the marker before token `j` ends in the relative "ما" ("حسب ما"، "وفقا لما"،
        "حسبما") and a word follows that no rule read as a verb: that word is the relative
        clause's verb, whatever it is ("حسب ما رصده المركز"، "وفق ما جاء في ..."), never the
        source's name."""
        return (
            bool(self.marker_relatives)
            and 0 < j < len(tokens)
            and self.marker_relatives_stem(tokens[j - 1].text) is not None
            and tokens[j].kind == "word"
            and not self._holds_figure(tokens[j])
            and tokens[j].text not in self.stops
        )

    def _relative_clause_verb(self, tokens: Sequence[Token], j: int) -> tuple[int, bool]:
        """Past the verb of a marker's relative clause at `j` and a preposition with the
        relative's pronoun ("كشف عنه"، "أفادت به"): where its subject starts, and whether the
        verb says only where the figure appears ("جاء في"، "ورد في": a document follows)."""
        j += 1
        if j < len(tokens) and tokens[j].text in self.marker_resumptives:
            j += 1
        document = j + 1 < len(tokens) and tokens[j].text in self.place_links and tokens[j + 1].kind == "word"
        return (j + 1, True) if document else (j, False)

    def _document_issuer(self, tokens: Sequence[Token], j: int) -> tuple[Source | None, int]:
        """ "وفق ما جاء في تقرير الهيئة العامة للإحصاء": a report noun and the body that issued
        it, or no one when the document names no body ("في إصدار الأطفال"); and where it ends."""
        words, _ = self._subject_after(tokens, j)
        follows = j + len(words)
        if len(words) < 2 or self.report_nouns_stem(self._bare(words[0].text)) is None:
            return None, follows
        rest = words[1:]
        if rest[0].text in self.report_links:
            rest = rest[1:]
        if not rest or not self._speaks(rest):
            return None, follows
        if not (self._definite(rest[0].text) or self._is_organisation(rest)):
            return None, follows  # "في نشرة الموسم": a document of no body
        return self._source(rest), follows

    def _modifier_owner(self, owner: Sequence[Token]) -> bool:
        """Whether the words before a report noun are its owner written as a bare modifier
        ("government data", "police figures", "local media reports"): one or two lower-case
        words, no determiner, the last a body's head noun or a speaker noun. The text names no
        body, only the kind of source, so the report as written is the source (English)."""
        return (
            not self.after_verb
            and 0 < len(owner) <= 2
            and all(t.kind == "word" and (n == 0 or not self._capitalised(t)) for n, t in enumerate(owner))
            and (not self._capitalised(owner[0]) or self._positional_capital(owner))
            and self._modifier_words([t.text for t in owner])
        )

    def _positional_capital(self, owner: Sequence[Token]) -> bool:
        """Whether the owner's capital is only its place's: it opens the sentence and names no
        body the lexicon knows ("Government data showed"), not a name that keeps its capital
        anywhere ("Pentagon figures showed", "Health ministry data showed": the body, its key)."""
        return self._opens_sentence(owner[0]) and self._key(self._text(owner) or "") is None

    def _written_midsentence(self, tokens: Sequence[Token]) -> str:
        """The tokens as the text writes them, the first in lower case where only its place
        gives it a capital (it opens the sentence or the line): "Government data showed
        5,000 ..." names the "government data" of "..., government data showed"."""
        written = self._text(tokens) or ""
        if tokens and self._capitalised(tokens[0]) and self._opens_sentence(tokens[0]):
            return written[:1].lower() + written[1:]
        return written

    def _opens_sentence(self, tok: Token) -> bool:
        """Whether the token opens its line or follows a sentence's end (past quotation marks
        and brackets)."""
        text, at = self.norm.original, self._at(tok)
        while at > 0 and text[at - 1] in " \t\"'“‘«(":
            at -= 1
        return at == 0 or text[at - 1] in ".!?\n"

    def _modifier_words(self, words: Sequence[str]) -> bool:
        """`_modifier_owner` on the words as written. A speaker adjective describes the report
        ("official data" names no one) unless a modifier follows it that names the kind of
        source: "official government data" is the government's."""
        return (
            not self.after_verb
            and 0 < len(words) <= 2
            and all(w[:1].islower() for w in words)
            and words[0] not in self.determiners
            and words[0] not in self.indefinites
            and (
                words[0] not in self.speaker_adjectives
                or (len(words) == 2 and words[1] not in self.speaker_adjectives)
            )
            # "first official results", "preliminary official data": the speaker adjective
            # after a word that describes the report describes it too
            and not (
                len(words) == 2
                and words[1] in self.speaker_adjectives
                and (words[0] in self.report_adjectives or words[0].endswith(self.report_adjective_endings))
            )
            and (self.org_heads_stem(words[-1]) is not None or self.speaker_nouns_stem(words[-1]) is not None)
        )

    def _possessor(self, words: Sequence[Token]) -> list[Token]:
        """The possessor of a report a marker names ("the company's annual report", "the
        ministry's"): the words before a possessive followed by at most two lower-case words;
        `words` when there is no such possessive."""
        for k in range(len(words) - 1, max(len(words) - 4, 0), -1):
            tok = words[k]
            if tok.text in ("'", "’") and k > 0 and words[k - 1].end == tok.start:
                return list(words[:k])
            if k > 1 and self._possessive(words[k - 1], tok):
                return list(words[: k - 1])
            if tok.kind != "word" or self._capitalised(tok):
                break
        return list(words)

    def _described_report(self, words: Sequence[Token]) -> bool:
        """A named report alone or with adjectives that say only what kind it is ("وحسب
        الحصيلة"، "ووفقا للبيانات الإحصائية"، "بحسب الأرقام الرسمية"): definite words after it
        that name no body, no place and no speaker (a head-first language)."""
        for tok in words[1:]:
            word = tok.text
            if (
                not self._definite(word)
                or word in self.report_links
                or self.org_heads_stem(self._bare(word)) is not None
                or self.org_heads_stem(word) is not None
                or self.lex.strip_prefix(word, self.places) is not None
                or self.speaker_nouns_stem(self._bare(word)) is not None
            ):
                return False
        return len(words) <= 3

    def _report_compiler(self, tokens: Sequence[Token], k: int) -> tuple[list[Token], int] | None:
        """ "the annual Crime Review, compiled by the Police Force (JCF),": a participle and its
        agent set off after a report name who issued it; that agent's words and where they end,
        or None."""
        if not (
            k + 3 < len(tokens)
            and tokens[k].text == ","
            and tokens[k + 1].kind == "word"
            and tokens[k + 1].text.endswith(self.participle_suffixes)
            and tokens[k + 2].text in self.agent_links
        ):
            return None
        agent, _ = self._subject_after(tokens, k + 3)
        if not agent or not self._names_someone(agent):
            return None
        return agent, k + 3 + len(agent)

    def _forecast_frame(self, tokens: Sequence[Token], i: int) -> _Frame | None:
        """ "The IMF cut its growth forecast to 2.9%", "the governor maintained a full-year growth
        forecast of 6 percent": a forecast noun (`forecast_nouns`) with a figure after its link is
        the forecast of the subject of the verb whose object it is (the word before its
        determiner): that subject speaks, when it names someone official or a person. Verb first
        ("رفع صندوق النقد الدولي توقعاته للنمو إلى 3.1%"), the forecast with its possessive is
        the subject's, the words between the clause's verb and it. None otherwise."""
        if self.after_verb:
            return self._verb_first_forecast(tokens, i)
        if i + 2 >= len(tokens) or tokens[i + 1].text not in self.forecast_links:
            return None
        if not self._any_figure(tokens[i + 2 : i + 5]):
            return None
        j = i - 1
        while (
            j > 0
            and i - j <= 4
            and (
                (tokens[j].kind == "word" and not self._capitalised(tokens[j]))
                or self._forecast_modifier(tokens[j])
            )
            and not (tokens[j].text in self.determiners or tokens[j].text in self.possessive_determiners)
        ):
            j -= 1  # "growth", "full-year", "its 2022 GDP forecast"
        if j < 2 or not (tokens[j].text in self.determiners or tokens[j].text in self.possessive_determiners):
            return None
        verb = j - 1
        if tokens[verb].kind != "word" or self._capitalised(tokens[verb]) or tokens[verb].text in self.stops:
            return None
        if self.forecast_comparisons_stem(tokens[verb].text) is not None:
            return None  # "Indonesia surpassed its target of 16": a result measured against it
        if tokens[verb].text in self.total_moving_verbs:
            return None  # "their victory ... taking their tally to 96": the cause moved the total
        subject = self._subject_before(tokens, verb)
        if not subject or not self._names_someone(subject):
            return None
        source = self._source(subject)
        if source is None or not (self._official(source) or self._is_person(source)):
            return None
        self._remember(source)
        at = self._at(tokens[i])
        return _Frame(at, at + len(tokens[i].text), source, True, False, kind="forecast")

    def _modified_forecast_noun(self, tokens: Sequence[Token], i: int) -> bool:
        """ "its 2022 GDP forecast", "the 2024 CPI forecast": a verb that is also a noun
        (`noun_like_verbs`) after a year or an acronym of what is forecast, themselves after a
        possessive (or after a determiner, with a year among them), is the noun; so is one after
        a determiner and a speaker noun that is also an adjective (`speaker_adjectives`: "the
        official forecast", "an expert estimate")."""
        if self.after_verb or self.noun_like_verbs_stem(tokens[i].text) is None:
            return False
        if (
            i >= 2
            and tokens[i - 1].text in self.speaker_adjectives
            and (tokens[i - 2].text in self.determiners or tokens[i - 2].text in self.indefinites)
        ):
            return True  # (fig22) "the official forecast range of 1.6 to 2.6 percent": an adjective
        j = i - 1
        while j >= 0 and i - j <= 3 and self._forecast_modifier(tokens[j]):
            j -= 1
        if j == i - 1 or j < 0:
            return False
        year = any(t.kind == "num" for t in tokens[j + 1 : i])
        return tokens[j].text in self.possessive_determiners or (year and tokens[j].text in self.determiners)

    def _subject_of_copula(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a verb that is also a noun (`noun_like_verbs`) is the subject of a finite
        form of "be" after it (`noun_like_copulas`), at once or past a short phrase that opens
        with a preposition (`noun_like_links`) and holds no figure: "NODX forecasts for 2018 are
        adjusted", "Police reports were filed" (English)."""
        if not self.noun_like_copulas or self.noun_like_verbs_stem(tokens[i].text) is None:
            return False
        k = i + 1
        if k < len(tokens) and tokens[k].text in self.noun_like_links:
            k += 1
            while k < len(tokens) and k - i <= 4 and tokens[k].kind in ("word", "num"):
                if tokens[k].text in self.noun_like_copulas:
                    break
                if tokens[k].kind == "num" and not (tokens[k].text.isdigit() and len(tokens[k].text) == 4):
                    return False  # a figure, not a year: "reports in 2 cities that ..."
                k += 1
        return k < len(tokens) and tokens[k].text in self.noun_like_copulas

    def _forecast_modifier(self, tok: Token) -> bool:
        """ "its 2022 GDP forecast": a year and an acronym of what is forecast (written all in
        capitals) describe the forecast between its determiner and its noun, as "growth" does;
        a capitalised word otherwise may be the forecast's owner ("the IMF forecast")."""
        if tok.kind == "num":
            return tok.text.isdigit() and len(tok.text) == 4
        written = self.norm.original[self._at(tok) : self._at(tok) + len(tok.text)]
        return tok.kind == "word" and len(written) > 1 and written.isupper() and not self._key(written)

    def _verb_first_forecast(self, tokens: Sequence[Token], i: int) -> _Frame | None:
        start = i - 1
        while start > 0 and tokens[start - 1].kind == "word" and i - start <= self.max_words:
            start -= 1
        subject = list(tokens[start + 1 : i])
        if (
            not 0 < len(subject) <= _FORECAST_SUBJECT
            or any(t.kind != "word" or self.stops_stem(t.text) is not None for t in subject)
            or self.clause_openers_stem(tokens[start].text) is not None
        ):
            return None  # "فيما لم توضح الوزارة فجوة العجز مع تقديراتها": no subject right before
        if not self._any_figure(tokens[i + 1 : i + 1 + _FORECAST_REACH]):
            return None
        source = self._source(subject)
        if source is None or not self._official(source):
            return None
        self._remember(source)
        at = self._at(tokens[i])
        return _Frame(at, at + len(tokens[i].text), source, True, False, kind="forecast")

    def _report_of_no_one(self, words: Sequence[Token]) -> bool:
        """ "the data of voting", "the figures of the first round": a definite report noun whose complement
        names no one (a subject-first language, where names are written in capitals)."""
        return (
            not self.after_verb
            and len(words) > 3
            and words[0].text in self.named_report_leads
            and self.report_nouns_stem(words[1].text) is not None
            and words[2].text in self.report_links
            and not self._names_someone(words[3:])
        )

    def _relayed_from(self, tokens: Sequence[Token], i: int) -> int:
        """Where the name ends that the preposition at `i` introduces as the one a verb of
        relaying quotes ("ونقلت وكالة الأنباء عن مصدر أمني قوله", "عن مسؤولين في وزارة الصحة
        قولهم"): such a verb within a few words before it, and a relay word after at most
        `_RELAYED_WORDS` words, none a figure or a verb. 0 when it is no such name."""
        # the relaying outlet's name stands between: its words, and the quotation marks of a
        # name written in them ("ونقلت شبكة "إيه بى سى" الأمريكية عن"), within the word limit
        back = self.max_words + sum(
            1 for t in tokens[max(0, i - 2 * self.max_words) : i] if t.text in _QUOTES
        )
        if not any(self.relay_verbs_stem(tokens[k].text) is not None for k in range(max(0, i - back), i)):
            return 0
        commas = 0
        end = i + 2
        while end < min(len(tokens), i + 2 + _RELAYED_WORDS + commas):
            tok = tokens[end]
            if self.relay_words_stem(tok.text) is not None:
                return end
            if tok.text in self.complementizers and end > i + 1:
                # "ونقلت شبكة ... عن وكالة إدارة الكوارث أن 45 شخصا": what the one quoted
                # said follows the name as it follows a verb of saying
                return end
            if tok.text in (",", "،") and self.after_verb and commas < 2:
                commas += 1  # "عن فلان، مدير خدمة الإسعاف، قوله": a title apposed to the name
                end += 1
                continue
            if tok.text in _QUOTES:
                end += 1  # "عن مصادر بمستشفى "النو" إفادتهم": a name written in quotation marks
                continue
            if tok.kind != "word" or self._holds_figure(tok) or self._verb_stem(tok.text) is not None:
                return 0
            end += 1
        return 0

    def _relayed_in_marker(self, tokens: Sequence[Token], verb: int, k: int) -> tuple[Source, int] | None:
        """The one a marker's verb of relaying quotes ("وفق ما نقلت وكالة أنباء "إرنا" الإيرانية
        عن مسؤول إيراني،"): the relaying verb right after the marker, "عن" within the word limit
        past the outlet's name (`k` where the name was read to), and the name after it up to the
        clause's edge (a comma, a complementizer, the end); with the token after the name. None
        when the marker's verb relays nothing."""
        if verb >= len(tokens):
            return None
        # "بحسب ما نقلته": the relative's pronoun written onto the verb
        if self._suffixed_stem(tokens[verb].text, self.relay_verbs_stem) is None:
            return None
        at = next(
            (
                n
                for n in range(k, min(len(tokens), k + self.max_words))
                if tokens[n].text in self.relay_prepositions
            ),
            None,
        )
        if at is None or any(
            t.text in (",", "،") or self._holds_figure(t) or self._verb_stem(t.text) is not None
            for t in tokens[k:at]
        ):
            return None
        end = self._relayed_name_end(tokens, at + 1)
        if end is None:
            return None
        source = self._relayed_source(tokens[at + 1 : end])
        return (source, end) if source is not None else None

    def _relayed_name_end(self, tokens: Sequence[Token], k: int) -> int | None:
        """Where the words from `k` end at a comma, a complementizer or the sentence's end,
        within the word limit, no figure or verb among them; None otherwise."""
        end = k
        while (
            end < len(tokens)
            and tokens[end].text not in (",", "،", ".")
            and tokens[end].text not in self.complementizers
        ):
            if (
                end - k >= self.max_words
                or self._holds_figure(tokens[end])
                or self._verb_stem(tokens[end].text) is not None
            ):
                return None
            end += 1
        return end if end > k else None

    def _relayed_source(self, span: Sequence[Token]) -> Source | None:
        """The one a verb of relaying quotes, from the words between "عن" and the relay word:
        a name and the title apposed to it after a comma, either way round ("عن فلان، مدير
        خدمة الإسعاف، قوله"، "عن مدير خدمة الإسعاف، فلان، قوله"), is the name with that role."""
        span = [t for t in span]
        while span and span[-1].text in (",", "،"):
            span.pop()
        comma = next((n for n, t in enumerate(span) if t.text in (",", "،")), None)
        if comma is None:
            return self._seated_relayed(span) or self._source(span)
        first, second = span[:comma], [t for t in span[comma + 1 :] if t.text not in (",", "،")]
        if not first or not second:
            return None
        if self._appositive(first) and not self._appositive(second):
            first, second = second, first
        if not self._appositive(second) or self._appositive(first):
            return None
        return self._source(first, self._text(second))

    def _seated_relayed(self, span: Sequence[Token]) -> Source | None:
        """ "عن رئيس بعثة المنظمة في العراق فلان الفلاني قوله": a title whose body's seat ("في"
        and a place, `_name_after_seat`) comes before a name of two or three words that ends
        the relayed words: the name is the one quoted, the title and its seat the role."""
        if len(span) < 5 or self.titles_stem(span[0].text) is None:
            return None
        for j in range(1, len(span) - 3):
            if span[j].text not in self.place_links:
                continue
            if self._place_noun_and_name(span, j + 1):
                start = j + 3
            elif self._seat_word(span, j + 1):
                start = j + 2
            else:
                continue
            name = span[start:]
            if not 2 <= len(name) <= 3 or self._definite(name[0].text):
                return None
            if not self._unknown_name_word(name[0], self._bare(name[0].text)) or not all(
                # "توماس لوثر": a later word of the name may start as "ل" written onto a word
                # does, but not onto a definite one ("للأمم")
                self._unknown_name_word(t, self._bare(t.text))
                or (self._link_prefix(t.text) is not None and not self._definite(self._unlinked(t.text)))
                for t in name[1:]
            ):
                return None
            return self._titled_source(Source(self._text(name) or ""), self._text(span[:start]) or "", name)
        return None

    def _relays_utterance(self, tokens: Sequence[Token], i: int, frames: Sequence[_Frame]) -> bool:
        """ "وقال فلان في تصريحات أوردتها وكالة الأنباء إن ...": a speech verb with an object
        pronoun right after an utterance noun (and at most one adjective: "تصريحات صحفية
        نقلتها") is a relative clause on the utterance of the speaker before it, which the
        agency only relays: the earlier speaker still speaks."""
        if not frames or frames[-1].source is None or frames[-1].marker:
            return False
        word = tokens[i].text
        if not any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in self.verb_suffixes):
            return False
        for k in (i - 1, i - 2):
            if k < 0 or tokens[k].kind != "word":
                return False
            if self.utterance_nouns_stem(tokens[k].text) is not None:
                return self._at(tokens[k]) > frames[-1].start
        return False

    def _relays(self, tokens: Sequence[Token], i: int, follows: int, frame: _Frame, marker: _Frame) -> bool:
        """ "أفادت وكالة أنباء الإمارات نقلا عن الشيخ محمد قوله": a relay marker right after a
        speech verb's subject, when that subject is an outlet or a relay word follows. Whoever
        relays, a named source it quotes before what is said speaks (the guide's D68: "قال ممثل
        المنظمة، نقلا عن وزارة الصحة، إن ..." is the ministry's); an unnamed one ("نقلا عن مصادر
        محلية"، "نقلا عن تقارير") names nobody, and the subject stays the speaker."""
        if frame.marker or frame.source is None or self.relay_markers_stem(tokens[i].text) is None:
            return False
        if follows < len(tokens) and self.relay_words_stem(tokens[follows].text) is not None:
            return True
        if not self._named_relayed(frame, marker):
            return False
        first = self._words(frame.source.name)[:1]
        if first and self.outlet_heads_stem(self._bare(first[0])) is not None:
            return True
        return self._before_statement(tokens, i, frame)

    def _named_relayed(self, frame: _Frame, marker: _Frame) -> bool:
        """Whether a relay marker's own source names someone (Arabic: no speaker noun such as
        "مصادر", no report word, nor a voice carried from before or the subject itself)."""
        if not self.after_verb:
            return True
        if marker.source is None or marker.kind != "marker" or frame.source is None:
            return False
        named = self._words(marker.source.name)
        return bool(
            named
            and self.speaker_nouns_stem(self._bare(named[0])) is None
            and not self._report_word(named[0])
            and marker.source.name != frame.source.name
        )

    def _before_statement(self, tokens: Sequence[Token], i: int, frame: _Frame) -> bool:
        """Whether token `i` stands between the verb of `frame` and what it says: no
        complementizer, figure or sentence stop between them (Arabic)."""
        if not self.after_verb:
            return False
        verb = next((k for k in range(i - 1, -1, -1) if self._at(tokens[k]) == frame.start), None)
        return verb is not None and not any(
            t.kind == "num" or t.text in self.complementizers or t.text in _SENTENCE_STOPS
            for t in tokens[verb + 1 : i]
        )

    def _speaks(self, words: Sequence[Token]) -> bool:
        """Whether a verb-first language's marker names a speaker: an organisation, a title,
        a speaker noun, a known name, or a proper name (not a definite common noun such as
        "الحالة العامة لحرائق الغطاء النباتي")."""
        first = words[0].text
        name = self._text(words) or ""
        link = self._link_prefix(first)
        if link is not None:
            first = link[1] + first[len(link[0]) :]
            # "بيان للدفاع المدني": the name without the preposition, as the lexicon knows it
            name = link[1] + name[self.norm.origin[words[0].start + len(link[0])] - self._at(words[0]) :]
        if not self._definite(first):
            return True
        bare = self._bare(first)
        return bool(
            self.org_heads_stem(bare)
            or self.titles_stem(first)
            or self.speaker_nouns_stem(bare)
            or self.speaker_nouns_stem(first)
            or self._key(name)
            # "وبحسب القيسي"، "وبحسب الإحصاء": a short form of a speaker the article has named
            or self._earlier(self._words(name)) is not None
        )

    def _document_marker(self, tokens: Sequence[Token], i: int, size: int) -> bool:
        """Whether the marker of `size` words at `i` says where the figure appears, a document
        (claims.document_markers: "جاء في", "ورد في")."""
        first = self.marker_index.get(tokens[i].text)
        return (
            first is not None
            and (first, *(t.text for t in tokens[i + 1 : i + size])) in self.document_markers
        )

    def _marker_at(self, tokens: Sequence[Token], i: int) -> int:
        """How many words the longest source marker starting at token `i` has (0: none)."""
        first = self.marker_index.get(tokens[i].text)
        if first is None:
            return 0
        for marker in self.markers_by_first[first]:
            if tuple(t.text for t in tokens[i + 1 : i + len(marker)]) == marker[1:]:
                return len(marker)
        if tokens[i].text in self.issuing_participles:
            # "البيانات الصادرة اليوم السبت عن المعهد": when it was issued, between the
            # participle and its preposition, is part of the marker
            k = self._past_times(tokens, i + 1)
            if i + 1 < k < len(tokens) and (first, tokens[k].text) in self.markers_by_first[first]:
                return k - i + 1
        return 0

    def _remember(self, source: Source | None) -> None:
        if source is None:
            return
        if not self.spoken or self.spoken[-1] != source:
            self.spoken.append(source)

    def _remember_actor(self, tokens: Sequence[Token], i: int) -> None:
        """The official subject of a verb of deciding or acting at `i` (`act_verbs`, a presenting
        verb that presents no report) says nothing (D12), but it is the one a bare verb of saying
        after it takes up: "قررت اللجنة تأجيل الانتخابات، وأعلنت أن ...". Verb first only: a
        subject-first verb of saying names its own."""
        if not self.after_verb:
            return
        source, named = self._verb_first_subject(tokens, i)
        self.withheld = False
        if named and source is not None and self._official(source):
            self._remember(source)

    def _bracketed_title_word(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token `i` ends a capitalised name closed by a bracket ("(Revised Estimate)",
        "(Budget Estimates)"): a noun of the name, not a verb with the word before as subject."""
        return (
            not self.after_verb
            and 0 < i < len(tokens) - 1
            and tokens[i + 1].text == ")"
            and tokens[i - 1].kind == "word"
            and self._capitalised(tokens[i])
            and self._capitalised(tokens[i - 1])
        )

    def _verb_frame(self, tokens: Sequence[Token], i: int, frames: list[_Frame]) -> _Frame | None:
        at, end = self._at(tokens[i]), self._at(tokens[i]) + len(tokens[i].text)
        if (
            i > 0
            and self.negations_stem(tokens[i - 1].text) is not None
            and self.weak_verbs_stem(tokens[i].text) is None
        ):
            # "فيما لم توضح الوزارة فجوة العجز": a verb of saying negated says nothing (one of
            # expecting still forecasts: "لا تتوقع الحكومة أن يتجاوز العجز 3%")
            return None
        if self._takes_lives(tokens, i):
            return None  # "The fire, which has claimed the lives of 20 people,": it kills, no one speaks
        if self._bracketed_title_word(tokens, i):
            return None  # "₹2,05,555.95 crore during 2022-23 (Revised Estimate), he said": a name
        if self.valuing_verbs_stem(tokens[i].text) is not None and not self._values_at(tokens, i):
            return None  # "put pressure on", "placed 40 orders": no estimate
        quoted = self._quoted_as_saying(tokens, i)
        if quoted is None:
            quoted = self._quoted_after_saying(tokens, i)
        if quoted is not None:
            # "..., Xinhua cited the UNHCR as saying": the one quoted speaks, the outlet relays
            self._remember(quoted)
            closes = self._closes_clause(tokens, i)
            return _Frame(at, end, quoted, True, closes, main=True, kind="verb_quoted")
        if self.clause_verbs_stem(tokens[i].text) is not None and self._figure_object(tokens, i):
            return None  # "The economy added 164,000 jobs", "وأضاف اللاعب هدفين": no one speaks
        if self._view_verb_with_object(tokens[i].text):
            return None  # "إحصائية حديثة نشرها المركز": the pronoun is the report it published
        if self.complement_verbs_stem(tokens[i].text) is not None and not self._complement_after(
            tokens, i, quotes=self.view_verbs_stem(tokens[i].text) is None
        ):
            # "وإبان الحرب": the preposition the verb "وأبان" is written as, no one speaks;
            # "واعتبرت هذه الزيادة «...»": a view's two objects, no one speaks
            return None
        if self.topic_verbs_stem(tokens[i].text) is not None and not self._topic_after(tokens, i):
            return None  # "وتحدث الحوادث بسبب السرعة": "happens", no one speaks
        if (
            0 < i < len(tokens) - 1
            and tokens[i - 1].text in self.clause_relatives
            and tokens[i + 1].text in self.pronoun_complements
        ):
            return None  # "اللقاح الذي أعلن عنه بوتين": what was announced is the noun before it
        if self._preposition_pair(tokens, i):
            return None  # "بين السودان وإسرائيل:": between two, no one explains
        if self._complement_verb_with_object(tokens[i].text):
            return None  # "في تصريح تابعته المسلة": the outlet followed the statement, it says nothing
        if self.report_verbs_stem(tokens[i].text) is not None and not self._shows_report(tokens, i):
            return None  # "the central bank showed faith in ...": no report
        presenting = self.presenting_verbs_stem(tokens[i].text) is not None
        if presenting and not self._presents_report(tokens, i):
            self._remember_actor(tokens, i)
            return None  # "قدمت الوزارة مشروع الموازنة"، "أصدرت المحكمة حكما بسجن 12": an act (D12)
        if self.after_verb and self._valued_subject(tokens, i):
            # "وقد قُدّرت المساحة المحترقة بحوالي 10 هكتارات": what is estimated is the subject of
            # the passive, as when none is written (`_impersonal_form`): no one speaks (D3), and
            # inside a statement the figure stays the statement's
            return None
        antecedent = self._apposed_antecedent(tokens, i) if self.after_verb else None
        if antecedent is not None:
            # "تصريحات فلان، رئيس قطاع الاتصال بالشركة، الذي أوضح أن": the relative's antecedent,
            # a name with its title apposed between commas, speaks
            self._remember(antecedent)
            if (gender := self._verb_gender(tokens[i].text)) is not None:
                self.voiced_genders[antecedent] = gender
            return _Frame(at, end, antecedent, True, False, main=True, kind="verb")
        behind = self._closes_clause(tokens, i) or self._passive_verb(tokens, i)
        self.withheld = False
        if self.after_verb and self.subject_first_verbs_stem(tokens[i].text) is not None:
            before = self._subject_before_copula(tokens, i, people=True)
            if not before:
                return None  # "وذكروا وقت وقوع الحادث": a plural verb with no subject before it
            source = self._source(before)
            named = source is not None
        elif self.after_verb:
            source, named = self._verb_first_subject(tokens, i)
        else:
            source, named = self._subject_first(tokens, i)
            if source is None:
                # a speaker named before the report in its sentence makes it their evidence
                # ("He said ..., but added that the data showed"), no other body's report
                voiced = not any(f.source is not None for f in frames)
                source = self._comma_parted_subject(tokens, i) or self._issuer_of_bare_report(
                    tokens, i, voiced=voiced
                )
                named = named or source is not None
                if source is None and voiced and self._unissued_bare_report(tokens, i):
                    # "..., official figures show." in a lead, "The Office for National
                    # Statistics said ..." after it: the first voice after, when a body (D2)
                    self.awaiting_issuer.add(at)
        if source is not None and named and not self._evidenced(source, ()):
            source, self.withheld = None, True  # a name a rule built past `_source`: same evidence
        if self._unissued_report_said(tokens, i, source, frames):
            return None
        withheld = source is None and self.withheld
        named = named or withheld
        carried = source is None and not named
        # "سجلها": a verb of recording with its object pronoun written on is one still
        weak = self.weak_verbs_stem(self._unsuffixed(tokens[i].text)) is not None
        if carried and self._impersonal_form(tokens[i].text):
            # "ويتوقع أن ترتفع النفقات 6%"، "وسُجلت آلاف الإصابات"، "فقد سجل سعر الشراء 652":
            # a verb of recording or estimating that is also the impersonal passive, with no
            # subject written, tells what was recorded with no one recording it: no verb of
            # saying, so it names no one and carries no one over (the guide's rule D3). Inside a
            # statement ("وأشار البيان إلى أن ...، ويُتوقع أن ...") the figure is still the
            # statement's, by the frame before it.
            return None
        if carried:
            source = self._carried_in(frames, self._agreement(tokens, i)) if self.after_verb else None
        if weak and (
            source is None
            or not (
                self._recording_body(source)
                or (not frames and self._reporting_place(source, named, tokens[i].text))
            )
        ):
            # "سجلت الأسعار ارتفاعا", "the country recorded", "وسجلت الكويت 15 إصابة": no one
            # speaks; a place that forecasts after a statement opened in the sentence is inside
            # it, the statement's (D20)
            return None
        if weak and self._within_statement(tokens, i, frames):
            # "The commissioner said the police recorded 300 arrests": a body's count told
            # inside another speaker's statement stays that speaker's (the guide: "the ministry
            # said that Aleppo recorded 153 cases")
            return None
        if named:
            self._remember(source)
            gender = self._verb_gender(tokens[i].text) if source is not None and self.after_verb else None
            if gender is not None:
                self.voiced_genders[source] = gender
        if (
            source is None
            and not self.after_verb
            and named
            and not withheld
            and at not in self.awaiting_issuer
        ):
            return None
        described = self._description_before(tokens, i) if behind and source is not None else None
        kind = "verb_weak" if weak else "verb_carried" if carried else "verb"
        return _Frame(
            at,
            end,
            source,
            True,
            behind,
            main=self._opens_clause(tokens, i),
            described_from=described,
            kind=kind,
        )

    def _apposed_antecedent(self, tokens: Sequence[Token], i: int) -> Source | None:
        """ "فلان، رئيس قطاع الاتصال بالشركة، الذي أوضح أن": a verb of saying right after a
        relative pronoun and a comma, a complementizer after it, and before them a title set off by
        commas after a person's name of two or three words: the name speaks, the title is its role
        (Arabic). None for any other shape (no name rather than a wrong one)."""
        if (
            i < 4
            or tokens[i - 1].text not in self.clause_relatives
            or tokens[i - 2].text not in (",", "،")
            or not self._complement_follows(tokens, i)
        ):
            return None
        title = self._segment_before(tokens, i - 2)
        comma = i - 3 - len(title)
        if not title or comma < 2 or tokens[comma].text not in (",", "،") or not self._appositive(title):
            return None
        name: list[Token] = []
        for tok in reversed(tokens[max(0, comma - 3) : comma]):
            if tok.kind != "word" or self._definite(tok.text) or tok.text in self.stops:
                break
            if any(
                self._stem(self._bare(tok.text), heads) is not None
                for heads in (
                    self.org_heads,
                    self.report_nouns,
                    self.titles,
                    self.manner_nouns,
                    self.speaker_nouns,
                )
            ):
                break
            name.insert(0, tok)
        if not 2 <= len(name) <= 3 or any(self._verb_stem(t.text) is not None for t in name):
            return None
        text = self._text(name)
        if not text or self.lex.strip_prefix(text, self.places) is not None:
            return None
        return self._resolve(Source(text, self._text(title)))

    def _valued_subject(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the first word after the verb at `i` (past a time) is a definite noun of what
        is estimated or measured (`valued_nouns`: "الخسائر"، "المساحة"), which never speaks; or
        such a noun or a noun of a quantity (`quantity_heads`) made definite by a possessive
        pronoun written onto it ("حيث قُدّرت نسبتهم بحوالي 3%"، "يقدر عددهم بنحو ألف"): the
        subject of the passive, what is estimated."""
        k = self._past_times(tokens, i + 1)
        if k >= len(tokens) or tokens[k].kind != "word":
            return False
        word = tokens[k].text
        if self._definite(word):
            return self.valued_nouns_stem(self._bare(word)) is not None
        return any(
            self.valued_nouns_stem(stem) is not None or self.quantity_heads_stem(stem) is not None
            for stem in self._possessed_stems(word)
        )

    def _possessed_stems(self, word: str) -> list[str]:
        """The noun a possessive pronoun is written onto ("نسبتهم" -> "نسبة"، "عددهم" -> "عدد"), in
        each way its stem may end (claims.suffixed_endings: a ة written ت before the pronoun);
        none when the word has no such pronoun or the stem is shorter than three letters."""
        stems = []
        for suffix in self.possessive_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                stems.append(stem)
                stems.extend(
                    stem[: -len(written)] + ending
                    for written, ending in self.suffixed_endings.items()
                    if stem.endswith(written)
                )
        return stems

    def _comma_parted_subject(self, tokens: Sequence[Token], i: int) -> Source | None:
        """A subject parted from its verb by a comma ("Patna, reported 41 new cases", "Zimbabwe
        Ministry of Health on Wednesday, said at least 215 ..."): the name that runs from the
        sentence's start to the comma, when the verb has no subject after it (not "..., said
        the ministry") and the name names someone (English)."""
        if self.after_verb or i < 2 or tokens[i - 1].text != "," or i + 1 >= len(tokens):
            return None
        if tokens[i].text.endswith(self.clause_participles):
            return self._participle_opening_subject(tokens, i)
        nxt = tokens[i + 1]
        if nxt.kind == "word" and (
            self._capitalised(nxt) or nxt.text in self.determiners or nxt.text in self.possessive_determiners
        ):
            return None  # "..., said the ministry", "..., said Ali": the subject is after the verb
        words = self._subject_before(tokens, i - 1)
        if not words or words[0] is not tokens[0]:
            return None
        head = words[1:] if words[0].text in self.determiners else words
        if not head or not self._names_someone(head):
            return None  # "The floods, said ...": an article alone names no one
        if any(t.kind != "word" and t.text not in ("'", "’") for t in words):
            return None
        return self._source(words)

    def _participle_opening_subject(self, tokens: Sequence[Token], i: int) -> Source | None:
        """ "Police defended the raid, saying 12 suspects were held", "Gaza health ministry shared
        an update ..., saying that ...": a participle of saying after the comma that ends its
        main clause has that clause's subject, the body or the person's name (two to four
        capitalised words before a verb in lower case) that opens the sentence; None when the
        sentence opens with neither (never the run of the main clause itself). English."""
        body = self._opening_body(tokens[:i])
        if body is not None:
            return body
        name = 0
        while name < min(i, 5) and tokens[name].kind == "word" and self._capitalised(tokens[name]):
            name += 1
        if not 2 <= name <= 4 or tokens[name].kind != "word" or self._capitalised(tokens[name]):
            return None
        if tokens[name].text in self.stops or tokens[name].text in self.report_links:
            return None  # "Mayor of X", "John Smith of the army": no verb after the name
        words = list(tokens[:name])
        return self._source(words) if self._names_someone(words) else None

    def _issuer_of_bare_report(
        self, tokens: Sequence[Token], i: int, *, voiced: bool = True
    ) -> Source | None:
        """The issuer of a report that the verb's subject names by its noun alone ("Data
        showed", "the figures showed", "Preliminary results showed", "..., report says"): the
        body the article names as issuing a report, the nearest before, else the first after
        (the guide: a bare report is no speaker, its issuer is when the article names it
        anywhere). None when the article names no issuer (English). `voiced`: the body that
        spoke last may be the issuer (`_body_voice_before`), not when the report is a named
        speaker's evidence ("He said preliminary data show ...")."""
        if self.after_verb:
            return None
        words = self._subject_before(tokens, i)
        if (
            not words
            and i >= 2
            and tokens[i - 2].text in (",", ":")
            and self.report_nouns_stem(tokens[i - 1].text) is not None
        ):
            words = tokens[i - 1 : i]  # "..., report says": a verb's homograph before a verb is its subject
        return self._bare_report_issuer(words, tokens[i], voiced=voiced)

    def _unissued_bare_report(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the subject of the verb at `i` is a bare report of numbers (`_bare_report`,
        `_dataset`: "official figures", "Crime figures"; a statement is its speaker's) read
        before anyone spoke, in an article that names no issuer of any report: its issuer may
        then be the body that speaks after it (`_issuer_named_after`), English's lead
        "..., official figures show." before "The Office for National Statistics said ..."."""
        words = list(self._subject_before(tokens, i))
        for n in range(len(words) - 1, 0, -1):
            # "figures released today", "official figures published on Wednesday": the report
            # before a participle of releasing and its time
            if self.release_participles_stem(words[n].text) is not None and all(
                self._in_time(t) for t in words[n + 1 :]
            ):
                words = words[:n]
                break
        at = self._at(tokens[i])
        return (
            self._bare_report(words)
            and self._dataset(words[-1].text)
            and not any(offset < at for offset, _, _ in self._report_issuers())
            and not self._voiced_any
        )

    def _bare_report_issuer(self, words: Sequence[Token], at: Token, *, voiced: bool = True) -> Source | None:
        """The issuer the article names of a bare report (`_bare_report`) read at token `at`."""
        if self.after_verb or not self._bare_report(words):
            return None
        offset = self._at(at)
        headline = _sentence_index(offset, self.sentence_starts) in self._headlines()
        # "According to a report, January was the deadliest month": a report not named before is
        # the last body's only when that body spoke in the sentence right before it ("The bureau
        # announced ... A report said ..."), not paragraphs back
        adjacent = words[0].text in self.indefinites
        return self._nearest_issuer(
            offset, self._dataset(words[-1].text), headline=headline, voiced=voiced, adjacent=adjacent
        )

    def _bare_report(self, words: Sequence[Token]) -> bool:
        """A report named by its noun and words that only describe it: "Data", "the figures",
        "official figures", "Preliminary results", "The same statistics" (no owner, no name)."""
        if not words or words[-1].kind != "word" or not self._report_or_dataset(words[-1].text):
            return False
        lead = (
            1 if words[0].text.lower() in self.named_report_leads or words[0].text in self.indefinites else 0
        )
        # "The labor market bulletin results", "The survey's results": a report noun before the
        # head, or its possessor, is the same report, no owner
        described = [
            t
            for n, t in enumerate(words[lead:-1], lead)
            if not (
                n + 1 < len(words) - 1
                and self._possessive(t, words[n + 1])
                and self.report_nouns_stem(words[n - 1].text) is not None
            )
            and not (
                n >= 2
                and self._possessive(words[n - 1], t)
                and self.report_nouns_stem(words[n - 2].text) is not None
            )
        ]
        return all(
            t.kind == "word"
            and (
                self._report_adjective(t)
                or t.text in self.speaker_adjectives
                or (not self._capitalised(t) and self.report_nouns_stem(t.text) is not None)
                or self._topic_noun(t)
            )
            and self._key(t.text) is None
            for t in described
        )

    def _topic_noun(self, word: Token) -> bool:
        """A common noun before a report noun that says what the report counts, not who issued
        it: "the latest crime statistics", "the crime data", "election results" (lower case, and
        no body's head, speaker noun or title: "police figures", "government data", "ministry
        figures" name their issuer)."""
        text = word.text
        return (
            not self._capitalised(word)
            and text.isalpha()
            and text not in self.determiners
            and self.org_heads_stem(text) is None
            and self.speaker_nouns_stem(text) is None
            and self.titles_stem(text) is None
        )

    def _report_or_dataset(self, word: str) -> bool:
        """A report noun, or a noun that names numbers and so a report of them ("The statistics
        show", "new numbers released by the police"): both have an issuer."""
        return self.report_nouns_stem(word) is not None or self._dataset(word)

    def _dataset(self, word: str) -> bool:
        """A report noun that names numbers ("data", "figures"), not a document ("survey")."""
        return self.dataset_nouns_stem(word) is not None

    def _nearest_issuer(
        self, at: int, dataset: bool, *, headline: bool = False, voiced: bool = True, adjacent: bool = False
    ) -> Source | None:
        """The issuer named nearest before `at`, one of a report of the same sort first ("the
        figures showed" refers to "data from the Labour Ministry" before "a survey by the
        institute"); else the first named after it, when no voice speaks between (in a
        headline, none need not when the lead paragraph names it)."""
        issuers = self._report_issuers()
        before = [(source, numbers) for offset, source, numbers in issuers if offset < at]
        alike = [source for source, numbers in before if numbers == dataset]
        if alike:
            return alike[-1]
        if before:
            return before[-1][0]
        after = next((offset for offset, _, _ in issuers if offset > at), None)
        # a headline sums up the story's lead: its report is one the lead paragraph names, whoever
        # speaks before it there ("..., report finds" then "U.N. officials say ... A new report
        # from the IOM found")
        lead = headline and after is not None and after < self._lead_end()
        if after is None:
            return self._body_voice_before(at, adjacent=adjacent) if voiced else None
        if not lead and self._voiced_between(at, after):
            return None  # "According to the latest data, ..." then a minister, then "figures from the police"
        return next(source for offset, source, _ in issuers if offset == after)

    def _body_voice_before(self, at: int, *, adjacent: bool = False) -> Source | None:
        """When the article names no issuer of a report, the body that spoke last before `at`
        issued it: "Statistics Canada says ..." then "according to the latest labour force
        survey"; "the Office for National Statistics has announced" then "New statistics show".
        A body (an organisation's head noun or an acronym), never a person, a wire or an outlet
        (English). `adjacent`: only the sentence right before `at`'s."""
        here = _sentence_index(at, self.sentence_starts)
        for index in range(here - 1, max(here - 2, -1) if adjacent else -1, -1):
            for frame in reversed(self.frames.get(index, ())):
                if frame.source is not None and self._named_body(frame.source):
                    return frame.source
        return None

    def _named_body(self, source: Source) -> bool:
        """Whether a voice is a body that issues reports, named as one: an organisation's head
        noun or an acronym in its name, not a wire, an outlet or a phrase that is itself a
        report ("the current projection of CSA") (English)."""
        if source.name in self.wires:
            return False
        names = self._words(source.name)
        if not names or self.outlet_heads_stem(self._bare(names[0])) is not None:
            return False
        if any(
            w.islower() and (self._report_or_dataset(w) or w in self.forecast_nouns)
            for w in source.name.split()
        ):
            return False
        return (
            self._holds_acronym(source.name)
            or any(self.org_heads_stem(w) for w in names)
            or self._statistics_office(source.name)
        )

    def _statistics_office(self, name: str) -> bool:
        """ "Statistics Canada", "Statistics Indonesia": a capitalised report word before a
        place the lexicon knows, and nothing else, is the name of that place's statistics
        office (a body), not a report about it (English)."""
        written = [w for w in name.split() if w.lower() not in self.determiners]
        return (
            len(written) > 1
            and written[0][:1].isupper()
            and self._report_or_dataset(written[0].lower())
            and " ".join(self._words(" ".join(written[1:]))) in self.places
        )

    def _voiced_between(self, at: int, end: int) -> bool:
        """Whether a sentence after the one at `at` and before the one at `end` holds an active
        verb of saying ("Roger Levenz ... said"): a report named before it is not the one whose
        issuer the article names after that voice ("as reported in Montevideo", "was mainly
        explained" are no voice)."""
        starts = self.sentence_starts
        first, last = _sentence_index(at, starts) + 1, _sentence_index(end, starts)
        for index in range(first, last):
            tokens = self.tokens_of(index)
            for k, tok in enumerate(tokens):
                if tok.kind != "word" or self.verbs_stem(tok.text) is None:
                    continue
                if self.report_verbs_stem(tok.text) is not None:
                    continue
                before = {t.text for t in tokens[max(k - 2, 0) : k]}
                if before & self.passives or (k and tokens[k - 1].text in self.clause_openers):
                    continue
                if k and tokens[k - 1].text.lower() in self.comparison_words:
                    continue  # "The sharper than expected drop": a comparison, no voice
                return True
        return False

    def _report_issuers(self) -> list[tuple[int, Source, bool]]:
        """Where the article names a body as the issuer of a report, and the body: after the
        report's link or release participle ("data from the Labour Ministry", "The data,
        published by the Office of the Deputy Prime Minister", "a report released by Uruguay
        XXI"), or as its owner before it ("a Ministry of Tourism report", "the GSO's trade
        data"). Read once per article from its text alone (English)."""
        if self._issuers_cache is not None:
            return self._issuers_cache
        found: list[tuple[int, Source, bool]] = []
        if not self.after_verb:
            withheld = self.withheld
            for index in range(len(self.sentences)):
                tokens = self.tokens_of(index)
                for k, tok in enumerate(tokens):
                    if tok.kind != "word" or not self._report_or_dataset(tok.text):
                        continue
                    if self._compared_report(index, tokens, k):
                        continue
                    issuer = (
                        self._issuer_after_report(tokens, k)
                        or self._owner_before_report(tokens, k)
                        or self._issuing_subject(tokens, k)
                    )
                    if issuer is not None:
                        found.append((self._at(tok), issuer, self._dataset(tok.text)))
            self.withheld = withheld
        self._issuers_cache = found
        return found

    def _compared_report(self, index: int, tokens: Sequence[Token], k: int) -> bool:
        """Whether the report at `k` is a base a figure is measured against ("higher than the
        estimates made by Moody's", "lower than estimates by state-owned Bank Mandiri"): a word of
        comparison (claims.comparison_bases) before it and its lower-case modifiers. Its issuer
        forecast the figure; it issued none of the article's other reports (attr33en)."""
        j = k
        while j > 0 and k - j < 3 and tokens[j - 1].kind == "word" and not self._capitalised(tokens[j - 1]):
            if _after_comparison(self.norm.original, self.sentences[index], self._at(tokens[j]), self.lex):
                return True
            j -= 1
        return _after_comparison(self.norm.original, self.sentences[index], self._at(tokens[j]), self.lex)

    def _issuing_subject(self, tokens: Sequence[Token], k: int) -> Source | None:
        """ "The Major Cities Chiefs Association published a preliminary report", "the agency
        released new figures on Monday": the subject of an issuing verb (`issuing_verbs`) whose
        object is the report at `k` (its article and up to three lower-case modifiers between)
        issued it, when it is a body (English)."""
        j = k - 1
        while j > 0 and k - j <= 3 and tokens[j].kind == "word" and not self._capitalised(tokens[j]):
            if self.issuing_verbs_stem(tokens[j].text) is not None:
                break
            j -= 1
        if j < 1 or tokens[j].kind != "word" or self.issuing_verbs_stem(tokens[j].text) is None:
            return None
        return self._issuing_body(self._subject_before(tokens, j, allow_skips=False))

    def _issuer_after_report(self, tokens: Sequence[Token], k: int) -> Source | None:
        j = k + 1
        if j < len(tokens) and tokens[j].text == ",":
            j += 1  # "The data, published by ..."
        if j < len(tokens) and self.release_participles_stem(tokens[j].text) is not None:
            j = self._past_release_time(tokens, j + 1)
            # "the data available from the ministry": its source, as an agent is
            if j >= len(tokens) or tokens[j].text not in self.release_source_links:
                return None
        elif j != k + 1 or j >= len(tokens) or tokens[j].text not in self.report_links:
            return None
        start = j + 1
        owner = next(
            (
                n
                for n in range(start + 1, min(start + 6, len(tokens) - 2))
                if self._possessive(tokens[n], tokens[n + 1])
                and any(t.kind == "word" and self._capitalised(t) for t in tokens[start:n])
                and all(t.kind == "word" or t.text == "." for t in tokens[start:n])
                and tokens[n + 2].kind == "word"
                and self._capitalised(tokens[n + 2])
            ),
            None,
        )
        if owner is not None:
            start = (
                owner + 2
            )  # "a report from the U.N.'s International Organization for Migration": the body owned
        words, _ = self._subject_after(tokens, start)
        if any(t.kind == "word" and self.headline_events_stem(t.text) is not None for t in words):
            return None  # "the death toll from Israeli attacks", "... from Hurricane Ian": a cause
        if self._report_after(tokens, start + len(words)):
            return None  # "data from the Falkland Islands 2016 census": the place names the census
        last = max((n for n, t in enumerate(words) if t.kind == "word" and self._capitalised(t)), default=-1)
        while len(words) > last + 1 and not self._body_word(words[-1].text):
            words = words[:-1]  # "a study by the Education Policy Institute found that": the name ends
        # "released by Uruguay XXI", "a survey from SEL Consultores" issue; "of" links many a
        # noun to a report ("the results of the vote"): only a body's name issues after it
        return self._issuing_body(words, body=tokens[j].text not in self.release_source_links)

    def _report_after(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a report noun follows at token `k`, past a year or a time before it ("...
        Islands 2016 census", "the Kenya census"): the words before it describe that report."""
        while k < len(tokens) and (tokens[k].kind == "num" or self._in_time(tokens[k])):
            k += 1
        return (
            k < len(tokens)
            and tokens[k].kind == "word"
            and not self._capitalised(tokens[k])
            and self.report_nouns_stem(tokens[k].text) is not None
        )

    def _body_word(self, word: str) -> bool:
        """A body's head noun or a speaker noun ("figures from the Koblenz police")."""
        return self.org_heads_stem(word) is not None or self.speaker_nouns_stem(word) is not None

    def _owner_before_report(self, tokens: Sequence[Token], k: int) -> Source | None:
        if (
            k
            and self._capitalised(tokens[k])
            and tokens[k - 1].kind == "word"
            and self._capitalised(tokens[k - 1])
        ):
            # "the Office for National Statistics", "Trade Statistics": the name's end; but a
            # body's acronym in brackets ends the body's name before the report's own ("The
            # latest Jamaica Constabulary Force (JCF) Periodic Crime Statistics Review")
            return self._acronym_owner_of_title(tokens, k)
        # "the GSO's trade data", "the NDMA's flood-related figures": the report's modifiers
        j = k - 1 - self._report_modifiers(tokens[:k])
        if j >= 1 and self._possessive(tokens[j - 1], tokens[j]):
            j -= 1
        if j >= 0 and tokens[j].text in ("'", "’"):
            words = self._subject_before(tokens, j, allow_skips=False)
        elif j == k - 1:
            words = self._subject_before(tokens, k, allow_skips=False)
        else:
            return None
        if words and words[0].text in self.citing_participles:
            words = words[1:]  # "citing a Ministry of Health report": the participle is no name
        if words and words[0].text in self.indefinites:
            words = words[1:]  # "a Ministry of Tourism report"
        inner = next(
            (
                n
                for n in range(len(words) - 1, 0, -1)
                if words[n].text in self.determiners
                and words[n - 1].text not in self.head_ends
                and words[n - 1].text not in self.name_joiners
            ),
            None,
        )
        if inner is not None:
            # "the St James Police Division leads the island's murder count": the owner is the
            # noun phrase its own article opens ("the island"), not what runs on before it
            # ("the Ministry of the Interior's data" keeps its name's article after "of")
            words = words[inner:]
        return self._issuing_body(self._past_name_descriptors(words))

    def _acronym_owner_of_title(self, tokens: Sequence[Token], k: int) -> Source | None:
        """The body named before its bracketed acronym inside a report's capitalised title that
        ends at `k` ("the Kenya National Bureau of Statistics (KNBS) Economic Survey"), when only
        capitalised words stand between the bracket and the report noun; None otherwise."""
        j = k - 1
        while j >= 0 and tokens[j].kind == "word" and self._capitalised(tokens[j]):
            j -= 1
        if j < 3 or j == k - 1 or not self._bracketed_acronym(tokens, j):
            return None
        # a name with its acronym in brackets is a body's, whatever its head noun ("Force")
        name = self._subject_before(tokens, j - 2, allow_skips=False)
        return self._issuing_body(self._past_name_descriptors(name), body=False)

    def _issuing_body(self, words: Sequence[Token], *, body: bool = True) -> Source | None:
        """Who can issue a report: a name with a capital that does not just open the sentence,
        not an outlet or a wire; with `body`, a body's (an organisation's head noun or an
        acronym)."""
        if not words or self._any_figure(words):
            return None
        openings = self._openings()
        if not any(self._capitalised(t) and self._at(t) not in openings for t in words):
            return None
        source = self._source(list(words))
        if source is None or source.name in self.wires:
            return None
        names = self._words(source.name)
        if self.outlet_heads_stem(self._bare(names[0])) is not None:
            return None
        if not body or self._holds_acronym(source.name):
            return source
        if any(self.org_heads_stem(w) for w in names):
            return source
        # "Central Elections Committee Chairman Elyakim Rubinstein released the final vote
        # tally": the holder of a body's office, named with the body, issues for it
        role = self._words(source.role) if source.role else []
        return source if any(self.org_heads_stem(w) for w in role) else None

    def _unissued_report_said(
        self, tokens: Sequence[Token], i: int, source: Source | None, frames: Sequence[_Frame]
    ) -> bool:
        """ "Ana Ruiz said official figures showed 300 ...", "the minister said government data
        showed": a report that names no issuer, the subject of a verb of showing inside what a
        named speaker says, is the speaker's evidence: the speaker before it holds (English,
        where the subject comes before its verb)."""
        if (
            self.after_verb
            or i < 1
            or self.report_verbs_stem(tokens[i].text) is None
            or self.report_nouns_stem(tokens[i - 1].text) is None
        ):
            return False
        if source is not None and self.report_nouns_stem(source.name.split()[-1]) is None:
            return False  # "the ministry's figures showed": an issuer is named
        if not frames:
            return False
        said = frames[-1]
        if not (said.ahead and not said.behind and said.source is not None and said.kind == "verb"):
            return False
        # the report opens what is said, no clause break between ("X said prices rose, while
        # official data showed" is a clause of its own)
        return not any(t.text in (",", ";", ":") for t in tokens[:i] if self._at(t) >= said.end)

    def _quoted_after_saying(self, tokens: Sequence[Token], i: int) -> Source | None:
        """The speaker an outlet quotes in a participle that closes its clause: '"...," the
        agency reported, quoting Omar Haddad.' (the verb, its time, a comma, one of
        `relaying_participles`, then a subject that names someone and ends the clause). The one
        quoted speaks; the outlet relays. "citing" is not among them: what an outlet cites
        ("citing data", "citing relatives and the mayor") leaves the outlet the speaker, as the
        sets label it. None when the verb is not so followed (English)."""
        if self.after_verb or not self.relaying_participles:
            return None
        k = self._past_saying_time(tokens, i + 1)
        if k + 2 >= len(tokens) or tokens[k].text != ",":
            return None
        if tokens[k + 1].text not in self.relaying_participles:
            return None
        words, _ = self._subject_after(tokens, k + 2)
        if not words or not self._names_someone(words) or not self._inverted_ends(tokens, k + 2, words):
            return None
        return self._source(words)

    def _quoted_as_saying(self, tokens: Sequence[Token], i: int) -> Source | None:
        """The speaker an outlet or a person quotes: "X cited the UNHCR as saying", "the paper
        quoted a police officer as saying" (a quoting verb, `quoting_verbs`, its object, then a
        link, `quoting_links`, and a speech verb). Any other verb's participle after the link
        quotes its object too when that object is a person or an official body ("French media
        cited police as giving a far lower estimate": attr33en). None when the verb is not so
        followed or its object names no one (English)."""
        if self.after_verb or self.quoting_verbs_stem(tokens[i].text) is None:
            return None
        k = i + 1
        while k < len(tokens) and k - i <= self.max_words and tokens[k].text not in self.quoting_links:
            tok = tokens[k]
            if tok.kind != "word" and tok.text not in ("'", "’") and not self._abbreviation_dot(tokens, k):
                return None
            k += 1
        if k == i + 1 or k + 1 >= len(tokens) or tokens[k].text not in self.quoting_links:
            return None
        said = self._verb_stem(tokens[k + 1].text) is not None
        if not said and not (
            tokens[k + 1].kind == "word" and tokens[k + 1].text.endswith(self.clause_participles)
        ):
            return None
        words = list(tokens[i + 1 : k])
        if not self._names_someone([t for t in words if t.kind == "word"] or words):
            return None
        source = self._source(words)
        if not said and source is not None and not (self._official(source) or self._is_person(source)):
            return None  # "cited the war as weighing on growth": a cause, no one quoted
        return source

    def _values_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a verb of valuing (`valuing_verbs`: "put", "pegged") at `i` states an
        estimate: its object is a quantity ("the death toll", "the number", "turnout",
        `valued_nouns`) and a figure follows "at" ("Police put the crowd at 20,000")."""
        k = i + 1
        valued = False
        while k < len(tokens) and k - i <= _VALUED_REACH:
            tok = tokens[k]
            if tok.text in self.valuing_links:
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                return valued and nxt is not None and (nxt.kind == "num" or self._holds_figure(nxt))
            if tok.kind != "word" and tok.text not in ("-", "'", "’"):
                return False
            if (
                self.quantity_heads_stem(tok.text) is not None
                or self.report_nouns_stem(tok.text) is not None
                or self.valued_nouns_stem(tok.text) is not None
            ):
                valued = True
            k += 1
        return False

    def _takes_lives(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the verb at `i` is one that also means to kill (`life_verbs`: "claimed") with
        a life as its object, within a few words before any break ("claimed the lives of 20",
        "claimed 20 lives", "claimed his life")."""
        if self.life_verbs_stem(tokens[i].text) is None:
            return False
        for tok in tokens[i + 1 : i + 5]:
            if self._breaks(tok) and tok.kind != "num":
                return False
            if tok.text in self.complementizers:
                return False
            if self.life_nouns_stem(tok.text) is not None:
                return True
        return False

    def _complement_verb_with_object(self, word: str) -> bool:
        """Whether `word` is a complement-only speech verb with an object pronoun written onto
        it ("تابعته", "تابعتها"): a verb that speaks only before a clause, with an object of its
        own, is its other sense ("a statement the outlet followed"), whatever follows it. A fact
        of the word and the lexicon: remembered per word (asked of every verb of saying)."""
        known = self.complement_object_memo.get(word)
        if known is not None:
            return known
        if self.complement_verbs_stem(word) is not None:
            found = False
        else:
            found = any(
                word.endswith(suffix)
                and len(word) - len(suffix) >= 3
                and self.complement_verbs_stem(word[: -len(suffix)]) is not None
                for suffix in self.verb_suffixes
            )
        return _remember_word(self.complement_object_memo, word, found)

    def _view_verb_with_object(self, word: str) -> bool:
        """ "نشرها"، "نشرته"، "اعتبرها": a verb that speaks only before a complementizer
        (claims.view_verbs) with an object pronoun written onto it has its object already, the
        thing it published or deemed; it introduces no that-clause, so no one speaks through it."""
        if not word.endswith(self.verb_suffixes):
            return False  # no object pronoun written on (most words): one C test, no generator
        return any(
            word.endswith(suffix)
            and len(word) - len(suffix) >= 3
            and self.view_verbs_stem(word[: -len(suffix)]) is not None
            for suffix in self.verb_suffixes
        )

    def _complement_after(self, tokens: Sequence[Token], i: int, quotes: bool = True) -> bool:
        """Whether a complementizer, a colon or a quotation follows the verb at `i` and its
        subject ("وأبان أنه"، "وأبانت الهيئة أن"); a complementizer only when not `quotes`."""
        k = i + 1
        if self.after_verb:
            words, _ = self._subject_after(tokens, k)
            k += len(words)
            if self.name_after_definite_title and words and self.titles_stem(words[0].text) is not None:
                # "وبين رئيس القسم في مديرية الزراعة سامر خليل في تصريح صحفي أن": the name
                # after the title's body, and the utterance it was said in, come before "أن"
                k = self._past_utterance(tokens, self._past_name_words(tokens, k))
            comma = k < len(tokens) and tokens[k].text in (",", "،")
            past = self._past_report_said_in(tokens, self._past_utterance(tokens, k + comma))
            if past == k + comma:
                # "ونشر حساب المكتب الإعلامي للوزارة، على فيس بوك، أن": the name's tail and
                # where it was said, up to the comma before the complementizer
                past = self._past_occasion(tokens, k)
            k = past if past != k + comma else k  # "وأبرز المتحدث، في ندوة صحفية، أن"
        while k < len(tokens) and tokens[k].text in (",", "،"):
            k += 1
        if k >= len(tokens):
            return False
        nxt = tokens[k].text
        return nxt in self.complementizers or (quotes and (nxt == ":" or nxt in _QUOTE_OPENERS))

    def _topic_after(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether what the verb at `i` spoke about follows its subject (`topic_links`: "وتحدث
        المصدر ذاته، اليوم الثلاثاء، عن تماثل 77 مريضا"), past a time set off after the subject and
        up to _TOPIC_REACH words or commas that say where or to whom ("في المؤتمر"، "للصحفيين")."""
        words, _ = self._subject_after(tokens, i + 1)
        if not words:
            return False
        k = self._past_time_after_verb(tokens, i + 1 + len(words))
        for tok in tokens[k : k + _TOPIC_REACH + 1]:
            if tok.text in self.topic_links:
                return True
            if not (tok.kind == "word" or tok.text in (",", "،")) or tok.text in self.complementizers:
                return False
            if self._holds_figure(tok):
                return False
        return False

    def _past_report_said_in(self, tokens: Sequence[Token], k: int) -> int:
        """Past "في بيانها"، "في تقريره الشهري" at `k`, the report a verb says it spoke in, up to
        the complementizer after it (within four words); `k` when no such phrase is there."""
        if (
            k + 1 >= len(tokens)
            or tokens[k].text not in self.place_links
            or not self._report_word(tokens[k + 1].text)
        ):
            return k
        for end in range(k + 2, min(len(tokens), k + 6)):
            if tokens[end].text in self.complementizers:
                return end
            if tokens[end].kind != "word":
                return k
        return k

    def _past_name_words(self, tokens: Sequence[Token], k: int) -> int:
        """Past up to three words of a person's name at `k` (no complementizer, place link,
        stop word, verb, figure or time among them)."""
        end = k
        while (
            end < len(tokens)
            and end - k < 3
            and tokens[end].kind == "word"
            and tokens[end].text not in self.complementizers
            and tokens[end].text not in self.place_links
            and self.stops_stem(tokens[end].text) is None
            and self._verb_stem(tokens[end].text) is None
            and not self._holds_figure(tokens[end])
            and self._at(tokens[end]) not in self.time_starts
        ):
            end += 1
        return end

    def _past_utterance(self, tokens: Sequence[Token], k: int) -> int:
        """Past "في تصريح صحفي"، "في تصريح لمراسل الوكالة" at `k`: "في", a noun of an utterance
        (claims.manner_nouns) and up to three words that describe it or say to whom, up to a
        complementizer or a comma; `k` when no such phrase is there."""
        if (
            k + 1 >= len(tokens)
            or tokens[k].text not in self.place_links
            or self.manner_nouns_stem(tokens[k + 1].text) is None
        ):
            return k
        end = k + 2
        while end < len(tokens) and end - k < 6 and tokens[end].kind == "word":
            if tokens[end].text in self.complementizers:
                return end
            end += 1
        return end if end < len(tokens) and tokens[end].text in (",", "،") else k

    def _masdar_object(self, tokens: Sequence[Token], i: int, words: Sequence[Token]) -> bool:
        """Whether the words after the verb of saying at `i` open with a verbal noun of an event
        or a change, without the article, in construct with a word after it ("أكدت ارتفاع عدد
        الإصابات"، "أكدت وصول الطفل"): the verb's object, not its subject. Not after a verb of
        recording ("سجل ارتفاع"، "أظهرت ارتفاع"), whose form is also a passive or whose subject
        had the change."""
        first = words[0].text
        if len(words) < 2 or self._definite(first) or first not in self.said_masdars:
            return False
        return self.weak_verbs_stem(tokens[i].text) is None and (
            self.holding_verbs_stem(tokens[i].text) is None
        )

    def _before_masdar_object(self, words: list[Token]) -> list[Token]:
        """A speaker's name up to "و" with a verb of a value ("وارتفع العدد": a clause of its
        own), or up to a verbal noun of what is said written after it without the article
        ("أعلن المستشار الإعلامي بوزارة الصحة أمين الهاشمي مقتل مدنيين"، "صرح وزير الصحة
        السيد سبان توقيع عقود"): the noun opens the verb's object. Not inside a body's name or
        after a title word, where such a noun is the field ("منظمة إنقاذ الطفولة"، "مدير
        تسجيل الأراضي")."""
        for k in range(1, len(words)):
            joined = words[k].text
            if joined.startswith(self.coordinator_prefixes) and self.value_verbs_stem(joined) is not None:
                # "أعلن عنهم مستشفى رفيق الحريري وارتفع العدد": "و" and a verb open a clause
                return words[:k]
        if len(words) < 3 or self._is_organisation(words):
            return words
        for k in range(2, len(words)):
            word = words[k].text
            if word in self.said_masdars and not self._definite(word):
                before = words[k - 1].text
                if self.titles_stem(before) is None and not self._is_organisation(words[k - 1 : k]):
                    return words[:k]
        return words

    def _preposition_pair(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the verb at `i` is the preposition it is also written as, before the two
        nouns it joins ("بين السودان و اسرائيل:"، "بين الحكومة والمعارضة"): a word after it,
        then "و" alone, or written onto a definite word after a definite one, or onto a place."""
        if self.pair_prepositions_stem(tokens[i].text) is None or i + 2 >= len(tokens):
            return False
        first, second = tokens[i + 1], tokens[i + 2]
        if first.kind != "word" or second.kind != "word" or first.text in self.stops:
            return False
        if second.text in self.name_coordinators:
            return True
        joined = next((c for c in self.name_coordinators if second.text.startswith(c)), None)
        if joined is None:
            return False
        rest = second.text[len(joined) :]
        if rest in self.stops:
            return False
        return (self._definite(first.text) and self._definite(rest)) or rest in self.places

    def _figure_object(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the verb at `i` takes a figure as its object (after its subject, in a
        verb-first language): "added 164,000 jobs" adds, it does not say."""
        k = i + 1
        if self.after_verb:
            words, _ = self._subject_after(tokens, k)
            k += len(words)
        while k < len(tokens) and (tokens[k].text in self.skips or tokens[k].text in self.determiners):
            k += 1
        if k >= len(tokens) or not (tokens[k].kind == "num" or self._holds_figure(tokens[k])):
            return False
        return self.after_verb or not self._figure_subject(tokens, k)

    def _figure_subject(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the figure at `k`, right after a verb, opens a clause of its own: its noun
        phrase is followed by a finite verb ("He added nine soldiers were wounded", "added 20
        people had died"), so the figure is that clause's subject, not the verb's object ("The
        economy added 164,000 jobs in May" adds)."""
        for tok in tokens[k + 1 : k + 1 + self.max_words]:
            if tok.text in self.clause_words:
                return True
            if tok.kind not in ("word", "num") or tok.text in self.stops or tok.text in self.clause_openers:
                return False
        return False

    def _description_before(self, tokens: Sequence[Token], i: int) -> int | None:
        """Where a description before the subject of the verb at `i` starts: "one of Sinner's
        two coaches, Darren Cahill stated" (English; a segment that is no name, between a break
        and the comma before the subject). None when there is none."""
        if self.after_verb:
            return None
        relative = self._relative_clause_before(tokens, self._skip_back(tokens, i - 1))
        if relative is not None:
            return self._at(tokens[relative + 1])  # "Residents, who fled 3 fires, said": theirs to describe
        subject = self._subject_before(tokens, i)
        comma = i - len(subject) - 1
        if not subject or comma < 1 or tokens[comma].text != ",":
            return None
        described = self._segment_before(tokens, comma)
        words = [t for t in described if t.kind == "word"]
        if (
            not words
            or len(words) > _DESCRIPTION_WORDS
            # "..., killing 12 and burning four houses, officials said": a participle clause
            # or clauses joined by "and" are the sentence's, not a description of the speaker
            or (words[0].text.endswith(self.clause_participles) and not self._capitalised(words[0]))
            or (
                not self._capitalised(words[0])
                and (
                    words[0].text in self.description_prepositions or words[0].text.endswith(self.clause_past)
                )
            )
            # "..., while two remain missing, the agency said": a clause of the sentence's own
            or words[0].text.lower() in self.clause_openers
            or any(t.text in self.coordinators for t in words)
            or not self._appositive(words)
            or any(self._is_verb(tokens, k) for k in range(comma - len(described), comma))
        ):
            return None
        return self._at(described[0])

    def _presents_report(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a verb of presenting, issuing or declaring at `i` (`presenting_verbs`:
        "قدمت"، "أصدرت"، "declared") reports: a report noun (`report_nouns`: "بيانا"، "إحصائية"،
        "أرقاما"، "تقريرها") or a clause comes after it before its first figure. Presenting a
        draft budget, aid or a sentence, declaring districts disaster areas, is an act of the
        body, which the outlet narrates: no one speaks (the guide's D12)."""
        for k, tok in enumerate(tokens[i + 1 :], i + 1):
            if tok.text in self.complementizers or tok.text in (":", *_QUOTE_OPENERS):
                return True
            if tok.text in (".", ";", "؛"):
                return True  # no figure of its clause: nothing it would be credited with
            if not self._in_time(tok) and self._holds_figure(tok):
                return False
            if tok.kind == "word" and (self._report_kind(tok.text) or self._report_word(tok.text)):
                # "مذكرة اعتقال": an order in construct with the noun, not a report
                return k + 1 >= len(tokens) or self.order_complements_stem(tokens[k + 1].text) is None
            if tok.text in self.presenting_results:
                return True  # "declared turnout at 65%", "declared Ruto the winner with 50.5%"
        return True

    def _shows_report(self, tokens: Sequence[Token], i: int) -> bool:
        """A report verb at `i` ("show") reports: a clause follows it ("showed that") or its
        subject holds a report noun ("New data from NHS England show", "the survey showed")."""
        if i + 1 < len(tokens) and tokens[i + 1].text in self.complementizers:
            return True
        if i > 0 and tokens[i - 1].text in _QUOTES | {","}:
            # "“...,” read a statement issued by the office": the report after the verb
            after = [t for t in tokens[i + 1 : i + 4] if t.kind == "word"]
            after = after[1:] if after and after[0].text in self.determiners | self.indefinites else after
            if after and self._report_or_dataset(after[0].text):
                return True
        k = i - 1
        words = 0
        if k >= 1 and tokens[k].text == ",":
            # "The figures, released on Monday by the office, showed": past the words set off
            # by commas right before the verb, to the subject
            j = k - 1
            while j >= 0 and k - j <= 2 * self.max_words and tokens[j].text not in (",", ";", ":"):
                j -= 1
            if j >= 1 and tokens[j].text == ",":
                k = j - 1
        while k >= 0 and words <= self.max_words and tokens[k].text not in (",", ";", ":"):
            if tokens[k].text == ")":
                while k >= 0 and tokens[k].text != "(":
                    k -= 1  # "data issued by the Central Bank of the UAE (CBUAE) showed"
            elif self._report_or_dataset(tokens[k].text):
                return True
            elif tokens[k].text not in self.determiners and tokens[k].text not in self.report_links:
                words += 1
            k -= 1
        return False

    def _official(self, source: Source) -> bool:
        """An organisation, an official (a title), a speaker noun or a known speaker."""
        words = self._words(source.name)
        if not words:
            return False
        return bool(
            source.role
            or (source.key and not source.key.startswith("place:"))
            or self._known_org_described(words)
            or any(self.org_heads_stem(self._bare(w)) or self.org_heads_stem(w) for w in words)
            or self.speaker_nouns_stem(self._bare(words[0]))
            or self.speaker_nouns_stem(words[0])
            or self.titles_stem(words[0])
        )

    def _known_org_described(self, words: Sequence[str]) -> bool:
        """ "الدفاع المدني السوري"، "الهلال الأحمر الفلسطيني": a body the lexicon knows by name (an
        "org:" key) and the definite nisba adjectives that agree with it, which say whose it is:
        still that body, as `_known_body_at` reads it after "في"."""
        end = len(words)
        while end > 1 and self._definite(words[end - 1]) and words[end - 1].endswith(self.nisba_endings):
            end -= 1
            key = self._key(" ".join(words[:end]))  # "الدفاع المدني" is itself a nisba's noun
            if key is not None and key.startswith("org:"):
                return True
        return False

    def _recording_body(self, source: Source) -> bool:
        """Who can record or count a figure and so says it (the guide's D56): an official
        (`_official`), or a body named by an acronym of three letters or more ("the NCDC
        recorded 11 cases", "The HSE counted 471"), not a place written in capitals ("the UAE
        recorded", "the US recorded": D20)."""
        words = self._words(source.name)
        if self._place_by_kind(words):
            return False  # "وسجلت محافظة نينوى أعلى نسبة": a place had the figure (D20)
        if self._figure_category(words):
            return False  # "The age group recorded 46.9 percent": a class of the figures, no body
        if self._official(source):
            return True
        return bool(
            words
            and len(words[-1]) > 2
            and self._holds_acronym(source.name)
            and words[-1] not in self.places
            and not (source.key or "").startswith("place:")
        )

    def _figure_category(self, words: Sequence[str]) -> bool:
        """ "the age group", "the highest income group", "the food and non-alcoholic beverages
        group": a head noun of classes (`category_heads`) after a word naming what the figures
        are classed by (`category_modifiers`) is a class of the figures a table holds, not a
        body that records them (English; "the monitoring group" is a body); so is a head noun
        that names such a class by itself (`class_heads`: "the services sector", "the transport
        Index")."""
        if words and self.class_heads_stem(words[-1]) is not None:
            return True  # "the services sector", "the transport index": a class by its head alone
        if len(words) < 2 or self.category_heads_stem(words[-1]) is None:
            return False
        return any(w in self.category_modifiers for w in words[:-1])

    def _place_by_kind(self, words: Sequence[str]) -> bool:
        """ "محافظة البصرة"، "محافظات إقليم كوردستان": a place noun (or its plural, claims.place_plurals)
        and then a place the lexicon knows, another place noun or a word of position ("محافظة
        العاصمة"، "المنطقة الشرقية": claims.place_positions): a place named by its kind,
        though its head also names the authority that governs it. Not "مركز عمليات الطوارئ",
        whose genitive is no place."""
        if len(words) < 2:
            return False
        head, second = words[0], words[1]
        if self.place_nouns_stem(head) is None and self.place_plurals_stem(head) is None:
            return False
        return (
            second in self.places
            or self._bare(second) in self.places
            or self.place_nouns_stem(second) is not None
            or second in self.place_positions
        )

    def _reporting_place(self, source: Source, named: bool, verb: str) -> bool:
        """The guide's D20: a country, province or city written as the subject of a verb of
        saying, reporting or announcing ("سلطنة عمان تعلن وفاة 12", "الكويت تتوقع عجزا") stands
        for its authorities and is the speaker. Only a place named as the verb's own subject
        (`named`), in a verb-first language, whose subject the verb's agreement marks. A verb of
        recording (`holding_verbs`: "سجلت الأردن 12 إصابة") says the place had the figure, not
        that it reports it: no speaker."""
        if not named or not self.after_verb or source.role:
            return False
        if self.holding_verbs_stem(verb) is not None:
            return False
        words = self._words(source.name)
        if not words:
            return False
        phrase = " ".join(words)
        return phrase in self.places or (
            len(words) == 2
            and self.place_nouns_stem(words[0]) is not None
            and self.org_heads_stem(words[1]) is None
            and self.report_nouns_stem(words[1]) is None
        )

    def _opens_clause(self, tokens: Sequence[Token], i: int) -> bool:
        """A verb-first speech verb heads a clause at the sentence start, with a conjunction
        written onto it ("وقال"), after punctuation or after a clause opener ("بينما قال")."""
        if not self.after_verb or i == 0:
            return True
        word, stem = self._split_suffix(tokens[i].text, self.verbs_stem)
        if word != stem:
            return True  # "وقال": a conjunction written onto the verb (not "سجلها": its object)
        before = tokens[i - 1]
        if before.kind == "punct" or self.clause_openers_stem(before.text) is not None:
            return True
        # "وذكرت الوكالة أن وزير الصحة فلان قال إن": the reported clause's own subject and verb
        k = i - 1
        while k > 0 and i - k <= self.max_words + self.max_words // 2 and tokens[k].kind == "word":
            if tokens[k].text in self.complementizers:
                between = tokens[k + 1 : i]
                return bool(between) and self._reported_before(tokens, k) and self._appositive(between)
            k -= 1
        return False

    def _same_source(self, words: Sequence[Token]) -> bool:
        """ "وأضاف المصدر نفسه", "the same source said": the last speaker again. A phrase of
        more than one word may open a subject that runs on into the verb's object ("كما كشف نفس
        المصدر تواجد حالة"); a one-word one ("وأشار المصدر إلى أن") must be the whole subject."""
        joined = " ".join(t.text for t in words)
        if joined in self.same_sources or joined.startswith(self.same_source_openings):
            return True
        # "المصالح ذاتها"، "الوزارة نفسها": a definite noun the word of sameness follows is the
        # one named before, whatever the noun
        return (
            len(words) == 2
            and words[1].text in self.sameness_words
            and self._definite(words[0].text)
            and self.report_nouns_stem(self._bare(words[0].text)) is None
        )

    def _own_words(self, words: Sequence[Token]) -> bool:
        """ "وفق تعبيره"، "حسب وصفها": a noun of how someone put it (claims.own_words_nouns)
        with a pronoun written onto it points back to the one speaking, never names anyone; so
        does a report noun with one ("وفق تقديراته")."""
        if len(words) != 1 or not self.own_words_nouns:
            return False
        word = words[0].text
        return any(
            word.endswith(suffix) and word[: -len(suffix)] in self.own_words_nouns
            for suffix in self.all_possessive_suffixes
        ) or self._possessed_report(word)

    def _possessed_report(self, word: str) -> bool:
        """ "تقديراته"، "بياناتها"، "دراستها": a report noun with a pronoun written onto it, the
        report of the one named before, never a name of its own."""
        return self.report_nouns_stem(word) is None and self._report_word(word)

    def _carried_in(self, frames: list[_Frame], gender: str | None = None) -> Source | None:
        for frame in reversed(frames):
            if (
                frame.source is not None
                and not frame.marker
                and (gender is None or self._agrees(frame.source, gender))
            ):
                return frame.source
        return self._carried("any", gender)

    def _verb_first_subject(self, tokens: Sequence[Token], i: int) -> tuple[Source | None, bool]:
        """Arabic: the subject follows the verb. An empty subject ("وأضاف أن") is the last
        speaker's; "أعلن المتحدث باسم الجيش، العقيد فلان، أن" names فلان with his role."""
        start = i + 1
        if start < len(tokens) and (
            tokens[start].text in self.pronoun_complements or tokens[start].text in self.pronoun_adjuncts
        ):
            # "الذي أعلن عنه بوتين": the verb's complement, its subject after it; "في وقت أعلن فيه
            # الجيش": when it spoke
            start += 1
        words, bounded = self._subject_after(tokens, start)
        if words and self._subject_before_copula(tokens, i):
            # "وكانت بيانات الهيئة ... أظهرت ارتفاع البطالة": the subject stands before the verb,
            # so the words after it are its object
            words, bounded = [], True
        if words and self._masdar_object(tokens, i, words):
            words = []  # "وأكدت ارتفاع عدد الإصابات": what is said, its subject left out
        if not words and start < len(tokens) and tokens[start].text in _QUOTE_OPENERS:
            quoted = self._quoted_name_subject(tokens, start)
            if quoted is not None:
                placed = self._place_of_quoted_body(tokens, start + len(quoted) + 2, quoted)
                if placed:
                    # "وقالت “غرفة العمليات” في محافظة مأرب، إن": the place says which body (D15)
                    return self._source(tokens[start : start + len(quoted) + 2 + placed]), True
                return self._source(quoted), True  # "قالت "وحدة إدارة الكوارث" في تقريرها، إن"
        first = words[0] if words else None
        if (first is not None and self._picture(first)) or self._picture_before(tokens, i):
            # "وأظهرت صور نشرتها فرق الهلال الأحمر جثث 4 مهاجرين", "صور أظهرت جثث 4 مهاجرين":
            # a picture shows and says nothing; no one speaks, and no speaker before is carried in
            return None, True
        if words and self._same_source(words):
            return None, False
        if first is not None and self.document_nouns_stem(self._bare(first.text)) is not None:
            return self._issuer(), True  # "ويقدر مشروع موازنة 2019": the last speaker's document
        if words and (not bounded or not self._appositive(words)):
            words = self._cut_object(words, bounded=bounded)
        words = self._before_masdar_object(words)
        words = self._place_and_sector(tokens, words)
        words = self._short_form_subject(words)
        if (
            len(words) > 1
            and self.rank_adjectives_stem(words[0].text) is not None
            and self.report_nouns_stem(self._bare(words[1].text)) is not None
        ):
            # "كشفت أحدث البيانات التي أصدرتها الهيئة": the rank describes the report, which
            # is read as any report subject (its issuer in the relative clause after it)
            words, start = words[1:], start + 1
        issuer = self._linked_issuer(tokens, words, start + len(words))
        if issuer is not None:
            return issuer, True
        owner = self._channel_owner(tokens, words, start + len(words))
        if owner is not None:
            return owner, True
        if words and self._known_report(words):
            issuer = self._relative_issuer(tokens, start + len(words)) or self._participle_issuer(
                tokens, words, start + len(words)
            )
            if issuer is not None:
                return issuer, True
            if self.report_nouns_stem(self._bare(first.text)) is not None:
                # "وأضاف البيان": the one who issued the statement named before ("وأكدت الوزارة
                # في بيان"), not whoever spoke last; with no such mention, the last speaker; with
                # no speaker yet, the issuer the article names after it (`_issuer_named_after`)
                voice = self._named_report_voice(first)
                if voice is None:
                    self.awaiting_issuer.add(self._at(tokens[i]))
                return voice, True
            return None, False  # "ويقدر مشروع الموازنة": the last speaker's document
        if words and self._construct_report(words):
            # "وأشارت نتائج مسح التشغيل إلى": a bare report named by its topic (D2), as "وأضاف
            # البيان": the one who issued such a report before, else the last speaker
            issuer = self._relative_issuer(tokens, i + 1 + len(words))
            return (issuer if issuer is not None else self._bare_report_voice(first)), True
        if words and self._unnamed_report_subject(words):
            # "وأشارت المعلومات الأولية إلى": what is known, a bare report with no issuer (D2):
            # no one speaks and no speaker before is carried in, unless a relative names one or
            # a sentence before named such reports with their issuer ("ووفقا لتقارير من المرصد
            # ..." then "وذكرت التقارير أن")
            issuer = self._relative_issuer(tokens, start + len(words))
            return (issuer if issuer is not None else self._issued_before(first)), True
        if not words and first is not None and self.report_nouns_stem(first.text) is not None:
            return None, True  # "بينما قدر بحث لجامعات ...": a new report, no one named
        if not words:
            before = self._subject_before_copula(tokens, i)
            if before:
                titled = self._title_of_antecedent(before, tokens[: tokens.index(before[0])])
                if titled is not None:
                    return titled, True  # "ونفت كوريا الشمالية ...، لكن نائب وزير خارجيتها قال"
                return self._source(before), True  # "وكانت حصيلة سابقة أفادت": no one
            return None, False
        role: str | None = None
        after = self._past_aside(tokens, start + len(words))
        described = (
            self._name_after_complement(tokens, words, after)
            or self._name_after_seat(tokens, words, after)
            or self._placed_title_name(tokens, words, after)
            or self._name_after_bracket(tokens, words, start + len(words), after)
        )
        if described is not None:
            return described, True
        placed = self._placed_before_apposed_name(tokens, words, after)
        if placed is not None:
            return placed, True
        if after < len(tokens) and tokens[after].text in (",", "،"):
            appositive, closed = self._subject_after(tokens, after + 1)
            follows = self._past_told(tokens, after + 1 + len(appositive), appositive)
            # "وقال المتحدث باسم المنظمة، فلان: “...”": a colon closes the name as a comma does,
            # and so does the quotation the speaker says after a title that names no one yet
            # ("وقال الوزير في الحكومة، فلان “...”"; "أعلن الوزير فلان، تسجيل الصادرات «...»" is
            # what he announced)
            closers: tuple[str, ...] = (",", "،", ":")
            if self._split_title(words) == Source(self._text(words) or ""):
                closers = (*closers, *_QUOTE_OPENERS)
            if appositive and closed and follows < len(tokens) and tokens[follows].text in closers:
                titled = self._appositive(words)
                if titled and (
                    not self._appositive(appositive)
                    or self._split_title(words) == Source(self._text(words) or "")
                ):
                    named = self._split_title(appositive)
                    if named is not None:
                        role = self._text(words)
                        if named.role:
                            role = f"{role}{self.role_separator}{named.role}"
                        return self._resolve(Source(named.name, role)), True
                elif self._appositive(appositive):
                    named = self._split_title(appositive)
                    if named is not None and named.name and named.role is not None and not titled:
                        # "منسق لجنة الطوارئ، وزير البيئة الدكتور فلان، إن": the apposed title
                        # holds its own name after it, so the words before the comma are a
                        # description of that person, not a name with its title
                        role = f"{self._text(words)}{self.role_separator}{named.role}"
                        return self._resolve(Source(named.name, role)), True
                    source = self._source(words, self._text(appositive))
                    return source, source is not None
        source = self._source(words)
        if source is None and self.report_nouns_stem(self._bare(words[0].text)) is not None:
            issuer = self._issuing_relative(tokens, words)
            if issuer is not None:
                return issuer, True
            if self._official_report(words):
                return self._official_report_voice(), True  # "كشفت إحصائيات رسمية أن" (D2)
            # A report is the verb's subject, so no speaker before it is carried in: its issuer
            # is the one written onto a link after it ("وقدر تقرير للمنظمة الأممية ..."), or a
            # marker's ("وأكد بيان صادر عن لجان المقاومة، ...، أن"), or no one's.
            if len(words) == 1 and after < len(tokens) and self._link_prefix(tokens[after].text) is not None:
                issuer, _ = self._subject_after(tokens, after, linked=True)
                # the verb's object after the issuer: "تقرير للمفوضية ... عدد الفارين بنحو ..."
                ends = [j for j, t in enumerate(issuer) if j and self._quantity_word(t.text)]
                issuer = issuer[: ends[0]] if ends else issuer
                source = self._source(issuer, linked=True) if issuer else None
            return source, True
        return source, source is not None

    def _picture(self, tok: Token) -> bool:
        """ "صور"، "الصور"، "مقطع": a noun of pictures (claims.picture_nouns), with or without the
        article."""
        return tok.kind == "word" and self.picture_nouns_stem(self._bare(tok.text)) is not None

    def _picture_before(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the verb at `i` has a noun of pictures for its subject written before it, right
        before the verb or before a relative pronoun ("صور أظهرت"، "الصور التي أظهرت"). A verb
        with an object pronoun written onto it has the picture for its object, its subject after
        it ("في فيديو نشرته وزارته": the ministry published it)."""
        if self._unsuffixed(tokens[i].text) != tokens[i].text:
            return False
        j = i - 1
        if j > 0 and tokens[j].text in self.clause_relatives:
            j -= 1
        return j >= 0 and self._picture(tokens[j])

    def _placed_before_apposed_name(
        self, tokens: Sequence[Token], words: Sequence[Token], after: int
    ) -> Source | None:
        """ "كشف منسق لجنة الطوارئ في لبنان، وزير البيئة الدكتور فلان، أن": a description placed
        with "في", then a comma and an apposed title that holds its own name, closed by a comma:
        that name speaks, the description with its place and the title are its role. None when
        no such place, title and name follow."""
        if not words or after >= len(tokens) or tokens[after].text not in self.place_links:
            return None
        place = self._place_after(tokens, after + 1)
        comma = after + 1 + place
        if not place or comma >= len(tokens) or tokens[comma].text not in (",", "،"):
            return None
        appositive, closed = self._subject_after(tokens, comma + 1)
        follows = self._past_told(tokens, comma + 1 + len(appositive), appositive)
        if (
            not appositive
            or not closed
            or follows >= len(tokens)
            or tokens[follows].text not in (",", "،", ":")
        ):
            return None
        named = self._split_title(appositive)
        if named is None or not named.name or named.role is None:
            return None
        described = self._text([*words, *tokens[after:comma]])
        return self._resolve(Source(named.name, f"{described}{self.role_separator}{named.role}"))

    def _past_told(self, tokens: Sequence[Token], k: int, name: Sequence[Token]) -> int:
        """ "...، العميد فلان لوكالة الأنباء الرسمية، إن": whom the apposed name told (an
        outlet's or an addressee's noun, or a wire agency, with a preposition written onto it),
        between the name and the comma that closes it: the token at that comma, or `k` when no
        such phrase of up to four words ends there."""
        if not name or k >= len(tokens) or tokens[k].kind != "word":
            return k
        tok = tokens[k]
        if not (
            self._addressed(tok)
            or self._told_outlet(name, tok)
            or self._told_wire(tokens, k)
            # "لـ"الجزيرة"": the preposition written apart
            or (
                tok.text in self.told_prepositions
                and k + 1 < len(tokens)
                and tokens[k + 1].text in _QUOTE_OPENERS
            )
        ):
            return k
        for j in range(k + 1, min(len(tokens), k + 5)):
            if tokens[j].text in (",", "،"):
                return j
            if tokens[j].kind != "word" and tokens[j].text not in _QUOTES:
                return k
        return k

    def _past_aside(self, tokens: Sequence[Token], k: int) -> int:
        """The token after a bracketed aside that opens at `k` ("عضو مجلس الشيوخ (الغرفة العليا
        للبرلمان)، فلان، أن": what the body is, between the subject and the name apposed to it),
        or `k` when none opens there or it does not close within the word limit."""
        if k >= len(tokens):
            return k
        if tokens[k].text in (",", "،"):
            return self._past_compass_aside(tokens, k)
        if tokens[k].text != "(":
            return k
        for j in range(k + 1, min(len(tokens), k + 2 * self.max_words)):
            if tokens[j].text == ")":
                return j + 1
            if tokens[j].text == "(" or self._holds_figure(tokens[j]):
                return k
        return k

    def _name_after_bracket(
        self, tokens: Sequence[Token], words: Sequence[Token], end: int, after: int
    ) -> Source | None:
        """ "وكشف رئيس الاتحاد الدولي (فيفا) جياني إنفانتينو عن ...": a title whose body's
        short name stands in brackets, then the person's name with no comma before it. The
        name is apposed to the title as after a comma: it speaks, the title is its role. Only
        after a title (`_appositive`), and only a name without the article that ends where an
        apposed name or a subject ends (`_name_ends`, a subject stop) and holds no title, verb
        or body's head noun of its own; None otherwise."""
        if after <= end or after >= len(tokens) or tokens[end].text != "(" or not self._appositive(words):
            return None
        if tokens[after].kind != "word" or self._definite(tokens[after].text):
            return None  # "(فيفا) الاتحاد ...": no name, another noun phrase
        name, _ = self._subject_after(tokens, after)
        follows = after + len(name)
        if (
            not name
            or follows >= len(tokens)
            # "... جياني إنفانتينو عن 5 ملايين طلب": the verb's preposition ends it as a stop does
            or not (self._name_ends(tokens, follows, name) or tokens[follows].text in self.stops)
        ):
            return None
        named = self._split_title(name)
        if named is None or not named.name or named.role is not None:
            return None
        if any(self._verb_stem(t.text) is not None or self.org_heads_stem(t.text) for t in name):
            return None
        return self._resolve(Source(named.name, self._text(words)))

    def _past_compass_aside(self, tokens: Sequence[Token], k: int) -> int:
        """ "الناطق باسم الدفاع المدني بمنطقة الباحة، جنوب غرب السعودية، الرائد فلان": a place
        aside set off by commas that opens with a word of direction (claims.compass_words) says
        where the place before it lies; the comma that closes it, with the name after it, when
        one closes it within the word limit, else `k`."""
        if k + 1 >= len(tokens) or self.compass_words_stem(tokens[k + 1].text) is None:
            return k
        for j in range(k + 2, min(len(tokens), k + 2 + self.max_words)):
            if tokens[j].text == tokens[k].text:
                return j
            if tokens[j].kind != "word" or self._holds_figure(tokens[j]):
                return k
        return k

    def _linked_issuer(self, tokens: Sequence[Token], words: Sequence[Token], after: int) -> Source | None:
        """ "وأوضح البيان الشهري للجهاز المركزي للإحصاء أن"، "وأشار التقرير السنوي لوزارة المالية
        إلى": a definite report noun and its definite adjectives, then its issuer with "ل"
        written onto a body's head noun (the link ends the subject's reading). The issuer
        speaks, not a report named before. None when the words are anything else."""
        if len(words) < 2 or self.report_nouns_stem(self._bare(words[0].text)) is None:
            return None
        # "كشف تقرير حديث لوزارة النقل أن": the indefinite words read on into the issuer
        cut = next(
            (
                p
                for p in (2, 3)
                if p < len(words)
                and all(
                    t.kind == "word" and not self._definite(t.text) and self._link_prefix(t.text) is None
                    for t in words[:p]
                )
                and self._link_prefix(words[p].text) is not None
                and self._is_organisation(words[p : p + 1])
            ),
            None,
        )
        if cut is not None:
            after = next(k for k, t in enumerate(tokens) if t is words[cut])
            words = words[:cut]
        if len(words) > 3:
            return None
        # "بيانات التجارة الخارجية لدائرة الإحصاءات العامة": a report noun in the construct state
        # with its topic as its genitive, the words after it definite as the adjectives are;
        # "تقرير حديث للإدارة العامة للمرور": an indefinite report and its indefinite adjectives
        indefinite = not self._definite(words[0].text) and not self._definite(words[-1].text)
        if not all(
            t.kind == "word"
            and (self._definite(t.text) != indefinite or n == 0)
            and not self._names_organisation([t])
            for n, t in enumerate(words)
        ):
            return None
        if after >= len(tokens) or self._link_prefix(tokens[after].text) is None:
            return None
        if self.org_heads_stem(self._bare(self._unlinked(tokens[after].text))) is None:
            return None
        issuer, _ = self._subject_after(tokens, after, linked=True)
        return self._source(issuer, linked=True) if issuer else None

    def _relative_issuer(self, tokens: Sequence[Token], k: int) -> Source | None:
        """ "أشارت التفاصيل التي كشف عنها المسؤول، أن"، "وبيّنت المقارنات التي أجرتها الصحيفة أن": a
        definite report subject described by a relative clause whose verb issues or tells it
        (with the relative's pronoun written onto the verb or onto a preposition after it): that
        verb's subject made the report, so it speaks. None when no such clause follows."""
        if (
            k + 1 >= len(tokens)
            or (
                tokens[k].text not in self.clause_relatives
                # "، والتي نشرها المعهد": the relative with "و" written onto it, set off by a comma
                and not (
                    self.after_verb
                    and tokens[k].text.startswith(self.coordinator_prefixes)
                    and tokens[k].text[1:] in self.clause_relatives
                )
            )
        ):
            return None
        verb = k + 1
        word = tokens[verb].text
        stem = next(
            (
                word[: -len(suffix)]
                for suffix in self.verb_suffixes
                if word.endswith(suffix) and len(word) - len(suffix) >= 3
            ),
            word,
        )
        issues = self.issuing_verbs_stem(stem) is not None or self.issuing_verbs_stem(word)
        if not issues and self._verb_stem(word) is None:
            return None
        after = verb + 1
        if stem == word and after < len(tokens) and tokens[after].text in self.marker_resumptives:
            after += 1  # "كشف عنها": the relative's pronoun on the preposition
        elif (
            issues and stem == word and after < len(tokens) and tokens[after].text in self.relay_prepositions
        ):
            after += 1  # "التي تصدر عن الجهاز": issued by, its issuer after the preposition
        elif stem == word and not issues:
            return None
        if after >= len(tokens) or (
            tokens[after].kind != "word" and tokens[after].text not in _QUOTE_OPENERS
        ):
            return None  # a name in quotes may follow: "التي أجرتها «الوسط»"
        found, _ = self._verb_first_subject(tokens, after - 1)
        if found is not None and self.publishing_verbs_stem(stem) is not None:
            head = self._words(found.name)[:1]
            if head and self.outlet_heads_stem(self._bare(head[0])) is not None:
                # "ولفتت الحصيلة التي نشرتها وكالة المغرب الرسمية": an outlet that published a
                # report carries it; the report is its issuer's, named before or no one's
                return None
        return found

    def _participle_issuer(self, tokens: Sequence[Token], words: Sequence[Token], k: int) -> Source | None:
        """ "وأفاد التقرير الوبائي الصادر عن مركز عمليات الطوارئ أن"، "وأظهرت الإحصائيات الصادرة من
        الهيئة أن": a definite report subject, its definite adjectives, then the participle of
        issuing (`issuing_participles`) and its preposition: the participle describes the report as a
        relative clause would, so the body after them issued the report and speaks, not a
        speaker before who issued some other report. None when no participle and preposition
        follow the report or no body is named after them."""
        if not self.after_verb or k >= len(tokens):
            return None
        # the participle may close the words read as the subject ("الإحصائيات الصادرة") or
        # follow them; the report's adjectives before it are definite
        cut = next((p for p in range(1, len(words)) if words[p].text in self.report_links), len(words))
        if any(t.text not in self.report_links for t in words[cut:]) or not all(
            t.kind == "word" and self._definite(t.text) for t in words[1:cut]
        ):
            return None
        links = [t.text for t in words[cut:]]
        j = k
        while j < len(tokens) and tokens[j].text in self.report_links:
            links.append(tokens[j].text)
            j += 1
        # a participle and then its preposition ("الصادرة عن"), no preposition alone
        participles = self.issuing_participles
        if len(links) < 2 or links[0] not in participles or links[-1] in participles:
            return None
        issuer, _ = self._subject_after(tokens, j)
        issuer = self._place_and_sector(tokens, issuer)  # "الصادرة عن قطر للسياحة": a company
        if not issuer or not self._body(issuer):
            return None
        return self._source(issuer)

    def _issuing_relative(self, tokens: Sequence[Token], words: Sequence[Token]) -> Source | None:
        """ "وأكدت إحصائية حديثة نشرها المركز الوطني للإحصاء أن"، "نتائج أولية أصدرتها الهيئة":
        an indefinite report subject is described by a relative clause with no pronoun before
        it (Arabic grammar: after an indefinite noun the clause follows bare), whose verb of
        issuing carries the pronoun standing for the report; that verb's subject issued the
        report, so it speaks. Only the report's adjectives may stand between them; None when
        no such verb follows."""
        for p in range(1, len(words)):
            word = words[p]
            if word.kind != "word" or self._definite(word.text):
                return None
            stem = next(
                (
                    word.text[: -len(suffix)]
                    for suffix in self.verb_suffixes
                    if word.text.endswith(suffix) and len(word.text) - len(suffix) >= 3
                ),
                None,
            )
            if stem is not None and self.issuing_verbs_stem(stem) is not None:
                at = next((n for n, t in enumerate(tokens) if t.start == word.start), None)
                return self._verb_first_subject(tokens, at)[0] if at is not None else None
            if self._is_verb(words, p):
                return None
        return None

    def _quoted_run_end(self, tokens: Sequence[Token], k: int) -> int | None:
        """Where the closing quotation mark stands of a short run of words that opens after `k`
        (at most _QUOTED_NAME_WORDS words, none holding a figure or a verb): the shape both a
        speaker's quoted name and a marker's quoted source take. None when there is no such run."""
        end = k + 1
        while end < len(tokens) and tokens[end].kind == "word" and end - k <= _QUOTED_NAME_WORDS:
            if self._holds_figure(tokens[end]) or self._verb_stem(tokens[end].text) is not None:
                return None
            end += 1
        if end == k + 1 or end >= len(tokens) or tokens[end].text not in _QUOTES:
            return None
        return end

    def _quoted_name_subject(self, tokens: Sequence[Token], k: int) -> list[Token] | None:
        """ "وقالت "هيئة الإغاثة" التابعة للحكومة، إن": a short run of words in quotation marks
        right after a speech verb, with the clause going on after it (no colon before it, no
        stop after it), is the verb's subject written as a name, not a quotation. Its words,
        or None when the quotation is one (a verb, a figure or a stop inside it, or nothing
        after it but the sentence's end)."""
        end = self._quoted_run_end(tokens, k)
        if end is None:
            return None
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        if after is None or (after.kind != "word" and after.text not in (",", "،")):
            return None
        if after.kind == "word" and (after.text in self.complementizers or self._verb_stem(after.text)):
            return None  # "وقال "الوضع صعب" مضيفا أن": a quotation, then the clause goes on
        words = tokens[k + 1 : end]
        if any(self._definite(a.text) and not self._definite(b.text) for a, b in pairwise(words)):
            return None  # "الوضع صعب": a definite subject and its predicate, a sentence quoted
        if len(words) > 1 and not self._definite(words[-1].text):
            return None  # "مع توقع "انتعاشة قوية"": an indefinite phrase, no name (a name ends definite)
        return list(words)

    def _place_of_quoted_body(self, tokens: Sequence[Token], k: int, name: Sequence[Token]) -> int:
        """How many tokens from `k`, right after a body's name written in quotation marks, name
        the place that says which body it is, as they would after the name unquoted: "في" and a
        place noun with the place's name ("“غرفة العمليات” في محافظة مأرب"), "في" and a place
        ending the subject ("… في غزة، إن"), or a seat written onto it ("… بريف دمشق"). 0 when
        the name is no body's or no such place follows."""
        if k >= len(tokens) or not self._body(name):
            return 0
        if tokens[k].text in self.place_links:
            place = self._named_place(tokens, k + 1) or self._place_after(tokens, k + 1)
            return 1 + place if place else 0
        return self._seat_after_group(tokens, k)  # "“غرفة العمليات” بغزة"، "… بريف دمشق"

    def _quoted_marker_name(self, tokens: Sequence[Token], k: int) -> list[Token] | None:
        """ "بحسب “المرصد السوري لحقوق الإنسان”"، "وفق ما أعلنت «هيئة الإغاثة»": a short run of
        words in quotation marks right after a marker (and its relative's verb) in a verb-first
        language is the source's name: no figure or verb inside, its last word definite when it
        has more than one (a name ends definite; "«انتعاشة قوية»" is a phrase quoted). None when
        no quotation opens at `k` or it is none such."""
        if not self.after_verb or k >= len(tokens) or tokens[k].text not in _QUOTE_OPENERS:
            return None
        end = self._quoted_run_end(tokens, k)
        if end is None:
            return None
        words = list(tokens[k + 1 : end])
        if len(words) > 1 and not self._definite(words[-1].text):
            return None
        return words

    def _short_form_subject(self, words: list[Token]) -> list[Token]:
        """ "وسجل المركز الهزة الأرضية ...": a short form of a speaker named before ("المركز"
        after "مركز البحث ...") followed by a definite noun that cannot be its adjective (it
        differs in gender, ة after a masculine word or none after a feminine one) and is no
        word of that speaker's name: the verb's object, not more of the subject."""
        if len(words) < 2 or not self._definite(words[0].text) or not self._definite(words[1].text):
            return words
        earlier = self._earlier(self._words(self._text(words[:1]) or ""))
        if earlier is None:
            return words
        names = {self._bare(w) for w in self._words(earlier.name)}
        second = self._words(self._text(words[1:2]) or "")
        if not second or self._bare(second[0]) in names:
            return words
        if self._ends_in_ta_marbuta(words[0]) == self._ends_in_ta_marbuta(words[1]):
            return words  # "الوزارة الاتحادية": an adjective may agree with it
        return words[:1]

    def _name_after_complement(
        self, tokens: Sequence[Token], words: Sequence[Token], k: int
    ) -> Source | None:
        """ "كشف المدير العام للتخطيط، سمير خالد، أن": a title whose complement (a phrase opened by
        a preposition: "للتخطيط"، "في قضايا البيئة"، "للإعلام بوزارة الداخلية") runs to a comma,
        then a name set off after it, is that person: the name is the speaker, the title with its
        complement the role. The name must end where a name ends (a comma, a colon, "أن"/"إن",
        or whom it was said to: "للصحفيين"، "لرويترز"); else the subject is the title alone."""
        if not self.after_verb or not words or self.titles_stem(words[0].text) is None:
            return None
        end = k
        while end < len(tokens) and end - k <= self.max_words and tokens[end].text not in (",", "،"):
            tok = tokens[end]
            if (
                tok.kind != "word"
                or tok.text in self.complementizers
                or self._holds_figure(tok)
                or self._at(tok) in self.time_starts
                or self._verb_stem(tok.text) is not None
            ):
                return None
            end += 1
        if end == k or end >= len(tokens) or tokens[end].text not in (",", "،"):
            return None
        if tokens[k].text not in self.stops and not self._opens_complement(tokens[k].text):
            return None  # the words after the title must open its complement
        name, _ = self._subject_after(tokens, end + 1)
        follows = end + 1 + len(name)
        if not name or follows >= len(tokens) or not self._name_ends(tokens, follows, name):
            return None
        named = self._split_title(name)
        if named is None or not named.name:
            return None
        first = self._words(named.name)[:1]
        if (
            not first
            or self._definite(first[0])
            or self.lex.strip_prefix(named.name, self.places) is not None
            or any(self._verb_stem(t.text) is not None for t in name)
            or any(
                self._stem(self._bare(w), heads) is not None
                for w in self._words(named.name)
                for heads in (self.org_heads, self.outlet_heads, self.report_nouns)
            )
        ):
            # "... في تصريح، نشرته الوكالة": a body, a report or a clause, no name; "... عن
            # تطورات الحادث، موضحا أن": a participle of saying, the title's own next clause
            return None
        return self._titled_source(named, self._text([*words, *tokens[k:end]]) or "", name)

    def _name_after_seat(self, tokens: Sequence[Token], words: Sequence[Token], k: int) -> Source | None:
        """ "وقال المتحدث باسم اللجنة الدولية للصليب الأحمر في اليمن بشير عمر لوكالة ..."، "وأكد
        رئيس بعثة منظمة “أطباء بلا حدود” في اليمن أحمد مهات في بيان": a title whose complement
        runs past the word limit to the seat of the body it serves ("في" and a place the lexicon
        knows), then a person's name with no comma before it, is that person: the name is the
        speaker, the title, its complement and the seat the role. The name must end where a name
        ends, as after a comma (`_name_after_complement`), or at the utterance it was said in."""
        if not self.after_verb or not words or self.titles_stem(words[0].text) is None:
            return None
        seat = None
        for p in range(k, min(len(tokens) - 1, k + self.max_words)):
            tok = tokens[p]
            if tok.kind != "word" and tok.text not in _QUOTES:
                return None
            if tok.kind == "word" and (
                tok.text in self.complementizers
                or self._holds_figure(tok)
                or self._at(tok) in self.time_starts
                or self._verb_stem(tok.text) is not None
            ):
                return None
            if tok.text in self.place_links and self._seat_word(tokens, p + 1):
                seat, start = p, p + 2
                break
            if tok.text in self.place_links and self._place_noun_and_name(tokens, p + 1):
                seat, start = p, p + 3  # "في قطاع غزة"، "في محافظة البصرة": a place noun and its name
                break
        if seat is None:
            return None
        return self._person_after_seat(tokens, words, k, start)

    def _unknown_name_word(self, tok: Token, stem_form: str) -> bool:
        """Whether `tok` can be a one-word proper name the lexicon does not know: no stop, linked
        word, verb, figure or time, and (`stem_form`, the word as the caller reads it) no place
        noun, head of a body or outlet, report word, title or manner noun."""
        word = tok.text
        return (
            word not in self.stops
            and self._link_prefix(word) is None
            and self._verb_stem(word) is None
            and not self._holds_figure(tok)
            and self._at(tok) not in self.time_starts
            and not any(
                self._stem(stem_form, table) is not None
                for table in (
                    self.place_nouns,
                    self.org_heads,
                    self.outlet_heads,
                    self.report_nouns,
                    self.titles,
                    self.manner_nouns,
                )
            )
        )

    def _place_noun_and_name(self, tokens: Sequence[Token], at: int) -> bool:
        """Whether the words at `at` are a place noun and the place's one-word name ("قطاع غزة"،
        "محافظة البصرة"، "ولاية كسلا"): the name a place the lexicon knows or a word that is no
        stop, verb, figure, time, title or head of a body, outlet or report."""
        if at + 1 >= len(tokens) or tokens[at].kind != "word" or tokens[at + 1].kind != "word":
            return False
        if self.place_nouns_stem(tokens[at].text) is None:
            return False
        tok = tokens[at + 1]
        if tok.text in self.places or self._without_article(tok.text) in self.places:
            return True
        return self._unknown_name_word(tok, self._bare(tok.text))

    def _placed_title_name(self, tokens: Sequence[Token], words: Sequence[Token], k: int) -> Source | None:
        """ "وقال مدير الصحة في محافظة البصرة أحمد كاظم إن": a title whose subject, as read, holds
        the seat of its body ("في"، a place noun and its name), then a person's name with no comma
        before it (read into the subject or after it): that person is the speaker, the title and
        its seat the role (as `_name_after_seat` reads a seat past the word limit)."""
        if not self.after_verb or len(words) < 4 or self.titles_stem(words[0].text) is None:
            return None
        for j in range(1, len(words) - 2):
            if words[j].text not in self.place_links:
                continue
            at = tokens.index(words[j])
            if self._place_noun_and_name(tokens, at + 1):
                return self._person_after_seat(tokens, words[:j], at, at + 3)
            if self.name_after_definite_title and self.org_heads_stem(self._bare(words[j + 1].text)):
                # "وقال مدير قسم التخطيط في شركة الموانئ سامر خليل": the body the title serves
                # in (`_body_after`) closes the subject as read; the name may follow it
                return self._person_after_seat(tokens, words[:j], at, tokens.index(words[-1]) + 1)
        return None

    def _person_after_seat(
        self, tokens: Sequence[Token], words: Sequence[Token], k: int, start: int
    ) -> Source | None:
        """The person named from `start` after a title (`words`) and its seat (tokens `k` to
        `start`): a name of two or three words, no body, place, report or title, that ends where
        a name ends."""
        name, _ = self._subject_after(tokens, start)
        follows = start + len(name)
        if not 2 <= len(name) <= 4 or follows >= len(tokens):
            return None
        ends = (
            self._name_ends(tokens, follows, name)
            or (
                # "وفق مدير المديرية في جرش فلان الاثنين.": the sentence's end or a time after it
                tokens[follows].text in _SENTENCE_STOPS or self._at(tokens[follows]) in self.time_starts
            )
            or (
                tokens[follows].text in self.place_links
                and follows + 1 < len(tokens)
                and self._manner_word(tokens[follows + 1].text)
            )
        )
        named = self._split_title(name) if ends else None
        if named is None or not named.name:
            return None
        written = self._words(named.name)
        if (
            not 2 <= len(written) <= 3
            or self._definite(written[0])
            or self.lex.strip_prefix(named.name, self.places) is not None
            or any(self._verb_stem(w) is not None for w in written)
            or any(
                self._stem(self._bare(w), heads) is not None
                for w in written
                for heads in (
                    self.org_heads,
                    self.outlet_heads,
                    self.report_nouns,
                    self.titles,
                    self.manner_nouns,
                )
            )
        ):
            return None
        return self._titled_source(named, self._text([*words, *tokens[k:start]]) or "", name)

    def _seat_word(self, tokens: Sequence[Token], at: int) -> bool:
        """Whether the word at `at`, after "في", can be the one-word seat of a title's body: a
        place the lexicon knows, or a bare proper noun the lexicon does not know ("في اربيل"):
        one word without the article that is no place noun (then the place's own name follows:
        "في محافظة ..."), no body's or outlet's head, title, report word, verb or stop. The name
        read after it must still end where a name ends."""
        tok = tokens[at]
        if tok.text in self.places:
            return True
        word = tok.text
        return tok.kind == "word" and not self._definite(word) and self._unknown_name_word(tok, word)

    def _titled_source(self, named: Source, role: str, name: Sequence[Token]) -> Source | None:
        """The person named after a title and its complement (`_name_after_complement`,
        `_name_after_seat`): the title's words are the role, before any role the name itself
        carries; the source stands only with the evidence `_evidenced` asks of it."""
        if named.role:
            role = f"{role}{self.role_separator}{named.role}"
        source = Source(named.name, role)
        if not self._evidenced(source, name):
            return None
        return self._resolve(source)

    def _name_ends(self, tokens: Sequence[Token], k: int, name: Sequence[Token]) -> bool:
        """Whether a name apposed after a comma ends at token `k`: a comma, a colon, a
        complementizer, or whom the speaker told ("لرويترز"، "لوكالة ...")."""
        tok = tokens[k]
        return (
            tok.text in (",", "،", ":")
            or tok.text in self.complementizers
            or self._told_wire(tokens, k)
            or self._told_outlet(name, tok)
            or self._opens_complement(tok.text)  # "للصحفيين": said to the journalists
        )

    def _place_and_sector(self, tokens: Sequence[Token], words: list[Token]) -> list[Token]:
        """ "أعلنت قطر للسياحة"، "مصر للطيران"، "السعودية للكهرباء": a known place alone as the
        subject, with a noun of a sector (claims.sector_nouns) written after it with "لل", is a
        company's or an authority's name, read whole (the place alone would be a fragment of
        it). Any other noun there is one the verb was said to ("قالت مصر للعالم"، "للأمم
        المتحدة"، "للصحفيين", "أعلنت روسيا للجميع")."""
        if len(words) != 1 or self.lex.strip_prefix(words[0].text, self.places) is None:
            return words
        k = tokens.index(words[0]) + 1
        if k >= len(tokens) or tokens[k].kind != "word":
            return words
        linked = self._link_prefix(tokens[k].text)
        if linked is None or not linked[1]:
            return words
        noun = tokens[k].text[len(linked[0]) :]
        if self.sector_nouns_stem(noun) is None or (
            k + 1 < len(tokens) and tokens[k + 1].kind == "word" and self._definite(tokens[k + 1].text)
        ):
            return words  # a definite word after it goes on with a name addressed
        return [*words, tokens[k]]

    def _issuer(self) -> Source | None:
        """Who issued a document the article names ("مشروع الموازنة"): the last speaker, unless
        that is an outlet, which relays a document but never issues it."""
        last = self._carried("any")
        if last is None:
            return None
        first = self._words(last.name)[:1]
        if first and self.outlet_heads_stem(self._bare(first[0])) is not None:
            return None
        return last

    def _headline_subject(self, tokens: Sequence[Token], i: int, index: int) -> list[Token]:
        """A headline puts its subject before the verb even where sentences do not ("“الصحة”
        تسجل 10 وفيات"): the few words (quotes aside) from the headline's start to the verb at
        `i`. A short first line that ends with a stop is still the headline (as for a headline
        source across a colon), and a comma may part its subject from its verb ("المؤسسة الوطنية
        للنفط، تعلن ...")."""
        if not self.after_verb or not self.sentences or not 0 < i <= 6:
            return []
        if self._at(tokens[0]) != self.sentences[index][0]:
            return []
        if not self._unstopped_line(index) and not (index == 0 and self._short_first_line()):
            return []
        words = [t for t in tokens[:i] if t.text not in _QUOTES]
        if len(words) > 1 and words[-1].text in (",", "،"):
            words.pop()
        if not 0 < len(words) <= 4 or any(t.kind != "word" or self._verb_stem(t.text) for t in words):
            return []
        if self.headline_labels_stem(words[0].text) is not None:
            return []
        return words

    def _named_report(self, word: Token) -> bool:
        """A report noun with the article ("الحصيلة"): a report the article has named."""
        return self._definite(word.text) and self._antecedent_report(self._bare(word.text))

    def _antecedent_report(self, bare: str) -> bool:
        """A report noun that with the article names a report named before ("الحصيلة"), not
        one that names what is known ("المعلومات المتوفرة")."""
        return self.report_nouns_stem(bare) is not None and self.unnamed_reports_stem(bare) is None

    def _bare_report_voice(self, report: Token) -> Source | None:
        """Who speaks for a bare report (`_construct_report`): the voice of the report named
        before (`_named_report_voice`), else the last speaker, when it is a body, the issuer the
        article has named; a person or an outlet quoted last issued no survey, so no one."""
        return self._body_voice(self._named_report_voice(report) or self._carried("any"))

    def _body_voice(self, voice: Source | None) -> Source | None:
        """`voice` when its name opens with a body's head noun (a ministry, an institute), the
        kind of voice that issues a report; else None."""
        words = self._words(voice.name) if voice is not None else []
        if not words or self.org_heads_stem(self._bare(words[0])) is None:
            return None
        return voice

    def _construct_report(self, words: Sequence[Token]) -> bool:
        """ "نتائج مسح التشغيل"، "معطيات التجارة الخارجية": report nouns in the construct state
        (no article of their own, each the genitive of the one before) whose genitive is
        definite, a topic when `_described_report` finds no body, place or speaker among its
        words: definite as a whole, a bare report that names no issuer, so the issuer the
        article names speaks for it (the guide's D2)."""
        chain = 0
        while (
            chain < len(words)
            and words[chain].kind == "word"
            and not self._definite(words[chain].text)
            and self._link_prefix(words[chain].text) is None
            and self._antecedent_report(words[chain].text)
        ):
            chain += 1
        if not (
            0 < chain < len(words)
            and words[chain].kind == "word"
            and self._definite(words[chain].text)
            and self._described_report(words[chain - 1 :])
        ):
            return False
        # "تقرير الإحصاء" after "الجهاز المركزي للإحصاء": the genitive is a speaker's short form
        genitive = self._bare(words[chain].text)
        return not any(genitive in {self._bare(w) for w in self._words(s.name)} for s in self.spoken)

    def _unnamed_report_subject(self, words: Sequence[Token]) -> bool:
        """ "المعلومات الأولية"، "المعلومات المتوفرة": a report noun that with the article names
        what is known (`unnamed_report_nouns`), alone or with its definite adjectives only (no
        body among them, no preposition written on): a bare report that names no issuer."""
        first = words[0].text
        if not self._definite(first) or self.unnamed_reports_stem(self._bare(first)) is None:
            return False
        return all(
            t.kind == "word"
            and self._definite(t.text)
            and self._link_prefix(t.text) is None
            and not self._names_organisation([t])
            for t in words[1:]
        )

    def _known_report(self, words: Sequence[Token]) -> bool:
        """A report noun with the article ("الإحصائية", "الحصر"), or a document the speaker
        issued ("مشروع الموازنة"): a report already named, whose speaker is the last one (a
        report noun in a construct, "بيان الوزارة", names its own)."""
        word = words[0].text
        if self.document_nouns_stem(self._bare(word)) is not None:
            return True
        return self._definite(word) and self._antecedent_report(self._bare(word))

    def _title_of_antecedent(self, subject: Sequence[Token], before: Sequence[Token]) -> Source | None:
        """ "ونفت كوريا الشمالية إرسال قوات، لكن نائب وزير خارجيتها قال": a title whose last word
        carries a singular possessive pronoun, when the sentence's subject (its first words, or
        the words right after its opening verb) is a known place and no other place is named
        before the title, is the title of that place ("نائب وزير خارجية كوريا الشمالية").
        Otherwise None (the title stays as written)."""
        last = subject[-1]
        suffix = _ending_of(last.text, self.singular_possessives, 4)
        if suffix is None or len(subject) < 2 or not self._appositive(subject):
            return None
        found: dict[str, str] = {}
        subject_at: int | None = None
        k = 0
        while k < len(before):
            for size in (3, 2, 1):
                words = before[k : k + size]
                if len(words) < size or any(t.kind != "word" for t in words):
                    continue
                phrase = self.lex.strip_prefix(" ".join(t.text for t in words), self.places)
                if phrase is not None:
                    found.setdefault(self.places[phrase], self._text(words) or "")
                    if k <= 1 and words[0].text == phrase.split()[0]:
                        subject_at = k  # the sentence's subject: first, or right after its verb
                    k += size - 1
                    break
            k += 1
        if subject_at is None or len(found) != 1:
            return None
        written = self._text([last]) or ""
        stem = written[: -len(suffix)]
        if stem.endswith("ت"):
            stem = stem[:-1] + "ة"  # the feminine ending is written "ة" when nothing follows
        head = self._text(subject[:-1]) or ""
        return self._resolve(Source(f"{head} {stem} {next(iter(found.values()))}"))

    def _subject_before_copula(self, tokens: Sequence[Token], i: int, *, people: bool = False) -> list[Token]:
        """ "وكان الجهاز المركزي للإحصاء، قد كشف أن", "لكن نائب وزير خارجيتها قال": a subject
        written before its verb, after a copula (any subject) or a clause opener (a title or an
        organisation; with `people`, a plural verb's, also a noun of speakers: "لكن سكان القرية
        قدروا"), past a "قد" and a comma."""
        k = self._skip_back(tokens, i - 1)
        if k >= 0 and tokens[k].text in (",", "،"):
            k -= 1
        found: list[Token] = []
        copula, opener = self.copulas_stem, self.clause_openers_stem
        while k >= 0 and tokens[k].kind == "word":
            word = tokens[k].text
            if copula(word) is not None:
                # the copula and the verb bound the subject: a body's long name fits
                return found if len(found) <= self.max_words + self.max_words // 2 else []
            if word in self.complementizers and self._reported_before(tokens, k):
                # "وذكرت الوكالة أن وزير الصحة فلان قال إن": only a titled name speaks in turn
                # ("قال إن المفوضية وقفت على ...، مشيرا إلى" is the clause's, not a subject)
                return found if found and len(found) <= self.max_words and self._appositive(found) else []
            if word in self.complementizers and self._background_before(tokens, k):
                # "يذكر أن النائب فلان أعلن": background no one tells, its verb's subject before
                # it; the complementizer and the verb bound it, as a copula does
                named = found and (self._appositive(found) or self._is_organisation(found))
                return found if named and len(found) <= self.max_words + self.max_words // 2 else []
            if opener(word) is not None:
                named = found and (
                    self._appositive(found)
                    or self._is_organisation(found)
                    or (people and self.speaker_nouns_stem(found[0].text) is not None)
                )
                return found if named and len(found) <= self.max_words else []
            found.insert(0, tokens[k])
            k -= 1
        if k < 0 and self._titled_opening(found, tokens, i):
            return found  # "عضو غرفة التجارة محمد الرعيض قال إن": a titled name opens the sentence
        if k < 0 and self._body_opening(found, tokens, i):
            return found  # "وزارة الصحة قالت إن": a body's name opens the sentence
        return []

    def _body_opening(self, found: Sequence[Token], tokens: Sequence[Token], i: int) -> bool:
        """Whether the words that open a sentence before a verb of saying are a body's name or
        a noun of speakers with its adjective ("وزارة الصحة قالت إن"، "مصادر طبية أكدت أن"):
        the subject written first, the verb agreeing after it, within the word limit, no stop
        word or verb among them, a complementizer right after the verb (or its occasion)."""
        if not found or len(found) > self.max_words:
            return False
        if not (
            self._is_organisation(found)
            or (len(found) > 1 and self.speaker_nouns_stem(found[0].text) is not None)
            # "بلاغ المديرية العامة للأمن الوطني، أوضح أنه": a report in construct with the body
            # that issued it, the body speaks
            or (
                len(found) > 1
                and self.report_nouns_stem(self._bare(found[0].text)) is not None
                and self._is_organisation(found[1:])
            )
        ):
            return False
        if any(t.text in self.stops or self.verbs_stem(t.text) is not None for t in found):
            return False
        if self._complement_follows(tokens, i):
            return True
        # "وزارة الصحة أكدت ارتفاع عدد الإصابات": what it said, a verbal noun, after the verb
        # (past the time it was said: "الصليب الأحمر أعلن صباح اليوم، الأربعاء، ارتفاع ...")
        k = self._past_times(tokens, i + 1)
        return k + 1 < len(tokens) and self._masdar_object(tokens, i, tokens[k : k + 2])

    def _complement_follows(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a complementizer follows the verb at `i`, past its preposition ("أشار إلى
        أن") or where it was said ("قال خلال مؤتمر صحفي، إن")."""
        k = self._past_times(tokens, i + 1)  # "وزارة الصحة أعلنت اليوم أن"
        if k < len(tokens) and tokens[k].text in self.noun_prepositions:
            k += 1  # "أشار إلى أن"
        if k < len(tokens) and tokens[k].text not in self.complementizers:
            k = self._past_occasion(tokens, k)
        return k < len(tokens) and tokens[k].text in self.complementizers

    def _titled_opening(self, found: Sequence[Token], tokens: Sequence[Token], i: int) -> bool:
        """Whether the words that open a sentence before a verb of saying are its subject: a
        title first, a name after it (the title's words are not all of it), no stop word among
        them, and a complementizer right after the verb or its preposition ("عضو غرفة التجارة
        محمد الرعيض قال إن"، "المتحدث باسم الدفاع المدني بمنطقة جازان الرائد فلان أشار إلى
        أن"). The sentence's start and the verb bound the words, as a copula does, so a long
        title with its seat and a rank fits the longer limit a copula's subject has."""
        if (
            not found
            or len(found) > self.max_words + self.max_words // 2
            or self.titles_stem(found[0].text) is None
        ):
            return False
        if any(t.text in self.stops or self.verbs_stem(t.text) is not None for t in found):
            return False
        if not self._complement_follows(tokens, i):
            return False
        named = self._split_title(found)
        return named is not None and bool(named.name) and named.role is not None

    def _past_occasion(self, tokens: Sequence[Token], k: int) -> int:
        """ "قال خلال مؤتمر صحفي، عقد في جنيف، إن": where a verb says it was said, up to the
        comma before the complementizer (no figure, no other verb of saying within twice the
        word limit); the complementizer's token, or `k` when none closes such a phrase."""
        for j in range(k, min(len(tokens) - 1, k + 2 * self.max_words)):
            tok = tokens[j]
            if tok.text in (",", "،") and tokens[j + 1].text in self.complementizers:
                return j + 1
            if self._holds_figure(tok) or tok.kind == "num" or self._verb_stem(tok.text) is not None:
                return k
            if tok.text in self.complementizers:
                return k
        return k

    def _reported_before(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the complementizer at `k` opens what a speech verb before it reports, its
        subject between them ("وذكرت وكالة الأنباء أن وزير الصحة فلان قال إن"): a speaker named
        inside the report who speaks in turn is the one quoted, the agency only relays. A comma
        may close the subject before the complementizer ("وذكرت مصادر إعلامية، أن الوزير قال")."""
        j = k - 1
        if j > 0 and tokens[j].text in (",", "،"):
            j -= 1
            k -= 1
        while j >= 0 and k - j <= self.max_words and tokens[j].kind == "word":
            word = tokens[j].text
            if self._verb_stem(word) is not None and self.weak_verbs_stem(word) is None:
                return j == 0 or tokens[j - 1].kind != "word"
            j -= 1
        return False

    def _background_before(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the complementizer at `k` follows a passive verb of background that opens its
        clause ("يذكر أن"، "ويشار إلى أن": claims.background_verbs)."""
        j = k - 1
        if j >= 0 and tokens[j].text in self.noun_prepositions:
            j -= 1  # "يشار إلى أن"
        if j < 0 or self.background_verbs_stem(tokens[j].text) is None:
            return False
        return j == 0 or tokens[j - 1].kind != "word"

    def _cut_object(self, words: list[Token], *, bounded: bool = False) -> list[Token]:
        """A verb-first subject that may have swallowed the verb's object ("أكدت الوزارة مقتل
        300", "ذكرت بعض المواقع القطرية نقل كافة المسجونين"): the subject ends before the first
        indefinite word after a definite one. A subject that ran into the figure and is not
        definite at all is the object ("أفادت بمقتل 632")."""
        head = words[0].text
        construct = len(words) > 1 and self._definite(words[1].text)
        speaker_head = self.speaker_nouns_stem(head) is not None or self.titles_stem(head) is not None
        if not self._definite(head) and not construct and speaker_head:
            # "وتوقع مسؤول إيراني مقتل المئات": an indefinite speaker noun and the adjectives of
            # relation after it are the subject; the rest is the object. A title before a
            # definite noun is in construct ("وأكدت وزيرة الصحة استفادة ..."): the noun is part
            # of the title, which the definite-then-indefinite rule below ends.
            end = 1
            while end < len(words):
                if words[end].text.endswith(self.nisba_endings):
                    end += 1
                elif words[end].text in self.degree_words and end + 1 < len(words):
                    end += 2  # "مصادر شبه مؤكدة": a word of degree and its adjective
                else:
                    break
            if end < len(words) and (not bounded or self._prepositional_masdar(words[end].text)):
                # "وأفاد مصدر أمني بارتفاع عدد القتلى إلى": what it reported, with "ب", opens the
                # object even where a stop word bounded the subject
                return words[:end]
        lineage = self._lineage(words)
        for k in range(1, len(words)):
            if lineage is not None and lineage[0] <= k < lineage[1]:
                continue  # "الشيخ محمد بن زايد": the name and its father's are one name
            if lineage is not None and k == lineage[1] and not bounded:
                return words[:k]  # "وأعلن الشيخ محمد بن زايد افتتاح 3 مدارس"
            if words[k].text in self.place_links:
                break
            if (
                words[k].text in self.governed_links
                and k + 1 < len(words)
                and self._definite(words[k + 1].text)
                and self._governs(words[k - 1].text, words[k].text)
            ):
                # "القائمون على الهلال الأحمر": a participle's complement, a definite noun phrase;
                # "الجهات المختصة عن ضبط 14": a verbal noun without the article after the
                # preposition is the verb's object ("أعلنت عن ضبط")
                continue
            if (
                words[k].text in self.origin_links
                and self._origin_of_source(words, k, words[:k]) == len(words) - k
            ):
                return words  # "مصدر من الإدارة الجهوية للحماية المدنية": where the source comes from
            if self._seat(words, k) and self._body(words[:k]):
                continue  # "وزارة الصحة الفلسطينية بغزة"
            if self._place_noun_seat(words[k]) and self._body(words[:k]):
                break  # "السلطات المحلية بمدينة الدبة": the body's seat, read whole (`_named_place`)
            if words[k].text in _QUOTES or words[k - 1].text in _QUOTES:
                continue  # a name in quotes after the organisation's
            if self._link_prefix(words[k].text) is not None and (
                self._names_organisation(words) or any(self._parent_body(w) for w in words[:k])
            ):
                # "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "بيانات الهيئة العامة للإحصاء",
                # "بالمنظومة الوطنية لإدارة الحالات الطارئة"
                continue
            if self._coordinated_genitive(words, k) and self._names_organisation(words):
                continue  # "الإدارة العامة للطوارئ الصحية ومكافحة الأوبئة": "and" never opens an object
            if (
                words[k].text in self.name_coordinators
                and k + 1 < len(words)
                and self._definite(words[k - 1].text)
                and self._definite(words[k + 1].text)
            ):
                continue  # "وزارة الصحة و البيئة": "and" written apart is the "و" of "والبيئة"
            if (
                self._definite(words[k - 1].text)
                and self._definite(words[k].text)
                and not words[k].text.startswith(self.coordinator_prefixes)
                and (
                    self.object_masdars_stem(self._bare(words[k].text)) is not None
                    or self.valued_nouns_stem(self._bare(words[k].text)) is not None
                )
            ):
                # "أعلنت الشرطة القبض على 7": a definite masdar is the object, and so is what it
                # estimated ("وقدرت الوزارة الخسائر بـ"), but a verb's object never opens with "و"
                # ("أعلن فريق البحث والإنقاذ": the body's second field)
                return words[:k]
            if self._definite(words[k - 1].text) and not self._definite(words[k].text):
                if words[k].text in self.title_links:
                    continue
                return words[:k]
        if bounded:
            return words
        if lineage is not None and lineage[0] == 0:
            return words[: lineage[1]]  # "وأعلن محمد بن زايد افتتاح ..."
        if len(words) > 1 and words[0].text in self.places and not self._definite(words[1].text):
            return words[:1]  # "وأعلنت مصر تسجيل 40 إصابة": a place's name is definite, its object follows
        return [] if not (self._definite(head) or construct) else words

    def _prepositional_masdar(self, word: str) -> bool:
        """ "بارتفاع"، "باعتقال": a preposition written onto a noun of a change or a quantity
        or a verbal noun of an act (claims.object_prepositions; change_nouns, quantity_heads,
        object_masdars): the object of a verb of reporting, never a word of the speaker's name."""
        prefix = next(
            (p for p in self.object_prepositions if word.startswith(p) and len(word) - len(p) >= 3), None
        )
        if prefix is None:
            return False
        rest = word[len(prefix) :]
        return self.statistic_heads_stem(rest) is not None or self.object_masdars_stem(rest) is not None

    def _coordinated_genitive(self, words: Sequence[Token], k: int) -> bool:
        """ "ومكافحة الأوبئة": a noun in construct with "و" written onto it and a definite word after
        it, inside a body's name, is a second field of the body; a verb's object never opens with
        "و"."""
        word = words[k].text
        return (
            k + 1 < len(words)
            and any(word.startswith(c) and len(word) - len(c) >= 3 for c in self.name_coordinators)
            and not self._definite(word)
            and self._definite(words[k + 1].text)
        )

    def _lineage(self, words: Sequence[Token]) -> tuple[int, int] | None:
        """Where a name joined by a word of lineage starts and ends ("محمد بن زايد"، "محمد بن
        راشد آل مكتوم"): the word before the first such link through the word after the last
        one in a row. None when there is none."""
        first = next((j for j in range(1, len(words) - 1) if words[j].text in self.lineage_links), None)
        if first is None:
            return None
        end = first + 2
        while end + 1 < len(words) and words[end].text in self.lineage_links:
            end += 2
        return first - 1, end

    def _subject_first(self, tokens: Sequence[Token], i: int) -> tuple[Source | None, bool]:
        """English: the subject precedes the verb; a pronoun is the last speaker's; a name with
        a description between commas ("Dr Amal Haddad, the hospital's director, said") is the
        name, the description its role; after a comma or quote the subject may follow the verb
        ("..., said John Smith")."""
        if self._passive_verb(tokens, i):
            agent, _ = self._subject_after(tokens, i + 2)
            if agent and self._names_someone(agent):
                source = self._source(agent)  # "were confirmed by the Ministry of Health"
                return source, source is not None
            return None, True
        issued = self._issued_statement_subject(tokens, i)
        if issued is not None:
            return issued
        pronoun = self._pronoun_before(tokens, i)
        if pronoun is not None:
            if self.pronoun_kind[pronoun] == "organisation" and self._after_clause(tokens, i):
                opening = self._opening_body(tokens)
                if opening is not None:
                    return opening, True  # "The central bank raised its rate ..., it said."
            if self.pronoun_kind[pronoun] == "person":
                subject = self._person_subject_before(self.read_up_to)
                if subject is not None:
                    return subject, False  # "X, who fled in 2020, appeared confident. He said ..."
            if self.pronoun_kind[pronoun] == "organisation":
                body = self._body_subject_before(self.read_up_to)
                if body is not None:
                    return body, False  # "The agency lowered the toll to 10. It said ..."
            return self._carried(self.pronoun_kind[pronoun]), False
        k = self._skip_back(tokens, i - 1)
        if k >= 3 and tokens[k].text == "," and tokens[k - 1].kind == "num" and tokens[k - 2].text == ",":
            name = self._segment_before(tokens, k - 2)
            words = [t for t in name if t.kind == "word"]
            if words and len(name) <= self.max_words and all(self._capitalised(t) for t in words):
                source = self._source(name)  # "Mr Smith, 54, said": an age between commas
                return source, source is not None
        aside = self._dash_aside_before(tokens, k)
        if aside is not None:
            return aside, True
        relative = self._relative_clause_before(tokens, k)
        if relative is not None:
            name = self._segment_before(tokens, relative)
            # "X reported that the earthquake, which struck at noon, measured 8.0": the subject
            # starts past the clause's complementizer, it is no name that holds one
            cut = max((n + 1 for n, t in enumerate(name) if t.text in self.complementizers), default=0)
            name = name[cut:]
            words = [t for t in name if t.kind == "word"]
            if words and len(name) <= self.max_words and self._names_someone(words):
                # "The company, which employs 4,000 people, said": the subject before the clause
                source = self._source(name)
                return source, source is not None
        aside = self._speaking_aside(tokens, k)
        if aside is not None:
            # "Professor X, the Government Statistician, presenting the highlights of the report
            # on the survey (AHIES), said", "X, the police chief, speaking at a press conference,
            # said": a participle clause of the speaker's act between commas is an aside; the
            # subject is read before it, as if the verb followed it
            source, named = self._subject_first([*tokens[: aside + 1], *tokens[i:]], aside + 1)
            if source is not None:
                return source, named
        if k >= 0 and tokens[k].text == ",":
            # "Greg Allan, spokesman for the Rural Fire Service (RFS), said": the words between
            # the commas run on past the body's acronym in brackets
            described = self._segment_before(tokens, k) or self._past_bracketed_acronym(tokens, [], k)
            comma = k - len(described)
            if described and comma >= 1 and tokens[comma - 1].text == ",":
                if self._fronted_participle(tokens, comma - 1):
                    # "Quoting statistics from the NCVBDC, a senior Health Ministry official, said":
                    # the clause before the first comma is the speaker's act, the words between
                    # the commas its subject
                    if not self._names_someone(described):
                        return None, True
                    source = self._source(described)
                    return source, source is not None
                name = self._segment_before(tokens, comma - 1)
                while len(name) > 1 and name[-1].text in self.skips and not self._capitalised(name[-1]):
                    # "These figures do, however, show", "The ministry did, however, confirm"
                    name = name[:-1]
                while len(name) > 1 and name[0].text.lower() in self.opening_asides:
                    # "Meanwhile Anne Hidalgo, the mayor of Paris, said": a word of discourse
                    # that opens the sentence is no part of the name
                    name = name[1:]
                words = [t for t in name if t.kind == "word"]
                aside = " ".join(t.text.lower() for t in described) in self.subject_asides
                if words and aside and self._bare_report(words):
                    # "These figures, however, show": a bare report, its issuer's (D2), not "These"
                    return self._bare_report_issuer(words, tokens[i]), True
                if (
                    words
                    and len(name) <= self.max_words
                    and self._names_someone(words)
                    and (
                        # "The U.N. humanitarian office, OCHA, said" (its acronym; "the official
                        # statistics agency, CAPMAS," names no body before it: the acronym is the
                        # name), "The army, in a statement, said" (the report it speaks in)
                        (
                            self._acronym_token(described)
                            and any(self._capitalised(t) and t.text not in self.determiners for t in words)
                        )
                        # "the National Statistics Office, Destatis, announced": its short name
                        or self._short_name_apposed(words, described)
                        or self._report_phrase(described)
                        # "The police in Ebonyi, on Tuesday, said": a time between commas
                        or (
                            any(self._in_time(t) for t in described)
                            and all(self._in_time(t) or t.text in self.time_leads for t in described)
                        )
                        # "The minister, however, said": a word of discourse between commas
                        or aside
                    )
                ):
                    # the subject before the commas
                    source = self._source(name)
                    return source, source is not None
                agent = self._released_by(name, described)
                if agent:
                    # "The figures, released on Monday by the statistics office, showed": the
                    # report's issuer, named as the participle's agent between the commas
                    source = self._source(agent)
                    return source, source is not None
                reported = name
                if (
                    not name
                    and comma >= 4
                    and tokens[comma - 2].text == ")"
                    and tokens[comma - 4].text == "("
                ):
                    reported = self._segment_before(tokens, comma - 4)  # "... Authority (PSA), cited by"
                if self._received_report(reported, described):
                    # "Figures by the statistics authority, cited by Al Jazeera, showed": the
                    # issuer the report names, not the outlet it reached the writer through
                    source = self._source(reported)
                    return source, source is not None
                bracketed = self._past_bracketed_acronym(tokens, name, comma - 1)
                if bracketed is not name and self._titled_name(bracketed, described):
                    # "The Commissioner of Police (CP) in charge of the FCT, Ann Obi, said": the
                    # title goes on past its acronym in brackets
                    name = bracketed
                if self._titled_name(name, described):
                    # "The governor of the state of Veracruz, Javier Duarte, said": the name
                    # between the commas speaks, the title before it is its role ("The spokesman
                    # for the ministry, Colonel Ali Hassan, said": his own title joins it)
                    titles = self._leading_titles(described)
                    role = self._text(name) or ""
                    if titles:
                        role = f"{role}{self.role_separator}{self._text(described[:titles])}"
                    return self._resolve(Source(self._text(described[titles:]) or "", role)), True
                if self._named_apposition(name, described):
                    # "The state capital, Patna, reported": the proper name between the commas
                    # names what the common noun before it describes, and speaks
                    source = self._source(described, self._text(name))
                    return source, source is not None
                if (
                    words
                    and len(name) <= self.max_words
                    and (
                        self._capitalised(words[0])
                        # "..., the Syrian Observatory for Human Rights, a monitor, said": a
                        # body's name after the article
                        or self._named_after_article(words)
                    )
                    and (self._appositive(described) or described[0].text in self.relatives)
                    and any(self._capitalised(t) for t in words)
                    and not any(t.text in self.stops for t in words)
                ):
                    role = None if described[0].text in self.relatives else self._text(described)
                    source = self._source(name, role)
                    return source, source is not None
        titled = self._titled_person(tokens, i)
        if titled is not None:
            name, title = titled
            source = self._source(name, self._text(title))
            return source, source is not None
        words = self._subject_before(tokens, i)
        participle = self._report_participle(tokens, i, words)
        if participle is not None:
            at, agent = participle
            if agent:
                # "Statistics published by the statistics centre showed": the report's issuer
                source = self._source(agent)
                return source, source is not None
            # "A statement from the central bank received here on Saturday said", "government
            # data released on Monday showed": the report's subject ends before the participle
            words = self._subject_before(tokens, at)
        if words and any(t.text in self.passives for t in words):
            # "The turnout was so far estimated to be 40%": the verb is a passive participle
            agent, _ = self._subject_after(tokens, i + 2) if self._agent_follows(tokens, i) else ([], False)
            source = self._source(agent) if agent and self._names_someone(agent) else None
            return source, True
        if words and self._participle_in_subject(tokens, i, words):
            return None, True  # "the number of cases reported to date was 43,619": no one speaks
        unclosed = self._unclosed_apposition(tokens, i)
        if unclosed is not None:
            return unclosed, True
        words = self._speaker_before_report(tokens, i, words)
        words = self._coordinated_speakers(tokens, words)
        origin = (
            self._name_before_origin(tokens, self._index_before(tokens, words[0], i) - 1) if words else None
        )
        if origin is not None:
            return self._resolve(Source(self._text(origin) or "", self._text(words))), True
        titled_of = self._titled_name_of(words)
        if titled_of is not None:
            return titled_of, True
        if words and self._named_report_subject(words):
            return self._named_report_voice(words[1]), False
        if words and self._same_source(words):
            return self._carried("any"), False
        if words and not self._names_someone(words) and not self._opening_name(words, tokens, i):
            return None, True
        if words and self.noun_like_verbs_stem(tokens[i].text) is not None:
            last = words[-1]
            if words[0].text in self.indefinites and not tokens[i].text.endswith("s"):
                return None, True  # "according to a media report": "a" + a verb's bare form is a noun
            if not (
                self._capitalised(last)
                or self.speaker_nouns_stem(last.text)
                or self.org_heads_stem(last.text)
                # "The CSO figures show", "The Health Ministry figures show": a report of a body
                # named by its acronym or its capitalised head noun ("The January figures", "The
                # Gaza figures" are no one's)
                or (
                    len(words) > 1
                    and self.report_nouns_stem(last.text)
                    and (
                        self._owned_report(words)
                        or self._holds_acronym(self._text(words[-2:-1]) or "")
                        or (self._capitalised(words[-2]) and self.org_heads_stem(words[-2].text) is not None)
                    )
                )
            ):
                return None, True  # "received reports that": a noun, not a verb
        if words:
            source = self._source(words)
            return source, source is not None
        shared = self._shared_subject(tokens, i)
        if shared is not None:
            return shared, True
        if i > 0 and tokens[i - 1].text in (",", '"', "”", "'"):
            after, _ = self._subject_after(tokens, i + 1)
            if after and " ".join(t.text for t in after) in self.wires:
                return None, True  # "..., reports Reuters.": the wire's credit, not a speaker
            if after and self._named_report_subject(after) and self._inverted_ends(tokens, i + 1, after):
                return self._named_report_voice(after[1]), False  # '"...," said the statement.'
            issuer = self._inverted_report_issuer(tokens, i + 1)
            if issuer:
                source = self._source(issuer)  # '"...," read a statement issued by Raj Bhawan.'
                return source, source is not None

            after = self._before_time_unit(after)  # '"...," said Kachale hours before voting closed.'
            if after and self._capitalised(after[0]):
                role = None
                comma = i + 1 + len(after)
                if comma < len(tokens) and tokens[comma].text == ",":
                    described, _ = self._subject_after(tokens, comma + 1)
                    # "..., said X, which had warned ...": a relative clause, not X's role
                    if described and self._appositive(described) and described[0].text not in self.relatives:
                        role = self._text(described)
                source = self._source(after, role)
                return source, source is not None
            named = self._name_apposed_to_inverted_title(tokens, i + 1, after) if after else None
            if named is not None:
                # "..., said the regional divisional commander, Gen. Juan Pablo Amaya.": the person
                source = self._source(named, self._text(after))
                return source, source is not None
            if after and self._inverted_speaker_noun(tokens, i + 1, after):
                source = self._source(after)  # "..., said a resident.", "..., said the ministry."
                return source, source is not None
            if after and self._inverted_titled_name(tokens, i + 1, after):
                source = self._source(after)  # '"...," said agency spokesman Ali Demir.'
                return source, source is not None
        return None, True

    def _unclosed_apposition(self, tokens: Sequence[Token], i: int) -> Source | None:
        """ "Ana Ruiz, the head of the agency said", "Alfredo Murgueytio, the chief of Civil
        Defense (Indeci ...) in Peru informed that": a name that opens the sentence, a comma,
        and its title after an article running to the verb with no comma to close it; the name
        speaks, the title is its role (a title alone speaks only where no name is given).
        None otherwise (English)."""
        commas = [k for k in range(i) if tokens[k].text == ","]
        if len(commas) != 1 or commas[0] + 3 > i:
            return None
        comma = commas[0]
        name, title = tokens[:comma], tokens[comma + 1 : i]
        if not 0 < len(name) <= 4 or not all(
            t.kind == "word" and self._capitalised(t) and t.text not in self.stops for t in name
        ):
            return None  # "In Lima, the head of the agency said": a place where, no name
        if any(
            t.text in self.skips
            or t.text in self.opening_common
            or t.text in self._lower_words()
            or self._in_time(t)
            for t in name
        ):
            return None  # "Later, the official said": an adverb or a time, no name
        if len(name) == 1 and name[0].text not in self._names_inside():
            return None  # "Elsewhere, the sheriff's office says": one opening word no text names again
        if title[0].text not in self.determiners or not (
            self._title_word(title[1].text) or self.speaker_nouns_stem(title[1].text)
        ):
            return None
        if any(t.kind == "word" and self._verb_stem(t.text) is not None for t in title):
            return None
        if not self._names_someone(list(name)) and not self._is_person(Source(self._text(name) or "")):
            return None
        return self._source(list(name), self._text(title))

    def _named_apposition(self, name: Sequence[Token], described: Sequence[Token]) -> bool:
        """A common noun phrase that opens the sentence with its article ("The state capital")
        and a proper name in apposition after it ("Patna"): capitalised words only, up to four
        (English)."""
        return (
            1 < len(name) <= 4
            and name[0].text in self.determiners
            and all(t.kind == "word" and not self._capitalised(t) for t in name[1:])
            and 0 < len(described) <= 4
            and all(t.kind == "word" and self._capitalised(t) for t in described)
        )

    def _speaking_aside(self, tokens: Sequence[Token], k: int) -> int | None:
        """The comma that opens a participle clause of the speaker's act which the comma at `k`
        closes right before a verb of saying (`fronted_participles`, alone or after one of
        `aside_leads`: "..., speaking at a press conference, said", "..., while talking to
        reporters, said"), with words before it to be the subject; None otherwise (English)."""
        if self.after_verb or k < 3 or tokens[k].text != ",":
            return None
        j = k - 1
        while j > 0 and k - j <= _ASIDE_TOKENS and tokens[j].text != "," and tokens[j].text not in _QUOTES:
            j -= 1
        if j < 1 or tokens[j].text != "," or j + 1 >= k:
            return None
        lead = j + 2 if tokens[j + 1].text in self.aside_leads else j + 1
        if lead >= k or tokens[lead].text not in self.fronted_participles:
            return None
        return j

    def _fronted_participle(self, tokens: Sequence[Token], comma: int) -> bool:
        """Whether the sentence opens with a participle clause that the comma at `comma` ends,
        the first comma of the sentence ("Quoting statistics from ...,", "Citing hospital
        records,") (English)."""
        first = tokens[0] if tokens else None
        return (
            first is not None
            and first.kind == "word"
            and comma > 1
            and first.text in self.fronted_participles
            and not any(t.text == "," for t in tokens[1:comma])
        )

    def _issued_statement_subject(self, tokens: Sequence[Token], i: int) -> tuple[Source | None, bool] | None:
        """ "Spokeswoman Marissa Armstrong released a statement Sunday saying ...", "The ministry
        issued a report on Monday, saying ...": a speech verb's participle right after a report
        the clause's subject put out (past a time and a comma) says what the report says, and
        that subject speaks. None when the participle follows no such report (English)."""
        if self.after_verb or not tokens[i].text.endswith(self.clause_participles):
            return None
        k = self._skip_back(tokens, i - 1)
        if k >= 0 and tokens[k].text == ",":
            k = self._skip_back(tokens, k - 1)
        if k < 2 or tokens[k].kind != "word" or self.report_nouns_stem(tokens[k].text) is None:
            return None
        j = k - 1
        while (
            j > 0
            and k - j <= 2
            and tokens[j].kind == "word"
            and not self._capitalised(tokens[j])
            and (tokens[j].text not in self.determiners and tokens[j].text not in self.possessive_determiners)
        ):
            j -= 1  # "a joint statement", "a brief written statement"
        if tokens[j].text not in self.determiners and tokens[j].text not in self.possessive_determiners:
            return None
        verb = j - 1
        if verb < 1 or tokens[verb].kind != "word" or self._capitalised(tokens[verb]):
            return None
        if tokens[verb].text in self.passives or tokens[verb].text in self.stops:
            return None  # "with a statement saying": no clause of its own
        if self._closed_later(tokens, i):
            # "X issued a report saying ..., the agency's head said.": hers, the report relayed
            return None
        pronoun = self._pronoun_before(tokens, verb)
        if pronoun is not None:
            return self._carried(self.pronoun_kind[pronoun]), False  # "He released a statement saying"
        words = self._subject_before(tokens, verb)
        if not words or not self._names_someone(words):
            return None
        source = self._source(words)
        return (source, True) if source is not None else None

    def _before_time_unit(self, words: list[Token]) -> list[Token]:
        """A subject read after its verb, up to a time unit in lower case that opens a time
        phrase after the name ("Kachale hours before voting closed")."""
        for k, tok in enumerate(words):
            if k and tok.text in self.time_units and not self._capitalised(tok):
                return words[:k]
        return words

    def _inverted_titled_name(self, tokens: Sequence[Token], at: int, words: Sequence[Token]) -> bool:
        """A subject after the verb that a quotation or a clause closed, written as a title in
        lower case and a person's name ('"...," said police spokesman John Smith.'): a title word
        before two to four capitalised words that end the clause (English)."""
        name = 0
        while name < len(words) and words[-1 - name].kind == "word" and self._capitalised(words[-1 - name]):
            name += 1
        if not 2 <= name <= 4 or name == len(words) or not self._inverted_ends(tokens, at, words):
            return False
        title = words[-1 - name]
        # "said police spokesman John Smith", "said senior statistician Dong Wei": a title or a
        # speaker noun
        titled = self.titles_stem(title.text) is not None or self.speaker_nouns_stem(title.text) is not None
        return titled and not any(self.org_heads_stem(t.text) for t in words[-name:])

    def _inverted_ends(self, tokens: Sequence[Token], at: int, words: Sequence[Token]) -> bool:
        """Whether a subject read after its verb at `at` ends the clause (a stop or a comma),
        past the time of the saying ("..., said the bureau on Monday.")."""
        end = self._past_saying_time(tokens, self._past_acronym(tokens, at + len(words)))
        return end >= len(tokens) or tokens[end].text in (".", ",", ";", "!", "?")

    def _past_saying_time(self, tokens: Sequence[Token], end: int) -> int:
        """Past the time and the report of the saying that close an inverted clause after its
        subject ("said the bureau on Monday.", "said Dong Wei late on Friday.", "quoting Nugroho
        in a statement."): a report phrase (`_report_phrase`), then the leads and the words of a
        time the dates engine found; `end` when neither follows there (English)."""
        k = end
        for size in range(5, 2, -1):
            if self._report_phrase(tokens[k : k + size]):
                k += size  # "in a statement", "in its weekly bulletin"
                break
        at = k
        while k < len(tokens) and tokens[k].text in self.time_leads:
            k += 1
        if k == len(tokens) or not self._in_time(tokens[k]):
            return at
        while k < len(tokens) and (self._in_time(tokens[k]) or tokens[k].text in self.time_leads):
            k += 1
        return k

    def _past_acronym(self, tokens: Sequence[Token], end: int) -> int:
        """Past a parenthesised acronym at `end` ("said the Central Statistics Office (CSO).");
        `end` when there is none."""
        if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
            return end + 3
        return end

    def _relative_clause_before(self, tokens: Sequence[Token], k: int) -> int | None:
        """The comma that opens a relative clause set off by commas and ending at the comma at
        `k` (", which employs 4,000 people,"), when the clause holds a figure or a verb the
        words between commas would otherwise be cut at; None when there is none."""
        if k < 3 or tokens[k].text != ",":
            return None
        j = k - 1
        while j > 0 and k - j <= 2 * self.max_words and tokens[j].text not in _SUBJECT_BREAKS:
            j -= 1
        if j < 1 or tokens[j].text != "," or tokens[j + 1].text not in self.relatives:
            return None
        if all(t.kind == "word" for t in tokens[j + 1 : k]):
            return None  # no figure inside: the description path reads it
        return j

    def _short_name_apposed(self, name: Sequence[Token], described: Sequence[Token]) -> bool:
        """ "the National Statistics Office, Destatis,", "the Jordan News Agency, Petra,": a
        body's capitalised name, its head noun last (`organisation_heads`), then one capitalised
        word between commas that is no place: the body's short name, so the fuller name before
        it speaks (the guide: the fullest form the article gives). English."""
        return (
            not self.after_verb
            and len(described) == 1
            and described[0].kind == "word"
            and self._capitalised(described[0])
            and described[0].text.lower() not in self.places
            and bool(name)
            and self._capitalised(name[-1])
            and self.org_heads_stem(name[-1].text.lower()) is not None
            # a name, every word capitalised but its article and joiners ("of", "and"); not a
            # clause that ends in one ("16 admitted to US Bangla Medical College and Hospital")
            and all(
                t.kind == "word"
                and (
                    self._capitalised(t)
                    or t.text in self.name_joiners
                    or (n == 0 and t.text in self.determiners)
                )
                for n, t in enumerate(name)
            )
        )

    def _acronym_token(self, words: Sequence[Token]) -> bool:
        """One word written in capitals, two to six letters: an acronym ("OCHA")."""
        if len(words) != 1 or words[0].kind != "word":
            return False
        written = self.norm.original[self._at(words[0]) : self._at(words[0]) + len(words[0].text)]
        return 2 <= len(written) <= 6 and written.isalpha() and written.isupper()

    def _report_phrase(self, words: Sequence[Token]) -> bool:
        """ "in a statement", "in its monthly report": a link, a determiner or possessive, up to
        two words, then a report noun."""
        return (
            3 <= len(words) <= 5
            and words[0].text in self.place_links
            and (words[1].text in self.determiners or words[1].text in self.possessive_determiners)
            and self.report_nouns_stem(words[-1].text) is not None
        )

    def _after_clause(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether the pronoun before the verb at `i` follows a comma: "..., it said"."""
        k = i - 1
        while k >= 0 and (tokens[k].text in self.skips or self._in_time(tokens[k])):
            k -= 1
        return k >= 1 and tokens[k - 1].text == ","

    def _opening_body(self, tokens: Sequence[Token]) -> Source | None:
        """The body that opens the sentence as its subject ("The central bank", "Kenya's
        statistics office", "Police"): words up to a body's head noun within the first few, with
        a determiner only first and no stop, verb or figure before it; an official source or
        None. A clause-final "it said" refers to it."""
        words: list[Token] = []
        head = 0
        for k, tok in enumerate(tokens[:_OPENING_WORDS]):
            if tok.text in ("'", "’") or (words and self._possessive(words[-1], tok)):
                words.append(tok)
                continue
            if (
                tok.kind != "word"
                or tok.text in self.stops
                or (k > 0 and (tok.text in self.determiners or tok.text in self.possessive_determiners))
                or self.verbs_stem(tok.text) is not None
            ):
                break
            words.append(tok)
            if self.org_heads_stem(tok.text) is not None:
                head = len(words)
        if not head or self._plural_common_noun(words[head - 1]):
            return None  # "The services sector rose 3%, it said": "it" stands for no plural
        source = self._source(words[:head])
        return source if source is not None and self._official(source) else None

    def _plural_common_noun(self, tok: Token) -> bool:
        """A common noun in the plural ("services", "forces"): "it" never refers to one. A name
        in capitals may be plural in form and singular in use ("the United Nations")."""
        return bool(self.plural_endings) and not self._capitalised(tok) and self._plural_word(tok.text)

    def _agent_follows(self, tokens: Sequence[Token], i: int) -> bool:
        return i + 1 < len(tokens) and tokens[i + 1].text in self.agent_links

    def _head_speaks(self, words: Sequence[Token]) -> bool:
        """Whether a subject's head (its last word) can speak: a name, a speaker noun, a body's
        head noun or a title ("The ministry", "officials", "its governor")."""
        head = words[-1]
        return bool(
            self._capitalised(head)
            or head.text in self.pronoun_kind
            or self.speaker_nouns_stem(head.text)
            or self.org_heads_stem(head.text)
            or self.titles_stem(head.text)
        )

    def _participle_in_subject(self, tokens: Sequence[Token], i: int, words: Sequence[Token]) -> bool:
        """ "the number of dengue cases reported to date was 43,619": a speech verb's past
        participle after a head that cannot speak, followed in its clause by a finite "be" before
        any figure, is a participle inside the subject of that "be", not a verb of its own."""
        if not tokens[i].text.endswith(self.participle_suffixes) or self._head_speaks(words):
            return False
        for tok in tokens[i + 1 : i + 1 + self.max_words]:
            if (
                tok.kind == "num"
                or self._holds_figure(tok)
                or self._breaks(tok)
                or tok.text in self.complementizers
            ):
                return False
            if tok.text in self.passives:
                return True
        return False

    def _speaker_before_report(self, tokens: Sequence[Token], i: int, words: list[Token]) -> list[Token]:
        """ "officials and news reports said": a subject of a speaker and a report joined by
        "and" is the speaker's (the report relays, it does not speak); `words` otherwise."""
        k = self._skip_back(tokens, i - 1)
        if k < 3 or not (self.report_nouns_stem(tokens[k].text) or self.noun_like_verbs_stem(tokens[k].text)):
            return words
        j = k - 1
        while j > 0 and tokens[j].kind == "word" and tokens[j].text not in self.stops and k - j < 3:
            j -= 1  # "news", "local media"
        if tokens[j].text not in self.coordinators:
            return words
        other = self._subject_before(tokens, j, allow_skips=False)
        if other and (self.speaker_nouns_stem(other[-1].text) or self.org_heads_stem(other[-1].text)):
            return other
        return words

    def _coordinated_speakers(self, tokens: Sequence[Token], words: list[Token]) -> list[Token]:
        """ "Police and hospital officials said", "..., the army and medical sources said": two
        speakers joined by a conjunction before one verb of saying are one speaker, the pair as
        written (guide D50), when each conjunct names someone by the lexicon (a speaker noun, a
        body's head noun, a title) or by a name written mid-sentence, and the first opens its
        clause (the sentence's start or a punctuation mark: "The storm killed 20 people and
        officials said" joins no one); `words` otherwise."""
        if self.after_verb or not words or not self.speaker_conjunctions:
            return words
        start = next((k for k in range(len(tokens)) if tokens[k] is words[0]), 0)
        if start < 2 or tokens[start - 1].text not in self.speaker_conjunctions:
            return words
        other = self._subject_before(tokens, start - 1, allow_skips=False)
        if not other or not (self._conjunct_speaks(other) and self._conjunct_speaks(words)):
            return words
        before = start - 1 - len(other) - 1
        if before >= 0 and tokens[before].kind != "punct":
            return words
        return [*other, tokens[start - 1], *words]

    def _conjunct_speaks(self, words: Sequence[Token]) -> bool:
        """One side of a coordinated subject that names a speaker: a speaker noun, a body's head
        noun or a title of the lexicon, or a capitalised word the sentence does not open."""
        if any(
            t.kind == "word"
            and (self.speaker_nouns_stem(t.text) or self.org_heads_stem(t.text) or self.titles_stem(t.text))
            for t in words
        ):
            return True
        opening = self._openings()
        return any(t.kind == "word" and self._capitalised(t) and self._at(t) not in opening for t in words)

    def _inverted_report_issuer(self, tokens: Sequence[Token], k: int) -> list[Token]:
        """The issuer of a report that is the subject after its verb ('"...," said a statement
        from the ministry', '"...," read a statement, issued by Raj Bhawan'): an article, at
        most two lower-case modifiers, the report noun, then a report link or a release
        participle and its agent (English). [] when the words after the verb are not so."""
        n = k + 1 if k < len(tokens) and tokens[k].text in self.determiners | self.indefinites else k
        report = next(
            (
                m
                for m in range(n, min(n + 3, len(tokens)))
                if tokens[m].kind == "word" and self.report_nouns_stem(tokens[m].text) is not None
            ),
            None,
        )
        if report is None or any(t.kind != "word" or self._capitalised(t) for t in tokens[n:report]):
            return []
        m = report + 1
        if m < len(tokens) and tokens[m].text == ",":
            m += 1  # "a statement, issued by ..."
        if m < len(tokens) and self.release_participles_stem(tokens[m].text) is not None:
            m += 1
            if m >= len(tokens) or tokens[m].text not in self.agent_links:
                return []
        elif m >= len(tokens) or tokens[m].text not in self.report_links or m != report + 1:
            return []
        agent, _ = self._subject_after(tokens, m + 1)
        return agent if agent and self._names_someone(agent) else []

    def _name_apposed_to_inverted_title(
        self, tokens: Sequence[Token], at: int, words: Sequence[Token]
    ) -> list[Token] | None:
        """The person's name apposed after a title that is the subject read after its verb
        ("..., said the regional divisional commander, Gen. Juan Pablo Amaya."): the title is
        the article (or a possessive) and up to four words ending in a title word; after its
        comma, a name of capitalised words (its own titles first) that ends the clause. None
        otherwise (English)."""
        if len(words) < 2 or len(words) > 5:
            return None
        if words[0].text not in self.determiners and words[0].text not in self.possessive_determiners:
            return None
        if (
            any(t.kind != "word" or self._capitalised(t) for t in words)
            or self.titles_stem(words[-1].text) is None
        ):
            return None
        comma = at + len(words)
        if comma >= len(tokens) or tokens[comma].text != ",":
            return None
        named, _ = self._subject_after(tokens, comma + 1)
        name = named[self._leading_titles(named) :]
        if not 2 <= len(name) <= 4 or not all(t.kind == "word" and self._capitalised(t) for t in name):
            return None
        if not self._inverted_ends(tokens, comma + 1, named):
            return None
        return list(named)

    def _inverted_speaker_noun(self, tokens: Sequence[Token], at: int, words: Sequence[Token]) -> bool:
        """A subject after the verb that a quotation or a clause closed ("..., said a resident")
        is a speaker without a capital when a determiner or the indefinite article opens it, a
        speaker noun or a body's head noun is in it ("an official", "the ministry") and it ends
        the clause (a stop or a comma after it): not a report ("said the statement"), nor the
        subject of a clause the verb reports (", said the ministry had received reports")."""
        end = self._past_saying_time(tokens, self._past_acronym(tokens, at + len(words)))
        if not (end >= len(tokens) or tokens[end].text in (".", ",", ";", "!", "?")):
            return False
        if words[0].text in self.determiners or words[0].text in self.indefinites:
            return any(self.speaker_nouns_stem(t.text) or self.org_heads_stem(t.text) for t in words)
        # "..., said police.", "..., says health ministry" (a headline drops the article): a bare
        # phrase of words in lower case headed by a speaker noun or a body's head noun
        last = words[-1]
        return (
            len(words) <= 3
            and all(t.kind == "word" and not self._capitalised(t) for t in words)
            and bool(self.speaker_nouns_stem(last.text) or self.org_heads_stem(last.text))
        )

    def _shared_subject(self, tokens: Sequence[Token], i: int) -> Source | None:
        """ "The bank does not target a rate but says the most ... is 5 percent": a speech verb
        with no subject of its own after a coordinating conjunction shares the subject that opens
        its sentence, when that subject names a body or a speaker noun ("The bank", "Police",
        "The World Health Organization") and is official. None otherwise."""
        if i < 2 or tokens[i - 1].text not in self.coordinators:
            return None
        opening: list[Token] = []
        for tok in tokens[: self.max_words]:
            if tok.kind != "word":
                break
            if opening and not (
                self._capitalised(tok) or self.org_heads_stem(tok.text) or self.speaker_nouns_stem(tok.text)
            ):
                break
            opening.append(tok)
        if len(opening) == 1 and opening[0].text in self.determiners:
            opening = self._modified_head(tokens)  # "The national civil protection agency"
        if not opening or opening[-1] is tokens[i - 1] or len(opening) >= i:
            return None
        if not any(self.org_heads_stem(t.text) or self.speaker_nouns_stem(t.text) for t in opening):
            return None
        source = self._source(opening)
        return source if source is not None and self._official(source) else None

    def _modified_head(self, tokens: Sequence[Token]) -> list[Token]:
        """The article, lower-case modifiers and the head noun of a body or of speakers that open
        the sentence ("The national civil protection agency"), up to three modifiers; [] when no
        such head follows them."""
        for k in range(1, min(5, len(tokens))):
            tok = tokens[k]
            if tok.kind != "word" or self._capitalised(tok) or tok.text in self.stops:
                return []
            if self._body_word(tok.text):
                return list(tokens[: k + 1])
            if self._verb_stem(tok.text) is not None:
                return []
        return []

    def _clause_conjunction(self, tok: Token) -> bool:
        """A coordinating conjunction or a clause opener ("and", "but", "while")."""
        word = tok.text.lower()
        return word in self.coordinators or word in self.clause_openers

    @staticmethod
    def _index_before(tokens: Sequence[Token], tok: Token, upto: int) -> int:
        """Where `tok`, a subject's first word, stands among `tokens` before the verb at `upto`:
        a bracketed acronym may stand between the subject and its verb ("Bruce Macdonald from the
        Rural Fire Service (RFS) says"), so the subject's length alone does not say."""
        for k in range(upto - 1, -1, -1):
            if tokens[k].start == tok.start:
                return k
        return upto - 1

    def _name_before_origin(self, tokens: Sequence[Token], k: int) -> list[Token] | None:
        """ "Abdul Majid Akhundzada from provincial council told": a person's name (two to four
        capitalised words, no body or speaker noun) before "from" and the body a subject-first
        verb's subject names; the body is the person's role. None when there is no such name."""
        if k < 2 or tokens[k].text not in self.origin_links:
            return None
        name: list[Token] = []
        j = k - 1
        while j >= 0 and tokens[j].kind == "word" and self._capitalised(tokens[j]) and len(name) < 5:
            name.insert(0, tokens[j])
            j -= 1
        # A word before the name joins it ("compiled by Arab News from"), unless a conjunction
        # opens the name's clause ("..., but Bruce Macdonald from the RFS says").
        if not 2 <= len(name) <= 4 or (
            j >= 0 and tokens[j].kind == "word" and not self._clause_conjunction(tokens[j])
        ):
            return None
        if any(
            self.org_heads_stem(t.text) or self.speaker_nouns_stem(t.text) or t.text in self.titles
            for t in name
        ):
            return None
        return name

    def _titled_name_of(self, words: Sequence[Token]) -> Source | None:
        """ "Lieutenant Mohammed Abdelaziz of Iraqi police said", "Captain Ali Hassan of the
        civil defence said": a title, a person's name (two to four capitalised words, no body,
        speaker noun or title), then "of" and the body the person serves. The person speaks;
        the title and the body are the role (as with "from": `_name_before_origin`). None when
        the subject is not so built ("The Ministry of Health" opens with no title)."""
        if self.after_verb or len(words) < 5:
            return None
        titles = self._leading_titles(words)
        link = next((k for k in range(titles, len(words)) if words[k].text == "of"), None)
        if not titles or link is None or not 2 <= link - titles <= 4 or link + 1 >= len(words):
            return None
        name, body = words[titles:link], words[link + 1 :]
        if any(
            t.kind != "word"
            or not self._capitalised(t)
            or self.org_heads_stem(t.text)
            or self.speaker_nouns_stem(t.text)
            or self.titles_stem(t.text)
            for t in name
        ):
            return None
        if not self._head_speaks(body):
            return None
        role = f"{self._text(words[:titles])} {self._text(words[link:])}"
        return self._resolve(Source(self._text(name) or "", role))

    def _named_report_subject(self, words: Sequence[Token]) -> bool:
        """ "the statement said", "The figures showed", "Their data shows": a report the
        article has named, with no one of its own, as a verb's whole subject."""
        return (
            len(words) == 2
            and words[0].text in self.named_report_leads
            and self.report_nouns_stem(words[1].text) is not None
        )

    def _named_report_voice(self, report: Token) -> Source | None:
        """ "The statement said": the speaker of the last sentence that mentioned such a report
        ("In a statement, the army said ..."). When that sentence named no one as saying it,
        the last speaker only if it names them too ("The statement from the Ministry of
        Health ... said ..." after "The state Ministry of Health"), else no one: "The army
        issued a statement." or "The UN released its figures." is not the minister quoted
        before. With no mention, the last speaker ("The ministry said ... The statement
        added")."""
        kind = self._report_kind(report.text)
        last = self._carried("any")
        for k in range(self.read_up_to - 1, -1, -1):
            tokens = [t for t in self.tokens_of(k) if t.kind == "word"]
            mentions = [t for t in tokens if self._report_kind(t.text) == kind]
            if not mentions:
                continue
            words = [t.text for t in tokens]
            cited = self._cited_report_issuer(k, mentions[0])
            if cited is not None:
                return cited
            voice = self._voice_of_report(k, self._at(mentions[0]))
            if voice is not None or last is None:
                return voice
            if self._refers_back(tokens, mentions[0]):
                continue  # "“...,” says the report." again: the report named before speaks
            named = {w for w in self._words(last.name) if len(w) > 2} - self.determiners - self.report_links
            return last if named & set(words) else None
        return last

    def _cited_report_issuer(self, index: int, report: Token) -> Source | None:
        """The issuer of a report that a speaker cites in sentence `index` ("Al Yaum said, citing
        a Ministry of Health report", "citing a report by the health ministry"): the issuer the
        article names for it (`_report_issuers`), after a citing participle before the report's
        phrase; None when no such participle or no issuer (English)."""
        if self.after_verb or not self.citing_participles:
            return None
        tokens = self.tokens_of(index)
        at = self._at(report)
        k = next((n for n, t in enumerate(tokens) if self._at(t) == at), None)
        if k is None:
            return None
        j = k - 1
        while j >= 0 and k - j <= 2 * self.max_words and tokens[j].text not in self.citing_participles:
            tok = tokens[j]
            if tok.kind != "word" and tok.text not in self.possessive_marks and tok.text != ".":
                return None  # a comma or a figure: the report is no object of a citing word
            j -= 1
        if j < 0 or tokens[j].text not in self.citing_participles:
            return None  # no citing word within reach before the report
        return next((source for offset, source, _ in self._report_issuers() if offset == at), None)

    def _refers_back(self, words: Sequence[Token], report: Token) -> bool:
        """ "the report", "its figures": a report noun after a lead of a report already named
        (`named_report_leads`), which names no report of its own (English)."""
        k = words.index(report)
        return not self.after_verb and k > 0 and words[k - 1].text.lower() in self.named_report_leads

    def _report_kind(self, word: str) -> str | None:
        """The report noun a word is, with its article, clitics or written case ending
        ("البيان", "ببيان", "تقريرا" are "بيان", "بيان", "تقرير")."""
        bare = self._bare(word)
        kind = self.report_nouns_stem(bare)
        if kind is None:
            for ending in self.case_endings:
                if bare.endswith(ending) and len(bare) > len(ending) + 2:
                    kind = self.report_nouns_stem(bare[: -len(ending)])
                    if kind is not None:
                        break
        if kind is None and self.after_verb:
            # "إحصائيتها": a feminine report noun with a possessive, its ة written ت before it
            for suffix in self.possessive_suffixes:
                stem = bare[: -len(suffix)]
                if not bare.endswith(suffix) or len(stem) < 4:
                    continue
                for written, ending in self.suffixed_endings.items():
                    if stem.endswith(written):
                        kind = self.report_nouns_stem(stem[: -len(written)] + ending)
                        if kind is not None:
                            return kind
        return kind

    def _voice_of_report(self, index: int, at: int) -> Source | None:
        """Who speaks through the report mentioned at offset `at` of sentence `index`: the last
        speaker named before it ("وأكدت الوزارة في بيان، بحسب إحصائية الشركة، ..." is the
        ministry's statement, not the company's), else the first after it ("In a statement,
        the army said"); the sentence's voice when no frame of its own names one."""
        named = [f for f in self.frames.get(index, ()) if f.source is not None]
        before = [f for f in named if f.start < at]
        if before:
            return before[-1].source
        if named:
            return named[0].source
        voice = self.voices.get(index)
        if voice is not None or not self.issuing_verbs:
            return voice
        # "The authority released a report.", "ونشرت المنظمة تقريرا": who issued it
        tokens = self.tokens_of(index)
        for i, tok in enumerate(tokens):
            if self._at(tok) >= at:
                break
            if tok.kind == "word" and self.issuing_verbs_stem(tok.text) is not None:
                if (index, i) in self._issuers_reading:
                    return None  # "نشر النتائج" read from "أظهرت النتائج": the report is its own subject
                read = self._verb_first_subject if self.after_verb else self._subject_first
                withheld = self.withheld  # the verb being read keeps its own evidence
                self._issuers_reading.add((index, i))
                try:
                    issuer = read(tokens, i)[0]
                finally:
                    self._issuers_reading.discard((index, i))
                self.withheld = withheld
                return issuer
        return self._issuer_linked_to_report(tokens, at)

    def _issuer_linked_to_report(self, tokens: Sequence[Token], at: int) -> Source | None:
        """ "وعزا بلاغ للمديرية العامة للأمن الوطني الأسباب": a report without the article, its
        indefinite adjectives aside ("تقرير حديث"), then "ل" written onto a body's head noun: the
        body issued it (Arabic). None otherwise."""
        if not self.after_verb:
            return None
        k = next((n for n, t in enumerate(tokens) if self._at(t) == at), None)
        if k is None or self._definite(tokens[k].text) or self._link_prefix(tokens[k].text) is not None:
            return None
        j = k + 1
        while (
            j < min(len(tokens), k + 3)
            and tokens[j].kind == "word"
            and self._link_prefix(tokens[j].text) is None
            and not self._definite(tokens[j].text)
        ):
            j += 1  # its indefinite adjectives
        if j >= len(tokens) or tokens[j].kind != "word" or self._link_prefix(tokens[j].text) is None:
            return None
        if self.org_heads_stem(self._bare(self._unlinked(tokens[j].text))) is None:
            return None
        issuer, _ = self._subject_after(tokens, j, linked=True)
        end = j + len(issuer)
        if not issuer or (end < len(tokens) and tokens[end].kind == "word"):
            return None  # "... الأسباب الرئيسية المؤدية إلى": the name ran on into the verb's object
        return self._source(issuer, linked=True)

    def _titled_person(self, tokens: Sequence[Token], i: int) -> tuple[list[Token], list[Token]] | None:
        """A title with its complement, then the person's name, as the subject of the verb at
        `i`: "The acting spokesperson of the National Disaster Agency Abdul Muhari said",
        "Statistician in the statistics office's labour section John Mullane said", "...,
        National Coordinator of the Disaster Centre Keerthi Ekanayake told". The name is two or
        three capitalised words right before the verb, after a body's head noun or a place that
        ends the complement (after another noun the words may be its own name: "the club Real
        Madrid"); the phrase before it opens its clause with
        a title or a speaker noun (past a determiner and up to two words that qualify it) and
        links it to its complement ("of", "in", `title_complement_links`). Returns the name and
        the title phrase, or None (English; a subject too long for `_subject_before`, or cut at
        "in" by `_place_head`, is read whole here)."""
        if self.after_verb or not self.title_complement_links:
            return None
        end = self._skip_back(tokens, i - 1)
        j, written = end, 0
        while j >= 0 and written < 3:
            tok = tokens[j]
            if tok.text == "-" and self._inner_hyphen(tokens, j):
                j -= 1  # "Sanwo-Olu"
                continue
            if (
                tok.kind != "word"
                or not self._capitalised(tok)
                or tok.text in self.determiners
                or self.org_heads_stem(tok.text) is not None
                or self.titles_stem(tok.text) is not None
                or self.speaker_nouns_stem(tok.text) is not None
            ):
                break
            written += 1
            j -= 1
        if written < 2 or j < 2 or tokens[j].kind != "word":
            return None
        name = list(tokens[j + 1 : end + 1])
        placed = False
        for cut in (2, 1):
            if len(name) > cut and self.lex.strip_prefix(" ".join(t.text for t in name[:cut]), self.places):
                # "The Prime Minister of India Narendra Modi": the place ends the complement
                j, name, placed = j + cut, name[cut:], True
                break
        if len(name) < 2 or self._names_place(name):
            return None  # "the mayor of the city of New York said"
        before = tokens[j]
        if before.text in self.stops or before.text in self.title_complement_links:
            return None  # "the head of Save the Children", "officials in Gaza City"
        # after a common noun the words may be its own name ("The president of the club Real
        # Madrid"): only a title placed "in" or "at" it ("Senior officer in the district Ram
        # Kumar") ends with the person's name there
        common = self.org_heads_stem(before.text) is None and not placed
        start = j
        while start > 0 and j - start < 2 * self.max_words:
            tok = tokens[start - 1]
            inside = self._inner_hyphen(tokens, start - 1) or self._abbreviation_dot(tokens, start - 1)
            if tok.text in ("'", "’") or inside:
                start -= 1
                continue
            if tok.kind != "word" or (tok.text in self.stops and tok.text not in self.title_complement_links):
                break
            start -= 1
        if start > 0 and not (
            tokens[start - 1].text in (",", ":", ";", "(", '"', "“", "'")
            or (start == 1 and self._opening_conjunction(tokens[0]))
        ):
            return None  # the phrase does not open its clause
        title = list(tokens[start : j + 1])
        words = [t for t in title if t.kind == "word"]
        leads = self.determiners | self.possessive_determiners
        lead = 1 if words and words[0].text in leads else 0
        found = next(
            (
                k
                for k in range(lead, min(lead + 3, len(words)))
                if self.titles_stem(words[k].text) is not None
                or self.speaker_nouns_stem(words[k].text) is not None
            ),
            None,
        )
        if found is None or not any(t.text in self.title_complement_links for t in words[found + 1 :]):
            return None
        link = next(t.text for t in words[found + 1 :] if t.text in self.title_complement_links)
        head = words[found].text
        if self._plural_word(head):
            return None  # "Residents in the border town Ciudad Juarez said": a plural names no one person
        if common and link not in self.place_links:
            return None
        if any(
            t.kind == "num"
            or self._holds_figure(t)
            or t.text in self.clause_words
            or t.text in self.complementizers
            or t.text in self.relatives
            or self.verbs_stem(t.text) is not None
            for t in title
        ):
            return None  # a clause, not a title's complement
        return name, title

    def _report_participle(
        self, tokens: Sequence[Token], i: int, words: Sequence[Token]
    ) -> tuple[int, list[Token]] | None:
        """A participle clause between a report subject and its verb, with no commas: a release
        participle ("Statistics published by the centre showed", "government data released on
        Monday showed") or one of how the report reached the writer ("A statement from the bank
        received here on Saturday said"). Returns where the participle stands and, for a
        release participle with an agent, the agent's words (the issuer); None when the subject
        holds no such clause after a report. Receipt participles' agents ("obtained by
        Reuters") are the receiver, never the issuer (English)."""
        if self.after_verb or not words:
            return None
        first = next((n for n in range(i - 1, -1, -1) if tokens[n].start == words[0].start), None)
        if first is not None and first >= 2:
            link, participle = tokens[first - 1].text, tokens[first - 2].text
            received = link in self.agent_links and self.receipt_participles_stem(participle) is not None
            sent = link in self.recipient_links and self.sending_participles_stem(participle) is not None
            if (received or sent) and self._report_before(tokens, first - 2):
                # "A letter seen by reporters said", "A statement copied to the news agency
                # said": who received it, or who it went to
                return first - 2, []
        for p, word in enumerate(words):
            released = self.release_participles_stem(word.text) is not None
            if not released and self.receipt_participles_stem(word.text) is None:
                continue
            if word.kind != "word" or self._capitalised(word):
                return None
            at = next((n for n in range(i - 1, -1, -1) if tokens[n].start == word.start), None)
            if at is None or not self._report_before(tokens, at):
                return None
            tail = list(words[p + 1 :])
            link = next((k for k, t in enumerate(tail) if t.text in self.agent_links), None)
            if link is None:
                return at, []
            if not released:
                return at, []
            agent = tail[link + 1 :]
            if link > 0 or not agent or not self._names_someone(agent):
                return None
            return at, agent
        return None

    def _report_before(self, tokens: Sequence[Token], at: int) -> bool:
        """Whether the words before token `at` end a report subject: a report noun right before
        it (past a parenthesised acronym), or a report noun, a report link and the report's
        issuer ("A statement from the central bank")."""
        k = at - 1
        if k >= 2 and tokens[k].text == ")" and tokens[k - 2].text == "(":
            k -= 3
        if k >= 0 and self._report_or_dataset(tokens[k].text):
            return True
        issuer = self._subject_before(tokens, at, allow_skips=False)
        j = at - len(issuer) - 1
        if issuer and k != at - 1:
            j -= 3
        return j >= 1 and tokens[j].text in self.report_links and self._report_or_dataset(tokens[j - 1].text)

    def _released_by(self, name: Sequence[Token], described: Sequence[Token]) -> list[Token]:
        """The agent of a participle between commas after a named report ("The figures, released
        on Monday by the statistics office,"): the words after the agent link; [] when the
        subject is no named report or the description no such participle (English)."""
        words = [t for t in name if t.kind == "word"]
        if not self._named_report_subject(words) or not described:
            return []
        first = described[0]
        if first.kind != "word" or self.release_participles_stem(first.text) is None:
            return []  # "The statement, signed by the director,": signing is no issuing
        link = next((k for k, t in enumerate(described) if t.text in self.agent_links), None)
        if link is None or link + 1 >= len(described):
            return []
        agent = list(described[link + 1 :])
        # "released by the UN on Monday": the agent ends where a time (and its lead) begins
        when = next((j for j, t in enumerate(agent) if j and self._in_time(t)), None)
        if when is not None:
            agent = agent[:when]
            while len(agent) > 1 and agent[-1].text in self.time_leads:
                agent.pop()
        return agent if self._names_someone([t for t in agent if t.kind == "word"] or agent) else []

    def _received_report(self, name: Sequence[Token], described: Sequence[Token]) -> bool:
        """Whether a report subject that names its issuer ("Figures by X", "Data from the
        ministry") has, set off by commas after it, a participle of how it reached the writer and
        that participle's agent ("cited by Al Jazeera", "obtained by Reuters": receipt
        participles), which the subject's verb does not make a speaker (English)."""
        words = [t for t in name if t.kind == "word"]
        if words and words[0].text in self.determiners:
            words = words[1:]
        return (
            len(words) > 2
            and self.report_nouns_stem(words[0].text) is not None
            and words[1].text in self.report_links
            and len(described) > 2
            and self.receipt_participles_stem(described[0].text) is not None
            and described[1].text in self.agent_links
        )

    def _named_after_article(self, words: Sequence[Token]) -> bool:
        """ "the Syrian Observatory for Human Rights": the article, then a capitalised name."""
        return len(words) > 1 and words[0].text in self.determiners and self._capitalised(words[1])

    def _leading_titles(self, name: Sequence[Token]) -> int:
        """How many tokens at the start of a name between commas are titles and their stops
        ("Colonel Ali Hassan", "Dr. Maria Cruz"), leaving at least one word of the name."""
        k = 0
        while k < len(name) - 1 and (
            self.titles_stem(name[k].text) is not None
            or (name[k].text == "." and k > 0 and self._abbreviation_dot(name, k))
        ):
            k += 1
        return k

    def _titled_name(self, title: Sequence[Token], name: Sequence[Token]) -> bool:
        """A title phrase ("The governor of the state of Veracruz", "the head of the agency", "its
        governor", "the city's mayor", "A UN spokesman") before a name of capitalised words
        between commas (its own titles first: "Colonel Ali Hassan")."""
        name = name[self._leading_titles(name) :]
        words = [t for t in title if t.kind == "word"]
        # the title after a possessor ("the city's mayor") or right after the determiner, or
        # after up to three words that qualify it ("A UN spokesman", "the deputy health minister",
        # "The Force Public Relations Officer")
        lead = next(
            (j + 1 for j in range(1, min(len(words) - 1, 4)) if words[j].text in self.possessive_endings), 1
        )
        titled = (j for j in range(lead, min(lead + 4, len(words))) if self.titles_stem(words[j].text))
        lead = next(titled, lead)
        # "the head of the operations unit of the provincial disaster agency, Jumaidi,": a title
        # that names the body it serves may be long, and the name one word (a mononym)
        served = any(t.text in self.title_complement_links for t in words[lead:]) and any(
            self.org_heads_stem(t.text) is not None for t in words[lead + 1 :]
        )
        return (
            len(words) > lead
            and len(title) <= (2 * self.max_words if served else self.max_words)
            and (words[0].text in self.determiners or words[0].text in self.possessive_determiners)
            and self.titles_stem(words[lead].text) is not None
            # a person's full name: "the head of the opposition, Labour," is a party; a hyphen
            # joins two of its words ("Babajide Sanwo-Olu")
            and (1 if served else 2) <= sum(t.kind == "word" for t in name) <= 4
            and all((t.kind == "word" and self._capitalised(t)) or t.text == "-" for t in name)
            and name[0].kind == "word"
            and name[-1].kind == "word"
            and not any(self.org_heads_stem(t.text) for t in name)
            # "The mayor of the city, Paris, said": a place between the commas names the city
            and not self._names_place(name)
        )

    def _names_someone(self, words: Sequence[Token]) -> bool:
        """An English subject that can be a speaker: a capitalised word that does not just open
        the sentence, a determiner or possessive ("the ministry", "his office"), or a speaker
        noun ("officials", "police"); not a fragment such as "re getting" or "million"."""
        if words[0].text in self.determiners or words[0].text in self.possessive_determiners:
            return True  # "the ministry", "its governor"
        if any(self.speaker_nouns_stem(t.text) or self.org_heads_stem(t.text) for t in words):
            return True
        opening = self._openings()
        for t in words:
            if t.kind != "word" or not self._capitalised(t):
                continue
            if self._at(t) not in opening:
                return True
            written = self.norm.original[self._at(t) : self._at(t) + len(t.text)]
            if (
                (len(written) > 1 and written.isupper())
                or self._key(written)
                or t.text in self._names_inside()
            ):
                return True  # an acronym, a known speaker, a name written mid-sentence elsewhere
        return False

    def _opening_name(self, words: Sequence[Token], tokens: Sequence[Token], i: int) -> bool:
        """ "Netanyahu said": one capitalised word that opens the sentence, as the whole subject
        of a verb only a person or a body does, is a name, unless it is a common word that opens
        sentences ("Many said") or one the article writes in lower case elsewhere. So is such a
        word before a report noun, the report's owner: "Eurostat data showed" ("Official figures
        showed" is no name: "official" is written in lower case, or is a common opening word)."""
        owned = len(words) == 2 and self.report_nouns_stem(words[1].text) is not None
        if owned and not self._capitalised(words[1]):
            if self._report_adjective(words[0]):
                return False  # "Preliminary data showed", "Early estimates showed": no owner named
            words = words[:1]
        elif len(words) != 1 or self.person_verbs_stem(tokens[i].text) is None:
            return False
        word = words[0]
        return (
            word.kind == "word"
            and self._capitalised(word)
            and self._at(word) in self._openings()
            and word.text not in self.opening_common
            and word.text not in self._lower_words()
            # "Gujarat reported 5,819 cases ..., the report said.": the sentence is the closer's
            and not self._closed_later(tokens, i)
        )

    def _closed_later(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a speech verb after token `i` closes the sentence's clause ("..., the report
        said."): what comes before it is that speaker's."""
        later = range(i + 1, len(tokens))
        return any(self._is_verb(tokens, n) and self._closes_clause(tokens, n) for n in later)

    def _report_adjective(self, word: Token) -> bool:
        """Whether a word before a report noun describes the report (claims.report_adjectives,
        or an adjective's ending, claims.report_adjective_endings: "preliminary", "official",
        "latest", "weekly") rather than naming its owner; a name the lexicons know is an owner
        whatever its ending ("Portugal data")."""
        if word.text in self.report_adjectives:
            return True
        written = self.norm.original[self._at(word) : self._at(word) + len(word.text)]
        return word.text.endswith(self.report_adjective_endings) and not self._key(written)

    def _lower_words(self) -> frozenset[str]:
        """Words the article writes in lower case: common words, not names."""
        if self._lower_cache is None:
            self._lower_cache = frozenset(
                t.text
                for t in self._tokens(0, len(self.norm.original))
                if t.kind == "word" and self.norm.original[self._at(t)].islower()
            )
        return self._lower_cache

    def _openings(self) -> frozenset[int]:
        """Where sentences open: each one's start, and its first word when quotation marks or
        a bullet stand before it ("“Investigation showed ...": a capital there is the
        sentence's, no name's)."""
        if self._opening_cache is None:
            openings = {start for start, _ in self.sentences}
            for index in range(len(self.sentences)):
                first = next((t for t in self.tokens_of(index) if t.kind != "punct"), None)
                if first is not None:
                    openings.add(self._at(first))
            self._opening_cache = frozenset(openings)
        return self._opening_cache

    def _names_inside(self) -> frozenset[str]:
        """Words the article capitalises where no sentence starts: names."""
        if self._names_cache is None:
            opening = self._openings()
            self._names_cache = frozenset(
                t.text
                for t in self._tokens(0, len(self.norm.original))
                if t.kind == "word" and self._capitalised(t) and self._at(t) not in opening
            )
        return self._names_cache

    def _person_subject_before(self, index: int) -> Source | None:
        """The person a "he" or "she" of sentence `index` refers to when the sentence before it
        names no speaker and opens with a person's name as its subject ("Nhek Bunchhay, who had
        led the search, appeared confident. He said ..."): the last speaker is then no longer
        the one referred to. A name is two to four capitalised words before a comma or a
        lower-case word, none of them a body's head noun, a title, a speaker noun or a place,
        and no wire. None otherwise (English)."""
        if self.after_verb or index < 1 or self.voices.get(index - 1) is not None:
            return None
        tokens = self.tokens_of(index - 1)
        n = 0
        while n < len(tokens) and n < 5 and tokens[n].kind == "word" and self._capitalised(tokens[n]):
            n += 1
        if not 2 <= n <= 4 or n >= len(tokens):
            return None
        after = tokens[n]
        if not (after.text == "," or (after.kind == "word" and not self._capitalised(after))):
            return None
        name = tokens[:n]
        text = " ".join(t.text for t in name)
        if (
            any(
                t.text in self.determiners
                or t.text in self.stops
                or t.text in self.opening_common
                or self.org_heads_stem(t.text) is not None
                or self.titles_stem(t.text) is not None
                or self.speaker_nouns_stem(t.text) is not None
                or self.lex.strip_prefix(t.text, self.places) is not None
                for t in name
            )
            or text in self.wires
            or self._in_time(name[0])
            or self._holds_acronym(self._text(name) or "")
        ):
            return None
        source = self._source(name)
        return source if source is not None and self._is_person(source) else None

    def _body_subject_before(self, index: int) -> Source | None:
        """The body an "it" of sentence `index` refers to when the sentence before it names no
        speaker and opens with a body as its subject ("Natuna's disaster agency lowered the death
        toll to 10. It said on its website ..."): the subject of the sentence before is what the
        pronoun takes up, as `_person_subject_before` finds for "he" and "she", and no earlier
        speaker. None otherwise (English)."""
        if self.after_verb or index < 1 or self.voices.get(index - 1) is not None:
            return None
        return self._opening_body(self.tokens_of(index - 1))

    def _pronoun_before(self, tokens: Sequence[Token], i: int) -> str | None:
        k = i - 1
        while k >= 0 and (tokens[k].text in self.skips or self._in_time(tokens[k])):
            k -= 1
        if k >= 0 and tokens[k].text in self.pronoun_kind:
            return tokens[k].text
        return None

    def _closes_clause(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a speech verb ends its clause ("300 died, the ministry said on Friday."),
        so that it attributes what comes before it: the clause starts after a comma or a
        quote, and nothing after the verb opens a reported clause or holds a figure."""
        if self.after_verb:
            # "...، قال المتحدث." closes; "...، وأعلنت الوزارة نقل ..." opens a new clause.
            bare = tokens[i].text == self.verbs_stem(tokens[i].text)
            opened = i > 0 and (
                (bare and tokens[i - 1].text in (",", "،", '"', "”", "»"))
                or tokens[i - 1].text in self.post_leads
            )
            if opened:
                words, _ = self._subject_after(tokens, i + 1)
                after = i + 1 + len(words)
                if after < len(tokens) and tokens[after].kind == "word" and not self._in_time(tokens[after]):
                    return False
        else:
            k = i - 1
            while k >= 0 and (
                (tokens[k].kind == "word" and tokens[k].text not in self.complementizers)
                or tokens[k].text in ("(", ")", "'", "’")
                or (tokens[k].text == "-" and not self._spaced_dash(tokens, k))
                or self._abbreviation_dot(tokens, k)  # "..., Mr. Smith said", "the U.S. Census Bureau"
            ):
                k -= self._age_adjective_ending(tokens, k) or 1  # "..., a 43-year-old employee said"
            # "Four died – two of them children – police said": a spaced dash parts the clause as
            # a comma does
            opened = k >= 0 and (
                tokens[k].text in (",", '"', "”", "'", "’")
                or (tokens[k].text in _DASHES and self._spaced_dash(tokens, k))
            )
            if opened and any(self._opens_new_clause(t) for t in tokens[k + 1 : i]):
                return False  # "..., but officials say the figure may rise": a clause of its own
        if not opened:
            return False
        k = i + 1
        while k < len(tokens):
            tok = tokens[k]
            if tok.text in (",", "،", ";", "؛"):
                return True
            if tok.kind == "num" and self._in_time(tok):
                k += 1
                continue  # "officials said on Thursday (Aug 24), as ...": a date, not a figure
            age = self._age_adjective_at(tokens, k) if tok.kind == "num" else 0
            if age:
                k += age
                continue  # "..., said 18-year-old Maryam Bibi": how old the speaker is
            if tok.kind == "num" or tok.text in self.complementizers or tok.text in (":", '"', "“", "«"):
                return False
            k += 1
        return True

    def _clause_between(self, index: int, start: int, end: int) -> bool:
        """Whether a conjunction opens a new clause between two offsets of sentence `index`: a
        speech verb that closed its clause ("..., officials said on Thursday, as rescuers try to
        reach millions") does not attribute what follows it, unless it opens a quotation
        ("X stated, “... because ...”")."""
        for tok in self.tokens_of(index):
            if start <= self._at(tok) < end:
                if tok.text in _QUOTES:
                    return False
                if self._opens_new_clause(tok):
                    return True
        return False

    def _unnamed_report_between(self, index: int, start: int, end: int) -> bool:
        """Whether reports no one is named as giving are linked in between a speaker's verb and
        a figure ("said it had rescued 57 people, amid reports that more than 30 were missing"):
        the figure after them is the reports', not the speaker's."""
        if not self.unnamed_report_links:
            return False
        text = self.norm.original
        if not any(text.find(first, start, end) >= 0 for first in self.unnamed_report_firsts):
            return False  # as news writes them after a verb, in lower case
        tokens = [t for t in self.tokens_of(index) if start <= self._at(t) < end]
        return any(_phrase_size(tokens, k, self.unnamed_report_links) for k in range(len(tokens)))

    def _impersonal_clause_between(self, index: int, start: int, end: int) -> bool:
        """Whether a clause of the impersonal passive ("وتم تحرير"، "كما جرى ضبط") opens between a
        verb of recording and a figure: the body's count is the verb's object, and what was done
        with no doer named after it is no one's (D3, D56). Not inside a statement the verb opened
        with "أن" or a quotation, which runs to the end of its sentence."""
        for tok in self.tokens_of(index):
            if not start <= self._at(tok) < end:
                continue
            if tok.text in self.complementizers or tok.text in _QUOTES:
                return False
            word = tok.text
            if word.startswith(self.coordinator_prefixes) and word[1:] in self.impersonal_auxiliaries:
                return True
            if word in self.impersonal_auxiliaries:
                return True
        return False

    def _marker_in_clause(self, index: int, at: int, start: int) -> bool:
        """Whether a marker after a figure, not set off by a comma, closes only its own clause,
        one that a conjunction opened after the figure: "... شردت 13 مليون شخص، في حين تعاني
        بعض المناطق من المجاعة حسب الأمم المتحدة" (the famine is the UN's, not the 13 million).
        A marker after a comma ("...، وفق الوزارة") reaches the whole sentence."""
        tokens = self.tokens_of(index)
        before = [t for t in tokens if self._at(t) < start]
        if not before or before[-1].text in (",", "،"):
            return False
        return any(
            at < self._at(t) and self._opens_new_clause(t) and not self._parallel_value(before, k)
            for k, t in enumerate(before)
        )

    def _parallel_value(self, tokens: Sequence[Token], k: int) -> bool:
        """ "بلغ عدد الجوامع 1443 جامعا فيما بلغت أعداد المساجد 14561 مسجدا وفق ما أوضحت
        البيانات": a conjunction at `k` that joins a second statement of a value to a sentence
        opened by one (a verb of value first in both) goes on with the same release, so a marker
        closing the second reaches the first. Not a clause of another kind ("في حين تعاني ..."),
        nor a value of another quantity ("وصل سعر الدولار إلى 15 ألف ليرة بينما بلغ عدد الإصابات
        300 وفقا لوزارة الصحة": the exchange rate is not the ministry's): the two subjects are
        headed by the same quantity noun, or both by "the number of" (units.count_heads: عدد،
        أعداد)."""
        if not self.after_verb or k + 1 >= len(tokens) or tokens[0].kind != "word":
            return False
        if not (
            self.value_verbs_stem(tokens[0].text) is not None
            and tokens[k + 1].kind == "word"
            and self.value_verbs_stem(tokens[k + 1].text) is not None
        ):
            return False
        first, second = self._value_head(tokens, 1), self._value_head(tokens, k + 2)
        if first is None or second is None:
            return False
        return first == second or (first in self.count_heads and second in self.count_heads)

    def _value_head(self, tokens: Sequence[Token], j: int) -> str | None:
        """The quantity noun (claims.quantity_heads) that heads the subject right after a verb of
        value at token `j` - 1, within _VALUE_HEAD_REACH words, before any number."""
        for tok in tokens[j : j + _VALUE_HEAD_REACH]:
            if tok.kind != "word":
                return None
            head = self.quantity_heads_stem(tok.text)
            if head is not None:
                return head
        return None

    def _within_statement(self, tokens: Sequence[Token], i: int, frames: Sequence[_Frame]) -> bool:
        """Whether token `i` stands inside the statement of a named speaker's verb earlier in the
        sentence: a main-clause frame with a source that attributes what follows it, and no
        conjunction opening a clause of its own or a semicolon between them ("X said ..., while
        the police recorded" leaves the police their own count)."""
        last = next((f for f in reversed(frames) if f.source is not None and f.ahead and f.main), None)
        if last is None or last.behind:
            return False
        between = [t for t in tokens[:i] if self._at(t) >= last.end]
        return not any(self._opens_new_clause(t) or t.text in (";", "؛") for t in between)

    def _opens_new_clause(self, tok: Token) -> bool:
        """A conjunction that opens a clause of its own ("but", "while", "as"): a speech verb
        after it does not close the clause before it."""
        return tok.kind == "word" and self.clause_openers_stem(tok.text) is not None

    def find(self, index: int, at: int) -> Source | None:
        """The source of a figure at offset `at` of sentence `index`: the nearest speech verb
        before it, else a clause-final one after it, else a source marker, else what a quote
        continues or a headline names (`_find`). None for a member of a gapped list whose own
        name stands where the speaker stood (`_gapped_subject`). A headline's short form is
        given in the article's fuller name (`_fuller`); a quoted headline's source only when the
        article names it in full as an official one."""
        source, frame = self._find(index, at)
        if source is None:
            return None
        if (
            frame is not None
            and frame.kind == "verb"
            and frame.end <= at
            and self._gapped_subject(index, frame, at)
        ):
            return None
        if source in self._headline_sources:
            self._read(len(self.sentences) - 1)
            fuller = self._fuller(source)  # the headline's short form, in the article's full name
            if source in self._quoted_headline_sources and (fuller == source or not self._official(fuller)):
                return None
            source = fuller
        return source

    def _gapped_subject(self, index: int, frame: _Frame, at: int) -> bool:
        """Whether the figure at `at` is a member of a gapped list whose own name stands where the
        speaker stood: "Karnataka reported five deaths, followed by Tamil Nadu two and Gujarat
        one each". The verb of `frame` takes the list's first figure as its object (no
        capitalised word between them: "Police said Milton has 53 cases, Oakville 43" is a
        clause the police report, each member theirs), and the figure stands right after a
        capitalised name (past a word of addition) that follows a list separator or opener
        (numbers.gapped_separators, gapped_openers): the name is that member's subject, the
        speaker only the first member's (the guide's D20), so the member has none the text names."""
        if not self.gapped_separators:
            return False
        # most figures follow no capitalised word: tell them before reading the sentence's tokens
        before = bisect_left(self.token_starts, bisect_left(self.norm.origin, at)) - 1
        if before < 0:
            return False
        last = self.all_tokens[before]
        named = last.kind == "word" and self._capitalised(last)
        if not named and last.text.lower() not in self._addition_lasts:
            return False
        tokens = self.tokens_of(index)
        positions = [self._at(t) for t in tokens]
        figure = bisect_left(positions, at)
        verb_end = bisect_left(positions, frame.end)
        if figure >= len(tokens) or positions[figure] != at or figure <= verb_end:
            return False
        earlier = bisect_left(self.figure_starts, frame.end)
        if earlier >= len(self.figure_starts) or self.figure_starts[earlier] >= at:
            return False
        first = bisect_left(positions, self.figure_starts[earlier])
        if any(t.kind == "word" and self._capitalised(t) for t in tokens[verb_end:first]):
            return False
        k = figure - 1
        for opener in self.gapped_additions:
            size = len(opener)
            if k - size + 1 > first and tuple(t.text.lower() for t in tokens[k - size + 1 : k + 1]) == opener:
                k -= size
                break
        names = 0
        while k > first and tokens[k].kind == "word" and self._capitalised(tokens[k]):
            k -= 1
            names += 1
        if names == 0 or k <= first:
            return False
        if tokens[k].text not in self.gapped_separators:
            for opener in self.gapped_openers:
                size = len(opener)
                if k - size + 1 > first and tuple(t.text for t in tokens[k - size + 1 : k + 1]) == opener:
                    k -= size
                    break
        return k > first and tokens[k].text in self.gapped_separators

    def _find(self, index: int, at: int) -> tuple[Source | None, _Frame | None]:
        """The source and the frame it was read from: one of this sentence's frames, or of the
        sentence before for a sentence that continues a quotation (`continues_quote`); None where
        no frame gave it (a forecast's owner, a quotation's speaker, a headline's, the voice of the
        sentences before). Only `find` reads the frame, and only with a source."""
        self._read(index)
        frames = self.frames[index]
        asides = self._editorial_asides(index)
        if asides:
            tokens = self.tokens_of(index)
            if any(self._at(tokens[a]) < at < self._at(tokens[b - 1]) for a, b in asides):
                return None, None  # "[it is now 26 goals in 25 games]": the outlet's aside
        owner = self._forecast_owner(index, at)
        if owner is not None:
            return owner, None  # "the Bangko Sentral's 6.8 percent forecast"
        if (
            index > 0
            and frames
            and self._inside_quote(index)
            and not self._quote_closes_in(index)
            and self._quote_closes_after(index)
        ):
            # Inside someone's quotation, whoever the quoted words name as confirming a figure
            # is reported by the one quoted: “... Vubwi District has confirmed four cases ...”
            speaker = self._quote_closer(index) or self._quote_opener(index)
            if speaker is not None:
                return speaker, None
        ahead = [
            f
            for f in frames
            if f.ahead
            and not f.marker
            and f.end <= at
            and not (f.behind and self._clause_between(index, f.end, at))
            and not (f.kind == "verb_weak" and self._impersonal_clause_between(index, f.end, at))
            and not self._unnamed_report_between(index, f.end, at)
        ]
        if ahead and all(f.kind == "verb_weak" for f in ahead) and index > 0:
            # '"فيما سجلت محكمة ... (3132) عقد زواج"' after 'وأكد البيان أن "...": a verb of
            # recording inside a quoted paragraph is the quoted statement's, no new speaker (a
            # figure inside another speaker's statement stays that speaker's)
            carried = self._paragraph_quotation(index) or self._quoted_again(index)
            if carried is not None:
                return carried, None
        closer = self._quotation_closer_frame(index, at, frames, ahead)
        if closer is not None:
            return closer.source, closer  # 'BSS adds: "... 565 ...," a release of the DGHS said.'
        closer = self._speaker_past_quotation(index, at, frames)
        if closer is not None:
            return closer.source, closer  # '"..., the commission declares ...," said X.'
        main = [f for f in ahead if f.main]
        if main and main[-1].source is not None:
            quoting = self._quoting_frame(main, at)
            if quoting is not None:
                return quoting.source, quoting
            return main[-1].source, main[-1]
        if ahead and ahead[-1].source is None:
            quoted = self._quoted_by(frames, at)
            if quoted is not None:
                return quoted, None
            stated = self._stated_by(index, ahead)
            if stated is not None:
                return stated.source, stated
            if ahead[-1].start in self.awaiting_issuer:
                issuer = self._issuer_named_after(index)
                if issuer is not None:
                    return issuer, ahead[-1]
        if ahead and ahead[-1].source is not None:
            return ahead[-1].source, ahead[-1]
        behind = [f for f in frames if f.behind and not f.marker and f.start >= at]
        if behind and behind[0].source is not None:
            if behind[0].described_from is not None and behind[0].described_from <= at:
                return None, behind[0]  # "one of Sinner's two coaches, X said"
            return behind[0].source, behind[0]
        if behind and behind[0].start in self.awaiting_issuer:
            issuer = self._issuer_named_after(index)
            if issuer is not None:
                return issuer, behind[0]  # "..., official figures show." (D2)
        # A marker before a clause that has its own speech verb ("وفق الأمم المتحدة، بينما قدر
        # بحث ... بنحو 130 ألفا") does not reach past that verb.
        markers = [
            f
            for f in frames
            if f.marker
            and f.source is not None
            and not any(f.end <= v.start for v in ahead)
            and not (f.start > at and self._marker_in_clause(index, at, f.start))
        ]
        if markers:
            nearest = min(markers, key=lambda f: abs(f.start - at))
            return nearest.source, nearest
        if ahead or behind:
            return None, None
        if index > 0 and self._inside_quote(index):
            speaker = self._quote_closer(index) or (
                self._quote_opener(index) if self._quote_closes_after(index) else None
            )
            if speaker is not None:
                return speaker, None  # “... 39 miners were trapped ...,” he said.
        if index > 0 and self._opens_quotation(index):
            speaker = self._quote_closer(index)
            if speaker is not None:
                return speaker, None  # “Two strikes ... killed 18 ...,” X told Xinhua.
        if index > 0 and self.continues_quote(index):
            carried = self._paragraph_quotation(index)
            if carried is not None:
                return carried, None  # 'X said: “... .' then '“... 4.1 ... .”'
            previous = [f for f in self.frames[index - 1] if f.source is not None]
            if previous:
                return previous[-1].source, previous[-1]
        if index in self._headlines():
            return self._headline_source(index, at), None
        if not frames:
            voice = None if index in self.unvoiced else self.voices.get(index)
            if voice is None and not self._looking_back:
                voice = self._pointed_back_at(index)
            return voice, None
        return None, None

    def _pointed_back_at(self, index: int) -> Source | None:
        """The speaker a later sentence names for the figures before it (the guide's D41): "Ghana's
        inflation hit 37.2 percent." then "This was announced by the Government Statistician".
        The sentences between them, if any, have no speaker of their own; the look stops at the
        first that has one, at a headline, and three sentences on."""
        if not self.back_pointers:
            return None
        if index in self._pointed_back:
            return self._pointed_back[index]
        found = None
        self._looking_back = True
        try:
            for k in range(index + 1, min(index + 4, len(self.sentences))):
                if k in self._headlines():
                    break
                self._read(k)
                found = self._back_pointing_source(k)
                if found is not None or any(f.source is not None for f in self.frames[k]):
                    break
        finally:
            self._looking_back = False
        self._pointed_back[index] = found
        return found

    def _back_pointing_source(self, index: int) -> Source | None:
        """Who sentence `index` names as giving the figures an anaphor points back at: the agent
        of "This was revealed (by X / in a release prepared by X)", or the speaker of "X
        disclosed this when ...", "X confirmed the news, adding that"; None for any other
        sentence."""
        tokens = self.tokens_of(index)
        size = (
            _phrase_size(tokens, 0, self.back_pointers)
            if tokens and tokens[0].text.lower() in self.back_pointer_firsts
            else 0
        )
        if size:
            j = size
            while j < len(tokens) and tokens[j].text.lower() in self.clause_words:
                j += 1
            if j == size or j >= len(tokens) or tokens[j].kind != "word":
                return None
            verb = tokens[j].text.lower()
            if verb not in self.back_pointing_verbs and self.release_participles_stem(verb) is None:
                return None
            source = self.find(index, self.sentences[index][1])
            if source is not None:
                return source
            for m in range(j + 1, min(j + 6, len(tokens))):
                if tokens[m].kind == "word" and self._released_report(tokens[m].text):
                    return self._issuer_after_report(tokens, m)
            return None
        speaking = [f for f in self.frames[index] if f.source is not None and not f.marker and f.main]
        if not speaking:
            return None
        positions = [self._at(t) for t in tokens]
        for frame in speaking:
            m = bisect_left(positions, frame.end)
            if not any(
                t.text.lower() in self.back_pointing_verbs
                for t in tokens[bisect_left(positions, frame.start) : m]
            ):
                continue  # "described the figures as outdated": a reaction to them
            if m < len(tokens) and tokens[m].text.lower() in self.complementizers:
                continue  # "said that ...": the clause it opens, no anaphor
            size = _phrase_size(tokens, m, self.back_pointers)
            if size and (
                m + size == len(tokens)
                or tokens[m + size].kind != "word"
                or tokens[m + size].text.lower() in self.back_pointer_follows
            ):
                return frame.source
        return None

    def _quotation_closer_frame(
        self, index: int, at: int, frames: Sequence[_Frame], ahead: Sequence[_Frame]
    ) -> _Frame | None:
        """A figure inside a quotation that opens after the frames before it and closes right
        before a clause-final speech verb with its speaker ('BSS adds: "As many as 565 ...," a
        press release of the DGHS said.'): the quoted words are that speaker's, and the one
        before the quotation only relays them. None otherwise (English)."""
        if self.after_verb or not ahead:
            return None
        behind = next((f for f in frames if f.behind and not f.marker and f.start >= at), None)
        if behind is None or behind.source is None:
            return None
        text = self.norm.original
        opening = text[ahead[-1].end : at]
        mark = min((opening.find(q) for q in _QUOTE_OPENERS if q in opening), default=-1)
        if mark < 0 or opening[:mark].strip(" :,") or any(q in opening for q in "”»"):
            return None  # the quotation opens right after the verb before it ("X adds: “...")
        between = text[at : behind.start]
        close = max(between.rfind("”"), between.rfind("»"), between.rfind('"'))
        if close < 0 or not (
            between[:close].rstrip().endswith(",") or between[close + 1 :].lstrip().startswith(",")
        ):
            return None  # '“...,” the agency said', the verb's subject between the mark and it
        return behind

    def _speaker_past_quotation(self, index: int, at: int, frames: Sequence[_Frame]) -> _Frame | None:
        """A figure inside a quotation that holds a verb of saying or a marker of its own and
        closes before a clause-final speech verb with its speaker ('"... more than fifty percent
        of the votes, the commission declares ...," said X.'): the quoted words, their verbs
        too, are that speaker's statement (the guide: a figure inside another speaker's statement
        stays that speaker's). None when the figure is in no quotation, none of its frames stands
        inside it, or no speaker closes it (English)."""
        if self.after_verb:
            return None
        for frame in frames:
            if frame.behind and not frame.marker and frame.source is not None:
                break
        else:
            return None  # no frame that could close it with a speaker: no need to read the marks
        marks = [self._at(t) for t in self.tokens_of(index) if t.text in _QUOTES and t.text != "'"]
        before = [m for m in marks if m < at]
        after = [m for m in marks if m > at]
        if not after or len(before) % 2 == 0:
            return None  # the figure is in no quotation of this sentence
        opened, closed = before[-1], after[0]
        if not any(opened < f.start < closed for f in frames):
            return None
        past = next((f for f in frames if f.start > closed), None)
        if past is None or not past.behind or past.marker or past.source is None:
            return None
        if any(closed < m < past.start for m in after):
            return None  # another quotation opens before the verb
        return past

    def _forecast_owner(self, index: int, at: int) -> Source | None:
        """Whose forecast a figure is when a forecast noun right after it names its owner, by a
        possessive before the figure or a link after the noun: "the Bangko Sentral's 6.8 percent
        forecast", "the 6.4 percent forecast of the Department of Finance" (a body, English)."""
        if self.after_verb or not self.forecast_nouns:
            return None
        tokens = self.tokens_of(index)
        # the first token at or after `at`: the tokens' offsets rise (see `_any_figure`)
        first = bisect_left(tokens, at, key=self._at)
        if first == len(tokens):
            return None
        made = self._forecast_made_by(tokens, first)
        if made is not None:
            return made
        noun = next(
            (
                k
                for k in range(first + 1, min(first + 5, len(tokens)))
                if tokens[k].kind == "word"
                and tokens[k].text in self.forecast_nouns
                and self.report_nouns_stem(tokens[k].text) is not None  # not "target"
            ),
            None,
        )
        if noun is None or any(
            t.text in (",", ";") or self._is_verb(tokens, k) for k, t in enumerate(tokens[first:noun], first)
        ):
            return None
        if first >= 3 and self._possessive(tokens[first - 2], tokens[first - 1]):
            words = self._subject_before(tokens, first - 2, allow_skips=False)
            lead = max((k for k, t in enumerate(words) if t.text in self.determiners), default=0)
            words = words[lead:]  # "slightly lower than the Bangko Sentral's": the owner's name
            owner = self._issuing_body(words, body=False) or (self._source(words) if words else None)
            if owner is not None and (self._official(owner) or self._names_someone(words)):
                return owner
        if noun + 2 < len(tokens) and tokens[noun + 1].text in self.report_links:
            words, _ = self._subject_after(tokens, noun + 2)
            return self._issuing_body(words)
        return None

    def _channel_owner(self, tokens: Sequence[Token], words: Sequence[Token], after: int) -> Source | None:
        """The body a channel speaks for ("وأوضح الموقع الرسمي للجنة"، "وذكرت صفحة وزارة الصحة"):
        a channel noun (claims.channel_nouns) and its definite adjectives, then an organisation
        as its genitive or written with "ل" after it. None when the words are no channel or
        its owner is no organisation (an outlet's site names itself)."""
        if not words or self.channel_nouns_stem(self._bare(words[0].text)) is None:
            return None
        k = 1
        while k < len(words) and self._definite(words[k].text) and not self._is_organisation(words[k:]):
            k += 1
        if k < len(words):
            owner = list(words[k:])
            return self._source(owner) if self._is_organisation(owner) else None
        if (
            after >= len(tokens)
            or tokens[after].kind != "word"
            or self._link_prefix(tokens[after].text) is None
        ):
            return None
        owner, _ = self._subject_after(tokens, after, linked=True)
        if not owner or not self._is_organisation(owner):
            return None
        if len(owner) == 1 and self.definite_article:
            # "للجنة" alone is "ل" + "اللجنة", the body named before: its short form
            head = self._unlinked(owner[0].text)
            if not self._definite(head):
                return self._resolve(Source(self.definite_article + head))
        return self._source(owner, linked=True)

    def _issuer_named_after(self, index: int) -> Source | None:
        """Who issued a bare report read before anyone spoke ("لتشير الإحصائيات إلى مشاركة 22
        مليون زائر" in the lead, "وأعلنت العتبة العباسية أن ..." after it): the first voice the
        article names after sentence `index`, when it is a body, the kind of voice that issues
        statistics (the guide's D2: a bare report is its issuer's wherever the article names
        it); None when the first voice after is a person or an outlet, or none speaks. Reads the
        rest of the article, as a headline's short form does."""
        self._read(len(self.sentences) - 1)
        if self._first_voices_after is None and len(self.frames) == len(self.sentences):
            # once, from the end: every figure of a long article may ask (no walk per figure)
            first: list[Source | None] = [None] * len(self.sentences)
            following: Source | None = None
            for k in range(len(self.sentences) - 1, -1, -1):
                first[k] = following
                following = next((f.source for f in self.frames[k] if f.source is not None), following)
            self._first_voices_after = first
        if self._first_voices_after is not None:
            voice = self._first_voices_after[index]
        else:
            voice = next(
                (
                    f.source
                    for k in range(index + 1, len(self.sentences))
                    for f in self.frames.get(k, ())
                    if f.source is not None
                ),
                None,
            )
        if voice is None or not self._issuing_voice(voice):
            return None
        return voice if self._agrees_with_issuer_after(index, voice) else None

    def _agrees_with_issuer_after(self, index: int, voice: Source) -> bool:
        """Whether the first voice after sentence `index` is the body the article names, later
        still, as a report's issuer ("The NSO figures show" after "the National Statistics
        Office said"), when it names one: a lead's bare report is then that issuer's, never another
        body that speaks first ("The central bank said it would act" before "figures from the
        statistics office"). True when no issuer is named after it (English names issuers; the
        other languages have none listed)."""
        end = self.sentences[index][1]
        after = next((source for offset, source, _ in self._report_issuers() if offset >= end), None)
        return after is None or self._same_body(voice, after)

    def _same_body(self, one: Source, other: Source) -> bool:
        """Whether two names are one body's: the same words past an article, or one an acronym
        of the other's capitalised initials ("NSO", "the National Statistics Office")."""

        def words(source: Source) -> list[str]:
            return [w for w in source.name.split() if normalize_word(w) not in self.determiners]

        a, b = words(one), words(other)
        if [normalize_word(w) for w in a] == [normalize_word(w) for w in b]:
            return True
        return any(
            len(short) == 1
            and len(full) > 1
            and short[0].isupper()
            and short[0].lower() == "".join(w[0] for w in full if w[0].isupper()).lower()
            for short, full in ((a, b), (b, a))
        )

    def _issuing_voice(self, source: Source) -> bool:
        """Whether a voice is the kind that issues statistics: a body's head noun opens it
        (`_body_voice`), or it is a noun and its adjectives, every word definite, no title,
        speaker noun or outlet at its head ("العتبة العباسية"; a person's name takes no article,
        "التاجر أحمد سالم" is a man by his trade)."""
        if self._body_voice(source) is not None:
            return True
        if not self.after_verb:
            return self._named_body(source)  # English: "The Office for National Statistics said"
        words = self._words(source.name)
        if len(words) < 2 or source.role or not all(self._definite(w) for w in words):
            return False
        head = self._bare(words[0])
        return not any(
            self._stem(head, table) is not None
            for table in (self.titles, self.speaker_nouns, self.outlet_heads)
        )

    def _stated_by(self, index: int, ahead: Sequence[_Frame]) -> _Frame | None:
        """The named speaker whose that-clause holds the last frame before the figure when that
        frame names no one: وأوضحت الوزارة أنه ...، أكدت معلومات وتحريات القطاع قيام تشكيل
        يضم 21 عنصرا (the ministry's statement goes on to the end of its sentence, the guide's
        rule; a verb inside it whose subject is no speaker does not end it)."""
        unnamed = ahead[-1]
        named = [f for f in ahead[:-1] if f.source is not None and f.main and not f.marker]
        if not named:
            return None
        speaker = named[-1]
        between = [t for t in self.tokens_of(index) if speaker.end <= self._at(t) < unnamed.start]
        if any(self._opens_new_clause(t) for t in between):
            return None  # "قال الوزير إن ...، بينما قدر تقرير مستقل العدد بنحو 40": a clause of its own
        return speaker if any(t.text in self.complementizers for t in between) else None

    def _quoting_frame(self, main: Sequence[_Frame], at: int) -> _Frame | None:
        """The named speaker whose quotation, opened after its verb in the same sentence and
        still open at the figure, holds the nearest frame before the figure when that frame is
        a verb of recording: قالت المفوضية في بيان: "... حيث وثقت فرق الرصد اعتقال 66 متظاهرا"
        is the commission's statement, the teams it names as recording inside its own words
        are its content (the guide: "the ministry said that Aleppo recorded 153 cases" stays
        the ministry's). A verb of saying quoted ("وقال البيان "أكد بن قدارة ..."") gives the
        one it names, who speaks in turn."""
        last = main[-1]
        if last.kind != "verb_weak" and not self._place_named(last.source):
            # "وقال البيان "أكد بن قدارة ..."": a verb of saying quoted speaks in turn; a place
            # quoted as reporting ('قالت المنظمة في بيان "... أبلغ اليمن عن 249 حالة"') stands
            # for its authorities inside the quoting body's statement, which stays that body's
            return None
        for frame in main[:-1]:
            if frame.source is None:
                continue
            opened = self._open_quotation(frame.end, at)
            if opened is not None and opened < last.start:
                return frame
        return None

    def _place_named(self, source: Source | None) -> bool:
        """Whether a source is a place the lexicon knows and nothing else ("اليمن", "Kenya")."""
        if source is None or source.role:
            return False
        return (source.key or "").startswith("place:") or " ".join(self._words(source.name)) in self.places

    def _open_quotation(self, start: int, at: int) -> int | None:
        """The offset of the mark that opens, after `start`, a quotation still open at `at` (the
        outermost one), or None."""
        text = self.norm.original
        opened: list[int] = []
        for k in range(start, at):
            ch = text[k]
            if ch in "“«":
                opened.append(k)
            elif ch in "”»":
                if opened:
                    opened.pop()
            elif ch == '"':
                if opened and text[opened[-1]] == '"':
                    opened.pop()
                else:
                    opened.append(k)
        return opened[0] if opened else None

    def _forecast_made_by(self, tokens: Sequence[Token], first: int) -> Source | None:
        """ "the estimates made by research firm Moody’s Analytics of 4.8 percent", "a forecast
        by Bank Mandiri of 6.08 percent": a forecast noun, the agent of its making and a link,
        then the figure at `first`: the agent's forecast, when it names a body (English)."""
        if first < 4 or tokens[first - 1].text not in self.forecast_links:
            return None
        link = next(
            (
                k
                for k in range(first - 2, max(first - 2 - self.max_words, 0), -1)
                if tokens[k].text in self.agent_links
            ),
            None,
        )
        if link is None or link < 1:
            return None
        noun = link - 1
        if noun > 0 and tokens[noun].kind == "word" and tokens[noun].text not in self.forecast_nouns:
            noun -= 1  # "estimates made by", "forecasts released by": the participle of its making
        if noun < 0 or tokens[noun].kind != "word" or tokens[noun].text not in self.forecast_nouns:
            return None
        words = list(tokens[link + 1 : first - 1])
        if any(t.kind != "word" and t.text not in ("'", "’", "-") for t in words):
            return None
        # "financial research firm Moody’s Analytics", "state-owned Bank Mandiri": what kind of
        # body, in lower case before its name
        name = next((k for k, t in enumerate(words) if t.kind == "word" and self._capitalised(t)), None)
        return self._issuing_body(words[name:], body=False) if name is not None else None

    def _quoted_by(self, frames: Sequence[_Frame], at: int) -> Source | None:
        """The speaker whose quotation, opened earlier in the sentence and not yet closed, holds
        a verb that names no speaker and the figure after it: وأوضح التقرير أن "... بينما قُدّر
        عدد السكان بنحو 2.05 مليون ...": a passive or a withheld subject inside someone's quoted
        words does not take the words from the one quoted."""
        named = [f for f in frames if f.source is not None and f.main and f.end <= at]
        if not named:
            return None
        opener = named[-1]
        inner = self.norm.original[opener.end : at]
        opened = _quotes_left_open(inner)
        if opened > 0 or (opened == 0 and inner.count('"') % 2 == 1):
            return opener.source
        return None

    def _headline_source(self, index: int, at: int) -> Source | None:
        """ "Inflation at 3.1% in May: central bank", "الصحة: 40 إصابة جديدة", "... rises to
        23,800 - Gaza Health Ministry": in a headline, a few words on the other side of a colon
        (or after a spaced dash) from the figure name its source, in the fullest form the
        article gives it. A headline written with a closing stop ("“المفوضية”: 670 ألف ناخب
        جديد.") is still the first line, alone on it; its source must then be official (a
        dateline such as "PUTRAJAYA: A total of ..." opens a lead paragraph the same way)."""
        stopped = not self._unstopped_line(index)
        if stopped and not self._short_first_line():
            return None
        start, end = self.sentences[index]
        tokens = self._tokens(start, end)
        cuts = [k for k, t in enumerate(tokens) if t.text in (":", "：")]
        dashes = [k for k, t in enumerate(tokens) if t.text in _DASHES and self._spaced(t)]
        if len(cuts) == 1 and not dashes:
            c = cuts[0]
            before = self._at(tokens[c]) < at
            side, other = (tokens[:c], tokens[c + 1 :]) if before else (tokens[c + 1 :], tokens[:c])
        elif len(dashes) == 1 and not cuts and self._at(tokens[dashes[0]]) > at:
            side, other = tokens[dashes[0] + 1 :], tokens[: dashes[0]]
        else:
            return None
        side = [t for t in side if t.text not in _QUOTES]
        if not side or len(side) > 5 or any(t.kind != "word" for t in side):
            return None
        if self.headline_labels_stem(side[0].text) is not None:
            return None
        if not self.after_verb and self._bare_report(side):
            return self._bare_report_issuer(side, side[-1])  # "... - report": the story's report
        if self._names_the_story(side):
            return None
        if any(self.verbs_stem(t.text) is not None for t in side):
            return None
        if self._headline_clause(side):
            return None  # "الليرة السورية تواصل التدهور: ...": a sentence, no one who says it
        if self._place_alone(side) and self._any_figure(other):
            # "المغرب: 11 قتيلا ...": the story's place labels a headline's figures, no one who
            # says them; before a statement with no figure the country speaks ("كوريا الشمالية:
            # سنقف إلى جانب روسيا", "China: we will respond").
            return None
        source = self._source(side)
        if source is not None and any(q in source.name for q in _NAME_QUOTES):
            # "وزارة «المالية»: ..."، "«الصحة» اللبنانية: ...": the marks around a word inside
            # the name are no part of it (the name's written span would keep only one of them)
            unquoted = " ".join("".join(c for c in source.name if c not in _NAME_QUOTES).split())
            source = self._resolve(Source(unquoted, source.role))
        if source is None or (stopped and not self._official(source)):
            return None
        if stopped and " ".join(t.text for t in side) in self.wires:
            return None  # "Xinhua: 40 people died ...": a wire's credit opening the lead
        self._read(len(self.sentences) - 1)
        return self._fuller(source)

    def _headline_clause(self, side: Sequence[Token]) -> bool:
        """Whether the words across a headline's colon are a sentence, not a name (Arabic): a
        definite subject, a bare indefinite word (its verb) and a definite word after it ("الليرة
        السورية تواصل التدهور"). A name has no bare indefinite word after a definite one: its
        genitives carry a preposition ("المرصد السوري لحقوق الإنسان"، "الدفاع المدني بغزة"), and a
        person's given name ("الرئيس محمد ...") or "باسم" may stand there."""
        if not self.after_verb:
            return False
        for a, b, c in zip(side, side[1:], side[2:], strict=False):
            if not self._definite(a.text) or self._definite(b.text) or not self._definite(c.text):
                continue
            if (
                self._link_prefix(b.text) is not None
                or self._after_seat_prefix(b) is not None
                or b.text in self.given_names
                or b.text in self.title_links
                or self._title_word(b.text)
            ):
                continue
            return True
        return False

    def _names_the_story(self, side: Sequence[Token]) -> bool:
        """Whether the words on a headline's other side of the colon name what the story is
        about, not who says it: a phrase that opens with a preposition ("إثر الفيضانات الأخيرة:
        ...", "After the floods: ...") or one headed by what happened, a disaster, an attack or an
        accident ("Papua New Guinea landslide: hundreds dead", "زلزال تركيا: ..."; the head is
        the last word in English, the first in Arabic)."""
        first = side[0].text
        if first in self.stops or first in self.unit_prepositions:
            return True
        if not self.after_verb:
            # "War in Ukraine: ...": the head stands before the preposition of its place
            side = next((side[:k] for k in range(1, len(side)) if side[k].text in self.story_links), side)
        head = side[0] if self.after_verb else side[-1]
        return self.headline_events_stem(self._bare(head.text)) is not None

    def _place_alone(self, words: Sequence[Token]) -> bool:
        """Whether the words are a known place and nothing else ("تونس"، "المغرب"، "Kenya"):
        a place does not speak (its officials, its ministry do)."""
        phrase = " ".join(t.text for t in words)
        return phrase in self.places

    def _spaced(self, tok: Token) -> bool:
        at = self._at(tok)
        text = self.norm.original
        return 0 < at < len(text) - 1 and text[at - 1].isspace() and text[at + 1].isspace()

    def _fuller(self, source: Source) -> Source:
        """The article's fullest name holding every word of a short one ("صحة غزة" ->
        "وزارة الصحة في قطاع غزة", "Defense Ministry" -> "the Russian Defense Ministry"); not a
        title held in it ("نائب وزير خارجية كوريا الشمالية" is not "كوريا الشمالية")."""
        words = {self._bare(w) for w in self._words(source.name)}
        best = source
        for spoken in self.spoken:
            spoken_words = self._words(spoken.name)
            if spoken_words and self.titles_stem(spoken_words[0]) is not None:
                continue
            names = {self._bare(w) for w in spoken_words}
            if self._inside_of(words, spoken_words):
                continue  # "الأمم المتحدة" is not "مكتب تنسيق الشؤون الإنسانية في الأمم المتحدة"
            if self._genitive_body(source, words, spoken, spoken_words):
                continue  # "الأمم المتحدة" is not "مفوضية الأمم المتحدة السامية لشؤون اللاجئين"
            if words < names and len(names) > len(self._words(best.name)):
                best = spoken
        return best

    def _genitive_body(
        self, source: Source, words: set[str], spoken: Source, spoken_words: Sequence[str]
    ) -> bool:
        """Whether a body the lexicon knows ("الأمم المتحدة", a key of its own) stands as the
        genitive of another body's head noun in the construct state ("مفوضية الأمم المتحدة
        ..."): that body belongs to it and is not its fuller name, unless both are the same
        body ("الصحة" and "وزارة الصحة" share a key)."""
        if source.key is None or spoken.key == source.key or len(spoken_words) <= len(words):
            return False
        if not self._office_of_title(spoken_words[0]):
            return False
        return {self._bare(w) for w in spoken_words[1 : 1 + len(words)]} == words

    def _inside_of(self, words: set[str], spoken_words: Sequence[str]) -> bool:
        """Whether a short name's (bare) words all stand after the place link of a longer one
        ("مكتب ... في الأمم المتحدة"), or after the preposition a participle or a verbal noun
        governs ("القائمون على الهلال الأحمر القطري"): the longer one is a body inside the short
        one, or those in charge of it, not its fuller name."""
        link = next(
            (
                j
                for j, w in enumerate(spoken_words)
                if w in self.place_links
                or (j > 0 and w in self.governed_links and self._governs(spoken_words[j - 1], w))
            ),
            None,
        )
        return link is not None and words <= {self._bare(w) for w in spoken_words[link + 1 :]}

    def _lead_end(self) -> int:
        """Where the story's lead paragraph, the first after the headline block, ends."""
        k = max(self._headlines(), default=-1) + 1
        if k >= len(self.sentences):
            return 0
        while k + 1 < len(self.sentences) and self._same_paragraph(k, k + 1):
            k += 1
        return self.sentences[k][1]

    def _same_paragraph(self, a: int, b: int) -> bool:
        """Whether sentences a < b are in one paragraph (no line break between them)."""
        return "\n" not in self.norm.original[self.sentences[a][1] : self.sentences[b][0]]

    def _inside_quote(self, index: int) -> bool:
        """A sentence inside a quotation that an earlier sentence of its paragraph opened and
        did not close: it opens with no quotation mark of its own. Remembered per sentence
        (it reads the paragraph back to its start, and every figure of a sentence asks)."""
        known = self._inside_quote_memo.get(index)
        if known is None:
            known = self._inside_quote_memo[index] = self._reads_inside_quote(index)
        return known

    def _editorial_asides(self, index: int) -> list[tuple[int, int]]:
        """The outlet's own asides in square brackets that hold a figure, outside any quotation
        (“...,” mused X last week [it is now 26 goals in 25 games]): token ranges of the
        sentence, brackets included. Square brackets are the writer's insertion, not the quoted
        speaker's or the named one's."""
        if not self.brackets:
            return []  # no "[" in the article: no sentence of it needs its tokens looked at
        return self._bracketed_asides(index)

    def _bracketed_asides(self, index: int) -> list[tuple[int, int]]:
        """`_editorial_asides` of a sentence of an article that writes a "[" (its generators
        make cells of `self` and `tokens`: a call of their own, not one every sentence pays)."""
        tokens = self.tokens_of(index)
        if not any(t.text == "[" for t in tokens):
            return []
        start = self.sentences[index][0]
        asides: list[tuple[int, int]] = []
        for k, tok in enumerate(tokens):
            if tok.text != "[":
                continue
            close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in ("[", "]")), None)
            if close is None or tokens[close].text != "]":
                continue
            if not any(self._holds_figure(t) for t in tokens[k + 1 : close]):
                continue
            if self._quoted_at(index, self._at(tok) - start):
                continue
            asides.append((k, close + 1))
        return asides

    def _quoted_at(self, index: int, offset: int) -> bool:
        """Whether `offset` characters into the sentence lie inside a quotation, opened earlier
        in the sentence or in its paragraph."""
        start = self.sentences[index][0]
        before = self.norm.original[start : start + offset]
        opened = _quotes_left_open(before)
        return opened + self._inside_quote(index) > 0 or before.count('"') % 2 == 1

    def _reads_inside_quote(self, index: int) -> bool:
        start = self.sentences[index][0]
        first = index
        while first > 0 and self._same_paragraph(first - 1, first):
            first -= 1
        before = self.norm.original[self.sentences[first][0] : start]
        opened = _quotes_left_open(before)
        return opened > 0 or (opened == 0 and before.count('"') % 2 == 1)

    def _quote_closer(self, index: int) -> Source | None:
        """The speaker named right after the quotation closes, in a later sentence of the same
        paragraph: “... . ...,” he said. A quotation of several paragraphs leaves each but the
        last open and opens the next with a mark of its own (“... 74,294. / “... 384,” he
        added.): it closes in the first paragraph that closes it, a few paragraphs on at most."""
        k = index
        paragraphs = 0
        while k + 1 < len(self.sentences):
            skip = 0
            if not self._same_paragraph(k, k + 1):
                following = self.norm.original[self.sentences[k + 1][0] : self.sentences[k + 1][1]]
                opener = len(following) - len(following.lstrip())
                if (
                    following[opener : opener + 1] not in _QUOTE_OPENERS
                    or paragraphs >= _QUOTE_PARAGRAPHS
                    or not self._open_at_paragraph_end(k)
                ):
                    return None
                paragraphs += 1
                skip = opener + 1  # the paragraph's own opening mark
            k += 1
            start, end = self.sentences[k]
            text = self.norm.original[start:end]
            # The first mark closes the open quotation; a later one may open the next quote.
            marks = [at for at in (text.find(mark, skip) for mark in ("”", "»", '"')) if at >= 0]
            if not marks:
                continue
            close = min(marks)
            self._read(k)
            after = [f for f in self.frames[k] if f.source is not None and f.start >= start + close]
            return after[0].source if after else None
        return None

    def _open_at_paragraph_end(self, last: int) -> bool:
        """Whether a quotation is left open at the end of the paragraph whose last sentence is
        `last`: more opening marks than closing ones, or an odd count of straight marks."""
        first = last
        while first > 0 and self._same_paragraph(first - 1, first):
            first -= 1
        text = self.norm.original[self.sentences[first][0] : self.sentences[last][1]]
        opened = _quotes_left_open(text)
        return opened > 0 or (opened == 0 and text.count('"') % 2 == 1)

    def _quote_closes_in(self, index: int) -> bool:
        """Whether the quotation a sentence is inside closes within it (its own speaker may be
        named after the closing mark: “... 39 miners,” he said.)."""
        start, end = self.sentences[index]
        text = self.norm.original[start:end]
        return any(mark in text for mark in ("”", "»", '"'))

    def _quote_closes_after(self, index: int) -> bool:
        """Whether the open quotation closes in sentence `index` or a later one of its paragraph,
        or goes on into the next paragraph, which opens with a quotation mark (a quotation of
        several paragraphs closes only at its end), or runs to the end of the text. A mark left
        open by mistake, in a paragraph another paragraph follows ('Officials said 20 were
        missing' after “We will rebuild. ...), makes no one the quoted speaker."""
        k = index
        while k < len(self.sentences):
            start, end = self.sentences[k]
            text = self.norm.original[start:end]
            if any(mark in text for mark in ("”", "»", '"')):
                return True
            if k + 1 < len(self.sentences) and not self._same_paragraph(k, k + 1):
                following = self.norm.original[self.sentences[k + 1][0] :].lstrip()
                return following[:1] in ("“", "«", '"')
            k += 1
        return True  # the quotation runs to the end of the text

    def _quote_opener(self, index: int) -> Source | None:
        """The speaker who opened the quotation a sentence is inside, in an earlier sentence of
        its paragraph: وقال بن راشد: "... . ... 272 مليار دولار ..." (the quotation's own
        sentences name no one)."""
        k = index
        while k > 0 and self._same_paragraph(k - 1, k):
            k -= 1
            start, end = self.sentences[k]
            text = self.norm.original[start:end]
            opens = [at for at in (text.rfind("“"), text.rfind("«"), text.rfind('"')) if at >= 0]
            if not opens:
                continue
            self._read(k)
            before = [f for f in self.frames[k] if f.source is not None and f.end <= start + max(opens)]
            if before:
                return before[-1].source
            if not text[: max(opens)].strip() and k > 0 and self._same_paragraph(k - 1, k):
                # “... .” opening its own sentence: the speaker of the sentence before it
                # (Masebo said ... . “The ministry has ... . Sadly, we have recorded one death”)
                return self.voices.get(k - 1)
            if not text[: max(opens)].strip() and k > 0 and self._ends_quotation(k - 1):
                # A paragraph that opens a quotation right after one that closed a quotation,
                # naming no one: the same speaker goes on
                return self._closed_quotation_speaker(k - 1)
            if not text[: max(opens)].strip():
                # a quotation's sentences have one speaker: its first sentence's, which opens
                # the paragraph and goes on from the sentence before (`_find`'s previous_sentence)
                return self._paragraph_quotation(k) or self._previous_speaker(k)
            return None
        return self._paragraph_quotation(k) if k == index else None

    def _previous_speaker(self, index: int) -> Source | None:
        """The last speaker named in the sentence before `index` when `index` opens a
        quotation (`continues_quote`): who goes on speaking in it."""
        if index == 0 or not self.continues_quote(index):
            return None
        previous = [f for f in self.frames.get(index - 1, ()) if f.source is not None]
        return previous[-1].source if previous else None

    def _paragraph_quotation(self, index: int) -> Source | None:
        """The speaker of a quotation that opens paragraph `index` (its first sentence starts
        with a quotation mark) and goes on from the paragraph before: that paragraph ends with a
        colon after its speaker ('X said:' then the quoted paragraph), or leaves a quotation open,
        as a quotation of several paragraphs does (each opens with a mark, only the last closes).
        The speaker is the one who opened the quotation, paragraphs back. A quotation that opened
        its own paragraph with no speaker before the mark is one quotation to its close: each of
        its paragraphs goes on from the sentence before its first one (`_previous_speaker`), as
        that first paragraph does. None otherwise."""
        for walked in range(_QUOTED_PARAGRAPHS):
            if index == 0 or self._same_paragraph(index - 1, index):
                return None
            start, end = self.sentences[index]
            if self.norm.original[start:end].lstrip()[:1] not in _QUOTE_OPENERS:
                return None
            last = index - 1
            first = last
            while first > 0 and self._same_paragraph(first - 1, first):
                first -= 1
            text = self.norm.original[self.sentences[first][0] : self.sentences[last][1]]
            if text.rstrip().endswith(":"):
                self._read(last)
                named = [f for f in self.frames[last] if f.source is not None]
                return named[-1].source if named else None
            opened = _quotes_left_open(text)
            mark = max(text.rfind("“"), text.rfind("«"))
            if mark < 0 and text.count('"') % 2 == 1:
                opened, mark = 1, text.rfind('"')  # straight marks: an odd one is left open
            if opened <= 0:
                if walked:
                    self._read(index - 1)
                    return self._previous_speaker(index)
                return None
            at = self.sentences[first][0] + mark
            holder = next(k for k in range(last, first - 1, -1) if self.sentences[k][0] <= at)
            self._read(holder)
            before = [f for f in self.frames[holder] if f.source is not None and f.end <= at]
            if before:
                return before[-1].source
            if text[:mark].strip():
                return None
            index = first  # the open quotation began its own paragraph: look further back
        return None

    def _quoted_again(self, index: int) -> Source | None:
        """The speaker of a paragraph quoted whole (it opens with a quotation mark and ends with
        one) right after a paragraph that ended quoting someone: the same statement goes on
        ('وأكد البيان أن "...".' then '"فيما سجلت ...".'). None otherwise."""
        if index == 0 or self._same_paragraph(index - 1, index):
            return None
        start, end = self.sentences[index]
        opens = self.norm.original[start:end].lstrip()[:1] in _QUOTE_OPENERS
        if not (opens and self._ends_quotation(index) and self._ends_quotation(index - 1)):
            return None
        return self._closed_quotation_speaker(index - 1)

    def _closed_quotation_speaker(self, index: int) -> Source | None:
        """Who spoke the quotation that sentence `index` closes: named before its opening mark
        in that sentence ('X said: "... 40 ..."'), or in an earlier sentence of its paragraph."""
        start, end = self.sentences[index]
        text = self.norm.original[start:end]
        body = text.rstrip().rstrip(".")[:-1]
        opens = [at for at in (body.rfind("“"), body.rfind("«"), body.rfind('"')) if at >= 0]
        if opens:
            self._read(index)
            before = [f for f in self.frames[index] if f.source is not None and f.end <= start + max(opens)]
            return before[-1].source if before else None
        return self._quote_opener(index)

    def _opens_quotation(self, index: int) -> bool:
        """Whether sentence `index` opens with a quotation mark that it does not close."""
        start, end = self.sentences[index]
        text = self.norm.original[start:end].lstrip()
        return text[:1] in _QUOTE_OPENERS and not any(mark in text[1:] for mark in ("”", "»", '"'))

    def _ends_quotation(self, index: int) -> bool:
        """Whether sentence `index` ends with a closing quotation mark (and its stop)."""
        start, end = self.sentences[index]
        text = self.norm.original[start:end].rstrip().rstrip(".")
        return text[-1:] in ("”", "»", '"')

    def continues_quote(self, index: int) -> bool:
        """A sentence that opens with a quotation mark, or follows one that ends with a colon."""
        start, end = self.sentences[index]
        text = self.norm.original[start:end].lstrip()
        if text[:1] in _QUOTE_OPENERS:
            return True
        previous = self.sentences[index - 1]
        return self.norm.original[previous[0] : previous[1]].rstrip().endswith(":")


@cache
def _phrases(lex: Lexicon, key: str) -> tuple[tuple[str, ...], ...]:
    """A [claims] list of phrases as tuples of normalized words, longest first."""
    phrases = (tuple(normalize_word(w) for w in p.split()) for p in lex.raw("claims", key) or [])
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _first_words(lex: Lexicon, key: str) -> frozenset[str]:
    """The first words of a [claims] list of phrases (one object per lexicon, so that the
    lexicon's clitic index of it is built once)."""
    return frozenset(p[0] for p in _phrases(lex, key))


def _glued_bullet(text: str, at: int) -> bool:
    """A dash or a bullet sign written onto a capital letter at a line's start ("—The number of
    unemployed ...") is a bullet: no sign stands before a capital, and a minus goes before digits."""
    return text[at] in _GLUED_BULLETS and at + 1 < len(text) and text[at + 1].isupper()


def _written_length(words: Sequence[Token]) -> int:
    """How many words a run of tokens is as written: a token glued to the one before it
    ("U.S.", "Labor's", "Du-won") is part of that word, so the subject's word limit does not
    cut "the U.S. Department of Labor's Bureau of Labor Statistics" at "Bureau"."""
    return sum(1 for k, tok in enumerate(words) if k == 0 or tok.start != words[k - 1].end)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's normalized words (names are looked at again and again while an article is read)."""
    return tuple(t.text for t in tokenize(NormalizedText.of(name).text) if t.kind == "word")


# A memo shared by every article of a lexicon is emptied when it holds this many words: a
# long-running `serve` or a bulk add of a million articles meets new words without end (names,
# typos, numbers in words), and a memo that only grew would keep every one for the process's life.
# Emptied, it answers as a new process's does (it only saves working an answer out again).
_MEMO_WORDS = 1 << 16

_Remembered = TypeVar("_Remembered")


def _remember_word(memo: dict[str, _Remembered], word: str, value: _Remembered) -> _Remembered:
    """`memo[word] = value`, the memo emptied first when it is full (see `_MEMO_WORDS`)."""
    if len(memo) >= _MEMO_WORDS:
        memo.clear()
    memo[word] = value
    return value


@cache
def _bare_memo(lex: Lexicon) -> dict[str, str]:
    """{word: the word without its article}, shared by every article of a lexicon."""
    return {}


@cache
def _after_seat_memo(lex: Lexicon) -> dict[str, str]:
    """{word: the word after a seat's preposition written onto it, "" for none}, shared by every
    article of a lexicon (see `_after_seat_prefix`)."""
    return {}


@cache
def _word_fact_memo(lex: Lexicon, fact: str) -> dict[str, bool]:
    """{word: whether the word has `fact`} for a yes-or-no question about one word that only the
    lexicon answers (`_addressed`, `_place_noun_seat`, `_complement_verb_with_object`), shared
    by every article of a lexicon."""
    return {}


@cache
def _verb_memo(lex: Lexicon) -> dict[str, str | None]:
    """{word: the speech verb it is, or None}, shared by every article of a lexicon."""
    return {}


@cache
def _stem_indexes(lex: Lexicon) -> dict[int, Callable[[str], str | None]]:
    """`Attributor.stem_indexes`, shared by every article of a lexicon (bounded by the number
    of the lexicon's tables)."""
    return {}


@cache
def _no_frame_words(lex: Lexicon) -> set[str]:
    """Token texts found to be no source marker's first word, no forecast noun and no speech
    verb (facts of the lexicon), shared by every article of a lexicon; emptied when it holds
    `_MEMO_WORDS` of them, as the word memos are."""
    return set()


def _marker_tables(lex: Lexicon) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, str]]:
    """The source markers by their first word (longest first), and {word as written: first
    word} for every clitic form of a first word ("وبحسب" -> "بحسب")."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for marker in sorted(
        (tuple(m.split()) for m in lex.words("claims", "source_markers")), key=len, reverse=True
    ):
        by_first.setdefault(marker[0], []).append(marker)
    return by_first, lex.clitic_index(frozenset(by_first))


def document_credit(text: str, lex: Lexicon) -> str | None:
    """Where the text says it comes from: a credit line ("المصدر: وكالات", "Source: Reuters")
    or a wire named in the dateline ("TUNIS, June 26 (Reuters) -"). The article's source,
    never a figure's speaker."""
    markers = lex.words("claims", "credit_markers")
    wires = lex.words("claims", "wire_agencies")  # normalized, cached with the lexicon
    for line in text.splitlines():
        head, colon, rest = line.strip().partition(":")
        if colon and lex.strip_prefix(normalize_word(head.strip()), markers) is not None and rest.strip():
            return rest.strip()
    top = text[:400]
    for open_at in [k for k, ch in enumerate(top) if ch == "("]:
        close = top.find(")", open_at)
        inside = top[open_at + 1 : close].strip() if close > 0 else ""
        if normalize_word(inside) in wires:
            return inside
    return None


def _neighbours(text: str, sentences: Sequence[Span], index: int) -> tuple[str, ...]:
    """The sentences just before and after sentence `index`: the worth model's context."""
    return tuple(text[slice(*sentences[i])] for i in (index - 1, index + 1) if 0 <= i < len(sentences))


def sentence_neighbours(text: str, sentence_start: int, lex: Lexicon) -> tuple[str, ...]:
    """The sentences around the one that starts at `sentence_start`, as build_claims gave them
    to the worth model (none when no sentence of the text starts there: a claim added by hand
    on words that are not one of its sentences)."""
    sentences = lexicon_sentence_spans(text, lex)
    index = bisect_left([start for start, _ in sentences], sentence_start)
    if index < len(sentences) and sentences[index][0] == sentence_start:
        return _neighbours(text, sentences, index)
    return ()


def build_claims(
    text: str,
    quantities: Sequence[QuantityMention],
    times: Sequence[TimeMention],
    sentences: Sequence[Span],
    lex: Lexicon,
    threshold: float | None = None,
    tokenized: TokenizedText | None = None,
) -> list[ClaimDraft]:
    """One claim per figure ("10,000 entered" and "up to 8,000 in Kursk" are two claims), then
    one "event" claim per sentence that has a resolved date but no figure, then one "statement"
    claim per other sentence that the worth model rates at or above `threshold` (the model's
    own threshold when None). `tokenized` is `tokenize_text(text)` when the caller has it."""
    attributor = Attributor(text, lex, sentences, times, [q.span for q in quantities], tokenized)
    claims: list[ClaimDraft] = []
    with_figure: set[int] = set()

    def draft(
        index: int,
        span: Span,
        quantity: QuantityMention | None,
        time: TimeMention | None,
        kind: str,
        reported_time: TimeMention | None = None,
        cut: float | None = None,
    ) -> ClaimDraft | None:
        """The claim, or None when `cut` is given and its worth falls short of it (a statement
        let go before its place and fingerprint are worked out)."""
        sentence = sentences[index] if sentences else span
        sentence_text = text[sentence[0] : sentence[1]]
        # A statement's source may speak anywhere in it; a figure's or a date's speaks before it.
        if not sentences:
            source = None
        else:
            source = attributor.find(index, span[1] if kind == "statement" else span[0])
        shared(index, sentence, sentence_text)
        entities = keys_of[index]
        name = source.name if source else None
        signals = signals_for(quantity, time, name, entities)
        # The figures of a sentence mostly share their signals, so their worth too.
        score = worth_of.get((sentence, signals))
        if score is None:
            score = worth_of[sentence, signals] = worth(
                sentence_text, signals, lex, neighbours_of[index], folds
            )
        if cut is not None and score < cut:
            return None
        place = primary_place(entities_of[index], span[0] - sentence[0], sentence_text)
        return ClaimDraft(
            sentence=sentence_text,
            sentence_span=sentence,
            span=span,
            quantity=quantity,
            time=time,
            reported_time=reported_time,
            attribution=name,
            attribution_role=source.role if source else None,
            attribution_key=source.key if source else None,
            fingerprint=fingerprint(
                quantity, place, sentence_text, folds.get(sentence_text) if quantity is None else None
            ),
            kind=kind,
            entities=entities,
            place=place,
            worth=score,
        )

    def shared(index: int, sentence: Span, sentence_text: str) -> None:
        """What every claim of a sentence shares (the places and people it names, their keys,
        the sentences beside it), made once for them all."""
        if index not in entities_of:
            entities_of[index] = (
                entities_in(attributor.norm, attributor.tokens_of(index), lex, sentence[0])
                if sentences
                else find_entities(sentence_text, lex)
            )
            keys_of[index] = frozenset(m.key for m in entities_of[index])
            if index not in neighbours_of:  # a statement's were read before its worth's bound
                neighbours_of[index] = _neighbours(text, sentences, index)

    def stated_either_way(index: int, sentence: Span, cut: float) -> bool:
        """Whether a statement's worth reaches `cut` with a source or without one. Its other
        signals (no figure, no date, the names it holds) are known before its source, so its
        worth is one of these two: a sentence short of the cut either way is let go before the
        attributor looks for who says it (and before its fingerprint), as `draft` would drop it."""
        sentence_text = text[sentence[0] : sentence[1]]
        shared(index, sentence, sentence_text)
        for source in (None, "source"):
            signals = signals_for(None, None, source, keys_of[index])
            score = worth_of.get((sentence, signals))
            if score is None:
                score = worth_of[sentence, signals] = worth(
                    sentence_text, signals, lex, neighbours_of[index], folds
                )
            if score >= cut:
                return True
        return False

    # The sentences folded as the worth model reads them (`fold_text`), off the article's
    # normalized text (the attributor's, unless a caller gave the tokens of another text): not
    # folded again, sentence by sentence, for the worth model's words.
    folds: dict[str, str] = {}
    if attributor.norm.original == text:
        for start, end in sentences:
            folded = attributor.norm.folded(start, end)
            if folded is not None:
                folds[text[start:end]] = folded
    entities_of: dict[int, list[EntityMention]] = {}
    keys_of: dict[int, frozenset[str]] = {}
    neighbours_of: dict[int, tuple[str, ...]] = {}
    worth_of: dict[tuple[Span, Signals], float] = {}
    starts = [s[0] for s in sentences]
    times_in = _times_by_sentence(times, starts) if sentences else {}
    figures_in: dict[int, list[Span]] = {}
    # What `_claim_times` reads of a sentence once for all its figures.
    times_read: dict[int, dict[str, Any]] = {}
    for quantity in quantities:
        figures_in.setdefault(_sentence_index(quantity.span[0], starts), []).append(quantity.span)
    for quantity in quantities:
        index = _sentence_index(quantity.span[0], starts)
        with_figure.add(index)
        sentence = sentences[index]
        event, reported = _claim_times(
            text,
            sentence,
            quantity.span,
            times_in.get(index, []),
            lex,
            figures_in.get(index, ()),
            times_read.setdefault(index, {}),
        )
        claims.append(cast(ClaimDraft, draft(index, quantity.span, quantity, event, "figure", reported)))
    cut = statement_threshold(lex, threshold)
    stated: set[str] = set()
    for index, sentence in enumerate(sentences):
        if index in with_figure or _fewer_words(text[sentence[0] : sentence[1]], _MIN_EVENT_WORDS):
            continue
        dated = [t for t in times_in.get(index, []) if t.start and t.granularity != "vague"]
        event, reported = _claim_times(text, sentence, dated[0].span, dated, lex) if dated else (None, None)
        if event is not None:
            claims.append(cast(ClaimDraft, draft(index, event.span, None, event, "event", reported)))
        elif cut is not None:
            # No figure and no date of its own (at most when it was said): a statement, if the
            # worth model rates it check-worthy. Most sentences fall short whoever says them and
            # whatever they name: those are let go before their source, names and fingerprint
            # are looked for (and the attributor need not read on to them).
            neighbours = neighbours_of[index] = _neighbours(text, sentences, index)
            if statement_worth_ceiling(text[sentence[0] : sentence[1]], lex, neighbours, folds) < cut:
                continue
            if not stated_either_way(index, sentence, cut):
                continue
            statement = draft(index, sentence, None, None, "statement", cut=cut)
            # The same sentence twice (a title repeated as the headline) is one statement.
            if statement is not None and statement.fingerprint not in stated:
                stated.add(statement.fingerprint)
                claims.append(statement)
    return claims
