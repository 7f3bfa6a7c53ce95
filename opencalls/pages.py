"""Open calls (residencies, incubation, allocation rounds, festival programme calls) and
the applications sent to them.

A call lives under a center's calls index (``/<lang>/<center>/calls/<call>/``) or, for the
Department's calls to the whole network, under the network's calls page
(``/<lang>/calls/``), which lists every open call of the network. An application is a
:class:`cms.submissions.Submission`: stored first, with its reference, then mailed.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from network.models import CenterPage, CenterSectionPage, NetworkSectionPage, Sector
from ops.pagecache import reads

from .applications import ATTACHMENT_TYPES
from .forms import ApplicationForm
from .views import confirmation, handle_application


class CallKind(models.TextChoices):
    RESIDENCY = "residency", _("Artist residency")
    INCUBATION = "incubation", _("Incubation programme")
    ALLOCATION = "allocation", _("Seasonal allocation round")
    FESTIVAL = "festival", _("Festival programme call")


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=300)
    help = blocks.CharBlock(label=_("Help for the applicant"), required=False, max_length=500)
    required = blocks.BooleanBlock(label=_("An answer is required"), required=False, default=True)

    class Meta:
        icon = "help"
        label = _("Question")


class CallIndexMixin:
    """What the center's calls index and the network's calls page share."""

    def calls(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        calls = self.calls()
        context["open_calls"] = calls.filter(deadline__gt=now).order_by("deadline")
        context["past_calls"] = calls.filter(deadline__lte=now).order_by("-deadline")
        return context


class CallIndexPage(CallIndexMixin, CenterSectionPage):
    """A center's open calls (``/<lang>/<center>/calls/``)."""

    subpage_types = ["opencalls.OpenCallPage"]

    class Meta:
        verbose_name = _("center calls")
        verbose_name_plural = _("center calls")

    def calls(self):
        return OpenCallPage.objects.visible().child_of(self)


class NetworkCallsPage(CallIndexMixin, NetworkSectionPage):
    """Every open call of the network (``/<lang>/calls/``), and the Department's own."""

    subpage_types = ["opencalls.OpenCallPage"]
    # The same list as a center's calls index, across the network.
    template = "opencalls/call_index_page.html"

    class Meta:
        verbose_name = _("network calls page")
        verbose_name_plural = _("network calls pages")

    def calls(self):
        return OpenCallPage.objects.visible().descendant_of(self.get_parent())


