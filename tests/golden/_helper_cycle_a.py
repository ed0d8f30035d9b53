"""Half of a circular import pair."""
print("  [_helper_cycle_a start]")
A_VALUE = "a"
import _helper_cycle_b
print("  [_helper_cycle_a sees b.B_VALUE =", _helper_cycle_b.B_VALUE + "]")


def from_a():
    return "from_a() -> " + _helper_cycle_b.from_b()
