"""A module whose body raises, to test errors during import."""
print("  [_helper_raises executing]")
VALUE = 1
raise ValueError("error while importing _helper_raises")
