# Uncaught RuntimeError: dictionary changed size during iteration.
scores = {"ann": 90, "ben": 45, "cy": 72, "di": 30}
passing = {k: v for k, v in scores.items() if v >= 50}
print("passing:", passing)
for name in list(scores):
    if scores[name] < 40:
        print("safe removal of", name)
        del scores[name]
print(scores)
for name in scores:
    if scores[name] < 50:
        print("unsafe removal of", name)
        del scores[name]
print("not reached")
