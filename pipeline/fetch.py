"""Fetching pages into the raw folder, politely and safely: the library behind ``newsdigest fetch``.

This module owns everything between a list of URLs and the WARC file of a run (``pipeline.warc``
owns the file format). Per URL it answers one :class:`FetchResult` with an outcome and a one-line
reason; nothing it meets on the network raises out of :func:`fetch`.

Decisions, each with its reason:

- **robots.txt** is parsed with protego (the stdlib parser ignores ``*`` and ``$`` wildcards),
  fetched once per origin and run through the same guarded client. A 2xx is obeyed (only its first
  ``robots_max_bytes``, as Google reads the first 500 KiB); any other 4xx allows everything; a 429,
  a 5xx or an unreachable server disallows the whole origin for this run (RFC 9309 section 2.3.1.4,
  and what Google does). It is not retried and not archived. A ``Crawl-delay`` raises the host's
  delay (capped by ``max_retry_after``).
- **SSRF guard**: the client connects only through :class:`GuardedBackend`, which resolves the host
  itself, refuses the connection if *any* address is refused (:func:`address_refusal`) and then
  connects to one of the addresses it checked, so there is no second lookup to rebind. Redirects are
  followed by this module, hop by hop, so every hop meets the guard, robots.txt and the redirect
  limit. ``allow_private`` admits loopback, private and other non-public unicast addresses; it never
  admits link-local (169.254.0.0/16, fe80::/10, which holds the cloud metadata endpoints), the known
  metadata addresses, multicast or the unspecified address. Proxies from the environment are
  ignored (``trust_env=False``): a proxy would connect on our behalf, past the guard.
- **Sizes**: raw bytes are counted as they leave the socket (``iter_raw``) and the body is dropped
  at ``max_bytes``; the ``Content-Encoding`` is undone alongside by :class:`warc.CappedDecoder`,
  which stops inflating at ``max_bytes`` too, so a gzip bomb costs about ``max_bytes`` of memory.
  The archive keeps the body as received (encoded); ``warc.read_responses`` decodes it again.
- **Retries**: 429, 500, 502, 503 and 504, timeouts and connection errors are retried ``retries``
  times. ``Retry-After`` (seconds or an HTTP date) is honoured; one longer than ``max_retry_after``
  ends the URL as ``http_error`` instead of retrying early. Otherwise the wait is exponential
  (``backoff_base * 2**n``, at most ``backoff_max``). Every wait is put on the host, so other URLs of
  that host wait too.
- **Politeness**: at most ``max_per_host`` requests in flight to one host and at least
  ``host_delay`` seconds between the starts of two requests to it; ``max_concurrency`` overall.
- **Conditional re-fetch**: ETag and Last-Modified of each fetched URL are kept in
  ``RAW/.newsdigest/fetch-state.sqlite`` and sent back as If-None-Match / If-Modified-Since; a 304
  writes nothing. The state is committed only after the run's WARC file is published, and a
  validator whose WARC file is gone is not sent, so a page is never "not modified" without a copy.
- **Archive**: every response whose body was read is archived (2xx pages, redirects, error pages
  up to 64 KiB, marked ``WARC-Truncated`` when cut). Not archived: 304s, bodies refused for their
  type or size, timeouts, robots.txt.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from typing import Any, Literal

import httpcore
import httpx
from protego import Protego

from pipeline import warc

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "newsdigest/0.1 (+https://example.invalid/newsdigest)"
STATE_DIRNAME = ".newsdigest"
STATE_FILENAME = "fetch-state.sqlite"
ERROR_BODY_LIMIT = 64 * 1024
ROBOTS_MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Outcome = Literal[
    "fetched",
    "not_modified",
    "disallowed_by_robots",
    "refused_address",
    "too_large",
    "bad_content_type",
    "too_many_redirects",
    "http_error",
    "timeout",
    "error",
]
OK_OUTCOMES: frozenset[str] = frozenset({"fetched", "not_modified"})

Resolver = Callable[[str, int], Sequence[str]]
"""``(host, port) -> IP addresses``; the default asks the system (``socket.getaddrinfo``)."""


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = DEFAULT_USER_AGENT
    host_delay: float = 1.0  # seconds between the starts of two requests to one host
    max_concurrency: int = 8
    max_per_host: int = 2
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence while waiting for headers or body bytes
    total_timeout: float = 120.0  # longest time for one response body
    max_bytes: int = 10 * 1024 * 1024  # raw and decoded body cap
    max_redirects: int = 5
    allowed_content_types: frozenset[str] = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    max_retry_after: float = 60.0
    allow_private: bool = False
    conditional: bool = True  # send If-None-Match / If-Modified-Since from the state file
    robots_max_bytes: int = 500 * 1024

    def __post_init__(self) -> None:
        # Accept any iterable (a CLI list); compare lower-cased, as media types are case-insensitive.
        types = frozenset(t.strip().lower() for t in self.allowed_content_types)
        object.__setattr__(self, "allowed_content_types", types)
        if self.max_concurrency < 1 or self.max_per_host < 1:
            raise ValueError("max_concurrency and max_per_host must be at least 1")
        if self.retries < 0 or self.max_redirects < 0:
            raise ValueError("retries and max_redirects cannot be negative")
        if min(self.connect_timeout, self.read_timeout, self.total_timeout) <= 0:
            raise ValueError("timeouts must be positive")
        if self.max_bytes < 1 or self.host_delay < 0:
            raise ValueError("max_bytes must be positive and host_delay not negative")


@dataclass(frozen=True)
class FetchResult:
    url: str  # as given
    outcome: Outcome
    reason: str  # one line
    final_url: str | None = None  # the last URL requested, after redirects
    status: int | None = None
    attempts: int = 0  # requests made for the last URL of the chain
    raw_bytes: int = 0  # of the archived body, as received
    record_id: str | None = None  # WARC-Record-ID of the archived page

    @property
    def ok(self) -> bool:
        return self.outcome in OK_OUTCOMES


@dataclass
class FetchReport:
    results: list[FetchResult]
    warc_path: Path | None  # None when the run archived nothing
    records: int  # response records written (pages, redirects and error pages)
    started_at: str
    finished_at: str

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.results:
            out[r.outcome] = out.get(r.outcome, 0) + 1
        return dict(sorted(out.items()))

    @property
    def failures(self) -> list[FetchResult]:
        return [r for r in self.results if not r.ok]


class AddressRefused(Exception):
    """The SSRF guard refused to connect to a host."""


class _Overtime(Exception):
    """A response body took longer than ``total_timeout``."""


# --------------------------------------------------------------------------- SSRF guard

# Cloud metadata endpoints: AWS/GCP/Azure/OpenStack (and AWS IPv6), Alibaba.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def address_refusal(address: str, *, allow_private: bool = False) -> str | None:
    """Why the guard refuses to connect to ``address`` (an IP literal), or None when it may."""
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address carried inside IPv6 reaches that IPv4 host: judge the IPv4 address.
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip in METADATA_ADDRESSES:
        return "cloud metadata address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if ip.is_unspecified:
        return "unspecified address"
    if allow_private:
        return None
    if ip.is_loopback:
        return "loopback address"
    if ip.is_private:
        return "private address"
    if ip.is_reserved:
        return "reserved address"
    if not ip.is_global:
        return "non-public address"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def check_host(
    host: str, port: int, *, allow_private: bool, resolver: Resolver = system_resolver
) -> list[str]:
    """Resolve ``host`` and return its addresses, or raise :class:`AddressRefused` if any is refused."""
    try:
        addresses = list(resolver(host, port))
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    if not addresses:
        raise httpcore.ConnectError(f"cannot resolve {host}: no address")
    for address in addresses:
        why = address_refusal(address, allow_private=allow_private)
        if why:
            raise AddressRefused(
                f"{host} is a {why}" if host == address else f"{host} resolves to {address}, a {why}"
            )
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses the guard has just checked."""

    def __init__(self, *, allow_private: bool, resolver: Resolver = system_resolver) -> None:
        self.allow_private = allow_private
        self.resolver = resolver

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = check_host(host, port, allow_private=self.allow_private, resolver=self.resolver)
        error: Exception = httpcore.ConnectError(f"cannot connect to {host}")
        for address in addresses[:4]:
            try:
                # An IP literal: create_connection does no further lookup, so this is the checked address.
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, backend: GuardedBackend, limits: httpx.Limits) -> None:
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        # httpx has no option for httpcore's network backend: replace the pool it built with one
        # that connects through the guard (same settings otherwise).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


