# raise SystemExit with no argument: exit status 0; finally blocks still run.
def main():
    try:
        print("main running")
        for i in range(3):
            print("step", i)
        raise SystemExit
    finally:
        print("finally in main runs during SystemExit")
try:
    main()
except Exception:
    print("SystemExit is not an Exception, so this is not printed")
print("not reached")
