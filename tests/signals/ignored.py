# SIG_IGN'd SIGTERM and SIGINT are survived: the program carries on and exits 0.
import signal
import time

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(1.5)
print("survived")
