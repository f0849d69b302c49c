"""The camera scanner: photos and video frames decoded on a worker, and the camera panel.

The offscreen platform has no camera, so the live path is driven the way a camera drives it:
video frames (NV12, like a webcam's, or RGB) set on the scanner's QVideoSink. Qt Multimedia
once crashed the interpreter on a machine without libxrandr2 (QVideoFrameInput), so those
tests first try a QVideoSink in a child process and are skipped if it fails there.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
import segno
from PIL import Image, ImageFilter
from pytestqt.qtbot import QtBot

from popuppos.core.pass_token import PassClaims, SigningKey, issue_pass
from popuppos.ui.camera_panel import NO_CAMERA_TEXT, CameraPanel, CameraPreview
from popuppos.ui.camera_scanner import (
    CameraScanner,
    frame_to_gray,
    rank_camera_format,
    wait_for_decodes,
)
from popuppos.ui.qt import (
    HAVE_QT_MULTIMEDIA,
    QApplication,
    QFileDialog,
    QImage,
    QSize,
    QTimer,
    QVideoFrame,
    QVideoFrameFormat,
)

# Qt Multimedia logs these as warnings when its FFmpeg backend loads on a machine without
# PipeWire or VA-API, and when a frame is converted without a GPU; neither is a fault.
pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) .*(library|symbols)",
    r"No RHI backend",
)


def make_token(seed: int) -> str:
    rng = random.Random(seed)
    key = SigningKey.from_private_bytes(rng.randbytes(32))
    start = date(2026, 3, 1)
    claims = PassClaims(
        pass_id=uuid.UUID(int=rng.getrandbits(128)),
        tier="GOLD",
        valid_from=start,
        valid_until=start + timedelta(days=365),
        issued_on=start,
        key_id=key.key_id,
    )
    return issue_pass(claims, key)


def camera_gray(token: str, seed: int, *, side: int = 200) -> np.ndarray:
    """A 1280x720 grayscale frame: the token's QR small, rotated and blurred, on noise."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    segno.make(token, error="m").save(buffer, kind="png", scale=8, border=4)
    buffer.seek(0)
    code = Image.open(buffer).convert("L").resize((2 * side, 2 * side), Image.Resampling.BOX)
    angle = rng.uniform(0, 360)
    mask = Image.new("L", code.size, 255).rotate(angle, expand=True, fillcolor=0)
    code = code.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    half = (code.width // 2, code.height // 2)
    code, mask = code.resize(half, Image.Resampling.BOX), mask.resize(half, Image.Resampling.BOX)
    noise = np.random.default_rng(seed).integers(60, 200, (720, 1280), dtype=np.uint8)
    frame = Image.fromarray(noise, "L")
    frame.paste(code, (rng.randrange(10, 1270 - half[0]), rng.randrange(10, 710 - half[1])), mask)
    return np.asarray(frame.filter(ImageFilter.GaussianBlur(1.0)))


def nv12_frame(gray: np.ndarray) -> QVideoFrame:
    """A video frame in NV12 (what webcams deliver after decoding): luma plus neutral chroma."""
    height, width = gray.shape
    fmt = QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_NV12)
    frame = QVideoFrame(fmt)
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    luma = np.frombuffer(frame.bits(0), np.uint8).reshape(height, frame.bytesPerLine(0))
    luma[:, :width] = gray
    np.frombuffer(frame.bits(1), np.uint8)[:] = 128
    frame.unmap()
    return frame


def rgb_frame(gray: np.ndarray) -> QVideoFrame:
    """A video frame made from a QImage (32-bit RGB): the path for RGB cameras."""
    height, width = gray.shape
    image = QImage(gray.tobytes(), width, height, width, QImage.Format.Format_Grayscale8)
    return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))


_PROBE = """
from popuppos.ui.qt import QApplication, QSize, QVideoFrame, QVideoFrameFormat, QVideoSink
app = QApplication([])
sink, seen = QVideoSink(), []
sink.videoFrameChanged.connect(lambda frame: seen.append(frame.isValid()))
fmt = QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat.PixelFormat.Format_NV12)
frame = QVideoFrame(fmt)
assert frame.map(QVideoFrame.MapMode.WriteOnly)
frame.unmap()
sink.setVideoFrame(frame)
assert seen == [True], seen
frame.toImage()
print("sink ok")
"""


