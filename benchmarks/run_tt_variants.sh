#!/usr/bin/env bash
# Translate-train projection variants for hau/ibo/sna (issue 7, "Closing the gap on hau/ibo/sna" in
# benchmarks/README.workflow.md). Same translations, pairs and NER config/budget as
# benchmarks/run_translate_train.sh; only the alignment symmetrization and the projector change.
# Each trained model is scored on MasakhaNER 2.0 dev (model selection) and test (reported).
#
#   bash benchmarks/run_tt_variants.sh [MAX_STEPS] [LANGS] [VARIANTS]     # from the repository root
#
# Needs corpus/tt/pairs and corpus/tt/test (benchmarks/run_translate_train.sh, or just `spacy project run tt-convert`
# + `xner pair ... --by-id`); ALIGNMENT gdfa also needs corpus/tt/aligned. The main-table models (training/tt)
# are scored on dev only where they exist.
# Resumable: every step is skipped when its output exists. Writes corpus/ttv/, training/ttv/, metrics/ttv/
# (test) and metrics/ttv-dev/ (dev, also for the existing heuristic/ngram/tprojection models of training/tt/).
#
# Seed check (training noise, not part of the main comparison): SEEDS="1 2" SEED_TAGS="tprojection ngram_str_ilp"
# retrains those corpora (corpus/tt/train for the main-table methods, corpus/ttv/train for the variants) with
# --system.seed N, everything else unchanged → training/ttv/LANG.TAG.seedN, metrics/ttv{,-dev}/LANG.ner.TAG.seedN.json.
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_STEPS="${1:-1000}"
LANGS="${2:-hau,ibo,sna}"
# NAME:ALIGNMENT:PROJECTOR[:FLAGS]. ALIGNMENT: gdfa reuses corpus/tt/aligned (the alignments of the main table);
# default runs `xner align` with no options (eflomal, grow-diag-final-and, string-similarity priors);
# union / intersection / grow-diag-final-and rerun eflomal with that symmetrization; a "+flores" suffix adds
# the 1012 FLORES-200 devtest pairs (eng_Latn ↔ <lang>_Latn) as extra eflomal bitext. Variants with the same
# ALIGNMENT share one file, corpus/ttv/aligned/LANG.ALIGNMENT.spacy.
# PROJECTOR is a config file under configs/projection/ or a --method preset (ngram with no FLAGS = the default
# projector: n-grams bounded by the entity, alignment + string score, ILP). FLAGS: extra `xner project` options,
# comma-separated words (no values containing commas), e.g.
#   default:default:ngram    drop:default:ngram:--drop-incomplete    greedy:default:ngram:--solver,greedy
VARIANTS="${3:-ngram_str_ilp:gdfa:ngram_string_ilp.cfg union_ngram_str_ilp:union:ngram_string_ilp.cfg flores_ngram_str_ilp:grow-diag-final-and+flores:ngram_string_ilp.cfg}"
DATA="${XNER_SHARED_DATA:-../shared/data}"
TRAIN_END=13041
NICE=(nice -n "${NICE_LEVEL:-15}")   # the 2-core box is shared: NICE_LEVEL=10 where asked
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
mkdir -p corpus/ttv/{aligned,projected,train,dev,mdev,predicted} training/ttv metrics/ttv metrics/ttv-dev

score() {  # MODEL TAG LANG: predict + evaluate on MasakhaNER 2.0 dev (metrics/ttv-dev) and test (metrics/ttv)
    local model=$1 tag=$2 lang=$3 test_metrics=${4:-metrics/ttv/$3.ner.$2.json}
    if [ ! -f "metrics/ttv-dev/$lang.ner.$tag.json" ]; then
        "${NICE[@]}" python scripts/predict.py "$model" "corpus/ttv/mdev/$lang.spacy" "corpus/ttv/predicted/$lang.dev.$tag.spacy"
        "${NICE[@]}" xner evaluate "corpus/ttv/predicted/$lang.dev.$tag.spacy" "corpus/ttv/mdev/$lang.spacy" \
            --ignore DATE,MISC --output "metrics/ttv-dev/$lang.ner.$tag.json"
    fi
    if [ ! -f "$test_metrics" ]; then
        "${NICE[@]}" python scripts/predict.py "$model" "corpus/tt/test/$lang.spacy" "corpus/ttv/predicted/$lang.test.$tag.spacy"
        "${NICE[@]}" xner evaluate "corpus/ttv/predicted/$lang.test.$tag.spacy" "corpus/tt/test/$lang.spacy" \
            --ignore DATE,MISC --output "$test_metrics"
    fi
}

