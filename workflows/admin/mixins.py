"""View mixins: staff-only access for every "Wnioski" screen."""

from django.core.exceptions import PermissionDenied

from .access import is_staff_member


class StaffRequiredMixin:
    """Users outside the staff groups get 403 (the menu is hidden from them too)."""

    def dispatch(self, request, *args, **kwargs):
        if not is_staff_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
