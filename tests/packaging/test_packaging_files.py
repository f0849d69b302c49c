"""The bundle's recipe and Linux metadata agree with the app, checked without building a bundle.

A bundle that misses the migrations or the resources only fails when a host starts it, so the
spec's folder list is checked against the folders the app really reads; the desktop entry and
the AppStream file are checked for what a desktop and a software centre need.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import popuppos
from popuppos.documents import styles
from popuppos.resources import resource_path
from popuppos.store import migrate

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "popuppos.spec"
APP_ID = "app.popuppos.PopupPOS"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SRC_PACKAGE = ROOT / "src" / "popuppos"

#: What the spec computes before it calls PyInstaller: plain Python, safe to run here.
_SPEC_NAMES = {"ROOT", "SRC", "PACKAGE", "RESOURCES", "MIGRATIONS", "DATA_FOLDERS", "SKIP_SUFFIXES"}


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def _plain_python(node: ast.stmt) -> bool:
    """Imports (but PyInstaller's), the path assignments and data_files()."""
    if isinstance(node, ast.ImportFrom):
        return not (node.module or "").startswith("PyInstaller")
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id in _SPEC_NAMES for t in node.targets)
    if isinstance(node, ast.FunctionDef):
        return node.name == "data_files"
    return isinstance(node, ast.Import)


def _spec_namespace() -> dict[str, Any]:
    """The spec's paths and its data_files() function, without PyInstaller."""
    keep = [node for node in _spec_tree().body if _plain_python(node)]
    namespace: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__name__": "popuppos_spec"}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def _exe_name() -> str:
    """The executable's name: the ``name=`` of the spec's EXE(...)."""
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "EXE":
            for keyword in node.keywords:
                if keyword.arg == "name" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    raise AssertionError("packaging/popuppos.spec has no EXE(name=...)")


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text("utf-8"))
    return parser["Desktop Entry"]


def test_the_spec_ships_the_folders_the_app_reads_where_it_reads_them() -> None:
    spec = _spec_namespace()
    shipped = {Path(folder).resolve(): dest for folder, dest in spec["DATA_FOLDERS"]}
    app_reads = {
        resource_path().resolve(): "resources",
        migrate.MIGRATIONS.resolve(): "migrations",
    }
    for folder, what in app_reads.items():
        assert folder.is_dir(), f"the app's {what} folder {folder} does not exist"
        assert folder in shipped, f"packaging/popuppos.spec does not ship {folder}"
        # in the bundle the folder sits where the package's code looks for it
        assert Path(shipped[folder]) == folder.relative_to(SRC_PACKAGE.parent)


def test_every_migration_and_resource_file_is_collected_and_no_bytecode() -> None:
    spec = _spec_namespace()
    collected = {
        Path(source).resolve()
        for folder, dest in spec["DATA_FOLDERS"]
        for source, _ in spec["data_files"](Path(folder), dest)
    }
    versions = sorted((migrate.MIGRATIONS / "versions").glob("*.py"))
    assert len(versions) >= int(migrate.HEAD)
    for needed in [
        migrate.MIGRATIONS / "env.py",
        *versions,
        resource_path("style", "theme.qss"),
        resource_path("style", "palettes.json"),
        resource_path("icons", "popuppos-256.png"),
        resource_path("demo", "shop.json"),
    ]:
        assert needed.resolve() in collected, f"{needed} would be missing from the bundle"
    assert not [p for p in collected if p.suffix == ".pyc" or "__pycache__" in p.parts]


def test_data_files_refuses_a_missing_folder_with_a_sentence(tmp_path: Path) -> None:
    spec = _spec_namespace()
    with pytest.raises(SystemExit, match="is missing; run from a full checkout"):
        spec["data_files"](tmp_path / "resources", "popuppos/resources")


def test_bundled_fonts_land_where_documents_and_the_ui_look() -> None:
    text = SPEC.read_text("utf-8")
    assert '"popuppos/resources/fonts"' in text
    bundled_regular, bundled_bold = styles._FONT_FILES[0]
    assert bundled_regular.parent == resource_path("fonts")
    for font in (bundled_regular, bundled_bold):
        assert f'"{font.name}"' in text, f"the spec does not copy {font.name}"


def test_the_bundle_runs_the_same_entry_point_as_pip() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert _exe_name() == "popuppos" and scripts["popuppos"] == "popuppos.cli:main"
    entry = ast.parse((PACKAGING / "entry.py").read_text("utf-8"))
    imports = [n for n in entry.body if isinstance(n, ast.ImportFrom)]
    assert [(n.module, [a.name for a in n.names]) for n in imports] == [("popuppos.cli", ["main"])]


def test_desktop_entry_has_the_keys_a_desktop_needs() -> None:
    entry = _desktop_entry()
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Terminal", "Categories"):
        assert entry.get(key), f"{DESKTOP.name} lacks {key}="
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == _exe_name()
    assert entry["Icon"] == APP_ID  # install.sh installs the icon under the app id
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_metainfo_parses_and_names_the_binary_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("provides/binary") == _exe_name()
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("name") == _desktop_entry()["Name"]
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert popuppos.__version__ in releases, "add this version to <releases> in the metainfo"


def test_build_script_and_installer_use_the_same_app_id() -> None:
    build = (PACKAGING / "build.sh").read_text("utf-8")
    assert f"app_id={APP_ID}\n" in build
    installer = PACKAGING / "linux" / "install.sh"
    assert f"id={APP_ID}\n" in installer.read_text("utf-8")
    assert os.access(installer, os.X_OK) and os.access(PACKAGING / "build.sh", os.X_OK)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
