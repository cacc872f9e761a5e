#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Measures journey lsp and journey serve from a client's side (run by bench/lsp.sh).

  live_bench.py lsp JOURNEY-BINARY JOURNEY-FILE       diagnostics and completion latency, memory
  live_bench.py serve JOURNEY-BINARY JOURNEY-FILE     preview update latency

Standard-library Python only. Times are wall-clock from the client: for diagnostics, from writing
the change to reading the diagnostics of that version (so the server's debounce is included).
"""
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


class Client:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "lsp"] + os.environ.get("LSP_ARGS", "").split(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        length = 0
        while True:
            line = self.proc.stdout.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics_of(self, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and \
                    message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as status:
            return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def bench_lsp(binary, path):
    text = open(path).read()
    uri = "file://" + os.path.abspath(path)
    lines = text.split("\n")
    name_line = next(n for n, l in enumerate(lines) if re.match(r"\s+name: ", l) and n > 20)
    name_col = lines[name_line].index("name: ") + 6
    next_line = next(n for n, l in enumerate(lines) if "next: [" in l)
    next_col = lines[next_line].index("next: [") + 7
    client = Client(binary)
    client.request("initialize", {"capabilities": {}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen",
                  {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
    client.diagnostics_of(1)
    version = 1

    def edit():
        nonlocal version
        version += 1
        letter = "ab"[version % 2]
        at = {"line": name_line, "character": name_col}
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": at, "end": {"line": name_line, "character": name_col + 1}},
                                "text": letter}]})

    diagnostics, completions = [], []
    for _ in range(100):
        started = time.perf_counter()
        edit()
        client.diagnostics_of(version)
        diagnostics.append(time.perf_counter() - started)
        started = time.perf_counter()
        reply = client.request("textDocument/completion", {
            "textDocument": {"uri": uri}, "position": {"line": next_line, "character": next_col}})
        completions.append(time.perf_counter() - started)
        assert reply["result"]["items"], "completion offered nothing"
    print(f"diagnostics after a change, {len(lines)} lines: median {ms(statistics.median(diagnostics))}, "
          f"90th percentile {ms(sorted(diagnostics)[89])} (debounce included)")
    print(f"completion of touchpoint ids in next: median {ms(statistics.median(completions))}, "
          f"90th percentile {ms(sorted(completions)[89])}")
    samples = [(version, client.rss_kib())]
    for block in range(10):
        for _ in range(1000):
            edit()
        client.diagnostics_of(version)
        samples.append((version, client.rss_kib()))
    print("memory over 10,000 edits (edits: RSS): " +
          ", ".join(f"{v - 1}: {kib / 1024:.1f} MiB" for v, kib in samples))
    client.request("shutdown", None)
    client.notify("exit", None)
    client.proc.wait()


def bench_serve(binary, path):
    work = tempfile.mkdtemp()
    journey = os.path.join(work, "bench.journey.yaml")
    shutil.copy(path, journey)
    server = subprocess.Popen([binary, "serve", work], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        port = int(re.search(rb"127\.0\.0\.1:(\d+)", server.stdout.readline()).group(1))
        events = http.client.HTTPConnection("127.0.0.1", port)
        events.request("GET", "/events")
        stream = events.getresponse()
        text = open(journey).read()
        name = re.search(r"name: (.+)", text.split("phases:")[1]).group(1)
        updates, pictures = [], []
        for n in range(20):
            edited = text.replace("name: " + name, f"name: {name} {n}", 1)
            started = time.perf_counter()
            with open(journey, "w") as f:
                f.write(edited)
            while not stream.readline().startswith(b"event: change"):
                pass
            updates.append(time.perf_counter() - started)
            page = http.client.HTTPConnection("127.0.0.1", port)
            page.request("GET", "/j/bench/flow.svg?lang=en&theme=light")
            body = page.getresponse().read()
            pictures.append(time.perf_counter() - started)
            assert f"{name} {n}".encode() in body, "the picture does not show the edit"
        print(f"preview, save to the page told to reload (pictures drawn): median {ms(statistics.median(updates))}")
        print(f"preview, save to the new flow picture fetched: median {ms(statistics.median(pictures))}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work)


if __name__ == "__main__":
    {"lsp": bench_lsp, "serve": bench_serve}[sys.argv[1]](sys.argv[2], sys.argv[3])
