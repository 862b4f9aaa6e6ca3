#!/usr/bin/env bash
# Real-data translate-train benchmark (not CI): given translations of CoNLL-2003 train → eflomal →
# projection with each method → the same CPU NER config and budget on every projected corpus, the
# published projections of the same translations trained side by side → F1 on the target test sets.
#
#   bash benchmarks/run_translate_train.sh [MAX_STEPS] [LANGS] [SEEDS]    # from the repository root
#   nohup bash benchmarks/run_translate_train.sh 1000 > benchmarks/translate_train.log 2>&1 &
#
# Resumable: rerun the same command after a crash; finished languages/methods are skipped
# (weasel deps/outputs + scripts/each.py). Results: metrics/tt/*.json, reports/translate-train.md/.png.
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_STEPS="${1:-1000}"
AFRICAN="${2:-hau,ibo,nya,sna,swa,yor}"
SEEDS="${3:-0,1,2}"   # every label source is trained once per seed; the tables give mean ± sd
DATA="${XNER_SHARED_DATA:-../shared/data}"
COMMON=(--vars.data_dir "$DATA" --vars.tt_max_steps "$MAX_STEPS" --vars.methods "heuristic,ngram" --vars.tt_seeds "$SEEDS")
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false

# MasakhaNER 2.0 test, NLLB-200 translations, baseline: T-Projection (DATE and MISC → O)
python -m spacy project run train-langs . "${COMMON[@]}" --vars.tt_languages "$AFRICAN" \
    --vars.tt_translations nllb200 --vars.tt_baselines tprojection \
    --vars.tt_test "masakhaner2/{lang}/test.txt" --vars.tt_test_format masakhaner \
    --vars.tt_ignore DATE,MISC

# CoNLL-2002 Spanish test and EVALITA-2009 Italian test, DeepL translations, four published aligners
python -m spacy project run train-langs . "${COMMON[@]}" --vars.tt_languages es \
    --vars.tt_translations deepl --vars.tt_baselines "awesome,simalign,fast_align,mgiza" \
    --vars.tt_test "conll-target-langs/{lang}.conll.test.tsv" --vars.tt_dev "conll-target-langs/{lang}.conll.dev.tsv" --vars.tt_test_format iob \
    --vars.tt_ignore DATE
python -m spacy project run train-langs . "${COMMON[@]}" --vars.tt_languages it \
    --vars.tt_translations deepl --vars.tt_baselines "awesome,simalign,fast_align,mgiza" \
    --vars.tt_test "conll-target-langs/it.evalita.test.tsv" --vars.tt_test_format iob \
    --vars.tt_ignore DATE,MISC   # EVALITA-2009 has no MISC

python -m spacy_xner report metrics/tt --output reports/translate-train.md --plot reports/translate-train.png \
    --title "Translate-train (CPU NER, max_steps=$MAX_STEPS)"
