from ninja import NinjaAPI

api = NinjaAPI(title="Pandu API", version="1", urls_namespace="api")
