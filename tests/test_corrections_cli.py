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
