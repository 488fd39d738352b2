"""The wizard's state in the session: JSON-safe, one entry per form page.

Shape::

    {"benefit": code, "key": submission UUID, "done": [steps],
     "applicant": {...}, "household": [{...}], "incomes": [{...}], "answers": {...},
     "payment": {...}, "files": [store_pending dict + "spec_code" ("" = another document)],
     "declarations": [text], "draft_token": token or absent}
"""

from __future__ import annotations

import uuid

WIZARD = "intake.wizard.{}"
# {page pk: {"public_id", "case_number", "access_code", "key"}} of this session's submissions.
SUBMITTED = "intake.submitted"
# public_ids whose PDF this session may download.
PDF_IDS = "intake.pdf_ids"


def new_state(benefit_code: str) -> dict:
    return {
        "benefit": benefit_code,
        "key": str(uuid.uuid4()),
        "done": [],
        "applicant": {},
        "household": [],
        "incomes": [],
        "answers": {},
        "payment": {},
        "files": [],
        "declarations": [],
    }


def load(request, page) -> dict:
    state = request.session.get(WIZARD.format(page.pk))
    if not isinstance(state, dict) or state.get("benefit") != page.benefit_code:
        state = new_state(page.benefit_code)
    for key, value in new_state(page.benefit_code).items():
        state.setdefault(key, value)
    return state


def has_state(request, page) -> bool:
    return WIZARD.format(page.pk) in request.session


def save(request, page, state: dict) -> None:
    request.session[WIZARD.format(page.pk)] = state


def clear(request, page) -> None:
    request.session.pop(WIZARD.format(page.pk), None)


def mark_done(state: dict, step: str) -> None:
    if step not in state["done"]:
        state["done"].append(step)


def first_incomplete(state: dict, steps: list[str]) -> str | None:
    for step in steps:
        if step not in state["done"]:
            return step
    return None


def remember_submission(request, page, record: dict) -> None:
    submitted = dict(request.session.get(SUBMITTED, {}))
    submitted[str(page.pk)] = record
    request.session[SUBMITTED] = submitted
    allowed = list(request.session.get(PDF_IDS, []))
    if record["public_id"] not in allowed:
        allowed.append(record["public_id"])
    request.session[PDF_IDS] = allowed[-20:]


def submission(request, page) -> dict | None:
    return request.session.get(SUBMITTED, {}).get(str(page.pk))


def remove_member(state: dict, index: int) -> None:
    """Remove a household member and the incomes tied to them (indexes shift down)."""
    del state["household"][index]
    incomes = []
    for income in state["incomes"]:
        member = income.get("member")
        if member == index:
            continue
        if isinstance(member, int) and member > index:
            income = {**income, "member": member - 1}
        incomes.append(income)
    state["incomes"] = incomes


def stored_submission(request, page) -> dict | None:
    """The submission record as saved by another request of this session (not our copy)."""
    session_key = request.session.session_key
    if not session_key:
        return None
    fresh = request.session.__class__(session_key)
    return fresh.get(SUBMITTED, {}).get(str(page.pk))
