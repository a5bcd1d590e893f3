from django.conf import settings
from django.db import connection
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.views import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and `make run`'s start-up check: the process answers and the database
    does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse | FileResponse:
    """Uploaded files on a development machine and in tests (production serves them from its web
    server or object storage). Reads MEDIA_ROOT per request, so tests may move it."""
    return static.serve(request, path, document_root=str(settings.MEDIA_ROOT))
