"""Writes one module of N functions in K classes of identical bodies, each
defined in descending name order (so that most members come before their
class's canonical copy, the one with the least name); every 7th is not
unnamed_addr (a thunk). Also writes LISTING: "name class" per line.
Usage: many_classes.py N K OUT.ll LISTING"""
import sys

n, k, out, listing = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
names = ["f%05d" % i for i in range(n)]
with open(out, "w") as f, open(listing, "w") as lst:
    for i in reversed(range(n)):
        c = (i * 37) % k
        attrs = "" if i % 7 == 0 else " unnamed_addr"
        f.write("define i32 @%s(i32 %%x)%s {\n  %%m = mul i32 %%x, %d\n  %%r = add i32 %%m, %d\n  ret i32 %%r\n}\n"
                % (names[i], attrs, c + 2, c))
        lst.write("%s %d\n" % (names[i], c))
