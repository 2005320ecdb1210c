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

One asyncio loop serves it all. It shares the machine with the app in every load test, so it is
kept cheap: about 90 µs of CPU per send here, where the threaded http.server it replaced took
about 350 µs, most of it parsing headers.

Usage: fake_platform.py [port] (default 9099)
"""
import asyncio
import json
import sys
import time
from urllib.parse import parse_qs, urlparse


class Record:
    """The messages sent so far, per recipient and overall; a long poll waits on its recipient."""

    def __init__(self):
        self.all = []
        self.by_to = {}
        self.waiting = {}  # recipient -> Event set by the next message to them

    def add(self, to, text, options):
        m = {"seq": len(self.all), "at": int(time.time() * 1000), "to": to,
             "text": text, "options": options}
        self.all.append(m)
        self.by_to.setdefault(to, []).append(m)
        event = self.waiting.pop(to, None)
        if event is not None:
            event.set()
        return m

    async def since(self, to, after, wait_ms):
        deadline = time.monotonic() + wait_ms / 1000.0
        while True:
            got = self.by_to.get(to, [])[after:]
            left = deadline - time.monotonic()
            if got or left <= 0:
                return list(got)
            event = self.waiting.setdefault(to, asyncio.Event())
            try:
                await asyncio.wait_for(event.wait(), left)
            except asyncio.TimeoutError:
                pass

    def reset(self):
        self.all.clear()
        self.by_to.clear()


RECORD = None


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


async def route(method, path, body):
    """(status, value) for one request."""
    url = urlparse(path)
    if method == "GET":
        q = parse_qs(url.query)
        if url.path == "/sent":
            to = q.get("to", [""])[0]
            after = int(q.get("after", ["0"])[0])
            wait = min(int(q.get("wait", ["0"])[0]), 600_000)
            return 200, await RECORD.since(to, after, wait)
        if url.path == "/sent/all":
            return 200, list(RECORD.all)
        if url.path == "/sent/stats":
            return 200, {"recorded": len(RECORD.all), "recipients": len(RECORD.by_to)}
        return 404, {"error": "not_found", "message": f"no route {url.path}"}
    try:
        body = json.loads(body or b"{}")
    except ValueError:
        body = None
    if url.path == "/sent/inject":
        return 200, RECORD.add(body["to"], body.get("text", ""), body.get("options", []))
    if url.path == "/sent/reset":
        RECORD.reset()
        return 200, {"ok": True}
    if url.path.endswith("/messages") and isinstance(body, dict) \
            and body.get("messaging_product") == "whatsapp":
        m = RECORD.add(*whatsapp_message(body))
        return 200, {"messaging_product": "whatsapp", "contacts": [{"wa_id": m["to"]}],
                     "messages": [{"id": f"wamid.fake.{m['seq']}"}]}
    # Telegram, Messenger and anything else: a plain success.
    return 200, {"messages": [{"id": "wamid.fake"}], "ok": True, "result": True}


REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"}


async def connection(reader, writer):
    """HTTP/1.1 with keep-alive, one request at a time: a stand-in must stay cheap, so the
    parsing is the little the clients here need (request line, Content-Length, Connection)."""
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = head.decode("latin-1").split("\r\n")
            method, path = lines[0].split(" ", 2)[:2]
            length, close, chunked = 0, False, False
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value.strip())
                elif name == "connection":
                    close = value.strip().lower() == "close"
                elif name == "transfer-encoding":
                    chunked = "chunked" in value.lower()
            if chunked:  # size line, data, CRLF; a last chunk of 0 and no trailers
                body = b""
                while True:
                    size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
                    body += (await reader.readexactly(size + 2))[:-2]
                    if size == 0:
                        break
            else:
                body = await reader.readexactly(length) if length else b""
            try:
                status, value = await route(method, path, body)
            except Exception as e:  # a malformed test request: say so, keep serving
                status, value = 400, {"error": "bad_request", "message": str(e)}
            data = json.dumps(value).encode()
            writer.write(f"HTTP/1.1 {status} {REASONS.get(status, 'X')}\r\n"
                         f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                         f"{'Connection: close' + chr(13) + chr(10) if close else ''}\r\n"
                         .encode() + data)
            await writer.drain()
            if close:
                return
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


async def main(port):
    global RECORD
    RECORD = Record()
    server = await asyncio.start_server(connection, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9099))