@pytest.fixture(scope="module")
def video_sink_works() -> None:
    """Skip unless a QVideoSink takes frames without crashing (tried in a child process)."""
    if not HAVE_QT_MULTIMEDIA:
        pytest.skip("Qt Multimedia is not installed (PySide6-Addons, libpulse0)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, env=env
    )
    if probe.returncode != 0 or "sink ok" not in probe.stdout:
        pytest.skip(f"QVideoSink failed in a child process (rc {probe.returncode})")


@pytest.fixture
def scanner(qtbot: QtBot) -> Iterator[CameraScanner]:
    scanner = CameraScanner()
    yield scanner
    scanner.stop()
    assert wait_for_decodes(10_000)
    QApplication.processEvents()


@pytest.fixture(scope="module")
def token() -> str:
    return make_token(1)


# --- photos -------------------------------------------------------------------------------


def test_a_photo_is_decoded_on_the_worker(
    qtbot: QtBot, scanner: CameraScanner, token: str, tmp_path: Path
) -> None:
    photo = tmp_path / "pass.jpg"
    Image.fromarray(camera_gray(token, 3)).save(photo, quality=90)
    with qtbot.waitSignal(scanner.decoded, timeout=10_000) as blocker:
        scanner.decode_file(photo)
    assert blocker.args == [token]


def test_a_photo_without_a_code_says_so(
    qtbot: QtBot, scanner: CameraScanner, tmp_path: Path
) -> None:
    photo = tmp_path / "holiday.png"
    noise = np.random.default_rng(5).integers(0, 256, (400, 600, 3), dtype=np.uint8)
    Image.fromarray(noise).save(photo)
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    with qtbot.waitSignal(scanner.nothing_found, timeout=10_000) as blocker:
        scanner.decode_file(photo)
    assert "No QR code found in holiday.png" in blocker.args[0]
    assert decoded == []


