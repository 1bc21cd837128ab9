"""Check-worthiness measured as the CLEF CheckThat! lab measures it, beside baselines.

    pip install -e '.[train]'      # the splits come from training/train_worth.py
    python benchmarks/eval_worth.py [--shared PATH] [--repeat N]

- Arabic (checkworthy_ar_ct24.tsv): F1 of the positive class on the file's `ct24-dev-test` rows,
  which training never sees; a tweet is check-worthy when `worth` >= the model's threshold.
- English (checkworthy_en_ct19_train.tsv): mean average precision over the held-out debates
  (training/train_worth.py's documented rule), each debate's sentences ranked by `worth`, ties in
  file order (a stable sort, as the lab's scorer).

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
    en_split,
    f1_positive,
    load_ar,
    load_en,
    map_per_document,
)

from factcheck.extract.pipeline import text_signals  # noqa: E402
from factcheck.extract.worth import (  # noqa: E402
    Signals,
    forget_text_scores,
    load_model,
    signal_features,
    words_of,
)
from factcheck.lang import Lexicon  # noqa: E402


def hand_set_score(text: str, signals: Signals, lex: Lexicon) -> float:
    """The issue-6 feature score: 0 when the extractor finds no claim (no figure, no date)."""
    if signals.qualifier is None and not signals.dated:
        return 0.0
    named = set(signal_features(words_of(text), signals, lex))
    score = (0.50 if signals.qualifier != "vague" else 0.40) if signals.qualifier is not None else 0.25
    score += 0.20 * signals.source + 0.15 * signals.dated + 0.10 * signals.entities
    score -= 0.20 * ("hedge" in named) + 0.25 * ("opinion" in named)
    return round(min(1.0, max(0.0, score)), 2)


def model_scores(rows: Sequence[Example], lex: Lexicon, context: bool = True) -> list[float]:
    """The model's probabilities, each row with its neighbours in its document (the previous
    and next debate line) unless `context` is False."""
    model = load_model(lex.code)
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


def english(shared: Path, repeat: int) -> tuple[list[str], list[str]]:
    examples = load_en(shared)
    _, held = en_split([e.group for e in examples])
    rows = [e for e in examples if e.group in held]
    lex = add_signals(rows, "en")
    groups = [e.group for e in rows]
    labels = [e.label for e in rows]
    systems = {
        "worth model (with the neighbouring lines)": model_scores(rows, lex),
        "worth model, each line alone": model_scores(rows, lex, context=False),
        "all-positive (file order)": [1.0] * len(rows),
        "random": random_scores(rows),
        "hand-set feature score": [hand_set_score(e.text, e.signals or Signals(), lex) for e in rows],
    }
    lines = [
        f"English, held-out debates ({', '.join(held)}): {len(rows)} sentences, {sum(labels)} check-worthy",
        "",
        "| system | MAP |",
        "|---|---|",
    ]
    for name, scores in systems.items():
        lines.append(f"| {name} | {map_per_document(groups, labels, scores):.3f} |")
    return lines, speed(rows, lex, repeat, "held-out English sentences")


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
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    ar_quality, ar_timing = arabic(args.shared, args.repeat)
    print("\n".join(ar_quality), end="\n\n")
    en_quality, en_timing = english(args.shared, args.repeat)
    print("\n".join(en_quality), end="\n\n")
    print("\n".join(en_timing), end="\n\n")
    print("\n".join(ar_timing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
