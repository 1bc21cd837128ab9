"""How far a learned speaker CHOOSER could go (spk16, sixteenth session): a study, not an engine.

    pip install -e '.[train]'
    python training/speaker_candidates.py [--lang ar|en|all] [--sets S ...] [--report PATH]
    python training/speaker_candidates.py --loso [--without-rules | --fill-only] [--lang ar|en|all]
    python training/speaker_candidates.py --misses N [--lang ar|en] [--sets S ...]

The attributor (factcheck/extract/claims.py) chooses one speaker per figure by a search of
ordered branches (`Attributor._find`). A chooser would instead pick among the names those
branches consider, or "none". Before anyone builds one, this measures its ceiling: for every
figure the tool finds in the labelled development sets (the tuned set and holdout ...
holdout21; never the gate holdout22/23 nor the final sets holdout24/25), matched to its label by
benchmarks/eval_articles.py's own functions, the CANDIDATES a chooser could pick from, read
from the attributor's own state (no second attributor is written):

- the speaker the rules choose (`Attributor.decide`, replayed on an attributor built exactly as
  `build_claims` builds it, in the same order; `check` counts any disagreement with
  `build_claims`' own speaker record);
- every frame of the figure's sentence that names a source (verbs of saying before or after
  the figure, source markers, relays, forecasts, headline verbs), and of the two sentences
  before it (`Attributor.frames`);
- what the sentence and the one before it carry on (`Attributor.voices`);
- a quotation's speakers: who closes it, who opened it, a quoted paragraph's speaker
  (`_quote_closer`, `_quote_opener`, `_paragraph_quotation`);
- the headline's source across a colon or a dash (`_headline_source`);
- every speaker named earlier in the article (the frames of every sentence before);
- each of these in the article's fullest form (`_fuller`), as the rules resolve a headline's.

These are the NEAR candidates (the brief's list). The WIDER ones add the speakers of later
sentences and every name the reading remembered anywhere in the article (`Attributor.spoken`:
bodies that act, relays), and their fullest forms.

Each candidate is compared with the label as eval_articles.py does (`normalize_name` against
`accepted_speakers`). A figure the text attributes falls in one of: RIGHT (the rules' speaker is
right), AMONG (a near candidate is right, the rules chose another or none), AMONG WIDE (only a
wider candidate is right), or NO CANDIDATE, and then why: PARTIAL (a candidate shares words with
the label's name: a cut piece or a longer name),
NAMED (the label's name is written in the article, but no frame reads it), UNWRITTEN (the label's
name is not written as such: a description, a spelling of the labeller's, a name built from
several places). A figure the text does not attribute is NAMED_WRONGLY when the rules give it a
speaker. The ceiling is (RIGHT + AMONG) / attributed, with no wrong speaker at all: a chooser
that always picks the right candidate and says "none" when no candidate is right; the wider
ceiling adds AMONG WIDE.

`--loso`: a prototype chooser, measured leave-one-set-out. Every candidate of a figure is a row
(features: where it was found, how far from the figure, whether the rules chose it and by which
branch, the frame's kind and direction, its name's features by `Attributor._name_features`, the
engine's own); its label is whether it is the labelled speaker. A logistic model
(scikit-learn, lbfgs, C = 1, seed 0) fitted on the other sets scores the held-out set's
candidates; a figure takes its best-scored candidate when the score reaches a threshold, else
none. The threshold is train_attribution.py's rule (the most right - 3 x wrong), chosen on
the training sets' own cross-validated scores (grouped by article, FOLDS folds). Reported
against the rules on the same figures, per set and pooled, and with holdout20 and holdout21
held out together (the sets no rule was written from: the picture of fresh text), with the
figures where the chooser's answer is worth more or less than the rules' (right - 3 x wrong).
`--without-rules` drops the features that say what the rules chose (a chooser that learns from
the candidates alone). benchmarks/README.md, "spk16", has the results.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from article_sets import DEVELOPMENT  # noqa: E402
from eval_articles import (  # noqa: E402
    ARTICLES,
    Article,
    accepted_speakers,
    load_articles,
    match_figures,
    normalize_name,
)

from factcheck.extract.claims import Attributor, Source, SpeakerRecord, build_claims  # noqa: E402
from factcheck.extract.pipeline import analyze  # noqa: E402
from factcheck.extract.text import lexicon_sentence_spans  # noqa: E402
from factcheck.extract.types import Span  # noqa: E402
from factcheck.lang import load_lexicon  # noqa: E402

# The development sets of benchmarks/article_sets.py, the tuned set's two folders as one ("",
# benchmarks/articles/{ar,en}); any other set (the gate, the final sets) is never read.
DEV_SETS = ("", *(name for name in DEVELOPMENT if name not in ("ar", "en")))
# The sets no rule was written from when this study was made (the fifteenth session's gate).
FRESH = ("holdout20", "holdout21")
FOLDS = 5
SEED = 0
WRONG_COST = 3
THRESHOLDS = tuple(round(k / 100, 2) for k in range(101))
# How far back the frames of earlier sentences are "near" (the figure's sentence and two before).
NEAR_SENTENCES = 2
# Where a candidate was found, in the order a report lists them. The origins but the last two are
# the NEAR candidates, the brief's list; "later" and "actor" widen it to every speaker the reading
# remembers in the whole article.
ORIGINS = (
    "chosen",  # the rules' speaker
    "frame",  # a frame of the figure's sentence
    "frame_back1",  # a frame of the sentence before
    "frame_back2",  # a frame two sentences before
    "voice",  # what the sentence or the one before carries on
    "quotation",  # who closes or opened the quotation the sentence is in
    "headline",  # the headline's source across a colon or a dash
    "earlier",  # a speaker named in any earlier sentence
    "later",  # a speaker named in a later sentence (wider than the brief's list)
    "actor",  # an official body that acts and so may speak next (`Attributor.spoken`, no frame)
    "fuller",  # the article's fullest form of any of these
)
WIDE_ORIGINS = frozenset({"later", "actor"})
OUTCOMES = ("right", "among_chose_other", "among_chose_none", "among_wide", "partial", "named", "unwritten")
UNATTRIBUTED = ("named_wrongly", "none")


@dataclass
class Candidate:
    """One name a chooser could pick for a figure: the engine's Source, where it was found (all
    the ways, `origins`) and how near the figure (sentences back; tokens between in its own
    sentence)."""

    source: Source
    origins: set[str] = field(default_factory=set)
    sentences_back: int = 99
    tokens_between: int | None = None
    frame_kinds: set[str] = field(default_factory=set)
    ahead: bool = False
    behind: bool = False
    marker: bool = False
    main: bool = False
    # Found by one of the brief's origins (not only "later" or "actor", nor their fuller forms).
    near: bool = False


@dataclass
class FigureCase:
    """A found figure of a labelled article: its label, the rules' speaker and the candidates."""

    set_name: str
    article: str
    sentence: str
    figure: str
    accepted: set[str]
    said_by: str
    chosen: str | None
    branch: str | None
    candidates: dict[str, Candidate]  # by normalized name
    outcome: str = ""
    reason: str = ""
    features: list[dict[str, float]] = field(default_factory=list)  # per candidate, in dict order


