# Uncaught NameError for a name that was never defined.
def compute(values):
    scale = 10
    result = []
    for v in values:
        result.append(v * scale)
    return result
print(compute([1, 2, 3]))
def summarize(values):
    total = sum(values)
    print("total", total)
    print("mean", total / len(values))
    print("weighted", total * undefined_weight_factor_qq)
summarize([4, 5, 6])
print("not reached")
