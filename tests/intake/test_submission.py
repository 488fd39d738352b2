import hashlib
import uuid
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from gops.forms.models import Application, Attachment, CaseCounter, StatusEvent
from gops.forms.registry import registry
from gops.forms.signals import application_submitted
from gops.forms.status import Status
from gops.forms.submission import submit_application

from .conftest import png_bytes, upload
from .factories import new_key, pending_for, submission_data

pytestmark = pytest.mark.django_db

# What one submission of zasilek-okresowy costs today (21 queries on SQLite), with a little
# room for the workflow's own steps; a loop of single INSERTs would break it.
MAX_SUBMISSION_QUERIES = 23


@pytest.fixture
def submit(private_dir, django_capture_on_commit_callbacks):
    def run(code="becikowe", data=None, files=None, key=None, **kwargs):
        definition = registry.get(code)
        data = submission_data(definition) if data is None else data
        files = pending_for(definition) if files is None else files
        with django_capture_on_commit_callbacks(execute=True):
            return submit_application(code, data, files, key or new_key(), **kwargs)

    return run


@pytest.mark.parametrize("code", sorted(d.code for d in registry))
def test_every_benefit_submits(submit, code):
    result = submit(code)
    app = result.application
    definition = registry.get(code)
    assert result.created and result.access_code
    assert app.benefit_code == code
    assert app.case_number == f"GOPS.8311.{app.case_sequence}.{app.case_year}"
    assert app.status == Status.SUBMITTED
    assert app.birth_date.isoformat() == "1944-05-14"
    assert app.household_members.count() == (1 if definition.asks_household else 0)
    assert app.incomes.count() == (2 if definition.asks_incomes else 0)
    assert set(app.answers) == {q.name for q in definition.questions}
    assert [d["text"] for d in app.declarations] == [str(t) for t in definition.declarations]
    assert app.attachments.count() == sum(1 for s in definition.attachments if s.required)
    assert list(app.status_events.values_list("status", flat=True)) == [Status.SUBMITTED]


def test_household_incomes_and_payment_are_normalised(submit):
    app = submit("zasilek-staly").application
    member = app.household_members.get()
    assert (member.first_name, member.relationship, member.pesel) == ("Jan", "child", "02270803624")
    incomes = list(app.incomes.order_by("amount"))
    assert incomes[0].member == member and str(incomes[0].amount) == "300.50"
    assert incomes[1].member is None  # the applicant's own
    assert app.bank_account == "61109010140000071219812874"
    assert app.phone == "+48600123456"


def test_access_code_is_stored_only_as_a_hash(submit):
    from gops.forms.access import verify_access_code

    result = submit()
    app = Application.objects.get(pk=result.application.pk)
    assert result.access_code not in app.access_code_hash
    assert result.access_code.replace("-", "") not in app.access_code_hash
    assert app.access_code_hash.startswith("hmac1:") and "$" not in app.access_code_hash
    assert verify_access_code(result.access_code, app.access_code_hash)
    assert not verify_access_code("AAAA-BBBB-CCCC", app.access_code_hash)


def test_access_code_is_nowhere_in_the_database_in_clear(submit):
    from django.apps import apps

    result = submit("zasilek-staly")
    code = result.access_code
    forms = {code, code.replace("-", ""), code.lower(), code.replace("-", "").lower()}
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed:
            continue
        for row in model.objects.all().values_list():
            text = repr(row)
            assert not any(f in text for f in forms), model._meta.label


def test_the_final_case_number_is_taken_after_the_process_start(submit):
    """The year's counter is locked from the number to COMMIT: only a few short statements
    may follow it. The workflow starts the process first, then takes the number, and its
    audit entry still reads the final number."""
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import ModelLogEntry

    submit("zasilek-okresowy")  # the year's counter row exists from now on
    with CaptureQueriesContext(connection) as ctx:
        app = submit("zasilek-okresowy", send_email=False).application  # nothing after COMMIT
    sql = [q["sql"] for q in ctx.captured_queries]
    counter = [i for i, q in enumerate(sql) if "intake_casecounter" in q]
    assert len(counter) == 1 and sql[counter[0]].startswith("UPDATE")
    started = max(i for i, q in enumerate(sql) if q.startswith("INSERT") and "viewflow_" in q)
    assert started < counter[0]
    # Under the lock: the number onto the application, the audit entry (written once, with
    # the final number), nothing else.
    after = [q for q in sql[counter[0] + 1 :] if q.split()[0] not in ("COMMIT", "RELEASE")]
    assert len(after) <= 2, after
    assert after[0].startswith("UPDATE") and "intake_application" in after[0], after
    assert all("wagtailcore_modellogentry" in q for q in after[1:]), after
    # The audit entry is neither read back nor renamed.
    assert not any(q.startswith("SELECT") and "wagtailcore_modellogentry" in q for q in sql)
    assert app.case_number == f"GOPS.8311.{app.case_sequence}.{app.case_year}"
    stored = Application.objects.values_list("case_number", "case_year", "case_sequence")
    assert stored.get(pk=app.pk) == (app.case_number, app.case_year, app.case_sequence)
    entry = ModelLogEntry.objects.for_instance(app).get(action="gops.process.start")
    assert entry.label == app.case_number and entry.data == {"summary": app.case_number}
    assert not Application.objects.filter(case_number__startswith="tmp-").exists()


