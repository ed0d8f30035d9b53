# A signal the process sends itself is handled before the next statement.
import os
import signal

calls = []


def handler(signum, frame):
    calls.append(signum)
    print("handler", signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, handler)
print("before os.kill")
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", len(calls))
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", len(calls))
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print("after two more", len(calls))
