"""The one error type services raise for things the host can fix; the message is for them."""


class ServiceError(Exception):
    """A request the shop's rules refuse (no open shift, not enough stock, wrong PIN...)."""


class PinRefused(ServiceError):
    """The manager PIN was wrong or missing."""
