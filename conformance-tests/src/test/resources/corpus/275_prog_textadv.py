# Text adventure state machine driven by a scripted command list
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife"]},
    "cellar": {"desc": "a damp cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class GameOver(Exception):
    pass

class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.here, self.inv, self.moves, self.score = "hall", [], 0, 0
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("do_")}
    def room(self):
        return self.rooms[self.here]
    def describe(self):
        r = self.room()
        if r.get("dark") and "lamp" not in self.inv:
            return "It is pitch dark."
        items = ", ".join(r["items"]) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see: {items}. Exits: {exits}."
    def do_look(self, *args):
        return self.describe()
    def do_go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        dest = self.room()["exits"].get(direction)
        if dest is None:
            return f"You can't go {direction}."
        if self.rooms[dest].get("locked"):
            if "key" not in self.inv:
                return "The door is locked."
            self.rooms[dest]["locked"] = False
            self.score += 10
        self.here = dest
        return self.describe()
    def do_take(self, *names):
        if not names:
            return "Take what?"
        out = []
        for name in names:
            r = self.room()
            if r.get("dark") and "lamp" not in self.inv:
                out.append("You fumble in the dark.")
            elif name in r["items"]:
                r["items"].remove(name)
                self.inv.append(name)
                self.score += 5 if name != "treasure" else 50
                out.append(f"Taken: {name}.")
            else:
                out.append(f"No {name} here.")
        return " ".join(out)
    def do_drop(self, name=None):
        try:
            self.inv.remove(name)
        except ValueError:
            return f"You don't have {name!r}."
        self.room()["items"].append(name)
        return f"Dropped {name}."
    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")
    def do_quit(self):
        raise GameOver("quit")
    def run(self, line):
        words = line.lower().split()
        if not words:
            return "?"
        verb, *args = words
        verb = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "i": "inventory", "l": "look"}.get(verb, verb)
        if " " in verb:
            verb, *pre = verb.split()
            args = pre + args
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            result = handler(*args)
        except TypeError as e:
            return f"Huh? ({type(e).__name__})"
        if "treasure" in self.inv and self.here == "hall":
            raise GameOver("won")
        return result

script = ["look", "take lamp", "n", "take book key", "take sofa", "s", "e", "take knife", "down",
          "drop knife", "drop spoon", "inventory", "go", "go sideways", "dance", "look here", "take treasure",
          "up", "w", "look", "inventory extra", "quit"]
g = Game(ROOMS)
print(sorted(g.handlers))
for cmd in script:
    try:
        print(f"> {cmd}\n  {g.run(cmd)}")
    except GameOver as e:
        print(f"> {cmd}\n  *** game over: {e} after {g.moves} moves, score {g.score} ***")
        break
print(g.inv, g.rooms["cellar"]["items"], ROOMS["cellar"]["items"], ROOMS["cellar"].get("locked"))