for lang in ${LANGS//,/ }; do
    [ -f "corpus/ttv/mdev/$lang.spacy" ] || "${NICE[@]}" xner convert "$DATA/masakhaner2/$lang/dev.txt" \
        "corpus/ttv/mdev/$lang.spacy" --lang xx --format masakhaner
    # the existing models of the main table (if trained): dev only (their test metrics stay in metrics/tt/)
    for method in heuristic ngram tprojection; do
        [ -d "training/tt/$lang.$method/model-best" ] || continue
        score "training/tt/$lang.$method/model-best" "$method" "$lang" "metrics/tt/$lang.ner.$method.json"
    done
    for variant in $VARIANTS; do
        IFS=: read -r name sym projector flags <<<"$variant"
        flags=(${flags//,/ })
        if [ "$sym" = gdfa ]; then
            aligned="corpus/tt/aligned/$lang.spacy"
        else
            aligned="corpus/ttv/aligned/$lang.$sym.spacy"
            extra=()
            if [ "${sym%+flores}" != default ]; then
                extra=(--symmetrize "${sym%+flores}")
            fi
            if [[ "$sym" == *+flores ]]; then
                code="${lang}_Latn"; [ "$lang" = swa ] && code=swh_Latn
                extra+=(--bitext "$DATA/flores200-devtest/eng_Latn.devtest:$DATA/flores200-devtest/$code.devtest")
            fi
            [ -f "$aligned" ] || "${NICE[@]}" xner align "corpus/tt/pairs/$lang.spacy" "$aligned" "${extra[@]}"
        fi
        projected="corpus/ttv/projected/$lang.$name.spacy"
        if [ ! -f "$projected" ]; then
            if [[ "$projector" == *.cfg ]]; then
                "${NICE[@]}" xner project "$aligned" "$projected" --config "configs/projection/$projector" "${flags[@]}"
            else
                "${NICE[@]}" xner project "$aligned" "$projected" --method "$projector" "${flags[@]}"
            fi
        fi
        [ -f "corpus/ttv/dev/$lang.$name.spacy" ] || "${NICE[@]}" python scripts/split_corpus.py "$projected" \
            "corpus/ttv/train/$lang.$name.spacy:0:$TRAIN_END" "corpus/ttv/dev/$lang.$name.spacy:$TRAIN_END:"
        if [ ! -d "training/ttv/$lang.$name/model-last" ]; then
            "${NICE[@]}" python -m spacy train configs/ner_cpu.cfg --output "training/ttv/$lang.$name" \
                --paths.train "corpus/ttv/train/$lang.$name.spacy" --paths.dev "corpus/ttv/dev/$lang.$name.spacy" \
                --nlp.lang xx --training.max_steps "$MAX_STEPS" --gpu-id -1
        fi
        score "training/ttv/$lang.$name/model-best" "$name" "$lang"
    done
done

for seed in ${SEEDS:-}; do
    for lang in ${LANGS//,/ }; do
        for tag in ${SEED_TAGS:-tprojection}; do
            corpus=corpus/ttv; [ -f "corpus/tt/train/$lang.$tag.spacy" ] && corpus=corpus/tt
            out="training/ttv/$lang.$tag.seed$seed"
            if [ ! -d "$out/model-last" ]; then
                "${NICE[@]}" python -m spacy train configs/ner_cpu.cfg --output "$out" \
                    --paths.train "$corpus/train/$lang.$tag.spacy" --paths.dev "$corpus/dev/$lang.$tag.spacy" \
                    --nlp.lang xx --training.max_steps "$MAX_STEPS" --gpu-id -1 --system.seed "$seed"
            fi
            score "$out/model-best" "$tag.seed$seed" "$lang"
        done
    done
done