def _add(
    found: dict[str, Candidate], attributor: Attributor, source: Source | None, origin: str, back: int
) -> Candidate | None:
    if source is None:
        return None
    key = normalize_name(source.name)
    if not key:
        return None
    candidate = found.get(key)
    if candidate is None:
        candidate = found[key] = Candidate(source)
    candidate.origins.add(origin)
    candidate.sentences_back = min(candidate.sentences_back, back)
    return candidate


def _tokens_between(attributor: Attributor, a: int, b: int) -> int:
    """Tokens between two offsets of the original text (as `decision_features` counts them)."""
    from bisect import bisect_left

    origin, starts = attributor.norm.origin, attributor.token_starts
    return abs(bisect_left(starts, bisect_left(origin, a)) - bisect_left(starts, bisect_left(origin, b)))


def candidates_of(attributor: Attributor, index: int, at: int, chosen: Source | None) -> dict[str, Candidate]:
    """Every name the attributor's reading offers for the figure at offset `at` of sentence
    `index` (see the module's docstring), by normalized name."""
    attributor._read(index)
    found: dict[str, Candidate] = {}
    if chosen is not None:
        _add(found, attributor, chosen, "chosen", 0)
    for back in range(0, min(NEAR_SENTENCES, index) + 1):
        origin = "frame" if back == 0 else f"frame_back{back}"
        for frame in attributor.frames.get(index - back, ()):
            candidate = _add(found, attributor, frame.source, origin, back)
            if candidate is None:
                continue
            candidate.frame_kinds.add(frame.kind)
            if back == 0:
                near = frame.end if frame.end <= at else frame.start
                between = _tokens_between(attributor, near, at)
                if candidate.tokens_between is None or between < candidate.tokens_between:
                    candidate.tokens_between = between
                candidate.ahead |= frame.end <= at
                candidate.behind |= frame.start >= at
                candidate.marker |= frame.marker
                candidate.main |= frame.main
    for back in (0, 1):
        if index - back >= 0:
            _add(found, attributor, attributor.voices.get(index - back), "voice", back)
    if index > 0:
        for speaker in (
            attributor._quote_closer(index),
            attributor._quote_opener(index),
            attributor._paragraph_quotation(index),
            attributor._previous_speaker(index),
        ):
            _add(found, attributor, speaker, "quotation", 0)
    for headline in sorted(attributor._headlines()):
        start, end = attributor.sentences[headline]
        for where in (start, end):
            _add(
                found, attributor, attributor._headline_source(headline, where), "headline", index - headline
            )
    for back in range(1, index + 1):
        for frame in attributor.frames.get(index - back, ()):
            _add(found, attributor, frame.source, "earlier", back)
    for candidate in found.values():
        candidate.near = True
    attributor._read(len(attributor.sentences) - 1)
    for later in range(index + 1, len(attributor.sentences)):
        for frame in attributor.frames.get(later, ()):
            _add(found, attributor, frame.source, "later", index - later)
    for spoken in attributor.spoken:
        _add(found, attributor, spoken, "actor", 99)
    for candidate in list(found.values()):
        fuller = attributor._fuller(candidate.source)
        if fuller != candidate.source:
            added = _add(found, attributor, fuller, "fuller", candidate.sentences_back)
            if added is not None and added is not candidate:
                added.frame_kinds |= candidate.frame_kinds
                added.near |= candidate.near
    return found


