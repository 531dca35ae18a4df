"""`audio-edition serve`: HEAD, byte ranges (206/416, If-Range) and conditional GET (304)."""

from __future__ import annotations

import http.client
import urllib.parse
from pathlib import Path

import pytest

from audio_edition.config import Show
from audio_edition.publish import publish
from audio_edition.server import parse_range
from episodes import Served, make_episode


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, show: Show):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("public")
    publish(make_episode(7), show, folder)
    (folder / ".secret.tmp").write_text("half-written")
    with Served(folder) as server:
        yield server


def _request(served: Served, method: str, path: str, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    url = urllib.parse.urlsplit(served.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_head_gives_the_size_and_no_body(served: Served) -> None:
    mp3 = served.folder / "octet-2026-11-07.mp3"
    response, body = _request(served, "HEAD", "/octet-2026-11-07.mp3")
    assert response.status == 200 and body == b""
    assert int(response.headers["Content-Length"]) == mp3.stat().st_size
    assert response.headers["Content-Type"] == "audio/mpeg" and response.headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-99", 0, 99), ("bytes=1000-", 1000, None), ("bytes=-500", -500, None), ("bytes=100-999999999", 100, None)],
)
def test_byte_ranges_are_206_with_exactly_those_bytes(served: Served, header: str, first: int, last: int | None) -> None:
    data = (served.folder / "octet-2026-11-07.mp3").read_bytes()
    expected = data[first : None if last is None else last + 1]
    response, body = _request(served, "GET", "/octet-2026-11-07.mp3", {"Range": header})
    assert response.status == 206 and body == expected
    start = len(data) + first if first < 0 else first
    assert response.headers["Content-Range"] == f"bytes {start}-{start + len(expected) - 1}/{len(data)}"
    assert int(response.headers["Content-Length"]) == len(expected)


def test_unsatisfiable_and_ignored_ranges(served: Served) -> None:
    size = (served.folder / "octet-2026-11-07.mp3").stat().st_size
    response, _ = _request(served, "GET", "/octet-2026-11-07.mp3", {"Range": f"bytes={size}-"})
    assert response.status == 416 and response.headers["Content-Range"] == f"bytes */{size}"
    for ignored in ("bytes=0-1,5-6", "lines=1-2", "bytes=9-3"):  # several ranges, other units, nonsense
        response, body = _request(served, "GET", "/octet-2026-11-07.mp3", {"Range": ignored})
        assert response.status == 200 and len(body) == size, ignored
    assert parse_range("bytes=-0", size) == "unsatisfiable"


def test_conditional_get_and_if_range(served: Served) -> None:
    first, body = _request(served, "GET", "/feed.xml")
    assert first.status == 200 and body.startswith(b"<?xml")
    assert first.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert first.headers["Cache-Control"] == "no-cache"
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    again, body = _request(served, "GET", "/feed.xml", {"If-None-Match": etag})
    assert again.status == 304 and body == b"" and again.headers["ETag"] == etag
    since, _ = _request(served, "GET", "/feed.xml", {"If-Modified-Since": modified})
    assert since.status == 304
    changed, _ = _request(served, "GET", "/feed.xml", {"If-None-Match": '"something-else"', "If-Modified-Since": modified})
    assert changed.status == 200  # If-None-Match wins over If-Modified-Since
    old, _ = _request(served, "GET", "/feed.xml", {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"})
    assert old.status == 200
    # A resumed download with a stale validator gets the whole (new) file, not a mixed one.
    stale, body = _request(served, "GET", "/feed.xml", {"Range": "bytes=10-", "If-Range": '"stale"'})
    assert stale.status == 200 and body.startswith(b"<?xml")
    fresh, body = _request(served, "GET", "/feed.xml", {"Range": "bytes=10-", "If-Range": etag})
    assert fresh.status == 206 and not body.startswith(b"<?xml")


def test_index_pages_redirects_and_what_is_never_served(served: Served) -> None:
    index, body = _request(served, "GET", "/")
    assert index.status == 200 and b"<!doctype html>" in body
    assert index.headers["Content-Type"] == "text/html; charset=utf-8"
    vtt, _ = _request(served, "HEAD", "/octet-2026-11-07.vtt")
    assert vtt.headers["Content-Type"] == "text/vtt; charset=utf-8"
    assert vtt.headers["Access-Control-Allow-Origin"] == "*"  # web players on other sites
    for hidden in ("/.secret.tmp", "/.publish.lock", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/nope.mp3"):
        response, _ = _request(served, "GET", hidden)
        assert response.status == 404, hidden
    (served.folder / "archives").mkdir(exist_ok=True)
    (served.folder / "archives" / "index.html").write_text("<!doctype html>archives")
    moved, _ = _request(served, "GET", "/archives")
    assert moved.status == 301 and moved.headers["Location"] == "/archives/"


def test_keep_alive_serves_several_requests_on_one_connection(served: Served) -> None:
    url = urllib.parse.urlsplit(served.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    sizes = []
    for header in ("bytes=0-9", "bytes=10-19", "bytes=20-29"):
        connection.request("GET", "/octet-2026-11-07.mp3", headers={"Range": header})
        response = connection.getresponse()
        sizes.append((response.status, len(response.read())))
    connection.close()
    assert sizes == [(206, 10)] * 3


def test_pythons_own_server_ignores_ranges(tmp_path: Path) -> None:
    """Why `serve` has its own handler: http.server answers a Range request with 200."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    (tmp_path / "a.bin").write_bytes(bytes(1000))
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        connection.request("GET", "/a.bin", headers={"Range": "bytes=0-9"})
        response = connection.getresponse()
        assert response.status == 200 and len(response.read()) == 1000
    finally:
        server.shutdown()
        server.server_close()
