"""The host's pass desk: tiers, a member's passes, the pass QR on screen and on cards."""
