"""Interventions you can trust, on the shipped en-es model: receipts count what each override changed (checked
against captured activations), report zero-effect overrides (and refuse them with require_effect), flag
degenerate outputs; captures are copies taken in the hook; overridden requests never share cache entries
with plain ones."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from neuronscope import Client, Override, errors
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

SENT = "The committee supported the efforts of the authorities ."


@pytest.fixture(scope="module")
def server(default_model_dir):
    running = create_server(ServerConfig(port=0, models=(("en-es", str(default_model_dir)),), threads=1))
    yield running
    running.stop(0)


def test_receipt_cell_counts_match_the_captured_activations(server):
    neurons, word = [3, 17, 42], 2
    with Client(server.address) as c:
        plain = c.translate([SENT], capture=["encoder.layers.2"], aggregation="none").sentences[0]
        pieces = [i for i, w in enumerate(plain.source_piece_words) if w == word]
        before = plain.activations["encoder.layers.2"][np.ix_(pieces, neurons)]
        ov = Override("encoder.layers.2", neurons, "set", [1.5], words=[word])
        after = c.translate([SENT], capture=["encoder.layers.2"], aggregation="none",
                            overrides=[ov]).sentences[0]
        got = after.activations["encoder.layers.2"][np.ix_(pieces, neurons)]
        assert np.allclose(got, 1.5)
        eff = after.receipt.overrides[0]
        assert eff.site == "encoder.layers.2" and not eff.from_profile
        assert eff.cells_changed == int((before != np.float32(1.5)).sum()) == len(pieces) * len(neurons)
        assert list(eff.positions) == pieces and list(eff.words) == [word]
        assert eff.max_abs_change == pytest.approx(float(np.abs(before - 1.5).max()), rel=1e-5)
        assert eff.mean_abs_change == pytest.approx(float(np.abs(before - 1.5).mean()), rel=1e-5)
        # a decoder-site override: one cell per decoder step it touched
        dec = c.translate([SENT], overrides=[Override("decoder.layers.1", [5], "add", [0.25], words=[0, 1, 2])])
        d = dec.sentences[0].receipt.overrides[0]
        assert list(d.positions) == [0, 1, 2] and d.cells_changed == 3 and d.words == ()


def test_zero_effect_is_reported_and_refused_on_request(server):
    with Client(server.address) as c:
        noop = Override("encoder.layers.2", [7], "add", [0.0])
        r = c.translate([SENT, "I saw three dogs ."], overrides=[noop])
        assert [s.receipt.overrides[0].cells_changed for s in r.sentences] == [0, 0]
        with pytest.raises(errors.FailedPrecondition, match=r"overrides\[1\] \(add 1 neurons at encoder.layers.2\)"):
            c.translate([SENT], overrides=[Override("encoder.layers.2", [1], "scale", [2.0]), noop],
                        require_effect=True)
        ok = c.translate([SENT], overrides=[Override("encoder.layers.2", [1], "scale", [2.0])], require_effect=True)
        assert ok.sentences[0].receipt.overrides[0].cells_changed > 0


def test_degenerate_output_is_flagged(server):
    with Client(server.address) as c:
        r = c.translate([SENT], overrides=[Override("encoder.layers.2", [0, 1, 2], "set", [100.0], words=[1])])
        s = r.sentences[0].receipt
        assert s.degenerate and s.hit_max_tokens and s.repetition >= 0.5, r.sentences[0].translation
        plain = c.translate([SENT]).sentences[0].receipt
        assert plain is not None and not plain.degenerate and not plain.hit_max_tokens and not plain.overrides


def test_overridden_requests_never_share_plain_cache_entries(server):
    with Client(server.address) as c:
        text = "The children played in the garden yesterday ."
        plain = c.translate([text])
        ov = [Override("encoder.layers.2", [0, 1, 2], "set", [100.0], words=[1])]
        over = c.translate([text], overrides=ov)
        assert over.cache_misses == 1 and over.sentences[0].translation != plain.sentences[0].translation
        again = c.translate([text], overrides=ov)
        assert again.cache_hits == 1 and again.sentences[0].translation == over.sentences[0].translation
        assert again.sentences[0].receipt == over.sentences[0].receipt  # the receipt is cached with the result
        back = c.translate([text])
        assert back.cache_hits == 1 and back.sentences[0].translation == plain.sentences[0].translation


def test_captures_are_copies_taken_at_the_hook(default_model_dir):
    """An in-place op downstream of a captured site must not change what was captured."""
    from neuronscope_server.runtime import ModelRuntime, SentenceInput, TranslateSpec

    rt = ModelRuntime.load("en-es", default_model_dir, device="cpu")
    spec = TranslateSpec(sentences=(SentenceInput(text=SENT),), capture_sites=("encoder.layers.0",),
                         aggregation="none", skip_generation=True)
    clean = rt.translate(spec)[0].activations["encoder.layers.0"]
    # a pre-hook on the next layer doubles its input in place: that input *is* layer 0's output
    layer1 = rt.model.get_submodule("model.encoder.layers.1")
    def double_in_place(mod, args):
        args[0].mul_(2.0)  # returns nothing: the layer runs on the (changed) tensor it was given

    handle = layer1.register_forward_pre_hook(double_in_place)
    try:
        dirty = rt.translate(spec)[0].activations["encoder.layers.0"]
    finally:
        handle.remove()
    enc = rt.tokenizer([SENT], return_tensors="pt")
    with torch.inference_mode():
        stock = rt.model.get_encoder()(**enc, output_hidden_states=True).hidden_states[1][0].numpy()
    np.testing.assert_allclose(dirty, clean, atol=1e-6)
    np.testing.assert_allclose(clean, stock, atol=1e-5)


def _metric(running, name: str, **labels) -> float:
    return running.metrics.registry.get_sample_value(name, labels) or 0.0


def test_a_conditional_profile_changes_only_the_rows_whose_condition_holds(server):
    """One request, one forward pass, a sentence with the trigger and one without: only the first changes."""
    from neuronscope import Condition

    trigger = "She saw three dogs in the park ."
    other = "The committee supported the efforts of the authorities ."
    ov = Override("encoder.layers.2", [0, 1, 2], "set", [100.0], words=None, when=Condition(source_words=["Dogs"]))
    before = _metric(server, "neuronscope_override_conditions_total", source="profile", outcome="met")
    with Client(server.address) as c:
        c.create_profile("only-dogs", [ov], description="fires on 'dogs'")
        plain = c.translate([trigger, other])
        r = c.translate([trigger, other], profile="only-dogs")
        met = [s.receipt.overrides[0] for s in r.sentences]
        assert [e.condition_met for e in met] == [True, False] and all(e.from_profile for e in met)
        assert met[0].cells_changed > 0 and met[1].cells_changed == 0
        assert r.sentences[0].translation != plain.sentences[0].translation
        assert r.sentences[1].translation == plain.sentences[1].translation
    assert _metric(server, "neuronscope_override_conditions_total", source="profile", outcome="met") == before + 1
    assert _metric(server, "neuronscope_override_conditions_total", source="profile", outcome="not_met") >= 1


def test_a_neuron_condition_selects_positions_in_the_same_pass(server):
    from neuronscope import Condition

    with Client(server.address) as c:
        plain = c.translate([SENT], capture=["encoder.layers.1"], aggregation="none").sentences[0]
        v = plain.activations["encoder.layers.1"][:, 9]
        real = [i for i, w in enumerate(plain.source_piece_words) if w >= 0]
        threshold = float(np.median(v[real]))
        expect = [i for i in real if v[i] > threshold]
        ov = Override("encoder.layers.2", [4, 5], "set", [3.0], when=Condition(site="encoder.layers.1", neuron=9,
                                                                            threshold=threshold))
        e = c.translate([SENT], overrides=[ov]).sentences[0].receipt.overrides[0]
        assert e.condition_met and list(e.positions) == expect and e.cells_changed == 2 * len(expect)
        bad = Override("encoder.layers.1", [4], "set", [3.0], when=Condition(site="encoder.layers.2", neuron=1))
        with pytest.raises(errors.InvalidArgument, match="comes after the override's site"):
            c.translate([SENT], overrides=[bad])
        dec = Override("decoder.layers.0", [4], "set", [3.0], when=Condition(site="encoder.layers.1", neuron=1))
        with pytest.raises(errors.InvalidArgument, match="any_position"):
            c.translate([SENT], overrides=[dec])


@pytest.mark.parametrize("beams", [1, 4])
def test_decoder_step_selectors_do_not_depend_on_the_kv_cache(default_model_dir, beams):
    """Absolute decoder positions: the same override gives the same output with the KV cache on and off,
    greedy and beam 4, and step 0 is the first generated token."""
    from neuronscope_server.runtime import ModelRuntime, OverrideSpec, SentenceInput, TranslateSpec

    rt = ModelRuntime.load("en-es", default_model_dir, device="cpu")
    sentences = tuple(SentenceInput(text=t) for t in (SENT, "I saw three dogs yesterday .", "She doesn't like the cold ."))
    selectors = [dict(positions="words", words=(0, 1, 2)), dict(step_from=3), dict(step_from=2, step_to=5),
                 dict(positions="words", words=(0,))]
    for sel in selectors:
        ov = OverrideSpec(site="decoder.layers.1", neurons=(3, 17, 42, 99), op="set", values=(6.0,), **sel)
        runs = {}
        for cache in (True, False):
            spec = TranslateSpec(sentences=sentences, overrides=(ov,), num_beams=beams, max_new_tokens=24,
                                 use_cache=cache)
            runs[cache] = rt.translate(spec)
        assert [o.translation for o in runs[True]] == [o.translation for o in runs[False]], sel
        for o in runs[True]:
            touched = o.receipt["overrides"][0]["positions"]
            if "words" in sel:
                assert set(touched) <= set(sel["words"]) and 0 in touched, (sel, touched)
            else:
                lo, hi = sel["step_from"], sel.get("step_to") or 10**6
                assert touched and all(lo <= p < hi for p in touched), (sel, touched)
    plain = rt.translate(TranslateSpec(sentences=sentences[:1], num_beams=beams, max_new_tokens=24))[0]
    first = rt.translate(TranslateSpec(sentences=sentences[:1], num_beams=beams, max_new_tokens=24, overrides=(
        OverrideSpec(site="decoder.layers.1", neurons=tuple(range(64)), op="set", values=(8.0,), positions="words",
                     words=(0,)),)))[0]
    assert first.target_pieces[0] != plain.target_pieces[0]  # step 0 decides the first generated token


def test_step_selectors_through_the_client(server):
    with Client(server.address) as c:
        r = c.translate([SENT], overrides=[Override("decoder.layers.1", [3, 17], "add", [1.0], step_from=2, step_to=4)])
        assert list(r.sentences[0].receipt.overrides[0].positions) == [2, 3]
        with pytest.raises(errors.InvalidArgument, match="step_from/step_to select decoder steps"):
            c.translate([SENT], overrides=[Override("encoder.layers.1", [3], "add", [1.0], step_from=2)])
        with pytest.raises(errors.InvalidArgument, match="need 0 <= step_from < step_to"):
            c.translate([SENT], overrides=[Override("decoder.layers.1", [3], "add", [1.0], step_from=5, step_to=2)])


def test_steps_after_chosen_target_words(server):
    """`after_target_words`: only the decoder steps that read one of the words (just generated) change."""
    from neuronscope import Condition

    words = {"el", "los", "de"}
    ov = Override("decoder.layers.1", [3, 17, 42], "add", [0.5], when=Condition(after_target_words=sorted(words)))
    with Client(server.address) as c:
        r = c.translate([SENT, "She doesn't like the cold ."], overrides=[ov]).sentences
        for s in r:
            e = s.receipt.overrides[0]
            read = {p for p in range(1, len(s.target_pieces) + 1) if s.target_pieces[p - 1].lstrip("▁").lower() in words}
            assert set(e.positions) == read and e.condition_met == bool(read), (s.target_pieces, e.positions)
        assert any(s.receipt.overrides[0].positions for s in r)
        with pytest.raises(errors.InvalidArgument, match="after_target_words selects decoder steps"):
            c.translate([SENT], overrides=[Override("encoder.layers.1", [3], "add", [0.5],
                                                    when=Condition(after_target_words=["el"]))])


def test_class_statistics_and_steering_toward_a_label(server):
    """Per-label means on the server equal numpy's over the dataset; a steer override is the add (or set)
    of beta (mu_to - mu_from) for the chosen neurons; unknown labels are named."""
    import json
    from pathlib import Path

    from neuronscope import Steer

    recs = [json.loads(x) for x in (Path(__file__).resolve().parents[2] / "data" / "annotations" /
                                   "probe.jsonl").open(encoding="utf-8")][:200]
    with Client(server.address) as c:
        ds = c.create_dataset([r["words"] for r in recs], {"tense": [r["tense"] for r in recs]},
                              sites=["encoder.layers.2"], space_after=[r["space_after"] for r in recs])
        stats = c.class_statistics(ds.handle, "tense")["encoder.layers.2"]
        data = c.load_dataset(ds.handle)
        x, labels = data.activations["encoder.layers.2"], np.asarray(data.labels["tense"])
        for lab, (n, mu, sd) in stats.items():
            assert n == int((labels == lab).sum())
            np.testing.assert_allclose(mu, x[labels == lab].mean(0), rtol=1e-4, atol=1e-5)
            np.testing.assert_allclose(sd, x[labels == lab].std(0), rtol=1e-3, atol=1e-4)
        neurons = [5, 9, 200]
        delta = 2.0 * (stats["Pres"][1][neurons] - stats["Past"][1][neurons])
        sent = ["She walked to the market ."]
        steer = Override("encoder.layers.2", neurons, steer=Steer(ds.handle, "tense", "Past", "Pres", beta=2.0))
        add = Override("encoder.layers.2", neurons, "add", [float(v) for v in delta])
        a = c.translate(sent, overrides=[steer], capture=["encoder.layers.2"], aggregation="none").sentences[0]
        b = c.translate(sent, overrides=[add], capture=["encoder.layers.2"], aggregation="none").sentences[0]
        np.testing.assert_allclose(a.activations["encoder.layers.2"], b.activations["encoder.layers.2"], atol=1e-5)
        assert a.translation == b.translation and a.receipt.overrides[0].cells_changed > 0
        with pytest.raises(errors.InvalidArgument, match=r"to_label 'Future' is not a label of 'tense'.*Past"):
            c.translate(sent, overrides=[Override("encoder.layers.2", neurons,
                                                  steer=Steer(ds.handle, "tense", "Past", "Future"))])
        with pytest.raises(errors.InvalidArgument, match="label_column 'nope' not in dataset"):
            c.class_statistics(ds.handle, "nope")


def test_positions_per_sentence_cover_a_test_set_in_one_request(server):
    """Each sentence its own word indices (one request, rows of shared passes): the same as one request per
    sentence; an empty entry leaves its sentence alone; out-of-range indices name the sentence."""
    sents = ["I saw three dogs yesterday .", "She walked to the market .", "The committee supported the efforts ."]
    verbs = [[1], [1], []]
    with Client(server.address) as c:
        ov = Override("encoder.layers.2", [0, 1, 2], "set", [60.0], per_sentence=verbs)
        together = c.translate(sents, overrides=[ov]).sentences
        for s, words, got in zip(sents, verbs, together):
            if words:
                alone = c.translate([s], overrides=[Override("encoder.layers.2", [0, 1, 2], "set", [60.0],
                                                             words=words)]).sentences[0]
                assert got.translation == alone.translation
                assert list(got.receipt.overrides[0].words) == words
            else:
                assert got.receipt.overrides[0].cells_changed == 0
                assert got.translation == c.translate([s]).sentences[0].translation
        _, (point,) = c.sweep(sents, {"verbs": [ov]}, return_translations=True)  # the same through a sweep
        assert list(point.translations) == [s.translation for s in together]
        with pytest.raises(errors.InvalidArgument, match="word index 9 out of range for sentence 1"):
            c.translate(sents, overrides=[Override("encoder.layers.2", [0], "set", [1.0], per_sentence=[[0], [9], []])])
        with pytest.raises(errors.InvalidArgument, match="per_sentence has 2 entries for 3 sentences"):
            c.translate(sents, overrides=[Override("encoder.layers.2", [0], "set", [1.0], per_sentence=[[0], [1]])])


def test_sweep_runs_a_grid_in_one_call(server):
    from neuronscope import sweep_grid

    src = ["I saw three dogs yesterday .", "She walked to the market ."]
    ref = ["Vi tres perros ayer .", "Ella caminó al mercado ."]
    grid = sweep_grid("encoder.layers.2", [[3, 17], [42]], "set", [0.0, 30.0])
    with Client(server.address) as c:
        plain, points = c.sweep(src, grid, references=ref, return_translations=True)
        assert plain.setting == -1 and plain.bleu_vs_plain == 100.0 and len(plain.translations) == 2
        assert [p.label for p in points] == ["set [3, 17] to +0", "set [3, 17] to +30", "set [42] to +0",
                                             "set [42] to +30"]
        for p, (label, ovs) in zip(points, grid.items()):
            assert p.label == label
            one = c.translate(src, overrides=ovs).sentences
            assert list(p.translations) == [s.translation for s in one]  # the same as separate calls
            assert p.changed == sum(t != b for t, b in zip(p.translations, plain.translations))
        with pytest.raises(errors.ResourceExhausted, match="allowed up to 20000"):
            c.sweep(src * 100, sweep_grid("encoder.layers.2", list(range(1)), "set", list(range(101))))
        with pytest.raises(errors.InvalidArgument, match=r"settings\[0\].*index 999 out of range"):
            c.sweep(src, {"bad": [Override("encoder.layers.2", [999], "set", [1.0])]})


def test_multi_site_erasure_from_a_ranking_with_random_controls(server):
    import json
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    recs = [json.loads(x) for x in (repo / "data" / "annotations" / "probe.jsonl").open(encoding="utf-8")][:300]
    src = (repo / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:6]
    ref = (repo / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:6]
    with Client(server.address) as c:
        ds = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs]},
                              sites=["encoder.layers.1", "encoder.layers.2"], space_after=[r["space_after"] for r in recs])
        ranking = c.rank_neurons(ds.handle, "upos")
        points = c.erase_ranking(ranking, [0, 100, 400], src, ref, random_seeds=[1, 2], return_translations=True)
        assert [(p.select, p.seed, p.k) for p in points] == [
            ("top", 0, 0), ("top", 0, 100), ("top", 0, 400),
            ("random", 1, 0), ("random", 1, 100), ("random", 1, 400),
            ("random", 2, 0), ("random", 2, 100), ("random", 2, 400)]
        top400 = points[2]
        assert set(top400.erased) == {int(n) for n in ranking.ordering[:400]}
        assert any(n < 256 for n in top400.erased) and any(n >= 256 for n in top400.erased)  # both sites
        by_site = {}
        for n in top400.erased:
            site, idx = ranking.site_of(n)
            by_site.setdefault(site, []).append(idx)
        manual = c.translate(src, overrides=[Override(s, ns, "zero") for s, ns in by_site.items()])
        assert list(top400.translations) == [s.translation for s in manual.sentences]
        assert points[0].bleu == points[3].bleu == points[6].bleu  # k = 0 is the plain model in every run
        assert points[5].erased != points[8].erased  # two seeds, two random sets


def test_target_side_datasets_label_the_words_the_decoder_reads(server):
    """Decoder activations on reference translations (teacher forcing), aggregated to given Spanish words and
    labelled per word; the rows equal a direct teacher-forced capture; the decoder ranks for the property."""
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    src = (repo / "data" / "corpus" / "test.en").read_text(encoding="utf-8").splitlines()[:300]
    tgt = (repo / "data" / "corpus" / "test.es").read_text(encoding="utf-8").splitlines()[:300]
    src_words, tgt_words = [s.split() for s in src], [t.split() for t in tgt]
    # a property of the target word's place, which its identity does not give away (unlike, say, articles)
    labels = {"place": [["start" if i < 3 else "later" for i, _ in enumerate(ws)] for ws in tgt_words]}
    with Client(server.address) as c:
        info = c.create_dataset(src_words, labels, sites=["decoder.layers.1"], target_words=tgt_words)
        assert info.words == sum(len(w) for w in tgt_words) and info.sites[0].side == "target"
        data = c.load_dataset(info.handle)
        assert list(data.words) == [w for ws in tgt_words for w in ws]
        direct = c.translate(src[:10], references=tgt[:10], capture=["decoder.layers.1"], skip_generation=True)
        offsets = np.cumsum([0] + [len(w) for w in tgt_words])
        same = [i for i, s in enumerate(direct.sentences) if list(s.target_words) == tgt_words[i]]
        assert len(same) >= 5  # where the model's words match the given split, the rows are the same
        for i in same:
            np.testing.assert_allclose(data.activations["decoder.layers.1"][offsets[i]:offsets[i + 1]],
                                       direct.sentences[i].activations["decoder.layers.1"], atol=1e-5)
        r = c.rank_neurons(info.handle, "place")
        assert r.accuracy > r.majority_baseline and r.neuron_sites[0][0] == "decoder.layers.1"
        with pytest.raises(errors.InvalidArgument, match="is a target-side site; this dataset is source-side"):
            c.create_dataset(src_words[:2], {"t": [["X"] * len(w) for w in src_words[:2]]}, sites=["decoder.layers.1"])
        with pytest.raises(errors.InvalidArgument, match="has 1 values for"):
            c.create_dataset(src_words[:1], {"t": [["X"]]}, sites=["decoder.layers.1"], target_words=tgt_words[:1])