def _words(name: str) -> set[str]:
    return {w for w in name.split() if len(w) > 2}


def classify(case: FigureCase, folded_text: str) -> str:
    """The figure's outcome (OUTCOMES for a figure the text attributes, UNATTRIBUTED else)."""
    chosen = normalize_name(case.chosen) if case.chosen else ""
    if not case.accepted:
        return "named_wrongly" if chosen else "none"
    if chosen in case.accepted:
        return "right"
    if any(key in case.accepted and c.near for key, c in case.candidates.items()):
        return "among_chose_other" if chosen else "among_chose_none"
    if any(key in case.accepted for key in case.candidates):
        return "among_wide"
    gold_words = set().union(*(_words(a) for a in case.accepted))
    if any(_words(key) & gold_words for key in case.candidates):
        return "partial"
    if any(a in folded_text for a in case.accepted):
        return "named"
    return "unwritten"


def why(case: FigureCase, folded_sentences: Sequence[str], index: int) -> str:
    """What kind of miss a figure with no right candidate is: for PARTIAL, whether the candidate
    nearest the label's name (the rules' own when it shares a word with it, else the one sharing
    most) holds every word of the label's and more ("longer": a title, a description or a place
    kept in the name), only some of them ("shorter": a cut piece) or some and others ("other"),
    the label's `said_by` compared before its other spellings; for NAMED, where the label's name
    is written (its sentence, the two before, earlier, only later)."""
    if case.outcome == "partial":
        chosen = normalize_name(case.chosen) if case.chosen else ""
        primary = normalize_name(case.said_by)
        for label in (primary, *sorted(case.accepted - {primary})):
            gold = _words(label)
            sharing = [k for k in case.candidates if _words(k) & gold]
            if not sharing:
                continue
            nearest = chosen if chosen in sharing else max(sharing, key=lambda k: len(_words(k) & gold))
            words = _words(nearest)
            return "partial: " + ("longer" if gold < words else "shorter" if words < gold else "other")
        return "partial: other"
    if case.outcome == "named":

        def written(k: int) -> bool:
            return any(a in folded_sentences[k] for a in case.accepted)

        if written(index):
            return "named: its sentence"
        if any(written(k) for k in range(max(index - NEAR_SENTENCES, 0), index)):
            return "named: two sentences before"
        if any(written(k) for k in range(index)):
            return "named: earlier"
        return "named: only later"
    return case.outcome


