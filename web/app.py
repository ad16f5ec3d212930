"""The Flask application factory: settings, the query executor, blueprints, errors, headers."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, jsonify, render_template, request, send_from_directory

from gazette_kg import config
from gazette_kg.paths import PROJECT_ROOT
from gazette_kg.web.executor import QueryExecutor, QueryFailed, QueryTimeout
from gazette_kg.web.guard import Refused
from gazette_kg.web.i18n import current_language, other_language_url, translate

# Browser libraries installed by npm at set-up, served from node_modules (never a CDN).
VENDOR_FILES = {
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
}


def create_app(settings: dict | None = None, executor: QueryExecutor | None = None) -> Flask:
    settings = settings or config.settings()
    app = Flask(__name__)
    app.config["GAZETTE"] = settings
    app.config["NODE_MODULES"] = Path(settings.get("node_modules") or PROJECT_ROOT / "node_modules")
    store = str(Path(settings["store"]).resolve()) if not str(settings["store"]).startswith("http") else settings["store"]
    app.extensions["executor"] = executor or QueryExecutor(
        store, workers=int(settings["query_workers"]), timeout=float(settings["query_timeout"]),
        max_results=int(settings["max_results"]), cache_seconds=float(settings["cache_seconds"]))

    from gazette_kg.web import catalog, feed, graphview, linkeddata, resources, sparql

    for module in (catalog, sparql, resources, graphview, linkeddata, feed):
        app.register_blueprint(module.blueprint)
    _register_analytics(app)

    @app.context_processor
    def inject() -> dict:
        from gazette_kg.web.data import local_link, short

        return {"t": translate, "lang": current_language(), "link": local_link, "short": short,
                "other_language_url": other_language_url}

    @app.after_request
    def remember_language(response):
        if request.args.get("lang") in ("zh", "en"):
            response.set_cookie("lang", request.args["lang"], max_age=365 * 24 * 3600, samesite="Lax")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    @app.route("/favicon.ico")
    def favicon():
        return send_from_directory(app.static_folder, "favicon.ico", max_age=86400, mimetype="image/vnd.microsoft.icon")

    @app.route("/vendor/<name>")
    def vendor(name: str):
        target = VENDOR_FILES.get(name)
        if target is None:
            return "not found", 404
        path = app.config["NODE_MODULES"] / target
        return send_from_directory(path.parent, path.name, max_age=3600)

    @app.errorhandler(QueryTimeout)
    def timed_out(err):
        return _error(str(err), 503)

    @app.errorhandler(QueryFailed)
    def failed(err):
        return _error(str(err), 500)

    @app.errorhandler(Refused)
    def refused(err):
        return _error(str(err), err.status)

    @app.errorhandler(404)
    def not_found(err):
        return _error(translate("not_found"), 404)

    return app


def _error(message: str, status: int):
    if request.path.endswith(".json"):  # a JSON endpoint (/graph.json) answers errors in JSON
        return jsonify({"error": message, "status": status}), status
    if request.accept_mimetypes.best_match(["text/html", "text/plain"]) == "text/plain" or request.path.startswith("/sparql"):
        return message + "\n", status, {"Content-Type": "text/plain; charset=utf-8"}
    return render_template("error.html", message=message, status=status), status


def _register_analytics(app: Flask) -> None:
    """The network-analytics pages live in gazette_kg.analytics; mount them when present."""
    try:
        from gazette_kg.analytics.web import blueprint
    except ImportError:
        return
    app.register_blueprint(blueprint)
