"""Bounded label values for per-profile-version metrics."""

from __future__ import annotations

import threading

from neuronscope_server.metrics import BoundedLabels


def test_bounded_labels_admit_a_fixed_number_then_pool_the_rest():
    labels = BoundedLabels(3)
    assert [labels("p", str(v)) for v in range(5)] == [("p", "0"), ("p", "1"), ("p", "2"), ("_other", "_other"),
                                                        ("_other", "_other")]
    assert labels("p", "1") == ("p", "1")  # admitted values stay admitted


def test_bounded_labels_hold_under_concurrency():
    labels = BoundedLabels(10)
    seen: list[tuple[str, ...]] = []
    lock = threading.Lock()

    def worker(t: int) -> None:
        for v in range(50):
            got = labels(f"p{t}", str(v))
            with lock:
                seen.append(got)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(set(seen) - {("_other", "_other")}) == 10
