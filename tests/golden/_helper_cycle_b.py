"""Other half of a circular import pair."""
print("  [_helper_cycle_b start]")
import _helper_cycle_a
print("  [_helper_cycle_b sees partially initialised a, has A_VALUE:", hasattr(_helper_cycle_a, "A_VALUE"), "]")
B_VALUE = "b"


def from_b():
    return "from_b"
