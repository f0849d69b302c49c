"""The pure keyboard-wedge detector: examples first, then properties."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.scanning.wedge import (
    Key,
    Replay,
    Scan,
    WedgeDetector,
    WedgeOutput,
    WedgeSettings,
)

GAP = WedgeSettings().max_gap_ms
ENTER = "\r"


def run(
    detector: WedgeDetector[int], keys: str, *, start: float = 0.0, gap: float = 5.0
) -> list[WedgeOutput[int]]:
    """Feed ``keys`` one by one, ``gap`` ms apart; payloads number the keys from 0."""
    out: list[WedgeOutput[int]] = []
    for i, text in enumerate(keys):
        out.extend(detector.feed(text, start + i * gap, i))
    return out


def texts(output: WedgeOutput[int]) -> str:
    return "".join(k.text for k in output.keys)


# --- settings -------------------------------------------------------------------------------


def test_default_settings() -> None:
    s = WedgeSettings()
    assert (s.max_gap_ms, s.min_length, s.max_length) == (35.0, 4, 256)
    assert s.terminators == frozenset({"\r"})


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_gap_ms": 0},
        {"max_gap_ms": -5},
        {"min_length": 0},
        {"min_length": 10, "max_length": 9},
        {"terminators": frozenset()},
        {"terminators": frozenset({"\r\n"})},
    ],
)
def test_settings_reject_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        WedgeSettings(**kwargs)  # type: ignore[arg-type]


# --- scans ----------------------------------------------------------------------------------


def test_fast_burst_ending_in_enter_is_one_scan_holding_every_key() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "4006381333931" + ENTER, gap=8)
    assert len(out) == 1
    scan = out[0]
    assert isinstance(scan, Scan)
    assert scan.code == "4006381333931"
    assert [k.payload for k in scan.keys] == list(range(14))
    assert scan.keys[-1].text == ENTER
    assert d.buffered == ()
    assert d.next_deadline_ms() is None


def test_keys_are_held_back_until_decided() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    assert run(d, "123") == []
    assert [k.text for k in d.buffered] == ["1", "2", "3"]
    assert d.next_deadline_ms() == 10 + GAP


def test_gap_of_exactly_max_gap_still_belongs_to_the_burst() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "1234" + ENTER, gap=GAP)
    assert [type(o) for o in out] == [Scan]


def test_one_slow_gap_splits_the_burst() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "12", gap=5)
    # the third key comes just too late: "12" is a person's typing after all
    out += d.feed("3", 5 + GAP + 0.001, 2)
    assert out == [Replay((Key("1", 0.0, 0), Key("2", 5.0, 1)))]
    assert [k.text for k in d.buffered] == ["3"]


def test_slow_enter_after_a_fast_burst_is_no_scan() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "4006381333931", gap=5)
    out += d.feed(ENTER, 60 + GAP + 1, 99)
    assert not any(isinstance(o, Scan) for o in out)
    # the burst is replayed first, then the Enter on its own
    assert [texts(o) for o in out] == ["4006381333931", ENTER]


def test_back_to_back_scans() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "1111" + ENTER + "22222" + ENTER, gap=3)
    assert [o.code for o in out if isinstance(o, Scan)] == ["1111", "22222"]
    assert len(out) == 2


def test_codes_count_characters_not_key_presses() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = d.feed("ab", 0, 0) + d.feed("cd", 1, 1) + d.feed(ENTER, 2, 2)
    assert [o.code for o in out if isinstance(o, Scan)] == ["abcd"]


def test_tab_can_be_configured_as_terminator() -> None:
    d: WedgeDetector[int] = WedgeDetector(WedgeSettings(terminators=frozenset({"\r", "\t"})))
    out = run(d, "ABC123\t")
    assert [o.code for o in out if isinstance(o, Scan)] == ["ABC123"]
    plain: WedgeDetector[int] = WedgeDetector()
    # without it, "\t" is just more text held with the burst (the Qt filter never feeds it)
    assert run(plain, "ABC123\t") == []


# --- Enter that is not a scan ---------------------------------------------------------------


def test_enter_alone_is_replayed_at_once() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    assert d.feed(ENTER, 100, 0) == [Replay((Key(ENTER, 100, 0),))]
    assert d.next_deadline_ms() is None


def test_short_burst_and_its_enter_are_replayed_in_order() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "123" + ENTER, gap=2)
    assert out == [Replay(tuple(Key(t, i * 2.0, i) for i, t in enumerate("123" + ENTER)))]


def test_slow_typing_is_replayed_key_by_key_then_enter() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = run(d, "12345" + ENTER, gap=120)
    assert [texts(o) for o in out] == ["1", "2", "3", "4", "5", ENTER]
    assert all(isinstance(o, Replay) for o in out)


# --- the timer side -------------------------------------------------------------------------


def test_flush_due_releases_only_after_the_deadline() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    run(d, "ab", start=1000, gap=10)
    deadline = d.next_deadline_ms()
    assert deadline == 1010 + GAP
    assert d.flush_due(1010) == []
    assert d.flush_due(deadline) == []
    out = d.flush_due(deadline + 0.5)
    assert out == [Replay((Key("a", 1000, 0), Key("b", 1010, 1)))]
    assert d.next_deadline_ms() is None
    assert d.flush_due(5000) == []


def test_flush_before_deadline_does_not_disturb_a_scan() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out: list[WedgeOutput[int]] = []
    for i, text in enumerate("98765" + ENTER):
        out += d.flush_due(i * 10.0)  # a timer firing early or spuriously
        out += d.feed(text, i * 10.0, i)
    assert [o.code for o in out if isinstance(o, Scan)] == ["98765"]
    assert len(out) == 1


def test_release_gives_back_everything_and_starts_afresh() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    run(d, "12")
    assert [texts(o) for o in d.release()] == ["12"]
    assert d.release() == []
    # a new burst right after the release is judged on its own
    assert [o.code for o in run(d, "5678" + ENTER, start=6) if isinstance(o, Scan)] == ["5678"]


def test_time_going_backwards_counts_as_no_gap() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    out = d.feed("1", 100, 0) + d.feed("2", 90, 1) + d.feed("3", 95, 2) + d.feed("4", 96, 3)
    out += d.feed(ENTER, 97, 4)
    assert [o.code for o in out if isinstance(o, Scan)] == ["1234"]


def test_feed_needs_text() -> None:
    d: WedgeDetector[int] = WedgeDetector()
    with pytest.raises(ValueError):
        d.feed("", 0, 0)


# --- too long for a code --------------------------------------------------------------------


def test_code_of_exactly_max_length_scans() -> None:
    d: WedgeDetector[int] = WedgeDetector(WedgeSettings(max_length=8))
    out = run(d, "12345678" + ENTER)
    assert [o.code for o in out if isinstance(o, Scan)] == ["12345678"]


def test_overlong_burst_is_replayed_and_its_enter_cannot_scan() -> None:
    d: WedgeDetector[int] = WedgeDetector(WedgeSettings(max_length=8))
    out = run(d, "123456789" + "ABCDE" + ENTER, gap=2)
    assert not any(isinstance(o, Scan) for o in out)
    # released as soon as it overflows, then each further key of the burst at once
    assert [texts(o) for o in out] == ["123456789", "A", "B", "C", "D", "E", ENTER]
    assert d.buffered == ()
    # the next burst, after the Enter, is judged afresh
    out = run(d, "5555" + ENTER, start=100, gap=2)
    assert [o.code for o in out if isinstance(o, Scan)] == ["5555"]


def test_overflow_ends_with_a_pause() -> None:
    d: WedgeDetector[int] = WedgeDetector(WedgeSettings(max_length=4))
    run(d, "123456", gap=2)
    assert d.buffered == ()
    out = run(d, "7777" + ENTER, start=10 + GAP + 1, gap=2)
    assert [o.code for o in out if isinstance(o, Scan)] == ["7777"]


# --- properties -----------------------------------------------------------------------------

# Times are multiples of 1/8 ms so sums and differences are exact in binary floating point:
# the boundary cases (a gap of exactly max_gap_ms) must not hinge on rounding.
EIGHTHS = 8
GAPS = st.one_of(
    st.sampled_from([0.0, 1.0, GAP - 1 / EIGHTHS, GAP, GAP + 1 / EIGHTHS, 2 * GAP, 500.0]),
    st.integers(0, int(3 * GAP * EIGHTHS)).map(lambda n: n / EIGHTHS),
)
TEXTS = st.sampled_from(["0", "7", "a", "Z", " ", "-", ENTER])
SMALL = WedgeSettings(max_gap_ms=GAP, min_length=2, max_length=6)


@dataclass(frozen=True)
class Step:
    """Feed ``text`` after ``gap`` ms; before it, maybe a timer call or a release."""

    text: str
    gap: float
    timer_after: float | None  # flush_due this long after the previous key, if < gap
    release: bool


STEPS = st.builds(
    Step,
    text=TEXTS,
    gap=GAPS,
    timer_after=st.one_of(st.none(), GAPS),
    release=st.integers(0, 9).map(lambda n: n == 0),  # now and then
)


def drive(
    d: WedgeDetector[int], steps: list[Step], start: float = 0.0
) -> tuple[list[WedgeOutput[int]], float]:
    now = start
    out: list[WedgeOutput[int]] = []
    for i, step in enumerate(steps):
        if step.timer_after is not None and step.timer_after <= step.gap:
            out += d.flush_due(now + step.timer_after)
        if step.release:
            out += d.release()
        now += step.gap
        out += d.feed(step.text, now, i)
    return out, now


@settings(max_examples=300)
@given(steps=st.lists(STEPS, max_size=40), det_settings=st.sampled_from([WedgeSettings(), SMALL]))
def test_every_key_comes_out_exactly_once_in_order(
    steps: list[Step], det_settings: WedgeSettings
) -> None:
    d: WedgeDetector[int] = WedgeDetector(det_settings)
    out, _ = drive(d, steps)
    out += d.release()
    emitted = [k for o in out for k in o.keys]
    assert [k.payload for k in emitted] == list(range(len(steps)))
    assert [k.text for k in emitted] == [s.text for s in steps]
    for o in out:
        if isinstance(o, Scan):
            # a scan is exactly a valid burst: terminator last, short gaps, sane length
            *body, end = o.keys
            assert end.text in det_settings.terminators
            assert o.code == "".join(k.text for k in body)
            assert det_settings.min_length <= len(o.code) <= det_settings.max_length
            assert all(b.at_ms - a.at_ms <= det_settings.max_gap_ms for a, b in pairwise(o.keys))
            assert ENTER not in o.code


@settings(max_examples=300)
@given(
    history=st.lists(STEPS, max_size=20),
    code=st.text(
        alphabet="0123456789ABCXYZ-. ", min_size=SMALL.min_length, max_size=SMALL.max_length
    ),
    gaps=st.lists(
        st.integers(0, int(GAP * EIGHTHS)).map(lambda n: n / EIGHTHS), min_size=20, max_size=20
    ),
    timer_fraction=st.lists(
        st.one_of(st.none(), st.integers(0, EIGHTHS).map(lambda n: n / EIGHTHS)),
        min_size=20,
        max_size=20,
    ),
)
def test_a_valid_burst_after_a_pause_is_exactly_one_scan(
    history: list[Step], code: str, gaps: list[float], timer_fraction: list[float | None]
) -> None:
    d: WedgeDetector[int] = WedgeDetector(SMALL)
    _, now = drive(d, history)
    now += GAP + 0.5  # whatever came before, a pause separates it from the burst
    burst_out: list[WedgeOutput[int]] = []
    for i, text in enumerate(code + ENTER):
        if i:
            frac = timer_fraction[i]
            if frac is not None:  # the caller's timer may fire early, never late
                burst_out += d.flush_due(now + frac * gaps[i])
            now += gaps[i]
        burst_out += d.feed(text, now, 1000 + i)
    scans = [o for o in burst_out if isinstance(o, Scan)]
    assert len(scans) == 1
    assert scans[0].code == code
    assert [k.payload for k in scans[0].keys] == list(range(1000, 1000 + len(code) + 1))
    # nothing of the burst is replayed; only leftovers of the history may be
    assert all(k.payload < 1000 for o in burst_out if isinstance(o, Replay) for k in o.keys)


@settings(max_examples=300)
@given(
    keys=st.lists(TEXTS, max_size=40),
    gaps=st.lists(
        st.integers(int(GAP * EIGHTHS) + 1, int(10 * GAP * EIGHTHS)).map(lambda n: n / EIGHTHS),
        min_size=40,
        max_size=40,
    ),
)
def test_keys_all_further_apart_than_max_gap_never_scan(keys: list[str], gaps: list[float]) -> None:
    d: WedgeDetector[int] = WedgeDetector(WedgeSettings(min_length=1))
    now = 0.0
    for i, text in enumerate(keys):
        now += gaps[i]
        out = d.feed(text, now, i)
        assert not any(isinstance(o, Scan) for o in out)
        # and nothing waits longer than one gap: at most this key is held back
        assert [k.payload for k in d.buffered] in ([], [i])


@settings(max_examples=200)
@given(steps=st.lists(STEPS, max_size=40))
def test_held_back_keys_are_due_one_gap_after_the_last_key(steps: list[Step]) -> None:
    d: WedgeDetector[int] = WedgeDetector()
    now = 0.0
    for i, step in enumerate(steps):
        now += step.gap
        d.feed(step.text, now, i)
        deadline = d.next_deadline_ms()
        if d.buffered:
            assert deadline == now + GAP
            held = d.buffered
            assert all(b.at_ms - a.at_ms <= GAP for a, b in pairwise(held))
        else:
            assert deadline is None
    deadline = d.next_deadline_ms()
    if deadline is not None:
        d.flush_due(deadline + 0.001)
    assert d.buffered == ()


def test_a_member_pass_fits_the_default_scan_length() -> None:
    # A pass QR reads as "PP1" + 160 base32 characters: it must be a scan, not typing.
    from popuppos.core.pass_token import TEXT_LENGTH

    d: WedgeDetector[int] = WedgeDetector()
    out: list[object] = []
    code = "PP1" + "A" * (TEXT_LENGTH - 3)
    for i, ch in enumerate(code):
        out += d.feed(ch, i * 2.0, i)
    out += d.feed("\r", len(code) * 2.0, -1)
    assert [o.code for o in out if isinstance(o, Scan)] == [code]
