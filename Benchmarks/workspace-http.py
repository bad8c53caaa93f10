#!/usr/bin/env python3
"""Benchmark: the committee workspace over HTTP, as a real `vendorscore serve` process.

  workspace-http.py load  --server BIN (--data DIR | --database URL) [--experts 50 --bids 14 --criteria 10]
  workspace-http.py crash --server BIN (--data DIR | --database URL) [--kill-after WRITES]
  workspace-http.py tenders --server BIN (--data DIR | --database URL) [--rounds 20]

load:    a tender whose committee is every expert reaches scoring (untimed set-up through the API);
         then all experts at once sign in, read their sheet, save a full draft (bids x criteria
         marks) and submit. Prints p50/p99 latency per kind of request, overall requests per
         second, and checks the database: every sheet submitted once with all its marks, one
         "marks saved" and one "marks submitted" event per expert, none lost or duplicated.
crash:   the same submissions, but the server is killed (SIGKILL) while they run, then started
         again on the same data. Every write the server acknowledged must be there in full, no
         sheet may be half-written (its marks are all from one request), every sheet's version
         must equal the number of its events in the log, and `vendorscore log verify` must say
         the chain is intact.
tenders: a database already seeded (vendorscore-store-bench --seed-closed N) is served; an
         officer times the tender list and a tender's page (HTML and API), `--rounds` times each.

Status 1 when a check fails. Nothing but the Python standard library is needed; PostgreSQL checks
use `psql`.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time

TENDER = "BENCH-1"
PASSWORD = "bench-password-long-enough"


# ---------------------------------------------------------------------------------------------
# The server process


class Server:
    """One `vendorscore serve` process on 127.0.0.1, its output kept in a file."""

    def __init__(self, binary, store_args, port, log_path):
        self.binary, self.store_args, self.port, self.log_path = binary, store_args, port, log_path
        self.process = None

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port)] + self.store_args,
                                        stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the server stopped at start; its output is in {self.log_path}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/sign-in")
                connection.getresponse().read()
                connection.close()
                return
            except OSError:
                time.sleep(0.1)
        sys.exit("the server did not answer within 120 s")

    def one_time_password(self):
        with open(self.log_path) as log:
            found = re.search(r"One-time password: (\S+)", log.read())
        return found.group(1) if found else None

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


# ---------------------------------------------------------------------------------------------
# A client that keeps its session like an API caller


class Client:
    def __init__(self, port):
        self.port = port
        self.cookie = None
        self.csrf = None
        self.connection = None

    def request(self, method, path, body=None):
        """Returns (status, parsed JSON or text, seconds). Reconnects once if the server closed."""
        headers = {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf and method != "GET":
            headers["X-CSRF-Token"] = self.csrf
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
            started = time.perf_counter()
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                raw = response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
                continue
            elapsed = time.perf_counter() - started
            for header, value in response.getheaders():
                if header.lower() == "set-cookie" and value.startswith("vs_session="):
                    self.cookie = value.split(";")[0]
            text = raw.decode("utf-8", "replace")
            try:
                parsed = json.loads(text) if text else None
            except ValueError:
                parsed = text
            return response.status, parsed, elapsed

    def expect(self, status, method, path, body=None):
        got, answer, _ = self.request(method, path, body)
        if got != status:
            sys.exit(f"{method} {path} answered {got}, expected {status}: {str(answer)[:500]}")
        return answer

    def sign_in(self, username, password):
        status, answer, elapsed = self.request("POST", "/api/v1/session", {"username": username, "password": password})
        if status == 201:
            self.csrf = answer["csrfToken"]
        return status, answer, elapsed


def account(port, admin, username, roles):
    """A new account, signed in once to replace its one-time password; returns its id."""
    return activate(port, username, create(admin, username, roles))


def create(admin, username, roles):
    """A new account's one-time password."""
    return admin.expect(201, "POST", "/api/v1/users", {"username": username, "displayName": username, "roles": roles})["oneTimePassword"]


