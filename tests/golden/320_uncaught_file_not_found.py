# Uncaught FileNotFoundError when opening a missing input file.
import os
def read_numbers(path):
    with open(path) as f:
        return [int(line) for line in f if line.strip()]
tmp = f"tmp_numbers_{os.getpid()}.txt"
with open(tmp, "w") as f:
    f.write("1\n2\n\n3\n")
try:
    nums = read_numbers(tmp)
finally:
    os.remove(tmp)
print("numbers:", nums, "sum:", sum(nums))
print("exists after cleanup:", os.path.exists(tmp))
for candidate in ["no_such_input.txt"]:
    print("reading", candidate)
    print(read_numbers(candidate))
print("not reached")
