"""Staff screens for the workflows in the Wagtail admin (wired in ``workflows/wagtail_hooks.py``).

Every view here calls the Workflow API in ``gops.workflows.services`` for permissions and
flow logic; these modules only present data and forward staff actions.
"""
