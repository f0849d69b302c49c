"""Venue partners and agreements: saving, editing, and every refusal with its sentence
(nothing is written when a request is refused)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from helpers import payloads, scalar
from popuppos.core.revenue_share import Basis, Scope
from popuppos.services import planner
from popuppos.services.errors import ServiceError
from popuppos.services.partners import (
    AgreementSpec,
    PartnerSpec,
    event_choices,
    get_partner,
    list_agreements,
    list_partners,
    remove_agreement,
    save_agreement,
    save_partner,
)
from venue_shop import VenueShop, local, open_venue_shop

MAR1, MAR31 = date(2026, 3, 1), date(2026, 3, 31)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[VenueShop]:
    s = open_venue_shop(tmp_path)
    yield s
    s.db.close()


def spec(shop: VenueShop, **kw: object) -> AgreementSpec:
    values: dict[str, object] = {
        "partner_id": shop.kiln,
        "label": "All sales",
        "basis": "net",
        "rate_bp": 1250,
        "scope": "all",
        "starts_on": MAR1,
        "ends_on": MAR31,
    }
    values.update(kw)
    return AgreementSpec(**values)  # type: ignore[arg-type]


# --- partners ---------------------------------------------------------------------------------
def test_a_partner_is_saved_edited_and_listed_with_its_event(shop: VenueShop) -> None:
    kiln = get_partner(shop.db, shop.kiln)
    assert (kiln.name, kiln.contact_name, kiln.tax_id) == (
        "Kiln & Co",
        "Róisín Walsh",
        "IE7654321K",
    )
    assert kiln.address_lines == ("3 Quay Street", "Galway H91 A1B2")
    hall = save_partner(
        shop.db, PartnerSpec("  The   Hall ", address_lines=("1 Main St", " ", "Ennis"))
    )
    assert get_partner(shop.db, hall).name == "The Hall"  # spaces tidied
    assert get_partner(shop.db, hall).address_lines == ("1 Main St", "Ennis")  # blank line dropped
    save_partner(shop.db, PartnerSpec("Kiln and Co", email="new@kiln.ie", id=shop.kiln))
    assert get_partner(shop.db, shop.kiln).email == "new@kiln.ie"
    save_partner(shop.db, PartnerSpec("The Hall", active=False, id=hall))
    assert [p.name for p in list_partners(shop.db)] == ["Kiln and Co", "The Hall"]  # active first
    events = payloads(shop.db, "venue_partner.saved")
    assert [e["name"] for e in events] == ["Kiln & Co", "The Hall", "Kiln and Co", "The Hall"]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"name": "  "}, "give the partner a name"),
        ({"name": "x" * 121}, "at most 120 characters"),
        ({"name": "kiln & co"}, "there is already a partner called kiln & co"),
        ({"name": "Other", "email": "not an email"}, "is not an email address"),
        ({"name": "Other", "tax_id": "9" * 41}, "a tax id is at most 40 characters"),
    ],
)
def test_a_partner_that_cannot_be_saved_says_why_and_writes_nothing(
    shop: VenueShop, changes: dict[str, str], reason: str
) -> None:
    before = scalar(shop.db, "SELECT COUNT(*) FROM outbox")
    with pytest.raises(ServiceError, match=reason):
        save_partner(shop.db, PartnerSpec(**changes))  # type: ignore[arg-type]
    assert scalar(shop.db, "SELECT COUNT(*) FROM partners") == 1
    assert scalar(shop.db, "SELECT COUNT(*) FROM outbox") == before


# --- agreements -------------------------------------------------------------------------------
def test_agreements_are_saved_in_words_edited_and_removed(shop: VenueShop) -> None:
    prints = shop.category_id("Prints")
    fair = shop.event("Spring fair", date(2026, 3, 14), 10, 18)
    a1 = save_agreement(shop.db, spec(shop, fee_per_event=5000, minimum_guarantee=20_000))
    a2 = save_agreement(
        shop.db,
        spec(shop, label="", basis="gross", rate_bp=2000, scope="category", category_id=prints),
    )
    a3 = save_agreement(
        shop.db,
        spec(
            shop,
            label="",
            basis="gross",
            rate_bp=1500,
            scope="event",
            event_id=fair,
            starts_on=date(2026, 3, 14),
            ends_on=date(2026, 3, 14),
        ),
    )
    found = {a.id: a for a in list_agreements(shop.db, shop.kiln)}
    assert found[a1].words() == (
        "12.5 % of net sales on all sales, 1 Mar 2026 – 31 Mar 2026; €50.00 per event; "
        "minimum guarantee €200.00 for the period"
    )
    assert (found[a2].label, found[a2].scope, found[a2].basis) == (
        "Prints sales",
        Scope.CATEGORY,
        Basis.GROSS,
    )
    assert found[a2].words() == "20 % of gross sales in Prints, 1 Mar 2026 – 31 Mar 2026"
    assert found[a3].label == "Spring fair"
    assert (
        found[a3].words()
        == "15 % of gross sales at Spring fair (14 Mar 2026), 14 Mar 2026 – 14 Mar 2026"
    )
    assert get_partner(shop.db, shop.kiln).agreements == 3

    save_agreement(
        shop.db, found[a1].spec().__class__(**{**_fields(found[a1].spec()), "rate_bp": 1000})
    )
    assert next(a for a in list_agreements(shop.db) if a.id == a1).rate_bp == 1000
    remove_agreement(shop.db, a2)
    assert {a.id for a in list_agreements(shop.db)} == {a1, a3}
    saved = payloads(shop.db, "venue_agreement.saved")
    assert [p["rate_bp"] for p in saved] == [1250, 2000, 1500, 1000]
    assert saved[0]["starts_on"] == "2026-03-01" and saved[0]["currency"] == "EUR"
    assert [p["agreement_id"] for p in payloads(shop.db, "venue_agreement.removed")] == [a2]
    with pytest.raises(ServiceError, match="no longer in the shop"):
        remove_agreement(shop.db, a2)


def _fields(s: AgreementSpec) -> dict[str, object]:
    return {k: getattr(s, k) for k in s.__dataclass_fields__}


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"rate_bp": -100}, "a share cannot be negative"),
        ({"rate_bp": 10_001}, "a share cannot be more than 100 % of the sales"),
        (
            {"ends_on": date(2026, 2, 28)},
            r"the agreement ends \(2026-02-28\) before it starts \(2026-03-01\)",
        ),
        ({"fee_per_event": -1}, "a fee per event cannot be negative"),
        ({"minimum_guarantee": -1}, "a minimum guarantee cannot be negative"),
        ({"scope": "category"}, "choose the category the agreement covers"),
        ({"scope": "event"}, "choose the event the agreement covers"),
        (
            {"scope": "category", "category_id": "gone"},
            "that category is no longer in the catalogue",
        ),
        ({"scope": "event", "event_id": "gone"}, "that event is no longer in the plan"),
        ({"rate_bp": 0}, "gives the partner nothing"),
        ({"partner_id": "gone"}, "choose the partner"),
        ({"basis": "profit"}, "a share of gross or of net sales"),
    ],
)
def test_an_agreement_that_cannot_be_saved_says_why_and_writes_nothing(
    shop: VenueShop, changes: dict[str, object], reason: str
) -> None:
    with pytest.raises(ServiceError, match=reason):
        save_agreement(shop.db, spec(shop, **changes))
    assert scalar(shop.db, "SELECT COUNT(*) FROM agreements") == 0
    assert payloads(shop.db, "venue_agreement.saved") == []


def test_agreements_of_the_same_scope_may_not_overlap_but_different_scopes_may(
    shop: VenueShop,
) -> None:
    hall = save_partner(shop.db, PartnerSpec("The Hall"))
    save_agreement(shop.db, spec(shop))
    with pytest.raises(ServiceError) as refused:
        save_agreement(
            shop.db,
            spec(shop, partner_id=hall, starts_on=date(2026, 3, 31), ends_on=date(2026, 4, 30)),
        )
    assert str(refused.value) == (
        "Kiln & Co's agreement “All sales” already takes a share on all sales from 1 Mar 2026 "
        "to 31 Mar 2026; two agreements of the same scope cannot be in force on the same day "
        "(end that one first, or choose other dates)"
    )
    save_agreement(
        shop.db, spec(shop, partner_id=hall, starts_on=date(2026, 4, 1), ends_on=date(2026, 4, 30))
    )
    prints = shop.category_id("Prints")
    save_agreement(shop.db, spec(shop, partner_id=hall, scope="category", category_id=prints))
    save_agreement(shop.db, spec(shop, scope="category", category_id=shop.category_id("Ceramics")))
    with pytest.raises(ServiceError, match="already takes a share in Prints"):
        save_agreement(shop.db, spec(shop, scope="category", category_id=prints))
    assert scalar(shop.db, "SELECT COUNT(*) FROM agreements") == 4
    # Editing an agreement does not clash with itself.
    mine = next(a for a in list_agreements(shop.db, shop.kiln) if a.scope is Scope.ALL)
    save_agreement(shop.db, AgreementSpec(**{**_fields(mine.spec()), "ends_on": date(2026, 3, 20)}))  # type: ignore[arg-type]


def test_an_agreement_whose_event_left_the_plan_says_it_covers_nothing(shop: VenueShop) -> None:
    fair = shop.event("Spring fair", date(2026, 3, 14), 10, 18)
    assert [(e.title, e.kind, e.venue) for e in event_choices(shop.db)] == [
        ("Spring fair", "Pop-up day", "Kiln & Co")
    ]
    assert event_choices(shop.db)[0].text == "Spring fair · 14 Mar 2026 · Kiln & Co"
    save_agreement(shop.db, spec(shop, scope="event", event_id=fair))
    planner.delete_event(shop.db, fair, now=local(date(2026, 3, 1), 8))
    (agreement,) = list_agreements(shop.db)
    assert agreement.event_title == ""
    assert "at an event no longer in the plan (covers nothing)" in agreement.words()
