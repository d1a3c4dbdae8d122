#!/usr/bin/env bash
# Rebuild every shipped model from scratch: corpus → tokenizer → en-es, en-lm, en-es-b, en-es-c.
# Resumable: each step skips what is already done; training resumes from build/work/*/checkpoint.pt.
# Minutes per model can be overridden: EN_ES_MIN=50 LM_MIN=8 SIB_MIN=25 scripts/train_all.sh
set -euo pipefail
PY=${PY:-.venv/bin/python}
EN_ES_MIN=${EN_ES_MIN:-50}; LM_MIN=${LM_MIN:-8}; SIB_MIN=${SIB_MIN:-25}
[ -f data/corpus/train.en ] || $PY scripts/build_corpus.py --out data/corpus
[ -f build/tokenizer/tokenizer.json ] || $PY scripts/train_tokenizer.py --corpus data/corpus --out build/tokenizer
train() { # name minutes extra-args...
  local name=$1 min=$2; shift 2
  [ -f "models/$name/model.safetensors" ] && { echo "models/$name exists, skipping"; return; }
  $PY scripts/train_model.py --out "models/$name" --work "build/work/$name" --minutes "$min" "$@"
}
train en-es "$EN_ES_MIN" --arch marian --half all --seed 0
train en-lm "$LM_MIN" --arch gpt2 --layers 4 --seed 0
train en-es-b "$SIB_MIN" --arch marian --half a --seed 1
train en-es-c "$SIB_MIN" --arch marian --half b --seed 2
