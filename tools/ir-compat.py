#!/usr/bin/env python3
"""Rewrites textual LLVM IR from newer LLVM (IREE 3.13 is built on LLVM 24)
into the syntax LLVM 22 reads, for uklink's inputs. It changes only the
spelling of floating-point literals, never their values:

  <type> f0x<bits>   the literal's own IEEE bits (newer syntax) becomes
                     float/double: 0x<16 hex digits of the value as a double>
                     (exact: every float is a double), half: 0xH<bits>,
                     bfloat: 0xR<bits>
  <type> [+-]qnan, [+-]inf, [+-]snan  (newer syntax) the same, as bits.
  float/half/bfloat <decimal>  newer LLVM prints the shortest decimal that
                     rounds to the value; LLVM 22 accepts only decimals the
                     type holds exactly: the value, rounded to nearest as the
                     newer parser does, in hex.
  A literal without a type before it (a binary operator's second operand)
  takes the last type its line names before it.

Anything else LLVM 22 cannot read is left alone, and uklink reports it with
its line and column.

usage: ir-compat.py IN.ll OUT.ll  (or IN_DIR OUT_DIR: every *.ll, recursively)"""
import os
import re
import struct
import sys

LIT = re.compile(r"\b(half|bfloat|float|double) (f0x[0-9A-Fa-f]+|[-+]?(?:qnan|snan|inf)\b|"
                 r"[-+]?[0-9]+\.[0-9]+(?:e[-+]?[0-9]+)?)")
SPECIAL_BITS = {  # (type) -> {name: bits}
    "half": {"qnan": 0x7E00, "snan": 0x7D00, "inf": 0x7C00},
    "bfloat": {"qnan": 0x7FC0, "snan": 0x7FA0, "inf": 0x7F80},
    "float": {"qnan": 0x7FC00000, "snan": 0x7FA00000, "inf": 0x7F800000},
    "double": {"qnan": 0x7FF8000000000000, "snan": 0x7FF4000000000000, "inf": 0x7FF0000000000000},
}
SIGN = {"half": 1 << 15, "bfloat": 1 << 15, "float": 1 << 31, "double": 1 << 63}


def spell(ty, bits):
    if ty == "half":
        return "0xH%04X" % bits
    if ty == "bfloat":
        return "0xR%04X" % bits
    if ty == "float":
        # LLVM 22 writes floats as the double of the same value, in hex:
        # widening a float to a double is exact, NaN payloads included.
        (value,) = struct.unpack("<f", struct.pack("<I", bits))
        exp = (bits >> 23) & 0xFF
        if exp == 0xFF:  # inf or NaN: keep sign and payload, in the double's position
            dbits = ((bits >> 31) << 63) | (0x7FF << 52) | ((bits & 0x7FFFFF) << 29)
        else:
            (dbits,) = struct.unpack("<Q", struct.pack("<d", value))
        return "0x%016X" % dbits
    return "0x%016X" % bits


def round_to(ty, value):
    """The bits of the nearest value of type ty (ties to even)."""
    (f,) = struct.unpack("<I", struct.pack("<f", value))
    if ty == "float":
        return f
    if ty == "bfloat":
        return ((f + 0x7FFF + ((f >> 16) & 1)) >> 16) & 0xFFFF
    (h,) = struct.unpack("<H", struct.pack("<e", value))
    return h


def rewrite_literal(match):
    ty, lit = match.group(1), match.group(2)
    if lit[0].isdigit() or (lit[0] in "+-" and lit[1].isdigit()):
        if ty == "double":
            return match.group(0)  # any decimal is a valid double literal
        return "%s %s" % (ty, spell(ty, round_to(ty, float(lit))))
    if lit.startswith("f0x"):
        bits = int(lit[3:], 16)
    else:
        sign = lit.startswith("-")
        bits = SPECIAL_BITS[ty][lit.lstrip("+-")] | (SIGN[ty] if sign else 0)
    return "%s %s" % (ty, spell(ty, bits))


# A literal without its type before it: the second operand of a binary
# operator or compare ("fadd float %x, f0x3F800000"), a phi's incoming
# value ("phi float [ f0x3F800000, %bb ]"), whose type is the last one the
# line names before it.
UNTYPED = re.compile(r"(?:(?<=, )|(?<=\[ ))(f0x[0-9A-Fa-f]+|[-+]?(?:qnan|snan|inf)\b|[-+]?[0-9]+\.[0-9]+(?:e[-+]?[0-9]+)?)"
                     r"(?=[,\s)\]}>]|$)")
TYPE = re.compile(r"\b(half|bfloat|float|double)\b")


def rewrite_untyped(line):
    def one(match):
        types = TYPE.findall(line, 0, match.start())
        if not types:
            return match.group(0)
        return rewrite_literal(re.match(LIT, "%s %s" % (types[-1], match.group(1)))).split(" ", 1)[1]
    return UNTYPED.sub(one, line) if "f0x" in line or "qnan" in line or "inf" in line or "." in line else line


def rewrite_file(src, dst):
    text = open(src).read()
    out = LIT.sub(rewrite_literal, text)
    out = "\n".join(rewrite_untyped(line) if not line.startswith(("!", ";", "source_filename", "target"))
                     else line for line in out.split("\n"))
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    open(dst, "w").write(out)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    if os.path.isdir(src):
        for root, _, files in os.walk(src):
            for name in sorted(files):
                if name.endswith(".ll"):
                    rel = os.path.relpath(os.path.join(root, name), src)
                    rewrite_file(os.path.join(root, name), os.path.join(dst, rel))
    else:
        rewrite_file(src, dst)


if __name__ == "__main__":
    main()
