"""Action forms never pre-select a consequential answer for the worker."""

from gops.workflows.action_forms import DecisionDraftForm, FormalCheckForm


def test_formal_check_starts_with_nothing_chosen():
    form = FormalCheckForm()
    assert form.fields["result"].choices[0][0] == ""
    assert form.fields["signature_method"].choices[0][0] == ""
    html = str(form["signature_method"])
    assert 'value="" selected' in html


def test_formal_check_without_a_choice_is_refused():
    form = FormalCheckForm(data={"result": "", "signature_method": ""})
    assert not form.is_valid()
    assert "result" in form.errors and "signature_method" in form.errors


def test_returned_draft_keeps_its_outcome_without_a_blank_option():
    form = DecisionDraftForm(initial={"outcome": "refused"})
    assert form.fields["outcome"].choices[0][0] != ""
    assert 'value="refused" selected' in str(form["outcome"])
