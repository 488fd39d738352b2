"""The step forms are built from the registry: skipping, one field per question."""

from __future__ import annotations

import pytest

from gops.forms.registry import FieldKind, Question, registry
from gops.forms.steps import ALL_STEPS, DetailsForm, question_field, steps_for


@pytest.mark.parametrize("definition", list(registry), ids=lambda d: d.code)
def test_steps_follow_the_definition(definition):
    steps = steps_for(definition)
    assert steps[0] == "applicant" and steps[-1] == "declarations"
    assert ("household" in steps) == definition.asks_household
    assert ("payment" in steps) == definition.asks_payment
    assert ("details" in steps) == bool(definition.questions)
    assert [s for s in ALL_STEPS if s in steps] == steps
    form = DetailsForm(definition=definition)
    assert list(form.fields) == [q.name for q in definition.questions]


@pytest.mark.parametrize("kind", list(FieldKind))
def test_every_question_kind_has_a_field(kind):
    question = Question("q", "Pytanie", kind, choices=(("a", "A"), ("b", "B")))
    field = question_field(question)
    assert field.label == "Pytanie"
    assert field.is_optional is False
