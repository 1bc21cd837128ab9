"""How `factcheck` reads the language of every labelled text we have, when no --lang is given.

Counts only, per set and per expected language: how many texts are read as each shipped
language and how many are refused (a language no lexicon reads). The gate sets (holdout52 and
holdout53, thirty-third session) and the final blind sets (holdout54 and holdout55) are not opened
unless `--blind` is given (the lead's call: no helper opens them), and then counted only, no
text, file name or refusal name of theirs printed; for the other sets,
`--show` names the refused texts' language.

Sets: every article set under benchmarks/articles (expected: its folder's language), the seed and
walkthrough examples, the case tables' inputs (tests/cases/<lang>/*.toml), the public short texts
of /work/shared/eval or $FACTCHECK_EVAL (check-worthiness tweets and sentences, fact-checked
claims: short texts must fall back to the script rule), and tests/cases/languages/paragraphs.toml
(real leads in languages no lexicon reads, and Arabic ones that must stay Arabic).

Then the cost (--cost): the CPU time an article of the detection (`detect_language`) beside the
script rule alone (`script_language`, the detection before the language detector) and the
extraction (`extract`) on the development articles, in the same run, medians of --rounds
alternating rounds.

    python benchmarks/eval_language.py [--show] [--blind] [--cost] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.errors import InputError
from factcheck.extract.pipeline import detect_language, extract, script_language

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "benchmarks" / "articles"
BLIND = frozenset({"holdout52", "holdout53", "holdout54", "holdout55"})
EVAL = Path(os.environ.get("FACTCHECK_EVAL", "/work/shared/eval"))
# (file, column of the text, expected language) of the public short-text sets.
SHORT_SETS = (
    ("checkworthy_en_ct19_train.tsv", "text", "en"),
    ("checkworthy_ar_ct24.tsv", "text", "ar"),
    ("claims_en_quantemp.tsv", "claim", "en"),
    ("claims_ar_arafacts.tsv", "claim", "ar"),
)

Labelled = tuple[str, str, str]  # (set, expected language or "refused: NAME", text)


# The labelled article folders, named one by one (never a glob over benchmarks/articles).
ARTICLE_SETS = ("", "holdout", *(f"holdout{n}" for n in range(2, 56)), "wild31")


def article_sets(blind: bool = False) -> list[tuple[str, Path]]:
    """(set name, folder) of every labelled article folder; the blind ones only when `blind`."""
    return [
        (name or "articles", ARTICLES / name / lang)
        for name in ARTICLE_SETS
        if blind or (name or "articles") not in BLIND
        for lang in ("ar", "en")
    ]


def labelled_texts(blind: bool = False) -> Iterator[Labelled]:
    """Every labelled text; the blind gate sets' articles only when `blind` (never opened else)."""
    for name, folder in article_sets(blind):
        for path in sorted(folder.glob("*.toml")):
            yield name, folder.name, tomllib.loads(path.read_text(encoding="utf-8"))["text"]
    yield "examples", "ar", (ROOT / "examples" / "000_2e4104477adbd184.txt").read_text(encoding="utf-8")
    yield "examples", "en", (ROOT / "examples" / "pentagon.txt").read_text(encoding="utf-8")
    for line in (ROOT / "examples" / "posts.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield "examples (posts)", script_language(line), line
    for lang in ("ar", "en"):
        for table in sorted((ROOT / "tests" / "cases" / lang).glob("*.toml")):
            for rows in tomllib.loads(table.read_text(encoding="utf-8")).values():
                for row in rows if isinstance(rows, list) else []:
                    if isinstance(row, dict) and "text" in row:
                        yield "case tables", lang, row["text"]
    for file, column, lang in SHORT_SETS:
        if (EVAL / file).exists():
            for text in tsv_column(EVAL / file, column):
                yield f"eval {file}", lang, text
    paragraphs = tomllib.loads(
        (ROOT / "tests" / "cases" / "languages" / "paragraphs.toml").read_text("utf-8")
    )
    for row in paragraphs["paragraph"]:
        yield "paragraphs.toml", row["expected"], row["text"]


def tsv_column(path: Path, column: str) -> Iterator[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("# columns:")).removeprefix("# columns:").split()
    index = header.index(column)
    for line in lines:
        if not line.startswith("#"):
            yield line.split("\t")[index]


def read_as(text: str, detect: Callable[[str], str] = detect_language) -> str:
    """The language `add` reads the text as (or the script rule alone, `detect`), or "refused: NAME"."""
    try:
        return detect(text)
    except InputError as refused:
        message = str(refused)
        name = message.split("is in ", 1)[1] if "is in " in message else message.split("written in ", 1)[1]
        return "refused: " + name.split(",", 1)[0].removesuffix(" letters")


def counts(show: bool, blind: bool) -> None:
    table: dict[tuple[str, str], Counter[str]] = {}
    for name, expected, text in labelled_texts(blind):
        got = read_as(text)
        blind = name in BLIND
        shown = got if show and not blind else ("refused" if got.startswith("refused") else got)
        read = table.setdefault((name, expected.split(":")[0]), Counter())
        read[shown] += 1
        read["(not the script rule's)"] += got != read_as(text, script_language)
    print(f"{'set':38} {'expected':9} {'texts':>6}  read as (and how many not as the script rule reads them)")
    for (name, expected), read in table.items():
        changed = read.pop("(not the script rule's)")
        print(
            f"{name:38} {expected:9} {read.total():6}  "
            + ", ".join(f"{k} {v}" for k, v in sorted(read.items()))
            + f" ({changed} not the script rule's)"
        )


def cost(rounds: int) -> None:
    """CPU time an article of the script rule alone (the detection before the language
    detector), of the whole detection, and of the extraction, alternating in each round."""
    texts = [
        text
        for name, expected, text in labelled_texts()
        if expected in ("ar", "en") and name.startswith(("articles", "holdout"))
    ]
    published = date(2024, 11, 1)
    steps: dict[str, Callable[[str], object]] = {
        "script rule": script_language,
        "detection": detect_language,
        "extraction": lambda text: extract(text, published, "auto"),
    }
    for text in texts[:5]:
        for step in steps.values():
            step(text)  # warm: imports, lexicons, the detector's tables
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            start = time.process_time()
            for text in texts:
                step(text)
            times[name].append((time.process_time() - start) / len(texts))
    script, detection, extraction = (statistics.median(times[name]) for name in steps)
    added = detection - script
    print(
        f"{len(texts)} development articles, medians of {rounds} rounds, load {os.getloadavg()[0]:.1f},"
        f" CPU ms an article: script rule {script * 1e3:.3f}, detection {detection * 1e3:.3f}"
        f" (the detector adds {added * 1e3:.3f}), extraction {extraction * 1e3:.2f};"
        f" added / extraction = {added / extraction:.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="name the refused languages (not of blind sets)")
    parser.add_argument(
        "--blind",
        action="store_true",
        help="also count the blind gate sets (the lead only; counts, nothing shown)",
    )
    parser.add_argument("--cost", action="store_true", help="also measure the detector against extraction")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    counts(args.show, args.blind)
    if args.cost:
        cost(args.rounds)


if __name__ == "__main__":
    main()
