"""Member passes verified per second, on one core, against 100,000 revoked pass ids.

Each verification is the whole of ``core.pass_token.verify_pass``: read the scanned text
(with the scanner's CR/LF), check the layout, find the device key, check the Ed25519
signature, look the pass id up in a set of 100,000 revoked ids, check the dates. The mix is
valid passes from 3 device keys. The baseline, in the same run, is the raw Ed25519 verify
alone (``cryptography``) on the very same signatures and signed bytes, already decoded: the
floor no pass format can beat. Rounds of both alternate so machine noise hits both alike.
Prints the figures, then one JSON line with ``verifies_per_s``,
``baseline_verifies_per_s`` and ``ratio`` (pass rate / baseline rate; 1.0 would be free).

    python bench/pass_verify.py [--passes 3000] [--rounds 7] [--revoked 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, timedelta
from uuid import UUID

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from popuppos.core.pass_token import (
    DOMAIN,
    HEADER_BYTES,
    PassClaims,
    SigningKey,
    TrustedKeys,
    decode_payload,
    issue_pass,
    verify_pass,
)

TIERS = ("FRIEND", "GOLD", "PATRON", "CREW-24")


def make_passes(keys: list[SigningKey], count: int, today: date, rng: random.Random) -> list[str]:
    passes = []
    for i in range(count):
        key = keys[i % len(keys)]
        start = today - timedelta(days=rng.randrange(0, 300))
        claims = PassClaims(
            pass_id=UUID(int=rng.getrandbits(128)),
            tier=TIERS[i % len(TIERS)],
            valid_from=start,
            valid_until=start + timedelta(days=rng.randrange(300, 800)),
            issued_on=start,
            key_id=key.key_id,
        )
        passes.append(issue_pass(claims, key) + "\r\n")  # as a keyboard-wedge scanner types it
    rng.shuffle(passes)
    return passes


def time_passes(passes: list[str], trusted: TrustedKeys, revoked: set[UUID], today: date) -> float:
    t0 = time.perf_counter()
    for text in passes:
        verify_pass(text, trusted, revoked=revoked, today=today)
    return len(passes) / (time.perf_counter() - t0)


def time_baseline(signed: list[tuple[Ed25519PublicKey, bytes, bytes]]) -> float:
    t0 = time.perf_counter()
    for public_key, signature, message in signed:
        public_key.verify(signature, message)
    return len(signed) / (time.perf_counter() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--revoked", type=int, default=100_000)
    args = parser.parse_args()
    started = time.perf_counter()
    rng = random.Random(20260503)
    today = date(2026, 5, 3)

    keys = [SigningKey.from_private_bytes(rng.randbytes(32)) for _ in range(3)]
    trusted = TrustedKeys()
    for key in keys:
        trusted.add(key.public_key_bytes)
    retired = SigningKey.from_private_bytes(rng.randbytes(32))  # the shop has history too
    trusted.add(retired.public_key_bytes)
    trusted.retire(retired.key_id, date(2025, 6, 1))
    revoked = {UUID(int=rng.getrandbits(128)) for _ in range(args.revoked)}
    passes = make_passes(keys, args.passes, today, rng)

    # The baseline works on exactly the same signatures and signed bytes.
    by_id = {key.key_id: Ed25519PublicKey.from_public_bytes(key.public_key_bytes) for key in keys}
    signed = []
    for text in passes:
        payload = decode_payload(text)
        public_key = by_id[payload[2:6].hex()]
        signed.append((public_key, payload[HEADER_BYTES:], DOMAIN + payload[:HEADER_BYTES]))

    # Every pass in the mix is genuine and accepted (and the revocation set is not empty).
    for text in passes:
        verify_pass(text, trusted, revoked=revoked, today=today)
    time_baseline(signed[:200])

    pass_rates, base_rates = [], []
    for _ in range(args.rounds):
        pass_rates.append(time_passes(passes, trusted, revoked, today))
        base_rates.append(time_baseline(signed))
    rate = statistics.median(pass_rates)
    base = statistics.median(base_rates)
    result = {
        "verifies_per_s": round(rate),
        "baseline_verifies_per_s": round(base),
        "ratio": round(rate / base, 3),
        "us_per_verify": round(1e6 / rate, 1),
        "us_overhead_per_verify": round(1e6 / rate - 1e6 / base, 1),
        "passes": args.passes,
        "device_keys": len(keys),
        "revoked_ids": len(revoked),
        "rounds": args.rounds,
    }
    print(
        f"{args.passes} valid passes from {len(keys)} device keys, {len(revoked):,} revoked ids,"
        f" {args.rounds} alternating rounds, one core"
    )
    print(
        f"  verify_pass (parse + signature + revocation + dates): {result['verifies_per_s']:,}/s"
        f"  ({result['us_per_verify']} us each; rounds {min(pass_rates):,.0f}"
        f"..{max(pass_rates):,.0f}/s)"
    )
    print(
        f"  baseline: raw Ed25519 verify, same bytes           : "
        f"{result['baseline_verifies_per_s']:,}/s"
    )
    print(
        f"  ratio (verify_pass / raw verify): {result['ratio']}"
        f"  -> {result['us_overhead_per_verify']} us of parsing and checks per pass"
    )
    print(f"  target >= 5,000/s: {'met' if rate >= 5000 else 'NOT met'}")
    print(f"  ran in {time.perf_counter() - started:.1f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
