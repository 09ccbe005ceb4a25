#!/usr/bin/env python3
"""The page of `geocheck serve` in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by Selenium. Starts the server on a free loopback port over a small
gazetteer (Syria, Turkey, and places of 15,000 people or more), pastes the Homs example, clicks
Check, and asserts the highlighted claims, their verdict labels and the map's claim lines; pastes
script and markup injections and asserts none runs and the text shows literally; checks keyboard
use, the 360 px layout, the errors shown, and that SIGTERM drains a request in flight.

Usage: page_test.py GEOCHECK_BINARY [SCREENSHOT_FOLDER]
Prints one line per test and a closing 'browser: N passed, N failed'; exits 1 on a failure.
"""
import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not try to download a driver.
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HOMS = (ROOT / "Examples" / "homs-evacuation.txt").read_text(encoding="utf-8")
INJECTION = (
    '"><svg onload="window.__pwned=1"> Hama, a city 47 km north of Homs <img src=x onerror="window.__pwned=2">, '
    "was calm.\n<script>window.__pwned=3</script> Idlib, some 60 km north of Hama.\n"
    "<b>bold</b> &amp; <iframe src=javascript:window.__pwned=4></iframe>\n"
)


def subset_gazetteer(folder: Path) -> dict:
    """A data folder with the places of Syria and Turkey and those of 15,000 people or more."""
    data, cache = folder / "data", folder / "cache"
    data.mkdir(parents=True)
    cache.mkdir()
    for name in ["countries.tsv", "world_map.gpkg", "supplement.tsv"]:
        (data / name).symlink_to(ROOT / "Gazetteer" / name)
    with gzip.open(ROOT / "Gazetteer" / "places.tsv.gz", "rt", encoding="utf-8") as source, \
            gzip.open(data / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=1) as target:
        for number, line in enumerate(source):
            fields = line.split("\t")
            if number == 0 or fields[4] in ("SY", "TR") or (fields[6].isdigit() and int(fields[6]) >= 15000):
                target.write(line)
    return {"GEOCHECK_DATA": str(data), "GEOCHECK_CACHE": str(cache)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary: str, environment: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen([binary, "serve", "--port", str(self.port)], stdout=self.log,
                                        stderr=subprocess.STDOUT, env={**os.environ, **environment})
        deadline = time.time() + 300  # the first start builds the small index
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited: " + self.output())
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the server did not answer within 300 s")

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en-US", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def post_json(url: str, text: str, format: str) -> dict:
    request = urllib.request.Request(f"{url}/v1/check?format={format}", data=text.encode("utf-8"),
                                     headers={"Content-Type": "text/plain"}, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def check_text(driver, url: str, text: str):
    driver.get(url + "/")
    box = driver.find_element(By.ID, "report")
    # Pasting: the text goes into the box as a user's paste would put it.
    driver.execute_script("arguments[0].value = arguments[1];", box, text)
    driver.find_element(By.ID, "check-button").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "status").text.startswith("Done")
                                    or d.find_element(By.ID, "error").is_displayed())


def test_homs(driver, server, shots):
    report = post_json(server.url, HOMS, "json")
    geojson = post_json(server.url, HOMS, "geojson")
    check_text(driver, server.url, HOMS)
    assert not driver.find_element(By.ID, "error").is_displayed(), driver.find_element(By.ID, "error").text
    labels = driver.find_elements(By.CSS_SELECTOR, "#report-text .claim-label")
    assert len(labels) == len(report["claims"]) == 10, f"{len(labels)} labels for {len(report['claims'])} claims"
    for label, claim in zip(sorted(labels, key=lambda e: int(e.get_attribute("data-claim"))), report["claims"]):
        assert label.get_attribute("data-verdict") == claim["verdict"]
    texts = [label.text for label in labels]
    assert any("inconsistent" in t for t in texts) and any("road distance" in t for t in texts), texts
    marks = driver.find_elements(By.CSS_SELECTOR, "#report-text mark.claim")
    assert marks, "no highlighted claim"
    inconsistent = [m for m in marks if "verdict-inconsistent" in m.get_attribute("class")]
    assert inconsistent and "60 km" in "".join(m.text for m in inconsistent), [m.text for m in inconsistent]
    colour = inconsistent[0].value_of_css_property("border-bottom-color")
    assert colour in ("rgba(215, 48, 39, 1)", "rgb(215, 48, 39)"), colour
    # The map: a path per claim line of the GeoJSON, in its colour.
    expected = [f for f in geojson["features"] if f["properties"].get("kind") == "claim"]
    WebDriverWait(driver, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "path.claim-line")) == len(expected))
    strokes = sorted(p.get_attribute("stroke") for p in driver.find_elements(By.CSS_SELECTOR, "path.claim-line"))
    assert strokes == sorted(f["properties"]["stroke"] for f in expected), strokes
    assert driver.find_elements(By.CSS_SELECTOR, "path.stated-circle"), "no stated-distance circle"
    # The base map came from the server's outlines (no tiles).
    WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")) > 100)
    assert not driver.find_elements(By.CSS_SELECTOR, ".leaflet-tile"), "a tile layer was loaded"
    items = driver.find_elements(By.CSS_SELECTOR, "#claims li")
    assert len(items) == 10 and "Idlib" in items[6].text and "89.3 km" in items[6].text, items[6].text
    # Selecting a claim shows its evidence.
    label7 = driver.find_element(By.CSS_SELECTOR, '#report-text .claim-label[data-claim="7"]')
    label7.click()
    evidence = driver.find_element(By.ID, "evidence").text
    assert "Claim 7" in evidence and "inconsistent" in evidence and "60.0 km" in evidence, evidence
    # The README's picture: the result with claim 7 selected, in a tall window.
    driver.set_window_size(1280, 1700)
    time.sleep(0.5)
    label7.click()
    time.sleep(0.8)
    driver.save_screenshot(str(shots / "serve-page.png"))
    driver.set_window_size(1280, 1000)
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors


