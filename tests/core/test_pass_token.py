"""Member passes: signed offline tokens. Round trip, every refusal, tampering, hostile input."""

from __future__ import annotations

import base64
import re
import string
from datetime import date, datetime, timedelta
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.core.pass_token import (
    DOMAIN,
    EPOCH,
    HEADER_BYTES,
    LAST_DAY,
    PAYLOAD_BYTES,
    TEXT_LENGTH,
    TEXT_PREFIX,
    InvalidPass,
    PassClaims,
    PassRefusal,
    RevocationReason,
    SigningKey,
    TrustedKey,
    TrustedKeys,
    decode_payload,
    issue_pass,
    key_id_for,
    verify_pass,
)

KEY = SigningKey.from_private_bytes(bytes(range(32)))
OTHER_SHOP_KEY = SigningKey.from_private_bytes(bytes(range(32, 64)))
SECOND_DEVICE = SigningKey.from_private_bytes(bytes(range(64, 96)))
TODAY = date(2026, 5, 3)
CLAIMS = PassClaims(
    pass_id=UUID("0190f3a2-7c4e-7b1d-9a3f-2b6c8d9e0f11"),
    tier="GOLD",
    valid_from=date(2026, 1, 1),
    valid_until=date(2026, 12, 31),
    issued_on=date(2026, 1, 1),
    key_id=KEY.key_id,
)
TEXT = issue_pass(CLAIMS, KEY)
PAYLOAD = decode_payload(TEXT)
NO_REVOCATIONS: frozenset[UUID] = frozenset()
# Refusals a pass can get without a good signature: tampering must end in one of these.
BEFORE_SIGNATURE = {
    PassRefusal.MALFORMED,
    PassRefusal.UNSUPPORTED_VERSION,
    PassRefusal.UNKNOWN_KEY,
    PassRefusal.BAD_SIGNATURE,
}
QR_ALPHANUMERIC = string.digits + string.ascii_uppercase + " $%*+-./:"


def trusted(*keys: SigningKey) -> TrustedKeys:
    shop = TrustedKeys()
    for key in keys or (KEY,):
        shop.add(key.public_key_bytes)
    return shop


TRUSTED = trusted(KEY, SECOND_DEVICE)


def verify(text: str | bytes, shop: TrustedKeys = TRUSTED, **kw: object) -> PassClaims:
    revoked = kw.pop("revoked", NO_REVOCATIONS)
    today = kw.pop("today", TODAY)
    assert not kw
    return verify_pass(text, shop, revoked=revoked, today=today)  # type: ignore[arg-type]


def refusal(text: object, shop: TrustedKeys = TRUSTED, **kw: object) -> InvalidPass:
    with pytest.raises(InvalidPass) as info:
        verify(text, shop, **kw)  # type: ignore[arg-type]
    assert type(info.value) is InvalidPass
    assert isinstance(info.value.reason, PassRefusal)
    assert str(info.value) == info.value.message
    assert info.value.message
    return info.value


def reason_for(text: str) -> PassRefusal | None:
    """The refusal, or None if accepted (a plain try: the exhaustive loops run it 35,000 times)."""
    try:
        verify(text)
    except InvalidPass as error:
        return error.reason
    return None


def encode(payload: bytes) -> str:
    return TEXT_PREFIX + base64.b32encode(payload).decode("ascii").rstrip("=")


def resign(payload: bytes, key: SigningKey = KEY) -> str:
    """A pass with a hand-made header, properly signed (to reach the later checks)."""
    header = payload[:HEADER_BYTES]
    return encode(header + key.sign(DOMAIN + header))


def with_claims(key: SigningKey = KEY, **changes: object) -> str:
    fields: dict[str, object] = {
        "pass_id": CLAIMS.pass_id,
        "tier": CLAIMS.tier,
        "valid_from": CLAIMS.valid_from,
        "valid_until": CLAIMS.valid_until,
        "issued_on": CLAIMS.issued_on,
        "key_id": key.key_id,
    }
    fields.update(changes)
    return issue_pass(PassClaims(**fields), key)  # type: ignore[arg-type]


# --- issuing and reading back -------------------------------------------------------------

