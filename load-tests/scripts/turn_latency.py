#!/usr/bin/env python3
"""Median and p95 time of one web-chat turn over N warm turns against a running Bookline.

Usage: load-tests/scripts/turn_latency.py [base_url] [turns]
Each turn asks for free Gel Manicure times tomorrow, so it runs understanding, availability
(Postgres reads), the dialogue and the one-transaction commit. The first 20 turns warm up.
"""
import http.client, json, statistics, sys, time, urllib.parse

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
turns = int(sys.argv[2]) if len(sys.argv) > 2 else 200
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=30)

visitors = {}  # user -> the visitor token the chat handed out (ADR 0020)

def turn(user, text):
    msg = {"text": text}
    if user in visitors:
        msg["visitor"] = visitors[user]
    body = json.dumps(msg)
    t0 = time.perf_counter()
    conn.request("POST", "/webhooks/web/demo", body, {"Content-Type": "application/json"})
    res = conn.getresponse()
    data = res.read()
    elapsed = time.perf_counter() - t0
    if res.status != 200:
        raise SystemExit(f"HTTP {res.status}: {data[:200]!r}")
    visitors.setdefault(user, json.loads(data)["visitor"])
    return elapsed

for i in range(20):
    turn("latency-warmup", "gel manicure tomorrow")
samples = [turn("latency-user", "gel manicure tomorrow") for _ in range(turns)]
ms = sorted(s * 1000 for s in samples)
print(f"{turns} warm turns: median {statistics.median(ms):.2f} ms, "
      f"p95 {ms[int(len(ms) * 0.95) - 1]:.2f} ms, max {ms[-1]:.2f} ms")
