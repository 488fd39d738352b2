"""Routes of the resident's journey under an ApplicationFormPage (mixed into the page model).

Kept here rather than in the model module so the page stays a thin data holder; the
view functions are imported lazily because this module is imported by the models.
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ApplicationJourneyMixin(RoutablePageMixin):
    @path("", name="journey_start")
    def index_route(self, request, *args, **kwargs):
        from .journey import start

        return start(request, self)

    @path("krok/<str:step>/", name="journey_step")
    def journey_step(self, request, step):
        from .journey import step as step_view

        return step_view(request, self, step)

    @path("sprawdz/", name="journey_check")
    def journey_check(self, request):
        from .journey import check

        return check(request, self)

    @path("wyslij/", name="journey_submit")
    def journey_submit(self, request):
        from .journey import submit

        return submit(request, self)

    @path("potwierdzenie/", name="journey_confirmation")
    def journey_confirmation(self, request):
        from .journey import confirmation

        return confirmation(request, self)

    @path("zapisz/", name="journey_draft")
    def journey_draft(self, request):
        from .journey import draft

        return draft(request, self)