days = st.dates(min_value=EPOCH, max_value=LAST_DAY)
tiers = st.from_regex(r"[A-Z0-9][A-Z0-9_-]{0,7}", fullmatch=True)


@st.composite
def claims_for(draw: st.DrawFn, key: SigningKey) -> PassClaims:
    start, end = sorted((draw(days), draw(days)))
    return PassClaims(
        pass_id=draw(st.uuids()),
        tier=draw(tiers),
        valid_from=start,
        valid_until=end,
        issued_on=draw(days),
        key_id=key.key_id,
    )


@settings(max_examples=200)
@given(claims_for(KEY), st.data())
def test_a_pass_reads_back_as_issued_on_every_day_it_is_valid(
    claims: PassClaims, data: st.DataObject
) -> None:
    text = issue_pass(claims, KEY)
    assert len(text) == TEXT_LENGTH
    assert re.fullmatch(r"PP1[A-Z2-7]{160}", text)
    today = data.draw(st.dates(min_value=claims.valid_from, max_value=claims.valid_until))
    assert verify(text, today=today) == claims


def test_the_text_is_qr_alphanumeric_and_fits_a_version_10_qr_at_ecc_m() -> None:
    longest = with_claims(tier="PATRON-X")
    for text in (TEXT, longest):
        assert set(text) <= set(string.digits + string.ascii_uppercase)
        assert len(text) == 163 <= 311  # alphanumeric capacity of QR version 10-M
    segno = pytest.importorskip("segno")
    qr = segno.make_qr(TEXT, error="m", boost_error=False)
    assert qr.mode == "alphanumeric"
    assert qr.error == "M"
    assert qr.version <= 10
    assert qr.version == 7  # what the layout was sized for: say so if it grows


def test_the_payload_layout() -> None:
    assert len(PAYLOAD) == PAYLOAD_BYTES == 100
    assert PAYLOAD[0] == 1  # version
    assert PAYLOAD[1] == 0  # flags
    assert PAYLOAD[2:6] == bytes.fromhex(KEY.key_id)
    assert PAYLOAD[6:22] == CLAIMS.pass_id.bytes
    assert PAYLOAD[22:30] == b"GOLD\0\0\0\0"
    days_since_2020 = (date(2026, 1, 1) - date(2020, 1, 1)).days
    assert int.from_bytes(PAYLOAD[30:32], "big") == days_since_2020  # issued on
    assert int.from_bytes(PAYLOAD[32:34], "big") == days_since_2020  # valid from
    assert int.from_bytes(PAYLOAD[34:36], "big") == (date(2026, 12, 31) - EPOCH).days
    assert KEY.key_id == key_id_for(KEY.public_key_bytes) and len(KEY.key_id) == 8


@pytest.mark.parametrize(
    "scanned",
    [
        TEXT + "\r\n",
        TEXT + "\n",
        TEXT + "\r",
        "  " + TEXT + "\t",
        TEXT.lower(),
        TEXT.lower() + "\r\n",
        " ".join(TEXT[i : i + 4] for i in range(0, len(TEXT), 4)),  # typed in groups
        TEXT[:80] + " " + TEXT[80:],
        TEXT.encode("ascii") + b"\r\n",
        bytearray(TEXT.encode("ascii")),
    ],
)
def test_what_scanners_and_people_add_is_tolerated(scanned: str | bytes) -> None:
    assert verify(scanned) == CLAIMS


def test_issuing_refuses_claims_a_pass_cannot_carry() -> None:
    for bad_tier in ("", "gold", "GOLD MEMBER", "TOOLONGTIER", "-GOLD", "GÖLD"):
        with pytest.raises(ValueError, match="tier"):
            with_claims(tier=bad_tier)
    with pytest.raises(ValueError, match="after"):
        with_claims(valid_from=date(2026, 2, 1), valid_until=date(2026, 1, 31))
    with pytest.raises(ValueError, match="between"):
        with_claims(valid_until=LAST_DAY + timedelta(days=1))
    with pytest.raises(ValueError, match="between"):
        with_claims(issued_on=date(2019, 12, 31))
    with pytest.raises(ValueError, match="signing key"):
        issue_pass(CLAIMS, SECOND_DEVICE)
    # A datetime where a date is expected is read as its day.
    assert verify(with_claims(issued_on=datetime(2026, 1, 1, 12, 30))) == CLAIMS


