; A duplicate whose address is significant (no unnamed_addr) keeps its own
; address: it becomes a thunk that tail-calls the one body.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; REPORT: "merged": 1,
; IR-DAG: define i32 @first(i32 %0) {
; IR-DAG: define i32 @second(i32 %0) {
; IR-DAG: musttail call i32 @[[K:first.uk.[0-9a-f]+]](i32 %0)
; IR-DAG: define internal i32 @[[K]](i32 %x)

define i32 @first(i32 %x) {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @second(i32 %x) {
  %r = mul i32 %x, 7
  ret i32 %r
}
