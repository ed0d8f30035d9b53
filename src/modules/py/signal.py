"""The `signal` module: `_signal` (native: handlers, raising, alarms, timers) plus the
`Signals` and `Handlers` enums, as in CPython (where they are IntEnums)."""

from _signal import *
import _signal


class _IntEnum(int):
    """A minimal IntEnum: members are ints with a name; `Cls(value)` finds a member."""

    def __new__(cls, value, name=None):
        if name is None:
            members = cls.__dict__.get("_value2member_", {})
            if isinstance(value, cls):
                return value
            try:
                return members[value]
            except (KeyError, TypeError):
                raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {int(self)}>"

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce__(self):
        return (type(self), (int(self),))

    def __class_getitem__(cls, name):
        # `Signals["SIGINT"]`, as an Enum class subscript.
        for member in cls._value2member_.values():
            if member._name_ == name:
                return member
        alias = getattr(cls, name, None) if isinstance(name, str) else None
        if isinstance(alias, cls):
            return alias
        raise KeyError(name)


def _make_enum(cls, names):
    members = {}
    for name in names:
        value = getattr(_signal, name)
        if value in members:
            member = members[value]  # an alias (SIGIOT = SIGABRT, SIGPOLL = SIGIO)
        else:
            member = cls(value, name)
            members[value] = member
        setattr(cls, name, member)
        globals()[name] = member
    cls._value2member_ = members
    cls._member_names_ = [n for n in names if members[getattr(_signal, n)]._name_ == n]


class Signals(_IntEnum):
    pass


class Handlers(_IntEnum):
    pass


class Sigmasks(_IntEnum):
    pass


_make_enum(Signals, [n for n in dir(_signal)
                     if n.startswith("SIG") and not n.startswith("SIG_")
                     and n not in ("SIGRTMIN", "SIGRTMAX")]
           + ["SIGRTMIN", "SIGRTMAX"])
_make_enum(Handlers, ["SIG_DFL", "SIG_IGN"])
_make_enum(Sigmasks, ["SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"])


def _int_to_enum(value, cls):
    try:
        return cls(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    return _int_to_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
