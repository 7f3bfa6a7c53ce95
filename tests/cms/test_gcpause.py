"""cms.gcpause: the cyclic collector is off inside and as it was after, errors included."""

import gc

import pytest

from cms.gcpause import paused, without_collection


@pytest.fixture
def collector_state():
    before = gc.isenabled()
    yield
    (gc.enable if before else gc.disable)()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_paused_restores_the_collector_as_it_was(collector_state, enabled_before):
    (gc.enable if enabled_before else gc.disable)()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled_before
    with pytest.raises(ValueError), paused():
        raise ValueError("a failure inside")
    assert gc.isenabled() is enabled_before


def test_a_decorated_function_runs_paused_and_returns_its_value(collector_state):
    gc.enable()

    @without_collection
    def build(n):
        """Doc."""
        return [gc.isenabled(), [{"n": i} for i in range(n)]]

    seen, rows = build(1000)
    assert (seen, len(rows), gc.isenabled()) == (False, 1000, True)
    assert build.__doc__ == "Doc."
