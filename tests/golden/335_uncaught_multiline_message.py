# Uncaught exception whose message spans several lines: only the final line is compared.
def validate(form):
    problems = []
    if not form.get("name"):
        problems.append("name is required")
    if "@" not in form.get("email", ""):
        problems.append("email is invalid")
    if form.get("age", 0) < 18:
        problems.append("age must be at least 18")
    if problems:
        raise ValueError("form has errors:\n  - " + "\n  - ".join(problems))
    return True
print(validate({"name": "ann", "email": "a@b.c", "age": 30}))
try:
    validate({"name": "", "email": "x@y", "age": 40})
except ValueError as e:
    print("caught:", str(e).splitlines())
validate({"name": "", "email": "nope", "age": 3})
print("not reached")
