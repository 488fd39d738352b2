"""Main and footer menus, edited by editors rather than hard-coded in templates."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from ..blocks import MenuBlock


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    main_menu = StreamField(MenuBlock(), blank=True, verbose_name=_("menu główne"))
    footer_menu = StreamField(MenuBlock(), blank=True, verbose_name=_("menu w stopce"))

    panels = [FieldPanel("main_menu"), FieldPanel("footer_menu")]

    class Meta:
        verbose_name = _("nawigacja")
        verbose_name_plural = _("nawigacja")
