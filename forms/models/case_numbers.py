from django.db import models


class CaseCounter(models.Model):
    """Last case number given out in a year. Rows are locked while a number is taken."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last_number}"