def read_article(article: Article, set_name: str, check: Counter[str]) -> list[FigureCase]:
    """The found figures of one article with their candidates. The article is read as
    eval_articles.extract_article reads it; the attributor the candidates come from is built
    with the same arguments as `build_claims` builds its own, and asked for the figures'
    speakers in the same order, so its state at each figure is the one the rules decided in."""
    text = article.text
    analysis = analyze(text, article.published, article.lang)
    lex = load_lexicon(analysis.language)
    sentences = lexicon_sentence_spans(text, lex)
    record: dict[Span, SpeakerRecord] = {}
    claims = build_claims(text, analysis.quantities, analysis.times, sentences, lex, speaker_record=record)
    figures = [(c, c.quantity) for c in claims if c.quantity is not None]
    if not sentences:
        return []
    attributor = Attributor(text, lex, sentences, analysis.times, [q.span for q in analysis.quantities])
    starts = [s[0] for s in sentences]
    from bisect import bisect_right

    decisions = {}
    for quantity in analysis.quantities:
        index = bisect_right(starts, quantity.span[0]) - 1
        decisions[quantity.span] = attributor.decide(index, quantity.span[0])
    folded = normalize_name(text)
    folded_sentences = [normalize_name(text[a:b]) for a, b in sentences]
    cases: list[FigureCase] = []
    for gold, match, _ in match_figures(article, figures):
        if match is None:
            continue
        claim, _quantity = figures[match]
        decision = decisions.get(claim.span)
        recorded = record.get(claim.span)
        same = (decision is None and recorded is None) or (
            decision is not None and recorded is not None and decision.source == recorded.decision.source
        )
        check["same" if same else "differs"] += 1
        chosen = claim.attribution
        index = bisect_right(starts, claim.span[0]) - 1
        source = decision.source if decision is not None else None
        found = candidates_of(attributor, index, claim.span[0], source)
        start, end = sentences[index]
        case = FigureCase(
            set_name or "tuned",
            f"{set_name}/{article.lang}/{article.path.name}",
            " ".join(text[start:end].split()),
            gold.text,
            accepted_speakers(gold),
            gold.said_by,
            chosen,
            decision.branch if decision is not None else None,
            found,
        )
        case.outcome = classify(case, folded)
        case.reason = why(case, folded_sentences, index)
        case.features = [
            candidate_features(
                attributor, c, decision.branch if decision and c.origins & {"chosen"} else None
            )
            for c in found.values()
        ]
        cases.append(case)
    return cases


def candidate_features(attributor: Attributor, candidate: Candidate, branch: str | None) -> dict[str, float]:
    """A candidate's features for the prototype chooser: where it was found, how near, whether
    the rules chose it (and by which branch), the kinds of frame that named it, and its name's
    features as the speaker-confidence model reads them (`Attributor._name_features`)."""
    features: dict[str, float] = {"origin=" + o: 1.0 for o in candidate.origins}
    features["origins"] = float(len(candidate.origins))
    features["sentences_back"] = math.log1p(max(candidate.sentences_back, 0))
    features["after_figure_sentence"] = float(candidate.sentences_back < 0)
    if candidate.tokens_between is not None:
        features["tokens_between"] = math.log1p(candidate.tokens_between)
    features["frame_ahead"] = float(candidate.ahead)
    features["frame_behind"] = float(candidate.behind)
    features["frame_marker"] = float(candidate.marker)
    features["frame_main"] = float(candidate.main)
    for kind in candidate.frame_kinds:
        features["kind=" + kind] = 1.0
    if branch is not None:
        features["branch=" + branch] = 1.0
    features.update(attributor._name_features(candidate.source))
    features["mentions"] = math.log1p(attributor.mentions.get(candidate.source.name, 0))
    return features


