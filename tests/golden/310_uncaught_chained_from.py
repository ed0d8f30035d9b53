# Uncaught exception explicitly chained with 'raise ... from ...'.
class ConfigError(Exception):
    pass
def parse_port(text):
    return int(text)
def load_config(raw):
    cfg = {}
    for line in raw.splitlines():
        key, _, value = line.partition("=")
        if key == "port":
            try:
                cfg[key] = parse_port(value)
            except ValueError as e:
                raise ConfigError(f"bad port value {value!r}") from e
        else:
            cfg[key] = value
        print("parsed", key)
    return cfg
print(load_config("host=example\nport=80"))
load_config("host=example\nport=eighty\nmode=fast")
print("not reached")
