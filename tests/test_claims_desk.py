"""Claims a desk can work with: sources, dated events, worth, matching across languages,
conflicts and exports."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factcheck import export, service
from factcheck.config import Settings
from factcheck.extract.claims import build_claims
from factcheck.extract.entities import find_entities
from factcheck.extract.pipeline import analyze, extract
from factcheck.extract.text import lexicon_sentence_spans
from factcheck.lang import load_lexicon
from factcheck.store import Store, queries
from factcheck.store.queries import ClaimFilter

from .conftest import ROOT, SEED_ARTICLE, seed_claim_count

ENGLISH_ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "en_pentagon.txt"


def _cases(name: str) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted((ROOT / "tests" / "cases").glob(f"*/{name}.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            rows.append((path.parent.name, case))
    return rows


ATTRIBUTION = _cases("attribution")


@pytest.mark.parametrize(("lang", "case"), ATTRIBUTION, ids=[c["text"][:40] for _, c in ATTRIBUTION])
def test_attribution(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    analysis = analyze(text, date(2024, 11, 1), lang)
    lex = load_lexicon(lang)
    sentences = lexicon_sentence_spans(text, lex)
    claims = build_claims(text, analysis.quantities, analysis.times, sentences, lex)
    at = text.index(case["figure"])
    claim = next(c for c in claims if c.span[0] <= at < c.span[1] or c.span[0] >= at)
    if case.get("none"):
        assert claim.attribution is None
    else:
        assert claim.attribution == case["name"]
        assert claim.attribution_role == case.get("role")
        if "key" in case:
            assert claim.attribution_key == case["key"]
    if "time" in case:
        assert claim.time is not None and claim.time.text == case["time"]
    if case.get("no_time"):
        assert claim.time is None


def test_seed_sources_and_events() -> None:
    claims = extract(SEED_ARTICLE.read_text(encoding="utf-8"), date(2024, 11, 1), "ar")
    figures = [c for c in claims if c.kind == "figure"]
    assert [c.attribution for c in figures] == [
        None,
        "الولايات المتحدة",
        "أنتوني بلينكن",
        "أنتوني بلينكن",
        "كيم يونغ هيون",
    ]
    events = [c for c in claims if c.kind == "event"]
    assert [(c.time.text, c.time.start) for c in events if c.time] == [
        ("الجمعة", date(2024, 11, 1)),
        ("في وقت سابق من يوم الخميس", date(2024, 10, 31)),
    ]
    assert "موسكو" in events[0].sentence and "زيلينسكي" in events[1].sentence
    assert {c.place for c in figures[2:4]} == {"place:russia", "place:kursk"}
    # The headline's country before its colon speaks a statement with no figure ("كوريا
    # الشمالية: سنقف ..."); before a figure it would only be the story's place.
    headline = next(c for c in claims if c.kind == "statement" and c.sentence.startswith("كوريا الشمالية:"))
    assert headline.attribution == "كوريا الشمالية"


def _add(store: Store, settings_: Settings, path: Path, published: str, lang: str) -> None:
    options = service.ArticleOptions(published=service.parse_published(published), language=lang)
    service.add_source(store, settings_, str(path), options)


def _by_text(store: Store, fragment: str, value: str) -> int:
    claims = service.list_claims(store, ClaimFilter(status=None, limit=None))
    found = next(c for c in claims if fragment in c.sentence and c.value == value)
    assert found.id is not None
    return found.id


def test_the_same_figure_is_linked_across_languages(store: Store, settings: Settings) -> None:
    _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar")
    _add(store, settings, ENGLISH_ARTICLE, "2024-11-02", "en")
    arabic = _by_text(store, "بلينكن", "10000")
    english = _by_text(store, "Blinken", "10000")
    assert [c.id for c in service.related_claims(store, arabic)] == [english]
    outcomes = service.mark_claims(store, settings, [arabic], "confirmed", note="briefing", propagate=True)
    assert [(o.claim_id, o.propagated_from) for o in outcomes] == [(arabic, None), (english, arabic)]
    events = service.get_claim(store, english).events
    assert events[-1].propagated_from == arabic and "propagated from claim" in (events[-1].note or "")
    assert service.get_claim(store, english).claim.status == "confirmed"


def test_conflicting_figures_are_grouped(store: Store, settings: Settings) -> None:
    _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar")
    _add(store, settings, ENGLISH_ARTICLE, "2024-11-02", "en")
    groups = service.find_conflicts(store)
    summary = sorted(
        (g.place, sorted((c.qualifier or "", c.value or "") for c, _ in g.members)) for g in groups
    )
    assert summary == [
        ("place:kursk", [("more_than", "9000"), ("up_to", "8000")]),
        ("place:russia", [("approx", "12000"), ("approx", "12000"), ("exact", "10000")]),
    ]
    for group in groups:
        assert len({a.id for _, a in group.members}) == 2  # across articles, never within one


def test_claimreview_has_every_required_and_recommended_field(store: Store, settings: Settings) -> None:
    _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar")
    kursk = _by_text(store, "كورسك", "8000")
    service.mark_claims(store, settings, [kursk], "disputed", note="no independent source")
    rows = service.stream_export(store, None)
    reviews = json.loads("".join(export.export_claimreview(rows, settings)))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["url"] == settings.review_url.format(id=kursk)
    assert review["datePublished"]
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.review_organization,
        "url": settings.review_organization_url,
    }
    rating = review["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "ratingValue": settings.disputed_rating,
        "bestRating": settings.best_rating,
        "worstRating": settings.worst_rating,
        "alternateName": settings.disputed_label,
    }
    assert "8 آلاف" in review["claimReviewed"] and "كورسك" in review["claimReviewed"]
    assert len(review["claimReviewed"]) <= 162
    assert settings.disputed_label not in review["claimReviewed"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2024-11-01"
    assert item["author"]["name"] == "أنتوني بلينكن"
    assert item["appearance"][0]["@type"] == "CreativeWork"


def test_csv_and_ndjson_exports_cover_every_claim(store: Store, settings: Settings) -> None:
    _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar")
    rows = list(service.stream_export(store, None))
    assert len(rows) == seed_claim_count()
    lines = "".join(export.export_ndjson(rows)).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c.id for c, _ in rows]
    csv_lines = "".join(export.export_csv(rows)).splitlines()
    assert len(csv_lines) == seed_claim_count() + 1 and csv_lines[0].startswith("id,article_id,status")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("TUNIS, June 26 (Reuters) - Tunisia's central bank said 4.75 percent.", "Reuters"),
        ("ارتفع عدد النازحين إلى 5 آلاف.\nالمصدر: وكالات", "وكالات"),
        ("Source: AFP\nAbout 300 people were evacuated.", "AFP"),
        ("The ministry said (in a statement) that 300 died.", None),
    ],
)
def test_a_wire_credit_is_the_articles_source_not_a_speaker(text: str, credit: str | None) -> None:
    from factcheck.extract.pipeline import credit as found_credit

    assert found_credit(text) == credit
    assert all(c.attribution != credit for c in extract(text, date(2024, 11, 1)))


def test_add_keeps_the_wire_credit_as_the_articles_source() -> None:
    from factcheck.ingest import RawDocument

    doc = RawDocument(
        text="Kenya growth\n\nNAIROBI, May 2 (Reuters) - The economy grew 5.6 percent, "
        "the statistics office said.",
        label="kenya.txt",
    )
    prepared = service.prepare_article(doc, service.ArticleOptions(service.parse_published("2024-05-02")))
    assert prepared.article.source_name == "Reuters"
    assert [c.attribution for c in prepared.claims if c.quantity] == ["the statistics office"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Up to 8,000 North Korean troops are in Russia's Kursk region, the Pentagon said.", "place:kursk"),
        ("About 8,000 troops are in the Kursk region of Russia.", "place:kursk"),
        ("About 8,000 troops entered Russia from North Korea.", "place:russia"),
        ("وقال إن 8 آلاف جندي يتمركزون في منطقة كورسك الروسية.", "place:kursk"),
        # (places19) a list of states with a figure each: the name right before it, in brackets,
        # after a colon or a dash, not the next member of the list; a dateline's dash is not one
        ("Unemployment was lowest in Japan (2.5%), Mexico (2.9%) and Poland (3.0%).", "place:japan"),
        ("Arrivals were fewest from Oman - 310, Kenya - 480 and Peru - 605.", "place:oman"),
        ("Peru: 14 hurt as a bus overturns near Chile", "place:peru"),
        ("MOSCOW — Two people were injured in a fire in Ukraine's Kharkiv region.", "place:ukraine"),
        ("وسجلت أدنى المعدلات في اليابان (2.5%) والمكسيك (2.9%).", "place:japan"),
    ],
)
def test_the_place_of_a_figure_is_the_most_specific_one_named(text: str, place: str) -> None:
    figures = [c for c in extract(text, date(2024, 11, 1)) if c.quantity]
    assert figures[0].place == place


def test_conflicts_load_their_members_a_group_at_a_time(
    store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database finds the groups; each group's members are read as it is consumed, and
    the groups come out the same as when all are read at once."""
    _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar")
    _add(store, settings, ENGLISH_ARTICLE, "2024-11-02", "en")
    everything = service.find_conflicts(store)
    loads: list[tuple[str, str, str]] = []
    members = queries.conflict_members

    def counted(session: Any, unit_key: str, place: str, period: str) -> Any:
        loads.append((unit_key, place, period))
        return members(session, unit_key, place, period)

    monkeypatch.setattr(queries, "conflict_members", counted)
    streamed = service.iter_conflicts(store)
    first = next(streamed)
    assert loads == [(first.unit_key, first.place, first.period)]  # one group read
    rest = list(streamed)
    assert len(loads) == len(everything) == 1 + len(rest)
    assert [[c.id for c, _ in g.members] for g in [first, *rest]] == [
        [c.id for c, _ in g.members] for g in everything
    ]


