"""Override profiles (versions, default profile, tenant scope) and model-level erasure through a socket."""

from __future__ import annotations

import numpy as np
import pytest

from neuronscope import Client, Override, errors
from neuronscope.analysis import projection_eraser
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

SENTS = ["The children played in the garden", "She doesn't like the cold.", "I saw three dogs"]


def test_profile_versions_and_application(server):
    with Client(server.address) as c:
        ov1 = Override("encoder.layers.0", [1, 2], "set", [4.0])
        p1 = c.create_profile("neutral", [ov1], model="marian", description="first")
        assert (p1.name, p1.version, p1.model) == ("neutral", 1, "marian")
        p2 = c.create_profile("neutral", [Override("encoder.layers.0", [1, 2], "set", [-4.0])], model="marian")
        assert p2.version == 2 and c.get_profile("neutral").version == 2
        assert c.get_profile("neutral", 1).overrides[0].values == (4.0,)
        assert "neutral" in [p.name for p in c.list_profiles()]
        kw = dict(capture=["encoder.layers.0"], max_new_tokens=4)
        with_profile = c.translate(SENTS, profile="neutral@1", **kw)
        assert (with_profile.profile, with_profile.profile_version) == ("neutral", 1)
        inline = c.translate(SENTS, overrides=[ov1], **kw)
        for a, b in zip(with_profile.sentences, inline.sentences):
            assert a.translation == b.translation
            np.testing.assert_array_equal(a.activations["encoder.layers.0"], b.activations["encoder.layers.0"])
        latest = c.translate(SENTS[:1], profile="neutral", **kw)
        assert latest.profile_version == 2 and np.all(latest.sentences[0].activations["encoder.layers.0"][:, 1] == -4.0)
        assert c.delete_profile("neutral") == 2
        with pytest.raises(errors.NotFound):
            c.translate(SENTS[:1], profile="neutral")


@pytest.mark.parametrize(
    "overrides, model, needle",
    [
        ([Override("encoder.layers.0", [99], "zero")], "marian", "allowed 0-31"),
        ([Override("encoder.layers.9", [1], "zero")], "marian", "not found"),
        ([Override("encoder.layers.0", [1], "set", [float("inf")])], "marian", "finite"),
    ],
)
def test_bad_profiles_are_refused(server, overrides, model, needle):
    with Client(server.address) as c, pytest.raises(errors.InvalidArgument, match=needle.replace(".", r"\.")):
        c.create_profile("bad", overrides, model=model)
    with Client(server.address) as c, pytest.raises(errors.InvalidArgument, match="profile.name"):
        c.create_profile("bad name!", [Override("encoder.layers.0", [1], "zero")], model="marian")


def test_default_profile_applies_to_live_traffic(tiny_models):
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                       default_profile="marian=default:mitigate")
    running = create_server(cfg)
    try:
        with Client(running.address) as c:
            # the default profile does not exist yet: live traffic still flows, and says nothing was applied
            plain = c.translate(SENTS[:1], capture=["encoder.layers.1"], max_new_tokens=3)
            assert plain.profile == ""
        with Client(running.address) as c:
            c.create_profile("mitigate", [Override("encoder.layers.1", [0], "set", [7.0])], model="marian")
            r = c.translate(SENTS[:1], capture=["encoder.layers.1"], max_new_tokens=3)
            assert (r.profile, r.profile_version) == ("mitigate", 1)
            assert np.all(r.sentences[0].activations["encoder.layers.1"][:, 0] == 7.0)
            opt_out = c.translate(SENTS[:1], capture=["encoder.layers.1"], max_new_tokens=3, no_default_profile=True)
            assert opt_out.profile == "" and not np.all(opt_out.sentences[0].activations["encoder.layers.1"][:, 0] == 7.0)
    finally:
        running.stop(0)


def test_erasure_curve_zero_mean_random_and_projection(server):
    refs = ["Los niños jugaron en el jardín", "No le gusta el frío.", "Vi tres perros"]
    with Client(server.address, timeout=120) as c:
        ordering = list(range(32))
        pts = c.erase("encoder.layers.1", [0, 8, 32], SENTS, refs, ordering=ordering, return_translations=True)
        assert [p.k for p in pts] == [0, 8, 32]
        assert pts[0].erased == () and pts[1].erased == tuple(range(8)) and len(pts[2].erased) == 32
        plain = c.translate(SENTS)
        assert list(pts[0].translations) == plain.translations  # k = 0 is the unmodified model
        zeroed = c.translate(SENTS, overrides=[Override("encoder.layers.1", list(range(8)), "zero")])
        assert list(pts[1].translations) == zeroed.translations
        bottom = c.erase("encoder.layers.1", [8], SENTS, refs, ordering=ordering, select="bottom")
        assert bottom[0].erased == tuple(range(24, 32))
        rnd = c.erase("encoder.layers.1", [8], SENTS, refs, select="random", seed=3)
        assert len(rnd[0].erased) == 8
        directions = np.linalg.qr(np.random.default_rng(0).normal(size=(32, 32)))[0].astype(np.float32)
        proj = c.erase("encoder.layers.1", [0, 4], SENTS, refs, directions=directions, return_translations=True)
        assert list(proj[0].translations) == plain.translations  # a full orthonormal basis: identity
        P = projection_eraser(directions, "top", 4).astype(np.float32)
        manual = c.translate(SENTS, overrides=[Override("encoder.layers.1", list(range(32)), "project", matrix=P)])
        assert list(proj[1].translations) == manual.translations
        lm = c.erase("layers.1", [0, 16], ["the cat sat on the mat", "a dog ran"], model="gpt2",
                     ordering=list(range(32)))
        assert all(p.perplexity > 1 for p in lm) and lm[0].perplexity != lm[1].perplexity
        with pytest.raises(errors.InvalidArgument, match="permutation"):
            c.erase("encoder.layers.1", [4], SENTS, refs, ordering=[0, 1])
        with pytest.raises(errors.InvalidArgument, match="references has 1"):
            c.erase("encoder.layers.1", [4], SENTS, refs[:1], ordering=ordering)
        with pytest.raises(errors.InvalidArgument, match="allowed 0-32"):
            c.erase("encoder.layers.1", [40], SENTS, refs, ordering=ordering)
