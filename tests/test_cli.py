"""The command line end to end: output, exit codes and error lines.

Most tests run the CLI in this process through `factcheck.cli.run` (the same entry point as the
console script, minus the interpreter start-up); `factcheck_process` runs a real process where
that matters (no traceback reaches the terminal, `python -m factcheck`, what `list` imports).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import run

from .conftest import ROOT, SEED_ARTICLE, seed_claim_count

ERROR_CASES = tomllib.loads((ROOT / "tests" / "cases" / "errors.toml").read_text(encoding="utf-8"))["case"]


def factcheck(
    args: list[str], cwd: Path, stdin: str | bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI in this process with its own working directory, environment and streams."""
    data = stdin.encode() if isinstance(stdin, str) else (stdin or b"")
    saved_env, saved_cwd, saved_stdin = dict(os.environ), Path.cwd(), sys.stdin
    os.environ.update({"FACTCHECK_DATABASE_URL": f"sqlite:///{cwd / 'test.db'}", **(env or {})})
    os.chdir(cwd)
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(args)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
        sys.stdin = saved_stdin
    return subprocess.CompletedProcess(["factcheck", *args], code, out.getvalue(), err.getvalue())


def factcheck_process(
    args: list[str], cwd: Path, stdin: str | bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m factcheck` in a real process."""
    full_env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{cwd / 'test.db'}", **(env or {})}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        input=data if data is not None else b"",
        capture_output=True,
        env=full_env,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed article, added once through the CLI and copied per test."""
    folder = tmp_path_factory.mktemp("seeded")
    added = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], folder)
    assert added.returncode == 0, added.stderr
    assert f"Added article 1 with {seed_claim_count()} claims" in added.stdout
    return folder / "test.db"


@pytest.fixture
def workdir(tmp_path: Path, seeded_db: Path) -> Path:
    shutil.copy(seeded_db, tmp_path / "test.db")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Café: 300 personnes à Genève".encode("latin-1"))
    (tmp_path / "folder").mkdir()
    (tmp_path / "notadb.db").write_bytes(b"not a database at all" * 50)
    with closing(sqlite3.connect(tmp_path / "otherapp.db")) as other, other:
        other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        other.execute("INSERT INTO notes (body) VALUES ('keep me')")
    return tmp_path


def _fill(arg: str, workdir: Path) -> str:
    return arg.format(
        empty=workdir / "empty.txt",
        binary=workdir / "binary.bin",
        latin1=workdir / "latin1.txt",
        folder=workdir / "folder",
        notadb=workdir / "notadb.db",
        otherapp=workdir / "otherapp.db",
        seed=SEED_ARTICLE,
    )


@pytest.mark.parametrize("case", ERROR_CASES, ids=[c["name"] for c in ERROR_CASES])
def test_error_is_one_line_with_its_exit_code(case: dict[str, Any], workdir: Path) -> None:
    before = _dump(workdir / "test.db")
    other_before = (workdir / "notadb.db").read_bytes()
    app_before = (workdir / "otherapp.db").read_bytes()
    folders_before = sorted(p for p in workdir.rglob("*") if p.is_dir())
    result = factcheck([_fill(a, workdir) for a in case["args"]], workdir, stdin=case.get("stdin"))
    assert result.returncode == case["exit"], result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert case["message"] in lines[0]
    assert "Traceback" not in result.stderr
    assert _dump(workdir / "test.db") == before
    assert (workdir / "notadb.db").read_bytes() == other_before
    assert (workdir / "otherapp.db").read_bytes() == app_before
    assert sorted(p for p in workdir.rglob("*") if p.is_dir()) == folders_before


def test_add_then_list_show_mark_articles(workdir: Path) -> None:
    listed = factcheck(["list", "--format", "json"], workdir)
    assert listed.returncode == 0, listed.stderr
    claims = json.loads(listed.stdout)
    assert len(claims) == seed_claim_count()
    assert [c["kind"] for c in claims if c["kind"] != "statement"] == ["figure"] * 5 + ["event"] * 2
    assert {c["status"] for c in claims} == {"unverified"}
    kursk = next(c for c in claims if "كورسك" in c["sentence"] and c["quantity"]["value"] == 8000)
    assert kursk["quantity"]["qualifier"] == "up_to" and kursk["quantity"]["unit_key"] == "soldier"

    table = factcheck(["list"], workdir)
    assert table.returncode == 0
    header, *rows = table.stdout.splitlines()
    assert header.split()[:4] == ["ID", "FIGURE", "QUALIFIER", "NOUN"]
    assert len(rows) == seed_claim_count() and any("10,000" in r for r in rows)

    marked = factcheck(
        ["mark", str(kursk["id"]), "disputed", "--note", "no independent source", "--by", "huda"], workdir
    )
    assert marked.returncode == 0, marked.stderr
    assert "unverified → disputed" in marked.stdout

    shown = factcheck(["show", str(kursk["id"])], workdir)
    assert shown.returncode == 0
    assert "[[8 آلاف]]" in shown.stdout or "[[ما يصل إلى 8 آلاف]]" in shown.stdout
    assert "unverified → disputed  by huda — no independent source" in shown.stdout
    assert "published 2024-11-01 (precision day, from option)" in shown.stdout

    remaining = json.loads(factcheck(["list", "--format", "json"], workdir).stdout)
    assert len(remaining) == seed_claim_count() - 1
    csv_out = factcheck(["list", "--status", "disputed", "--format", "csv"], workdir).stdout.splitlines()
    assert csv_out[0].startswith("id,article_id,status") and len(csv_out) == 2

    articles = factcheck(["articles"], workdir).stdout.splitlines()
    assert articles[0].split()[:3] == ["ID", "LANG", "PUBLISHED"]
    assert articles[1].split()[:6] == ["1", "ar", "2024-11-01", "(option)", str(seed_claim_count() - 1), "0"]


def test_adding_again_says_which_article_it_is(workdir: Path) -> None:
    again = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], workdir)
    assert again.returncode == 0
    assert "Already known as article 1" in again.stdout


def test_add_from_standard_input(tmp_path: Path) -> None:
    text = "Officials said about 300 people were evacuated on Thursday."
    added = factcheck(["add", "-", "--published", "2024-11-01"], tmp_path, stdin=text)
    assert added.returncode == 0, added.stderr
    claims = json.loads(factcheck(["list", "--format", "json"], tmp_path).stdout)
    assert [
        (c["quantity"]["value"], c["quantity"]["qualifier"], c["quantity"]["unit_key"]) for c in claims
    ] == [(300, "approx", "evacuated")]
    assert claims[0]["time"]["start"] == "2024-10-31"


def test_extract_prints_claims_and_stores_nothing(tmp_path: Path) -> None:
    result = factcheck(["extract", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-11-01"
    assert data["article"]["published_origin"] == "option"
    assert data["article"]["language"] == "ar"
    assert [c["kind"] for c in data["claims"]].count("figure") == 5
    assert len(data["claims"]) == seed_claim_count()
    assert not (tmp_path / "test.db").exists()


def test_parse_prints_quantities_and_times(tmp_path: Path) -> None:
    result = factcheck(
        [
            "parse",
            "أعلنت الولايات المتحدة، أمس الخميس، أن ما يصل إلى ثمانية آلاف جندي",
            "--published",
            "2024-11-01",
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "ar"
    assert data["quantities"][0]["value"] == 8000 and data["quantities"][0]["qualifier"] == "up_to"
    assert data["times"][0]["start"] == "2024-10-31"


def test_parse_lines_prints_one_object_per_line(tmp_path: Path) -> None:
    text = "about 300 people\nأكثر من ألف صاروخ\nno figure here\n"
    result = factcheck(["parse", "-", "--lines", "--published", "2024-11-01"], tmp_path, stdin=text)
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["language"] for o in objects] == ["en", "ar", "en"]
    assert [len(o["quantities"]) for o in objects] == [1, 1, 0]


def test_a_stale_expect_says_whether_the_claim_was_ever_in_that_status(workdir: Path) -> None:
    """--expect refuses a claim that moved on ("no longer disputed") and one that never was in
    that status ("was never disputed"), each said as it is, in one line."""
    for args in (["mark", "1", "disputed", "--note", "n"], ["mark", "1", "unverified"]):
        assert factcheck(args, workdir).returncode == 0
    refused = factcheck(["mark", "1", "2", "confirmed", "--note", "n", "--expect", "disputed"], workdir)
    assert refused.returncode == 5
    assert refused.stderr == (
        "Error: claim 1 is no longer disputed (now unverified); claim 2 was never disputed "
        "(it is unverified); nothing was changed\n"
    )
    assert (
        factcheck(["mark", "1", "disputed", "--note", "n", "--expect", "unverified"], workdir).returncode == 0
    )
    again = factcheck(["mark", "1", "confirmed", "--note", "n", "--expect", "unverified"], workdir)
    assert again.stderr == "Error: claim 1 is no longer unverified (now disputed); nothing was changed\n"


def test_only_the_default_database_has_its_folder_made(tmp_path: Path) -> None:
    """A database named by --db in a folder that does not exist is refused (a mistyped folder
    would store the article where nobody looks); the user's own default one is created with its
    folders."""
    named = tmp_path / "typo" / "factcheck.db"
    refused = factcheck(["--db", f"sqlite:///{named}", "add", str(SEED_ARTICLE)], tmp_path)
    assert refused.returncode == 6 and f"no folder {named.parent} for the database" in refused.stderr
    assert not named.parent.exists()
    data = tmp_path / "data"
    env = {"FACTCHECK_DATABASE_URL": "", "XDG_DATA_HOME": str(data)}
    added = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path, env=env)
    assert added.returncode == 0, added.stderr
    assert (data / "factcheck" / "factcheck.db").is_file()


def test_config_relaxes_the_verdict_rule(workdir: Path) -> None:
    config = workdir / "relaxed.toml"
    config.write_text("[marking]\nrequire_source = false\n")
    result = factcheck(["--config", str(config), "mark", "1", "confirmed"], workdir)
    assert result.returncode == 0, result.stderr


def test_list_does_not_import_the_extractor_or_the_web_stack(workdir: Path) -> None:
    probe = (
        "import sys; from factcheck.cli import run; code = run(['list']); "
        "heavy = [m for m in ('dateparser', 'httpx', 'trafilatura', 'htmldate', 'lxml', 'rich', "
        "'factcheck.extract', 'factcheck.extract.numbers', 'factcheck.extract.dates', 'factcheck.ingest', "
        "'fastapi', 'starlette', 'uvicorn', 'jinja2', 'argon2', 'factcheck.web', 'pycld2') "
        "if m in sys.modules]; print(heavy)"
    )
    env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{workdir / 'test.db'}"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=workdir, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_related_conflicts_and_export_commands(workdir: Path) -> None:
    english = ROOT / "tests" / "fixtures" / "articles" / "en_pentagon.txt"
    added = factcheck(["add", str(english), "--published", "2024-11-02", "--lang", "en"], workdir)
    assert added.returncode == 0, added.stderr
    claims = json.loads(
        factcheck(["list", "--status", "all", "--limit", "100", "--format", "json"], workdir).stdout
    )
    arabic = next(
        c for c in claims if c["attribution"] == "أنتوني بلينكن" and c["quantity"]["value"] == 10000
    )
    related = json.loads(factcheck(["related", str(arabic["id"]), "--format", "json"], workdir).stdout)
    assert [c["attribution"] for c in related] == ["Antony Blinken"]

    conflicts = json.loads(factcheck(["conflicts", "--format", "json"], workdir).stdout)
    assert len(conflicts) == 2 and all(len(group["claims"]) >= 2 for group in conflicts)
    assert {group["place"] for group in conflicts} == {"place:kursk", "place:russia"}

    # Blinken and بلينكن are one speaker (person:blinken): --source-of finds both languages.
    by_source = json.loads(factcheck(["list", "--source-of", "Blinken", "--format", "json"], workdir).stdout)
    figures = [c for c in by_source if c["kind"] == "figure"]  # his statements are his too
    assert sorted((c["attribution"], c["quantity"]["value"]) for c in figures) == [
        ("Antony Blinken", 10000),
        ("أنتوني بلينكن", 8000),
        ("أنتوني بلينكن", 10000),
    ]
    assert {c["attribution_key"] for c in by_source} == {"person:blinken"}

    quoted = json.loads(factcheck(["sources", "--format", "json"], workdir).stdout)
    blinken = next(s for s in quoted if s["key"] == "person:blinken")
    assert (blinken["claims"], blinken["unverified"], blinken["articles"]) == (
        len(by_source),
        len(by_source),
        2,
    )
    assert set(blinken["names"]) == {"Antony Blinken", "أنتوني بلينكن"}
    assert [s["claims"] for s in quoted] == sorted((s["claims"] for s in quoted), reverse=True)
    pentagon = next(s for s in quoted if s["key"] == "org:pentagon")
    assert (pentagon["names"], pentagon["claims"]) == (["The Pentagon"], 3)  # the headline's too, in full
    table = factcheck(["sources"], workdir).stdout.splitlines()
    assert table[0].split() == ["SOURCE", "KEY", "CLAIMS", "UNVERIFIED", "ARTICLES", "ALSO", "WRITTEN"]
    assert any("person:blinken" in line for line in table[1:3])
    rows = list(
        csv.reader(io.StringIO(factcheck(["sources", "--format", "csv", "--lang", "en"], workdir).stdout))
    )
    assert rows[0] == ["name", "key", "claims", "unverified", "articles", "dismissed", "names"]
    assert ["Antony Blinken", "person:blinken", "1", "1", "1", "0", "Antony Blinken"] in rows

    marked = factcheck(["mark", str(arabic["id"]), "confirmed", "--note", "briefing", "--propagate"], workdir)
    assert marked.returncode == 0 and "propagated from claim" in marked.stdout
    reviews = json.loads(factcheck(["export", "--format", "claimreview"], workdir).stdout)
    assert len(reviews) == 2 and {r["reviewRating"]["alternateName"] for r in reviews} == {"Confirmed"}
    authors = [r["itemReviewed"]["author"] for r in reviews]
    assert {(a["@type"], a["identifier"]) for a in authors} == {("Person", "person:blinken")}
    assert {a["name"] for a in authors} == {"Antony Blinken", "أنتوني بلينكن"}
    after = json.loads(factcheck(["sources", "--format", "json"], workdir).stdout)
    assert next(s for s in after if s["key"] == "person:blinken")["unverified"] == len(by_source) - 2
    ndjson = factcheck(["export", "--format", "ndjson"], workdir).stdout.splitlines()
    assert len(ndjson) == len(claims)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [(["show", "999"], 4, "no claim with id 999"), (["add", "missing.txt"], 3, "file not found")],
)
def test_a_real_process_prints_one_error_line_and_no_traceback(
    workdir: Path, args: list[str], code: int, message: str
) -> None:
    result = factcheck_process(args, workdir)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {message}")
    assert "Traceback" not in result.stderr


def test_python_dash_m_runs_the_whole_job(tmp_path: Path) -> None:
    added = factcheck_process(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 0, added.stderr
    listed = factcheck_process(["list", "--format", "json"], tmp_path)
    assert len(json.loads(listed.stdout)) == seed_claim_count()


def test_published_as_typed_and_absolute_dateline(tmp_path: Path) -> None:
    """--published as people type it, and an absolute dateline, read with dateparser (issue 11)."""
    text = "Pentagon: troops in Kursk\nPublished: 1 November 2024\nThe Pentagon said 300 troops left."
    result = factcheck(["extract", "-", "--now", "2025-01-15T10:00"], tmp_path, stdin=text)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert (article["published"], article["published_precision"], article["published_origin"]) == (
        "2024-11-01",
        "day",
        "dateline",
    )
    typed = factcheck(
        ["extract", "-", "--lang", "en", "--published", "Nov. 1, 2024 10:15 AM EST"], tmp_path, stdin=text
    )
    assert typed.returncode == 0, typed.stderr
    article = json.loads(typed.stdout)["article"]
    assert (article["published"], article["published_origin"]) == ("2024-11-01T15:15+00:00", "option")
    ordered = factcheck(
        ["extract", "-", "--published", "01/11/2024"],
        tmp_path,
        stdin=text,
        env={"FACTCHECK_EXTRACT_DATE_ORDER": "MDY"},
    )
    assert json.loads(ordered.stdout)["article"]["published"] == "2024-01-11", ordered.stderr


def test_a_claim_keeps_its_event_date_and_its_report_date(tmp_path: Path) -> None:
    """Issue 9: "exports fell in April, the ministry said on Tuesday" keeps both dates."""
    text = "Trade report\nExports fell by 12 percent in April, the ministry said on Tuesday.\n"
    extracted = factcheck(["extract", "-", "--lang", "en", "--published", "2024-11-01"], tmp_path, stdin=text)
    claim = json.loads(extracted.stdout)["claims"][0]
    assert (claim["time"]["text"], claim["time"]["start"]) == ("April", "2024-04-01")
    assert (claim["reported_time"]["text"], claim["reported_time"]["start"]) == ("Tuesday", "2024-10-29")
    added = factcheck(["add", "-", "--lang", "en", "--published", "2024-11-01"], tmp_path, stdin=text)
    assert added.returncode == 0, added.stderr
    shown = factcheck(["show", "1"], tmp_path).stdout
    assert "Time:        April → 2024-04-01 .. 2024-04-30 (month)" in shown
    assert "Reported:    Tuesday → 2024-10-29 (day)" in shown
    listed = json.loads(factcheck(["list", "--format", "json"], tmp_path).stdout)
    assert listed[0]["reported_time"]["start"] == "2024-10-29"


def test_related_pages_a_figure_reported_many_times(workdir: Path) -> None:
    """A figure reported again and again is listed a page at a time, with the count of the rest."""
    for n, outlet in enumerate(("Reuters", "AP", "AFP", "DPA")):
        article = workdir / f"report{n}.txt"
        article.write_text(
            f"Up to 8,000 North Korean troops are in Kursk, {outlet} reported.\n", encoding="utf-8"
        )
        added = factcheck(["add", str(article), "--published", "2024-11-02", "--lang", "en"], workdir)
        assert added.returncode == 0, added.stderr
    claims = json.loads(factcheck(["list", "--format", "json", "--limit", "100"], workdir).stdout)
    first = min(c["id"] for c in claims if "troops are in Kursk" in c["sentence"])
    every = json.loads(factcheck(["related", str(first), "--format", "json"], workdir).stdout)
    assert len(every) >= 3  # the three other reports (and the seed article's "up to 8,000 in Kursk")
    page = factcheck(["related", str(first), "--limit", "1"], workdir)
    assert page.returncode == 0, page.stderr
    rest = f"{len(every) - 1} more linked claims: --limit {len(every)} shows them all."
    assert page.stdout.rstrip().endswith(rest)
    one = json.loads(factcheck(["related", str(first), "--limit", "1", "--format", "json"], workdir).stdout)
    assert [c["id"] for c in one] == [every[0]["id"]]
    refused = factcheck(["related", str(first), "--limit", "0"], workdir)
    assert (
        refused.returncode == 2 and refused.stderr.strip() == "Error: --limit must be a whole number from 1"
    )