def test_signing_keys_round_trip_and_never_show_the_secret() -> None:
    key = SigningKey.generate()
    again = SigningKey.from_private_bytes(key.private_bytes())
    assert again.public_key_bytes == key.public_key_bytes and again.key_id == key.key_id
    assert key.private_bytes().hex() not in repr(key)
    assert repr(key) == f"SigningKey(key_id={key.key_id!r})"
    with pytest.raises(ValueError):
        SigningKey.from_private_bytes(b"short")


def test_trusted_keys_travel_as_records() -> None:
    shop = trusted(KEY, SECOND_DEVICE)
    assert shop.add(KEY.public_key_bytes) == KEY.key_id  # adding twice changes nothing
    shop.retire(SECOND_DEVICE.key_id, date(2026, 3, 1))
    rebuilt = TrustedKeys(list(shop))
    assert len(rebuilt) == 2 and KEY.key_id in rebuilt
    assert rebuilt.get(SECOND_DEVICE.key_id) == TrustedKey(
        SECOND_DEVICE.public_key_bytes, date(2026, 3, 1), None
    )
    # Re-adding a retired key does not bring it back.
    rebuilt.add(SECOND_DEVICE.public_key_bytes)
    assert rebuilt.get(SECOND_DEVICE.key_id).retired_on == date(2026, 3, 1)  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        shop.retire("00000000", date(2026, 3, 1))
    with pytest.raises(ValueError):
        shop.add(b"not a key")
    with pytest.raises(ValueError):
        TrustedKeys([TrustedKey(KEY.public_key_bytes, None, frozenset())])


# --- every refusal, and what the screen says -----------------------------------------------


def test_garbage_is_malformed() -> None:
    for text in ("", "   ", "hello", "PP1", "PP1" + "A" * 159, TEXT + "A", "4006381333931"):
        error = refusal(text)
        assert error.reason is PassRefusal.MALFORMED
        assert error.claims is None
    assert refusal("x").message == (
        "This code is not a member pass, or it was not read completely. Scan it again."
    )


def test_a_newer_pass_format_is_unsupported_not_malformed() -> None:
    message = "This pass was made by a newer version of PopupPOS. Update this stall to read it."
    assert refusal("PP2" + TEXT[3:]).reason is PassRefusal.UNSUPPORTED_VERSION
    version_2 = resign(bytes([2]) + PAYLOAD[1:])
    flagged = resign(PAYLOAD[:1] + bytes([1]) + PAYLOAD[2:])
    for text in (version_2, flagged):
        error = refusal(text)
        assert error.reason is PassRefusal.UNSUPPORTED_VERSION
        assert error.message == message


def test_a_pass_from_another_shop_is_refused() -> None:
    error = refusal(with_claims(key=OTHER_SHOP_KEY))
    assert error.reason is PassRefusal.UNKNOWN_KEY
    assert error.message == "This pass was not issued by this shop."
    assert refusal(TEXT, trusted(SECOND_DEVICE)).reason is PassRefusal.UNKNOWN_KEY
    assert refusal(TEXT, TrustedKeys()).reason is PassRefusal.UNKNOWN_KEY


def test_an_altered_pass_has_a_bad_signature() -> None:
    longer = bytearray(PAYLOAD)
    longer[35] += 1  # one more day of validity
    error = refusal(encode(bytes(longer)))
    assert error.reason is PassRefusal.BAD_SIGNATURE
    assert error.message == "This pass has been altered or damaged, so it cannot be trusted."
    assert error.claims is None
    # Signed by another key that claims a trusted key's id (as a colliding id would).
    header = PAYLOAD[:HEADER_BYTES]
    assert refusal(encode(header + OTHER_SHOP_KEY.sign(DOMAIN + header))).reason is (
        PassRefusal.BAD_SIGNATURE
    )
    # The signature covers the domain tag: a signature over the bare header is refused.
    assert refusal(encode(header + KEY.sign(header))).reason is PassRefusal.BAD_SIGNATURE


