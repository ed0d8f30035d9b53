# Date arithmetic by hand: leap years, day of week (Zeller), day counts, and a month calendar.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def ordinal(y, m, d):
    days = d
    for mm in range(1, m):
        days += days_in_month(y, mm)
    yy = y - 1
    return days + 365 * yy + yy // 4 - yy // 100 + yy // 400
def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while ordinal(y, m, days_in_month(y, m)) < n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), " ".join(d[:2] for d in DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1970, 1, 1), (2038, 1, 19), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)], ordinal(*date), from_ordinal(ordinal(*date)) == date)
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
print(from_ordinal(ordinal(2023, 12, 31) + 1), from_ordinal(ordinal(2024, 2, 28) + 1), from_ordinal(ordinal(2023, 2, 28) + 1))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fridays13), fridays13[:6])
