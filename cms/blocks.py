"""StreamField blocks shared by every page body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading inside the page.")
        preview_value = "Giờ mở cửa"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image across the text column, with an optional caption.")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation set apart from the text.")
        preview_value = {"quote": "Văn hóa là hồn cốt của dân tộc.", "attribution": ""}
        template = "blocks/quote_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        label=_("Paragraph"),
        icon="pilcrow",
        description=_("Running text."),
        preview_value="<p>Trung tâm mở cửa tất cả các ngày trong tuần.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
