# Date-free event scheduling with minutes-since-midnight, overlaps and a report
class Event:
    def __init__(self, name, start, end, room, attendees=()):
        if not (0 <= start < end <= 24 * 60):
            raise ValueError(f"bad interval for {name!r}: {start}-{end}")
        self.name, self.start, self.end, self.room = name, start, end, room
        self.attendees = tuple(attendees)
    @staticmethod
    def parse_time(s):
        h, _, m = s.partition(":")
        if not (h.isdigit() and m.isdigit()):
            raise ValueError(f"invalid time {s!r}")
        h, m = int(h), int(m)
        if h > 24 or m > 59:
            raise ValueError(f"out of range time {s!r}")
        return h * 60 + m
    @classmethod
    def from_line(cls, line):
        name, span, room, *people = [p.strip() for p in line.split("|")]
        a, b = span.split("-")
        return cls(name, cls.parse_time(a), cls.parse_time(b), room,
                   people[0].split(",") if people and people[0] else ())
    @property
    def duration(self):
        return self.end - self.start
    def overlaps(self, other):
        return self.start < other.end and other.start < self.end
    def __repr__(self):
        return f"Event({self.name!r}, {fmt(self.start)}-{fmt(self.end)}, {self.room})"

def fmt(minutes):
    return "%02d:%02d" % divmod(minutes, 60)

LINES = """
standup   | 09:00-09:15 | blue  | ann,bob,cy
design    | 09:30-11:00 | red   | ann,dee
lunch     | 12:00-13:00 | cafe  |
review    | 10:45-11:30 | blue  | bob,dee
1:1       | 11:00-11:30 | red   | ann,cy
planning  | 14:00-15:30 | blue  | ann,bob,cy,dee
broken    | 25:00-26:00 | red   |
inverted  | 16:00-15:00 | red   |
typo      | 9h00-10:00  | red   |
retro     | 15:30-16:15 | blue  | cy
"""
events, errors = [], []
for ln in LINES.strip().splitlines():
    try:
        events.append(Event.from_line(ln))
    except ValueError as e:
        errors.append(str(e))
print(len(events), "events;", "errors:", *errors, sep="\n  ")
events.sort(key=lambda e: (e.start, -e.duration, e.name))
print(f"{'time':<13}{'name':<10}{'room':<6}{'min':>4}  who")
for e in events:
    print(f"{fmt(e.start)}-{fmt(e.end)}  {e.name:<10}{e.room:<6}{e.duration:>4}  {', '.join(e.attendees) or '-'}")
conflicts = [(a.name, b.name) for i, a in enumerate(events) for b in events[i + 1:]
             if a.overlaps(b) and (a.room == b.room or set(a.attendees) & set(b.attendees))]
print("conflicts:", conflicts)
by_person = {}
for e in events:
    for p in e.attendees:
        by_person.setdefault(p, []).append(e)
for p in sorted(by_person):
    total = sum(e.duration for e in by_person[p])
    print(f"  {p:<4} {len(by_person[p])} meetings, {total // 60}h{total % 60:02d}m: {[e.name for e in by_person[p]]}")

def free_slots(evts, day_start=8 * 60, day_end=18 * 60, min_len=30):
    busy = sorted((e.start, e.end) for e in evts)
    merged = []
    for s, e in busy:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    cur = day_start
    for s, e in merged + [[day_end, day_end]]:
        if s - cur >= min_len:
            yield fmt(cur), fmt(s)
        cur = max(cur, e)
print("free:", list(free_slots(events)))
for room in sorted({e.room for e in events}):
    util = sum(e.duration for e in events if e.room == room) / (10 * 60)
    print(f"{room:>5}: {util:6.1%} {'*' * round(util * 40)}")
print(max(events, key=lambda e: len(e.attendees)), min(events, key=lambda e: e.duration))
