"""What the bundled ``popuppos`` executable runs: the same entry point as ``pip install``'s."""

from popuppos.cli import main

raise SystemExit(main())
