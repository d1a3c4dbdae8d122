"""Transport limits under attack, on 127.0.0.1 with bounded counts and durations (docs/RELIABILITY.md).

Each attack runs beside a well-behaved client of another tenant whose calls are measured. Raw HTTP/2
(the ``h2`` package) is used where grpcio cannot express the attack.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from neuronscope import Client, errors
from neuronscope.v1 import neuronscope_pb2 as pb
from neuronscope.v1 import neuronscope_pb2_grpc as pb_grpc
from neuronscope_server.app import create_server
from neuronscope_server.auth import hash_key
from neuronscope_server.config import ServerConfig
from neuronscope_server.transport import count_connections

N_SENTENCES = 4000
KEYS = {"attacker": ("a", "analyst"), "victim": ("b", "analyst")}


@pytest.fixture(scope="module")
def keys_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("transport") / "keys.json"
    p.write_text(json.dumps({"keys": [{"id": k, "sha256": hash_key(k), "tenant": t, "role": r}
                                      for k, (t, r) in KEYS.items()]}))
    return str(p)


def _md(key: str) -> tuple:
    return (("authorization", f"Bearer {key}"),)


def _health_ms(address: str) -> float:
    """One health Check on a fresh channel, in milliseconds (raises on failure)."""
    start = time.perf_counter()
    with grpc.insecure_channel(address) as ch:
        resp = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=5)
    assert resp.status == health_pb2.HealthCheckResponse.SERVING
    return (time.perf_counter() - start) * 1000


_SEQ = iter(range(1 << 30))


def _translate_s(client: Client) -> float:
    """One translation of a sentence never sent before (no cache hit), in seconds."""
    start = time.perf_counter()
    assert client.translate([f"the cat sat on mat number {next(_SEQ)} ."], timeout=10).translations[0] is not None
    return time.perf_counter() - start


def _closed_by_peer(s: socket.socket) -> bool:
    """Whether the server has closed ``s`` (after any bytes it sent first, e.g. its HTTP/2 SETTINGS)."""
    s.settimeout(0.5)
    try:
        while s.recv(4096):
            pass
        return True
    except TimeoutError:
        return False
    except OSError:
        return True


def _fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def guarded(tiny_models, keys_file):
    """A server with small, explicit transport limits so that each attack passes them quickly."""
    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), keys_file=keys_file,
                       # one connection may hold at most half of the RPC slots, as with the defaults (128 of 256)
                       workers=8, max_concurrent_rpcs=48, max_concurrent_streams=24, max_connections=64,
                       handshake_timeout_seconds=2.0, idle_timeout_seconds=3.0, stream_no_progress_seconds=3.0,
                       tenant_max_concurrent=6, tenant_rate=0, stream_chunk_bytes=1024 * 1024,
                       dataset_max_words=100_000)
    running = create_server(cfg)
    yield running
    running.stop(0)


@pytest.fixture(scope="module")
def big_dataset(guarded):
    """A dataset of tenant a whose stream (12 MB) is far more than a client takes in unread (~4 MB)."""
    words = [[f"w{i % 97}", "the", "cat", "sat", "on", "a", "mat", "."] for i in range(N_SENTENCES)]
    with Client(guarded.address, api_key="attacker", timeout=300) as c:
        info = c.create_dataset(words, {"tag": [["X"] * 8] * N_SENTENCES},
                                sites=["encoder.embeddings", "encoder.layers.0", "encoder.layers.1"])
    return info.handle


def test_health_lane_is_a_separate_port(guarded):
    assert guarded.health_port and guarded.health_port != guarded.port
    assert _health_ms(guarded.health_address) < 2000
    # the container's probe command reads the lane's port from the environment
    env = dict(os.environ, NEURONSCOPE_HEALTH_PORT=str(guarded.health_port))
    r = subprocess.run([sys.executable, "-m", "neuronscope_server.healthcheck"], env=env, capture_output=True,
                       timeout=30)
    assert r.returncode == 0, r.stderr
    env["NEURONSCOPE_HEALTH_PORT"] = str(guarded.port + 40000 if guarded.port < 20000 else 1)
    assert subprocess.run([sys.executable, "-m", "neuronscope_server.healthcheck"], env=env,
                          capture_output=True, timeout=30).returncode == 1


def test_unread_streams_are_ended_and_do_not_pin_others(guarded, big_dataset):
    """16 ReadDataset streams that are never read: others are served meanwhile; the streams end, typed."""
    metric = guarded.metrics.streams_stalled.labels("ReadDataset")
    before = metric._value.get()
    # no BDP probing: the flow-control window stays small, as an attacker would keep it; with probing, grpc
    # may grow it past the whole 12 MB stream on a fast machine and nothing is ever unread
    channels = [grpc.insecure_channel(guarded.address, options=[("grpc.http2.bdp_probe", 0)]) for _ in range(16)]
    calls = []
    try:
        for ch in channels:
            call = pb_grpc.NeuronScopeStub(ch).ReadDataset(pb.ReadDatasetRequest(handle=big_dataset),
                                                           metadata=_md("attacker"), timeout=60)
            calls.append(call)
        time.sleep(1.0)
        with Client(guarded.address, api_key="victim", timeout=10) as victim:
            for _ in range(5):  # within the first few seconds, while the streams are held
                assert _translate_s(victim) < 2.0
                assert _health_ms(guarded.health_address) < 2000
                time.sleep(0.5)
        deadline = time.monotonic() + 20
        while metric._value.get() - before < 6 and time.monotonic() < deadline:
            time.sleep(0.2)
        # tenant a may hold 6 calls; the other 10 were refused at once
        ended = metric._value.get() - before
        codes = []
        for call in calls:
            try:
                for _ in call:
                    pass
                codes.append(grpc.StatusCode.OK)
            except grpc.RpcError as e:
                codes.append(e.code())
        assert ended >= 6, (ended, codes)
        assert codes.count(grpc.StatusCode.RESOURCE_EXHAUSTED) >= 10
        assert grpc.StatusCode.OK not in codes
        assert set(codes) <= {grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.CANCELLED}, codes
    finally:
        for ch in channels:
            ch.close()
    # the handler threads are free again: tenant a can read its dataset in full
    with Client(guarded.address, api_key="attacker", timeout=60) as c:
        assert sum(len(chunk.words) for chunk in c.read_dataset(big_dataset)) == N_SENTENCES * 8


def test_slow_steady_reader_is_not_cut(guarded, big_dataset):
    """A throttled reader (1 MB chunks at 4 MB/s) reads the whole stream.

    grpc lets a client take in about 4 MB unread, so a message waits for its send about
    (that buffer) / (read rate); the no-progress timeout cuts only readers slower than that.
    """
    with grpc.insecure_channel(guarded.address, options=[("grpc.max_receive_message_length", 64 << 20)]) as ch:
        call = pb_grpc.NeuronScopeStub(ch).ReadDataset(pb.ReadDatasetRequest(handle=big_dataset),
                                                       metadata=_md("attacker"), timeout=120)
        n = 0
        for chunk in call:
            n += len(chunk.words)
            time.sleep(0.25)
    assert n == N_SENTENCES * 8


class _Victim:
    """A well-behaved client of tenant b on its own connection, translating every ``period`` seconds."""

    def __init__(self, address: str, health_address: str, period: float = 0.2) -> None:
        self.client = Client(address, api_key="victim", timeout=10)
        self.client.translate(["warm up ."])  # connect before the attack starts
        self.health_address = health_address
        self.period = period
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.health_ms: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.latencies.append(_translate_s(self.client))
            except (errors.NeuronscopeError, AssertionError) as e:
                self.failures.append(f"{type(e).__name__}: {e}"[:200])
            try:
                self.health_ms.append(_health_ms(self.health_address))
            except grpc.RpcError as e:
                self.health_ms.append(float("inf"))
                self.failures.append(f"health {e.code().name}")
            self._stop.wait(self.period)

    def __enter__(self) -> _Victim:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.client.close()

    def summary(self) -> str:
        lat = sorted(self.latencies)
        return (f"victim: {len(lat)} ok of {len(lat) + len([f for f in self.failures if not f.startswith('health')])} "
                f"translates ({self.success_rate:.1%}), p50 {lat[len(lat) // 2] if lat else float('nan'):.3f}s "
                f"p99 {self.p99():.3f}s; health max {max(self.health_ms, default=float('nan')):.1f} ms")

    @property
    def success_rate(self) -> float:
        n = len(self.latencies) + len([f for f in self.failures if not f.startswith("health")])
        return len(self.latencies) / max(n, 1)

    def p99(self) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(0.99 * len(xs)))] if xs else float("inf")


def test_connection_flood_is_capped_and_others_are_served(guarded):
    """Bare TCP connections past max_connections, held 20 s: the server keeps serving a connected client."""
    cfg = guarded.config
    host, port = cfg.host, guarded.port
    fds_before = _fd_count()
    flood: list[socket.socket] = []
    with _Victim(guarded.address, guarded.health_address) as victim:
        for _ in range(cfg.max_connections * 3):
            s = socket.socket()
            s.settimeout(2)
            try:
                s.connect((host, port))
                flood.append(s)
            except OSError:
                s.close()
        held_until = time.monotonic() + 20
        peak = 0
        # the kernel completes handshakes before grpc accepts; count once grpc has had a moment to
        # accept (and close) what is past its limit
        time.sleep(1.0)
        while time.monotonic() < held_until:
            peak = max(peak, count_connections(port))
            time.sleep(0.5)
        # a connection that never speaks HTTP/2 is closed at the handshake timeout (2 s here)
        closed = sum(_closed_by_peer(s) for s in flood)
    for s in flood:
        s.close()
    print(f"\nconnection flood: {len(flood)} bare connections held 20 s, server side peak {peak} "
          f"(limit {cfg.max_connections}), {closed} closed by the server; {victim.summary()}")
    assert closed == len(flood), f"{len(flood) - closed} bare connections still open after 20 s"
    assert victim.success_rate >= 0.95, (victim.success_rate, victim.failures[:5])
    assert max(victim.health_ms) < 2000
    # the server's side of the flood stayed at its limit (the victim's own connection is one of them)
    assert peak <= cfg.max_connections + 1, peak
    assert _fd_count() - fds_before < 50  # and every socket was let go


def test_thousand_calls_on_one_connection(guarded):
    """Bursts of 1,000 concurrent Translates on one connection for 10 s: the excess is refused fast;
    another client is served meanwhile."""
    req = pb.TranslateRequest(sentences=[pb.SourceSentence(text="the cat sat on the mat .")])
    codes, details, bursts = [], set(), []
    with grpc.insecure_channel(guarded.address) as ch, _Victim(guarded.address, guarded.health_address) as victim:
        stub = pb_grpc.NeuronScopeStub(ch)
        end = time.monotonic() + 10
        while time.monotonic() < end:
            start = time.perf_counter()
            futs = [stub.Translate.future(req, metadata=_md("attacker"), timeout=30) for _ in range(1000)]
            for f in futs:
                try:
                    f.result()
                    codes.append(grpc.StatusCode.OK)
                except grpc.RpcError as e:
                    codes.append(e.code())
                    details.add(f"{e.code().name}: {e.details()}")
            bursts.append(time.perf_counter() - start)
    drained = max(bursts)
    print(f"\n1,000 calls on one connection, {len(bursts)} bursts in 10 s: each drained in at most {drained:.1f}s; "
          f"{codes.count(grpc.StatusCode.OK)} ok, {codes.count(grpc.StatusCode.RESOURCE_EXHAUSTED)} "
          f"RESOURCE_EXHAUSTED, {codes.count(grpc.StatusCode.UNAVAILABLE)} REFUSED_STREAM; {victim.summary()}")
    # refused by the tenant limit (RESOURCE_EXHAUSTED) or by HTTP/2 (REFUSED_STREAM, error code 7, which
    # grpcio reports as UNAVAILABLE)
    assert {d for d in details if not d.startswith("RESOURCE_EXHAUSTED")
            and not ("UNAVAILABLE" in d and "error code 7" in d)} == set(), details
    assert codes.count(grpc.StatusCode.RESOURCE_EXHAUSTED) > 0
    assert drained < 10  # refused fast, not queued
    assert victim.latencies and victim.success_rate >= 0.95, victim.failures[:5]
    assert max(victim.health_ms) < 2000
    assert victim.p99() <= 3.0


def _h2_connect(host: str, port: int):
    import h2.config
    import h2.connection

    sock = socket.create_connection((host, port))
    conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    return sock, conn


def test_rapid_reset_does_not_hurt_others(guarded):
    """HEADERS + RST_STREAM as fast as one connection can send them, for 20 s (CVE-2023-44487 style),
    from another process (as an attacker would be)."""
    attacker = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("h2_attack.py")), "rapid-reset", guarded.config.host,
         str(guarded.port), "20", "attacker"], stdout=subprocess.PIPE, text=True)
    with _Victim(guarded.address, guarded.health_address) as victim:
        out, _ = attacker.communicate(timeout=60)
    sent = int(out.strip())
    print(f"\nrapid reset: {sent} HEADERS+RST_STREAM in 20 s; {victim.summary()}; failures {victim.failures[:3]}")
    assert sent > 10_000
    assert victim.latencies and victim.success_rate >= 0.95, (victim.success_rate, victim.failures[:5])


def test_idle_http2_connection_gets_goaway(guarded):
    import h2.events

    sock, conn = _h2_connect(guarded.config.host, guarded.port)
    sock.settimeout(guarded.config.idle_timeout_seconds + 3)
    start = time.monotonic()
    goaway = None
    try:
        while goaway is None:
            data = sock.recv(65536)
            if not data:
                break
            for ev in conn.receive_data(data):
                if isinstance(ev, h2.events.ConnectionTerminated):
                    goaway = time.monotonic() - start
            sock.sendall(conn.data_to_send())
    finally:
        sock.close()
    assert goaway is not None and goaway <= guarded.config.idle_timeout_seconds + 2, goaway


def test_oversize_metadata_and_compression_bomb_are_refused(guarded):
    import gzip

    with grpc.insecure_channel(guarded.address) as ch:
        stub = pb_grpc.NeuronScopeStub(ch)
        with pytest.raises(grpc.RpcError) as e:
            stub.ListModels(pb.ListModelsRequest(), metadata=(("authorization", "Bearer " + "k" * (1 << 20)),),
                            timeout=5)
        assert e.value.code() in (grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.INTERNAL)
    # a gzip bomb: 4 MB on the wire that inflates past max_request_bytes
    bomb = gzip.compress(b"\0" * (guarded.config.max_request_bytes + (1 << 20)))
    raw = socket.create_connection((guarded.config.host, guarded.port))
    try:
        import h2.config
        import h2.connection
        import h2.events

        conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
        conn.initiate_connection()
        conn.update_settings({})
        sid = conn.get_next_available_stream_id()
        conn.send_headers(sid, [(":method", "POST"), (":scheme", "http"),
                                (":path", "/neuronscope.v1.NeuronScope/ListModels"),
                                (":authority", guarded.address), ("content-type", "application/grpc"),
                                ("te", "trailers"), ("grpc-encoding", "gzip"), ("authorization", "Bearer victim")])
        frame = b"\x01" + len(bomb).to_bytes(4, "big") + bomb
        raw.settimeout(10)
        status = None
        view = memoryview(frame)
        while view and status is None:
            window = min(conn.local_flow_control_window(sid), conn.max_outbound_frame_size, len(view))
            if window:
                conn.send_data(sid, bytes(view[:window]), end_stream=len(view) == window)
                view = view[window:]
            raw.sendall(conn.data_to_send())
            if not window or view:
                data = raw.recv(65536)
                if not data:
                    break
                for ev in conn.receive_data(data):
                    if isinstance(ev, h2.events.TrailersReceived | h2.events.ResponseReceived):
                        status = dict(ev.headers).get("grpc-status", status)
                    if isinstance(ev, h2.events.StreamReset):
                        status = "reset"
                raw.sendall(conn.data_to_send())
        while status is None:
            data = raw.recv(65536)
            if not data:
                break
            for ev in conn.receive_data(data):
                if isinstance(ev, h2.events.TrailersReceived | h2.events.ResponseReceived):
                    status = dict(ev.headers).get("grpc-status", status)
                if isinstance(ev, h2.events.StreamReset):
                    status = "reset"
    finally:
        raw.close()
    assert status == str(grpc.StatusCode.RESOURCE_EXHAUSTED.value[0]), status


def test_ping_flood_gets_goaway(guarded):
    import h2.events

    sock, conn = _h2_connect(guarded.config.host, guarded.port)
    sock.settimeout(5)
    reason = None
    try:
        for i in range(200):
            conn.ping(i.to_bytes(8, "big"))
            sock.sendall(conn.data_to_send())
            try:
                data = sock.recv(65536)
            except TimeoutError:
                continue
            if not data:
                break
            for ev in conn.receive_data(data):
                if isinstance(ev, h2.events.ConnectionTerminated):
                    reason = ev.additional_data
            if reason is not None:
                break
    except OSError:
        pass
    finally:
        sock.close()
    assert reason is not None and b"too_many_pings" in reason, reason


def test_rpcs_past_the_limit_are_refused_and_counted(tiny_models):
    from neuronscope_server.runtime import ModelRuntime

    rt = ModelRuntime.load("marian", tiny_models["marian"])
    inner = rt.translate

    def slow(spec, should_stop=None, **kwargs):
        time.sleep(1.5)
        return inner(spec, should_stop, **kwargs)

    rt.translate = slow
    cfg = ServerConfig(port=0, models=(("marian", "unused"),), workers=2, max_concurrent_rpcs=2,
                       tenant_max_concurrent=0, tenant_rate=0, batching=False)
    running = create_server(cfg, runtimes=[rt])
    try:
        def call(i):
            with Client(running.address, timeout=20) as c:
                try:
                    c.translate([f"sentence number {i} ."])
                    return "ok"
                except errors.ResourceExhausted as e:
                    return str(e)

        with ThreadPoolExecutor(6) as pool:
            outcomes = list(pool.map(call, range(6)))
        refused = [o for o in outcomes if o != "ok"]
        assert refused and all("Concurrent RPC limit" in o for o in refused), outcomes
        assert "ok" in outcomes
        counted = sum(running.metrics.registry.get_sample_value("neuronscope_rpcs_refused_total", {"method": m}) or 0
                      for m in ("Translate", "TranslateStream", "ServerInfo", "ModelInfo"))
        assert counted == len(refused)
        assert _health_ms(running.health_address) < 2000
    finally:
        running.stop(0)


def test_connection_age_and_stream_limit_are_applied(tiny_models):
    """The channel arguments the transport relies on reach grpc core: SETTINGS advertises the stream
    limit, and a connection older than max_connection_age gets GOAWAY (before the idle timeout)."""
    import h2.events
    import h2.exceptions

    cfg = ServerConfig(port=0, models=(("marian", str(tiny_models["marian"])),), max_connection_age_seconds=1.0,
                       max_connection_age_grace_seconds=1.0, idle_timeout_seconds=30, max_concurrent_streams=777)
    running = create_server(cfg)
    try:
        sock, conn = _h2_connect(cfg.host, running.port)
        sock.settimeout(10)
        start, goaway = time.monotonic(), None
        try:
            while goaway is None:
                data = sock.recv(65536)
                if not data:
                    break
                try:
                    events = conn.receive_data(data)
                except h2.exceptions.ProtocolError:  # a frame after GOAWAY (grpc pings): h2 is closed by then
                    events = []
                if conn.state_machine.state.name == "CLOSED" or any(
                        isinstance(ev, h2.events.ConnectionTerminated) for ev in events):
                    goaway = time.monotonic() - start
                sock.sendall(conn.data_to_send())
        finally:
            sock.close()
        assert conn.remote_settings.max_concurrent_streams == 777
        assert goaway is not None and goaway < 5, goaway
    finally:
        running.stop(0)


def test_derived_health_port_falls_back_when_taken(tiny_models):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        # serving port = busy - 1 if free, so that the derived health port (port + 1) is the busy one
        cfg = ServerConfig(port=busy - 1, models=(("marian", str(tiny_models["marian"])),))
        try:
            running = create_server(cfg)
        except (OSError, RuntimeError):
            pytest.skip(f"port {busy - 1} is in use here")
        try:
            assert running.health_port not in (0, busy)
            assert _health_ms(running.health_address) < 2000
        finally:
            running.stop(0)
    with pytest.raises(OSError, match="health lane"):
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            create_server(ServerConfig(port=0, health_port=taken.getsockname()[1],
                                       models=(("marian", str(tiny_models["marian"])),)))
