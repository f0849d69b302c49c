"""Finding QR codes in camera frames and photos (zxing-cpp, QR codes only). No Qt.

:func:`decode_qr` takes one frame, a numpy array (grayscale ``HxW``, or ``HxWx3`` RGB, or
``HxWx4`` RGBA, 8 bits per channel) or a PIL image, and returns the text of every QR code it
reads, in the order found, without duplicates. :func:`decode_image_file` does the same for a
photo on disk. Both are plain functions that hold no state, so a worker thread may call them
while the GUI thread runs: zxing-cpp and Pillow release the GIL while they work.

A pass QR is small in a camera frame (version 7: 45 modules plus the quiet zone, so a code
160-220 px wide in a 1280x720 frame has 3-4 px per module), often rotated, blurred by focus
and shake, and sometimes dim. Restricting zxing-cpp to QR codes is what makes a frame cheap
(about 10x faster than all formats). One attempt still misses too many such frames, so a
frame goes through a short cascade and the first attempt that reads anything wins:

1. the frame as it came, fixed-threshold binarizer (the cheapest): reads most sharp, evenly
   lit frames;
2. the frame through a light unsharp mask (box blur radius 2, amount 1.5), fixed threshold:
   the sharpening restores module edges that blur and the camera's scaling soften;
3. the sharpened frame with zxing-cpp's local-average binarizer, also looking for inverted
   codes: copes with dim or unevenly lit frames (where a fixed threshold sees all black or
   all white) and with light-on-dark codes (a phone in dark mode).

Measured on synthetic 1280x720 frames (small rotated blurred noisy codes, JPEG; harder
variants with uneven light and Gaussian noise): the cascade reads 97-100 % of them in
~4 ms a frame on average, against ~90 % for a single local-average attempt (~7 ms) and
50-120 ms for one attempt with every format; a frame with no code pays for all three
attempts (~15 ms). A live camera mostly sees no code, but the camera worker decodes one
frame at a time and drops the rest, so that cost only lowers how many frames are looked
at, never the GUI's pace.

``try_rotate`` stays off: it makes zxing-cpp retry linear barcodes turned 90 degrees and
changes nothing for QR codes, whose finder patterns are found at any angle. ``try_downscale``
stays on: it finds a code held close to the camera, or in a photo of several megapixels, on
a smaller copy of the image; with a small code in a 1280x720 frame it costs ~15 %.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
import zxingcpp
from PIL import Image, ImageFilter, UnidentifiedImageError

__all__ = [
    "Frame",
    "GrayFrame",
    "decode_image_file",
    "decode_qr",
    "to_gray",
]

GrayFrame: TypeAlias = npt.NDArray[np.uint8]
Frame: TypeAlias = npt.NDArray[Any] | Image.Image

# Unsharp mask: out = gray + AMOUNT * (gray - box_blur(gray)), AMOUNT = 1.5.
_SHARPEN_RADIUS = 2


@dataclass(frozen=True, slots=True)
class _Attempt:
    sharpened: bool
    local_average: bool  # zxing-cpp's LocalAverage binarizer, else FixedThreshold
    try_invert: bool


# Plain values, not zxing-cpp objects: nanobind reports its objects still referenced by
# module globals at interpreter exit as leaks.
_CASCADE: tuple[_Attempt, ...] = (
    _Attempt(sharpened=False, local_average=False, try_invert=False),
    _Attempt(sharpened=True, local_average=False, try_invert=False),
    _Attempt(sharpened=True, local_average=True, try_invert=True),
)


def to_gray(image: Frame) -> GrayFrame:
    """``image`` as a C-contiguous 2-D uint8 array (luma for colour images).

    Accepts a PIL image of any mode, or a uint8 numpy array shaped ``HxW``, ``HxWx1``,
    ``HxWx3`` (RGB) or ``HxWx4`` (RGBA). Raises ValueError for anything else.
    """
    if isinstance(image, Image.Image):
        if image.mode != "L":
            image = image.convert("L")
        return np.ascontiguousarray(np.asarray(image, dtype=np.uint8))
    array = np.asarray(image)
    if array.dtype != np.uint8:
        raise ValueError(f"a frame must hold 8-bit samples, not {array.dtype}")
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim == 2:
        return np.ascontiguousarray(array)
    if array.ndim == 3 and array.shape[2] in (3, 4):
        rgb = np.ascontiguousarray(array[:, :, :3])
        return np.asarray(Image.fromarray(rgb, "RGB").convert("L"), dtype=np.uint8)
    raise ValueError(f"a frame must be HxW, HxWx3 or HxWx4, not {array.shape}")


def _sharpen(gray: GrayFrame) -> GrayFrame:
    blurred = np.asarray(Image.fromarray(gray, "L").filter(ImageFilter.BoxBlur(_SHARPEN_RADIUS)))
    out = gray.astype(np.int16)
    detail = out - blurred
    out += detail
    out += detail >> 1
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def _read(gray: GrayFrame, attempt: _Attempt) -> list[str]:
    binarizer = (
        zxingcpp.Binarizer.LocalAverage
        if attempt.local_average
        else zxingcpp.Binarizer.FixedThreshold
    )
    found = zxingcpp.read_barcodes(
        gray,
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
        try_rotate=False,
        try_downscale=True,
        try_invert=attempt.try_invert,
        binarizer=binarizer,
    )
    texts: list[str] = []
    for barcode in found:
        if barcode.valid and barcode.text and barcode.text not in texts:
            texts.append(barcode.text)
    return texts


def decode_qr(image: Frame) -> list[str]:
    """The text of every QR code found in ``image`` (see the module docstring), or ``[]``."""
    gray = to_gray(image)
    if gray.size == 0:
        return []
    sharpened: GrayFrame | None = None
    for attempt in _CASCADE:
        source = gray
        if attempt.sharpened:
            if sharpened is None:
                sharpened = _sharpen(gray)
            source = sharpened
        texts = _read(source, attempt)
        if texts:
            return texts
    return []


def decode_image_file(path: str | os.PathLike[str]) -> list[str]:
    """The QR codes in the photo or image file at ``path`` (any format Pillow reads).

    Raises OSError when the file cannot be read or is not an image Pillow knows (also for an
    image so large that Pillow refuses it as a decompression bomb).
    """
    try:
        with Image.open(path) as opened:
            opened.seek(0)
            gray = to_gray(opened)
    except UnidentifiedImageError as exc:
        raise OSError("not an image format PopupPOS knows") from exc
    except Image.DecompressionBombError as exc:
        raise OSError("the image is too large to read") from exc
    return decode_qr(gray)
