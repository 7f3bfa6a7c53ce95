"""E-mail about a stored record (an inquiry, a complaint) that must never be lost.

The record is saved before anything else; a task then sends its e-mail and writes on the
record how it went (``mail_status``, ``mail_attempts``, ``mail_error``, ``mail_sent_at``),
where staff see it. A failed send is tried again later through the task backend when it
can defer, otherwise by the app's ``retry_*_mail`` command run from cron. A record that
sends a second e-mail (an inquiry's acknowledgement to the visitor) keeps it in a second
set of the same four fields, named by ``prefix`` (``ack_status``...).
"""

from datetime import timedelta

from django.utils import timezone
from django_tasks import default_task_backend

SENT, FAILED = "sent", "failed"


def deliver(record, message_for, retry, logger, prefix="mail"):
    """Send ``message_for(record)`` once and record the outcome; on failure, ``retry``."""
    if record is None or getattr(record, f"{prefix}_status") == SENT:
        return "nothing to do"
    rows = type(record).objects.filter(pk=record.pk)
    attempts = getattr(record, f"{prefix}_attempts") + 1
    try:
        message_for(record).send(fail_silently=False)
    except Exception as error:  # any mail backend failure: keep it for staff, retry later
        logger.warning("%s: sending %s failed (%s)", record.reference, prefix, error)
        rows.update(
            **{
                f"{prefix}_status": FAILED,
                f"{prefix}_attempts": attempts,
                f"{prefix}_error": f"{type(error).__name__}: {error}"[:2000],
            }
        )
        retry(record.pk, attempts)
        return "failed"
    rows.update(
        **{
            f"{prefix}_status": SENT,
            f"{prefix}_attempts": attempts,
            f"{prefix}_error": "",
            f"{prefix}_sent_at": timezone.now(),
        }
    )
    return "sent"


def schedule_retry(task, record_id, attempts, max_attempts):
    """Try again later when the backend can wait; cron's retry command covers the rest."""
    if attempts >= max_attempts or not default_task_backend.supports_defer:
        return
    delay = timedelta(minutes=5 * 2 ** (attempts - 1))
    task.using(run_after=timezone.now() + delay).enqueue(record_id)


def enqueue(task, record, logger):
    """Hand the e-mail to the task backend; never let the visitor's request fail on it."""
    try:
        task.enqueue(record.pk)
    except Exception:
        logger.exception("%s: could not enqueue the e-mail", record.reference)


def retry_failed(model, task, max_attempts, prefix="mail"):
    """Enqueue again every record whose e-mail failed and has attempts left."""
    failed = {f"{prefix}_status": FAILED, f"{prefix}_attempts__lt": max_attempts}
    ids = list(model.objects.filter(**failed).values_list("pk", flat=True))
    for record_id in ids:
        task.enqueue(record_id)
    return len(ids)
