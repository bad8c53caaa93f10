#!/usr/bin/env python3
"""A whole committee in a real browser (headless Chromium through Selenium), pages only.

An administrator sets up accounts; the officer creates the tender from the shipped example,
enters the project, names five experts and opens each stage; the experts declare and each types
their own marks from the example (examples/government-cloud/bids.yaml); the leader records the
decisions of the example's tender file (kingsoft's rejected explanation, E4's correction on
chinac); all sign; the officer closes. The closed tender's ranking must be the one
`vendorscore evaluate` gives for the example with its tender file, and the downloaded record must
verify with `vendorscore verify`. Screenshots of the score sheet and the review page go to
docs/images/.

Usage: python3 Tests/Browser/committee.py [path/to/vendorscore]
Needs: chromium, chromium-driver (Debian) and selenium==4.45.0 (PyPI).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import yaml
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "vendorscore")
PORT = 18090
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "committee-browser-test"
# Seconds to wait for a page or the server: generous, since bcrypt and page loads slow down a lot
# on a busy 2-core machine, and a wait only ends early when the page is there.
WAIT = 60


EXAMPLE = os.path.join(ROOT, "examples", "government-cloud")
RUBRIC = os.path.join(ROOT, "rubrics", "government-cloud.yaml")


def example_marks():
    """Each evaluator's marks in the shipped example: {member: {(vendor, criterion): text}}."""
    with open(os.path.join(EXAMPLE, "bids.yaml"), encoding="utf-8") as file:
        bids = yaml.safe_load(file)["bids"]
    marks = {}
    for bid in bids:
        for criterion, by_member in (bid.get("scores") or {}).items():
            for member, points in by_member.items():
                marks.setdefault(member, {})[(bid["id"], criterion)] = str(points)
    return marks


def example_ranking():
    """The ranking `vendorscore evaluate` gives for the example with its tender file."""
    evaluated = subprocess.run([BINARY, "evaluate", RUBRIC, os.path.join(EXAMPLE, "bids.yaml"),
                                "--tender", os.path.join(EXAMPLE, "tender.yaml"), "--format", "json"],
                               capture_output=True, text=True)
    if evaluated.returncode != 0:
        raise SystemExit("evaluating the example failed:\n" + evaluated.stdout + evaluated.stderr)
    return ranking(evaluated.stdout)


def ranking(text):
    """(vendor, rank, total) in ranking order, from an evaluation's JSON."""
    import json
    document = json.loads(text)
    return [(vendor["id"], vendor.get("rank"), vendor.get("total")) for vendor in document["vendors"]]