def read_sets(lang: str, sets: Iterable[str], check: Counter[str]) -> list[FigureCase]:
    cases: list[FigureCase] = []
    for set_name in sets:
        if set_name not in DEV_SETS:
            raise SystemExit(f"{set_name} is no development set (benchmarks/article_sets.py): not read")
        root = ARTICLES / set_name if set_name else ARTICLES
        for article in load_articles(root, [lang])[lang]:
            cases.extend(read_article(article, set_name, check))
    return cases


# -- the report ----------------------------------------------------------------------------------


def tally(cases: Sequence[FigureCase]) -> Counter[str]:
    counts: Counter[str] = Counter(c.outcome for c in cases)
    counts["found"] = len(cases)
    counts["attributed"] = sum(1 for c in cases if c.accepted)
    return counts


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def ceiling_table(cases: Sequence[FigureCase], sets: Sequence[str]) -> list[str]:
    lines = [
        "| set | found | attributed | right | among: rules chose other | among: rules chose none"
        " | partial | named, no frame | unwritten | right rate | ceiling | among the wider candidates"
        " | wider ceiling | unattributed named wrongly |",
        "|---|" + "---|" * 14,
    ]
    groups = [(s or "tuned", [c for c in cases if c.set_name == (s or "tuned")]) for s in sets]
    groups.append(("pooled", list(cases)))
    fresh = [c for c in cases if c.set_name in FRESH]
    if fresh:
        groups.append(("holdout20+21", fresh))
    for name, group in groups:
        n = tally(group)
        among = n["among_chose_other"] + n["among_chose_none"]
        unattributed = n["found"] - n["attributed"]
        lines.append(
            f"| {name} | {n['found']} | {n['attributed']} | {n['right']} | {n['among_chose_other']}"
            f" | {n['among_chose_none']} | {n['partial']} | {n['named']} | {n['unwritten']}"
            f" | {_rate(n['right'], n['attributed'])} | {_rate(n['right'] + among, n['attributed'])}"
            f" | {n['among_wide']} | {_rate(n['right'] + among + n['among_wide'], n['attributed'])}"
            f" | {n['named_wrongly']} of {unattributed} |"
        )
    return lines


def origin_table(cases: Sequence[FigureCase]) -> list[str]:
    """For the AMONG figures: where the right candidate was found (a figure counts once per
    origin of its right candidate)."""
    counts: Counter[str] = Counter()
    for case in cases:
        if not case.outcome.startswith("among"):
            continue  # among_chose_other, among_chose_none, among_wide
        for key, candidate in case.candidates.items():
            if key in case.accepted:
                counts.update(candidate.origins)
    lines = ["| origin of the right candidate | figures |", "|---|---|"]
    lines += [f"| {o} | {counts[o]} |" for o in ORIGINS if counts[o]]
    return lines


def reason_table(cases: Sequence[FigureCase]) -> list[str]:
    """The figures the rules do not get right that a chooser could (AMONG) or could not (no right
    candidate, by `why`), in figures and in articles (a kind in few articles is one article's
    wording, not a class), pooled and on holdout20+21."""
    kinds = sorted({c.reason for c in cases if c.outcome not in ("right", "none", "named_wrongly")})

    def count(group: Sequence[FigureCase], kind: str) -> str:
        hits = [c for c in group if c.reason == kind]
        return f"{len(hits)} in {len({c.article for c in hits})}"

    fresh = [c for c in cases if c.set_name in FRESH]
    lines = [
        "| attributed figure not right | pooled: figures in articles | holdout20+21 |",
        "|---|---|---|",
    ]
    lines += [f"| {k} | {count(cases, k)} | {count(fresh, k)} |" for k in kinds]
    return lines