def test_a_file_that_is_no_picture_says_so(
    qtbot: QtBot, scanner: CameraScanner, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a picture")
    with qtbot.waitSignal(scanner.nothing_found, timeout=10_000) as blocker:
        scanner.decode_file(notes)
    assert blocker.args[0] == (
        "notes.jpg could not be read as a picture (not an image format PopupPOS knows)."
    )


def test_the_gui_thread_keeps_ticking_while_photos_decode(
    qtbot: QtBot, scanner: CameraScanner, token: str, tmp_path: Path
) -> None:
    # Three 6-megapixel photos without a code (the slowest case: every attempt fails),
    # then one with the pass.
    rng = np.random.default_rng(9)
    big = []
    for i in range(3):
        coarse = rng.integers(0, 256, (250, 375, 3), dtype=np.uint8)
        path = tmp_path / f"crowd{i}.jpg"
        Image.fromarray(coarse).resize((3000, 2000), Image.Resampling.BICUBIC).save(path)
        big.append(path)
    with_pass = tmp_path / "pass.png"
    Image.fromarray(camera_gray(token, 4)).save(with_pass)

    from popuppos.scanning.qr_frames import decode_image_file

    times = []
    for _ in range(2):  # the first decode is cold (it pays one-off costs): keep the faster
        started = time.perf_counter()
        assert decode_image_file(big[0]) == []
        times.append(time.perf_counter() - started)
    one_decode = min(times)  # what one photo would freeze the GUI for

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    missing: list[str] = []
    found: list[str] = []
    scanner.nothing_found.connect(missing.append)
    scanner.decoded.connect(found.append)
    timer.start()
    begun = time.perf_counter()
    for path in [*big, with_pass]:
        scanner.decode_file(path)
    qtbot.waitUntil(lambda: len(missing) == 3 and len(found) == 1, timeout=30_000)
    elapsed = time.perf_counter() - begun
    timer.stop()

    assert found == [token]
    gaps = np.diff([begun, *ticks])
    assert elapsed > 1.5 * one_decode  # the batch of three really took a while ...
    assert gaps.max() < max(0.5 * one_decode, 0.05), (gaps.max(), one_decode)  # ... unfrozen
    assert len(ticks) >= 0.3 * elapsed / 0.010


# --- live frames --------------------------------------------------------------------------


def test_a_video_frame_is_decoded_once_while_the_code_stays_in_view(
    qtbot: QtBot, video_sink_works: None, token: str
) -> None:
    now = [100.0]
    scanner = CameraScanner(debounce_s=2.0, clock=lambda: now[0])
    sink = scanner.video_sink()
    assert sink is not None
    decoded: list[str] = []
    scanned: list[list[str]] = []
    scanner.decoded.connect(decoded.append)
    scanner.frame_scanned.connect(scanned.append)

    def show(frame: QVideoFrame) -> None:
        count = len(scanned)
        sink.setVideoFrame(frame)
        qtbot.waitUntil(lambda: len(scanned) == count + 1, timeout=10_000)

    show(nv12_frame(camera_gray(token, 10)))
    now[0] += 1.0
    show(nv12_frame(camera_gray(token, 11)))  # still in view: not a new scan
    now[0] += 1.5
    show(nv12_frame(camera_gray(token, 12)))  # seen 1.5 s ago: still the same scan
    now[0] += 0.5
    show(nv12_frame(np.full((720, 1280), 128, np.uint8)))  # nothing in view
    now[0] += 2.5
    show(nv12_frame(camera_gray(token, 13)))  # gone for 3 s, shown again: a new scan
    assert scanned == [[token], [token], [token], [], [token]]
    assert decoded == [token, token]
    assert wait_for_decodes(10_000)


def test_rgb_video_frames_are_decoded_too(
    qtbot: QtBot, video_sink_works: None, scanner: CameraScanner, token: str
) -> None:
    sink = scanner.video_sink()
    assert sink is not None
    frame = rgb_frame(camera_gray(token, 20))
    assert frame.pixelFormat() in (
        QVideoFrameFormat.PixelFormat.Format_BGRX8888,
        QVideoFrameFormat.PixelFormat.Format_XRGB8888,
    )
    with qtbot.waitSignal(scanner.decoded, timeout=10_000) as blocker:
        sink.setVideoFrame(frame)
    assert blocker.args == [token]


def test_frame_to_gray_takes_the_luma_of_each_format(video_sink_works: None) -> None:
    gray = np.random.default_rng(2).integers(0, 256, (48, 64), dtype=np.uint8)
    for frame in (nv12_frame(gray), rgb_frame(gray)):
        luma = frame_to_gray(frame)
        assert luma is not None and np.array_equal(luma, gray)
    assert frame_to_gray(QVideoFrame()) is None


def test_frames_arriving_during_a_decode_are_dropped_but_the_newest(
    qtbot: QtBot, video_sink_works: None, scanner: CameraScanner, token: str
) -> None:
    other = make_token(2)
    frames = [nv12_frame(camera_gray(token, 30 + i)) for i in range(6)]
    frames.append(nv12_frame(camera_gray(other, 40)))
    scanned: list[list[str]] = []
    scanner.frame_scanned.connect(scanned.append)
    sink = scanner.video_sink()
    assert sink is not None
    for frame in frames:  # all delivered before the first decode can come back
        sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: not scanner.is_busy(), timeout=10_000)
    assert scanned == [[token], [other]]


def test_stopping_drops_the_decode_in_flight(
    qtbot: QtBot, video_sink_works: None, scanner: CameraScanner, token: str
) -> None:
    decoded: list[str] = []
    scanner.decoded.connect(decoded.append)
    sink = scanner.video_sink()
    assert sink is not None
    sink.setVideoFrame(nv12_frame(camera_gray(token, 50)))
    scanner.stop()
    assert wait_for_decodes(10_000)
    qtbot.wait(50)
    assert decoded == []


# --- the panel ----------------------------------------------------------------------------


