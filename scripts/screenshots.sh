#!/usr/bin/env bash
# Regenerate the README's dashboard screenshots from the shipped en-es model: runs the dashboard's
# end-to-end test (a real server, the dashboard and headless Chromium) and copies what it saved.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pytest -q tests/e2e/test_dashboard.py
mkdir -p docs/images
cp build/screenshots/dashboard-heatmap.png build/screenshots/neuron-card.png build/screenshots/playground.png docs/images/
echo "docs/images: $(ls docs/images | tr '\n' ' ')"
