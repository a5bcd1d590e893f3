"""The floor of the load test: a bare Wagtail page holding a lesson's body, served by Wagtail as
any page is, with a template that renders the body and nothing else. Installed only by
bench/settings.py."""
