"""``audio-edition serve``: the publish folder over HTTP, the way a static host serves it.

Python's http.server answers a Range request with the whole file (200), which breaks
seeking in browsers and resumed downloads in podcast apps. This handler is still stdlib,
but speaks the parts of HTTP/1.1 a podcast needs: GET and HEAD, single byte ranges (206,
416 when unsatisfiable, If-Range), validators (ETag, Last-Modified) with conditional GET
(If-None-Match, If-Modified-Since -> 304), keep-alive, and the podcast MIME types.
Hidden files (the lock, temporary files of a publish in progress) are never served.
"""

from __future__ import annotations

import email.utils
import os
import re
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO

CHUNK = 64 * 1024
TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}
REVALIDATE = {".xml", ".html", ".json"}  # change on every publish: clients must check back
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str, size: int) -> tuple[int, int] | None | str:
    """``bytes=a-b`` -> (first, last) inclusive; None to ignore the header (malformed or
    several ranges: the whole file is a correct answer); "unsatisfiable" for a 416."""
    match = _RANGE.match(header.strip().replace(" ", ""))
    if not match or match.group(1) == match.group(2) == "":
        return None
    first, last = match.group(1), match.group(2)
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if last and int(last) < start:
        return None
    if start >= size:
        return "unsatisfiable"
    return start, end


class PublishFolderHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "audio-edition"
    root: Path = Path(".")
    quiet = False

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _target(self) -> Path | None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        parts = [p for p in path.split("/") if p]
        if any(p.startswith(".") or "\\" in p or "\x00" in p for p in parts):
            return None
        target = self.root.joinpath(*parts)
        if target.is_dir():
            if not path.endswith("/"):
                return target  # redirected by the caller
            target = target / "index.html"
        return target if target.is_file() else None

    def _plain(self, status: HTTPStatus, headers: dict[str, str] | None = None, with_body: bool = True) -> None:
        body = f"{status.value} {status.phrase}\n".encode() if status.value >= 400 else b""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        if with_body and body:
            self.wfile.write(body)

    def _serve(self, with_body: bool) -> None:
        target = self._target()
        if target is None:
            self._plain(HTTPStatus.NOT_FOUND, with_body=with_body)
            return
        if target.is_dir():
            location = urllib.parse.urlsplit(self.path)._replace(path=urllib.parse.urlsplit(self.path).path + "/")
            self._plain(HTTPStatus.MOVED_PERMANENTLY, {"Location": location.geturl()}, with_body)
            return
        try:
            handle = target.open("rb")
        except OSError:
            self._plain(HTTPStatus.NOT_FOUND, with_body=with_body)
            return
        with handle:
            self._send_file(handle, target, with_body)

    def _send_file(self, handle: BinaryIO, target: Path, with_body: bool) -> None:
        stat = os.fstat(handle.fileno())
        size = stat.st_size
        etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
        modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
        validators = {
            "ETag": etag,
            "Last-Modified": modified,
            "Accept-Ranges": "bytes",
            "Cache-Control": "no-cache" if target.suffix in REVALIDATE else "public, max-age=3600",
            # Web players on other sites fetch transcripts and chapters (Podcasting 2.0 asks for CORS).
            "Access-Control-Allow-Origin": "*",
        }
        if self._not_modified(etag, stat.st_mtime):
            self._plain(HTTPStatus.NOT_MODIFIED, validators, with_body=False)
            return
        first, last, status = 0, size - 1, HTTPStatus.OK
        wanted = self.headers.get("Range")
        if wanted and self._if_range_holds(etag, modified):
            parsed = parse_range(wanted, size)
            if parsed == "unsatisfiable":
                self._plain(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, {**validators, "Content-Range": f"bytes */{size}"}, with_body)
                return
            if isinstance(parsed, tuple):
                first, last = parsed
                status = HTTPStatus.PARTIAL_CONTENT
        self.send_response(status)
        for name, value in validators.items():
            self.send_header(name, value)
        self.send_header("Content-Type", TYPES.get(target.suffix.lower(), "application/octet-stream"))
        self.send_header("Content-Length", str(max(0, last - first + 1)))
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.end_headers()
        if not with_body:
            return
        handle.seek(first)
        remaining = last - first + 1
        try:
            while remaining > 0:
                chunk = handle.read(min(CHUNK, remaining))
                if not chunk:
                    break
                self.wfile.write(chunk)
                remaining -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away (a seek, a cancelled download)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        none_match = self.headers.get("If-None-Match")
        if none_match is not None:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
            tags = [t.strip().removeprefix("W/") for t in none_match.split(",")]
            return "*" in tags or etag in tags
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = email.utils.parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
            return when is not None and int(mtime) <= when.timestamp()
        return False

    def _if_range_holds(self, etag: str, modified: str) -> bool:
        condition = self.headers.get("If-Range")
        return condition is None or condition.strip() in (etag, modified)


class PublishFolderServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False) -> PublishFolderServer:
    """A server for ``folder`` (port 0: any free port; see ``server.server_address``)."""
    handler = type("Handler", (PublishFolderHandler,), {"root": folder.resolve(), "quiet": quiet})
    return PublishFolderServer((host, port), handler)
