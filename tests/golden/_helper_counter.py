"""Helper module with state, to show modules are executed once and cached."""
print("  [_helper_counter executing module body]")
count = 0


def bump():
    global count
    count += 1
    return count
