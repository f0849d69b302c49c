"""Keyboard-wedge barcode scanner detection, as a pure state machine.

A USB barcode scanner in keyboard-wedge mode "types" its code: a burst of key presses a few
milliseconds apart, ended by Enter. A person types the same keys tens to hundreds of
milliseconds apart. :class:`WedgeDetector` tells the two apart from key timestamps alone:

* printable keys are *buffered* while the detector cannot yet tell who is typing;
* a terminator (Enter) arriving while the buffer is a valid burst (at least
  ``min_length`` characters, at most ``max_length``, every gap <= ``max_gap_ms``, the Enter
  included) completes a :class:`Scan`;
* anything else releases the buffered keys, in order, as a :class:`Replay` that the caller
  must deliver to wherever they were typed: a gap longer than ``max_gap_ms`` (seen by
  :meth:`WedgeDetector.feed` or by :meth:`WedgeDetector.flush_due`, which the caller's timer
  calls), an Enter that does not end a valid burst (it is replayed after the keys before it,
  so Enter still works in dialogs), a burst that grows past ``max_length``, or
  :meth:`WedgeDetector.release`.

Every key fed comes out exactly once, in the order fed, either inside a ``Replay`` or inside a
``Scan``; a person's typing is delayed by at most ``max_gap_ms`` (plus the caller's timer
latency), never lost or reordered.

The detector never reads a clock and does no I/O: the caller passes the time of each call in
milliseconds (any monotonic time base, as a float). It only sees keys the caller feeds it, so the
caller decides what is a "printable key": it should feed key presses that carry printable text
(and no Ctrl/Alt/Meta) plus the terminator keys, pass every other key straight through, and call
:meth:`WedgeDetector.release` first when such another key arrives, so the buffered keys are
delivered before it. Pure modifier presses (Shift for upper-case letters) should be passed
through *without* ``release``, since scanners send them in the middle of a burst.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeAlias, TypeVar

__all__ = [
    "DEFAULT_TERMINATORS",
    "Key",
    "Replay",
    "Scan",
    "WedgeDetector",
    "WedgeOutput",
    "WedgeSettings",
]

P = TypeVar("P")

#: Carriage return: the text of both Enter and Return, once the caller normalises it.
DEFAULT_TERMINATORS: frozenset[str] = frozenset({"\r"})


@dataclass(frozen=True, slots=True)
class WedgeSettings:
    """Timing and shape of a scanner burst.

    ``max_gap_ms``: the longest pause between two keys of one burst (the terminator included).
    Scanners send keys 1-20 ms apart; a person's keys are typically 80-250 ms apart. A fast
    typist's roll-over can bring two or three keys closer than 35 ms, but not a run of
    ``min_length`` keys and then Enter. 35 ms also absorbs the GUI thread being busy for one
    frame (~16 ms) in the middle of a scan, and keeps the delay added to typing imperceptible.
    ``min_length``/``max_length``: the accepted length of a code, in characters, terminator
    excluded. Four is below every retail symbology (EAN-8, UPC-E) and above a roll-over.
    ``terminators``: the key texts that end a burst; the caller maps Enter and Return to "\\r"
    (add "\\t" for a scanner configured with a Tab suffix).
    """

    max_gap_ms: float = 35.0
    min_length: int = 4
    max_length: int = 256  # a member pass is 163 characters; a paste is longer
    terminators: frozenset[str] = field(default=DEFAULT_TERMINATORS)

    def __post_init__(self) -> None:
        if not self.max_gap_ms > 0:
            raise ValueError(f"max_gap_ms must be positive, got {self.max_gap_ms!r}")
        if self.min_length < 1:
            raise ValueError(f"min_length must be at least 1, got {self.min_length!r}")
        if self.max_length < self.min_length:
            raise ValueError(
                f"max_length ({self.max_length}) must be >= min_length ({self.min_length})"
            )
        if not self.terminators or any(len(t) != 1 for t in self.terminators):
            raise ValueError("terminators must be a non-empty set of single characters")


@dataclass(frozen=True, slots=True)
class Key(Generic[P]):
    """One key press as fed: its text, when it arrived, and the caller's own payload.

    The payload is opaque to the detector; the Qt filter stores the target widget and the
    original event's details there, tests store an index.
    """

    text: str
    at_ms: float
    payload: P


@dataclass(frozen=True, slots=True)
class Scan(Generic[P]):
    """A complete scanner burst: ``code`` is the text without the terminator.

    ``keys`` are the swallowed presses, terminator included; the caller must not deliver them.
    """

    code: str
    keys: tuple[Key[P], ...]


@dataclass(frozen=True, slots=True)
class Replay(Generic[P]):
    """Keys that turned out not to be a scan; the caller delivers them, in this order."""

    keys: tuple[Key[P], ...]


WedgeOutput: TypeAlias = Scan[P] | Replay[P]


class WedgeDetector(Generic[P]):
    """Feed key presses with their times; get back scans and keys to replay.

    Outputs are returned in the order they happened; a call may return several (a stale
    buffer released, then the new key's own outcome).
    """

    def __init__(self, settings: WedgeSettings | None = None) -> None:
        self._settings = settings if settings is not None else WedgeSettings()
        self._buffer: list[Key[P]] = []
        self._buffered_chars = 0
        # Time of the last key fed (buffered or not), or None before the first key.
        self._last_ms: float | None = None
        # True while the current burst has grown past max_length: its remaining keys are
        # replayed at once, and its terminator cannot make a scan.
        self._overflowing = False

    @property
    def settings(self) -> WedgeSettings:
        return self._settings

    @property
    def buffered(self) -> tuple[Key[P], ...]:
        """The keys currently held back while deciding (oldest first)."""
        return tuple(self._buffer)

    def feed(self, text: str, now_ms: float, payload: P) -> list[WedgeOutput[P]]:
        """One key press: ``text`` is printable text or one of ``settings.terminators``.

        ``now_ms`` should not go backwards; if it does, the gap counts as zero.
        """
        if not text:
            raise ValueError("feed() needs the key's text; pass non-text keys through")
        settings = self._settings
        key = Key(text, now_ms, payload)
        out: list[WedgeOutput[P]] = []

        if self._last_ms is not None and now_ms - self._last_ms > settings.max_gap_ms:
            # A pause: whatever came before was not (the start of) this burst.
            out.extend(self._take_all())
            self._overflowing = False
        self._last_ms = now_ms

        if text in settings.terminators:
            chars = self._buffered_chars
            if not self._overflowing and settings.min_length <= chars <= settings.max_length:
                keys = (*self._buffer, key)
                code = "".join(k.text for k in self._buffer)
                self._clear()
                out.append(Scan(code, keys))
            else:
                self._buffer.append(key)
                out.extend(self._take_all())
            # A terminator ends the burst either way.
            self._overflowing = False
            return out

        if self._overflowing:
            out.append(Replay((key,)))
            return out

        self._buffer.append(key)
        self._buffered_chars += len(text)
        if self._buffered_chars > settings.max_length:
            # Too long for a code (a paste tool, a stuck key, ...): give it all back now and
            # keep replaying this burst until it pauses or ends.
            out.extend(self._take_all())
            self._overflowing = True
        return out

    def flush_due(self, now_ms: float) -> list[WedgeOutput[P]]:
        """Release the buffer if more than ``max_gap_ms`` have passed since the last key.

        The caller's timer calls this once :meth:`next_deadline_ms` has passed; called at or
        before the deadline it returns nothing (a key exactly ``max_gap_ms`` after the previous
        one still belongs to the burst).
        """
        if self._last_ms is None or now_ms - self._last_ms <= self._settings.max_gap_ms:
            return []
        self._overflowing = False
        return self._take_all()

    def release(self) -> list[WedgeOutput[P]]:
        """Release the buffer now, whatever the time (a non-text key arrived, or shutdown).

        The current burst is over: keys fed afterwards start a new candidate.
        """
        self._overflowing = False
        self._last_ms = None
        return self._take_all()

    def next_deadline_ms(self) -> float | None:
        """When the buffered keys are due for release, or None if nothing is buffered.

        :meth:`flush_due` releases them when called *after* this time.
        """
        if not self._buffer or self._last_ms is None:
            return None
        return self._last_ms + self._settings.max_gap_ms

    def _take_all(self) -> list[WedgeOutput[P]]:
        if not self._buffer:
            return []
        keys = tuple(self._buffer)
        self._clear()
        return [Replay(keys)]

    def _clear(self) -> None:
        self._buffer.clear()
        self._buffered_chars = 0
