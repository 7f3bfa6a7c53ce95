"""A real HTTP server on 127.0.0.1 for tests of outbound fetches (no internet needed).

``routes`` maps a path to ``(status, headers, body)``; every request is recorded in
``requests`` as ``(path, Host header)``. A route whose body is ``HANG`` answers nothing
until the server stops (a server too slow to answer).
"""

import http.server
import threading
from contextlib import contextmanager

HANG = object()


@contextmanager
def local_server(routes):
    requests = []
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # bodies end when the connection closes

        def do_GET(self):  # noqa: N802 - http.server's name
            requests.append((self.path, self.headers.get("Host")))
            status, headers, body = routes.get(self.path, (404, {}, b"not found"))
            if body is HANG:
                stop.wait(10)
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        server.requests = requests
        yield server
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