def activate(port, username, one_time_password):
    """Signs in with the one-time password and replaces it; returns the account's id."""
    client = Client(port)
    status, answer, _ = client.sign_in(username, one_time_password)
    if status != 201:
        sys.exit(f"sign-in of {username} answered {status}")
    client.expect(204, "POST", "/api/v1/password", {"current": one_time_password, "new": PASSWORD})
    return answer["user"]["id"]


# ---------------------------------------------------------------------------------------------
# The tender: a generated rubric of `criteria` subjective criteria and a price, and `bids` bids


def rubric_yaml(criteria):
    lines = ["format: vendorscore/rubric@1", "id: bench", 'version: "1"', "title: { zh: 基准, en: Benchmark }",
             "category: services", "method: comprehensive", "total_points: 100", "groups:", "  - id: quality",
             "    title: { zh: 方案, en: Proposal }", "    criteria:"]
    for index in range(criteria):
        lines += [f"      - id: c{index + 1:02d}", f"        title: {{ zh: 方案{index + 1}, en: Part {index + 1} }}",
                  f"        points: {90 // criteria if index else 90 - (90 // criteria) * (criteria - 1)}", "        type: subjective"]
    lines += ["  - id: cost", "    title: { zh: 价格, en: Price }", "    criteria:", "      - id: price",
              "        title: { zh: 价格分, en: Price score }", "        points: 10", "        type: objective",
              "        scorer: cost.price-87"]
    return "\n".join(lines) + "\n"


def bids_yaml(bids, criteria):
    """The bids; the loader wants marks for the subjective criteria, the workspace takes the sheets'."""
    lines = ["format: vendorscore/bids@1", "bids:"]
    for index in range(bids):
        lines += [f"  - id: v{index + 1:02d}", f"    name: 供应商{index + 1}", f"    price: {9_000_000 + index * 10_000}", "    scores:"]
        lines += [f"      c{criterion + 1:02d}: {{ E1: 1 }}" for criterion in range(criteria)]
    return "\n".join(lines) + "\n"


def set_up(port, first_password, experts, bids, criteria):
    """Everyone's accounts and a tender at scoring whose committee is every expert (E1 leads)."""
    admin = Client(port)
    admin.sign_in("admin", first_password)
    admin.expect(204, "POST", "/api/v1/password", {"current": first_password, "new": PASSWORD})
    admin.sign_in("admin", PASSWORD)
    officer_name = "officer"
    account(port, admin, officer_name, ["officer"])
    names = [f"expert{index + 1:03d}" for index in range(experts)]
    passwords = [create(admin, name, ["expert"]) for name in names]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(lambda pair: activate(port, *pair), zip(names, passwords)))
    officer = Client(port)
    officer.sign_in(officer_name, PASSWORD)
    officer.expect(201, "POST", "/api/v1/tenders", {
        "number": TENDER, "title": "基准招标", "rubric": {"name": "rubric.yaml", "content": rubric_yaml(criteria)},
        "bids": {"name": "bids.yaml", "content": bids_yaml(bids, criteria)}})
    seats = [{"memberId": f"E{index + 1}", "userId": user, "leader": index == 0} for index, user in enumerate(ids)]
    officer.expect(200, "PUT", f"/api/v1/tenders/{TENDER}/committee", {"members": seats})
    officer.expect(200, "POST", f"/api/v1/tenders/{TENDER}/stage/declarations")

    def declare(name):
        client = Client(port)
        client.sign_in(name, PASSWORD)
        client.expect(204, "POST", f"/api/v1/tenders/{TENDER}/declaration", {"stepAside": False})

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(declare, names))
    officer.expect(200, "POST", f"/api/v1/tenders/{TENDER}/stage/compliance-review")
    officer.expect(200, "POST", f"/api/v1/tenders/{TENDER}/stage/scoring")
    return names, ids


# ---------------------------------------------------------------------------------------------
# One expert's work, timed request by request


def marks_for(sheet, value_of):
    return {f"{vendor}/{criterion['id']}": value_of(criterion) for vendor in sheet["vendors"] for criterion in sheet["criteria"]}


