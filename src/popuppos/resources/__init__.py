"""Bundled, read-only assets: icons, Qt style sheets and the demo shop.

The package is installed as ordinary files (never zipped), so a resource is a
real path on disk that Qt (QIcon, QPixmap, style sheets) can open directly.
"""

from __future__ import annotations

import pathlib
from importlib.resources import files

__all__ = ["resource_path"]


def resource_path(*parts: str) -> pathlib.Path:
    """Return the path of a file or folder inside this package.

    >>> resource_path("style", "theme.qss").name
    'theme.qss'
    """
    root = pathlib.Path(str(files(__name__)))
    return root.joinpath(*parts)
