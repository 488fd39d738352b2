"""Public intake URLs outside the form pages (namespace ``intake``).

The steps of each application form live under its ApplicationFormPage (see
``views/routing.py``); these are the pages that do not belong to one form.
"""

from django.urls import path

from .views import documents, eligibility, status

app_name = "intake"

urlpatterns = [
    path("wnioski/status/", status.status, name="status"),
    path("wnioski/wznow/<str:token>/", documents.resume, name="resume"),
    path("wnioski/pdf/<uuid:public_id>/", documents.application_pdf_view, name="pdf"),
    path("sprawdz-uprawnienia/", eligibility.eligibility, name="eligibility"),
]