# --------------------------------------------------------------------------- small helpers


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def normalize_url(url: str) -> str:
    """The URL as it will be requested and archived; raises ValueError for one we do not fetch."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"not a URL: {exc}") from exc
    if parsed.scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme {parsed.scheme or '(none)'!r}")
    if not parsed.host:
        raise ValueError("URL has no host")
    if parsed.userinfo:
        raise ValueError("URL carries credentials")
    return str(parsed.copy_with(fragment=None))


def load_url_list(path: Path) -> list[str]:
    """URLs from a file, one a line; blank lines and lines starting with ``#`` are skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _peer_ip(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    try:
        addr = stream.get_extra_info("server_addr") if stream is not None else None
    except OSError:
        return None
    return str(addr[0]) if addr else None


# --------------------------------------------------------------------------- per-host politeness


class _HostGate:
    def __init__(self, slots: int, delay: float) -> None:
        self.delay = delay
        self._slots = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self._next_start = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start)
                self._next_start = start + self.delay
            if start > now:
                time.sleep(start - now)
            yield

    def defer(self, seconds: float) -> None:
        with self._lock:
            self._next_start = max(self._next_start, time.monotonic() + seconds)

    def slow_down(self, delay: float) -> None:
        with self._lock:
            self.delay = max(self.delay, delay)


