"""Small staff forms on the application page: comment, delay notice, reassignment."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import roles


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Komentarz"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Widoczny tylko dla pracowników ośrodka."),
    )


class DelayForm(forms.Form):
    """Art. 36 KPA: the applicant is told the reason for the delay and a new date."""

    new_date = forms.DateField(
        label=_("Nowy termin załatwienia sprawy"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    reason = forms.CharField(
        label=_("Przyczyna zwłoki"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wnioskodawca otrzyma zawiadomienie z tą przyczyną i nowym terminem."),
    )

    def clean_new_date(self):
        value = self.cleaned_data["new_date"]
        if value <= timezone.localdate():
            raise forms.ValidationError(_("Nowy termin musi przypadać po dzisiejszej dacie."))
        return value


class WithdrawForm(forms.Form):
    """The applicant withdrew the application (in writing or in person) before the decision."""

    reason = forms.CharField(
        label=_("Jak wnioskodawca wycofał wniosek"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Na przykład: „Pismo z 26.11.2026 o wycofaniu wniosku”. "
            "Wnioskodawca zobaczy ten tekst na stronie statusu wniosku."
        ),
    )


def staff_users(group_names=roles.STAFF_GROUPS):
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=group_names)
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class ReassignForm(forms.Form):
    user = StaffChoiceField(
        label=_("Przekaż zadanie pracownikowi"),
        queryset=staff_users(),
        empty_label=_("— wybierz pracownika —"),
    )

    def __init__(self, *args, group_name=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer the members of the task's group (the service re-checks on submit).
        names = [group_name] if group_name else roles.STAFF_GROUPS
        self.fields["user"].queryset = staff_users(names)