def test_a_routinely_retired_key_keeps_the_passes_it_issued_before_its_retirement_day() -> None:
    shop = trusted(KEY, SECOND_DEVICE)
    shop.retire(KEY.key_id, datetime(2026, 3, 1, 15, 0))  # a datetime counts as its day
    assert verify(with_claims(issued_on=date(2026, 2, 28)), shop).issued_on == date(2026, 2, 28)
    for issued in (date(2026, 3, 1), date(2026, 3, 2)):
        error = refusal(with_claims(issued_on=issued), shop)
        assert error.reason is PassRefusal.RETIRED_KEY
        assert error.message == "This pass was issued on a device this shop no longer trusts."
        assert error.claims is not None and error.claims.issued_on == issued
    # The other device's passes are not affected.
    assert verify(with_claims(key=SECOND_DEVICE), shop).key_id == SECOND_DEVICE.key_id


def test_a_compromised_key_keeps_only_the_passes_known_to_be_genuine() -> None:
    genuine = UUID(int=1)
    shop = trusted(KEY)
    shop.retire(KEY.key_id, date(2026, 3, 1), genuine_passes=[genuine])
    assert verify(with_claims(pass_id=genuine, issued_on=date(2026, 5, 1)), shop).pass_id == (
        genuine
    )
    backdated = with_claims(pass_id=UUID(int=2), issued_on=date(2020, 1, 1))
    assert refusal(backdated, shop).reason is PassRefusal.RETIRED_KEY


@pytest.mark.parametrize(
    ("why", "message"),
    [
        (RevocationReason.TRANSFERRED, "This pass was transferred to another member."),
        (RevocationReason.REFUNDED, "This pass was refunded."),
        (RevocationReason.REVOKED, "This pass was revoked by the shop."),
    ],
)
def test_a_revoked_pass_says_why(why: RevocationReason, message: str) -> None:
    error = refusal(TEXT, revoked={CLAIMS.pass_id: why, UUID(int=5): why})
    assert error.reason is PassRefusal.REVOKED
    assert error.message == message
    assert error.revocation is why
    assert error.claims == CLAIMS


def test_a_revoked_pass_without_a_reason() -> None:
    error = refusal(TEXT, revoked={UUID(int=7), CLAIMS.pass_id})
    assert (error.reason, error.message, error.revocation) == (
        PassRefusal.REVOKED,
        "This pass was revoked.",
        None,
    )
    assert verify(TEXT, revoked={UUID(int=7)}) == CLAIMS


def test_dates_are_whole_days_with_both_ends_included() -> None:
    assert verify(TEXT, today=date(2026, 1, 1)) == CLAIMS
    assert verify(TEXT, today=date(2026, 12, 31)) == CLAIMS
    assert verify(TEXT, today=datetime(2026, 12, 31, 23, 59)) == CLAIMS
    early = refusal(TEXT, today=date(2025, 12, 31))
    assert early.reason is PassRefusal.NOT_YET_VALID
    assert early.message == "This pass is not valid until 1 January 2026."
    assert early.claims == CLAIMS
    late = refusal(TEXT, today=date(2027, 1, 1))
    assert late.reason is PassRefusal.EXPIRED
    assert late.message == "This pass expired on 31 December 2026."
    may = with_claims(valid_from=date(2026, 4, 1), valid_until=date(2026, 5, 3))
    assert refusal(may, today=date(2026, 5, 4)).message == "This pass expired on 3 May 2026."


def test_revocation_and_retirement_come_before_dates() -> None:
    gone = refusal(TEXT, revoked={CLAIMS.pass_id}, today=date(2030, 1, 1))
    assert gone.reason is PassRefusal.REVOKED
    shop = trusted(KEY)
    shop.retire(KEY.key_id, date(2025, 1, 1))
    assert refusal(TEXT, shop, revoked={CLAIMS.pass_id}).reason is PassRefusal.RETIRED_KEY


# --- tampering: every byte, every character, every length ------------------------------------


def test_every_single_byte_change_of_the_payload_is_refused() -> None:
    """Exhaustive: all 100 positions x all 255 other values (25,500 altered passes)."""
    for position in range(PAYLOAD_BYTES):
        for delta in range(1, 256):
            altered = bytearray(PAYLOAD)
            altered[position] ^= delta
            assert reason_for(encode(bytes(altered))) in BEFORE_SIGNATURE, (position, delta)