def candidate_counts(cases: Sequence[FigureCase]) -> list[str]:
    """How many names a chooser would choose among, and how the rules do where there is a
    choice: figures with no candidate, one, or several (of which the rules pick the right one)."""
    lines = [
        "| candidates | figures | attributed | a candidate right | rules right | rules wrong |",
        "|---|---|---|---|---|---|",
    ]
    for label, test in (
        ("0", lambda n: n == 0),
        ("1", lambda n: n == 1),
        ("2 or more", lambda n: n >= 2),
    ):
        group = [c for c in cases if test(len(c.candidates))]
        attributed = sum(1 for c in group if c.accepted)
        reachable = sum(1 for c in group if any(k in c.accepted for k in c.candidates))
        right = sum(1 for c in group if c.outcome == "right")
        wrong = sum(1 for c in group if c.chosen and normalize_name(c.chosen) not in c.accepted)
        lines.append(f"| {label} | {len(group)} | {attributed} | {reachable} | {right} | {wrong} |")
    return lines


def wrong_table(cases: Sequence[FigureCase]) -> list[str]:
    """The rules' wrong speakers by what the label says: no speaker at all, a right candidate
    the rules passed over, a name with the right words cut or extended, or a name no candidate
    holds."""
    kinds = ("named_wrongly", "among_chose_other", "among_wide", "partial", "named", "unwritten")
    labels = {
        "named_wrongly": "the text gives no speaker",
        "among_chose_other": "the right name was a near candidate",
        "among_wide": "the right name was a wider candidate",
        "partial": "the right speaker, its name cut or extended",
        "named": "the labelled name no candidate reads",
        "unwritten": "the labelled name not written",
    }

    def wrong(group: Sequence[FigureCase], kinds: Sequence[str]) -> str:
        hits = [
            c for c in group if c.outcome in kinds and c.chosen and normalize_name(c.chosen) not in c.accepted
        ]
        return f"{len(hits)} in {len({c.article for c in hits})}"

    fresh = [c for c in cases if c.set_name in FRESH]
    lines = ["| rules' wrong speaker | pooled: figures in articles | holdout20+21 |", "|---|---|---|"]
    lines += [f"| {labels[k]} | {wrong(cases, (k,))} | {wrong(fresh, (k,))} |" for k in kinds]
    lines.append(f"| all | {wrong(cases, kinds)} | {wrong(fresh, kinds)} |")
    return lines


def show_misses(cases: Sequence[FigureCase], limit: int) -> list[str]:
    lines = []
    for case in cases:
        if case.outcome in ("right", "none") or limit <= 0:
            continue
        limit -= 1
        names = "; ".join(sorted(case.candidates))
        lines.append(
            f"{case.reason}\t{case.article}\t{case.figure!r}\tgold {case.said_by!r}\trules {case.chosen!r}"
            f" ({case.branch})\tcandidates: {names}\n    {case.sentence}"
        )
    return lines


# -- the prototype chooser -----------------------------------------------------------------------


def _worth(case: FigureCase, name: str | None) -> int:
    """A figure's share of right - 3 x wrong when `name` (normalized) is its speaker."""
    if name is None:
        return 0
    return 1 if name in case.accepted else -WRONG_COST


@dataclass
class Choice:
    """Right and wrong speakers of a way of choosing, counted as eval_articles.py counts them,
    and (for a chooser) how many figures it answers better or worse than the rules do."""

    right: int = 0
    wrong: int = 0
    attributed: int = 0
    found: int = 0
    better: int = 0
    worse: int = 0

    def add(self, case: FigureCase, name: str | None) -> None:
        self.found += 1
        self.attributed += bool(case.accepted)
        mine = _worth(case, name)
        theirs = _worth(case, normalize_name(case.chosen) if case.chosen else None)
        self.better += mine > theirs
        self.worse += mine < theirs
        if name is None:
            return
        if name in case.accepted:
            self.right += 1
        else:
            self.wrong += 1

    @property
    def objective(self) -> int:
        return self.right - WRONG_COST * self.wrong

    def show(self) -> str:
        return (
            f"{self.right}/{self.attributed} right ({_rate(self.right, self.attributed)}),"
            f" {self.wrong} wrong ({_rate(self.wrong, self.found)}), r-3w {self.objective}"
        )


