"""The desk's corrections through the command line: what `mark ... dismissed`, `claim add` and
`note` print, and where a dismissed claim shows (its errors are rows of tests/cases/errors.toml)."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import factcheck, seeded_db, workdir

__all__ = ["seeded_db", "workdir"]  # fixtures, used by name


def test_dismiss_lists_apart_and_restore(workdir: Path) -> None:
    dismissed = factcheck(["mark", "1", "dismissed", "--note", "junk figure", "--by", "huda"], workdir)
    assert dismissed.returncode == 0, dismissed.stderr
    assert dismissed.stdout.strip() == "Claim 1: unverified → dismissed"

    queue = json.loads(factcheck(["list", "--format", "json", "--limit", "500"], workdir).stdout)
    assert 1 not in {c["id"] for c in queue}
    apart = json.loads(factcheck(["list", "--status", "Dismissed", "--format", "json"], workdir).stdout)
    assert [(c["id"], c["status"]) for c in apart] == [(1, "dismissed")]
    every = json.loads(
        factcheck(["list", "--status", "all", "--format", "json", "--limit", "500"], workdir).stdout
    )
    assert len(every) == len(queue) + 1

    table = factcheck(["articles"], workdir).stdout.splitlines()
    header = table[0].split()
    assert header[4:8] == ["UNVERIFIED", "CONFIRMED", "DISPUTED", "DISMISSED"]
    assert table[1].split()[7] == "1"  # the date and its origin are two words
    info = factcheck(["info"], workdir).stdout
    counts = f"{len(queue)} ({len(queue)} unverified, 0 confirmed, 0 disputed); 1 dismissed apart"
    assert f"Claims:    {counts}" in info
    shown = factcheck(["show", "1"], workdir).stdout
    assert "Claim 1  [dismissed]" in shown and "unverified → dismissed  by huda — junk figure" in shown

    restored = factcheck(["mark", "1", "unverified"], workdir)
    assert restored.stdout.strip() == "Claim 1: dismissed → unverified"
    assert "No dismissed claims." in factcheck(["list", "--status", "dismissed"], workdir).stdout


def test_note_from_a_file_and_from_standard_input(workdir: Path) -> None:
    (workdir / "note.txt").write_text("Ministry spokesman, by phone:\nthe figure is from August.\n", "utf-8")
    added = factcheck(["note", "1", "2", "--note-file", "note.txt", "--by", "amal"], workdir)
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        "Claim 1: note added (still unverified)",
        "Claim 2: note added (still unverified)",
    ]
    piped = factcheck(["mark", "1", "disputed", "--note", "-"], workdir, stdin="NIS: 11,000\n")
    assert piped.returncode == 0, piped.stderr
    evidence = factcheck(["note", "1", "--evidence", "https://example.org/nis"], workdir)
    assert evidence.returncode == 0, evidence.stderr
    history = json.loads(factcheck(["show", "1", "--format", "json"], workdir).stdout)["history"]
    assert [(e["from"], e["to"], e["note"], e["evidence_url"]) for e in history] == [
        ("unverified", "unverified", "Ministry spokesman, by phone:\nthe figure is from August.", None),
        ("unverified", "disputed", "NIS: 11,000", None),
        ("disputed", "disputed", None, "https://example.org/nis"),
    ]
    shown = factcheck(["show", "1"], workdir).stdout
    assert "note (unverified)  by amal — Ministry spokesman, by phone:\n" in shown


def test_claim_add_by_hand(workdir: Path) -> None:
    added = factcheck(
        [
            "claim",
            "add",
            "1",
            "من بين 10 آلاف جندي",
            "--value",
            "11000",
            "--said-by",
            "Blinken",
            "--by",
            "huda",
        ],
        workdir,
    )
    assert added.returncode == 0, added.stderr
    claim_id = int(added.stdout.split()[2])
    assert added.stdout.strip() == (
        f"Added claim {claim_id} to article 1 by hand: 11,000 · exact · soldier · said by Blinken"
    )
    shown = json.loads(factcheck(["show", str(claim_id), "--format", "json"], workdir).stdout)
    assert (shown["origin"], shown["quantity"]["value"], shown["attribution_key"]) == (
        "manual",
        11000,
        "person:blinken",
    )
    assert [(e["note"], e["actor"]) for e in shown["history"]] == [("added by hand", "huda")]
    assert "(added by hand)" in factcheck(["show", str(claim_id)], workdir).stdout.splitlines()[0]
