"""Every dispatch_<i>_k<K> of one kernel K has one address; different kernels
have different addresses. Reads `llvm-nm -D --defined-only` output."""
import collections
import sys

addr_of_kernel = collections.defaultdict(set)
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 3 and parts[2].startswith("dispatch_"):
        addr_of_kernel[parts[2].rsplit("_k", 1)[1]].add(parts[0])
expected = int(sys.argv[2])
bad = [k for k, a in addr_of_kernel.items() if len(a) != 1]
addresses = [next(iter(a)) for a in addr_of_kernel.values()]
if bad or len(addr_of_kernel) != expected or len(set(addresses)) != expected:
    print("FAIL: kernels %d (expected %d), split kernels %s, distinct addresses %d" %
          (len(addr_of_kernel), expected, bad, len(set(addresses))))
    sys.exit(1)
print("%d kernels, one address each" % expected)