def test_injection(driver, server, shots):
    check_text(driver, server.url, INJECTION)
    assert driver.execute_script("return window.__pwned === undefined"), "an injected script ran"
    shown = driver.find_element(By.ID, "report-text")
    for element in ["script", "img", "svg", "iframe", "b"]:
        assert not shown.find_elements(By.TAG_NAME, element), f"a <{element}> element was made from the text"
    text = driver.execute_script("return document.getElementById('report-text').textContent")
    for literal in ['"><svg onload="window.__pwned=1">', '<img src=x onerror="window.__pwned=2">',
                    "<script>window.__pwned=3</script>", "<b>bold</b> &amp;"]:
        assert literal in text, f"{literal!r} is not shown literally"
    assert driver.find_elements(By.CSS_SELECTOR, "#report-text .claim-label"), "the claims were not found"
    claims = driver.find_element(By.ID, "claims").text
    assert "Hama" in claims
    time.sleep(0.3)
    assert driver.execute_script("return window.__pwned === undefined"), "an injected handler ran"


def test_keyboard_and_errors(driver, server, shots):
    driver.get(server.url + "/")
    box = driver.find_element(By.ID, "report")
    box.click()
    box.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("id") == "check-button"
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    error = driver.find_element(By.ID, "error")
    WebDriverWait(driver, 5).until(lambda d: error.is_displayed())
    assert "Paste a report first" in error.text
    # A body over the server's 1 MB limit: the server's 413 message is shown in the page.
    driver.execute_script("arguments[0].value = 'Homs. '.repeat(200000);", box)
    driver.find_element(By.ID, "check-button").click()
    WebDriverWait(driver, 30).until(lambda d: "limit" in error.text)
    assert "The check failed" in error.text, error.text
    # Keyboard only: type a claim, Ctrl+Enter checks it, Tab reaches the claim labels.
    driver.execute_script("arguments[0].value = '';", box)
    box.send_keys("Hama, a city 47 km north of Homs, was calm.")
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "status").text.startswith("Done"))
    focusable = driver.execute_script(
        "return Array.from(document.querySelectorAll('#report-text .claim-label, #claims button')).every(e => e.tabIndex >= 0)")
    assert focusable


def test_narrow(driver, server, shots):
    driver.set_window_size(360, 800)
    check_text(driver, server.url, HOMS)
    width = driver.execute_script("return document.documentElement.clientWidth")
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= width + 1, f"the page scrolls sideways at 360 px ({scroll} > {width})"
    size = driver.execute_script("return parseFloat(getComputedStyle(document.getElementById('report-text')).fontSize)")
    assert size >= 14, size
    driver.save_screenshot(str(shots / "serve-page-360.png"))
    driver.set_window_size(1280, 1000)


def test_drain(binary, environment):
    """SIGTERM while a check runs: the answer still arrives, then the process exits 0."""
    server = Server(binary, environment)
    long_text = (ROOT / "Examples" / "northern-syria-report.txt").read_text(encoding="utf-8") * 8
    answer = {}

    def request():
        try:
            answer["claims"] = len(post_json(server.url, long_text, "json")["claims"])
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            answer["error"] = repr(error)

    worker = threading.Thread(target=request)
    worker.start()
    time.sleep(0.3)
    server.process.send_signal(signal.SIGTERM)
    worker.join(timeout=60)
    code = server.process.wait(timeout=60)
    assert "claims" in answer and answer["claims"] > 0, answer
    assert code == 0, f"exit {code}: {server.output()[-500:]}"
    log = server.output()
    assert "POST /v1/check 200" in log, log[-500:]
    assert "Homs" not in log, "a request body reached the log"


def main() -> int:
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "debug" / "geocheck")
    shots = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / ".build" / "browser-test"
    shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="geocheck-browser-"))
    passed = failed = 0
    server = driver = None
    try:
        environment = subset_gazetteer(work)
        server = Server(binary, environment)
        driver = browser()
        for test in [test_homs, test_injection, test_keyboard_and_errors, test_narrow]:
            try:
                test(driver, server, shots)
                print(f"ok   {test.__name__}")
                passed += 1
            except Exception as error:  # noqa: BLE001 - every failure is reported and counted
                print(f"FAIL {test.__name__}: {error!r}")
                failed += 1
        driver.quit()
        driver = None
        server.stop()
        try:
            test_drain(binary, environment)
            print("ok   test_drain")
            passed += 1
        except Exception as error:  # noqa: BLE001
            print(f"FAIL test_drain: {error!r}")
            failed += 1
    finally:
        if driver:
            driver.quit()
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