@settings(max_examples=300)
@given(st.data())
def test_any_change_of_several_payload_bytes_is_refused(data: st.DataObject) -> None:
    altered = bytearray(PAYLOAD)
    positions = data.draw(st.sets(st.integers(0, PAYLOAD_BYTES - 1), min_size=1, max_size=8))
    for position in positions:
        altered[position] ^= data.draw(st.integers(1, 255))
    assert refusal(encode(bytes(altered))).reason in BEFORE_SIGNATURE


def same_pass_anyway(original: str, replacement: str) -> bool:
    """A replacement that reads as the very same character (lowercase) or is dropped."""
    return replacement == original or (replacement.isascii() and replacement.upper() == original)


def test_every_single_character_change_of_the_text_is_refused() -> None:
    """Exhaustive over positions, with every QR alphanumeric character and lowercase."""
    candidates = QR_ALPHANUMERIC.replace(" ", "") + string.ascii_lowercase + "=0189_"
    for position, original in enumerate(TEXT):
        for replacement in candidates:
            if same_pass_anyway(original, replacement):
                continue
            text = TEXT[:position] + replacement + TEXT[position + 1 :]
            assert reason_for(text) in BEFORE_SIGNATURE, (position, replacement)


@settings(max_examples=500)
@given(st.integers(0, TEXT_LENGTH - 1), st.characters())
def test_any_replacement_character_is_refused(position: int, replacement: str) -> None:
    if same_pass_anyway(TEXT[position], replacement):
        return
    text = TEXT[:position] + replacement + TEXT[position + 1 :]
    assert refusal(text).reason in BEFORE_SIGNATURE


def test_every_truncation_and_every_dropped_character_is_refused() -> None:
    for length in range(TEXT_LENGTH):
        assert refusal(TEXT[:length]).reason in BEFORE_SIGNATURE
        assert refusal(TEXT[length + 1 :]).reason in BEFORE_SIGNATURE
        assert refusal(TEXT[:length] + TEXT[length + 1 :]).reason in BEFORE_SIGNATURE
    for length in range(PAYLOAD_BYTES):
        assert refusal(encode(PAYLOAD[:length])).reason is PassRefusal.MALFORMED
    assert refusal(encode(PAYLOAD + b"\0" * 5)).reason is PassRefusal.MALFORMED


# --- hostile or random input never raises anything else ---------------------------------------

b32_text = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=160, max_size=160)


@st.composite
def well_formed_forgeries(draw: st.DrawFn) -> bytes:
    """Payloads that get past the layout checks to the signature: a trusted key id."""
    header = (
        bytes([1, 0])
        + bytes.fromhex(draw(st.sampled_from([KEY.key_id, SECOND_DEVICE.key_id])))
        + draw(st.binary(min_size=16, max_size=16))
        + draw(tiers).encode().ljust(8, b"\0")
        + draw(st.binary(min_size=6, max_size=6))
    )
    return header + draw(st.binary(min_size=64, max_size=64))


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet=QR_ALPHANUMERIC + "\r\n\t=abcxyz"),
        st.binary(),
        b32_text.map(lambda body: TEXT_PREFIX + body),
        st.binary(min_size=PAYLOAD_BYTES, max_size=PAYLOAD_BYTES).map(encode),
        well_formed_forgeries().map(encode),
        st.binary(max_size=200).map(encode),
        st.text().map(lambda t: TEXT_PREFIX + t),
        st.text().map(lambda t: TEXT[: len(TEXT) // 2] + t),
    )
)
def test_random_input_only_ever_raises_invalid_pass(scanned: str | bytes) -> None:
    refusal(scanned)


@pytest.mark.parametrize("thing", [None, 42, 4.2, ["PP1"], object(), b"\xff\xfe", "\0" * 163])
def test_things_that_are_not_text_are_malformed(thing: object) -> None:
    assert refusal(thing).reason is PassRefusal.MALFORMED


def test_decoding_alone_never_raises_anything_else() -> None:
    for thing in ("", TEXT[:-1], "PP9" + TEXT[3:], TEXT[:50] + "0" + TEXT[51:]):
        with pytest.raises(InvalidPass):
            decode_payload(thing)
    assert decode_payload(TEXT.lower() + "\r\n") == PAYLOAD
