# The signal module's API, deterministic (no signal is delivered).
import signal


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


def handler(signum, frame):
    pass


def other(signum, frame):
    pass


print("SIGINT", repr(signal.SIGINT), int(signal.SIGINT), signal.SIGINT == 2)
print("SIGTERM", repr(signal.SIGTERM), signal.SIGTERM.name, signal.SIGTERM.value)
print("isinstance int:", isinstance(signal.SIGINT, int))
print("Signals(2).name:", signal.Signals(2).name)
print("Signals(15) is SIGTERM:", signal.Signals(15) is signal.SIGTERM)
print("Signals['SIGUSR1']:", int(signal.Signals["SIGUSR1"]))
print("numbers:", int(signal.SIGHUP), int(signal.SIGKILL), int(signal.SIGUSR1),
      int(signal.SIGUSR2), int(signal.SIGALRM), int(signal.SIGCHLD), int(signal.SIGPIPE))
print("SIG_DFL", repr(signal.SIG_DFL), int(signal.SIG_DFL), signal.SIG_DFL.name)
print("SIG_IGN", repr(signal.SIG_IGN), int(signal.SIG_IGN), signal.SIG_IGN.name)
print("Handlers(1) is SIG_IGN:", signal.Handlers(1) is signal.SIG_IGN)
print("NSIG:", signal.NSIG)

# Initial dispositions.
print("getsignal(SIGINT) is default_int_handler:",
      signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print("getsignal(SIGTERM) is SIG_DFL:", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
print("getsignal(SIGUSR1):", repr(signal.getsignal(signal.SIGUSR1)))
print("getsignal(2) is default_int_handler:",
      signal.getsignal(2) is signal.default_int_handler)

# Previous handlers returned by signal.signal.
prev = signal.signal(signal.SIGUSR1, handler)
print("set handler, previous:", repr(prev))
print("getsignal is handler:", signal.getsignal(signal.SIGUSR1) is handler)
prev = signal.signal(signal.SIGUSR1, other)
print("set other, previous is handler:", prev is handler)
prev = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print("set SIG_IGN, previous is other:", prev is other)
prev = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("set SIG_DFL, previous:", repr(prev), prev is signal.SIG_IGN)
prev = signal.signal(signal.SIGUSR1, 1)
print("set 1, previous:", repr(prev))
print("getsignal after 1:", repr(signal.getsignal(signal.SIGUSR1)))
prev = signal.signal(signal.SIGUSR1, 0)
print("set 0, previous:", repr(prev))
prev = signal.signal(signal.SIGINT, signal.SIG_DFL)
print("SIGINT to SIG_DFL, previous is default_int_handler:",
      prev is signal.default_int_handler)
prev = signal.signal(signal.SIGINT, signal.default_int_handler)
print("SIGINT back, previous:", repr(prev))
print("signal.signal(Signals.SIGUSR2, h) previous:",
      repr(signal.signal(signal.Signals.SIGUSR2, handler)))
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# default_int_handler raises KeyboardInterrupt when called.
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("default_int_handler raised KeyboardInterrupt", repr(e.args))

# strsignal, valid_signals.
print("strsignal:", signal.strsignal(signal.SIGINT), "|", signal.strsignal(signal.SIGTERM),
      "|", signal.strsignal(signal.SIGUSR1), "|", signal.strsignal(signal.SIGKILL))
show("strsignal(0)", signal.strsignal, 0)
show("strsignal(1000)", signal.strsignal, 1000)
valid = signal.valid_signals()
print("valid_signals:", type(valid).__name__, len(valid), min(valid), max(valid))
print("SIGINT in valid:", signal.SIGINT in valid, 2 in valid, 0 in valid,
      signal.NSIG in valid)
print("valid Signals members:", all(isinstance(s, signal.Signals)
                                    for s in valid if s < 32))

# Errors.
show("signal(SIGUSR1, 'nope')", signal.signal, signal.SIGUSR1, "nope")
show("signal(SIGUSR1, None)", signal.signal, signal.SIGUSR1, None)
show("signal(SIGUSR1, 2)", signal.signal, signal.SIGUSR1, 2)
show("signal(0, handler)", signal.signal, 0, handler)
show("signal(-1, handler)", signal.signal, -1, handler)
show("signal(NSIG, handler)", signal.signal, signal.NSIG, handler)
show("signal(1000, handler)", signal.signal, 1000, handler)
show("signal('x', handler)", signal.signal, "x", handler)
show("signal(SIGKILL, handler)", signal.signal, signal.SIGKILL, handler)
show("signal(SIGSTOP, SIG_IGN)", signal.signal, signal.SIGSTOP, signal.SIG_IGN)
show("getsignal(0)", signal.getsignal, 0)
show("getsignal(1000)", signal.getsignal, 1000)
show("Signals(999)", signal.Signals, 999)
show("raise_signal(0)", signal.raise_signal, 0)
show("raise_signal(1000)", signal.raise_signal, 1000)
print("getsignal(SIGUSR1) after errors is SIG_DFL:",
      signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
