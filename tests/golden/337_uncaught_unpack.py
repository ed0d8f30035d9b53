# Uncaught ValueError from tuple unpacking with too many values.
rows = ["ann,31", "bob,27", "cy,45,extra"]
people = {}
def parse(row):
    name, age = row.split(",")
    return name, int(age)
for row in rows[:2]:
    name, age = parse(row)
    people[name] = age
    print("parsed", name, age)
print(people)
for row in rows:
    print("row:", row)
    name, age = parse(row)
print("not reached")