class OpenCallPage(RoutablePageMixin, BasePage):
    """One open call and its application form."""

    kind = models.CharField(_("kind"), max_length=20, choices=CallKind.choices)
    deadline = models.DateTimeField(
        _("deadline"), help_text=_("Hanoi time. Applications are refused after it.")
    )
    sectors = ParentalManyToManyField(
        Sector,
        blank=True,
        verbose_name=_("open to sectors"),
        related_name="+",
        help_text=_("None ticked: open to every sector."),
    )
    under_age = models.PositiveSmallIntegerField(
        _("applicants under the age of"),
        null=True,
        blank=True,
        validators=[MinValueValidator(10), MaxValueValidator(120)],
        help_text=_(
            "For example 30 for a call to artists under 30 (their age on the deadline). "
            "Empty: no age limit, and applicants are not asked their date of birth."
        ),
    )
    eligibility = models.TextField(
        _("who may apply"), blank=True, help_text=_("Anything else about who may apply.")
    )
    offer = RichTextField(
        _("what is offered"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Spaces, months, a reduced rate, mentoring..."),
    )
    spaces = ParentalManyToManyField(
        "spaces.SpacePage", blank=True, verbose_name=_("spaces offered"), related_name="+"
    )
    period_start = models.DateField(
        _("the space is offered from"),
        null=True,
        blank=True,
        help_text=_("The first day of the allocation, for a call that offers a space."),
    )
    period_end = models.DateField(
        _("the space is offered until"),
        null=True,
        blank=True,
        help_text=_("The last day of the allocation (inclusive)."),
    )
    questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("questions to answer"),
        blank=True,
        use_json_field=True,
    )
    criteria = StreamField(
        [("criterion", blocks.CharBlock(label=_("Criterion"), max_length=200))],
        verbose_name=_("criteria for scoring"),
        blank=True,
        use_json_field=True,
        help_text=_("Staff give each application a score from 0 to 10 on each."),
    )
    accepts_pdf = models.BooleanField(_("PDF"), default=True)
    accepts_jpeg = models.BooleanField(_("JPEG images"), default=True)
    accepts_png = models.BooleanField(_("PNG images"), default=True)
    max_attachments = models.PositiveSmallIntegerField(
        _("files an applicant may attach"),
        default=3,
        validators=[MaxValueValidator(10)],
        help_text=_("0: nothing to attach."),
    )
    attachment_required = models.BooleanField(_("at least one file is required"), default=False)
    max_attachment_mb = models.PositiveSmallIntegerField(
        _("largest file (MB)"), default=10, validators=[MinValueValidator(1), MaxValueValidator(25)]
    )
    what_to_attach = models.CharField(
        _("what to attach"),
        max_length=300,
        blank=True,
        help_text=_("For example: a portfolio as one PDF, and up to two photos of your work."),
    )

    parent_page_types = ["opencalls.CallIndexPage", "opencalls.NetworkCallsPage"]
    subpage_types: list[str] = []

    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("deadline", overridable=False),
        SynchronizedField("sectors", overridable=False),
        SynchronizedField("under_age", overridable=False),
        TranslatableField("eligibility"),
        TranslatableField("offer"),
        SynchronizedField("spaces", overridable=False),
        SynchronizedField("period_start", overridable=False),
        SynchronizedField("period_end", overridable=False),
        TranslatableField("questions"),
        TranslatableField("criteria"),
        SynchronizedField("accepts_pdf", overridable=False),
        SynchronizedField("accepts_jpeg", overridable=False),
        SynchronizedField("accepts_png", overridable=False),
        SynchronizedField("max_attachments", overridable=False),
        SynchronizedField("attachment_required", overridable=False),
        SynchronizedField("max_attachment_mb", overridable=False),
        TranslatableField("what_to_attach"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("deadline"),
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("under_age"),
                FieldPanel("eligibility"),
            ],
            heading=_("Eligibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("offer"),
                FieldPanel("spaces"),
                FieldPanel("period_start"),
                FieldPanel("period_end"),
            ],
            heading=_("What is offered"),
        ),
        FieldPanel("questions"),
        FieldPanel("criteria"),
        MultiFieldPanel(
            [
                FieldPanel("what_to_attach"),
                FieldPanel("accepts_pdf"),
                FieldPanel("accepts_jpeg"),
                FieldPanel("accepts_png"),
                FieldPanel("max_attachments"),
                FieldPanel("attachment_required"),
                FieldPanel("max_attachment_mb"),
            ],
            heading=_("What to attach"),
        ),
    ]

    class Meta:
        verbose_name = _("open call")
        verbose_name_plural = _("open calls")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The last day cannot be before the first.")})

    def is_open(self, now=None):
        return (now or timezone.now()) < self.deadline

    @cached_property
    def center(self):
        """The center that publishes the call, or None for the Department's."""
        return CenterPage.objects.ancestor_of(self).first()

    def localized_sectors(self):
        return Sector.objects.localized_for(list(self.sectors.all()), self.locale)

    def localized_spaces(self):
        return [space.localized for space in self.spaces.all()]

    def accepted_types(self):
        """The keys of :data:`ATTACHMENT_TYPES` the call takes."""
        return [key for key in ATTACHMENT_TYPES if getattr(self, f"accepts_{key}")]

    def criteria_list(self):
        """``[(block id, criterion)]``: ids are the same in every language version."""
        return [(block.id, str(block.value)) for block in self.criteria]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("is_open", self.is_open())
        if "form" not in context and context["is_open"]:
            context["form"] = ApplicationForm(call=self)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("apply/")
    def apply(self, request):
        return handle_application(request, self)

    @path("apply/sent/")
    @reads("ref")
    def apply_sent(self, request):
        return confirmation(request, self)
