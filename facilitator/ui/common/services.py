"""Long-running services: work that lives as long as a workshop is open.

A one-off task (:mod:`facilitator.ui.common.tasks`) runs a function off the GUI thread and
delivers its result. A service is different: it starts when a workshop opens, keeps working
in the background (the outbox sender retrying the SMTP server; later the venue network's web
server for phones), reports its state through signals, and must be stopped, waiting for its
threads, before the workshop file closes. The shell's :class:`ServiceHost` owns the services
of the open workshop: it starts them, stops them in reverse order, and logs each step and
any failure so a support person can see what ran.

The rules every service keeps (learned from OpenLP and calibre, which serve the network from
a Qt app): its threads never touch widgets, and they reach the GUI only through queued
signals; the GUI never waits on the network except in :meth:`Service.stop`; one writer owns
the workshop file, and a service writes through core in its own short transactions.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Service(QObject):
    """The base of every service. Signals: ``running_changed(bool)`` while it is busy;
    ``problem(str)`` when it stopped trying by itself and the user must act (translated)."""

    running_changed = Signal(bool)
    problem = Signal(str)

    #: What the log calls it.
    service_name = "service"

    def start(self) -> None:
        raise NotImplementedError

    def stop(self, timeout_ms: int = 60_000) -> bool:
        """No new work; wait for running work to end. False when it did not end in time."""
        raise NotImplementedError


class ServiceHost(QObject):
    """The services of the open workshop, started together and stopped together."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: list[Service] = []

    @property
    def services(self) -> tuple[Service, ...]:
        return tuple(self._services)

    def start(self, service: Service) -> Service:
        self._services.append(service)
        service.problem.connect(
            lambda message: log.warning("%s stopped trying: %s", service.service_name, message)
        )
        log.info("starting %s", service.service_name)
        service.start()
        return service

    def stop_all(self, timeout_ms: int = 60_000) -> bool:
        """Stops every service, newest first; True when all ended in time."""
        ended = True
        while self._services:
            service = self._services.pop()
            if service.stop(timeout_ms):
                log.info("stopped %s", service.service_name)
            else:
                ended = False
                log.warning("%s did not stop within %d ms", service.service_name, timeout_ms)
            service.deleteLater()
        return ended
