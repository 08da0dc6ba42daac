# printf-style % formatting and str.format.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%e %.3e %g %g %g" % (12345.678, 0.00012, 0.0001, 1e20, 123.0))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"), "100%%", "%s" % [1, 2], "%s" % (None,))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s and %s" % ("a", "b"), "%.3s" % "abcdef", "%*d" % (6, 1))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:5}|{:<5}|{:>5}|{:^5}|".format(1, 2, 3, 4))
print("{:05d} {:+d} {:,} {:_}".format(42, 42, 1234567, 1234567))
print("{:.2f} {:10.3f} {:e} {:.1%}".format(3.14159, 2.5, 1234.5, 0.256))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:*^9}".format("mid"), "{:s}".format("s"), "{!r}".format("r"))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{{literal}} {}".format(5))
print("{:g} {:g} {:g}".format(1e-5, 123456789.0, 0.5))
print("{:.3f} {:08b} {:>3} {:,}".format(3.5, 42, "x", 1234.5))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError:", e)
