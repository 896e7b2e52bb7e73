"""A fake MI5 threat-level RSS feed served over real HTTP on the loopback, for testing `sync`.

A test sets what the feed answers (body, status, a delay before answering) and points the tool
at `url`; nothing in the tool is patched.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PATH = "/UKThreatLevel/UKThreatLevel.xml"


def rss(title: str, pub_date: str | None = "Thursday, April 30, 2026 -  06:09",
        description: str | None = None) -> bytes:
    """A feed shaped like MI5's: RSS 2.0, one item, HTML in the description, its own date style."""
    if description is None:
        description = ("&lt;p&gt;The current national threat level is {level}.&lt;/p&gt;"
                       "&lt;p&gt;The threat to Northern Ireland from Northern Ireland-related terrorism "
                       "is SUBSTANTIAL.&lt;/p&gt;").format(level=title.rsplit(" ", 1)[-1])
    dated = f"<pubDate>{pub_date}</pubDate>" if pub_date is not None else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>Current UK Threat Level</title><link>https://www.mi5.gov.uk/</link>"
        "<description>MI5 threat level</description>"
        f"<item><title>{title}</title><link>https://www.mi5.gov.uk/threat-levels</link>"
        f"<description>{description}</description>{dated}</item>"
        "</channel></rss>"
    ).encode()


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    delay: float = 0.0


class FakeFeed:
    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.answer = Answer(rss("Current Threat Level: SEVERE"))
        self.requests = 0
        self.url = f"http://127.0.0.1:{server.server_address[1]}{PATH}"


@contextmanager
def fake_feed() -> Iterator[FakeFeed]:
    feed: FakeFeed

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            feed.requests += 1
            answer = feed.answer
            time.sleep(answer.delay)
            try:
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: what a timeout test expects

        def log_message(self, format: str, *args: object) -> None:  # http.server's own signature
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    feed = FakeFeed(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield feed
    finally:
        server.shutdown()
        server.server_close()
