#!/usr/bin/env python3
"""Edit-to-reload latency of `wegwijzer serve` on the kader (issue #11: target <= 200 ms).

    python3 bench/serve_reload.py [WEGWIJZER_BINARY] [ROUNDS]

Copies the site (config, content, themes) to a temporary folder, starts `serve --port 0` there,
opens the live-reload event stream like an open page does, then changes one sentence in a
kader chapter ROUNDS times (default 20). For each edit it times the moment the file is written
until the `event: reload` arrives, and until the changed page has been fetched again.
Prints the median, the 90th percentile and the maximum of both, and the server's CPU time per
edit: on a shared, loaded machine the wall times measure the queue for the CPU as well.
"""
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "wegwijzer")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
PAGE = "content/kader/hoofdstuk-2.md"


def http_get(port, target):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head.decode("latin-1"), body.decode("utf-8", "replace")


def main():
    work = tempfile.mkdtemp(prefix="wegwijzer-reload-")
    for name in ("site-config.toml",):
        shutil.copy(os.path.join(ROOT, name), work)
    for name in ("content", "themes"):
        shutil.copytree(os.path.join(ROOT, name), os.path.join(work, name))
    page = os.path.join(work, PAGE)
    with open(page, encoding="utf-8") as f:
        original = f.read()
    out = open(os.path.join(work, "serve.out"), "w+")
    try:
        proc = subprocess.Popen([BINARY, "serve", "--port", "0"], cwd=work, stdout=out, stderr=subprocess.DEVNULL)
    except OSError as e:
        shutil.rmtree(work, ignore_errors=True)
        sys.exit(f"cannot start {BINARY}: {e}")
    try:
        port = 0
        deadline = time.monotonic() + 60
        while not port and time.monotonic() < deadline:
            time.sleep(0.05)
            out.seek(0)
            m = re.search(r"Voorvertoning: http://127\.0\.0\.1:(\d+)/", out.read())
            port = int(m.group(1)) if m else 0
        if not port:
            sys.exit("serve did not start")
        url = "/" + PAGE[len("content/"):-3] + ".html"
        head, _ = http_get(port, url)
        version = re.search(r'wegwijzer;desc="([^"]+)"', head).group(1)
        events = socket.create_connection(("127.0.0.1", port), timeout=10)
        events.sendall(f"GET /__wegwijzer/events?versie={version} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        received = b""
        to_event, to_page, cpu = [], [], []
        tick = os.sysconf("SC_CLK_TCK")

        def cpu_ms():  # user + system time of the server so far
            fields = open(f"/proc/{proc.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) * 1000 / tick
        for i in range(ROUNDS):
            time.sleep(0.3)  # apart from the previous edit, so each is one rebuild
            marker = f"Meetzin {i} voor de herlaadtijd."
            start, cpu_start = time.monotonic(), cpu_ms()
            with open(page, "w", encoding="utf-8") as f:
                f.write(original + "\n" + marker + "\n")
            while b"event: reload" not in received:
                chunk = events.recv(65536)
                if not chunk:
                    sys.exit("event stream closed")
                received += chunk
            to_event.append((time.monotonic() - start) * 1000)
            cpu.append(cpu_ms() - cpu_start)
            received = received[received.index(b"event: reload") + 13:]
            _, body = http_get(port, url)
            to_page.append((time.monotonic() - start) * 1000)
            if marker not in body:
                sys.exit(f"round {i}: the reloaded page lacks the edit")
        events.close()
        out.seek(0)
        builds = [int(x) for x in re.findall(r"gebouwd in (\d+) ms", out.read())[1:]]

        def summary(xs):
            xs = sorted(xs)
            p90 = xs[min(len(xs) - 1, int(round(0.9 * (len(xs) - 1))))]
            return f"median {statistics.median(xs):.0f} ms, p90 {p90:.0f} ms, max {xs[-1]:.0f} ms"

        print(f"{ROUNDS} edits of {PAGE}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        print(f"  edit -> reload event:        {summary(to_event)}")
        print(f"  edit -> changed page fetched: {summary(to_page)}")
        print(f"  server CPU time per edit:     {summary(cpu)} (what the wait is on an idle machine)")
        if builds:
            print(f"  rebuild alone (serve log):    {summary(builds)}")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