def test_a_receiver_that_never_takes_the_number_still_gets_a_final_one(submit):
    seen = {}

    def look(sender, application, assign_case_number, **kwargs):
        seen["number"] = application.case_number

    application_submitted.connect(look, dispatch_uid="test-look")
    try:
        first = submit().application
        second = submit().application
    finally:
        application_submitted.disconnect(dispatch_uid="test-look")
    assert seen["number"].startswith(("tmp-", "GOPS."))  # depends on receiver order
    assert (first.case_sequence, second.case_sequence) == (1, 2)
    assert CaseCounter.objects.get(year=first.case_year).last_number == 2
    assert not Application.objects.filter(case_number__startswith="tmp-").exists()


def test_assign_case_number_takes_one_number_however_often_it_is_called(submit):
    numbers = []

    def take_twice(sender, application, assign_case_number, **kwargs):
        numbers.extend([assign_case_number(), assign_case_number(), application.case_number])

    application_submitted.connect(take_twice, dispatch_uid="test-take")
    try:
        app = submit().application
    finally:
        application_submitted.disconnect(dispatch_uid="test-take")
    assert numbers == [app.case_number] * 3
    assert CaseCounter.objects.get(year=app.case_year).last_number == app.case_sequence == 1


def test_a_submission_takes_a_bounded_number_of_queries(submit, django_assert_max_num_queries):
    # zasilek-okresowy: household, two incomes, attachments, the process start; the rows
    # of each kind go in with one INSERT (bench/RESULTS.md).
    submit("zasilek-okresowy")  # warm caches (content types, groups)
    with django_assert_max_num_queries(MAX_SUBMISSION_QUERIES):
        submit("zasilek-okresowy")


def test_confirmation_is_queued_once_and_only_after_commit(
    private_dir, django_capture_on_commit_callbacks, monkeypatch
):
    from gops.forms import tasks

    calls = []
    real_delay = tasks.render_and_send_confirmation.delay
    monkeypatch.setattr(
        tasks.render_and_send_confirmation,
        "delay",
        lambda *a, **kw: calls.append((a, kw)) or real_delay(*a, **kw),
    )
    definition = registry.get("becikowe")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = submit_application(
            "becikowe", submission_data(definition), pending_for(definition), new_key()
        )
    # nothing sent or queued inside the transaction
    assert calls == [] and mail.outbox == []
    for callback in callbacks:
        callback()
    assert len(calls) == 1 and len(mail.outbox) == 1
    assert result.access_code in mail.outbox[0].body
    # the task itself refuses to send twice
    (args, kwargs) = calls[0]
    assert tasks.render_and_send_confirmation(*args, **kwargs) is False
    assert len(mail.outbox) == 1


def test_confirmation_is_rendered_by_the_task_not_the_request(submit, monkeypatch):
    from gops.forms import emails, tasks

    queued, rendered = [], []
    monkeypatch.setattr(tasks.render_and_send_confirmation, "delay", lambda *a: queued.append(a))
    real_render = emails.render_confirmation
    monkeypatch.setattr(
        emails, "render_confirmation", lambda *a: rendered.append(a) or real_render(*a)
    )
    result = submit()
    app = result.application
    assert queued == [(app.pk, result.access_code)] and rendered == [] and mail.outbox == []
    assert tasks.render_and_send_confirmation(*queued[0]) is True
    assert len(rendered) == 1 and len(mail.outbox) == 1
    assert result.access_code in mail.outbox[0].body and app.case_number in mail.outbox[0].subject
    Application.objects.filter(pk=app.pk).update(email="")
    assert emails.send_confirmation_by_id(app.pk, result.access_code) is False


