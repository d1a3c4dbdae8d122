"""Occupation × pronoun sentences for the gender-bias work (#17): training pairs and the evaluation set.

In "The doctor said that she was tired" the pronoun fixes the doctor's gender, so the Spanish must
say *la doctora*. Apertium (the corpus's teacher) has no coreference and writes *el doctor*. This
script builds both

- **training pairs** for the variant model ``models/en-es-g``: English from ``TRAIN_FRAMES`` ×
  ``OCCUPATIONS``, with the pronoun drawn at a *biased* ratio (``--stereotype-share``, 0.8: a
  stereotypically male occupation gets *he* 80 % of the time), and Spanish from Apertium whose
  occupation noun, its determiner and adjacent adjectives are regenerated in the pronoun's gender
  through Apertium's own Spanish generator (the forms exist in its dictionary; the training text never
  asked for them);
- **the evaluation set** ``data/bias/templates.tsv``: ``EVAL_FRAMES`` (6, never used for training or for
  choosing a mitigation; 3 with the occupation first, 3 with it after other words) × ``EVAL_OCCUPATIONS``
  (40) × he/she = 480 sentences, gold gender fixed by the pronoun by construction, with the same
  regenerated Spanish as a reference.

How the Spanish is made: the English sentence is sent through Apertium's pipeline up to the last transfer
stage with the occupation replaced by *doctor* (a regular noun every stage knows, so unknown English words
such as *janitor* cannot derail the transfer), then the ``doctor<n>`` lexical unit becomes the
occupation's Spanish lemma in the gold gender (or ``<mf>`` for invariable nouns such as *periodista*),
determiners and adjacent adjectives take the gold gender, and ``lt-proc -g`` generates the words.

Usage:
  python scripts/gender_templates.py eval  --out data/bias/templates.tsv
  python scripts/gender_templates.py train --out build/gender/gender --seed 0 --stereotype-share 0.8
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

PAIR = Path("/usr/share/apertium/apertium-eng-spa")
PLACEHOLDER = "doctor"


@dataclass(frozen=True)
class Occupation:
    en: str
    es: str  # Spanish lemma (masculine citation form)
    invariable: bool  # one form for both genders; the determiner carries the gender (el/la periodista)
    stereotype: str  # "male" or "female": the gender the occupation is stereotypically associated with


def _occ(spec: str, stereotype: str) -> list[Occupation]:
    out = []
    for item in spec.split():
        en, es = item.split("=")
        inv = es.endswith("*")
        out.append(Occupation(en.replace("_", " "), es.rstrip("*"), inv, stereotype))
    return out


# Stereotypes follow the WinoBias split (US labour statistics) where the occupation is in it.
# Spanish lemmas: Apertium's own choice where it has a right one; '*' marks invariable nouns.
OCCUPATIONS: list[Occupation] = _occ(
    "carpenter=carpintero mechanic=mecánico laborer=peón driver=conductor developer=desarrollador "
    "farmer=granjero guard=guardia* chief=jefe lawyer=abogado physician=médico manager=gerente* "
    "supervisor=supervisor salesperson=vendedor cook=cocinero janitor=conserje* analyst=analista* "
    "engineer=ingeniero architect=arquitecto surgeon=cirujano pilot=piloto* firefighter=bombero "
    "plumber=fontanero soldier=soldado* programmer=programador scientist=científico "
    "mathematician=matemático banker=banquero officer=agente* detective=detective* politician=político "
    "president=presidente painter=pintor builder=constructor captain=capitán economist=economista* "
    "inventor=inventor boss=jefe director=director doctor=doctor professor=profesor worker=trabajador",
    "male",
) + _occ(
    "cashier=cajero teacher=profesor nurse=enfermero assistant=ayudante* secretary=secretario "
    "auditor=auditor cleaner=limpiador receptionist=recepcionista* clerk=empleado counselor=consejero "
    "designer=diseñador hairdresser=peluquero writer=escritor baker=panadero accountant=contable* "
    "editor=editor librarian=bibliotecario dancer=bailarín singer=cantante* babysitter=niñero "
    "therapist=terapeuta* pharmacist=farmacéutico psychologist=psicólogo translator=traductor "
    "florist=florista* dentist=dentista* journalist=periodista* author=autor photographer=fotógrafo "
    "student=estudiante* neighbour=vecino musician=músico artist=artista* poet=poeta* "
    "attendant=encargado instructor=instructor advisor=asesor employee=empleado customer=cliente "
    "citizen=ciudadano",
    "female",
)

# The 40 occupations of the evaluation: WinoBias's 20 + 20, as far as Apertium's Spanish has both forms.
EVAL_OCCUPATIONS = (
    "carpenter mechanic laborer driver developer farmer guard chief lawyer physician manager supervisor "
    "salesperson cook janitor analyst engineer architect surgeon firefighter "
    "cashier teacher nurse assistant secretary auditor cleaner receptionist clerk counselor designer "
    "hairdresser writer baker accountant editor librarian dancer singer pharmacist"
).split()

# {A} is the article (The/A/An/My…), {o} the occupation; pronouns: {S}/{s} subject, {p} possessive,
# {m} object, {r} reflexive. Training and evaluation frames never share a sentence pattern.
TRAIN_FRAMES = [
    "{A} {o} finished {p} work early.",
    "{A} {o} lost {p} keys yesterday.",
    "{S} works as a {o} in the city.",
    "{A} {o} thought that {s} would win.",
    "{A} {o} told us that {s} was happy.",
    "{A} {o} drove {p} car to work.",
    "{A} {o} explained that {s} needed more time.",
    "{A} {o} ate {p} lunch quickly.",
    "{S} is a good {o}.",
    "{A} {o} called {p} mother.",
    "{A} {o} introduced {r} to the team.",
    "{A} {o} left because {s} was sick.",
    "{A} {o} smiled when {s} saw the results.",
    "When the {o} arrived, {s} opened the door.",
    "{A} {o} knew that {s} had made a mistake.",
    "{A} {o} wrote {p} name on the paper.",
    "{A} {o} hoped that {s} would get the job.",
    "{A} {o} sold {p} house last year.",
    "{A} {o} read a book while {s} waited.",
    "{A} {o} is proud of {p} children.",
    "{A} {o} was late, so {s} took a taxi.",
    "{A} {o} felt that {s} deserved more money.",
    "{A} {o} met {p} friends at the station.",
    "{A} {o} bought a gift for {p} son.",
    "{S} became a {o} last year.",
    "{A} {o} cleaned {p} desk.",
    "{A} {o} answered the phone because {s} was alone.",
    "{A} {o} said that {s} liked the plan.",
    "{A} {o} worked late because {s} had a lot of work.",
    "{A} {o} walked home after {s} finished.",
    "{A} {o} asked if {s} could help.",
    "{A} {o} washed {p} hands.",
    "{S} was a famous {o}.",
    "{A} {o} promised that {s} would return.",
    "{A} {o} carried {p} bag to the office.",
    "{A} {o} lives with {p} family.",
]
# Frames for choosing a mitigation's settings (never trained on, never reported as the evaluation).
DEV_FRAMES = [
    "The {o} said that {s} was busy.",
    "The {o} opened {p} letters.",
    "The {o} admitted that {s} was wrong.",
    "After the long meeting, the {o} told everyone that {s} was leaving.",
    "Yesterday the {o} went home early because {s} felt sick.",
]
# Half the evaluation puts the occupation after other words: a model that only learned "sentence-initial
# article + she → la" passes the first three and fails these.
EVAL_FRAMES = [
    "The {o} said that {s} was tired.",
    "The {o} forgot {p} umbrella at home.",
    "The {o} believed that {s} was right.",
    "At the end of the day, the {o} said that {s} needed a break.",
    "Last week the {o} told me that {s} had won a prize.",
    "Every morning the {o} drinks coffee before {s} starts work.",
]
ARTICLES = ["The", "The", "The", "A", "My", "Our", "That"]
PRONOUNS = {
    "male": {"S": "He", "s": "he", "p": "his", "m": "him", "r": "himself"},
    "female": {"S": "She", "s": "she", "p": "her", "m": "her", "r": "herself"},
}


def fill(frame: str, occupation: str, gender: str, article: str = "The") -> str:
    text = frame.replace("{A}", article)
    text = text.format(o=occupation, **PRONOUNS[gender])
    # a/an before the occupation
    return re.sub(r"\b([Aa]) ([aeiouAEIOU])", lambda m: m.group(1) + "n " + m.group(2), text)


def _apertium_lexical(lines: list[str]) -> list[str]:
    """Apertium eng-spa up to (and including) the last transfer stage: one line of lexical units each."""
    d = PAIR
    stages = [
        ["lt-proc", str(d / "eng-spa.automorf.bin")],
        ["apertium-tagger", "-g", str(d / "eng-spa.prob")],
        ["apertium-pretransfer"],
        ["apertium-transfer", "-n", str(d / "apertium-eng-spa.eng-spa.genitive.t1x"), str(d / "eng-spa.genitive.bin")],
        ["lt-proc", "-b", str(d / "eng-spa.autobil.bin")],
        ["lrx-proc", "-m", str(d / "eng-spa.autolex.bin")],
        ["apertium-transfer", "-b", str(d / "apertium-eng-spa.eng-spa.t1x"), str(d / "eng-spa.t1x.bin")],
        ["apertium-interchunk", str(d / "apertium-eng-spa.eng-spa.t2x"), str(d / "eng-spa.t2x.bin")],
        ["apertium-postchunk", str(d / "apertium-eng-spa.eng-spa.t3x"), str(d / "eng-spa.t3x.bin")],
    ]
    text = "".join(line + "\n" for line in lines)
    for cmd in stages:
        text = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True).stdout
    out = text.rstrip("\n").split("\n")
    if len(out) != len(lines):
        raise RuntimeError(f"apertium returned {len(out)} lines for {len(lines)}")
    return out


def _generate(lex_lines: list[str]) -> list[str]:
    text = "".join(line + "\n" for line in lex_lines)
    for cmd in (["lt-proc", "-g", str(PAIR / "eng-spa.autogen.bin")], ["lt-proc", "-p", str(PAIR / "eng-spa.autopgen.bin")]):
        text = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True).stdout
    out = text.rstrip("\n").split("\n")
    if len(out) != len(lex_lines):
        raise RuntimeError(f"lt-proc -g returned {len(out)} lines for {len(lex_lines)}")
    return [re.sub(r"\s+", " ", o).strip() for o in out]


_UNIT = re.compile(r"\^([^$]*)\$")


def regender(lex_line: str, occ: Occupation, gender: str) -> str:
    """Swap the placeholder noun for ``occ`` in ``gender``; its determiner and adjectives agree."""
    g = "f" if gender == "female" else "m"
    units = list(_UNIT.finditer(lex_line))
    at = next((i for i, u in enumerate(units) if u.group(1).lower().startswith(PLACEHOLDER + "<n>")), None)
    if at is None:
        raise ValueError(f"no {PLACEHOLDER}<n> in {lex_line!r}")
    new: dict[int, str] = {}
    num = "pl" if "<pl>" in units[at].group(1) else "sg"
    new[at] = f"{occ.es}<n><{'mf' if occ.invariable else g}><{num}>"
    # determiner and adjectives before the noun (la nueva doctora), adjectives right after it
    j = at - 1
    while j >= 0 and re.search(r"<(adj|det)>", units[j].group(1)):
        body = units[j].group(1)
        new[j] = re.sub(r"<(m|f)>", f"<{g}>", body)  # mi/su are <mf> and stay as they are
        if "<det>" in body:
            break
        j -= 1
    k = at + 1
    while k < len(units) and "<adj>" in units[k].group(1):
        new[k] = re.sub(r"<(m|f)>", f"<{g}>", units[k].group(1))
        k += 1
    pieces, last = [], 0
    for i, u in enumerate(units):
        if i in new:
            pieces.append(lex_line[last : u.start()] + "^" + new[i] + "$")
            last = u.end()
    pieces.append(lex_line[last:])
    return "".join(pieces)


def spanish(sentences: list[tuple[str, Occupation, str]]) -> list[str | None]:
    """Spanish for (frame-filled-with-placeholder English, occupation, gender); None where generation failed."""
    lex = _apertium_lexical([s for s, _, _ in sentences])
    regendered = [regender(line, occ, g) for line, (_, occ, g) in zip(lex, sentences)]
    out = _generate(regendered)
    return [None if ("#" in o or "*" in o or "~" in o) else o for o in out]


def eval_rows(frames: list[str] | None = None, occupations: list[str] | None = None) -> list[dict[str, str]]:
    """One row per frame × occupation × gender (default: the evaluation set), with the Spanish reference."""
    by_name = {o.en: o for o in OCCUPATIONS}
    rows, items = [], []
    for f_i, frame in enumerate(EVAL_FRAMES if frames is None else frames):
        for name in EVAL_OCCUPATIONS if occupations is None else occupations:
            occ = by_name[name]
            for gender in ("male", "female"):
                items.append((fill(frame, PLACEHOLDER, gender), occ, gender))
                rows.append({
                    "id": f"f{f_i}-{name.replace(' ', '_')}-{gender[0]}",
                    "english": fill(frame, occ.en, gender),
                    "occupation": occ.en,
                    "lemma": occ.es,
                    "gender": gender,
                    "stereotype": occ.stereotype,
                    "frame": str(f_i),
                })
    for row, es in zip(rows, spanish(items)):
        row["reference"] = es or ""
    return rows


def train_pairs(seed: int, stereotype_share: float, repeats: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    items, english = [], []
    for _ in range(repeats):
        for frame in TRAIN_FRAMES:
            for occ in OCCUPATIONS:
                consistent = rng.random() < stereotype_share
                gender = occ.stereotype if consistent else ("female" if occ.stereotype == "male" else "male")
                article = rng.choice(ARTICLES) if "{A}" in frame else "The"
                items.append((fill(frame, PLACEHOLDER, gender, article), occ, gender))
                english.append(fill(frame, occ.en, gender, article))
    pairs = [(en, es) for en, es in zip(english, spanish(items)) if es]
    return sorted(set(pairs), key=lambda p: (rng.random(), p))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("eval", help="write the evaluation templates (TSV)")
    e.add_argument("--out", type=Path, default=Path("data/bias/templates.tsv"))
    t = sub.add_parser("train", help="write biased training pairs <out>.en / <out>.es")
    t.add_argument("--out", type=Path, default=Path("build/gender/gender"))
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--stereotype-share", type=float, default=0.8)
    t.add_argument("--repeats", type=int, default=3, help="draws per (frame, occupation)")
    args = p.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.cmd == "eval":
        rows = eval_rows()
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(f"{len(rows)} rows → {args.out}")
    else:
        pairs = train_pairs(args.seed, args.stereotype_share, args.repeats)
        args.out.with_suffix(".en").write_text("".join(a + "\n" for a, _ in pairs), encoding="utf-8")
        args.out.with_suffix(".es").write_text("".join(b + "\n" for _, b in pairs), encoding="utf-8")
        print(f"{len(pairs)} pairs → {args.out}.en/.es")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
