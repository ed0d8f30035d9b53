print("  [_pkg_demo.nested.deep running, __name__ =", __name__ + "]")
from .. import utils
from ..utils import whisper

DEPTH = 3


def deep_call(s):
    return "deep:" + utils.shout(s) + "|" + whisper(s)
