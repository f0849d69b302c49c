"""The owner's ``popuppos hub`` commands that work on the hub database directly.

popuppos hub devices   --db URL --owner-token T                        list the shop's devices
popuppos hub allocate  --db URL --owner-token T DROP_ID DEVICE=UNITS ... set a drop's split
popuppos hub rebalance --db URL --owner-token T DROP_ID [DEVICE ...]     share unsold units
popuppos hub retire    --db URL --owner-token T DEVICE                   retire a device

They call the hub's own functions (``hub/pairing.py``, ``hub/allocations.py``), exactly
what the owner's API calls do, so the same checks apply: a known drop, devices of this
shop that are not retired, shares adding up to at most the edition, none below what its
device has sold. A DEVICE is its id or its name (``devices`` lists both). Every refusal
is a :class:`HubProblem` sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from popuppos.hub.problems import HubProblem

if TYPE_CHECKING:  # kept light: SQLAlchemy and pydantic load only when a command runs
    from popuppos.hub.store import HubStore
    from popuppos.sync.protocol import DeviceInfo, DropAllocation


def add_owner_parsers(actions: Any, db_help: str, token_help: str) -> None:
    """``devices``, ``allocate``, ``rebalance`` and ``retire`` under ``popuppos hub``."""

    def common(parser: Any) -> None:
        parser.add_argument(
            "--db", dest="hub_db_of_action", metavar="URL", default=None, help=db_help
        )
        parser.add_argument("--owner-token", default=None, help=token_help)

    common(actions.add_parser("devices", help="list the shop's devices (paired, retired)"))
    retire = actions.add_parser(
        "retire",
        help="retire a device (a lost or replaced stall): its credential and key stop working",
        description=(
            "Retire a device: its credential and pass-signing key stop being accepted at once; "
            "passes it signed before stay valid unless revoked. Other stalls pull the news."
        ),
    )
    common(retire)
    retire.add_argument("device", metavar="DEVICE", help="the device's name or id")
    allocate = actions.add_parser(
        "allocate",
        help="set how many units of a drop each device may sell",
        description="Set a limited drop's split among the stalls; the stalls pull it.",
    )
    common(allocate)
    allocate.add_argument("drop_id", metavar="DROP_ID", help="the drop's id")
    allocate.add_argument(
        "shares",
        metavar="DEVICE=UNITS",
        nargs="+",
        help="a device (its name or id) and its share, e.g. 'Stall A=6'",
    )
    rebalance = actions.add_parser(
        "rebalance",
        help="share a drop's unsold units evenly among devices",
        description="Every device keeps what it sold; the unsold units are shared evenly.",
    )
    common(rebalance)
    rebalance.add_argument("drop_id", metavar="DROP_ID", help="the drop's id")
    rebalance.add_argument(
        "devices",
        metavar="DEVICE",
        nargs="*",
        help="the devices to share among (default: the current split's, else all active)",
    )


# -- finding devices -----------------------------------------------------------------------
def find_device(devices: list[DeviceInfo], wanted: str) -> DeviceInfo:
    """The device ``wanted`` names: its id, or its name (any case)."""
    text = wanted.strip()
    exact = [d for d in devices if d.device_id == text]
    if exact:
        return exact[0]
    named = [d for d in devices if d.name.casefold() == text.casefold()]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        raise HubProblem(
            422, f"{len(named)} devices are named {text!r}; give the device id instead."
        )
    raise HubProblem(
        404,
        f"No device {text!r} is paired with this shop; 'popuppos hub devices' lists them.",
    )


def parse_shares(shares: list[str], devices: list[DeviceInfo]) -> dict[str, int]:
    """``["Stall A=6", "3f2c=4"]`` -> ``{device id: units}``."""
    split: dict[str, int] = {}
    for item in shares:
        who, sep, units = item.rpartition("=")
        if not sep or not who.strip():
            raise HubProblem(422, f"{item!r} is not DEVICE=UNITS, e.g. 'Stall A=6'.")
        try:
            n = int(units.strip())
        except ValueError:
            raise HubProblem(422, f"{item!r}: the share must be a whole number of units.") from None
        if n < 0:
            raise HubProblem(422, f"{item!r}: a share cannot be negative.")
        device = find_device(devices, who)
        if device.device_id in split:
            raise HubProblem(422, f"{device.name} is given a share twice.")
        split[device.device_id] = n
    return split


# -- showing -------------------------------------------------------------------------------
def _when(value: Any) -> str:
    return "—" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def print_devices(devices: list[DeviceInfo]) -> None:
    if not devices:
        print("No device is paired with this shop yet ('popuppos hub pairing-code').")
        return
    width = max(len("Name"), *(len(d.name) for d in devices))
    print(f"{'Name':<{width}}  {'Device id':<36}  {'Paired':<16}  Retired")
    for d in devices:
        print(
            f"{d.name:<{width}}  {d.device_id:<36}  {_when(d.paired_at):<16}  {_when(d.retired_at)}"
        )


def print_split(split: DropAllocation) -> None:
    print(f"{split.name or 'Drop'} ({split.drop_id})")
    print(
        f"Edition of {split.edition_size}: {split.sold} sold, "
        f"{split.unallocated} not given to any device."
    )
    if not split.allocations:
        print("No device has a share.")
        return
    names = [a.name or a.device_id for a in split.allocations]
    width = max(len("Device"), *(len(n) for n in names))
    print(f"{'Device':<{width}}  {'Share':>5}  {'Sold':>5}  {'Left':>5}  Device id")
    for name, a in zip(names, split.allocations, strict=True):
        left = max(a.units - a.sold, 0)
        print(f"{name:<{width}}  {a.units:>5}  {a.sold:>5}  {left:>5}  {a.device_id}")


# -- the commands --------------------------------------------------------------------------
def _devices(store: HubStore, shop_id: str) -> list[DeviceInfo]:
    from popuppos.hub.pairing import list_devices

    return list_devices(store, shop_id).devices


def _for_drop(drop_id: str, change: Callable[[], DropAllocation]) -> DropAllocation:
    try:
        return change()
    except HubProblem as exc:
        if exc.status != 404:
            raise
        raise HubProblem(
            404,
            f"Drop {drop_id}: this hub has not received it; check the id, or sync the stall "
            "that planned it first.",
        ) from None


def run_owner_command(url: str, owner_token: str, args: Any) -> int:
    """``devices``, ``allocate`` or ``rebalance``; HubProblem on any refusal."""
    from popuppos.hub import allocations
    from popuppos.hub.pairing import shop_of_owner
    from popuppos.hub.store import HubStore

    store = HubStore(url)
    try:
        shop_id = shop_of_owner(store, owner_token)
        devices = _devices(store, shop_id)
        if args.hub_command == "devices":
            print_devices(devices)
            return 0
        if args.hub_command == "retire":
            from popuppos.hub.pairing import retire_device

            device = find_device(devices, args.device)
            was = device.retired_at
            device = retire_device(store, shop_id, device.device_id)
            if was is not None:
                print(f"{device.name} was already retired on {_when(was)}.")
            else:
                print(
                    f"{device.name} is retired: its credential and signing key are no longer "
                    "accepted. Passes it signed before stay valid unless revoked."
                )
            return 0
        drop_id = args.drop_id.strip()
        if args.hub_command == "allocate":
            wanted = parse_shares(args.shares, devices)
            split = _for_drop(
                drop_id, lambda: allocations.set_split(store, shop_id, drop_id, wanted)
            )
        else:
            chosen = [find_device(devices, d) for d in args.devices]
            retired = next((d for d in chosen if d.retired_at is not None), None)
            if retired is not None:
                raise HubProblem(422, f"{retired.name} was retired; it cannot get a share.")
            ids = [d.device_id for d in chosen] or None
            split = _for_drop(drop_id, lambda: allocations.rebalance(store, shop_id, drop_id, ids))
    finally:
        store.close()
    print_split(split)
    print("The stalls take the new split when they next sync.")
    return 0
