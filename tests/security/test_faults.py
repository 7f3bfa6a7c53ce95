"""A fault matrix: the database, Redis, mail and the search engine down in turn, while
visitors browse and send inquiries and complaints.

Pages answer (or, without a database, a 503 page that says so in both languages); nothing
sent is lost without a word: it is stored, or the visitor is told it was not received and
gets their text back in a form.

How each part is taken down: Redis is a real redis-server that the test stops; mail goes
to SMTP on a closed port; the search engine is OpenSearch on a closed port. The database is
taken down in-process (the test database must stay usable for the test itself): every new
cursor raises OperationalError ("database"), or only writes to the inquiry and complaint
tables do ("database refuses writes", as a full disk or a read-only failover does).
"""

import contextlib
import re
import socket
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.test import override_settings

from department.models import Complaint
from spaces.models import Inquiry
from tests.sitesearch.test_engines import closed_port_url, engine_settings

from .conftest import COMPLAINT, post_complaint, post_inquiry

pytestmark = pytest.mark.django_db

PAGES = ["/vi/", "/en/", "/vi/alpha/", "/vi/search/?q=alpha", "/vi/feedback/alpha/"]
INQUIRY_TEXT = "Chúng tôi muốn thuê hội trường tháng Một."


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def database_down():
    error = OperationalError("simulated: the database server does not answer")
    with mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=error):
        yield


@contextlib.contextmanager
def database_refuses_writes():
    execute = CursorWrapper.execute
    tables = (Inquiry._meta.db_table, Complaint._meta.db_table)

    def refusing(self, sql, params=None):
        if sql.lstrip().upper().startswith("INSERT") and any(t in sql for t in tables):
            raise OperationalError("simulated: could not extend file: No space left on device")
        return execute(self, sql, params)

    with mock.patch.object(CursorWrapper, "execute", refusing):
        yield


@contextlib.contextmanager
def redis_down(server):
    from django.conf import settings

    redis = {
        "BACKEND": "ops.cache.ResilientRedisCache",
        "LOCATION": server.url,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
    }
    caches = {
        **settings.CACHES,
        "default": {**redis, "KEY_PREFIX": "faults"},
        "limits": {**redis, "KEY_PREFIX": "faults-limits", "FALLBACK": "limits-database"},
    }
    with override_settings(
        CACHES=caches,
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
        PAGE_CACHE_ENABLED=True,
    ):
        server.stop()
        yield


@contextlib.contextmanager
def mail_down():
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    ):
        yield


@contextlib.contextmanager
def search_down():
    with override_settings(
        WAGTAILSEARCH_BACKENDS=engine_settings(closed_port_url()),
        SITESEARCH_FALLBACK_BACKEND="database",
    ):
        yield


@pytest.fixture(params=["database", "database refuses writes", "redis", "mail", "search"])
def fault(request, center, settings):
    settings.INQUIRY_FALLBACK_RECIPIENTS = ["thue@alpha.example.vn"]
    settings.COMPLAINT_FALLBACK_RECIPIENTS = ["so@hanoi.example.vn"]
    name = request.param
    if name == "database":
        return name, database_down
    if name == "database refuses writes":
        return name, database_refuses_writes
    if name == "redis":
        server = request.getfixturevalue("redis_server")
        return name, lambda: redis_down(server)
    return name, {"mail": mail_down, "search": search_down}[name]


def textarea_with(html, text):
    return re.search(r"<textarea[^>]*>\s*" + re.escape(text) + r"\s*</textarea>", html)


def test_visitors_browse_and_send_while_a_part_is_down(client, fault):
    name, down = fault
    with down():
        pages = {url: client.get(url) for url in PAGES}
        inquiry = post_inquiry(client)
        complaint = post_complaint(client)

    for url, response in pages.items():
        body = response.content.decode()
        if name == "database":
            assert response.status_code == 503, url
            assert "Trang web đang tạm thời gián đoạn" in body
            assert "The site is temporarily unavailable" in body
        else:
            assert response.status_code == 200, (url, body[:300])
    if name == "search":
        assert "Máy tìm kiếm hiện không phản hồi" in pages["/vi/search/?q=alpha"].content.decode()

    sent = {"inquiry": (inquiry, INQUIRY_TEXT), "complaint": (complaint, COMPLAINT["message"])}
    if name.startswith("database"):
        for form, (response, text) in sent.items():
            body = response.content.decode()
            assert response.status_code == 503, form
            assert response["Retry-After"] == "60"
            # Told it was not received, with the text back in a form that sends it again.
            assert "CHƯA" in body and ("được tiếp nhận" in body), form
            assert textarea_with(body, text), form
            assert re.search(
                r'<form method="post" action="/vi/(alpha/inquiry|feedback/alpha)/"', body
            )
        assert Inquiry.objects.count() == 0 and Complaint.objects.count() == 0
        return

    assert inquiry.status_code == 302 and complaint.status_code == 302
    stored_inquiry, stored_complaint = Inquiry.objects.get(), Complaint.objects.get()
    assert stored_inquiry.message == INQUIRY_TEXT
    assert stored_complaint.message == COMPLAINT["message"]
    if name == "mail":
        # Stored, and the failed mail is on the record for staff (and retried).
        assert stored_inquiry.mail_status == "failed" and stored_inquiry.mail_error
        assert stored_complaint.mail_status == "failed" and stored_complaint.mail_error
    else:
        assert stored_inquiry.mail_status == "sent" and stored_complaint.mail_status == "sent"
