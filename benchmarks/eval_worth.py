"""Check-worthiness measured as the CLEF CheckThat! lab measures it, beside baselines.

    pip install -e '.[train]'      # the splits come from training/train_worth.py
    python benchmarks/eval_worth.py [--shared PATH] [--ct19-test DIR] [--five-model PATH] [--repeat N]
                                    [--candidate PATH ...]

- Arabic (checkworthy_ar_ct24.tsv): F1 of the positive class on the file's `ct24-dev-test` rows,
  which training never sees; a tweet is check-worthy when `worth` >= the model's threshold.
- English, the lab's own test (benchmarks/data/ct19_test/, the seven annotated test debates of
  CheckThat! 2019 Task 1, which training never reads): MAP as the lab's scorer computes it
  (scorer/main.py of the lab's repository): each debate's lines ranked by score, highest first,
  ties in file order (Python's sort is stable, reverse=True too); a debate's average precision is
  the sum of the precisions at its check-worthy lines divided by its number of check-worthy lines
  (0 for a debate without one); MAP is the plain mean over the debates. Every line counts, the
  audience's "(APPLAUSE)" lines too. Per debate as well, and the lab's published primary runs
  beside ours for context. `--candidate PATH` (repeatable) adds the rows of a model file that is
  not shipped (`train_worth.py --model-dir DIR` writes one), scored the same way: how a pass looks
  at its final candidates on the lab's test (benchmarks/README.md: at most two a pass, named there).
- English, the five debates held out of the training file (training/train_worth.py's
  `--en-debates 14` rule), kept for continuity with issue 13's first eight passes: scored by the
  model trained on the other 14 (`--five-model`, the file shipped until the ninth pass); the
  shipped model is trained on all 19, those five included, so it is not measured there.

Baselines in the same run: all-positive (every row check-worthy; for MAP every row the same score,
so file order), random (uniform scores, seed 13, check-worthy at 0.5), and the hand-set feature
score that `worth` was before the model (issue 6), where a text in which the extractor finds no
claim (no figure and no resolved date) scores 0 and, as a classifier, a text with a claim is
check-worthy. Speed: the model's scoring of one sentence (features, weights, sigmoid; the
extractor's signals computed beforehand), against the hand-set score's on the same sentences
(the baseline of the ratio), and the whole `factcheck worth` path (extractor signals + model),
on the English held-out sentences and on the Arabic dev-test tweets.
Times are the CPU time of the scoring thread (time.thread_time), so that other jobs sharing the
machine's cores do not inflate them; the best of --repeat runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from train_worth import (  # noqa: E402
    DEFAULT_SHARED,
    REFERENCE_DAY,
    SEED,
    Example,
    add_signals,
    ar_split,
    average_precision,
    en_split,
    f1_positive,
    load_ar,
    load_en,
    map_per_document,
)

from factcheck.extract.pipeline import text_signals  # noqa: E402
from factcheck.extract.worth import (  # noqa: E402
    Signals,
    WorthModel,
    forget_text_scores,
    load_model,
    signal_features,
    words_of,
)
from factcheck.lang import Lexicon  # noqa: E402

DEFAULT_CT19_TEST = ROOT / "benchmarks" / "data" / "ct19_test"
DEFAULT_FIVE_MODEL = ROOT / "benchmarks" / "data" / "worth_en_14debates.json.gz"
# The lab's published primary runs on these seven debates (MAP), for context: the evaluation
# table of the lab's repository README (apepa/clef2019-factchecking-task1, "Evaluation
# Results", v2.0 of 2019-05-13) and the overview paper's abstract (Atanasova et al., CLEF 2019
# working notes, CEUR-WS Vol-2380 paper 269: best 0.166, "0.250 on the speeches, and 0.054 on
# the debates").
LAB_PRIMARY_RUNS = (
    ("Copenhagen (best primary run)", 0.1660),
    ("TheEarthIsFlat", 0.1597),
    ("IPIPAN", 0.1332),
    ("Terrier", 0.1263),
    ("UAICS", 0.1234),
    ("Factify", 0.1210),
    ("JUNLP", 0.1162),
    ("nlpir01", 0.1000),
    ("TOBB ETU", 0.0884),
    ("IIT (ISM) Dhanbad", 0.0835),
    ("é proibido cochilar", 0.0796),
    ("Fire", 0.0528),
)


def hand_set_score(text: str, signals: Signals, lex: Lexicon) -> float:
    """The issue-6 feature score: 0 when the extractor finds no claim (no figure, no date)."""
    if signals.qualifier is None and not signals.dated:
        return 0.0
    named = set(signal_features(words_of(text), signals, lex))
    score = (0.50 if signals.qualifier != "vague" else 0.40) if signals.qualifier is not None else 0.25
    score += 0.20 * signals.source + 0.15 * signals.dated + 0.10 * signals.entities
    score -= 0.20 * ("hedge" in named) + 0.25 * ("opinion" in named)
    return round(min(1.0, max(0.0, score)), 2)


def model_scores(
    rows: Sequence[Example], lex: Lexicon, context: bool = True, model: WorthModel | None = None
) -> list[float]:
    """The model's probabilities (the shipped model unless `model`), each row with its
    neighbours in its document (the previous and next debate line) unless `context` is False."""
    model = model or load_model(lex.code)
    assert model is not None, f"no worth model shipped for {lex.code}"
    return [
        model.probability(e.text, e.signals or Signals(), lex, e.neighbours if context else ()) for e in rows
    ]


def random_scores(rows: Sequence[Example]) -> list[float]:
    rng = random.Random(SEED)
    return [rng.random() for _ in rows]


def per_sentence_us(score: Callable[[Example], object], rows: Sequence[Example], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        forget_text_scores()  # time the scoring, not the per-sentence memo of an earlier run
        started = time.thread_time()
        for e in rows:
            score(e)
        best = min(best, time.thread_time() - started)
    return best / len(rows) * 1e6


def arabic(shared: Path, repeat: int) -> tuple[list[str], list[str]]:
    examples = load_ar(shared)
    _, _, test_i = ar_split(examples)
    test = [examples[i] for i in test_i]
    lex = add_signals(test, "ar")
    model = load_model("ar")
    assert model is not None
    labels = [e.label for e in test]
    systems = {
        f"worth model (threshold {model.threshold:.2f}, chosen on dev)": [
            int(s >= model.threshold) for s in model_scores(test, lex)
        ],
        "all-positive": [1] * len(test),
        "random": [int(s >= 0.5) for s in random_scores(test)],
        "hand-set feature score (a claim is found)": [
            int(hand_set_score(e.text, e.signals or Signals(), lex) > 0) for e in test
        ],
    }
    positives = sum(labels)
    lines = [
        f"Arabic, ct24-dev-test: {len(test)} tweets, {positives} check-worthy ({positives / len(test):.0%})",
        "",
        "| system | F1 (positive class) | precision | recall |",
        "|---|---|---|---|",
    ]
    for name, predicted in systems.items():
        tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
        precision = tp / max(1, sum(predicted))
        recall = tp / max(1, positives)
        lines.append(f"| {name} | {f1_positive(labels, predicted):.3f} | {precision:.3f} | {recall:.3f} |")
    return lines, speed(test, lex, repeat, "Arabic dev-test tweets")


def read_model_file(path: Path) -> WorthModel:
    """A worth model from a gzipped model file outside the package (the five-debate table's)."""
    return WorthModel.from_json(json.loads(gzip.decompress(path.read_bytes())))


def english_five(shared: Path, five_model: Path) -> list[str]:
    """The five debates held out of the training file, scored by the model trained on the other
    14 (continuity with the first eight passes of issue 13)."""
    examples = load_en(shared)
    _, held = en_split([e.group for e in examples])
    rows = [e for e in examples if e.group in held]
    lex = add_signals(rows, "en")
    groups = [e.group for e in rows]
    labels = [e.label for e in rows]
    model = read_model_file(five_model)
    systems = {
        f"worth model trained on the other 14 debates ({five_model.name}), with the neighbouring lines": (
            model_scores(rows, lex, model=model)
        ),
        "the same model, each line alone": model_scores(rows, lex, context=False, model=model),
        "all-positive (file order)": [1.0] * len(rows),
        "random": random_scores(rows),
        "hand-set feature score": [hand_set_score(e.text, e.signals or Signals(), lex) for e in rows],
    }
    lines = [
        f"English, the five debates held out of the training file ({', '.join(held)}): "
        f"{len(rows)} sentences, {sum(labels)} check-worthy",
        "",
        "| system | MAP |",
        "|---|---|",
    ]
    for name, scores in systems.items():
        lines.append(f"| {name} | {map_per_document(groups, labels, scores):.3f} |")
    return lines


def read_ct19_test(directory: Path) -> list[Example]:
    """The lab's annotated test debates, one Example per line in file order: the lab's columns
    are line number, speaker, text and label, tab-separated (scorer/main.py splits a line into
    exactly these four); the text is kept as written, its quotes too. Neighbours are the
    previous and next line of the same debate, as in training."""
    paths = sorted(directory.glob("*.tsv"))
    if not paths:
        raise SystemExit(f"Error: no .tsv files in {directory}")
    rows: list[Example] = []
    for path in paths:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        fields = [line.split("\t") for line in lines]
        texts = ["\t".join(f[2:-1]) for f in fields]
        for i, f in enumerate(fields):
            if f[0] != str(i + 1) or f[-1] not in ("0", "1"):
                raise SystemExit(
                    f"Error: {path.name} line {i + 1} is not <line>\\t<speaker>\\t<text>\\t<0|1>"
                )
            neighbours = tuple(texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts))
            rows.append(Example(texts[i], int(f[-1]), path.stem, neighbours))
    return rows


