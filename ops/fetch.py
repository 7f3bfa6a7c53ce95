"""Every request the server makes to an address a user gave goes through :func:`fetch`.

Why: "Import a calendar" lets a center's editor name a URL that the server then opens.
Left to ``urllib`` that reaches the server itself and its private network (the database,
Redis, a cloud provider's metadata service at 169.254.169.254), and echoing the answer
shows what is there (server-side request forgery). So a fetch here:

- takes ``http://`` and ``https://`` only (never ``file://``, ``ftp://`` or a path);
- resolves the host once and goes on only if every address it resolves to is public:
  not loopback, private, link-local, multicast, reserved or unspecified, IPv4 or IPv6,
  an IPv4 address inside an IPv6 one (``::ffff:127.0.0.1``, 6to4, Teredo, NAT64)
  included;
- connects to the address it checked, not to a second lookup of the name, so a DNS
  answer that changes between the check and the connection (rebinding) gains nothing;
  HTTPS still verifies the certificate against the host name;
- follows at most ``max_redirects`` redirects, each one checked the same way;
- stops after ``max_bytes`` and after ``timeout`` seconds in all, however slowly the
  server sends;
- fails with :class:`FetchError`, whose message (in the active language) never quotes
  what the server sent; the detail goes to the log.

No proxy from the environment is used (``http.client``, not ``urllib``): a proxy would
resolve the name itself. Tests replace the resolver and the connection (the ``resolve``
and ``connect`` arguments of :class:`Fetcher`): the test machine has only loopback.
"""

import http.client
import ipaddress
import logging
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
USER_AGENT = "HanoiCulturalCenters/1.0 (+calendar import)"
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """The address cannot be fetched; the message says why, for the person who gave it."""


def _embedded_ipv4(address):
    """The IPv4 addresses an IPv6 address carries, which is where it really leads."""
    if address.version != 6:
        return []
    found = [address.ipv4_mapped, address.sixtofour]
    if address.teredo:
        found += list(address.teredo)
    if address in NAT64:
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [inner for inner in found if inner is not None]


def is_public(address):
    """Whether ``address`` (text or an ``ipaddress`` object) is on the public internet."""
    address = ipaddress.ip_address(str(address).split("%")[0])
    for candidate in [address, *_embedded_ipv4(address)]:
        if (
            candidate.is_loopback
            or candidate.is_private
            or candidate.is_link_local
            or candidate.is_multicast
            or candidate.is_reserved
            or candidate.is_unspecified
            or not candidate.is_global
        ):
            return False
    return True


def resolve(host, port):
    """Every address ``host`` resolves to (DNS, or the literal address itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


def connect(address, port, timeout):
    """A TCP connection to exactly ``address``."""
    return socket.create_connection((address, port), timeout=timeout)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to a checked address, with the URL's host name in the ``Host`` header."""

    def __init__(self, host, port, address, opener, **kwargs):
        super().__init__(host, port, **kwargs)
        self._address, self._opener = address, opener

    def connect(self):
        self.sock = self._opener(self._address, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a checked address; SNI and the certificate check use the host name."""

    def __init__(self, host, port, address, opener, **kwargs):
        super().__init__(host, port, context=ssl.create_default_context(), **kwargs)
        self._address, self._opener = address, opener

    def connect(self):
        sock = self._opener(self._address, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class Fetcher:
    def __init__(self, resolve=None, connect=None):
        # Looked up when made, so that a test can replace the module's functions.
        self.resolve = resolve or globals()["resolve"]
        self.connect = connect or globals()["connect"]

    def fetch(self, url, *, max_bytes, timeout=20, max_redirects=3, accept="*/*"):
        """The body of ``url`` (at most ``max_bytes``), following checked redirects."""
        deadline = time.monotonic() + timeout
        for _hop in range(max_redirects + 1):
            response, connection = self._open(url, deadline, accept)
            try:
                if response.status in REDIRECTS and response.getheader("Location"):
                    url = urljoin(url, response.getheader("Location"))
                    continue
                if response.status != 200:
                    raise FetchError(
                        _("The server answered with HTTP status %(status)s instead of the file.")
                        % {"status": response.status}
                    )
                return self._read(response, connection, max_bytes, deadline)
            finally:
                connection.close()
        raise FetchError(
            _("The address redirects more than %(count)s times.") % {"count": max_redirects}
        )

    def _target(self, url):
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as error:
            raise FetchError(_("This is not a valid address.")) from error
        if parts.scheme not in ("http", "https"):
            raise FetchError(_("Only http:// and https:// addresses can be fetched."))
        if not parts.hostname:
            raise FetchError(_("This is not a valid address."))
        return parts, port or (443 if parts.scheme == "https" else 80)

    def _checked_address(self, host, port):
        try:
            addresses = self.resolve(host, port)
        except (OSError, UnicodeError) as error:
            logger.info("fetch: cannot resolve %s: %s", host, type(error).__name__)
            addresses = []
        if not addresses:
            raise FetchError(_("The server %(host)s could not be found.") % {"host": host})
        if not all(is_public(address) for address in addresses):
            logger.warning("fetch: refused %s, which resolves to %s", host, addresses)
            raise FetchError(
                _(
                    "%(host)s is not a public internet address: the server only fetches "
                    "files from public addresses."
                )
                % {"host": host}
            )
        return addresses[0]

    def _open(self, url, deadline, accept):
        parts, port = self._target(url)
        address = self._checked_address(parts.hostname, port)
        kind = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        connection = kind(parts.hostname, port, address, self.connect, timeout=_remaining(deadline))
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            connection.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": accept})
            return connection.getresponse(), connection
        except (OSError, http.client.HTTPException, ValueError) as error:
            connection.close()
            raise _unreachable(parts.hostname, error) from error

    def _read(self, response, connection, max_bytes, deadline):
        too_large = FetchError(
            _("The file is larger than %(size)s MB.") % {"size": f"{max_bytes / 2**20:g}"}
        )
        length = response.getheader("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise too_large
        body = bytearray()
        try:
            while len(body) <= max_bytes:
                if connection.sock is not None:
                    connection.sock.settimeout(_remaining(deadline))
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                body += chunk
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise _unreachable(connection.host, error) from error
        if len(body) > max_bytes:
            raise too_large
        return bytes(body)


def _remaining(deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(_("The server took too long to answer."))
    return left


def _unreachable(host, error):
    # Never the error's text: http.client quotes the server's first line in it.
    logger.info("fetch: %s failed: %s", host, type(error).__name__)
    if isinstance(error, TimeoutError):
        return FetchError(_("The server took too long to answer."))
    return FetchError(_("The server %(host)s could not be reached.") % {"host": host})


def fetch(url, **options):
    """:meth:`Fetcher.fetch` with the real resolver and connections."""
    return Fetcher().fetch(url, **options)