# Features that say what the rules chose (dropped by `--without-rules`: a chooser that learns from
# the candidates alone, not from the rules' answer).
RULE_FEATURES = ("origin=chosen", "branch=")


@dataclass(frozen=True)
class ChooserMode:
    """How the prototype chooser is built: `without_rules` (`--without-rules`) drops the features
    that say what the rules chose; `fill_only` (`--fill-only`) keeps every speaker the rules name
    and chooses only for the figures they leave with none (where most right candidates the rules
    pass over are), learning from those figures alone."""

    without_rules: bool = False
    fill_only: bool = False


def _rows(
    cases: Sequence[FigureCase], mode: ChooserMode = ChooserMode()
) -> tuple[list[dict[str, float]], list[bool]]:
    x: list[dict[str, float]] = []
    y: list[bool] = []
    for case in cases:
        for key, features in zip(case.candidates, case.features, strict=True):
            if mode.without_rules:
                features = {k: v for k, v in features.items() if not k.startswith(RULE_FEATURES)}
            x.append(features)
            y.append(key in case.accepted)
    return x, y


def _fit(cases: Sequence[FigureCase], mode: ChooserMode = ChooserMode()) -> tuple[Any, Any]:
    """The chooser's vectorizer and logistic model fitted on `cases`' candidates."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = _rows([c for c in cases if c.chosen is None] if mode.fill_only else cases, mode)
    vectorizer = DictVectorizer(sparse=False, sort=True)
    matrix = vectorizer.fit_transform(x)
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=5000)
    model.fit(matrix, np.array(y, dtype=int))
    return vectorizer, model


def _best(
    fitted: tuple[Any, Any], cases: Sequence[FigureCase], mode: ChooserMode = ChooserMode()
) -> list[tuple[str | None, float]]:
    """Each figure's best-scored candidate and its score (None, 0 with no candidate)."""
    vectorizer, model = fitted
    x, _ = _rows(cases, mode)
    scores = model.predict_proba(vectorizer.transform(x))[:, 1] if x else []
    best: list[tuple[str | None, float]] = []
    k = 0
    for case in cases:
        top: tuple[str | None, float] = (None, 0.0)
        for key in case.candidates:
            if scores[k] > top[1]:
                top = (key, float(scores[k]))
            k += 1
        best.append(top)
    return best


def _choose(
    cases: Sequence[FigureCase],
    best: Sequence[tuple[str | None, float]],
    t: float,
    mode: ChooserMode = ChooserMode(),
) -> Choice:
    choice = Choice()
    for case, (name, score) in zip(cases, best, strict=True):
        if mode.fill_only and case.chosen:
            choice.add(case, normalize_name(case.chosen))
        else:
            choice.add(case, name if name is not None and score >= t else None)
    return choice


def threshold_by_rule(
    cases: Sequence[FigureCase], seed: int = SEED, mode: ChooserMode = ChooserMode()
) -> float:
    """train_attribution.py's rule on `cases`' own cross-validated scores (folds by article):
    the threshold with the most right - 3 x wrong, the smallest on a tie."""
    from sklearn.model_selection import GroupKFold

    groups = [c.article for c in cases]
    best: list[tuple[str | None, float]] = [(None, 0.0)] * len(cases)
    folds = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    for train, test in folds.split(list(cases), groups=groups):
        fitted = _fit([cases[i] for i in train], mode)
        for i, top in zip(test, _best(fitted, [cases[i] for i in test], mode), strict=True):
            best[i] = top
    scores = [(t, _choose(cases, best, t, mode).objective) for t in THRESHOLDS]
    top = max(s for _, s in scores)
    return next(t for t, s in scores if s == top)


