"""The Flask application factory: settings, the store and its query executor, blueprints,
protection (rate limit, sizes), errors and headers."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, jsonify, make_response, render_template, request, send_from_directory
from werkzeug.exceptions import HTTPException

from gazette_kg import config
from gazette_kg.paths import PROJECT_ROOT
from gazette_kg.store import QueryOutOfMemory, QueryTimeout, Refused, StoreBusy, StoreError, open_store
from gazette_kg.web import analytics, catalog, feed, graphview, linkeddata, resources, sparql
from gazette_kg.web.data import local_link, short
from gazette_kg.web.executor import QueryExecutor
from gazette_kg.web.i18n import current_language, other_language_url, translate
from gazette_kg.web.protection import add_security_headers, limit_requests

# Browser libraries installed by npm at set-up, served from node_modules (never a CDN).
VENDOR_FILES = {
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
}
# Seconds a client is told to wait when the query workers are all busy.
RETRY_AFTER_BUSY = 5


def create_app(settings: dict | None = None, executor: QueryExecutor | None = None) -> Flask:
    settings = settings or config.settings()
    app = Flask(__name__)
    app.config["GAZETTE"] = settings
    app.config["MAX_CONTENT_LENGTH"] = int(settings["max_request_bytes"])
    app.config["NODE_MODULES"] = Path(settings.get("node_modules") or PROJECT_ROOT / "node_modules")
    location = str(settings["store"])
    if not location.startswith(("http://", "https://")):
        location = str(Path(location).resolve())
    store = open_store(
        location,
        read_only=True,
        workers=int(settings["query_workers"]),
        queue_seconds=float(settings["queue_seconds"]),
        public_queries=int(settings["public_queries"]),
        slow_seconds=float(settings["slow_seconds"]),
        long_queries=int(settings["long_queries"]),
    )
    app.extensions["executor"] = executor or QueryExecutor(
        store,
        timeout=float(settings["query_timeout"]),
        max_results=int(settings["max_results"]),
        cache_seconds=float(settings["cache_seconds"]),
        cache_bytes=int(settings["cache_bytes"]),
        client_queries=int(settings["client_queries"]),
        queue_seconds=float(settings["queue_seconds"]),
    )

    for module in (catalog, sparql, resources, graphview, linkeddata, feed, analytics):
        app.register_blueprint(module.blueprint)
    limit_requests(app, settings)

    @app.context_processor
    def inject() -> dict:
        return {
            "t": translate,
            "lang": current_language(),
            "link": local_link,
            "short": short,
            "other_language_url": other_language_url,
        }

    @app.after_request
    def remember_language(response):
        if request.args.get("lang") in ("zh", "en"):
            response.set_cookie("lang", request.args["lang"], max_age=365 * 24 * 3600, samesite="Lax")
        return add_security_headers(response)

    @app.route("/favicon.ico")
    def favicon():
        return send_from_directory(app.static_folder, "favicon.ico", max_age=86400, mimetype="image/vnd.microsoft.icon")

    @app.route("/vendor/<name>")
    def vendor(name: str):
        target = VENDOR_FILES.get(name)
        if target is None:
            return _error(translate("not_found"), 404)
        path = app.config["NODE_MODULES"] / target
        return send_from_directory(path.parent, path.name, max_age=3600)

    @app.errorhandler(QueryTimeout)
    @app.errorhandler(QueryOutOfMemory)
    def stopped(err):
        return _error(str(err), 503)

    @app.errorhandler(StoreBusy)
    def busy(err):
        response = _error(str(err), 503)
        response.headers["Retry-After"] = str(RETRY_AFTER_BUSY)
        return response

    @app.errorhandler(Refused)
    def refused(err):
        return _error(str(err), err.status)

    @app.errorhandler(StoreError)
    def failed(err):
        return _error(str(err), 502 if location.startswith("http") else 500)

    @app.errorhandler(HTTPException)
    def http_error(err):
        message = (
            translate("not_found")
            if err.code == 404
            else translate(f"http_{err.code}")
            if f"http_{err.code}" in _MESSAGES
            else err.description
        )
        response = _error(message, err.code or 500)
        response.headers.update({k: v for k, v in err.get_headers() if k.lower() in ("retry-after", "allow")})
        return response

    return app


# Status codes with a translated one-line message (the others keep werkzeug's English text).
_MESSAGES = ("http_405", "http_413", "http_429")


def _error(message: str, status: int):
    if request.path.endswith(".json"):  # a JSON endpoint (/graph.json) answers errors in JSON
        return make_response(jsonify({"error": message, "status": status}), status)
    if request.accept_mimetypes.best_match(["text/html", "text/plain"]) == "text/plain" or request.path.startswith("/sparql"):
        return make_response(message + "\n", status, {"Content-Type": "text/plain; charset=utf-8"})
    return make_response(render_template("error.html", message=message, status=status), status)
