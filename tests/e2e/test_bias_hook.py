"""README's bias-mitigation walkthrough, verbatim but for the port, against `neuronscope serve --model
en-es-g=models/en-es-g`: measure, import the shipped hook, shadow, canary, promote, roll back, audit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from serving import free_port, server_process

REPO = Path(__file__).resolve().parents[2]


def test_readme_bias_hook_walkthrough():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A bias-mitigation hook, step by step", 1)[1]
    command = section.split("```\n", 1)[1].split("\n```", 1)[0].strip()
    assert command == ".venv/bin/neuronscope serve --model en-es-g=models/en-es-g"
    port = free_port()
    code = section.split("<!-- readme-bias-hook-example", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("127.0.0.1:50051", f"127.0.0.1:{port}")
    server = str(Path(sys.executable).parent / "neuronscope")  # the venv running the tests
    argv = [server] + command.split()[1:] + ["--port", str(port), "--threads", "1"]
    with server_process(argv, REPO) as line:
        assert f"127.0.0.1:{port}" in line, line
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert r.returncode == 0, r.stderr
    out = r.stdout.strip().splitlines()
    measured = ast.literal_eval(out[0])
    live_line = out[1]
    promoted, rolled_back = ast.literal_eval(out[2]), ast.literal_eval(out[3])
    audit = ast.literal_eval(out[4])
    live, changed = ast.literal_eval(live_line.rsplit(" ", 1)[0]), int(live_line.rsplit(" ", 1)[1])
    assert len(measured) == 2 and live == measured  # v1 changes nothing; the shadow never touches the answer
    assert changed == sum(a != b for a, b in zip(live, promoted)) >= 1  # shadow counted what v2 changes
    assert rolled_back == live  # rollback restores v1's outputs exactly
    assert [a for a, _ in audit] == ["create", "rollout", "create", "shadow", "rollout", "promote", "rollback"]
    assert audit[2][1] == 2 and audit[-1][1] == 1
