print("  [_pkg_demo.utils running, __name__ =", __name__ + "]")


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."
