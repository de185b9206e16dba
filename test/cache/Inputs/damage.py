"""Damages entries of a cache directory as a crash, a full disk or a hand
would: damage.py DIR flip|truncate|empty|misplace N... (N: the N-th entry in
sorted order; misplace copies entry N over entry N+1)."""
import os
import shutil
import sys

root = os.path.join(sys.argv[1], "v1")
entries = sorted(os.path.join(root, d, f) for d in os.listdir(root) if len(d) == 2
                 for f in os.listdir(os.path.join(root, d)))
how = sys.argv[2]
for n in map(int, sys.argv[3:]):
    path = entries[n]
    if how == "flip":
        with open(path, "r+b") as f:
            f.seek(os.path.getsize(path) // 2)
            b = f.read(1)
            f.seek(-1, 1)
            f.write(bytes([b[0] ^ 0x40]))
    elif how == "truncate":
        with open(path, "r+b") as f:
            f.truncate(os.path.getsize(path) - 7)
    elif how == "empty":
        open(path, "wb").close()
    elif how == "misplace":
        shutil.copyfile(path, entries[n + 1])
    else:
        sys.exit("unknown damage " + how)