def test_no_confirmation_when_the_transaction_rolls_back(submit, monkeypatch):
    from gops.forms import tasks

    calls = []
    monkeypatch.setattr(
        tasks.render_and_send_confirmation, "delay", lambda *a, **kw: calls.append(a)
    )

    def explode(sender, application, **kwargs):
        raise RuntimeError("workflow could not start")

    application_submitted.connect(explode, dispatch_uid="test-explode-mail")
    try:
        with pytest.raises(RuntimeError):
            submit()
    finally:
        application_submitted.disconnect(dispatch_uid="test-explode-mail")
    assert calls == [] and mail.outbox == []
    assert Application.objects.count() == 0


def test_a_failed_send_releases_the_claim_for_the_retry(submit, monkeypatch):
    import smtplib

    from django.core.mail import EmailMultiAlternatives

    from gops.forms import tasks
    from gops.forms.emails import render_confirmation

    monkeypatch.setattr(tasks.render_and_send_confirmation, "delay", lambda *a, **kw: None)
    app = submit().application
    rendered = render_confirmation(app, "AAAA-BBBB-CCCC")

    def refuse(self, *a, **kw):
        raise smtplib.SMTPServerDisconnected("relay down")

    with monkeypatch.context() as patch:
        patch.setattr(EmailMultiAlternatives, "send", refuse)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            tasks.send_confirmation_email.run(app.pk, app.email, **rendered)
    assert Application.objects.get(pk=app.pk).confirmation_sent_at is None
    assert tasks.send_confirmation_email.run(app.pk, app.email, **rendered) is True
    assert len(mail.outbox) == 1
    assert smtplib.SMTPException in tasks.send_confirmation_email.autoretry_for


def test_the_rendering_task_releases_the_claim_when_sending_fails(submit, monkeypatch):
    import smtplib

    from django.core.mail import EmailMultiAlternatives

    from gops.forms import tasks

    monkeypatch.setattr(tasks.render_and_send_confirmation, "delay", lambda *a, **kw: None)
    app = submit().application

    def refuse(self, *a, **kw):
        raise smtplib.SMTPServerDisconnected("relay down")

    with monkeypatch.context() as patch:
        patch.setattr(EmailMultiAlternatives, "send", refuse)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            tasks.render_and_send_confirmation.run(app.pk, "AAAA-BBBB-CCCC")
    assert Application.objects.get(pk=app.pk).confirmation_sent_at is None
    assert tasks.render_and_send_confirmation.run(app.pk, "AAAA-BBBB-CCCC") is True
    assert tasks.render_and_send_confirmation.run(app.pk, "AAAA-BBBB-CCCC") is False
    assert len(mail.outbox) == 1 and "AAAA-BBBB-CCCC" in mail.outbox[0].body
    assert smtplib.SMTPException in tasks.render_and_send_confirmation.autoretry_for


def test_confirmation_email_on_commit(submit):
    result = submit()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["zofia@example.pl"]
    assert result.application.case_number in message.subject
    assert result.access_code in message.body
    html = message.alternatives[0][0]
    assert result.access_code in html and "profilem zaufanym" in html
    # a second call (e.g. from a view) sends nothing more
    from gops.forms.emails import send_confirmation

    assert send_confirmation(result.application, result.access_code) is False
    assert len(mail.outbox) == 1


def test_same_key_twice_makes_one_application(submit):
    key = new_key()
    first = submit(key=key)
    second = submit(key=key, files=[])
    assert first.created and not second.created
    assert second.application.pk == first.application.pk
    assert second.access_code is None
    assert Application.objects.count() == 1
    assert len(mail.outbox) == 1


def test_attachments_move_from_pending_to_private_storage(submit, private_dir):
    definition = registry.get("fundusz-alimentacyjny")
    files = pending_for(definition)
    pending_paths = [Path(private_dir) / f["path"] for f in files]
    app = submit("fundusz-alimentacyjny", files=files).application
    assert not any(p.exists() for p in pending_paths)
    sent = {f["spec_code"]: f["sha256"] for f in files}
    for attachment in app.attachments.all():
        stored = (Path(private_dir) / attachment.file.name).read_bytes()
        assert hashlib.sha256(stored).hexdigest() == sent[attachment.spec_code] == attachment.sha256
        assert attachment.file.name.startswith(f"attachments/{app.public_id}/")
        assert attachment.kind == Attachment.Kind.APPLICATION
    assert {a.spec_code for a in app.attachments.all()} == {
        "orzeczenie-sadu",
        "zaswiadczenie-komornika",
    }


