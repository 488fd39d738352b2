"""The resident's side of the intake: the form journey, drafts, status and eligibility pages."""
