import logging

from desktop.logs import setup_logging


def test_iins_never_reach_the_log(tmp_path):
    log_file = tmp_path / "zhospar.log"
    setup_logging(log_file)
    logging.getLogger("test").warning("student %s moved; BIN 990340004720 kept", "070107580828")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "070107580828" not in text and "990340004720" not in text
    assert "07**********" in text


def test_a_large_log_is_rotated_at_start(tmp_path):
    log_file = tmp_path / "zhospar.log"
    log_file.write_bytes(b"x" * 2_000_001)
    setup_logging(log_file)
    assert (tmp_path / "zhospar.log.1").stat().st_size == 2_000_001
    assert log_file.stat().st_size < 1000