# --------------------------------------------------------------------------- robots.txt


@dataclass(frozen=True)
class _Robots:
    parser: Protego | None = None  # None: everything allowed, or `blocked` says why not
    blocked: str | None = None  # everything disallowed for the run, and why
    refused: str | None = None  # the guard refused the origin


# --------------------------------------------------------------------------- validators state


class _State:
    """ETag / Last-Modified per URL. Reads are live; writes wait for :meth:`commit`."""

    def __init__(self, raw_dir: Path) -> None:
        path = raw_dir / STATE_DIRNAME / STATE_FILENAME
        path.parent.mkdir(parents=True, exist_ok=True)
        self._warc_dir = raw_dir / warc.WARC_DIRNAME
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
            " fetched_at TEXT NOT NULL, record_id TEXT, warc TEXT NOT NULL)"
        )
        self._db.commit()
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[str | None, str | None, str, str | None] | None] = {}

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT etag, last_modified, warc FROM validators WHERE url = ?", (url,)
            ).fetchone()
        if row is None or not (self._warc_dir / row[2]).is_file():
            return None
        return row[0], row[1]

    def remember(
        self, url: str, etag: str | None, last_modified: str | None, fetched_at: str, record_id: str
    ) -> None:
        with self._lock:
            self._pending[url] = (
                (etag, last_modified, fetched_at, record_id) if etag or last_modified else None
            )

    def commit(self, warc_name: str | None) -> None:
        with self._lock, self._db:
            for url, value in self._pending.items():
                if value is None or warc_name is None:
                    self._db.execute("DELETE FROM validators WHERE url = ?", (url,))
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO validators VALUES (?, ?, ?, ?, ?, ?)",
                        (url, *value, warc_name),
                    )
            self._pending.clear()

    def close(self) -> None:
        self._db.close()


# --------------------------------------------------------------------------- one run


@dataclass
class _Answer:
    """What one request came to (before retries and redirects are decided)."""

    kind: Literal["page", "redirect", "not_modified", "status", "bad_content_type", "too_large"]
    status: int
    detail: str = ""
    location: str | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    raw_bytes: int = 0
    record_id: str | None = None


_OUTCOME_OF: dict[str, Outcome] = {
    "page": "fetched",
    "not_modified": "not_modified",
    "bad_content_type": "bad_content_type",
    "too_large": "too_large",
    "status": "http_error",
}


@dataclass
class _Failure:
    outcome: Outcome
    reason: str
    status: int | None = None


