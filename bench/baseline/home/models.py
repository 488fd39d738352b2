from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The page ``wagtail start`` gives you, with a rich-text body."""

    body = RichTextField(blank=True)