def start_server(data):
    log = open(os.path.join(data, "serve.log"), "w+")
    process = subprocess.Popen([BINARY, "serve", "--data", os.path.join(data, "workspace"), "--port", str(PORT)],
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(WAIT * 10):
        log.seek(0)
        text = log.read()
        if "listening" in text:
            return process, re.search(r"One-time password: (\S+)", text).group(1)
        time.sleep(0.1)
    raise SystemExit("the server did not start:\n" + text)


class Browser:
    def __init__(self):
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--window-size=1280,1800", "--lang=zh-CN"]:
            options.add_argument(argument)
        options.binary_location = "/usr/bin/chromium"
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

    def open(self, path):
        self.driver.get(BASE + path)

    def css(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def all(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def click(self, element):
        """Clicks and waits for the next page, so the following step never acts on the old one."""
        element.click()

        def replaced(driver):
            # While a page is being replaced, Chromium answers for an element of the old page
            # either "stale" or, in a race, "does not belong to the document": both mean gone.
            try:
                element.is_enabled()
                return False
            except StaleElementReferenceException:
                return True
            except WebDriverException as error:
                if "does not belong to the document" in str(error):
                    return True
                raise

        WebDriverWait(self.driver, WAIT).until(replaced)

    def submit(self, form_action_suffix):
        self.click(self.css(f"form[action$='{form_action_suffix}'] button"))

    def sign_in(self, username, password):
        self.driver.delete_all_cookies()
        self.open("/sign-in")
        self.css("#username").send_keys(username)
        self.css("#password").send_keys(password)
        self.css("form[action='/sign-in'] button").click()
        WebDriverWait(self.driver, WAIT).until(lambda driver: "/sign-in" not in driver.current_url)
        if self.driver.current_url.endswith("/password"):
            self.css("#current").send_keys(password)
            self.css("#new").send_keys(PASSWORD)
            self.css("#repeat").send_keys(PASSWORD)
            self.css("form[action='/password'] button").click()
            WebDriverWait(self.driver, WAIT).until(lambda driver: not driver.current_url.endswith("/password"))

    def expect(self, text):
        if text not in self.driver.page_source:
            raise SystemExit(f"expected '{text}' on {self.driver.current_url}")


def main():
    data = tempfile.mkdtemp(prefix="vendorscore-browser-")
    server, first_password = start_server(data)
    browser = Browser()
    try:
        run(browser, first_password, data)
    except Exception:
        print("failed on", browser.driver.current_url, file=sys.stderr)
        print(re.sub(r"<style.*?</style>", "", browser.driver.page_source)[:3000], file=sys.stderr)
        raise
    finally:
        browser.driver.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(data, ignore_errors=True)


def run(browser, first_password, data):
    # The administrator: first sign-in replaces the one-time password; then the accounts.
    browser.sign_in("admin", first_password)
    one_time = {}
    people = [("officer", "王芳", "officer")] + [(f"expert{i}", f"专家{i}", "expert") for i in range(1, 6)]
    for username, name, role in people:
        browser.open("/admin/users")
        browser.css("#username").send_keys(username)
        browser.css("#displayName").send_keys(name)
        browser.css(f"input[name='roles'][value='{role}']").click()
        browser.click(browser.css("form[action='/admin/users'] button[type='submit']:not([formaction])"))
        one_time[username] = browser.css(".notice code").text

    # The officer: the tender from the shipped example, the project, the committee, the first stage.
    browser.sign_in("officer", one_time["officer"])
    browser.open("/tenders/new")
    browser.css("#number").send_keys("GC-1")
    browser.css("#title").send_keys("政务云服务采购")
    browser.css("#rubric").send_keys(os.path.join(ROOT, "rubrics", "government-cloud.yaml"))
    browser.css("#bids").send_keys(os.path.join(ROOT, "examples", "government-cloud", "bids.yaml"))
    browser.click(browser.css("form[action='/tenders'] button"))
    browser.expect("GC-1")
    # The example carries every member's marks; the workspace says it takes marks from the sheets.
    browser.expect("个评委打分，本系统不予采用")
    browser.open("/tenders/GC-1/setup")
    browser.css("#purchaser").send_keys("某市大数据局")
    browser.click(browser.css("form[action$='/setup'] button"))
    browser.open("/tenders/GC-1/committee")
    for index in range(5):
        browser.all("input[name='member']")[index].send_keys(f"E{index + 1}")
        select = Select(browser.all("select[name='user']")[index])
        select.select_by_visible_text(f"专家{index + 1}（expert{index + 1}）")
    browser.css("input[name='leader'][value='0']").click()
    browser.click(browser.css("form[action$='/committee'] button"))
    browser.submit("/stage/declarations")

    for index in range(1, 6):
        browser.sign_in(f"expert{index}", one_time[f"expert{index}"])
        browser.open("/tenders/GC-1/declaration")
        browser.click(browser.css("button[value='none']"))

    browser.sign_in("officer", PASSWORD)
    browser.open("/tenders/GC-1")
    browser.submit("/stage/compliance-review")
    browser.submit("/stage/scoring")

    # Each expert scores alone, typing their own marks from the example; E4 marks chinac's
    # solution design far below the others, which the review flags.
    marks = example_marks()
    for index in range(1, 6):
        browser.sign_in(f"expert{index}", PASSWORD)
        browser.open("/tenders/GC-1/sheet")
        own = marks[f"E{index}"]
        for field in browser.all("input[name^='mark:']"):
            _, vendor, criterion = field.get_attribute("name").split(":", 2)
            if (vendor, criterion) not in own:
                raise SystemExit(f"the example has no mark of E{index} for {vendor}/{criterion}")
            field.clear()
            field.send_keys(own[(vendor, criterion)])
        if index == 1:
            browser.driver.save_screenshot(os.path.join(ROOT, "docs", "images", "workspace-score-sheet.png"))
        browser.click(browser.css("button[formaction$='/sheet/submit']"))

    browser.sign_in("officer", PASSWORD)
    browser.open("/tenders/GC-1")
    browser.submit("/stage/review")

    # The leader records the example tender file's decisions: kingsoft's explanation rejected,
    # E4's mark on chinac corrected from 4 to 7; on to signing.
    browser.sign_in("expert1", PASSWORD)
    browser.open("/tenders/GC-1/review")
    browser.expect("num flag")
    form = "form[action$='/decisions/abnormal-price']"
    Select(browser.css(f"{form} select[name='vendor']")).select_by_value("kingsoft")
    browser.css(f"{form} input[name='accepted'][value='no']").click()
    browser.css(f"{form} textarea[name='reason']").send_keys("书面说明未提供成本构成及资源来源的证明材料，不能证明其报价合理性")
    browser.click(browser.css(f"{form} button"))
    # The screenshot shows E4's mark on chinac flagged, before the correction settles it.
    browser.expect("num flag")
    browser.driver.save_screenshot(os.path.join(ROOT, "docs", "images", "workspace-review.png"))
    form = "form[action$='/corrections']"
    Select(browser.css(f"{form} select[name='member']")).select_by_visible_text("E4 专家4")
    Select(browser.css(f"{form} select[name='vendor']")).select_by_value("chinac")
    Select(browser.css(f"{form} select[name='criterion']")).select_by_value("solution-design")
    browser.css(f"{form} input[name='after']").send_keys("7")
    Select(browser.css(f"{form} select[name='case']")).select_by_value("4")
    browser.css(f"{form} textarea[name='reason']").send_keys("评标委员会复核认定E4对华云数据总体技术方案的评分畸低，经E4本人确认后更正")
    browser.click(browser.css(f"{form} button"))
    browser.expect("不能证明其报价合理性")
    browser.open("/tenders/GC-1")
    browser.submit("/stage/signing")

    for index in range(1, 6):
        browser.sign_in(f"expert{index}", PASSWORD)
        browser.open("/tenders/GC-1/signature")
        browser.click(browser.css("input[value='confirm'] ~ button"))

    # The officer closes; the result page offers the frozen files; the record verifies offline.
    browser.sign_in("officer", PASSWORD)
    browser.open("/tenders/GC-1")
    browser.submit("/stage/closed")
    browser.open("/tenders/GC-1/result")
    browser.expect("GC-1.record.json")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.driver.get_cookies())

    def download(path, name):
        request = urllib.request.Request(f"{BASE}{path}", headers={"Cookie": cookie})
        target = os.path.join(data, name)
        with urllib.request.urlopen(request) as answer, open(target, "wb") as out:
            out.write(answer.read())
        return target

    # The workspace's ranking is the example's: same marks, same decisions, same engine.
    with open(download("/tenders/GC-1/files/result", "GC-1.result.json"), encoding="utf-8") as file:
        closed = ranking(file.read())
    expected = example_ranking()
    if closed != expected:
        raise SystemExit(f"the closed tender ranks\n{closed}\nbut the example evaluates to\n{expected}")
    print("ranking as `vendorscore evaluate` of the example with its tender file:",
          ", ".join(f"{rank}. {vendor} {total}" for vendor, rank, total in closed if rank))

    record = download("/tenders/GC-1/files/record", "GC-1.record.json")
    public_key = download("/signing-key.pem", "workspace.pub")
    verified = subprocess.run([BINARY, "verify", record, "--public-key", public_key], capture_output=True, text=True)
    print(verified.stdout.strip())
    if verified.returncode != 0 or "reproduced" not in verified.stdout or "valid Ed25519 signature" not in verified.stdout:
        raise SystemExit("the downloaded record did not verify:\n" + verified.stdout + verified.stderr)
    print("browser walk: committee of five, closed, ranking as the example's, record reproduced and signed")


if __name__ == "__main__":
    main()