class _Session:
    def __init__(
        self, config: FetchConfig, writer: warc.WarcRunWriter, state: _State, resolver: Resolver
    ) -> None:
        self.config = config
        self.writer = writer
        self.state = state
        limits = httpx.Limits(
            max_connections=config.max_concurrency + 2, max_keepalive_connections=config.max_concurrency
        )
        self.client = httpx.Client(
            transport=_GuardedTransport(
                GuardedBackend(allow_private=config.allow_private, resolver=resolver), limits
            ),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(
                connect=config.connect_timeout, read=config.read_timeout, write=config.read_timeout, pool=None
            ),
            headers={
                "User-Agent": config.user_agent,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "gzip, deflate",  # only what CappedDecoder undoes
            },
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),  # keep no cookies
        )
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self.client.close()

    def _gate(self, url: str) -> _HostGate:
        host = httpx.URL(url).host
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = _HostGate(self.config.max_per_host, self.config.host_delay)
            return gate

    # ---------------------------------------------------------------- one URL, redirects included

    def fetch_one(self, url: str) -> FetchResult:
        try:
            return self._fetch_one(url)
        except Exception as exc:  # a bug here must not lose the other URLs of the run
            log.exception("fetching %s", url)
            return FetchResult(url, "error", f"internal error: {_one_line(exc)}")

    def _fetch_one(self, url: str) -> FetchResult:
        try:
            current = normalize_url(url)
        except ValueError as exc:
            return FetchResult(url, "error", str(exc))
        chain = [current]
        while True:
            robots = self._robots_for(current)
            if robots.refused:
                return FetchResult(url, "refused_address", robots.refused, final_url=current)
            if robots.blocked:
                return FetchResult(url, "disallowed_by_robots", robots.blocked, final_url=current)
            if robots.parser is not None and not robots.parser.can_fetch(current, self.config.user_agent):
                path = httpx.URL(current).raw_path.decode("ascii")
                reason = f"robots.txt disallows {path}"
                return FetchResult(url, "disallowed_by_robots", reason, final_url=current)

            answer, attempts = self._with_retries(current)
            if isinstance(answer, _Failure):
                return FetchResult(url, answer.outcome, answer.reason, current, answer.status, attempts)
            if answer.kind == "redirect":
                assert answer.location is not None
                if len(chain) > self.config.max_redirects:
                    hops = " -> ".join(chain[-3:])
                    reason = f"more than {self.config.max_redirects} redirects (... {hops})"
                    return FetchResult(url, "too_many_redirects", reason, current, answer.status, attempts)
                try:
                    current = normalize_url(str(httpx.URL(current).join(answer.location)))
                except (ValueError, httpx.InvalidURL) as exc:
                    reason = f"redirect to {answer.location!r} not followed: {exc}"
                    return FetchResult(url, "error", reason, current, answer.status, attempts)
                chain.append(current)
                continue
            via = f" via {len(chain) - 1} redirect(s)" if len(chain) > 1 else ""
            return FetchResult(
                url,
                _OUTCOME_OF[answer.kind],
                answer.detail + via,
                final_url=current,
                status=answer.status,
                attempts=attempts,
                raw_bytes=answer.raw_bytes,
                record_id=answer.record_id,
            )

    def _with_retries(self, url: str) -> tuple[_Answer | _Failure, int]:
        cfg = self.config
        failure = _Failure("error", "not attempted")
        for attempt in range(cfg.retries + 1):
            try:
                answer = self._request(url)
            except AddressRefused as exc:
                return _Failure("refused_address", str(exc)), attempt + 1
            except warc.ContentDecodingError as exc:
                return _Failure("error", str(exc)), attempt + 1
            except httpx.TimeoutException as exc:
                kind = {
                    httpx.ConnectTimeout: "connect",
                    httpx.ReadTimeout: "read",
                    httpx.WriteTimeout: "write",
                    httpx.PoolTimeout: "pool",
                }.get(type(exc), "")
                limit = cfg.connect_timeout if kind == "connect" else cfg.read_timeout
                failure = _Failure("timeout", f"{kind} timeout ({limit:g} s)".lstrip())
                wait = self._backoff(attempt)
            except _Overtime as exc:
                failure = _Failure("timeout", str(exc))
                wait = self._backoff(attempt)
            except httpx.HTTPError as exc:
                failure = _Failure("error", _one_line(exc))
                wait = self._backoff(attempt)
            else:
                if answer.kind != "status" or answer.status not in RETRY_STATUSES:
                    return answer, attempt + 1
                failure = _Failure("http_error", answer.detail, answer.status)
                retry_after = parse_retry_after(answer.headers.get("retry-after"))
                if retry_after is not None and retry_after > cfg.max_retry_after:
                    failure.reason += (
                        f"; Retry-After {retry_after:.0f} s is over the {cfg.max_retry_after:g} s cap"
                    )
                    return failure, attempt + 1
                wait = retry_after if retry_after is not None else self._backoff(attempt)
            if attempt < cfg.retries:
                log.info("retrying %s in %.1f s: %s", url, wait, failure.reason)
                self._gate(url).defer(wait)
        if cfg.retries:
            failure.reason += f" (after {cfg.retries + 1} attempts)"
        return failure, cfg.retries + 1

    def _backoff(self, attempt: int) -> float:
        return float(min(self.config.backoff_max, self.config.backoff_base * 2**attempt))

    # ---------------------------------------------------------------- one request

    def _request(self, url: str) -> _Answer:
        validators = self.state.validators(url) if self.config.conditional else None
        headers: dict[str, str] = {}
        if validators:
            etag, last_modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        with self._gate(url).slot():
            started = time.monotonic()
            fetched_at = datetime.now(UTC)
            with self.client.stream("GET", url, headers=headers) as response:
                return self._answer(url, response, fetched_at, started, conditional=bool(headers))

    def _answer(
        self, url: str, response: httpx.Response, fetched_at: datetime, started: float, *, conditional: bool
    ) -> _Answer:
        cfg = self.config
        status = response.status_code
        ip = _peer_ip(response)
        label = f"HTTP {status} {response.reason_phrase}".rstrip()
        if status == 304 and conditional:
            return _Answer("not_modified", status, f"{label}: unchanged since the last fetch")
        if status in REDIRECT_STATUSES and response.headers.get("location"):
            body, cut = self._read(response, ERROR_BODY_LIMIT, None, started)
            self._archive(url, response, body, fetched_at, ip, cut)
            return _Answer("redirect", status, label, location=response.headers["location"])
        if not 200 <= status < 300:
            body, cut = self._read(response, ERROR_BODY_LIMIT, None, started)
            self._archive(url, response, body, fetched_at, ip, cut)
            return _Answer("status", status, label, headers=response.headers)

        content_type = response.headers.get("content-type")
        media = warc.media_type(content_type)
        if media not in cfg.allowed_content_types:
            allowed = ", ".join(sorted(cfg.allowed_content_types))
            return _Answer(
                "bad_content_type", status, f"Content-Type {media or '(none)'} is not one of {allowed}"
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cfg.max_bytes:
            return _Answer(
                "too_large", status, f"Content-Length {declared} is over the cap of {cfg.max_bytes} bytes"
            )
        decoder = warc.CappedDecoder(response.headers.get("content-encoding"), cfg.max_bytes, keep=False)
        try:
            body, cut = self._read(response, cfg.max_bytes, decoder, started)
        except warc.BodyTooLarge as exc:
            return _Answer("too_large", status, str(exc))
        if cut:
            return _Answer("too_large", status, f"raw body is over the cap of {cfg.max_bytes} bytes")
        decoder.finish()
        record_id = self._archive(url, response, body, fetched_at, ip, False)
        self.state.remember(
            url,
            response.headers.get("etag"),
            response.headers.get("last-modified"),
            warc.warc_date(fetched_at),
            record_id,
        )
        detail = f"{label}, {media}, {len(body)} bytes"
        return _Answer("page", status, detail, raw_bytes=len(body), record_id=record_id)

    def _read(
        self, response: httpx.Response, limit: int, decoder: warc.CappedDecoder | None, started: float
    ) -> tuple[bytes, bool]:
        """The raw body up to ``limit`` bytes, and whether there was more."""
        deadline = started + self.config.total_timeout
        body = bytearray()
        for chunk in response.iter_raw():
            if len(body) + len(chunk) > limit:
                chunk = chunk[: limit - len(body)]
                body += chunk
                if decoder is not None:
                    decoder.feed(chunk)
                return bytes(body), True
            body += chunk
            if decoder is not None:
                decoder.feed(chunk)
            if time.monotonic() > deadline:
                raise _Overtime(f"body took longer than {self.config.total_timeout:g} s")
        return bytes(body), False

    def _archive(
        self, url: str, response: httpx.Response, body: bytes, fetched_at: datetime, ip: str | None, cut: bool
    ) -> str:
        request = response.request
        return self.writer.write_response(
            url,
            response.status_code,
            response.headers.multi_items(),
            body,
            fetched_at,
            ip,
            reason=response.reason_phrase,
            http_version=response.http_version,
            request_headers=request.headers.multi_items(),
            request_target=request.url.raw_path.decode("ascii"),
            truncated="length" if cut else None,
        )

    # ---------------------------------------------------------------- robots.txt

    def _robots_for(self, url: str) -> _Robots:
        parsed = httpx.URL(url)
        origin = str(parsed.copy_with(path="/", query=None, fragment=None)).rstrip("/")
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin, however many threads want it
            robots = self._robots.get(origin)
            if robots is None:
                robots = self._robots[origin] = self._load_robots(origin)
                if robots.parser is not None:
                    delay = robots.parser.crawl_delay(self.config.user_agent)
                    if delay:
                        self._gate(url).slow_down(min(float(delay), self.config.max_retry_after))
            return robots

    def _load_robots(self, origin: str) -> _Robots:
        target = origin + "/robots.txt"
        for hop in range(ROBOTS_MAX_REDIRECTS + 1):
            try:
                with self._gate(target).slot():
                    started = time.monotonic()
                    with self.client.stream("GET", target) as response:
                        status = response.status_code
                        location = response.headers.get("location")
                        if 200 <= status < 300:
                            return _Robots(parser=Protego.parse(self._robots_text(response, started)))
            except AddressRefused as exc:
                if hop == 0:
                    return _Robots(refused=str(exc))  # the origin itself: its pages are refused too
                return _Robots(blocked=f"robots.txt redirects to a refused address ({exc}): origin skipped")
            except (httpx.HTTPError, _Overtime, warc.ContentDecodingError) as exc:
                return _Robots(blocked=f"robots.txt unreachable ({_one_line(exc)}): origin skipped this run")
            if status in REDIRECT_STATUSES and location:
                try:
                    target = normalize_url(str(httpx.URL(target).join(location)))
                except (ValueError, httpx.InvalidURL):
                    return _Robots()
                continue
            if status == 429 or status >= 500:
                return _Robots(blocked=f"robots.txt answered HTTP {status}: origin skipped this run")
            return _Robots()  # 4xx (and anything else): no robots.txt, everything allowed
        return _Robots()  # too many redirects: treated as unavailable, as RFC 9309 allows

    def _robots_text(self, response: httpx.Response, started: float) -> str:
        # Only the first robots_max_bytes count; past them the file is cut, not refused.
        cap = self.config.robots_max_bytes
        decoder = warc.CappedDecoder(response.headers.get("content-encoding"), cap)
        with suppress(warc.BodyTooLarge):
            self._read(response, cap, decoder, started)
        return decoder.output.decode("utf-8", "replace")


# --------------------------------------------------------------------------- the entry point


def fetch(
    urls: Iterable[str],
    raw_dir: Path,
    config: FetchConfig | None = None,
    *,
    progress: Callable[[FetchResult], None] | None = None,
    resolver: Resolver | None = None,
) -> FetchReport:
    """Fetch ``urls`` into ``raw_dir/warc/`` (one WARC file for the run) and report per URL.

    Duplicate URLs are fetched once; results keep the input order. ``progress`` is called in the
    calling thread as each URL finishes. ``resolver`` replaces DNS (tests, or a custom resolver);
    the guard judges whatever it returns. Network trouble never raises: it is an outcome. Local
    trouble does (an unwritable ``raw_dir``, a full disk). An interrupt (Ctrl-C) drops the URLs not
    started, lets those under way finish, publishes the WARC file and skips the state commit, so the
    next run fetches those pages again rather than trusting validators of an unfinished run.
    """
    config = config or FetchConfig()
    ordered = list(dict.fromkeys(u.strip() for u in urls if u.strip()))
    started_at = warc.warc_date(datetime.now(UTC))
    raw_dir.mkdir(parents=True, exist_ok=True)
    state = _State(raw_dir)
    writer = warc.WarcRunWriter(raw_dir / warc.WARC_DIRNAME)
    results: list[FetchResult | None] = [None] * len(ordered)
    try:
        session = _Session(config, writer, state, resolver or system_resolver)
        pool = ThreadPoolExecutor(max_workers=config.max_concurrency, thread_name_prefix="fetch")
        try:
            futures: dict[Future[FetchResult], int] = {
                pool.submit(session.fetch_one, u): i for i, u in enumerate(ordered)
            }
            for future in as_completed(futures):
                result = future.result()
                results[futures[future]] = result
                if progress is not None:
                    progress(result)
        finally:
            # On an interrupt, URLs not started are dropped; those under way finish (bounded by timeouts).
            pool.shutdown(wait=True, cancel_futures=True)
            session.close()
            warc_path = writer.close()
        state.commit(warc_path.name if warc_path else None)
    finally:
        state.close()
    done = [r for r in results if r is not None]
    return FetchReport(
        results=done,
        warc_path=warc_path,
        records=writer.records,
        started_at=started_at,
        finished_at=warc.warc_date(datetime.now(UTC)),
    )
