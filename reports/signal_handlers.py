"""Record when an inquiry is first answered (for the median response time), and what a
center's sign-off submits."""

from django.db.models.signals import post_save, pre_save
from django.utils import timezone

from spaces.models import Inquiry
from spaces.models.inquiries import InquiryStatus

from .figures import figures
from .models import InquiryResponse, SignOff


def remember_status(sender, instance, **kwargs):
    instance._reports_previous_status = (
        sender.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        if instance.pk
        else None
    )


def record_first_response(sender, instance, created, **kwargs):
    if created or instance.status == InquiryStatus.NEW:
        return
    if getattr(instance, "_reports_previous_status", None) != InquiryStatus.NEW:
        return
    InquiryResponse.objects.get_or_create(
        inquiry_id=instance.pk, defaults={"responded_at": timezone.now()}
    )


def snapshot_figures(sender, instance, raw=False, **kwargs):
    """What the center submits: from now on its report for the period shows these numbers,
    and any later difference as an amendment, never a silent change."""
    if raw or not instance._state.adding or instance.figures:
        return
    instance.figures = figures(
        instance.period.start, instance.period.end, centers=[instance.center]
    )


def connect():
    pre_save.connect(remember_status, sender=Inquiry, dispatch_uid="reports_inquiry_status")
    post_save.connect(record_first_response, sender=Inquiry, dispatch_uid="reports_inquiry_answer")
    pre_save.connect(snapshot_figures, sender=SignOff, dispatch_uid="reports_sign_off_figures")