def rules(cases: Sequence[FigureCase]) -> Choice:
    choice = Choice()
    for case in cases:
        choice.add(case, normalize_name(case.chosen) if case.chosen else None)
    return choice


def oracle(cases: Sequence[FigureCase], wide: bool = False) -> Choice:
    """A chooser that always picks a right candidate when there is one (near ones only unless
    `wide`) and says "none" otherwise."""
    choice = Choice()
    for case in cases:
        right = (k for k, c in case.candidates.items() if k in case.accepted and (wide or c.near))
        choice.add(case, next(right, None))
    return choice


def leave_one_set_out(
    cases: Sequence[FigureCase], sets: Sequence[str], mode: ChooserMode = ChooserMode()
) -> list[str]:
    lines = [
        "| held out | threshold | rules | chooser | chooser better / worse than the rules"
        " | ceiling (near candidates) | ceiling (wider) |",
        "|---|---|---|---|---|---|---|",
    ]
    names = [s or "tuned" for s in sets]
    folds: list[tuple[str, set[str]]] = [(n, {n}) for n in names]
    if all(f in names for f in FRESH):
        folds.append(("holdout20+21 together", set(FRESH)))
    pooled_rules, pooled_chooser = Choice(), Choice()
    for label, held in folds:
        test = [c for c in cases if c.set_name in held]
        train = [c for c in cases if c.set_name not in held]
        if not test or not train:
            continue
        t = threshold_by_rule(train, mode=mode)
        chosen = _choose(test, _best(_fit(train, mode), test, mode), t, mode)
        by_rules = rules(test)
        if len(held) == 1:
            for total, part in ((pooled_rules, by_rules), (pooled_chooser, chosen)):
                for name in ("right", "wrong", "attributed", "found", "better", "worse"):
                    setattr(total, name, getattr(total, name) + getattr(part, name))
        lines.append(
            f"| {label} | {t:.2f} | {by_rules.show()} | {chosen.show()} | {chosen.better} / {chosen.worse}"
            f" | {oracle(test).show()}"
            f" | {oracle(test, True).show()} |"
        )
    lines.append(
        f"| every set, pooled | | {pooled_rules.show()} | {pooled_chooser.show()}"
        f" | {pooled_chooser.better} / {pooled_chooser.worse} | {oracle(cases).show()}"
        f" | {oracle(cases, True).show()} |"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lang", choices=("ar", "en", "all"), default="all")
    parser.add_argument("--sets", nargs="*", default=None, help="set names ('tuned' for the tuned set)")
    parser.add_argument("--loso", action="store_true", help="the prototype chooser, leave one set out")
    parser.add_argument(
        "--without-rules", action="store_true", help="the chooser without the rules' choice as a feature"
    )
    parser.add_argument(
        "--fill-only", action="store_true", help="the chooser only where the rules name no speaker"
    )
    parser.add_argument("--misses", type=int, default=0, help="print this many figures not right")
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args(argv)
    mode = ChooserMode(without_rules=args.without_rules, fill_only=args.fill_only)
    sets = DEV_SETS if args.sets is None else tuple("" if s == "tuned" else s for s in args.sets)
    langs = ("ar", "en") if args.lang == "all" else (args.lang,)
    report: list[str] = []
    for lang in langs:
        check: Counter[str] = Counter()
        cases = read_sets(lang, sets, check)
        out = [f"## {lang}", "", *ceiling_table(cases, sets), ""]
        out += [*origin_table(cases), "", *reason_table(cases), "", *wrong_table(cases), ""]
        out += [*candidate_counts(cases)]
        out.append(
            "replayed decisions equal to build_claims' own:"
            f" {check['same']} of {check['same'] + check['differs']}"
        )
        out.append("")
        if args.misses:
            out += [*show_misses(cases, args.misses), ""]
        if args.loso:
            out += ["### leave one set out", "", *leave_one_set_out(cases, sets, mode), ""]
        print("\n".join(out), flush=True)
        report += out
    if args.report is not None:
        args.report.write_text("\n".join(report) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