def lab_ap_per_debate(rows: Sequence[Example], scores: Sequence[float]) -> dict[str, float]:
    """Each debate's average precision (the precisions at the check-worthy lines of the ranking,
    summed, over their number), its lines ranked by score, highest first, ties in file order (the
    lab's `sorted(..., reverse=True)` is stable); unlike train_worth's ap_per_document, a debate
    without a check-worthy line counts, as 0.0, as the lab's scorer counts it."""
    by_debate: dict[str, list[tuple[float, int]]] = {}
    for e, s in zip(rows, scores, strict=True):
        by_debate.setdefault(e.group, []).append((s, e.label))
    return {
        debate: average_precision([y for _, y in sorted(pairs, key=lambda p: p[0], reverse=True)])
        for debate, pairs in by_debate.items()
    }


def english_ct19(
    directory: Path, repeat: int, candidates: Sequence[Path] = ()
) -> tuple[list[str], list[str]]:
    rows = read_ct19_test(directory)
    lex = add_signals(rows, "en")
    debates = list(dict.fromkeys(e.group for e in rows))
    model = load_model("en")
    assert model is not None
    systems = {
        "worth model (shipped), with the neighbouring lines": model_scores(rows, lex),
        "worth model (shipped), each line alone": model_scores(rows, lex, context=False),
    }
    for path in candidates:
        other = read_model_file(path)
        systems[f"candidate {path}, with the neighbouring lines"] = model_scores(rows, lex, model=other)
        systems[f"candidate {path}, each line alone"] = model_scores(rows, lex, context=False, model=other)
    systems |= {
        "all-positive (file order)": [1.0] * len(rows),
        "random": random_scores(rows),
        "hand-set feature score": [hand_set_score(e.text, e.signals or Signals(), lex) for e in rows],
    }
    positives = sum(e.label for e in rows)
    shown = directory.relative_to(ROOT) if directory.is_relative_to(ROOT) else directory
    short = [d.split("_", 1)[1] for d in debates]
    lines = [
        f"English, the lab's test (CheckThat! 2019 Task 1, {len(debates)} debates and speeches, "
        f"{shown}): {len(rows)} lines, {positives} check-worthy; scored as the lab's scorer scores",
        "",
        "| system | MAP | " + " | ".join(short) + " |",
        "|---|---|" + "---|" * len(debates),
    ]
    for name, scores in systems.items():
        per = lab_ap_per_debate(rows, scores)
        mean = sum(per.values()) / len(per)
        lines.append(f"| {name} | {mean:.3f} | " + " | ".join(f"{per[d]:.3f}" for d in debates) + " |")
    lines += ["", "The lab's primary runs on the same debates (published, not re-run):", ""]
    lines += ["| team (primary run) | MAP |", "|---|---|"]
    lines += [f"| {team} | {value:.4f} |" for team, value in LAB_PRIMARY_RUNS]
    counts = ", ".join(
        f"{d} {sum(1 for e in rows if e.group == d)}/{sum(e.label for e in rows if e.group == d)}"
        for d in debates
    )
    lines += ["", f"Lines/check-worthy per debate: {counts}"]
    return lines, speed(rows, lex, repeat, "lines of the lab's English test debates")


