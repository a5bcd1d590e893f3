"""Pandu's JSON API at /api/v1 (schema at /api/v1/openapi.json, browsable at /api/v1/docs).
Conventions for every endpoint are in the README ("API") and in `errors` and `schemas`."""

from ninja import NinjaAPI

from .endpoints import auth, catalog, certificates, classes, guardians, learning, notifications
from .errors import install_error_handlers

api = NinjaAPI(
    title="Pandu API",
    version="1",
    urls_namespace="api",
    description=(
        'Errors: `{"detail", "code"}` in the user\'s language (`errors` lists the fields of '
        'invalid input, status 400). Lists: `{"items", "count"}` with `limit` (1 to 100, default '
        "20) and `offset`. Log in with the site's session (CSRF token for writes) or a token from "
        "`POST /auth/token` sent as `Authorization: Bearer …`."
    ),
)
install_error_handlers(api)
api.add_router("", auth.router)
api.add_router("", catalog.router)
api.add_router("", learning.router)
api.add_router("", certificates.router)
api.add_router("", classes.router)
api.add_router("", guardians.router)
api.add_router("", notifications.router)
