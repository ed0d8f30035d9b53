# Output without a trailing newline, then an uncaught exception: stdout must end without "\n".
import sys
print("progress:", end=" ")
for i in range(5):
    print(i, end=" ")
sys.stdout.write("| writing more ")
values = {"a": 1, "b": 2}
total = 0
for key in "abc":
    total += values[key]
    print(key, end=",")
print("not reached")
