"""Whether a database file lies on a network share (SMB/CIFS, NFS and the like), where SQLite's locks are not to
be trusted and several computers writing the file can damage it.

The mount tables are parsed by pure functions (tested with sample texts); only reading them touches the system.
"""
from __future__ import annotations

import logging
import ntpath
import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

# Linux file system types of network shares. 9p is left out: WSL mounts the Windows disks (/mnt/c) with it and
# virtual machines their host's folders, both local disks for the user, where a warning would mislead.
LINUX_NETWORK = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2",
                           "afs", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "fuse.rclone"})
# GNOME's and KDE's file managers open network places through a FUSE folder of their own:
# /run/user/1000/gvfs/smb-share:server=srv,share=college/…
GVFS_TYPES = frozenset({"fuse.gvfsd-fuse", "fuse.kio-fuse"})
GVFS_NETWORK = ("smb-share:", "nfs:", "sftp:", "dav:", "davs:", "ftp:", "afp-volume:", "smb-server:")
MAC_NETWORK = frozenset({"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"})
DRIVE_REMOTE = 4  # GetDriveTypeW


def unc_share(path: str) -> str | None:
    r"""\\server\share of a UNC path (also //server/share and \\?\UNC\server\share), else None."""
    text = path.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\") or text.startswith("\\\\.\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        return None  # a local path in the long form: \\?\C:\…
    if not text.startswith("\\\\"):
        return None
    parts = [p for p in text[2:].split("\\") if p]
    if not parts:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _unescape_mount(text: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 and so on."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def parse_proc_mounts(text: str) -> list[tuple[str, str, str]]:
    """(source, mount point, file system type) of each line of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]))
    return mounts


_MAC_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>/.*?) \((?P<type>[^,()]+)[,)]")


def parse_mac_mount(text: str) -> list[tuple[str, str, str]]:
    """(source, mount point, file system type) of each line of macOS's `mount`:
    //user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_LINE.match(line.strip())
        if match:
            mounts.append((match["source"], match["point"], match["type"].strip()))
    return mounts


def _mount_of(path: str, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The mount holding the path: the one with the longest mount point above it."""
    best = None
    for mount in mounts:
        point = mount[1].rstrip("/") or "/"
        if path == point or point == "/" or path.startswith(point + "/"):
            if best is None or len(point) > len(best[1].rstrip("/") or "/"):
                best = mount
    return best


def network_mount(path: str, mounts: list[tuple[str, str, str]], network_types: frozenset[str]) -> str | None:
    """"source, type" when the path is on a network mount of the list, else None."""
    mount = _mount_of(path, mounts)
    if mount is None:
        return None
    source, point, fstype = mount
    if fstype in network_types:
        return f"{source}, {fstype}"
    if fstype in GVFS_TYPES:
        rest = path[len(point.rstrip("/")):].lstrip("/").split("/")
        place = next((part for part in rest if part.startswith(GVFS_NETWORK)), None)
        if place is not None:
            return f"{place}, {fstype}"
    return None


def _read_linux_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _read_mac_mounts() -> str:
    try:
        return subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def windows_drive_type(root: str) -> int:
    import ctypes  # noqa: PLC0415

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def network_location(path: str | os.PathLike, mounts_text: str | None = None,
                     platform: str = sys.platform) -> str | None:
    """Where on the network the file lies (a share, a mapped drive, a mount with its type), or None for a
    local disk. `mounts_text` is the mount table to read instead of the system's (for the tests)."""
    text = os.fspath(path)
    share = unc_share(text)
    if share is not None:
        return share
    if platform.startswith("win"):
        drive = ntpath.splitdrive(text)[0]
        if not drive:
            return None
        try:
            remote = windows_drive_type(drive + "\\") == DRIVE_REMOTE
        except (OSError, AttributeError, ValueError):  # not on Windows after all, or the call failed
            log.debug("cannot ask the drive type of %s", drive, exc_info=True)
            return None
        return drive if remote else None
    if platform == sys.platform:
        text = os.path.realpath(text)  # a link into a share counts as the share
    text = posixpath.normpath(text)
    if platform == "darwin":
        mounts = parse_mac_mount(_read_mac_mounts() if mounts_text is None else mounts_text)
        return network_mount(text, mounts, MAC_NETWORK)
    mounts = parse_proc_mounts(_read_linux_mounts() if mounts_text is None else mounts_text)
    return network_mount(text, mounts, LINUX_NETWORK)
