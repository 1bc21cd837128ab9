"""Train the unit readers shipped in factcheck/lang/unit_<code>.json.gz (issue 9, unitmodel28).

    pip install -e '.[train]'
    python training/train_units.py [--lang ar|en|all] [--report PATH] [--out DIR]

What it learns: which of the keys a figure's sentence offers is what the figure counts. Rows are
the figures the tool finds in the labelled development articles (benchmarks/articles/{ar,en},
holdout, holdout2 ... holdout45; never holdout46/47, the gate, nor any later set, nor agreement/),
matched to their labels by benchmarks/eval_articles.py's own functions (`extract_article`'s
reading, `match_figures`), the engine read with its rules' pick only (`analyze_for_claims(...,
read_units=False)`). Each found figure gives one row per CANDIDATE key
(factcheck/extract/unit_model.py `unit_candidates`, the one function the runtime scores too): the
rules' pick, "no key", and every counted noun, unit sign, measure and event word the lexicon
recognises near the figure in its sentence; a candidate's label is 1 when its key is the gold
unit_key. Model: scikit-learn's LogisticRegression (lbfgs, C = C_VALUE, no class weights) over
the candidates' features (DictVectorizer); at run time the candidate of highest score is the
figure's key (the rules' pick is a candidate like the others, so the model learns when to keep it).
One model per language. Nothing is tuned.

The decision rule, written down before any result was seen (2026-11-30 22:20 UTC, unitmodel28):

1. Grouped cross-validation by ARTICLE over every development set of the language: FOLDS folds
   (GroupKFold, shuffled with SEED), each article's figures read by a model fitted on the other
   folds. unit_key accuracy = figures whose chosen key is the gold key / found figures (the key
   eval_articles.py scores).
2. A language's model ships only if its cross-validated accuracy pooled over the last five final
   sets (holdout36 ... holdout45) rises by at least one point (0.010) over the rules' pick AND its
   cross-validated accuracy pooled over every development set does not fall. A language that
   fails keeps the rules' pick (no file shipped for it).
3. Then the gate (/work/helpers/gate.sh) must be no worse on unit_key than lead28's tip;
   otherwise nothing ships.
4. The shipped weights are fitted on every development set of the language.
"""
