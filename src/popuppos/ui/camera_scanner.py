"""Scanning QR codes with the camera, or from a photo (the Qt side of scanning/qr_frames.py).

:class:`CameraScanner` owns a QVideoSink. Camera frames arrive on it (from a QCamera through a
QMediaCaptureSession, or from anything that calls ``video_sink().setVideoFrame``); the newest
frame is handed to a worker thread, which takes its luma plane (a copy of the Y plane for the
YUV formats cameras deliver, the green channel for RGB frames) and runs
:func:`~popuppos.scanning.qr_frames.decode_qr` on it. At most one decode is in flight: frames
that arrive meanwhile replace each other, and only the newest is decoded next, so the GUI
thread never queues work and never waits on a decode. Each code read is emitted once on
``decoded``; the same code is emitted again only after it has been out of sight for
``debounce_s`` seconds (a pass held up to the camera is one scan, not thirty).

``decode_file`` reads a photo through the same worker: it emits ``decoded`` for each code in
it (always, no debouncing: the host asked), or ``nothing_found`` with a message for the host.

:class:`CameraPanel` is the widget the check-in and sell screens embed: a live preview with a
target box while a camera is there, "No camera found ..." otherwise, and a "Decode a photo..."
button either way. It emits ``decoded``; what a code is for is the screen's business.

The camera runs only while the panel is visible. Qt Multimedia is optional (PySide6-Addons;
on Linux it also needs libpulse0 and libxrandr2): without it there is simply no camera.
On shutdown, call :func:`wait_for_decodes` (as with ``operations.wait_for_operations``).
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from popuppos.scanning.qr_frames import GrayFrame, decode_image_file, decode_qr
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    HAVE_QT_MULTIMEDIA,
    QApplication,
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QImage,
    QMediaCaptureSession,
    QMediaDevices,
    QObject,
    QRunnable,
    QThreadPool,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoSink,
    Signal,
)

if TYPE_CHECKING:
    from popuppos.ui.camera_panel import CameraPreview

__all__ = [
    "CameraScanner",
    "decode_pool",
    "frame_to_gray",
    "rank_camera_format",
    "wait_for_decodes",
]

log = logging.getLogger(__name__)


# --- the worker ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Result:
    generation: int
    texts: list[str]
    path: Path | None = None  # set for a photo
    problem: str | None = None  # a photo that could not be read


class _Bridge(QObject):
    """Carries one job's result to the GUI thread.

    Made with the application as its parent, so the worker dropping its Python reference
    never deletes it there; it is deleted (deleteLater) on the GUI thread once delivered.
    """

    done = Signal(object)


_pool: QThreadPool | None = None


def decode_pool() -> QThreadPool:
    """The pool decodes run on: one thread, so decodes never compete with each other."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_decodes(msecs: int = 5000) -> bool:
    """Block until running decodes are done (shutdown and tests only)."""
    return decode_pool().waitForDone(msecs)


def _alive(obj: QObject) -> bool:
    """False once the C++ object behind ``obj`` is gone (PySide raises on any call)."""
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


class _DecodeJob(QRunnable):
    def __init__(self, work: Callable[[], _Result], bridge: _Bridge) -> None:
        super().__init__()
        self._work = work
        self._bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except Exception:  # a bug: log it, and let the scanner go on with the next frame
            log.exception("QR decode failed")
            result = _Result(generation=-1, texts=[])
        self._bridge.done.emit(result)


_Y_PLANE_FIRST = frozenset(
    {
        QVideoFrameFormat.PixelFormat.Format_NV12,
        QVideoFrameFormat.PixelFormat.Format_NV21,
        QVideoFrameFormat.PixelFormat.Format_YUV420P,
        QVideoFrameFormat.PixelFormat.Format_YUV422P,
        QVideoFrameFormat.PixelFormat.Format_YV12,
        QVideoFrameFormat.PixelFormat.Format_IMC1,
        QVideoFrameFormat.PixelFormat.Format_IMC2,
        QVideoFrameFormat.PixelFormat.Format_IMC3,
        QVideoFrameFormat.PixelFormat.Format_IMC4,
        QVideoFrameFormat.PixelFormat.Format_Y8,
    }
    if HAVE_QT_MULTIMEDIA
    else ()
)
# Packed formats: (bytes per pixel, offset of the luma or green byte in each pixel).
_PACKED_LUMA: dict[object, tuple[int, int]] = (
    {
        QVideoFrameFormat.PixelFormat.Format_YUYV: (2, 0),
        QVideoFrameFormat.PixelFormat.Format_UYVY: (2, 1),
        QVideoFrameFormat.PixelFormat.Format_BGRA8888: (4, 1),
        QVideoFrameFormat.PixelFormat.Format_BGRA8888_Premultiplied: (4, 1),
        QVideoFrameFormat.PixelFormat.Format_BGRX8888: (4, 1),
        QVideoFrameFormat.PixelFormat.Format_RGBA8888: (4, 1),
        QVideoFrameFormat.PixelFormat.Format_RGBX8888: (4, 1),
        QVideoFrameFormat.PixelFormat.Format_ARGB8888: (4, 2),
        QVideoFrameFormat.PixelFormat.Format_ARGB8888_Premultiplied: (4, 2),
        QVideoFrameFormat.PixelFormat.Format_XRGB8888: (4, 2),
        QVideoFrameFormat.PixelFormat.Format_ABGR8888: (4, 2),
        QVideoFrameFormat.PixelFormat.Format_XBGR8888: (4, 2),
    }
    if HAVE_QT_MULTIMEDIA
    else {}
)