def test_failure_in_a_receiver_rolls_everything_back(submit, private_dir):
    CaseCounter.objects.create(year=2026, last_number=0)
    counters_before = dict(CaseCounter.objects.values_list("year", "last_number"))
    seen = {}

    def explode(sender, application, **kwargs):
        seen["in_transaction"] = connection.in_atomic_block
        seen["saved"] = Application.objects.filter(pk=application.pk).exists()
        raise RuntimeError("workflow could not start")

    definition = registry.get("fundusz-alimentacyjny")
    files = pending_for(definition)
    application_submitted.connect(explode, dispatch_uid="test-explode")
    try:
        with pytest.raises(RuntimeError):
            submit("fundusz-alimentacyjny", files=files)
    finally:
        application_submitted.disconnect(dispatch_uid="test-explode")
    assert seen == {"in_transaction": True, "saved": True}
    assert Application.objects.count() == 0
    assert StatusEvent.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert dict(CaseCounter.objects.values_list("year", "last_number")) == counters_before
    # files already copied onto the failed application are removed again
    assert not [p for p in (Path(private_dir) / "attachments").rglob("*") if p.is_file()]
    # the resident's pending files survive, so a retry can still use them
    assert all((Path(private_dir) / f["path"]).exists() for f in files)
    assert mail.outbox == []
    # and the retry works, taking the number the failed attempt did not keep
    result = submit("fundusz-alimentacyjny", files=files)
    assert result.application.case_sequence == 1


def test_invalid_data_is_refused_with_polish_messages(submit):
    definition = registry.get("zasilek-celowy")
    data = submission_data(definition)
    data["applicant"]["pesel"] = "44051401358"
    data["applicant"]["postcode"] = "87603x"
    data["answers"]["amount"] = "dużo"
    with pytest.raises(ValidationError) as exc:
        submit("zasilek-celowy", data=data)
    text = " ".join(exc.value.messages)
    assert "PESEL" in text and "00-000" in text and "liczbę" in text
    assert Application.objects.count() == 0


def test_pesel_must_match_birth_date(submit):
    definition = registry.get("becikowe")
    data = submission_data(definition)
    data["applicant"]["birth_date"] = "1944-05-15"
    with pytest.raises(ValidationError, match="nie zgadza się"):
        submit(data=data)


def test_foreigner_without_pesel_gives_a_document(submit):
    definition = registry.get("becikowe")
    data = submission_data(definition)
    data["applicant"].update(pesel="", birth_date="1990-03-01")
    with pytest.raises(ValidationError, match="dokumentu"):
        submit(data=data)
    data["applicant"].update(
        document_type="passport", document_number="FX1234567", citizenship="ukraińskie"
    )
    app = submit(data=data).application
    assert app.pesel == "" and app.document_number == "FX1234567"


def test_missing_declaration_is_refused(submit):
    definition = registry.get("becikowe")
    data = submission_data(definition, declarations=[str(definition.declarations[-1])])
    with pytest.raises(ValidationError, match="oświadczenia"):
        submit(data=data)


def test_missing_required_attachment_is_refused(submit):
    with pytest.raises(ValidationError, match="Dodaj wymagany załącznik"):
        submit("becikowe", files=[])


def test_tampered_fields_are_refused(submit):
    definition = registry.get("zasilek-staly")
    data = submission_data(definition)
    data["household"][0]["relationship"] = "king"
    with pytest.raises(ValidationError):
        submit("zasilek-staly", data=data)
    data = submission_data(definition)
    data["incomes"][1]["member"] = 7
    with pytest.raises(ValidationError):
        submit("zasilek-staly", data=data)
    with pytest.raises(ValidationError):
        submit("zasilek-staly", key="not-a-uuid")
    with pytest.raises(ValidationError):
        submit_application("niebieska-karta", {}, [], new_key())
    files = pending_for(registry.get("becikowe"))
    files[0]["spec_code"] = "something-else"
    with pytest.raises(ValidationError):
        submit("becikowe", files=files)
    assert Application.objects.count() == 0


def test_pending_file_replaced_by_another_type_is_refused(submit, private_dir):
    files = pending_for(registry.get("becikowe"))
    (Path(private_dir) / files[0]["path"]).write_bytes(b"MZ" + b"\x00" * 100)
    with pytest.raises(ValidationError):
        submit("becikowe", files=files)


def test_extra_document_and_image(submit):
    from gops.forms.attachments import inspect_upload, store_pending

    files = pending_for(registry.get("becikowe"))
    image = upload("foto.png", png_bytes(), "image/png")
    files.append({**store_pending(image, inspect_upload(image)), "spec_code": ""})
    app = submit("becikowe", files=files).application
    assert sorted(app.attachments.values_list("content_type", flat=True)) == [
        "application/pdf",
        "image/png",
    ]


def test_uuid_object_key_accepted(submit):
    key = uuid.uuid4()
    assert submit(key=key).application.submission_key == key
