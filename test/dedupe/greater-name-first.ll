; Two identical unnamed_addr functions, the one with the greater name
; defined first: the duplicate @b was redirected to a kernel declaration
; that then took the kernel's name from the canonical body @a, and uklink
; crashed (SIGSEGV in add_aliases). Both names must stay, computing the same.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; REPORT: "merged": 1,
; IR-DAG: @a = unnamed_addr alias i32 (i32), ptr @[[K:a.uk.[0-9a-f]+]]
; IR-DAG: @b = unnamed_addr alias i32 (i32), ptr @[[K]]
; IR-DAG: define internal i32 @[[K]](i32 %x)
; IR-NOT: declare

define i32 @b(i32 %x) unnamed_addr {
  %r = add i32 %x, 1
  ret i32 %r
}
define i32 @a(i32 %x) unnamed_addr {
  %r = add i32 %x, 1
  ret i32 %r
}
