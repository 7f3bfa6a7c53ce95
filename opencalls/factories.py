"""Open calls and the applications sent to them (factory_boy + wagtail-factories)."""

import factory
import wagtail_factories


def _in_two_weeks():
    from datetime import timedelta

    from django.utils import timezone

    return timezone.now() + timedelta(days=14)


class OpenCallPageFactory(wagtail_factories.PageFactory):
    """An open call (residency, closing in two weeks) with two questions and one criterion;
    ``parent``: a center's calls index or the network's calls page."""

    title = factory.Sequence(lambda n: f"Lưu trú nghệ sĩ {n}")
    slug = factory.Sequence(lambda n: f"luu-tru-{n}")
    kind = "residency"
    deadline = factory.LazyFunction(_in_two_weeks)
    questions = factory.LazyFunction(
        lambda: [
            ("question", {"label": "Dự án của bạn là gì?", "help": "", "required": True}),
            ("question", {"label": "Bạn cần gì thêm?", "help": "", "required": False}),
        ]
    )
    criteria = factory.LazyFunction(lambda: [("criterion", "Chất lượng nghệ thuật")])

    class Meta:
        model = "opencalls.OpenCallPage"


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A stored application (reference given) to ``call``."""

    call = None
    name = factory.Sequence(lambda n: f"Nghệ sĩ {n}")
    email = factory.Sequence(lambda n: f"nghesi{n}@example.vn")
    language = "vi"

    class Meta:
        model = "opencalls.Application"

    @classmethod
    def _create(cls, model_class, *args, call=None, **kwargs):
        from wagtail.models import Page

        kwargs.setdefault("center", Page.objects.get(pk=call.pk).specific.center)
        return model_class.store(call=call, **kwargs)
