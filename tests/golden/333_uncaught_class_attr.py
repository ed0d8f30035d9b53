# Uncaught AttributeError on a class (type object) attribute.
class Settings:
    RETRIES = 3
    BACKOFF = 1.5
    def __init__(self):
        self.user_value = 42
s = Settings()
print(Settings.RETRIES, Settings.BACKOFF, s.user_value, s.RETRIES)
print(getattr(Settings, "PORT", "no port configured"))
print(hasattr(Settings, "user_value"), hasattr(s, "user_value"))
def total_wait():
    wait = 0
    for i in range(Settings.RETRIES):
        wait += Settings.BACKOFF ** i
    return wait
print("total wait", total_wait())
print(Settings.user_value)
print("not reached")
