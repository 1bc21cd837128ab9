"""The desk shows and accepts the corrections of issue 14 §2: a claim dismissed with a reason
from the claim page, listed apart in the queue, and restored (SQLite and PostgreSQL)."""

from __future__ import annotations

from factcheck import service
from factcheck.config import Settings
from factcheck.service import HandClaim

from .test_web import Desk, _cheap_password_hashing, desk, seeded

__all__ = ["_cheap_password_hashing", "desk", "seeded"]  # fixtures, used by name


def test_dismiss_from_the_claim_page_and_restore(desk: Desk, seeded: service.Store) -> None:
    page = desk.client.get("/claims/3").text
    assert 'name="status" value="dismissed"' in page
    response = desk.post(
        "/claims/3/mark",
        {"status": "dismissed", "note": "duplicated headline", "expect": "unverified"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = desk.client.get("/claims/3").text
    assert "unverified → dismissed by <strong>huda</strong>" in page and "duplicated headline" in page
    assert 'class="status status-dismissed"' in page
    assert 'data-claim="3"' not in desk.client.get("/").text  # out of the queue
    assert 'data-claim="3"' in desk.client.get("/?status=dismissed").text
    assert ">dismissed</th>" in desk.client.get("/articles").text

    desk.post("/claims/3/mark", {"status": "unverified", "expect": "dismissed"}, follow_redirects=False)
    assert service.get_claim(seeded, 3).claim.status == "unverified"
    assert 'data-claim="3"' in desk.client.get("/").text


def test_notes_and_claims_added_by_hand_show_on_the_claim_page(
    desk: Desk, seeded: service.Store, settings: Settings
) -> None:
    service.add_note(seeded, settings, [3], note="asked the embassy", actor="amal")
    page = desk.client.get("/claims/3").text
    assert "note (unverified) by <strong>amal</strong>" in page and "asked the embassy" in page
    added = service.add_claim_by_hand(
        seeded, settings, 1, "من بين 10 آلاف جندي", HandClaim(value="11000"), actor="huda"
    )
    page = desk.client.get(f"/claims/{added.claim_id}").text
    assert "<dt>Origin</dt><dd>added by hand</dd>" in page
    assert "note (unverified) by <strong>huda</strong>" in page and "added by hand" in page
