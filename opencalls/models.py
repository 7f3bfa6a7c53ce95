"""The app's models: the pages of open calls (:mod:`.pages`) and the applications sent to
them (:mod:`.applications`), apart so that the pages may use the form and the views, which
use the applications."""

from .applications import (
    ATTACHMENT_TYPES,
    Application,
    ApplicationAttachment,
    ApplicationQuerySet,
    ApplicationStatus,
    private_storage,
)
from .pages import (
    CallIndexMixin,
    CallIndexPage,
    CallKind,
    NetworkCallsPage,
    OpenCallPage,
    QuestionBlock,
)

__all__ = [
    "ATTACHMENT_TYPES",
    "Application",
    "ApplicationAttachment",
    "ApplicationQuerySet",
    "ApplicationStatus",
    "CallIndexMixin",
    "CallIndexPage",
    "CallKind",
    "NetworkCallsPage",
    "OpenCallPage",
    "QuestionBlock",
    "private_storage",
]
