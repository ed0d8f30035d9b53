# Invalid: unexpected indent after comments.
def f():
    return 1
# comment

        z = 3
