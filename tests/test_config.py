"""Settings resolve as override > environment > default, with the default's type."""

from gazette_kg import config


def test_default_when_unset(monkeypatch) -> None:
    monkeypatch.delenv("GAZETTE_KG_MAX_RESULTS", raising=False)
    assert config.get("max_results") == 10000


def test_environment_is_coerced_to_the_default_type(monkeypatch) -> None:
    monkeypatch.setenv("GAZETTE_KG_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("GAZETTE_KG_MAX_RESULTS", "7")
    assert config.get("query_timeout") == 2.5
    assert config.get("max_results") == 7


def test_override_wins(monkeypatch) -> None:
    monkeypatch.setenv("GAZETTE_KG_STORE", "/from/env")
    assert config.settings(store="/from/cli")["store"] == "/from/cli"
    assert config.settings()["store"] == "/from/env"


def test_every_setting_has_help() -> None:
    assert all(s.help for s in config.SETTINGS)
    assert len({s.name for s in config.SETTINGS}) == len(config.SETTINGS)