def test_without_a_camera_the_panel_says_so_and_offers_a_photo(
    qtbot: QtBot, token: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.scanner.available()  # the offscreen platform has no camera
    assert not panel.camera_shown()
    assert panel.message.isVisible()
    assert panel.message.text() == NO_CAMERA_TEXT
    assert panel.photo_button.isVisible()
    assert panel.photo_button.text() == "Decode a photo…"

    photo = tmp_path / "pass.png"
    Image.fromarray(camera_gray(token, 60)).save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    with qtbot.waitSignal(panel.decoded, timeout=10_000) as blocker:
        panel.photo_button.click()
    assert blocker.args == [token]
    panel.hide()
    assert wait_for_decodes(10_000)


def test_the_panel_shows_why_a_photo_gave_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.show()
    photo = tmp_path / "blank.png"
    Image.new("RGB", (320, 240), "white").save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    with qtbot.waitSignal(panel.scanner.nothing_found, timeout=10_000):
        panel.photo_button.click()
    assert "No QR code found in blank.png" in panel.status.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    panel.photo_button.click()  # cancelled: nothing happens
    assert not panel.scanner.is_busy()


_WITHOUT_MULTIMEDIA = """
import sys
sys.modules["PySide6.QtMultimedia"] = None  # as if PySide6-Addons or libpulse0 were missing
from popuppos.ui import qt
assert not qt.HAVE_QT_MULTIMEDIA
from popuppos.ui.camera_panel import NO_CAMERA_TEXT, CameraPanel
from popuppos.ui.camera_scanner import wait_for_decodes
app = qt.QApplication([])
panel = CameraPanel()
panel.show()
app.processEvents()
assert not panel.camera_shown() and panel.message.text() == NO_CAMERA_TEXT
assert panel.scanner.video_sink() is None and not panel.scanner.available()
found = []
panel.decoded.connect(found.append)
panel.decode_photo(sys.argv[1])
while not found:
    app.processEvents()
assert wait_for_decodes()
print("decoded", found[0])
"""


def test_without_qt_multimedia_there_is_no_camera_but_photos_work(
    token: str, tmp_path: Path
) -> None:
    photo = tmp_path / "pass.png"
    Image.fromarray(camera_gray(token, 80)).save(photo)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, "-c", _WITHOUT_MULTIMEDIA, str(photo)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == f"decoded {token}"


def test_the_preview_paints_frames_under_a_target_box(qtbot: QtBot, video_sink_works: None) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 360)
    box = preview.target_rect()
    assert abs(box.center().x() - 320) <= 1 and abs(box.center().y() - 180) <= 1
    assert box.width() == pytest.approx(0.6 * 360)

    preview.show_frame(nv12_frame(np.full((720, 1280), 200, np.uint8)))
    assert preview.has_frame()
    image = preview.grab().toImage()
    inside = image.pixelColor(320, 180).red()  # the frame as it is
    outside = image.pixelColor(5, 5).red()  # the frame, shaded around the box
    assert inside > 150
    assert 60 < outside < inside - 30
    preview.clear()
    assert not preview.has_frame()
    assert preview.grab().toImage().pixelColor(320, 180).red() < 60  # no frame: dark


def test_camera_formats_rank_720p_uncompressed_at_a_usable_rate_first() -> None:
    formats = {
        "yuyv 1280x720 @10": (1280, 720, 10.0, False),
        "mjpeg 1280x720 @30": (1280, 720, 30.0, True),
        "yuyv 640x480 @30": (640, 480, 30.0, False),
        "mjpeg 1920x1080 @30": (1920, 1080, 30.0, True),
        "nv12 1280x720 @30": (1280, 720, 30.0, False),
    }

    def best(*names: str) -> str:
        return max(names, key=lambda name: rank_camera_format(*formats[name]))

    assert best(*formats) == "nv12 1280x720 @30"
    assert best("yuyv 1280x720 @10", "mjpeg 1280x720 @30") == "mjpeg 1280x720 @30"
    assert best("yuyv 640x480 @30", "mjpeg 1920x1080 @30") == "mjpeg 1920x1080 @30"
    assert best("yuyv 640x480 @30", "yuyv 1280x720 @10") == "yuyv 640x480 @30"
