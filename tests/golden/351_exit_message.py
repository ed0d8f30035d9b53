# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
REQUIRED = ["name", "email"]
def validate(record):
    missing = [k for k in REQUIRED if not record.get(k)]
    return missing
records = [{"name": "ann", "email": "a@x"}, {"name": "bob"}]
for i, r in enumerate(records):
    missing = validate(r)
    print(f"record {i}: missing={missing}")
    if missing:
        sys.exit(f"fatal: record {i} is missing {', '.join(missing)}")
print("not reached")