def speed(rows: Sequence[Example], lex: Lexicon, repeat: int, what: str) -> list[str]:
    model = load_model(lex.code)
    assert model is not None
    modelled = per_sentence_us(
        lambda e: model.probability(e.text, e.signals or Signals(), lex, e.neighbours), rows, repeat
    )
    hand = per_sentence_us(lambda e: hand_set_score(e.text, e.signals or Signals(), lex), rows, repeat)
    sample = rows[:: max(1, len(rows) // 500)]
    whole = per_sentence_us(
        lambda e: model.probability(
            e.text, text_signals(e.text, REFERENCE_DAY, lex.code)[1], lex, e.neighbours
        ),
        sample,
        1,
    )
    return [
        f"Speed on the {len(rows)} {what} (CPU time, best of {repeat} runs):",
        "",
        "| what | µs a sentence | ratio to the hand-set score |",
        "|---|---|---|",
        f"| hand-set feature score (baseline) | {hand:.1f} | 1.0 |",
        f"| worth model scoring | {modelled:.1f} | {modelled / hand:.1f} |",
        f"| extractor signals + worth model ({len(sample)} sentences, `factcheck worth`) | {whole:.0f} | "
        f"{whole / hand:.0f} |",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--ct19-test", type=Path, default=DEFAULT_CT19_TEST)
    parser.add_argument("--five-model", type=Path, default=DEFAULT_FIVE_MODEL)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--candidate",
        type=Path,
        action="append",
        default=[],
        help="a model file that is not shipped, scored on the lab's test beside the shipped one",
    )
    args = parser.parse_args(argv)
    ar_quality, ar_timing = arabic(args.shared, args.repeat)
    print("\n".join(ar_quality), end="\n\n")
    en_quality, en_timing = english_ct19(args.ct19_test, args.repeat, args.candidate)
    print("\n".join(en_quality), end="\n\n")
    print("\n".join(english_five(args.shared, args.five_model)), end="\n\n")
    print("\n".join(en_timing), end="\n\n")
    print("\n".join(ar_timing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
