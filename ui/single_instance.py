"""One window per journal: starting the app again brings the open window to the front.

The window that holds a journal listens on a local socket named after the journal's
folder (a Unix socket, or a named pipe on Windows). A second start finds the journal
locked, connects, asks for the window and exits; no message, no second window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

REQUEST = b"show\n"
CONNECT_MS = 1000


def server_name(folder: Path) -> str:
    """The socket's name: one per journal folder (and so per user)."""
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:20]
    return f"leadership-journal-{digest}"


class WindowActivator(QObject):
    """Listens for later starts on ``folder`` and brings ``window`` to the front."""

    def __init__(self, window: QWidget, folder: Path) -> None:
        super().__init__(window)
        from PySide6.QtNetwork import QLocalServer

        self._window = window
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        name = server_name(folder)
        # We hold the journal's lock, so a socket of that name is left over from a crash.
        if not self._server.listen(name):
            QLocalServer.removeServer(name)
            self._server.listen(name)

    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QObject) -> None:
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        if bytes(socket.readAll().data()).startswith(REQUEST.strip()):
            bring_to_front(self._window)


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def activate_running(folder: Path) -> bool:
    """Ask the window that has ``folder`` open to come to the front; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    sent = socket.write(REQUEST) == len(REQUEST)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)  # False when flush() already wrote it all
    socket.disconnectFromServer()
    return sent
