#!/usr/bin/env python3
"""Writes 20 modules for link-tree.test into DIR: a_use.ll declares and
calls @shared_helper, m00..m17 each define a function of their own and a
private constant named @c (module-local names that clash), z_def.ll defines
@shared_helper linkonce_odr and does not use it itself.

usage: link_tree.py DIR"""
import os
import sys

d = sys.argv[1]
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "a_use.ll"), "w") as f:
    f.write("declare i32 @shared_helper(i32)\n"
            "define i32 @use(i32 %x) {\n  %r = call i32 @shared_helper(i32 %x)\n  ret i32 %r\n}\n")
for i in range(18):
    with open(os.path.join(d, "m%02d.ll" % i), "w") as f:
        f.write(f"@c = private constant i32 {i + 1}\n"
                f"define i32 @f{i}(i32 %x) {{\n  %v = load i32, ptr @c\n  %a = add i32 %x, %v\n"
                f"  %b = mul i32 %a, {i + 3}\n  ret i32 %b\n}}\n")
with open(os.path.join(d, "z_def.ll"), "w") as f:
    f.write("define linkonce_odr i32 @shared_helper(i32 %x) {\n  %r = mul i32 %x, 7\n  ret i32 %r\n}\n"
            "define linkonce_odr i32 @unused_helper(i32 %x) {\n  ret i32 %x\n}\n")
