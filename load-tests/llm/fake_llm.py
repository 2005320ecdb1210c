#!/usr/bin/env python3
"""A slow OpenAI-compatible chat-completions server for load tests (issue 18's P4).

Every POST to /v1/chat/completions is answered after DELAY seconds (default 1.0) with one tool
call reading the message as a greeting and a fixed `usage`. asyncio: thousands of requests can
wait at once on one thread, so the fake is never the bottleneck it measures.

usage: fake_llm.py PORT [DELAY_SECONDS]
"""
import asyncio
import json
import sys

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 19199
DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

ARGS = json.dumps({"intent": "ask_hours", "service": None, "date": None, "time": None,
                   "time_qualifier": None, "part_of_day": None, "staff": None,
                   "customer_name": None, "choice": None})
BODY = json.dumps({
    "id": "chatcmpl-load", "object": "chat.completion", "created": 0, "model": "fake-model",
    "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": None,
                 "message": {"role": "assistant", "content": None, "refusal": None,
                             "tool_calls": [{"id": "call_1", "type": "function",
                                             "function": {"name": "read_message",
                                                          "arguments": ARGS}}]}}],
    "usage": {"prompt_tokens": 800, "completion_tokens": 40, "total_tokens": 840},
}).encode()
served = 0


async def handle(reader, writer):
    global served
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            await asyncio.sleep(DELAY)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
            await writer.drain()
            served += 1
    except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT, backlog=2048)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
