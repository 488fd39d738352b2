from django.db import models
from django.utils.translation import gettext_lazy as _


class Draft(models.Model):
    """A partly completed application the resident saved to finish later.

    Only a hash of the resume token is stored; the token itself travels in the e-mailed
    link. Expired drafts are deleted by ``manage.py purge_drafts``.
    """

    token_hash = models.CharField(max_length=128, unique=True)
    benefit_code = models.CharField(max_length=60)
    email = models.EmailField()
    data = models.JSONField(default=dict)
    current_step = models.CharField(max_length=60, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("wersja robocza wniosku")
        verbose_name_plural = _("wersje robocze wniosków")

    def __str__(self) -> str:
        return f"{self.benefit_code} ({self.email})"
