"""Staff work an application in the Wagtail admin; the resident sees the new status."""

import pytest

from .helpers import assert_accessible
from .residents import complete_all_steps, sample_pdf
from .staff import INBOX_URL, claim_from_queue, complete_task, log_in, log_out, today
from .test_resident_journey import look_up_status, open_form_from_home, submit_on_check_page

pytestmark = pytest.mark.browser


@pytest.fixture
def submitted_case(new_context, demo_site, tmp_path):
    """(case number, access code) of a zasiłek okresowy application a resident just sent."""
    page = new_context().new_page()
    open_form_from_home(page, demo_site)
    complete_all_steps(page, sample_pdf(tmp_path))
    return submit_on_check_page(page)


def test_social_worker_and_director_decide_and_the_resident_sees_it(new_context, submitted_case):
    case_number, access_code = submitted_case
    staff = new_context().new_page()

    # The social worker takes the case from the queue, checks it and interviews the family.
    log_in(staff, "pracownik")
    claim_from_queue(staff, case_number)
    staff.goto(INBOX_URL)
    row = staff.locator("tr", has_text=case_number)
    assert row.count() and "Ocena formalna" in row.first.inner_text(), "claimed task not in inbox"
    with staff.expect_navigation():
        row.first.get_by_role("link", name=case_number).click()
    complete_task(staff, {"result": "complete", "signature_method": "profil_zaufany"})
    claim_from_queue(staff, case_number)
    assert "Wywiad środowiskowy" in staff.locator("main").inner_text()
    complete_task(
        staff,
        {
            "carried_out_on": today(),
            "findings": "Wnioskodawczyni mieszka z mężem, oboje są emerytami. Dochód niski.",
            "recommendation": "zasiłek okresowy na 3 miesiące",
        },
    )
    claim_from_queue(staff, case_number)
    complete_task(
        staff,
        {
            "outcome": "granted",
            "amount": "450.00",
            "period_from": today(),
            "period_to": today(90),
            "justification": "Dochód rodziny jest niższy od kryterium dochodowego.",
        },
    )
    staff.goto(INBOX_URL)
    assert case_number not in staff.locator("main").inner_text(), "the task stayed in the inbox"
    log_out(staff)

    # The kierownik approves and signs the decision.
    log_in(staff, "kierownik")
    claim_from_queue(staff, case_number)
    assert "Akceptacja decyzji" in staff.locator("main").inner_text()
    complete_task(staff, {"result": "approved"})
    log_out(staff)

    resident = new_context().new_page()
    resident.goto("/wnioski/status/")
    status = look_up_status(resident, case_number, access_code)
    assert status == "Decyzja wydana, trwa doręczenie"
    history = resident.locator(".timeline").inner_text()
    assert "Wniosek w trakcie rozpatrywania" in history
    assert_accessible(resident, "status page after the decision")
