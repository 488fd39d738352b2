"""The intake's admin screens in Wagtail: thresholds and amounts ("Kwoty i kryteria").

Access follows Django model permissions on ``Rate`` (view/add/change/delete), so the
director or benefit specialists can edit while others see nothing. Changes are logged in
the object's history by Wagtail's generic views.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Rate


class RateViewSet(ModelViewSet):
    model = Rate
    icon = "table"
    menu_label = _("Kwoty i kryteria")
    menu_name = "rates"
    menu_order = 800
    add_to_admin_menu = True
    name = "rates"
    url_prefix = "kwoty-i-kryteria"
    list_display = ["name", "code", "amount", "unit", "effective_from"]
    list_filter = ["code", "unit"]
    search_fields = ["name", "code", "legal_basis"]
    ordering = ["code", "-effective_from"]
    form_fields = ["code", "name", "amount", "unit", "effective_from", "legal_basis", "note"]
    # A later rate is added as a new record (keeping history), so copying is the usual path.
    copy_view_enabled = True
    inspect_view_enabled = True


rate_viewset = RateViewSet()


@hooks.register("register_admin_viewset")
def register_rate_viewset():
    return rate_viewset
