"""Record when an inquiry is first answered (for the median response time)."""

from django.db.models.signals import post_save, pre_save
from django.utils import timezone


def remember_status(sender, instance, **kwargs):
    instance._reports_previous_status = (
        sender.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        if instance.pk
        else None
    )


def record_first_response(sender, instance, created, **kwargs):
    from spaces.models.inquiries import InquiryStatus

    from .models import InquiryResponse

    if created or instance.status == InquiryStatus.NEW:
        return
    if getattr(instance, "_reports_previous_status", None) != InquiryStatus.NEW:
        return
    InquiryResponse.objects.get_or_create(
        inquiry_id=instance.pk, defaults={"responded_at": timezone.now()}
    )


def connect():
    from spaces.models import Inquiry

    pre_save.connect(remember_status, sender=Inquiry, dispatch_uid="reports_inquiry_status")
    post_save.connect(record_first_response, sender=Inquiry, dispatch_uid="reports_inquiry_answer")
