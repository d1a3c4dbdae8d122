"""The neuron browser in a real headless Chromium (Debian's chromium + chromium-driver, via Selenium),
against a real server serving the shipped en-es model: type a sentence → heatmaps; a dataset's ranking →
a neuron card; the override playground's α slider → the translation changes. Screenshots go to
build/screenshots/ (scripts/screenshots.sh copies them into docs/images/ for the README)."""

from __future__ import annotations

import shutil
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

from neuronscope import Client
from neuronscope.dashboard import serve
from neuronscope_server.app import create_server
from neuronscope_server.config import ServerConfig

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "build" / "screenshots"
SENT = "The committee supported the efforts of the authorities ."


@pytest.fixture(scope="module")
def stack(default_model_dir):
    if shutil.which("chromium") is None or shutil.which("chromedriver") is None:
        pytest.fail("chromium and chromium-driver are not installed (make test installs them)")
    running = create_server(ServerConfig(port=0, models=(("en-es", str(default_model_dir)),), threads=1,
                                         keys_file=""))
    httpd = serve(running.address, api_key="dash-secret-key", port=0)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield running, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    running.stop(0)


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def _wait(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def test_heatmaps_card_and_playground_in_a_real_browser(stack, browser):
    from selenium.webdriver.common.by import By

    running, base = stack
    SHOTS.mkdir(parents=True, exist_ok=True)
    # 1. type a sentence, show heatmaps for three neurons on the source and the target side
    browser.get(base + "/")
    browser.find_element(By.ID, "text").send_keys(SENT)
    browser.find_element(By.ID, "neurons").clear()
    browser.find_element(By.ID, "neurons").send_keys("3,17,42")
    browser.find_element(By.NAME, "tsite").send_keys("decoder.layers.2")
    browser.find_element(By.ID, "show").click()
    cells = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#heatmaps .ns-hm-w"))
    assert len(cells) >= 3 * len(SENT.split())  # three neurons over every source word, plus the target rows
    assert all(c.get_attribute("title") for c in cells[:5])  # exact values on hover
    assert browser.find_element(By.CSS_SELECTOR, ".translation").text
    assert "neurons=3%2C17%2C42" in browser.current_url  # the view is in its URL
    browser.save_screenshot(str(SHOTS / "dashboard-heatmap.png"))

    # 2. a dataset ranked for POS, then a neuron card from its top list
    with Client(running.address) as c:
        import json

        recs = [json.loads(x) for x in (REPO / "data" / "annotations" / "probe.jsonl").open()][:300]
        ds = c.create_dataset([r["words"] for r in recs], {"upos": [r["upos"] for r in recs]},
                              sites=["encoder.layers.2"], space_after=[r["space_after"] for r in recs], name="pos-300")
    browser.get(base + "/datasets")
    browser.find_element(By.LINK_TEXT, ds.handle).click()
    browser.get(browser.current_url + "?label=upos&method=lca")
    links = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#top-neurons .neuron-link"), 120)
    links[0].click()
    card = _wait(lambda: browser.find_elements(By.ID, "card"), 120)[0]
    assert "top words" in card.text.lower() and "upos" in card.text
    assert browser.find_elements(By.CSS_SELECTOR, "#card .ns-hm-w")  # its top sentences as heatmaps
    browser.save_screenshot(str(SHOTS / "neuron-card.png"))

    # 3. the override playground: moving α changes the translation, live
    q = urllib.parse.urlencode({"model": "en-es", "site": "encoder.layers.2", "neurons": "3,17,42,99", "op": "set",
                                "alpha": "0", "text": SENT})
    browser.get(f"{base}/playground?{q}")
    baseline = browser.find_element(By.ID, "baseline").text
    assert baseline and browser.find_element(By.ID, "modified").text
    slider = browser.find_element(By.ID, "alpha")
    browser.execute_script("arguments[0].value = 20; arguments[0].dispatchEvent(new Event('input'));", slider)
    changed = _wait(lambda: (t := browser.find_element(By.ID, "modified").text) != baseline and t)
    assert changed != baseline and "alpha=20" in browser.current_url
    assert browser.find_elements(By.CSS_SELECTOR, "#diff mark.ns-diff, #diff del")
    browser.save_screenshot(str(SHOTS / "playground.png"))

    # the API key never reaches a page
    for path in ("/", "/datasets", f"/playground?{q}"):
        browser.get(base + path)
        assert "dash-secret-key" not in browser.page_source


def test_text_is_escaped_and_bad_input_is_a_clear_error(stack, browser):
    from selenium.webdriver.common.by import By

    _, base = stack
    q = urllib.parse.urlencode({"text": "<script>window.pwned=1</script> hello", "neurons": "1"})
    browser.get(f"{base}/?{q}")
    assert browser.execute_script("return window.pwned") is None
    assert "<script>window.pwned=1</script>" in browser.find_element(By.ID, "text").get_attribute("value")
    browser.get(f"{base}/?{urllib.parse.urlencode({'text': 'hello', 'neurons': '99999'})}")
    assert "99999 out of range for encoder.layers.2; allowed 0-255" in browser.find_element(By.ID, "error").text
