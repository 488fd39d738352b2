"""StreamField blocks shared by the home, content and news pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock

RICH_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]
SIMPLE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class PageOrUrlMixin:
    """A link block needs a page or an address; the page wins when both are given."""

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Wybierz stronę albo wpisz adres."))}
            )
        return value


class LinkStructValue(blocks.StructValue):
    def href(self, request=None):
        # With the request, Wagtail reads the site root paths once per request, not per link.
        page = self.get("page")
        if page is not None and page.live:
            return page.get_url(request)
        return self.get("url") or ""


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Nagłówek")
        template = "pages/blocks/heading.html"


class CtaBlock(PageOrUrlMixin, blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst przycisku"), max_length=80)
    page = blocks.PageChooserBlock(label=_("strona"), required=False)
    url = blocks.URLBlock(label=_("lub adres"), required=False)

    class Meta:
        icon = "link"
        label = _("Przycisk (wezwanie do działania)")
        template = "pages/blocks/cta.html"
        value_class = LinkStructValue


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokument"))
    title = blocks.CharBlock(
        label=_("tytuł"), required=False, help_text=_("Puste: tytuł dokumentu z biblioteki.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument do pobrania")
        template = "pages/blocks/document.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("pytanie"))
    answer = blocks.RichTextBlock(label=_("odpowiedź"), features=SIMPLE_FEATURES)

    class Meta:
        icon = "help"
        label = _("Pytanie i odpowiedź")


class AccordionBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(QuestionBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Pytania i odpowiedzi (rozwijane)")
        template = "pages/blocks/accordion.html"


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("rodzaj"),
        choices=[
            ("info", _("informacja")),
            ("warning", _("ostrzeżenie")),
            ("success", _("dobra wiadomość")),
        ],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("treść"), features=SIMPLE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Komunikat")
        template = "pages/blocks/notice.html"


class AccessibleTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Tabela")
        template = "pages/blocks/table.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"), features=RICH_FEATURES, template="pages/blocks/paragraph.html"
    )
    cta = CtaBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    notice = NoticeBlock()
    table = AccessibleTableBlock(
        table_options={"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False}
    )


class QuickLinkBlock(PageOrUrlMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("tytuł"), max_length=80)
    description = blocks.CharBlock(label=_("opis"), required=False, max_length=200)
    page = blocks.PageChooserBlock(label=_("strona"), required=False)
    url = blocks.CharBlock(
        label=_("lub adres"), required=False, help_text=_("np. /wnioski/status/ lub https://…")
    )

    class Meta:
        icon = "link"
        label = _("Szybki link")
        value_class = LinkStructValue


class QuickLinksBlock(blocks.StreamBlock):
    link = QuickLinkBlock()


class MenuLinkBlock(PageOrUrlMixin, blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("etykieta"), required=False, max_length=60, help_text=_("Puste: tytuł strony.")
    )
    page = blocks.PageChooserBlock(label=_("strona"), required=False)
    url = blocks.CharBlock(label=_("lub adres"), required=False)

    class Meta:
        icon = "link"
        label = _("Pozycja menu")
        value_class = LinkStructValue


class MenuBlock(blocks.StreamBlock):
    link = MenuLinkBlock()