def _image_to_gray(image: QImage) -> GrayFrame:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    return np.ascontiguousarray(data.reshape(height, stride)[:, :width])


def frame_to_gray(frame: QVideoFrame) -> GrayFrame | None:
    """The luma of a video frame as a 2-D uint8 array (a copy), or None if it has none.

    Cheap for the formats cameras deliver: the Y plane is copied as it is. Runs on the
    worker thread; the GUI thread only hands the frame over.
    """
    if not frame.isValid():
        return None
    width, height = frame.width(), frame.height()
    fmt = frame.pixelFormat()
    packed = _PACKED_LUMA.get(fmt)
    if (fmt in _Y_PLANE_FIRST or packed is not None) and frame.map(QVideoFrame.MapMode.ReadOnly):
        try:
            stride = frame.bytesPerLine(0)
            data = np.frombuffer(frame.bits(0), dtype=np.uint8)
            if data.size < stride * height:  # the last row need not be padded to the stride
                data = np.concatenate([data, np.zeros(stride * height - data.size, np.uint8)])
            rows = data[: stride * height].reshape(height, stride)
            if packed is None:
                return np.ascontiguousarray(rows[:, :width])
            step, offset = packed
            return np.ascontiguousarray(rows[:, offset : offset + step * width : step])
        finally:
            frame.unmap()
    image = frame.toImage()  # any other format: Qt converts it (slower, but it works)
    return None if image.isNull() else _image_to_gray(image)


def rank_camera_format(
    width: int, height: int, max_fps: float, is_jpeg: bool
) -> tuple[bool, bool, int, bool, float]:
    """Sort key for a camera format; the best has the largest key.

    A frame rate of at least 15 comes first (a slower preview feels broken; webcams often
    offer 1280x720 at 30 fps only as MJPEG). Then the smallest resolution of at least
    1280x720 (enough pixels for a small code, cheap to decode), else the largest there is.
    Then an uncompressed format (MJPEG costs a decode per frame), then the frame rate, up to 30.
    """
    pixels = width * height
    enough = pixels >= 1280 * 720
    return (max_fps >= 15, enough, -pixels if enough else pixels, not is_jpeg, min(max_fps, 30.0))


def _best_format(formats: Sequence[QCameraFormat]) -> QCameraFormat | None:
    def key(fmt: QCameraFormat) -> tuple[bool, bool, int, bool, float]:
        size = fmt.resolution()
        is_jpeg = fmt.pixelFormat() == QVideoFrameFormat.PixelFormat.Format_Jpeg
        return rank_camera_format(size.width(), size.height(), fmt.maxFrameRate(), is_jpeg)

    usable = [fmt for fmt in formats if not fmt.isNull()]
    return max(usable, key=key) if usable else None


# --- the scanner --------------------------------------------------------------------------


