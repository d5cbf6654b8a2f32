"""Passwords are kept as salted scrypt hashes: the right password verifies, any other does not."""
from hypothesis import given, settings, strategies as st

from desktop.services import passwords


@settings(max_examples=20, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_a_password_verifies_and_any_other_does_not(password, other):
    stored = passwords.hash_password(password)
    assert passwords.verify_password(password, stored)
    assert passwords.verify_password(other, stored) == (other == password)


def test_the_stored_text_names_its_parameters_and_fits_the_column():
    stored = passwords.hash_password("секрет-пароль")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(stored) <= 300
    assert "секрет" not in stored
    assert not passwords.needs_rehash(stored)


def test_the_same_password_is_salted_differently_each_time():
    assert passwords.hash_password("one password") != passwords.hash_password("one password")


def test_a_hash_of_other_parameters_asks_to_be_renewed_and_still_verifies():
    salt = b"0123456789abcdef"
    digest = passwords._derive("old password", salt, 2**12, 8, 1, 32)
    stored = f"scrypt${2**12}$8$1${passwords._b64(salt)}${passwords._b64(digest)}"
    assert passwords.verify_password("old password", stored)
    assert passwords.needs_rehash(stored)


def test_a_damaged_or_absurd_hash_never_verifies():
    for stored in ("", "plain", "scrypt$16384$8$1$$", "scrypt$3$8$1$AAAA$AAAA", "scrypt$1073741824$8$1$AAAA$AAAA",
                   "bcrypt$16384$8$1$AAAA$AAAA", "scrypt$x$8$1$AAAA$AAAA"):
        assert not passwords.verify_password("anything", stored)
        assert passwords.needs_rehash(stored)
