# __name__ == "__main__" guard and main() functions returning status.
import sys
def helper():
    return __name__
def main(argv):
    print("main called with", argv[1:])
    print("helper sees", helper())
    return 0
print("module body runs first; __name__ is", __name__)
if __name__ == "__main__":
    print("inside the main guard")
    status = main(sys.argv)
    print("main returned", status)
else:
    print("not reached")
import _helper_shapes
print(_helper_shapes.__name__ != "__main__")
