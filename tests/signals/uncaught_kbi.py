# An uncaught KeyboardInterrupt: traceback on stderr, buffered output
# flushed, and the process dies by SIGINT.
import os
import sys
import time

print("buffered line")
os.write(1, b"ready\n")
if sys.argv[1] == "sleep":
    time.sleep(100)
else:
    while True:
        pass
