"""Other stalls' money facts, recorded here as they happened there: shifts, sales, refunds,
voids and stock counts, with their ORIGINAL ids and device id, and the same stock
movements (the ``stock_movements`` trigger moves the stock), so stock agrees across stalls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select

from popuppos.core.i18n import translate
from popuppos.store.models import (
    Refund,
    RefundLine,
    RefundTender,
    Sale,
    SaleLine,
    SaleTender,
    SaleVoid,
    Shift,
    ShiftClose,
    Variant,
)
from popuppos.sync.apply_common import (
    NotArrived,
    SkipChange,
    created,
    derived_id,
    exists,
    insert_once,
    local_variant,
    move_stock,
    require_variant,
    when,
)
from popuppos.sync.protocol import Change

Applier = Callable[[Connection, Change], None]


def _shift_opened(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        Shift,
        {
            "id": p["shift_id"],
            "device_id": change.origin_device_id,
            "number": int(p["number"]),
            "opened_at": when(p.get("at"), created(change)),
            "opened_by": p.get("opened_by", ""),
            "opening_float": int(p.get("opening_float", 0)),
            "currency": p["currency"],
        },
    )


def _shift_closed(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        ShiftClose,
        {
            "id": p.get("close_id") or derived_id(change.event_id, "close"),
            "device_id": change.origin_device_id,
            "shift_id": p["shift_id"],
            "closed_at": when(p.get("at"), created(change)),
            "closed_by": p.get("closed_by", ""),
            "expected_cash": int(p.get("expected_cash", 0)),
            "counted_cash": int(p.get("counted_cash", 0)),
            "note": p.get("note", ""),
        },
    )


def _sale_completed(conn: Connection, change: Change) -> None:
    p = change.payload
    sale_id = str(p["sale_id"])
    if exists(conn, Sale.id, sale_id):
        return
    if not exists(conn, Shift.id, p.get("shift_id")):
        raise NotArrived(translate("sync/apply", "the sale's shift has not reached this stall"))
    at = when(p.get("at"), created(change))
    insert_once(
        conn,
        Sale,
        {
            "id": sale_id,
            "device_id": change.origin_device_id,
            "number": int(p["number"]),
            "shift_id": p["shift_id"],
            "created_at": at,
            "cashier": p.get("cashier", ""),
            "member_id": p.get("member_id"),
            "currency": p["currency"],
            "tax_inclusive": bool(p.get("tax_inclusive", True)),
            "subtotal": int(p["subtotal"]),
            "discount_total": int(p["discount_total"]),
            "tax_total": int(p["tax_total"]),
            "total": int(p["total"]),
            "tip": int(p.get("tip", 0)),
            "cart_discount_kind": p.get("cart_discount_kind"),
            "cart_discount_value": p.get("cart_discount_value"),
        },
    )
    lines: list[dict[str, Any]] = p.get("lines", [])
    skus = {str(ln["variant_id"]): str(ln.get("sku", "")) for ln in lines}
    line_rows = []
    for i, ln in enumerate(lines):
        gross, tax = int(ln["gross"]), int(ln["tax"])
        line_rows.append(
            {
                "id": ln["id"],
                "sale_id": sale_id,
                "position": int(ln.get("position", i)),
                "variant_id": require_variant(conn, ln["variant_id"], ln.get("sku")),
                "product_name": ln.get("product_name", ln.get("sku", "")),
                "variant_name": ln.get("variant_name", ""),
                "sku": ln.get("sku", ""),
                "quantity": int(ln["quantity"]),
                "unit_price": int(ln["unit_price"]),
                "line_discount": int(ln.get("line_discount", 0)),
                "cart_discount": int(ln.get("cart_discount", 0)),
                "tax_rate_bp": int(ln.get("tax_rate_bp", 0)),
                "net": int(ln.get("net", gross - tax)),
                "tax": tax,
                "gross": gross,
                "drop_id": ln.get("drop_id"),
            }
        )
    insert_once(conn, SaleLine, line_rows)
    insert_once(
        conn,
        SaleTender,
        [
            {
                "id": t["id"],
                "sale_id": sale_id,
                "position": int(t.get("position", i)),
                "method": t["method"],
                "amount": int(t["amount"]),
                "tendered": t.get("tendered"),
                "change": int(t.get("change", 0)),
                "reference": t.get("reference"),
            }
            for i, t in enumerate(p.get("tenders", []))
        ],
    )
    moves = p.get("stock")
    if moves is None:  # a payload from before the stock list: one move per counted line
        moves = [
            {"id": derived_id(change.event_id, r["id"]), "variant_id": r["variant_id"]}
            | {"delta": -r["quantity"], "reason": "sale"}
            for r in line_rows
            if conn.scalar(select(Variant.track_stock).where(Variant.id == r["variant_id"]))
        ]
    move_stock(conn, change, moves, sale_id, skus)


def _refund_issued(conn: Connection, change: Change) -> None:
    p = change.payload
    refund_id = str(p["refund_id"])
    if exists(conn, Refund.id, refund_id):
        return
    lines, tenders = p.get("lines", []), p.get("tenders", [])
    if "shift_id" not in p or any("id" not in r for r in [*lines, *tenders]):
        raise SkipChange(
            translate(
                "sync/apply", "this refund was recorded by an older PopupPOS, without its row ids"
            )
        )
    if not exists(conn, Sale.id, p["sale_id"]):
        raise NotArrived(translate("sync/apply", "the refunded sale has not reached this stall"))
    insert_once(
        conn,
        Refund,
        {
            "id": refund_id,
            "device_id": change.origin_device_id,
            "sale_id": p["sale_id"],
            "shift_id": p["shift_id"],
            "created_at": when(p.get("at"), created(change)),
            "cashier": p.get("cashier", ""),
            "approved_by": p.get("approved_by", ""),
            "reason": p.get("reason", ""),
            "amount": int(p["amount"]),
            "tax": int(p.get("tax", 0)),
            "tip": int(p.get("tip", 0)),
        },
    )
    insert_once(
        conn,
        RefundLine,
        [
            {
                "id": r["id"],
                "refund_id": refund_id,
                "sale_line_id": r["sale_line_id"],
                "quantity": int(r["quantity"]),
                "amount": int(r["amount"]),
                "tax": int(r["tax"]),
                "restock": bool(r.get("restock", p.get("restock", True))),
            }
            for r in lines
        ],
    )
    insert_once(
        conn,
        RefundTender,
        [
            {
                "id": r["id"],
                "refund_id": refund_id,
                "sale_tender_id": r["sale_tender_id"],
                "method": r["method"],
                "amount": int(r["amount"]),
            }
            for r in tenders
        ],
    )
    move_stock(conn, change, p.get("stock", []), refund_id)


def _sale_voided(conn: Connection, change: Change) -> None:
    p = change.payload
    if "shift_id" not in p:
        raise SkipChange(
            translate(
                "sync/apply", "this void was recorded by an older PopupPOS, without its shift"
            )
        )
    if not exists(conn, Sale.id, p["sale_id"]):
        raise NotArrived(translate("sync/apply", "the voided sale has not reached this stall"))
    void_id = str(p["void_id"])
    if exists(conn, SaleVoid.id, void_id):
        return
    insert_once(
        conn,
        SaleVoid,
        {
            "id": void_id,
            "device_id": change.origin_device_id,
            "sale_id": p["sale_id"],
            "shift_id": p["shift_id"],
            "created_at": when(p.get("at"), created(change)),
            "cashier": p.get("cashier", ""),
            "approved_by": p.get("approved_by", ""),
            "reason": p.get("reason", ""),
        },
    )
    move_stock(conn, change, p.get("stock", []), void_id)


def _stock_adjusted(conn: Connection, change: Change) -> None:
    p = change.payload
    moves = p.get("stock")
    if moves is None:
        if local_variant(conn, p.get("variant_id")) is None:
            raise NotArrived(
                translate("sync/apply", "the counted product is not in this stall's catalogue")
            )
        moves = [{"id": change.event_id, "variant_id": p["variant_id"], "delta": p["delta"]}]
    move_stock(conn, change, [{"reason": "count", **m} for m in moves], None)


APPLIERS: dict[str, Applier] = {
    "shift.opened": _shift_opened,
    "shift.closed": _shift_closed,
    "sale.completed": _sale_completed,
    "refund.issued": _refund_issued,
    "sale.voided": _sale_voided,
    "stock.adjusted": _stock_adjusted,
}