# A place each lexicon names is tagged with the same key in both languages (fix12: the capitals
# ar.toml gave their countries and en.toml did not know).
SAME_PLACE = [
    ("ar", "وصل الوفد إلى دمشق", "syria"),
    ("en", "The delegation reached Damascus", "syria"),
    ("ar", "وصل الوفد إلى بيروت", "lebanon"),
    ("en", "The delegation reached Beirut", "lebanon"),
    # (places19) every state's capital, in both lexicons
    ("ar", "وصل الوفد إلى أبوجا", "nigeria"),
    ("en", "The delegation reached Abuja", "nigeria"),
    ("ar", "وصل الوفد إلى بوينس آيرس", "argentina"),
    ("en", "The delegation reached Buenos Aires", "argentina"),
]


@pytest.mark.parametrize(("lang", "text", "key"), SAME_PLACE)
def test_a_capital_is_tagged_as_its_country(lang: str, text: str, key: str) -> None:
    assert f"place:{key}" in {m.key for m in find_entities(text, load_lexicon(lang))}


# (places19) Every sovereign state under one key in both lexicons; the English names that are also
# first names, common nouns or other places stay out ("Jordan Henderson", "Chad Smith").
EVERY_STATE = [
    ("en", "Floods hit Nigeria and Ghana", {"place:nigeria", "place:ghana"}),
    ("ar", "ضربت الفيضانات نيجيريا وغانا", {"place:nigeria", "place:ghana"}),
    ("en", "The team flew from Ivory Coast to Guinea-Bissau", {"place:cote_divoire", "place:guinea_bissau"}),
    ("ar", "طار الفريق من ساحل العاج إلى غينيا بيساو", {"place:cote_divoire", "place:guinea_bissau"}),
    ("en", "Talks between DR Congo and Rwanda", {"place:dr_congo", "place:rwanda"}),
    ("ar", "محادثات بين الكونغو الديمقراطية ورواندا", {"place:dr_congo", "place:rwanda"}),
    ("en", "Aid reached South Sudan and Northern Ireland", {"place:south_sudan", "place:northern_ireland"}),
    (
        "ar",
        "وصلت المساعدات إلى جنوب السودان وأيرلندا الشمالية",
        {"place:south_sudan", "place:northern_ireland"},
    ),
    ("en", "Jordan Henderson and Chad Smith met in Georgia", set()),
    ("ar", "أعلنت الوزارة عن دعم مالي للبنين والبنات", set()),
]


@pytest.mark.parametrize(("lang", "text", "keys"), EVERY_STATE)
def test_every_state_is_a_place_under_one_key(lang: str, text: str, keys: set[str]) -> None:
    found = {m.key for m in find_entities(text, load_lexicon(lang)) if m.key.startswith("place:")}
    assert found == keys


def test_every_english_place_key_is_an_arabic_one() -> None:
    english = load_lexicon("en").raw("entities", "places")
    arabic = load_lexicon("ar").raw("entities", "places")
    assert set(english) <= set(arabic)
