# Imported by concurrent_import.py from several threads at once. Its body blocks for a
# while (releasing the GIL), so the other importers arrive while it is still executing.
import time

EXECUTIONS = globals().get("EXECUTIONS", 0) + 1
print("helper module body runs")
time.sleep(0.3)
VALUE = 42
