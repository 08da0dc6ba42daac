# Exception notes (add_note) are printed after the message, one line each,
# for every exception of the chain; an AttributeError raised by a user
# subclass gets no suggestion.
class ParseError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("while parsing " + repr(text))
        e.add_note("hint: digits only\nsecond line of the hint")
        raise


try:
    parse("12x")
except ValueError as e:
    print("notes:", e.__notes__)
    err = ParseError("cannot parse")
    err.add_note("input was '12x'")
    raise err from e
