"""Build the EN→ES parallel corpus from WordNet 3.0 and Apertium, deterministically.

English side: WordNet example sentences (the quoted strings in each synset's gloss) and the
definition clauses of the glosses, cleaned, deduplicated and bounded to 3–25 words. Spanish side:
Debian's rule-based translator ``apertium -u eng-spa``. The split is a pure function of each
sentence's SHA-256, so it is stable whatever order the sentences are read in.

Usage: python scripts/build_corpus.py --out data/corpus   (needs Debian wordnet-base, apertium-eng-spa)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

WORDNET_DIR = Path("/usr/share/wordnet")
POS_FILES = ("data.noun", "data.verb", "data.adj", "data.adv")
MIN_WORDS, MAX_WORDS = 3, 25
TEST_PER_MILLE, DEV_PER_MILLE = 15, 15  # ~2,500 test and dev pairs each of ~168k
APERTIUM_CHUNK = 20_000


def _clean(text: str) -> str:
    text = text.strip().strip('"').strip()
    text = re.sub(r"\s+", " ", text)
    text = text.replace("``", '"').replace("''", '"')
    return text


def wordnet_sentences(wordnet_dir: Path = WORDNET_DIR) -> list[str]:
    """All usable English lines of WordNet, unique and sorted.

    Examples are the double-quoted parts of a gloss; the definition is what precedes the first
    quote, split into clauses on ';'. A line must start with a letter and hold 3–25 words.
    """
    lines: set[str] = set()
    for name in POS_FILES:
        with open(wordnet_dir / name, encoding="utf-8", errors="replace") as f:
            for raw in f:
                if raw.startswith("  ") or "|" not in raw:
                    continue  # licence header
                gloss = raw.split("|", 1)[1].strip()
                examples = re.findall(r'"([^"]+)"', gloss)
                definition = gloss.split('"', 1)[0]
                parts = [p for p in definition.split(";")] + examples
                for part in parts:
                    text = _clean(part)
                    if not text or not text[0].isalpha():
                        continue
                    n = len(text.split())
                    if MIN_WORDS <= n <= MAX_WORDS and "_" not in text:
                        lines.add(text)
    return sorted(lines)


def split_of(sentence: str) -> str:
    """'test', 'dev' or 'train', from the sentence's SHA-256 (stable across runs and machines)."""
    bucket = int(hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:8], 16) % 1000
    if bucket < TEST_PER_MILLE:
        return "test"
    if bucket < TEST_PER_MILLE + DEV_PER_MILLE:
        return "dev"
    return "train"


def apertium_translate(lines: list[str]) -> list[str]:
    """Translate with ``apertium -u eng-spa``, one process per chunk; line count is checked."""
    if any("\n" in line for line in lines):
        raise ValueError("lines must not contain newlines")
    chunks = [lines[i : i + APERTIUM_CHUNK] for i in range(0, len(lines), APERTIUM_CHUNK)]

    def run(chunk: list[str]) -> list[str]:
        out = subprocess.run(
            ["apertium", "-u", "eng-spa"],
            input="\n".join(chunk) + "\n",
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        got = out.rstrip("\n").split("\n")
        if len(got) != len(chunk):
            raise RuntimeError(f"apertium returned {len(got)} lines for {len(chunk)}")
        return [re.sub(r"\s+", " ", g).strip() for g in got]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, chunks))
    return [line for chunk in results for line in chunk]


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("data/corpus"))
    parser.add_argument("--limit", type=int, default=0, help="keep only the first N sentences (smoke runs)")
    args = parser.parse_args(argv)

    english = wordnet_sentences()
    if args.limit:
        english = english[: args.limit]
    spanish = apertium_translate(english)
    splits: dict[str, list[tuple[str, str]]] = {"train": [], "dev": [], "test": []}
    for en, es in zip(english, spanish):
        if es and len(es.split()) <= 2 * MAX_WORDS:
            splits[split_of(en)].append((en, es))

    args.out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, object] = {
        "source": "WordNet 3.0 (Debian wordnet-base) examples and gloss clauses, 3-25 words",
        "reference": "apertium -u eng-spa (Debian apertium-eng-spa)",
        "files": {},
    }
    files: dict[str, object] = {}
    for split, pairs in splits.items():
        for lang, idx in (("en", 0), ("es", 1)):
            path = args.out / f"{split}.{lang}"
            path.write_text("".join(p[idx] + "\n" for p in pairs), encoding="utf-8")
            files[path.name] = {"lines": len(pairs), "sha256": sha256_file(path)}
    manifest["files"] = files
    (args.out / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(json.dumps(files, indent=2), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
