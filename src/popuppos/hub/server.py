"""Running the hub for real: uvicorn, with the JSON request log on standard error."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

import uvicorn

from popuppos.hub.app import create_app

_HANDLER_NAME = "popuppos.hub.jsonlines"


def configure_logging(stream: TextIO | None = None) -> None:
    """Send the ``popuppos.hub`` log (one JSON object per line) to ``stream`` (stderr)."""
    logger = logging.getLogger("popuppos.hub")
    if any(handler.get_name() == _HANDLER_NAME for handler in logger.handlers):
        return
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def serve(
    db_url: str, host: str = "127.0.0.1", port: int = 8765, *, public_url: str | None = None
) -> None:
    """Serve the hub over ``db_url`` until interrupted (Ctrl+C or SIGTERM)."""
    app = create_app(db_url, public_url=public_url)
    configure_logging()
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        access_log=False,  # the hub writes its own request log, without tokens
        proxy_headers=True,  # behind a TLS reverse proxy on this machine
        server_header=False,
        log_level="info",
    )
    uvicorn.Server(config).run()
