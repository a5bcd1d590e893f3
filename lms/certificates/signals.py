"""Signals of certificates, for the apps that react to them (notifications)."""

from django.dispatch import Signal

# Sent once per certificate, when it is issued (not when an existing one is returned again), after
# the transaction that saved it commits. sender: the Certificate class. Arguments: certificate.
certificate_issued = Signal()
