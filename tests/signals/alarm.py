# signal.alarm with a SIGALRM handler interrupting a sleep loop.
import signal
import time


class Alarm(Exception):
    pass


def handler(signum, frame):
    print("handler", signal.Signals(signum).name)
    raise Alarm


signal.signal(signal.SIGALRM, handler)
print("previous alarm", signal.alarm(5))
print("previous alarm", signal.alarm(1))
t0 = time.monotonic()
loops = 0
try:
    while True:
        time.sleep(0.05)
        loops += 1
except Alarm:
    elapsed = time.monotonic() - t0
    print("alarm interrupted the loop")
    print("after about a second:", 0.5 <= elapsed < 10)
    print("looped:", loops > 3)
print("pending alarm", signal.alarm(0))
