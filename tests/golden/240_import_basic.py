# import m, from m import x, import m as n, star imports, module attributes.
print("before import")
import _helper_shapes
print("after import")
sq = _helper_shapes.Square(4)
print(sq, _helper_shapes.area_of(sq), _helper_shapes.PI_ISH, _helper_shapes.describe())
print(_helper_shapes.__name__, type(_helper_shapes).__name__, _helper_shapes.__doc__)
print(_helper_shapes.not_exported(), _helper_shapes._private[:10], _helper_shapes.load_count)
from _helper_shapes import Square, area_of as compute_area
print(Square(3), compute_area(Square(5)), Square is _helper_shapes.Square)
import _helper_shapes as shapes
print(shapes is _helper_shapes, shapes.Square(2).area())
from _helper_shapes import *
print(describe(), PI_ISH, "not_exported" in dir(), "_private" in dir())
import math, os.path
print(math.floor(2.5), os.path.basename("/a/b"))
try:
    from _helper_shapes import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import _helper_shapes.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(sorted(n for n in dir(_helper_shapes) if not n.startswith("__")))
def local_import():
    import _helper_shapes as inner_alias
    return inner_alias.PI_ISH * 2
print(local_import())
_helper_shapes.PI_ISH = 3.0
print(shapes.PI_ISH, PI_ISH)
