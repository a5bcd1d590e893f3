"""Content Security Policy: a strict one for the public site, a looser one the Wagtail admin can
run under.

The public site has no inline script or style at all (tests/lms/core/test_security.py reads the
pages and a browser test listens for violations): scripts and styles come from Pandu's own origin,
and a template that ever needs an inline script must give it the request's nonce
(``{{ request.csp_nonce }}``). The Wagtail admin and its page previews still run inline scripts
and styles, so the admin's path gets PANDU_CSP_ADMIN_DIRECTIVES. Both policies are in the
settings.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's path."""

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(settings.PANDU_ADMIN_PATH) and parts.config is None:
            return PolicyParts(
                default_config(settings.PANDU_CSP_ADMIN_DIRECTIVES),
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts
