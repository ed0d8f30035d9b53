# A terminating signal left at SIG_DFL kills the process. The lines printed
# before it are still in stdout's buffer (stdout is a pipe, so block
# buffered): "ready" is written straight to the file descriptor instead, so
# that it does not flush them. CPython loses those lines; Garter flushes its
# buffers before dying by the signal.
import os
import signal
import sys
import time

if sys.argv[1:] == ["int"]:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
print("unflushed line 1")
print("unflushed line 2")
os.write(1, b"ready\n")
time.sleep(100)
print("not killed")
