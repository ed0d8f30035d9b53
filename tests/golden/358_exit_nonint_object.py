# sys.exit with a non-integer object prints its str() to stderr and exits with status 1.
import sys
problems = []
for n in range(1, 8):
    if n % 3 == 0:
        problems.append(n)
    print("checked", n)
print("problems:", problems)
sys.exit(problems)
