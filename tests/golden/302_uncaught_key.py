# Uncaught KeyError for a missing configuration key.
DEFAULTS = {"host": "localhost", "port": 8080, "debug": False}
def load(overrides):
    cfg = dict(DEFAULTS)
    cfg.update(overrides)
    return cfg
def describe(cfg):
    print("host:", cfg["host"])
    print("port:", cfg["port"])
    print("debug:", cfg["debug"])
    print("timeout:", cfg["timeout_seconds"])
cfg = load({"port": 9000, "debug": True})
print(sorted(cfg.items()))
print("get with default:", cfg.get("timeout_seconds", 30))
for key in ["host", "port"]:
    print(key, "present:", key in cfg)
describe(cfg)
print("not reached")
