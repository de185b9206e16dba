; A module-local function whose address is taken and significant cannot be
; compared by content: functions that take it are unmergeable, with a reason.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 0,
; CHECK: "unmergeable": 2,
; CHECK: "takes the address of a module-local function": 2

define internal void @callback() {
  ret void
}
define ptr @get1() unnamed_addr {
  ret ptr @callback
}
define ptr @get2() unnamed_addr {
  ret ptr @callback
}
