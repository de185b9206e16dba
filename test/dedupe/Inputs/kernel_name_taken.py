"""Builds TWINS (two identical functions f and g) with uklink to learn the
kernel name their class gets (f.uk.HASH), then writes OUT: the twins plus a
function of their own that already has that name and returns 42.
Usage: kernel_name_taken.py UKLINK TWINS OUT"""
import re
import shlex
import subprocess
import sys

uklink, twins, out = shlex.split(sys.argv[1]), sys.argv[2], sys.argv[3]
ir = subprocess.run(uklink + [twins, "-O0", "--emit=ll", "-o", "-"], capture_output=True, text=True,
                    check=True).stdout
kernel = re.search(r"define internal i32 @(f\.uk\.[0-9a-f]+)\(", ir).group(1)
with open(out, "w") as f:
    f.write(open(twins).read())
    f.write('define i32 @"%s"(i32 %%x) {\n  ret i32 42\n}\n' % kernel)
print(kernel)
