# Valid: custom exception hierarchies, re-raising, chaining, and handlers at several depths.
class AppError(Exception):
    """Base for application errors."""

    def __init__(self, message, *, code=1):
        super().__init__(message)
        self.code = code


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    def __str__(self):
        return f"missing key: {self.args[0]!r}"


def load(config, key):
    try:
        return config[key]
    except KeyError as exc:
        raise MissingKey(key, code=2) from exc


def safe_load(config, key, default=None):
    try:
        value = load(config, key)
    except MissingKey as e:
        print("warning:", e, "code", e.code)
        return default
    except (ConfigError, TypeError):
        raise
    except BaseException as e:
        raise AppError("unexpected") from e
    else:
        return value
    finally:
        print("looked up", key)


def cleanup_order():
    log = []
    try:
        try:
            log.append("inner")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer finally")
    return log


print(safe_load({"a": 1}, "a"), safe_load({}, "b", 0), cleanup_order())
