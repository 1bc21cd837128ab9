"""Records a desk can correct (issue 14 §2): an article's publication date corrected, with every
relative date of its claims resolved again and the history saying so, and a page updated at the
same URL stored as a new version of its article; on SQLite and PostgreSQL, against a real HTTP
server on 127.0.0.1 (test_fetch's) for the page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import DatabaseError, NotFoundError, UsageError
from factcheck.store import Claim, Correction, StatusEvent, Store

from .conftest import SEED_ARTICLE, seed_claim_count
from .test_cli import factcheck
from .test_fetch import PAGES, _Handler, server  # noqa: F401  (the fixture server)

SEED_OPTIONS = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")
# In the seed article "أمس الخميس" (yesterday, Thursday) dates the figure "up to 8,000".
YESTERDAY = "أمس الخميس"


def _add_seed(store: Store, settings: Settings) -> int:
    return service.add_source(store, settings, str(SEED_ARTICLE), SEED_OPTIONS).article_id


def _claims(store: Store) -> dict[int, Claim]:
    with store.read() as session:
        return {c.id: c for c in session.exec(select(Claim)).all() if c.id is not None}


def _corrections(store: Store) -> list[Correction]:
    with store.read() as session:
        return list(session.exec(select(Correction).order_by(Correction.id)).all())  # type: ignore[arg-type]


def test_corrected_date_resolves_relative_dates_again(store: Store, settings: Settings) -> None:
    article_id = _add_seed(store, settings)
    before = _claims(store)
    yesterday = next(c for c in before.values() if c.time_text == YESTERDAY)
    assert yesterday.time_start is not None and yesterday.time_start.isoformat() == "2024-10-31"
    service.mark_claims(store, settings, [yesterday.id], "disputed", note="NIS says 11,000", actor="huda")

    done = service.correct_publication(
        store, settings, article_id, "2024-11-08", actor="sami", note="wire date"
    )

    assert done.changed and done.unmatched == 0
    assert done.old == "2024-11-01 (day, option)" and done.new == "2024-11-08 (day, corrected)"
    after = _claims(store)
    assert after.keys() == before.keys()  # the same claims, the same ids
    moved = after[yesterday.id]
    # a Friday's "yesterday, Thursday" is Thursday 2024-11-07 (the named weekday, D44);
    # the status and its history are untouched
    assert (moved.time_start.isoformat(), moved.time_end.isoformat()) == ("2024-11-07", "2024-11-07")
    assert moved.status == "disputed" and moved.time_text == YESTERDAY
    assert [t.claim_id for t in done.times] == sorted(
        i
        for i in after
        if (after[i].time_start, after[i].time_end) != (before[i].time_start, before[i].time_end)
    )
    assert yesterday.id in [t.claim_id for t in done.times]
    for claim_id, claim in after.items():  # nothing but the time moved
        assert (claim.value, claim.sentence, claim.fingerprint, claim.status) == (
            before[claim_id].value,
            before[claim_id].sentence,
            before[claim_id].fingerprint,
            "disputed" if claim_id == yesterday.id else "unverified",
        )
    record = service.article_record(store, article_id)
    assert (record.article.published_origin, record.article.published_precision) == ("corrected", "day")
    assert record.article.published.date().isoformat() == "2024-11-08"
    assert sum(record.counts.values()) == seed_claim_count()
    # the history: one correction for the article, one per claim whose time moved
    corrections = _corrections(store)
    assert [(c.claim_id, c.field) for c in corrections if c.claim_id is None] == [(None, "published")]
    assert [c.claim_id for c in corrections if c.claim_id is not None] == [t.claim_id for t in done.times]
    assert all(c.actor == "sami" for c in corrections)
    detail = service.get_claim(store, yesterday.id)
    assert [(k.old_value, k.new_value) for k in detail.corrections] == [
        ("2024-10-31 (day)", "2024-11-07 (day)")
    ]
    assert [e.to_status for e in detail.events] == ["disputed"]
    assert [k.note for k in record.corrections] == ["wire date"]


def test_the_same_date_again_changes_nothing(store: Store, settings: Settings) -> None:
    article_id = _add_seed(store, settings)
    before = _claims(store)
    done = service.correct_publication(store, settings, article_id, "1 Nov 2024")
    assert not done.changed and done.times == []
    assert _corrections(store) == []
    assert {i: c.time_start for i, c in _claims(store).items()} == {
        i: c.time_start for i, c in before.items()
    }


def test_a_bad_correction_changes_nothing(store: Store, settings: Settings) -> None:
    article_id = _add_seed(store, settings)
    with pytest.raises(UsageError, match="invalid date"):
        service.correct_publication(store, settings, article_id, "2024-13-45")
    with pytest.raises(NotFoundError, match="no article with id 99"):
        service.correct_publication(store, settings, 99, "2024-11-08")
    with pytest.raises(NotFoundError):
        service.article_record(store, 0)
    assert _corrections(store) == []
    with store.read() as session:
        assert session.exec(select(StatusEvent)).all() == []
    assert service.article_record(store, article_id).article.published_origin == "option"


def test_article_command_shows_and_corrects(tmp_path: Path) -> None:
    added = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 0, added.stderr
    shown = factcheck(["article", "1"], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Published:   2024-11-01 (precision day, from option)" in shown.stdout
    assert f"Claims:      {seed_claim_count()} ({seed_claim_count()} unverified" in shown.stdout
    assert "Source:      وكالات" in shown.stdout

    # what people type, as `add --published` reads it
    fixed = factcheck(["article", "1", "--published", "Nov 8, 2024", "--by", "huda"], tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    lines = fixed.stdout.splitlines()
    assert lines[0] == "Article 1: published 2024-11-01 (day, option) → 2024-11-08 (day, corrected)"
    assert any(line.endswith("time 2024-10-31 (day) → 2024-11-07 (day)") for line in lines)

    data = json.loads(factcheck(["article", "1", "--format", "json"], tmp_path).stdout)
    assert (data["id"], data["published"], data["published_origin"]) == (1, "2024-11-08", "corrected")
    assert data["claims"]["unverified"] == seed_claim_count()
    assert [(c["field"], c["old"], c["new"], c["actor"]) for c in data["corrections"]] == [
        ("published", "2024-11-01 (day, option)", "2024-11-08 (day, corrected)", "huda")
    ]
    claims = json.loads(factcheck(["list", "--format", "json", "--limit", "100"], tmp_path).stdout)
    moved = next(c for c in claims if c["time"] and c["time"]["text"] == YESTERDAY)
    show = factcheck(["show", str(moved["id"])], tmp_path).stdout
    assert "time 2024-10-31 (day) → 2024-11-07 (day)  by huda" in show
    assert "published 2024-11-08 (precision day, from corrected)" in show
    shown_json = json.loads(factcheck(["show", str(moved["id"]), "--format", "json"], tmp_path).stdout)
    assert [(c["field"], c["new"]) for c in shown_json["corrections"]] == [("time", "2024-11-07 (day)")]
    assert "2024-11-08 (corrected)" in factcheck(["articles"], tmp_path).stdout

    again = factcheck(["article", "1", "--published", "2024-11-08"], tmp_path)
    assert again.returncode == 0
    assert again.stdout.strip() == "Article 1: already published 2024-11-08 (day, corrected); nothing changed"


# --- add of a known text with another --published ----------------------------------------------


def test_adding_known_text_with_another_date_says_so_and_stores_nothing(
    store: Store, settings: Settings
) -> None:
    article_id = _add_seed(store, settings)
    later = service.ArticleOptions(published=service.parse_published("2024-11-08"), language="ar")
    again = service.add_source(store, settings, str(SEED_ARTICLE), later)
    assert not again.created and again.article_id == article_id
    assert again.published_differs == ("2024-11-01", "2024-11-08")
    assert service.add_source(store, settings, str(SEED_ARTICLE), SEED_OPTIONS).published_differs is None
    undated = service.ArticleOptions(language="ar")
    assert service.add_source(store, settings, str(SEED_ARTICLE), undated).published_differs is None
    assert len(_claims(store)) == seed_claim_count()
    assert _corrections(store) == []
    record = service.article_record(store, article_id)
    assert record.article.published.date().isoformat() == "2024-11-01"


def test_add_names_the_command_that_corrects_the_date(tmp_path: Path) -> None:
    assert factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path).returncode == 0
    again = factcheck(["add", str(SEED_ARTICLE), "--published", "8 November 2024"], tmp_path)
    assert again.returncode == 0, again.stderr  # informative: the text is known, as for any add
    lines = again.stdout.splitlines()
    assert lines[0].startswith("Already known as article 1 (same text")
    assert lines[1] == (
        "Article 1 is stored as published 2024-11-01, not 2024-11-08 as given; "
        "to correct it: factcheck article 1 --published 2024-11-08"
    )
    # the command it names does it
    fixed = factcheck(["article", "1", "--published", "2024-11-08"], tmp_path)
    assert fixed.returncode == 0 and "→ 2024-11-08 (day, corrected)" in fixed.stdout
    same = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-08"], tmp_path)
    assert len(same.stdout.splitlines()) == 1


# --- a page updated at the same URL -----------------------------------------------------------

UPDATED = "/world/gaza-market-strike"  # version 1: ten killed; version 2: twenty


def _serve_version(number: int) -> None:
    body = (PAGES / f"en_update_v{number}.html").read_bytes()
    _Handler.routes[UPDATED] = (200, "text/html; charset=utf-8", body)


def _conflict_values(store: Store) -> set[tuple[int, str]]:
    """(article, figure) of the conflicting death tolls in Gaza."""
    return {
        (article.id, claim.value)
        for group in service.find_conflicts(store)
        if (group.unit_key, group.place) == ("death", "place:gaza")
        for claim, article in group.members
    }


def test_a_changed_page_is_a_new_version_of_its_article(
    server: str,  # noqa: F811
    store: Store,
    settings: Settings,
) -> None:
    url = server + UPDATED
    options = service.ArticleOptions()
    _serve_version(1)
    first = service.add_source(store, settings, url, options)
    assert first.created and (first.version, first.previous_version) == (1, None)
    hits = _Handler.hits[UPDATED]

    _serve_version(2)
    known = service.add_source(store, settings, url, options)  # a known URL is not fetched again
    assert not known.created and known.matched_by == "url" and _Handler.hits[UPDATED] == hits

    second = service.add_source(store, settings, url, options, refresh=True)
    assert _Handler.hits[UPDATED] == hits + 1
    assert second.created and second.article_id != first.article_id
    assert (second.version, second.previous_version) == (2, first.article_id)
    assert second.claim_count > 0 and second.title == "Strike on Gaza market kills 20"

    # the same text again, fetched or not, is the version already stored
    again = service.add_source(store, settings, url, options, refresh=True)
    assert not again.created and again.article_id == second.article_id and again.matched_by == "text"
    latest = service.add_source(store, settings, url, options)
    assert not latest.created and latest.article_id == second.article_id and latest.matched_by == "url"

    newer = service.article_record(store, second.article_id)
    assert (newer.article.version, newer.article.previous_version_id) == (2, first.article_id)
    assert [(c.field, c.old_value, c.new_value) for c in newer.corrections] == [
        ("version", f"article {first.article_id} (version 1)", f"article {second.article_id} (version 2)")
    ]
    older = service.article_record(store, first.article_id)
    assert older.next_version == second.article_id and older.article.version == 1
    summary = {s["id"]: s for s in map(service.article_summary_json, service.list_articles(store))}
    assert (summary[second.article_id]["version"], summary[second.article_id]["previous_version"]) == (
        2,
        first.article_id,
    )
    assert (summary[first.article_id]["version"], summary[first.article_id]["previous_version"]) == (1, None)
    # the toll raised from 10 to 20: the two versions' figures conflict, as any two articles' would
    assert _conflict_values(store) == {(first.article_id, "10"), (second.article_id, "20")}
    # each version keeps its own claims
    with store.read() as session:
        by_article = {
            c.article_id: c.value for c in session.exec(select(Claim).where(Claim.unit_key == "death")).all()
        }
    assert by_article[first.article_id] == "10"


def test_a_page_that_did_not_change_is_no_new_version(
    server: str,  # noqa: F811
    store: Store,
    settings: Settings,
) -> None:
    _serve_version(1)
    url = server + UPDATED
    assert service.add_source(store, settings, url, service.ArticleOptions()).created
    results = service.add_sources(store, settings, [url], service.ArticleOptions(), refresh=True)
    assert [(r.outcome.created, r.outcome.matched_by) for r in results if r.outcome] == [(False, "text")]
    assert len(service.list_articles(store)) == 1


def test_refresh_and_versions_on_the_command_line(server: str, tmp_path: Path) -> None:  # noqa: F811
    url = server + UPDATED
    _serve_version(1)
    assert factcheck(["add", url], tmp_path).stdout.startswith("Added article 1 with ")
    _serve_version(2)
    known = factcheck(["add", url], tmp_path)
    assert known.returncode == 0
    assert "nothing added (--refresh fetches it again)" in known.stdout
    refreshed = factcheck(["add", "--refresh", url], tmp_path)
    assert refreshed.returncode == 0, refreshed.stderr
    assert refreshed.stdout.startswith("Added article 2 with ")
    assert "version 2 of the page (article 1 was the one before): Strike on Gaza market kills 20" in (
        refreshed.stdout
    )
    listing = factcheck(["articles"], tmp_path).stdout.splitlines()
    assert "VERSION" in listing[0]
    assert "2 (after 1)" in listing[1] and listing[1].startswith("2 ")
    data = json.loads(factcheck(["articles", "--format", "json"], tmp_path).stdout)
    assert [(a["id"], a["version"], a["previous_version"]) for a in data] == [(2, 2, 1), (1, 1, None)]
    csv_header = factcheck(["articles", "--format", "csv"], tmp_path).stdout.splitlines()[0]
    assert "version,previous_version" in csv_header
    shown = factcheck(["article", "2"], tmp_path).stdout
    assert "Version:     version 2 of the page · updates article 1" in shown
    assert "new version: article 1 (version 1) → article 2 (version 2)" in shown
    assert (
        "Version:     version 1 of the page · updated by article 2"
        in factcheck(["article", "1"], tmp_path).stdout
    )
    record = json.loads(factcheck(["article", "1", "--format", "json"], tmp_path).stdout)
    assert (record["version"], record["previous_version"], record["next_version"]) == (1, None, 2)
    conflicts = factcheck(["conflicts"], tmp_path).stdout
    assert "death in place:gaza" in conflicts and "article 1" in conflicts and "article 2" in conflicts


def test_a_version_8_database_gains_corrections_and_versions(database_url: str, settings: Settings) -> None:
    """Schema versions 9 and 10 add the corrections and the articles' versions to existing databases."""
    from sqlalchemy import inspect, text

    from factcheck.store.migrations import CURRENT_VERSION

    first = Store(database_url)
    _add_seed(first, settings)
    with first.engine.begin() as connection:
        connection.execute(text("DROP TABLE correction"))
        connection.execute(text("DROP INDEX ix_article_previous_version"))
        connection.execute(text("ALTER TABLE article DROP COLUMN previous_version_id"))
        connection.execute(text("ALTER TABLE article DROP COLUMN version"))
        connection.execute(text("UPDATE factcheck_schema SET version = 8"))
    first.close()
    reopened = Store(database_url)
    try:
        with pytest.raises(DatabaseError, match="run `factcheck migrate`"):  # reads never migrate
            service.list_articles(reopened)
        assert service.migrate(reopened) == (8, CURRENT_VERSION)
        [summary] = service.list_articles(reopened)
        assert (summary.article.version, summary.article.previous_version_id) == (1, None)
        done = service.correct_publication(reopened, settings, summary.article.id, "2024-11-08")
        assert done.changed and len(_corrections(reopened)) == 1 + len(done.times)
        with reopened.engine.connect() as connection:
            assert "ix_article_previous_version" in {
                i["name"] for i in inspect(connection).get_indexes("article")
            }
            assert (
                connection.execute(text("SELECT version FROM factcheck_schema")).scalar_one()
                == CURRENT_VERSION
            )
    finally:
        reopened.close()


