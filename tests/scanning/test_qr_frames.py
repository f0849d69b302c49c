"""Decoding pass QR codes from camera-like frames (scanning/qr_frames.py, no Qt).

The frames are made here the way a stall's camera sees a pass: the QR of a real signed pass
token, small (160-220 px in 1280x720, so 3-4 px per module), rotated to any angle, on a noisy
background with shapes, mildly out of focus, with sensor noise and a JPEG round trip.
"""

from __future__ import annotations

import io
import random
import uuid
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
import segno
from PIL import Image, ImageDraw, ImageFilter

from popuppos.core.pass_token import PassClaims, SigningKey, issue_pass
from popuppos.scanning.qr_frames import decode_image_file, decode_qr, to_gray

WIDTH, HEIGHT = 1280, 720


def make_token(seed: int = 1) -> str:
    """A real signed pass; a key made from the seed (not generate()) keeps the QR the same."""
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


def qr_master(token: str, scale: int = 8) -> Image.Image:
    """The token's QR as a large crisp image (quiet zone included), to photograph."""
    buffer = io.BytesIO()
    segno.make(token, error="m").save(buffer, kind="png", scale=scale, border=4)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def camera_frame(master: Image.Image, seed: int, *, size: int | None = None) -> np.ndarray:
    """A 1280x720 RGB frame holding the QR ``size`` px wide (default 160-220), any angle."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    frame = Image.fromarray(nrng.integers(60, 200, (HEIGHT, WIDTH), dtype=np.uint8), "L")
    draw = ImageDraw.Draw(frame)
    for _ in range(12):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        w, h = rng.randrange(30, 300), rng.randrange(30, 200)
        shape = draw.rectangle if rng.random() < 0.5 else draw.ellipse
        shape((x, y, x + w, y + h), fill=rng.randrange(256))
    side = size if size is not None else rng.randrange(160, 221)
    angle = rng.uniform(0, 360)
    # Rotate at twice the final size, then average down: the sensor samples a rotated code.
    code = master.resize((2 * side, 2 * side), Image.Resampling.BOX)
    mask = Image.new("L", code.size, 255)
    code = code.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    final = (code.width // 2, code.height // 2)
    code = code.resize(final, Image.Resampling.BOX)
    mask = mask.resize(final, Image.Resampling.BOX)
    x = rng.randrange(10, WIDTH - code.width - 10)
    y = rng.randrange(10, HEIGHT - code.height - 10)
    frame.paste(code, (x, y), mask)
    frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.5)))  # focus
    pixels = np.asarray(frame).astype(np.int16)
    pixels += nrng.integers(-10, 11, pixels.shape, dtype=np.int16)  # sensor noise
    noisy = Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "L").convert("RGB")
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=85)
    buffer.seek(0)
    return np.asarray(Image.open(buffer).convert("RGB"))


@pytest.fixture(scope="module")
def token() -> str:
    return make_token()


@pytest.fixture(scope="module")
def master(token: str) -> Image.Image:
    return qr_master(token)


def test_a_pass_token_is_a_version_7_qr(token: str) -> None:
    assert len(token) == 163
    assert segno.make(token, error="m").version == 7


def test_reads_small_rotated_blurred_noisy_codes_in_95_percent_of_frames(
    token: str, master: Image.Image
) -> None:
    results = [decode_qr(camera_frame(master, seed)) for seed in range(40)]
    read = sum(texts == [token] for texts in results)
    assert read >= 38, f"read {read} of 40 frames"
    # Never a wrong text: a frame gives the token or nothing.
    assert all(texts in ([], [token]) for texts in results)


def test_reads_grayscale_arrays_and_pil_images_alike(token: str, master: Image.Image) -> None:
    rgb = camera_frame(master, 101, size=220)
    assert decode_qr(rgb) == [token]
    assert decode_qr(to_gray(rgb)) == [token]
    assert decode_qr(Image.fromarray(rgb)) == [token]
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    assert decode_qr(rgba) == [token]


def test_reads_dim_inverted_and_close_up_codes(token: str, master: Image.Image) -> None:
    dim = [(to_gray(camera_frame(master, 200 + s)) * 0.4).astype(np.uint8) for s in range(6)]
    inverted = [255 - to_gray(camera_frame(master, 300 + s)) for s in range(6)]
    close = [camera_frame(master, 400 + s, size=440) for s in range(3)]
    assert sum(decode_qr(f) == [token] for f in dim) >= 5
    assert sum(decode_qr(f) == [token] for f in inverted) >= 5
    assert all(decode_qr(f) == [token] for f in close)


def test_a_frame_without_a_code_gives_nothing(master: Image.Image) -> None:
    empty = camera_frame(master, 7, size=1)  # a one-pixel "code" is no code at all
    assert decode_qr(empty) == []
    assert decode_qr(np.zeros((720, 1280), np.uint8)) == []
    assert decode_qr(np.zeros((0, 0), np.uint8)) == []


def test_two_codes_in_one_frame_are_both_read() -> None:
    first, second = make_token(11), make_token(12)
    canvas = Image.new("L", (1280, 720), 230)
    canvas.paste(qr_master(first, scale=5), (60, 100))
    canvas.paste(qr_master(second, scale=5), (700, 100))
    assert sorted(decode_qr(canvas)) == sorted([first, second])


def test_rejects_what_is_not_an_8_bit_image() -> None:
    with pytest.raises(ValueError):
        decode_qr(np.zeros((10, 10), np.float32))
    with pytest.raises(ValueError):
        decode_qr(np.zeros((10, 10, 2), np.uint8))


def test_decodes_an_image_file(tmp_path: Path, token: str, master: Image.Image) -> None:
    photo = tmp_path / "pass.png"
    Image.fromarray(camera_frame(master, 5)).save(photo)
    assert decode_image_file(photo) == [token]
    jpeg = tmp_path / "pass.jpg"
    Image.fromarray(camera_frame(master, 6)).save(jpeg, quality=90)
    assert decode_image_file(str(jpeg)) == [token]


def test_an_image_file_without_a_code_gives_nothing(tmp_path: Path) -> None:
    photo = tmp_path / "cat.png"
    noise = np.random.default_rng(3).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    Image.fromarray(noise).save(photo)
    assert decode_image_file(photo) == []


def test_a_file_that_is_not_an_image_raises_oserror(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    with pytest.raises(OSError):
        decode_image_file(text)
    with pytest.raises(OSError):
        decode_image_file(tmp_path / "missing.png")
