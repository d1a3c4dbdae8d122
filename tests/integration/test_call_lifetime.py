"""A finished call lets go of its grpc call object at once, not at the next full garbage collection.

A call object kept alive (by a reference cycle through a request's ``should_stop``) keeps its HTTP/2
stream open; once ``max_concurrent_streams`` of them pile up on a connection, grpc refuses every new call
on it with RST_STREAM REFUSED_STREAM, which clients see as UNAVAILABLE "Stream removed". Under load that
took a server down for good after ~20 s (16 clients share one connection per process).
"""

from __future__ import annotations

import gc

import pytest

from neuronscope import Client, Override, errors
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig


@pytest.fixture()
def tight_server(tiny_models):
    running = create_server(ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),),
                                         max_concurrent_streams=4, cache_max_bytes=1))
    yield running
    running.stop(0)


def test_ten_times_the_stream_limit_of_calls_with_the_collector_off(tight_server):
    gc.collect()
    gc.disable()  # nothing but reference counts frees a call: a cycle holding one would leak it for good
    try:
        with Client(tight_server.address, retries=1) as c:
            for i in range(10):  # 4 kinds of call x 10 = 40 calls on one connection that allows 4 at once
                c.translate([f"the cat number {i} sat"], max_new_tokens=4)
                c.translate([f"a dog {i}"], capture=["encoder.layers.1"], max_new_tokens=4)
                c.translate([f"a bird {i}"], max_new_tokens=4,
                            overrides=[Override("encoder.layers.0", neurons=[1, 2], op="set", values=[float(i)])])
                with pytest.raises(errors.InvalidArgument):
                    c.translate(["x"], capture=["encoder.layers.99"])
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        # the server's side of each call (the client's error path keeps its own cycles: exception tracebacks)
        held = [o for o in gc.garbage if type(o).__module__ == "grpc._server"]
        assert not held, f"{len(held)} server call objects were only reachable through reference cycles"
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