def draft_value(criterion):
    return "1"


def submit_value(criterion):
    return "2"


class Recorder:
    """Latencies by kind of request, and what the server acknowledged to whom."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.acknowledged = {}
        self.acknowledged_writes = 0
        self.failures = []

    def add(self, kind, seconds):
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)

    def ack(self, name, what):
        with self.lock:
            self.acknowledged[name] = what
            self.acknowledged_writes += 1

    def writes(self):
        with self.lock:
            return self.acknowledged_writes

    def fail(self, text):
        with self.lock:
            self.failures.append(text)


def expert_work(port, name, recorder, tolerate_errors=False):
    client = Client(port)
    try:
        status, _, elapsed = client.sign_in(name, PASSWORD)
        recorder.add("sign-in", elapsed)
        if status != 201:
            raise RuntimeError(f"sign-in answered {status}")
        path = f"/api/v1/tenders/{TENDER}/sheet"
        status, sheet, elapsed = client.request("GET", path)
        recorder.add("read sheet", elapsed)
        if status != 200:
            raise RuntimeError(f"reading the sheet answered {status}")
        status, answer, elapsed = client.request("PUT", path, {"marks": marks_for(sheet, draft_value)})
        recorder.add("save draft", elapsed)
        if status != 200:
            raise RuntimeError(f"saving the draft answered {status}: {str(answer)[:300]}")
        recorder.ack(name, "draft")
        status, answer, elapsed = client.request("POST", path + "/submit", {"marks": marks_for(sheet, submit_value)})
        recorder.add("submit", elapsed)
        if status != 200:
            raise RuntimeError(f"submitting answered {status}: {str(answer)[:300]}")
        recorder.ack(name, "submitted")
    except Exception as error:  # a killed server: the connection breaks mid-request
        if not tolerate_errors:
            recorder.fail(f"{name}: {error}")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered) + 0.5)) - 1))]


def report_latencies(recorder, wall):
    total = 0
    for kind in ["sign-in", "read sheet", "save draft", "submit"]:
        values = recorder.latencies.get(kind, [])
        total += len(values)
        if values:
            print(f"  {kind:<11} n={len(values):>4}  p50 {percentile(values, 0.50) * 1000:8.1f} ms  "
                  f"p99 {percentile(values, 0.99) * 1000:8.1f} ms  max {max(values) * 1000:8.1f} ms")
    writes = recorder.latencies.get("save draft", []) + recorder.latencies.get("submit", [])
    if writes:
        print(f"  writes      n={len(writes):>4}  p50 {percentile(writes, 0.50) * 1000:8.1f} ms  p99 {percentile(writes, 0.99) * 1000:8.1f} ms")
    print(f"  {total} requests in {wall:.2f} s: {total / wall:.1f} requests/s")


# ---------------------------------------------------------------------------------------------
# Reading the database directly, to count what is stored


class Database:
    def __init__(self, data, url):
        self.data, self.url = data, url

    def rows(self, sql):
        if self.data:
            connection = sqlite3.connect(os.path.join(self.data, "vendorscore.sqlite"))
            try:
                return [tuple(str(value) for value in row) for row in connection.execute(sql).fetchall()]
            finally:
                connection.close()
        output = subprocess.run(["psql", self.url, "-X", "-A", "-t", "-F", "\t", "-c", sql], check=True,
                                capture_output=True, text=True).stdout
        return [tuple(line.split("\t")) for line in output.splitlines() if line]


def bool_text(value):
    return value in ("1", "t", "true", "True")


def stored_sheets(database, ids_by_name):
    """For each expert: (submitted, version, {points: count}, number of mark rows, events)."""
    names = {user: name for name, user in ids_by_name.items()}
    sheets = {}
    for user, submitted, version in database.rows(
            f"SELECT user_id, submitted, version FROM sheets WHERE tender_id = '{TENDER}'"):
        sheets[names[user]] = {"submitted": bool_text(submitted), "version": int(version), "points": {}, "marks": 0,
                               "events": {}}
    for user, points, count in database.rows(
            f"SELECT user_id, points, COUNT(*) FROM marks WHERE tender_id = '{TENDER}' GROUP BY user_id, points"):
        sheet = sheets.setdefault(names[user], {"submitted": False, "version": 0, "points": {}, "marks": 0, "events": {}})
        sheet["points"][points] = int(count)
        sheet["marks"] += int(count)
    for subject, action, count in database.rows(
            f"SELECT subject, action, COUNT(*) FROM event_log WHERE tender_id = '{TENDER}' "
            "AND action IN ('marks.saved', 'marks.submitted') GROUP BY subject, action"):
        sheet = sheets.setdefault(names[subject], {"submitted": False, "version": 0, "points": {}, "marks": 0, "events": {}})
        sheet["events"][action] = int(count)
    return sheets


def log_verify(binary, store_args):
    result = subprocess.run([binary, "log", "verify"] + store_args, capture_output=True, text=True)
    print("  log verify: " + (result.stdout.strip() or result.stderr.strip()).replace("\n", " / "))
    return result.returncode == 0


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["load", "crash", "tenders"])
    parser.add_argument("--server", required=True, help="the vendorscore executable")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--data", help="an SQLite data folder (new for load and crash)")
    where.add_argument("--database", help="a postgresql:// URL of an empty database (load, crash)")
    parser.add_argument("--experts", type=int, default=50)
    parser.add_argument("--bids", type=int, default=14)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--port", type=int, default=18181)
    parser.add_argument("--kill-after", type=int, default=0,
                        help="acknowledged writes before the kill (crash; default: a third of the experts' writes)")
    parser.add_argument("--rounds", type=int, default=20, help="timed requests of each kind (tenders)")
    options = parser.parse_args()

    store_args = ["--data", options.data] if options.data else ["--database", options.database]
    label = "SQLite" if options.data else "PostgreSQL"
    log_path = os.path.join(options.data if options.data else os.environ.get("TMPDIR", "/tmp"),
                            f"serve-{os.getpid()}.log")
    if options.data:
        os.makedirs(options.data, exist_ok=True)
    server = Server(options.server, store_args, options.port, log_path)
    server.start()
    try:
        if options.mode == "tenders":
            return tenders(options, server, label)
        return submissions(options, server, store_args, label)
    finally:
        server.stop()


def submissions(options, server, store_args, label):
    first = server.one_time_password()
    if first is None:
        sys.exit("the data is not new: no one-time password was printed")
    names, ids = set_up(options.port, first, options.experts, options.bids, options.criteria)
    ids_by_name = dict(zip(names, ids))
    cells = options.bids * options.criteria
    recorder = Recorder()
    crash = options.mode == "crash"
    kill_after = options.kill_after or max(1, 2 * options.experts // 3)
    print(f"== {label}: {options.experts} experts, {options.bids} bids x {options.criteria} criteria"
          + (f", SIGKILL after {kill_after} acknowledged writes" if crash else ""))
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.experts) as pool:
        work = [pool.submit(expert_work, options.port, name, recorder, crash) for name in names]
        if crash:
            while recorder.writes() < kill_after and not all(job.done() for job in work):
                time.sleep(0.001)
            server.kill()
        concurrent.futures.wait(work)
    wall = time.perf_counter() - started
    problems = list(recorder.failures)

    if crash:
        acknowledged = dict(recorder.acknowledged)
        print(f"  killed with {sum(1 for a in acknowledged.values() if a == 'submitted')} submissions and "
              f"{sum(1 for a in acknowledged.values() if a == 'draft')} drafts acknowledged")
        server.start()
    else:
        report_latencies(recorder, wall)

    sheets = stored_sheets(Database(options.data, options.database), ids_by_name)
    for name in names:
        sheet = sheets.get(name, {"submitted": False, "version": 0, "points": {}, "marks": 0, "events": {}})
        events = sheet["events"]
        # Nothing half-applied: a sheet holds no marks or all of them, all from one request.
        if sheet["marks"] not in (0, cells) or len(sheet["points"]) > 1:
            problems.append(f"{name}: a half-written sheet: {sheet['points']}")
        if sheet["submitted"] and sheet["points"] != {submit_value(None): cells}:
            problems.append(f"{name}: submitted, but its marks are {sheet['points']}")
        if not sheet["submitted"] and sheet["marks"] and sheet["points"] != {draft_value(None): cells}:
            problems.append(f"{name}: a draft with marks {sheet['points']}")
        # Every stored change has its event and the reverse: one event per version.
        if sheet["version"] != events.get("marks.saved", 0) + events.get("marks.submitted", 0):
            problems.append(f"{name}: version {sheet['version']} but events {events}")
        if crash:
            wanted = recorder.acknowledged.get(name)
            if wanted == "submitted" and not sheet["submitted"]:
                problems.append(f"{name}: the acknowledged submission is missing")
            if wanted == "draft" and sheet["marks"] != cells:
                problems.append(f"{name}: the acknowledged draft is missing")
        elif not (sheet["submitted"] and events == {"marks.saved": 1, "marks.submitted": 1} and sheet["version"] == 2):
            problems.append(f"{name}: expected one save and one submission, found version {sheet['version']}, events {events}")
    stored_submitted = sum(1 for sheet in sheets.values() if sheet["submitted"])
    print(f"  stored: {len(sheets)} sheets, {stored_submitted} submitted, "
          f"{sum(sheet['marks'] for sheet in sheets.values())} marks")
    server.stop()
    if not log_verify(options.server, store_args):
        problems.append("the log chain is not intact")
    for problem in problems[:20]:
        print("  PROBLEM " + problem)
    print("  " + ("FAILED" if problems else "OK: nothing lost, duplicated or half-applied"))
    return 1 if problems else 0


def tenders(options, server, label):
    """Times the tender list and one tender's page as an officer, on seeded data."""
    first = server.one_time_password()
    if first is not None:
        admin = Client(options.port)
        admin.sign_in("admin", first)
        admin.expect(204, "POST", "/api/v1/password", {"current": first, "new": PASSWORD})
        admin.sign_in("admin", PASSWORD)
        account(options.port, admin, "bench-officer", ["officer"])
    # Else a database this benchmark has served before: its officer is there already.
    officer = Client(options.port)
    officer.sign_in("bench-officer", PASSWORD)
    first_page = officer.expect(200, "GET", "/api/v1/tenders")
    if not first_page["tenders"]:
        sys.exit("no tenders: seed the database first")
    # The list is paged: its last page is the one a database must skip the most rows to reach.
    last = first_page["pages"]
    last_page = officer.expect(200, "GET", f"/api/v1/tenders?page={last}")
    listed = last_page["tenders"]
    middle = listed[len(listed) // 2]["id"]
    print(f"== {label}: {first_page['total']} tenders on {last} pages of {first_page['pageSize']}, "
          f"{options.rounds} rounds each")
    problems = []
    for kind, path in [("list (page)", "/tenders"), ("list (API)", "/api/v1/tenders"),
                       ("last page", f"/tenders?page={last}"), ("last (API)", f"/api/v1/tenders?page={last}"),
                       ("tender page", f"/tenders/{middle}"), ("tender (API)", f"/api/v1/tenders/{middle}")]:
        officer.request("GET", path)  # warm: the first request pays for connections and caches
        times = []
        for _ in range(options.rounds):
            status, _, elapsed = officer.request("GET", path)
            if status != 200:
                problems.append(f"{path} answered {status}")
            times.append(elapsed)
        p50, worst = percentile(times, 0.5) * 1000, max(times) * 1000
        print(f"  {kind:<13} p50 {p50:7.1f} ms  p99 {percentile(times, 0.99) * 1000:7.1f} ms  max {worst:7.1f} ms"
              + ("" if p50 < 100 else "  (over 100 ms)"))
        if p50 >= 100:
            problems.append(f"{kind} took {p50:.1f} ms at the median")
    for problem in problems:
        print("  PROBLEM " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
