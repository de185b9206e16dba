; The issue's example: two functions of one module that return their own
; address. Merged, ret_b() returned ret_a's address. The code runs.
; REQUIRES: host-x86_64
; RUN: rm -rf %t && mkdir -p %t
; RUN: clang -o %t/driver %S/../e2e/Inputs/self-address-driver.c
; RUN: %uklink %s -o %t/self.so --report %t/report.json
; RUN: %t/driver %t/self.so | FileCheck %s
; RUN: FileCheck --check-prefix=REPORT %s < %t/report.json
; CHECK: ret_a ok
; CHECK: ret_b ok
; REPORT: "merged": 0,
; REPORT: "uses its own address other than to call itself": 2

define ptr @ret_a() {
  ret ptr @ret_a
}
define ptr @ret_b() {
  ret ptr @ret_b
}
