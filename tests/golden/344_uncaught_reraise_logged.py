# Uncaught exception re-raised with a bare 'raise' after logging.
import sys
def risky(n):
    if n == 3:
        raise ArithmeticError(f"step {n} overflowed the accumulator")
    return n * n
def run():
    results = []
    for n in range(6):
        try:
            results.append(risky(n))
        except ArithmeticError as e:
            print("logging error:", e, file=sys.stderr)
            print("results so far:", results)
            raise
    return results
run()
print("not reached")