def test_a_date_that_stays_put_shows_the_warning_that_moved(store: Store, settings: Settings) -> None:
    """Against a Monday, "yesterday, Thursday" is still Thursday (the named weekday wins, D44): the
    claim keeps its date, and its history says what changed, the time engine's warning."""
    article_id = _add_seed(store, settings)
    yesterday = next(c for c in _claims(store).values() if c.time_text == YESTERDAY)
    done = service.correct_publication(store, settings, article_id, "2024-11-04", actor="sami")
    moved = _claims(store)[yesterday.id]
    assert (moved.time_start.isoformat(), moved.time_end.isoformat()) == ("2024-10-31", "2024-10-31")
    change = next(t for t in done.times if t.claim_id == yesterday.id)
    assert change.old == "2024-10-31 (day)"
    assert change.new.startswith("2024-10-31 (day; the text names Thursday but 2024-11-03 is a Sunday")
    assert change.new.endswith(")") and change.old != change.new


def test_a_claim_added_by_hand_moves_with_the_date(store: Store, settings: Settings) -> None:
    """A claim the extractor does not give keeps its span; its time is found again at its own."""
    article_id = _add_seed(store, settings)
    added = service.add_claim_by_hand(store, settings, article_id, "أعلنت الولايات المتحدة", actor="huda")
    before = _claims(store)[added.claim_id]
    assert before.time_text == YESTERDAY and before.time_start.isoformat() == "2024-10-31"

    done = service.correct_publication(store, settings, article_id, "2024-11-08", actor="sami")

    after = _claims(store)[added.claim_id]
    assert (after.time_start.isoformat(), after.span_start, after.span_end) == (
        "2024-11-07",
        before.span_start,
        before.span_end,
    )
    assert added.claim_id in [t.claim_id for t in done.times] and done.unmatched == 0
