"""A SQLite file on a network share is recognised (so the user is warned), a local one is not."""
import pytest

from desktop.services import network_fs
from desktop.services.network_fs import network_location

PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//fileserver/college /mnt/college cifs rw,relatime,vers=3.1.1,cache=strict,username=registrar 0 0
//fileserver/college\\040docs /mnt/college\\040docs smb3 rw,relatime 0 0
/dev/sdb1 /mnt/college/local ext4 rw,relatime 0 0
nas:/export/home /home/shared nfs4 rw,relatime,vers=4.2 0 0
user@host:/srv /media/ssh fuse.sshfs rw,nosuid,nodev 0 0
drivers /mnt/c 9p rw,noatime,aname=drvfs 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev,user_id=1000 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//registrar@fileserver._smb._tcp.local/College on /Volumes/College (smbfs, nodev, nosuid, mounted by registrar)
nas:/export/zhospar on /Volumes/nfs share (nfs, nodev, nosuid, mounted by registrar)
afp_0Tx@nas/Archive on /Volumes/Archive (afpfs, nodev, nosuid, mounted by registrar)
https://dav.example.kz/files on /Volumes/files (webdav, nodev, noexec, nosuid, mounted by registrar)
/dev/disk4s1 on /Volumes/USB Stick (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize("path, where", [
    (r"\\fileserver\college\zhospar.sqlite", r"\\fileserver\college"),
    ("//fileserver/college/data/zhospar.sqlite", r"\\fileserver\college"),
    (r"\\?\UNC\fileserver\college\zhospar.sqlite", r"\\fileserver\college"),
    (r"\\?\C:\Users\registrar\zhospar.sqlite", None),
])
def test_unc_paths_are_shares_everywhere(path, where):
    for platform in ("win32", "linux", "darwin"):
        assert network_location(path, "", platform) == where


@pytest.mark.parametrize("path, where", [
    ("/mnt/college/zhospar.sqlite", "//fileserver/college, cifs"),
    ("/mnt/college/2026/zhospar.sqlite", "//fileserver/college, cifs"),
    ("/mnt/college docs/zhospar.sqlite", "//fileserver/college docs, smb3"),
    ("/mnt/college/local/zhospar.sqlite", None),  # a local disk mounted inside the share: the longest wins
    ("/mnt/collegeX/zhospar.sqlite", None),  # a neighbour's name starting alike is not inside
    ("/home/shared/zhospar.sqlite", "nas:/export/home, nfs4"),
    ("/media/ssh/zhospar.sqlite", "user@host:/srv, fuse.sshfs"),
    ("/mnt/c/Users/registrar/zhospar.sqlite", None),  # WSL's Windows disk
    ("/run/user/1000/gvfs/smb-share:server=fileserver,share=college/zhospar.sqlite",
     "smb-share:server=fileserver,share=college, fuse.gvfsd-fuse"),
    ("/run/user/1000/gvfs/mtp:host=phone/zhospar.sqlite", None),
    ("/home/registrar/.local/share/zhospar/zhospar.sqlite", None),
])
def test_linux_mounts(path, where):
    assert network_location(path, PROC_MOUNTS, "linux") == where


@pytest.mark.parametrize("path, where", [
    ("/Volumes/College/zhospar.sqlite", "//registrar@fileserver._smb._tcp.local/College, smbfs"),
    ("/Volumes/nfs share/zhospar.sqlite", "nas:/export/zhospar, nfs"),
    ("/Volumes/Archive/zhospar.sqlite", "afp_0Tx@nas/Archive, afpfs"),
    ("/Volumes/files/zhospar.sqlite", "https://dav.example.kz/files, webdav"),
    ("/Volumes/USB Stick/zhospar.sqlite", None),
    ("/Users/registrar/Documents/zhospar.sqlite", None),
])
def test_mac_mounts(path, where):
    assert network_location(path, MAC_MOUNT, "darwin") == where


def test_windows_mapped_drives_are_asked_of_the_system(monkeypatch):
    asked = []

    def drive_type(root):
        asked.append(root)
        return network_fs.DRIVE_REMOTE if root.upper().startswith("Z") else 3  # DRIVE_FIXED

    monkeypatch.setattr(network_fs, "windows_drive_type", drive_type)
    assert network_location(r"Z:\college\zhospar.sqlite", platform="win32") == "Z:"
    assert network_location(r"C:\Users\registrar\zhospar.sqlite", platform="win32") is None
    assert asked == ["Z:\\", "C:\\"]
    assert network_location("relative.sqlite", platform="win32") is None


def test_a_failing_system_call_is_not_a_share(monkeypatch):
    def broken(_root):
        raise OSError("no")

    monkeypatch.setattr(network_fs, "windows_drive_type", broken)
    assert network_location(r"Z:\college\zhospar.sqlite", platform="win32") is None


def test_this_computer_s_own_files_are_local(tmp_path):
    assert network_location(tmp_path / "zhospar.sqlite") is None
    assert network_location(tmp_path / "zhospar.sqlite", "not a mount table", "linux") is None
