#!/usr/bin/env bash
# The CPU NER recipe screen of issue 29 (not CI): one training recipe on the projected corpora of a project
# folder where `spacy project run tt-convert` and `tt-project` (and tt-train's split) have run, scored on
# MasakhaNER 2.0 dev and test with DATE and MISC → O. Every item is one `spacy train` on configs/ner_cpu.cfg
# as tt-train runs it, plus the recipe's overrides; settings are chosen on dev, test is reported once.
#
#   bash benchmarks/run_tt_recipe.sh PROJECT VARIANT LANGS METHODS SEEDS
#   bash benchmarks/run_tt_recipe.sh /work/ttrun base sna,ibo,hau ngram 0,1
#
# VARIANT: base (1000 steps) | avg (+ parameter averaging) | long (3000 steps + averaging)
#          | vec (floret vectors from the translations + raw text, benchmarks/train_vectors.py)
#          | self (a self-training round on the MasakhaNER 2.0 train words, labels dropped, on top of base)
# Output: $OUT (default benchmarks-out/tt_recipe)/metrics/<lang>.<method>.<variant>.seed<k>.<dev|test>.json
set -euo pipefail
PROJECT=$(realpath "$1"); VARIANT=$2; LANGS=${3//,/ }; METHODS=${4//,/ }; SEEDS=${5//,/ }
DATA=$(realpath "${XNER_SHARED_DATA:-$(dirname "$0")/../../shared/data}")
REPO=$(realpath "$(dirname "$0")/..")
OUT=$(realpath -m "${OUT:-benchmarks-out/tt_recipe}")
mkdir -p "$OUT"/{training,pred,metrics,raw,vectors,self}
C="$PROJECT/corpus/tt"

raw() {  # the MasakhaNER 2.0 train split's words: unlabeled target text
    [ -f "$OUT/raw/$1.spacy" ] || xner convert "$DATA/masakhaner2/$1/train.txt" "$OUT/raw/$1.spacy" --lang xx \
        --format masakhaner --words-only
}

train() {  # lang method seed tag train-corpus [overrides...]
    local l=$1 m=$2 s=$3 tag=$4 data=$5 steps=1000; shift 5
    [ "$tag" = long ] && steps=3000
    local out="$OUT/training/$l.$m.$tag.seed$s"
    [ -f "$OUT/metrics/$l.$m.$tag.seed$s.test.json" ] && return
    python -m spacy train "$REPO/configs/ner_cpu.cfg" --output "$out" --paths.train "$data" \
        --paths.dev "$C/dev/$l.$m.spacy" --nlp.lang xx --training.max_steps $steps --system.seed "$s" "$@" > "$out.log" 2>&1
    for split in dev test; do
        local gold="$C/test/$l.spacy"; [ $split = dev ] && gold="$C/dev-gold/$l.spacy"
        python "$REPO/scripts/predict.py" "$out/model-best" "$gold" "$OUT/pred/$l.$m.$tag.seed$s.$split.spacy"
        xner evaluate "$OUT/pred/$l.$m.$tag.seed$s.$split.spacy" "$gold" --ignore DATE,MISC \
            --output "$OUT/metrics/$l.$m.$tag.seed$s.$split.json"
    done
}

for s in $SEEDS; do for l in $LANGS; do for m in $METHODS; do
    case $VARIANT in
        base) train $l $m $s base "$C/train/$l.$m.spacy" ;;
        avg) train $l $m $s avg "$C/train/$l.$m.spacy" --training.optimizer.use_averages true ;;
        long) train $l $m $s long "$C/train/$l.$m.spacy" --training.optimizer.use_averages true ;;
        vec)
            raw $l
            [ -d "$OUT/vectors/$l" ] || python "$REPO/benchmarks/train_vectors.py" "$C/translations/$l.spacy" \
                "$OUT/raw/$l.spacy" "$OUT/vectors/$l"
            train $l $m $s vec "$C/train/$l.$m.spacy" --paths.vectors "$OUT/vectors/$l" \
                --components.tok2vec.model.embed.include_static_vectors true ;;
        self)
            raw $l
            train $l $m $s base "$C/train/$l.$m.spacy"
            [ -f "$OUT/self/$l.$m.seed$s.spacy" ] || xner self-label "$OUT/training/$l.$m.base.seed$s/model-best" \
                "$OUT/raw/$l.spacy" "$OUT/self/$l.$m.seed$s.spacy" --add "$C/train/$l.$m.spacy"
            train $l $m $s self "$OUT/self/$l.$m.seed$s.spacy" ;;
        *) echo "unknown variant $VARIANT" >&2; exit 2 ;;
    esac
done; done; done
