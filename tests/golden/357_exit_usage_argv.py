# A command-line tool that prints usage to stderr and exits 2 when arguments are missing.
import sys
def usage():
    prog = sys.argv[0].rsplit("/", 1)[-1]
    print(f"usage: {prog} INPUT [OUTPUT]", file=sys.stderr)
def main(argv):
    print("argument count:", len(argv) - 1)
    if len(argv) < 2:
        print("no input given")
        usage()
        return 2
    print("would process", argv[1])
    return 0
status = main(sys.argv)
print("exiting with", status)
sys.exit(status)
