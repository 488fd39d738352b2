"""Who sees the "Wnioski" screens at all, and the case lookup shared by the views.

Which cases and tasks a person may see or act on is decided by ``services`` (and the
groups by ``roles``); this module only answers "is this person staff at all" (menu and
screen visibility) and turns a hidden case into a 404 so its existence is never revealed.
"""

from django.http import Http404

from gops.forms.models import Application

from .. import roles, services

EXPORT_PERMISSION = "intake.export_application"


def is_staff_member(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or bool(roles.user_group_names(user) & set(roles.STAFF_GROUPS))


def is_director(user) -> bool:
    return roles.is_director(user)


def can_export(user) -> bool:
    return is_staff_member(user) and user.has_perm(EXPORT_PERMISSION)


def get_application_or_404(user, public_id) -> Application:
    """The case the user may see, or 404 whether it is missing or hidden from them."""
    if not is_staff_member(user):
        raise Http404
    application = services.visible_applications(user).filter(public_id=public_id).first()
    if application is None or not services.can_view_application(user, application):
        raise Http404
    return application
