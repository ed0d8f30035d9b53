# Valid program: an event-driven state machine with a transition table, enums and callbacks.
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"


TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
    (State.PAUSED, Event.FINISH): State.DONE,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
        self.listeners = {}

    def on(self, state):
        def register(callback):
            self.listeners.setdefault(state, []).append(callback)
            return callback
        return register

    def fire(self, event: Event) -> bool:
        key = (self.state, event)
        if key not in TRANSITIONS:
            return False
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        for callback in self.listeners.get(self.state, ()):
            callback(self, event)
        return True


machine = Machine()


@machine.on(State.DONE)
def finished(m, event):
    path = " -> ".join(s.name for s in m.history)
    print(f"finished via {event.value!r}: {path}")


for ev in [Event.START, Event.PAUSE, Event.PAUSE, Event.RESUME, Event.FINISH]:
    ok = machine.fire(ev)
    print(f"{ev.name:<7} {'ok' if ok else 'ignored':>8} -> {machine.state.name}")