class CameraScanner(QObject):
    """Camera frames and photos in, QR codes out; see the module docstring.

    ``clock`` returns monotonic seconds (tests inject a fake one for the debouncing).
    """

    decoded = Signal(str)
    nothing_found = Signal(str)  # a photo with no code, or no readable image: a message
    frame_scanned = Signal(list)  # every camera frame decoded: the codes in it (often none)
    camera_error = Signal(str)  # the camera failed or went away: a message
    cameras_changed = Signal(bool)  # a camera was plugged in or out: available() now

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        debounce_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._debounce_s = debounce_s
        self._clock = clock
        self._seen: dict[str, float] = {}
        self._generation = 0
        self._in_flight = False
        self._pending_frame: QVideoFrame | None = None
        self._files: deque[Path] = deque()
        self._preview: CameraPreview | None = None
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._sink: QVideoSink | None = None
        self._devices: QMediaDevices | None = None
        if HAVE_QT_MULTIMEDIA:
            self._sink = QVideoSink(self)
            self._sink.videoFrameChanged.connect(self._on_video_frame)
            self._devices = QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._on_inputs_changed)

    # --- public API -----------------------------------------------------------------------

    @staticmethod
    def cameras() -> list[QCameraDevice]:
        """The cameras Qt can see (none without Qt Multimedia)."""
        return list(QMediaDevices.videoInputs()) if HAVE_QT_MULTIMEDIA else []

    def available(self) -> bool:
        """True when there is a camera to start."""
        return bool(self.cameras())

    def is_active(self) -> bool:
        """True while a camera is started."""
        return self._camera is not None

    def is_busy(self) -> bool:
        """True while a decode is in flight or queued."""
        return self._in_flight or self._pending_frame is not None or bool(self._files)

    def video_sink(self) -> QVideoSink | None:
        """The sink frames are decoded from (None without Qt Multimedia)."""
        return self._sink

    def start(self, preview: CameraPreview | None = None) -> bool:
        """Start the default camera, showing frames in ``preview``; False if there is none."""
        if preview is not None:
            self._preview = preview
        if self._camera is not None:
            return True
        cameras = self.cameras()
        if not cameras or self._sink is None:
            return False
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            device = cameras[0]
        camera = QCamera(device, self)
        fmt = _best_format(device.videoFormats())
        if fmt is not None:
            camera.setCameraFormat(fmt)
        camera.errorOccurred.connect(self._on_camera_error)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self._sink)
        self._camera, self._session = camera, session
        self._generation += 1
        self._seen.clear()
        camera.start()
        return True

    def stop(self) -> None:
        """Stop the camera; a decode still in flight is dropped when it comes back."""
        self._generation += 1
        self._pending_frame = None
        camera, session = self._camera, self._session
        self._camera = self._session = None
        if camera is not None:
            camera.stop()
            camera.deleteLater()
        if session is not None:
            session.deleteLater()
        if self._preview is not None:
            self._preview_call(lambda preview: preview.clear())

    def decode_file(self, path: str | Path) -> None:
        """Read the photo at ``path`` on the worker; ``decoded`` or ``nothing_found`` follows."""
        self._files.append(Path(path))
        self._pump()

    # --- frames and results ---------------------------------------------------------------

    def _on_video_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        frame = QVideoFrame(frame)  # our own reference to the shared frame data
        if self._preview is not None:
            self._preview_call(lambda preview: preview.show_frame(frame))
        self._pending_frame = frame  # replaces an older frame not yet decoded: it is dropped
        self._pump()

    def _preview_call(self, call: Callable[[CameraPreview], None]) -> None:
        preview = self._preview
        if preview is None:
            return
        try:
            call(preview)
        except RuntimeError:  # the preview widget was deleted
            self._preview = None

    def _pump(self) -> None:
        if self._in_flight:
            return
        generation = self._generation
        work: Callable[[], _Result]
        if self._files:
            path = self._files.popleft()

            def work() -> _Result:
                return _read_photo(path, generation)

        elif self._pending_frame is not None:
            frame, self._pending_frame = self._pending_frame, None

            def work() -> _Result:
                return _read_frame(frame, generation)

        else:
            return
        self._in_flight = True
        bridge = _Bridge(QApplication.instance())

        def finished(result: object) -> None:  # on the GUI thread: one slot does it all
            bridge.deleteLater()
            if _alive(self):
                self._on_done(result)

        bridge.done.connect(finished)
        decode_pool().start(_DecodeJob(work, bridge))

    def _on_done(self, result: object) -> None:
        self._in_flight = False
        if isinstance(result, _Result):
            if result.path is not None:
                self._photo_done(result)
            elif result.generation == self._generation:
                self._frame_done(result.texts)
        self._pump()

    def _frame_done(self, texts: list[str]) -> None:
        now = self._clock()
        fresh = []
        for text in texts:
            last = self._seen.get(text)
            self._seen[text] = now
            if last is None or now - last >= self._debounce_s:
                fresh.append(text)
        if len(self._seen) > 64:
            self._seen = {t: s for t, s in self._seen.items() if now - s < self._debounce_s}
        self.frame_scanned.emit(list(texts))
        for text in fresh:
            self.decoded.emit(text)

    def _photo_done(self, result: _Result) -> None:
        name = (
            result.path.name
            if result.path is not None
            else translate("camera_scanner", "the photo")
        )
        if result.problem is not None:
            self.nothing_found.emit(
                translate(
                    "camera_scanner", "{name} could not be read as a picture ({problem})."
                ).format(name=name, problem=result.problem)
            )
        elif not result.texts:
            self.nothing_found.emit(
                translate(
                    "camera_scanner",
                    "No QR code found in {name}. Try a sharper, closer photo, or "
                    "type or paste the code.",
                ).format(name=name)
            )
        for text in result.texts:
            self.decoded.emit(text)

    def _on_camera_error(self, _error: object, message: str) -> None:
        self.stop()
        self.camera_error.emit(
            translate("camera_scanner", "The camera stopped ({value}).").format(
                value=message or translate("camera_scanner", "unknown error")
            )
        )

    def _on_inputs_changed(self) -> None:
        available = self.available()
        if self._camera is not None and not available:
            self.stop()
        self.cameras_changed.emit(available)


def _read_frame(frame: QVideoFrame, generation: int) -> _Result:
    gray = frame_to_gray(frame)
    return _Result(generation, decode_qr(gray) if gray is not None else [])


def _read_photo(path: Path, generation: int) -> _Result:
    try:
        texts = decode_image_file(path)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return _Result(generation, [], path=path, problem=reason)
    except Exception:  # a bug, but the host still hears back about the photo
        log.exception("QR decode of %s failed", path)
        return _Result(
            generation, [], path=path, problem=translate("camera_scanner", "an unexpected error")
        )
    return _Result(generation, texts, path=path)
