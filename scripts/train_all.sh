#!/usr/bin/env bash
# Rebuild every shipped model from scratch: corpus → tokenizer → en-es, en-lm, en-es-b, en-es-c.
# Resumable: each step skips what is already done; training resumes from build/work/*/checkpoint.pt.
# Budgets are steps (so a busy machine delays training but does not weaken the model), with a
# wall-clock cap; both can be overridden, e.g. EN_ES_STEPS=3000 THREADS=1 scripts/train_all.sh
set -euo pipefail
PY=${PY:-.venv/bin/python}
EN_ES_STEPS=${EN_ES_STEPS:-3000}; LM_STEPS=${LM_STEPS:-600}; SIB_STEPS=${SIB_STEPS:-1500}
MAX_MIN=${MAX_MIN:-150}; THREADS=${THREADS:-1}
[ -f data/corpus/train.en ] || $PY scripts/build_corpus.py --out data/corpus
[ -f build/tokenizer/tokenizer.json ] || $PY scripts/train_tokenizer.py --corpus data/corpus --out build/tokenizer
train() { # name minutes extra-args...
  local name=$1 steps=$2; shift 2
  [ -f "models/$name/model.safetensors" ] && { echo "models/$name exists, skipping"; return; }
  $PY scripts/train_model.py --out "models/$name" --work "build/work/$name" --minutes "$MAX_MIN" --max-steps "$steps" --threads "$THREADS" --eval-every-min 20 "$@"
}
train en-es "$EN_ES_STEPS" --arch marian --half all --seed 0
train en-lm "$LM_STEPS" --arch gpt2 --layers 4 --seed 0
train en-es-b "$SIB_STEPS" --arch marian --half a --seed 1
train en-es-c "$SIB_STEPS" --arch marian --half b --seed 2
