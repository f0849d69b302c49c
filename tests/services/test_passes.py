"""Member passes against a real SQLite file: tiers, issue, scan, revoke, transfer, hooks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from helpers import MANAGER_PIN, cart_of, count_rows, payloads, rows, scalar
from popuppos.core.cart import Cart, CartLine
from popuppos.core.member_pricing import MemberBenefits
from popuppos.core.pass_token import PassRefusal
from popuppos.core.tender import Tender, TenderMethod
from popuppos.services import catalog, checkout, members, pass_admin, passes, shifts, shop
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.services.passes import InvalidPass, RevocationReason, TierSpec
from popuppos.store.db import Database, open_database
from popuppos.store.models import utcnow

GOLD = TierSpec(
    name="Gold membership",
    code="GOLD",
    price=6000,
    validity_days=365,
    discount_bp=1000,
    discount_categories=("Apparel", "Home"),
    early_access_minutes=30,
    included_sessions=4,
    one_to_one_minutes=60,
    transferable=True,
    refund_terms="Refundable in full within 14 days if no session was used.",
    transfer_terms="Transferable once, at the stall, with the new holder present.",
)
FRIEND = TierSpec(name="Friend", code="FRIEND", price=1500, validity_days=30, discount_bp=500)
PASS_TABLES = ("passes", "pass_revocations", "signing_keys", "outbox", "audit_log")


@dataclass
class Shop:
    db: Database
    gold: str
    friend: str
    ada: str
    bo: str


def _open(path: Path) -> Database:
    return open_database(path, lock=False)


@pytest.fixture
def shop_(tmp_path: Path) -> Iterator[Shop]:
    db = _open(tmp_path / "shop.sqlite")
    shop.set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    gold, friend = passes.save_tier(db, GOLD), passes.save_tier(db, FRIEND)
    ada = members.create_member(db, name="Ada Lovelace").id
    bo = members.create_member(db, name="Bo Diddley").id
    yield Shop(db, gold, friend, ada, bo)
    db.close()


def _verify(db: Database, token: str, today: date | None = None) -> passes.PassHolder:
    with db.read() as conn:
        return passes.verify_scan(conn, token, today or pass_admin.today_local())


def _refused(db: Database, token: str, today: date | None = None) -> InvalidPass:
    with pytest.raises(InvalidPass) as caught:
        _verify(db, token, today)
    return caught.value


def _counts(db: Database) -> dict[str, int]:
    out = count_rows(db)
    for table in PASS_TABLES:
        out[table] = int(scalar(db, f"SELECT count(*) FROM {table}"))
    return out


# -- tiers ----------------------------------------------------------------------------------
def test_saving_a_tier_makes_a_sellable_catalogue_item(shop_: Shop) -> None:
    found = catalog.find_by_code(shop_.db, "PASS-GOLD")
    assert found is not None
    assert found.product.name == "Gold membership"
    assert found.product.category == "Passes"
    assert found.product.tax_rate_bp == shop.get_settings(shop_.db).default_tax_rate_bp
    assert found.variant.price == 6000
    assert scalar(shop_.db, "SELECT track_stock FROM variants WHERE sku = 'PASS-GOLD'") == 0
    tiers = {t.code: t for t in passes.list_tiers(shop_.db)}
    assert tiers["GOLD"].variant_id == found.variant.id
    assert tiers["GOLD"].discount_categories == ("Apparel", "Home")
    assert tiers["FRIEND"].price == 1500

    again = passes.save_tier(shop_.db, TierSpec("Gold membership", "GOLD", 6500, 365))
    assert again == shop_.gold  # the code is the tier's identity
    assert catalog.find_by_code(shop_.db, "PASS-GOLD").variant.price == 6500  # type: ignore[union-attr]
    assert scalar(shop_.db, "SELECT count(*) FROM products") == 2
    assert payloads(shop_.db, "pass_tier.saved")[-1]["price"] == 6500


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (TierSpec("Gold", "gold", 100, 30), "tier code"),
        (TierSpec("Gold", "TOOLONGCODE", 100, 30), "tier code"),
        (TierSpec(" ", "G", 100, 30), "needs a name"),
        (TierSpec("Gold", "G", 100, 0), "valid for"),
        (TierSpec("Gold", "G", -1, 30), "price"),
        (TierSpec("Gold", "G", 100, 30, discount_bp=10_001), "discount"),
    ],
)
def test_a_bad_tier_is_refused(shop_: Shop, spec: TierSpec, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        passes.save_tier(shop_.db, spec)


def test_a_tier_will_not_take_over_another_products_sku(shop_: Shop) -> None:
    catalog.save_product(
        shop_.db,
        catalog.ProductSpec("Gift", "Paper", 0, (catalog.VariantSpec("", "PASS-GIFT", 500),)),
    )
    with pytest.raises(ServiceError, match="already used"):
        passes.save_tier(shop_.db, TierSpec("Gift pass", "GIFT", 100, 30))


def test_two_tiers_cannot_share_a_name(shop_: Shop) -> None:
    with pytest.raises(ServiceError, match="already has that name"):
        passes.save_tier(shop_.db, TierSpec("Friend", "PAL", 100, 30))


# -- issue and verify -----------------------------------------------------------------------
def test_issue_then_scan_returns_the_holder(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    assert issued.valid_until - issued.valid_from == timedelta(days=364)
    holder = _verify(shop_.db, issued.token + "\r\n")  # as a wedge scanner types it
    assert holder.pass_id == issued.pass_id
    assert (holder.member_id, holder.member_name) == (shop_.ada, "Ada Lovelace")
    assert (holder.tier_id, holder.tier_name, holder.tier_code) == (
        shop_.gold,
        "Gold membership",
        "GOLD",
    )
    assert (holder.included_sessions, holder.one_to_one_minutes) == (4, 60)
    assert (holder.valid_from, holder.valid_until) == (issued.valid_from, issued.valid_until)
    event = payloads(shop_.db, "pass.issued")[0]
    assert event["pass_id"] == issued.pass_id and event["token"] == issued.token
    assert payloads(shop_.db, "signing_key.added")[0].get("private_key") is None
    assert rows(shop_.db, "SELECT action FROM audit_log WHERE subject_id = :p", p=issued.pass_id)


def test_one_signing_key_per_device_and_the_private_half_stays_home(shop_: Shop) -> None:
    for _ in range(3):
        passes.issue_pass(shop_.db, tier_id=shop_.friend, member_id=shop_.bo, actor="Ann")
    keys = rows(shop_.db, "SELECT device_id, private_key FROM signing_keys")
    assert len(keys) == 1 and keys[0][0] == shop_.db.device_id and len(keys[0][1]) == 64
    with shop_.db.write() as conn:
        key = passes.ensure_device_key(conn, shop_.db.device_id)
    assert key.private_bytes().hex() == keys[0][1]
    assert "private" not in repr(key).lower() or keys[0][1] not in repr(key)


@pytest.mark.parametrize("reason", list(RevocationReason))
def test_a_revoked_pass_is_refused_saying_why(shop_: Shop, reason: RevocationReason) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    _verify(shop_.db, issued.token)  # fills the cache
    with shop_.db.write() as conn:
        passes.revoke_pass_in(conn, shop_.db.device_id, issued.pass_id, reason, actor="Ann")
    refusal = _refused(shop_.db, issued.token)
    assert refusal.reason is PassRefusal.REVOKED
    assert refusal.revocation is reason
    word = {"transferred": "transferred", "refunded": "refunded", "revoked": "revoked by"}
    assert word[reason.value] in str(refusal)
    with shop_.db.write() as conn, pytest.raises(ServiceError, match="already"):
        passes.revoke_pass_in(conn, shop_.db.device_id, issued.pass_id, reason, actor="Ann")
    assert payloads(shop_.db, "pass.revoked")[0]["reason"] == reason.value


def test_expired_and_not_yet_valid_passes_are_refused(shop_: Shop) -> None:
    start = date(2026, 6, 1)
    issued = passes.issue_pass(
        shop_.db, tier_id=shop_.friend, member_id=shop_.bo, actor="Ann", valid_from=start
    )
    assert issued.valid_until == date(2026, 6, 30)
    early = _refused(shop_.db, issued.token, date(2026, 5, 31))
    assert early.reason is PassRefusal.NOT_YET_VALID and "1 June 2026" in str(early)
    assert _verify(shop_.db, issued.token, date(2026, 6, 1)).member_name == "Bo Diddley"
    assert _verify(shop_.db, issued.token, date(2026, 6, 30)).member_name == "Bo Diddley"
    late = _refused(shop_.db, issued.token, date(2026, 7, 1))
    assert late.reason is PassRefusal.EXPIRED and "30 June 2026" in str(late)


def test_a_pass_from_another_shop_is_refused_as_unknown_key(shop_: Shop, tmp_path: Path) -> None:
    other = _open(tmp_path / "other-shop.sqlite")
    try:
        tier = passes.save_tier(other, GOLD)  # same tier code, different shop
        member = members.create_member(other, name="Mallory").id
        forged = passes.issue_pass(other, tier_id=tier, member_id=member, actor="M")
    finally:
        other.close()
    refusal = _refused(shop_.db, forged.token)
    assert refusal.reason is PassRefusal.UNKNOWN_KEY
    assert "not issued by this shop" in str(refusal)


def test_a_pass_signed_after_its_key_was_retired_is_refused(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    _verify(shop_.db, issued.token)
    with shop_.db.write() as conn:
        conn.execute(text("UPDATE signing_keys SET retired_at = :t"), {"t": utcnow()})
    refusal = _refused(shop_.db, issued.token)
    assert refusal.reason is PassRefusal.RETIRED_KEY
    assert "no longer trusts" in str(refusal)
    assert pass_admin.pass_info(shop_.db, issued.pass_id).status == "retired_key"


def test_a_pass_signed_before_its_key_was_retired_still_works(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    with shop_.db.write() as conn:
        conn.execute(
            text("UPDATE signing_keys SET retired_at = :t"), {"t": utcnow() + timedelta(days=2)}
        )
    assert _verify(shop_.db, issued.token).member_id == shop_.ada


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda t: t[:60] + ("A" if t[60] != "A" else "B") + t[61:], PassRefusal.BAD_SIGNATURE),
        (lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), PassRefusal.BAD_SIGNATURE),
        (lambda t: t[:-5], PassRefusal.MALFORMED),
        (lambda t: t + "A", PassRefusal.MALFORMED),
        (lambda t: "https://example.com/" + t, PassRefusal.MALFORMED),
    ],
    ids=["altered-claims", "altered-signature", "truncated", "extended", "wrapped"],
)
def test_an_altered_or_truncated_pass_is_refused(
    shop_: Shop, change: object, reason: object
) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    assert callable(change)
    refusal = _refused(shop_.db, change(issued.token))
    assert refusal.reason is reason
    assert str(refusal)  # a sentence for the host


def test_a_pass_issued_on_another_stall_verifies_once_its_key_is_synced(
    shop_: Shop, tmp_path: Path
) -> None:
    stall2 = _open(tmp_path / "stall2.sqlite")
    try:
        tier = passes.save_tier(stall2, GOLD)
        member = members.create_member(stall2, name="Cy Twombly").id
        issued = passes.issue_pass(stall2, tier_id=tier, member_id=member, actor="Dee")
        key_row = rows(stall2, "SELECT key_id, device_id, public_key, created_at FROM signing_keys")
    finally:
        stall2.close()
    assert _refused(shop_.db, issued.token).reason is PassRefusal.UNKNOWN_KEY
    with shop_.db.write() as conn:  # what the sync brings: the public half only
        conn.execute(
            text(
                "INSERT INTO signing_keys (key_id, device_id, public_key, private_key, created_at)"
                " VALUES (:k, :d, :p, NULL, :c)"
            ),
            dict(zip(("k", "d", "p", "c"), key_row[0], strict=True)),
        )
    holder = _verify(shop_.db, issued.token)
    assert holder.pass_id == issued.pass_id
    assert (holder.member_id, holder.member_name) == ("", "Member")  # not synced yet
    assert (holder.tier_id, holder.tier_name) == (shop_.gold, "Gold membership")  # by code
    # This device still signs with its own key, never with the synced one.
    mine = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    assert (
        scalar(shop_.db, "SELECT key_id FROM passes WHERE id = :p", p=mine.pass_id)
        != (key_row[0][0])
    )


def test_the_scan_cache_sees_a_revocation_and_forgets_a_rolled_back_one(shop_: Shop) -> None:
    a = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    b = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.bo, actor="Ann")
    _verify(shop_.db, a.token)
    _verify(shop_.db, b.token)

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), shop_.db.write() as conn:
        passes.revoke_pass_in(
            conn, shop_.db.device_id, a.pass_id, RevocationReason.REVOKED, actor="Ann"
        )
        with pytest.raises(InvalidPass):  # seen inside its own transaction
            passes.verify_scan(conn, a.token, pass_admin.today_local())
        raise Rollback
    assert _verify(shop_.db, a.token).pass_id == a.pass_id  # the rollback is seen too

    with shop_.db.write() as conn:
        passes.revoke_pass_in(
            conn, shop_.db.device_id, b.pass_id, RevocationReason.REFUNDED, actor="Ann"
        )
    assert _refused(shop_.db, b.token).revocation is RevocationReason.REFUNDED
    assert _verify(shop_.db, a.token).pass_id == a.pass_id
    with shop_.db.write() as conn:  # incremental: only the new row is read
        passes.revoke_pass_in(
            conn, shop_.db.device_id, a.pass_id, RevocationReason.REVOKED, actor="Ann"
        )
    assert _refused(shop_.db, a.token).revocation is RevocationReason.REVOKED
    assert _refused(shop_.db, b.token).revocation is RevocationReason.REFUNDED


def test_pass_facts_cannot_be_edited(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    with pytest.raises(Exception, match="facts"), shop_.db.write() as conn:
        conn.execute(text("UPDATE passes SET member_id = :m"), {"m": shop_.bo})
    with pytest.raises(Exception, match="facts"), shop_.db.write() as conn:
        conn.execute(text("DELETE FROM passes WHERE id = :p"), {"p": issued.pass_id})
    assert _verify(shop_.db, issued.token).member_id == shop_.ada


# -- selling and refunding (checkout and refunds call the hooks) -----------------------------
def _cart(shop_: Shop, member_id: str | None, quantity: int) -> Cart:
    catalog.save_product(
        shop_.db,
        catalog.ProductSpec("Tee", "Apparel", 2300, (catalog.VariantSpec("M", "TEE-M", 2500, 5),)),
    )
    if shifts.current_shift(shop_.db) is None:
        shifts.open_shift(shop_.db, opened_by="Ann", opening_float=0)
    lines = []
    for sku, qty in (("PASS-GOLD", quantity), ("TEE-M", 1)):
        found = catalog.find_by_code(shop_.db, sku)
        assert found is not None
        lines.append(
            CartLine(
                variant_id=found.variant.id,
                name=found.product.name,
                variant_name=found.variant.name,
                sku=sku,
                unit_price=found.variant.price,
                tax_rate_bp=found.product.tax_rate_bp,
                quantity=qty,
            )
        )
    cart = cart_of(*[ln for ln in lines if ln.quantity])
    cart.member_id = member_id
    return cart


def _sell(
    shop_: Shop, member_id: str | None, quantity: int = 2
) -> tuple[checkout.CompletedSale, list[tuple[str, str, int]]]:
    """A paid sale of ``quantity`` Gold passes and a tee; returns it and its lines."""
    cart = _cart(shop_, member_id, quantity)
    done = checkout.complete_sale(
        shop_.db, cart, [Tender(TenderMethod.CARD, cart.priced().total)], cashier="Ann"
    )
    sale_lines = [
        (r[0], r[1], int(r[2]))
        for r in rows(
            shop_.db,
            "SELECT id, variant_id, quantity FROM sale_lines WHERE sale_id = :s ORDER BY position",
            s=done.id,
        )
    ]
    return done, sale_lines


def _tokens(shop_: Shop, pass_ids: tuple[str, ...] | list[str]) -> dict[str, str]:
    return {
        pid: scalar(shop_.db, "SELECT token FROM passes WHERE id = :p", p=pid) for pid in pass_ids
    }


def test_selling_passes_issues_one_per_unit_to_the_member(shop_: Shop) -> None:
    done, lines = _sell(shop_, shop_.ada, quantity=2)
    assert len(done.passes) == 2
    for token in _tokens(shop_, done.passes).values():
        assert _verify(shop_.db, token).member_id == shop_.ada
    stored = rows(shop_.db, "SELECT sale_id, sale_line_id FROM passes")
    assert {tuple(r) for r in stored} == {(done.id, lines[0][0])}
    assert [e["sale_id"] for e in payloads(shop_.db, "pass.issued")] == [done.id, done.id]
    assert scalar(shop_.db, "SELECT stock FROM variants WHERE sku = 'PASS-GOLD'") == 0


def test_the_sale_hook_issues_nothing_for_a_sale_without_passes(shop_: Shop) -> None:
    done, lines = _sell(shop_, None, quantity=0)
    assert done.passes == ()
    with shop_.db.write() as conn:
        none = passes.issue_for_sale(
            conn, shop_.db.device_id, sale_id=done.id, member_id=None, lines=lines, now=utcnow()
        )
    assert none == [] and scalar(shop_.db, "SELECT count(*) FROM passes") == 0


def test_selling_a_pass_without_a_member_is_refused_and_writes_nothing(shop_: Shop) -> None:
    cart = _cart(shop_, None, 1)
    before = _counts(shop_.db)
    with pytest.raises(ServiceError, match="attach a member"):
        checkout.complete_sale(
            shop_.db, cart, [Tender(TenderMethod.CARD, cart.priced().total)], cashier="Ann"
        )
    assert _counts(shop_.db) == before
    done, lines = _sell(shop_, shop_.ada, quantity=1)  # the hook itself refuses too
    before = _counts(shop_.db)
    with pytest.raises(ServiceError, match="attach a member"), shop_.db.write() as conn:
        passes.issue_for_sale(
            conn, shop_.db.device_id, sale_id=done.id, member_id=None, lines=lines, now=utcnow()
        )
    assert _counts(shop_.db) == before


def test_refunding_pass_lines_revokes_that_many_passes(shop_: Shop) -> None:
    done, lines = _sell(shop_, shop_.ada, quantity=3)
    tokens = _tokens(shop_, done.passes)
    with shop_.db.write() as conn:
        first = passes.revoke_for_refund(
            conn, shop_.db.device_id, sale_line_id=lines[0][0], quantity=2, actor="Ann"
        )
        tee = passes.revoke_for_refund(
            conn, shop_.db.device_id, sale_line_id=lines[1][0], quantity=1, actor="Ann"
        )
    assert tee == []
    assert len(first) == 2 and set(first) <= set(done.passes)
    for pass_id, token in tokens.items():
        if pass_id in first:
            assert _refused(shop_.db, token).revocation is RevocationReason.REFUNDED
        else:
            assert _verify(shop_.db, token).member_id == shop_.ada
    with shop_.db.write() as conn:
        rest = passes.revoke_for_refund(
            conn, shop_.db.device_id, sale_line_id=lines[0][0], quantity=5, actor="Ann"
        )
    assert len(rest) == 1 and scalar(shop_.db, "SELECT count(*) FROM pass_revocations") == 3


def test_refunding_a_transferred_pass_revokes_the_new_holders_pass(shop_: Shop) -> None:
    done, lines = _sell(shop_, shop_.ada, quantity=1)
    new = pass_admin.transfer_pass(
        shop_.db, done.passes[0], to_member_id=shop_.bo, actor="Ann", manager_pin=MANAGER_PIN
    )
    with shop_.db.write() as conn:
        revoked = passes.revoke_for_refund(
            conn, shop_.db.device_id, sale_line_id=lines[0][0], quantity=1, actor="Ann"
        )
    assert revoked == [new.pass_id]


# -- transfer and manual revocation ---------------------------------------------------------
def test_transfer_stops_the_old_qr_and_issues_a_new_one(shop_: Shop) -> None:
    old = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    _verify(shop_.db, old.token)
    new = pass_admin.transfer_pass(
        shop_.db, old.pass_id, to_member_id=shop_.bo, actor="Ann", manager_pin=MANAGER_PIN
    )
    refusal = _refused(shop_.db, old.token)
    assert refusal.reason is PassRefusal.REVOKED
    assert refusal.revocation is RevocationReason.TRANSFERRED
    assert "transferred" in str(refusal)
    holder = _verify(shop_.db, new.token)
    assert (holder.member_name, holder.tier_id) == ("Bo Diddley", shop_.gold)
    assert (new.valid_from, new.valid_until) == (old.valid_from, old.valid_until)
    assert pass_admin.pass_info(shop_.db, new.pass_id).replaces_pass_id == old.pass_id
    with shop_.db.read() as conn:
        assert pass_admin.pass_chain(conn, new.pass_id) == [new.pass_id, old.pass_id]
    audit_row = rows(
        shop_.db, "SELECT actor, approved_by, details FROM audit_log WHERE action = 'pass.transfer'"
    )
    assert audit_row[0][0] == "Ann" and audit_row[0][1] == "manager"
    assert new.pass_id in audit_row[0][2]
    assert payloads(shop_.db, "pass.revoked")[0]["reason"] == "transferred"
    assert payloads(shop_.db, "pass.issued")[-1]["replaces_pass_id"] == old.pass_id
    with pytest.raises(ServiceError, match="transferred"):
        pass_admin.transfer_pass(
            shop_.db, old.pass_id, to_member_id=shop_.ada, actor="Ann", manager_pin=MANAGER_PIN
        )


def test_a_non_transferable_pass_cannot_be_transferred(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.friend, member_id=shop_.ada, actor="Ann")
    before = _counts(shop_.db)
    with pytest.raises(ServiceError, match="Friend passes cannot be transferred"):
        pass_admin.transfer_pass(
            shop_.db, issued.pass_id, to_member_id=shop_.bo, actor="Ann", manager_pin=MANAGER_PIN
        )
    assert _counts(shop_.db) == before
    assert _verify(shop_.db, issued.token).member_id == shop_.ada


@pytest.mark.parametrize("pin", ["0000", "", None])
def test_a_transfer_with_a_wrong_pin_writes_nothing(shop_: Shop, pin: str | None) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    before = _counts(shop_.db)
    with pytest.raises(PinRefused):
        pass_admin.transfer_pass(
            shop_.db, issued.pass_id, to_member_id=shop_.bo, actor="Ann", manager_pin=pin
        )
    assert _counts(shop_.db) == before
    assert _verify(shop_.db, issued.token).member_id == shop_.ada


def test_an_expired_pass_cannot_be_transferred(shop_: Shop) -> None:
    issued = passes.issue_pass(
        shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann", valid_from=date(2024, 1, 1)
    )
    with pytest.raises(ServiceError, match="expired"):
        pass_admin.transfer_pass(
            shop_.db, issued.pass_id, to_member_id=shop_.bo, actor="Ann", manager_pin=MANAGER_PIN
        )


def test_a_transfer_to_the_same_holder_is_refused(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    with pytest.raises(ServiceError, match="already holds"):
        pass_admin.transfer_pass(
            shop_.db, issued.pass_id, to_member_id=shop_.ada, actor="Ann", manager_pin=MANAGER_PIN
        )


def test_revoking_by_hand_needs_the_pin_and_a_reason(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    before = _counts(shop_.db)
    with pytest.raises(ServiceError, match="say why"):
        pass_admin.revoke_pass(
            shop_.db, issued.pass_id, actor="Ann", reason_note=" ", manager_pin=MANAGER_PIN
        )
    with pytest.raises(PinRefused):
        pass_admin.revoke_pass(
            shop_.db, issued.pass_id, actor="Ann", reason_note="lost", manager_pin="1"
        )
    assert _counts(shop_.db) == before
    pass_admin.revoke_pass(
        shop_.db, issued.pass_id, actor="Ann", reason_note="card lost", manager_pin=MANAGER_PIN
    )
    assert _refused(shop_.db, issued.token).revocation is RevocationReason.REVOKED
    info = pass_admin.pass_info(shop_.db, issued.pass_id)
    assert info.status == "revoked" and info.why.endswith(": card lost")
    assert scalar(shop_.db, "SELECT reason FROM audit_log WHERE action = 'pass.revoke'") == (
        "card lost"
    )


def test_a_members_passes_say_their_status(shop_: Shop) -> None:
    today = pass_admin.today_local()
    active = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="A")
    expired = passes.issue_pass(
        shop_.db,
        tier_id=shop_.friend,
        member_id=shop_.ada,
        actor="A",
        valid_from=today - timedelta(days=60),
    )
    future = passes.issue_pass(
        shop_.db,
        tier_id=shop_.friend,
        member_id=shop_.ada,
        actor="A",
        valid_from=today + timedelta(days=3),
    )
    refunded = passes.issue_pass(shop_.db, tier_id=shop_.friend, member_id=shop_.ada, actor="A")
    with shop_.db.write() as conn:
        passes.revoke_pass_in(
            conn, shop_.db.device_id, refunded.pass_id, RevocationReason.REFUNDED, actor="A"
        )
    mine = {p.pass_id: p for p in pass_admin.passes_of_member(shop_.db, shop_.ada)}
    assert list(mine) == [refunded.pass_id, future.pass_id, expired.pass_id, active.pass_id]
    assert mine[active.pass_id].status == "active"
    assert mine[active.pass_id].why.startswith("Valid until")
    assert mine[expired.pass_id].status == "expired"
    assert mine[expired.pass_id].why.startswith("Expired on")
    assert mine[future.pass_id].status == "not_yet_valid"
    assert mine[refunded.pass_id].status == "revoked"
    assert mine[refunded.pass_id].why.startswith("Refunded on")
    assert pass_admin.passes_of_member(shop_.db, shop_.bo) == []
    with pytest.raises(ServiceError):
        pass_admin.pass_info(shop_.db, "01900000-0000-7000-8000-000000000000")


# -- member pricing and the card ------------------------------------------------------------
def test_benefits_come_from_the_tier(shop_: Shop) -> None:
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    expected = MemberBenefits(1000, frozenset({"Apparel", "Home"}), 30)
    assert passes.benefits_for(shop_.db, issued.pass_id) == expected
    with shop_.db.read() as conn:
        assert passes.benefits_for(conn, issued.pass_id) == expected
        assert passes.benefits_for_tier(conn, shop_.friend) == MemberBenefits(500)
    with pytest.raises(ServiceError):
        passes.benefits_for(shop_.db, "01900000-0000-7000-8000-000000000000")


def test_pass_card_data_carries_the_tier_and_terms(shop_: Shop) -> None:
    shop.save_settings(shop_.db, shop_name="Kiln & Loom", address_lines=("Market Sq 4",))
    issued = passes.issue_pass(shop_.db, tier_id=shop_.gold, member_id=shop_.ada, actor="Ann")
    card = passes.pass_card_data(shop_.db, issued.pass_id)
    assert (card.shop_name, card.holder_name, card.tier_name) == (
        "Kiln & Loom",
        "Ada Lovelace",
        "Gold membership",
    )
    assert card.token == issued.token and card.valid_until == issued.valid_until
    assert card.benefits == (
        "10% off Apparel and Home",
        "Early access to drops: 30 minutes before everyone",
        "4 member sessions included",
        "1 hour of 1:1 time",
        "Can be transferred to another member",
    )
    assert card.refund_terms == GOLD.refund_terms
    with shop_.db.write() as conn:
        passes.revoke_pass_in(
            conn, shop_.db.device_id, issued.pass_id, RevocationReason.REFUNDED, actor="A"
        )
    with pytest.raises(ServiceError, match="no longer works"):
        passes.pass_card_data(shop_.db, issued.pass_id)
