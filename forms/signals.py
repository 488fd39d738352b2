"""Signals the intake sends; the workflows app (or another centre's) listens.

``application_submitted`` is sent inside the submission transaction, so a receiver that
starts a process commits or rolls back together with the application.
"""

from django.dispatch import Signal

# kwargs: application
application_submitted = Signal()
# kwargs: application, attachments (list of Attachment) — the resident supplemented documents
application_supplemented = Signal()
# kwargs: application — the resident withdrew the application
application_withdrawn = Signal()
