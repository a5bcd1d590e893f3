"""Public verification pages (no login), the owner's downloads, and the issuer documents that
credentials name (profile, keys, revocation list). Each view parses, asks `permissions`, calls a
selector or service, and renders."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_http_methods, require_safe

from . import credentials, keys, permissions, selectors, services, verification
from .forms import CheckForm
from .models import Certificate


def _public_details(certificate: Certificate) -> dict[str, Any]:
    """What the verification page shows: the certificate's own text, no more (no e-mail
    address, mobile number or birth year)."""
    return {
        "recipient_name": certificate.recipient_name,
        "course_title": certificate.course_title,
        "minutes": certificate.duration_minutes,
        "hours": credentials.hours_text(certificate.duration_minutes),
        "issued_at": certificate.issued_at,
        "issuer_name": certificate.issuer.name,
        "signatory_name": certificate.issuer.signatory_name,
        "signatory_title": certificate.issuer.signatory_title,
        "code": certificate.code,
        "revoked_at": certificate.revoked_at,
        "revoked_reason": certificate.revoked_reason,
    }


def _no_store(response: HttpResponse) -> HttpResponse:
    # A revocation must show at once: no cache keeps a "valid" answer.
    patch_cache_control(response, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    if not permissions.can_verify(request.user):
        raise Http404
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        context: dict[str, Any] = {"state": "unknown", "form": CheckForm()}
        return _no_store(render(request, "certificates/verify.html", context, status=404))
    state = "revoked" if certificate.is_revoked else "valid"
    owner = permissions.can_download(request.user, certificate)
    context = {
        "state": state,
        "details": _public_details(certificate),
        "owner": owner,
        "form": CheckForm(),
    }
    return _no_store(render(request, "certificates/verify.html", context))


@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    """A code typed in, or a credential uploaded or pasted."""
    if not permissions.can_verify(request.user):
        raise Http404
    if request.method == "GET":
        return render(request, "certificates/check.html", {"form": CheckForm()})
    form = CheckForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "certificates/check.html", {"form": form}, status=400)
    if not (form.cleaned_data["file"] or form.cleaned_data["credential"]):
        return redirect("certificates:verify", code=form.cleaned_data["code"].strip())
    result = verification.verify_online(form.credential_value())
    context: dict[str, Any] = {
        "state": result.status,
        "reason": result.reason,
        "details": _public_details(result.certificate) if result.certificate else None,
        "form": CheckForm(),
        "uploaded": True,
    }
    status = 200 if result.status != "invalid" else 400
    return _no_store(render(request, "certificates/verify.html", context, status=status))


def _owned(request: HttpRequest, code: str) -> Certificate:
    certificate = selectors.certificate_by_code(code)
    if certificate is None or not permissions.can_download(request.user, certificate):
        raise Http404
    return certificate


@require_safe
def download_pdf(request: HttpRequest, code: str) -> FileResponse:
    certificate = _owned(request, code)
    if not certificate.pdf_name or not default_storage.exists(certificate.pdf_name):
        # Not made yet (the task is queued) or lost: made now, once.
        services.certificate_pdf_ensure(certificate_id=certificate.pk)
        certificate.refresh_from_db(fields=["pdf"])
    response = FileResponse(
        default_storage.open(certificate.pdf_name, "rb"),
        as_attachment=True,
        filename=f"sertifikat-pandu-{certificate.code[:8]}.pdf",
        content_type="application/pdf",
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def download_credential(request: HttpRequest, code: str) -> HttpResponse:
    certificate = _owned(request, code)
    response = HttpResponse(certificate.credential, content_type="application/vc+jwt")
    filename = f"sertifikat-pandu-{certificate.code[:8]}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


# --- Documents that credentials name, outside the language prefix -------------------------------


def _issuer(public_id: UUID) -> Any:
    issuer = selectors.issuer_by_public_id(public_id)
    if issuer is None:
        raise Http404
    return issuer


def _json(data: dict[str, Any], *, max_age: int) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=max_age)
    return response


@require_safe
def issuer_profile(request: HttpRequest, public_id: UUID) -> JsonResponse:
    issuer = _issuer(public_id)
    profile = {
        "@context": list(credentials.CONTEXT),
        **credentials.IssuerProfile(
            id=services.issuer_url(issuer), name=issuer.name, url=issuer.url
        ).as_json(),
    }
    if issuer.email:
        profile["email"] = issuer.email
    return _json(profile, max_age=3600)


@require_safe
def issuer_jwks(request: HttpRequest, public_id: UUID) -> JsonResponse:
    _issuer(public_id)
    return _json(keys.jwks(), max_age=300)


@require_safe
def issuer_revocations(request: HttpRequest, public_id: UUID) -> JsonResponse:
    """The issuer's 1EdTech revocation list: the ids of its revoked credentials and why."""
    issuer = _issuer(public_id)
    revoked = [
        {"id": f"urn:uuid:{c.uuid}", "revocationReason": c.revoked_reason}
        for c in selectors.revoked_of(issuer).only("uuid", "revoked_reason")
    ]
    data = {
        "id": services.status_url(issuer),
        "issuer": services.issuer_url(issuer),
        "revokedCredentials": revoked,
    }
    response = _json(data, max_age=0)
    patch_cache_control(response, no_cache=True)
    return response
