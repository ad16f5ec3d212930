"""What a public endpoint's operator expects around it: a per-client rate limit (Flask-Limiter,
in memory), the client address behind trusted proxies, and security headers on every response.
"""

from __future__ import annotations

from flask import Flask, Response, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

# Only our own scripts and styles (YASGUI and Cytoscape.js are served from /vendor); YASGUI and
# Cytoscape.js set inline styles on the elements they draw. No page may be framed elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
# Paths that are files, not queries: never rate-limited.
UNLIMITED = ("/static/", "/vendor/")


def limit_requests(app: Flask, settings: dict) -> None:
    """The rate limit on every route but static files; 429 with Retry-After beyond it."""
    hops = int(settings["proxy_hops"])
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops)
    if settings["rate_limit"]:
        Limiter(
            get_remote_address,
            app=app,
            default_limits=[settings["rate_limit"]],
            storage_uri="memory://",
            headers_enabled=True,
            default_limits_exempt_when=lambda: request.path.startswith(UNLIMITED),
        )


def add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    # answers depend on the Accept header, the language cookie and Accept-Language
    response.vary.update(("Accept", "Accept-Language", "Cookie"))
    return response
