"""Pass cards: the text reads back, the QR on the printed page decodes to a pass that verifies."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from uuid import UUID

import pytest
from pypdf import PdfReader

from popuppos.core.pass_token import PassClaims, SigningKey, TrustedKeys, issue_pass, verify_pass
from popuppos.documents.pass_card_pdf import (
    CARD_HEIGHT,
    CARD_WIDTH,
    PassCardData,
    render_pass_card_pdf,
    render_pass_sheet_pdf,
)

KEY = SigningKey.from_private_bytes(bytes(range(32)))
TRUSTED = TrustedKeys()
TRUSTED.add(KEY.public_key_bytes)
TODAY = date(2026, 5, 3)


def _card(n: int = 1, holder: str = "Zoë Ångström-Łukasiewicz", **changes: object) -> PassCardData:
    pass_id = UUID(int=0x01900000_0000_7000_8000_000000000000 + n)
    claims = PassClaims(pass_id, "GOLD", TODAY, date(2027, 5, 2), TODAY, KEY.key_id)
    card = PassCardData(
        shop_name="Kiln & Loom Studio",
        shop_lines=("Market Square 4",),
        holder_name=holder,
        tier_name="Gold membership",
        tier_code="GOLD",
        valid_from=claims.valid_from,
        valid_until=claims.valid_until,
        benefits=(
            "10% off Apparel and Home",
            "Early access to drops: 30 minutes before everyone",
            "4 member sessions included",
        ),
        refund_terms="Refundable in full within 14 days if no session was used.",
        transfer_terms="Transferable once, at the stall, with the new holder present.",
        token=issue_pass(claims, KEY),
        pass_id=str(pass_id),
        issued_at=datetime(2026, 5, 3, 10, 15),
    )
    return replace(card, **changes)  # type: ignore[arg-type]


def _text(pdf: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(pdf)).pages]


def _decode(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """The QR codes on each page, as a phone would see them: rendered at 200 dpi."""
    zxingcpp = pytest.importorskip("zxingcpp")
    image_module = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "cards.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", str(source), str(tmp_path / "page")], check=True
    )
    pages = []
    for png in sorted(tmp_path.glob("page-*.png")):
        with image_module.open(png) as image:
            found = zxingcpp.read_barcodes(image)
        pages.append(sorted(r.text for r in found if "QR" in str(r.format)))
    return pages


def test_the_card_shows_who_what_when_and_the_terms() -> None:
    card = _card()
    (text,) = _text(render_pass_card_pdf(card))
    for expected in (
        "Kiln & Loom Studio",
        "Gold membership",
        "Zoë Ångström-Łukasiewicz",
        "from 3 May 2026",
        "until 2 May 2027",
        "10% off Apparel and Home",
        "Early access to drops: 30 minutes before everyone",
        "Refunds: " + card.refund_terms,
        "Transfers: " + card.transfer_terms,
    ):
        assert expected in text, expected


def test_the_card_is_card_sized() -> None:
    (page,) = PdfReader(BytesIO(render_pass_card_pdf(_card()))).pages
    assert float(page.mediabox.width) == pytest.approx(CARD_WIDTH)
    assert float(page.mediabox.height) == pytest.approx(CARD_HEIGHT)


def test_the_printed_qr_decodes_to_the_token_and_verifies(tmp_path: Path) -> None:
    card = _card()
    assert _decode(render_pass_card_pdf(card), tmp_path) == [[card.token]]
    claims = verify_pass(card.token, TRUSTED, revoked=set(), today=TODAY)
    assert str(claims.pass_id) == card.pass_id


def test_equal_data_gives_equal_bytes() -> None:
    assert render_pass_card_pdf(_card()) == render_pass_card_pdf(_card())
    assert render_pass_card_pdf(_card()) != render_pass_card_pdf(_card(holder="Bo"))
    cards = [_card(n) for n in range(3)]
    assert render_pass_sheet_pdf(cards) == render_pass_sheet_pdf(cards)


def test_long_terms_and_names_still_fit_and_read_back() -> None:
    long_terms = " ".join(["Refundable within 14 days of purchase if no session was used."] * 6)
    card = _card(
        holder="Maximiliane Alexandrina von Hohenzollern-Sigmaringen",
        refund_terms=long_terms,
        benefits=(*_card().benefits, "90 minutes of 1:1 time", "Personal: cannot be transferred"),
    )
    (text,) = _text(render_pass_card_pdf(card))
    assert "Maximiliane Alexandrina von Hohenzollern-Sigmaringen" in text
    assert "Refunds: Refundable within 14 days" in text
    assert "Personal: cannot be transferred" in text


def test_a_card_without_terms_or_benefits_renders() -> None:
    card = _card(benefits=(), refund_terms="", transfer_terms="")
    (text,) = _text(render_pass_card_pdf(card))
    assert "Gold membership" in text and "Refunds" not in text


def test_the_sheet_puts_four_cards_on_a_page_and_every_code_decodes(tmp_path: Path) -> None:
    cards = [_card(n, holder=f"Member {n}") for n in range(1, 6)]
    pdf = render_pass_sheet_pdf(cards)
    texts = _text(pdf)
    assert len(texts) == 2
    assert all(f"Member {n}" in texts[0] for n in range(1, 5)) and "Member 5" in texts[1]
    assert "page 2 of 2" in texts[1]
    decoded = _decode(pdf, tmp_path)
    assert decoded == [sorted(c.token for c in cards[:4]), [cards[4].token]]


def test_an_empty_sheet_is_refused() -> None:
    with pytest.raises(ValueError):
        render_pass_sheet_pdf([])
