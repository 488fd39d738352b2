"""Signals the intake sends; the workflows app (or another centre's) listens.

``application_submitted`` is sent inside the submission transaction, so a receiver that
starts a process commits or rolls back together with the application.
"""

from django.dispatch import Signal

# kwargs: application, assign_case_number.
# ``application`` still carries a provisional, unique case number ("tmp-…"). A receiver that
# needs the final one calls ``assign_case_number()`` (returns it, sets it on the application;
# later calls return the same number) — after its own slow work, because from that call until
# COMMIT the year's case-number counter is locked and every other submission waits. The intake
# calls it itself after the signal, so a receiver that never calls it is fine too.
application_submitted = Signal()
# kwargs: application, attachments (list of Attachment) — the resident supplemented documents
application_supplemented = Signal()
# kwargs: application — the resident withdrew the application
application_withdrawn = Signal()
