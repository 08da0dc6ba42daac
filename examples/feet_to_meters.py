# Converts a few lengths from feet to meters.
FEET_PER_METER_FACTOR = 0.3048


def feet_to_meters(feet):
    return feet * FEET_PER_METER_FACTOR


lengths = [1, 3, 5.5, 10, 100, 1234.5, 0.25]
for feet in lengths:
    meters = feet_to_meters(feet)
    print(f"{feet:>8} ft = {meters:10.4f} m")

total = 0.0
for feet in lengths:
    total += feet_to_meters(feet)
print("total:", round(total, 4), "m")
print("raw:", feet_to_meters(3), feet_to_meters(10))
