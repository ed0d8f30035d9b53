# PEP 475: a handler that returns normally does not shorten time.sleep; the
# sleep continues for the remaining time after the handler has run.
import signal
import time


def handler(signum, frame):
    print("handler", signum)


signal.signal(signal.SIGUSR1, handler)
t0 = time.monotonic()
print("ready", flush=True)
time.sleep(2)
elapsed = time.monotonic() - t0
if elapsed >= 1.95:
    print("sleep not shortened")
else:
    print("sleep shortened to", elapsed)
