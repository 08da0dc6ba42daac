# __len__, __getitem__, __iter__, __contains__, __setitem__.
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __contains__(self, c):
        print("contains called for", c)
        return c in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:3])
print("2H" in d, "KS" in d)
for card in d:
    print(card, end=" ")
print()
d[0] = "JOKER"
print(list(d)[:2], bool(d))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5))
for v in Countdown(2):
    print("tick", v)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares())
class EmptyBox:
    def __len__(self):
        return 0
print(bool(EmptyBox()), "empty" if not EmptyBox() else "full")
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
print(Grid()[2, 3])
