"""The quantity engine: figures in running text -> value, bounds, qualifier and counted noun.

The engine works on tokens of normalized text (see text.py) and reads every word it knows
from the language's lexicon. It runs in three steps per figure:

1. a number phrase: digits, number words, scales, duals, fractions or a vague plural,
   combined by the usual rule (a group of units/tens/hundreds multiplied by a scale);
2. its context: a range ("بين 200 و300", "from 5 to 10", "5-10"), a qualifier before or after
   ("أكثر من", "up to", "على الأقل"), a currency or percent sign, the counted noun;
3. filters for what is not a quantity: years, clock times, dates, ordinals, model names.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal, InvalidOperation, localcontext
from functools import cache
from itertools import compress, pairwise
from typing import Any, TypeVar

from factcheck.extract.datetext import first_lines
from factcheck.extract.entities import entities_in, find_entities
from factcheck.extract.text import (
    PastForms,
    Token,
    TokenizedText,
    first_token_texts,
    fold_text,
    normalize_word,
    tokenize,
    tokenize_text,
)
from factcheck.extract.types import QuantityMention, direct_init
from factcheck.lang import Lexicon

_QUOTES = frozenset("\"'“”«»‘’„()")
_MAX_QUALIFIER_WORDS = 4
# A memo of answers by word (`_Tables.noun_stems`) is emptied at this many words, so that a
# process reading text after text keeps it bounded.
_MEMO_WORDS = 1 << 16
_YEAR_RANGE = (1000, 2100)
# How many time words ("حتى مساء أمس") may stand between a verb of value and its figure.
_TIME_GAP = 3
# Number phrases longer than this are not read as one figure (guards pathological input).
_MAX_ITEMS = 40
_DASHES = frozenset("-–—")
# The marks that open a list's line before its label.
_BULLETS = _DASHES | frozenset("•*·")
_MINUS = frozenset("-−")
_LOWER_BOUNDS = frozenset({"more_than", "at_least"})
_UPPER_BOUNDS = frozenset({"less_than", "up_to"})
# What a bound says once negated: not more than 65 is at most 65, not less than 20 at least 20.
_NEGATED = {"more_than": "up_to", "less_than": "at_least"}
# Unit keys of ratios, which need a stated figure.
_PERCENTAGE_POINT = "percentage_point"
_RATIOS = frozenset({"percent", _PERCENTAGE_POINT})
# The keys a change of a rate is given in: a percent, or bare points ("fell by 0.2 points to 5.5%").
_CHANGES_IN_POINTS = frozenset({"percent", "point"})
# Marks that end a sentence: a sentence's words are searched up to them.
_SENTENCE_ENDS = frozenset(".!?؟;؛")
# The marks of a possessive's "s" ("Tuesday's", "year’s"), each its own token.
_APOSTROPHES = frozenset("'’")
# A share of a whole is a percent to two decimals at most (the guide's D13): "two-thirds" is
# 66.67, "one in three" 33.33.
_SHARE_PLACES = Decimal("0.01")
_HUNDRED = Decimal(100)
# A word with a possessive written onto it has at least this many letters ("سكانها").
_POSSESSED_LENGTH = 4
# How far back a noun of age governs a number, and the marks it reaches across.
_AGE_REACH = 8
# A word with the joiner written onto it is longer than the joiner and a letter.
_JOINED_WORD = 2
_AGE_MARKS = frozenset("()-–,،")
# How many tokens either side of a figure its sentence is searched for a cue.
_SENTENCE_REACH = 24
# How far back a bare figure's sentence is read for the phrase naming what it measures
# (units.measure_topics): a weather report lists a dozen cities' temperatures after one heading.
_TOPIC_REACH = 64
# How many words a relative clause may have between a noun and its verb of saying ("one woman
# who survived said").
_RELATIVE_REACH = 6
# How many runs of bare digits side by side, a space or a dash between each, make a telephone
# number or a code (_digit_run), and the gap between two of them.
_DIGIT_RUN = 3
_DIGIT_RUN_GAP = re.compile(r" ?[-–]? ?")
# How many words (a phone number's adjectives) may stand between a phrase naming it and the number.
_PHONE_REACH = 2
# What closes an item of a list of labelled figures ("بغداد: 25، البصرة: 1", "Harare (3), ...").
_LIST_SEPARATORS = frozenset(",،.;؛")
# The commas that end a clause inside a sentence.
_CLAUSE_COMMAS = frozenset(",،")
# How far the phrase of what a change's amount counts may reach ("in the not
# economically active population").
_CHANGED_REACH = 6
# How many tokens a unit written again on the first side of a range may take before its link:
# "5 per cent to 9 per cent", "90 km / h to 120 km / h".
_UNIT_TOKENS = 4
# How many words before its verb a subject's head noun may stand.
_SUBJECT_REACH = 12
# The lines whose disease names the sense of an article's every "إصابة": the headline, the lead.
_CUED_LINES = 2
# How many tokens a phrase of place or part may have between a count of people and its event.
_PHRASE_REACH = 6
# How many words may stand between a verb of undergoing and the harm it names ("sustained various
# degrees of injuries"), and how many tokens an aside in brackets after a count may hold.
_UNDERGONE_REACH = 4
_BRACKET_REACH = 16
# How far back a long subject that opens the sentence may start, and how many words a dateline
# before it may have, in tokens ("MANILA –", "NEW DELHI, July 20 (Xinhua) -", "Jakarta:").
_HEAD_REACH = 40
# How many tokens the amount of a change may take between "by" and the link ("by 3 per cent to").
_CHANGE_AMOUNT = 6
# How many words may stand between a copula after a bare figure and the noun it predicates.
_PREDICATE_FILLERS = 4
_DATELINE_WORDS = 10
# How far before the link "to" a causative verb may stand: its object with a phrase or two ("brings
# the total number of confirmed COVID-19 cases in the country to 2,535").
_OBJECT_REACH = 16
# How far before a gapped clause's conjunction the clause before may have the same link ("went up
# by 16 and break-ins by 88").
_GAPPED_LINK_REACH = 8


@direct_init
@dataclass(frozen=True)
class _Item:
    kind: str  # digits, card, mult, scale, dual, frac, vague, join
    value: Decimal
    start: int  # token index
    end: int  # token index, exclusive
    char_start: int  # normalized offset where the item's text starts (after a clitic)
    weak: bool = False


@direct_init
@dataclass(frozen=True)
class NumberPhrase:
    """A parsed number phrase: token range, value (or vague base) and how it was written."""

    start: int
    end: int
    char_start: int
    char_end: int
    value: Decimal | None
    vague_base: Decimal | None = None
    last_scale: Decimal | None = None
    digits_only: bool = False
    weak: bool = False


@dataclass(frozen=True)
class _Entry:
    """A written form of a number word: its kind and value, and what is written before it."""

    kind: str
    value: Decimal
    skip: int  # characters of a clitic before the number word
    joined: bool  # the clitic is a joining "و": the word gives a joiner and then the item
    weak: bool


_JOIN = _Entry("join", Decimal(0), 0, False, False)
# The unit key of a share (benchmarks/articles/README.md "unit_key"), the same in every lexicon.
_PERCENT = "percent"
# The cardinals up to ten have an ordinal form of their own ("الخامس"); above it the cardinal's
# form is also the ordinal's ("العشرين"), read by `_counted_by_tens`.
_ORDINAL_FORMS_UP_TO = 10


class _Tables:
    """Normalized lexicon tables used by the engine, with multi-word entries split out."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._cue_phrases: dict[int, tuple[dict[str, str], dict[str, list[tuple[str, tuple[str, ...]]]]]] = {}
        self.kinds: dict[str, tuple[str, Decimal]] = {}
        for kind, path in (
            ("card", ("numbers", "cardinals")),
            ("mult", ("numbers", "multipliers")),
            ("scale", ("numbers", "scales")),
            ("dual", ("numbers", "dual_scales")),
            ("frac", ("numbers", "fractions")),
        ):
            for word, value in lex.table(*path).items():
                self.kinds.setdefault(word, (kind, Decimal(str(value))))
        self.vague = {w: Decimal(str(v)) for w, v in lex.table("numbers", "vague").items()}
        self.vague_ceilings = {w: Decimal(str(v)) for w, v in lex.table("numbers", "vague_ceilings").items()}
        self.negative = lex.words("numbers", "negative")
        self.indefinite = lex.words("numbers", "indefinite")
        self.denominators = {w: Decimal(str(v)) for w, v in lex.table("numbers", "denominators").items()}
        # A fraction written as a share of something (numbers.shares; English): its article, the
        # words after it that say what it is a share of, and the words before it that make it a
        # part of a period or of a change ("the first half", "by half", "a minute and a half").
        self.share_articles = lex.words("numbers", "shares", "articles")
        self.share_determiners = lex.words("numbers", "shares", "determiners")
        self.share_heads = lex.words("numbers", "shares", "heads")
        self.share_blockers = lex.words("numbers", "shares", "blockers")
        self.share_bare = lex.words("numbers", "shares", "bare")
        # (figs33) "drop by half", "fell by a third": the amount of a change is a share.
        self.share_change_links = lex.words("numbers", "shares", "change_links")
        self.share_points = lex.words("numbers", "shares", "points")
        self.share_fractions = {
            w: Decimal(str(v)) for w, v in lex.table("numbers", "fractions").items() if " " not in w
        }
        # A fraction governing a definite noun (numbers.share_values; Arabic): "نصف السكان",
        # "ثلثي الأسر", "نصفهم"; standing alone with the article only after a qualifier or one of
        # shares.leads ("أكثر من النصف", "غالبية الثلثين"); never before shares.after_blockers
        # (an ordinal: "النصف الأول") or a time word ("نصف العام").
        self.share_values = {w: Decimal(str(v)) for w, v in lex.table("numbers", "share_values").items()}
        self.share_leads = lex.words("numbers", "shares", "leads")
        self.share_after_blockers = lex.words("numbers", "shares", "after_blockers")
        self.share_relatives = lex.words("numbers", "shares", "relatives")
        self.share_suffixes = tuple(lex.words("units", "possessive_suffixes"))
        self.share_values_index = lex.clitic_index(self.share_values, definite=True)
        self.share_possessed = {
            form + suffix: form for form in self.share_values for suffix in self.share_suffixes
        }
        self.share_articles_ar = tuple(lex.words("meta", "articles"))
        self.attached = {w: Decimal(str(v)) for w, v in lex.table("numbers", "attached_scales").items()}
        # Abbreviated scales ("mln", "bln") scale a figure before them and never stand for one
        # alone: "Mr Bln", "the BLN party" are names.
        self.scales_need_figure = lex.words("numbers", "scales_need_figure")
        self.weak = lex.words("numbers", "weak")
        self.joiners = lex.words("numbers", "joiners")
        self.prefix_joiners = tuple(lex.words("numbers", "prefix_joiners"))
        self.articles = tuple(lex.words("meta", "articles"))
        self.accusative_scales = lex.words("numbers", "accusative_scales")
        self.clitics_not_on_words = tuple(lex.words("numbers", "clitics_not_on_words")) or ("\0",)
        self.clitics = frozenset(lex.prefixes(False))
        self.merged_articles = lex.words("meta", "merged_articles")
        self.ordinal_suffixes = lex.words("numbers", "ordinal_suffixes")
        self.qual_before = lex.inverted("qualifiers", "before")
        self.qual_after = lex.inverted("qualifiers", "after")
        # "16,000-plus": a bound written onto the figure by a hyphen.
        self.qual_glued_after = lex.inverted("qualifiers", "glued_after")
        # How many tokens a bracketed aside between a figure and its bound may hold (0: no aside).
        self.qualifier_aside_reach = int(lex.raw("qualifiers", "aside_reach") or 0)
        self.verbs = lex.inverted("qualifiers", "verbs")
        self.events = lex.inverted("units", "events")
        self.event_objects = lex.inverted("units", "event_objects")
        self.loss_objects = lex.inverted("units", "loss_objects")
        self.object_events = lex.inverted("units", "object_events")
        self.loss_verbs = lex.words("units", "loss_verbs")
        self.events_index = frozenset(self.events)
        # word -> keys: a verb may carry the people of several events along (released: detainees
        # and hostages), so the table is read key by key, not inverted to one key a word.
        self.event_sequels: dict[str, frozenset[str]] = {}
        for key, verbs in (lex.raw("units", "event_sequels") or {}).items():
            for verb in verbs:
                self.event_sequels[verb] = self.event_sequels.get(verb, frozenset()) | {key}
        self.event_keys = frozenset(self.events.values())
        self.event_reach = int(lex.raw("units", "event_reach") or 0)
        self.event_clause_reach = int(lex.raw("units", "event_clause_reach") or 0)
        # Only these verbs open a verb first clause for _clause_verb_event (no verbal noun).
        self.clause_event_verbs = lex.words("units", "clause_event_verbs")
        self.event_clause_keys = frozenset(lex.raw("units", "event_clause_keys") or ())
        # Words that open a clause (claims.clause_openers: "كما", "ثم"), after which a verb opens it.
        self.clause_openers = lex.words("claims", "clause_openers")
        # "24 voted otherwise": events a bare figure does not take (a named general noun does).
        self.named_event_keys = frozenset(lex.raw("units", "named_event_keys") or ())
        self.generic_keys = frozenset(lex.raw("units", "generic_keys") or ())
        self.count_head_adjectives = lex.words("units", "count_head_adjectives")
        clitics: dict[str, str] = lex.raw("units", "count_head_clitics") or {}
        # Longest first: "لل" (the preposition and the article) before "ل".
        self.count_head_clitics = tuple(sorted(clitics.items(), key=lambda item: -len(item[0])))
        self.count_heads = lex.words("units", "count_heads")
        # ... with a pronoun written on ("الضحايا تجاوز عددهم 300"), or a clitic before.
        self.count_head_starts = tuple(self.count_heads)
        # The verbs of value (claims.value_verbs: بلغ، تجاوز): the figure after one is the value of
        # the subject before it.
        self.value_verbs = lex.words("claims", "value_verbs")
        # "eight of its last 10 matches": words that pick a whole out by its place in a series.
        self.link_adjectives = lex.words("units", "link_adjectives")
        # "bringing the total to 4,700": the object of a causative that names no counted noun.
        self.total_nouns = lex.words("units", "total_nouns")
        # "45 died, while 120 remain in hospital": a verb of the figure's own clause.
        self.own_verbs = lex.words("units", "own_verbs")
        # "Of those homes destroyed, 44 were ...", "Of this number, 104 were ...".
        self.partitive_openers = lex.words("units", "partitive_openers")
        self.partitive_determiners = lex.words("units", "partitive_determiners")
        self.partitive_anaphors = lex.words("units", "partitive_anaphors")
        # Keys of a count whose generic part, after a pronoun pointing back, counts what it
        # counts (see _named_part_of_event): "61 متهما، منهم 41 مواطنا" are suspects.
        self.whole_part_keys = frozenset(lex.raw("units", "whole_part_keys") or ())
        # Keys of a group a bare number's bounded partitive names without counting it (D71's
        # rule leaves them): "5 على الأقل من عائلة واحدة" are five of a family's members.
        self.member_whole_keys = frozenset(lex.raw("units", "member_whole_keys") or ())
        self.total_modifiers = lex.words("units", "total_modifiers")
        # (unit21) "bringing the total so far this month to 41": a time adjunct ends the object.
        self.total_adjuncts = lex.words("units", "total_adjuncts")
        self.classifier_keys = lex.words("units", "classifier_keys")
        self.adjective_nouns = lex.words("units", "adjective_nouns")
        # "the number of murders": a link between the count head and the noun it counts.
        self.count_head_links = lex.words("units", "count_head_links")
        self.count_head_copulas = lex.words("units", "count_head_copulas")
        self.population_words = lex.words("units", "population_words")
        self.populated_key: str | None = lex.raw("units", "populated_key") or None
        self.populated_places = lex.words("units", "populated_places")
        self.head_yielding_keys = frozenset(lex.raw("units", "head_yielding_keys") or ())
        self.count_head_fillers = lex.words("units", "count_head_fillers")
        self.construct_head_first = bool(lex.raw("units", "construct_head_first"))
        # A number of a year's shape with no noun of its own is a count where no year stands
        # (units.year_shaped_counts; see QuantityFinder._year_shaped_count).
        self.year_shaped_counts = bool(lex.raw("units", "year_shaped_counts"))
        self.speech_verbs = lex.words("claims", "speech_verbs")
        # (wildfig31en) "one tourist told RadioLIVE": the verbs of an unnamed source, and the words
        # that may stand between the subject and its verb ("one official also said").
        self.unnamed_source_verbs = lex.words("units", "unnamed_source_verbs")
        self.subject_skips = lex.words("claims", "subject_skips")
        # (wildfig31en) "41 cents": the key of a currency's hundredth part -> the currency's key.
        self.hundredths: dict[str, str] = dict(lex.raw("units", "hundredths") or {})
        self.verbs_index = lex.clitic_index(self.verbs)
        # (fig23) "passed 43 million", "cracked 70": verbs that pass a mark only with a round
        # figure; "raced past 3,500 runs": a particle of passing after a verb of motion.
        self.milestone_verbs = lex.words("qualifiers", "milestone_verbs")
        self.past_particles = lex.words("qualifiers", "past_particles")
        self.past_movers = lex.words("qualifiers", "past_movers")
        # (figs33) "the top 10" against "murders top 750": a comparison verb that is also a noun.
        self.noun_verbs = lex.words("qualifiers", "noun_verbs")
        self.noun_verb_openers = lex.words("qualifiers", "noun_verb_openers")
        # (figs33) "an estimated street value of €1.96m": a qualifying adjective of the noun whose
        # "of" phrase is the figure.
        self.noun_of_before = lex.inverted("qualifiers", "noun_of_before")
        self.noun_of_links = lex.words("qualifiers", "noun_of_links")
        self.noun_of_reach = int(lex.raw("qualifiers", "noun_of_reach") or 0)
        self.not_plural_subjects = (
            lex.words("claims", "auxiliaries")
            | lex.words("claims", "passive_auxiliaries")
            | lex.words("claims", "possessive_determiners")
        )
        # "That tops the 106.5 million who watched": the definite object of a comparison verb is
        # the figure passed, stated, unless a threshold noun names it a mark ("the 5,000 mark").
        self.object_articles = lex.words("qualifiers", "object_articles")
        self.threshold_links = lex.words("qualifiers", "threshold_links")
        # "have gone up to 622": a qualifier whose first word is the particle of the verb before it.
        self.particle_verbs = lex.words("qualifiers", "particle_verbs")
        self.verb_particles = lex.words("qualifiers", "verb_particles")
        # How many words (the verb's subject) may stand between a comparison verb and its figure.
        self.verb_reach = int(lex.raw("qualifiers", "verb_reach") or 1)
        self.change_from_reach = int(lex.raw("qualifiers", "change_from_reach") or self.verb_reach)
        self.rated_change_reach = int(lex.raw("qualifiers", "rated_change_reach") or 0)
        # A negation right before a bound of comparison turns it over: "لا يتجاوز 65" and "does
        # not exceed 65" are at most 65 (qualifiers.negations).
        self.negations = lex.words("qualifiers", "negations")
        self.range_open = lex.words("qualifiers", "range_open")
        self.range_close = lex.words("qualifiers", "range_close")
        self.range_from = lex.words("qualifiers", "range_from")
        self.change_from_verbs = lex.clitic_index(lex.words("qualifiers", "change_from_verbs"))
        self.range_to = lex.words("qualifiers", "range_to")
        self.nouns, self.duals, self.derived_plurals = _noun_forms(lex)
        self.plural_suffixes = tuple(lex.words("units", "plural_suffixes"))
        self.paired_duals = _paired_duals(lex, self.duals)
        for paired, form in self.paired_duals.items():
            self.duals.setdefault(paired, form)
        # A general head noun (units.general_heads: a "centre" is a place of any kind) that is
        # also the head of a two-word counted noun of another key ("evacuation centers", "polling
        # centers"): later in an article, the head alone names the compound it shortens
        # (units.compound_heads_last: English heads come last).
        self.short_heads: dict[str, str] = {}
        general_heads = lex.words("units", "general_heads")
        if lex.raw("units", "compound_heads_last"):
            for form, key in self.nouns.items():
                words = form.split()
                head = self.nouns.get(words[-1]) if len(words) == 2 else None
                if head in general_heads and head != key:
                    self.short_heads[words[-1]] = head
        self.short_head_keys = frozenset(self.short_heads.values())
        # How many words a counted noun's form may have, longest first ("kilometers per hour").
        self.noun_sizes = tuple(sorted({form.count(" ") + 1 for form in self.nouns}, reverse=True))
        # A distance per unit of time is a speed: "120 km per hour", "70 كم/ساعة".
        self.speeds = lex.table("units", "speeds")
        # A length with a 2 or 3 written onto it is an area or a volume: "كم2", "م3".
        self.powers = {"2": lex.table("units", "squares"), "3": lex.table("units", "cubes")}
        self.per_hour = tuple(sorted(lex.words("units", "per_hour"), key=len, reverse=True))
        # A conjunction written onto a noun after a figure starts the next conjunct: "استشهاد 22
        # وإصابة 48": the injuries are not what 22 counts.
        # "استشهاد 22 وإصابة 48": a conjunction written onto the noun after a figure starts the
        # next conjunct; that noun is not what the figure counts.
        self.conjunctions = tuple(lex.words("time", "conjunctions"))
        # Words that end the search for the event before a figure ("five killed and 12 are
        # injured") and the auxiliaries that may stand between a figure and its event after it.
        self.event_stops = lex.words("units", "event_stops")
        self.event_auxiliaries = lex.words("units", "event_auxiliaries")
        # Events written in several words: "claimed the lives of 20 people", "the evacuation of
        # 400 people" (ending right before the figure), "90 people lost their lives", "forced
        # 2,000 people to flee" (right after its noun), longest first.
        self.event_phrases = sorted(
            ((tuple(phrase.split()), key) for phrase, key in lex.inverted("units", "event_phrases").items()),
            key=lambda entry: len(entry[0]),
            reverse=True,
        )
        # A phrase of place or part between a count of people and its event: "500 people in the
        # north were killed", "300 persons of 80 families have been displaced".
        self.event_phrase_links = lex.words("units", "event_phrase_links")
        self.event_cause_links = lex.words("units", "event_cause_links")
        # A verb of undergoing and the harm it names: "12 others sustained injuries" (unit20).
        self.undergo_verbs = lex.words("units", "undergo_verbs")
        self.undergone = lex.inverted("units", "undergone")
        # A noun whose sense the sentence decides: "إصابة" is an injury, but with a disease named
        # in the sentence ("1501 إصابة جديدة بكورونا") an infection, a case.
        self.sense_shifts = lex.table("units", "sense_shifts")
        self.decimal_measures = lex.table("units", "decimal_measures")
        self.particle_homographs = lex.words("units", "particle_homographs")
        self.sense_cues = lex.clitic_index(lex.words("units", "sense_cues"), definite=True)
        cued: dict[str, list[str]] = lex.raw("units", "cued_senses") or {}
        self.cued_senses = {
            key: lex.clitic_index(lex.words("units", "cued_senses", key), definite=True) for key in cued
        }
        # Senses that the headline or the lead's first sentence sets for the whole text.
        self.lead_cued_keys = frozenset(lex.raw("units", "lead_cued_keys") or ())
        self.cued_sense_of = {
            old: new for new, olds in (lex.raw("units", "cued_sense_of") or {}).items() for old in olds
        }
        # A score or tally ("2-1", "بنتيجة 16-0") counts what a scoring word of its sentence names
        # (goals, points, votes), else score_key.
        self.score_words = lex.clitic_index(lex.inverted("units", "score_words"), definite=True)
        # A bare figure after a phrase of its sentence naming a measured quantity is in that
        # quantity's unit: "درجات الحرارة العظمى: بغداد 50، البصرة 49" (units.measure_topics).
        self.measure_topics = lex.clitic_index(lex.inverted("units", "measure_topics"), definite=True)
        self.measure_topic_keys = lex.inverted("units", "measure_topics")
        self.score_words_keys = lex.inverted("units", "score_words")
        self.score_key = lex.raw("units", "score_key") or None
        self.score_cues_before = lex.words("units", "score_cues_before")
        self.score_cues_after = lex.words("units", "score_cues_after")
        # A bare figure after a copula or a verb of reaching counts the noun of its subject: "the
        # total number of valid votes cast was 13,432,857", "confirmed cases in Myanmar have
        # reached 43,788". Prepositions open a phrase inside the subject ("in Myanmar") whose
        # nouns are not its head; clause words end the subject.
        # Longest first, then in word order: a lexicon's words are a set, and a list built from
        # a set in its iteration order would let the hash seed pick between two links that match.
        self.predicate_links = _phrases_longest_first(lex.words("units", "predicate_links"))
        self.predicate_links_set = frozenset(self.predicate_links)
        self.predicate_link_ends = frozenset(link[-1:] for link in self.predicate_links if len(link) > 1)
        self.predicate_link_firsts = frozenset(link[0] for link in self.predicate_links)
        # "rose by 3 per cent to 535 million": the amount of a change between its verb and link.
        self.change_links = lex.words("units", "change_links")
        self.change_level_phrases = _phrases_longest_first(lex.words("units", "change_level_phrases"))
        self.change_level_phrases_by_last = _by_word(self.change_level_phrases, -1)
        self.change_level_link: str | None = lex.raw("units", "change_level_link") or None
        # "fell significantly to 1,276", "fell fractionally, by 1,200": an adverb in the link.
        self.change_adverbs = lex.words("units", "change_adverbs")
        # "Burglaries, up 4 per cent from 1,200 to 1,248": a verbless item's change.
        self.item_change_words = lex.words("units", "item_change_words")
        # "rose 21 per cent year-on-year, to 62,611", "were up 2% in 2019 to 670": a time of the
        # change between its amount and its link (as the tokenizer splits them).
        self.change_time_adjuncts = _phrases_longest_first(
            frozenset(
                " ".join(tok.text for tok in tokenize(phrase))
                for phrase in lex.words("units", "change_time_adjuncts")
            )
        )
        self.change_time_prepositions = lex.words("units", "change_time_prepositions")
        # "سعر 7258 للشراء": the sides of an exchange quote, and the currencies quoted against.
        self.exchange_sides = lex.words("units", "exchange_sides")
        self.exchange_reference_keys = frozenset(lex.raw("units", "exchange_reference_keys") or ())
        self.subject_time_prepositions = frozenset(
            tuple(p.split()) for p in lex.words("units", "subject_time_prepositions")
        )
        self.subject_prepositions = lex.words("units", "subject_prepositions")
        # The prepositions of place a gapped member of a list repeats ("two in Luzon and one in
        # Cagayan"): not of means, cause or time ("one with a knife", "one by a bullet").
        self.gapped_place_prepositions = lex.words("units", "gapped_place_prepositions")
        self.prepositions = lex.words("units", "prepositions")
        self.predicate_fillers = lex.words("units", "predicate_fillers")
        self.predicate_filler_phrases = _phrases_longest_first(lex.words("units", "predicate_filler_phrases"))
        self.subject_stops = lex.words("units", "subject_stops")
        # A long subject that opens the sentence ("The death toll from the quake that struck ...
        # has risen to 45"): its determiner, and the words that show a clause of its own.
        self.head_determiners = lex.words("units", "head_determiners")
        self.head_clause_breaks = lex.words("units", "head_clause_breaks")
        self.head_relatives = lex.words("units", "head_relatives")
        # "three were children": a copula after a bare figure, and words before its noun.
        self.predicate_copulas = lex.words("units", "predicate_copulas")
        self.predicate_noun_fillers = lex.words("units", "predicate_noun_fillers")
        # An adverb set off by commas inside a subject ("The reported deaths, meanwhile, are").
        self.subject_asides = lex.words("units", "subject_asides")
        # A verb of reaching after an infinitive mark says what its subject reaches only after a
        # raising verb ("expected to reach"), not after an agent's aim ("try to reach millions").
        self.infinitive_marks = lex.words("units", "infinitive_marks")
        self.raising_verbs = lex.words("units", "raising_verbs")
        # A figure after a phrase of comparison ("down from", "compared with", "مقابل") counts
        # what the figure it is compared with counts.
        self.comparisons = _phrases_longest_first(lex.words("units", "comparisons"))
        self.comparison_fillers = lex.words("units", "comparison_fillers")
        # A time's possessive before the figure compared with is that figure's time, as a time
        # after it is ("up from last year's 24,200" as "up from 24,200 last year"): the owners
        # (units.comparison_time_owners, every month and weekday) and the words before them.
        owners = lex.words("units", "comparison_time_owners")
        self.comparison_time_owners = (
            frozenset([*owners, *lex.inverted("time", "months"), *lex.inverted("time", "weekdays")])
            if owners
            else frozenset()
        )
        self.comparison_time_modifiers = frozenset(lex.words("units", "comparison_time_modifiers"))
        # Words between a pronoun that points back and its figure: "of which only four".
        self.anaphor_fillers = lex.words("units", "anaphor_fillers")
        # Conjunctions of a gapped clause: "14,311 are classified as partially damaged and 2,600
        # as totally damaged" (the verb and noun of the first clause elided in the second).
        self.gapping_conjunctions = lex.words("units", "gapping_conjunctions")
        self.member_one_verbs = lex.words("units", "member_one_verbs")
        # "one is receiving treatment": a progressive after the copula is its clause's own verb.
        self.progressive_endings = tuple(lex.words("claims", "progressive_endings"))
        # "taking the death toll in the region to 162": a causative verb, its object, a link.
        self.causative_verbs = lex.words("units", "causative_verbs")
        self.causative_links = lex.words("units", "causative_links")
        self.duration_keys_all = frozenset(lex.raw("units", "duration_keys") or ())
        # What a count counts when the lexicon does not know its noun, in a language whose plurals
        # are regular (English): the singular of the head of the noun phrase after it, made by
        # units.singular_endings (longest ending first) unless units.irregular_plurals names it.
        self.singular_endings = sorted(
            lex.table("units", "singular_endings").items(), key=lambda item: len(item[0]), reverse=True
        )
        self.irregular_plurals = lex.table("units", "irregular_plurals")
        self.singular_look = tuple(lex.words("units", "not_plural_endings"))
        self.verb_endings = tuple(lex.words("units", "verb_endings"))
        # Words that are never the phrase's head (units.not_open_nouns: "others", "times", "more")
        # and words that end the phrase: function words and verbs the lexicon lists elsewhere.
        self.not_open_nouns = lex.words("units", "not_open_nouns")
        self.open_noun_stops = (
            lex.words("units", "lookahead_stops")
            | lex.words("units", "links")
            | lex.words("units", "participles")
            | frozenset(lex.inverted("units", "events"))
            | frozenset(lex.inverted("qualifiers", "verbs"))
            | frozenset(w for w in lex.words("claims", "speech_verbs") if " " not in w)
            | frozenset(w for w in lex.words("units", "predicate_links") if " " not in w)
            | lex.words("time", "past_words")
            # A denominator is a fraction's, no counted noun: "two thirds of the seats".
            | frozenset(lex.table("numbers", "denominators"))
            # A word that opens a clause ends the phrase: "3 whereas wages rose 2".
            | lex.words("claims", "clause_openers")
        )
        # The time engine's words: "two decades", "three nights" are lengths of time, no count.
        time_tables = ("units", "calendar_units", "day_parts", "seasons", "weekdays", "months")
        self.time_words = frozenset(word for table in time_tables for word in lex.inverted("time", table))
        # ... and the relative days: a coordinate word that opens a time ("وصباح الأربعاء", "وأمس").
        self.clause_time_words = self.time_words | frozenset(
            w.split(" ", 1)[0] for w in lex.table("time", "relative_days")
        )
        # The time words that may stand between a verb of value and its figure: clause_time_words
        # and the words of "so far" (time.so_far: "حتى الآن"): "بلغت حتى الآن 1844".
        self.value_gap_time_words = self.clause_time_words | frozenset(
            w for phrase in lex.words("time", "so_far") for w in phrase.split()
        )
        # Keys of measures, which no noun after them heads: "20 percent tariffs" (see _modifies).
        self.measure_keys = frozenset(lex.raw("units", "measure_keys") or ()) | self.duration_keys_all
        # measures that are no length of time ("a mile", "a percentage point"; not "a week")
        self.timeless_measure_keys = self.measure_keys - self.duration_keys_all
        # A bare count takes the counted noun of the count before it in its sentence, however far
        # (units.sentence_elision); not after these words, which make it a multiple (the guide's D35).
        self.sentence_elision = bool(lex.raw("units", "sentence_elision"))
        # "The number is 43 more": a subject that restates the count of the sentence before.
        self.referring_totals = lex.words("units", "referring_totals")
        self.referring_total_determiners = lex.words("units", "referring_total_determiners")
        self.referring_total_stops = lex.words("units", "referring_total_stops")
        self.multiple_words = lex.words("units", "multiple_words")
        self.play_scoring_verbs = lex.words("units", "play_scoring_verbs")
        self.scoring_fillers = lex.words("units", "scoring_fillers")
        self.time_modifiers = frozenset(w for w in lex.inverted("time", "modifiers_before") if " " not in w)
        # The singular of each counted noun (each group's first form).
        # A feminine singular ends so ("منطقة"): no plural a cardinal adjective could count.
        self.feminine_singular_endings = tuple(lex.words("units", "feminine_endings"))
        self.counted_plural_endings = tuple(lex.words("units", "counted_plural_endings"))
        self.singulars = frozenset(
            normalize_word(forms[0]) for forms in lex.raw("units", "nouns").values() if forms
        ) - lex.words("units", "plural_only_nouns")
        # A measure named right before the figure ("magnitude 6.9", "بقوة 6.8") or right after
        # it ("a 6.1-magnitude quake", "above 5.0 in magnitude") is what the figure counts; one
        # before it replaces the noun after it that the measure describes ("a magnitude 6.9
        # earthquake", "بقوة 6.8 درجة"), when that noun is one of measured_keys.
        self.measures_before = lex.inverted("units", "measures_before")
        # (unit26en) A verb of measuring before a figure names a measure only in a sentence that
        # names the measure's topic (units.cued_senses of its key): "a second quake measuring 6.3"
        # is a magnitude, "a python measuring 5" is none.
        self.cued_measures_before = lex.inverted("units", "cued_measures_before")
        self.measures_after = lex.inverted("units", "measures_after")
        # The longest measure after a figure, in words ("degrees on the richter scale").
        self.measures_after_words = max((len(m.split()) for m in self.measures_after), default=0)
        self.measured_keys = frozenset(lex.raw("units", "measured_keys") or ())
        self.links = lex.words("units", "links")
        # "266 out of the 709 seats": a part's link of more than one word, split into its words.
        self.whole_links = tuple(tuple(phrase.split()) for phrase in lex.words("units", "whole_links"))
        # "one in five", "واحد من كل خمسة": a share, counted as a percent.
        self.ratio_links = lex.words("numbers", "ratio_links")
        # "a 9mm pistol", "rounds of 7.62 mm ammunition": a bore next to a weapon is its calibre.
        self.calibre_keys = frozenset(lex.raw("numbers", "calibre_keys") or ())
        self.calibre_nouns = lex.words("numbers", "calibre_nouns")
        # "won 123 out of 225 seats": after these, a whole that is no ratio's base is a count.
        self.ratio_count_links = lex.words("numbers", "ratio_count_links")
        self.ratio_base_max = int(lex.raw("numbers", "ratio_base_max") or 0)
        # Links that also place or date what is counted ("killed 2 in 3 provinces", "3 in 4
        # days"): a share only when neither reading is open (see _ratio).
        self.place_time_links = lex.words("numbers", "place_time_links")
        self.ratio_link_sizes = sorted({w.count(" ") + 1 for w in self.ratio_links}, reverse=True)
        self.ratio_link_firsts = frozenset(w.split(" ", 1)[0] for w in self.ratio_links)
        self.noun_suffixes = tuple(lex.words("units", "case_endings"))
        # Noun forms that are also past verbs ("ذكر": a male, or "mentioned"): a count's noun
        # only after a scale word or with the case ending written ("2.59 مليون ذكر", "20 ذكرا").
        self.verb_homographs = lex.words("units", "verb_homographs")
        # "بثلاثية نظيفة": a tally noun after the score's preposition, by its written form.
        self.tallies: dict[str, tuple[str, int]] = {
            normalize_word(link) + normalize_word(word): (normalize_word(link), int(value))
            for word, value in (lex.raw("units", "tallies") or {}).items()
            for link in lex.raw("units", "tally_links") or []
        }
        # "وجاءت ثنائية التعاون": a tally noun with no preposition, by its written form past a
        # conjunction, and the words that make its sentence score (`_bare_tally`).
        bare_tallies = {normalize_word(w): int(v) for w, v in (lex.raw("units", "tallies") or {}).items()}
        # {form as written: (the length of its clitics, its value)}
        self.bare_tallies: dict[str, tuple[int, int]] = {
            form: (len(form) - len(base), bare_tallies[base])
            for form, base in lex.clitic_index(frozenset(bare_tallies)).items()
        }
        self.tally_cues = lex.clitic_index(lex.words("units", "tally_cues"))
        # "حاجز الـ 2500": the article written apart before a number; the barrier or mark a verb of
        # comparison passes, before the figure (qualifiers.threshold_nouns).
        self.detached_articles = tuple(lex.article_prefixes())
        # (follow29ar) The guide's D80: a definite number of three or more counts its noun past
        # the definite adjectives of relation that agree with it ("الضحايا السوريين الستة"،
        # "الولايات السودانية الـ18"); after a demonstrative or the word "out of" a definite
        # broken plural is no genitive of a head its number could name ("وهؤلاء النواب الـ65").
        self.nisba_endings = tuple(lex.words("claims", "nisba_endings"))
        self.plural_openers = lex.words("claims", "demonstratives") | lex.words("units", "link_articles")
        self.threshold_nouns = lex.clitic_index(lex.words("qualifiers", "threshold_nouns"), definite=True)
        # "عدد الذكور 1.8 مليون نسمة": a population noun counts the kind of people its topic names.
        self.population_nouns = lex.words("units", "population_nouns")
        self.people_keys = frozenset(lex.raw("units", "people_keys") or ())
        # what a line's label may name (_line_label_key): people and their events
        self.people_and_event_keys = self.people_keys | self.event_keys
        self.dative_articles = lex.words("units", "dative_articles")
        # "معدل البطالة ... منخفضا بمقدار 0.3%": a rate's change in percent is in points.
        self.rate_nouns = lex.clitic_index(lex.words("units", "rate_nouns"), definite=True)
        self.rate_change_links = _phrases_longest_first(lex.words("units", "rate_change_links"))
        # The one-word links of a change's amount ("up 7.9%", "rose 5%"): a figure "from" after
        # such an amount is the level the change is counted from.
        self.change_words = frozenset(p[0] for p in self.rate_change_links if len(p) == 1)
        self.not_rate_modifiers = lex.words("units", "not_rate_modifiers")
        # "up by 1% to 11.1%", "بزيادة 0.3% عن 6.1%": the changed level, a percent, after
        # the amount; a clause word before the amount ends the search for a level before it.
        self.rate_level_links = lex.words("units", "rate_level_links")
        self.rate_clause_stops = lex.words("units", "rate_clause_stops")
        self.rate_level_marks = lex.words("units", "rate_level_marks")
        # "a decrease of 523 in major crimes", "زيادة 30 ألفا في عدد المواطنين": the
        # amount of a change named by a noun counts what the phrase after it names.
        self.change_nouns = lex.words("units", "change_nouns")
        self.change_noun_links = lex.words("units", "change_noun_links")
        self.change_amount_words = lex.words("units", "change_amount_words")
        self.change_objects = lex.words("units", "change_objects")
        self.level_change_links = _phrases_longest_first(lex.words("units", "level_change_links"))
        # (unit21) "a 3% lead", "a difference of 10 percent", "led his rival by 6.6%": a lead or a
        # difference between shares is a difference of percents.
        self.difference_nouns = _phrases_longest_first(lex.words("units", "difference_nouns"))
        self.difference_heads = _phrases_longest_first(lex.words("units", "difference_heads"))
        self.difference_links = lex.words("units", "difference_links")
        self.lead_words = lex.words("units", "lead_words")
        self.lead_links = lex.words("units", "lead_links")
        # ", or" / "، أي" between a percent and a bare figure: the same change restated as a count.
        self.restatement_gaps = [[mark, word] for word in lex.words("units", "restatements") for mark in ",،"]
        self.restatements = lex.words("units", "restatements")
        self.share_restatements = self.restatements | lex.words("units", "share_restatements")
        self.collective_people_nouns = lex.words("units", "collective_people_nouns")
        self.adjective_endings = tuple(lex.words("units", "adjective_endings"))
        self.determiners = lex.words("claims", "determiners") | lex.words("claims", "possessive_determiners")
        self.participle_heads = frozenset(lex.raw("units", "participle_heads") or ())
        self.state_adjective_keys = frozenset(lex.raw("units", "state_adjective_keys") or ())
        self.state_topics = {
            word: key for word, key in lex.inverted("units", "state_topics").items() if " " not in word
        }
        accusative_from = lex.raw("units", "accusative_from")
        self.accusative_from: int | None = accusative_from if isinstance(accusative_from, int) else None
        self.accusative_endings = self.noun_suffixes + tuple(lex.words("units", "unmarked_accusatives"))
        # Possessive pronouns written onto a counted noun: "أطفاله" (his children).
        self.possessive_suffixes = tuple(lex.words("units", "possessive_suffixes"))
        self.symbols_before = lex.table("units", "symbols_before")
        self.glued_symbols_before = lex.table("units", "glued_symbols_before")
        # Signs several countries share ("$"): a currency word right after the amount names which.
        self.shared_signs = frozenset(lex.words("units", "local_forms"))
        self.symbols_after = lex.table("units", "symbols_after")
        # A sign written in two marks, the second glued to the first: "47°C", "104°F" (unit20).
        self.glued_symbols_after = lex.table("units", "glued_symbols_after")
        self.dotted_symbols_after = lex.table("units", "dotted_symbols_after")
        # A scale's capital glued onto the degrees, no sign ("33C", "84.2F"), read so only with a
        # word of temperature in the sentence ("room 23C" is a name) (fig20en3).
        self.glued_scale_letters = lex.table("units", "glued_scale_letters")
        self.temperature_cues = lex.clitic_index(lex.words("units", "temperature_cues"), definite=True)
        # "100m breaststroke", "4x200m relay": a race's distance before its event names the race.
        self.race_events = lex.words("units", "race_events")
        self.race_modifiers = lex.words("units", "race_modifiers")
        self.race_distance_marks = lex.words("units", "race_distance_marks")
        # The ISO 4217 codes among the lexicon's currency keys (three capitals: "PHP", "USD"),
        # which business print writes before the amount as a sign ("PHP 30 million").
        self.currency_codes = {
            key.lower(): key
            for key in (
                *self.symbols_before.values(),
                *self.glued_symbols_before.values(),
                *self.symbols_after.values(),
                *lex.table("units", "nouns"),
            )
            if _iso_code(key)
        }
        self.lookahead = int(lex.meta("unit_lookahead", 1))
        self.lookahead_stops = lex.words("units", "lookahead_stops")
        self.link_articles = lex.words("units", "link_articles")
        # A possessive before the whole of a part: "six of their eight games".
        self.link_possessives = lex.words("units", "link_possessives")
        # A general noun after the figure of a gapped clause, which elides the rest of its noun:
        # "three people were killed in X and four others in Y".
        self.gapped_nouns = lex.words("units", "gapped_nouns")
        # "the two sides": after the article, a count of these names the parties, no figure.
        self.party_nouns = lex.words("units", "party_nouns")
        self.referring_determiners = lex.words("units", "referring_determiners")
        self.referring_counts = lex.words("units", "referring_counts")
        self.one_idioms = frozenset(lex.words("units", "one_idioms"))
        self.number_idioms = frozenset(tuple(p.split()) for p in lex.words("units", "number_idioms"))
        self.pair_others = tuple(tuple(p.split()) for p in lex.words("units", "pair_others"))
        # Their first words: "the other" can start only at one of them (`_pair_other_after`).
        self.pair_other_firsts = frozenset(words[0] for words in self.pair_others if words)
        self.day_words = lex.words("numbers", "day_words")
        # (fig22) A weekday or a relative day, or a part of the day after one, before a bracketed
        # number from 1 to 31 dates it with its day of the month (wire copy written so: "rain
        # returns on Thursday (16)", "data released today (10)", "on Monday morning (13)"): the
        # number is a date's, no figure.
        self.bracketed_day_heads = frozenset(lex.inverted("time", "weekdays")) | frozenset(
            w for w in lex.table("time", "relative_days") if " " not in w
        )
        self.day_parts = frozenset(lex.inverted("time", "day_parts"))
        # Hijri month names by their words ("صفر", "ربيع الأول"): a day number before one is a
        # date's day ("يوم 20 صفر"), the month no number word (صفر is also zero).
        self.hijri_months = frozenset(tuple(m.split()) for m in lex.inverted("time", "hijri_months"))
        self.hijri_month_words = max((len(m) for m in self.hijri_months), default=0)
        self.article_prefixes = lex.article_prefixes()
        self.anaphors = lex.words("units", "anaphors")
        # "taken to the hospital for observation as a precaution": no harm befell them.
        self.precaution_words = tuple(tuple(p.split(" ")) for p in lex.words("units", "precaution_phrases"))
        self.precaution_words_by_first = _by_word(self.precaution_words, 0)
        self.precaution_key = lex.raw("units", "precaution_key")
        self.precaution_events = frozenset(lex.words("units", "precaution_events"))
        # Their words, and the first words they can start at (`_anaphor_at`), split once.
        self.anaphor_words = tuple(phrase.split(" ") for phrase in self.anaphors)
        # How many words the pronoun phrases have (`_points_back` joins as many).
        self.anaphor_sizes = tuple(sorted({phrase.count(" ") + 1 for phrase in self.anaphors}))
        self.anaphor_firsts = frozenset(words[0] for words in self.anaphor_words)
        self.duration_keys = frozenset(lex.raw("units", "duration_keys") or ())
        self.age_after = lex.words("numbers", "age_after")
        self.age_before = lex.words("numbers", "age_before")
        # A bound of years after one of these names an age category: "كأس العالم تحت 17 عاما".
        self.age_brackets = lex.words("numbers", "age_brackets")
        # "people waiting more than 18 months": a bounded length after waiting is a threshold.
        self.threshold_before = lex.words("numbers", "threshold_before")
        # "a woman of about 30": a bare number after a person noun (one) and "of" is an age.
        self.age_links = lex.words("numbers", "age_links")
        # The nouns of age, and the words that may stand between one and the numbers it governs
        # ("under the age of 10", "تبلغ أعمارهم (65 سنة فأكثر)", "aged 40 and 52").
        self.age_words = lex.words("numbers", "age_words")
        # Names written with a number after them, in a script with no capitals to mark a name:
        # "كوفيد 19", "(كوفيد – 19)", "فرانس 24".
        self.numbered_names = lex.words("numbers", "numbered_names")
        self.age_fillers = lex.words("numbers", "age_fillers")
        self.aged_keys = frozenset(lex.raw("numbers", "aged_keys") or ())
        # "Korey Clarke, 30, and ...": an age set off by commas after a name (_apposed_age).
        self.apposed_age_max = int(lex.raw("numbers", "apposed_age_max") or 0)
        self.apposed_age_after = lex.words("numbers", "apposed_age_after")
        self.apposed_age_nouns = lex.words("numbers", "apposed_age_nouns")
        # "- الشفاء: 27 حالة": a bulletin's label words and what they count (_line_label_key).
        self.line_labels = lex.inverted("units", "line_labels")
        # "رقم الطوارئ الموحد 911": the phrases that name a telephone number (_phone_named).
        self.phone_names = tuple(tuple(phrase.split()) for phrase in lex.words("numbers", "phone_names"))
        self.phone_names_by_last = _by_word(self.phone_names, -1)
        # "Milton has 53 cases, Oakville 43, Burlington 29": members of a gapped list of counts.
        self.gapped_separators = lex.words("numbers", "gapped_separators")
        self.gapped_openers = _phrases_longest_first(lex.words("numbers", "gapped_openers"))
        self.gapped_closers = lex.words("numbers", "gapped_closers")
        self.gapped_semicolon = str(lex.raw("numbers", "gapped_semicolon") or "")
        self.gapped_name_links = lex.words("numbers", "gapped_name_links")
        self.gapped_additions = _phrases_longest_first(lex.words("units", "addition_openers"))
        # "In Rafah, 12, ...", "Kenya, 30, and Uganda, 25": a place has no age.
        self.apposed_age_place_links = lex.words("numbers", "apposed_age_place_links")
        self.known_places = frozenset(lex.inverted("entities", "places"))
        self.clock_after = lex.words("numbers", "clock_after")
        self.clock_before = lex.words("numbers", "clock_before")
        self.rank_before = lex.words("numbers", "rank_before")
        self.ordinal_units = lex.words("numbers", "ordinal_units")
        self.ordinal_tens = lex.words("numbers", "ordinal_tens")
        self.rate_per = lex.words("numbers", "rate_per")
        # "Signal No 10", "القرار رقم 2334": a number sign before a bare number makes a name.
        self.number_signs = lex.words("numbers", "number_signs")
        self.series_nouns = lex.words("numbers", "series_nouns")
        self.series_names = lex.words("numbers", "series_names")
        # "رفع رصيده إلى النقطة 31": a unit noun made definite before a number names the level
        # the count reached, N of the unit (`_tally_noun_before`).
        self.tally_nouns = lex.words("numbers", "tally_nouns")
        # "البنزين 95 أوكتان": a grade word after a number names a grade (`_grade_after`).
        self.grade_after = lex.words("numbers", "grade_after")
        # "102.46 لعام 2021": a noun with a preposition written onto it is no count's noun.
        self.preposition_clitics = tuple(
            sorted(lex.words("units", "preposition_clitics"), key=len, reverse=True)
        )
        # "166 شهيدا وجريحا", "27 killed or injured": a pair of keys counted together.
        self.combined = {
            frozenset(keys): combined for combined, keys in (lex.raw("units", "combined_keys") or {}).items()
        }
        self.combined_links = lex.words("units", "combined_links")
        # A weak word that opens a sentence before its noun is a determiner: "One strike killed
        # 18 militants but the other ...", "One rocket landed in Hadera".
        # "one" written after its noun, as an adjective, counts that noun: "بقي حريق واحد".
        self.one_after_noun = lex.words("numbers", "one_after_noun")
        # "بهدفين مقابل هدف": a singular noun after one of these, set against a count of it, is one.
        self.versus = lex.words("units", "versus")
        self.superlative_words = lex.words("numbers", "superlative_words")
        self.construct_superlatives = lex.words("numbers", "construct_superlatives")
        self.distributive = lex.words("numbers", "distributive")
        self.names_capitalized = bool(lex.raw("numbers", "names_capitalized"))
        self.name_joiners = lex.words("numbers", "name_joiners")
        # Capitalised words that make no name with the number after them: months (a date),
        # qualifiers and signs ("About 500", "Minus 5").
        self.not_name_words = (
            frozenset(lex.inverted("time", "months"))
            | frozenset(lex.inverted("time", "month_abbreviations"))
            | frozenset(w for phrase in self.qual_before for w in phrase.split())
            | lex.words("numbers", "negative")
        )
        self.participles = lex.words("units", "participles")
        # Month names by their last word ("أكتوبر", "كانون الثاني" -> "الثاني"): a year after one
        # is a date's, so it opens no range ("منذ 7 أكتوبر 2023 إلى 62 ألفا").
        months = [*lex.inverted("time", "months"), *lex.inverted("time", "month_abbreviations")]
        self.month_ends = lex.clitic_index(frozenset(m.rsplit(" ", 1)[-1] for m in months))
        self.month_starts = frozenset(m.split(" ", 1)[0] for m in months)
        self.space_groups_thousands = bool(lex.meta("space_groups_thousands", False))
        self.separator_space_slips = bool(lex.meta("separator_space_slips", False))
        self.vague_verbs = lex.words("numbers", "vague_verbs")
        self.relative_pronouns = lex.words("units", "relative_pronouns")
        self.addition_words = lex.words("units", "addition_words")
        # "In second place was Al Batinah North with 199,977": the link of a share to its holder.
        self.distribution_links = lex.words("units", "distribution_links")
        # "300 public and private schools": a joiner between two modifiers of the counted noun.
        self.modifier_joiners = lex.words("units", "modifier_joiners")
        # "Another 40 were damaged": a word of addition before a bare figure.
        self.addition_openers = lex.words("units", "addition_openers")
        # "the death of one patient": the sick or wounded an event right before them befell.
        self.afflicted_keys = frozenset(lex.raw("units", "afflicted_keys") or ())
        self.afflicted_verb_events = frozenset(lex.raw("units", "afflicted_verb_events") or ())
        self.restating_keys = frozenset(lex.raw("units", "restating_keys") or ())
        # "389 cases have been admitted to ICU": cases in care take the key of their care (D60).
        self.care_counted_keys = frozenset(lex.raw("units", "care_counted_keys") or ())
        self.care_event_keys = frozenset(lex.raw("units", "care_event_keys") or ())
        # "the number of evacuees at 137 relief centres in five states rose to": counts of places.
        self.count_head_place_links = frozenset(lex.words("units", "count_head_place_links"))
        # "34 suspected kidnappers": a noun of people after "suspected" counts suspects (the guide's
        # D24), whatever the clause goes on to say; not the sick ("96 suspected cases").
        self.suspect_words = lex.words("units", "suspect_words")
        self.suspect_key: str | None = lex.raw("units", "suspect_key") or None
        self.agent_endings = tuple(lex.raw("units", "agent_endings") or ())
        self.people_class = frozenset((lex.raw("units", "key_classes") or {}).get("people", ()))
        self.noun_keys = frozenset(self.nouns.values())
        self.compound_adjective_ends = lex.words("units", "compound_adjective_ends")
        self.compound_nouns = lex.inverted("units", "compound_nouns")
        self.compound_non_nouns = lex.words("units", "compound_non_nouns")
        self.year_cues = lex.words("time", "year_cues")
        # "compared to 1900 last year": a time right after a figure compared with makes it a count.
        self.compared_count_times = _phrases_longest_first(lex.words("time", "compared_count_times"))
        # The most words `_compared_count_of_time` reads on either side of a figure (two at least:
        # a year cue and a year).
        self.compared_reach = max([2, *map(len, self.comparisons), *map(len, self.compared_count_times)])
        # The phrase lists above by the word a figure's neighbour must be (see `_by_word`).
        self.comparisons_by_last = _by_word(self.comparisons, -1)
        self.compared_count_times_by_first = _by_word(self.compared_count_times, 0)
        self.predicate_links_by_last = _by_word(self.predicate_links, -1)
        self.rate_change_links_by_last = _by_word(self.rate_change_links, -1)
        self.level_change_links_by_last = _by_word(self.level_change_links, -1)
        self.difference_nouns_by_last = _by_word(self.difference_nouns, -1)
        self.difference_heads_by_first = _by_word(self.difference_heads, 0)
        self.event_phrases_by_first = _by_word(
            [words for words, _ in self.event_phrases], 0, self.event_phrases
        )
        self.event_phrases_by_last = _by_word(
            [words for words, _ in self.event_phrases], -1, self.event_phrases
        )
        self.year_lead = lex.words("time", "year_lead")
        self.thousands = tuple(lex.meta("thousands_separators", []))
        self.decimals = tuple(lex.meta("decimal_marks", []))
        self.dot_thousands = bool(lex.meta("dot_groups_thousands", False))
        self.lakh_grouping = bool(lex.meta("lakh_grouping", False))
        self.decimal_letters = lex.words("meta", "decimal_letters")
        phrase_words = list(self.kinds) + list(self.vague)
        self.phrase_lengths = sorted({len(w.split()) for w in phrase_words}, reverse=True)
        self.known_words = set(self.kinds) | set(self.vague)
        self.words = self._word_index()
        # First words of the multi-word keys: only there can a longer phrase start.
        self.multi_first = frozenset(w.split(" ", 1)[0] for w in self.words if " " in w)
        self.vague_index = lex.clitic_index(self.vague, definite=True)
        self.nouns_index = lex.clitic_index(self.nouns, definite=True)
        # `QuantityFinder._noun_stem`'s answers by word, for every text of the lexicon (a word
        # is asked about again and again, within a text and across texts).
        self.noun_stems: dict[str, str | None] = {}
        # The currencies the counted nouns name (ISO 4217 keys: "ليرة سورية" is SYP).
        self.currency_keys = frozenset(
            key for key in {*self.nouns.values(), *self.currency_codes.values()} if _iso_code(key)
        )
        # The first words a counted noun of several words can be written with (as indexed, or
        # with a case ending: `_noun_stem` finds no such noun at any other word).
        phrase_firsts = {key.split(" ", 1)[0] for key in self.nouns_index if " " in key}
        self.noun_phrase_firsts = frozenset(
            phrase_firsts | {first + ending for first in phrase_firsts for ending in self.noun_suffixes}
        )
        # A dual noun is a count of two only without the article: "غارتين" is two strikes,
        # "الطرفين" is "the two sides". Nor with a clitic not written onto counts
        # (numbers.clitics_not_on_words): "كبيرين" is "big", not ك + بيرين (two wells).
        self.duals_index = {
            form: base
            for form, base in lex.clitic_index(self.duals, definite=False).items()
            if not form[: len(form) - len(base)].endswith(self.clitics_not_on_words)
        }
        # A dual's construct ending, also a noun's with the possessive of the first person
        # ("حالتي وفاة" two cases of death, "أسرتي" my family): a dual only before its genitive.
        self.construct_dual_suffixes = tuple(lex.words("units", "construct_dual_suffixes"))
        # The nominative's ending (units.nominative_dual_suffixes) may stand as a verb's subject.
        self.nominative_dual_suffixes = tuple(lex.words("units", "nominative_dual_suffixes")) or ("\0",)
        # ... and not the subject right after its verb, before the verb's definite object, where
        # a dual in construct is written with its nominative ending ("زارت أسرتي المستشفى": my
        # family; two would be "أسرتا"): a past verb of the lists or of the time engine's forms
        # (time.past_verb_patterns).
        self.past_verbs = lex.words("time", "past_words") | lex.words("claims", "speech_verbs")
        self.past_forms = PastForms(
            lex.raw("time", "past_verb_patterns") or (), lex.words("time", "conjunctions")
        )
        # A preposition written onto a definite word ("بالقصف", "للمستشفى") opens a complement.
        self.preposition_prefixes = tuple(lex.words("claims", "subject_stop_prefixes"))
        # Every word `QuantityFinder.run` stops at on its own: a number word, the first word of
        # a number phrase, a dual, a tally noun (a word after a "versus" word is stopped at besides).
        self.scan_stops = (
            frozenset(self.words)
            | self.multi_first
            | frozenset(self.duals_index)
            | frozenset(self.tallies)
            | frozenset(self.bare_tallies)
            | frozenset(self.share_values_index)
            | frozenset(self.share_possessed)
        )
        self.range_open_index = lex.clitic_index(self.range_open)
        self.range_from_index = lex.clitic_index(self.range_from)
        self.qual_before_index = self._qualifier_index()

    def cue_phrases(self, index: dict[str, str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """The entries of several words of a clitic index, filed under their first word as
        written: {first word: [(first word, the words after it)]}. Built once per index."""
        cached = self._cue_phrases.get(id(index))
        if cached is not None and cached[0] is index:
            return cached[1]
        filed: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for entry in index:
            if " " in entry:
                first, *rest = entry.split()
                filed.setdefault(first, []).append((first, tuple(rest)))
        self._cue_phrases[id(index)] = (index, filed)
        return filed

    def _entry(self, word: str, skip: int, joined: bool) -> _Entry:
        kind, value = self.kinds[word] if word in self.kinds else ("vague", self.vague[word])
        return _Entry(kind, value, skip, joined, word in self.weak)

    def _word_index(self) -> dict[str, _Entry]:
        """What each written form of a number word stands for, clitics included.

        One dict lookup replaces the per-token search, with the same precedence: a joiner
        ("و", "and"), then the bare word, then a joining "و" written onto a number word
        (وخمسون), then any clitic and article (بالآلاف). A preposition with the article before
        a non-vague word (بالمائة: "per cent") is no numeral, and blocks shorter readings.
        """
        index: dict[str, _Entry | None] = {}
        for prefix in self.lex.prefixes(True):  # longest first
            if prefix.endswith(self.clitics_not_on_words):
                continue
            for word in self.known_words:
                if len(word) >= 2:
                    entry = self._entry(word, len(prefix), False)
                    blocked = entry.kind != "vague" and self._preposition_and_article(prefix)
                    index.setdefault(prefix + word, None if blocked else entry)
        joined: dict[str, _Entry] = {}
        for prefix in self.prefix_joiners:
            for word in self.known_words:
                if len(word) >= 2:
                    joined.setdefault(prefix + word, self._entry(word, len(prefix), True))
        index.update(joined)
        index.update((word, self._entry(word, 0, False)) for word in self.known_words)
        index.update((word, _JOIN) for word in self.joiners)
        # A weekday written as a number word with the article ("الاثنين", Monday) is a day:
        # "ضرب البلاد الاثنين إلى 3 آلاف" opens no range from two.
        weekdays = set(self.lex.inverted("time", "weekdays"))
        days = {prefix + day for day in weekdays for prefix in ("", *self.lex.prefixes(True))}
        return {word: entry for word, entry in index.items() if entry is not None and word not in days}

    def _preposition_and_article(self, prefix: str) -> bool:
        """A clitic plus the article (بالمائة، للألف) makes a noun phrase, not a numeral: "بالمائة"
        is "per cent". Vague plurals keep it ("بالآلاف"، "لعشرات الآلاف" read as a count)."""
        return prefix not in self.articles and (
            prefix in self.merged_articles or prefix.endswith(self.articles)
        )

    def _qualifier_index(self) -> dict[str, tuple[str, int]]:
        """{qualifier as written: (qualifier, length of the clitic on its first word)}."""
        index: dict[str, tuple[str, int]] = {}
        for prefix in self.lex.prefixes(False):
            for phrase, qualifier in self.qual_before.items():
                if len(phrase.split(" ", 1)[0]) >= 2:
                    index.setdefault(prefix + phrase, (qualifier, len(prefix)))
        index.update((phrase, (qualifier, 0)) for phrase, qualifier in self.qual_before.items())
        # Print often drops the space inside a qualifier: أكثرمن، بأكثرمن.
        for phrase, (qualifier, clitic) in list(index.items()):
            if " " in phrase:
                index.setdefault(phrase.replace(" ", ""), (qualifier, clitic))
        return index


# The longest written form of a counted noun read as an abbreviation, which takes no regular plural.
_ABBREVIATION = 2


def _iso_code(key: str) -> bool:
    """Whether a unit key is an ISO 4217 currency code (three capitals: "USD", "SYP")."""
    return len(key) == 3 and key.isalpha() and key.isupper()


def _percent_of(share: Decimal) -> Decimal:
    """A share of a whole (0.5, 2/3) as the percent labels write: 50, 66.67 (the guide's D13)."""
    percent = (share * _HUNDRED).quantize(_SHARE_PLACES)
    return percent.quantize(Decimal(1)) if percent == percent.to_integral_value() else percent.normalize()


def _noun_forms(lex: Lexicon) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """{form: key} of every counted noun; of those, {dual: the form it is the dual of} of the
    duals that count two, and {derived plural: itself} of the regular plurals the engine made.

    Forms the grammar makes from the written ones are added unless written out under some key
    (a written form wins): English regular plurals (units.plural_suffixes: case -> cases, of a
    phrase its last word: police officer -> police officers) and
    Arabic duals (units.dual_suffixes, or units.feminine_dual_suffixes in place of a feminine
    ending: هدف -> هدفين، غارة -> غارتين), but a name written as such a dual
    (units.not_duals). A dual of a key in units.duration_keys counts nothing: it is a duration
    (يومين), which the time engine reads.
    """
    written = lex.inverted("units", "nouns")
    nouns = dict(written)
    duals: dict[str, str] = {}  # dual -> the form it was made from
    plurals: dict[str, str] = {}
    plural_suffixes = lex.words("units", "plural_suffixes")
    dual_suffixes = lex.words("units", "dual_suffixes")
    feminine_endings = tuple(lex.words("units", "feminine_endings"))
    feminine_suffixes = lex.words("units", "feminine_dual_suffixes")
    uncounted = set(lex.raw("units", "duration_keys") or ())
    # Names written as the dual of a counted noun would be (units.not_duals): "طالبان", the
    # movement, is no two students (طالب); the name is a word of its own, never made.
    not_duals = set(lex.words("units", "not_duals"))
    # A unit written as an abbreviation (units.abbreviated_units: كم، سم) never inflects: what
    # a dual or plural of it would spell is another word ("كمين" an ambush, not two km).
    abbreviated = lex.words("units", "abbreviated_units")
    written_dual_suffixes = lex.words("units", "written_dual_suffixes")
    for form, key in written.items():
        if form in abbreviated:
            continue
        if " " in form:
            # A phrase's plural is its last word's: "police officer" -> "police officers".
            for suffix in plural_suffixes:
                nouns.setdefault(form + suffix, key)
            continue
        for suffix in plural_suffixes if len(form) > _ABBREVIATION else ():
            # An abbreviation of two letters takes no regular plural ("ha" is no "has", "km"
            # writes "kms" out where it is used).
            plural = form + suffix
            if plural not in written:
                nouns.setdefault(plural, key)
                plurals.setdefault(plural, plural)
        if feminine_endings and form.endswith(feminine_endings):
            made = {form[:-1] + suffix for suffix in feminine_suffixes}
        else:
            made = {form + suffix for suffix in dual_suffixes}
        for dual in made - written.keys() - not_duals:
            nouns.setdefault(dual, key)
            if key not in uncounted:
                duals.setdefault(dual, form)
        for suffix in written_dual_suffixes:
            # "مدني" -> "مدنيان" written under the same key: the written dual counts two too.
            dual = form + suffix
            if written.get(dual) == key and dual not in not_duals and key not in uncounted:
                duals.setdefault(dual, form)
    for form, key in lex.table("units", "other_duals").items():
        nouns.setdefault(form, key)
        duals.setdefault(form, form)
    for form, key in list(nouns.items()):
        if "-" in form and " - " not in form:
            # The tokenizer splits a hyphen off ("break-ins": break, -, ins); a counted noun
            # written with one is matched as the words it splits into.
            nouns.setdefault(form.replace("-", " - "), key)
    return nouns, duals, plurals


def _paired_duals(lex: Lexicon, duals: dict[str, str]) -> dict[str, str]:
    """{dual in construct: the form it is the dual of} of the masculine duals in construct that
    count two only with the pair they join named after them (units.paired_dual_suffixes: "جثماني
    طفل وامرأة", "فريقي العين والنصر", "نهري شبيلي وجوبا"). The ending is also the possessive
    "my" and the nisba adjective, and the sound masculine plural's in construct ("مقاتلي حزب
    الله"): so no form whose sound plural (units.sound_plural_suffixes) is written, no form
    written under a key itself (مدني), no unit of time."""
    suffixes = lex.words("units", "paired_dual_suffixes")
    if not suffixes:
        return {}
    written = lex.inverted("units", "nouns")
    feminine = tuple(lex.words("units", "feminine_endings"))
    sound = lex.words("units", "sound_plural_suffixes")
    uncounted = set(lex.raw("units", "duration_keys") or ())
    abbreviated = lex.words("units", "abbreviated_units")
    paired: dict[str, str] = {}
    for form, key in written.items():
        if " " in form or key in uncounted or (feminine and form.endswith(feminine)) or form in abbreviated:
            continue
        if any(form + suffix in written for suffix in sound):
            continue
        for suffix in suffixes:
            made = form + suffix
            if made not in written and made not in duals:
                paired.setdefault(made, form)
    return paired


# Marks that end a sentence: no bracketed aside runs past one.
_SENTENCE_END_MARKS = frozenset({".", "!", "?", "؟"})


def counted_noun_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of a counted noun the engine reads, written or made by the grammar (cases,
    هدفين): the time engine asks whether a four-digit figure counts something ("in 2000 homes")."""
    return frozenset(_tables(lex).nouns)


def noun_disagrees_with_count(number: str, noun: str, lex: Lexicon) -> bool:
    """Whether `noun` (normalized, its first word) cannot be what the digits `number` count, by the
    counting grammar (units.accusative_from): after a number whose last two digits are from
    accusative_from to 99 the counted noun is a singular accusative, its case ending
    (units.case_endings) written unless the word ends in a letter that takes none
    (units.unmarked_accusatives). So "2021 صور" (a plural) and "2020 تاجر" (no ending) are no
    count; "2021 شخصا"، "2021 سيارة" may be. Digits of any script; a language without the rule
    (no accusative_from) never disagrees."""
    tables = _tables(lex)
    if tables.accusative_from is None or not number.isdigit() or not noun:
        return False
    if not tables.accusative_from <= int(number) % 100 <= 99:
        return False
    return not noun.endswith(tables.accusative_endings)


@cache
def _tables(lex: Lexicon) -> _Tables:
    return _Tables(lex)


_Filed = TypeVar("_Filed")


def _phrases_longest_first(phrases: frozenset[str]) -> list[tuple[str, ...]]:
    """A lexicon's phrases as word tuples in an order fixed by their words (the longest first,
    then alphabetically), never by a set's iteration order, which the hash seed changes."""
    return sorted((tuple(p.split()) for p in phrases), key=lambda words: (-len(words), words))


def _by_word(
    phrases: Sequence[tuple[str, ...]], at: int, entries: Sequence[_Filed] | None = None
) -> dict[str, list[_Filed]] | None:
    """{word: the entries (by default the phrases themselves) whose phrase has that word at
    `at` (0: first, -1: last)}, each list in the order of `phrases`. A rule that tries every
    phrase at a token in turn tries only those with the token's word there: the same first
    match. None when a phrase is empty (it has no word to file it under)."""
    if any(not phrase for phrase in phrases):
        return None
    found: dict[str, list[Any]] = {}
    for phrase, entry in zip(phrases, phrases if entries is None else entries, strict=True):
        found.setdefault(phrase[at], []).append(entry)
    return found


def parse_digits(raw: str, lex: Lexicon) -> Decimal | None:
    """Read a run of digits with separators; None when the grouping makes no sense.

    Arabic print writes 10.898.327 with dots as thousands separators, so a dot is a thousands
    mark when it repeats, or when the language groups with dots and exactly three digits
    follow it; `٫` is always a decimal mark and `٬` always a thousands mark.
    """
    tables = _tables(lex)
    seps = [c for c in raw if not c.isdigit()]
    if not seps:
        return Decimal(raw)
    parts = _split_keep(raw)
    decimal_at: int | None = None
    if "٫" in seps:
        if seps.count("٫") > 1 or seps[-1] != "٫":
            return None
        decimal_at = len(seps) - 1
    elif len(set(seps)) == 2:
        last = seps[-1]
        if seps.count(last) != 1:
            return None
        decimal_at = len(seps) - 1
    else:
        sep = seps[0]
        if len(seps) == 1 and sep in tables.decimals:
            is_grouping = (
                sep in tables.thousands and len(parts[1]) == 3 and (sep != "." or tables.dot_thousands)
            )
            if not is_grouping:
                decimal_at = 0
        elif sep not in tables.thousands:
            return None
        elif len(seps) == 1 and 1 <= len(parts[1]) <= 2 and len(parts[0]) <= 3:
            # "6,9 degrees", "30,1%": one or two digits after a lone thousands mark group nothing;
            # the text was written with the decimal comma of other languages.
            decimal_at = 0
    whole_parts = parts if decimal_at is None else parts[: decimal_at + 1]
    if (
        len(whole_parts) > 1
        and (not 1 <= len(whole_parts[0]) <= 3 or any(len(p) != 3 for p in whole_parts[1:]))
        and not (tables.lakh_grouping and _lakh_grouped(whole_parts, seps[: len(whole_parts) - 1]))
    ):
        return None
    whole = "".join(whole_parts)
    fraction = "" if decimal_at is None else parts[decimal_at + 1]
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole)
    except InvalidOperation:
        return None


# Keys of a rate, which a noun after them never heads ("0.3 percent points").
_RATE_KEYS = frozenset({_PERCENT, _PERCENTAGE_POINT, "basis_point"})
# A unit written in this many letters or fewer may be an abbreviation ("kg", "km", "lb").
_ABBREVIATION_LENGTH = 3


def _lakh_grouped(parts: Sequence[str], seps: Sequence[str]) -> bool:
    """South Asian print groups by lakhs and crores: "2,52,400", "12,34,567", "1,00,00,000" (the
    last group three digits, those before it two, the first one or two), with commas only; a
    decimal part after it is the caller's ("2,06,224.01")."""
    return (
        len(parts) > 2
        and set(seps) == {","}
        and len(parts[-1]) == 3
        and 1 <= len(parts[0]) <= 2
        and all(len(p) == 2 for p in parts[1:-1])
    )


def _split_keep(raw: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    for ch in raw:
        if ch.isdigit():
            current.append(ch)
        else:
            parts.append("".join(current))
            current = []
    parts.append("".join(current))
    return parts


def _magnitude_class(value: Decimal) -> frozenset[str]:
    """Which places of a group a cardinal fills: units, tens or hundreds."""
    if value < 10:
        return frozenset({"units"})
    if value < 20:
        return frozenset({"units", "tens"})
    if value < 100:
        return frozenset({"tens"})
    return frozenset({"hundreds"})


class _PhraseParser:
    """Reads one number phrase starting at a token index."""

    def __init__(self, tokens: Sequence[Token], text: str, tables: _Tables, original: str = "") -> None:
        self.tokens = tokens
        self.text = text
        self.t = tables
        # The text as written, when its letters match the normalized text one for one: the case
        # of a scale letter ("2-M").
        self.original = original if len(original) == len(text) else ""
        # item_at is asked about the same token many times (as a phrase start, as the next
        # item of a figure, as a range's second figure): each token is classified once.
        self._items: dict[tuple[int, bool], tuple[_Item, ...]] = {}

    def _adjacent(self, a: int, b: int) -> bool:
        return (
            0 <= a < len(self.tokens) and b < len(self.tokens) and self.tokens[a].end == self.tokens[b].start
        )

    def _same_line(self, a: int, b: int) -> bool:
        return "\n" not in self.text[self.tokens[a].end : self.tokens[b].start]

    def item_at(self, i: int, *, after_digits: bool = False) -> list[_Item]:
        """The item(s) the tokens at i stand for; a و-prefixed word gives a joiner and a word."""
        key = (i, after_digits)
        found = self._items.get(key)
        if found is None:
            found = self._items[key] = tuple(self._classify(i, after_digits))
        return list(found)

    def _letter_decimal(self, i: int) -> tuple[Decimal, int] | None:
        """Gulf and Egyptian wire print (KUNA, Al-Ahram, SPA) writes the decimal mark as a letter
        between digits, the fraction first in the stored text so that the number shows whole
        part left in a right-to-left line: "46ر2" is 2.46, "07ر0" 0.07 (a whole part never
        starts with 0), "3ر3 مليون" 3.3 million. The same letter groups thousands, the groups in
        the same reversed order: with two letters or more every group after the whole part has
        three digits and the number is whole ("675ر371ر2" 2,371,675), read, before a scale word,
        as the whole part's decimals of that scale ("675ر371ر2 مليون حاج" 2.371675 million); with
        one letter before three digits, the mark is a thousands mark when a count of people
        follows (`_counts_people_at`: "140ر34 حاج" 34,140 pilgrims, no fraction of a person),
        a decimal mark otherwise ("305ر3 دينار" 3.305 dinars). Returns the value and the token
        after the number."""
        toks = self.tokens
        groups = [toks[i]]
        k = i + 1
        while (
            k + 1 < len(toks)
            and toks[k].text in self.t.decimal_letters
            and toks[k + 1].kind == "num"
            and toks[k + 1].text.isdigit()
            and toks[k - 1].end == toks[k].start
            and toks[k].end == toks[k + 1].start
        ):
            groups.append(toks[k + 1])
            k += 2
        if len(groups) < 2 or not groups[0].text.isdigit():
            return None
        whole, lower = groups[-1].text, "".join(g.text for g in reversed(groups[:-1]))
        scaled = k < len(toks) and self.t.kinds.get(toks[k].text, ("",))[0] in ("scale", "dual")
        if len(groups) > 2:
            if any(len(g.text) != 3 for g in groups[:-1]) or whole.startswith("0"):
                return None
            return Decimal(f"{whole}.{lower}" if scaled else whole + lower), k
        if len(lower) == 3 and not scaled and not whole.startswith("0") and self._counts_people_at(k):
            return Decimal(whole + lower), k
        return Decimal(f"{whole}.{lower}"), k

    def _counts_people_at(self, k: int) -> bool:
        """The counted noun at token k counts people (units.people_keys, generic_keys), whom a
        figure counts whole."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False
        word, index = self.tokens[k].text, self.t.nouns_index
        stem = index.get(word)
        for suffix in self.t.noun_suffixes:
            if stem is None and word.endswith(suffix) and len(word) > len(suffix) + 1:
                stem = index.get(word[: -len(suffix)])
        key = self.t.nouns[stem] if stem is not None else None
        return key is not None and (key in self.t.people_keys or key in self.t.generic_keys)

    def _decimal_before_scale(self, i: int) -> bool:
        """ "3.250 مليون", "19,452 مليار": one separator before three digits reads as a thousands
        mark, but before a million or more it is a decimal mark (nobody writes "3,250 million"
        in a language that groups with that mark and writes decimals with it too); a point is
        one before a thousand too ("150.648 ألف"). A number alone in brackets reads so before the
        scale past them: "(1.054) مليون طن" is 1.054 million tonnes."""
        toks = self.tokens
        raw = toks[i].text
        marks = raw.strip("0123456789")
        if len(marks) != 1 or marks not in self.t.decimals or marks not in self.t.thousands:
            return False
        after = i + 1
        if i > 0 and after + 1 < len(toks) and toks[i - 1].text == "(" and toks[after].text == ")":
            after += 1  # "(1.054) مليون طن": the number alone in brackets, the scale past them
        if len(raw) - raw.index(marks) - 1 != 3 or after >= len(toks):
            return False
        kind = self.t.kinds.get(toks[after].text)
        if kind is None or kind[0] not in ("scale", "dual"):
            return False
        # A point before a thousand is a decimal too ("150.648 ألف نسمة" is 150,648): a point
        # that grouped thousands would make a thousand thousands, which is written as a million.
        return kind[1] >= 1_000_000 or marks == "."

    def _space_grouped(self, i: int) -> tuple[Decimal, int] | None:
        """Thousands grouped by a space, as Southern and East African and SI print writes them
        ("3 659 hectares", "1 000ha", "2 450 000 people"): one to three digits, then groups of
        exactly three, each after one space on the same line. Not after a month or a number
        word ("June 3 200 protesters" is a date and a count), nor when a group runs on into
        more digits or a separator (a year, "3 2024", a score)."""
        toks, text = self.tokens, self.text
        first = toks[i]
        if not (first.text.isdigit() and len(first.text) <= 3):
            return None
        if i > 0 and (toks[i - 1].kind == "num" or toks[i - 1].text in self.t.month_starts):
            return None
        value, k = first.text, i + 1
        while (
            k < len(toks)
            and toks[k].kind == "num"
            and len(toks[k].text) == 3
            and toks[k].text.isdigit()
            and text[toks[k - 1].end : toks[k].start] == " "
        ):
            value += toks[k].text
            k += 1
        if k == i + 1:
            return None
        return Decimal(value), k

    def _thousands_groups(self, raw: str, whole: bool) -> bool:
        """Whether digits are thousands groups by the lexicon's separators: the first group of
        one to three digits (exactly three unless `whole`, the number's start), the rest of
        three."""
        groups = [raw]
        for sep in self.t.thousands:
            groups = [part for group in groups for part in group.split(sep)]
        head, rest = groups[0], groups[1:]
        if not all(g.isdigit() for g in groups) or any(len(g) != 3 for g in rest):
            return False
        return 1 <= len(head) <= 3 if whole else len(head) == 3

    def _separator_space_slip(self, i: int) -> tuple[Decimal, int] | None:
        """A thousands separator with a stray space after it, a slip of print ("87, 617 people",
        "by 124, 225 votes", "13, 434,574 voters", "Ksh2,916, 235"): digits in thousands groups,
        the separator written onto them, one space, and a group of exactly three digits (with
        its own groups after it). Not a list or two clauses: not after a number, a month or a
        capitalised name ("Boeing 737, 747"), nor inside a list, after or before a separator or
        a link and one more number ("rooms 101, 102 and 103", "1, 234, 567", "700, 347, and 118")."""
        toks, text, t = self.tokens, self.text, self.t
        if i + 2 >= len(toks) or toks[i + 1].text not in t.thousands:
            return None  # most numbers: no separator right after them
        sep, second = toks[i + 1], toks[i + 2]
        if sep.start != toks[i].end or second.kind != "num" or text[sep.end : second.start] != " ":
            return None
        if not (
            self._thousands_groups(toks[i].text, whole=True)
            and self._thousands_groups(second.text, whole=False)
        ):
            return None
        if i > 0:
            prev = toks[i - 1]
            if prev.kind == "num" or prev.text in t.month_starts:
                return None
            if (
                i > 1
                and toks[i - 2].kind == "num"
                and (prev.text in t.thousands or prev.text in t.combined_links)
            ):
                return None  # a list's next number: "1, 234, 567"
            if (
                prev.kind == "word"
                and prev.end != toks[i].start
                and self.original[prev.start : prev.start + 1].isupper()
            ):
                return None
        k = i + 3
        if (
            k + 1 < len(toks)
            and (toks[k].text in t.thousands or toks[k].text in t.combined_links)
            and toks[k + 1].kind == "num"
        ):
            return None
        if (
            k + 2 < len(toks)
            and toks[k].text in t.thousands
            and toks[k + 1].text in t.combined_links
            and toks[k + 2].kind == "num"
        ):
            return None  # a list's comma before its link: "700, 347, and 118 cases"
        digits = toks[i].text + second.text
        for mark in t.thousands:
            digits = digits.replace(mark, "")
        return Decimal(digits), k

    def _hyphened_capital_scale(self, i: int) -> bool:
        """A scale letter in capitals joined by a hyphen onto digits, as Philippine headlines
        write a million ("P1-M shabu", "2-M tourist arrival target"): in capitals (a lower case
        "2-m wall" is metres), glued on both sides, ending its word."""
        toks = self.tokens
        if i < 2 or toks[i - 1].text != "-" or toks[i - 2].kind != "num":
            return False
        if not (self._adjacent(i - 2, i - 1) and self._adjacent(i - 1, i)):
            return False
        written = self.original[toks[i].start : toks[i].end]
        after = toks[i + 1] if i + 1 < len(toks) else None
        if not written.isupper() or (after is not None and self._adjacent(i, i + 1)):
            return False
        before = toks[i - 3] if i >= 3 else None
        # A name before the digits makes them a model's ("a Type 2-M rifle"); a sign glued onto
        # them is the currency's ("P1-M").
        return (
            before is None
            or before.kind != "word"
            or self._adjacent(i - 3, i - 2)
            or not self.original[before.start : before.start + 1].isupper()
        )

    def _classify(self, i: int, after_digits: bool) -> list[_Item]:
        tok = self.tokens[i]
        if tok.kind == "num":
            egyptian = self._letter_decimal(i)
            if egyptian is not None:
                return [_Item("digits", egyptian[0], i, egyptian[1], tok.start)]
            grouped = self._space_grouped(i) if self.t.space_groups_thousands else None
            if grouped is None and self.t.separator_space_slips:
                grouped = self._separator_space_slip(i)
            if grouped is not None:
                return [_Item("digits", grouped[0], i, grouped[1], tok.start)]
            value = parse_digits(tok.text, self.t.lex)
            if value is not None and self._decimal_before_scale(i):
                value = Decimal(tok.text.replace(tok.text.strip("0123456789")[0], "."))
            return [] if value is None else [_Item("digits", value, i, i + 1, tok.start)]
        if tok.kind == "punct":
            if tok.text in self.t.joiners:
                return [_Item("join", Decimal(0), i, i + 1, tok.start)]
            bracketed = self._bracketed_digits(i)
            return [] if bracketed is None else [bracketed]
        if after_digits and self._adjacent(i - 1, i) and tok.text in self.t.attached:
            return [_Item("scale", self.t.attached[tok.text], i, i + 1, tok.start)]
        if tok.text in self.t.attached and self._hyphened_capital_scale(i):
            return [_Item("scale", self.t.attached[tok.text], i, i + 1, tok.start)]
        if tok.text in self.t.multi_first:
            for length in self.t.phrase_lengths:
                if length == 1 or i + length > len(self.tokens):
                    continue
                window = self.tokens[i : i + length]
                if all(w.kind == "word" for w in window) and self._same_line(i, i + length - 1):
                    phrase = " ".join(w.text for w in window)
                    found = self._word_item(phrase, i, i + length, tok.start)
                    if found:
                        return found
        return self._word_item(tok.text, i, i + 1, tok.start)

    def _bracketed_digits(self, i: int) -> _Item | None:
        """Digits alone in brackets at token i ("(234)"): one item, so that a compound whose
        parts are each bracketed reads whole: "(68) ألفًا و(234) شهيدًا" is 68,234."""
        toks = self.tokens
        if i + 2 >= len(toks) or toks[i].text != "(" or toks[i + 2].text != ")":
            return None
        inner = toks[i + 1]
        value = parse_digits(inner.text, self.t.lex) if inner.kind == "num" else None
        if value is not None and self._decimal_before_scale(i + 1):
            value = Decimal(inner.text.replace(inner.text.strip("0123456789")[0], "."))
        return None if value is None else _Item("digits", value, i, i + 3, inner.start)

    def _past_bracket(self, i: int) -> int:
        """After digits alone in brackets ("(68)"), the token past the closing bracket when a
        scale word stands there ("(68) ألفًا"); else i."""
        toks = self.tokens
        if (
            i + 1 < len(toks)
            and i >= 2
            and toks[i].text == ")"
            and toks[i - 1].kind == "num"
            and toks[i - 2].text == "("
            and any(x.kind in ("scale", "dual") for x in self.item_at(i + 1))
        ):
            return i + 1
        return i

    def _word_item(self, word: str, i: int, j: int, char_start: int) -> list[_Item]:
        entry = self.t.words.get(word)
        if entry is None:
            return []
        if entry.kind == "join":
            return [_Item("join", Decimal(0), i, j, char_start)]
        item = _Item(entry.kind, entry.value, i, j, char_start + entry.skip, weak=entry.weak)
        if entry.joined:
            return [_Item("join", Decimal(0), i, i, char_start), item]
        return [item]

    def parse(self, i: int) -> NumberPhrase | None:
        """The longest well-formed number phrase starting at token i, or None."""
        first = self.item_at(i)
        if first and first[0].kind == "join":
            first = first[1:]
        if not first:
            return None
        head = first[0]
        if head.kind == "scale" and self.tokens[head.start].text in self.t.scales_need_figure:
            return None
        if head.kind == "vague" or (head.kind == "scale" and self._is_plural_scale(head)):
            return self._vague(head)
        if head.kind == "join":
            return None
        if self._article_before_fraction(first):
            head = self.item_at(head.end)[0]
        if head.kind == "dual" and self._accusative_singular(head):
            head = replace(head, kind="scale")
        if self._year_after_year_noun(head):
            # "خلال عام 2017 ألفا و443 جامعا": the year stands alone, the count after it.
            tok = self.tokens[head.start]
            return NumberPhrase(head.start, head.end, head.char_start, tok.end, head.value, digits_only=True)
        return self._share_of_scale(head) or self._figure(head)

    def _year_after_year_noun(self, head: _Item) -> bool:
        """Four digits of a year right after the noun "year" (time.year_lead: "عام 2017")."""
        if head.kind != "digits" or head.end != head.start + 1 or head.start == 0 or not self.t.year_lead:
            return False
        raw = self.tokens[head.start].text
        if not (raw.isdigit() and len(raw) == 4 and _YEAR_RANGE[0] <= int(raw) <= _YEAR_RANGE[1]):
            return False
        return self.t.lex.strip_prefix(self.tokens[head.start - 1].text, self.t.year_lead) is not None

    def _accusative_singular(self, head: _Item) -> bool:
        """ "مليونا و250 ألف دولار": a scale word in the accusative (numbers.accusative_scales,
        spelt like the dual's construct form) followed by a joiner and a number starts a
        compound: one million and 250 thousand, not two million."""
        word = self.tokens[head.start].text
        stem = self.t.lex.strip_prefix(word, self.t.accusative_scales)
        if stem is None or head.end >= len(self.tokens):
            return False
        following = self.item_at(head.end)
        if not following or following[0].kind != "join":
            return False
        if len(following) > 1:
            return following[1].kind in ("digits", "card", "mult", "scale")
        nxt = self._next_items(head.end + 1)
        return bool(nxt) and nxt[0].kind in ("digits", "card", "mult", "scale")

    def _share_of_scale(self, head: _Item) -> NumberPhrase | None:
        """ "two thirds of a million", "a quarter of a million", "three-quarters of a billion":
        a fraction (a count and a denominator, or a fraction word), then ("of") ("a") a scale
        word: that share of the scale, as "half a million" is half of it (the guide's D13: a
        fraction of an amount is that amount)."""
        toks = self.tokens
        if head.kind == "frac":
            share, k = head.value, head.end
        elif head.kind == "card" and head.end < len(toks):
            k = head.end
            if toks[k].text in _DASHES and k + 1 < len(toks) and toks[k].start == toks[k - 1].end:
                k += 1  # "three-quarters"
            denominator = self.t.denominators.get(toks[k].text)
            if denominator is None:
                return None
            share, k = head.value / denominator, k + 1
        else:
            return None
        if k < len(toks) and toks[k].text in self.t.links:
            k += 1
        following = self._next_items(k)
        if following and following[0].weak and following[0].value == 1:
            following = self._next_items(following[0].end)
        if len(following) != 1 or following[0].kind != "scale":
            return None
        scale = following[0]
        value = share * scale.value  # "two thirds of a million": 666,666.67, as written (D13)
        end = scale.end
        return NumberPhrase(
            head.start, end, head.char_start, self.tokens[end - 1].end, value, last_scale=scale.value
        )

    def _article_before_fraction(self, items: list[_Item]) -> bool:
        """A weak "one" ("a", "an") in front of a fraction is its article: "a quarter million"."""
        if not items or not items[-1].weak or items[-1].value != 1 or items[-1].end >= len(self.tokens):
            return False
        following = self.item_at(items[-1].end)
        return len(following) == 1 and following[0].kind == "frac"

    def _is_plural_scale(self, item: _Item) -> bool:
        word = " ".join(t.text for t in self.tokens[item.start : item.end])
        return word in self.t.vague_index

    def _vague(self, head: _Item) -> NumberPhrase:
        base = head.value
        end = head.end
        nxt = end
        if nxt < len(self.tokens) and self.tokens[nxt].text in self.t.links:
            nxt += 1
        if nxt < len(self.tokens):
            following = self.item_at(nxt)
            if len(following) == 1 and following[0].kind in ("vague", "scale") and following[0].value > base:
                base *= following[0].value
                end = following[0].end
        return NumberPhrase(head.start, end, head.char_start, self.tokens[end - 1].end, None, vague_base=base)

    def _figure(self, head: _Item) -> NumberPhrase | None:
        total = Decimal(0)
        group: Decimal | None = None
        classes: frozenset[str] = frozenset()
        last_scale: Decimal | None = None
        digits_only = head.kind == "digits"
        weak = head.weak
        # The phrase read so far, made a NumberPhrase once at the end (not at every item):
        # (last item, value, last scale, digits only, weak).
        committed: tuple[_Item, Decimal, Decimal | None, bool, bool] | None = None
        pending_join = False
        punct_join = False
        i = head.start
        items: list[_Item] = [head]
        count = 0
        while items and count < _MAX_ITEMS:
            item = items.pop(0)
            count += 1
            if item.kind == "join":
                if pending_join:
                    break
                pending_join = True
                punct_join = item.end > item.start and self.tokens[item.start].kind == "punct"
            else:
                if punct_join and item.kind == "digits":
                    break
                if item is not head and item.kind in ("digits", "card") and item.value == 0:
                    break  # nobody says "three hundred and zero": a zero is a figure of its own
                if item is not head and item.weak and self.tokens[item.start].text in self.t.indefinite:
                    break  # "$33 million a day": the article opens the rate's noun, adds no one
                if pending_join and item.kind in ("digits", "card") and "hundreds" in classes:
                    multiplied = self._multiplied(item)
                    if multiplied is False:
                        break  # "3 hundred and 2 hundred": the second figure starts at "2"
                    if multiplied is not None:
                        item = multiplied  # "three hundred and two dozen" = 300 + 24
                state = self._apply(item, total, group, classes, last_scale, pending_join)
                if state is None:
                    break
                total, group, classes, last_scale = state
                pending_join = punct_join = False
                if item is not head:
                    digits_only = digits_only and item.kind == "digits"
                    weak = weak and item.weak
                value = total + (group or 0)
                committed = (item, value, last_scale, digits_only, weak)
            i = item.end if item.end > item.start else i
            if not items:
                if i >= len(self.tokens) or not self._same_line(i - 1, i):
                    break
                if self.tokens[i - 1].kind == "num" and self.tokens[i].kind == "num":
                    break
                i = self._past_bracket(i)
                items = self.item_at(i, after_digits=self.tokens[i - 1].kind == "num")
                if pending_join and self._article_before_fraction(items):
                    items = [*items[:-1], *self.item_at(items[-1].end)]
                if items and items[-1].kind == "frac" and committed is not None:
                    items = [*items[:-1], *self._fraction_items(items[-1], last_scale)]
                if pending_join and group is None and last_scale is not None and len(items) == 1:
                    items = self._scaled_numerator(items[0], last_scale) or items
                if items and item.kind == "frac" and items[0].weak and items[0].value == 1:
                    items = self.item_at(items[0].end) if items[0].end < len(self.tokens) else []
        if committed is None:
            return None
        last, value, last_scale, digits_only, weak = committed
        return NumberPhrase(
            head.start,
            last.end,
            head.char_start,
            self.tokens[last.end - 1].end,
            value,
            last_scale=last_scale,
            digits_only=digits_only,
            weak=weak,
        )

    def _next_items(self, index: int) -> list[_Item]:
        """The item(s) at `index` when it is on the same line as the token before it."""
        if index >= len(self.tokens) or not self._same_line(index - 1, index):
            return []
        return self.item_at(index)

    def _multiplied(self, item: _Item) -> _Item | bool | None:
        """A count after "X hundred and" followed by a multiplier ("two dozen", "2 hundred").

        The product fills the tens and units when it is below a hundred ("three hundred and two
        dozen" = 324): one item. Otherwise it is a figure of its own: False. None when no
        multiplier follows.
        """
        following = self._next_items(item.end)
        if len(following) != 1:
            return None
        mult = following[0]
        if not (mult.kind == "mult" or (mult.kind == "vague" and mult.value <= 100)):
            return None
        product = item.value * mult.value
        if product >= 100 or not _integral(product):
            return False
        return _Item("card", product, item.start, mult.end, item.char_start)

    def _scaled_numerator(self, item: _Item, last_scale: Decimal) -> list[_Item] | None:
        """ "two million and three fifths": a count and a denominator after a scale and a joiner
        take that share of the scale, as "مليون ونصف" takes half of it."""
        if item.kind != "card" or item.end >= len(self.tokens):
            return None
        nxt = self.tokens[item.end]
        denominator = self.t.denominators.get(nxt.text)
        if denominator is None or nxt.kind != "word" or not self._same_line(item.end - 1, item.end):
            return None
        value = item.value / denominator * last_scale
        return [_Item("scaled_frac", value, item.start, item.end + 1, item.char_start)]

    def _fraction_items(self, frac: _Item, last_scale: Decimal | None) -> list[_Item]:
        """ "مليون ونصف" adds half the last scale; "مليونين ونصف المليون" names it again."""
        nxt = self.item_at(frac.end) if frac.end < len(self.tokens) else []
        if nxt and nxt[0].kind in ("scale", "dual") and last_scale is not None and nxt[0].value == last_scale:
            return [_Item("scaled_frac", frac.value * last_scale, frac.start, nxt[0].end, frac.char_start)]
        return [frac]

    def _smaller_group(self, item: _Item, last_scale: Decimal) -> bool:
        """Figures and words mixed: "4 thousand 3 hundred" — after a scale, a figure without a
        joiner continues the number when a multiplier or scale follows that keeps the group
        below the last scale."""
        following = self._next_items(item.end)
        return (
            len(following) == 1
            and following[0].kind in ("mult", "scale")
            and item.value * following[0].value < last_scale
        )

    def _remainder_before_noun(self, item: _Item) -> bool:
        """Digits right after a scale word, with no joiner, then the counted noun: the rest of
        one number whose joiner print dropped ("44 ألفًا 532 مصابًا", "1 million 51,998
        voters"). A bare year is no remainder ("مليون 2024"), nor a share ("3 million 45 percent")."""
        raw = self.tokens[item.start].text
        if item.kind != "digits" or (raw.isdigit() and len(raw) == 4) or item.end >= len(self.tokens):
            return False
        nxt = self.tokens[item.end]
        if nxt.kind != "word" or not self._same_line(item.end - 1, item.end):
            return False
        index = self.t.nouns_index
        stem = index.get(nxt.text) or next(
            (
                index[nxt.text[: -len(suffix)]]
                for suffix in self.t.noun_suffixes
                if nxt.text.endswith(suffix) and nxt.text[: -len(suffix)] in index
            ),
            None,
        )
        return stem is not None and self.t.nouns[stem] not in _RATIOS

    def _scale_follows(self, index: int) -> bool:
        """A scale at `index`, or after a weak "a" there ("half a million")."""
        if index >= len(self.tokens):
            return False
        items = self.item_at(index)
        if items and items[0].weak and items[0].value == 1:
            return self._scale_follows(items[0].end)
        return any(x.kind in ("scale", "dual", "mult") for x in items)

    def _apply(
        self,
        item: _Item,
        total: Decimal,
        group: Decimal | None,
        classes: frozenset[str],
        last_scale: Decimal | None,
        joined: bool,
    ) -> tuple[Decimal, Decimal | None, frozenset[str], Decimal | None] | None:
        """Fold one item into (total, group, filled places, last scale); None ends the phrase."""
        kind, value = item.kind, item.value
        if kind == "digits":
            if group is not None:
                # "3 hundred and 21": digits may fill the tens and units after a hundred.
                if not (joined and classes == frozenset({"hundreds"}) and value < 100 and _integral(value)):
                    return None
                return total, group + value, classes | {"units", "tens", "digits"}, last_scale
            if last_scale is not None and (
                value >= last_scale
                or (
                    not joined
                    and not self._smaller_group(item, last_scale)
                    and not self._remainder_before_noun(item)
                )
            ):
                return None
            # A figure below 100 may still take "hundred" ("3 hundred"); nothing else joins it,
            # except that a lone figure takes a multiplier word whole ("322 hundred", "20 dozen").
            places = {"units", "tens"} if value < 100 and _integral(value) else {"units", "tens", "hundreds"}
            return total, value, frozenset({*places, "digits", "lone"}), last_scale
        if kind == "vague" and group is not None and not joined:
            # The plural of a multiplier or scale after a figure counts like the singular:
            # "three dozens", "3 thousands".
            kind = "mult" if value <= 100 else "scale"
        if kind == "card":
            places = _magnitude_class(value)
            if group is not None and (classes & places or "digits" in classes):
                return None
            if group is None and last_scale is not None and value >= last_scale:
                return None
            return total, (group or 0) + value, classes | places, last_scale
        if kind == "mult" and item.kind == "mult" and "lone" in classes and group is not None:
            return total, group * value, frozenset({"hundreds"}), last_scale
        if kind == "mult":
            if "hundreds" in classes or (group is not None and group >= value):
                return None
            return total, (group if group is not None else 1) * value, frozenset({"hundreds"}), last_scale
        if kind == "scale" or (kind == "dual" and group is not None):
            if last_scale is not None and value >= last_scale:
                if item.kind == "scale" and group is None and not joined and total < value:
                    # A scale right after a smaller one multiplies the amount: "2 lakh crore"
                    # (2 × 10^5 × 10^7), "1.5 thousand million" (1.5 × 10^9).
                    return total * value, None, frozenset(), value
                return None
            return total + (group if group is not None else 1) * value, None, frozenset(), value
        if kind == "dual":
            if last_scale is not None and value >= last_scale:
                return None
            return total + 2 * value, None, frozenset(), value
        if kind == "scaled_frac":
            return total + value, group, classes, last_scale
        if kind == "frac":
            nxt_is_scale = self._scale_follows(item.end)
            if nxt_is_scale:
                return total, (group or 0) + value, classes, last_scale
            if last_scale is not None and group is None:
                return total + value * last_scale, None, classes, last_scale
            if group is not None:
                return total, group + value, classes, last_scale
            return None
        return None


def _ratio_base(whole: Decimal, base_max: int) -> bool:
    """Whether a whole is the base of a ratio ("four out of ten", "three out of 100"): a small
    number, or a power of ten."""
    if whole <= base_max:
        return True
    while whole > 1 and whole % 10 == 0:
        whole /= 10
    return whole == 1


def _integral(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _scan_candidates(
    kinds: Sequence[str], texts: Sequence[str], stops: frozenset[str], versus: frozenset[str]
) -> list[int]:
    """The indexes, in order, of the numbers, of the words in `stops` and of the words right
    after a word in `versus`, of the tokens whose kinds and texts are given: `[k for k, (kind,
    text, _, _) in enumerate(tokens) if kind == "num" or (kind == "word" and (text in stops or
    (k > 0 and tokens[k - 1][1] in versus)))]` (tests/test_fast_paths.py), by passes in C over
    the tokens' kinds and texts (the tokenized text's lists, made once for every engine); only
    their few hits are read one by one (a sign may be in `stops`: it is no word)."""
    found = [k for k in compress(range(len(texts)), map(stops.__contains__, texts)) if kinds[k] == "word"]
    k = -1
    for _ in range(kinds.count("num")):  # each found by list.index, a scan in C
        k = kinds.index("num", k + 1)
        found.append(k)
    if not versus.isdisjoint(texts):
        after = compress(range(1, len(texts)), map(versus.__contains__, texts))
        found += [k for k in after if kinds[k] == "word"]
    return sorted(set(found))


class QuantityFinder:
    """Finds every quantity in one text with one language's lexicon."""

    def __init__(self, text: str, lex: Lexicon, tokenized: TokenizedText | None = None) -> None:
        self.tokenized = tokenized if tokenized is not None else tokenize_text(text)
        self.norm, self.tokens = self.tokenized
        self.t = _tables(lex)
        self.parser = _PhraseParser(self.tokens, self.norm.text, self.t, self.norm.original)
        self._range_opened = False
        # Tokens before this index belong to a mention already made (its unit sign included).
        self._taken = 0
        # The two-word counted nouns of the text whose head is also a noun alone (listed once).
        self._compounds: list[tuple[int, str, str]] | None = None
        # Whether the headline names a sense cue (units.sense_cues): read on first need.
        self._headline_cue: bool | None = None
        # The first token of the line after the headline (the lead), -1 for a text of one line:
        # read on first need.
        self._lead_start: int | None = None
        # The token after the last figure that counts a noun (or is a member of a gapped list of
        # such counts, _gapped_member), -1 when the last figure is neither.
        self._chain_end = -1
        self._gap_hit = False
        # `_qualifier_before`'s answers by token index.
        self._qualifiers_before: dict[int, tuple[str, int, int] | None] = {}

    def run(self) -> list[QuantityMention]:
        found: list[QuantityMention] = []
        words, multi_first = self.t.words, self.t.multi_first
        # _dual needs a dual form, _singular_against a "versus" word before: most words have
        # neither, and are passed over without the calls.
        duals, versus = self.t.duals_index, self.t.versus
        tokens = self.tokens
        stops = self.t.scan_stops
        # The tokens the tests below may find something at: a number, a word that starts
        # something (scan_stops), a word after a "versus" word (only once a figure is found).
        # No number, no dual, no singular against a count at the others.
        candidates = _scan_candidates(self.tokenized.kinds, self.tokenized.texts, stops, versus)
        past = 0  # tokens before this one are read already
        for i in candidates:
            if i < past:
                continue
            tok = tokens[i]
            if tok.kind == "word" and tok.text not in stops and not found:
                continue  # after a "versus" word, but no count yet to set a singular against
            # Most tokens are no number word: skip them before building any item.
            starts = tok.kind == "num" or (
                tok.kind == "word" and (tok.text in words or tok.text in multi_first)
            )
            share = self._share(i) if starts and self.t.share_determiners else None
            if share is None and self.t.share_values and tok.kind == "word":
                share = self._construct_share(i)
            if share is not None:
                found.append(share[0])
                self._taken = past = share[1]
                continue
            phrase = self.parser.parse(i) if starts else None
            if phrase is None:
                dual = self._dual(i) if tok.kind == "word" and tok.text in duals else None
                if dual is None and tok.kind == "word" and found and i > 0 and tokens[i - 1].text in versus:
                    dual = self._singular_against(i, found[-1])
                if dual is None and tok.kind == "word" and tok.text in self.t.tallies:
                    dual = self._tally(i)
                elif dual is None and tok.kind == "word" and tok.text in self.t.bare_tallies:
                    dual = self._bare_tally(i)
                last = i
                if dual is not None:
                    found.append(dual)
                    self._taken = i + 1
                    while (
                        self._taken < len(tokens)
                        and self.norm.origin[tokens[self._taken].start] < dual.span[1]
                    ):
                        # "حالتي وفاة و18 إصابة": the dual's noun in construct is its own, no
                        # event of the figure after it.
                        self._taken += 1
                    if self._two_after_dual(i + 1):
                        # "حادثين اثنين": the number word after a dual agrees with it as an
                        # adjective, for emphasis; the dual is the one figure.
                        last = i + 1
                        self._taken = last + 1
                past = self._past_unreadable(last) if tok.kind == "num" else last + 1
                continue
            ratio = self._ratio(phrase) if self.t.ratio_links else None
            if ratio is not None:
                mention, next_index = ratio
                found.append(mention)
                self._taken = next_index
                past = next_index
                continue
            self._gap_hit = False
            mention, next_index = self._mention(phrase)
            if mention is None and found and self.t.construct_head_first:
                mention = self._whole_after_part(phrase, found[-1])
                if mention is not None:  # the scan goes past the phrase only when it is read
                    next_index = max(next_index, phrase.end)
            if mention is not None:
                found.append(mention)
                self._taken = next_index
                self._chain_end = next_index if mention.unit_key is not None or self._gap_hit else -1
            past = max(next_index, i + 1)
        return found

    def _ratio(self, phrase: NumberPhrase) -> tuple[QuantityMention, int] | None:
        """ "one in five", "1 out of every 10", "واحد من كل خمسة": a share, as a percent. The
        first number is smaller and stands right before the link; the second is no year."""
        toks, t = self.tokens, self.t
        if phrase.value is None or phrase.vague_base is not None or phrase.value <= 0:
            return None
        k = phrase.end
        if k >= len(toks) or toks[k].text not in t.ratio_link_firsts:
            return None  # no link starts here: most figures
        for size in t.ratio_link_sizes:
            link = " ".join(self.tokenized.texts[k : k + size])
            if self.tokenized.kinds[k : k + size].count("word") == size and link in t.ratio_links:
                break
        else:
            return None
        second_at = k + size
        if second_at >= len(toks) or not (toks[second_at].kind == "num" or toks[second_at].text in t.words):
            return None
        second = self.parser.parse(second_at)
        if second is None or second.value is None or second.vague_base is not None:
            return None
        whole = second.value
        if whole <= phrase.value or whole > 1000 or (second.digits_only and len(toks[second_at].text) == 4):
            return None
        if link in t.ratio_count_links and not _ratio_base(whole, t.ratio_base_max):
            return None  # "won 123 out of 225 seats": two counts, as "60 lawmakers out of 105"
        if link in t.place_time_links and self._counts_before_place_or_time(phrase, second):
            return None
        share = _percent_of(phrase.value / whole)
        qualifier, char_start = "exact", phrase.char_start  # "one in three": 33.33, as the words say
        before = self._qualifier_before(phrase.start)
        if before is not None:
            qualifier, char_start = before[0], toks[before[1]].start + before[2]
        return self._quantity_mention(
            char_start, second.char_end, qualifier, share, share, share, _PERCENT
        ), second.end

    def _share(self, i: int) -> tuple[QuantityMention, int] | None:
        """A fraction that is a share of something, from token i: "two-thirds of families",
        "one-fourth of the city", "more than half the properties", "a two-third majority" (a
        share of a whole: its value, no counted noun) or "half a percentage point", "a quarter
        of a point" (a share of a unit: that much of the unit). A share of a scale ("half a
        million") is the parser's; of a time ("half an hour", "a third of the year") a duration;
        after numbers.shares.blockers ("the first half", "by half") no share. A bare share
        with nothing after it counts only after a qualifier ("with more than half not yet
        contained")."""
        toks, t = self.tokens, self.t
        if i > 0 and toks[i - 1].text in t.share_blockers:
            return None
        if i > 0 and toks[i - 1].text in t.share_articles and toks[i].text in t.share_fractions:
            return None  # "a minute and a half": read from the article, or no share
        read = self._share_words(i)
        if read is None:
            return None
        value, end = read
        k = end + 1 if end < len(toks) and toks[end].text in t.links else end
        word = toks[k].text if k < len(toks) else ""
        key: str | None = None
        measure = self._noun_at(k) if k == end and word not in t.share_articles else None
        if measure is not None and t.nouns.get(measure[0]) in t.timeless_measure_keys:
            key, end = t.nouns[measure[0]], measure[2]  # "half percent": that much of the unit
        elif word in t.share_articles:
            unit = self._share_unit(k + 1)
            if unit is None:
                return None
            key, end = unit
        elif k > end or word in t.share_determiners:
            ahead = toks[k + (word in t.share_determiners) : k + 2]
            if any(tok.text in t.time_words or (tok.kind == "num" and len(tok.text) == 4) for tok in ahead):
                return None  # "half of 2024", "half the time"
        elif word not in t.share_heads and self._qualifier_before(i) is None and not self._share_of_change(i):
            return None  # "a third came down", "cut in half": no share named
        qualifier, char_start = "exact", toks[i].start
        before = self._qualifier_before(i)
        if before is not None:
            qualifier, char_start = before[0], toks[before[1]].start + before[2]
        if key is None:
            value, key = _percent_of(value), _PERCENT  # "two-thirds of families": 66.67 percent
        return self._quantity_mention(char_start, toks[end - 1].end, qualifier, value, value, value, key), end

    def _share_of_change(self, i: int) -> bool:
        """Whether the fraction at token i (or its article) is the amount of a change: after a
        link of change (numbers.shares.change_links) right after a verb of change
        (qualifiers.change_from_verbs): "may drop by half", "sales fell by a third" are shares
        of the level before, a percent."""
        toks, t = self.tokens, self.t
        k = i - 1
        if k >= 0 and toks[i].text in t.share_fractions and toks[k].text in t.share_articles:
            k -= 1  # "by a third"
        return (
            k >= 1
            and toks[k].text in t.share_change_links
            and t.lex.strip_prefix(toks[k - 1].text, t.change_from_verbs) is not None
        )

    def _construct_share(self, i: int) -> tuple[QuantityMention, int] | None:
        """A fraction that governs a definite noun, from token i (Arabic): "نصف السكان",
        "ثلثي الأسر", "أكثر من ثلث القتلى", "نصف سكان البلاد", "نصف ما يتم تسديده", "نصفهم":
        a share of a whole, a percent (the guide's D13). With the article it stands alone and
        is one only after a qualifier or a lead ("أكثر من النصف", "سوى الثلث", "غالبية
        الثلثين"). Before an indefinite noun it is a measure or a length ("نصف طن", "نصف ساعة"),
        before an ordinal or a time word a part of a period ("النصف الأول", "نصف العام"): None."""
        toks, t = self.tokens, self.t
        first, word = i, toks[i].text
        if i + 1 < len(toks) and f"{word} {toks[i + 1].text}" in t.share_values:
            i, word = i + 1, f"{word} {toks[i + 1].text}"  # "ثلاثة أرباع إنتاج البلاد"
        form = t.share_values_index.get(word) or (word if word in t.share_values else None)
        possessed = form is None and word in t.share_possessed
        if possessed:
            form = t.share_possessed[word]
        if form is None:
            return None
        written = word[: len(word) - len(form)] if not possessed else ""
        definite = written.endswith(t.share_articles_ar) if t.share_articles_ar else False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = nxt.text if nxt is not None and nxt.kind == "word" else ""
        bare_after = self._without_article(after)
        if after and (
            after in t.share_after_blockers
            or bare_after in t.share_after_blockers
            or after in t.time_words
            or bare_after in t.time_words
            or after in t.words
        ):
            return None  # "النصف الأول", "نصف العام", "نصف مليون" (the parser's)
        qualifier_before = self._qualifier_before(first)
        if definite:
            lead = first > 0 and toks[first - 1].text in t.share_leads
            if qualifier_before is None and not lead:
                return None  # "في الربع الثالث", "الساعة الثانية عشر والنصف"
        elif not possessed and not self._definite_genitive(i + 1):
            return None  # "نصف طن", "عامين ونصف فقط": no whole named
        qualifier, char_start = (
            "exact",
            toks[first].start + len(written) - (len(t.share_articles_ar[0]) if definite else 0),
        )
        if qualifier_before is not None:
            qualifier, char_start = qualifier_before[0], toks[qualifier_before[1]].start + qualifier_before[2]
        value = _percent_of(t.share_values[form])
        return self._quantity_mention(
            char_start, toks[i].end, qualifier, value, value, value, _PERCENT
        ), i + 1

    def _without_article(self, word: str) -> str:
        for article in self.t.share_articles_ar:
            if word.startswith(article) and len(word) > len(article) + 1:
                return word[len(article) :]
        return word

    def _definite_genitive(self, k: int) -> bool:
        """Whether the words from token k are a definite genitive: with the article ("السكان"),
        a possessive ("سكانها"), a construct chain ending in one ("سكان البلاد") or a relative
        ("ما يتم تسديده")."""
        toks, t = self.tokens, self.t
        if k >= len(toks) or toks[k].kind != "word":
            return False
        word = toks[k].text
        if word in t.share_relatives or self._without_article(word) != word:
            return True
        if word.endswith(t.share_suffixes) and len(word) >= _POSSESSED_LENGTH:
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "word" and self._without_article(nxt.text) != nxt.text

    def _share_unit(self, k: int) -> tuple[str | None, int] | None:
        """(key, index after) of the unit a share is of, from token k (after "a"): "half a
        percentage point"; a point's fraction is of a rate (numbers.shares.points). None for a
        scale ("half a million", the parser's), a time ("half an hour") or no known noun."""
        toks, t = self.tokens, self.t
        after = self.parser.item_at(k) if k < len(toks) else []
        if after and after[0].kind == "scale":
            return None
        noun = self._noun_at(k)
        if noun is None or noun[0] in t.time_words or t.nouns.get(noun[0]) in t.duration_keys:
            return None
        if noun[0] in t.share_points:
            return _PERCENTAGE_POINT, noun[2]  # "a hike of three-quarters of a point"
        return t.nouns.get(noun[0]), noun[2]

    def _share_words(self, i: int) -> tuple[Decimal, int] | None:
        """(value, index after) of a fraction at token i: "half", "a quarter", "a third", "one
        fifth", "two-thirds", "three quarters": a fraction word (numbers.fractions) after an
        article, or alone if numbers.shares.bare; a count below the denominator after it
        (numbers.denominators)."""
        toks, t = self.tokens, self.t
        word = toks[i].text
        if word in t.share_fractions:
            return (t.share_fractions[word], i + 1) if word in t.share_bare else None
        if word in t.share_articles:
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            if nxt in t.share_fractions:
                return t.share_fractions[nxt], i + 2
            denominator = t.denominators.get(nxt)
            return (1 / denominator, i + 2) if denominator is not None else None
        items = self.parser.item_at(i)
        if items and items[0].kind == "frac" and items[0].end > i + 1:
            return items[0].value, items[0].end  # "three quarters", a fraction of two words
        single = bool(items) and items[0].kind in ("card", "digits") and items[0].end == i + 1
        count = items[0].value if single else None
        if count is None:
            return None
        k = i + 1
        if k < len(toks) and toks[k].text in _DASHES and toks[k].start == toks[i].end:
            k += 1  # "two-thirds"
        denominator = t.denominators.get(toks[k].text) if k < len(toks) else None
        if denominator is None or not 0 < count < denominator:
            return None
        return count / denominator, k + 1

    def _counts_before_place_or_time(self, first: NumberPhrase, second: NumberPhrase) -> bool:
        """Whether "X in Y" reads as X counted in Y places or times, not a share: X is the object
        of an event verb ("killed 2 in 3 provinces") or Y counts a length ("3 in 4 days")."""
        toks, t = self.tokens, self.t
        before = toks[first.start - 1] if first.start > 0 else None
        event = (
            t.lex.strip_prefix(before.text, t.events_index, definite=True)
            if before is not None and before.kind == "word"
            else None
        )
        if event is not None:
            return True
        noun = self._noun_at(second.end) if second.end < len(toks) else None
        return noun is not None and t.nouns.get(noun[0]) in t.duration_keys

    def _dual(self, i: int) -> QuantityMention | None:
        """A dual noun standing alone counts two: "أسقطت طائرتين", "بهدفين مقابل هدف"; a dual
        in construct counts what its two-word form counts: "حالتي وفاة" are two deaths. Only a
        word of units.duals (with its clitics) is one: `run` passes over the others."""
        tok = self.tokens[i]
        form = self.t.duals_index.get(tok.text)
        if form is None or (i > 0 and self.tokens[i - 1].kind == "num"):
            return None
        if tok.text == form and i > 0 and self.tokens[i - 1].text in self.t.duals_index:
            return None  # "شابان فلسطينيان"، "طائرتين مسيرتين": the adjective agrees with the dual
        if form.endswith(self.t.construct_dual_suffixes) and (
            not self._genitive_after(i + 1)
            or (not form.endswith(self.t.nominative_dual_suffixes) and self._subject_then_object(i))
        ):
            return None  # "قتل خمسة من أفراد أسرتي في القصف", "زارت أسرتي المستشفى": my family
        singular = self.t.duals[form]
        compound = self._construct_compound(i, singular)
        if form in self.t.paired_duals and compound is None and not self._pair_after(i + 1):
            return None  # "قصف صاروخي", "مقاتلي حزب الله": an adjective, a plural in construct
        key = self.t.nouns[singular]
        if key in self.t.generic_keys:
            # "شخصين لقيا مصرعهما" are two deaths, "إنقاذ شخصين" two rescued, as for a figure.
            key = self._event_key(i, i + 1) or key
        end = tok.end
        if compound is not None:
            key, end = compound
        if self._sense_shifts(key, i, i + 1):
            key = self.t.sense_shifts[key]  # "بإصابتين" in a cholera report: two infections
        key = self._cued_sense(key, i, i + 1)  # "لمواجهتي الكويت وفلسطين" in a cup's qualifiers
        start = tok.start + len(tok.text) - len(form)
        return self._exact_count(
            _with_marks(self.norm.original, self.norm.span(start, end)), self.norm.span(start, end), 2, key
        )

    def _cued_sense(self, key: str, start: int, end: int) -> str:
        """The sense a noun of two senses takes where its sentence names a cue of the other one
        (units.cued_sense_of, units.cued_senses): "دائرة" in a sentence about voting is an electoral
        constituency; the key itself elsewhere."""
        cued = self.t.cued_sense_of.get(key)
        if cued is None:
            return key
        words = self.t.cued_senses[cued]
        if self._sentence_has(start, end, words):
            return cued
        lead = self._lead_after_headline()
        if 0 <= start < lead and self._sentence_has(lead, lead, words):
            return cued  # a headline says it in few words: "القائمة النهائية في مواجهتي الكويت وفلسطين"
        if cued in self.t.lead_cued_keys and (
            self._sentence_has(0, 0, words) or (lead >= 0 and self._sentence_has(lead, lead, words))
        ):
            return cued  # a fixture list under a lead that names the league: "وتقام 3 مواجهات أخرى"
        return key

    def _lead_after_headline(self) -> int:
        """The first token of the line after the text's first (its headline), -1 for a text of
        one line."""
        if self._lead_start is None:
            self._lead_start = next((k + 1 for k in range(len(self.tokens) - 1) if self._line_after(k)), -1)
        return self._lead_start

    def _subject_then_object(self, i: int) -> bool:
        """Whether the word at token i stands right after a past verb with a definite word after
        it: the verb's subject, then its object ("زارت أسرتي المستشفى"), where a dual in construct
        would be written تا. After a verb whose subject is left unsaid it is the object, which a
        dual in construct may be, before an indefinite genitive ("سجلت حالتي وفاة")."""
        if i == 0 or not self._past_verb(self.tokens[i - 1]) or i + 1 >= len(self.tokens):
            return False
        after = self.tokens[i + 1]
        return after.kind == "word" and after.text.startswith(self.t.detached_articles)

    def _past_verb(self, tok: Token) -> bool:
        """Whether a token is a past verb: listed (time.past_words, claims.speech_verbs) or of a
        past form (time.past_verb_patterns), a conjunction written onto it or not."""
        return tok.kind == "word" and self.t.past_forms.match(tok.text, self.t.past_verbs)

    def _genitive_after(self, k: int) -> bool:
        """Whether a noun the word before token k can stand in construct with follows it on
        the same line: a word (after a quotation mark: "بلدتي “خان شيخون”"), not a preposition
        (also one written onto the word, claims.subject_stop_prefixes: "أسرتي بالقصف"), a clause
        word (units.subject_stops), a word of time or a number."""
        toks, t = self.tokens, self.t
        while k < len(toks) and toks[k].text in _QUOTES and toks[k].text not in "()":
            k += 1
        if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
            return False
        word = toks[k].text
        return not (
            word in t.prepositions
            or word.startswith(t.preposition_prefixes)
            or word in t.subject_stops
            or word in t.clause_time_words
            or self._number_word(word)
        )

    def _construct_compound(self, i: int, singular: str) -> tuple[str, int] | None:
        """(key, end) of the counted noun of two or three words that the dual at token i (of
        `singular`) makes with the one or two words after it: "حالتي وفاة", "عضوين في البرلمان".
        The genitive of a dual in construct may be definite where the written form is not
        ("سيارتا الإسعاف" are two ambulances as "سيارتا إسعاف" are, "محطتي الوقود" two fuel
        stations): a compound is also looked up with the article taken off its first word."""
        for size in (2, 1):
            after = self.tokens[i + 1 : i + 1 + size]
            if len(after) != size or not all(t.kind == "word" for t in after):
                continue
            words = [t.text for t in after]
            bare = next((words[0][len(a) :] for a in self.t.articles if words[0].startswith(a)), None)
            for first in (words[0], bare):
                if first and len(first) >= _JOINED_WORD:
                    compound = self.t.nouns.get(" ".join([singular, first, *words[1:]]))
                    if compound is not None:
                        return compound, after[-1].end
        return None

    def _pair_after(self, k: int) -> bool:
        """The pair a dual in construct joins, named from token k: a genitive, then a word with
        the joiner written onto it one or two words later, on the same line with no punctuation
        between ("جثماني طفل وامرأة", "نهري شبيلي وجوبا")."""
        toks, t = self.tokens, self.t
        if not self._genitive_after(k) or toks[k].text.startswith(t.prefix_joiners):
            return False
        for j in range(k + 1, min(k + 3, len(toks))):
            tok = toks[j]
            if tok.kind != "word" or self._line_after(j - 1):
                return False
            if tok.text.startswith(t.prefix_joiners) and len(tok.text) > _JOINED_WORD:
                return True
        return False

    def _two_after_dual(self, k: int) -> bool:
        """A number word for two, alone, at token k (right after a dual noun)."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False
        items = self.parser.item_at(k)
        return len(items) == 1 and items[0].kind == "card" and items[0].value == 2 and items[0].end == k + 1

    def _tally(self, i: int) -> QuantityMention | None:
        """A match won or lost by a tally noun (units.tallies, written after the preposition of
        the score: "فاز الهلال بثلاثية نظيفة", "خسر بثنائية") counts that many goals (or what
        its sentence scores: units.score_words)."""
        tok = self.tokens[i]
        prefix, value = self.t.tallies[tok.text]
        if self.t.score_key is None:
            return None
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        if after is not None and after.kind == "word" and after.text.startswith(self.t.detached_articles):
            # In construct with a definite noun it names a work or a pair, not a score: "اشتهر
            # محفوظ بثلاثية القاهرة" (the Cairo Trilogy), "بثنائية المعايير" (double standards).
            return None
        found = self._sentence_has(i, i + 1, self.t.score_words)
        key = self.t.score_words_keys[found] if found is not None else self.t.score_key
        span = _with_marks(self.norm.original, self.norm.span(tok.start + len(prefix), tok.end))
        return self._exact_count(span, span, value, key)

    def _bare_tally(self, i: int) -> QuantityMention | None:
        """A tally noun with no preposition (units.tallies past a conjunction: "وجاءت ثنائية
        التعاون عن طريق ..."، "سجل رباعية الترجي كل من ...") is the goals scored when its sentence
        scores (units.score_words, units.tally_cues), and not right after a counted noun it
        qualifies ("قمة ثلاثية"، "سيارات رباعية الدفع")."""
        if self.t.score_key is None:
            return None
        tok = self.tokens[i]
        before = self.tokens[i - 1] if i > 0 else None
        if before is not None and before.kind == "word" and self._noun_stem(before.text) is not None:
            return None
        scored = self._sentence_has(i, i + 1, self.t.score_words)
        if scored is None and self._sentence_has(i, i + 1, self.t.tally_cues) is None:
            return None
        key = self.t.score_words_keys[scored] if scored is not None else self.t.score_key
        prefix, value = self.t.bare_tallies[tok.text]
        span = _with_marks(self.norm.original, self.norm.span(tok.start + prefix, tok.end))
        return self._exact_count(span, span, value, key)

    def _exact_count(
        self, span: tuple[int, int], unit_span: tuple[int, int], value: int, key: str | None
    ) -> QuantityMention:
        """A count a word gives by its form alone (a dual, a tally noun): exactly `value` of
        `key`, the text at `span` and its unit at `unit_span` of the original text."""
        amount = Decimal(value)
        original = self.norm.original
        return QuantityMention(
            text=original[span[0] : span[1]],
            span=span,
            value=amount,
            low=amount,
            high=amount,
            qualifier="exact",
            unit=original[unit_span[0] : unit_span[1]],
            unit_key=key,
        )

    def _singular_against(self, i: int, previous: QuantityMention) -> QuantityMention | None:
        """A singular noun set against a count of the same noun counts one: "بهدفين مقابل هدف"
        (two goals to one); the word between is units.versus (`run` calls this only after one)."""
        toks = self.tokens
        if i == 0 or toks[i - 1].text not in self.t.versus or previous.unit_key is None:
            return None
        start = self.norm.span(toks[i - 1].start, toks[i - 1].end)[0]
        if not previous.span[1] <= start or self.norm.original[previous.span[1] : start].strip():
            return None
        word = toks[i].text
        if word not in self.t.singulars or self.t.nouns.get(word) != previous.unit_key:
            return None
        if i + 1 < len(toks) and toks[i + 1].text in self.t.words and self.parser.parse(i + 1) is not None:
            return None  # "مقابل هدف واحد": the number word after the noun counts it, one figure
        span = _with_marks(self.norm.original, self.norm.span(toks[i].start, toks[i].end))
        one = Decimal(1)
        text = self.norm.original[span[0] : span[1]]
        return QuantityMention(
            text=text,
            span=span,
            value=one,
            low=one,
            high=one,
            qualifier="exact",
            unit=text,
            unit_key=previous.unit_key,
        )

    def _past_unreadable(self, i: int) -> int:
        """After digits that make no figure ("2,5" in English, "1,2,3"), skip the number words
        that go with them too, so "million" is not read as a figure of its own."""
        i += 1
        while i < len(self.tokens) and self.tokens[i].kind == "word":
            items = self.parser.item_at(i)
            if not items or items[0].kind not in ("scale", "dual", "mult"):
                break
            i = max(items[-1].end, i + 1)
        return i

    # -- context ---------------------------------------------------------------------------

    def _mention(self, phrase: NumberPhrase) -> tuple[QuantityMention | None, int]:
        day_end = self._day_after_day_word(phrase)
        hijri_end = self._day_before_hijri_month(phrase)
        if hijri_end is not None:
            day_end = max(day_end or 0, hijri_end)
        if day_end is not None:
            return None, day_end
        if phrase.digits_only and self._is_not_a_figure(phrase):
            return None, self._skip_notation(phrase)
        if self._race_distance(phrase.start, phrase.end):
            return None, phrase.end
        share_end = self._numerator_of_share(phrase)
        if share_end is not None:
            return None, share_end
        if self._names_parties(phrase):
            return None, phrase.end + 1
        sign = self._sign_before(phrase)
        if sign is not None and phrase.value is not None:
            # "-5%", "minus five", "سالب عشرة": the sign is part of the figure (a signed "one"
            # is a figure, not an article).
            start = self.tokens[sign]
            phrase = replace(phrase, start=sign, char_start=start.start, value=-phrase.value, weak=False)
        if phrase.vague_base is not None and self._verb_not_vague(phrase):
            return None, phrase.end
        low = high = phrase.value
        qualifier = "exact"
        start_tok, end_tok = phrase.start, phrase.end
        char_start, char_end = phrase.char_start, phrase.char_end
        if phrase.vague_base is not None:
            low, high, qualifier = 2 * phrase.vague_base, 10 * phrase.vague_base - 1, "vague"
            ceiling = self.t.vague_ceilings.get(self.tokens[phrase.end - 1].text)
            if ceiling is not None:
                high = ceiling
        ranged = self._range(phrase)
        if ranged is not None:
            low, high, second = ranged
            qualifier = "range"
            end_tok, char_end = second.end, second.char_end
            opener = self._opener_index(phrase.start) if self._range_opened else None
            if opener is not None:
                char_start = self.tokens[opener].start
        if ranged is not None and self._cued_score(phrase, ranged[2]):
            return None, ranged[2].end
        if ranged is None and self._first_day_of_dated_range(phrase):
            return None, phrase.end  # "من 15 وحتى يوم 27 إبريل": a date's range, the time engine's
        before = self._qualifier_before(phrase.start) if qualifier != "range" else None
        if before is not None and self._day_of_month(phrase):
            return None, phrase.end  # "حتى 30 يوليو 2016": a date's day after a preposition
        if before is not None and qualifier == "exact":
            qualifier = before[0]
            char_start = self.tokens[before[1]].start + before[2]
        elif qualifier == "exact" and phrase.value is not None:
            # A verb of comparison governs the figure it takes as object, past its subject:
            # "تجاوزت إيراداته 19 مليار درهم" (more than), "ناهز عدد القتلى 300" (about).
            qualifier = self._qualifier_verb(phrase) or self._qualified_noun_of(phrase) or qualifier
        glued = self._glued_qualifier(end_tok) if ranged is None else None
        if glued is not None:
            end_tok = glued[1]
            char_end = self.tokens[end_tok - 1].end
        unit_key, unit_span, end_tok, char_start, char_end = self._unit(
            start_tok, end_tok, char_start, char_end
        )
        if (
            unit_key is not None
            and ranged is None
            and qualifier == "exact"
            and self._definite_cardinal(phrase)
        ):
            # A definite cardinal after its plural noun is its adjective (D80): "وأطفاله الأربعة من
            # الحريق" counts the children, not a part of the fire its partitive would name.
            adjective_of = self._cardinal_after_noun(phrase)
            if adjective_of is not None:
                unit_key, unit_span = adjective_of
                end_tok, char_end = phrase.end, phrase.char_end
        if glued is not None and qualifier in ("exact", "approx"):
            # "roughly 500-plus locals": the stated bound wins over the approximation.
            if qualifier == "approx" and before is not None:
                char_start = phrase.char_start
            qualifier = glued[0]
        if unit_key is None and ranged is None and qualifier == "exact":
            tally = self._tally_noun_before(phrase)
            if tally is not None:
                unit_key, unit_span = tally
                char_start = unit_span[0]
        if unit_key is None and ranged is None:
            unit_key = self._changed_level_unit(phrase, end_tok)
        if unit_key in self.t.decimal_measures and phrase.value is not None and not _integral(phrase.value):
            # "The 7.1 earthquake": a count is whole, a fraction before the noun is its measure.
            unit_key = self.t.decimal_measures[unit_key]
        if unit_key is not None and ranged is None and self._compared_count_of_time(phrase, time_only=True):
            # "مقارنة بـ 1900 العام الماضي": the year word opens the time the figure counted.
            unit_key, unit_span, end_tok, char_end = None, None, phrase.end, phrase.char_end
        if (
            unit_key in self.t.duration_keys
            and end_tok < len(self.tokens)
            and self.tokens[end_tok].kind == "num"
            and _year_like(self.tokens[end_tok].text)
        ):
            # "(20,1 سنة 2024، مقابل 12,4%)": the year word leads a date, it is no unit.
            unit_key, unit_span, end_tok, char_end = None, None, phrase.end, phrase.char_end
        # "about 500 or more": the stated bound wins over the approximation.
        after = self._qualifier_after(end_tok) if qualifier in ("exact", "approx") else None
        if after is None and qualifier in ("exact", "approx") and self.t.qualifier_aside_reach:
            after = self._qualifier_after_aside(end_tok)
        if after is not None:
            if qualifier == "approx" and before is not None:
                char_start = phrase.char_start
            qualifier, after_end = after
            if after_end is not None:
                char_end = self.tokens[after_end - 1].end
                end_tok = after_end
                if unit_key is None:
                    # A bound written between the number and its noun leaves the noun the
                    # number's: "قتل سبعة على الأقل من جنود الجيش" counts soldiers (the guide's D71).
                    found = self._unit(start_tok, end_tok, char_start, char_end)
                    if found[0] is not None and found[0] not in self.t.member_whole_keys:
                        unit_key, unit_span, end_tok, char_start, char_end = found
        bounded = self._second_bound(end_tok, qualifier, phrase) if ranged is None else None
        if bounded is not None:
            # One range when both bounds count the same thing (or the second names no noun):
            # "more than 100 soldiers and fewer than 300 tanks" stays two figures.
            second = bounded[2]
            key, span2, end2, _, char_end2 = self._unit(second.start, second.end, 0, second.char_end)
            if key is None or unit_key is None or key == unit_key:
                low, high = bounded[0], bounded[1]
                qualifier = "range"
                end_tok, char_end = end2, char_end2
                if unit_key is None:
                    unit_key, unit_span = key, span2
        if (
            phrase.weak
            and phrase.last_scale is None
            and (
                not self._noun_right_after(phrase, unit_span)
                or self.tokens[phrase.start].text in self.t.indefinite
            )
            and not self._bounded_unit_of_measure(phrase, before, unit_key, unit_span)
        ):
            # "one" counts only with its noun right after it ("one soldier"), not "one of them";
            # the article ("a", "an") counts nothing: "a man", "a rescue worker", "a percentage".
            noun_before = self._noun_before_one(phrase)
            if noun_before is not None:
                unit_key, unit_span, noun_tok = noun_before
                if before is None and qualifier == "exact":
                    # "أقل من نقطة مئوية واحدة": the bound stands before the noun, not the number.
                    before = self._qualifier_before(noun_tok)
                    if before is not None:
                        qualifier = before[0]
                        char_start = self.tokens[before[1]].start + before[2]
            else:
                # "killed one, wounded six": "one" as the object of an event verb is one of it.
                unit_key = self._event_object(phrase)
                if (
                    unit_key is None
                    and not self._distributive_after(phrase)
                    and not self._bracketed_alone(phrase)
                    and not self._gapped_one(phrase)
                    and not self._member_one_clause(phrase)
                    and not self._gapped_member(phrase)
                ):
                    return None, phrase.end
        if (
            phrase.weak
            and phrase.last_scale is None
            and self._unnamed_speaker_one(phrase, unit_span, end_tok)
        ):
            return None, end_tok
        bare = phrase.digits_only and ranged is None and unit_key is None and qualifier == "exact"
        if (
            bare
            and self._is_year(phrase)
            and not self._after_event_verb(phrase.start)
            and not self._compared_count_of_time(phrase)
            and not (self.t.year_shaped_counts and self._year_shaped_count(phrase))
        ):
            return None, phrase.end
        if self._year_before_noun(phrase, qualifier, unit_span):
            return None, phrase.end
        if before is not None and unit_span is None and self._compared_year(phrase, before[1]):
            return None, phrase.end
        qualified_from = before[1] if before is not None else start_tok
        if unit_key in self.t.duration_keys and self._waiting_threshold(qualified_from):
            return None, end_tok
        if self._age_of_person(qualified_from) and self._noun_at(phrase.end) is None:
            return None, end_tok  # "a woman of about 30": her age
        if (
            (unit_key is None or unit_key in self.t.duration_keys)
            and self._age_named(qualified_from, end_tok)
            and not (unit_key is None and self._open_noun(end_tok, phrase.value, one=False, linked=False))
        ):
            # "under the age of 10", "تبلغ أعمارهما 49 و62 عاما": ages; so is a bounded age bracket
            # ("للفئة العمرية 15 سنة فأكثر", "the 20-39 age group", "aged 6 to 12"), by the guide's
            # rule since the eleventh session (ages, age brackets included, are no figures).
            # A noun of its own makes the number a count ("the age of 1,200 respondents").
            return None, end_tok
        if self._is_score(phrase, ranged, unit_span):
            return None, end_tok
        if unit_key in self.t.calibre_keys and self._calibre(phrase.start, end_tok):
            return None, end_tok
        if unit_key in self.t.duration_keys and unit_span is not None and phrase.last_scale is None:
            # A length of time is no figure, nor an age ("power cuts of 10 hours", "a three-month
            # ban", "sentenced to 10 years", "65 سنة فأكثر"); a count of time units with a scale
            # is a sum of many lengths ("1.1 million hours" worked), a figure.
            return None, end_tok
        if unit_key is None and qualifier == "exact" and self.t.construct_head_first:
            adjective_of = self._cardinal_after_noun(phrase)
            if adjective_of is not None:
                unit_key, unit_span = adjective_of
        if self._names_or_ranks(phrase, qualifier, unit_key, end_tok):
            return None, end_tok if unit_key is not None else phrase.end
        if unit_key is None and not self._name_opens_sentence(qualified_from):
            # A noun the lexicon does not know still says what the count counts: "12 murders".
            open_noun = self._open_noun(end_tok, phrase.value, one=phrase.value == 1, linked=True)
            if open_noun is not None:
                unit_key, unit_span, end_tok = open_noun
                char_end = unit_span[1]
            else:
                # A fact box's figure alone on its line: the noun the lexicon does not know after
                # the next line's "the number of", the figure's text its own (a line "33", then
                # "The number of weather stations that measured ...").
                heading = self._fact_box_noun(start_tok, end_tok)
                boxed = (
                    None
                    if heading is None
                    else self._open_noun(heading, phrase.value, one=False, linked=True)
                )
                if boxed is not None:
                    unit_key, unit_span = boxed[0], boxed[1]
        if unit_key is None and self.t.singular_endings:
            # "two 60-seater buses": a count before a compound adjective with a number counts
            # the head noun after the compound.
            unit_key = self._head_past_number_compound(end_tok, phrase.value)
        if unit_key is None and self.t.predicate_copulas:
            # "three were adults and three were children": a bare figure's noun after a copula.
            unit_key = self._predicate_noun(end_tok, phrase.value)
        if unit_key in self.t.classifier_keys and unit_span is not None:
            unit_key = self._classified_kind(end_tok) or unit_key
        if unit_span is not None and self.t.population_nouns:
            topic_from = before[1] if before is not None else start_tok
            unit_key = self._population_kind(topic_from, unit_span) or unit_key
        if unit_key is None and qualifier == "exact":
            # "مجموع الوفيات: 121", "الإصابات توزعت كالتالي: بغداد: 25، البصرة: 1": a list item.
            unit_key = self._list_item_key(start_tok, end_tok)
        if unit_key in self.t.generic_keys and qualifier == "exact":
            # "- الوفيات : حالتين"، "- الشفاء: 27 حالة": a bulletin's line names what its cases are.
            unit_key = self._line_label_key(start_tok) or unit_key
        if unit_key is None and qualifier == "exact" and self.t.exchange_sides:
            unit_key = self._exchange_quote_key(start_tok, end_tok)
        if unit_key is None or unit_key in self.t.generic_keys:
            # What a bare or generic count counts, the clause's event says: "مقتل 30 شخصا" are
            # deaths, "عدد المفقودين تجاوز 10 آلاف" the missing; the event stands before the
            # qualifier: "لقي ما لا يقل عن 820 شخصا حتفهم".
            event_from = before[1] if before is not None else start_tok
            event = self._event_key(event_from, end_tok)
            if event is not None and (unit_key is not None or event not in self.t.named_event_keys):
                unit_key = event
            if unit_key in self.t.event_clause_keys:
                unit_key = self._clause_verb_event(event_from) or unit_key
        if unit_key in self.t.care_counted_keys:
            # The guide's D60: "three cases remain in hospital", "389 cases have been admitted to
            # ICU" are people in care, patients (or the injured of an accident); "12 cases were
            # confirmed" stay cases.
            cared = self._event_key(before[1] if before is not None else start_tok, end_tok)
            unit_key = cared if cared in self.t.care_event_keys else unit_key
        if unit_key in self.t.generic_keys and self.t.state_adjective_keys:
            unit_key = self._state_adjective_key(end_tok) or unit_key
        if unit_key in self.t.afflicted_keys:
            # "the death of one patient", "شفاء 437 مصابا": an event noun right before a count of
            # the sick or the wounded says what befell them (they died, they recovered).
            befell = self._event_right_before(before[1] if before is not None else start_tok)
            if befell is None and self.t.afflicted_verb_events:
                befell = self._afflicted_verb_event(before[1] if before is not None else start_tok, end_tok)
            if befell is not None and befell not in self.t.afflicted_keys:
                unit_key = befell
        if (unit_key is None or unit_key in self.t.generic_keys) and self.t.count_heads:
            head = self._count_head_key(before[1] if before is not None else start_tok, own=unit_key)
            unit_key = head or unit_key
        if unit_key in self.t.restating_keys:
            # The guide's D61: "N cases" restating a count its clause names counts what that count
            # counts: "the number of deaths climbed to 31 cases" are deaths, "deaths rose to 12
            # cases" too; every other "N cases" stays cases.
            unit_key = self._restated_count_key(before[1] if before is not None else start_tok, unit_key)
        if unit_key is None and self.t.count_head_copulas:
            unit_key = self._count_head_after(end_tok)
        if unit_key is None and self.t.populated_key is not None:
            unit_key = self._populated_place_key(before[1] if before is not None else start_tok)
        if unit_key is None and self.t.predicate_links:
            unit_key = self._subject_key(before[1] if before is not None else start_tok)
        elif unit_key in self.t.generic_keys and self.t.predicate_links:
            # "the death toll had risen to 381 people": people counted as a toll are its deaths.
            subject = self._subject_key(before[1] if before is not None else start_tok)
            if subject in self.t.event_keys:
                unit_key = subject
        if unit_key is None and self.t.causative_verbs:
            unit_key = self._object_key(before[1] if before is not None else start_tok, end_tok)
        if unit_key is None and self.t.change_nouns:
            unit_key = self._change_noun_key(qualified_from, end_tok)
        if unit_key is None and self.t.predicate_links and self.t.gapping_conjunctions:
            unit_key = self._gapped_subject_key(before[1] if before is not None else start_tok)
        if unit_key is None and unit_span is None and self.t.measure_topics:
            topics = self.t.measure_topics
            topic = self._sentence_has(start_tok, end_tok, topics, after=False, reach=_TOPIC_REACH)
            unit_key = self.t.measure_topic_keys[topic] if topic is not None else None
        if unit_key is not None and unit_key in self.t.short_head_keys:
            unit_key = self._shortened_compound(start_tok, unit_key) or unit_key
        if unit_key is not None and self.t.combined and not self._infections(unit_key, start_tok, end_tok):
            unit_key = self._combined_key(unit_key, before[1] if before is not None else start_tok, end_tok)
        if (
            self.t.suspect_words
            and phrase.end < len(self.tokens)
            and self.tokens[phrase.end].text in self.t.suspect_words
        ):
            own = unit_key if unit_span is not None else None
            suspected = self._suspected(phrase.end + 1, phrase.value, own)
            if suspected is not None:
                unit_key = self.t.suspect_key
                if unit_span is None:
                    unit_span, end_tok = suspected
                    char_end = unit_span[1]
        if self._sense_shifts(unit_key, start_tok, end_tok):
            unit_key = self.t.sense_shifts[unit_key]
        if (
            unit_key in _CHANGES_IN_POINTS
            and self.t.rate_change_links
            and self._change_of_rate(qualified_from, end_tok, None if unit_key == _PERCENT else phrase.value)
        ):
            unit_key = _PERCENTAGE_POINT
        if (
            unit_key in _CHANGES_IN_POINTS
            and self.t.difference_nouns
            and self._difference_of_shares(qualified_from, end_tok, unit_key)
        ):
            unit_key = _PERCENTAGE_POINT
        if unit_key is not None:
            unit_key = self._cued_sense(unit_key, start_tok, end_tok)
        value = phrase.value if qualifier not in ("range", "vague") else None
        if unit_key in self.t.hundredths:
            # "41 cents", "six cents": that many hundredths of the currency (units.hundredths).
            value, low, high = (None if v is None else v / _HUNDRED for v in (value, low, high))
            unit_key = self.t.hundredths[unit_key]
        unit_text = None
        if unit_span is not None:
            s, e = self.norm.span(*unit_span)
            unit_text = self.norm.original[s:e]
        return self._quantity_mention(
            char_start, char_end, qualifier, value, low, high, unit_key, unit_text
        ), end_tok

    def _quantity_mention(
        self,
        char_start: int,
        char_end: int,
        qualifier: str,
        value: Decimal | None,
        low: Decimal | None,
        high: Decimal | None,
        unit_key: str | None,
        unit: str | None = None,
    ) -> QuantityMention:
        """The figure at [char_start, char_end) of the normalized text, its span and text taken
        back to the original text (with the marks around it), its bounds set by its qualifier."""
        low, high = _bounds(qualifier, value, low, high)
        span = _with_marks(self.norm.original, self.norm.span(char_start, char_end))
        return QuantityMention(
            text=self.norm.original[span[0] : span[1]],
            span=span,
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=unit,
            unit_key=unit_key,
        )

    def _comma_list(self, s: int, e: int) -> bool:
        """Numbers listed with a comma and no space, then a link and one more number ("Rooms
        12,14 and 16", "grades 5,6 or 7"): not the decimal comma parse_digits reads in "6,9
        degrees" (one or two digits after a lone comma), but items of a list, each no figure."""
        toks = self.tokens
        raw = toks[s].text
        head, comma, tail = raw.partition(",")
        return (
            e == s + 1
            and bool(comma)
            and head.isdigit()
            and tail.isdigit()
            and len(tail) <= 2
            and e + 1 < len(toks)
            and toks[e].text in self.t.combined_links
            and toks[e + 1].kind == "num"
        )

    def _is_not_a_figure(self, phrase: NumberPhrase) -> bool:
        """Model names (F-16, إف-16, A320), ordinals (1st), clock times and dates (10:30, 1/11),
        list numbering ("1." or "2)" opening a line) and phone numbers (0123456789,
        +44 ..., 555-123-4567)."""
        toks = self.tokens
        s, e = phrase.start, phrase.end
        if self._is_list_number(s, e) or self._is_phone_number(s, e) or self._dateline_day_month(s):
            return True
        if self._comma_list(s, e) or self._ordinal_of_definite(s):
            return True
        if s > 0 and toks[s - 1].end == toks[s].start:
            prev = toks[s - 1]
            if prev.kind == "word" and not self._opens_figure(prev.text) and self._glued_sign(s) is None:
                return True  # "A320", not the peso's "P2,500"
            if (
                prev.text in "-/:."
                and s > 1
                and toks[s - 2].end == prev.start
                and toks[s - 2].kind != "punct"
                and not self._is_score_second(s)
                and toks[s - 2].text not in self.t.measures_before
                and not self._label_colon(s)
            ):
                return True
        if e < len(toks) and toks[e].start == toks[e - 1].end:
            nxt = toks[e]
            if nxt.kind == "word" and nxt.text in self.t.ordinal_suffixes:
                return True
            if self._glued_scale_letter(s, e) is not None:
                return False
            if nxt.kind == "word" and not self._reads_after_digits(nxt.text):
                return True  # a code or typo: "5G", "1M" in Arabic text, "٤من"
            if (
                nxt.text in "/:"
                and e + 1 < len(toks)
                and toks[e + 1].kind == "num"
                and toks[e + 1].start == nxt.end
            ):
                return True
        return self._slashed_digits(s, e)

    def _slashed_digits(self, s: int, e: int) -> bool:
        """Whole numbers joined by a slash, spaced on either side, on one line: a date ("13/ 9/
        2020"), a score ("الزمالك 3 /2 البنك الأهلي", "بفوز المصري 3 / 2"), a mark out of a total
        ("300 /300"), never a count (the tight forms are read above)."""
        toks = self.tokens

        def digits(k: int) -> bool:
            return 0 <= k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit()

        def slash(left: int) -> bool:
            return (
                digits(left)
                and digits(left + 2)
                and toks[left + 1].text == "/"
                and "\n" not in self.norm.text[toks[left].end : toks[left + 2].start]
            )

        return e == s + 1 and digits(s) and (slash(s) or (s >= 2 and slash(s - 2)))

    def _day_of_month(self, phrase: NumberPhrase) -> bool:
        """A number of one or two digits right before a month name is the day of a date, also
        after a word that would qualify a figure ("حتى 30 يوليو", "until 30 July"); the time
        engine reads the date from the number on. A month name that is also a common word
        ("may") counts only capitalised where the language writes names so."""
        toks = self.tokens
        if not phrase.digits_only or phrase.end != phrase.start + 1 or phrase.end >= len(toks):
            return False
        digits, month = toks[phrase.start], toks[phrase.end]
        if not (digits.text.isdigit() and len(digits.text) <= 2 and 1 <= int(digits.text) <= 31):
            return False
        if month.text not in self.t.month_starts or self._line_after(phrase.start):
            return False
        return not self.t.names_capitalized or not self._lower_case(month)

    def _cardinal_after_noun(self, phrase: NumberPhrase) -> tuple[str, tuple[int, int]] | None:
        """A cardinal of three or more with the article after a definite plural noun (not a
        singular: "مدارس المنطقة الثلاث" counts schools, not areas; "القرن العشرين" is an ordinal)
        agrees with it as an adjective and counts it: "القرى الخمس" (the five villages), "النواب
        الخمسين" (the fifty deputies), "دوائر الخارج الأربع" (the four constituencies abroad:
        after the noun's genitive), "ولايات دارفور الخمس" (a name as the genitive), "أطفالها
        الخمسة" (definite by a possessive), "المشتبه بهم السبعة" (a noun of two words), "الضحايا
        السوريين الستة" (past its adjectives of relation: the guide's D80 and D71); and so do digits
        with the article before them after a sound plural made definite by the article or a
        possessive ("المنتخبات الـ12"، "مبارياته الـ6": the twelve teams, his six matches;
        `_counted_before_article`). Not a span of time ("السنوات الخمس الماضية": the time
        engine's)."""
        toks = self.tokens
        s = phrase.start
        first = toks[s]
        if phrase.end != s + 1 or s == 0:
            return None
        if first.kind == "num":
            if s < 2 or toks[s - 1].text not in self.t.detached_articles:
                return None
            return self._counted_before_article(s - 2)
        if first.kind != "word":
            return None
        if phrase.value == 2:
            return self._two_after_noun(s)
        if not self._definite_number_word(first.text):
            return None
        if phrase.value is None or phrase.value < 3 or not _integral(phrase.value):
            return None
        if phrase.value > _ORDINAL_FORMS_UP_TO:
            return self._counted_by_tens(s)
        if s >= 2 and toks[s - 2].kind == toks[s - 1].kind == "word" and self._definite(toks[s - 2].text):
            two = self._noun_stem(f"{toks[s - 2].text} {toks[s - 1].text}")
            if two is not None and " " in two:
                return self._plural_noun_key(s - 2, s)  # "المشتبه بهم السبعة"
        past = self._past_relation_adjectives(s - 1)
        if past != s - 1:
            found = self._plural_noun_key(past)
            if found is not None:
                return found  # "الضحايا السوريين الستة": the victims, six Syrians among them
        if toks[s - 1].kind == "word" and toks[s - 1].text.endswith(self.t.possessive_suffixes):
            found = self._plural_noun_key(s - 1)
            if found is not None:
                return found  # "أطفالها الخمسة": her five children
        if not self._definite(toks[s - 1].text):
            if s >= 2 and self._name_genitive(s - 1) and not self._definite(toks[s - 2].text):
                return self._plural_noun_key(s - 2)  # "ولايات دارفور الخمس"
            return None
        for noun_at in (s - 1, s - 2):
            if noun_at < 0 or toks[noun_at].kind != "word":
                return None
            if noun_at == s - 2 and self._definite(toks[noun_at].text):
                return None  # only a noun in construct stands before its genitive
            found = self._plural_noun_key(noun_at)
            if found is not None:
                return found
        return None

    def _whole_after_part(self, phrase: NumberPhrase, part: QuantityMention) -> QuantityMention | None:
        """A definite cardinal standing alone right after a count and its partitive link
        (units.links) is the whole that count is a part of, and counts what it counts (the
        guide's D80): "قتل أربعة من الستة" (four of the six dead), "أصيب ثلاثة من العشرة"."""
        toks = self.tokens
        s = phrase.start
        if not self._definite_cardinal(phrase) or phrase.value is None or phrase.value < 3:
            return None
        if part.unit_key is None or part.value is None or not part.value < phrase.value:
            return None
        if s < 1 or toks[s - 1].text not in self.t.links or self._noun_at(phrase.end) is not None:
            return None
        link_start = self.norm.span(toks[s - 1].start, toks[s - 1].end)[0]
        if part.span[1] > link_start or self.norm.original[part.span[1] : link_start].strip():
            return None
        value = phrase.value
        return self._quantity_mention(
            phrase.char_start, phrase.char_end, "exact", value, value, value, part.unit_key
        )

    def _definite_cardinal(self, phrase: NumberPhrase) -> bool:
        """The phrase is one word, a cardinal written with the article ("الأربعة"، "الست")."""
        first = self.tokens[phrase.start]
        return (
            self.t.construct_head_first
            and phrase.end == phrase.start + 1
            and first.kind == "word"
            and self._definite_number_word(first.text)
        )

    def _definite_number_word(self, word: str) -> bool:
        """A number word with the article ("الخمسين"): not a word the article's letters only
        open ("الف", the thousand written without its hamza)."""
        return any(
            word.startswith(article) and word[len(article) :] in self.t.words
            for article in self.t.detached_articles
        )

    def _counted_by_tens(self, s: int) -> tuple[str, tuple[int, int]] | None:
        """A definite number word above ten is also an ordinal ("الجولة العشرين", "مجلس النواب
        العشرين": the twentieth round, the twentieth House): it counts only the definite plural
        right before it ("النواب الخمسين"), and not when that plural is the genitive of a singular
        head the number is the ordinal of."""
        toks, t = self.tokens, self.t
        k = s - 1
        if k < 0 or toks[k].kind != "word" or not self._definite(toks[k].text):
            return None
        head = toks[k - 1] if k >= 1 else None
        if head is not None and head.kind == "word" and not self._definite(head.text):
            stem = self._noun_stem(head.text)
            if (stem is not None and stem in t.singulars) or head.text.endswith(t.feminine_singular_endings):
                return None
        return self._plural_noun_key(k)

    def _past_relation_adjectives(self, k: int) -> int:
        """The token before the definite adjectives of relation (nisba) that end at token k, each
        after a definite word it can agree with ("الضحايا السوريين"، "الولايات السودانية"); k itself
        when there are none."""
        toks, t = self.tokens, self.t
        while (
            k >= 1
            and toks[k].kind == toks[k - 1].kind == "word"
            and self._definite(toks[k].text)
            and toks[k].text.endswith(t.nisba_endings)
            and self._definite(toks[k - 1].text)
        ):
            k -= 1
        return k

    def _name_genitive(self, k: int) -> bool:
        """The word at token k, without the article, is no counted noun, number or word of the
        lexicon's numbers: a name, definite by itself, as a genitive ("ولايات دارفور")."""
        toks, t = self.tokens, self.t
        word = toks[k].text
        return (
            toks[k].kind == "word"
            and self._noun_stem(word) is None
            and word not in t.kinds
            and not self._line_after(k)
            and len(word) >= 3
        )

    def _counted_before_article(self, k: int) -> tuple[str, tuple[int, int]] | None:
        """What digits with the article after the words ending at token k count: a sound plural
        (`_sound_plural_key`), also past its definite adjectives of relation ("الولايات السودانية
        الـ18"), or a definite broken plural after a demonstrative or "out of" ("وهؤلاء النواب
        ال65"، "من أصل النواب ال65"), where it is no genitive of a head the number would name
        ("مجلس النواب الـ20")."""
        toks, t = self.tokens, self.t
        for at in dict.fromkeys((k, self._past_relation_adjectives(k))):
            found = self._sound_plural_key(at)
            if found is not None:
                return found
            if (
                at >= 1
                and toks[at].kind == "word"
                and self._definite(toks[at].text)
                and t.lex.strip_prefix(toks[at - 1].text, t.plural_openers) is not None
            ):
                found = self._plural_noun_key(at)
                if found is not None:
                    return found
        return None

    def _plural_noun_key(self, k: int, end: int = 0) -> tuple[str, tuple[int, int]] | None:
        """The key and span of the counted noun at token k (to token `end`, for a noun of two
        words) when it is a plural (or a dual) of the lexicon, not a unit of time, nor at a
        line's end."""
        toks, t = self.tokens, self.t
        end = max(end, k + 1)
        if k < 0 or toks[k].kind != "word" or self._line_after(end - 1):
            return None
        stem = self._noun_stem(" ".join(x.text for x in toks[k:end]))
        if stem is None or stem in t.singulars or stem.endswith(t.feminine_singular_endings):
            return None
        key = t.nouns[stem]
        return None if key in t.duration_keys else (key, (toks[k].start, toks[end - 1].end))

    def _sound_plural_key(self, k: int) -> tuple[str, tuple[int, int]] | None:
        """`_plural_noun_key` of a noun written with a sound plural's ending (units.
        counted_plural_endings: "المنتخبات"، "اللاعبين"), definite by the article or a possessive
        ("مبارياته"): a number with the article after it is its count. A broken plural is left
        out: "مجلس النواب الـ19" numbers the council its plural is the genitive of."""
        toks, t = self.tokens, self.t
        if k < 0 or toks[k].kind != "word" or not t.counted_plural_endings:
            return None
        word = toks[k].text
        if not self._definite(word) and not word.endswith(t.possessive_suffixes):
            return None
        stem = self._noun_stem(word)
        if stem is None or not stem.endswith(t.counted_plural_endings):
            return None
        return self._plural_noun_key(k)

    def _two_after_noun(self, s: int) -> tuple[str, tuple[int, int]] | None:
        """Two written out as a word follows its noun as an adjective, agreeing with it in the
        article: "استشهاد مدنيين اثنين" (two civilians), "الطفلين الاثنين". The noun right before
        it (a dual or a plural form of the lexicon, never a singular) is what it counts: the
        dual of a sound masculine noun is written as its plural, so the noun alone is not read as
        a count of two. Not a unit of time (the time engine's), nor a generic noun of people
        (units.generic_keys), whose figure takes what befell them as a bare one does."""
        toks, t = self.tokens, self.t
        word, noun = toks[s], toks[s - 1]
        if t.kinds.get(word.text, ("",))[0] != "card" or noun.kind != "word" or self._line_after(s - 1):
            return None
        if self._definite(noun.text) != self._definite(word.text):
            return None
        stem = self._noun_stem(noun.text)
        if stem is None or stem in t.singulars or stem.endswith(t.feminine_singular_endings):
            return None
        key = t.nouns[stem]
        if key in t.duration_keys or key in t.generic_keys:
            return None  # "عمانيان اثنان" after "وفاة خمسة أشخاص بينهم": a bare figure's reading
        return key, (noun.start, noun.end)

    def _first_day_of_dated_range(self, phrase: NumberPhrase) -> bool:
        """A day number after "from" whose month is named only after the second bound: "من 15
        وحتى يوم 27 إبريل 2023", "from 15 to 27 April"; the engine's range reading stops at the
        joiner or the day word between, and the first day would stand as a figure."""
        toks, t = self.tokens, self.t
        s = phrase.start
        if not phrase.digits_only or phrase.end != s + 1 or s == 0:
            return False
        if not (toks[s].text.isdigit() and len(toks[s].text) <= 2 and 1 <= int(toks[s].text) <= 31):
            return False
        if t.lex.strip_prefix(toks[s - 1].text, t.range_from) is None:
            return False
        k = s + 1
        if k < len(toks) and toks[k].text in t.joiners:
            k += 1
        if k >= len(toks) or t.lex.strip_prefix(toks[k].text, t.range_to) is None:
            return False
        k += 1
        if k < len(toks) and t.lex.strip_prefix(toks[k].text, t.day_words) is not None:
            k += 1
        return (
            k + 1 < len(toks)
            and toks[k].kind == "num"
            and toks[k].text.isdigit()
            and len(toks[k].text) <= 2
            and toks[k + 1].text in t.month_starts
        )

    def _verb_not_vague(self, phrase: NumberPhrase) -> bool:
        """A vague amount that is also a verb (numbers.vague_verbs: "scores") is one only with
        its link after it ("scores of people"); "inflation scores 5.7%" is a verb, and after the
        article it is the noun ("the scores of both teams": their results, no amount)."""
        toks = self.tokens
        last = toks[phrase.end - 1].text
        if last not in self.t.vague_verbs or phrase.end != phrase.start + 1:
            return False
        if phrase.start > 0 and toks[phrase.start - 1].text in self.t.link_articles:
            return True
        return not (phrase.end < len(toks) and toks[phrase.end].text in self.t.links)

    def _bracketed_alone(self, phrase: NumberPhrase) -> bool:
        """ "Kedah (two) and Perak (one)": "one" alone in brackets is a count, as the figures of
        the list beside it are, not an article."""
        toks = self.tokens
        return (
            phrase.start > 0
            and phrase.end < len(toks)
            and toks[phrase.start - 1].text == "("
            and toks[phrase.end].text == ")"
        )

    def _dateline_day_month(self, s: int) -> bool:
        """A wire dateline's day and month, written as two numbers between dashes before the
        agency in brackets at the head of a line: "الرياض - 14 - 9 (كونا) --" (14 September)."""
        toks = self.tokens

        def day_month(first: int) -> bool:
            if first < 1 or first + 3 >= len(toks):
                return False
            day, dash, month, bracket = toks[first : first + 4]
            return (
                day.kind == "num"
                and month.kind == "num"
                and day.text.isdigit()
                and month.text.isdigit()
                and 1 <= int(day.text) <= 31
                and 1 <= int(month.text) <= 12
                and dash.text in _DASHES
                and bracket.text == "("
                and toks[first - 1].text in _DASHES
                and not any(self._line_after(k) for k in range(first - 1, first + 3))
                and self._opens_line_within(first - 1, 3)
            )

        return day_month(s) or day_month(s - 2)

    def _opens_line_within(self, k: int, words: int) -> bool:
        """At most `words` tokens stand between the start of the line and token k."""
        return any(before < 0 or self._line_after(before) for before in range(k - 1, k - 2 - words, -1))

    def _label_colon(self, s: int) -> bool:
        """A colon written between a word and the figure sets a label before it ("جنوب
        لبنان:51 شهيدا", "Gaza:51 killed"), as a colon with a space does; between digits it is
        a clock or a ratio (10:30), and those stay no figure."""
        toks = self.tokens
        return toks[s - 1].text == ":" and toks[s - 2].kind == "word"

    def _is_score_second(self, s: int) -> bool:
        """The second figure of a score or tally: "5-4", "72-26", "1-1" (the first figure not
        below the second, so no range), each of at most three digits, and no third group (a
        date: 14-10-2025)."""
        toks = self.tokens
        first, dash, second = toks[s - 2], toks[s - 1], toks[s]
        if dash.text not in _DASHES or first.kind != "num" or second.kind != "num":
            return False
        if not (first.text.isdigit() and second.text.isdigit() and len(first.text) <= 3 >= len(second.text)):
            return False
        if s > 2 and toks[s - 3].text in _DASHES and toks[s - 3].end == first.start:
            return False
        if s + 1 < len(toks) and toks[s + 1].text in _DASHES and toks[s + 1].start == second.end:
            return False
        return int(first.text) >= int(second.text)

    def _ordinal_of_definite(self, s: int) -> bool:
        """Digits with the article printed onto them or before them, right after a definite noun,
        are its ordinal, as an adjective agrees in the article with its noun: "الجولة الـ15 من
        البطولة" (the fifteenth round), "للمرة الـ16", "الرئيس الـ14". With no article before
        the number's own article it is a count's ("نسبة الـ85%"، "حاجز الـ1630 ريال"), and so is
        one its counted noun or unit follows ("السوق السوداء الـ920 دينارا"), or that is the value of
        a verb of value or a count head ("تجاوزت حصيلة القتلى الـ100")."""
        toks, articles = self.tokens, self.t.detached_articles
        if not articles or s < 2 or toks[s - 1].text not in articles:
            return False
        after = s + 1
        if after < len(toks) and (toks[after].text in self.t.symbols_after or self._noun_at(after)):
            return False
        before = toks[s - 2]
        if before.kind != "word" or before.text in articles:
            return False
        if not any(before.text.startswith(a) and len(before.text) > len(a) + 1 for a in articles):
            return False
        if self._counted_before_article(s - 2) is not None:
            return False  # "المنتخبات الـ12": a plural's number counts it (`_cardinal_after_noun`)
        return not self._valued_in_clause(s - 2)

    def _valued_in_clause(self, k: int) -> bool:
        """Whether a verb of value (claims.value_verbs, not one of saying) or "the number of"
        (units.count_heads) stands in the clause before token k, within the reach of a subject:
        then a number with the article after the subject is its value, no ordinal ("تجاوزت
        حصيلة القتلى الـ100"، "تخطى سعر صرف الدولار الـ1600")."""
        t = self.t
        return any(
            self._value_verb(word) or t.lex.strip_prefix(word, t.count_heads) is not None
            for _, word in self._clause_words_back(k, own=True)
        )

    def _clause_words_back(self, k: int, *, own: bool) -> Iterator[tuple[int, str]]:
        """The words of the clause before token k (token k first if own), nearest first, back to
        a subject's reach from k (_SUBJECT_REACH): they end at a token that is no word or has a
        line break after it. Where a verb of value or a count head is looked for before a figure
        (_valued_in_clause, _valued_link)."""
        toks = self.tokens
        for j in range(k if own else k - 1, max(k - _SUBJECT_REACH - 1, -1), -1):
            if toks[j].kind != "word" or self._line_after(j):
                return
            yield j, toks[j].text

    def _opens_figure(self, word: str) -> bool:
        """A word printed onto the digits that leaves them a figure: a clitic (و672، بـ10), the
        article with or without its clitic, which Arabic prints onto the digits as onto a word
        (الـ85%، بالـ1630: read as "الـ 85%" is, an ordinal's or a span's as theirs), or a
        qualifier with or without its clitic (بنحو50، أكثرمن 10)."""
        t = self.t
        return (
            word in t.clitics
            or word in t.detached_articles
            or word in t.qual_before_index
            or word in t.symbols_before
        )

    def _is_list_number(self, s: int, e: int) -> bool:
        """A figure that opens a line, followed by "." or ")" (or a dash, "1- " or "4 - "), a
        space and text, numbers a list."""
        toks = self.tokens
        opens_line = s == 0 or "\n" in self.norm.text[toks[s - 1].end : toks[s].start]
        if not opens_line or e != s + 1 or e >= len(toks) or toks[e].text not in ".)-–":
            return False
        # ... and an item follows on the same line: "1. First point" (a bare "192." is a figure).
        text = self.norm.text
        line_end = text.find("\n", toks[e].end)
        rest = text[toks[e].end : line_end if line_end >= 0 else len(text)]
        if toks[e].text in _DASHES:
            # "1- عدد المواطنين": a dash, tight or spaced, then words (not "5 - 10", a range).
            return rest[:1].isspace() and bool(rest.strip()) and not rest.strip()[0].isdigit()
        return toks[e].start == toks[s].end and rest[:1].isspace() and bool(rest.strip())

    def _is_phone_number(self, s: int, e: int) -> bool:
        """A long run of digits with a leading 0, digit groups after a + (and the groups spaced
        after it), or three or more groups joined by dashes."""
        toks = self.tokens
        raw = toks[s].text
        if raw.isdigit() and len(raw) >= 7 and raw.startswith("0"):
            return True
        first = s  # the first digit group of a run written "+44 20 7946 0958"
        while (
            first > 0
            and toks[first - 1].kind == "num"
            and self.norm.text[toks[first - 1].end : toks[first].start] == " "
        ):
            first -= 1
        if first > 0 and toks[first - 1].text == "+" and toks[first - 1].end == toks[first].start:
            # "+44 20 7946 0958" is a number to dial; "+9%" a change, signed, and so is a number
            # written with its thousands grouped ("revised from +245,000 to +223,000").
            return toks[first].text.isdigit() and not self._rate_after(e)
        groups, i = 1, s
        while i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].kind == "num":
            if toks[i].end != toks[i + 1].start or toks[i + 1].end != toks[i + 2].start:
                break
            groups += 1
            i += 2
        return groups >= 3

    def _second_bound(
        self, index: int, qualifier: str, first: NumberPhrase
    ) -> tuple[Decimal, Decimal, NumberPhrase] | None:
        """ "more than 100 and less than 300", "أكبر من 100 وأصغر من 300", "at most 100 and at
        least 20": a bound, a joiner and the opposite bound make a range (low, high, second
        figure). The joiner is a word ("and") or written onto the qualifier (وأصغر)."""
        if first.value is None or qualifier not in _LOWER_BOUNDS | _UPPER_BOUNDS:
            return None
        toks = self.tokens
        if index >= len(toks) or toks[index].kind != "word":
            return None
        for j in range(index + 1, min(index + 2 + _MAX_QUALIFIER_WORDS, len(toks))):
            if toks[j].kind == "punct":
                return None
            if toks[j].kind != "num" and toks[j].text not in self.t.words:
                continue
            before = self._qualifier_before(j)
            if before is None:
                return None
            other, start, clitic = before
            separate = start == index + 1 and toks[index].text in self.t.joiners
            attached = start == index and clitic > 0 and toks[index].text.startswith(self.t.prefix_joiners)
            lower = qualifier in _LOWER_BOUNDS
            opposite = other in (_UPPER_BOUNDS if lower else _LOWER_BOUNDS)
            if not ((separate or attached) and opposite):
                return None
            second = self.parser.parse(j)
            if second is None or second.value is None:
                return None
            low, high = (first.value, second.value) if lower else (second.value, first.value)
            return (low, high, second) if low <= high else None
        return None

    def _sign_before(self, phrase: NumberPhrase) -> int | None:
        """The token of a minus sign ("-5", "−5") or word ("minus", "سالب") before the figure.

        A dash counts only written onto the digits and not onto a word or figure before it:
        "F-16" and "5-10" have no sign (those are a model name and a range).
        """
        s = phrase.start
        if s == 0 or phrase.vague_base is not None:
            return None
        prev = self.tokens[s - 1]
        if prev.text in _MINUS and prev.end == self.tokens[s].start and self.tokens[s].kind == "num":
            before = self.tokens[s - 2] if s > 1 else None
            if before is None or before.end < prev.start or before.text in _QUOTES:
                return s - 1
            return None
        if prev.kind == "word" and self.t.lex.strip_prefix(prev.text, self.t.negative) is not None:
            if any(len(p) > 1 and self._written_at(s - len(p), p) for p in self.t.rate_change_links):
                return None  # "3% plus or minus 1%", "4% زائد أو ناقص 1%": a band's margin, no sign
            return s - 1  # "سالب 0.3%", and with a conjunction written onto it: "وسالب 0.3%"
        return None

    def _noun_right_after(self, phrase: NumberPhrase, unit_span: tuple[int, int] | None) -> bool:
        """The counted noun follows the figure, adjectives allowed ("one new death"), but not
        through a link word ("one of the soldiers")."""
        return (
            unit_span is not None
            and phrase.end < len(self.tokens)
            and self.tokens[phrase.end].text not in self.t.links
        )

    def _reads_after_digits(self, word: str) -> bool:
        """A word printed onto a figure that still leaves a figure: a scale ("16.3مليون", "1.2m"),
        a number word, or a counted noun or unit ("20دولار")."""
        return (
            word in self.t.attached
            or word in self.t.words
            or word in self.t.symbols_after
            or self._noun_stem(word) is not None
        )

    def _skip_notation(self, phrase: NumberPhrase) -> int:
        """Skip the rest of a date, clock time or code so that its parts are not read as figures."""
        i = phrase.end
        while i + 1 < len(self.tokens) and self.tokens[i].start == self.tokens[i - 1].end:
            if self.tokens[i].text not in "/:-." and self.tokens[i].kind != "num":
                break
            i += 1
        return i

    def _names_or_ranks(self, phrase: NumberPhrase, qualifier: str, unit_key: str | None, end: int) -> bool:
        """Numbers that count nothing: an age ("25-year-old", "9 months old", "البالغ من العمر 25
        عاما"), a clock time ("8 am", "الساعة 9 مساء"), a rank ("top eight", "the five
        deadliest"), a definite number standing alone ("القرن العشرين", "دور الـ16"), a number in
        a name ("Region Four", "Ligue 1", "Signal No 10")."""
        toks, t = self.tokens, self.t
        before = toks[phrase.start - 1] if phrase.start > 0 else None
        if qualifier == "exact" and self._numbered_name_before(phrase.start):
            return True  # "(كوفيد – 19)", "فرانس 24": the number is the name's
        if (
            qualifier == "exact"
            and unit_key is None
            and (self._digit_run(phrase) or self._phone_named(phrase.start))
        ):
            return True  # "1800 666 111", "95 99 75 21", "رقم الطوارئ 911": a telephone number
        if unit_key in t.duration_keys and qualifier in ("exact", "range"):
            # A bounded age ("over thirty years old") is kept: it states a claim about an age.
            if end < len(toks) and toks[end].text in t.age_after:
                return True
            if before is not None and t.lex.strip_prefix(before.text, t.age_before, definite=True):
                return True
            if self._hyphen_age(phrase.end):
                return True
        if (
            unit_key in t.duration_keys
            and before is not None
            and t.lex.strip_prefix(before.text, t.age_brackets) is not None
        ):
            return True  # "تحت 17 عاما": the under-17 category
        if qualifier == "exact" and self._grade_after(phrase.end):
            return True  # "البنزين 95 أوكتان", "بنوعيه 95 و98 اوكتان": a fuel's grade
        if qualifier == "exact" and self._clock_list_head(phrase.start):
            return True  # a point in time, whatever follows: "في الدقيقة 92 من المباراة"
        if before is not None and t.lex.strip_prefix(before.text, t.rate_per) is not None:
            return True  # the base of a rate: "30 مولودا لكل ألف من السكان"
        if (
            before is not None
            and phrase.end == phrase.start + 1
            and toks[phrase.start].text in t.ordinal_tens
            and t.lex.strip_prefix(before.text, t.ordinal_units, definite=True) is not None
        ):
            return True  # "المركز الحادي عشر", "للمرة الثالثة عشرة": an ordinal of 11-19
        if qualifier == "exact" and self._of_superlative(phrase.end, phrase.value):
            return True  # "two of the most impoverished areas": members of a ranked set
        if (
            qualifier == "exact"
            and before is not None
            and (
                self._number_sign_before(phrase.start, unit_key)
                or before.text in t.series_nouns
                or (before.text in t.series_names and not self._lower_case(before))
                or self._bracketed_after_series_noun(phrase.start)
            )
        ):
            return True  # "الطريق الوطني رقم 24 بلدية افليسن", "bill number 3", "phase five", "District 21"
        if qualifier in ("exact", "approx") and unit_key is None and self._clock_word_after(phrase.char_end):
            return True  # "5 pm", "around 7 am": a clock time, also when approximate
        if qualifier == "exact" and (
            self._capitalised_number_name(phrase) or self._named_list_member(phrase)
        ):
            return True  # "in regions Seven and Eight", "the defending Six Nations champion", "Games 1 and 3"
        if qualifier != "exact" or unit_key is not None:
            return False
        if self._gapped_member(phrase):
            self._gap_hit = True
            return False
        if self._hyphen_age(phrase.end) or (before is not None and before.text in t.rank_before):
            return True
        if self._name_with_number(phrase) or self._apposed_age(phrase):
            return True
        if (
            before is not None
            and before.text in _DASHES
            and phrase.start >= 2
            and toks[phrase.start - 2].text in t.rank_before
            and toks[phrase.start - 2].end == before.start
            and before.end == toks[phrase.start].start
        ):
            return True  # "a top-eight finish"
        if before is not None and phrase.last_scale is None and self._label_noun(phrase.start - 1):
            # "الدقيقة 89", "minute 89": a noun before its number names a position; a number
            # with a scale word names none ("عدد سكان المدينة 450 ألفا" is a count).
            return True
        after = toks[phrase.end].text if phrase.end < len(toks) else ""
        if after in t.superlative_words:
            return True  # "the five deadliest"
        first = toks[phrase.start]
        if first.kind == "word" and first.text.startswith(t.articles) and first.text not in t.known_words:
            return True  # العشرين، الستين: with the article, an ordinal or a name
        if before is not None and before.kind == "word" and self._detached_article(before.text):
            return True  # "الـ 16", "للمرة الخامسة والـ 11": a definite number alone is an ordinal
        return self._capitalised_name_before(phrase.start)

    def _phone_named(self, start: int) -> bool:
        """A phrase naming a telephone number (numbers.phone_names) right before token `start`, or
        _PHONE_REACH words before it (its adjectives): "رقم الطوارئ 9999"، "رقم الطوارئ الموحد 911"."""
        toks, t = self.tokens, self.t
        if not t.phone_names:
            return False
        for gap in range(_PHONE_REACH + 1):
            if start - gap < 1 or (gap and toks[start - gap].kind != "word"):
                return False
            # only the phrases whose last word is the token before (`_by_word`); a loop, not a
            # generator over the locals (a cell each at every call)
            for words in self._filed_at(t.phone_names_by_last, t.phone_names, start - gap - 1):
                if self._written_at(start - gap - len(words), words):
                    return True
        return False

    def _digit_run(self, phrase: NumberPhrase) -> bool:
        """A number that is one of _DIGIT_RUN or more runs of bare digits written side by side,
        one space (or a dash) between each and no word, on one line: a telephone number or a
        code written in groups ("on 01- 666 4300", "Line 1800 666 111", "الأرقام التالية: 95 99
        75 21"), no count. Thousands grouped by spaces ("2 450 000 people") were read whole
        before (_space_grouped) and are one phrase of several tokens, not this."""
        toks, text = self.tokens, self.norm.text
        k = phrase.end - 1
        if not toks[k].text.isdigit() or any(toks[m].text not in _DASHES for m in range(phrase.start, k)):
            return False  # one run of digits, a bullet's dash at most before it ("-95 99 75 21")

        def next_digits(m: int, step: int) -> int | None:
            # The bare digits one space (or a dash) from token m, in the direction of step.
            n = m + step
            if 0 <= n < len(toks) and toks[n].text in _DASHES:
                n += step
            if not 0 <= n < len(toks) or not toks[n].text.isdigit():
                return None
            a, b = (m, n) if step > 0 else (n, m)
            return n if _DIGIT_RUN_GAP.fullmatch(text[toks[a].end : toks[b].start]) else None

        count = 1
        for step in (-1, 1):
            m = k
            while (n := next_digits(m, step)) is not None:
                count, m = count + 1, n
        return count >= _DIGIT_RUN

    def _number_sign_before(self, start: int, unit_key: str | None) -> bool:
        """A number sign (numbers.number_signs) names the number at token `start` right before
        it ("القرار رقم 2334", "bill number 3"). Written with its clitics ("برقم 24", "الرقم 56")
        or before an opening bracket ("الرقم (56)"), the sign names a number with no noun after
        it; "بلغ الرقم 500 حالة" is a count (the number, the subject of a verb of value)."""
        toks, t = self.tokens, self.t
        k = start - 1
        if k < 0:
            return False
        if toks[k].text in t.number_signs:
            return True
        if unit_key is not None:
            return False
        if k > 0 and toks[k].text == "(":
            k -= 1
        return toks[k].kind == "word" and (
            toks[k].text in t.number_signs
            or t.lex.strip_prefix(toks[k].text, t.number_signs, definite=True) is not None
        )

    def _detached_article(self, word: str) -> bool:
        """The article written apart from its number, alone or after a joiner ("الـ", "والـ")."""
        t = self.t
        if word in t.articles:
            return True
        return any(word.startswith(j) and word[len(j) :] in t.articles for j in t.prefix_joiners)

    def _numbered_name_before(self, start: int) -> bool:
        """A name written with a number (numbers.numbered_names) right before token `start`, or
        before a dash there, bare or under a clitic: "كوفيد 19", "كوفيد – 19", "بكوفيد 19",
        "فرانس 24"."""
        toks, t = self.tokens, self.t
        k = start - 1
        if k > 0 and toks[k].text in _DASHES:
            k -= 1
        if k < 0 or toks[k].kind != "word":
            return False
        return t.lex.strip_prefix(toks[k].text, t.numbered_names) is not None

    def _before_aside(self, close: int, reach: int) -> int | None:
        """The index before a bracketed aside that ends at `close` (its ")"), whose "(" is at most
        `reach` tokens back ("(ركلة جزاء)", "(Ilocos)"); None when no "(" is that near."""
        toks = self.tokens
        earliest = max(close - 1 - reach, -1)
        opening = next((j for j in range(close - 1, earliest, -1) if toks[j].text == "("), None)
        return None if opening is None else opening - 1

    def _clock_list_head(self, start: int) -> bool:
        """A clock word (numbers.clock_before) before the number at `start`, or before the list
        of numbers it ends, joined by "و" or commas with bracketed asides between: "في الدقيقة
        92", "في الدقائق 21 و32 (ركلة جزاء) و35", "في الدقيقتين 2 و55" are points in time."""
        toks, t = self.tokens, self.t
        k = start - 1
        if k >= 1 and toks[k].text == ":":
            k -= 1  # "(د:42)", "الساعة: 10": the clock word and its number across a colon
        while k >= 0 and start - k <= 16:
            tok = toks[k]
            if tok.text == ")":
                before = self._before_aside(k, 5)
                if before is None:
                    return False
                k = before
            elif tok.kind == "num" or tok.text in t.joiners or tok.text in ",،":
                k -= 1
            else:
                break
        if k < 0 or toks[k].kind != "word":
            return False
        return bool(t.lex.strip_prefix(toks[k].text, t.clock_before, definite=True))

    def _age_of_person(self, start: int) -> bool:
        """A number after a person noun and "of" (numbers.age_links; the noun's key in
        numbers.aged_keys), no noun of its own after it, is an age: "a woman of about 30", "a
        teenage boy of 17"."""
        toks, t = self.tokens, self.t
        if not t.age_links or start < 2 or toks[start - 1].text not in t.age_links:
            return False
        if (toks[start - 2].text, toks[start - 1].text) in t.predicate_links_set:
            return False  # "a population of 9,000": a noun of a count before its link, no age
        stem = self._noun_stem(toks[start - 2].text) if toks[start - 2].kind == "word" else None
        return stem is not None and t.nouns[stem] in t.aged_keys

    def _age_named(self, start: int, end: int) -> bool:
        """A noun of age (numbers.age_words) governs the number from `start` to `end`: before it,
        across numbers, joiners, brackets and numbers.age_fillers ("under the age of 10", "aged 40
        and 52", "تبلغ أعمارهم (65 سنة فأكثر)", "الفئة العمرية (0-14 سنة)", "من صفر وحتى 17
        سنة"), or right after it ("the 20-39 age group"). A number in years or with no noun of
        its own there is an age, no figure."""
        toks, t = self.tokens, self.t
        if not t.age_words:
            return False
        k = start - 1
        while k >= 0 and start - k <= _AGE_REACH:
            tok = toks[k]
            passed = tok.text in t.joiners or tok.text in _AGE_MARKS or tok.text in t.age_fillers
            if not (passed or tok.kind == "num" or (tok.kind == "word" and self._number_word(tok.text))):
                break
            k -= 1
        if k >= 0 and toks[k].kind == "word" and t.lex.strip_prefix(toks[k].text, t.age_words, definite=True):
            return True
        return end < len(toks) and toks[end].kind == "word" and toks[end].text in t.age_words

    def _apposed_age(self, phrase: NumberPhrase) -> bool:
        """A person's age set off by commas after the name (numbers.apposed_age_max,
        apposed_age_after): "Korey Clarke, 30, and Samantha Patrick, 31", "Farah, 36, said": a
        bare whole number in digits after a capitalised word (or a noun of one person,
        numbers.apposed_age_nouns: "a man, 33, who") and a comma, closed by a comma, a
        full stop, a semicolon or a joiner, is no count (a count goes on to its noun or its
        verb: "In March, 36 were killed")."""
        toks, t = self.tokens, self.t
        k = phrase.start
        if (
            not t.apposed_age_max
            or not phrase.digits_only
            or phrase.end != k + 1
            or phrase.value is None
            or not _integral(phrase.value)
            or not 0 < phrase.value <= t.apposed_age_max
            or k < 2
            or toks[k - 1].text != ","
        ):
            return False
        name = toks[k - 2]
        if name.kind != "word" or name.text in t.not_name_words:
            return False
        if self._lower_case(name) and name.text not in t.apposed_age_nouns:
            return False  # "a man, 33, who": a noun of one person sets off an age as a name does
        if self._names_place(k - 2):
            return False
        if phrase.end == len(toks):
            return True
        after = toks[phrase.end].text
        return after in (",", ".", ";") or after in t.apposed_age_after

    def _gapped_member(self, phrase: NumberPhrase) -> bool:
        """A bare number after a capitalised name that is a member of a list of counts whose verb
        and noun were said once, for the first member (numbers.gapped_*): "Milton has 53 cases,
        Oakville 43, Burlington 29 and Halton Hills 10", "won 31 seats, Yesh Atid 18; Labor 15",
        "recorded 172 homicides; St James, 110; Kingston, 87", "won seven seats, BE another five,
        Livre four and PAN one". The name follows a separator right after a figure with its noun
        (or a member before it), the number is closed by a closer; a comma between name and
        number ("St James, 110") only after a semicolon, as a comma there sets off an age ("two
        men, Ali Khan, 25, and ..."). A word of addition may stand between name and number
        ("BE another five"); before a distributive word the names may be a list of their own
        ("Tamil Nadu two and Gujarat, Uttar Pradesh and Maharashtra one each")."""
        toks, t = self.tokens, self.t
        s, e = phrase.start, phrase.end
        if not t.gapped_separators or self._chain_end < 0 or s < 2 or phrase.value is None:
            return False
        if e < len(toks) and toks[e].text not in t.gapped_closers:
            return False
        k = self._past_addition(s - 1)
        comma = toks[k].text == ","
        if comma:
            k -= 1
        k, names = self._name_back(k)
        if names == 0 or k < 0:
            return False
        if e < len(toks) and toks[e].text in t.distributive:
            # "Gujarat, Uttar Pradesh and Maharashtra one each": several names share the number
            while k > 0 and k != self._chain_end and toks[k].text in t.gapped_name_links:
                back, more = self._name_back(k - 1)
                if more == 0:
                    break
                k = back
        if k != self._chain_end:
            k -= len(next((o for o in t.gapped_openers if self._written_at(k - len(o) + 1, o)), ()))
        if k != self._chain_end or toks[k].text not in t.gapped_separators:
            return False
        return not comma or toks[k].text == t.gapped_semicolon

    def _past_addition(self, k: int) -> int:
        """The token before a word of addition that ends at token `k` ("BE another five":
        units.addition_openers), else `k`."""
        toks = self.tokens
        for opener in self.t.gapped_additions:
            size = len(opener)
            if k - size >= 0 and tuple(tok.text.lower() for tok in toks[k - size + 1 : k + 1]) == opener:
                return k - size
        return k

    def _name_back(self, k: int) -> tuple[int, int]:
        """From token `k` back over a run of capitalised words (at most five; a hyphen written
        between two of them joins one name: "PML-Functional"): the token before the run and
        how many words it has."""
        toks = self.tokens
        names = 0
        while k >= 0 and toks[k].kind == "word" and not self._lower_case(toks[k]) and names < 5:
            k -= 1
            names += 1
            if (
                k >= 1
                and toks[k].text in _DASHES
                and toks[k - 1].kind == "word"
                and not self._lower_case(toks[k - 1])
                and toks[k - 1].end == toks[k].start
                and toks[k].end == toks[k + 1].start
            ):
                k -= 1
        return k, names

    def _names_place(self, last: int) -> bool:
        """Whether the run of capitalised words ending at token `last` names a place, whose
        figure after a comma is a count, not an age: the run follows a link of place
        (numbers.apposed_age_place_links: "in Rafah, 12, and in Khan Younis, 9, died") or is a
        place the lexicon knows (entities.places: "Lebanon, 30, and Syria, 25")."""
        toks, t = self.tokens, self.t
        first = last
        while (
            first > 0
            and toks[first - 1].kind == "word"
            and toks[first - 1].text not in t.apposed_age_place_links
            and not self._lower_case(toks[first - 1])
        ):
            first -= 1
        if first > 0 and toks[first - 1].text in t.apposed_age_place_links:
            return True
        return " ".join(self.tokenized.texts[first : last + 1]) in t.known_places

    def _waiting_threshold(self, start: int) -> bool:
        """A length of time right after a word of waiting (numbers.threshold_before, one or two
        words) names who waits that long, not a figure: "7,177 people waiting more than 18
        months", "all waits of more than 18 months"."""
        kinds, texts = self.tokenized.kinds, self.tokenized.texts
        for size in (2, 1):
            if start - size < 0:
                continue
            words = " ".join(texts[start - size : start])
            if kinds[start - size : start].count("word") == size and words in self.t.threshold_before:
                return True
        return False

    def _of_superlative(self, k: int, value: Decimal | None) -> bool:
        """A link, the article and a superlative right after the number at token k: "two of the
        most impoverished areas", "three of the deadliest attacks". Arabic writes no article
        before its superlative, which is in construct with what it ranks: "one" before it picks
        one member of the ranked set ("واحدة من أكبر المدن"); a larger number may be what a
        verb counts ("اعتقلت خمسة من أخطر المطلوبين"), left a figure."""
        toks, t = self.tokens, self.t
        if k + 1 >= len(toks) or toks[k].text not in t.links:
            return False
        if toks[k + 1].text in t.construct_superlatives:
            return value == 1
        if k + 2 >= len(toks) or toks[k + 1].text not in t.link_articles:
            return False
        return toks[k + 2].text in t.superlative_words

    def _name_with_number(self, phrase: NumberPhrase) -> bool:
        """A bare number after one word, the two closing a bracket ("(كوردستان 24)-") or opening
        a line before a dash or colon ("الشارقة 24 - رويترز:"): an outlet's or a programme's name
        in a dateline, not a figure."""
        toks, s, e = self.tokens, phrase.start, phrase.end
        if s == 0 or toks[s - 1].kind != "word" or e >= len(toks):
            return False
        word = s - 1
        if self._noun_stem(toks[word].text) is not None or self._number_word(toks[word].text):
            return False  # "(قتلى 24)": a count written noun first
        if toks[e].text == ")" and word > 0 and toks[word - 1].text == "(":
            return True
        opens_line = word == 0 or self._line_after(word - 1)
        return opens_line and toks[e].text in _DASHES | {":"}

    def _bounded_unit_of_measure(
        self,
        phrase: NumberPhrase,
        before: tuple[str, int, int] | None,
        unit_key: str | None,
        unit_span: tuple[int, int] | None,
    ) -> bool:
        """The article before a unit of measure (units.measure_keys, no length of time) that a
        bound leads counts one of it: "less than a percentage point", "about a mile", "more than
        a metre of snow" (a bound on an amount); "a man", "less than a week" count nothing, nor
        does "less than a percentage of" (a share, the word no unit: percent is left out)."""
        return (
            before is not None
            and self.tokens[phrase.start].text in self.t.indefinite
            and unit_key is not None
            and unit_key != _PERCENT
            and unit_key in self.t.timeless_measure_keys
            and self._noun_right_after(phrase, unit_span)
        )

    def _noun_before_one(self, phrase: NumberPhrase) -> tuple[str, tuple[int, int], int] | None:
        """The counted noun right before a "one" that follows its noun ("حريق واحد"), with its
        key, span and first token, a unit of two words too ("نقطة مئوية واحدة", "درجة مئوية واحدة"); a time
        unit before it makes a duration ("أسبوع واحد"), no count."""
        s = phrase.start
        if s == 0 or self.tokens[s].text not in self.t.one_after_noun or phrase.end != s + 1:
            return None
        for size in (2, 1):
            words = self.tokens[max(s - size, 0) : s]
            if len(words) < size or any(w.kind != "word" for w in words):
                continue
            stem = self._noun_stem(" ".join(w.text for w in words))
            if stem is None:
                continue
            if self.t.nouns[stem] in self.t.duration_keys:
                return None
            return self.t.nouns[stem], (words[0].start, words[-1].end), s - size
        return None

    def _distributive_after(self, phrase: NumberPhrase) -> bool:
        """ "five in Tabogon, and one each in Sogod and Borbon": "one" before "each" counts."""
        e = phrase.end
        return (
            e < len(self.tokens)
            and self.tokens[e].text in self.t.distributive
            and self.tokens[phrase.start].text not in self.t.indefinite
        )

    def _gapped_one(self, phrase: NumberPhrase) -> bool:
        """A bare "one" that is a member of a list of counts whose noun was said once: "two in
        Central Luzon and one in Cagayan Valley", "Two departures from Tunisia, one from
        Libya". It stands after a comma, a semicolon or a gapping conjunction
        (units.gapping_conjunctions), after a member with a phrase of place of its own
        (_parallel_member_before), and before a break or a phrase of place
        (_place_phrase_at: "in Cagayan", not "in March", "with a knife"), which its noun and verb
        were left out before; not before "of" ("one of them", a pronoun: D14), nor before a verb
        of its own ("and one was admitted to hospital": what its clause says of it decides what
        it counts, which the clause before does not tell)."""
        s, e = phrase.start, phrase.end
        toks, t = self.tokens, self.t
        if e != s + 1 or s < 2 or toks[s].text in t.indefinite:
            return False
        if e < len(toks):
            after = toks[e]
            if after.text in t.links or after.text in _DASHES:
                return False  # "one of them", "one-liners"
            if after.kind == "word" and not self._place_phrase_at(e):
                # "one in Cagayan", "one from Libya"; "one is receiving ..." has a clause of its own,
                # "one in March", "one with a knife" are a part of the count before, no member
                return False
        k = self._member_opening(s)
        return k is not None and self._parallel_member_before(k)

    def _member_one_clause(self, phrase: NumberPhrase) -> bool:
        """A bare "one" that opens a clause of its own (units.member_one_verbs) after a comma, a
        semicolon or a gapping conjunction, with a count before it in its sentence: one member of
        the set counted there ("nine were missing and one was seriously injured", "Of the four
        deaths, one was reported in the capital"). Not the generic pronoun before a modal ("one
        can only hope"), nor "one" opening its sentence."""
        s, e = phrase.start, phrase.end
        toks, t = self.tokens, self.t
        if e != s + 1 or s < 2 or e >= len(toks) or toks[s].text in t.indefinite:
            return False
        if toks[e].text not in t.member_one_verbs:
            return False
        k = self._member_opening(s)
        return k is not None and self._count_across_place(range(k - 1, -1, -1)) is not None

    def _member_opening(self, s: int) -> int | None:
        """The token that opens a list's member or a clause at token s (s >= 2): a comma, a
        semicolon or a gapping conjunction (units.gapping_conjunctions) right before it, the mark
        when both stand (", and one"); None when none does."""
        toks, t = self.tokens, self.t
        k = s - 1
        if toks[k].text in t.gapping_conjunctions and toks[k - 1].text in (",", ";"):
            k -= 1
        if toks[k].text not in t.gapping_conjunctions and toks[k].text not in (",", ";"):
            return None
        return k

    def _parallel_member_before(self, k: int) -> bool:
        """A number (digits or a number word) before token k in its sentence (a semicolon does
        not end a list's sentence here) whose member has a phrase of place of its own before k,
        the one the gapped member repeats: "two in Central Luzon and one in Cagayan Valley", "Two
        departures from Tunisia, one from Libya". With none, a "one" after a count is a part of
        it set beside it ("limited to two tries, one at the death"), not a member of a list."""
        member = self._count_across_place(range(k - 1, -1, -1))
        return member is not None and member[1]

    def _count_across_place(self, steps: range) -> tuple[int, bool] | None:
        """The first count along the tokens at steps within their sentence (a semicolon does not
        end a list's sentence here): a number, digits or a counted noun's number word (no weak
        one), and whether a phrase of place (_place_phrase_at) opens on the way to it; None when
        the sentence ends first. How a member of a list of counts finds the member beside it,
        back (_parallel_member_before) or on (_heads_gapped_list)."""
        toks, t = self.tokens, self.t
        place = False
        for j in steps:
            tok = toks[j]
            if tok.text in _SENTENCE_ENDS and tok.text != ";":
                return None
            if tok.kind == "num" or (tok.text in t.kinds and tok.text not in t.weak):
                return j, place
            place = place or self._place_phrase_at(j)
        return None

    def _place_phrase_at(self, k: int) -> bool:
        """Whether a phrase of place opens at token k: a preposition of place
        (units.gapped_place_prepositions) before no time and no number within its next three
        words ("in Cagayan Valley", "from Libya"; not "in March", "on Monday", "in the afternoon",
        "in 2019"). The phrase a gapped member of a list repeats from the member before it."""
        toks, t = self.tokens, self.t
        if toks[k].text not in t.gapped_place_prepositions:
            return False
        for tok in toks[k + 1 : k + 4]:
            if tok.kind == "num" or tok.text in t.time_words:
                return False
            if tok.kind != "word":
                break
        return True

    def _event_object(self, phrase: NumberPhrase) -> str | None:
        """The event key of a bare "one" right after an event verb and before a break or a
        place ("killed one, wounded six", "killed one in Kharkiv"), None otherwise."""
        s, e = phrase.start, phrase.end
        toks = self.tokens
        if s == 0 or e != s + 1 or toks[s].text in self.t.indefinite or toks[s - 1].kind != "word":
            return None
        if e < len(toks) and toks[e].kind == "word" and toks[e].text not in self.t.lookahead_stops:
            return None
        key = self.t.lex.strip_prefix(toks[s - 1].text, self.t.events_index, definite=True)
        return self.t.events[key] if key is not None else None

    def _fact_box_noun(self, start_tok: int, end_tok: int) -> int | None:
        """A figure alone on its line, the way news prints a fact box ("by the numbers"), reads on
        into the next line, which names what it counts: a line "38" then "goals in 31 games is
        what Zlatan Ibrahimovic finished with", a line "964" then "The number of runs aggregated
        by Mayank Agarwal". The token where that noun phrase starts: the next line's first word
        when written in lower case in a language that capitalises names (a capitalised word opens
        a sentence or a name of its own), or the word after its opening "the number of"
        (units.head_determiners, units.count_heads, units.links); else None."""
        toks = self.tokens
        if (
            end_tok >= len(toks)
            or not self._line_break_before(end_tok)
            or (start_tok > 0 and not self._line_break_before(start_tok))
        ):
            return None
        k = end_tok
        if (
            k + 2 < len(toks)
            and toks[k].text in self.t.head_determiners
            and toks[k + 1].text in self.t.count_heads
            and toks[k + 2].text in self.t.links
        ):
            return k + 3
        first = toks[k]
        if (
            self.t.names_capitalized
            and first.kind == "word"
            and self.norm.original[self.norm.span(first.start, first.end)[0]].islower()
        ):
            return k
        return None

    def _unnamed_speaker_one(
        self, phrase: NumberPhrase, unit_span: tuple[int, int] | None, end_tok: int
    ) -> bool:
        """ "one tourist told RadioLIVE", "one woman who survived said", "one army officer said":
        "one" before a noun that is the subject of a verb of saying that is never a passive
        participle of a count (units.unnamed_source_verbs: not "confirmed", "reported": "One home
        confirmed destroyed" is a count) brings in an unnamed source, the indefinite article's
        sense, not a count (the guide's D14: "one" as an article). A relative clause of a few
        words may stand between the noun and its verb, and so may the words of
        claims.subject_skips ("one survivor has said", "one official also told")."""
        toks = self.tokens
        if (
            unit_span is None
            or not self.t.unnamed_source_verbs
            or phrase.end != phrase.start + 1
            or phrase.value != 1
            or toks[phrase.start].text in self.t.indefinite
        ):
            return False
        k = end_tok
        if k < len(toks) and toks[k].text in self.t.relative_pronouns:
            limit = k + 1 + _RELATIVE_REACH
            k += 1
            while (
                k < min(limit, len(toks))
                and toks[k].kind == "word"
                and toks[k].text not in self.t.unnamed_source_verbs
            ):
                k += 1
        while k < len(toks) and toks[k].text in self.t.subject_skips:
            k += 1
        return k < len(toks) and toks[k].text in self.t.unnamed_source_verbs

    def _heads_gapped_list(self, k: int) -> bool:
        """Whether the next number of the sentence after token k is a gapped member of a list of
        counts (_gapped_member_at): "One death was reported in Jamaica, 11 in Cuba, one in the
        Bahamas". A sentence-opening "One" before such a list is its first member, a count, not
        one of a set the text counted before; a list after another figure is that figure's ("One
        strike killed three people, and four in a second village")."""
        member = self._count_across_place(range(k, len(self.tokens)))
        # the phrase of place (member[1]) is the one the gapped member repeats ("in Jamaica")
        return member is not None and member[1] and self._gapped_member_at(member[0])

    def _gapped_member_at(self, j: int) -> bool:
        """Whether the number at token j (one _heads_gapped_list found) opens a gapped member of a
        list: after a comma, a semicolon or a gapping conjunction (units.gapping_conjunctions) and
        before a phrase of place (_place_phrase_at), its noun and verb left out ("11 in Cuba")."""
        toks, t = self.tokens, self.t
        if j < 1 or j + 1 >= len(toks):
            return False
        if toks[j - 1].text not in (",", ";") and toks[j - 1].text not in t.gapping_conjunctions:
            return False
        return self._place_phrase_at(j + 1)

    def _clock_word_after(self, at: int) -> bool:
        """ "8 am", "9 p.m.", "(1130 GMT)", "الساعة 9 مساء": a clock word after the figure."""
        rest = self.norm.text[at : at + 16].lstrip()
        for word in self.t.clock_after:
            if rest.startswith(word) and not rest[len(word) : len(word) + 1].isalpha():
                return True
        return False

    def _grade_after(self, k: int) -> bool:
        """A grade word (numbers.grade_after) at token k, or after a number joined to this one
        ("95 و98 اوكتان"): the number before it names a grade, as "عيار 21" does."""
        toks, t = self.tokens, self.t
        if not t.grade_after:
            return False
        if k + 1 < len(toks) and toks[k].text in t.joiners and toks[k + 1].kind == "num":
            k += 2
        return k < len(toks) and toks[k].text in t.grade_after

    def _tally_noun_before(self, phrase: NumberPhrase) -> tuple[str, tuple[int, int]] | None:
        """The key and span of a definite unit noun (numbers.tally_nouns) right before a bare
        number: "رفع رصيده إلى النقطة 31"، "عند النقطة 8"، "للنقطة 32". Reaching the 31st point is
        holding 31 points, so the noun is the number's unit, not a label as "الدقيقة 89" is."""
        s = phrase.start
        if s == 0:
            return None
        word = self.tokens[s - 1]
        if word.kind != "word" or not word.text.startswith(self.t.article_prefixes):
            return None
        stem = self.t.lex.strip_prefix(word.text, self.t.tally_nouns, definite=True)
        if stem is None or stem == word.text:
            return None
        key = self.t.nouns.get(self.t.nouns_index.get(word.text, ""))
        if key is None:
            return None
        return key, (word.start, word.end)

    def _label_noun(self, k: int) -> bool:
        """A singular counted noun right before a bare number labels it, as the cardinal count
        puts its noun after the number: "الدقيقة 89", "المادة 51", "minute 89". In Arabic the
        noun is definite."""
        word = self.tokens[k].text
        if self.tokens[k].kind != "word" or word in self.t.derived_plurals or word in self.t.participles:
            return False
        after = k + 2
        if after + 1 < len(self.tokens) and self.tokens[after].text in _DASHES:
            return False  # "التعادل 1-1": a score after its noun
        if self.t.articles:
            if not word.startswith(self.t.article_prefixes):
                return False
            stem = self.t.nouns_index.get(word)
        else:
            stem = word if word in self.t.nouns else None
        return stem is not None and stem in self.t.singulars

    def _day_after_day_word(self, phrase: NumberPhrase) -> int | None:
        """ "يوم 14"، "يومي 21 و22", "on Tuesday (14)": day numbers after a day word, or in brackets
        after a weekday, are dates: the index after them."""
        toks = self.tokens
        s = phrase.start
        if s == 0 or not phrase.digits_only or phrase.value is None or not 1 <= phrase.value <= 31:
            return None
        if self._bracketed_day(s, phrase.end):
            return phrase.end + 1
        if self.t.lex.strip_prefix(toks[s - 1].text, self.t.day_words) is None:
            return None
        end = phrase.end
        if end + 1 < len(toks) and toks[end].text in self.t.joiners and toks[end + 1].kind == "num":
            end += 2  # the second day of "يومي 21 و22"
        return end

    def _bracketed_day(self, s: int, end: int) -> bool:
        """The number from token s to `end` stands in brackets right after a weekday or a
        relative day, or after a part of the day that follows a weekday: "on Tuesday (14)",
        "today (10)", "on Monday morning (13)" (numbers' bracketed_day_heads)."""
        toks = self.tokens
        if s < 2 or toks[s - 1].text != "(" or end >= len(toks) or toks[end].text != ")":
            return False
        k = s - 2
        if k > 0 and toks[k].text in self.t.day_parts:
            k -= 1
        return toks[k].text in self.t.bracketed_day_heads

    def _day_before_hijri_month(self, phrase: NumberPhrase) -> int | None:
        """ "يوم 20 صفر"، "في 10 رمضان": a day number before a Hijri month's name is a date's
        day, with or without the year the time engine needs to date it: the index after the
        month's name, which is no figure either ("صفر" is also the word for zero)."""
        toks = self.tokens
        if not phrase.digits_only or phrase.value is None or not 1 <= phrase.value <= 30:
            return None
        for size in range(self.t.hijri_month_words, 0, -1):
            after = toks[phrase.end : phrase.end + size]
            if len(after) == size and tuple(t.text for t in after) in self.t.hijri_months:
                return phrase.end + size
        return None

    def _hyphen_age(self, index: int) -> bool:
        """ "25-year-old", "eight-month-old": a figure, a time unit and "old" joined by hyphens."""
        toks = self.tokens
        if index + 3 >= len(toks) or toks[index].text != "-" or toks[index + 2].text != "-":
            return False
        unit = self._noun_stem(toks[index + 1].text)
        return (
            unit is not None
            and self.t.nouns[unit] in self.t.duration_keys
            and toks[index + 3].text in self.t.age_after
        )

    def _capitalised_name_before(self, index: int) -> bool:
        """In a cased script, a capitalised word right before a bare number makes a name with it
        ("Region Four", "Ligue 1"), unless it opens the sentence or is a month (a date)."""
        if not self.t.names_capitalized or index == 0:
            return False
        prev = self.tokens[index - 1]
        if prev.kind != "word" or prev.text in self.t.not_name_words:
            return False
        if self._currency_code_before(index) is not None:
            return False  # "PHP 30 million": a currency's code
        if "\n" in self.norm.text[prev.end : self.tokens[index].start]:
            return False  # a headline's last word and the line after it make no name
        first = self._glued_name_start(index - 1)
        start, end = self.norm.span(self.tokens[first].start, prev.end)
        word = self.norm.original[start:end]
        if len(word) < 2 or not word[:1].isupper():
            return False
        gap = self.norm.original[:start].rstrip()
        return bool(gap) and gap[-1] not in '.!?"“:'

    def _glued_name_start(self, k: int) -> int:
        """The first token of a name written as one word with joiners (numbers.name_joiners:
        "S&P", "AT&T") that ends at token k; k itself when there is none."""
        toks, joiners = self.tokens, self.t.name_joiners
        while (
            k >= 2
            and toks[k - 1].text in joiners
            and toks[k - 2].kind == "word"
            and toks[k - 2].end == toks[k - 1].start
            and toks[k - 1].end == toks[k].start
        ):
            k -= 2
        return k

    def _name_opens_sentence(self, index: int) -> bool:
        """In a cased script, a capitalised word that opens the sentence right before a bare
        number, and is no word the lexicon lists as coming before a count (a function word, a
        determiner, a year cue, a qualifier), makes a name with it as it does inside a sentence
        (see _capitalised_name_before): "Formula 1 races return", "Studio 54 reopens", "Level 4
        restrictions apply". The words after such a number are no count's noun."""
        if not self.t.names_capitalized or index == 0:
            return False
        prev = self.tokens[index - 1]
        t = self.t
        if prev.kind != "word" or not self._opens_sentence(index - 1):
            return False
        if (
            prev.text in t.not_name_words
            or prev.text in t.lookahead_stops
            or prev.text in t.links
            or prev.text in t.year_cues
            or prev.text in t.not_open_nouns
            or prev.text in t.indefinite
            or prev.text in t.rank_before
        ):
            return False
        start, end = self.norm.span(prev.start, prev.end)
        word = self.norm.original[start:end]
        return len(word) >= 2 and word[:1].isupper()

    def _year_before_noun(
        self, phrase: NumberPhrase, qualifier: str, unit_span: tuple[int, int] | None
    ) -> bool:
        """A year that modifies what follows is no count: "a 2010 raid" (after the indefinite
        article), "in 1990 killed" (after a year cue, before a participle: units.participles),
        a year after a year cue that opens its sentence, whatever noun follows it ("In 2024
        farmers planted more wheat", "وفي 2022 صور الفنان فيلمه": the sentence's time, where a
        count of that size would be written with a thousands separator or follow its verb), and
        a year after a year cue before a noun the counting grammar says it does not count
        ("أنه في 2021 صور فيلما": noun_disagrees_with_count)."""
        if not (phrase.digits_only and qualifier == "exact" and self._is_year(phrase)) or phrase.start == 0:
            return False
        before = self.tokens[phrase.start - 1].text
        if before in self.t.indefinite:
            return True
        if unit_span is None or self.t.lex.strip_prefix(before, self.t.year_cues) is None:
            return False
        if self._opens_sentence(phrase.start - 1):
            return True
        noun = self.norm.text[unit_span[0] : unit_span[1]].split()
        if noun_disagrees_with_count(self.tokens[phrase.start].text, noun[0] if noun else "", self.t.lex):
            return True  # "أنه في 2021 صور فيلما": no singular accusative, so 2021 is the year
        return self.norm.text[unit_span[0] : unit_span[1]] in self.t.participles

    def _numerator_of_share(self, phrase: NumberPhrase) -> int | None:
        """The token after a fraction's denominator when the number is its numerator ("2 thirds of
        the seats", "two-thirds", "three fifths"): a share of something, as "half of" and "a third
        of" are, no count of what follows (a share of a scale, "two thirds of a million", is read
        by the parser). None when no denominator follows or the number is not below it."""
        toks = self.tokens
        k = phrase.end
        if k < len(toks) and toks[k].text in _DASHES and toks[k].start == toks[k - 1].end:
            k += 1  # "two-thirds"
        if k >= len(toks) or phrase.value is None or phrase.last_scale is not None:
            return None
        denominator = self.t.denominators.get(toks[k].text)
        if denominator is None or not 0 < phrase.value < denominator:
            return None
        return k + 1

    def _names_parties(self, phrase: NumberPhrase) -> bool:
        """ "the two sides": after the article, a count of a party noun (units.party_nouns) names
        the parties to a talk or a war the text already has, no figure to check; and a definite
        "two" (units.referring_counts after units.referring_determiners: "the two quakes", "the
        two others") refers back to two things the text has named (the guide's D14)."""
        toks = self.tokens
        if (
            phrase.start > 0
            and phrase.end == phrase.start + 1
            and phrase.last_scale is None
            and toks[phrase.start].text.lower() in self.t.referring_counts
            and toks[phrase.start - 1].text.lower() in self.t.referring_determiners
        ):
            return True  # "the two quakes", "the two others": back to what the text counted (D14)
        if phrase.end == phrase.start + 1 and self.t.number_idioms and self._in_number_idiom(phrase.start):
            return True  # "zero tolerance", "ground zero": an idiom
        if phrase.end == phrase.start + 1 and phrase.value == 1 and phrase.last_scale is None:
            around = " ".join(t.text.lower() for t in toks[max(phrase.start - 1, 0) : phrase.start + 2])
            if around in self.t.one_idioms:
                return True  # "at one point": an idiom
            if self._pair_other_after(phrase.end):
                return True  # "one vehicle ... and the other caught fire": one of a pair
        return (
            phrase.start > 0
            and phrase.end < len(toks)
            and toks[phrase.start - 1].text in self.t.link_articles
            and toks[phrase.end].text in self.t.party_nouns
        )

    def _in_number_idiom(self, k: int) -> bool:
        """Whether the number word at token k and the word before or after it make an idiom of
        two words (units.number_idioms): "zero tolerance", "ground zero"."""
        toks = self.tokens
        word = toks[k].text.lower()
        pairs = []
        if k > 0:
            pairs.append((toks[k - 1].text.lower(), word))
        if k + 1 < len(toks):
            pairs.append((word, toks[k + 1].text.lower()))
        return any(pair in self.t.number_idioms for pair in pairs)

    def _pair_other_after(self, k: int) -> bool:
        """Whether "the other" (units.pair_others) follows token k in its sentence: "one" before
        it is one of a pair the text names, no count (the guide's D14)."""
        toks, firsts = self.tokens, self.t.pair_other_firsts
        if not firsts:
            return False
        for j in range(k, len(toks)):
            text = toks[j].text
            if text in _SENTENCE_ENDS:
                return False
            if text.lower() not in firsts:
                continue  # no phrase opens here: the windows below are built only where one may
            for words in self.t.pair_others:
                window = [t.text.lower() for t in toks[j : j + len(words)]]
                if tuple(window) == words:
                    return True
        return False

    def _opens_sentence(self, index: int) -> bool:
        """The token at `index` is first in its sentence (after a sentence end, a line break or
        an opening quote)."""
        toks = self.tokens
        k = index - 1
        while k >= 0 and toks[k].text in _QUOTES:
            k -= 1
        if k < 0 or toks[k].text in _SENTENCE_ENDS:
            return True
        return "\n" in self.norm.text[toks[k].end : toks[index].start]

    def _after_event_verb(self, index: int) -> bool:
        """A word of an event (units.events) right before the figure: "وأصيب 1285 بجروح",
        "killed 1285": a four-digit figure there is the event's count, not a year."""
        if index == 0 or self.tokens[index - 1].kind != "word":
            return False
        return (
            self.t.lex.strip_prefix(self.tokens[index - 1].text, self.t.events_index, definite=True)
            is not None
        )

    def _compared_count_of_time(self, phrase: NumberPhrase, time_only: bool = False) -> bool:
        """A figure after a phrase of comparison (units.comparisons) with a time right after it
        (time.compared_count_times, or a year cue and a year unless `time_only`) is what that time
        counted, no year: "compared to 1900 last year", "compared with 1800 in 2023", "مقارنة مع 1800
        في 2023"."""
        # Only the words a phrase can reach are read on either side (reading every token's text
        # made this a pass over the article for every figure).
        toks, reach, t = self.tokens, self.t.compared_reach, self.t
        if t.comparisons_by_last is not None:
            # Only the phrases that end in the word before the figure can end there.
            last = toks[phrase.start - 1].text if phrase.start > 0 else None
            comparisons = t.comparisons_by_last.get(last, ()) if last is not None else ()
        else:
            comparisons = t.comparisons
        if not comparisons:
            return False
        before = [tok.text for tok in toks[max(phrase.start - reach, 0) : phrase.start]]
        if not any(len(before) >= len(p) and tuple(before[-len(p) :]) == p for p in comparisons):
            return False
        after = [tok.text for tok in toks[phrase.end : phrase.end + reach]]
        times = (
            (t.compared_count_times_by_first.get(after[0], ()) if after else ())
            if t.compared_count_times_by_first is not None
            else t.compared_count_times
        )
        if any(tuple(after[: len(p)]) == p for p in times):
            return True
        if time_only or len(after) < 2 or self.t.lex.strip_prefix(after[0], self.t.year_cues) is None:
            return False
        year = after[1]
        return year.isdigit() and len(year) == 4 and _YEAR_RANGE[0] <= int(year) <= _YEAR_RANGE[1]

    def _year_shaped_count(self, phrase: NumberPhrase) -> bool:
        """Whether a bare number of a year's shape stands where the grammar puts a count and never
        a year (a year follows a year cue, "عام/سنة", a month or a preposition): right after "the
        number of" ("انهيار جزئي لعدد 1272"); right after a verb of value, or its link ("بلغت
        1844"، "ارتفع إلى 1844": not a verb of saying, whose object may be a topic); or as the
        value of its clause's count head when it ends the clause ("وبلغ عدد المرشحين في هذه القوائم
        1683،"; in "بلغ عدد السياح وفق إحصاءات 2019 نحو 5 ملايين" the year is the clause's time and
        the value follows it)."""
        toks, t = self.tokens, self.t
        k = phrase.start - 1
        if k < 0 or toks[k].kind != "word":
            return False
        word = toks[k].text
        if self._date_number(phrase.start) or t.lex.strip_prefix(word, t.year_lead, definite=True):
            return False  # "عام 2019"، "العام 2019"، "1 يناير 2019"
        if t.lex.strip_prefix(word, t.count_heads) is not None:
            return True
        if word in t.prepositions or t.lex.strip_prefix(word, t.year_cues) is not None:
            # "في 1990"، "منذ 2011": a year's cue; "ارتفع إلى 1844", "ارتفع عدد القتلى إلى 2000":
            # the link of a verb of value.
            return (word,) in t.predicate_links_set and self._valued_link(k)
        if self._value_verb(word):
            return True
        if word in t.value_gap_time_words and self._value_verb_over_time(k):
            return True  # "بلغت حتى الآن 1844 شفيت منها 431"
        if not self._definite(word) and word not in t.clause_time_words:
            # "عاد عدد السياح إلى مستويات 2019": a noun without the article governs the number
            # after it as its genitive (the construct state, as "عام 2019"): a year, no value; a
            # time word is no such noun ("بلغت حتى مساء أمس 1625").
            return False
        return self._count_head_key(phrase.start, own=None) is not None and self._ends_clause(phrase.end)

    def _value_verb_over_time(self, k: int) -> bool:
        """Whether the time words ending at token k ("حتى الآن"، "حتى مساء أمس") follow a verb of
        value right before them: the figure after them is that verb's value."""
        t = self.t
        for j, word in self._clause_words_back(k, own=True):
            if k - j > _TIME_GAP:
                return False
            if self._value_verb(word):
                return j < k
            if word not in t.value_gap_time_words and word not in t.prepositions:
                return False
        return False

    def _valued_link(self, k: int) -> bool:
        """Whether the link at token k ("إلى") is a verb of value's: the verb right before it
        ("ارتفع إلى 1844"), or before its subject, a count head and its noun ("ارتفع عدد القتلى في
        غزة إلى 2000"، "ارتفعت حصيلة الضحايا إلى 1200"), words only between them. Not after a
        number ("من 2015 إلى 2019": a stretch of years), nor after a subject that is no count
        ("ارتفعت الصادرات خلال الفترة الممتدة إلى 2025": the year a period runs to)."""
        t = self.t
        head = False
        for j, word in self._clause_words_back(k, own=False):
            if self._value_verb(word):
                return head or j == k - 1
            head = head or t.lex.strip_prefix(word, t.count_heads) is not None
        return False

    def _value_verb(self, word: str) -> bool:
        """A verb of value (claims.value_verbs: بلغ، تجاوز) that is no verb of saying (أشار،
        كشف), a conjunction written onto it or not."""
        t = self.t
        return (
            t.lex.strip_prefix(word, t.value_verbs) is not None
            and t.lex.strip_prefix(word, t.speech_verbs) is None
        )

    def _ends_clause(self, k: int) -> bool:
        """Whether the clause ends at token k: a punctuation mark, a line break or the text's end."""
        toks = self.tokens
        return k >= len(toks) or toks[k].kind == "punct" or self._line_after(k - 1)

    def _compared_year(self, phrase: NumberPhrase, qualifier_start: int) -> bool:
        """(fig23) A bare number of a year's shape compared with a figure just before its word of
        comparison is the year compared with, no bound: "49% higher than 2011", "2.3 per cent
        above 2011" (not "rose to more than 2000", with no figure before)."""
        if not (phrase.digits_only and self._is_year(phrase)):
            return False
        toks = self.tokens
        for k in range(qualifier_start - 1, max(qualifier_start - 4, -1), -1):
            if toks[k].kind == "num":
                return True
            if toks[k].kind == "punct" and toks[k].text != "%":
                return False
        return False

    def _is_year(self, phrase: NumberPhrase) -> bool:
        raw = self.tokens[phrase.start].text
        return raw.isdigit() and len(raw) == 4 and _YEAR_RANGE[0] <= int(raw) <= _YEAR_RANGE[1]

    def _range(self, first: NumberPhrase) -> tuple[Decimal, Decimal, NumberPhrase] | None:
        """A second figure joined to the first: بين X و Y، من X إلى Y، between/from, X-Y."""
        toks = self.tokens
        e = first.end
        if first.value is None or e >= len(toks) or self._year_of_date(first):
            return None
        opener = self._word_before(first.start)
        connectors: set[str] = set()
        changed = False  # the first figure is a change's amount ("rose by 2,300 to 48,000")
        # The unit may be written on both sides after "between" or after no lead ("between 5
        # percent and 9 percent", "speeds of 136 mph to 165 mph"), not after "from" nor a verb or
        # word of change: "from 14.2% to 15.3%", "rose 5 percent to 9 percent", "زاد 1.26 دولار
        # إلى 30.79 دولار" are a change's levels (or its amount, then the level).
        unit_twice, verb_may_lead = True, False
        if opener in self.t.range_open:
            # "between 5 per cent and 6 per cent", and as often "بين 10% إلى 15%", "between 5 per
            # cent to 6 per cent": after "between" a "to" word closes the range as "and" does.
            connectors |= self.t.range_close | self.t.range_to
        elif opener in self.t.range_from:
            if self._changed_from(first.start):
                return None  # "the toll rose from 27 to 34": the level before, then the level after
            connectors |= self.t.range_to
            unit_twice = False
        else:
            if self._year_after_cue(first):
                # "من 4913271 نسمة في 2024 إلى 4881254 نسمة", "fell in 2017 to 426,000": a year
                # after its cue is the time of the figure after the "to" word, no side of a range.
                return None
            # "20 to 30 civilians", "20 إلى 30": the "to" word alone links two figures.
            connectors |= self.t.range_to
            link = opener
            qualifier = self._qualifier_before(first.start)
            if qualifier is not None:
                link = self._word_before(qualifier[1])  # "decreased by about 300 to 1033"
            changed = link in self.t.change_links or any(
                (link, to) in self.t.predicate_links_set for to in self.t.range_to
            )  # "rose by 2,300 to 48,000", "employment fell 51,300 to 3.56 million"
            unit_twice, verb_may_lead = not (changed or opener in self.t.change_words), True
            opener = None
        dash = toks[e].text in _DASHES and toks[first.start].kind == "num"
        if dash and e + 1 < len(toks):
            # 300-400 or 1000 – 5000, but not "5 -20" (a sign) nor "5- 20".
            tight = toks[e].start == toks[e - 1].end
            if tight == (toks[e + 1].start == toks[e].end):
                connectors.add(toks[e].text)
        second: NumberPhrase | None = None
        signed = self._signed_dash_second(first)
        if signed is not None:
            second = signed  # "80%-90%": the sign written on both sides of the dash
        elif toks[e].text in connectors and e + 1 < len(toks):
            second = self.parser.parse(e + 1)
            if second is not None and toks[e].text in _DASHES and toks[second.start].kind != "num":
                second = None
        else:
            items = self.parser.item_at(e)
            if len(items) == 2 and items[0].kind == "join" and toks[e].text[:1] in connectors:
                second = self.parser.parse(e)
            elif unit_twice and not dash:
                second = self._second_past_unit(first, connectors, verb_may_lead)
        if second is None or second.value is None:
            return None
        if "\n" in self.norm.text[first.char_end : second.char_start]:
            return None  # "في 2023\n- 5.31 مليون": a dash opening the next line is its bullet
        if changed and toks[e].text in self.t.range_to and not self._rate_after(second.end):
            # "rose by 2,300 to 48,000", "rose 2,300 to 48,000": the change, then the level
            # ("by 20 to 30%", "rose 20 to 30 percent": a range of the change)
            return None
        self._range_opened = opener is not None
        low = first.value
        if (
            first.last_scale is None
            and second.last_scale is not None
            and low * second.last_scale <= second.value
        ):
            low *= second.last_scale
        if low > second.value or (low == second.value and (toks[e].text in _DASHES or signed is not None)):
            return None  # "5-4", "1-1": a score or a tally, two figures (see _is_score_second)
        return low, second.value, second

    def _second_past_unit(
        self, first: NumberPhrase, connectors: set[str], verb_may_lead: bool
    ) -> NumberPhrase | None:
        """The second side of a range whose unit is written on both sides: "between 5 percent and
        9 percent", "136 mph to 165 mph", "بين 200 ألف طن و300 ألف طن": the first figure's unit
        after it, the range's link right after the unit, then a figure with the same unit (the
        caller says where the form may stand; `verb_may_lead`: not after a verb of change in
        the clause's words before)."""
        toks = self.tokens
        e = first.end
        if toks[e].kind != "word" and toks[e].text not in self.t.symbols_after:
            return None  # a unit word, or a sign written after the number: "بين 10% إلى 15%"
        link = next(
            (k for k in range(e + 1, min(e + 1 + _UNIT_TOKENS, len(toks) - 1)) if toks[k].text in connectors),
            None,
        )
        if link is None:
            return None  # most figures: no link near, no unit to read twice
        key, _, unit_end, _, _ = self._unit(first.start, e, first.char_start, first.char_end)
        if key is None or unit_end != link:
            return None
        second = self.parser.parse(link + 1)
        if second is None or second.value is None or second.start >= len(toks):
            return None
        if self._unit(second.start, second.end, second.char_start, second.char_end)[0] != key:
            return None
        if verb_may_lead and self._change_verb_before(first.start, len(toks)):
            return None  # "وارتفع خام القياس العالمي مزيج برنت 1.50 دولار إلى 30.75 دولار"
        return second

    def _signed_dash_second(self, first: NumberPhrase) -> NumberPhrase | None:
        """The second side of a range written with its sign on both sides of a tight dash
        ("80%-90% of buildings", "20%-30%"), as "80-90%" is written with one: digits, the sign
        (numbers' symbols_after), the dash, digits and the same sign again, with no space."""
        toks = self.tokens
        e = first.end
        if e + 2 >= len(toks) or toks[first.start].kind != "num" or toks[e].text not in self.t.symbols_after:
            return None
        if toks[e + 1].text not in _DASHES or toks[e + 2].kind != "num":
            return None
        if not (self._tight(e - 1, e) and self._tight(e, e + 1) and self._tight(e + 1, e + 2)):
            return None
        second = self.parser.parse(e + 2)
        if second is None or second.end >= len(toks) or toks[second.end].text != toks[e].text:
            return None
        return second if self._tight(second.end - 1, second.end) else None

    def _tight(self, a: int, b: int) -> bool:
        """Tokens a and b are written with nothing between."""
        return self.tokens[a].end == self.tokens[b].start

    def _changed_from(self, index: int) -> bool:
        """A verb of change (qualifiers.change_from_verbs) before the "from" that opens the figure
        at `index`, only words between (qualifiers.change_from_reach at most: its subject, an
        adverb, its object): "rose from 27 to 34", "rose sharply from", "doubled its seats in the
        chamber from three to six", "ارتفع عدد القتلى من 27 إلى 34"."""
        j = self._opener_index(index)
        if j is None:
            return False
        before = j - 2 if j > 0 and self.tokens[j - 1].text == "(" else j - 1
        if before > 0 and self.tokens[before].text in _CLAUSE_COMMAS:
            before -= 1  # "up by 5%, from 184,087 to 192,910", "increased by 51, from 472 to 523"
        if self._percent_ends_at(before) or self._change_amount_ends_at(before):
            return True  # "up 3.6 per cent from 39,025 to 40,428", "7% (from 77,974 to 83,240)"
        return self._change_verb_before(j, self.t.change_from_reach) or self._rated_change_before(j)

    def _change_amount_ends_at(self, k: int) -> bool:
        """A change's amount in digits ends at token k, right after its link or its verb
        (units.change_links, qualifiers.change_from_verbs): "increased by 51, from 472 to 523",
        "went up by 24, from 549 to 573" are the change, then its two levels."""
        toks = self.tokens
        if k < 1 or toks[k].kind != "num":
            return False
        word = toks[k - 1].text
        return word in self.t.change_links or self.t.change_from_verbs.get(word) is not None

    def _rated_change_before(self, j: int) -> bool:
        """A word of change whose amount is a percent ("a 13% increase", "a 15 per cent rise")
        in the clause before token j, its complement and commas between (no number, at most
        qualifiers.rated_change_reach tokens): "a 13% increase in homicides involving a knife
        from 77 to 87", "a 15% increase in homicides, from 127 to 146". The percent is the
        change, so the "from" and "to" figures are its two levels, not a range. A comma only
        right before the "from": one further back opens a phrase of its own ("a 10% rise in
        flights, with fares ranging from 200 to 400 dollars" is a range)."""
        reach = self.t.rated_change_reach
        for k in range(j - 1, max(j - 1 - reach, 0), -1):
            tok = self.tokens[k]
            if tok.kind != "word" and (tok.text not in _CLAUSE_COMMAS or k != j - 1):
                return False
            if self.t.change_from_verbs.get(tok.text) is not None:
                return self._percent_ends_at(k - 1)
        return False

    def _change_verb_before(self, j: int, reach: int) -> bool:
        """A verb of change (qualifiers.change_from_verbs) in the words right before token j, no
        farther than `reach` words and no number or mark between."""
        for k in range(j - 1, max(j - 1 - reach, -1), -1):
            tok = self.tokens[k]
            if tok.kind != "word":
                return False
            if self.t.change_from_verbs.get(tok.text) is not None:
                return True
        return False

    def _percent_ends_at(self, k: int) -> bool:
        """A percent ends at token k: a number, then its sign or word ("7%", "3.6 per cent"). A
        percent right before "from A to B" is a change's amount and A and B its two levels."""
        toks = self.tokens
        if k < 1:
            return False
        if toks[k].text in self.t.symbols_after:
            return toks[k - 1].kind == "num" and self.t.symbols_after[toks[k].text] in _RATIOS
        for size in (2, 1):
            n = k - size
            if n >= 0 and toks[n].kind == "num" and all(x.kind == "word" for x in toks[n + 1 : k + 1]):
                stem = self._noun_stem(" ".join(x.text for x in toks[n + 1 : k + 1]))
                if stem is not None and self.t.nouns[stem] in _RATIOS:
                    return True
        return False

    def _changed_level_unit(self, phrase: NumberPhrase, end_tok: int) -> str | None:
        """What the level before a change counts when only the level after names it: "rose from
        44.36 to 53.23%" (percent), "ارتفع من 27 إلى 34 قتيلا", "rose from 120 on Monday to 150
        patients" (words between, up to the "to", as _CHANGE_GAP allows; no comma, no number)."""
        toks = self.tokens
        if end_tok != phrase.end or self._year_after_cue(phrase) or not self._changed_from(phrase.start):
            return None  # "صعدت الصادرات عام 2019 إلى 3.5 مليار": the year of the level after
        to = end_tok
        while to < min(end_tok + _CHANGE_GAP, len(toks)) and toks[to].text not in self.t.range_to:
            if toks[to].kind != "word":
                return None
            to += 1
        if to + 1 >= len(toks) or toks[to].text not in self.t.range_to:
            return None
        second = self.parser.parse(to + 1)
        if second is None or second.value is None:
            return None
        return self._unit(second.start, second.end, toks[second.start].start, second.char_end)[0]

    def _rate_after(self, k: int) -> bool:
        """A percent's sign or word right after token k-1 ("30%", "30 percent", "30 per cent")."""
        toks = self.tokens
        if k < len(toks) and toks[k].text in self.t.symbols_after:
            return True
        for size in (2, 1):
            if k + size <= len(toks) and all(x.kind == "word" for x in toks[k : k + size]):
                stem = self._noun_stem(" ".join(x.text for x in toks[k : k + size]))
                if stem is not None and self.t.nouns[stem] in _RATIOS:
                    return True
        return False

    def _year_of_date(self, phrase: NumberPhrase) -> bool:
        """A year right after a month name closes a date ("since October 7, 2023 to 62,000",
        "منذ السابع من أكتوبر 2023 إلى 62 ألفا"): it is no side of a range with the figure after."""
        s = phrase.start
        if s == 0 or not (phrase.digits_only and self._is_year(phrase)):
            return False
        before = s - 1
        if self.tokens[before].text == "," and before > 0:
            before -= 1  # "October 7, 2023"
        if self.tokens[before].kind == "num" and before > 0:
            before -= 1  # the day between: "7 أكتوبر 2023" is month-last, "October 7 2023" not
        return self.tokens[before].kind == "word" and self.tokens[before].text in self.t.month_ends

    def _year_after_cue(self, phrase: NumberPhrase) -> bool:
        """A bare number of a year's shape right after a year cue or a year's lead word, a clitic
        written onto it or not (time.year_cues, time.year_lead: "في 2024"، "عام 2017"، "in 2017")."""
        s = phrase.start
        if s == 0 or not (phrase.digits_only and self._is_year(phrase)):
            return False
        word = self.tokens[s - 1].text
        t = self.t
        return (
            t.lex.strip_prefix(word, t.year_cues) is not None
            or t.lex.strip_prefix(word, t.year_lead, definite=True) is not None
        )

    def _opener_index(self, index: int) -> int | None:
        """The token of a range opener (بين، from) before the first figure, if any."""
        j = index - 1
        while j >= 0 and self.tokens[j].text in _QUOTES:
            j -= 1
        if j < 0 or self.tokens[j].kind != "word":
            return None
        return j

    def _word_before(self, index: int) -> str | None:
        j = self._opener_index(index)
        if j is None:
            return None
        word = self.tokens[j].text
        for index in (self.t.range_open_index, self.t.range_from_index):
            stem = index.get(word)
            if stem is not None:
                return stem
        return word

    def _qualifier_before(self, index: int) -> tuple[str, int, int] | None:
        """(qualifier, first token index, clitic length) of a qualifier ending before `index`,
        remembered per index: a figure's mention, its range and its measure each ask it of the
        same token, and the answer reads only the tokens and the lexicon."""
        memo = self._qualifiers_before
        if index not in memo:
            memo[index] = self._read_qualifier_before(index)
        return memo[index]

    def _read_qualifier_before(self, index: int) -> tuple[str, int, int] | None:
        j = index
        while j > 0 and self.tokens[j - 1].text in _QUOTES:
            j -= 1
        if j > 0 and (self.tokens[j - 1].text in self.t.symbols_before or self._glued_sign(j) is not None):
            j -= 1  # a currency sign between qualifier and figure: "about $45 million", "nearly SR2bn"
            toks = self.tokens
            if (
                j > 0
                and toks[j - 1].end == toks[j].start
                and f"{toks[j - 1].text} {toks[j].text}" in self.t.symbols_before
            ):
                j -= 1  # ... written in two tokens as one word: "about A$2.3 billion"
        marked = self._threshold_before(j) if self.t.threshold_links else None
        if marked is not None and marked > 0 and self.tokens[marked - 1].text in self.t.object_articles:
            j = marked - 1  # "rising above the mark of 1 billion": the mark stands for the figure
        # A qualifier is words only: the windows to try are within the words just before j.
        k = j
        while k > 0 and j - k < _MAX_QUALIFIER_WORDS and self.tokens[k - 1].kind == "word":
            k -= 1
        texts = self.tokenized.texts
        for size in range(j - k, 0, -1):
            found = self.t.qual_before_index.get(" ".join(texts[j - size : j]))
            if found is not None:
                if self._particle_of_verb(j - size, size):
                    return None
                if found[0] in _NEGATED and self._negated(j - size):
                    return _NEGATED[found[0]], j - size - 1, 0
                return found[0], j - size, found[1]
        return None

    def _negated(self, k: int) -> bool:
        """A negation word (qualifiers.negations) right before token k, in the same line."""
        return k > 0 and self.tokens[k - 1].text in self.t.negations and not self._line_after(k - 1)

    def _particle_of_verb(self, first: int, size: int) -> bool:
        """A qualifier of several words whose first word is the particle of the verb right
        before it ("have gone up to 622", "mounted up to 15712"): the figure is reached, exact."""
        if size < 2 or first < 1:
            return False
        toks = self.tokens
        if self.t.verb_particles and toks[first].text not in self.t.verb_particles:
            return False  # "jumped more than 5%", "climb as high as 40°C": a bound, not a particle
        if toks[first - 1].kind == "word" and toks[first - 1].text in self.t.particle_verbs:
            return True
        return toks[first + size - 1].text in self.t.causative_links and self._causative_before(first)

    def _causative_before(self, k: int) -> bool:
        """A causative verb (units.causative_verbs) before token k in its clause, its object
        between: "taking last year's road toll up to 382" brings the toll to 382, exact."""
        toks = self.tokens
        for verb in range(k - 1, max(k - 1 - _OBJECT_REACH, -1), -1):
            tok = toks[verb]
            if tok.text in _SENTENCE_ENDS or tok.text in ",،" or self._line_after(verb):
                return False
            if tok.text in self.t.causative_verbs:
                return True
        return False

    def _state_adjective_key(self, k: int) -> str | None:
        """The key of a state of people written as an indefinite adjective right after a generic
        counted noun (units.state_adjective_keys): "40 ألف شخص عاطل عن العمل" are unemployed."""
        toks = self.tokens
        if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
            return None
        if self._definite(toks[k].text):
            return None
        stem = self._noun_stem(toks[k].text)
        key = self.t.nouns[stem] if stem is not None else None
        return key if key in self.t.state_adjective_keys else None

    def _event_key(self, start: int, end: int) -> str | None:
        """The key of an event word (units.events: killed, أصيب، نزوح) of the figure's clause:
        up to units.event_reach words before the figure, or right after it and its noun
        ("were killed", "أصيبوا"), with only words between."""
        toks, t = self.tokens, self.t
        if end < len(toks) and toks[end].kind == "word" and toks[end].text in t.event_objects:
            # "لقي 3 عمال حتفهم": the verb's object after the count names the event, whatever
            # the verb says alone.
            return t.event_objects[toks[end].text]
        if (
            end < len(toks)
            and toks[end].kind == "word"
            and toks[end].text in t.loss_objects
            and start > 0
            and t.lex.strip_prefix(toks[start - 1].text, t.loss_verbs) is not None
        ):
            # "فارق 5 أشخاص الحياة", "فقد 20 شخصا حياتهم" (فقد alone is "went missing"): a life
            # lost names a death, a life lived does not ("عاش 300 شخص الحياة الصعبة").
            return t.loss_objects[toks[end].text]
        j = start
        while j > 0 and toks[j - 1].text in _QUOTES:
            j -= 1
        predicate = False  # an indefinite word that opens a predicate read between
        for k in range(j - 1, max(j - 1 - t.event_reach, -1), -1):
            if toks[k].kind != "word" or toks[k].text in t.event_stops:
                break
            if predicate and self._definite(toks[k].text):
                break  # "وفاة الرئيس السابق دفعت 5 آلاف شخص": the count is another verb's
            predicate = predicate or self._opens_predicate(k)
            if toks[k].text in t.particle_homographs and self._verb_at(k + 1):
                continue  # "فقد بلغ عدد الزوار 317 ألفا": ف + قد before a past verb, no loss
            key = t.lex.strip_prefix(toks[k].text, t.events_index, definite=True)
            if key is not None and k < self._taken:
                break  # "تسجيل 4 وفيات و67 حالة إصابة": the event word is the figure before's noun
            if key is not None and k > 0 and toks[k - 1].kind == "word":
                pair = self._noun_stem(f"{toks[k - 1].text} {toks[k].text}")
                if pair is not None and t.nouns[pair] != t.events[key]:
                    break  # "عدد جرائم القتل": the event word ends a noun of two words (murders)
            if key is not None:
                # A phrase that starts at the word says more than the word: "إخلاء سبيل" (a release).
                return self._event_phrase_at(k) or t.events[key]
        object_key = self._object_event_before(j, end)
        if object_key is not None:
            return object_key
        # Not a phrase that ends the line before: a headline's "with 50 reported missing" says
        # nothing of the count that opens the next paragraph.
        phrase_key = None if self._line_break_before(j) else self._event_phrase_before(j)
        if (
            phrase_key is None
            and j > 1
            and toks[j - 1].text in t.determiners
            and not self._line_break_before(j - 1)
        ):
            phrase_key = self._event_phrase_before(j - 1)  # "the death of the six people"
        if phrase_key is not None:
            return phrase_key
        reach, k = 2, end
        if k < len(toks) and toks[k].text in t.event_phrase_links:
            past = self._past_event_phrase_link(k)
            if past is not None:
                reach, k = past - end + 2, past  # "500 people in the north were killed"
        while k < min(end + reach, len(toks)):
            if k == end and toks[k].text in _DASHES and toks[k].start > toks[k - 1].end:
                reach += 1  # "Two people - who died of heart attack - were residents": an aside
                k += 1
                continue
            if k == end and toks[k].text in "([":
                past = self._past_bracketed_aside(k)
                if past is None:
                    break
                reach += past - k  # "1,660 persons (1,347 men and 273 women) were killed": an aside
                k = past
                continue
            if t.undergo_verbs and t.lex.strip_prefix(toks[k].text, t.undergo_verbs) is not None:
                key = self._undergone_after(k + 1)
                if key is not None:
                    return key  # "12 others sustained various degrees of injuries"
            if toks[k].kind != "word" or toks[k].text in t.event_cause_links:
                break  # "100 for kidnapping": the charge, not the count's event
            if toks[k].text in t.event_stops:
                break  # "ستة أشخاص فيما أصيب 3 آخرون": the verb after "while" is another count's
            if toks[k].text in t.negations:
                break  # "300 people were not looking for work": a negated event befell no one
            if toks[k].text in t.event_auxiliaries:
                key = self._event_phrase_at(k)
                if key is not None:
                    return key  # "7 have recovered": the auxiliary says which sense the verb has
                reach += 1  # "60,317 others have been injured"
            else:
                key = t.lex.strip_prefix(toks[k].text, t.events_index, definite=True)
                if key is not None and self._anaphor_at(k + 1):
                    break  # "16328 شفيت منها 10799": the event is the part's, of the figure after it
                if key is not None and self._conjoined_event(toks[k].text):
                    break  # "23 شخصا والإصابات إلى 253": a conjunct of its own, the next figure's
                if key is None:
                    key = self._event_phrase_at(k)
                    if key is not None:
                        return self._unless_precaution(k, key)
                else:
                    return self._unless_precaution(k, t.events[key])
            k += 1
        aside = self._event_after_aside(end) if t.anaphors else None
        return aside if aside is not None else self._event_past_conjunct(j, end)

    def _past_bracketed_aside(self, k: int) -> int | None:
        """The token after an aside in brackets that opens at token k, and after the comma that
        may close it ("ستة أشخاص (أم وأطفالها الخمسة)، قتلوا"): its words and figures name some
        of the counted, and the clause's verb comes after it. None if it does not close within
        _BRACKET_REACH tokens or holds a sentence's end."""
        toks = self.tokens
        closing = ")" if toks[k].text == "(" else "]"
        for m in range(k + 1, min(k + 1 + _BRACKET_REACH, len(toks))):
            if toks[m].text in _SENTENCE_ENDS or toks[m].text in "([" or self._line_after(m - 1):
                return None
            if toks[m].text == closing:
                m += 1
                return m + 1 if m < len(toks) and toks[m].text in _CLAUSE_COMMAS else m
        return None

    def _undergone_after(self, k: int) -> str | None:
        """The key of a harm (units.undergone: "injuries", "إصابات") named within _UNDERGONE_REACH
        words from token k, after a verb of undergoing (units.undergo_verbs: "sustained",
        "suffered", "received", "لحقت"): its subject suffered that harm ("12 others sustained
        various degrees of injuries", "66 people have received injuries"). Only words between,
        no clause word (units.event_stops)."""
        toks, t = self.tokens, self.t
        for m in range(k, min(k + _UNDERGONE_REACH + 1, len(toks))):
            tok = toks[m]
            if tok.kind != "word" or tok.text in t.event_stops:
                return None
            key = t.lex.strip_prefix(tok.text, t.undergone, definite=True)
            if key is not None:
                return t.undergone[key]
        return None

    def _event_past_conjunct(self, j: int, end: int) -> str | None:
        """The event of a count of others (units.gapped_nouns) joined by a conjunction
        (units.event_stops) to the object of an event before it, when no event follows the count:
        "killed a policeman and 12 others", "serious injuries to Malik Taj and 12 others" share
        the event, read past the object's words (_CONJUNCT_REACH more); not past punctuation, a
        figure or another conjunction."""
        toks, t = self.tokens, self.t
        if not (
            j > 0
            and toks[j - 1].text in t.event_stops
            and end < len(toks)
            and toks[end].text in t.gapped_nouns
        ):
            return None
        for k in range(j - 2, max(j - 2 - t.event_reach - _CONJUNCT_REACH, -1), -1):
            if toks[k].kind != "word" or toks[k].text in t.event_stops or self._number_word(toks[k].text):
                return None
            key = t.lex.strip_prefix(toks[k].text, t.events_index, definite=True)
            if key is not None:
                return self._event_phrase_at(k) or t.events[key]
        return None

    def _verb_at(self, k: int) -> bool:
        """A past verb (listed or by its form) or a verb of value (claims.value_verbs) at token k."""
        if not 0 <= k < len(self.tokens) or self.tokens[k].kind != "word":
            return False
        tok = self.tokens[k]
        return self._past_verb(tok) or self.t.lex.strip_prefix(tok.text, self.t.value_verbs) is not None

    def _anaphor_at(self, k: int) -> bool:
        """A pronoun that points back (units.anaphors: "منها", "of them") starts at token k."""
        if k < 0 or k >= len(self.tokens) or self.tokens[k].text not in self.t.anaphor_firsts:
            return False  # no pronoun starts here (`_written_at` would find none)
        return any(self._written_at(k, words) for words in self.t.anaphor_words)

    def _event_right_before(self, start: int) -> str | None:
        """The key of an event named by a noun (units.event_phrases: "the death of", "شفاء",
        "وفاة") that ends right before token `start`, an article apart ("the death of the two
        patients"). Not a verb: in "the strike killed 3 patients" the noun says who they are."""
        toks = self.tokens
        j = start
        if j > 1 and toks[j - 1].text in self.t.determiners:
            j -= 1
        if j < 1 or j - 1 < self._taken or toks[j - 1].kind != "word":
            return None
        return self._event_phrase_before(j)

    def _afflicted_verb_event(self, start: int, end: int) -> str | None:
        """The event of units.afflicted_verb_events named by the word right before a count of the
        sick or the wounded (its verb: "تماثل 77 مريضا للشفاء", "تعافى 40 مصابا") or right after
        it ("للشفاء", "تماثلوا"): what befell them. Not a verb whose pronoun points to a part of
        them ("بلغت حصيلة المصابين 1760 تعافى منهم 900": the 900 recovered)."""
        toks, t = self.tokens, self.t
        for k in (start - 1, end):
            if 0 <= k < len(toks) and toks[k].kind == "word" and not (k == end and self._anaphor_at(k + 1)):
                key = t.lex.strip_prefix(toks[k].text, t.events_index, definite=True)
                if key is not None and t.events[key] in t.afflicted_verb_events:
                    return t.events[key]
        return None

    def _opens_predicate(self, k: int) -> bool:
        """The word at token k, read after a definite noun, opens the predicate of a new clause
        (Arabic): a noun phrase in construct ends with its definite noun and the adjectives that
        agree with it, so an indefinite word after it is no part of it: a verb, or a noun that
        heads the verb's object ("اعتقال الصحفي أثار غضب 300 شخص"، "إنقاذ الاقتصاد يتطلب توظيف
        300 ألف شخص"). The event noun before is that verb's subject, and the count no object of
        the event. Not a word of time, a preposition (units.prepositions) or a word of the
        qualifier lists, nor a verb of value, whose figure is the value of the subject ("عدد
        المفقودين تجاوز 10 آلاف")."""
        t, word = self.t, self.tokens[k].text
        if not t.detached_articles or self._definite(word):
            return False
        return not (
            word in t.clause_time_words
            or word in t.subject_prepositions
            or t.lex.strip_prefix(word, t.prepositions) is not None
            or word in t.predicate_links_set
            or word in t.event_auxiliaries
            or word in t.verbs
            or t.lex.strip_prefix(word, t.value_verbs) is not None
            or word.startswith(t.count_head_starts)
            or t.lex.strip_prefix(word, t.events_index, definite=True) is not None
        )

    def _clause_verb_event(self, start: int) -> str | None:
        """The event of a verb that opens the figure's clause when the figure, its object or its
        subject, stands after the verb's subject and phrases of time and place (a verb first clause):
        "اعتقلت قوات الاحتلال منذ مساء أمس وحتى صباح اليوم، 40 مواطنا" are detainees, "استشهد منذ 30
        مارس 2018، في الضفة الغربية 113 مواطنا" deaths. Read back at most units.event_clause_reach
        tokens, over words, commas and a date's numbers, to an event word (units.events) that opens the
        clause: at the start of the sentence or line, or after a comma, a clause word
        (units.subject_stops) or a clause opener ("كما", "ثم"); no other figure or count and no clause
        word between, and no comma before a conjunction written onto a word that opens no time ("قتل
        جنديان في الهجوم، ونقل 30 شخصا إلى المستشفى": the 30 are another verb's; "، وصباح الأربعاء" goes
        on with the time). A comma must stand between the verb and the figure: the phrases that hold
        them apart are set off by one; without, the words between are the verb's own subject or object
        and a clause of another verb ("قتل جندي في هجوم على قرية يقطنها 500 شخص": its inhabitants),
        unless a time phrase ends right before the figure: it closes the subject as the comma would
        ("اعتقلت قوات الاحتلال الإسرائيلي صباح اليوم 23 فلسطينيا", "توفي اليوم الثلاثاء 22 أكتوبر 2024
        ستة أشخاص")."""
        toks, t = self.tokens, self.t
        # a comma between the figure and the token read, or a time phrase that stands for one
        timed = comma = self._time_word_at(start - 1)
        for k in range(start - 1, max(start - 1 - t.event_clause_reach, -1), -1):
            tok = toks[k]
            if tok.text in _SENTENCE_ENDS or self._line_after(k):
                return None
            if tok.text in ",،":
                timed = False
            elif timed and tok.text in t.subject_prepositions:
                return None  # "قتل جندي في هجوم على قرية يسكنها اليوم 500 شخص": not the verb's subject
            comma = comma or tok.text in ",،"
            if tok.text in ",،" and k + 1 < start and self._opens_coordinate_clause(k + 1):
                return None
            if tok.kind == "word" and (self._number_word(tok.text) or tok.text in t.duals_index):
                return None
            if tok.kind == "num":
                if self._date_number(k) or (len(tok.text) == 4 and k > 0 and toks[k - 1].text in "/"):
                    continue
                return None
            if tok.kind != "word":
                continue
            if tok.text in t.subject_stops:
                return None
            key = t.lex.strip_prefix(tok.text, t.events_index, definite=True)
            if key is None:
                continue
            opens = k == 0 or toks[k - 1].text in _SENTENCE_ENDS or self._line_after(k - 1)
            opens = opens or toks[k - 1].text in ",،" or toks[k - 1].text in t.subject_stops
            opens = opens or toks[k - 1].text in t.clause_openers  # "كما ارتقى في 4 آب، 30 مواطنا"
            # A verbal noun is the subject of another verb, not the clause's event: "مقتل الشاب
            # أشعل احتجاجات شارك فيها 2000 شخص" (units.clause_event_verbs).
            verb = t.lex.strip_prefix(tok.text, t.clause_event_verbs) is not None
            # A phrase that starts at the verb says more than the verb: "أخلي سبيل" (a release).
            return (self._event_phrase_at(k) or t.events[key]) if opens and verb and comma else None
        return None

    def _time_word_at(self, k: int) -> bool:
        """Token k ends a phrase of time: a word of time (clause_time_words: "اليوم", "الخميس",
        "صباح") or a date's day or year written by a month name."""
        if not 0 <= k < len(self.tokens):
            return False
        tok = self.tokens[k]
        if tok.kind == "num":
            return self._date_number(k)
        return tok.kind == "word" and tok.text in self.t.clause_time_words

    def _opens_coordinate_clause(self, k: int) -> bool:
        """The word at token k has a conjunction written on (time.conjunctions: و، ف) and is no
        word of time after it: it opens a coordinate clause, not a time phrase."""
        word = self.tokens[k].text
        if self.tokens[k].kind != "word":
            return False
        for conjunction in self.t.conjunctions:
            rest = word[len(conjunction) :]
            if word.startswith(conjunction) and len(rest) > 1:
                article = next((a for a in self.t.articles if rest.startswith(a)), "")
                return not ({rest, rest[len(article) :]} & self.t.clause_time_words)
        return False

    def _unless_precaution(self, k: int, key: str) -> str:
        """The event read at token k, unless it is one of harm (units.precaution_events) and a
        phrase of precaution (units.precaution_phrases) follows it within _PRECAUTION_REACH
        tokens of its clause: people "taken to the hospital for observation as a precaution"
        or "hospitalized for observation" suffered no harm the text names; they are counted as
        units.precaution_key (people), as the guide's general words of people with nothing
        befalling them are."""
        toks, t = self.tokens, self.t
        if not t.precaution_words or key not in t.precaution_events:
            return key
        for m in range(k + 1, min(k + 1 + _PRECAUTION_REACH, len(toks))):
            if toks[m].text in _SENTENCE_ENDS or toks[m].text in ",،;" or self._line_after(m - 1):
                return key
            for words in self._filed_at(t.precaution_words_by_first, t.precaution_words, m):
                if self._written_at(m, words):
                    return t.precaution_key
        return key

    def _event_phrase_at(self, k: int) -> str | None:
        """The key of a several-word event (units.event_phrases) starting at token k."""
        for words, key in self._filed_at(self.t.event_phrases_by_first, self.t.event_phrases, k):
            if self._written_at(k, words):
                return key
        return None

    def _object_event_before(self, j: int, end: int) -> str | None:
        """The key of a verb that names an event only with the count as its object
        (units.object_events: "the virus has claimed 87,617 people"), right before the figure,
        when the count and its noun end the clause: punctuation, a conjunction of events
        (units.event_stops), a preposition (units.subject_prepositions), a determiner or a time
        word next. Any other word may be the verb of a clause the verb reports, whose subject
        the count is ("Police claimed 5,000 people attended", "claimed 300 were present")."""
        toks, t = self.tokens, self.t
        if not t.object_events or j < 1 or toks[j - 1].text not in t.object_events:
            return None
        if end < len(toks) and toks[end].kind == "word":
            word = toks[end].text
            if not (
                word in t.event_stops
                or word in t.subject_prepositions
                or word in t.determiners
                or word in t.time_words
            ):
                return None
        return t.object_events[toks[j - 1].text]

    def _line_break_before(self, j: int) -> bool:
        """Whether a line ends between token j - 1 and token j."""
        toks = self.tokens
        return 0 < j < len(toks) and "\n" in self.norm.text[toks[j - 1].end : toks[j].start]

    def _event_phrase_before(self, j: int) -> str | None:
        """The key of a several-word event ending right before token j: "claimed the lives of";
        its first word may carry a conjunction (time.conjunctions): "وشفاء 88 حالة"."""
        last = self.tokens[j - 1].text if 0 < j <= len(self.tokens) else ""
        bare = self._without_conjunction(last)
        for words, key in self._filed_at(self.t.event_phrases_by_last, self.t.event_phrases, j - 1):
            if self._written_at(j - len(words), words):
                return key
        if bare is not None and self.t.event_phrases_by_last is not None:
            for words, key in self.t.event_phrases_by_last.get(bare, ()):
                if len(words) == 1:
                    return key
        return None

    def _conjoined_event(self, word: str) -> bool:
        """Whether an event word has a conjunction written onto it ("والإصابات", "وأصيب"): it
        opens a conjunct of its own, not the event of the count before it."""
        rest = self._without_conjunction(word)
        if rest is None:
            return False
        return self.t.lex.strip_prefix(rest, self.t.events_index, definite=True) is not None

    def _without_conjunction(self, word: str) -> str | None:
        """The word without a conjunction written onto it (time.conjunctions: و، ف), None when
        it has none."""
        for conjunction in self.t.conjunctions:
            if word.startswith(conjunction) and len(word) > len(conjunction) + 1:
                return word[len(conjunction) :]
        return None

    def _filed_at(self, filed: dict[str, list[Any]] | None, every: Sequence[Any], k: int) -> Sequence[Any]:
        """The entries of a phrase list filed (`_by_word`) under the word of token k: the only
        ones that can match with that word in their filing place (every entry when the lexicon's
        phrases could not be filed; none past the text's ends)."""
        if filed is None:
            return every
        return filed.get(self.tokens[k].text, ()) if 0 <= k < len(self.tokens) else ()

    def _written_at(self, first: int, words: Sequence[str]) -> bool:
        """Whether the tokens from index `first` on are `words`."""
        toks = self.tokens
        if first < 0 or first + len(words) > len(toks):
            return False
        # a loop, not all() over a generator: that would make `toks` and `first` cells every call
        for n, word in enumerate(words):
            if toks[first + n].text != word:
                break
        else:
            return True
        return False

    def _past_event_phrase_link(self, k: int) -> int | None:
        """The token after a phrase of place or part that token k (units.event_phrase_links)
        opens, when an auxiliary or an event follows it within _PHRASE_REACH tokens: "500 people
        in the northern province were killed", "300 persons of 80 families have been displaced".
        The phrase has no punctuation, clause word or conjunction (event_stops) of its own."""
        toks, t = self.tokens, self.t
        for m in range(k + 1, min(k + 1 + _PHRASE_REACH, len(toks))):
            tok = toks[m]
            if tok.kind not in ("word", "num") or self._line_after(m - 1):
                return None
            if tok.text in t.event_stops or tok.text in t.subject_stops or tok.text in t.relative_pronouns:
                return None
            if tok.kind == "word" and (
                tok.text in t.event_auxiliaries
                or t.lex.strip_prefix(tok.text, t.events_index, definite=True) is not None
                or (t.undergo_verbs and t.lex.strip_prefix(tok.text, t.undergo_verbs) is not None)
            ):
                return m if m > k + 1 else None
        return None

    def _event_after_aside(self, end: int) -> str | None:
        """The event after an aside that names some of the counted ("20 شخصا على الأقل، من بينهم
        طفلة «6 سنوات» قتلوا", "ثلاثة مواطنين بينهم طفل استشهدوا"): a pronoun of units.anaphors
        right after the figure opens it, and the clause's verb follows within _ASIDE_REACH tokens
        (no sentence end, no figure of its own but the aside's)."""
        toks, t = self.tokens, self.t
        k = end
        opened = k < len(toks) and toks[k].text in ",،"
        if opened:
            k += 1
        for size in (2, 1):
            if " ".join(self.tokenized.texts[k : k + size]) in t.anaphors:
                break
        else:
            return None
        for m in range(k + size, min(k + size + _ASIDE_REACH, len(toks))):
            tok = toks[m]
            if opened and tok.text in ",،" and m > k + size:
                # An aside set off by commas: "Five villagers, including a girl, were wounded".
                return self._event_right_after(m + 1)
            if tok.text in _SENTENCE_ENDS or tok.text in ",،" or self._line_after(m - 1):
                return None  # the aside runs to the verb with no comma of its own
            if tok.kind == "num" and not (toks[m - 1].text in _QUOTES or toks[m - 1].text in "(["):
                return None  # "95 بينها 13 حالة وفاة": the event is the aside's own figure's
            if tok.kind == "word":
                key = t.lex.strip_prefix(tok.text, t.events_index, definite=True)
                if key is not None:
                    return t.events[key]
        return None

    def _shortened_compound(self, start: int, head_key: str) -> str | None:
        """The key of the two-word noun the text wrote in full before the figure, when what the
        figure counts is its general head alone: "654 evacuation centers ... the number of centers
        has dropped to 574" (shelters), "polling centers ... for 2597 centers". The text's
        compounds are listed once, on the first figure that counts such a head."""
        if self._compounds is None:
            toks, nouns = self.tokens, self.t.nouns
            self._compounds = [
                (k, self.t.short_heads[toks[k + 1].text], nouns[f"{toks[k].text} {toks[k + 1].text}"])
                for k in range(len(toks) - 1)
                if toks[k + 1].text in self.t.short_heads and f"{toks[k].text} {toks[k + 1].text}" in nouns
            ]
        for k, head, key in reversed(self._compounds):
            if k < start and head == head_key:
                return key
        return None

    def _head_past_number_compound(self, end: int, value: Decimal | None) -> str | None:
        """The key of the head noun after a compound adjective written with a number right after
        the figure ("two 60-seater buses", "three 10-storey buildings"): a number, a hyphen
        written onto both, a word, then the noun phrase as after a count."""
        toks = self.tokens
        if end + 3 >= len(toks) or toks[end].kind != "num" or toks[end + 1].text not in _DASHES:
            return None
        if toks[end].end != toks[end + 1].start or toks[end + 1].end != toks[end + 2].start:
            return None
        if toks[end + 2].kind != "word":
            return None
        found = self._open_noun(end + 3, value, one=value == 1, linked=False)
        return found[0] if found is not None else None

    def _predicate_noun(self, end: int, value: Decimal | None) -> str | None:
        """The key of the noun predicated of a bare figure by a copula right after it
        (units.predicate_copulas): "three were adults", "two were policemen", "seven were
        confirmed to be cholera cases" (past units.predicate_noun_fillers). The noun phrase is
        read as after a count (adjectives, then its head): "five were killed" has none."""
        toks, t = self.tokens, self.t
        if end >= len(toks) or toks[end].text not in t.predicate_copulas:
            return None
        k = end + 1
        while k < len(toks) and k - end <= _PREDICATE_FILLERS and toks[k].text in t.predicate_noun_fillers:
            k += 1
        noun = self._noun_at(k)  # "two were policemen", "two were police officers"
        if noun is not None:
            return t.nouns[noun[0]]
        if (
            t.progressive_endings
            and k < len(toks)
            and toks[k].kind == "word"
            and toks[k].text.endswith(t.progressive_endings)
        ):
            return None  # "one is receiving treatment": a progressive, the clause's own verb
        if self._event_right_after(k + 1) is not None:
            return None  # "one was seriously injured": an adverb of the event, no noun
        found = self._open_noun(k, value, one=value == 1, linked=False)
        return found[0] if found is not None else None

    def _event_right_after(self, k: int) -> str | None:
        """The key of an event at token k, past auxiliaries only ("were wounded")."""
        toks, t = self.tokens, self.t
        while k < len(toks) and toks[k].text in t.event_auxiliaries:
            phrase = self._event_phrase_at(k)
            if phrase is not None:
                return phrase  # "have recovered"
            k += 1
        if k >= len(toks) or toks[k].kind != "word":
            return None
        key = t.lex.strip_prefix(toks[k].text, t.events_index, definite=True)
        return t.events[key] if key is not None else self._event_phrase_at(k)

    def _combined_key(self, key: str, start: int, end: int) -> str:
        """The key of a pair counted together (units.combined_keys): the figure's own noun or
        event coordinated (units.combined_links, apart or written onto the word) with a word of
        the pair's other key, right after the figure ("166 شهيدا وجريحا", "27 killed or
        injured"), or two such words right before it ("مقتل وإصابة أكثر من 27 شخصا") with no
        figure before them in the sentence. Not "killed 27 and injured 40" (the word after the
        link must follow the figure's noun), nor "20 قتلوا وجرح 13" (the first verb is the 20's),
        nor "27 قتيلا وإصابة 106" (a figure right after the other word is its own count)."""
        if not any(key in keys for keys in self.t.combined):
            return key
        toks = self.tokens
        pair: set[str | None] = set()
        if self._word_key(end - 1) == key:
            other, at = self._linked_key(end)
            if at + 1 < len(toks) and (toks[at + 1].kind == "num" or self._number_word(toks[at + 1].text)):
                return key  # "سقوط 27 قتيلا وإصابة 106 آخرين": the other word has a figure of its own
            pair = {key, other}
        elif start >= 3 and toks[start - 2].text in self.t.combined_links:
            if not self._figure_before(start - 3):
                pair = {self._word_key(start - 3), self._word_key(start - 1)}  # "killed and injured 27"
        elif start >= 2 and not self._figure_before(start - 2):
            pair = {self._word_key(start - 2), self._linked_key(start - 1)[0]}  # "مقتل وإصابة 27"
        return self.t.combined.get(frozenset(pair), key) if None not in pair else key

    def _suspected(
        self, at: int, value: Decimal | None, key: str | None
    ) -> tuple[tuple[int, int] | None, int] | None:
        """Whether the noun after "suspected" (at token `at`) counts suspects: a noun of people
        (units.key_classes.people) that no event befalls and no illness afflicts ("12 suspected
        militants"; not "96 suspected cases", "suspected deaths"), or a noun the lexicon does not
        know whose singular is an agent's (units.agent_endings: "34 suspected kidnappers",
        "cultists"). Returns the open noun's span and the token after it (None, at when the
        figure had its noun already), else None."""
        t = self.t
        if key is not None:
            return (None, at) if self._suspect_kind(key) else None
        found = self._open_noun(at, value, one=value == 1, linked=False)
        if found is None:
            return None
        head, span, after = found
        if head in t.noun_keys:
            return (span, after) if self._suspect_kind(head) else None
        return (span, after) if head.endswith(t.agent_endings) else None

    def _suspect_kind(self, key: str) -> bool:
        """A key of people that "suspected" makes suspects: no event's, no affliction's."""
        t = self.t
        if key == t.suspect_key:
            return True
        return (
            key in t.people_class
            and key not in t.afflicted_keys
            and (key not in t.event_keys or key in t.generic_keys)
        )

    def _figure_before(self, k: int) -> bool:
        """A figure earlier in the sentence than token k: "نحو 20 ... قتلوا وجرح 13 آخرون" are 20
        killed and 13 wounded, the first verb being the first figure's."""
        toks = self.tokens
        for m in range(k - 1, max(k - 1 - _SENTENCE_REACH, -1), -1):
            if toks[m].text in _SENTENCE_ENDS or self._line_after(m):
                return False
            if toks[m].kind == "num" or self._number_word(toks[m].text):
                return True
        return False

    def _word_key(self, k: int) -> str | None:
        """The key of the counted noun or event word at token k, if it is one."""
        if not 0 <= k < len(self.tokens) or self.tokens[k].kind != "word":
            return None
        word = self.tokens[k].text
        stem = self._noun_stem(word)
        if stem is not None and stem in self.t.adjective_nouns and not self._ends_noun_phrase(k + 1):
            return None  # "the number of male foreign pilgrims": an adjective
        if stem is not None:
            return self.t.nouns[stem]
        event = self.t.lex.strip_prefix(word, self.t.events_index, definite=True)
        return self.t.events[event] if event is not None else None

    def _linked_key(self, k: int) -> tuple[str | None, int]:
        """The key of the word after a link at token k (the link apart: "or injured", or written
        onto it: "وجريحا"), and the index of that word."""
        toks = self.tokens
        if not 0 <= k < len(toks):
            return None, k
        if toks[k].text in self.t.combined_links:
            return self._word_key(k + 1), k + 1
        if toks[k].kind == "word":
            for link in self.t.combined_links:
                rest = toks[k].text[len(link) :]
                if toks[k].text.startswith(link) and len(rest) > 1:
                    stem = self._noun_stem(rest)
                    if stem is not None:
                        return self.t.nouns[stem], k
                    event = self.t.lex.strip_prefix(rest, self.t.events_index, definite=True)
                    if event is not None:
                        return self.t.events[event], k
        return None, k

    def _number_word(self, word: str) -> bool:
        """A number word that is a figure's own (not a joiner such as "and", not "a" or "one")."""
        entry = self.t.words.get(word)
        return entry is not None and entry.kind != "join" and not entry.weak

    def _count_head_key(self, start: int, own: str | None) -> str | None:
        """What "the number of" (units.count_heads: "عدد") before a bare or generic figure of
        its clause says is counted: the noun in construct after it, or the agreeing adjective
        after that noun when the noun is generic ("عدد السكان المشتغلين"): "بلغ عدد المسافرين
        10 ملايين شخص" are passengers, "عدد العاطلين عن العمل بلغ ... 628 ألف شخص" the
        unemployed. Read back to a comma, a sentence end or another figure (a date's day or year
        inside the clause is passed: "منذ 2 آذار/ مارس الجاري"). A generic noun after it
        ("عدد السكان", the residents: persons) is the answer only for a bare figure, one with
        no noun of its own (`own` None), or for one whose own noun is of the most general
        (units.head_yielding_keys: شخص، حالة): "يرفع عدد الضحايا ... إلى 16 حالة" counts victims."""
        toks, t = self.tokens, self.t
        k = start - 1
        verb_first = False  # the head must follow a verb of value (a comma right before the figure)
        while k >= 0 and start - k <= _SUBJECT_REACH + 8:
            tok = toks[k]
            if tok.text in ",،":
                opening = self._relative_aside_start(k)
                if opening is not None:
                    k = opening - 1  # "عدد المفقودين ...، التي ضربت شرقي البلاد، تجاوز 10 آلاف شخص"
                    continue
                if self._verb_of_value_after(k, start):
                    k -= 1  # "عدد النازحين من مدينة الفاشر ... في ولاية شمال دارفور، تجاوز 99 ألف شخص"
                    continue
                if k == start - 1 and not verb_first and t.value_verbs:
                    # "بلغ عدد العاطلين عن العمل في الثلاثي الثالث من سنة 2022، حوالي 613,6 ألفا": a
                    # comma closes the subject's time or place right before the figure the verb
                    # of value before the head takes.
                    verb_first = True
                    k -= 1
                    continue
                return None
            if tok.text in _SENTENCE_ENDS or self._line_after(k):
                return None
            if tok.kind == "num" and not self._passed_number(k) and not self._counted_place(k):
                if k < 1 or toks[k - 1].text not in t.change_links:
                    return None
                changed = self._change_by_before(start)
                if changed is None or changed > k:
                    return None
                # "the number of unemployed persons decreased by 270,000 to 6.0 million": the
                # change's amount stands between the head and its level.
            if tok.kind == "word" and self._count_head_pronoun(tok.text):
                # "والوفيات التي ارتفع عددها بـ 86 حالة": "its number" counts the noun before.
                for m in range(k - 1, max(k - 5, -1), -1):
                    if toks[m].kind != "word":
                        break
                    if toks[m].text in t.relative_pronouns:
                        # The antecedent stands right before the relative pronoun: in "أهالي
                        # القرى الخمس الذين يقدر عددهم" it is no noun the lexicon counts by.
                        m -= 1
                        stem = self._noun_stem(toks[m].text) if m >= 0 and toks[m].kind == "word" else None
                        if stem is None or t.nouns[stem] in t.generic_keys:
                            return None
                        return t.nouns[stem]
                    stem = self._noun_stem(toks[m].text)
                    if stem is not None:
                        return None if t.nouns[stem] in t.generic_keys else t.nouns[stem]
                return None
            if tok.kind == "word" and (
                t.lex.strip_prefix(tok.text, t.count_heads) is not None or self._totalled_head(k, start)
            ):
                verb = toks[k - 1] if k > 0 else None
                if verb_first and not (
                    verb is not None and verb.kind == "word" and t.lex.strip_prefix(verb.text, t.value_verbs)
                ):
                    return None
                if k + 1 < start and toks[k + 1].text in t.count_head_links:
                    if k > 0 and toks[k - 1].text in t.indefinite:
                        return None  # "a number of": a vague amount, no count head
                    return self._count_head_phrase(k + 2, start)
                words = self._construct_after_head(k, start)
                if len(words) > 1:
                    # "عدد المرشدين الدينيين": a noun of two words, the article on both.
                    second = words[1]
                    if self._definite(second) and second.startswith(t.articles):
                        second = second[len(next(a for a in t.articles if second.startswith(a))) :]
                    stem = self._noun_stem(f"{words[0]} {second}")
                    if stem is not None and t.nouns[stem] not in t.generic_keys:
                        return t.nouns[stem]
                generic: str | None = None
                for word in words:
                    stem = self._noun_stem(word)
                    if stem is None:
                        break
                    if t.nouns[stem] not in t.generic_keys:
                        return t.nouns[stem]
                    generic = generic or t.nouns[stem]
                    if not self._definite(word):
                        break  # "عدد سكان قطاع غزة": a genitive follows, no adjective
                # "عدد سكان البحرين بلغ مليونا و234 ألفا": a generic noun with no adjective that
                # specifies it still says what a figure with no noun of its own counts.
                if own is None or (generic is not None and generic != own and own in t.head_yielding_keys):
                    return generic
                return None
            k -= 1
        return None

    def _totalled_head(self, k: int, start: int) -> bool:
        """Whether token k is a count head with the article before an adjective of a total
        (units.count_head_adjectives): "العدد الإجمالي لحالات الشفاء", "العدد الكلي للإصابات"."""
        toks, t = self.tokens, self.t
        if not t.count_head_adjectives or k + 1 >= start or toks[k + 1].text not in t.count_head_adjectives:
            return False
        word = toks[k].text
        article = next((a for a in t.articles if word.startswith(a)), None)
        return article is not None and word[len(article) :] in t.count_heads

    def _construct_after_head(self, k: int, start: int) -> list[str]:
        """The words (at most two, before the figure at token `start`) of the noun the count head
        at token k counts: the noun in construct right after it ("عدد الإصابات"), or, after an
        adjective of a total (units.count_head_adjectives: "العدد الإجمالي"، "العدد الكلي"), the
        noun the preposition "ل" written onto it links ("العدد الإجمالي لحالات الشفاء"، "العدد
        الكلي للإصابات"), read without the preposition ("لل" is "ل" and the article)."""
        toks, t = self.tokens, self.t
        first = k + 1
        lead: str | None = None
        totalled = first < start and toks[first].text in t.count_head_adjectives
        if totalled:
            first += 1
        if totalled and first < start and toks[first].kind == "word":
            linked = toks[first].text
            for clitic, restored in t.count_head_clitics:
                if linked.startswith(clitic) and len(linked) > len(clitic) + 1:
                    lead = restored + linked[len(clitic) :]
                    break
            if lead is None:
                return []
        words: list[str] = []
        for m in range(first, min(first + 2, start)):
            if toks[m].kind != "word":
                break
            words.append(toks[m].text)
        if lead is not None:
            words[0] = lead  # the linked noun is a word before the figure: words holds it
        return words

    def _populated_place_key(self, start: int) -> str | None:
        """ "Dominica, population 71,000": a bare figure right after a word of population
        (units.population_words) counts the people who live there; so does one right after a
        place and "of" (units.populated_places, the guide's D28): "the vast state of 220
        million", "an island of 3.4 million", "a city of 500,000"."""
        toks, t = self.tokens, self.t
        if start >= 1 and toks[start - 1].text in t.population_words:
            return t.populated_key
        if (
            start >= 2
            and toks[start - 1].text in t.count_head_links
            and toks[start - 2].text in t.populated_places
        ):
            return t.populated_key
        return None

    def _count_head_after(self, end: int) -> str | None:
        """ "2.35 million is the number of pilgrims this year": a bare figure that a copula right
        after it (units.count_head_copulas) makes "the number of" something counts that thing,
        read as after "the number of" before a figure (_count_head_phrase)."""
        toks, t = self.tokens, self.t
        if end >= len(toks) or toks[end].text not in t.count_head_copulas:
            return None
        k = end + 1
        while k < len(toks) and toks[k].text in t.count_head_fillers:
            k += 1
        if k + 2 < len(toks) and toks[k].text in t.count_heads and toks[k + 1].text in t.count_head_links:
            return self._count_head_phrase(k + 2, min(len(toks), k + 2 + _SUBJECT_REACH))
        return None

    def _verb_of_value_after(self, comma: int, start: int) -> bool:
        """A comma that closes a long subject right before the verb of value (claims.value_verbs)
        that takes the figure at token `start`: "عدد النازحين من ... شمال دارفور، تجاوز 99 ألف"."""
        toks = self.tokens
        verb = comma + 1
        if verb >= len(toks) or toks[verb].kind != "word" or self._line_after(comma):
            return False
        if self.t.lex.strip_prefix(toks[verb].text, self.t.value_verbs) is None:
            return False
        return start in (verb, verb + 1)

    def _restated_count_key(self, start: int, own: str) -> str:
        """The key of the count a figure of a restating noun (units.restating_keys: cases) before
        token `start` restates: what "the number of" before it counts, or an event subject of a
        verb of value ("Deaths rose to 12 cases"); the figure's own key where its clause names
        no other count."""
        t = self.t
        head = self._count_head_key(start, own=own) if t.count_heads else None
        if head is not None and head != own and head not in t.generic_keys:
            return head
        if t.predicate_links:
            subject = self._subject_key(start)
            if subject is not None and subject in t.event_keys:
                return subject
        return own

    def _count_head_phrase(self, first: int, start: int) -> str | None:
        """What "the number of" counts where the noun follows its link (units.count_head_links,
        English): the head of the noun phrase from token `first`, the last of the first run of
        counted nouns or event words ("the number of dengue cases this year": cases; "the number
        of injured": the injured), before the figure at token `start`. A general noun for people
        counts the event right after it ("the number of people killed"), else the clause's other
        rules decide."""
        toks, t = self.tokens, self.t
        found: str | None = None
        k = first
        while k < start and toks[k].kind == "word":
            pair = self._noun_stem(f"{toks[k].text} {toks[k + 1].text}") if k + 1 < start else None
            if pair is not None:
                # "the number of killed police officers": a noun of two words is one head, not
                # its last word alone (officers).
                found, k = self.t.nouns[pair], k + 2
                continue
            key = self._word_key(k)
            if found is not None and (key is None or key in t.duration_keys):
                break  # "the number of unemployed year on year": a time word ends the phrase
            if key is not None and not (
                found is not None and key in t.participle_heads and toks[k - 1].text in t.participles
            ):
                # A participle before a generic noun is the count's key, as after a figure: "the
                # number of unemployed people", "the number of injured people".
                found = key
            elif key is None and (toks[k].text in t.subject_prepositions or toks[k].text in t.subject_stops):
                break
            k += 1
        if found is None:
            # A plural the lexicon does not know is the head as after a figure: "burglaries".
            open_noun = self._open_noun(first, None, one=False, linked=False)
            return open_noun[0] if open_noun is not None and open_noun[2] <= start else None
        if found in t.generic_keys:
            if k < start and toks[k].text in t.relative_pronouns:
                k += 1  # "the total number of people who have recovered"
            return self._event_right_after(k)
        return found

    def _definite(self, word: str) -> bool:
        """The word carries the article (ال، وال، بال، لل)."""
        return bool(self.t.detached_articles) and word.startswith(self.t.detached_articles)

    def _rate_of_change(self, k: int) -> bool:
        """The number at token k is a percent of change inside the clause ("ارتفع عدد الوعاظ
        بنسبة 6% ليصل إلى 140 واعظا"): its sign or word follows it."""
        toks = self.tokens
        if k + 1 >= len(toks):
            return False
        if toks[k + 1].text in ("%", "٪"):
            return True
        for size in (2, 1):
            if k + size < len(toks) and all(x.kind == "word" for x in toks[k + 1 : k + 1 + size]):
                stem = self._noun_stem(" ".join(x.text for x in toks[k + 1 : k + 1 + size]))
                if stem is not None:
                    return self.t.nouns[stem] == _PERCENT
        return False

    def _relative_aside_start(self, close: int) -> int | None:
        """The comma that opens a relative clause set off by commas, closed by the comma at
        `close` ("، التي ضربت شرقي البلاد،"): its index, or None."""
        toks, t = self.tokens, self.t
        for k in range(close - 1, max(close - 10, 0), -1):
            if toks[k].text in _SENTENCE_ENDS or self._line_after(k):
                return None
            if toks[k].text in ",،":
                return k if k + 1 < close and toks[k + 1].text in t.relative_pronouns else None
        return None

    def _count_head_pronoun(self, word: str) -> bool:
        """A count head with a possessive pronoun written on ("عددها", "وعددهم")."""
        for suffix in self.t.possessive_suffixes:
            if word.endswith(suffix) and self.t.lex.strip_prefix(word[: -len(suffix)], self.t.count_heads):
                return True
        return False

    def _date_number(self, k: int) -> bool:
        """The number at token k is a date's day or year: a month name is next to it."""
        toks, months = self.tokens, self.t.month_starts
        return (k + 1 < len(toks) and toks[k + 1].text in months) or (k > 0 and toks[k - 1].text in months)

    def _passed_number(self, k: int) -> bool:
        """A number inside the clause that is no figure of it: a date's day or year, a percent of
        change, or the units of a span of time."""
        return self._date_number(k) or self._rate_of_change(k) or self._time_number(k)

    def _counted_place(self, k: int) -> bool:
        """The number at token k counts the places of a phrase inside the subject of "the number
        of", after a preposition of place (units.count_head_place_links) and before its own noun:
        "the number of evacuees at 137 relief centres in five states rose to 28,032"."""
        toks, t = self.tokens, self.t
        return (
            k > 0
            and toks[k - 1].text in t.count_head_place_links
            and k + 1 < len(toks)
            and self._noun_at(k + 1) is not None
        )

    def _time_number(self, k: int) -> bool:
        """The number at token k counts the units of a span of time inside the clause, no figure
        of it: a time unit (units.duration_keys) right after it ("خلال 24 ساعة") or right before
        it, past a detached article ("خلال الساعات الـ 24 الماضية")."""
        toks, t = self.tokens, self.t
        if k + 1 < len(toks) and self._duration_word(k + 1):
            return True
        m = k - 1
        if m >= 0 and toks[m].text in t.articles:
            m -= 1
        return m >= 0 and self._duration_word(m)

    def _duration_word(self, k: int) -> bool:
        """The word at token k is a unit of time (units.duration_keys: ساعة، الأيام، years)."""
        if self.tokens[k].kind != "word":
            return False
        stem = self._noun_stem(self.tokens[k].text)
        return stem is not None and self.t.nouns[stem] in self.t.duration_keys

    def _subject_key(self, start: int) -> str | None:
        """The key of the counted noun heading the subject of a copula or verb of reaching right
        before the figure (units.predicate_links), read back to a clause word or punctuation."""
        toks, t = self.tokens, self.t
        j = start
        for phrase in t.predicate_filler_phrases:
            if j > len(phrase) and tuple(tok.text for tok in toks[j - len(phrase) : j]) == phrase:
                j -= len(phrase)  # "reached a total of 1.3 billion"
                break
        while j > 0 and (toks[j - 1].text in _QUOTES or toks[j - 1].text in t.predicate_fillers):
            j -= 1  # "has risen to a record seven million"
        level_phrase = 0
        for p in self._filed_at(t.change_level_phrases_by_last, t.change_level_phrases, j - 1):
            if j > len(p) and self._written_at(j - len(p), p):
                level_phrase = len(p)
                break
        changed = self._change_by_before(j, j - level_phrase) if level_phrase else None
        links = (
            () if changed is not None else self._filed_at(t.predicate_links_by_last, t.predicate_links, j - 1)
        )
        for link in links:
            k = j - len(link)
            if self._written_at(k, link):
                break
        else:
            k = changed if changed is not None else self._change_by_before(j)
            if k is None:
                k, link = self._adverbed_link_before(j, links)
            if k is None:
                return None
            if toks[k].text in t.item_change_words:
                return self._verbless_item_key(k)
            link = ()
        if k >= 2 and toks[k - 1].text in t.infinitive_marks and toks[k - 2].text not in t.raising_verbs:
            # "rescue teams try to reach millions": an agent's aim, whose object the figure is;
            # but "deaths are expected to reach 500" says what the deaths will reach.
            return None
        while k > 0 and toks[k - 1].text in t.event_auxiliaries:
            k -= 1  # "have reached"
        if link and link[-1] in t.links and k > 0:
            # "a goal surplus of 7", "its gold medal target of 16": the noun right before a
            # link noun ("tally of", "target of") is what the figure counts.
            for size in (2, 1):
                if k - size >= 0 and self.tokenized.kinds[k - size : k].count("word") == size:
                    stem = self._noun_stem(" ".join(self.tokenized.texts[k - size : k]))
                    if stem is not None:
                        return t.nouns[stem]
            # "a population of 9,000": the link noun is itself what the figure counts.
            stem = self._noun_stem(toks[k].text) if len(link) > 1 else None
            if stem is not None:
                return None if self._collective_of_others(k) else t.nouns[stem]
        found: str | None = None
        found_at = -1
        dated = 0  # tokens of a date inside the subject, which do not count against its reach
        inner: str | None = None  # the noun of a phrase after a preposition, if no head precedes it
        saw_preposition = False
        relative: int | None = None  # the relative pronoun of a clause inside the subject
        m = k
        while m > 0 and k - m - dated < _SUBJECT_REACH:
            m -= 1
            tok = toks[m]
            if (
                tok.text == ","
                and m >= 2
                and toks[m - 1].text in t.subject_asides
                and toks[m - 2].text == ","
                and not self._line_after(m - 2)
            ):
                m -= 2  # "The reported deaths, meanwhile, are placed at 27"
                continue
            if tok.kind == "num" and (self._date_number(m) or self._time_number(m)):
                dated += 2
                if m > 0 and self._word_key(m - 1) in t.duration_keys:
                    m -= 1  # "من 624 ألفا في عام 2022 إلى": the year's noun is the date's, no head
                continue  # "منذ 2 آذار/ مارس الجاري", "خلال الساعات الـ 24 الماضية": a time inside it
            if tok.text == "/" and 0 < m < k - 1 and toks[m - 1].kind == toks[m + 1].kind == "word":
                dated += 2
                continue  # "آذار/ مارس": a month written with both its names
            if m > 0 and self._opens_time(m - 1):
                m -= 1
                dated += 2
                continue  # "Turnout of voters this year was": a time inside it, no head
            if tok.kind == "num" or self._number_word(tok.text):
                named = m >= 2 and toks[m - 1].text in _DASHES and toks[m - 1].end == tok.start
                if named and toks[m - 2].kind == "word" and toks[m - 2].end == toks[m - 1].start:
                    m -= 2  # "the death toll from COVID-19 has risen": a name inside the subject
                    continue
                found = None  # in "voters in 275 constituencies were" the noun is the 275's
                break
            if tok.text in "'’" and m + 1 < k and toks[m + 1].text == "s" and toks[m + 1].start == tok.end:
                continue  # "India's northeast": a possessive inside the subject
            if (
                tok.text in t.relative_pronouns
                and m > 0
                and toks[m - 1].kind == "word"
                and not self._line_after(m - 1)
            ):
                # "The number of pilgrims who landed via Saudi airports reached 1,546,345": the
                # relative clause's nouns are not the head, which stands before the pronoun.
                found, inner, saw_preposition, relative = None, None, False, m
                continue
            if m + 1 < k and (tok.text, toks[m + 1].text) in t.subject_time_prepositions:
                continue  # "Deaths from the fever as of March 26 have risen to 144"
            if found is None and tok.text in t.gapping_conjunctions and self._joins_places(m):
                continue  # "visitor arrivals from Europe and the Americas increased by 10%"
            if tok.kind != "word" or tok.text in t.subject_stops or self._line_after(m):
                if (
                    tok.text in t.head_relatives
                    and m > 0
                    and toks[m - 1].kind == "word"
                    and toks[m - 1].text not in t.head_clause_breaks
                ):
                    # "The death toll from the landslide that buried the village ... has risen
                    # to 58": the nouns after "that" are a relative clause's, not the head.
                    return self._sentence_head_key(k) or found or inner
                break  # a clause word, punctuation, or the line before
            if tok.text in t.subject_prepositions:
                # "cases in Myanmar": a noun after the preposition is not the head ...
                inner, found = found or inner, None
                saw_preposition = True
                continue
            if found is None:
                if tok.text in t.state_topics and (m == k - 1 or toks[m + 1].text in t.subject_prepositions):
                    # "unemployment fell by 1,832,000", "unemployment in the region rose by 3,000":
                    # a state of people heading the subject counts the people in that state (the
                    # guide's D16).
                    return t.state_topics[tok.text]
                stem = self._noun_stem(tok.text)
                if stem is not None and self._collective_of_others(m):
                    return None  # "the elephant population has fallen to 40,000"
                if stem is not None:
                    found, found_at = t.nouns[stem], m
            elif t.construct_head_first and m == found_at - 1:
                # Head first: a noun in construct heads the noun after it ("شهداء الاعتداءات"),
                # and a noun its adjective ("الاعتداءات الإسرائيلية").
                stem = self._noun_stem(tok.text)
                if stem is not None:
                    found, found_at = t.nouns[stem], m
            elif m == found_at - 1:
                # A noun of two words heads the subject as one: "Hospitalized cases jumped by 5
                # to 40" counts patients, "ICU cases stood at 13" too, not any cases.
                stem = self._noun_stem(f"{tok.text} {toks[found_at].text}")
                if stem is not None:
                    found, found_at = t.nouns[stem], m
        else:
            before = m - 1
            if (
                k - m - dated >= _SUBJECT_REACH
                and saw_preposition
                and before >= 0
                and toks[before].kind == "word"
                and toks[before].text not in t.subject_stops
                and not self._line_after(before)
            ):
                # A subject with phrases that starts out of reach: its head is the one the
                # sentence opens with, if it opens with a determiner ("The death toll in flash
                # floods triggered by heavy rain in eastern Indonesia has risen to 70"), else unknown.
                return self._sentence_head_key(k)
        # ... unless the subject is that phrase: "with total rejected ballots standing at 313,397".
        if found in t.generic_keys and relative is not None:
            # "the number of people who died in the epidemic has risen to 33": their event.
            return self._event_right_after(relative + 1) or found
        return found or inner or self._sentence_head_key(k)

    def _change_adverb_width(self, link_at: int) -> int:
        """How many tokens of an adverb of change (units.change_adverbs) stand right before the
        link at token link_at: 1 ("fell significantly to"), 2 with a comma after it ("fell
        fractionally, by 1,200"), else 0."""
        toks, adverbs = self.tokens, self.t.change_adverbs
        if link_at >= 1 and toks[link_at - 1].text in adverbs:
            return 1
        if link_at >= 2 and toks[link_at - 1].text == "," and toks[link_at - 2].text in adverbs:
            return 2
        return 0

    def _adverbed_link_before(
        self, j: int, links: Sequence[tuple[str, ...]]
    ) -> tuple[int | None, tuple[str, ...]]:
        """The first token of a predicate link of two or more words whose last word is token j - 1
        and whose other words stand before an adverb of change ("Burglaries fell significantly to
        1,276": "fell to"), and the link; else (None, ())."""
        width = self._change_adverb_width(j - 1)
        if width:
            for link in links:
                k = j - 1 - width - (len(link) - 1)
                if len(link) > 1 and self._written_at(k, link[:-1]):
                    return k, link
        return None, ()

    def _joins_places(self, m: int) -> bool:
        """The conjunction at token m joins two objects of a preposition inside a subject, not two
        clauses: the words before it, back to a preposition of the subject, are no counted noun
        ("arrivals from Europe and the Americas": "Europe"), and the words after it up to the verb
        neither ("the Americas")."""
        toks, t = self.tokens, self.t
        for n in range(m - 1, max(m - 4, -1), -1):
            tok = toks[n]
            if tok.kind != "word" or self._line_after(n) or self._noun_stem(tok.text) is not None:
                return False
            if tok.text in t.subject_prepositions:
                return n < m - 1
            if tok.text in t.subject_stops:
                return False
        return False

    def _collective_of_others(self, k: int) -> bool:
        """Token k is a collective noun of people (units.collective_people_nouns: "population")
        that a lower-case noun before it makes another kind's: "the elephant population", "a lion
        population" (units.collective_people_nouns says which words leave it people)."""
        toks, t = self.tokens, self.t
        if k < 1 or toks[k].text not in t.collective_people_nouns:
            return False
        prev = toks[k - 1]
        word = prev.text
        if prev.kind != "word" or not self._lower_case(prev) or (k >= 2 and self._possessive_at(k - 2)):
            return False  # a name, or a possessive: "the country's population"
        if word in t.determiners or word in t.known_words or word in t.words or word in t.lookahead_stops:
            return False
        stem = self._noun_stem(word)
        if stem is not None:
            return t.nouns[stem] not in t.people_keys
        return not word.endswith(t.adjective_endings)

    def _change_by_before(self, j: int, link_at: int | None = None) -> int | None:
        """The verb of a change whose amount stands between it and its link ("rose by 3 per cent
        to 535 million": units.change_links, then the link of a predicate link "rose to"), when
        the figure at token j follows the link: the index of the verb, else None. With link_at,
        the words from there to the figure are a phrase of units.change_level_phrases ("to
        reach", "totalling"), which links the level as units.change_level_link does."""
        toks, t = self.tokens, self.t
        if link_at is None:
            link_at, link = j - 1, toks[j - 1].text
        elif t.change_level_link is None:
            return None
        else:
            link = t.change_level_link
        if not t.change_links or link_at < 3 or (link,) not in t.predicate_link_ends:
            return None
        if link in t.change_links:
            return None  # "rose by 30 and carjackings by 12": a gapped clause, not the level
        amount_end = self._before_change_time(link_at - 1)
        for m in range(amount_end, max(amount_end - _CHANGE_AMOUNT, 0), -1):
            tok = toks[m]
            if (
                m > 0
                and toks[m + 1].kind == "num"
                and tok.text in t.item_change_words
                and toks[m - 1].text in t.predicate_copulas
                and link in t.range_to
            ):
                # "murders were up 2% in 2019 to 670": a change said by its adverb, whose level
                # after it counts the subject's noun.
                return m - 1
            if tok.text in _SENTENCE_ENDS or tok.text in ",،":
                return None
            if tok.text in t.change_links:
                verb = m - 1 - self._change_adverb_width(m)
                if verb >= 0 and (toks[verb].text, link) in t.predicate_links_set:
                    return verb
                return None
            if toks[m + 1].kind == "num" and tok.kind == "word" and (tok.text, link) in t.predicate_links_set:
                return m  # "declined 19 per cent to 72,867": the amount right after the verb
            if (
                toks[m + 1].kind == "num"
                and tok.text in t.item_change_words
                and m > 0
                and toks[m - 1].text == ","
            ):
                return m  # "Burglaries, up 4 per cent from 1,200 to 1,248": a verbless item
            if (
                toks[m + 1].kind == "num"
                and tok.text in t.gapping_conjunctions
                and m > 0
                and toks[m - 1].text == ")"
            ):
                # "rose by 10% (from 2,000 to 2,200) and 7% (from 700 to 749)": a gapped change
                # whose levels count what the first change's levels count.
                for opener in range(m - 2, max(m - 2 - _CHANGE_AMOUNT, 0), -1):
                    if toks[opener].text == "(":
                        first = opener + 2
                        if toks[opener + 1].text == link and toks[first].kind == "num":
                            return self._change_by_before(first)
                        break
                return None
        return None

    def _exchange_quote_key(self, start: int, end: int) -> str | None:
        """A bare figure right before a side of an exchange quote (units.exchange_sides: "للشراء",
        "للمبيع", "بيع") is a price in the currency its sentence quotes: the first currency the
        sentence names before it that is not one currencies are quoted against
        (units.exchange_reference_keys): "سجلت الليرة السورية مقابل اليورو سعر 7258 للشراء" and
        "سعر الليرة أمام الدولار (765 بيع – 760 شراء)" are Syrian pounds."""
        toks, t = self.tokens, self.t
        if end >= len(toks) or toks[end].text not in t.exchange_sides:
            return None
        m = start
        while m > 0 and toks[m - 1].text not in _SENTENCE_ENDS and not self._line_after(m - 1):
            m -= 1
        for k in range(m, start):
            if toks[k].kind != "word":
                continue
            stem = None
            if k + 1 < start and toks[k + 1].kind == "word":
                # "الليرة السورية": the adjective takes the article its noun takes.
                adjective = toks[k + 1].text
                bare = [adjective[len(a) :] for a in t.articles if adjective.startswith(a)]
                for second in (adjective, *bare):
                    stem = stem or self._noun_stem(f"{toks[k].text} {second}")
            stem = stem or self._noun_stem(toks[k].text)
            key = t.nouns[stem] if stem is not None else None
            if key is not None and key in t.currency_keys and key not in t.exchange_reference_keys:
                return key
        return None

    def _before_change_time(self, m: int) -> int:
        """The last token of a change's amount that ends at token m, or before the time of the
        change there and the comma after it: "rose 21 per cent year-on-year last month, to
        62,611", "were up 2% in 2019 to 670" (units.change_time_adjuncts, a time modifier and its
        time word, a preposition of units.change_time_prepositions and a year or a month)."""
        end = m - 1 if m > 0 and self.tokens[m].text == "," else m
        while end > 1:
            before = self._before_time_phrase(end)
            if before == end:
                break
            end = before
        return end

    def _before_time_phrase(self, end: int) -> int:
        """The token before one time phrase of a change that ends at token `end` ("year-on-year",
        "last month", "in 2019", "in March 2024"), or `end` when none ends there."""
        toks, t = self.tokens, self.t
        for phrase in t.change_time_adjuncts:
            if self._written_at(end - len(phrase) + 1, phrase):
                return end - len(phrase)
        if self._opens_time(end - 1):
            return end - 2  # "last month"
        at = end
        year = toks[at].kind == "num" and _year_like(toks[at].text)
        if year and toks[at - 1].text in t.month_starts:
            at -= 1  # "in March 2024"
        dated = year or toks[at].text in t.month_starts
        if dated and at > 1 and toks[at - 1].text in t.change_time_prepositions:
            return at - 2  # "in 2019", "in March"
        return end

    def _verbless_item_key(self, k: int) -> str | None:
        """The key of the noun a verbless item of a list opens with, when the item's change
        stands after a comma at token k ("* Burglaries, up 4 per cent from 1,200 to 1,248",
        "Car thefts, down 2% from 300 to 294"): the item is a line of words (after its bullet)
        up to the comma, its head the last counted noun before a preposition."""
        toks, t = self.tokens, self.t
        start = k - 1
        while start > 0 and not self._line_after(start - 1) and k - 1 - start < _SUBJECT_REACH:
            start -= 1
        if start > 0 and not self._line_after(start - 1):
            return None  # longer than a noun phrase, or not the line's opening
        while start < k - 1 and toks[start].kind != "word":
            start += 1  # the item's bullet
        found: str | None = None
        found_at = last = -1
        for m in range(start, k - 1):
            tok = toks[m]
            if tok.text in t.gapping_conjunctions:
                continue  # "Assault and related offences": two nouns, the last one heads
            if tok.kind != "word" or tok.text in t.subject_stops:
                return None  # a clause, not a noun phrase
            if tok.text in t.subject_prepositions:
                break
            stem = self._noun_stem(tok.text)
            if stem is not None:
                found, found_at = t.nouns[stem], m
            elif found_at == m - 1:
                stem = self._noun_stem(f"{toks[found_at].text} {tok.text}")
                if stem is not None:
                    found, found_at = t.nouns[stem], m
            last = m
        # The head comes last: "Drug use and possession" counts no drugs.
        return found if found_at == last else None

    def _sentence_head_key(self, link: int) -> str | None:
        """The key of the head of a long subject that opens the sentence, when the walk back from
        the verb of reaching at token `link` met a clause or a bracket inside it: "The death toll
        from the quake that struck the coast on Friday has risen to 45", "The number of families
        affected by the storms has reached 7,000". The subject opens with a determiner
        (units.head_determiners, after a dateline's dash); its head is its last counted noun
        before its first preposition, clause word or punctuation. A general noun for people with
        an event after its relative pronoun counts that event ("the number of persons who died
        ... has risen to 71"). The subject opens the sentence or the clause after a clause break
        (units.head_clause_breaks: "said", "while"; or a comma and a conjunction)."""
        toks, t = self.tokens, self.t
        if not t.head_determiners:
            return None
        start = None
        for m in range(link - 1, max(link - 1 - _HEAD_REACH, -1), -1):
            tok = toks[m]
            if (
                tok.text in _SENTENCE_ENDS
                or self._line_after(m)
                or tok.text in t.head_clause_breaks
                or (tok.text in t.event_stops and m > 0 and toks[m - 1].text in ",،")
            ):
                start = m + 1  # the sentence, or the clause after "said", "while", ", and"
                break
        else:
            if link - 1 - _HEAD_REACH < 0:
                start = 0
        if start is None:
            return None
        for m in range(start, min(start + _DATELINE_WORDS, link)):
            if m > start and (
                (toks[m].text in _DASHES and toks[m - 1].end < toks[m].start)
                or (toks[m].text == ":" and toks[m - 1].kind == "word" and toks[m - 1].end == toks[m].start)
            ):
                start = m + 1  # "MANILA – The number of ...", "Jakarta: The death toll ..."
                break
        while start < link and toks[start].text in _QUOTES:
            start += 1  # a quotation that opens with its subject
        if start >= link or toks[start].text not in t.head_determiners:
            return None
        found: str | None = None
        end = start + 1
        while end < link:
            tok = toks[end]
            if (
                tok.kind != "word"
                or tok.text in t.subject_prepositions
                or tok.text in t.subject_stops
                or tok.text in t.relative_pronouns
            ):
                break
            stem = self._noun_stem(tok.text)
            if stem is not None:
                found = t.nouns[stem]
            end += 1
        if end >= link or found is None:
            return None
        if found in t.generic_keys and toks[end].text in t.relative_pronouns:
            return self._event_right_after(end + 1) or found
        return found

    def _gapped_subject_key(self, start: int) -> str | None:
        """The noun of a gapped clause's subject, written between its conjunction and the link
        of the verb left out, for the bare figure after the link: "robberies went up by 16 and
        break-ins by 88", "cases have mounted to 15,712 and deaths to 507". The clause before
        has the same link (units.predicate_links' last words: "by", "to")."""
        toks, t = self.tokens, self.t
        link = start - 1
        if link < 3 or (toks[link].text,) not in t.predicate_link_ends:
            return None
        first = link - 1
        while first >= 2 and toks[first - 1].text == "-" and toks[first - 2].end == toks[first - 1].start:
            first -= 2  # "break-ins"
        if first < 1 or toks[first].kind != "word" or toks[first - 1].text not in t.gapping_conjunctions:
            return None
        conjunction = first - 1
        for m in range(conjunction - 1, max(conjunction - 1 - _GAPPED_LINK_REACH, -1), -1):
            if toks[m].text in _SENTENCE_ENDS or self._line_after(m):
                return None
            if toks[m].text == toks[link].text:
                break  # the clause before has the same link
        else:
            return None
        found = self._noun_at(first, modified=False)
        if found is not None and found[2] == link:
            return t.nouns[found[0]]
        return self._open_key(first, link, one=False) if t.singular_endings else None

    def _object_key(self, start: int, end: int) -> str | None:
        """The key of the object of a causative verb whose link stands right before the figure
        (units.causative_verbs, causative_links): "taking the death toll in the region to 162",
        "brings the total number of cases to 2,535". The object runs from the verb to its
        first preposition (units.subject_prepositions); its last counted noun there is the head
        ("the total number of Covid-19 cases": cases). No clause break between verb and link.
        The object may follow the figure instead, the verb right before its link: "bringing to
        89 the number of persons murdered" (_object_after_key)."""
        toks, t = self.tokens, self.t
        link = start - 1
        if link >= 1 and toks[link].text == "(":
            link -= 1  # "bringing the total number of cases to (3,112)"
        if link < 1 or toks[link].text not in t.causative_links:
            return None
        if toks[link - 1].text in t.causative_verbs:
            return self._object_after_key(end)
        for verb in range(link - 1, max(link - 1 - _OBJECT_REACH, -1), -1):
            tok = toks[verb]
            if tok.text in _SENTENCE_ENDS or tok.text in ",،" or self._line_after(verb):
                return None
            if tok.text in t.causative_verbs:
                break
        else:
            return None
        return self._object_head_key(verb + 1, link)

    def _object_after_key(self, end: int) -> str | None:
        """The key of a causative verb's object written after the figure that ends at token
        `end` ("bringing to eight the number of people who lost their lives", "raising to 12 the
        death toll"): "the number of" and what it counts (_count_head_phrase), else the object's
        last counted noun before its first preposition."""
        toks, t = self.tokens, self.t
        k = end
        while k < len(toks) and toks[k].text in t.count_head_fillers:
            k += 1
        if k == end or k >= len(toks):
            return None  # no determiner: "brought to 12 people" is no object after the figure
        if k + 2 < len(toks) and toks[k].text in t.count_heads and toks[k + 1].text in t.count_head_links:
            return self._count_head_phrase(k + 2, min(len(toks), k + 2 + _SUBJECT_REACH))
        stop = k
        while stop < min(len(toks), k + _OBJECT_REACH) and toks[stop].kind == "word":
            stop += 1
        return self._object_head_key(k, stop)

    def _object_head_key(self, first: int, stop: int) -> str | None:
        """The key of the last counted noun of an object from token `first`, read to its first
        preposition, clause word or adjunct of time (or to token `stop`)."""
        toks, t = self.tokens, self.t
        found: str | None = None
        for k in range(first, stop):
            word = toks[k].text
            if word in t.subject_prepositions or word in t.subject_stops or word in t.total_adjuncts:
                break
            stem = self._noun_stem(word)
            if stem is not None:
                found = t.nouns[stem]
        return found

    def _change_of_rate(self, start: int, end: int, points: Decimal | None = None) -> bool:
        """Whether a percent at token `start` is the amount by which a rate changed, a difference
        of percents (the guide's `percentage_point`): a link of a change's amount or of a band
        (units.rate_change_links: "بمقدار", "down", "plus or minus") right before it, and a rate
        (units.rate_nouns: "معدل", "rate") named before it in its sentence: "تراجع معدل البطالة إلى
        7.5%، منخفضا بمقدار 0.3%", "the unemployment rate was 5.4%, down 0.2%". A change of an
        amount ("sales rose 3%") stays a percent. Past a comma the rate is still the subject only
        when its level, a percent, stands between ("the rate was 5.4%, down 0.2%"): a rate in a
        clause of its own ("Despite higher interest rates, sales rose 4%") is not what changed,
        nor one before a comma and a conjunction (units.event_stops: ", and admissions rose").

        The level alone says it too, as the guide's "a difference of percents" does: a
        percent the same clause gives before the link as a level (after a word of units.rate_level_marks:
        "inflation rose to 11.1% in October, up by 1%", "the share of women (4.5%) fell by 0.2%"; not
        "a recession of 0.3% in 2020 to grow by 7.5%", a change itself; no clause word of
        units.rate_clause_stops between), or right after the amount through a link of its
        level (units.rate_level_links: "by 0.2 points to 5.5 per cent", "بزيادة 0.3% عن 6.1%").
        A noun of a change with its link (units.level_change_links: "an increase of") counts only
        with such a level. Bare points (their value `points`) are a rate's only by a level after
        them above the amount: "the index rose 120 points" stays points, and "رفع سعر الفائدة
        بمقدار 50 نقطة إلى 2%" are basis points, no difference of percents."""
        toks, t = self.tokens, self.t
        rate_links = self._filed_at(t.rate_change_links_by_last, t.rate_change_links, start - 1)
        link = next((p for p in rate_links if self._written_at(start - len(p), p)), None)
        level_only = False
        if link is None:
            level_links = self._filed_at(t.level_change_links_by_last, t.level_change_links, start - 1)
            link = next((p for p in level_links if self._written_at(start - len(p), p)), None)
            level_only = True
        if link is None:
            return False
        level = self._level_after(end)
        if points is not None:
            return level is not None and points < level
        if level is not None:
            return True
        if self._level_after(end, counts=True) is not None:
            return False  # "turnout rose 4% to 2.1 million": the level a count, the change a percent
        crossed_comma = level_between = level_in_clause = False
        clause_open = True
        for m in range(start - len(link) - 1, max(start - len(link) - 1 - 2 * _SENTENCE_REACH, -1), -1):
            text = toks[m].text
            if text in _SENTENCE_ENDS or self._line_after(m):
                break
            if text in t.event_stops and m > 0 and toks[m - 1].text in _CLAUSE_COMMAS:
                break  # "95%, and admissions were up 10%": another clause's subject
            clause_open = clause_open and text not in t.rate_clause_stops
            crossed_comma = crossed_comma or text in _CLAUSE_COMMAS
            if (
                toks[m].kind == "num"
                and self._rate_after(m + 1)
                and not any(
                    self._written_at(m - len(p), p)
                    for p in self._filed_at(t.rate_change_links_by_last, t.rate_change_links, m - 1)
                )
            ):
                level_between = True  # a level, not "up 1.5 percent ..., compared with an increase of 1.2%"
                level_in_clause = level_in_clause or (
                    clause_open and m > 0 and toks[m - 1].text in t.rate_level_marks
                )
            if (
                not level_only
                and text in t.rate_nouns
                and not (m > 0 and toks[m - 1].text in t.not_rate_modifiers)
                and (level_between or not crossed_comma)
            ):
                return True  # not "the exchange rate fell 3%", a price's change
        return level_in_clause

    def _difference_of_shares(self, start: int, end: int, unit_key: str) -> bool:
        """Whether a percent or points (tokens `start` to `end`) measure a lead or a difference
        between two shares, the guide's "a difference of percents" (`percentage_point`): a noun
        of a difference the figure modifies, right after it (units.difference_heads: "a 3% lead",
        "a 12-point lead"; none in a language whose modifiers follow their noun, where "48%
        بفارق 3%" is a level before the difference), right before it or before its link
        (units.difference_nouns, difference_links: "a difference of at least 10 percent", "بفارق
        5%"), or a word of leading before a link of its measure
        (units.lead_words, lead_links: "led his closest rival by 6.6%", "extended its lead by 2
        points"). A lead in percent is a difference of shares by itself; any other difference,
        and every difference in points, is one only beside a share, a percent in its sentence or
        the sentence before ("a 12-point lead with 97 percent of centres reporting"): sports copy
        keeps its points ("a 12-point lead at the top"), and a difference of prices its percent."""
        toks, t = self.tokens, self.t
        after = end + 1 if end < len(toks) and toks[end].text in t.symbols_after else end
        heads = self._filed_at(t.difference_heads_by_first, t.difference_heads, after)
        noun = next((p for p in heads if self._written_at(after, p)), None)
        if noun is None:
            k = start - 1 if start > 0 and toks[start - 1].text in t.difference_links else start
            nouns = self._filed_at(t.difference_nouns_by_last, t.difference_nouns, k - 1)
            noun = next((p for p in nouns if self._written_at(k - len(p), p)), None)
        lead = noun is not None and noun[0] in t.lead_words
        if noun is None and start > 0 and toks[start - 1].text in t.lead_links:
            lead = self._lead_word_before(start - 1)
            if not lead:
                return False
        elif noun is None:
            return False
        return (lead and unit_key == _PERCENT) or self._share_beside(start, after)

    def _lead_word_before(self, link: int) -> bool:
        """A word of leading (units.lead_words) in the clause before the link of its measure at
        token `link`, within six words and past no other such link: "led his closest competitor
        by 6.6%"; not "the party led by X won by 5%"."""
        toks, t = self.tokens, self.t
        for m in range(link - 1, max(link - 7, -1), -1):
            tok = toks[m]
            if tok.kind != "word" or tok.text in t.lead_links:
                return False
            if tok.text in t.lead_words:
                return True
        return False

    def _share_beside(self, start: int, end: int) -> bool:
        """A percent other than tokens `start` to `end` in their sentence or the sentence before."""
        toks = self.tokens
        ends = 0
        lo = start
        while lo > 0 and start - lo < 4 * _SENTENCE_REACH:
            if toks[lo - 1].text in _SENTENCE_ENDS:
                ends += 1
                if ends == 2:
                    break
            lo -= 1
        hi = end
        while hi < len(toks) and hi - end < 2 * _SENTENCE_REACH and toks[hi].text not in _SENTENCE_ENDS:
            hi += 1
        return any(
            toks[m].kind == "num" and self._rate_after(m + 1) for m in (*range(lo, start), *range(end, hi))
        )

    def _change_noun_key(self, start: int, end: int) -> str | None:
        """What a bare figure counts as the amount of a change a noun names (units.change_nouns),
        the phrase of what changed after it (units.change_objects): "an overall decline of 523 in
        major crimes", "an increase of 116 on the number of murders", "an increase in murder of
        562", "زيادة 30 ألفا في عدد المواطنين", "بانخفاض قدره 500 في عدد الطلاب". A time or a
        place there ("an increase of 40 in March", "a drop of 12 in Gaza") names nothing counted."""
        toks, t = self.tokens, self.t
        k = start - 1
        # "a decline of 523", "بانخفاض قدره 68.8 ألف"; Arabic writes the amount right after the noun.
        linked = k >= 0 and (toks[k].text in t.change_noun_links or toks[k].text in t.change_amount_words)
        if linked:
            k -= 1
        if k >= 0 and toks[k].text in t.change_nouns and (linked or not t.change_noun_links):
            if (
                end + 2 < len(toks)
                and toks[end].text in t.restatements
                and (toks[end + 1].kind == "num" or self._number_word(toks[end + 1].text))
                and self._rate_after(end + 2)
            ):
                # "a decline of 523 or 13.3 per cent in major crimes": the same change as a percent
                end = next(
                    (m for m in range(end + 2, min(end + 5, len(toks))) if toks[m].text in t.change_objects),
                    end,
                )
            if end < len(toks) and toks[end].text in t.change_objects:
                return self._changed_phrase_key(end + 1)
            return None
        level_from = self._level_from_index(start) if t.rated_change_reach else None
        if level_from is not None:
            # "a 13% increase in homicides involving a knife from 77 to 87": the levels of the
            # change count what the phrase after the noun names.
            for m in range(level_from - 1, max(level_from - 1 - t.rated_change_reach, 0), -1):
                if toks[m].kind != "word" and toks[m].text not in _CLAUSE_COMMAS:
                    return None
                if toks[m].text in t.change_objects and toks[m - 1].text in t.change_nouns:
                    return self._changed_phrase_key(m + 1, stop=level_from)
            return None
        if start >= 1 and toks[start - 1].text in t.change_noun_links:
            # "an increase in murder of 562": the phrase stands between the noun and the amount.
            for m in range(start - 2, max(start - 2 - _CHANGED_REACH, 0), -1):
                if toks[m].kind != "word":
                    return None
                if toks[m].text in t.change_objects and toks[m - 1].text in t.change_nouns:
                    return self._changed_phrase_key(m + 1, stop=start - 1)
        return None

    def _level_from_index(self, start: int) -> int | None:
        """The token of the "from" (qualifiers.range_from) that opens a change's levels, when the
        figure at `start` is one of them: right after it ("from 77"), or after the "to" that
        follows the first level ("from 77 to 87"); None when the "from" opens no change."""
        toks = self.tokens
        j = start - 1
        if j >= 1 and toks[j].text in self.t.range_to:
            first = next((m for m in range(j - 1, max(j - 4, 0), -1) if toks[m].kind != "num"), None)
            j = first if first is not None and toks[first].kind == "word" else -1
        if j < 1 or toks[j].text not in self.t.range_from_index or not self._changed_from(j + 1):
            return None
        return j

    def _changed_phrase_key(self, k: int, stop: int | None = None) -> str | None:
        """The key of the first counted noun of the phrase from token k (to `stop`), past "the
        number of" and its fillers and the adjectives before the noun; none when it is a length
        of time."""
        toks, t = self.tokens, self.t
        last = min(len(toks), k + _CHANGED_REACH if stop is None else stop)
        while k < last:
            tok = toks[k]
            if tok.kind != "word" or tok.text in t.event_stops or tok.text in t.relative_pronouns:
                return None
            found = self._noun_at(k)
            if found is not None:
                key = t.nouns[found[0]]
                return None if key in t.duration_keys else key
            k += 1
        return None

    def _level_after(self, end: int, counts: bool = False) -> Decimal | None:
        """The value of a percent that follows the amount of a change through a link of its level
        (units.rate_level_links), one word at most between: "by 0.2 points to 5.5 per cent", "an
        increase of 0.07 percentage over the 18.48 per cent", "بزيادة 0.3% عن 6.1%"; with
        `counts`, of a number that is no percent there ("rose 4% to 2.1 million")."""
        toks, t = self.tokens, self.t
        k = end
        if k < len(toks) and toks[k].text in t.symbols_after:
            k += 1  # the amount's own sign, when the figure's end stops before it
        if k >= len(toks) or toks[k].text not in t.rate_level_links:
            return None
        for num in (k + 1, k + 2):
            if num < len(toks) and toks[num].kind == "num":
                if self._rate_after(num + 1) == counts:
                    return None
                return parse_number_text(toks[num].text, self.t.lex)
            if num >= len(toks) or toks[num].kind != "word":
                return None
        return None

    def _line_label_key(self, start: int) -> str | None:
        """What a line's one-word label before a colon names, for a count of a generic noun right
        after it ("- الوفيات : حالتين" deaths, "- الشفاء: 27 حالة" recoveries, "Deaths: 3 cases"):
        the label's people, event or case noun, or a bulletin's label word (units.line_labels:
        "الشفاء", a hospital's name elsewhere). The label opens its line, after a bullet at most."""
        toks, t = self.tokens, self.t
        if start < 2 or toks[start - 1].text != ":" or toks[start - 2].kind != "word":
            return None
        first = start - 2
        if first > 0 and toks[first - 1].text in _BULLETS:
            first -= 1
        if first > 0 and not self._line_after(first - 1):
            return None
        label = toks[start - 2].text
        key = t.line_labels.get(label) or self._people_key_at(start - 2, t.people_and_event_keys)
        return key if key not in t.generic_keys else None

    def _list_item_key(self, start: int, end: int) -> str | None:
        """What a bare figure counts as an item of a list of labelled figures ("Label: N" after a
        colon, closed by a comma, a full stop, "and" or the line's end; "Label (N)" in brackets
        after a word): what its own label names when the label is a count of people or
        cases ("مجموع الوفيات: 121", "Deaths: 12"), else what the list's head, the sentence
        before its first item, names ("الإصابات الجديدة توزعت كالتالي: بغداد: 25، البصرة:
        1", "deaths were recorded in Manicaland (12), Harare (3)"), in a list of two items or
        more: a label names a place or a group, not the thing counted. Only counts of people,
        their events and cases are read so (units.people_keys, units.events, generic_keys): the
        head's first such noun is the subject the list distributes."""
        toks, t = self.tokens, self.t
        if start < 2 or toks[start - 2].kind != "word":
            return None
        bracketed = toks[start - 1].text == "(" and end < len(toks) and toks[end].text == ")"
        if not bracketed and toks[start - 1].text != ":":
            return None
        close = end
        if (
            not bracketed
            and close < len(toks)
            and toks[close].text not in _LIST_SEPARATORS
            and toks[close].text not in t.combined_links
            and not self._line_after(close - 1)
        ):
            return None
        first = start - 1  # the sentence's first token
        while first > 0 and toks[first - 1].text not in _SENTENCE_ENDS and not self._line_after(first - 1):
            first -= 1
        label = start - 2
        while label > first and toks[label - 1].kind == "word":
            label -= 1
        counted = t.event_keys | t.generic_keys | t.people_keys
        if not bracketed:
            for k in range(label, start - 1):
                key = self._people_key_at(k, counted)
                if key is not None:
                    return key
        else:
            # "أسفر عن مقتل (13) وإصابة (33)": an event word before the brackets is the figure's
            # own event (a place there labels an item of the list: "Manicaland (12)").
            key = self._people_key_at(start - 2, t.event_keys)
            if key is not None:
                return key
        marks = ("(",) if bracketed else (":",)
        last = start  # the sentence's last token
        while last + 1 < len(toks) and toks[last].text not in _SENTENCE_ENDS and not self._line_after(last):
            last += 1
        items = [
            k
            for k in range(first + 2, last)
            if toks[k].kind == "num"
            and toks[k - 1].text in marks
            and toks[k - 2].kind == "word"
            and (not bracketed or toks[k + 1].text == ")")
        ]
        if len(items) < 2 or start not in items:
            return None
        head_end = next(m for m in range(first, last) if toks[m].text in marks)
        if any(toks[m].kind == "num" for m in range(first, head_end)):
            return None  # "تسجيل 37 حالة شفاء وكما يلي: ...": the items are the figure's parts
        keys = (self._people_key_at(k, counted) for k in range(first, head_end))
        return next((key for key in keys if key is not None), None)

    def _people_key_at(self, k: int, counted: frozenset[str]) -> str | None:
        """The key of the noun (two words, else one) or event word at token k when it is one of
        `counted`: people, their events, cases."""
        found = self._noun_at(k)
        key = self.t.nouns[found[0]] if found is not None else self._word_key(k)
        return key if key in counted else None

    def _line_after(self, m: int) -> bool:
        """Whether a line break follows token m (before the next token)."""
        toks = self.tokens
        return m + 1 < len(toks) and "\n" in self.norm.text[toks[m].end : toks[m + 1].start]

    def _sentence_has(
        self, start: int, end: int, words: dict[str, str], *, after: bool = True, reach: int = _SENTENCE_REACH
    ) -> str | None:
        """The first of `words` (a clitic index) in the figure's sentence, within `reach` tokens of
        it, before it or (if `after`) after it."""
        toks = self.tokens
        phrases = self.t.cue_phrases(words)  # its entries of several words, looked up once per call
        for step, first in ((-1, start - 1), (1, end))[: 2 if after else 1]:
            k = first
            while 0 <= k < len(toks) and abs(k - first) < reach:
                tok = toks[k]
                if tok.text in _SENTENCE_ENDS:
                    break
                if step == -1 and self._line_after(k):
                    break
                if step == 1 and k > first and self._line_after(k - 1):
                    break
                if tok.kind == "word":
                    found = words.get(tok.text)
                    if found is None and tok.text in phrases:
                        found = self._cue_phrase_at(k, words, phrases[tok.text])
                    if found is not None:
                        return found
                k += step
        return None

    def _cue_phrase_at(
        self, k: int, words: dict[str, str], rests: list[tuple[str, tuple[str, ...]]]
    ) -> str | None:
        """The entry of several words of a clitic index (`_sentence_has`) that starts at token k,
        of `rests` (its entries filed under token k's text, `_Tables.cue_phrases`): a cue written
        as a phrase ("الزيارة الأربعينية", "شلل الأطفال", "holy sites") is no one token's text."""
        for first, rest in rests:
            if self._written_at(k + 1, rest):
                return words[" ".join((first, *rest))]
        return None

    def _sense_shifts(self, key: str | None, start: int, end: int) -> bool:
        """The key is one whose sense a cue shifts (units.sense_shifts: an injury is an infection)
        and the sentence, the headline or the lead names a cue (units.sense_cues: a disease)."""
        return key in self.t.sense_shifts and (
            self._sentence_has(start, end, self.t.sense_cues) or self._headline_has_sense_cue()
        )

    def _infections(self, key: str, start: int, end: int) -> bool:
        """The figure's own noun is one whose sense a cue shifts, and shifts it: "سجلت 4 إصابات
        ووفاة واحدة" in a bulletin on a disease counts cases and a death, no pair of casualties
        (an event's injury keeps its pair: "مقتل وإصابة 30 شخصا")."""
        return self._word_key(end - 1) == key and self._sense_shifts(key, start, end)

    def _headline_has_sense_cue(self) -> bool:
        """The headline or the lead (the first two lines, when a line follows them) names a cue
        of units.sense_cues: an article headed "ارتفاع إصابات الحمى النزفية إلى 95 حالة", or
        whose lead under a byline says "تسجيل 3 حالات إصابة جديدة بحمى الضنك", counts infections
        in every paragraph, also where a sentence does not name the disease again. Read once per
        text."""
        if self._headline_cue is None:
            toks, cues = self.tokens, self.t.sense_cues
            self._headline_cue = False
            lines = 0
            for k, tok in enumerate(toks):
                if tok.kind == "word" and tok.text in cues:
                    line_end = self.norm.text.find("\n", tok.end)
                    self._headline_cue = line_end != -1 and bool(self.norm.text[line_end:].strip())
                    break
                if self._line_after(k):
                    lines += 1
                    if lines == _CUED_LINES:
                        break
        return self._headline_cue

    def _is_score(self, phrase: NumberPhrase, ranged: object, unit_span: tuple[int, int] | None) -> bool:
        """A side of a score or tally written with a dash ("2-1", "(4-1)", "voted 51-50") is no
        figure: the result of a match or a vote, not a count a desk checks figure by figure (the
        labelling guide). A side with a sign or a noun of its own stays one ("2-1 goals" is not)."""
        return (
            self.t.score_key is not None
            and ranged is None
            and unit_span is None
            and self._score_side(phrase.start, phrase.end)
        )

    def _bracketed_after_series_noun(self, start: int) -> bool:
        """A number opening a bracket right after a noun that numbers a series (numbers.
        series_nouns) names its member as the bare number does: "وفق أحكام المادة (4) إرهاب"،
        "المادة (٤/ إرهاب)"."""
        toks = self.tokens
        return start >= 2 and toks[start - 1].text in "([" and toks[start - 2].text in self.t.series_nouns

    def _cued_score(self, first: NumberPhrase, second: NumberPhrase) -> bool:
        """A dash pair read as a range whose lower side is written first is a score after the noun
        of a result or before the side it was played against (units.score_cues_before and
        score_cues_after, past a bracket): "خسر بنتيجة (0-4)"، "خسر 1-3 أمام الوداد"."""
        toks = self.tokens
        if not (self.t.score_cues_before or self.t.score_cues_after):
            return False
        if second.start != first.end + 1 or not self._score_side(first.start, first.end):
            return False
        before = first.start - 1
        if before >= 0 and toks[before].text in "([":
            before -= 1
        after = second.end
        if after < len(toks) and toks[after].text in ")]":
            after += 1
        return (before >= 0 and toks[before].text in self.t.score_cues_before) or (
            after < len(toks) and toks[after].text in self.t.score_cues_after
        )

    def _score_side(self, start: int, end: int) -> bool:
        """Whether the figure is one side of a score or tally written with a dash: "2-1",
        "(4-1)", "2-صفر", or "3 - 1" (the two sides both tight on the dash or both apart from
        it on one line, no third group: not a date)."""
        toks = self.tokens

        def side(k: int) -> bool:
            if not 0 <= k < len(toks):
                return False
            tok = toks[k]
            if tok.kind == "num":
                return tok.text.isdigit() and len(tok.text) <= 3
            return self._number_word(tok.text)

        def tight(a: int, b: int) -> bool:
            return toks[a].end == toks[b].start

        def joined(left: int) -> bool:
            """The dash after `left` joins it to the side after the dash, both tight or both
            spaced, on one line."""
            dash = left + 1
            if toks[dash].text not in _DASHES:
                return False
            if "\n" in self.norm.text[toks[left].end : toks[dash + 1].start]:
                return False
            return tight(left, dash) == tight(dash, dash + 1)

        if end + 1 < len(toks) and side(end + 1) and joined(end - 1):
            first, last = start, end + 1
        elif start >= 2 and side(start - 2) and joined(start - 2):
            first, last = start - 2, end - 1
        else:
            return False
        # A third group on a dash makes a date or a code: "14-10-2025", "three-nought-four".
        group_before = first >= 1 and toks[first - 1].text in _DASHES and tight(first - 1, first)
        group_after = last + 1 < len(toks) and toks[last + 1].text in _DASHES and tight(last, last + 1)
        return not (group_before or group_after)

    def _qualifier_verb(self, phrase: NumberPhrase) -> str | None:
        """The qualifier of a comparison verb (qualifiers.verbs) a few words before the figure,
        with only words between them (no figure, no punctuation; a currency sign is the
        figure's: "topped $1 billion", "has passed £1 billion"). A definite object
        (qualifiers.object_articles) is the figure passed, stated as it is, unless a threshold
        noun names it a mark: "surpassing the 265 killings reported last year" is exact,
        "surpassed the 5,000 mark" more than."""
        j = phrase.start
        while j > 0 and self.tokens[j - 1].text in _QUOTES:
            j -= 1
        if j > 0 and (self.tokens[j - 1].text in self.t.symbols_before or self._glued_sign(j) is not None):
            j -= 1
        while j > 0 and self.tokens[j - 1].text in self.t.detached_articles:
            j -= 1  # "حاجز الـ 2500": the article written apart from its number
        reach = self.t.verb_reach
        marked = self._threshold_before(j)
        if marked is not None:
            # "تجاوز سعر صرف الدولار الأمريكي حاجز 2500 ريال", "passed the symbolic threshold
            # of €2": the barrier marks the verb's object, so the words between may run longer.
            j = marked
            reach += 2
        definite = False
        for k in range(j - 1, max(j - 1 - reach, -1), -1):
            tok = self.tokens[k]
            if tok.kind != "word":
                return None
            definite = definite or tok.text in self.t.object_articles
            found = self.t.verbs_index.get(tok.text)
            if found is not None and tok.text in self.t.noun_verbs and not self._noun_verb_is_verb(k):
                found = None
            qualifier = self.t.verbs[found] if found is not None else self._milestone(k, phrase, marked)
            if qualifier is not None:
                if definite and marked is None and not self._threshold_after(phrase.end):
                    return None
                return _NEGATED[qualifier] if qualifier in _NEGATED and self._negated(k) else qualifier
        return None

    def _qualified_noun_of(self, phrase: NumberPhrase) -> str | None:
        """The qualifier of an adjective (qualifiers.noun_of_before) before the noun whose "of"
        phrase (qualifiers.noun_of_links) is the figure, up to noun_of_reach words between them:
        "an estimated value of €150,000", "an estimated street value of P61.2 million", "an
        estimated population of 3 million" are about that much."""
        t, toks = self.t, self.tokens
        if not t.noun_of_before:
            return None
        j = phrase.start
        if j > 0 and (toks[j - 1].text in t.symbols_before or self._glued_sign(j) is not None):
            j -= 1
            if (
                j > 0
                and toks[j - 1].end == toks[j].start
                and f"{toks[j - 1].text} {toks[j].text}" in t.symbols_before
            ):
                j -= 1  # "TT$460,000"
        if j < 2 or toks[j - 1].text not in t.noun_of_links:
            return None
        for first in range(j - 2, max(j - 2 - t.noun_of_reach, -1), -1):
            tok = toks[first]
            if tok.kind != "word" or tok.text in t.open_noun_stops:
                return None
            if first > 0 and toks[first - 1].text in t.noun_of_before:
                return t.noun_of_before[toks[first - 1].text]
        return None

    def _noun_verb_is_verb(self, k: int) -> bool:
        """Whether token k, a comparison verb that is also a noun or an adjective
        (qualifiers.noun_verbs: "top"), is the verb: written in lower case after "to" or an
        auxiliary (qualifiers.noun_verb_openers: "expected to top 70", "could top 40C") or after a
        plural noun in lower case, its subject ("murders top 750", "wind speeds top 30"); not
        after a determiner, a possessive or a preposition ("the top 10", "Asia's top 5", "in top
        10"), nor opening its sentence ("Top 5 ...")."""
        toks = self.tokens
        if k < 1 or not self._lower_case(toks[k]):
            return False
        before = toks[k - 1]
        if before.kind != "word" or before.end == toks[k].start:
            return False
        if before.text in self.t.noun_verb_openers:
            return True
        return (
            before.text.endswith("s")
            and not before.text.endswith(("ss", "ous", "us"))
            and self._lower_case(before)
            and not (k >= 2 and toks[k - 2].text in _APOSTROPHES and toks[k - 2].end == before.start)
            and before.text not in self.t.not_plural_subjects
        )

    def _threshold_before(self, j: int) -> int | None:
        """The index of a threshold noun (qualifiers.threshold_nouns) that ends before token `j`,
        or is joined to it by a link (qualifiers.threshold_links): "حاجز 2500", "the mark of 1
        billion"."""
        toks = self.tokens
        if j > 1 and toks[j - 1].text in self.t.threshold_links:
            j -= 1
        if j > 0 and toks[j - 1].text in self.t.threshold_nouns:
            return j - 1
        return None

    def _threshold_after(self, end: int) -> bool:
        """A threshold noun within the four tokens after a figure: "the 5,000 mark", "the
        50-run mark", "the three hundred (300) mark"."""
        return any(tok.text in self.t.threshold_nouns for tok in self.tokens[end : end + 4])

    def _milestone(self, k: int, phrase: NumberPhrase, marked: int | None) -> str | None:
        """more_than when token k passes a mark: a milestone verb (qualifiers.milestone_verbs)
        before a round figure or a named mark ("passed 43 million", "cracked 70", "passed the
        threshold of €2"; "passed 12 laws" is a count), or a particle of passing after a verb of
        motion ("raced past 3,500 runs")."""
        toks, t = self.tokens, self.t
        word = toks[k].text
        if word in t.milestone_verbs:
            value = phrase.value
            if marked is not None or self._threshold_after(phrase.end):
                return "more_than"
            return "more_than" if value is not None and value >= 10 and value % 10 == 0 else None
        if word in t.past_particles and k > 0:
            mover = toks[k - 1].text
            if mover in t.past_movers or mover in t.change_from_verbs or mover in t.particle_verbs:
                return "more_than"
        return None

    def _calibre(self, start: int, end: int) -> bool:
        """Whether a bore in millimetres (numbers.calibre_keys) from token `start` to `end` names
        a weapon's calibre: a weapon or ammunition word (numbers.calibre_nouns) within two words
        after it ("a 9mm Parabellum pistol", "7.62 mm live ammunition"), or right before it,
        through "of" ("ammunition of 7.6mm")."""
        toks, t = self.tokens, self.t
        for k in range(end, min(end + 3, len(toks))):
            if toks[k].kind != "word":
                break
            if toks[k].text in t.calibre_nouns:
                return True
        k = start - 1
        if k >= 0 and toks[k].text in self.t.links:
            k -= 1
        return k >= 0 and toks[k].kind == "word" and toks[k].text in t.calibre_nouns

    def _glued_qualifier(self, index: int) -> tuple[str, int] | None:
        """A bound written onto the figure ending before token `index` by a hyphen
        (qualifiers.glued_after: "16,000-plus"), and the index after it."""
        toks = self.tokens
        if index < 1 or index + 1 >= len(toks) or toks[index].text != "-":
            return None
        word = toks[index + 1]
        if toks[index].start != toks[index - 1].end or word.start != toks[index].end:
            return None
        qualifier = self.t.qual_glued_after.get(word.text)
        return (qualifier, index + 2) if qualifier is not None else None

    def _qualifier_after(self, index: int) -> tuple[str, int] | None:
        toks = self.tokens
        for size in (2, 1):
            # the window of `size` tokens from `index` (never negative) holds words only
            if index + size > len(toks) or toks[index].kind != "word":
                continue
            if size == 2 and toks[index + 1].kind != "word":
                continue
            phrase = " ".join(self.tokenized.texts[index : index + size])
            if phrase in self.t.qual_after and not self._opens_comparison(index, index + size):
                return self.t.qual_after[phrase], index + size
        return None

    def _qualifier_after_aside(self, index: int) -> tuple[str, int | None] | None:
        """A bound after the figure with its noun's modifier or an aside between.

        "300 ألف لاجئ صومالي على الأقل": one word, not a conjunct nor a number, and no number
        after the bound; the figure's span runs to the bound. "20 مليون يوان (حوالي 2.79 مليون
        دولار) على الأقل": a bracketed aside of up to qualifiers.aside_reach tokens; the bound is
        the figure's, its span stays, and the aside's own figure is read after it."""
        toks = self.tokens
        if index >= len(toks):
            return None
        tok = toks[index]
        if tok.text == "(":
            for close in range(index + 1, min(index + 1 + self.t.qualifier_aside_reach, len(toks))):
                text = toks[close].text
                if text == "(" or text in _SENTENCE_END_MARKS:
                    return None
                if text == ")":
                    found = self._qualifier_after(close + 1)
                    return (found[0], None) if found is not None else None
            return None
        if (
            tok.kind != "word"
            or tok.text.startswith(self.t.conjunctions)
            or tok.text in self.t.words
            or tok.text in self.t.multi_first
        ):
            return None
        found = self._qualifier_after(index + 1)
        if found is None or self._number_at(found[1]):
            return None  # "7% بزيادة أو أقل 2%": plus or minus, a margin the next number gives
        if tok.text in self.t.clause_time_words:
            # "40 إصابة أمس على الأقل": a time word between is the clause's, no part of the
            # figure, whose span stays; the bound is still the figure's.
            return found[0], None
        return found

    def _number_at(self, k: int) -> bool:
        """A number (digits or a number word) at token k."""
        return k < len(self.tokens) and (self.tokens[k].kind == "num" or self.tokens[k].text in self.t.words)

    def _opens_comparison(self, start: int, end: int) -> bool:
        """ "equal to 5000 or less than 6000": the words after the figure begin a qualifier of
        the next figure ("less than"), not a bound of this one ("or less")."""
        for j in range(end, min(end + 2, len(self.tokens))):
            tok = self.tokens[j]
            if tok.kind == "num" or tok.text in self.t.words:
                before = self._qualifier_before(j)
                return before is not None and start <= before[1] < end
            if tok.kind != "word":
                return False
        return False

    def _unit(
        self, start_tok: int, end_tok: int, char_start: int, char_end: int
    ) -> tuple[str | None, tuple[int, int] | None, int, int, int]:
        """The unit: a sign before or after the figure, or the counted noun after it."""
        toks = self.tokens
        # A sign or word before the figure ("$5", Arabic "٪10", "بالمائة 10"), unless the figure
        # before took it ("5% 10").
        for size in (2, 1):
            first = start_tok - size
            if first < self._taken or first < 0:
                continue
            if size == 2 and toks[first].end != toks[first + 1].start:
                continue  # a two-token sign is written as one: "A$2.3 billion", not "a $5 loan"
            key = " ".join(self.tokenized.texts[first:start_tok])
            if key in self.t.symbols_before:
                sign = toks[first]
                shared = key in self.t.shared_signs
                named = self._currency_after(end_tok, self.t.symbols_before[key]) if shared else None
                if named is not None:
                    # "$200,000 tala": the word after the amount says whose dollar sign it is, and
                    # is the unit as written (the amount between the sign and it is no unit).
                    code, last = named
                    unit_end = toks[last - 1].end
                    unit_span = (toks[end_tok].start, unit_end)
                    return code, unit_span, last, min(char_start, sign.start), unit_end
                return (
                    self.t.symbols_before[key],
                    (sign.start, toks[start_tok - 1].end),
                    end_tok,
                    min(char_start, sign.start),
                    char_end,
                )
        code = self._currency_code_before(start_tok)
        if code is not None and start_tok - 1 >= self._taken:
            sign = toks[start_tok - 1]
            return code, (sign.start, sign.end), end_tok, min(char_start, sign.start), char_end
        glued = self._glued_sign(start_tok)
        if glued is not None and start_tok - 1 >= self._taken:
            sign = toks[start_tok - 1]
            return glued, (sign.start, toks[start_tok].end), end_tok, min(char_start, sign.start), char_end
        if end_tok < len(toks) and toks[end_tok].text in self.t.symbols_after:
            sign = toks[end_tok]
            return self.t.symbols_after[sign.text], (sign.start, sign.end), end_tok + 1, char_start, sign.end
        if (
            end_tok + 1 < len(toks)
            and toks[end_tok + 1].start == toks[end_tok].end
            and f"{toks[end_tok].text}{toks[end_tok + 1].text}" in self.t.glued_symbols_after
        ):
            sign, scale = toks[end_tok], toks[end_tok + 1]
            key = self.t.glued_symbols_after[f"{sign.text}{scale.text}"]
            return key, (sign.start, scale.end), end_tok + 2, char_start, scale.end
        dotted = self._dotted_symbol(end_tok) if self.t.dotted_symbols_after else None
        if dotted is not None:
            key, last = dotted
            return key, (toks[end_tok].start, toks[last - 1].end), last, char_start, toks[last - 1].end
        scale = self._glued_scale_letter(start_tok, end_tok) if end_tok < len(toks) else None
        if scale is not None:
            letter = toks[end_tok]
            return scale, (letter.start, letter.end), end_tok + 1, char_start, letter.end
        if self.t.measures_after:
            after = self._measure_after(end_tok)
            if after is not None:
                key, last = after
                return key, (toks[end_tok].start, toks[last].end), last + 1, char_start, toks[last].end
        if self.t.measures_before:
            measure = self._measure_before(start_tok, end_tok)
            if measure is not None:
                found = self._counted_noun(start_tok, end_tok, char_start, char_end)
                if (
                    found[0] is None
                    or found[0] in self.t.measured_keys
                    or (found[1] is not None and end_tok < len(toks) and found[1][0] != toks[end_tok].start)
                ):
                    # "a magnitude-9.0 temblor five years ago": the measure's figure counts no
                    # noun found further on.
                    return measure, None, end_tok, char_start, char_end
                return found
        return self._counted_noun(start_tok, end_tok, char_start, char_end)

    def _dotted_symbol(self, k: int) -> tuple[str, int] | None:
        """A currency abbreviated by its initials with a dot between them at token k, written
        with no space (units.dotted_symbols_after: "2310 ل.س", "668000 ل.ل."): its key and the
        index after it. A dot after the last initial is left to the sentence: it may end it."""
        toks = self.tokens
        if k + 2 >= len(toks):
            return None
        first, dot, second = toks[k : k + 3]
        if dot.text != "." or first.end != dot.start or dot.end != second.start:
            return None
        key = self.t.dotted_symbols_after.get(f"{first.text}.{second.text}")
        if key is None:
            return None
        return key, k + 3

    def _glued_scale_letter(self, start_tok: int, end_tok: int) -> str | None:
        """The key of a temperature scale's capital printed onto the degrees with no sign
        (units.glued_scale_letters: "33C", "29C (84.2F)"), ending its word, with a word of
        temperature in the sentence: "room 23C", "Section 12C" stay names."""
        toks, t = self.tokens, self.t
        if not t.glued_scale_letters or end_tok >= len(toks) or toks[end_tok - 1].kind != "num":
            return None
        letter = toks[end_tok]
        key = t.glued_scale_letters.get(letter.text.lower())
        if key is None or letter.start != toks[end_tok - 1].end or self._lower_case(letter):
            return None
        after = toks[end_tok + 1] if end_tok + 1 < len(toks) else None
        if after is not None and after.start == letter.end and after.kind != "punct":
            return None  # a longer code: "12CX", "5C3"
        return key if self._sentence_has(start_tok, end_tok + 1, t.temperature_cues) is not None else None

    def _race_distance(self, start_tok: int, end_tok: int) -> bool:
        """Digits with a mark of metres printed on (units.race_distance_marks: "m"), no sign
        before, and a race's event after (a word between at most): "100m breaststroke", "4x200m
        freestyle", "200m individual medley", "10m platform" name the race (the guide), not
        millions."""
        toks, marks = self.tokens, self.t.race_distance_marks
        m = end_tok - 1 if toks[end_tok - 1].text in marks else end_tok
        if m + 1 >= len(toks) or toks[m].text not in marks or toks[m - 1].kind != "num":
            return False
        if toks[m].start != toks[m - 1].end or toks[m + 1].start == toks[m].end:
            return False
        # The event's word right after, or after a word of its kind ("200m individual medley").
        event = toks[m + 1].text in self.t.race_events or (
            m + 2 < len(toks)
            and toks[m + 1].text in self.t.race_modifiers
            and toks[m + 2].text in self.t.race_events
        )
        if not event:
            return False
        return self._glued_sign(start_tok) is None and not (
            start_tok > 0 and toks[start_tok - 1].text in self.t.symbols_before
        )

    def _currency_after(self, end_tok: int, sign_key: str) -> tuple[str, int] | None:
        """The currency (a key in capitals) other than the sign's own that a word right after the
        figure names, and the index after that word ("$2 million dollars" keeps the sign's, for
        the country of the story to name)."""
        found = self._noun_at(end_tok, modified=False) if end_tok < len(self.tokens) else None
        if found is None or not self.t.nouns[found[0]].isupper() or self.t.nouns[found[0]] == sign_key:
            return None
        return self.t.nouns[found[0]], found[2]

    def _currency_code_before(self, start_tok: int) -> str | None:
        """The currency of an ISO code written in capitals right before the amount, a space
        between ("PHP 30 million", "USD 1.2 billion"): a sign, not a name with a number."""
        if start_tok < 1 or not self.t.currency_codes or not self.t.names_capitalized:
            return None
        sign = self.tokens[start_tok - 1]
        key = self.t.currency_codes.get(sign.text) if sign.kind == "word" else None
        if key is None or sign.end == self.tokens[start_tok].start:
            return None
        start, end = self.norm.span(sign.start, sign.end)
        return key if self.norm.original[start:end] == key else None

    def _glued_sign(self, start_tok: int) -> str | None:
        """The key of a capital letter printed onto an amount as its currency
        (units.glued_symbols_before: the peso's "P35 million", "P1.08 billion"): only
        glued to digits written with a scale word or grouped thousands, as a name with a number
        ("the P5", "P2") is not."""
        toks, t = self.tokens, self.t
        if not t.glued_symbols_before or not 1 <= start_tok < len(toks) or toks[start_tok].kind != "num":
            return None
        sign = toks[start_tok - 1]
        key = t.glued_symbols_before.get(sign.text)
        if key is None or sign.end != toks[start_tok].start or self._lower_case(sign):
            return None
        if start_tok >= 2 and toks[start_tok - 2].end == sign.start:
            return None  # a longer word or code ending in the letter: "S&P500", "AP500"
        after = toks[start_tok + 1].text if start_tok + 1 < len(toks) else ""
        if "," in toks[start_tok].text or t.kinds.get(after, ("", 0))[0] == "scale":
            return key
        if after in t.attached and toks[start_tok + 1].start == toks[start_tok].end:
            return key  # a scale letter written onto the digits: "N31m", "P2.5bn"
        if (
            after == "-"
            and start_tok + 2 < len(toks)
            and toks[start_tok + 2].text in t.attached
            and self.parser._hyphened_capital_scale(start_tok + 2)
        ):
            return key  # "P1-M": a million in capitals after a hyphen
        return None

    def _measure_after(self, end_tok: int) -> tuple[str, int] | None:
        """The measure key and last token of a measure word right after the figure, through a
        hyphen written onto both ("6.1-magnitude") or as words ("5.0 in magnitude")."""
        toks = self.tokens
        k = end_tok
        if (
            k + 1 < len(toks)
            and toks[k].text == "-"
            and toks[k].start == toks[k - 1].end
            and toks[k].end == toks[k + 1].start
        ):
            k += 1
        for size in range(self.t.measures_after_words, 0, -1):
            if self.tokenized.kinds[k : k + size].count("word") == size:
                key = self.t.measures_after.get(" ".join(self.tokenized.texts[k : k + size]))
                if key is not None:
                    return key, k + size - 1
        return None

    def _measure_before(self, start_tok: int, end_tok: int) -> str | None:
        """The measure key of a measure word right before the figure ("magnitude 6.9",
        "magnitude-7.1", "بقوة 6.8"), also before the figure's qualifier ("a magnitude of about
        6.8"), or of a verb of measuring in a sentence that names the measure's topic ("a second
        quake measuring 6.3": units.cued_measures_before)."""
        toks = self.tokens
        k = start_tok
        if k > 1 and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start:
            k -= 1
        elif k > 2 and (toks[k - 1].text,) in self.t.predicate_links_set and toks[k - 2].kind == "word":
            k -= 2  # "هزات بقوة تصل إلى 5 درجات": the measure's verb of reaching between
        key = self._measure_word_before(k, end_tok)
        if key is None and k == start_tok:
            qualified = self._qualifier_before(start_tok)
            if qualified is not None and qualified[2] == 0:
                key = self._measure_word_before(qualified[1], end_tok)
        return key

    def _measure_word_before(self, k: int, end_tok: int) -> str | None:
        """The measure key of a measure word (units.measures_before) ending right before token k,
        or of a cued one (units.cued_measures_before) when the sentence names its topic."""
        for size in (2, 1):
            if k >= size and self.tokenized.kinds[k - size : k].count("word") == size:
                words = " ".join(self.tokenized.texts[k - size : k])
                key = self.t.measures_before.get(words)
                if key is not None:
                    return key
                key = self.t.cued_measures_before.get(words)
                if key is not None and self._sentence_has(k, end_tok, self.t.cued_senses.get(key, {})):
                    return key
        return None

    def _counted_noun(
        self, start_tok: int, end_tok: int, char_start: int, char_end: int
    ) -> tuple[str | None, tuple[int, int] | None, int, int, int]:
        """What a figure with no sign counts: a score's side, or the noun after it."""
        toks = self.tokens
        if self.t.score_key is not None and self._score_side(start_tok, end_tok):
            # A score's side counts what the sentence scores (goals, points, votes), never the
            # noun after the score: "a 1-0 home victory".
            found = self._sentence_has(start_tok, end_tok, self.t.score_words)
            key = self.t.score_words_keys[found] if found is not None else self.t.score_key
            return key, None, end_tok, char_start, char_end
        close = self._share_aside_end(end_tok)
        if close is not None:
            # "703,029 (39%) visitors", "7.181 million (73%) of Israel's citizens", "أربعة (04)
            # تجار": the share or the digits in brackets are an aside, the noun after them is the
            # figure's (the aside is read on its own, so the figure's span ends before it).
            key, unit_span, _, _, _ = self._counted_noun(close, close + 1, char_start, char_end)
            if key is not None:
                return key, unit_span, end_tok, char_start, char_end
        i = end_tok
        hyphened = False
        if start_tok > 0 and i < len(toks) and toks[start_tok - 1].text == "(" and toks[i].text == ")":
            i += 1  # a figure set in brackets, then its noun: "(10.898.327) ناخب"
        elif (
            i + 1 < len(toks)
            and toks[i].text == "-"
            and toks[i].start == toks[i - 1].end
            and toks[i].end == toks[i + 1].start
            and toks[i + 1].kind == "word"
            and not self.norm.original[self.norm.origin[toks[i + 1].start]].isupper()
        ):
            # A noun written onto the figure by a hyphen counts: "a 14-game run", "a 7-member
            # panel" (not a name: "UPDATE 1-Tunisian central bank"), even before a plural noun
            # it modifies ("two 60-seater buses": 60 seats).
            i += 1
            hyphened = True
            compound = self._compound_noun(i)
            if compound is not None:
                key, after = compound
                unit_end = toks[after - 1].end
                return key, (toks[i].start, unit_end), after, char_start, unit_end
        if i < len(toks) and toks[i].text in self.t.links:
            i += 1
            if self._past_link_determiner(i) > i:
                i = self._past_link_determiner(i)  # "three of the dead", "four of its boats"
            elif i + 1 < len(toks) and toks[i].kind == "word" and self._possessor(i + 1):
                i += 3  # "7.181 million of Israel's citizens": a name owns the counted
        heading = self._fact_box_noun(start_tok, end_tok) if i == end_tok else None
        if heading is not None:
            i = heading
        k = i
        budget = self.t.lookahead
        while budget > 0:
            budget -= 1
            if k > i and self._acronym_aside(k):
                k += 3  # "270 National Assembly (NA) seats": a name's acronym in brackets is an aside
                budget += 1
                continue
            # The counted noun is in the same line: never across a paragraph break (but for a
            # fact box's figure alone on its line, whose noun opens the next: _fact_box_noun).
            if (
                k >= len(toks)
                or toks[k].kind != "word"
                or (
                    "\n" in self.norm.text[toks[k - 1].end : toks[k].start]
                    and not (heading is not None and k == i)
                )
            ):
                break
            if self._compound_adjective(k):
                k = self._past_compound(k)  # "Eight flood-related deaths": the deaths count
                continue
            found = self._noun_at(k, modified=not (hyphened and k == i))
            if found is not None and self._preposition_on_noun(toks[k].text):
                break  # "102.46 لعام 2021": the year is no count's noun
            if found is not None and not self._reads_as_noun(k, end_tok):
                break  # "في 2023 ذكر التقرير": a verb after a year
            if found is not None and self._possessor(found[2]):
                k = found[2] + 2  # "19 of the city's residents": the residents are counted
                continue
            if found is not None and self._possessive_at(found[2]):
                # "40 of the club's 60 games": the owner of a whole written as a figure is not
                # what the part counts (the whole's noun is, by _part_of).
                break
            if found is not None and not (k == i and self.conjunct(toks[k].text)):
                stem, window, end = found
                key = self.t.nouns[stem]
                if key in self.t.duration_keys and end < len(toks) and _year_like(toks[end].text):
                    # "بلغ عدد السكان 5 ملايين سنة 2020": the year word heads the date after it
                    # ("the year 2020"), no noun of the figure's.
                    break
                if not (hyphened and k == i) and self._modifies(stem, key):
                    later = self._plural_head_after(end, self.t.lookahead)
                    if later is False:
                        return None, None, end_tok, char_start, char_end  # the fallback's head
                    if later is not None:
                        stem, window, end = later
                        key = self.t.nouns[stem]
                unit_end = window[-1].end
                speed = self._per_hour(key, unit_end) or self._power(key, unit_end)
                if speed is not None:
                    key, unit_end = speed
                    while end < len(toks) and toks[end].start < unit_end:
                        end += 1
                if heading is not None:
                    # A fact box's figure keeps its own text: its noun is on the next line.
                    return key, (window[0].start, unit_end), end, char_start, char_end
                return key, (window[0].start, unit_end), end, char_start, unit_end
            if k > i and self._joins_modifiers(k):
                k += 1  # "300 public and private schools": the joiner takes no step of the reach
                budget += 1
                continue
            if toks[k].text in self.t.lookahead_stops or self._open_plural_head(k) or self._opens_time(k):
                break
            k = self._past_compound(k)
        return None, None, end_tok, char_start, char_end

    def _compound_noun(self, k: int) -> tuple[str, int] | None:
        """What a number compound counts when the noun written onto the number by a hyphen at
        token k is read apart from the lexicon's nouns (the guide's D40: the compound counts its
        own noun, never the noun after it): a word or pair of units.compound_nouns ("a nine-story
        building": floors; "a nine-car train": carriages), else a word the lexicon does not know
        before a noun it does, by its own name ("a six-carriage train", "a three-bedroom house":
        not trains, not houses), unless it says how
        strong, how many times or what rating (units.compound_non_nouns: "an eight-strong
        team"). Its key and the token after it; None for a lexicon noun, which the search after
        the hyphen reads ("a 14-game run"), and after a year ("the 2017-era rules")."""
        toks, t = self.tokens, self.t
        if not (t.compound_nouns or t.compound_non_nouns) or k < 2 or _year_like(toks[k - 2].text):
            return None
        for size in (2, 1):
            if self.tokenized.kinds[k : k + size].count("word") == size:
                key = t.compound_nouns.get(" ".join(self.tokenized.texts[k : k + size]))
                if key is not None:
                    return key, k + size
        word = toks[k].text
        if (
            self._noun_at(k, modified=False) is not None
            or word in t.compound_non_nouns
            or self._ends_open_phrase(word, compound=False)
            or self._noun_at(k + 1, modified=False) is None
        ):
            return None
        key = self._open_key(k, k + 1, one=True)
        return (key, k + 1) if key is not None else None

    def _acronym_aside(self, k: int) -> bool:
        """An acronym in capitals between brackets at token k, after a capitalised name ("National
        Assembly (NA)"), in a script with capitals."""
        toks = self.tokens
        if not self.t.names_capitalized or k + 2 >= len(toks):
            return False
        if toks[k].text != "(" or toks[k + 2].text != ")":
            return False
        if toks[k + 1].kind != "word" or self._lower_case(toks[k - 1]):
            return False
        start, end = self.norm.span(toks[k + 1].start, toks[k + 1].end)
        acronym = self.norm.original[start:end]
        return len(acronym) >= 2 and acronym.isupper()

    def _past_link_determiner(self, k: int) -> int:
        """The token after an article or a possessive at token k, after a count's link (units.
        link_articles, link_possessives): "three of the dead", "four of its boats"; k when there
        is none, or when a number word follows the possessive, which owns a whole of its own
        ("six of their eight group games": _part_of)."""
        toks, t = self.tokens, self.t
        if (
            k < len(toks)
            and toks[k].text in t.link_articles
            and not (k + 1 < len(toks) and self._number_word(toks[k + 1].text))
        ):
            return k + 1
        if (
            k + 1 < len(toks)
            and toks[k].text in t.link_possessives
            and toks[k + 1].kind == "word"
            and not self._number_word(toks[k + 1].text)
        ):
            return k + 1
        return k

    def _joins_modifiers(self, k: int) -> bool:
        """A joiner (units.modifier_joiners) between two modifiers of the counted noun: "12
        Israeli and Palestinian soldiers", "60 bush or grass fires". Not after or before a verb
        by its ending ("5 died and ..."), nor before a stop word or a number."""
        toks = self.tokens
        if toks[k].text not in self.t.modifier_joiners or k + 1 >= len(toks):
            return False
        before, after = toks[k - 1], toks[k + 1]
        endings = self.t.verb_endings
        return (
            before.kind == "word"
            and after.kind == "word"
            and after.text not in self.t.lookahead_stops
            and not (endings and (before.text.endswith(endings) or after.text.endswith(endings)))
        )

    def _share_aside_end(self, k: int) -> int | None:
        """The closing bracket of an aside in brackets right after a figure: its share ("(39%)",
        "(73 per cent)") or the number restated in digits ("سبعة (07) مهربين"), a number and a
        percent sign or word, nothing else, on one line."""
        toks = self.tokens
        if k >= len(toks) or toks[k].text != "(":
            return None
        for close in range(k + 1, min(k + _SHARE_ASIDE_TOKENS + 2, len(toks))):
            if toks[close].text == ")":
                inside = toks[k + 1 : close]
                text = self.norm.text[toks[k].end : toks[close].start]
                words = " ".join(t.text for t in inside if t.kind == "word")
                signs = all(t.text in self.t.symbols_after for t in inside if t.kind == "punct")
                ratio = not words or self.t.nouns.get(self._noun_stem(words) or "") in _RATIOS
                numbered = any(t.kind == "num" for t in inside)
                return close if signs and ratio and numbered and "\n" not in text else None
        return None

    def _classified_kind(self, end: int) -> str | None:
        """What a count of a classifier noun (units.classifier_keys) counts when a counted noun
        follows it after a link: "69 cases of armed robberies", "nine known cases of murder"
        count robberies and murders. An illness or a condition is no counted noun, so "40 cases
        of cholera" stay cases; a measure or a general noun for people leaves them cases too."""
        toks, t = self.tokens, self.t
        if end >= len(toks) or toks[end].text not in t.links:
            return None
        k = end + 1
        for _ in range(t.lookahead):
            if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
                return None
            word = toks[k].text
            if word in t.lookahead_stops or word in t.words or word in t.time_words:
                return None
            if word in t.sense_cues or word in t.subject_prepositions or word in t.partitive_openers:
                # "7 cases of measles among students": an illness is what the cases are of, and a
                # phrase after it ("among students", "near schools") names where, not what is counted.
                return None
            found = self._noun_at(k, modified=False)
            key = t.nouns[found[0]] if found is not None else None
            end_of_noun = found[2] if found is not None else k + 1
            if key is None and t.singular_endings:
                key = self._open_key(k, k + 1, one=False)
            if key is not None:
                if not self._ends_noun_phrase(end_of_noun):
                    return None  # "cases of bird flu": the noun modifies another
                if key in t.classifier_keys or key in t.measure_keys or key in t.generic_keys:
                    return None
                return key
            if not self._noun_follows(k + 1):
                # A word is an adjective only before its noun: "cases of leprosy near schools"
                # are cases of an illness the lexicon lacks, not schools.
                return None
            k += 1  # an adjective: "cases of armed robberies"
        return None

    def _noun_follows(self, k: int) -> bool:
        """Whether token k, on the same line, is a counted noun or a plural the lexicon lacks."""
        toks = self.tokens
        if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
            return False
        if self._noun_at(k, modified=False) is not None:
            return True
        return bool(self.t.singular_endings) and self._open_key(k, k + 1, one=False) is not None

    def _ends_noun_phrase(self, k: int) -> bool:
        """Whether the noun phrase ends before token k: punctuation, the end, a function word,
        a time word or a word that is no noun's modifier ("murder this year", "thefts and")."""
        toks, t = self.tokens, self.t
        if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
            return True
        word = toks[k].text
        return (
            word in t.lookahead_stops
            or word in t.words
            or word in t.time_words
            or word in t.not_open_nouns
            or word in t.open_noun_stops
        )

    def _population_kind(self, start: int, unit_span: tuple[int, int]) -> str | None:
        """A population noun (units.population_nouns: "نسمة", souls) counts the kind of people
        (units.people_keys) the noun right before the figure names, its topic: "وسجل عدد الذكور
        1.837.797 نسمة" are males, "والإناث 488.668 نسمة" females."""
        if self.norm.text[unit_span[0] : unit_span[1]] not in self.t.population_nouns:
            return None
        k = start - 1
        while k >= 0 and self.tokens[k].text in _QUOTES:
            k -= 1
        key = self._word_key(k) if k >= 0 and not self._line_after(k) else None
        return key if key in self.t.people_keys else None

    def _compound_adjective(self, k: int) -> bool:
        """A noun joined by a hyphen to a participle or adjective (units.compound_adjective_ends:
        "flood-related", "conflict-hit", "drought-affected") makes an adjective of the noun
        after it, which is the head."""
        toks = self.tokens
        return (
            k + 2 < len(toks)
            and toks[k + 1].text == "-"
            and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
            and toks[k + 2].text in self.t.compound_adjective_ends
        )

    def _reads_as_noun(self, k: int, end_tok: int) -> bool:
        """A noun form that is also a past verb (units.verb_homographs) is the count's noun only
        right after a scale word, which takes a noun in the genitive ("2.59 مليون ذكر"); written
        with its case ending ("20 ذكرا") it is no verb form and was never listed as one."""
        word = self.tokens[k].text
        if word not in self.t.verb_homographs:
            return True
        last = self.t.words.get(self.tokens[end_tok - 1].text)
        return k == end_tok and last is not None and last.kind == "scale"

    def _modifies(self, stem: str, key: str) -> bool:
        """A singular noun the lexicon knows, in a language whose phrase ends in its head (the
        open-class rules are there), may modify a plural after it ("50 school buses", "118
        rocket launching sites", "3 police stations"); a measure never does ("20 percent
        tariffs", units.measure_keys; currencies), nor does a participle ("40 injured people" are
        the injured)."""
        t = self.t
        return (
            bool(t.singular_endings)
            and key not in t.measure_keys
            and not key.isupper()
            and stem not in t.participles
            and self._singular(stem.rsplit(" ", 1)[-1]) is None
            and stem not in t.derived_plurals
        )

    def _plural_head_after(self, k: int, steps: int) -> tuple[str, list[Token], int] | bool | None:
        """The plural noun that heads the phrase after a modifier, within `steps` words from k:
        a lexicon noun's form and tokens, False for a plural the lexicon lacks (the open-class
        fallback names it), None when no plural follows before a stop."""
        toks = self.tokens
        for _ in range(steps):
            if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
                return None
            after = self._past_compound(k)
            found = self._noun_at(k)
            if found is not None and self._singular(found[0].rsplit(" ", 1)[-1]) is not None:
                # A plural lexicon noun heads the phrase even when its form is also a verb's:
                # "300 flood damage claims" count claims.
                return found
            if self._ends_open_phrase(toks[after - 1].text, compound=after > k + 1) or self._opens_time(k):
                return None  # a stop word, a verb, a time word: "one lawmaker rejected both bills"
            if found is None and self._open_plural_head(k):
                return False
            k = found[2] if found is not None else self._past_compound(k)
        return None

    def _opens_time(self, k: int) -> bool:
        """A time modifier before a time word opens a time phrase, which ends the search for the
        counted noun: "rose to 1.2 million last year" counts no years."""
        toks = self.tokens
        return (
            toks[k].text in self.t.time_modifiers
            and k + 1 < len(toks)
            and toks[k + 1].text in self.t.time_words
        )

    def _open_plural_head(self, k: int) -> bool:
        """A plural the lexicon does not know heads the phrase at k and ends it ("12 murders
        last year"): no lexicon noun after it is the count's (see _open_noun)."""
        if not self.t.singular_endings:
            return False
        after = self._past_compound(k)
        word = self.tokens[after - 1].text
        return (
            not self._ends_open_phrase(word, compound=after > k + 1)
            and self._noun_stem(word) is None
            and self._open_key(k, after, one=False) is not None
            and not self._continues_open_phrase(after)
        )

    def _preposition_on_noun(self, word: str) -> bool:
        """A noun with a preposition written onto it (units.preposition_clitics: "لعام", "بجروح")
        is no count's noun, which follows its number bare; a form written out whole under a key
        ("بالمئة") is not one of these."""
        if word in self.t.nouns:
            return False
        for clitic in self.t.preposition_clitics:
            if word.startswith(clitic) and self._noun_stem(word[len(clitic) :]) is not None:
                return True
        return False

    def _possessor(self, end: int) -> bool:
        """A noun followed by the possessive "'s" ("the city's residents") owns the noun after
        it, which is the head."""
        return self._possessive_at(end) and end + 2 < len(self.tokens) and self.tokens[end + 2].kind == "word"

    def _possessive_at(self, end: int) -> bool:
        """The possessive "'s" written onto the word before token `end`."""
        toks = self.tokens
        return (
            end + 1 < len(toks)
            and toks[end].text in "'’"
            and toks[end + 1].text == "s"
            and toks[end].start == toks[end - 1].end
        )

    def _noun_at(self, k: int, *, modified: bool = True) -> tuple[str, list[Token], int] | None:
        """The counted noun (two words, else one) at token k: its lexicon form, its tokens and
        the index after it; unless `modified` is False, a noun before a plural noun gives way to
        it ("700 contract workers")."""
        toks = self.tokens
        # A counted noun of several words starts only at one of their first words: most
        # figures' next word is none, and their longer windows are not written out.
        phrase_first = k < len(toks) and toks[k].text in self.t.noun_phrase_firsts
        for size in self.t.noun_sizes:
            if size > 1 and not phrase_first:
                continue
            window = toks[k : k + size]
            if len(window) < size or (
                # words only (most windows) need no token read one by one
                self.tokenized.kinds[k : k + size].count("word") < size
                and any(
                    t.kind != "word" and not (t.text == "-" and 0 < n < size - 1)
                    for n, t in enumerate(window)
                )
            ):
                continue  # words, or a hyphen inside the noun ("break-ins")
            if size > 1 and "\n" in self.norm.text[window[0].end : window[-1].start]:
                continue
            stem = self._noun_stem(" ".join(self.tokenized.texts[k : k + size]))
            if stem is None:
                continue
            end = k + size
            if stem in self.t.adjective_nouns and not self._ends_noun_phrase(end):
                return None  # "male foreign pilgrims": an adjective of the noun after it
            measure = self.t.nouns[stem] in self.t.measure_keys or self.t.nouns[stem].isupper()
            if (
                measure
                and modified
                and size == 1
                and end < len(toks)
                and self._measure_modifies(window[0].text, end)
            ):
                return self._noun_at(end, modified=False)  # "two single barrel guns" are guns
            if (
                not measure
                and modified
                and self.t.lookahead > 1
                and end < len(toks)
                and toks[end].kind == "word"
            ):
                # A noun before a plural noun is its modifier: "700 contract workers"; a measure
                # or a currency is not, it is what the figure counts: "657 kg drugs" are kilograms.
                head = self.t.derived_plurals.get(toks[end].text)
                # A participle before a generic noun is the count's key: "40 displaced
                # villagers" are the displaced, as "40 injured people" are the injured.
                named = head is not None and self.t.nouns[head] in self.t.participle_heads
                if (
                    head is not None
                    and stem not in self.t.derived_plurals
                    and not (named and stem in self.t.participles)
                ):
                    return head, toks[end : end + 1], end + 1
            return stem, window, end
        return None

    def _measure_modifies(self, word: str, k: int) -> bool:
        """Whether a measure noun written in the singular, a word not an abbreviation, modifies
        the plural noun at token k: "two single barrel guns", "20 foot containers" count the
        guns and the containers ("657 kg drugs" are kilograms: an abbreviation has no number)."""
        plurals = self.t.derived_plurals
        if len(word) <= _ABBREVIATION_LENGTH or word in plurals or self.t.nouns.get(word) in _RATE_KEYS:
            return False  # "0.3 percent points" are points of a rate
        if not any(word + suffix in plurals for suffix in self.t.plural_suffixes):
            return False
        head = plurals.get(self.tokens[k].text)
        if head is None or self.tokens[k].kind != "word":
            return False
        key = self.t.nouns[head]
        return key not in self.t.measure_keys and not key.isupper()

    def conjunct(self, word: str) -> bool:
        """A noun with a conjunction written onto it ("وإصابة") whose bare form is not itself a
        noun form."""
        if word in self.t.nouns or any(
            word.endswith(suffix) and word[: -len(suffix)] in self.t.nouns for suffix in self.t.noun_suffixes
        ):
            return False
        return any(
            word.startswith(conjunction) and self._noun_stem(word[len(conjunction) :]) is not None
            for conjunction in self.t.conjunctions
        )

    def _power(self, key: str, at: int) -> tuple[str, int] | None:
        """The area or volume key (units.squares, units.cubes) and the end of the exponent, when a
        length is followed by a 2 or a 3 written onto it and standing alone: "360 كم2"."""
        text = self.norm.text
        if at >= len(text) or text[at] not in self.t.powers:
            return None
        if at + 1 < len(text) and text[at + 1].isalnum():
            return None  # "25 كم20": no exponent
        power = self.t.powers[text[at]].get(key)
        return (power, at + 1) if power is not None else None

    def _per_hour(self, key: str, at: int) -> tuple[str, int] | None:
        """The speed key and the end of its "per hour" words, when a distance is followed by them."""
        speed = self.t.speeds.get(key)
        if speed is None:
            return None
        text = self.norm.text
        rest_start = at + (len(text[at : at + 3]) - len(text[at : at + 3].lstrip(" ")))
        for words in self.t.per_hour:
            end = rest_start + len(words)
            if text.startswith(words, rest_start) and (end >= len(text) or not text[end].isalnum()):
                return speed, end
        return None

    def _past_compound(self, k: int) -> int:
        """The token after the word at k, or after its hyphenated compound ("COVID-19",
        "Iranian-backed"), which stands between a figure and its noun as one word."""
        toks = self.tokens
        while (
            k + 2 < len(toks)
            and toks[k + 1].text == "-"
            and toks[k].end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
            and toks[k + 2].kind in ("word", "num")
        ):
            k += 2
        return k + 1

    def _open_noun(
        self, at: int, value: Decimal | None, *, one: bool, linked: bool
    ) -> tuple[str, tuple[int, int], int] | None:
        """What a count counts when the lexicon does not know its noun (an open class): the
        singular of the head of the noun phrase right after the figure at token `at`, its span
        and the token after it. The phrase runs over up to unit_lookahead words (adjectives and
        capitalised modifiers: "12 more murders", "30 new hotspots", "5 Iranian-backed
        militias") to a stop word, a verb, a time word or punctuation; its head is its last
        plural noun ("30 wickets fell": wickets), or after a count of one its last word ("one
        hotspot"). The head is written in lower case (a capitalised word may be a name); a head
        written with a hyphen is the whole compound ("3 hat-tricks": hat_trick); a head the
        lexicon knows keeps the lexicon's key. A count is a whole number (a decimal counts a
        measure); years, clock times, ordinals, measures and money never come here.
        """
        t, toks = self.t, self.tokens
        if not t.singular_endings or (value is not None and not _integral(value)):
            return None
        head: tuple[str, int, int, int] | None = None  # key, first and last token, token after
        k = at
        if linked and k < len(toks) and toks[k].text in t.links:
            k = self._past_link_determiner(k + 1)  # "thousands of protesters", "12 of the hotspots"
        for _ in range(t.lookahead):
            if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
                break
            after = self._past_compound(k)
            word = toks[after - 1].text
            if self._ends_open_phrase(word, compound=after > k + 1):
                break
            key = self._open_key(k, after, one)
            if key is not None:
                head = (key, k, after - 1, after)
                if not one and not self._continues_open_phrase(after):
                    break  # "12 murders last year": a plural noun ends its phrase
            elif not one and not self._lower_case(toks[after - 1]) and self._singular(word) is not None:
                break  # a capitalised plural ends it too, with no key: "The 3 Musketeers returns" (a name)
            k = after
        if head is None:
            return None
        key, first, last, end = head
        return key, (toks[first].start, toks[last].end), end

    def _ends_open_phrase(self, word: str, *, compound: bool) -> bool:
        """A word that ends a noun phrase after a count: a function word, a verb the lexicon
        lists or that ends as one, a number word, a time word ("two decades")."""
        t = self.t
        return (
            word in t.open_noun_stops
            or (not compound and word.endswith(t.verb_endings))
            or word in t.words
            or word in t.time_words
            or self._singular(word) in t.time_words
        )

    def _open_key(self, first: int, after: int, one: bool) -> str | None:
        """The key of the word (or hyphenated compound) from token `first` to `after` as the
        head of a count's phrase: a plural's singular, or after a count of one a singular."""
        t, toks = self.t, self.tokens
        word = toks[after - 1].text
        if word in t.not_open_nouns or not word.isalpha():
            return None
        if not self._lower_case(toks[after - 1]):
            return None  # a capitalised word may be a name
        singular = self._singular(word)
        if one:
            if singular is not None or len(word) < 3:
                return None
            singular = word
        elif singular is None:
            return None  # "two anti-ship missiles": a singular modifies the plural after it
        stem = self._noun_stem(word)
        if stem is not None:
            return t.nouns[stem]  # "2 sports cars": a word the lexicon knows keeps its key
        parts = [tok.text for tok in toks[first : after - 1] if tok.kind == "word"]
        if any(not part.isalpha() for part in parts):
            return None
        return "_".join([*parts, singular])

    def _continues_open_phrase(self, k: int) -> bool:
        """A plural noun modifies the word after it only when that word is a noun too: a
        plural ("5 sales managers") or a lexicon noun that is no participle ("2 sports cars")."""
        t, toks = self.t, self.tokens
        if k >= len(toks) or toks[k].kind != "word" or self._line_after(k - 1):
            return False
        word = toks[self._past_compound(k) - 1].text
        if self._ends_open_phrase(word, compound=False) or word in t.not_open_nouns:
            return False
        if word in t.participles:
            return False
        return self._noun_stem(word) is not None or self._singular(word) is not None

    def _singular(self, word: str) -> str | None:
        """The singular of a plural by the language's endings or its irregular plurals; None
        for a word that is no plural ("bus", "class", "crisis", "news")."""
        t = self.t
        irregular = t.irregular_plurals.get(word)
        if irregular is not None:
            return irregular
        if len(word) < 4 or word.endswith(t.singular_look):
            return None
        for ending, replacement in t.singular_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                return word[: len(word) - len(ending)] + replacement
        return None

    def _capitalised_number_name(self, phrase: NumberPhrase) -> bool:
        """(fig23) One number word written with a capital after a word in lower case is a name's
        ("in both Regions Nine and Ten", "the defending Six Nations champion"), as is a capital
        letter alone in brackets ("Accord (A) scored 166"): a count after a lower-case word is
        written in lower case, and a title-case headline capitalises the word before it too."""
        toks, s = self.tokens, phrase.start
        first = toks[s]
        if first.kind != "word" or phrase.end != s + 1 or s == 0 or self._lower_case(first):
            return False
        before = toks[s - 1]
        if self._line_after(s - 1):
            return False  # a line's first word after a headline's last
        if before.kind == "word":
            return self._lower_case(before)
        return (
            len(first.text) == 1
            and before.text == "("
            and phrase.end < len(toks)
            and toks[phrase.end].text == ")"
        )

    def _named_list_member(self, phrase: NumberPhrase) -> bool:
        """(fig23) A bare number in a list opened by a capitalised plural noun right before its
        first number, across joiners, commas and bracketed asides, names a member, the first
        included: "Boston won Games 1 and 3", "located in Regions 1 (Ilocos), 2, 3 and 5". Not
        after a sentence's first word, capitalised whatever it is ("Deaths 12, 14 and 16")."""
        toks, t = self.tokens, self.t
        if not phrase.digits_only or phrase.start < 2:
            return False
        k, listed = phrase.start - 1, False
        while k >= 0 and phrase.start - k <= 24:
            tok = toks[k]
            if tok.text == ")":
                before = self._before_aside(k, 4)
                if before is None:
                    return False
                k = before
            elif tok.text in t.joiners or tok.text == ",":
                listed = True
                k -= 1
            elif tok.kind == "num":
                k -= 1
            else:
                break
        e = phrase.end
        if not listed:  # the first member: a joiner or comma and a number follow it
            listed = (
                e + 1 < len(toks)
                and (toks[e].text in t.joiners or toks[e].text == ",")
                and toks[e + 1].kind == "num"
            )
        if not listed or k < 0 or toks[k + 1].kind != "num":
            return False
        head = toks[k]
        if k == 0 or toks[k - 1].text in _SENTENCE_ENDS or self._line_after(k - 1):
            return False  # a sentence's first word is capitalised whatever it is
        return head.kind == "word" and head.text in t.derived_plurals and not self._lower_case(head)

    def _lower_case(self, token: Token) -> bool:
        """The token is written in lower case in the original text (not a name)."""
        return not self.norm.original[self.norm.origin[token.start]].isupper()

    def key_at(self, k: int) -> tuple[str, int, str] | None:
        """What token k offers a figure near it as the thing it counts (the unit reader's
        candidates, factcheck/extract/unit_model.py): the key of a counted noun starting there
        (its longest form), a unit sign, a measure word or an event word; with the index after
        it and the kind of word ("noun", "sign", "measure", "event"). None when it offers none."""
        toks = self.tokens
        tok = toks[k]
        t = self.t
        if tok.kind != "word":
            key = t.symbols_after.get(tok.text) or t.symbols_before.get(tok.text)
            return (key, k + 1, "sign") if key is not None else None
        texts = self.tokenized.texts
        phrase_first = tok.text in t.noun_phrase_firsts
        for size in t.noun_sizes:
            if (size > 1 and not phrase_first) or k + size > len(toks):
                continue
            stem = self._noun_stem(" ".join(texts[k : k + size]))
            if stem is not None:
                return t.nouns[stem], k + size, "noun"
        word = tok.text
        key = t.currency_codes.get(word) or t.measures_before.get(word)
        if key is not None:
            return key, k + 1, "measure"
        key = t.event_objects.get(word) or t.loss_objects.get(word)
        if key is None:
            event = t.lex.strip_prefix(word, t.events_index, definite=True)
            key = t.events[event] if event is not None else None
        return (key, k + 1, "event") if key is not None else None

    def _noun_stem(self, word: str) -> str | None:
        """The lexicon form of a counted noun, past clitics, the article and case endings:
        `_read_noun_stem`, remembered per word (it reads the lexicon's tables only)."""
        memo = self.t.noun_stems
        try:
            return memo[word]
        except KeyError:
            stem = self._read_noun_stem(word)
            if len(memo) >= _MEMO_WORDS:
                memo.clear()
            memo[word] = stem
            return stem

    def _read_noun_stem(self, word: str) -> str | None:
        index = self.t.nouns_index
        stem = index.get(word)
        if stem is not None:
            return stem
        for suffix in self.t.noun_suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                stem = index.get(word[: -len(suffix)])
                if stem is not None:
                    return stem
        for suffix in self.t.possessive_suffixes:
            # "أربعة من أطفاله": four of his children
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = index.get(word[: -len(suffix)])
                if stem is not None:
                    return stem
        if " " in word and self.t.noun_suffixes:
            return self._agreeing_phrase_stem(word)
        return None

    def _agreeing_phrase_stem(self, phrase: str) -> str | None:
        """A noun of two words whose adjective agrees with it in case takes the case ending on
        both: "2409 ريالًا يمنيًا" is the lexicon's "ريال يمني" (the accusative after 11-99)."""
        words = phrase.split(" ")
        bare = []
        for word in words:
            for suffix in self.t.noun_suffixes:
                if word.endswith(suffix) and len(word) > len(suffix) + 1:
                    word = word[: -len(suffix)]
                    break
            bare.append(word)
        return self.t.nouns_index.get(" ".join(bare))


def _with_marks(original: str, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a span over the diacritics (tanween: مليوناً) and tatweel written after its last letter."""
    end = span[1]
    while end < len(original) and (unicodedata.category(original[end]) == "Mn" or original[end] == "\u0640"):
        end += 1
    return span[0], end


def _bounds(
    qualifier: str, value: Decimal | None, low: Decimal | None, high: Decimal | None
) -> tuple[Decimal | None, Decimal | None]:
    """Bounds by qualifier, as DESIGN.md "Quantities" fixes them."""
    if qualifier in ("exact", "approx"):
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "up_to"):
        return None, value
    return low, high


def inherit_elided_units(
    mentions: Sequence[QuantityMention], sentences: Sequence[tuple[int, int]], text: str, lex: Lexicon
) -> list[QuantityMention]:
    """Give a figure without a noun the noun of an earlier figure of its sentence, where the
    grammar elides it:

    - after a scale word, as the figure before it ("من بين 10 آلاف جندي ... هناك ما يصل إلى 8
      آلاف يتمركزون": the 8,000 are soldiers too);
    - coordinated with or set against the figure right before it, a few words apart ("820 قتيلا
      بينهم 205", "rose from 3.1% to 3.4"): _ELIDED_GAP words, and a ratio only _RATIO_GAP;
    - with a pronoun that points back to it (units.anaphors): "12,000 troops were in Russia,
      and more than 9,000 of them in Kursk";
    - compared with it (units.comparisons): "129,400 people were unemployed last month, down
      from 134,200 in August", "300 وفاة ... مقابل 250";
    - in a gapped clause that repeats a word of its clause after a conjunction: "14,311 are
      classified as partially damaged and 2,600 as totally damaged";
    - or, before a figure with a noun, as its part ("15 of the 25 goals").

    Otherwise the figure counts nothing named: "2.4% ... in the 12 months" is not a percent.
    """
    starts = [s[0] for s in sentences]
    # Sentences in text order (as sentence_spans gives them) are found by bisection.
    ordered = all(a[1] <= b[0] for a, b in pairwise(sentences))
    scales = _tables(lex)
    result: list[QuantityMention] = []
    for index, mention in enumerate(mentions):
        if mention.unit_key is None and _is_share(mention, scales):
            result.append(mention)  # "two-thirds of the seats": a share, no count of seats
            continue
        whole = mentions[index + 1] if index + 1 < len(mentions) else None
        if mention.unit_key is None and whole is not None and _part_of(mention, whole, text, scales):
            mention = replace(mention, unit=whole.unit, unit_key=whole.unit_key)
        if (
            mention.unit_key is None
            and whole is not None
            and not (result and _whole_after_part(result[-1], mention, text, scales))
            and (
                _shares_noun(mention, whole, text, scales)
                or _shares_noun_of_parallel(mention, whole, text, scales)
            )
        ):
            mention = replace(mention, unit=whole.unit, unit_key=whole.unit_key)
        if mention.unit_key is None and whole is not None and whole.unit_key is None:
            last = _list_noun_bearer(mentions, index, text, scales)
            if last is not None:
                mention = replace(mention, unit=last.unit, unit_key=last.unit_key)
        if mention.unit_key is None and whole is not None and whole.unit_key in _RATIOS:
            key = _restated_as_share(mention, whole, mentions[index + 2 : index + 3], text, scales)
            if key is not None:
                mention = replace(mention, unit_key=key)
        if mention.unit_key is None and scales.partitive_openers:
            key = _fronted_partitive_key(result, mention, sentences, text, scales)
            if key is not None:
                mention = replace(mention, unit_key=key)
        generic = mention.unit_key in scales.generic_keys and mention.unit is not None
        if (mention.unit_key is None or generic) and mention.qualifier != "vague":
            if ordered:
                k = bisect_right(starts, mention.span[0]) - 1
                sentence = sentences[k] if k >= 0 and mention.span[0] < sentences[k][1] else None
            else:
                sentence = _sentence_of(sentences, mention.span[0])
            previous = _donor(result, mention, text)
            if (
                sentence is not None
                and previous is not None
                and _places_said_of(previous, mention, text, scales)
            ):
                # "9,373 at 29 relief centres and 2,290 at seven centres": the bare figure
                # parallels the count the places are said of, not the places.
                previous = _count_before(result, previous, sentence, text, scales, past_places=True)
            if (
                sentence is not None
                and previous is not None
                and previous.unit_key is not None
                and sentence[0] <= previous.span[0] < mention.span[0]
                and (
                    (
                        _compared_with(previous, mention, text, scales)
                        or _changed_by(previous, mention, text, scales)
                        or _named_part_of_event(previous, mention, text, scales)
                        or _nationality_elided(previous, mention, text, scales)
                    )
                    if generic
                    else _elided(previous, mention, text, scales)
                )
            ):
                mention = replace(mention, unit=previous.unit, unit_key=previous.unit_key)
            elif (
                generic
                and scales.state_topics
                and sentence is not None
                and previous is not None
                and previous.unit_key in _RATIOS
                and sentence[0] <= previous.span[0] < mention.span[0]
                and _restates(previous, mention, text)
            ):
                key = _state_topic(text[sentence[0] : previous.span[0]], scales)
                if key is not None:
                    mention = replace(mention, unit_key=key)
        if mention.unit_key is None and result:
            key = _change_level(result, result[-1], mention, text, scales)
            if key is not None:
                mention = replace(mention, unit=result[-2].unit, unit_key=key)
        if (
            mention.unit_key is None
            and mention.qualifier != "vague"
            and scales.distribution_links
            and _distribution_item(mention, text, scales)
        ):
            key = _distributed_key(result, mention, sentences, text, scales)
            if key is not None:
                mention = replace(mention, unit_key=key)
        if mention.unit_key is None and mention.qualifier != "vague" and _added(mention, text, scales):
            key = _added_key(result, mention, sentences)
            if key is not None:
                mention = replace(mention, unit_key=key)
        if (
            mention.unit_key is None
            and mention.qualifier != "vague"
            and scales.sentence_elision
            and not _multiple(mention, text, scales)
        ):
            donor = _sentence_count_donor(result, mention, sentences, text, scales)
            if donor is not None:
                mention = replace(mention, unit=donor.unit, unit_key=donor.unit_key)
        if mention.unit_key is None and mention.qualifier != "vague" and scales.referring_totals:
            donor = _referred_count(result, mention, sentences, text, scales)
            if donor is not None:
                mention = replace(mention, unit=donor.unit, unit_key=donor.unit_key)
        if mention.unit_key is None and mention.qualifier == "exact":
            donor = _list_line_head(result, mention, text)
            if donor is not None:
                mention = replace(mention, unit=donor.unit, unit_key=donor.unit_key)
        if (
            (mention.unit_key in scales.generic_keys or mention.unit_key in scales.people_keys)
            and scales.dative_articles
            and not (mention.unit and mention.text.endswith(mention.unit))
        ):
            key = _dative_people_key(mention, text, scales)
            if key is not None:
                mention = replace(mention, unit_key=key)
        result.append(mention)
    return result


# A line that is an item of a list of labelled figures: a label of words, a colon, the figure and
# nothing after it but a mark ("بغداد/ الرصافة: ١٥", "• Mining: 31,000").
_LIST_LINE = re.compile(r"[^\d:\n]+:[ \t]*[\d.,،٫٬]+[ \t.,،]*")


def _list_line_head(
    done: Sequence[QuantityMention], mention: QuantityMention, text: str
) -> QuantityMention | None:
    """The figure of a list's head a bare figure is a part of, when the figure is an item of a
    list written one item a line ("Label: N", _LIST_LINE) under a head line that ends with a
    colon and has a figure with a noun: "سجلت المختبرات (75) إصابة موزعة كالتالي:" then
    "بغداد/ الرصافة: 15", "البصرة: 50" on lines of their own are cases. The head's last such
    figure; the lines between are items too (blank lines aside)."""
    start = text.rfind("\n", 0, mention.span[0]) + 1
    end = text.find("\n", mention.span[1])
    end = len(text) if end < 0 else end
    if not _LIST_LINE.fullmatch(text[start:end].strip()):
        return None
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start : start - 1].strip()
        if line and not _LIST_LINE.fullmatch(line):
            if not line.endswith(":"):
                return None
            head = [m for m in done if line_start <= m.span[0] < start - 1 and m.unit_key is not None]
            return head[-1] if head else None
        start = line_start
    return None


def _dative_people_key(mention: QuantityMention, text: str, tables: _Tables) -> str | None:
    """The kind of people (units.people_keys) a bare count of people is of, named by "for the"
    written onto the noun right after it (units.dative_articles): "823 ألفا للأجانب" are
    expatriates, "946 ألفا للذكور" males (the guide's D73), also where it took the kind of the
    count before it ("1.7 مليون للذكور و700 ألف للإناث"). A count with its own noun counts that
    noun (D71): "7 ملايين فرد للإناث" are persons."""
    after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 24]))
    if not after or after[0].kind != "word":
        return None
    word = after[0].text
    for prefix in tables.dative_articles:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            stem = tables.nouns_index.get(word[len(prefix) :])
            key = tables.nouns[stem] if stem is not None else None
            return key if key in tables.people_keys else None
    return None


def _whole_after_part(part: QuantityMention, mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """Whether the figure is the whole a counted part is linked to ("70 بلدية من أصل 333 و187
    مختاراً", "60 lawmakers out of 105 and 12 senators"): it counts the part's noun (_elided),
    not the noun of a figure joined after it."""
    if part.unit_key is None or part.span[1] > mention.span[0]:
        return False
    gap = tuple(first_token_texts(fold_text(text[part.span[1] : mention.span[0]]), 4))
    if gap[-1:] and gap[-1] in tables.link_articles:
        gap = gap[:-1]
    return (len(gap) == 1 and gap[0] in tables.links) or gap in tables.whole_links


def _is_share(mention: QuantityMention, scales: _Tables) -> bool:
    """Whether a figure is a share written as a fraction (QuantityFinder._share: "two-thirds",
    "more than half"), which counts no noun, not even one its sentence elides."""
    if not scales.share_determiners or mention.value is None or not 0 < mention.value < 1:
        return False
    last = mention.text.lower().replace("-", " ").split()[-1:]
    return bool(last) and (last[0] in scales.share_fractions or last[0] in scales.denominators)


def _added(mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A bare figure after a word of addition (units.addition_openers: "another", "a further")
    adds to a count already given: "The fire destroyed 120 homes. Another 40 were damaged"."""
    if not tables.addition_openers:
        return False
    head = text[max(mention.span[0] - 24, 0) : mention.span[0]]
    before = " ".join(t.text for t in tokenize(fold_text(head)))
    return any(before == phrase or before.endswith(" " + phrase) for phrase in tables.addition_openers)


def _added_key(
    found: Sequence[QuantityMention], mention: QuantityMention, sentences: Sequence[tuple[int, int]]
) -> str | None:
    """What an added figure counts: what the last count before it (no percent) counts, in its
    sentence or the one before."""
    sentence = next((s for s in sentences if s[0] <= mention.span[0] < s[1]), None)
    if sentence is None:
        return None
    start = _previous_start(sentences, sentence)
    counts = [
        q
        for q in found
        if start <= q.span[0] < mention.span[0] and q.unit_key is not None and q.unit_key not in _RATIOS
    ]
    return counts[-1].unit_key if counts else None


# How many tokens a share in brackets after a figure may hold ("(73 per cent)").
_SHARE_ASIDE_TOKENS = 4
# How far before a figure its share's link and holder are read (characters).
_HOLDER_REACH = 48
_RAW_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*|[^\w\s]")


def _sentence_of(sentences: Sequence[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The sentence (start, end) that holds character offset `at`, None when none does."""
    return next((s for s in sentences if s[0] <= at < s[1]), None)


def _distribution_item(mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A bare figure that is one holder's share in a ranking or a breakdown: after a link of a
    share (units.distribution_links) whose holder is a name ("In second place was Al Batinah North
    with 199,977", "the top destinations were India with 5.9 million, Saudi Arabia at 3.1
    million") or a count head ("Manicaland recorded the highest number at 1,251"), the figure
    ending its phrase (no word of its own after it: "Cork University Hospital with 46 waiting"
    names what waits by a verb, no share of a count)."""
    if not tables.names_capitalized and not (tables.count_heads | tables.total_nouns):
        return False
    words = _RAW_WORD.findall(text[max(mention.span[0] - _HOLDER_REACH, 0) : mention.span[0]])
    if len(words) < 2 or fold_text(words[-1]) not in tables.distribution_links:
        return False
    holder = words[-2]
    named = tables.names_capitalized and holder[:1].isupper() and len(words) > 2 and words[-3] not in ".!?"
    if not named and fold_text(holder) not in tables.count_heads | tables.total_nouns:
        return False
    after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 16]))
    return not after or after[0].kind == "punct" or after[0].text in tables.lookahead_stops


def _distributed_key(
    found: Sequence[QuantityMention],
    mention: QuantityMention,
    sentences: Sequence[tuple[int, int]],
    text: str,
    tables: _Tables,
) -> str | None:
    """What a holder's share counts: what the count the ranking divides counts, the last figure
    of a count (no percent) in its sentence or the sentence before ("... to 6.08 million
    passengers. The top destinations were India with 5.9 million"); when the sentence before
    has no figure, its last counted noun ("all provinces have reported suspected cases.
    Manicaland recorded the highest number at 1,251")."""
    sentence = _sentence_of(sentences, mention.span[0])
    if sentence is None:
        return None
    start = _previous_start(sentences, sentence)
    donors = [q for q in found if start <= q.span[0] < mention.span[0]]
    counts = [q for q in donors if q.unit_key is not None and q.unit_key not in _RATIOS]
    if counts:
        return counts[-1].unit_key
    if donors or start == sentence[0]:
        return None  # a figure of no count, or no sentence before: nothing names the count
    for tok in reversed(tokenize(fold_text(text[start : sentence[0]]))):
        stem = tables.nouns_index.get(tok.text) if tok.kind == "word" else None
        if stem is not None and tables.nouns[stem] not in tables.measure_keys:
            return tables.nouns[stem]
    return None


# How many tokens after an event a phrase of precaution may start ("were taken to the hospital
# for observation": the phrase "to the hospital" lies between).
_PRECAUTION_REACH = 6

# How many more words the event of a count of "others" may stand before it, past the object it is
# joined to ("injuries to Malik Taj and 12 others").
_CONJUNCT_REACH = 4

# How many words a fronted partitive ("Of those homes destroyed,") may take before its comma.
_PARTITIVE_WORDS = 6


def _fronted_partitive_key(
    found: Sequence[QuantityMention],
    mention: QuantityMention,
    sentences: Sequence[tuple[int, int]],
    text: str,
    tables: _Tables,
) -> str | None:
    """What the first figure of a sentence that opens with a partitive (units.partitive_openers)
    counts: the noun the partitive names ("Of those homes destroyed, 44 were in the north":
    homes), or, for a partitive that points back (units.partitive_anaphors: "Of this number,
    104 were totally damaged"), what the last figure before the sentence counts."""
    sentence = _sentence_of(sentences, mention.span[0])
    if sentence is None:
        return None
    head = text[sentence[0] : mention.span[0]]
    comma = head.find(",")
    if comma < 0 or any(t.kind == "num" for t in tokenize(fold_text(head))):
        return None
    words = [t.text for t in tokenize(fold_text(head[:comma]))]
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]) in tables.partitive_openers:
            rest = words[size:]
            break
    else:
        return None
    if len(rest) > _PARTITIVE_WORDS:
        return None
    if " ".join(rest) in tables.partitive_anaphors:
        donor = found[-1] if found else None
        if donor is None or not _previous_start(sentences, sentence) <= donor.span[0] < sentence[0]:
            return None  # the count pointed back to stands in the sentence right before
        return donor.unit_key
    if rest[0] not in tables.partitive_determiners:
        return None
    for word in rest[1:]:
        stem = tables.nouns_index.get(word)
        if stem is not None:
            return tables.nouns[stem]
    return None


def _previous_start(sentences: Sequence[tuple[int, int]], sentence: tuple[int, int]) -> int:
    """The start of the sentence before `sentence` (its own start when it is the first)."""
    before = [s[0] for s in sentences if s[1] <= sentence[0]]
    return max(before) if before else sentence[0]


def _restates(previous: QuantityMention, mention: QuantityMention, text: str) -> bool:
    """A count a few words after a percent, with no other number between, that may restate it
    ("10.5% for the whole area, equivalent to 750,000 people", "down 2.4 percent, or by 68,826")."""
    gap = tokenize(fold_text(_ASIDE.sub(" ", text[previous.span[1] : mention.span[0]])))
    words = [t for t in gap if t.kind == "word"]
    return not any(t.kind == "num" for t in gap) and len(words) <= _COMPARED_GAP


def _state_topic(before: str, tables: _Tables) -> str | None:
    """The state of people a sentence's rate or change is of (units.state_topics), read before its
    percent: "Joblessness fell 2.4 percent, or by 68,826 people" counts the unemployed."""
    for token in tokenize(fold_text(before)):
        key = tables.state_topics.get(token.text) if token.kind == "word" else None
        if key is not None:
            return key
    return None


def _compared_with(previous: QuantityMention, mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A figure of a generic noun compared with one of the same noun that its clause made
    specific counts the same: "بلغ عدد المشتغلين 3 ملايين شخص مقابل 2.9 مليون شخص" (workers),
    "سجلت 168 حالة وفاة مقابل 222 حالة" (deaths: the same head noun, its specifier left out)."""
    if previous.unit is None or mention.unit is None or previous.unit_key in tables.generic_keys:
        return False
    if normalize_word(previous.unit) != normalize_word(mention.unit) and not _same_head_noun(
        previous.unit, mention.unit, tables
    ):
        return False
    gap = tokenize(fold_text(_ASIDE.sub(" ", text[previous.span[1] : mention.span[0]])))
    words = [t for t in gap if t.kind == "word"]
    return not any(t.kind == "num" for t in gap) and len(words) <= _COMPARED_GAP and _compared(words, tables)


def _head_noun_key(unit: str, tables: _Tables) -> str | None:
    """The key the first word of a figure's noun has alone in the lexicon: "حالة" (case) for
    "حالة وفاة" and for "حالات"."""
    words = [t.text for t in tokenize(fold_text(unit)) if t.kind == "word"]
    stem = tables.nouns_index.get(words[0]) if words else None
    return tables.nouns[stem] if stem is not None else None


def _same_head_noun(first: str, second: str, tables: _Tables) -> bool:
    """Whether two figures' nouns open with the same generic noun (units.generic_keys), in any
    number: "حالة وفاة" and "حالات", "شخصا" and "أشخاص"."""
    key = _head_noun_key(first, tables)
    return key is not None and key in tables.generic_keys and key == _head_noun_key(second, tables)


def _changed_by(previous: QuantityMention, mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A figure of a generic noun that is the amount of a change a noun names (units.change_nouns)
    after a count its clause made specific counts the same: "بلغ عدد الذكور 52.6 مليون نسمة ...،
    بزيادة بلغت 700 ألف نسمة" (males), "بلغ عدد العاطلين 653 ألف عاطل، مسجلا ارتفاعا بـ 2600 شخص"
    (the unemployed). Only a year may stand as a number between them ("مقابل 56.5 ألف في عام
    2020، بتراجع بلغ 300 حالة"), and at most _CHANGE_LINK_WORDS words between the change's noun and
    the figure, none a counted noun ("زيادة في عدد الزوار" names its own count)."""
    if not tables.change_nouns or previous.unit_key in tables.generic_keys or previous.unit_key in _RATIOS:
        return False
    gap = tokenize(fold_text(_ASIDE.sub(" ", text[previous.span[1] : mention.span[0]])))
    if any(t.kind == "num" and not _year_like(t.text) for t in gap):
        return False
    words = [t.text for t in gap if t.kind == "word"]
    if len(words) > _COMPARED_GAP:
        return False
    for back, word in enumerate(reversed(words[-_CHANGE_LINK_WORDS - 1 :])):
        if word in tables.change_nouns:
            links = words[len(words) - back :]
            return all(w not in tables.nouns_index and w not in tables.change_objects for w in links)
    return False


# How many tokens an aside that names some of the counted ("من بينهم طفلة «6 سنوات»") may take
# before the verb of the clause.
_ASIDE_REACH = 8

# How many words may stand between a figure and the one before it whose noun it takes; for a
# ratio (a percent) only a joiner or a "from"/"to": "3.1% و3.4".
_ELIDED_GAP = 4
# ... or more words, when the figure repeats the phrase after the one before it.
_PARALLEL_GAP = 8
_RATIO_GAP = 1
# ... or more, when a phrase of comparison sets it against the one before ("down from").
_COMPARED_GAP = 12
# How many words may stand between a change's noun and its amount ("بتراجع طفيف بلغ 300").
_CHANGE_LINK_WORDS = 2
# ... and in a gapped clause.
_GAPPED_GAP = 12
# How many tokens may stand between the two sides of a change "from N ... to M noun".
_CHANGE_GAP = 6


_ASIDE = re.compile(r"\([^()]*\)")


def _bracketed(mention: QuantityMention, text: str) -> bool:
    """Whether a figure stands inside brackets ("7.18 million votes (50.49 percent)")."""
    before = text.rfind("(", 0, mention.span[0])
    return before >= 0 and ")" not in text[before : mention.span[0]] and ")" in text[mention.span[1] :]


def _donor(found: Sequence[QuantityMention], mention: QuantityMention, text: str) -> QuantityMention | None:
    """The figure whose noun an elided one may take: the last one before it; for a figure outside
    brackets, past a figure in brackets, which is an aside on the figure before it ("won 7.18
    million votes (50.49 percent) against 6.94 million": the 6.94 million are votes)."""
    if not found or _bracketed(mention, text):
        return found[-1] if found else None
    return next((donor for donor in reversed(found) if not _bracketed(donor, text)), None)


def _elided(donor: QuantityMention, mention: QuantityMention, text: str, tables: _Tables) -> bool:
    gap = tokenize(fold_text(_ASIDE.sub(" ", text[donor.span[1] : mention.span[0]])))
    numbers = [t for t in gap if t.kind == "num"]
    if numbers and all(
        _year_like(t.text) or _season_end(gap, n) for n, t in enumerate(gap) if t.kind == "num"
    ):
        words = [t for t in gap if t.kind == "word"]
        if len(words) <= _COMPARED_GAP and _compared(words, tables):
            return True  # "38 murders recorded for 2024, an uptick from 30": a year is no figure
        if len(words) <= _ELIDED_GAP and words and words[-1].text in tables.gapping_conjunctions:
            # "up from 145,526 in 2023 and 137,176 in 2022": the year is the time of the figure
            # before, a joiner coordinates the next one with it.
            return not (donor.unit_key in _RATIOS and _bracketed(mention, text))
        if len(words) == 1 and gap[-1].text in ",;،؛" and _dated_alike(gap, mention, text):
            # "598 in 2011; 905 in 2010 and 864 in 2009": a series of figures, each dated by the
            # same preposition and a year, separated by commas or semicolons, counts one thing.
            return True
    if numbers:
        return _parallel_before(donor, gap, text, tables)
    words = [t for t in gap if t.kind == "word"]
    if words and words[0].text in tables.distributive:
        # "nine each in Aville and Btown, five in Cville": the word of distribution after the
        # figure before is that figure's own, and the phrase after it is the one repeated.
        words = words[1:]
    if len(words) <= _COMPARED_GAP and _compared(words, tables):
        return True
    if donor.unit_key in _RATIOS:
        if _bracketed(mention, text) and not _bracketed(donor, text):
            return False  # "increased by 4% (352,469 in 2017)": the aside gives the count
        if (
            words
            and (words[-1].text,) in tables.predicate_link_ends
            and _after_change_link(donor, text, tables, words[-1].text)
        ):
            return False  # "rose by 3 per cent to 535 million": the level, not a percent
        if [t.text for t in gap] in tables.restatement_gaps:
            return False  # "grew by 2%, or 194,000": the change restated as a count, no percent
        if (
            [t.text for t in words]
            and all(t.text in tables.range_to for t in words)
            and not _opened_range(donor, text, tables)
        ):
            return False  # "a reduction of 19 per cent to 1,139": no "from" opened a range of percents
        if _change_base(donor, words, text, tables):
            return False  # "up 7.9% from 3,001,603": the level the change starts from, no percent
        return len(words) <= _RATIO_GAP and all(t.text not in ".;؛" for t in gap)
    if (
        donor.unit_key in tables.event_keys
        and _own_verb_after(words, mention, text, tables)
        and not _points_back(mention, text, tables)
    ):
        return False  # "The number of dead rose to 45, while 120 remain in hospital"
    if _object_of_other(donor, words, tables):
        return False
    if len(words) <= _ELIDED_GAP or _points_back(mention, text, tables):
        return True
    if len(words) <= _PARALLEL_GAP and _parallel(words, mention, text, tables):
        return True
    # A comma right before the figure joins a gapped member as a conjunction does.
    joined = [*words, gap[-1]] if gap and gap[-1].text == "," else words
    if len(words) <= _GAPPED_GAP and _gapped(joined, mention, text, tables):
        return True
    if len(words) <= _GAPPED_GAP and _more_of(mention, text, tables):
        return True
    if _parallel_before(donor, gap, text, tables):
        return True
    if len(words) <= _GAPPED_GAP and _total_brought(words, tables):
        return True
    return _scaled(donor, tables) and _scaled(mention, tables)


def _sentence_count_donor(
    found: Sequence[QuantityMention],
    mention: QuantityMention,
    sentences: Sequence[tuple[int, int]],
    text: str,
    tables: _Tables,
) -> QuantityMention | None:
    """The count before a bare figure in its sentence, whose noun the figure takes where news
    leaves it out, however many words apart: "There were 612 patients on trolleys on Tuesday,
    and 602 the following day", "Forty rockets were fired, with Iron Dome intercepting eight",
    "A total of 17,400 jobs were added last month, 11,500 full-time". Only a count: a percent, a
    currency or a measure before names no noun ("rose 2.4% in the 12 months"), and a multiple
    ("five times", the guide's D35) counts nothing. What _elided refuses stays refused: a verb of
    the figure's own after an event ("45 died, while 120 remain in hospital"), the object of a
    verb of its own ("killed 35 and sickened 400"), or a total of another thing ("bringing its
    revenue to 300"); and a figure after a verb of making is score_bare_figures' to key, in
    sports copy only ("the index closed 40 points higher, and the company made 12")."""
    donor = _donor(found, mention, text)
    sentence = _sentence_of(sentences, mention.span[0])
    if donor is None or sentence is None or not sentence[0] <= donor.span[0] < mention.span[0]:
        return None
    if _no_count(donor, tables):
        donor = _count_before(found, donor, sentence, text, tables)
        if donor is None:
            return None
    if _places_said_of(donor, mention, text, tables):
        # "increased to 9,373 at 29 relief centres and 2,290 at seven centres": a count of the
        # places of a phrase is said of the count before it, which the bare figure parallels.
        donor = _count_before(found, donor, sentence, text, tables, past_places=True) or donor
    key = donor.unit_key
    if key is None:
        return None
    if tables.play_scoring_verbs and _scoring_verb(
        mention, sentences, text, tables.play_scoring_verbs, tables.scoring_fillers
    ):
        return None
    gap = tokenize(fold_text(_ASIDE.sub(" ", text[donor.span[1] : mention.span[0]])))
    words = [t for t in gap if t.kind == "word"]
    if key in tables.event_keys and _own_verb_after(words, mention, text, tables):
        return None
    return None if _object_of_other(donor, words, tables) else donor


_REFERRING_GAP = 4


def _referred_count(
    found: Sequence[QuantityMention],
    mention: QuantityMention,
    sentences: Sequence[tuple[int, int]],
    text: str,
    tables: _Tables,
) -> QuantityMention | None:
    """The count a bare figure's subject restates when that subject is a noun of a total after a
    determiner (units.referring_totals, referring_total_determiners) at most _REFERRING_GAP words
    before the figure, with no phrase of its own between (referring_total_stops): the last count
    of the sentence before, not a percent, a currency or a measure. "1,326 murders were
    committed. The number is 43 more than in 2018": the 43 are murders."""
    sentence = _sentence_of(sentences, mention.span[0])
    if sentence is None:
        return None
    before = tokenize(fold_text(text[sentence[0] : mention.span[0]]))
    for k in range(len(before) - 1, max(len(before) - 2 - _REFERRING_GAP, 0), -1):
        if (
            before[k].text in tables.referring_totals
            and before[k - 1].text in tables.referring_total_determiners
        ):
            between = before[k + 1 :]
            if not between or any(
                t.kind != "word" or t.text in tables.referring_total_stops for t in between
            ):
                return None
            break
    else:
        return None
    opened = _previous_start(sentences, sentence)
    for figure in reversed(found):
        if figure.span[0] < opened:
            return None
        if figure.span[0] >= sentence[0] or figure.unit_key is None or _no_count(figure, tables):
            continue
        return figure
    return None


def _no_count(figure: QuantityMention, tables: _Tables) -> bool:
    """Whether a figure names no counted noun a bare one could take: a percent, a measure or a
    currency."""
    key = figure.unit_key
    return key is not None and (key in _RATIOS or key in tables.measure_keys or key.isupper())


def _count_before(
    found: Sequence[QuantityMention],
    aside: QuantityMention,
    sentence: tuple[int, int],
    text: str,
    tables: _Tables,
    *,
    past_places: bool = False,
) -> QuantityMention | None:
    """The last count before a percent, a measure or a currency in the sentence: such a figure
    right after a count is said of that count ("144 killings in Clarendon, 18 per cent more than
    last year; 141 in St Andrew": the 141 are killings), so a bare figure after it parallels the
    count, not the aside. With `past_places`, the counts of places in a phrase (_place_count)
    are passed too."""
    for figure in reversed(found):
        if figure.span[0] >= aside.span[0] or _bracketed(figure, text):
            continue
        if past_places and _place_count(figure, text, tables):
            continue
        if figure.span[0] < sentence[0]:
            return None
        if figure.unit_key is not None and not _no_count(figure, tables):
            return figure
        if figure.unit_key is None:
            return None
    return None


def _place_count(figure: QuantityMention, text: str, tables: _Tables) -> bool:
    """Whether a count with its own noun stands in a phrase of place, right after one of
    units.count_head_place_links: "at 29 relief centres", "in five districts"."""
    if figure.unit is None or not tables.count_head_place_links:
        return False
    before = tokenize(fold_text(text[max(figure.span[0] - 16, 0) : figure.span[0]]))
    return bool(before) and before[-1].text in tables.count_head_place_links


def _places_said_of(place: QuantityMention, bare: QuantityMention, text: str, tables: _Tables) -> bool:
    """Whether the bare figure after a count of places in a phrase (_place_count) parallels the
    count those places are said of: only when it is more than the places ("9,373 at 29 relief
    centres and 2,290 at seven centres"); a part of them is no more than they are and counts them
    ("sold 2,500 cars in 40 countries and 12 in Africa": 12 countries)."""
    return (
        _place_count(place, text, tables)
        and bare.value is not None
        and place.value is not None
        and bare.value > place.value
    )


def _multiple(mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """Whether a word of multiplying follows the figure ("five times the number", "a 10-fold
    rise", units.multiple_words): a multiple counts nothing (D35), so it takes no noun from a
    count further back in its sentence (the near elisions of _elided keep "four times this
    spring" after "four goals", a count of occasions). Two tokens are read, as the tokenizer
    splits "-fold" into "-" and "fold"."""
    if not tables.multiple_words:
        return False
    after = first_token_texts(fold_text(text[mention.span[1] : mention.span[1] + 16]), 2)
    return bool(after) and (after[0] in tables.multiple_words or "".join(after) in tables.multiple_words)


def _object_of_other(donor: QuantityMention, words: Sequence[Token], tables: _Tables) -> bool:
    """Whether the figure after the words of the gap is the object of another thing than the
    figure before, so takes no noun of it (_elided, _sentence_count_donor): a total of another
    thing ("sold 40 cars, bringing its revenue to 300"), or after an event the object of a verb
    of its own that is no sequel of it ("killed 35 and sickened 400": the 400 are no deaths)."""
    if _total_brought(words, tables) is False:
        return True
    return (
        donor.unit_key in tables.event_keys
        and _object_of_own_verb(words, tables)
        and donor.unit_key not in tables.event_sequels.get(words[-1].text, ())
    )


def _dated_alike(gap: Sequence[Token], mention: QuantityMention, text: str) -> bool:
    """Whether the figure is dated as the one before it: the gap opens with a word and a year
    ("in 2011;") and the same word and a year follow the figure ("905 in 2010")."""
    after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 16]))
    return (
        len(gap) >= 2
        and gap[0].kind == "word"
        and len(after) >= 2
        and after[0].text == gap[0].text
        and after[1].kind == "num"
        and _year_like(after[1].text)
        and gap[1].kind == "num"
    )


def _season_end(tokens: Sequence[Token], n: int) -> bool:
    """Whether the number token at n ends a season or fiscal year written with two years, the
    second shortened ("2021/22", "2019-20"): a year too, no figure."""
    return (
        n >= 2
        and len(tokens[n].text) == 2
        and tokens[n].text.isdigit()
        and tokens[n - 1].text in "/-"
        and tokens[n - 2].kind == "num"
        and _year_like(tokens[n - 2].text)
        and tokens[n - 2].end == tokens[n - 1].start
        and tokens[n - 1].end == tokens[n].start
    )


def _year_like(digits: str) -> bool:
    """Whether a number token is written as a year (four digits in the years' range)."""
    return len(digits) == 4 and digits.isdigit() and _YEAR_RANGE[0] <= int(digits) <= _YEAR_RANGE[1]


def _word_before(donor: QuantityMention, text: str) -> str | None:
    """The folded token right before a figure's span (its qualifier's words are in the span)."""
    before = tokenize(fold_text(text[max(donor.span[0] - 16, 0) : donor.span[0]]))
    return before[-1].text if before else None


def _after_change_link(donor: QuantityMention, text: str, tables: _Tables, link: str | None = None) -> bool:
    """Whether a figure stands right after a link of a change's amount ("rose by 3 per cent"),
    or right after the verb of a change whose level follows with `link` ("declined 19 per cent
    to 72,867": units.predicate_links "declined to")."""
    word = _word_before(donor, text)
    if word is None:
        return False
    return word in tables.change_links or (link is not None and (word, link) in tables.predicate_links_set)


def _change_base(donor: QuantityMention, words: Sequence[Token], text: str, tables: _Tables) -> bool:
    """Whether a figure right after "from" (qualifiers.range_from) follows a percent that is a
    change's amount ("tourist arrivals totalled 3,239,760, up 7.9% from 3,001,603"): the level the
    change is counted from, which counts what the level after the change counts."""
    return (
        donor.unit_key == _PERCENT
        and len(words) == 1
        and words[0].text in tables.range_from
        and _word_before(donor, text) in tables.change_words
        and not _opened_range(donor, text, tables)
    )


def _change_level(
    found: Sequence[QuantityMention],
    donor: QuantityMention,
    mention: QuantityMention,
    text: str,
    tables: _Tables,
) -> str | None:
    """What the base of a change (_change_base) counts: what the count right before the change's
    amount counts, only the change's link between them ("totalled 3,239,760 up 7.9% from")."""
    if len(found) < 2 or found[-1] is not donor:
        return None
    level = found[-2]
    if level.unit_key is None or level.unit_key in _RATIOS:
        return None
    gap = tokenize(fold_text(text[level.span[1] : donor.span[0]]))
    words = [t.text for t in gap if t.kind == "word"]
    if len(words) != 1 or words[0] not in tables.change_words or any(t.text in ".;؛" for t in gap):
        return None
    between = tokenize(fold_text(text[donor.span[1] : mention.span[0]]))
    words = [t for t in between if t.kind == "word"]
    return level.unit_key if len(words) == len(between) and _change_base(donor, words, text, tables) else None


def _opened_range(donor: QuantityMention, text: str, tables: _Tables) -> bool:
    """Whether a word that opens a range ("from", "من", "between") stands right before a figure
    (its qualifier apart): "rose from 3.1% to 3.4" is a range of percents."""
    word = _word_before(donor, text)
    if word is None:
        return False
    opens = tables.range_from | tables.range_open
    return word in opens or tables.lex.strip_prefix(word, opens) is not None


def _compared(gap: Sequence[Token], tables: _Tables) -> bool:
    """Whether the words before the figure end with a phrase of comparison ("down from",
    "compared with", "مقابل"): the figure is the other side of the one before it."""
    texts = [t.text for t in gap]
    owner = texts[:-1]
    if owner and texts[-1] == "s" and owner[-1] in _APOSTROPHES:
        owner = owner[:-1]  # the mark is a token of its own when the gap keeps punctuation
    if texts[-1:] == ["s"] and owner and owner[-1] in tables.comparison_time_owners:
        texts = owner[:-1]  # "a jump from Tuesday's 102": the time of the figure compared with
        while texts and texts[-1] in tables.comparison_time_modifiers:
            texts.pop()  # "than the previous year's 0.78"
    while texts and texts[-1] in tables.comparison_fillers:
        texts.pop()  # "a decrease from the 120"
    if len(texts) >= 3 and texts[-2] in tables.comparison_fillers:
        texts.pop(-2)  # "down slightly from 385,022"
    return any(
        len(texts) >= len(phrase) and tuple(texts[-len(phrase) :]) == phrase for phrase in tables.comparisons
    )


def _gapped(gap: Sequence[Token], mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A gapped clause: after a conjunction or a comma, the figure and then a word of the clause
    before it ("25 of the dead were in ... and three were in Tlaola", "Two more were killed on
    Guadeloupe, one in the U.S. Virgin Islands"), its verb and noun left out."""
    if len(gap) < 2 or (gap[-1].text not in tables.gapping_conjunctions and gap[-1].text != ","):
        return False
    after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 24]))
    if after and after[0].text in tables.gapped_nouns:
        after = after[1:]  # "three people were killed in X and four others in Y"
    if not after or after[0].kind != "word":
        return False
    if any(t.text == after[0].text for t in gap[:-1]):
        return True
    # "33 persons were murdered across rural parishes and 21 in the Corporate Area", "15 murders
    # recorded in the first three days of this month and 136 last month": a place or a time
    # phrase after the figure answers one of the clause before.
    frames = tables.subject_prepositions | tables.time_modifiers
    return after[0].text in frames and any(t.text in frames for t in gap[:-1])


def _more_of(mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """ "Four drones were shot down over Kherson and four more over Dnipropetrovsk": a figure
    with a word of addition right after it (units.addition_words) is more of what the figure
    before it counts."""
    after = first_token_texts(fold_text(text[mention.span[1] : mention.span[1] + 12]), 1)
    return bool(after) and after[0] in tables.addition_words


def _part_of(part: QuantityMention, whole: QuantityMention, text: str, tables: _Tables) -> bool:
    """ "15 of the 25 goals": a figure linked (units.links, link_articles) to the figure with a
    noun right after it is a part of that whole, and counts the same. So does the first side of
    a change "from N ... to M noun" (qualifiers.range_from, range_to): "انخفض عدد الوافدين من 955
    ألفا في نوفمبر إلى 948 ألفا وافدا", "rose from 120 last year to 150 deaths"."""
    if whole.unit_key is None or whole.unit_key in _RATIOS or whole.span[0] <= part.span[1]:
        return False
    # The gap's first words decide (a link and at most two words, or a change of at most
    # _CHANGE_GAP tokens): a longer gap, up to the next figure paragraphs away, is not read on.
    gap = first_token_texts(fold_text(text[part.span[1] : whole.span[0]]), _CHANGE_GAP + 1)
    if not gap:
        return False
    link = (
        1
        if gap[0] in tables.links
        else next((len(words) for words in tables.whole_links if tuple(gap[: len(words)]) == words), 0)
    )
    if link:
        rest = gap[link:]
        if len(rest) >= 3 and rest[-2] in "'’" and rest[-1] == "s":
            rest = rest[:-3]  # "22 of Russia's 27 drones": a possessor before the whole
        if rest and rest[-1] in tables.link_adjectives:
            rest = rest[:-1]  # "eight of its last 10 matches": the whole picked out by its place
        determiners = tables.link_articles | tables.link_possessives
        return all(word in determiners for word in rest) and len(rest) <= 1
    before = tokenize(fold_text(text[max(part.span[0] - 16, 0) : part.span[0]]))
    if (
        before
        and len(gap) == 1
        and gap[0] in tables.range_to
        and (
            before[-1].text in tables.change_links or (before[-1].text, gap[0]) in tables.predicate_links_set
        )
    ):
        # "cut its staff by 1,200 to 8,500 employees", "unemployment rose 11,000 to 746,600": the
        # change counts the level's noun
        return True
    return (
        bool(before)
        and before[-1].text in tables.range_from
        and gap[-1] in tables.range_to
        and len(gap) <= _CHANGE_GAP
        and not any(word in _SENTENCE_ENDS or word == "," or word[:1].isdigit() for word in gap)
    )


# How many words that qualify a whole (not nouns of the lexicon) may stand before its noun after a
# share that restates a count: "of the total votes cast", "of valid votes".
_SHARE_WHOLE_QUALIFIERS = 1


def _restated_as_share(
    count: QuantityMention,
    share: QuantityMention,
    after: Sequence[QuantityMention],
    text: str,
    tables: _Tables,
) -> str | None:
    """What a bare count restated as a share of a whole counts: the whole's noun. "20.873
    million or 42.78 per cent of 48.78 million eligible voters" are voters, "45,000, or 12 per
    cent of the residents" residents: the count, a restatement word (units.restatements, a comma
    before it or not), the percent, a link (units.links) and the whole, a figure with its noun or
    the noun alone after an article or a possessive (units.link_articles, link_possessives). The
    percent may stand in brackets instead: "19.7 million (19%) of the 103.8 million votes"."""
    gap = [t.text for t in tokenize(fold_text(text[count.span[1] : share.span[0]]))]
    if gap and gap[0] in ",،":
        gap = gap[1:]
    bracketed = gap == ["("]  # "19.7 million (19%) of the votes": the share in brackets
    if not bracketed and (len(gap) != 1 or gap[0] not in tables.share_restatements):
        return None
    rest = tokenize(fold_text(text[share.span[1] : share.span[1] + 48]))
    if bracketed and (not rest or rest[0].text != ")"):
        return None
    set_off = bool(rest) and rest[0].text in ",،)"
    if set_off:
        rest = rest[1:]  # "more than 21.7 million, or 20 percent, of the votes": the share set off
    if not rest or rest[0].text not in tables.links:
        return None
    plain = tables.link_articles | tables.link_possessives
    if after and after[0].unit_key is not None and after[0].unit_key not in _RATIOS:
        between = tokenize(fold_text(text[share.span[1] : after[0].span[0]]))[int(set_off) :]
        if len(between) <= 2 and all(t.text in tables.links or t.text in plain for t in between):
            return after[0].unit_key  # "... of 48.78 million eligible voters"
    first = 2 if len(rest) > 1 and rest[1].text in plain else 1
    # The whole's noun past a word that only qualifies it: "of the total votes cast", "of valid
    # votes"; a noun that owns what follows ("of the country's total") is no whole.
    for k in range(first, min(first + _SHARE_WHOLE_QUALIFIERS + 1, len(rest))):
        if rest[k].kind != "word":
            return None
        stem = tables.nouns_index.get(rest[k].text)
        if stem is not None:
            owner = k + 1 < len(rest) and rest[k + 1].kind == "punct" and rest[k + 1].text in "'’"
            return None if owner or tables.nouns[stem] in tables.measure_keys else tables.nouns[stem]
    return None


def _shares_noun(first: QuantityMention, second: QuantityMention, text: str, tables: _Tables) -> bool:
    """ "0.1 and 0.2 percentage points", "3 و4 بالمئة": a bare figure joined to the next one by a
    joiner word alone shares the noun written after the second (the noun said once for both)."""
    if second.unit_key is None or second.span[0] <= first.span[1] or first.qualifier in ("range", "vague"):
        return False
    gap = _short_gap(first, second, text)
    return gap is not None and len(gap) == 1 and gap[0].kind == "word" and gap[0].text in tables.joiners


def _short_gap(first: QuantityMention, second: QuantityMention, text: str) -> list[Token] | None:
    """The tokens between two figures when at most a comma, a joiner word and their spaces stand
    there (eight characters); None when more does."""
    between = text[first.span[1] : second.span[0]]
    return None if len(between) > 8 else tokenize(fold_text(between))


def _serial_joined(first: QuantityMention, second: QuantityMention, text: str, tables: _Tables) -> bool:
    """A list's last member after a comma and a joiner word (the serial comma: "700, 347, and
    118 cases")."""
    if first.qualifier in ("range", "vague"):
        return False
    gap = _short_gap(first, second, text)
    return (
        gap is not None and len(gap) == 2 and gap[0].text in _CLAUSE_COMMAS and gap[1].text in tables.joiners
    )


def _list_noun_bearer(
    mentions: Sequence[QuantityMention], index: int, text: str, tables: _Tables
) -> QuantityMention | None:
    """The last member of a list of bare figures that bears the noun said once for all:
    "increased by 0.52, 1.33, 0.23 and 1.19 per cent", "won 4, 1 and 6 seats", "12، 15 و20
    مقعدا": from the figure at `index`, each next figure follows the one before after a comma
    alone, until one joined by a joiner word alone (_shares_noun), or in a list of three or more
    by a comma and the joiner ("700, 347, and 118 cases"), that has a noun. A pair joined by the
    joiner alone is _shares_noun's."""
    first = mentions[index]
    if first.qualifier in ("range", "vague"):
        return None
    previous = first
    for member in mentions[index + 1 :]:
        if member.qualifier in ("range", "vague"):
            return None
        if member.unit_key is not None:
            serial = previous is not first and _serial_joined(previous, member, text, tables)
            return member if serial or _shares_noun(previous, member, text, tables) else None
        gap = text[previous.span[1] : member.span[0]]
        if gap.strip() not in _CLAUSE_COMMAS or len(gap) > 3:
            return None
        previous = member
    return None


# A parallel clause between two figures: a joiner, then a few words (a name, and the word before
# the first figure again); how many at most, and how long the stretch may be.
_PARALLEL_WORDS = 6
_PARALLEL_CHARS = 64
_PARALLEL_REST = re.compile(r"[\w'’\-\s()]+")
_WORD = re.compile(r"[\w'’\-]+")


def _shares_noun_of_parallel(
    first: QuantityMention, second: QuantityMention, text: str, tables: _Tables
) -> bool:
    """ "the PML-N with 62 and the PPP with 43 seats", "MQM-P got six and PML-Q got five seats",
    "the PML-N bagged 127 and PTI 122 seats": a bare figure, then a joiner and a parallel clause
    whose figure has a noun, shares that noun, said once for both. The clause is parallel when it
    repeats the word right before the first figure ("with", "got") or is only a capitalised name
    (the verb gapped)."""
    if second.unit_key is None or second.span[0] <= first.span[1] or first.qualifier in ("range", "vague"):
        return False
    between = text[first.span[1] : second.span[0]]
    if len(between) > _PARALLEL_CHARS:
        return False
    parts = between.split(None, 1)
    if len(parts) != 2 or parts[0].lower() not in tables.joiners or not _PARALLEL_REST.fullmatch(parts[1]):
        return False
    words = _WORD.findall(parts[1])
    if not 1 <= len(words) <= _PARALLEL_WORDS:
        return False
    before = _WORD.findall(text[max(0, first.span[0] - 24) : first.span[0]])
    if before and before[-1].islower() and words[-1] == before[-1] and len(words) > 1:
        return True  # the same preposition or verb opens both figures
    return len(words) <= _PARALLEL_WORDS - 1 and all(w[:1].isupper() for w in words)


def _parallel(gap: Sequence[Token], mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """ "15 deaths in the state of Chiapas and four in the state of Tabasco": the figure repeats
    the phrase after the one before it (the same first word, "in"), so it counts the same."""
    after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 24]))
    if after and after[0].text in tables.distributive:
        after = after[1:]  # "two each from X and Y and one each from Z"
    if not gap or not after or after[0].kind != "word":
        return False
    # The figure's own phrase ends at the next figure: in "11 murders have been recorded in
    # March, seven in February and 12 in January" the second "in" is the 12's.
    after = after[: next((n for n, t in enumerate(after) if t.kind == "num"), len(after))]
    if after[0].text == gap[0].text:
        return True
    # "14 cases have been recorded at Chipata clinic, 3 at Kanyama clinic": the figure repeats
    # the place phrase that ends the clause before (its preposition, then the gap's last words)
    link = after[0].text
    return (
        link in tables.subject_prepositions
        and link in [t.text for t in gap[1:]]
        and link not in [t.text for t in after[1:]]
    )


def _own_verb_after(gap: Sequence[Token], mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """The figure is the subject of a verb of its own (units.own_verbs, right after it) that the
    clause before does not have: "45 died, while 120 remain in hospital" are not deaths. A verb
    the clause before has is a gapped clause's ("25 of the dead were in X and three were in Y")."""
    after = first_token_texts(fold_text(text[mention.span[1] : mention.span[1] + 16]), 1)
    return bool(after) and after[0] in tables.own_verbs and all(t.text != after[0] for t in gap)


def _object_of_own_verb(gap: Sequence[Token], tables: _Tables) -> bool:
    """The figure is the object of a verb of its own, coordinated with the clause before
    (units.gapping_conjunctions, then a verb by its ending, units.verb_endings): "The attack
    killed 35 and sickened 400" says what befell the 400, not that they died. A verb of reaching
    or of value (units.predicate_links) says what the same count came to: "rose to 35 and
    reached 40"; an event verb (units.events) gives the figure its own key before it comes here."""
    if len(gap) < 2 or not tables.verb_endings or gap[-2].text not in tables.gapping_conjunctions:
        return False
    verb = gap[-1].text
    return verb.endswith(tables.verb_endings) and verb not in tables.predicate_link_firsts


def _total_brought(words: Sequence[Token], tables: _Tables) -> bool | None:
    """ "112 cases were recorded on Monday, bringing the total to 4,700": the total a causative
    verb (units.causative_verbs, causative_links) brings the figure before to counts what that
    figure counts, when the object names no noun of its own (units.total_nouns): True; an
    object that names something else ("bringing its revenue to 300"): False; no causative
    before the figure: None."""
    texts = [w.text for w in words]
    if len(texts) < 3 or texts[-1] not in tables.causative_links:
        return None
    for m in range(len(texts) - 2, -1, -1):
        if texts[m] in tables.causative_verbs:
            tail = _before_total_adjunct(texts[m + 1 : -1], tables)
            plain = tables.link_articles | tables.link_possessives | tables.total_modifiers
            return any(w in tables.total_nouns for w in tail) and all(
                w in tables.total_nouns or w in plain for w in tail
            )
    return None


def _before_total_adjunct(tail: Sequence[str], tables: _Tables) -> Sequence[str]:
    """The object of a causative up to an adjunct of time after its total noun, opened by a
    word of time with no preposition (units.total_adjuncts): it says when the total is counted,
    not what it counts ("the total so far this month", "the cumulative figure thus far"). A
    phrase opened by a preposition ("the total for the year", "the total tally since the start
    of the year") is left as it was: the sets label its figure both ways."""
    for n in range(1, len(tail)):
        if tail[n - 1] in tables.total_nouns and tail[n] in tables.total_adjuncts:
            return tail[:n]
    return tail


def _parallel_before(donor: QuantityMention, gap: Sequence[Token], text: str, tables: _Tables) -> bool:
    """ "Aville led with 12 burglaries over the week of June 3, followed by Btown, with nine": the
    figure repeats the preposition before the one before it (units.subject_prepositions), a
    frame of the same comparison, so it counts the same. Numbers in between are a date's only."""
    before = tokenize(fold_text(text[max(donor.span[0] - 16, 0) : donor.span[0]]))
    if not before or not gap or gap[-1].text != before[-1].text or before[-1].kind != "word":
        return False
    if before[-1].text not in tables.subject_prepositions and not _parallel_clause(gap, tables):
        return False
    words = [t for t in gap if t.kind == "word"]
    if len(words) > _GAPPED_GAP or any(t.text in ";؛" for t in gap):
        return False
    return all(
        (k > 0 and gap[k - 1].text in tables.month_starts)
        or (k + 1 < len(gap) and gap[k + 1].text in tables.month_starts)
        for k, t in enumerate(gap)
        if t.kind == "num"
    )


def _parallel_clause(gap: Sequence[Token], tables: _Tables) -> bool:
    """ "Cork University Hospital had 43 patients on trolleys, while Tallaght Hospital had 41":
    the gap between two figures after the same word opens a clause of its own (a conjunction of
    gapping, units.gapping_conjunctions, or a comma) and ends with the word written before the
    figure before, its verb repeated: the clause is parallel to the one before, and the figure
    counts the same. A link of a comparison or a change in the gap ("than", "to") is another
    frame; the function words of a noun phrase ("the") repeat with any noun."""
    last = gap[-1].text
    if last in tables.link_articles or last in tables.range_to or last in tables.links:
        return False
    return any(t.text in tables.gapping_conjunctions or t.text == "," for t in gap[:-1])


def _named_part_of_event(
    previous: QuantityMention, mention: QuantityMention, text: str, tables: _Tables
) -> bool:
    """A count of a general noun for people (generic_keys: a nationality, "people") that a pronoun
    points back from (units.anaphors: "including", "بينهم") is a part of the count before it,
    and counts what befell it (the guide's parts of a count): "مصرع 5 أشخاص بينهم 3 إماراتيين"
    are deaths, "12 people were killed, including three Britons" too; so is a part of a count
    of people by their role in a case or a journey (units.whole_part_keys): "61 متهما، منهم 41
    مواطنا" are suspects, "40 مهاجرا، بينهم 12 شخصا من السودان" migrants. Not a noun that says
    who they are ("including 30 children": children)."""
    key = previous.unit_key
    if key in tables.generic_keys or (key not in tables.event_keys and key not in tables.whole_part_keys):
        return False
    before = tokenize(fold_text(text[max(mention.span[0] - 24, 0) : mention.span[0]]))
    gap = tokenize(fold_text(text[previous.span[1] : mention.span[0]]))
    if any(t.kind == "num" or t.text in _SENTENCE_ENDS for t in gap):
        return False
    while before and before[-1].text in "([":
        before = before[:-1]  # "منهم (41) مواطنا": a figure in brackets
    for phrase in tables.anaphors:
        size = phrase.count(" ") + 1
        if len(before) >= size and " ".join(t.text for t in before[-size:]) == phrase:
            return True
    return False


def _nationality_elided(donor: QuantityMention, mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A count of a people (a generic noun: "4 Scots") coordinated with a count whose noun a
    people's name qualifies ("11 Welsh players") elides that noun: the 4 Scots are players too."""
    if donor.unit is None or donor.unit_key in tables.generic_keys or not donor.text.endswith(donor.unit):
        return False
    # The words between the figure and its noun: a dual's noun in construct ("حالتي وفاة") has
    # no figure before it, and nothing qualifies it so.
    before = fold_text(donor.text[: len(donor.text) - len(donor.unit)]).split()
    return (
        len(before) > 1
        and tables.nouns.get(before[-1]) in tables.generic_keys
        and _elided(donor, mention, text, tables)
    )


def _points_back(mention: QuantityMention, text: str, tables: _Tables) -> bool:
    """A pronoun right after the figure ("9,000 of them", "8 آلاف منهم") or right before it
    ("بينهم 205", "among them 12")."""
    after = [t.text for t in tokenize(fold_text(text[mention.span[1] : mention.span[1] + 24]))]
    before = [t.text for t in tokenize(fold_text(text[max(mention.span[0] - 24, 0) : mention.span[0]]))]
    while before and before[-1] in tables.anaphor_fillers:
        before = before[:-1]  # "of which only four"
    # The words after and before joined once for each length a pronoun phrase has, each looked
    # up in the set of phrases, not joined again for every phrase (a token holds no space, so a
    # join of n words is only ever a phrase of n words, as the phrase-by-phrase loop compared).
    anaphors = tables.anaphors
    for size in tables.anaphor_sizes:
        if " ".join(after[:size]) in anaphors:
            return True
        if len(before) >= size and " ".join(before[-size:]) in anaphors:
            return True
    return False


def _scaled(mention: QuantityMention, tables: _Tables) -> bool:
    """Whether the figure is written with a scale word (آلاف، million)."""
    for tok in tokenize(fold_text(mention.text)):
        kind = tables.kinds.get(tok.text) or (
            ("scale", 0) if tables.lex.strip_prefix(tok.text, tables.attached) else None
        )
        if kind is not None and kind[0] in ("scale", "dual"):
            return True
    return False


# The headline and the first paragraph: where news names the country an article is about.
_LEAD_LINES = 2


# How many words a scoring verb's phrase may have ("top scored with", "bowled out for").
_SCORING_WORDS = 3


def score_bare_figures(
    mentions: Sequence[QuantityMention], sentences: Sequence[tuple[int, int]], text: str, lex: Lexicon
) -> list[QuantityMention]:
    """A figure without a noun right after a verb of scoring (units.scoring_verbs: "scored 25
    times", "were bowled out for 182", "top scored with 47") counts what its article scores in:
    the one key of units.scored_keys its figures count ("770 Test runs", "the 25 goals"). Sports
    copy drops the noun its story has named once, as "runs" in a cricket report. An article whose
    figures count two of those keys, or none, leaves the figure without a noun.

    A verb of any making (units.play_scoring_verbs: "made 102", "managed only 188", "compiled
    280") scores only in sports copy, an article that names a word of play (units.play_words:
    "innings", "wickets", "striker") or whose figures count what only play scores (units.play_keys:
    runs): "The company made 12" in a story of index points counts no point. A score counted in
    "times" ("scored five times") is one goal or run each, never points (units.scored_by_times): a
    score in points is worth several."""
    verbs = lex.words("units", "scoring_verbs")
    if not verbs or not any(m.unit_key is None for m in mentions):
        return list(mentions)
    scored = lex.words("units", "scored_keys")
    keys = {m.unit_key for m in mentions if m.unit_key in scored}
    if len(keys) != 1:
        return list(mentions)
    (key,) = keys
    fillers = lex.words("units", "scoring_fillers")
    play_verbs = lex.words("units", "play_scoring_verbs")
    times = lex.words("units", "times_words")
    by_times = lex.words("units", "scored_by_times")
    scoring = verbs | play_verbs
    in_play: bool | None = None
    result: list[QuantityMention] = []
    for mention in mentions:
        if mention.unit_key is None and mention.qualifier != "vague":
            verb = _scoring_verb(mention, sentences, text, scoring, fillers)
            if verb is None and play_verbs and _scorecard(mention, text):
                verb = min(play_verbs)  # a scorecard's figure scores as a verb of making's does
            if verb in play_verbs and in_play is None:
                in_play = key in lex.words("units", "play_keys") or _names_play(
                    text, lex.words("units", "play_words")
                )
            after = tokenize(fold_text(text[mention.span[1] : mention.span[1] + 12]))
            if (
                verb is not None
                and (verb not in play_verbs or in_play)
                and (key in by_times or not after or after[0].text not in times)
            ):
                mention = replace(mention, unit_key=key)
        result.append(mention)
    return result


def _scoring_verb(
    mention: QuantityMention,
    sentences: Sequence[tuple[int, int]],
    text: str,
    verbs: frozenset[str],
    fillers: frozenset[str],
) -> str | None:
    """The verb of scoring (one to _SCORING_WORDS words) right before a figure, past the fillers
    ("managed only 188"), else None."""
    sentence = _sentence_of(sentences, mention.span[0])
    start = sentence[0] if sentence is not None else 0
    before = fold_text(text[max(start, mention.span[0] - 80) : mention.span[0]])
    words = [t.text for t in tokenize(before)]
    while words and words[-1] in fillers:
        words.pop()
    for n in range(1, min(_SCORING_WORDS, len(words)) + 1):
        phrase = " ".join(words[-n:])
        if phrase in verbs:
            return phrase
    return None


# A player's score in brackets after the name: "Kamindu (102) and de Silva (102)".
_SCORECARD = re.compile(r"[A-Z][\w'’-]*\s*\(\s*$")


def _scorecard(mention: QuantityMention, text: str) -> bool:
    """A figure alone in brackets right after a capitalised name, as scorecards and sports copy
    write a player's score ("Kamindu (102) and de Silva (102) helped them compile 280"): it
    scores only in sports copy, as a verb of any making does."""
    start, end = mention.span
    return bool(_SCORECARD.search(text[max(0, start - 40) : start])) and text[end : end + 1] == ")"


def _names_play(text: str, play_words: frozenset[str]) -> bool:
    """Whether the text names a word of play (a word as the lexicon writes it, hyphens and all:
    "half-time" is three tokens of the text)."""
    joined = " " + " ".join(t.text for t in tokenize(fold_text(text))) + " "
    return any(" " + " ".join(t.text for t in tokenize(word)) + " " in joined for word in play_words)


# Unit keys of one kind of measure (the keys are the same in every lexicon): a figure in one
# restated in brackets in another is the same figure converted (`restated_bounds`).
_MEASURE_KINDS = (
    frozenset({"mph", "kmh"}),
    frozenset({"km", "m", "cm", "mm", "mile", "foot", "inch", "yard"}),
    frozenset({"kg", "gram", "tonne", "pound_weight", "ounce", "quintal"}),
    frozenset({"litre", "gallon", "barrel", "cubic_feet", "cubic_metre"}),
    frozenset({"km2", "m2", "hectare", "acre", "feddan"}),
    frozenset({"degree_celsius", "degree_fahrenheit"}),
)
# The bounds a figure may carry to its restatement in brackets (`restated_bounds`); "about 12
# kilometers (7.3 miles)" is no bound: the sets label such a conversion exact (5 of 6).
_RESTATED_BOUNDS = frozenset({"up_to", "more_than", "at_least", "less_than"})


def restated_bounds(mentions: Sequence[QuantityMention], text: str) -> list[QuantityMention]:
    """A figure restated in another unit in brackets right after a bounded one carries its bound:
    "gusted up to 325 kph (202 mph)" is up to 202 mph too, "more than €1.2 million ($1.2
    million)" more than $1.2 million. Only the brackets' whole content, a figure in another unit
    than the one before (a conversion, not an aside that counts something of its own: "more than
    40 people (12 children)" keeps its exact 12, as children are no unit of the figure before)."""
    result: list[QuantityMention] = []
    for mention in mentions:
        before = result[-1] if result else None
        if (
            before is not None
            and mention.qualifier == "exact"
            and before.qualifier in _RESTATED_BOUNDS
            and before.unit_key is not None
            and mention.unit_key is not None
            and mention.unit_key != before.unit_key
            and text[before.span[1] : mention.span[0]].strip() == "("
            and text[mention.span[1] : mention.span[1] + 1] == ")"
            and _same_measure(before.unit_key, mention.unit_key)
        ):
            low = None if before.low is None else mention.value
            high = None if before.high is None else mention.value
            mention = replace(mention, qualifier=before.qualifier, low=low, high=high)
        result.append(mention)
    return result


def _same_measure(a: str, b: str) -> bool:
    """Two unit keys of one measure, so that one restates the other: two currencies (keys in
    capitals) or two units of the same kind of measure (_MEASURE_KINDS)."""
    if a.isupper() and b.isupper():
        return True
    return any(a in kind and b in kind for kind in _MEASURE_KINDS)


def localize_currencies(
    mentions: Sequence[QuantityMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    lex: Lexicon,
    tokenized: TokenizedText | None = None,
) -> list[QuantityMention]:
    """A currency shared by several countries and written bare (units.local_forms: "$",
    "درهم") is the one of the country the figure is about (entities.local_currencies), when that
    country writes its currency so (units.currency_families): "$3.7 billion" in a Fijian budget
    story is FJD, "تريليون درهم" in an Emirati trade story AED; "$35 billion" in a Dubai story
    stays USD. The country is the nearest one its sentence names, else the nearest its paragraph
    names by a name, else the first one the headline and first paragraph name (as for a budget's
    fiscal year); none named: as written. An adjective of a country (entities.place_adjectives:
    "الحكومة التركية" in the lead of a story on Lebanon) names a foreign actor more often than the
    story's place, so outside the figure's sentence it counts only where no name does, and in it
    only where no name does either ("خسائر لبنان من الأزمة السورية": Lebanon's). Two countries
    whose currencies are written alike in one scope leave the figure to the wider scope, and in
    the lead to none ("Australia gave Samoa $5 million" stays USD).
    `tokenized` is `tokenize_text(text)` when the caller has it."""
    forms = lex.words("units", "local_forms")
    if not forms or not any(m.unit is not None and normalize_word(m.unit) in forms for m in mentions):
        return list(mentions)
    families: dict[str, str] = lex.raw("units", "currency_families") or {}
    mentions = _repeated_currencies(mentions, sentences, forms, families)
    written = _currencies_written_out(mentions, forms, families)
    recipients = lex.words("units", "recipient_links")
    local: dict[str, str] = lex.raw("entities", "local_currencies") or {}
    adjectives = lex.words("entities", "place_adjectives")
    found = [
        (m.start, local[m.key[6:]], _is_adjective(text[m.start : m.end], adjectives, lex))
        for m in (entities_in(*tokenized, lex) if tokenized is not None else find_entities(text, lex))
        if m.key.startswith("place:") and m.key[6:] in local
    ]
    cities = _city_pattern(lex)
    if cities is not None:
        # "the median price of a house in Sydney is $1,000,500": a city or province of the
        # country names it for its currency (entities.country_cities), as its name does.
        found = sorted(
            found
            + [
                (m.start(), local[country], False)
                for m in cities.finditer(text)
                if (country := _city_country(lex).get(m.group(0).lower())) in local
            ]
        )
    if not found:
        return [_as_written_out(m, forms, written) for m in mentions]
    places = [(at, code) for at, code, _ in found]
    names = [(at, code) for at, code, adjective in found if not adjective]
    lines = first_lines(text)[:_LEAD_LINES]
    lead_end = lines[-1][1] if lines else 0
    lead = [(at, code) for at, code in names if at < lead_end] or [
        (at, code) for at, code in places if at < lead_end
    ]
    result: list[QuantityMention] = []
    for mention in mentions:
        if mention.unit is not None and normalize_word(mention.unit) in forms:
            at = mention.span[0]
            sentence = _sentence_of(sentences, at) or (at, at)
            named = [(p, code, adjective) for p, code, adjective in found if sentence[0] <= p < sentence[1]]
            givers = [place for place in named if not _after_recipient_link(text, place[0], recipients)]
            if givers:
                # "New Zealand is providing $2 million to Samoa and Fiji": the money is the
                # giver's; a place after a link of receiving (units.recipient_links) is not.
                named = givers
            if any(not adjective for _, _, adjective in named):
                # "خسائر لبنان من الأزمة السورية": a country's adjective qualifies another topic;
                # its name in the same sentence says whose the figure is.
                named = [place for place in named if not place[2]]
            paragraph = (text.rfind("\n", 0, at) + 1, _line_end(text, at))
            # The sentence, else the paragraph's names, else the lead decide (the nearest place,
            # the lead's first); a scope that names two countries whose currencies are written
            # alike ("Australia gave Samoa $5 million") leaves the choice to the wider one, and
            # the lead to none: no guess.
            code = None
            for scope in (
                sorted((abs(p - at), code) for p, code, _ in named),
                sorted((abs(p - at), code) for p, code in names if paragraph[0] <= p < paragraph[1]),
                lead,
            ):
                if len({other for _, other in scope if families.get(other) == mention.unit_key}) > 1:
                    continue
                if scope:
                    code = scope[0][1]
                    break
            if code is not None and families.get(code) == mention.unit_key:
                mention = replace(mention, unit_key=code)
            else:
                mention = _as_written_out(mention, forms, written)
        result.append(mention)
    return result


def localize_senses(
    mentions: Sequence[QuantityMention],
    sentences: Sequence[tuple[int, int]],
    text: str,
    lex: Lexicon,
    tokenized: TokenizedText | None = None,
) -> list[QuantityMention]:
    """A noun whose concept is the country's (units.country_sense_of, units.country_senses): the
    Arabic "ولاية" is a province of Algeria, Mauritania or Turkey, but a state of Sudan, the United
    States or India, as those countries name their units in English (the guide's `state`). The
    country is the nearest one the figure's sentence names, else its paragraph's, else the first
    the headline and first paragraph name; none named, or one of another kind: as the lexicon
    keys the noun. `tokenized` is `tokenize_text(text)` when the caller has it."""
    senses: dict[str, list[str]] = lex.raw("units", "country_senses") or {}
    sense_of: dict[str, list[str]] = lex.raw("units", "country_sense_of") or {}
    shifts = {
        (old, country): new
        for new, olds in sense_of.items()
        for old in olds
        for country in senses.get(new, ())
    }
    olds = {old for old, _ in shifts}
    if not shifts or not any(m.unit_key in olds and m.unit is not None for m in mentions):
        return list(mentions)
    places = sorted(
        (m.start, m.key[6:])
        for m in (entities_in(*tokenized, lex) if tokenized is not None else find_entities(text, lex))
        if m.key.startswith("place:")
    )
    if not places:
        return list(mentions)
    lines = first_lines(text)[:_LEAD_LINES]
    lead_end = lines[-1][1] if lines else 0
    lead = [place for place in places if place[0] < lead_end][:1]
    result: list[QuantityMention] = []
    for mention in mentions:
        if mention.unit_key in olds and mention.unit is not None:
            at = mention.span[0]
            sentence = _sentence_of(sentences, at) or (at, at)
            paragraph = (text.rfind("\n", 0, at) + 1, _line_end(text, at))
            for scope in (sentence, paragraph):
                named = sorted((abs(p - at), key) for p, key in places if scope[0] <= p < scope[1])
                if named:
                    country = named[0][1]
                    break
            else:
                country = lead[0][1] if lead else ""
            new = shifts.get((mention.unit_key, country))
            if new is not None:
                mention = replace(mention, unit_key=new)
        result.append(mention)
    return result


def _currencies_written_out(
    mentions: Sequence[QuantityMention], forms: frozenset[str], families: dict[str, str]
) -> dict[str, str]:
    """{family: currency} of the families whose one currency the text writes out in full, a word
    with its country ("143 مليونا و160 ألف ريال عماني"): of a family written out as two
    currencies, none."""
    defaults = set(families.values())  # "ريال سعودي" written out is the family's own
    seen: dict[str, set[str]] = {}
    for mention in mentions:
        key = mention.unit_key
        if key is None or mention.unit is None or normalize_word(mention.unit) in forms:
            continue
        family = families.get(key, key if key in defaults else None)
        if family is not None:
            seen.setdefault(family, set()).add(key)
    return {family: next(iter(keys)) for family, keys in seen.items() if len(keys) == 1}


def _as_written_out(
    mention: QuantityMention, forms: frozenset[str], written: dict[str, str]
) -> QuantityMention:
    """A currency word written bare ("إيرادات الفنادق تتجاوز 143 مليون ريال", a headline) where
    no place names its country is the one currency of its family the text writes out in full
    (_currencies_written_out): the bare word is that currency said short. Words only, never a
    sign ("$"), which stands for its own dollar."""
    unit = mention.unit
    if unit is None or normalize_word(unit) not in forms or not any(ch.isalpha() for ch in unit):
        return mention
    key = written.get(mention.unit_key or "")
    return mention if key is None else replace(mention, unit_key=key)


def _repeated_currencies(
    mentions: Sequence[QuantityMention],
    sentences: Sequence[tuple[int, int]],
    forms: frozenset[str],
    families: dict[str, str],
) -> list[QuantityMention]:
    """A currency word repeated bare after its sentence named the country's is that currency
    again: "بين 425 ريالاً يمنياً للشراء و428 ريالاً للبيع" (_currency_named_before)."""
    result: list[QuantityMention] = []
    for mention in mentions:
        if mention.unit is not None and normalize_word(mention.unit) in forms:
            at = mention.span[0]
            sentence = _sentence_of(sentences, at) or (at, at)
            key = _currency_named_before(result, mention, sentence[0], forms, families)
            if key is not None:
                mention = replace(mention, unit_key=key)
        result.append(mention)
    return result


def _currency_named_before(
    found: Sequence[QuantityMention],
    mention: QuantityMention,
    sentence_start: int,
    forms: frozenset[str],
    families: dict[str, str],
) -> str | None:
    """The currency an earlier figure of the sentence named in full (a word with its country:
    "425 ريالاً يمنياً", "300 Yemeni rials") of the family a bare currency word is written in
    ("428 ريالاً", "rials"): the same currency repeated. Signs ("$") are not read so: "A$7 million
    ($5 million)" restates the amount in another dollar."""
    unit = mention.unit or ""
    if not any(ch.isalpha() for ch in unit):
        return None
    for previous in reversed(found):
        if previous.span[0] < sentence_start:
            return None
        key = previous.unit_key
        if (
            key is not None
            and previous.unit is not None
            and normalize_word(previous.unit) not in forms
            and families.get(key) == mention.unit_key
            and key != mention.unit_key
        ):
            return key
    return None


@cache
def _city_country(lex: Lexicon) -> dict[str, str]:
    """{a city's or province's name in lower case: its country's place key} (entities.country_cities)."""
    table: dict[str, list[str]] = lex.raw("entities", "country_cities") or {}
    return {name.lower(): country for country, names in table.items() for name in names}


@cache
def _city_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """The names of entities.country_cities as whole capitalised words, longest first."""
    names = sorted(_city_country(lex), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(" ".join(w[:1].upper() + w[1:] for w in n.split())) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _is_adjective(name: str, adjectives: frozenset[str], lex: Lexicon) -> bool:
    """Whether a place's name as written is one of its adjectives ("والتركية" too)."""
    words = name.split()
    return bool(words) and lex.strip_prefix(normalize_word(words[-1]), adjectives) is not None


def _line_end(text: str, at: int) -> int:
    """The end of the line holding character `at` (a paragraph of the article)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# Joiners of coordinated places, and how many tokens back the link of the first may stand.
_PLACE_JOINERS = frozenset({"and", ",", "or"})
_RECIPIENT_GAP = 3


def _after_recipient_link(text: str, at: int, links: frozenset[str]) -> bool:
    """Whether the place name at character `at` follows a link of receiving ("to Fiji"), or is
    coordinated with a place that does ("to Samoa and Fiji": a link _RECIPIENT_GAP tokens back,
    the last of them a joiner)."""
    before = tokenize(fold_text(text[max(at - 32, 0) : at]))
    if not before:
        return False
    if before[-1].text in links:
        return True
    return before[-1].text in _PLACE_JOINERS and any(
        tok.text in links for tok in before[-1 - _RECIPIENT_GAP : -1] if tok.kind == "word"
    )


# Figures are combined (3 × 1000 + 500) in this context: exact far beyond Decimal's default 28
# digits, so a long figure is never silently rounded.
_EXACT = Context(prec=120)


def find_quantities(text: str, lex: Lexicon, tokenized: TokenizedText | None = None) -> list[QuantityMention]:
    """Every quantity in `text`, in order, with spans into `text` itself; `tokenized` is
    `tokenize_text(text)` when the caller has it already."""
    with localcontext(_EXACT):
        found = _restated_in_digits(QuantityFinder(text, lex, tokenized).run(), text)
        found = _bracketed_rewordings(_changes_between_levels(found, text, _change_words(lex)), text)
        return _compound_measures(found, text, lex.words("numbers", "joiners"))


@cache
def _change_words(lex: Lexicon) -> frozenset[str]:
    """The one-word nouns and links of a change (units.change_nouns, units.rate_change_links)."""
    words = lex.words("units", "change_nouns") | lex.words("units", "rate_change_links")
    return frozenset(w for w in words if " " not in w)


def _bracketed_rewordings(mentions: Sequence[QuantityMention], text: str) -> list[QuantityMention]:
    """A bound in points in brackets right after a percent rewords that percent and counts what
    it counts (the guide's D82 and D75): "ارتفاعا نسبته 0.07% (أقل من نقطة مئوية واحدة)" is a
    change of a price index, in percent like the figure it rewords."""
    out = list(mentions)
    for n in range(1, len(out)):
        said, reworded = out[n - 1], out[n]
        if (
            said.unit_key != _PERCENT
            or reworded.unit_key != _PERCENTAGE_POINT
            or reworded.qualifier == "exact"
        ):
            continue
        gap = text[said.span[1] : reworded.span[0]]
        if gap.strip() == "(" and text[reworded.span[1] : reworded.span[1] + 1] == ")":
            out[n] = replace(reworded, unit_key=_PERCENT)
    return out


# What ends a sentence between two figures (`_changes_between_levels` reads one sentence).
_LEVEL_GAP_ENDS = re.compile(r"[.!?\u061f\n]")
_LEVEL_KEYS = (_PERCENT, _PERCENTAGE_POINT)
# How many words before the amount its word of a change may stand: "أي بنسبة ارتفاع بلغت 5.1%".
_CHANGE_WORD_REACH = 3


def _changes_between_levels(
    mentions: Sequence[QuantityMention], text: str, change_words: frozenset[str]
) -> list[QuantityMention]:
    """The amount of a change after the two rates it lies between is in the unit their own
    arithmetic shows (the guide's D82): a percent right after a word of a change (units.
    change_nouns, rate_change_links), after two percents of its sentence, is a difference of
    percents (`percentage_point`) when it is their difference ("ارتفع معدل التضخم إلى 10 بالمئة
    مقابل 4.9 بالمئة، أي بنسبة ارتفاع بلغت 5.1 بالمئة"), and a change relative to the earlier
    rate (`percent`) when it is that ("rose to 55.7% from 54.6%, an increase of 2%"), each to the
    amount's own decimals. Any other amount keeps what its clause gave it."""
    out = list(mentions)
    for n in range(2, len(out)):
        first, second, amount = out[n - 2], out[n - 1], out[n]
        if any(m.unit_key != _PERCENT or m.value is None or m.qualifier != "exact" for m in (first, second)):
            continue
        if amount.unit_key not in _LEVEL_KEYS or amount.value is None or amount.value <= 0:
            continue
        gaps = (text[first.span[1] : second.span[0]], text[second.span[1] : amount.span[0]])
        if any(_LEVEL_GAP_ENDS.search(gap) for gap in gaps):
            continue
        if not any(
            normalize_word(w.strip("،,()")) in change_words for w in gaps[1].split()[-_CHANGE_WORD_REACH:]
        ):
            continue
        exponent = amount.value.as_tuple().exponent
        places = Decimal(1).scaleb(min(exponent, 0) if isinstance(exponent, int) else 0)
        high, low = max(first.value, second.value), min(first.value, second.value)
        if high == low:
            continue
        if (high - low).quantize(places) == amount.value:
            key = _PERCENTAGE_POINT
        elif low > 0 and any(
            ((high - low) * 100 / base).quantize(places) == amount.value for base in (low, high)
        ):
            key = _PERCENT  # a rise over the lower rate, a fall from the higher one
        else:
            continue
        if key != amount.unit_key:
            out[n] = replace(amount, unit_key=key)
    return out


# The size of a metric unit in its measure's smallest unit here, to add the parts of one amount
# written in two units (`_compound_measures`). Imperial parts ("6 feet 2 inches") are left as two:
# their sum has no exact decimal a label could hold.
_UNIT_SIZES: dict[str, tuple[str, Decimal]] = {
    "tonne": ("mass", Decimal(1_000_000_000)),
    "quintal": ("mass", Decimal(100_000_000)),
    "kg": ("mass", Decimal(1_000_000)),
    "gram": ("mass", Decimal(1_000)),
    "milligram": ("mass", Decimal(1)),
    "km": ("length", Decimal(1_000_000)),
    "m": ("length", Decimal(1_000)),
    "cm": ("length", Decimal(10)),
    "mm": ("length", Decimal(1)),
}
# What may stand between the parts besides the language's "and": commas, and a bracket that
# opens the next part ("(45) طناً و(624) كيلوجراماً").
_COMPOUND_GAP_MARKS = " \u00a0,\u060c("


def _joins_parts(gap: str, joiners: frozenset[str]) -> bool:
    """The text between two parts of one amount: "and", "، و", " و(", or a bare space ("2 m 30
    cm")."""
    return not gap.strip() or gap.strip(_COMPOUND_GAP_MARKS) in joiners


def _compound_measures(
    mentions: Sequence[QuantityMention], text: str, joiners: frozenset[str]
) -> list[QuantityMention]:
    """One amount written in two or more units of one measure, each smaller than the one before
    and joined by "and", is one figure in the first (largest) unit (the labelling guide's D69):
    "four kilos and 112 grams" is 4.112 kg, "14 طنا، و20 كيلوغراما، و17 غراما" 14.020017 tonnes.
    A part must be less than one of the unit before it ("2 kg and 3,000 grams" are two amounts),
    and only "and" and commas may stand between ("2 kg of heroin and 300 grams of cocaine" are
    two)."""
    result: list[QuantityMention] = []
    smallest: str | None = None  # the unit of the last part added to result[-1]
    for mention in mentions:
        whole = result[-1] if result else None
        if (
            whole is not None
            and smallest is not None
            and whole.value is not None
            and mention.value is not None
            and mention.qualifier in ("exact", whole.qualifier)
            and mention.unit_key in _UNIT_SIZES
            and whole.unit_key in _UNIT_SIZES
            and _UNIT_SIZES[mention.unit_key][0] == _UNIT_SIZES[smallest][0]
            and _UNIT_SIZES[mention.unit_key][1] < _UNIT_SIZES[smallest][1]
            and mention.value * _UNIT_SIZES[mention.unit_key][1] < _UNIT_SIZES[smallest][1]
            and _joins_parts(text[whole.span[1] : mention.span[0]], joiners)
        ):
            share = mention.value * _UNIT_SIZES[mention.unit_key][1] / _UNIT_SIZES[whole.unit_key][1]
            value = whole.value + share
            value = value.normalize() if value != value.to_integral_value() else value.quantize(1)
            low, high = _bounds(whole.qualifier, value, whole.low, whole.high)
            result[-1] = replace(
                whole,
                text=text[whole.span[0] : mention.span[1]],
                span=(whole.span[0], mention.span[1]),
                value=value,
                low=low,
                high=high,
            )
            smallest = mention.unit_key
            continue
        result.append(mention)
        smallest = mention.unit_key if mention.unit_key in _UNIT_SIZES else None
    return result


def _restated_in_digits(mentions: Sequence[QuantityMention], text: str) -> list[QuantityMention]:
    """A number written in words (or a dual) and restated right after in digits, bracketed or
    not, is one figure: "ثمانية (08) مهاجرين"، "شخصين(2)"، "بإحدى عشرة 11 قنطارا" (official
    communiqués write both, the digits zero-padded). Not after the words' own noun: "مليارين ...
    أوقية قديمة (2 مليار و387 مليون)" restates an amount, two figures as any conversion in brackets
    (`restated_bounds`). The two mentions become one over both, with
    the words' key (their event's: "وفاة شخصين(2)"), else the digits' noun's, and the words'
    qualifier when they carry one. So are bare digits alone in brackets restated right after in
    words with their noun: "(158) مائة وثمانية وخمسين جثة" is one figure, the words'."""
    result: list[QuantityMention] = []
    for mention in mentions:
        before = result[-1] if result else None
        if (
            before is not None
            and before.value is not None
            and before.value == mention.value
            and not any(c.isdigit() for c in before.text)
            and (not before.unit or before.unit == before.text or before.unit not in before.text)
            and mention.text[:1].isdigit()
            and text[before.span[1] : mention.span[0]].strip() in ("", "(")
            and mention.qualifier == "exact"
        ):
            end = mention.span[1]
            if text[before.span[1] : mention.span[0]].strip() and text[end : end + 1] == ")":
                end += 1  # the bracket closes in the figure: "خمسة (05)"
            merged = replace(
                mention,
                text=text[before.span[0] : end],
                span=(before.span[0], end),
                unit=before.unit if before.unit_key is not None else mention.unit,
                unit_key=before.unit_key if before.unit_key is not None else mention.unit_key,
            )
            if before.qualifier != "exact":
                merged = replace(merged, qualifier=before.qualifier, low=before.low, high=before.high)
            result[-1] = merged
            continue
        if (
            before is not None
            and before.value is not None
            and before.value == mention.value
            and before.qualifier == "exact"
            and before.text.isdigit()
            and text[before.span[0] - 1 : before.span[0]] == "("
            and text[before.span[1] : mention.span[0]].strip() == ")"
            and not any(c.isdigit() for c in mention.text)
        ):
            # "(158) مائة وثمانية وخمسين جثة"، "(05) خمس جثث": the digits first, in brackets,
            # then the words with the noun; the digits' key when their clause gave them one
            # ("قتل (3) ثلاثة أشخاص": deaths).
            start = before.span[0] - 1
            merged = replace(mention, text=text[start : mention.span[1]], span=(start, mention.span[1]))
            if before.unit_key is not None:
                merged = replace(merged, unit=before.unit, unit_key=before.unit_key)
            result[-1] = merged
            continue
        result.append(mention)
    return result


def parse_number_text(text: str, lex: Lexicon) -> Decimal | None:
    """The value of a string that is one number as a whole ("ثلاثة", "two", "1.5 million")."""
    with localcontext(_EXACT):
        return _whole_number(text, lex)


def _whole_number(text: str, lex: Lexicon) -> Decimal | None:
    finder = QuantityFinder(text.strip(), lex)
    tokens = finder.tokens
    if not tokens:
        return None
    # A sign in front: "-1.2", "−١٬٢٠٠", "minus five", "سالب خمسة".
    signed = len(tokens) > 1 and (
        (tokens[0].text in _MINUS and tokens[1].kind == "num" and tokens[0].end == tokens[1].start)
        or tokens[0].text in finder.t.negative
    )
    phrase = finder.parser.parse(1 if signed else 0)
    if phrase is None or phrase.end != len(tokens) or phrase.value is None:
        return None
    return -phrase.value if signed else phrase.value
