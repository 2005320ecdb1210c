#!/usr/bin/env python3
"""A fake WhatsApp/Telegram/Messenger send API for load tests, on 127.0.0.1 only.

Every POST gets a 200 (WhatsApp: {"messages":[{"id":…}]}). WhatsApp sends to
/{phone-number-id}/messages are also recorded, in arrival order, so a load test can read the
bot's replies back and a correctness check can compare them with Postgres:

  GET  /sent?to=ID&after=N&wait=MS  messages sent to ID from index N on; waits up to MS
                                    milliseconds for the first one (long poll), else []
  GET  /sent/all                    every recorded message, in arrival order
  GET  /sent/stats                  {"recorded": n, "recipients": m}
  POST /sent/inject                 {"to": ID, "text": …, "options": […]} records a message as
                                    if the app had sent it (the check's self-test uses it)
  POST /sent/reset                  forgets everything recorded

A recorded message: {"seq", "at" (epoch ms), "to", "text", "options"}. Interactive messages
(buttons, lists) keep their body text and option titles; a plain text message keeps its body.

Usage: fake_platform.py [port] (default 9099)
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


class Record:
    """The messages sent so far, per recipient and overall, with a condition to wait on."""

    def __init__(self):
        self.lock = threading.Condition()
        self.all = []
        self.by_to = {}

    def add(self, to, text, options):
        with self.lock:
            m = {"seq": len(self.all), "at": int(time.time() * 1000), "to": to,
                 "text": text, "options": options}
            self.all.append(m)
            self.by_to.setdefault(to, []).append(m)
            self.lock.notify_all()
            return m

    def since(self, to, after, wait_ms):
        deadline = time.monotonic() + wait_ms / 1000.0
        with self.lock:
            while True:
                got = self.by_to.get(to, [])[after:]
                left = deadline - time.monotonic()
                if got or left <= 0:
                    return list(got)
                self.lock.wait(left)

    def reset(self):
        with self.lock:
            self.all.clear()
            self.by_to.clear()


RECORD = Record()


def whatsapp_message(body):
    """(to, text, options) of a WhatsApp Cloud API send body."""
    to = body.get("to", "")
    if body.get("type") == "interactive":
        interactive = body.get("interactive", {})
        text = interactive.get("body", {}).get("text", "")
        action = interactive.get("action", {})
        options = [b.get("reply", {}).get("title", "") for b in action.get("buttons", [])]
        for section in action.get("sections", []):
            options += [row.get("title", "") for row in section.get("rows", [])]
        ids = [b.get("reply", {}).get("id", "") for b in action.get("buttons", [])]
        for section in action.get("sections", []):
            ids += [row.get("id", "") for row in section.get("rows", [])]
        # Option ids carry the full option text ("opt:" + text); titles may be cut by the platform.
        options = [i[4:] if i.startswith("opt:") else t for i, t in zip(ids, options)]
        return to, text, options
    return to, body.get("text", {}).get("body", ""), []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two small writes; with Nagle on, the second waited for the
    # client's delayed ACK, about 40 ms per answer.
    disable_nagle_algorithm = True

    def reply(self, status, value):
        data = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        try:
            return json.loads(raw or b"{}")
        except ValueError:
            return None

    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query)
        if url.path == "/sent":
            to = q.get("to", [""])[0]
            after = int(q.get("after", ["0"])[0])
            wait = min(int(q.get("wait", ["0"])[0]), 600_000)
            self.reply(200, RECORD.since(to, after, wait))
        elif url.path == "/sent/all":
            with RECORD.lock:
                self.reply(200, list(RECORD.all))
        elif url.path == "/sent/stats":
            with RECORD.lock:
                self.reply(200, {"recorded": len(RECORD.all), "recipients": len(RECORD.by_to)})
        else:
            self.reply(404, {"error": "not_found", "message": f"no route {url.path}"})

    def do_POST(self):
        url = urlparse(self.path)
        body = self.body()
        if url.path == "/sent/inject":
            self.reply(200, RECORD.add(body["to"], body.get("text", ""), body.get("options", [])))
            return
        if url.path == "/sent/reset":
            RECORD.reset()
            self.reply(200, {"ok": True})
            return
        if url.path.endswith("/messages") and isinstance(body, dict) \
                and body.get("messaging_product") == "whatsapp":
            m = RECORD.add(*whatsapp_message(body))
            self.reply(200, {"messaging_product": "whatsapp", "contacts": [{"wa_id": m["to"]}],
                             "messages": [{"id": f"wamid.fake.{m['seq']}"}]})
            return
        # Telegram, Messenger and anything else: a plain success.
        self.reply(200, {"messages": [{"id": "wamid.fake"}], "ok": True, "result": True})

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 9099
    Server(("127.0.0.1", port), Handler).serve_forever()
