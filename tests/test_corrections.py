"""Records a desk can correct (issue 14 §2), on SQLite and on a real PostgreSQL server: a claim
dismissed as not a claim, a claim added by hand, a note without a change of status, and the
history carried by every export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import (
    DatabaseError,
    FactcheckError,
    InputError,
    NotFoundError,
    RefusedError,
    UsageError,
)
from factcheck.service import HandClaim
from factcheck.store import Store
from factcheck.store.queries import ClaimFilter

from .conftest import ROOT, SEED_ARTICLE

PENTAGON = ROOT / "examples" / "pentagon.txt"


def _add(store: Store, settings: Settings, path: Path, published: str, lang: str) -> int:
    options = service.ArticleOptions(published=service.parse_published(published), language=lang)
    return service.add_source(store, settings, str(path), options).article_id


@pytest.fixture
def two_articles(store: Store, settings: Settings) -> tuple[int, int]:
    """The seed article (Arabic) and the Pentagon's (English): Blinken's 10,000 is in both."""
    return _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar"), _add(
        store, settings, PENTAGON, "2024-11-02", "en"
    )


def _figure(store: Store, article_id: int, value: str) -> int:
    claims = service.list_claims(store, ClaimFilter(status=None, article_id=article_id, limit=None))
    found = [c.id for c in claims if c.value == value and c.kind == "figure"]
    assert found, f"no {value} in article {article_id}"
    return found[0]


def _conflict_ids(store: Store) -> set[int]:
    return {claim.id for group in service.find_conflicts(store) for claim, _ in group.members}


def test_a_dismissed_claim_leaves_the_queue_and_the_evidence_and_can_come_back(
    store: Store, settings: Settings, two_articles: tuple[int, int]
) -> None:
    arabic, english = two_articles
    blinken_ar, blinken_en = _figure(store, arabic, "10000"), _figure(store, english, "10000")
    assert blinken_en in {c.id for c in service.related_claims(store, blinken_ar)}
    conflicting = _conflict_ids(store)
    assert blinken_en in conflicting or blinken_ar in conflicting

    outcome = service.mark_claims(
        store, settings, [blinken_en], "dismissed", note="duplicate headline", actor="huda"
    )
    assert outcome[0].changed and outcome[0].to_status == "dismissed"

    queue = {c.id for c in service.list_claims(store, ClaimFilter(limit=None))}
    assert blinken_en not in queue and blinken_ar in queue
    assert [c.id for c in service.list_claims(store, ClaimFilter(status="dismissed"))] == [blinken_en]
    assert blinken_en in {c.id for c in service.list_claims(store, ClaimFilter(status=None, limit=None))}
    assert blinken_en not in {c.id for c in service.related_claims(store, blinken_ar)}
    assert blinken_en not in _conflict_ids(store)
    assert service.find_conflicts(store, about=blinken_en) == []

    counts = {s.article.id: s.counts for s in service.list_articles(store)}
    assert counts[english].get("dismissed") == 1 and "dismissed" not in counts[arabic]
    assert service.article_summary_json(service.list_articles(store)[0])["claims"]["dismissed"] == 1
    blinken = next(s for s in service.list_speakers(store) if s.key == "person:blinken")
    every_blinken = service.list_claims(store, ClaimFilter(status=None, source_of="Blinken", limit=None))
    assert blinken.dismissed == 1 and blinken.claims == len(every_blinken) - 1
    found = service.info(store, settings)
    assert found.claims is not None and found.claims["dismissed"] == 1
    assert sum(found.claims.values()) == len(service.list_claims(store, ClaimFilter(status=None, limit=None)))

    # A verdict propagated from the Arabic claim passes the dismissed one by.
    marked = service.mark_claims(
        store, settings, [blinken_ar], "disputed", note="NIS: 11,000", propagate=True
    )
    assert blinken_en not in {o.claim_id for o in marked}
    assert service.get_claim(store, blinken_en).claim.status == "dismissed"

    service.mark_claims(store, settings, [blinken_en], "unverified", actor="amal")
    assert blinken_en in {c.id for c in service.list_claims(store, ClaimFilter(limit=None))}
    assert blinken_en in {c.id for c in service.related_claims(store, blinken_ar)}
    events = service.get_claim(store, blinken_en).events
    assert [(e.from_status, e.to_status, e.note, e.actor) for e in events] == [
        ("unverified", "dismissed", "duplicate headline", "huda"),
        ("dismissed", "unverified", None, "amal"),
    ]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_dismissing_needs_a_reason(
    store: Store, settings: Settings, two_articles: tuple[int, int], reason: str | None
) -> None:
    claim_id = _figure(store, two_articles[1], "10000")
    with pytest.raises(RefusedError, match="needs a reason"):
        service.mark_claims(store, settings, [claim_id], "dismissed", note=reason)
    with pytest.raises(UsageError, match="not propagated"):
        service.mark_claims(store, settings, [claim_id], "dismissed", note="junk", propagate=True)
    assert service.get_claim(store, claim_id).events == []


def test_a_note_or_evidence_without_a_change_of_status(
    store: Store, settings: Settings, two_articles: tuple[int, int]
) -> None:
    first, second = _figure(store, two_articles[0], "10000"), _figure(store, two_articles[1], "10000")
    service.mark_claims(store, settings, [second], "disputed", note="NIS: 11,000")
    outcomes = service.add_note(
        store,
        settings,
        [first, second],
        note="  called the embassy  ",
        evidence="https://example.org/a",
        actor="amal",
    )
    assert [(o.claim_id, o.status) for o in outcomes] == [(first, "unverified"), (second, "disputed")]
    for claim_id, status in ((first, "unverified"), (second, "disputed")):
        detail = service.get_claim(store, claim_id)
        assert detail.claim.status == status
        last = detail.events[-1]
        assert (last.from_status, last.to_status, last.note, last.evidence_url, last.actor) == (
            status,
            status,
            "called the embassy",
            "https://example.org/a",
            "amal",
        )
    assert service.get_claim(store, first).claim.status_changed_at is None  # a note is no change

    with pytest.raises(UsageError, match="needs --note"):
        service.add_note(store, settings, [first], note="   ")
    with pytest.raises(UsageError, match="http"):
        service.add_note(store, settings, [first], evidence="my notebook")
    with pytest.raises(NotFoundError, match="no claim with id 999"):
        service.add_note(store, settings, [first, 999], note="n")
    short = replace(settings, max_note_chars=10)
    with pytest.raises(InputError, match="max_note_chars"):
        service.add_note(store, short, [first], note="x" * 11)
    with pytest.raises(InputError, match="max_note_chars"):
        service.mark_claims(store, short, [first], "disputed", note="x" * 11)
    assert len(service.get_claim(store, first).events) == 1


def test_read_note_from_a_file_or_standard_input(tmp_path: Path, settings: Settings) -> None:
    note = "ملاحظة طويلة\nsecond line ✓"
    (tmp_path / "note.txt").write_bytes(b"\xef\xbb\xbf" + note.encode())
    assert service.read_note(None, str(tmp_path / "note.txt"), settings) == note
    assert service.read_note("-", None, settings, io.BytesIO(note.encode())) == note
    assert service.read_note("plain", None, settings) == "plain"
    (tmp_path / "latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "blank.txt").write_text(" \n")
    bad = {
        "note file not found": (None, str(tmp_path / "missing.txt")),
        "is not UTF-8 text": (None, str(tmp_path / "latin1.txt")),
        "is empty": (None, str(tmp_path / "blank.txt")),
        "a folder": (None, str(tmp_path)),
    }
    for message, (text, path) in bad.items():
        with pytest.raises(InputError, match=message):
            service.read_note(text, path, settings)
    with pytest.raises(UsageError, match="not both"):
        service.read_note("x", str(tmp_path / "note.txt"), settings)
    short = replace(settings, max_note_chars=5)
    with pytest.raises(InputError, match="max_note_chars"):
        service.read_note("-", None, short, io.BytesIO(b"x" * 10_000_000))
    assert service.read_note("-", None, short, io.BytesIO("١٢٣٤٥".encode())) == "١٢٣٤٥"


def test_a_claim_added_by_hand(store: Store, settings: Settings, two_articles: tuple[int, int]) -> None:
    arabic = two_articles[0]
    sentence = "وزادت موسكو وبيونغ يانغ تعاونهما العسكري منذ اندلاع الحرب في أوكرانيا"
    added = service.add_claim_by_hand(
        store, settings, arabic, f"  {sentence} ", note="the key claim", actor="huda"
    )
    detail = service.get_claim(store, added.claim_id)
    claim = detail.claim
    text = detail.article.text
    assert text[claim.span_start : claim.span_end] == sentence
    assert (claim.origin, claim.kind, claim.status, claim.article_id) == (
        "manual",
        "statement",
        "unverified",
        arabic,
    )
    assert "place:moscow" in claim.entities.split()  # the extractor filled what it could
    assert [(e.from_status, e.to_status, e.note, e.actor) for e in detail.events] == [
        ("unverified", "unverified", "added by hand: the key claim", "huda")
    ]
    assert claim.id in {c.id for c in service.list_claims(store, ClaimFilter(search="تعاونهما"))}

    # A figure the text has, given another value and source: the options override the extractor.
    figure = service.add_claim_by_hand(
        store, settings, arabic, "من بين 10 آلاف جندي", HandClaim(value="11,000", said_by="Blinken")
    )
    claim = service.get_claim(store, figure.claim_id).claim
    assert (claim.kind, claim.value, claim.low, claim.high, claim.qualifier) == (
        "figure",
        "11000",
        "11000",
        "11000",
        "exact",
    )
    assert (claim.unit_key, claim.attribution, claim.attribution_key) == (
        "soldier",
        "Blinken",
        "person:blinken",
    )
    assert text[claim.span_start : claim.span_end] == "10 آلاف جندي"
    assert claim.fingerprint != service.get_claim(store, _figure(store, arabic, "10000")).claim.fingerprint

    # A figure-free sentence given a figure and what it counts.
    counted = service.add_claim_by_hand(
        store, settings, arabic, "بتقديم دعم ومساعدة كبيرة لروسيا", HandClaim(value="5", unit_key="missile")
    )
    claim = service.get_claim(store, counted.claim_id).claim
    assert (claim.kind, claim.value, claim.unit_key, claim.quantity_text) == (
        "figure",
        "5",
        "missile",
        "بتقديم دعم ومساعدة كبيرة لروسيا",
    )


def test_what_a_claim_added_by_hand_refuses(
    store: Store, settings: Settings, two_articles: tuple[int, int]
) -> None:
    arabic = two_articles[0]
    before = len(service.list_claims(store, ClaimFilter(status=None, limit=None)))
    refused = {
        "not in article": (arabic, "words that are not there", HandClaim()),
        "is empty": (arabic, "   ", HandClaim()),
        "no article with id 999": (999, "10 آلاف جندي", HandClaim()),
        "already records this": (arabic, "10 آلاف جندي", HandClaim()),
        "--value must be a number": (arabic, "10 آلاف جندي", HandClaim(value="ten")),
        "unknown unit key 'soldiers'": (arabic, "10 آلاف جندي", HandClaim(unit_key="soldiers")),
        "--unit needs a figure": (arabic, "لافروف", HandClaim(unit_key="soldier")),
        "--said-by is empty": (arabic, "10 آلاف جندي", HandClaim(value="9", said_by=" ")),
        "max_figure_digits": (arabic, "10 آلاف جندي", HandClaim(value="9" * 31)),
        # Five characters typed, a figure of 100,001 digits written out: every later list failed.
        r"limits\.max_figure_digits \(30\)": (arabic, "10 آلاف جندي", HandClaim(value="1e100000")),
        "more than limits.max_figure_digits": (arabic, "10 آلاف جندي", HandClaim(value="2.5E-40")),
    }
    for message, (article_id, text, given) in refused.items():
        with pytest.raises(FactcheckError, match=message):
            service.add_claim_by_hand(store, settings, article_id, text, given)
    assert len(service.list_claims(store, ClaimFilter(status=None, limit=None))) == before


def test_exports_carry_notes_evidence_actor_and_history(
    store: Store, settings: Settings, two_articles: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import export
    from factcheck.store import queries

    arabic, english = two_articles
    blinken = _figure(store, arabic, "10000")
    pentagon = _figure(store, english, "12000")
    service.add_note(store, settings, [blinken], note="asked the embassy", actor="amal")
    service.mark_claims(
        store,
        settings,
        [blinken],
        "disputed",
        note="NIS puts it at 11,000",
        evidence="https://example.org/nis",
    )
    service.add_note(store, settings, [blinken], evidence="https://example.org/map", actor="huda")
    service.mark_claims(store, settings, [pentagon], "dismissed", note="duplicate headline", actor="huda")

    pages: list[int] = []
    counted = queries.histories

    def histories(session: object, ids: list[int]) -> object:
        pages.append(len(ids))
        return counted(session, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(queries, "histories", histories)
    monkeypatch.setattr(service, "_HISTORY_PAGE", 4)
    total = len(service.list_claims(store, ClaimFilter(status=None, limit=None)))

    records = json.loads("".join(export.export_json(service.stream_export(store, None))))
    # the histories come from one cursor merged in claim order, not a query a page
    # (tests/test_export_speed.py counts the queries)
    assert len(records) == total and pages == []
    by_id = {r["id"]: r for r in records}
    assert [
        (e["from"], e["to"], e["note"], e["evidence_url"], e["actor"]) for e in by_id[blinken]["history"]
    ] == [
        ("unverified", "unverified", "asked the embassy", None, "amal"),
        (
            "unverified",
            "disputed",
            "NIS puts it at 11,000",
            "https://example.org/nis",
            service.default_actor(settings),
        ),
        ("disputed", "disputed", None, "https://example.org/map", "huda"),
    ]
    assert (
        by_id[pentagon]["status"] == "dismissed"
        and by_id[pentagon]["history"][0]["note"] == "duplicate headline"
    )
    assert all(r["history"] == [] for r in records if r["id"] not in (blinken, pentagon))
    assert {r["origin"] for r in records} == {"extracted"}

    lines = [
        json.loads(line)
        for line in "".join(export.export_ndjson(service.stream_export(store, None))).splitlines()
    ]
    assert [r["history"] for r in lines] == [r["history"] for r in records]

    rows = {
        row["id"]: row
        for row in csv.DictReader(io.StringIO("".join(export.export_csv(service.stream_export(store, None)))))
    }
    assert (rows[str(blinken)]["last_note"], rows[str(blinken)]["evidence"], rows[str(blinken)]["actor"]) == (
        "NIS puts it at 11,000",
        "https://example.org/nis https://example.org/map",
        "huda",
    )
    assert rows[str(blinken)]["history_count"] == "3" and rows[str(pentagon)]["status"] == "dismissed"

    listed = json.loads(
        "".join(
            export.claims_json(service.stream_claims(store, ClaimFilter(status="disputed"), history=True))
        )
    )
    assert [len(r["history"]) for r in listed] == [3]
    listed_csv = list(
        csv.DictReader(
            io.StringIO(
                "".join(
                    export.claims_csv(
                        service.stream_claims(store, ClaimFilter(status="disputed"), history=True)
                    )
                )
            )
        )
    )
    assert listed_csv[0]["history_count"] == "3"

    reviews = json.loads(
        "".join(export.export_claimreview(service.stream_export(store, None, verdicts_only=True), settings))
    )
    assert [r["reviewBody"] for r in reviews] == ["NIS puts it at 11,000"]


def test_a_version_7_database_gains_the_claims_origin(database_url: str, settings: Settings) -> None:
    """Schema version 8 records where a claim came from; the claims stored before were extracted."""
    from sqlalchemy import text

    from factcheck.store.migrations import CURRENT_VERSION

    first = Store(database_url)
    _add(first, settings, SEED_ARTICLE, "2024-11-01", "ar")
    with first.engine.begin() as connection:
        connection.execute(text("ALTER TABLE claim DROP COLUMN origin"))
        connection.execute(text("UPDATE factcheck_schema SET version = 7"))
    first.close()
    reopened = Store(database_url)
    try:
        with pytest.raises(DatabaseError, match="run `factcheck migrate`"):  # reads never migrate
            service.list_claims(reopened, ClaimFilter(status=None, limit=None))
        assert service.migrate(reopened) == (7, CURRENT_VERSION)
        claims = service.list_claims(reopened, ClaimFilter(status=None, limit=None))
        assert claims and {c.origin for c in claims} == {"extracted"}
        assert reopened.schema_version() == CURRENT_VERSION
        added = service.add_claim_by_hand(reopened, settings, 1, "10 آلاف جندي", HandClaim(value="11000"))
        assert service.get_claim(reopened, added.claim_id).claim.origin == "manual"
    finally:
        reopened.close()


def test_histories_of_a_page_of_claims_dense_or_sparse(
    store: Store, settings: Settings, two_articles: tuple[int, int]
) -> None:
    from factcheck.store import queries

    every = [c.id for c in service.list_claims(store, ClaimFilter(status=None, limit=None))]
    ids = sorted(every)
    for claim_id in ids[::3]:
        service.add_note(store, settings, [claim_id], note=f"note on {claim_id}")
    service.mark_claims(store, settings, [ids[0], ids[-1]], "disputed", note="both")
    expected = {i: [e.id for e in service.get_claim(store, i).events] for i in ids}
    with store.read() as session:
        for page in (ids, [ids[0], ids[-1]], ids[1:4], []):  # a run of ids, two far apart, a few, none
            found = queries.histories(session, page)
            assert {i: [e.id for e in events] for i, events in found.items()} == {
                i: expected[i] for i in page if expected[i]
            }
